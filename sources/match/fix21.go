package match

import (
	"strings"
	"unicode"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Three readings of round 21, each read on alerts only:
//
//   - concernOnly: a title whose only evidence of spying is a concern
//     ("Zoom faces privacy concerns", "Parents ban Zoom over privacy
//     concerns"). A concern is a motive, not the state ties or the
//     spying trust-events.md asks for; with an authority in the title
//     the concern is an action's motive and the action's readers decide.
//   - publicBody: who rules for its own staff is an authority by its
//     kind, not only by a list: a police force, a health service, an
//     office, an agency told by its initials and the lead's words for
//     them ("TSA bans employees from using TikTok").
//   - embeddedName: a registry name inside a longer capitalised product
//     name ("Hover Zoom extension") is that product's, not the vendor's.

// concernTerms are the espionage signals that say only that someone is
// worried: the motive of an action, never the action.
func concernTerm(term string) bool {
	return strings.HasSuffix(term, " concerns") || strings.HasSuffix(term, " concern") || strings.HasSuffix(term, " fears")
}

// concernOnly reports whether a title's espionage or state-links alert
// stands on concerns alone, with no authority in the title to act on
// them: no event (trust-events.md's state-links row wants an authority
// or an investigation tying the vendor to a state or accusing it).
func concernOnly(title string, a *trust.Alert) bool {
	if !a.InTitle || a.Category != trust.CategoryEspionage && a.Category != trust.CategoryStateLinks {
		return false
	}
	concern := false
	for _, s := range a.Signals {
		switch {
		case concernTerm(s.Term):
			concern = true
		case s.Weight >= 3:
			return false // a strong word of its own: "secretly sent", "tied to Beijing"
		}
	}
	// "South Korea suspends DeepSeek over privacy concerns": the
	// authority's action.
	return concern && !actorAuthority(titleWords(title))
}

// actorAuthority reports whether words name an authority, a public body
// or a store that could act on a concern.
func actorAuthority(words []titleWord) bool {
	for _, w := range words {
		lw := possessor(w.lc())
		if authorityWord(lw) || govHeadsOfState[lw] || p10authorities[lw] || publicBodyNouns[lw] || stores[lw] && lw != "app" && lw != "play" {
			return true
		}
	}
	return publicBody(words, "") // "IDF to withdraw Chinese-made cars ... over espionage fears"
}

// concernRescue reports whether a title the learned rescue alerted on
// gives a concern as its only reason and names no authority or store to
// act on it ("Parents ban Zoom over data security concerns", "Users quit
// TikTok over privacy concerns"): the rules read it as concernOnly, and
// the rescue's words ("over data") are the concern's.
func concernRescue(title string) bool {
	words := titleWords(title)
	concern := false
	for i := 1; i < len(words); i++ {
		if oneOf(words[i].lc(), "concerns", "concern", "fears") && oneOf(words[i-1].lc(), "privacy", "surveillance", "security", "spying", "espionage", "data") {
			concern = true
		}
	}
	return concern && !actorAuthority(words)
}

// publicBodyNouns head or name a public body: a police force, a health
// service, a government office, a council, an armed force.
var publicBodyNouns = wordSet(`police constabulary office bureau administration agency department
	dept council councils county counties municipality borough army navy military forces force
	parliament senate congress assembly government ministry nhs`)

// publicServiceWords make a "service" or a "trust" public: "health
// service", "civil service", "NHS trust".
var publicServiceWords = wordSet("health civil secret postal fire ambulance prison park parks forest revenue nhs national")

// publicInitials are public bodies headlines name by initials alone,
// where neither the words nor the lead may tell the kind.
var publicInitials = wordSet(`tsa nhs irs usps faa epa fema ssa hhs cdc nih atf dea usda cbp uscis
	ice va nps noaa dhsc mod hmrc dvla tfl lapd nypd idf adf raf pla`)

// publicBody reports whether the words of a subject name a public body by
// its kind: a noun of one (publicBodyNouns), a public service, a police
// department's initials ("NYPD", "LAPD"), a known body's initials, or
// initials the lead spells out as one ("TSA" and "the Transportation
// Security Administration").
func publicBody(words []titleWord, lead string) bool {
	for i, w := range words {
		lw := possessor(w.lc())
		if publicBodyNouns[lw] {
			return true
		}
		if (lw == "service" || lw == "services" || lw == "trust" || lw == "trusts") && i > 0 && publicServiceWords[possessor(words[i-1].lc())] {
			return true
		}
		if !initials(w.text) {
			continue
		}
		if publicInitials[lw] || len(lw) >= 3 && strings.HasSuffix(lw, "pd") || spelledBody(possessorText(w.text), lead) {
			return true
		}
	}
	return false
}

// possessorText strips a possessive from a word as written.
func possessorText(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "'")
}

// initials reports whether w is written as initials: two to six capital
// letters (a possessive aside).
func initials(w string) bool {
	w = possessorText(w)
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// spelledBody reports whether lead spells out the initials ini as the
// capitalised words of a public body ("Transportation Security
// Administration" for TSA; "of", "and", "for", "the" are skipped).
func spelledBody(ini, lead string) bool {
	if lead == "" {
		return false
	}
	fields := strings.FieldsFunc(lead, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i := range fields {
		n, k := 0, i
		for ; k < len(fields) && n < len(ini); k++ {
			f := fields[k]
			if n > 0 && oneOf(f, "of", "and", "for", "the", "on") {
				continue
			}
			if f[0] != ini[n] {
				break
			}
			n++
		}
		if n == len(ini) && publicBodyNouns[strings.ToLower(fields[k-1])] || n == len(ini) && k-2 >= i && strings.EqualFold(fields[k-1], "service") && publicServiceWords[strings.ToLower(fields[k-2])] {
			return true
		}
	}
	return false
}

// productKinds21 follow a product's name: "Hover Zoom extension".
var productKinds21 = wordSet("extension extensions add-on add-ons addon addons plugin plugins app apps theme mod client clone bot")

// embeddedName reports whether every registry vendor the alert names is
// written in the title as the end of a longer capitalised name before a
// product's kind ("Hover Zoom extension removed from Chrome Web Store"):
// the product is another's, named after the vendor's. A title in Title
// Case is not read (every word is capitalised there), nor a word before
// the name that is an authority, a place, a nationality or another
// vendor's ("US Zoom app", "Chinese TikTok clone", "Microsoft Teams").
func (m *Matcher) embeddedName(title string, a *trust.Alert) bool {
	if len(a.Vendors) == 0 {
		return false
	}
	words := titleWords(title)
	if titleCase(words) {
		return false
	}
	for _, v := range a.Vendors {
		if v.Unlisted || v.Class != "" || !m.embeddedAt(words, v.Term) {
			return false
		}
	}
	return true
}

// embeddedAt reports whether term is written in words right after a
// capitalised word that is a name's and right before a product's kind.
func (m *Matcher) embeddedAt(words []titleWord, term string) bool {
	tw := strings.Fields(strings.ToLower(term))
	if len(tw) == 0 {
		return false
	}
	for i := 1; i+len(tw) < len(words); i++ {
		same := true
		for j, t := range tw {
			if words[i+j].lc() != t {
				same = false
				break
			}
		}
		if !same || words[i+len(tw)-1].stop {
			continue
		}
		x := words[i-1]
		lx := possessor(x.lc())
		if x.stop || !hasUpperOrDigit(x.text) || !nameWord(x) || authorityWord(lx) || cl9Actor(lx) || places[lx] || nationality[lx] || m.vendorWord(lx) {
			continue
		}
		k := i + len(tw)
		if channelModifiers[words[k].lc()] && k+1 < len(words) {
			k++ // "Hover Zoom browser extension"
		}
		if productKinds21[words[k].lc()] {
			return true
		}
	}
	return false
}

// vendorWord reports whether w is a word of a registry vendor's name or
// alias.
func (m *Matcher) vendorWord(w string) bool {
	for _, vt := range m.vendorTerms {
		for _, f := range strings.Fields(strings.ToLower(vt.term)) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// titleCase reports whether every word of four letters or more is
// capitalised: a title in Title Case, whose capitals tell no name.
func titleCase(words []titleWord) bool {
	for _, w := range words {
		if len(w.text) >= 4 && !hasUpperOrDigit(w.text[:1]) && unicode.IsLower(rune(w.text[0])) {
			return false
		}
	}
	return true
}

// corpSuffixes end a firm's name: "NSO Group", "Positive Technologies".
var corpSuffixes = wordSet("group holdings systems technologies technology labs inc corp co ltd limited networks solutions software")

// nameSuffix reports whether the word at j ends a capitalised name begun
// before it: "Group" in "NSO Group CFO" is the firm's name, not a word
// ending the phrase.
func nameSuffix(words []titleWord, j int) bool {
	return j > 0 && corpSuffixes[words[j].lc()] && hasUpperOrDigit(words[j].text[:1]) && hasUpperOrDigit(words[j-1].text) && !words[j-1].stop
}
