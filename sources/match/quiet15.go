package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A vendor outside the registry as the SUBJECT of a passive or
// experiencer form of a trust action: "X hit with US sanctions", "X
// slapped with export ban", "X among firms put on Entity List", "X has
// been banned in Australia over spying fears", "X faces US ban as
// Commerce finalizes rule", "X loses Mozilla root store status", "X
// wins lawsuit, removed from Pentagon's Chinese military list". The
// lexicon reads these words beside a registry vendor; beside an unknown
// name the readers that find a name look after an active verb or next
// to the signal, and "hit with" or "among firms put on" stands between.
//
// The same forms hold countries, militias, people, gangs, clubs and
// films ("Nicaragua hit with sanctions", "Wagner slapped with EU
// sanctions", "Russia banned from Olympics"), so the name must be called
// a business (qt15Business, with names14's words: nm14Firms) unless the
// form's own words hold only businesses (a root store, an Entity List,
// "among firms"), and a ban needs a motive of trust (banMotive: "banned
// from Twitch" is a content ban). Fines, lawsuits, attacks suffered,
// bans avoided and proposals are other forms and are not read.

// qt15Reason is where the clause giving the form's reason opens after
// its last word end ("hit with US sanctions over ransomware hosting",
// "sanctioned for supporting ransomware operators"), len(words) with
// none: the crime words there are of those the subject served, not of
// the subject.
func qt15Reason(words []titleWord, end int) int {
	for k := end + 1; k < len(words); k++ {
		if oneOf(lower(words[k]), "over", "for") {
			return k
		}
	}
	return len(words)
}

// qt15Heads are the words a form opens with after the subject (past an
// auxiliary): the reader's cheap gate.
var qt15Heads = wordSet(`hit slapped struck targeted handed among lands landed banned barred
	removed dropped delists delisted named hits target targets blocks overturns lifts halts strikes
	faces facing loses lost lose kicked booted expelled wins won sanctioned`)

// qt15Aux are the auxiliaries between a subject and its participle ("was
// hit", "has been banned", "to lose").
var qt15Aux = wordSet("was is has have had been be to gets got will now also")

// qt15Alert reads a title whose subject is a name outside the registry
// and whose predicate is a passive or experiencer form of an action.
//
// beside is set when the chain's candidate reaches the registry through
// a class: the name must then be the one the class describes in the
// title ("X, a Chinese drone maker, hit with sanctions"), never a name
// beside a class of its own.
func (m *Matcher) qt15Alert(title, lead string, hits []hit, question, beside bool) unit {
	if question || strings.Contains(title, "?") {
		return unit{} // "X hit with US sanctions? Not yet": a question inside the title too
	}
	words := headline(titleWords(title))
	if len(words) < 3 {
		return unit{}
	}
	leadWords := titleWords(firstSentence(lead)) // the summary's first sentence, as names14 reads it
	var cat trust.Category
	var name, second string
	p, end, self, kind := 0, 0, false, false
	if v, k, ok := qt15Undone(words, leadWords); ok {
		// An authority undoing: the name is the object after it.
		p, end, cat = v, k, trust.CategoryReversal
		name, kind = qt15Object(words, k+1)
	} else if k, c := qt15HoldActs(words); k > 0 {
		// The hold as the subject: "New US sanctions hit X".
		p, end, cat = k-1, k, c
		name, kind = qt15Object(words, k+1)
	} else {
		var s, e, from int
		if s, e, from, kind = qt15Subject(words); e <= s {
			return unit{}
		}
		if s2, e2 := sn16Joined(words, e); e2 > s2 && from == e {
			// sanc16.go: "X and Y hit with sanctions": both names.
			second = joinSpan(words, s2, e2-1)
			from = e2
		}
		p = from
		for p < len(words) && qt15Aux[lower(words[p])] && (p == from || !words[p-1].stop) {
			p++
		}
		if p >= len(words) || !qt15Heads[lower(words[p])] || words[p-1].stop && p > from {
			return unit{}
		}
		if cat, end, self = qt15Predicate(words, p); cat == "" {
			return unit{}
		}
		name = joinSpan(words, s, e-1)
	}
	if name == "" || beside && !kind {
		return unit{}
	}
	extra := trust.SignalHit{Term: joinSpan(words, p, end), Category: cat, Weight: 5}
	if cat == trust.CategoryBan && (inWords(words, stores) || inWords(words, platformActors)) {
		return unit{} // "banned by Apple in Russia": a store's pull at a censor's request, no state's ban
	}
	if cat == trust.CategoryBan && !banMotive(cat, words, leadWords) && !(oneOf(lower(words[p]), "faces", "facing") && inWords(words, nm14Sanctioners)) {
		return unit{} // "banned from Twitch", "banned in Turkey" for its content; a rule a state finalises is its own
	}
	reason := qt15Reason(words, end)
	for _, h := range hits {
		if m.hasVendor[h.pat] && (cat != trust.CategorySanctions || wordEndingAt(words, h.off) < reason) {
			// A registry vendor: the lexicon's rules read it; one in the
			// reason for sanctions is their victim ("sanctioned over
			// Sophos firewall attacks").
			return unit{}
		}
	}
	names := [2]string{name, second}
	business := self || kind
	for _, n := range names {
		if n == "" {
			continue // one name, no second
		}
		if !vendorName(n) || threatActor(words, n) || threatActor(leadWords, n) || nm14RoleAfter(words, n) || allActors(n) {
			return unit{}
		}
		business = business || qt15Business(n, leadWords)
	}
	if nm14OtherIn(words[:reason]) || sn16OtherLead(leadWords) {
		return unit{}
	}
	if inWords(words[:p], qt15Not) || inWords(words[end+1:], qt15Not) || !business {
		return unit{}
	}
	u := m.scoreUnitWith(hits, true, false, question, &extra, true)
	if !u.ok {
		return unit{}
	}
	u.category = cat
	u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	if second != "" {
		u.vendors = append(u.vendors, trust.VendorHit{Name: second, Term: second, Unlisted: true})
	}
	u.evidence = clean(title)
	return u
}

// qt15Opens lets a title with no registry vendor past match's early exit
// when the reader alerts on it alone (a form's words need not be the
// lexicon's: "X loses trusted status in Chrome").
func qt15Opens(m *Matcher, title, body string, g gateBits) bool {
	return qt15Open(g) && m.qt15Alert(title, body, nil, false, false).ok
}

// qt15Open is the reader's gate, from the title's gate bits: a form's
// head and what it is about (a hold, a list, a root store) both in the
// title.
func qt15Open(g gateBits) bool {
	return g.has(gQt15Head) && g.has(gQt15Hold)
}

// qt15Holds are the words every form names its hold by.
var qt15Holds = wordSet(`sanctions sanction ban bans banned barred list blacklist blacklisting
	listing designation restrictions controls root trusted delists delisted approved sanctioned`)

// qt15Subject finds the name opening the title, past a description of
// it ("Chinese firm X", "drone maker X"): its span, where its predicate
// may start, and whether a description calls it a business or a
// product. A kind after the name ("X app", "X routers") or an appositive
// ("X, a Chinese drone maker,") says so too, and is no part of the name.
func qt15Subject(words []titleWord) (int, int, int, bool) {
	s, kind := 0, false
	for s < len(words) && s < 4 && !words[s].stop {
		lw := lower(words[s])
		origin, _, _ := strings.Cut(lw, "-")
		_, country := classCountries[origin]
		switch {
		case nm14Firms[lw] || nm14Trades[lw] || qt15Hosters[lw] || techWords[lw] || productClasses[lw] != "":
			kind = true
		case country && s+1 < len(words) || !hasUpperOrDigit(words[s].text) || generic[lw] || lw == "bulletproof":
			// An origin, a lower-case word, a capitalised adjective
			// ("Popular VPN app banned"): a description, not the name.
		default:
			goto name
		}
		s++
	}
name:
	if s > 0 && !kind {
		return 0, 0, 0, false // "Chinese X" names an origin, not what X is; a lower-case opening is no name
	}
	e := s
	for e < len(words) && e < s+4 && hasUpperOrDigit(words[e].text) && !qt15Heads[lower(words[e])] {
		e++
		if words[e-1].stop {
			break
		}
	}
	if e == s {
		return 0, 0, 0, false // no name opens the title
	}
	if l := lower(words[e-1]); e-s > 1 && (techWords[l] || productClasses[l] != "") {
		kind = true // a product's name: "Quillstack Router"
	}
	if d := qt15Described(words, e); d > e {
		return s, e, d, true // "Zservers bulletproof hosting firm sanctioned by ..."
	}
	if e < len(words) && !words[e-1].stop && (techWords[lower(words[e])] || productClasses[lower(words[e])] != "") {
		return s, e, e + 1, true // "X app banned", "X certificates no longer trusted"
	}
	if e < len(words) && words[e-1].stop && !words[e-1].dash && oneOf(lower(words[e]), "a", "an", "the") {
		// An appositive, to its closing comma.
		for k := e; k < len(words) && k <= e+6; k++ {
			l := lower(words[k])
			if nm14Firms[l] || nm14Trades[l] || techWords[l] || productClasses[l] != "" {
				kind = true
			}
			if words[k].stop || k == len(words)-1 {
				return s, e, k + 1, kind // to its comma, or the title's end
			}
		}
		return 0, 0, 0, false
	}
	return s, e, e, kind
}

// qt15Hosters are the trade words of hosting a headline calls a business
// by beside nm14Firms ("Bulletproof hoster Media Land").
var qt15Hosters = wordSet("hoster hosters")

// qt15Described is where the predicate may start after a description
// that follows the name without a comma and ends on a word of trade:
// "Zservers bulletproof hosting firm sanctioned by US, UK and
// Australia". e itself when no such description stands there: every
// word lower case, a form's head or auxiliary right after the trade.
func qt15Described(words []titleWord, e int) int {
	for k := e; k < len(words) && k < e+4; k++ {
		l := lower(words[k])
		if hasUpperOrDigit(words[k].text) || qt15Heads[l] || qt15Aux[l] || words[k].stop {
			return e
		}
		if nm14Firms[l] || nm14Trades[l] || qt15Hosters[l] {
			if k+1 < len(words) && (qt15Heads[lower(words[k+1])] || qt15Aux[lower(words[k+1])]) {
				return k + 1
			}
			return e
		}
	}
	return e
}

// qt15Business reports whether a name the structure alone does not vouch
// for is called a business: a trade or legal suffix of the name
// ("Tenmark Systems", "Arvoro Labs", "Arvoro Ltd", but not "Group":
// "Wagner Group", "Lazarus Group"), or the summary's first sentence
// calling its subject one (qt15LeadCalls). A word of trade elsewhere is
// about someone else ("Nicaragua hit with sanctions" | "... officials and
// a state mining company").
func qt15Business(name string, lead []titleWord) bool {
	run := strings.Fields(name)
	last := strings.ToLower(strings.TrimRight(run[len(run)-1], "."))
	if last != "group" && corporateSuffix(run) || len(run) > 1 && legalForms[last] {
		return true
	}
	// The lead's object of sanctions called a business is the title's
	// subject ("The US ... designated the Russian hosting company for
	// ...": sanc16.go).
	return qt15LeadCalls(name, lead) || sn16LeadObjectFirm(lead)
}

// qt15LeadCalls reports whether the lead sentence's subject is called a
// business or a product: "The company ...", "The Shenzhen-based firm
// ...", "The messaging app ...", or the name with an appositive or a
// copula ("Arvoro, a Chinese drone maker, ...", "Arvoro is a ...").
func qt15LeadCalls(name string, lead []titleWord) bool {
	trade := func(ws []titleWord) bool {
		for _, w := range ws {
			l := lower(w)
			if malwareWords[l] || attackers[l] {
				return false // "The malware ...", "The hacking crew ...": no business
			}
			if nm14Firms[l] || nm14Trades[l] || techWords[l] || productClasses[l] != "" {
				return true
			}
			if w.stop {
				break
			}
		}
		return false
	}
	// The subject after a reporting clause counts as the lead's own
	// ("Treasury's OFAC said the Russian hosting company ...": sanc16.go).
	if said := sn16PastSaid(lead); len(said) > 1 && oneOf(lower(said[0]), "the", "this") && trade(said[1:min(len(said), 5)]) {
		return true
	}
	first := strings.Fields(name)[0]
	for i := 0; i+2 < len(lead); i++ {
		if lead[i].text != first {
			continue
		}
		j := i
		for j+1 < len(lead) && j < i+3 && !lead[j].stop && hasUpperOrDigit(lead[j+1].text) {
			j++ // the rest of the name
		}
		if j+2 < len(lead) && (lead[j].stop || oneOf(lower(lead[j+1]), "is", "was")) &&
			trade(lead[j+1:min(len(lead), j+7)]) {
			return true
		}
	}
	return false
}

// qt15Predicate reads the form at words[p]: its category, its last word
// and whether its words hold only businesses.
func qt15Predicate(words []titleWord, p int) (trust.Category, int, bool) {
	lw := lower(words[p])
	next := func(k int) string {
		if k < len(words) {
			return lower(words[k])
		}
		return ""
	}
	switch lw {
	case "hit", "slapped", "struck", "targeted", "handed":
		if n := next(p + 1); n != "with" && n != "by" {
			return "", 0, false
		}
		// What hits it, within a few words: sanctions, an export ban
		// (sanctions), a ban; not a fine, a lawsuit or an attack.
		for k := p + 2; k < len(words) && k <= p+7; k++ {
			switch lower(words[k]) {
			case "sanctions", "sanction", "blacklisting":
				return trust.CategorySanctions, k, false
			case "ban", "bans", "restrictions", "controls":
				if strings.HasPrefix(next(k-1), "export") || next(k-1) == "trade" {
					return trust.CategorySanctions, k, false
				}
				if lower(words[k]) == "ban" || lower(words[k]) == "bans" {
					return trust.CategoryBan, k, false
				}
			}
			if words[k].stop && !sn16Imposer(words[k]) { // sanc16.go: "hit with US, UK, Australia sanctions"
				break
			}
		}
	case "among":
		// "among firms put on Entity List", "among Chinese companies
		// added to US trade blacklist": a trade, a verb of listing, a
		// list.
		trade := false
		for k := p + 1; k < len(words) && k <= p+9; k++ {
			l := lower(words[k])
			if nm14Firms[l] || oneOf(l, "entities", "chipmakers", "makers", "suppliers") {
				trade = true
			}
			if oneOf(l, "list", "blacklist", "sanctions", "sanctioned", "blacklisted") {
				// "among targets of new US sanctions": the name's
				// business must then be said elsewhere.
				return trust.CategorySanctions, k, trade
			}
			if words[k].stop {
				break
			}
		}
	case "lands", "landed":
		if n := next(p + 1); n == "on" || n == "in" {
			for k := p + 2; k < len(words) && k <= p+5; k++ {
				if l := lower(words[k]); l == "list" || l == "blacklist" {
					return trust.CategorySanctions, k, true
				}
			}
		}
	case "banned", "barred":
		return trust.CategoryBan, p, false
	case "sanctioned":
		if qt15Sanctioned(words, p) {
			return trust.CategorySanctions, p, false
		}
	case "named":
		// "named in new US sanctions"
		for k := p + 1; next(p+1) == "in" && k < len(words) && k <= p+5; k++ {
			if oneOf(lower(words[k]), "sanctions", "designations", "blacklist") {
				return trust.CategorySanctions, k, false
			}
		}
	case "delisted":
		if nm14SanctionsDelist(words, nil) {
			return trust.CategoryReversal, p, false // "X delisted by Treasury": a listing undone
		}
	case "removed", "dropped":
		// Off a state's approved vendor or products list: its buyers may
		// no longer buy (category9: delisting or ban, no directive).
		for k := p + 1; k+1 < len(words) && k <= p+6; k++ {
			if lower(words[k]) == "approved" {
				return trust.CategoryDelisting, k + 1, true
			}
		}
	case "faces", "facing":
		// A ban that a rule finalises or that takes effect is decided;
		// a ban faced as lawmakers push a bill is not.
		for k := p + 1; k+1 < len(words) && k <= p+4; k++ {
			if l := lower(words[k]); l == "ban" || l == "sanctions" {
				for j := k + 1; j < len(words) && j <= k+6; j++ {
					if qt15Enacted[lower(words[j])] || lower(words[j]) == "takes" && next(j+1) == "effect" {
						if l == "sanctions" {
							return trust.CategorySanctions, j, false
						}
						return trust.CategoryBan, j, false
					}
				}
				return "", 0, false
			}
		}
	case "loses", "lost", "lose":
		// Trust a root program gave: "root store status", "trusted
		// status in Chrome"; not a verification badge.
		for k := p + 1; k < len(words) && k <= p+5; k++ {
			if l := lower(words[k]); l == "root" || l == "trusted" || l == "trust" && k > p+1 {
				return trust.CategoryDistrust, k, true
			}
			if words[k].stop {
				break
			}
		}
	case "kicked", "booted", "expelled":
		for k := p + 1; k < len(words) && k <= p+5; k++ {
			if lower(words[k]) == "root" {
				return trust.CategoryDistrust, k, true
			}
		}
	case "wins", "won":
		// A court fight over a listing won: "wins lawsuit, removed from
		// Pentagon's Chinese military list", "wins court fight over
		// Pentagon blacklisting".
		suit := false
		for k := p + 1; k < len(words) && k <= p+10; k++ {
			l := lower(words[k])
			if oneOf(l, "lawsuit", "suit", "case", "court", "appeal", "challenge", "injunction", "ruling", "fight", "battle") {
				suit = true
			}
			if suit && (oneOf(l, "blacklisting", "listing", "designation", "ban", "sanctions") || l == "list" && k > p+2) {
				return trust.CategoryReversal, k, true
			}
		}
	}
	return "", 0, false
}

// qt15Sanctioned reports whether "sanctioned" at words[p] tells sanctions
// imposed with no state in its subject: by an authority ("sanctioned by
// US, UK and Australia"), or with the reason or occasion after it
// ("sanctioned over cyberattacks", "sanctioned for hosting ransomware").
// Only states sanction businesses so; a body that is none ("sanctioned
// by FIFA", "by the bar") and the word alone at the title's end (a plan
// "sanctioned" as approved) are not read.
func qt15Sanctioned(words []titleWord, p int) bool {
	if p+1 >= len(words) || words[p].stop {
		return false
	}
	switch lower(words[p+1]) {
	case "over", "for", "after", "amid", "following":
		return true
	case "by":
		for k := p + 2; k < len(words) && k <= p+4; k++ {
			if l := lower(words[k]); l != "the" {
				return sn16Imposer(words[k]) || authorities[strings.TrimRight(l, ",")]
			}
		}
	}
	return false
}

// qt15Enacted are the verbs that make a ban faced a decided one.
var qt15Enacted = wordSet(`finalizes finalises finalized finalised enacts enacted signs signed
	approves approved adopts adopted issues issued`)

// qt15Not are the title words of another news than the action: a fine, a
// lawsuit, a violation, a ban avoided, denied or only talked of.
var qt15Not = wordSet(`fine fined fines penalty lawsuit lawsuits violation violations violating
	evasion evading avoid avoids avoided escape escapes escaped could may might
	possible potential proposed urge urges lawmakers senators bill denies denied deny`)

// qt15Undone finds an authority undoing a hold on what follows: a court
// blocking or overturning a ban or listing ("Judge blocks ban on X",
// "Court overturns Commerce ban on X"), a sanctions authority delisting
// or lifting sanctions ("Treasury delists X", "Treasury lifts sanctions
// on X"). The verb's index and the last word before the object.
func qt15Undone(words, lead []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		lv := lower(words[v])
		actor := strings.TrimRight(lower(words[v-1]), ".")
		switch {
		case nm14DelistVerbs[lv] && nm14Sanctioners[actor] && !words[v-1].stop:
			if nm14SanctionsDelist(words, lead) {
				return v, v, true
			}
		case liftVerbs[lv] && (nm14Courts[actor] || nm14Sanctioners[actor] || actor == "court") && !words[v-1].stop:
			for k := v + 1; k+1 < len(words) && k <= v+4; k++ {
				l := lower(words[k])
				if nm14Courts[actor] && !oneOf(l, "ban", "blacklisting", "listing", "designation", "sanctions") ||
					!nm14Courts[actor] && l != "sanctions" {
					continue
				}
				if oneOf(lower(words[k+1]), "on", "of", "against") {
					return v, k + 1, true
				}
			}
		}
	}
	return 0, 0, false
}

// qt15Kind reports whether a unit names as written only a kind ("Chinese
// companies"): the subject the form holds outranks it.
func qt15Kind(u unit) bool {
	if len(u.vendors) != 1 || !u.vendors[0].Unlisted {
		return false
	}
	for _, w := range strings.Fields(u.vendors[0].Name) {
		l := strings.ToLower(w)
		origin, _, _ := strings.Cut(l, "-")
		if _, country := classCountries[origin]; !country && !nm14Firms[l] && !generic[l] && !techWords[l] {
			return false
		}
	}
	return true
}

// qt15Victim reports whether a unit is sanctions on registry vendors
// only, read in the title: qt15Alert then reads the title's subject when every registry
// vendor stands in the reason clause ("X sanctioned over SolarWinds
// hack": the victim, not the sanctioned).
func qt15Victim(u unit) bool {
	if u.category != trust.CategorySanctions || len(u.vendors) == 0 || !u.inTitle {
		return false
	}
	for _, v := range u.vendors {
		if v.Unlisted {
			return false
		}
	}
	return true
}

// qt15Class reports whether a unit's vendors are a class's reach in the
// registry ("Chinese drone": DJI, Unitree).
func qt15Class(u unit) bool {
	return len(u.vendors) > 0 && u.vendors[0].Class != "" && !u.vendors[0].Unlisted
}

// qt15HoldActs finds a hold as the subject of a verb that reaches its
// object ("New US sanctions hit X", "Treasury sanctions target X"): the
// verb's index and the hold's category, or 0.
func qt15HoldActs(words []titleWord) (int, trust.Category) {
	for k := 1; k+1 < len(words); k++ {
		if !oneOf(lower(words[k]), "hit", "hits", "target", "targets") || words[k-1].stop {
			continue
		}
		switch lower(words[k-1]) {
		case "sanctions":
			return k, trust.CategorySanctions
		case "ban":
			return k, trust.CategoryBan
		}
	}
	return 0, ""
}

// qt15Object reads the name a verb at from-1 holds as its object, as
// qt15Subject reads a title's subject (its suffix kept: "Arvoro
// Technologies"), and whether a description calls it a business.
func qt15Object(words []titleWord, from int) (string, bool) {
	if from >= len(words) {
		return "", false
	}
	s, e, _, kind := qt15Subject(words[from:])
	if e <= s {
		return "", false
	}
	return joinSpan(words, from+s, from+e-1), kind
}
