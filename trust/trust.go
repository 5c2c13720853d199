// Package trust holds vendorwatch's domain types: watched vendors, trust
// signals, feed items and the alerts found in them. It imports only the
// standard library so that sources, storage and bot can all share it
// without knowing each other.
package trust

import (
	"fmt"
	"strings"
	"time"
)

// Severity grades an alert. The zero value is "unknown".
type Severity int

// Severities, in increasing order.
const (
	SeverityLow Severity = iota + 1
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

var severityNames = [...]string{"", "low", "medium", "high", "critical"}

// String returns the lower-case name of s.
func (s Severity) String() string {
	if s < SeverityLow || s > SeverityCritical {
		return "unknown"
	}
	return severityNames[s]
}

// ParseSeverity reads a severity name (case-insensitive).
func ParseSeverity(name string) (Severity, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for i := SeverityLow; i <= SeverityCritical; i++ {
		if severityNames[i] == n {
			return i, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want low, medium, high or critical)", name)
}

// Category is a kind of trust signal.
type Category string

// The signal categories.
const (
	CategoryBan        Category = "ban"         // government ban or procurement prohibition
	CategorySanctions  Category = "sanctions"   // sanctions and export-control lists (Entity List, FCC Covered List)
	CategoryDelisting  Category = "delisting"   // retailer or platform delisting
	CategoryDirective  Category = "directive"   // government directive or advisory against a vendor
	CategoryCompromise Category = "compromise"  // backdoor, implant or supply-chain compromise
	CategoryDistrust   Category = "distrust"    // certificate or store distrust
	CategoryStateLinks Category = "state-links" // alleged state or intelligence links
	CategoryEspionage  Category = "espionage"   // data handling and espionage concerns
	CategoryOSS        Category = "oss"         // a legitimate open-source package, extension or repository hijacked
	CategoryReversal   Category = "reversal"    // a ban, sanction or listing lifted or struck down
)

// Categories lists every category in a stable order.
var Categories = []Category{
	CategoryBan, CategorySanctions, CategoryDelisting, CategoryDirective,
	CategoryCompromise, CategoryDistrust, CategoryStateLinks, CategoryEspionage,
	CategoryOSS, CategoryReversal,
}

// Valid reports whether c is one of Categories.
func (c Category) Valid() bool {
	for _, k := range Categories {
		if k == c {
			return true
		}
	}
	return false
}

// Label is a short human description of c.
func (c Category) Label() string {
	switch c {
	case CategoryBan:
		return "Government ban"
	case CategorySanctions:
		return "Sanctions / export control"
	case CategoryDelisting:
		return "Retailer or platform delisting"
	case CategoryDirective:
		return "Government directive"
	case CategoryCompromise:
		return "Backdoor / supply-chain compromise"
	case CategoryDistrust:
		return "Certificate or store distrust"
	case CategoryStateLinks:
		return "Alleged state links"
	case CategoryEspionage:
		return "Data handling / espionage concerns"
	case CategoryOSS:
		return "Open-source package compromise"
	case CategoryReversal:
		return "Ban or sanction lifted (good news)"
	}
	return string(c)
}

// Vendor is a watched vendor. Guild is empty for the global watchlist and
// holds a Discord guild ID for a vendor that one guild added for itself.
type Vendor struct {
	Name     string
	Aliases  []string
	Guild    string
	Timeline []TimelineEntry
	// Country is where the vendor is based (a country name as in
	// "China", "Russia", "US"); Categories are its product categories
	// ("drones", "cameras", "antivirus"). Actions on a class of products
	// ("a ban on Chinese-made drones") reach the vendor through them.
	Country    string
	Categories []string
	// Word marks a name that is also a common word ("Zoom", "Signal",
	// "Ring"): its name and aliases name the vendor only written as
	// configured, capitalised, so "zoom in on" and "stocks zoom" name no
	// one.
	Word bool
}

// Terms returns the vendor's name followed by its aliases.
func (v Vendor) Terms() []string {
	return append([]string{v.Name}, v.Aliases...)
}

// TimelineEntry is one dated trust event in a vendor's history.
type TimelineEntry struct {
	Date time.Time
	Text string
	URL  string
}

// Signal is a phrase that, next to a vendor's name, means the vendor's
// trust is in question. Weight adds to an alert's score.
type Signal struct {
	Term     string
	Category Category
	Weight   float64
}

// Source is a feed to poll.
type Source struct {
	Name     string
	URL      string // http(s) URL or a local file path
	Schedule string // cron expression or @every; empty means the default
	Primary  bool   // an authority (regulator, CISA...) rather than the press
	// Server is a feed that servers added (/sources add): fetched with
	// the private-address guard.
	Server bool
}

// Item is one normalised feed entry.
type Item struct {
	Key           string // identity within its source: "guid:...", "link:..." or "hash:..."
	GUID          string
	Link          string
	CanonicalLink string // tracking parameters and fragment removed; "" when no link
	Title         string // plain text
	Text          string // plain text of the content or description
	Published     time.Time
	DateKnown     bool // false when Published fell back to the time first seen
	Author        string
}

// VendorHit is a watched vendor found in an article, with the term that
// named it.
type VendorHit struct {
	Name  string // canonical vendor name
	Term  string // the name or alias as configured
	Guild string // "" for a global vendor
	// Unlisted is a vendor named by the news that is in no registry: Name
	// is as written in the title.
	Unlisted bool `json:",omitempty"`
	// Class is the class of products an action named ("foreign-made
	// drones") when the vendor was reached through its registry country
	// and categories rather than by name.
	Class string `json:",omitempty"`
}

// SignalHit is a signal term found next to a vendor.
type SignalHit struct {
	Term     string
	Category Category
	Weight   float64
}

// Alert is a vendor-trust event found in an item, with its explanation.
type Alert struct {
	ID        int64
	Title     string
	Link      string
	Source    string
	Published time.Time
	Vendors   []VendorHit
	Signals   []SignalHit
	Category  Category
	Score     float64
	Severity  Severity
	Evidence  string // the sentence (or title) where vendor and signal met
	InTitle   bool   // the evidence is the title
	// Coverage marks an alert that reports on a happening without being
	// news of it on its own (a title that only names the vendor, the trust
	// word in the lead; commentary): it may join an open event as a
	// further report, never start one (cluster.Alerts, storage).
	Coverage bool
	// Across: vendor and signal met across the title and the lead
	// sentence (for Why; not stored).
	Across    bool
	Summary   string
	EventID   int64
	CreatedAt time.Time
}

// VendorNames returns the canonical names of the alert's vendors.
func (a *Alert) VendorNames() []string {
	out := make([]string, 0, len(a.Vendors))
	for _, v := range a.Vendors {
		out = append(out, v.Name)
	}
	return out
}

// SummaryBody is the summary without the headline it usually starts
// with ("Title — lead sentence"): a message that shows the title already
// should not show it twice. A summary that is only the headline gives "".
func (a *Alert) SummaryBody() string {
	s := strings.Join(strings.Fields(a.Summary), " ")
	title := strings.Join(strings.Fields(a.Title), " ")
	if rest, ok := strings.CutPrefix(s, title); ok && title != "" && (rest == "" || rest[0] == ' ') {
		return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "—"))
	}
	return s
}

// SignalTerms returns the matched signal terms.
func (a *Alert) SignalTerms() []string {
	out := make([]string, 0, len(a.Signals))
	for _, s := range a.Signals {
		out = append(out, s.Term)
	}
	return out
}

// Why explains the alert in one line: which vendor terms and which signal
// terms matched, and where.
func (a *Alert) Why() string {
	var b strings.Builder
	for i, v := range a.Vendors {
		if v.Class != "" {
			// A class-level action: every hit carries the same class, so
			// the first says it for all.
			switch {
			case i > 0:
			case v.Unlisted:
				fmt.Fprintf(&b, "%q (a class of products; no registry vendor in it)", v.Class)
			default:
				fmt.Fprintf(&b, "applies to %s: %s", strings.Join(a.VendorNames(), ", "), v.Class)
			}
			continue
		}
		if i > 0 {
			b.WriteString(", ")
		}
		switch {
		case v.Unlisted && v.Term != "" && !strings.EqualFold(v.Term, v.Name):
			// The maker named for its product ("Cisco" for "Smart
			// Licensing Utility").
			fmt.Fprintf(&b, "%q (not in the registry, as %q)", v.Name, v.Term)
		case v.Unlisted:
			fmt.Fprintf(&b, "%q (not in the registry)", v.Name)
		case strings.EqualFold(v.Term, v.Name):
			fmt.Fprintf(&b, "%q", v.Name)
		default:
			fmt.Fprintf(&b, "%q (as %q)", v.Name, v.Term)
		}
	}
	b.WriteString(" with ")
	for i, s := range a.Signals {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q [%s %+g]", s.Term, s.Category, s.Weight)
	}
	switch {
	case a.InTitle:
		b.WriteString(" in the title")
	case a.Across:
		b.WriteString(" across the title and lead")
	default:
		b.WriteString(" in one sentence")
	}
	fmt.Fprintf(&b, "; score %.1f", a.Score)
	if a.Coverage {
		b.WriteString("; coverage: joins an open event as a further report, never starts a post")
	}
	return b.String()
}
