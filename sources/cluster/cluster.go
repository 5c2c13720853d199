// Package cluster groups alerts about one happening into events, so that
// twenty outlets reporting one ban make one post that grows, not twenty.
//
// Steps:
//
//  1. Sign reduces an alert's title and evidence sentence to a Signature:
//     folded text (match.Fold), split into words, dotted initials joined
//     ("U.S."), synonyms and inflections reduced to one form ("bars",
//     "banned", "prohibits" are "ban"; "British" is "uk"), stop words
//     dropped, each word hashed. Words that different stories on one
//     vendor tend to share (ban, government, security, Chinese...) are
//     marked generic and weigh half. A signature keeps three units: the
//     title, the evidence, and both together.
//  2. Similarity compares two signatures: the weighted Jaccard index of
//     the most similar pair of units (title with title, title with
//     evidence, evidence with evidence), so that a terse headline can
//     match the sentence another outlet wrote. Two signatures whose
//     titles name acting countries (or agencies: "FCC" is the US), none in
//     common ("Canada bans TikTok on government devices", "White House
//     gives agencies 30 days to remove TikTok"), are two decisions and
//     score 0.
//  3. Assign compares a new alert with the open events only: an event is
//     a candidate when it shares at least one vendor, has the same
//     category and lies within Window of the alert; among candidates, the
//     vendors' own names are ignored (every candidate shares them) and the
//     most similar event at or above Threshold wins, ties going to the
//     lowest ID. None: the alert starts a new event.
//
// Everything is pure and deterministic: the same alerts in the same order
// give the same events. Keeping events open and closing them after
// Window is the caller's job.
package cluster

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/trust"
)

// Defaults for Options.
const (
	DefaultWindow = 72 * time.Hour

	// DefaultThreshold was chosen on testdata/devset.txt, in the middle of
	// the range (0.12 to 0.16) where pairwise F1 stays at 0.95 to 0.97:
	// wordings of one story often share only two or three content words
	// in ten, while different stories on one vendor share generic ones.
	DefaultThreshold = 0.15
)

// Event is an open event as the clusterer sees it.
type Event struct {
	ID          int64
	Vendors     []string // canonical names, sorted
	Category    trust.Category
	First, Last time.Time // first and latest alert time
	Sig         Signature // merged signature of its alerts (Signature.Merge)
	// Listed: a watched list (the OFAC SDN list, a root store) confirms
	// the event. Lists write no prose to compare, so a list's change and
	// the news of it meet on vendor, category and time alone.
	Listed bool
}

// Options tune Assign. The zero value means the defaults.
type Options struct {
	Window    time.Duration // how far from an event's alerts a new one may be; 0 means DefaultWindow
	Threshold float64       // minimum Similarity to join; 0 means DefaultThreshold
	// Listed: the alert is a watched list's change. It joins an open
	// event of its category that shares a vendor whatever the wording,
	// as a news alert joins an event a list confirmed.
	Listed bool
}

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	return o
}

// Assign returns the index in open of the event that an alert on vendors
// (canonical names, any order), of category cat, seen at at, with
// signature sig, joins; or -1 for a new event.
//
// An event is a candidate when it shares at least one vendor with the
// alert: outlets name different subsets of the vendors in one story ("FCC
// bans Huawei, ZTE, Hikvision gear" and "FCC blocks Hikvision cameras"),
// so equal sets would split it, while the wording test keeps two
// stories that share a vendor apart. It must also have the same category:
// the category is the kind of happening (a ban is not a sanction), and a
// post is about one. And the alert must lie within Window of the event
// (after its latest alert, or before its first, for feeds that arrive
// late and out of order).
//
// Ties on similarity go to the lowest ID, so the result does not depend
// on the order of open.
func Assign(opts Options, open []Event, vendors []string, cat trust.Category, at time.Time, sig Signature) int {
	opts = opts.withDefaults()
	best, bestSim := -1, 0.0
	var own, both []uint32 // the names' features: the alert's; with the event's
	for i := range open {
		e := &open[i]
		if e.Category != cat || at.Before(e.First.Add(-opts.Window)) || at.After(e.Last.Add(opts.Window)) || !overlap(e.Vendors, vendors) {
			continue
		}
		if own == nil {
			own = nameFeatures(make([]uint32, 0, 4), vendors, nil)
		}
		skip := own
		if !subset(e.Vendors, vendors) {
			both = nameFeatures(append(both[:0], own...), e.Vendors, nil)
			skip = both
		}
		s := similarity(e.Sig, sig, skip)
		if opts.Listed || e.Listed {
			// A list's change is the happening the news reports: it
			// anchors the event, and wording only ranks the candidates.
			s += 1
		} else if s < opts.Threshold {
			continue
		}
		if best < 0 || s > bestSim || s == bestSim && e.ID < open[best].ID {
			best, bestSim = i, s
		}
	}
	return best
}

// overlap reports whether a and b share a vendor. Both are short, so a
// nested loop beats sorting.
func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || sameVendor(x, y) {
				return true
			}
		}
	}
	return false
}

// sameVendor reports whether two names written differently name one
// vendor: a vendor outside the registry is named as each outlet wrote it,
// so one story gives "CyberLink" and "CyberLink software", "Ledger" and
// "Ledger dApp", "ChatGPT" and "OpenAI ChatGPT". The names agree when,
// folded, the words of one run whole inside the other's. Wording still
// has to be similar (Assign), so "Apple" and "Apple Daily" stories stay
// apart unless they tell the same happening.
func sameVendor(x, y string) bool {
	if !ascii(x) || !ascii(y) {
		x, y = match.Fold(x), match.Fold(y)
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if x == "" {
		return false
	}
	// Folding ASCII is lowering its case, which EqualFold does without
	// allocating: this runs for every open event sharing the category.
	for j := 0; j+len(x) <= len(y); j++ {
		end := j + len(x)
		if strings.EqualFold(y[j:end], x) && (j == 0 || !wordByte(y[j-1])) && (end == len(y) || !wordByte(y[end])) {
			return true
		}
	}
	return false
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// wordByte: a byte that continues a word (a byte of a multi-byte rune
// counts as a letter).
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// nameFeatures appends the features of the words of the names in both
// lists to dst and sorts them.
func nameFeatures(dst []uint32, a, b []string) []uint32 {
	for _, list := range [][]string{a, b} {
		for _, name := range list {
			for _, w := range words(name) {
				dst = append(dst, hashWord(w))
			}
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// Alerts groups alerts into events as the daemon does, in memory:
// oldest first, each compared with the events open so far. Event ids
// count from 1 in that order, so the same feeds give the same ids. With
// window 0 (grouping off) every alert is its own event.
func Alerts(alerts []trust.Alert, window time.Duration) {
	order := make([]int, len(alerts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := &alerts[order[x]], &alerts[order[y]]
		if !a.Published.Equal(b.Published) {
			return a.Published.Before(b.Published)
		}
		return a.Link < b.Link
	})
	var open []Event
	for _, i := range order {
		a := &alerts[i]
		e, j := Join(Options{Window: window}, open, a.VendorNames(), a.Category, a.Published, Sign(a.Title, a.Evidence))
		if j < 0 && a.Coverage {
			a.EventID = 0 // coverage never starts an event
			continue
		}
		if j < 0 {
			e.ID = int64(len(open) + 1)
			open = append(open, e)
		} else {
			open[j] = e
		}
		a.EventID = e.ID
	}
}

// Join is the one event-merge step, shared by scan (Alerts) and storage:
// the event an alert (its vendors, category, time and signature) joins
// among open, grown by the alert, with its index in open; or, with index
// -1, a new event of the alert alone (ID 0, for the caller to give). With
// a zero Window (grouping off) every alert is an event of its own.
func Join(opts Options, open []Event, vendors []string, cat trust.Category, at time.Time, sig Signature) (Event, int) {
	vendors = slices.Clone(vendors)
	slices.Sort(vendors)
	vendors = slices.Compact(vendors)
	i := -1
	if opts.Window > 0 {
		i = Assign(opts, open, vendors, cat, at, sig)
	}
	if i < 0 {
		return Event{Vendors: vendors, Category: cat, First: at, Last: at, Sig: sig, Listed: opts.Listed}, -1
	}
	e := open[i]
	e.Listed = e.Listed || opts.Listed
	e.Sig = e.Sig.Merge(sig)
	e.Vendors = append(slices.Clone(e.Vendors), vendors...)
	slices.Sort(e.Vendors)
	e.Vendors = slices.Compact(e.Vendors)
	if at.Before(e.First) {
		e.First = at
	}
	if at.After(e.Last) {
		e.Last = at
	}
	return e, i
}
