package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// fp20 reads who acts, what the action is and whom it is done to in an
// alert's title, for the look-alikes that keep the action's words but not
// its shape (trust-events.md's non-events):
//   - a ban noun whose only decision is a deadline or a law's passing
//     told as background: "TikTok ban deadline passes without
//     enforcement", "hearing on TikTok ban two years after law passed"
//     (fp20FalseDecision);
//   - sanctions news about a vendor's business, not a listing of it: the
//     vendor as the subject hit by sanctions on a country ("Huawei hit by
//     sanctions on Russia", fp20SanctionsOnState);
//   - sanctions on hackers or officials a relative clause ties to a
//     vendor ("US sanctions Russian hackers who used Kaspersky software",
//     fp20SanctionedActors);
//   - a maker leaving a market: "Apple stops selling iPhones in Russia as
//     sanctions bite" names no seller turning a vendor away
//     (fp20MarketExit);
//   - a court ruling on a civil dispute (patent, antitrust, contract) that
//     the spyware makers' court reader took for a ruling against the
//     maker (fp20CivilCase).
//
// It runs on alerts only (settle).
func fp20Vetoed(title string, hits []hit, u unit, m *Matcher) bool {
	if !u.inTitle {
		return false
	}
	words := titleWords(title)
	switch u.category {
	case trust.CategoryBan:
		return m.fp20FalseDecision(words, hits, u)
	case trust.CategorySanctions:
		return fp20SanctionsOnState(words, u) || fp20SanctionedActors(words, u)
	case trust.CategoryDelisting:
		return fp20MarketExit(words, u)
	case trust.CategoryStateLinks, trust.CategoryEspionage:
		return fp20CivilCase(words)
	}
	return false
}

// fp20DecisionNouns are the ban signals that count only beside a decision
// (rules.toml's needs_decision signal).
var fp20DecisionNouns = wordSet("ban prohibition", "bans")

// fp20TimeNouns pass without anyone deciding: "deadline passes".
var fp20TimeNouns = wordSet(`deadline deadlines date window anniversary milestone mark
	year years month months week weeks day days`)

// fp20LawNouns are what a chamber passes.
var fp20LawNouns = wordSet("law laws bill bills act measure legislation ban")

// fp20BackTurns open a clause that tells the past: "after law passed".
var fp20BackTurns = wordSet("after since following")

// fp20FalseDecision reports whether a ban alert stands on a ban noun alone
// and every decision beside it is a passing that decides nothing now: a
// time noun passing ("TikTok ban deadline passes") or a law's passing
// told in a clause that looks back ("two years after law passed").
func (m *Matcher) fp20FalseDecision(words []titleWord, hits []hit, u unit) bool {
	for _, s := range u.signals {
		if s.Category != trust.CategoryBan {
			continue
		}
		for _, w := range strings.Fields(s.Term) {
			if !fp20DecisionNouns[strings.ToLower(w)] && w != "on" && w != "procurement" {
				return false // a ban verb or shape: decided without a decision word
			}
		}
	}
	seen := false
	for _, h := range hits {
		if !m.has(h.pat, kindDecision) {
			continue
		}
		i := fp20WordEnding(words, h.off)
		if i < 0 || !fp20IdlePassing(words, i) {
			return false
		}
		seen = true
	}
	return seen
}

// fp20WordEnding is the index of the title word ending at byte off, or -1.
func fp20WordEnding(words []titleWord, off int) int {
	for i, w := range words {
		if w.end == off {
			return i
		}
	}
	return -1
}

// fp20IdlePassing reports whether words[i] is a passing that decides
// nothing: "deadline passes", or "passed" within a clause opened by
// "after" or "since" that names a law ("after law passed", "after bill
// passed House").
func fp20IdlePassing(words []titleWord, i int) bool {
	if !oneOf(words[i].lc(), "pass", "passes", "passed") {
		return false
	}
	if i > 0 && fp20TimeNouns[words[i-1].lc()] {
		return true
	}
	law := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		lk := words[k].lc()
		if words[k].stop {
			return false
		}
		if fp20LawNouns[lk] {
			law = true
		}
		if fp20BackTurns[lk] {
			return law && k > 0
		}
	}
	return false
}

// fp20CountryNouns name a state as a noun: sanctions on it are on a
// country ("sanctions on Russia"), while "sanctions on Russian firm X" are
// on a firm.
var fp20CountryNouns = wordSet(`russia china iran belarus venezuela syria cuba myanmar moscow
	beijing tehran pyongyang minsk kremlin`, "north korea")

// fp20Breaking are a vendor's own breach of sanctions, which the listing
// that punishes it may follow ("export ban on ZTE for violating sanctions
// on Iran").
var fp20Breaking = wordSet(`violating violated violate violates violation violations breaking
	broke breaking breach breached breaching evading evaded evade evasion busting`)

// fp20SanctionsOnState reports whether a sanctions alert's vendors are its
// title's subject, hit by sanctions on a country: "Huawei hit by sanctions
// on Russia", "Samsung sales fall as sanctions on Russia bite". The
// vendor is not listed; its business is.
func fp20SanctionsOnState(words []titleWord, u unit) bool {
	s := -1
	for i := 0; i+2 < len(words); i++ {
		if !oneOf(words[i].lc(), "sanctions", "sanction", "embargo", "embargoes") || !oneOf(words[i+1].lc(), "on", "against") {
			continue
		}
		k := i + 2
		if words[k].lc() == "the" && k+1 < len(words) {
			k++
		}
		if fp20CountryNouns[words[k].lc()] || words[k].lc() == "north" && k+1 < len(words) && words[k+1].lc() == "korea" {
			s = i
			break
		}
	}
	if s < 0 || inWords(words[:s], fp20Breaking) {
		return false
	}
	// Every vendor is named before the sanctions, in the title's first
	// words: the subject, not an object listed.
	return fp20VendorsLead(words, u, s)
}

// fp20VendorsLead reports whether each vendor of u is named in the title's
// first three words and before word index end.
func fp20VendorsLead(words []titleWord, u unit, end int) bool {
	if len(u.vendors) == 0 {
		return false
	}
	for _, v := range u.vendors {
		at := fp20NameAt(words, v)
		if at < 0 || at > 2 || at >= end {
			return false
		}
	}
	return true
}

// fp20NameAt is the index of the title word a vendor's term starts at, or
// -1.
func fp20NameAt(words []titleWord, v trust.VendorHit) int {
	first := strings.ToLower(strings.Fields(v.Term + " x")[0])
	for i, w := range words {
		if strings.TrimSuffix(strings.TrimSuffix(w.lc(), "'s"), "’s") == first {
			return i
		}
	}
	return -1
}

// fp20Actors are who sanctions name when they are on people or gangs.
var fp20Actors = wordSet(`hackers hacker officials official operatives operative individuals people
	nationals members spies agents criminals cybercriminals gang gangs actors men man woman
	administrators operators affiliates`)

// fp20Staff are a vendor's people beside rv17Persons.
var fp20Staff = wordSet("employee employees staff staffer staffers engineer engineers researcher researchers")

// fp20Relatives tie the actors to what they did: "hackers who used X".
var fp20Relatives = wordSet("who that behind for over accused tied linked")

// fp20SanctionedActors reports whether a title's sanctions fall on people
// or a gang named right after the verb, a relative clause tying them to
// the vendor ("US sanctions Russian hackers who used Kaspersky software",
// "Treasury sanctions officials behind attacks on Hikvision cameras"), or
// on a vendor's former people ("sanctions former Huawei employee").
func fp20SanctionedActors(words []titleWord, u unit) bool {
	for i, w := range words {
		if !oneOf(w.lc(), "sanctions", "sanctioned", "sanction", "designates", "designated") {
			continue
		}
		if i+1 < len(words) && oneOf(words[i+1].lc(), "former", "ex") {
			// "Treasury sanctions former Huawei employee": one who left
			// the vendor, not the vendor.
			for k := i + 2; k < len(words) && k <= i+5; k++ {
				if rv17Persons[words[k].lc()] || fp20Staff[words[k].lc()] {
					return true
				}
			}
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			lk := words[k].lc()
			if words[k].stop {
				break
			}
			if !fp20Actors[lk] {
				continue
			}
			if k+1 >= len(words) || !fp20Relatives[words[k+1].lc()] {
				return false
			}
			for _, v := range u.vendors {
				if at := fp20NameAt(words, v); at >= 0 && at <= k {
					return false // the vendor named before its people: "X executives"
				}
			}
			return true
		}
		return false
	}
	return false
}

// fp20StopSales are a seller ending its own sales.
var fp20StopSales = wordSet("stops stop stopped halts halt halted suspends suspend suspended ends ceases pauses paused")

// fp20MarketExit reports whether a delisting alert is a company leaving a
// market with its own goods: a capitalised subject that stops selling, in
// a named place, something no registry vendor makes ("Apple stops selling
// iPhones in Russia", "Samsung halts sales of phones in Russia"). A seller
// turning away a registry vendor ("Best Buy stops selling Kaspersky") is
// a delisting.
func fp20MarketExit(words []titleWord, u unit) bool {
	if len(u.vendors) == 0 {
		return false
	}
	for _, v := range u.vendors {
		if !v.Unlisted && v.Class == "" {
			return false
		}
	}
	for i := 1; i+2 < len(words); i++ {
		if !fp20StopSales[words[i].lc()] || !oneOf(words[i+1].lc(), "selling", "sales", "sale", "shipments", "shipping") {
			continue
		}
		subj := words[0].text
		if !hasUpperOrDigit(subj) || authorities[strings.ToLower(subj)] || fp20CountryNouns[strings.ToLower(subj)] {
			return false
		}
		for k := i + 2; k < len(words) && k <= i+6; k++ {
			if words[k].lc() != "in" || k+1 >= len(words) {
				continue
			}
			p := words[k+1].lc()
			return fp20CountryNouns[p] || places[p] || otherStates[p]
		}
		return false
	}
	return false
}

// fp20CivilWords are civil disputes a court rules on: no ruling against a
// maker's spying.
var fp20CivilWords = wordSet(`patent patents antitrust copyright copyrights trademark trademarks
	contract contracts defamation libel tax taxes securities shareholder shareholders employment
	labor labour wage wages royalty royalties licensing monopoly`)

// fp20CivilCase reports whether a title's court rules in a civil dispute:
// "Court rules NSO Group must pay damages in patent case", "Appeals court
// rules against Intellexa in contract dispute".
func fp20CivilCase(words []titleWord) bool {
	return inWords(words, courts) && inWords(words, fp20CivilWords)
}
