package match

import "github.com/vendorwatch/vendorwatch/trust"

// The rescue's class read by its makers' ties (issue 11, the
// twenty-first round's rescue22).
//
// class finds a kind with its country up to four words away ("drones
// made in China"); a law or order names the kind's makers at more
// length ("equipment made by companies subject to the jurisdiction of a
// foreign adversary", "inverters from 'unfriendly' countries",
// "manufacturers and other parties from China and other unfriendly
// states"). Read only for the rescue, on items the rules are silent on.

// learnConcernKinds are kinds of equipment a rule names by whose it is,
// beside class's product classes and makers (companyNouns).
var learnConcernKinds = wordSet(`equipment gear inverters transformers hardware components devices products`)

// learnConcernStates are a state of concern's words before countries,
// states or nations ("unfriendly countries", "hostile states").
var learnConcernStates = wordSet(`unfriendly hostile adversary adversarial`)

// learnStateNouns are what learnConcernStates qualify.
var learnStateNouns = wordSet(`countries country states nations regimes governments jurisdictions`)

// learnLawWords are a law or an order acting, where the title or lead
// names no government (learnGovActs): "Secure Equipment Act signed into
// law", "An executive order bars utilities ...".
var learnLawWords = wordSet(`law laws executive decree legislation amendments`)

// learnConcernClass is the kind at words[j:] tied to a state of concern
// (the phrase, as written, from the kind to the concern), the concern's
// country when it names one ("from countries such as China": China), "?"
// when it does not ("from 'unfriendly' countries", "in which a foreign
// adversary has an interest", "from companies deemed a national security
// threat", "from countries with offensive cyber programmes"), and the kind's product class ("" for equipment). The tie is
// "from", "in which" or "by" after a maker's participle within four words
// of the kind ("sells gear to China" is trade; "stolen by Russian
// hackers" is no maker).
func learnConcernClass(words []titleWord) (start, end int, country, category string, ok bool) {
	for j, w := range words {
		lc := w.lc()
		cat, isCat := productClasses[lc]
		if !isCat && !learnConcernKinds[lc] && !companyNouns[lc] {
			continue
		}
		for t := j + 1; t < len(words) && t <= j+4; t++ {
			if words[t-1].stop {
				break
			}
			lt := words[t].lc()
			if productClasses[lt] != "" || learnConcernKinds[lt] || companyNouns[lt] {
				break // "applications for equipment from ...": the later kind's
			}
			tie := lt == "from" || lt == "which" && words[t-1].lc() == "in" || lt == "by" && cl9Ties[words[t-1].lc()]
			if !tie {
				if activeVerb(lt) || oneOf(lt, "by", "to", "for", "with", "against", "on", "at") {
					break // "equipment stolen by hackers from ...": no maker's tie
				}
				continue
			}
			if end, c, found := learnConcernAfter(words, t+1); found {
				return j, end, c, cat, true
			}
			break
		}
	}
	return 0, 0, "", "", false
}

// learnConcernAfter reads a state of concern within nine words from i,
// within the phrase: its end and its country ("?" when it names none).
func learnConcernAfter(words []titleWord, i int) (end int, country string, ok bool) {
	for k := i; k < len(words) && k < i+9; k++ {
		lk := words[k].lc()
		if c, isC := cl13Origin(lk); isC && c != "" {
			return k + 1, c, true
		}
		if learnConcernStates[lk] {
			if k+1 < len(words) && learnStateNouns[words[k+1].lc()] {
				return k + 2, "?", true
			}
			if k > i && words[k-1].lc() == "foreign" {
				return k + 1, "?", true // "a foreign adversary"
			}
		}
		if lk == "adversaries" && k > i && words[k-1].lc() == "foreign" {
			return k + 1, "?", true
		}
		if learnStateNouns[lk] && k+2 < len(words) && words[k+1].lc() == "of" && words[k+2].lc() == "concern" {
			return k + 3, "?", true // "countries of concern"
		}
		if lk == "offensive" && k+1 < len(words) && words[k+1].lc() == "cyber" {
			// "countries with offensive cyber programmes"
			if k+2 < len(words) && oneOf(words[k+2].lc(), "programs", "programmes", "capabilities") {
				return k + 3, "?", true
			}
			return k + 2, "?", true
		}
		if lk == "national" && k+2 < len(words) && words[k+1].lc() == "security" && oneOf(words[k+2].lc(), "threat", "threats", "risk", "risks") {
			return k + 3, "?", true
		}
		if words[k].stop || activeVerb(lk) {
			return 0, "", false
		}
	}
	return 0, "", false
}

// learnConcern is learnClass's reading by the makers' ties, the title's
// before the lead's: a government, a law or an order must act in either,
// and a class named as written (no registry vendor of it) must be of
// technology.
func (m *Matcher) learnConcern(words, lw []titleWord) []trust.VendorHit {
	if !learnTechy(words) && !learnTechy(lw) {
		return nil
	}
	for i, cw := range [2][]titleWord{words, lw} {
		start, end, country, category, ok := learnConcernClass(cw)
		if !ok {
			continue
		}
		// The government acts outside the phrase: "hostile states" are
		// no state acting.
		other := lw
		if i == 1 {
			other = words
		}
		if !learnActs(cw[:start]) && !learnActs(cw[end:]) && !learnActs(other) {
			continue
		}
		phrase := joinWords(cw[start:end])
		if describedBy(cw, phrase) || listName(cw, phrase) {
			continue
		}
		if country != "?" {
			if vs := m.reachClass(cw, phrase, country, category); len(vs) > 0 {
				return vs
			}
		}
		if m.rules.AnyVendor {
			return []trust.VendorHit{{Name: phrase, Term: phrase, Unlisted: true, Class: phrase}}
		}
	}
	return nil
}

// learnActs: a government (learnGovActs), a law or an order
// (learnLawWords) acts in words.
func learnActs(words []titleWord) bool {
	return len(words) > 0 && (learnGovActs(words) || inWords(words, learnLawWords))
}
