package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Names outside the registry as the subject or object of sanctions,
// listings and their reversal. Real news writes the sanctioned business
// as a long company name ("Integrity Technology Group", "Aeza Group"),
// says what it is in a suffix ("Tenmark Systems") or in the lead's
// subject ("The Russia-based bulletproof hosting provider ..."), and
// tells in that same lead whom it served: "ransomware gangs", "LockBit
// affiliates", "cybercriminals". names14 and quiet15 read a word of
// crime anywhere in the lead as saying the object is no vendor
// ("Nicaragua hit with sanctions" | "... officials and a state mining
// company"); a lead whose own subject is called a business speaks of
// its customers with those words, not of itself.

// sn16LeadFirm reports whether the lead sentence opens on its subject
// called a business, with no word of a person, a gang or malware in that
// subject: "The Russia-based bulletproof hosting provider rented servers
// to ransomware gangs", "The company ...". "The Russian hacking crew
// ...", "The malware ..." and "The Treasury targeted officials and a
// state mining company" are none.
func sn16LeadFirm(lead []titleWord) bool {
	return sn16LeadCalls(lead, nm14Firms)
}

// sn16LeadCalls is sn16LeadFirm with the trade words that count:
// nm14Firms, or nm14Trades alone for one business ("The ... provider",
// never "The companies").
func sn16LeadCalls(lead []titleWord, trades map[string]bool) bool {
	lead = sn16PastSaid(lead)
	if len(lead) < 2 || !oneOf(lower(lead[0]), "the", "this") || lead[0].stop {
		return false
	}
	for _, w := range lead[1:min(len(lead), 6)] {
		l := lower(w)
		if nm14Others[l] || attackers[l] || malwareWords[l] || nm14People[l] {
			return false
		}
		if trades[l] || nm14Trades[l] {
			return true
		}
		if w.stop {
			break
		}
	}
	return false
}

// sn16PastSaid returns the lead after a short reporting clause that
// opens it ("Treasury's OFAC said the Russian hosting company ...", "US
// officials say the firm ..."): the reported sentence's subject is the
// one the lead tells of. A lead with none is returned whole.
func sn16PastSaid(lead []titleWord) []titleWord {
	for i := 1; i < len(lead) && i <= 4; i++ {
		if oneOf(lower(lead[i]), "said", "says", "say") {
			return lead[i+1:]
		}
		if lead[i].stop {
			break
		}
	}
	return lead
}

// sn16OtherLead is nm14OtherIn for a lead sentence: a lead whose subject
// is called a business tells of others after it.
func sn16OtherLead(lead []titleWord) bool {
	return nm14OtherIn(lead) && !sn16LeadFirm(lead) && !sn16LeadObjectFirm(lead)
}

// sn16LeadObjectFirm reports whether the lead sentence tells an act of
// sanctions on an object it calls a business, the words of others only
// in the reason after it: "The US, UK and Australia designated the
// Russian hosting company for supporting ransomware gangs".
func sn16LeadObjectFirm(lead []titleWord) bool {
	for v := 0; v+2 < len(lead); v++ {
		if !sn16LeadActs[lower(lead[v])] || lead[v].stop || !oneOf(lower(lead[v+1]), "the", "a") {
			continue
		}
		firm := false
		for k := v + 2; k < len(lead) && k <= v+7; k++ {
			l := lower(lead[k])
			if oneOf(l, "for", "over") {
				return firm && !nm14OtherIn(lead[:k])
			}
			firm = nm14Firms[l] || nm14Trades[l] || qt15Hosters[l] // the object's last word
			if lead[k].stop {
				break
			}
		}
		return false
	}
	return false
}

// sn16LeadActs are a lead's verbs of imposing sanctions.
var sn16LeadActs = wordSet("designated sanctioned sanctions targeted")

// sn16Suffixed reports whether name ends in a word only a business's
// name ends in ("Tenmark Systems", "Arvoro Technologies", "Arvoro
// Ltd"), after a capitalised word that names no one in particular.
// "Group" names gangs and militias as often ("Wagner Group", "Lazarus
// Group") and says nothing alone. name "X" (the structure's object not
// yet read) asks whether any such name stands in the title.
func sn16Suffixed(name string, title []titleWord) bool {
	if name != "X" {
		prev, last := sn16LastTwo(name)
		if sn16SuffixedPair(prev, last) {
			return true
		}
		// A name joined to a suffixed one is of the same list: "Arvoro
		// and Tenmark Systems".
		if _, e := findName(title, name); e >= 0 {
			if s2, e2 := sn16Joined(title, e+1); e2-s2 > 1 {
				return sn16SuffixedPair(title[e2-2].text, title[e2-1].text)
			}
		}
		return false
	}
	for i := 1; i < len(title); i++ {
		if sn16Suffixes[lower(title[i])] && hasUpperOrDigit(title[i].text) && !title[i-1].stop &&
			hasUpperOrDigit(title[i-1].text) && !generic[lower(title[i-1])] && !actors[lower(title[i-1])] {
			return true
		}
	}
	return false
}

// sn16SuffixedPair reports whether a name's last two words are a
// business's suffix after a capitalised word that names no one in
// particular ("" for a one-word name).
func sn16SuffixedPair(prev, last string) bool {
	return prev != "" && sn16Suffixes[strings.ToLower(strings.TrimRight(last, ".,"))] &&
		hasUpperOrDigit(prev) && !generic[strings.ToLower(prev)]
}

// sn16LastTwo splits a name's last two words off without allocating
// ("" for the first of a one-word name).
func sn16LastTwo(name string) (string, string) {
	name = strings.TrimSpace(name)
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return "", name
	}
	rest := strings.TrimSpace(name[:i])
	return rest[strings.LastIndexByte(rest, ' ')+1:], name[i+1:]
}

// sn16Joined finds a second name joined by "and" at words[i] ("Arvoro
// and Tenmark Systems hit with sanctions"): its span [s, e), or s == e.
// The second name is a capitalised run of up to four words that holds no
// actor, stop word or form's head.
func sn16Joined(words []titleWord, i int) (int, int) {
	if i+1 >= len(words) || lower(words[i]) != "and" || i > 0 && words[i-1].stop {
		return i, i
	}
	s, e := i+1, i+1
	for e < len(words) && e < s+4 && hasUpperOrDigit(words[e].text) {
		l := lower(words[e])
		if stopWords[l] && !sn16NameGroup(words, e) || actors[l] || qt15Heads[l] || generic[l] && e == s {
			break
		}
		e++
		if words[e-1].stop {
			break
		}
	}
	return s, e
}

// sn16Suffixes are the last words of a business's name.
var sn16Suffixes = wordSet(`technology technologies systems software labs networks solutions
	inc ltd llc corp corporation holdings limited gmbh plc industries`)

// sn16Imposer reports whether w names a state that imposes sanctions, as
// one of a list ("US, UK and Australian sanctions"): a comma after it
// does not end the phrase.
func sn16Imposer(w titleWord) bool {
	l := strings.TrimSuffix(lower(w), "n") // "Australian", "European"
	return nm14Sanctioners[lower(w)] || otherStates[lower(w)] || nm14Sanctioners[l] || otherStates[l]
}

// sn16NameGroup reports whether words[i] is "Group" ending a business's
// name ("Aeza Group", "Integrity Technology Group"): capitalised, after a
// capitalised word of the same phrase that is itself no stop word, actor
// or kind, in a title of sanctions or a listing: the second of two names
// joined ("Arvoro and Tenmark Group hit with sanctions"). "group" is
// otherwise a stop word ("a group of hackers"); read as a name's end by
// every title reader (subjectRun), it added a false alert on the held-out
// corpus, also in titles of sanctions (counts only, found by turning each
// part off), and was left out there.
func sn16NameGroup(words []titleWord, i int) bool {
	if i < 1 || lower(words[i]) != "group" || !hasUpperOrDigit(words[i].text) || words[i-1].stop {
		return false
	}
	p := lower(words[i-1])
	return hasUpperOrDigit(words[i-1].text) && !stopWords[p] && !actors[p] && !generic[p] && !attackers[p] &&
		inWords(words, sn16ListingWords)
}

// sn16ListingWords are the title words of a sanctions or a listing, the
// news where a business's "Group" is read as its name (elsewhere "X
// Group" is as often a band of attackers the title alone does not tell
// apart).
var sn16ListingWords = wordSet(`sanctions sanctioned sanction entity blacklist blacklists blacklisted
	blacklisting designates designated delisted delists`)

// sn16AttackersGroup reports whether name is a group the lead sentence's
// opening calls attackers: "Lazarus Group" | "The North Korean hacking
// group ...", "The attackers ..." (later words tell whom a business
// served: "... supported state hackers"). A business's group is named by a trade
// before "Group" ("Integrity Technology Group") and stands.
func sn16AttackersGroup(name string, lead []titleWord) bool {
	prev, last := sn16LastTwo(name)
	if prev == "" || !strings.EqualFold(last, "group") || sn16Suffixes[strings.ToLower(prev)] {
		return false
	}
	for _, w := range lead[:min(len(lead), 6)] {
		if sn16Attackers[lower(w)] {
			return true
		}
	}
	return false
}

// sn16Attackers are the lead's words for a group of attackers; not
// "ransomware", which a hoster's lead names as its customers.
var sn16Attackers = wordSet(`hackers hacker hacking attackers attacker apt cybercriminals criminals
	gang crew cyberspies spies mercenary militia`)

// sn16CompanyHold reports whether the title names a hold only
// businesses are put under (the Entity List, the Pentagon's list, an
// investment ban: "Arvoro removed from Entity List", "Judge halts US
// investment ban on X"), and whether a court undoes it ("Court blocks
// Pentagon blacklisting of X"). Sanctions hold people and states as
// well, so "lifts sanctions on X" still needs its business said.
func sn16CompanyHold(title []titleWord) (hold, undone bool) {
	for i, w := range title {
		switch lower(w) {
		case "entity":
			hold = hold || i+1 < len(title) && lower(title[i+1]) == "list"
		case "pentagon", "pentagon's", "investment":
			hold = hold || inWords(title[i+1:], sn16HoldNouns)
		}
	}
	return hold, hold && inWords(title, nm14Courts) && inWords(title, liftVerbs)
}

// sn16HoldNouns name a listing or a ban.
var sn16HoldNouns = wordSet("list blacklist blacklisting listing designation ban")

// sn16Held reports whether an alert a rule made is none of a vendor's
// trust events, read on every alert whichever path made it:
//
//   - sanctions, a listing or its reversal on what is no vendor: malware
//     named by its form that nothing calls a business ("Trickbot removed
//     from Entity List": malwareName; "Pentagon names Quuxbot among
//     firms" stands) or a state ("Nicaragua removed from US sanctions
//     list");
//   - a name removed from or put on a sanctions list named as such
//     ("removed from US sanctions list": it holds people, states and
//     gangs as often) with nothing saying it is a business: no kind,
//     suffix, word of technology or lead calling it one;
//   - a store's removal of apps at a state's request or order with no
//     motive of security ("Apple removes VPN apps from App Store in
//     Russia" | "... at the request of Roskomnadzor"): censorship
//     (trust-events.md: content and censorship bans are no events). A
//     government ordering a store to remove an app over its ties or
//     security is a ban, and its motive keeps it.
func sn16Held(title, lead string, a *trust.Alert) bool {
	switch a.Category {
	case trust.CategorySanctions, trust.CategoryReversal, trust.CategoryBan, trust.CategoryDelisting:
	default:
		return false
	}
	if len(a.Vendors) == 0 {
		return false
	}
	for _, v := range a.Vendors {
		if !v.Unlisted || v.Class != "" {
			return false
		}
	}
	words := headline(titleWords(title))
	leadWords := titleWords(firstSentence(lead))
	if a.Category == trust.CategoryDelisting {
		return sn16Censored(words, leadWords)
	}
	name := a.Vendors[0].Name
	business := inWords(words, nm14Firms) || inWords(leadWords, nm14Firms) || sn16Suffixed(name, words) ||
		sn16Tech(words) || sn16Tech(leadWords) || qt15LeadCalls(name, leadWords) || sn16LeadFirm(leadWords)
	none := true
	for _, v := range a.Vendors {
		none = none && (malwareName(v.Name) && !business || !vendorName(v.Name))
	}
	if none {
		return true
	}
	if a.Category == trust.CategoryBan || len(a.Vendors) != 1 || !sn16SanctionsList(words) {
		return false
	}
	hold, _ := sn16CompanyHold(words)
	return !hold && !business
}

// sn16SanctionsList reports whether words name a sanctions list as such
// ("US sanctions list", "SDN list"), not the verb ("US sanctions X").
func sn16SanctionsList(words []titleWord) bool {
	for i := 0; i+1 < len(words); i++ {
		if oneOf(lower(words[i]), "sanctions", "sanction", "sdn") && !words[i].stop && lower(words[i+1]) == "list" {
			return true
		}
	}
	return false
}

// sn16Censored reports whether a store's pull is told as done at a
// state's request or order, with no motive of security or state ties.
func sn16Censored(title, lead []titleWord) bool {
	if !inWords(title, storeOwners) && !inWords(lead, storeOwners) {
		return false
	}
	state := inWords(title, sn16Censors) || inWords(lead, sn16Censors)
	asked := inWords(title, sn16Asks) || inWords(lead, sn16Asks)
	// The store's market is the censor's country and the title says
	// which ("China App Store", "in Russia"): a pull the title tells
	// with no country is a store's own act the lead explains.
	return state && asked && sn16Market(title) && !sn16Motive(title) && !sn16Motive(lead)
}

// sn16Market reports whether the title names a country, as a place or
// its adjective, where the store stands.
func sn16Market(title []titleWord) bool {
	for _, w := range title {
		if l := lower(w); statePlaces[l] || otherStates[l] {
			return true
		}
	}
	return false
}

// sn16Motive reports whether words give a motive of security or of a
// state's ties: banMotives less a country's name, which here is where
// the store stands ("in Russia", "Russian App Store"), not whose the
// product is.
func sn16Motive(words []titleWord) bool {
	for _, w := range words {
		l := lower(w)
		if sn16Ties[l] || banMotives[l] && !statePlaces[l] && !otherStates[l] && !places[l] {
			return true
		}
	}
	return false
}

var (
	// sn16Censors are a state's bodies that ask a store to pull apps.
	sn16Censors = wordSet(`roskomnadzor regulator regulators censor censors censorship government
		authorities ministry kremlin cac cyberspace officials prosecutors court`)
	// sn16Asks are a request or an order.
	sn16Asks = wordSet(`request requests requested demand demands demanded order orders ordered
		pressure behest comply complied complying`)
	// sn16Ties are motives of a state's ties banMotives lack.
	sn16Ties = wordSet("ties tied linked links")
)

// sn16OneFirmLead reports whether a title's first word, a plural in form
// the lead does not write ("Zservers hit with sanctions"), is a name
// because the lead's subject is one business ("The Russia-based
// bulletproof hosting provider supplied servers ..."): a plural noun
// would not be told of as one firm.
func sn16OneFirmLead(s int, lead []titleWord) bool {
	return s == 0 && sn16LeadCalls(lead, nil)
}

// sn16Tech reports whether words hold a word of technology that is not
// one of malware or attackers ("the malware's alias" says Trickbot is
// malware, not that it is a business).
func sn16Tech(words []titleWord) bool {
	for _, w := range words {
		if l := lower(w); techWords[l] && !malwareWords[l] && !attackers[l] && !oneOf(l, "malware", "hackers", "cyber") {
			return true
		}
	}
	return false
}
