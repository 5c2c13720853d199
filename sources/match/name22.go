package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A state's sanctions title may hold several objects, a person beside
// the business: "Treasury sanctions Chinese hacker Zhou Shuai and his
// firm Shanghai Heiying", "Treasury sanctions Sichuan Juxinhe and
// Shanghai hacker Yin Kecheng over Salt Typhoon and Treasury breach",
// "US, UK and Australia sanction Russian bulletproof hoster Zservers over
// LockBit support". names14.go vouches for an unknown name as a
// sanction's object only when nothing in the title or lead tells of a
// person or of another sense of the word, which such a title always
// does: the person's role is the other object's, and the reason after
// "over" ("breach") is no fine nor evasion. nm22Sanctions reads the
// objects one by one, on titles the rules are silent on: an object its
// own words call a business (a word of nm14Firms or a hoster before the
// name) is the vendor; a bare name is one only beside an object called a
// person, with a lead that calls something a business; an object called
// a person or a non-technology trade (nm14Others, financialService,
// nonTechTrade) never is.

// nm22Verbs are a title's verbs of imposing sanctions.
var nm22Verbs = wordSet("sanctions sanction designates designate")

// nm22Persons are the words that call a sanction's object a person.
var nm22Persons = wordSet(`hacker hackers national nationals citizen citizens individual individuals
	operative operatives officer officers official officials agent agents spy spies`)

// nm22Ends are the words that end a sanction's objects: the reason or
// the circumstance after them.
var nm22Ends = wordSet("over for after amid in to with from as on under")

// nm22Sanctions returns the sanctions alert of a title whose objects are
// read one by one (see above), or false.
func (m *Matcher) nm22Sanctions(title, lead string) (trust.Alert, bool) {
	if !m.rules.AnyVendor || !hasWordIn(title, nm22Verbs) || isQuestion(title) {
		return trust.Alert{}, false
	}
	words := titleWords(title)
	// The sanctioners open the title, then the verb.
	v, actor := -1, ""
	for i, w := range words {
		l := lower(w)
		if nm22Verbs[l] && i > 0 {
			v = i
			break
		}
		switch {
		case nm14Sanctioners[l]:
			if actor == "" {
				actor = w.text
			}
		case l == "and":
		default:
			return trust.Alert{}, false
		}
	}
	if v < 0 || actor == "" || words[v].stop || inWords(words, nm14Courts) || inWords(titleWords(lead), nm14Courts) {
		return trust.Alert{}, false
	}
	// The objects, up to the reason; the title before the reason tells
	// no other sense (nm14OtherSenses).
	end := v + 1
	for end < len(words) && !nm22Ends[words[end].text] {
		end++
		if words[end-1].stop {
			break
		}
	}
	if inWords(words[:end], nm14OtherSenses) {
		return trust.Alert{}, false
	}
	type object struct {
		name             string
		person, business bool
		other            bool
	}
	var objs []object
	start := v + 1
	for i := v + 1; i <= end; i++ {
		if i < end && words[i].text != "and" {
			continue
		}
		part := words[start:i]
		start = i + 1
		n := len(part)
		for n > 0 && hasUpperOrDigit(part[n-1].text) && part[n-1].text[0] >= 'A' && part[n-1].text[0] <= 'Z' {
			n--
		}
		o := object{name: strings.TrimSuffix(joinWords(part[n:]), ".")}
		for _, w := range part[:n] {
			l := cutPossessive(lower(w))
			o.person = o.person || nm22Persons[l] || nm14People[l]
			o.business = o.business || nm14Firms[l] || qt15Hosters[l]
			o.other = o.other || nm14Others[l] && !nm14Firms[l]
		}
		if n == len(part) && !o.person {
			return trust.Alert{}, false // an object with no name and no person: a class, a count
		}
		objs = append(objs, o)
	}
	person := false
	for _, o := range objs {
		person = person || o.person
	}
	leadFirm := inWords(titleWords(firstSentence(lead)), nm14Firms)
	for _, o := range objs {
		if o.person || o.other || !o.business && !(person && leadFirm && len(objs) == 2) {
			continue
		}
		a, ok := m.match(actor+" sanctions "+o.name+", a company", "", true, nil, nil)
		if !ok || a.Coverage || a.Category != trust.CategorySanctions || len(a.Vendors) != 1 || !looseVendor(a.Vendors[0].Name, o.name) ||
			financialService(title, a.Vendors) || nonTechTrade(title, a.Vendors) { // gov.go, leftovers.go: a mixer, a bank, a propaganda firm
			return trust.Alert{}, false
		}
		a.InTitle, a.Across = true, false
		a.Evidence = clean(title)
		a.Summary = Summarize(a.Evidence, title, lead)
		return a, true
	}
	return trust.Alert{}, false
}

// A state's act in the future, "Taiwan to block Xiaohongshu for a year,
// citing fraud and data security risks", "Pentagon will restrict
// DeepSeek", is the news as much as "Taiwan blocks Xiaohongshu": the
// headline's infinitive is its tense. authorityActs reads the actor right
// before the verb, so the infinitive's "to" or "will" hides it. On a
// title the rules are silent on, nm22Future reads the title in the
// present ("Taiwan blocks Xiaohongshu ...") and, when authorityActs reads
// the present as an authority's act, lets the rules judge it whole:
// object, motive and vetoes. Nothing before the actor may
// be a call for the act (nm14OtherSenses: "Lawmakers urge Pentagon to
// block").

// nm22FutureVerbs are the base forms of authorityActs's verbs.
var nm22FutureVerbs = wordSet("block restrict suspend bar exclude curb limit")

// nm22Future returns the alert of title read in the present (see above),
// or false.
func (m *Matcher) nm22Future(title, lead string) (trust.Alert, bool) {
	if !hasWordIn(title, nm22FutureVerbs) || isQuestion(title) {
		return trust.Alert{}, false
	}
	words := titleWords(title)
	for v := 2; v < len(words); v++ {
		if !nm22FutureVerbs[words[v].lc()] || !oneOf(words[v-1].lc(), "to", "will") || words[v-1].stop || words[v-2].stop {
			continue
		}
		a := strings.ToLower(strings.TrimRight(words[v-2].text, "."))
		if !authorities[a] && !authorityHeads[a] || a == "court" || a == "judge" || inWords(words[:v-1], nm14OtherSenses) {
			return trust.Alert{}, false
		}
		present := title[:words[v-1].start] + words[v].text + "s" + title[words[v].end:]
		if _, acts := authorityActs(titleWords(present)); !acts {
			return trust.Alert{}, false // action.go: a ban, a bill or an attack blocked, no product
		}
		al, ok := m.match(present, lead, false, nil, nil)
		if !ok || al.Coverage {
			return trust.Alert{}, false
		}
		al.Evidence = strings.Replace(al.Evidence, clean(present), clean(title), 1)
		al.Summary = Summarize(al.Evidence, title, lead)
		return al, true
	}
	return trust.Alert{}, false
}
