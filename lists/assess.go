package lists

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Finding is a change that is a vendor-trust event.
type Finding struct {
	Change   *Change
	Category trust.Category
	What     string // what happened, in a few words: "designated under CYBER2", "removed from the store"
	Vendor   VendorMatch
}

// Assess keeps the changes that are trust events and finds the vendor
// each one names. at is when the list changed (a root that had expired
// by then and is dropped is housekeeping, not distrust); zero skips that
// test.
//
//   - OFAC SDN: a company (not a person, vessel or aircraft) added under a
//     cyber-related program (CYBER, CYBER2...), or moved into one, is a
//     sanction whether or not it is watched; one added under any other
//     program is a sanction only when it matches the registry or the news.
//     Its removal (or leaving the cyber programs) is a reversal on the same
//     terms.
//   - Root stores: a root trusted for websites that is removed, whose
//     website trust is turned off, that gets a server distrust-after date,
//     or (Chrome) that moves to the constrained roots, is distrust of its
//     organisation.
//   - CISA: a new directive whose title names a vendor, unless the title
//     is about a vulnerability or a patch (those are not trust events).
func Assess(kind Kind, changes []Change, r *Resolver, at time.Time) []Finding {
	var out []Finding
	for i := range changes {
		c := &changes[i]
		var f Finding
		var ok bool
		switch kind {
		case KindOFACSDN:
			f, ok = assessSDN(c, r)
		case KindNSS, KindPEM, KindChrome:
			f, ok = assessRoot(kind, c, r, at)
		case KindCISA:
			out = append(out, assessDirective(c, r)...)
			continue
		}
		if ok {
			f.Change = c
			out = append(out, f)
		}
	}
	return out
}

func cyber(programs string) []string {
	var out []string
	for _, p := range strings.Fields(programs) {
		if CyberProgram(p) {
			out = append(out, p)
		}
	}
	return out
}

func assessSDN(c *Change, r *Resolver) (Finding, bool) {
	e := c.Entry()
	if e.Type != "entity" {
		return Finding{}, false
	}
	m, matched := r.Entity(e.Name)
	if !matched {
		m = Unmatched(e.Name)
	}
	// Outside the cyber programs only a firm match makes a vendor's
	// listing an event: a name first seen in the news that merely begins
	// a listed name ("Apex" in "APEX TRADING LLC") is too weak.
	if matched && m.News && m.How == HowPrefix {
		matched = false
	}
	switch c.Op {
	case Added:
		progs := e.Get("programs")
		if cy := cyber(progs); len(cy) > 0 {
			return Finding{Category: trust.CategorySanctions, What: "designated under " + strings.Join(cy, ", "), Vendor: m}, true
		}
		if matched {
			return Finding{Category: trust.CategorySanctions, What: "designated under " + strings.ReplaceAll(progs, " ", ", "), Vendor: m}, true
		}
	case Removed:
		if len(cyber(e.Get("programs"))) > 0 || matched {
			return Finding{Category: trust.CategoryReversal, What: "removed from the SDN list", Vendor: m}, true
		}
	case Changed:
		was, now := cyber(c.Old.Get("programs")), cyber(c.New.Get("programs"))
		var gained []string
		for _, p := range now {
			if !slices.Contains(was, p) {
				gained = append(gained, p)
			}
		}
		switch {
		case len(gained) > 0:
			return Finding{Category: trust.CategorySanctions, What: "designated under " + strings.Join(gained, ", "), Vendor: m}, true
		case len(was) > 0 && len(now) == 0:
			return Finding{Category: trust.CategoryReversal, What: "no longer under " + strings.Join(was, ", "), Vendor: m}, true
		}
	}
	return Finding{}, false
}

func rootVendor(e *Entry, r *Resolver) VendorMatch {
	for _, n := range []string{e.Org, e.Name} {
		if n == "" {
			continue
		}
		if m, ok := r.Entity(n); ok {
			return m
		}
	}
	if e.Org != "" {
		return Unmatched(e.Org)
	}
	return Unmatched(e.Name)
}

// expiryMargin: root programs drop a root some weeks before it expires
// (Staat der Nederlanden EV left certifi on 2022-12-07, a day before its
// expiry); such a removal is housekeeping, not distrust.
const expiryMargin = 90 * 24 * time.Hour

func assessRoot(kind Kind, c *Change, r *Resolver, at time.Time) (Finding, bool) {
	e := c.Entry()
	f := Finding{Category: trust.CategoryDistrust}
	switch c.Op {
	case Removed:
		if c.Old.Get("server_trust") != "trusted" && c.Old.Get("server_trust") != "constrained" {
			return f, false // never trusted for websites here: nothing is withdrawn
		}
		if na, err := time.Parse(time.DateOnly, c.Old.Get("not_after")); err == nil && !at.IsZero() && na.Before(at.Add(expiryMargin)) {
			return f, false // expired or about to: dropping it is housekeeping
		}
		f.What = "removed from the store"
	case Changed:
		was, now := c.Old.Get("server_trust"), c.New.Get("server_trust")
		da, db := c.Old.Get("server_distrust_after"), c.New.Get("server_distrust_after")
		switch {
		case db != "" && da == "":
			f.What = "distrusted for websites after " + db[:10]
		case was == "trusted" && now == "constrained":
			f.What = "moved to the constrained roots"
		case was == "trusted" && now != "trusted":
			f.What = "website trust turned off"
		default:
			return f, false
		}
	default:
		return f, false
	}
	f.Vendor = rootVendor(e, r)
	return f, true
}

// vulnerabilityTitle: directives that order a patch are about a flaw,
// not about trust in the vendor (see guide: vulnerabilities are not
// events).
func vulnerabilityTitle(title string) bool {
	t := strings.ToLower(title)
	return strings.Contains(t, "vulnerab") || strings.Contains(t, "patch")
}

func assessDirective(c *Change, r *Resolver) []Finding {
	if c.Op != Added || vulnerabilityTitle(c.New.Name) {
		return nil
	}
	var out []Finding
	for _, m := range r.Mentions(c.New.Name) {
		m.Listed = c.New.Name
		out = append(out, Finding{Change: c, Category: trust.CategoryDirective, What: c.New.Get("kind") + " directive " + c.Key, Vendor: m})
	}
	return out
}

// Source is a watched list as the alerts name it.
type Source struct {
	Name  string // "OFAC SDN list": the alerts' source and the event's confirmation
	Kind  Kind
	URL   string
	Label string // the authority acting, for titles: "US Treasury (OFAC)"; "" takes the kind's
}

func (s Source) label() string {
	if s.Label != "" {
		return s.Label
	}
	switch s.Kind {
	case KindOFACSDN:
		return "US Treasury (OFAC)"
	case KindNSS, KindPEM:
		return "Mozilla"
	case KindChrome:
		return "Google Chrome"
	case KindCISA:
		return "CISA"
	}
	return s.Name
}

// Listed is one alert of a list change with the item that carries it: the
// item's key is unique to the change (the new capture's hash, the
// vendor, the category), so storing it twice is a no-op and a restart
// never alerts again.
type Listed struct {
	Item  trust.Item
	Alert trust.Alert
}

// Alerts groups findings into one alert per vendor and category (Entrust's
// five roots are one distrust), in a stable order. version identifies
// the new capture (its hash); at is when the list changed.
func Alerts(src Source, findings []Finding, version string, at time.Time) []Listed {
	type group struct {
		cat      trust.Category
		vendor   VendorMatch
		findings []Finding
	}
	var groups []*group
	index := map[string]*group{}
	for _, f := range findings {
		k := string(f.Category) + "\x00" + f.Vendor.Name
		g := index[k]
		if g == nil {
			g = &group{cat: f.Category, vendor: f.Vendor}
			index[k] = g
			groups = append(groups, g)
		}
		g.findings = append(g.findings, f)
	}
	out := make([]Listed, 0, len(groups))
	for _, g := range groups {
		out = append(out, build(src, g.cat, g.vendor, g.findings, version, at))
	}
	return out
}

func build(src Source, cat trust.Category, v VendorMatch, fs []Finding, version string, at time.Time) Listed {
	who := src.label()
	// The distinct happenings, in order: "designated under CYBER2".
	var whats []string
	for _, f := range fs {
		if !slices.Contains(whats, f.What) {
			whats = append(whats, f.What)
		}
	}
	var names []string
	for _, f := range fs {
		n := f.Change.Entry().Name
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	var title string
	switch cat {
	case trust.CategorySanctions:
		title = fmt.Sprintf("%s sanctions %s: %s %s", who, v.Name, strings.Join(names, ", "), strings.Join(whats, "; "))
	case trust.CategoryReversal:
		title = fmt.Sprintf("%s lifts sanctions on %s: %s %s", who, v.Name, strings.Join(names, ", "), strings.Join(whats, "; "))
	case trust.CategoryDistrust:
		title = fmt.Sprintf("%s distrusts %s: %d root(s) %s", who, v.Name, len(fs), strings.Join(whats, "; "))
	case trust.CategoryDirective:
		title = fmt.Sprintf("%s %s names %s: %s", who, strings.Join(whats, ", "), v.Name, fs[0].Change.Entry().Name)
	}
	var text strings.Builder
	fmt.Fprintf(&text, "The %s changed on %s.", src.Name, day(at))
	for _, f := range fs {
		fmt.Fprintf(&text, "\n- %s", f.Change.Describe())
	}
	var how []string
	for _, f := range fs {
		if x := f.Vendor.Explain(); !slices.Contains(how, x) {
			how = append(how, x)
		}
	}
	fmt.Fprintf(&text, "\nMatched: %s.", strings.Join(how, "; "))

	sev := trust.SeverityHigh
	if cat == trust.CategoryReversal {
		sev = trust.SeverityLow
	}
	hit := v.VendorHit
	if hit.Term == "" {
		hit.Term = v.Listed
	}
	evidence := fmt.Sprintf("%s %s (%s, %s)", strings.Join(names, ", "), strings.Join(whats, "; "), src.Name, day(at))
	var hows []string
	for _, f := range fs {
		if !slices.Contains(hows, f.Vendor.How) {
			hows = append(hows, f.Vendor.How)
		}
	}
	a := trust.Alert{
		Title:     clip(title),
		Link:      src.URL,
		Source:    src.Name,
		Published: at,
		Vendors:   []trust.VendorHit{hit},
		Signals:   []trust.SignalHit{{Term: strings.Join(whats, "; "), Category: cat, Weight: 5}},
		Category:  cat,
		Score:     5,
		Severity:  sev,
		Evidence:  clip(evidence),
		Summary:   clip(fmt.Sprintf("%s. Matched to %s: %s.", evidence, v.Name, strings.Join(hows, "; "))),
	}
	sum := sha256.Sum256([]byte(version + "\x00" + string(cat) + "\x00" + v.Name))
	id := hex.EncodeToString(sum[:12])
	// Each alert has a link of its own (the list's, with a fragment), so
	// that /explain can name one change of a list.
	a.Link = src.URL + "#" + id
	it := trust.Item{
		Key:       "list:" + id,
		Link:      a.Link,
		Title:     a.Title,
		Text:      text.String(),
		Published: at,
		DateKnown: !at.IsZero(),
	}
	return Listed{Item: it, Alert: a}
}

// day formats a date as "5 March 2024".
func day(t time.Time) string {
	if t.IsZero() {
		return "an unknown date"
	}
	return t.UTC().Format("2 January 2006")
}
