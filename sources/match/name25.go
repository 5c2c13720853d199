package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// rankAsideMargin is the margin for an alert whose name every field
// writes only in a clause aside from the action ("blacklists Chinese
// chip designer linked to Huawei", "following a similar ruling for
// Xiaomi"): the rules took a name the story sets beside its subject, so
// a maker's name the ranker likes better need only beat it by a little.
const rankAsideMargin = 1.0

// name25Off turns off rankAside, name25Pair and name25Class (the grid
// test's before).
var name25Off = false

// rankAsides are the words that open a clause aside from a field's
// action: its reason, its precedent, a likeness.
var rankAsides = wordSet("after following amid linked tied like unlike similar")

// rankAside: the alert's name, candidate cur, stands in every field that
// writes it after an aside's word that follows the field's signal, while
// best stands in a field ahead of any aside's word.
func rankAside(it *rankItem, cur, best int) bool {
	if name25Off {
		return false
	}
	return rankAsideOnly(it, &it.cands[cur]) && !rankAsideOnly(it, &it.cands[best])
}

// rankAsideOnly: every field that writes c writes it after an aside's
// word standing past the field's signal.
func rankAsideOnly(it *rankItem, c *rankCand) bool {
	if c.ti < 0 && c.li < 0 {
		return false
	}
	return (c.ti < 0 || asideBefore(it.tw, it.tsig, c.ti)) && (c.li < 0 || asideBefore(it.lw, it.lsig, c.li))
}

// asideBefore: an aside's word stands between the field's signal at sig
// (none: -1) and the name at i.
func asideBefore(ws []titleWord, sig, i int) bool {
	if sig < 0 || sig >= i {
		return false
	}
	for k := sig + 1; k < i && k < len(ws); k++ {
		if rankAsides[ws[k].lc()] {
			return true
		}
	}
	return false
}

// name25Pair gives a compromise or spying alert naming one vendor the
// other half of a maker and its product that the two fields tie by a
// speaker telling of its own ("Click Studios says attackers compromised
// its in-place upgrade feature" under "Passwordstate password manager
// update mechanism hijacked"; "SolarWinds says ... tainted Orion
// updates" over "its build process"): the lead's speaker of its own
// channel makes the title's name, the ranker's likeliest maker-like name
// the title writes; the title's speaker makes what the lead's "its"
// shipped. An alert of a package is left to the package namers.
func (m *Matcher) name25Pair(title, text string, a *trust.Alert) {
	if name25Off || a.Coverage || len(a.Vendors) != 1 || a.Vendors[0].Class != "" ||
		a.Category != trust.CategoryCompromise && a.Category != trust.CategoryEspionage {
		return
	}
	sent := firstSentence(text)
	lw := titleWords(sent)
	its := ch14Its(lw)
	if its < 0 {
		return
	}
	if sp, tells := ch14Subject(lw, sent); sp != "" && tells {
		if name25NameBetween(lw, len(strings.Fields(sp)), its) {
			return // "Zorbsec says a group breached Zorbhr ... through its update server": its is the victim's
		}
		switch {
		case alertNames(a, sp):
			if n := m.name25TitleName(title, text, sp); n != "" {
				a.Vendors = append([]trust.VendorHit{m.hitFor(n)}, a.Vendors...)
			}
		case containsFold(title, strings.ToLower(a.Vendors[0].Name)):
			a.Vendors = append(a.Vendors, m.hitFor(sp))
		}
		return
	}
	tw := headline(titleWords(title))
	if sp, tells := ch14Subject(tw, title); sp != "" && tells && !alertNames(a, sp) && len(lw) > 0 && !nameWord(lw[0]) {
		a.Vendors = append([]trust.VendorHit{m.hitFor(sp)}, a.Vendors...)
	}
}

// name25TitleName is the ranker's likeliest maker-like name the title
// writes other than the speaker sp, when it likes it better than sp; or
// "".
func (m *Matcher) name25TitleName(title, text, sp string) string {
	if m.learned == nil || m.learned.rank == nil {
		return ""
	}
	it := m.rankRead(title, text)
	s := rankScores(it, m.learned.rank)
	cur, best := -1, -1
	for k := range it.cands {
		c := &it.cands[k]
		if rankLoose(c.name, sp) {
			if cur < 0 {
				cur = k
			}
			continue
		}
		if c.ti >= 0 && rankMakerLike(it, c) && (best < 0 || s[k] > s[best]) {
			best = k
		}
	}
	if cur < 0 || best < 0 || s[best] <= s[cur] {
		return ""
	}
	if c := it.cands[best]; c.reg {
		return c.regName
	}
	return it.cands[best].name
}

// name25Class names the maker a class alert's story is of where the
// title writes none beside the class (name24Class): the lead's object
// of its action ("Google has banned DO Global, a Chinese app
// developer") or the title's name "among" the class ("Sugon among
// Chinese supercomputer makers put on US Entity List"), a maker-like
// name the ranker scores above 0 and likes best of such. It runs on
// class alerts only, after name24Class.
func (m *Matcher) name25Class(title, text string, a *trust.Alert) {
	if name25Off {
		return
	}
	m.classMaker(title, text, a, "name the story's action is of", func(it *rankItem, c *rankCand, class string) bool {
		among := c.ti >= 0 && c.ti+c.tn < len(it.tw) && it.tw[c.ti+c.tn].lc() == "among"
		object := c.ti < 0 && c.li >= 0 && it.lsig >= 0 && c.li > it.lsig && c.li-it.lsig <= 2 && !name25KindNamed(it.lw, c)
		return (among || object) && name24TitleMaker(it, c, class)
	})
}

// name25KindNamed: the lead writes c as a kind's word ("phase out ICT
// equipment"): an acronym of a trade or a name before a generic word.
func name25KindNamed(lw []titleWord, c *rankCand) bool {
	if ch14KindAcronyms[strings.ToLower(c.name)] {
		return true
	}
	e := c.li + c.ln
	return e < len(lw) && !lw[e-1].stop && (generic[lw[e].lc()] || learnKinds[string(stem([]byte(lw[e].lc())))])
}

// name25NameBetween: a capitalised word stands among ws[from:to], a name
// nearer to a following "its" than the sentence's speaker.
func name25NameBetween(ws []titleWord, from, to int) bool {
	for k := from; k < to && k < len(ws); k++ {
		if hasUpperOrDigit(ws[k].text) {
			return true
		}
	}
	return false
}
