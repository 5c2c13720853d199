package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cov23cOff turns the readers of this file off (the grid tests' before).
var cov23cOff = false

// staffRuleOnAlert reports whether a title's news is a company's rule for
// its own staff that the rules' workplaceRule could not read: told through
// a company's voice ("Microsoft president says employees barred from
// using DeepSeek app"), or with the staff only in the lead ("SpaceX bans
// Zoom over privacy concerns" — "the rocket company told employees to
// use ..."). A workplace rule is no authority's ban (trust-events.md);
// a public body's rule for its staff stays an event: the speaker or the
// ruler must be no authority and no public body (companyActor, fix21's
// publicBody). Read on the answer whichever path made it, only on an
// alert.
func (m *Matcher) staffRuleOnAlert(title, lead string, a *trust.Alert) bool {
	switch a.Category {
	case trust.CategoryBan, trust.CategoryDelisting, trust.CategoryDirective, trust.CategoryEspionage, trust.CategoryStateLinks:
	default:
		return false
	}
	words := headline(titleWords(title))
	for s := 1; s+2 < len(words); s++ {
		if !c23cSpeech[words[s].lc()] {
			continue
		}
		// "<company> <role> says staff barred from using X"
		if companySpeaker(words[:s], lead) && companyPolicyIn(words[s+1:]) {
			return true
		}
		break
	}
	// "<company> bans X": the lead tells the company and its staff.
	for v := 1; v < len(words) && v <= 3; v++ {
		if !policyVerbs[words[v].lc()] {
			continue
		}
		if !m.companyActor(words, v, nil, lead) || !titleCapitalised(words[:v]) {
			return false
		}
		for _, w := range words[:v] {
			if c23cPublic(possessor(w.lc())) {
				return false // "Nepal bans TikTok": a state's ban whatever its lead says
			}
		}
		return leadStaffRule(lead)
	}
	return false
}

// companyPolicyIn reports whether words, a clause after a speaker, rule
// for a workforce ("employees barred from using X", "staff banned from").
func companyPolicyIn(words []titleWord) bool {
	for v := 1; v < len(words) && v <= 3; v++ {
		if policyVerbs[words[v].lc()] && staffRule(words, v) {
			for _, w := range words[:v] {
				if authorityWord(possessor(w.lc())) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// companySpeaker reports whether the speaker words name a company or one
// of its people: a capitalised name or a company noun, with no authority
// word or public body ("Microsoft president", "Bank CEO"; not "Pentagon
// official", "NHS chief", "President Biden"). A role after a name is the
// name's; a role opening the speaker is read as the authorities read it.
func companySpeaker(words []titleWord, lead string) bool {
	named := false
	for i, w := range words {
		lw := possessor(w.lc())
		if speakerRoles[lw] && i > 0 {
			continue // "Microsoft president": the company's; "President Biden" is not
		}
		if c23cPublic(lw) || speakerPeople[lw] {
			return false
		}
		if companyWords[lw] || orgNouns[lw] || titleCapitalised([]titleWord{w}) && !speakerRoles[lw] {
			named = true
		}
	}
	return named && !publicBody(words, lead)
}

// titleCapitalised reports whether every word opens with a capital (a
// name, not a sentence's words).
func titleCapitalised(words []titleWord) bool {
	for _, w := range words {
		if w.text == "" || w.text[0] < 'A' || w.text[0] > 'Z' {
			return false
		}
	}
	return len(words) > 0
}

// leadStaffRule reports whether the lead's first sentence tells a
// company ruling for its staff: a company noun and a workforce word
// ("the rocket company told employees to use email instead").
func leadStaffRule(lead string) bool {
	if i := strings.Index(lead, ". "); i >= 0 {
		lead = lead[:i]
	}
	company, staff := false, false
	for _, w := range titleWords(lead) {
		lw := possessor(w.lc())
		if authorityWord(lw) || leadGovernment[lw] {
			return false
		}
		company = company || companyWords[lw] || orgNouns[lw]
		staff = staff || workforce[lw]
	}
	return company && staff
}

var (
	c23cSpeech = wordSet("says said tells told confirms confirmed")
	// speakerRoles are a company's people; they name no actor by
	// themselves.
	speakerRoles = wordSet(`president ceo chief executive founder chairman chair spokesperson
		spokesman spokeswoman boss head cto ciso cfo`)
	// speakerPeople speak for an authority.
	speakerPeople = wordSet(`senator senators lawmaker lawmakers minister governor mayor secretary
		ambassador regulator regulators congressman congresswoman mp mps`)
	// leadGovernment are a lead's words telling a public employer.
	leadGovernment = wordSet(`government governments federal agency agencies ministry department
		state municipal council parliament military army navy pentagon public civil servants`)
)

// vendorPromises reports whether a title's news is the vendor's own
// statement or promise ("Trust Wallet says it will reimburse users",
// "Ren Zhengfei: Huawei would rather shut down than spy", "X vows to
// ..."): the vendor's word withdraws no trust; it may join an event as
// coverage, never start one. The vendor (its name or a maker's noun)
// must be the subject right before the promise; another's statement
// about the vendor ("Google says it will distrust Entrust") is left
// alone.
func vendorPromises(title string, a *trust.Alert) bool {
	if len(a.Vendors) == 0 {
		return false
	}
	words := titleWords(title)
	for v := 1; v+1 < len(words); v++ {
		lv, next := words[v].lc(), words[v+1].lc()
		promise := false
		switch {
		case (lv == "says" || lv == "said") && next == "it" && v+2 < len(words):
			promise = futureAux[words[v+2].lc()]
		case lv == "would" && next == "rather", promiseVerbs[lv] && next == "to":
			promise = true
		}
		if promise && clauseSubject(words, v-1) && cl16NamedBefore(words[v-1:v], a.Vendors) {
			return true
		}
	}
	return false
}

var (
	futureAux    = wordSet("will would")
	promiseVerbs = wordSet("vows vowed pledges pledged promises promised")
)

// vendorSells reports whether a title's news is the vendor selling one of
// its businesses with no hold named ("Entrust sells public certificate
// business to Sectigo", "X to sell chip unit"): a sale is corporate news,
// no withdrawal of trust. A sale an authority orders or forces ("ordered
// to sell", "forced to sell", "divest", "under US law", a ban beside)
// keeps its alert: every hold word leaves the title alone.
func vendorSells(title string, a *trust.Alert) bool {
	if len(a.Vendors) == 0 {
		return false
	}
	words := titleWords(title)
	for _, w := range words {
		if saleHolds[w.lc()] {
			return false
		}
	}
	for v := 1; v < len(words); v++ {
		if !sellVerbs[words[v].lc()] {
			continue
		}
		subj := v - 1
		for subj > 0 && sellAux[words[subj].lc()] {
			subj--
		}
		if sellAux[words[subj].lc()] || !clauseSubject(words, subj) || !cl16NamedBefore(words[subj:subj+1], a.Vendors) {
			return false
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			if soldParts[words[k].lc()] {
				return true
			}
		}
		return false
	}
	return false
}

var (
	sellVerbs = wordSet("sells sell sold selling offloads offload spins spin")
	sellAux   = wordSet("to will agrees agreed plans plan moves move")
	// soldParts are what a vendor sells of itself.
	soldParts = wordSet("business businesses unit units division divisions arm operations stake")
	// saleHolds are the holds that make a sale an authority's.
	saleHolds = wordSet(`order orders ordered forced force forces divest divests divestiture ban
		banned law sanctions sanctioned cfius required requires mandated deadline pressure`)
)

// clauseSubject reports whether the word at i ends its clause's subject:
// no punctuation after it ("FCC bans Huawei, says it will" makes the
// FCC the speaker), and the clause up to it written as a name ("Trust
// Wallet", "Ren Zhengfei: Huawei").
func clauseSubject(words []titleWord, i int) bool {
	if words[i].stop {
		return false
	}
	k := i
	for k > 0 && !words[k-1].stop {
		k--
	}
	return titleCapitalised(words[k : i+1])
}

// c23cPublic reports whether w names an authority, a public body or a
// place (a country or state rules as an authority).
func c23cPublic(w string) bool {
	return authorityWord(w) || classCountries[w] != "" || learnPlaceWords[w]
}
