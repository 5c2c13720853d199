package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The rescue's candidates and refusals for events the matcher is silent
// on (issue 11, the twenty-second round's silent22).
//
// Two structures the rescue read wrong. A ban, directive or sanction
// told with its vendor only in the lead sentence was refused unless the
// title named a government ("118 more apps blocked as India widens its
// crackdown" — "The IT ministry said PUBG Mobile and the other apps
// ..."): the refusal is for a company's own rule ("Swedish newspaper
// bars staff from using Chinese apps"), and the lead that names the
// government acting tells the two apart as well as the title does. And
// a name a sentence-case title writes before a company's word ("Pentagon
// adds Arvoro Group to ...", "U.S. sanctions Integrity Technology Group
// ...") was held to the surer bar of a name only its capital confirms,
// though the company's word confirms it as a name.

// rescueHeldText is rescueHeld reading the lead too: a candidate of the
// lead's (rescueLead, rescueLeadName) in a ban, directive or sanction
// is held when the lead sentence names a government acting
// (s22LeadGovActs), the title naming none, and the name is no count or
// measure. Every other refusal of rescueHeld stands.
func rescueHeldText(src rescueSource, c trust.Category, title, text string, vs []trust.VendorHit) bool {
	if rescueHeld(src, c, title, vs) {
		return true
	}
	if src != rescueLead && src != rescueLeadName {
		return false
	}
	if c != trust.CategoryBan && c != trust.CategoryDirective && c != trust.CategorySanctions {
		return false
	}
	if learnTechNames[strings.ToLower(vs[0].Term)] || hasWordIn(title, learnDenials) {
		return false
	}
	if first, _, _ := strings.Cut(vs[0].Name, " "); isNumber(first) {
		return false // a count or a measure ("above 100 kW"), no one's name
	}
	return s22LeadGovActs(titleWords(learnLead(stripCredit(text))), vs[0].Name)
}

// s22LeadGovActs: the lead sentence lw names a government acting before
// the candidate's name: its words (learnGovWords, a head of state, a
// department) or a state as the subject ("India requires ..."), read
// up to the name, so the government is the actor, not a cause the
// sentence ends on ("The newspaper barred Zorbchat, citing government
// advice").
func s22LeadGovActs(lw []titleWord, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	end := len(lw)
	for i, w := range lw {
		if w.text == first {
			end = i
			break
		}
	}
	return end > 0 && learnGovActs(lw[:end])
}

// s22TitleNameSource is the source of a sentence-case title's name n
// that only its capital confirms (rescueTitleName), unless the title
// confirms it as a company's name by a company's word right after it or
// as its last word ("Arvoro Group", "Integrity Technology Group") or by
// its home before it ("Russia's Yandex", "Beijing-based Zorbtek"): then
// the title's own source and bar (rescueTitle).
func s22TitleNameSource(title string, words []titleWord, n string) rescueSource {
	parts := strings.Fields(n)
	if len(parts) > 1 && corpSuffixes[strings.ToLower(parts[len(parts)-1])] {
		return rescueTitle
	}
	for i := 0; i+len(parts) <= len(words); i++ {
		if words[i].text != parts[0] || words[i+len(parts)-1].text != parts[len(parts)-1] {
			continue
		}
		if i+len(parts) < len(words) {
			if next := words[i+len(parts)]; corpSuffixes[next.lc()] && next.text != next.lc() {
				return rescueTitle
			}
		}
		if i > 0 && !words[i-1].stop && s22Home(statementOnly(title), words[i-1]) {
			return rescueTitle
		}
		break
	}
	return rescueTitleName
}

// s22Home: the word w of the title s names a company's home before its
// name: a place's possessive ("Russia's", "China's") or a place with
// "-based" ("Beijing-based", "Shenzhen-based").
func s22Home(s string, w titleWord) bool {
	l := w.lc()
	if place, ok := strings.CutSuffix(l, "-based"); ok {
		return place != ""
	}
	if w.start < 0 || w.end > len(s) || w.start >= w.end {
		return false
	}
	// titleWords keeps a possessive's "'s" in the word's span, not its text.
	if as := s[w.start:w.end]; !strings.HasSuffix(as, "'s") && !strings.HasSuffix(as, "’s") || strings.HasSuffix(w.text, "s") && len(as) == len(w.text) {
		return false
	}
	_, country := classCountries[l]
	return places[l] || otherStates[l] || country
}
