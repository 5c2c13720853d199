package match

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// rankTitleMargin is the margin for an alert whose name only the lead
// writes while the ranker's best is a name the title writes: a headline
// names what the story is about, and the rules took a name from further
// down.
const rankTitleMargin = 2.0

// name24Off turns off the title's margin and the class's object (the
// grid test's before).
var name24Off = false

// rankTitleSubject: the alert's name, candidate cur, is written in the
// lead alone and the ranker's best, best, in the title, past its first
// word unless the lead or the registry confirms it (a title's opening
// run is capitalised by its place: "Budget Android tablets").
func rankTitleSubject(it *rankItem, cur, best int) bool {
	c, b := &it.cands[cur], &it.cands[best]
	return !name24Off && c.ti < 0 && b.ti >= 0 && (b.ti > 0 || b.li >= 0 || b.reg)
}

// name24Class names the maker a title writes beside a class an alert
// stands for ("India bans PUBG Mobile and 117 other Chinese apps"): the
// rules read the class and name its registry members, which the title
// did not name; the title's own maker-like name that its action is of
// (at most two words after the title's signal, not its actor: "Coast
// Guard orders"), the ranker's likeliest of them and one it scores above
// 0 ("5G suppliers" is none), is the one the story is of. An alert of a
// package or a compromise is left to the package namers. It runs on
// class alerts only.
func (m *Matcher) name24Class(title, text string, a *trust.Alert) {
	if name24Off {
		return
	}
	m.classMaker(title, text, a, "name the title's action is of", func(it *rankItem, c *rankCand, class string) bool {
		// The object of the title's action ("bans PUBG Mobile"), not its
		// actor ("Coast Guard orders").
		return c.ti >= 0 && it.tsig >= 0 && c.ti > it.tsig && c.ti-it.tsig <= 2 && name24TitleMaker(it, c, class)
	})
}

// classMaker renames a class alert (every vendor of one class; not a
// package's or a compromise's) to the maker-like candidate pick takes
// that the ranker likes best, when it scores it above 0 ("5G suppliers"
// is none); why heads the signal that says so. name24Class and
// name25Class differ only in pick.
func (m *Matcher) classMaker(title, text string, a *trust.Alert, why string, pick func(it *rankItem, c *rankCand, class string) bool) {
	if m.learned == nil || m.learned.rank == nil || len(a.Vendors) == 0 || a.Category == trust.CategoryOSS || a.Category == trust.CategoryCompromise {
		return
	}
	class := a.Vendors[0].Class
	for _, v := range a.Vendors {
		if class == "" || v.Class != class {
			return
		}
	}
	it := m.rankRead(title, text)
	s := rankScores(it, m.learned.rank)
	best := -1
	for k := range it.cands {
		if !pick(it, &it.cands[k], class) {
			continue
		}
		if best < 0 || s[k] > s[best] {
			best = k
		}
	}
	if best < 0 || s[best] <= 0 {
		return // the ranker does not like it as a name ("5G suppliers")
	}
	c := it.cands[best]
	h := m.hitFor(c.name)
	if c.reg {
		h = m.hitFor(c.regName)
	}
	a.Vendors = []trust.VendorHit{h}
	a.Signals = append(a.Signals, trust.SignalHit{
		Term:     fmt.Sprintf("%s, beside the class %q (%s)", why, class, c.name),
		Category: a.Category,
	})
}

// name24TitleMaker: candidate c reads as a maker's name (rankMakerLike,
// no place, body, kind or title structure), not a platform's, not
// written in lower case and sharing no word with the class.
func name24TitleMaker(it *rankItem, c *rankCand, class string) bool {
	n := c.name
	if n == strings.ToLower(n) || nm17Platform(n) || !rankMakerLike(it, c) || !c.reg && nonMakerName(it, n) {
		return false
	}
	cl := strings.Fields(strings.ToLower(class))
	for w := range strings.FieldsSeq(strings.ToLower(n)) {
		if slices.Contains(cl, w) {
			return false
		}
	}
	return true
}
