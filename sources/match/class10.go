package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// class10.go reads class-level actions the class9 reading misses, and
// gives a class action its category by the convention of the labelled
// sets. The readers take evidence from anywhere in the title and the
// lead's first sentence:
//
//   - a title aiming an authority's order at a class ("Trump order takes
//     aim at Chinese-made drones") whose lead tells the order's riddance
//     ("directs agencies to ... end their use of");
//   - a class qualified by a risk clause rather than an origin ("drones
//     that risk data leaks", "equipment posing security risks"), named as
//     written;
//   - a warning of a country's technology sending data abroad;
//   - a class rule suspended, paused or rescinded whose class is only the
//     lead's list ("suspends affiliates rule" — "Entity List
//     restrictions"): a reversal named by the rule as written.
//
// The category of a class action (cl10Category): the sets label an
// authority's order to its OWN bodies (agencies, ministries, the
// military, a fleet, its purchases) to stop using or remove a kind a ban
// (train8a "Taiwan orders government agencies to stop using Chinese-brand
// IT products", train8b "Israeli military to remove Chinese-made cars",
// class9_u "UK orders departments to stop installing Chinese cameras"),
// and advice, warnings, guidance, programs and toolboxes addressed to
// others a directive ("EU 5G toolbox to restrict high-risk suppliers",
// "Clean Network program", "NÚKIB warns", govclass "Cyber agency tells
// hospitals to disconnect"). An instrument the title calls a directive
// stays one ("binding operational directive"). Named vendors keep the
// category.go convention ("orders agencies to remove Kaspersky" is a
// directive): only class alerts are read here.

// cl10Own are an authority's own bodies, fleets and purchases: an order
// on them restricts the state's own use (a ban).
var cl10Own = wordSet(`agencies agency ministries ministry departments department government
	federal military army navy forces troops officers officials servants bodies
	personnel employees staff fleet fleets bases purchases purchasing procurement
	procuring idf pentagon ministers institutions`)

// cl10Rid are the riddance and stopping of a kind's use in any form.
var cl10Rid = wordSet(`stop stops stopped stopping cease ceases end ends ending halt halts
	remove removes removed removing removal withdraw withdraws withdrawing phase phases
	phasing replace replaces replacing ditch ditches drop drops purge purges ground
	grounds grounded exclude excludes excluding strip strips swap swaps retire retires`)

// cl10Orders order or tell others to act: "orders agencies to remove",
// "tells staff to stop using", "orders halt to". The sets label such an
// order a directive, as trust-events.md's "emergency directive orders
// agencies to disconnect X"; the body's own act ("Army grounds", "Navy to
// remove", "ministries phase out") is its restriction, a ban.
var cl10Orders = wordSet(`orders ordered order ordering tells told telling directs directed
	instructs instructed requires required asks asked mandates mandated memo must
	deadline until days weeks months`) // "Agencies get six months to drop": a duty with a deadline

// cl10Advice are advice, warning and guidance: a directive, whoever is
// told. cl10Others are those an authority tells who are not its own.
var (
	cl10Advice = wordSet(`warns warn warned warning warnings urges urge urged urging advises
		advise advised advisory advice recommends recommend recommended recommendation
		guidance guidelines should toolbox program programme cautions cautioned alert
		encourages encouraged`)
	cl10Others = wordSet(`consumers citizens public users businesses companies firms operators
		hospitals schools utilities carriers telcos organisations organizations members
		member states households residents people providers banks`)
	// cl10Binding are the words of a binding bar in a title: with one, a
	// title's toolbox or program is still advice only if it says so.
	cl10Binding = wordSet(`bans banned bars barred prohibits prohibited outlaws forbids law
		act decree orders ordered`)
)

// cl10IsClass reports whether every vendor of u came from a class: reached
// through the registry by a class phrase, or named as written where the
// name is a kind qualified by origin or risk ("Chinese-brand").
func cl10IsClass(u *unit) bool {
	if len(u.vendors) == 0 {
		return false
	}
	for _, v := range u.vendors {
		if v.Class != "" {
			continue
		}
		if !v.Unlisted || !cl10ClassName(v.Name) {
			return false
		}
	}
	return true
}

// cl10ClassName reports a name that is a class as written: a country's,
// a risk's or a product kind's word in it ("Chinese-brand", "high-risk
// suppliers").
func cl10ClassName(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if _, ok := classCountries[f]; ok || cl9Risk[f] || productClasses[f] != "" {
			return true
		}
	}
	return false
}

// class10Category sets a class alert's category between ban and
// directive by whom the authority tells and how (the header): an order
// on its own bodies is a ban, advice or a program for others a
// directive.
func class10Category(title, lead string, u *unit) {
	if u.category != trust.CategoryBan && u.category != trust.CategoryDirective || !cl10IsClass(u) {
		return
	}
	words := titleWords(title)
	if lo, hi, ok := cl10HoldEnded(words); ok {
		// "US to end restrictions on Chinese apps": the hold is undone.
		u.category = trust.CategoryReversal
		u.signals = append([]trust.SignalHit{{Term: joinSpan(words, lo, hi), Category: trust.CategoryReversal, Weight: supplyWeight}}, u.signals...)
		return
	}
	leadWords := titleWords(firstSentence(lead))
	advice := inWords(words, cl10Advice) || inWords(leadWords, cl10Advice)
	switch u.category {
	case trust.CategoryDirective:
		if advice || inWords(words, govDirectiveWords) || hasWordIn(lead, govDirectiveWords) || inWords(words, cl10Others) ||
			inWords(words, cl10Orders) || !inWords(words, cl10Own) || !inWords(words, cl10Rid) {
			return
		}
		u.category = trust.CategoryBan
		u.signals = append([]trust.SignalHit{{Term: "own use stopped", Category: trust.CategoryBan, Weight: supplyWeight}}, u.signals...)
	case trust.CategoryBan:
		// The title's own words decide: a toolbox, a program, a warning
		// or a directive ("national security directive"), with no
		// binding bar beside it.
		if !inWords(words, cl10Advice) && !inWords(words, govDirectiveWords) || inWords(words, cl10Binding) {
			return
		}
		u.category = trust.CategoryDirective
		u.signals = append([]trust.SignalHit{{Term: "advice or program", Category: trust.CategoryDirective, Weight: supplyWeight}}, u.signals...)
	}
}

// cl10HoldEnded finds a verb of ending, easing or suspending right
// before a hold: "to end restrictions on", "eases curbs on", "suspends
// ban on" (a determiner or "its" may stand between).
func cl10HoldEnded(words []titleWord) (int, int, bool) {
	for v, w := range words {
		if !cl10EndVerbs[lower(w)] || cl9Negated(words, v) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+3; k++ {
			lk := lower(words[k])
			if oneOf(lk, "ban", "bans", "restrictions", "curbs", "limits", "prohibition", "blacklisting") {
				return v, k, true
			}
			if !oneOf(lk, "the", "its", "a", "some", "all", "federal", "state", "remaining") {
				break
			}
		}
	}
	return 0, 0, false
}

// cl10EndVerbs end or ease a hold.
var cl10EndVerbs = wordSet(`end ends ending ended eases ease eased easing relaxes relax
	relaxed loosens loosen loosened suspends suspend suspended pauses pause paused
	scraps scrap scrapped drops drop dropped waives waive waived`)

// cl10Apposed reports a country told beside a kind rather than before it:
// "119 apps, most of them Chinese", "apps, mostly Chinese", "apps with
// Chinese links" (the country at k, the kind at j).
func cl10Apposed(words []titleWord, j, k int) bool {
	prev := lower(words[k-1])
	switch prev {
	case "them":
		return k-3 > j && lower(words[k-2]) == "of" && oneOf(lower(words[k-3]), "most", "many", "all", "some", "half", "majority")
	case "mostly", "largely", "mainly", "chiefly", "predominantly", "many", "most":
		return true
	case "with":
		return k+1 < len(words) && tiedWords[lower(words[k+1])]
	}
	return false
}

// cl10CensorKinds are services a state blocks to censor: blocked with no
// security motive told, they are content, not trust (trust-events.md).
var cl10CensorKinds = wordSet(`vpn vpns messaging messengers messenger social websites sites
	proxies proxy news media platforms services`)

// cl10Apps are apps, which a censor blocks as it blocks services.
var cl10Apps = wordSet("apps app applications")

// cl10Blocks are a censor's verbs of access.
var cl10Blocks = wordSet("blocks blocked block blocking throttles throttled")

// class10Vetoed reports a class "block" that is censorship: a state
// blocking foreign services or apps with no origin but "foreign" and no
// security, privacy or foreign-control motive in the title or lead
// ("Russia blocks foreign VPN services", "Iran blocks foreign messaging
// apps amid protests"). A country's apps blocked ("India blocks Chinese
// apps") keep their foreign-control motive.
func class10Vetoed(title, lead string, best unit) bool {
	if best.category != trust.CategoryBan && best.category != trust.CategoryDirective || !cl10IsClass(&best) {
		return false
	}
	words := titleWords(title)
	if cl10TalkerAsks(words) {
		return true
	}
	if best.category != trust.CategoryBan {
		return false
	}
	if !inWords(words, cl10Blocks) || !inWords(words, cl10CensorKinds) && !inWords(words, cl10Apps) || govDevices(words) {
		return false
	}
	for _, v := range best.vendors {
		for _, f := range strings.Fields(strings.ToLower(v.Class + " " + v.Name)) {
			if c, ok := classCountries[strings.Split(f, "-")[0]]; ok && c != "" {
				return false // a country's apps: foreign control
			}
		}
	}
	return !cl10Motive(words, lead)
}

// cl10TalkerAsks reports a report, a study or a lobby asking for a class
// to be dropped ("Report urges Pentagon to replace Chinese batteries",
// "Think tank urges agencies to drop Chinese drones"): a call for a ban,
// not one (trust-events.md).
func cl10TalkerAsks(words []titleWord) bool {
	for v, w := range words {
		if !cl9Advice[lower(w)] && !oneOf(lower(w), "calls", "call", "wants", "pushes", "presses") {
			continue
		}
		return inWords(words[:v], cl10Talkers)
	}
	return false
}

// cl10Talkers are voices that ask but do not act.
var cl10Talkers = wordSet(`report reports study studies survey tank experts analysts researchers
	academics lobby lobbyists coalition association industry advocates activists editorial
	op-ed letter petition paper commentary column`)

// cl10MotiveWords are a security, privacy or foreign-control motive.
var cl10MotiveWords = wordSet(`security espionage spying spy surveillance sovereignty privacy
	data malware backdoor backdoors threat threats cyber cybersecurity intelligence
	adversary adversaries hostile`)

func cl10Motive(words []titleWord, lead string) bool {
	return inWords(words, cl10MotiveWords) || hasWordIn(firstSentence(lead), cl10MotiveWords)
}

// cl10Aim aim an authority's instrument at a class: "takes aim at",
// "targets", "cracks down on".
var cl10Aim = wordSet("aim targets targeting targeted crackdown cracks clamps")

// cl10RiskWords make a risk clause after a kind: "drones that risk data
// leaks", "equipment posing security risks", "devices deemed a risk".
var cl10RiskWords = wordSet("risk risks pose poses posing threat threats leak leaks deemed")

// cl10Undo suspend or withdraw a rule; cl10Rules are what they undo.
var (
	cl10Undo  = wordSet("suspends suspended pauses paused rescinds rescinded revokes revoked repeals repealed withdraws withdrew scraps scrapped shelves shelved")
	cl10Rules = wordSet("rule order orders regulation restrictions curbs ban")
	// cl10Lists are the trust lists a lead ties a suspended rule to.
	cl10Lists = wordSet("entity covered blacklist blacklisted adversaries adversary unverified")
	// cl10Abroad end a data flow without a state: "sending data abroad".
	cl10Abroad = wordSet("abroad overseas offshore")
)

// cl10Warns are a warning's verbs.
var cl10Warns = wordSet("warns warned warn warning cautions cautioned")

// class10OpenBits reports whether a title's gate bits (class9.go's, one
// pass and one lookup per word) hold one of the readers' word families
// and an authority or an instrument.
func class10OpenBits(got cl9Gate) bool {
	if got&cl9GActor == 0 && got&cl9GInstrument == 0 {
		return false
	}
	return got&(cl10GAim|cl10GUndo|cl10GRid|cl9GBar|cl10GWarn) != 0
}

// cl10Reading is a class found by one of the readers.
type cl10Reading struct {
	words                     []titleWord
	phrase, country, category string
	cat                       trust.Category
	across                    bool
}

// class10ReadWords runs the readers on a title and its lead whose gate
// bits opened (class10OpenBits).
func class10ReadWords(title, lead string) (cl10Reading, bool) {
	words := titleWords(unquote(title))
	if cl23Refused(words) || !cl9ActorAny(words) {
		return cl10Reading{}, false
	}
	if cl9TradeOnly(title, lead) {
		return cl10Reading{}, false // a trade measure: no trust event without a security motive
	}
	leadWords := titleWords(firstSentence(lead))
	if r, ok := cl10AimOrder(words, leadWords); ok {
		return r, true
	}
	if r, ok := cl10RiskClause(words); ok {
		return r, true
	}
	if r, ok := cl10OwnRid(words); ok {
		return r, true
	}
	if r, ok := cl10WarnAbroad(words); ok {
		return r, true
	}
	if r, ok := cl10Warned(words, firstSentence(lead)); ok {
		return r, true
	}
	return cl10RuleSuspended(words, leadWords)
}

// cl10AimOrder reads a title aiming an instrument at a class ("Trump
// order takes aim at Chinese-made drones in federal agencies") whose lead
// tells the order: a verb of ordering and within eight words a riddance
// or a bar ("directs agencies to review and possibly end their use of").
func cl10AimOrder(words, leadWords []titleWord) (cl10Reading, bool) {
	if !inWords(words, cl10Aim) {
		return cl10Reading{}, false
	}
	phrase, country, category, ok := class(words)
	if !ok {
		return cl10Reading{}, false
	}
	for v, w := range leadWords {
		if !oneOf(lower(w), "directs", "directed", "orders", "ordered", "requires", "required", "instructs", "instructed", "bars", "prohibits", "bans") {
			continue
		}
		for k := v + 1; k < len(leadWords) && k <= v+8; k++ {
			if cl10Rid[lower(leadWords[k])] || cl9Bar[lower(leadWords[k])] || oneOf(lower(w), "bars", "prohibits", "bans") {
				return cl10Reading{words: words, phrase: phrase, country: country, category: category, cat: trust.CategoryBan}, true
			}
		}
	}
	return cl10Reading{}, false
}

// cl10RiskClause reads an authority barring or ridding itself of a kind
// qualified by a risk clause: "Japan to stop government purchases of
// drones that risk data leaks", "excludes equipment posing security
// risks from procurement". The class is named as written.
func cl10RiskClause(words []titleWord) (cl10Reading, bool) {
	act := -1
	for v, w := range words {
		if cl9Bar[lower(w)] || cl10Rid[lower(w)] {
			if !cl9Negated(words, v) {
				act = v
				break
			}
		}
	}
	if act < 0 || !cl9ActorBefore(words, act) && !inWords(words[:act], cl10Own) {
		return cl10Reading{}, false
	}
	for j := act + 1; j < len(words); j++ {
		lj := lower(words[j])
		if productClasses[lj] == "" && !cl9Kinds[lj] {
			continue
		}
		k := j + 1
		if k < len(words) && oneOf(lower(words[k]), "that", "which", "seen", "considered", "judged") {
			k++
		}
		if k < len(words) && lower(words[k]) == "as" {
			k++
		}
		for e := k; e < len(words) && e <= k+3; e++ {
			if cl10RiskWords[lower(words[e])] && (e == k || e > j+1) {
				hi := e
				for hi+1 < len(words) && hi < e+2 && !words[hi].stop && oneOf(lower(words[hi+1]), "data", "security", "leaks", "risks", "a", "risk") {
					hi++
				}
				phrase := joinWords(words[j : hi+1])
				return cl10Reading{words: words, phrase: phrase, country: "?", category: productClasses[lj], cat: trust.CategoryBan}, true
			}
			if words[e].stop {
				break
			}
		}
	}
	return cl10Reading{}, false
}

// cl10OwnRid reads an authority or its own body ridding itself of a
// class in a verb the lexicon lacks: "Canadian Armed Forces to withdraw
// Chinese-made drones from service", "ministry swaps out Chinese
// laptops". The class (classes.go) follows the verb.
func cl10OwnRid(words []titleWord) (cl10Reading, bool) {
	for v, w := range words {
		if !cl10Rid[lower(w)] || cl9Negated(words, v) || !cl9ActorBefore(words, v) && !inWords(words[:v], cl10Own) {
			continue
		}
		phrase, country, category, ok := class(words[v+1:])
		if !ok {
			return cl10Reading{}, false
		}
		// "to end restrictions on Chinese apps", "drops probe into
		// Chinese drones": the verb rids a hold, not the class.
		first := strings.Fields(phrase)[0]
		for k := v + 1; k < len(words) && words[k].text != first; k++ {
			if cl10Holds[lower(words[k])] {
				return cl10Reading{}, false
			}
		}
		return cl10Reading{words: words, phrase: phrase, country: country, category: category, cat: trust.CategoryBan}, true
	}
	return cl10Reading{}, false
}

// cl10Holds are what a verb of riddance may rid instead of a class: a
// hold on it, a proceeding, a dependence.
var cl10Holds = wordSet(`ban bans restrictions restriction curbs limits sanctions tariffs tariff
	duties probe probes investigation inquiry exemption exemptions waiver waivers
	scrutiny review subsidies reliance dependence dependency imports exports support
	funding deal contract contracts talks partnership`)

// cl10WarnAbroad reads an authority warning of a country's technology
// sending data abroad: "Czech cyber agency warns about Chinese tech
// sending data abroad" (the country of the class is where it goes).
func cl10WarnAbroad(words []titleWord) (cl10Reading, bool) {
	for v, w := range words {
		if !oneOf(lower(w), "warns", "warned", "warn", "cautions", "cautioned") || !inWords(words[:v], authorities) {
			continue
		}
		for d := v + 1; d < len(words) && d <= v+8; d++ {
			if !cl10Abroad[lower(words[d])] {
				continue
			}
			if !inWords(words[v+1:d], dataNouns) || !inWords(words[v+1:d], flowVerbs) {
				break
			}
			for j := v + 1; j < d; j++ {
				c, ok := classCountries[lower(words[j])]
				if !ok || c == "" || j+1 >= d || !cl9Kinds[lower(words[j+1])] && !techQualifiers[lower(words[j+1])] {
					continue // "Chinese hackers sending stolen data abroad": a threat, no kind
				}
				phrase := joinWords(words[j : j+2])
				return cl10Reading{words: words, phrase: phrase, country: c, category: productClasses[lower(words[j+1])], cat: trust.CategoryDirective}, true
			}
		}
	}
	return cl10Reading{}, false
}

// cl10Warned reads an authority warning those it addresses against a
// class: "NSA warns agencies about Chinese-made routers", "regulator
// warns consumers that Chinese-made baby monitors may expose their data"
// (a directive). The class stands right after the warning (its addressees
// and a preposition between) with a country before its kind; a kind the
// registry has no category for is named as written. A warning of
// attackers or of flaws is a threat report, and a warning with no
// security, privacy or foreign-control motive told is none of this.
func cl10Warned(words []titleWord, lead string) (cl10Reading, bool) {
	if inWords(words, threatActors4) || inWords(words, cl10Flaws) || inWords(words, cl10Safety) {
		return cl10Reading{}, false
	}
	for v, w := range words {
		if !cl10Warns[lower(w)] || !cl9ActorBefore(words, v) {
			continue
		}
		k := v + 1
		for k < len(words) && k <= v+3 && (addressees[lower(words[k])] || cl10Others[lower(words[k])]) {
			k++
		}
		if k == v+1 {
			k = cl11Addressed(words, v) // "warn critical infrastructure about" (cl11.go)
		}
		addressed := k > v+1
		if k < len(words) && oneOf(lower(words[k]), "about", "against", "of", "over", "that", "on") {
			addressed = addressed || lower(words[k]) != "that"
			k++
		}
		if !addressed && !cl10FormalLead(lead) && !cl11FlowsToState(words[k:]) && !cl22RiskTold(words, v, k) {
			// "Taiwan warns that Chinese apps harvest data": a finding
			// told to no one, unless the lead gives its advisory or
			// what to do.
			return cl10Reading{}, false
		}
		if k >= len(words) {
			return cl10Reading{}, false
		}
		c, isC := cl22Made(lower(words[k])) // "Chinese-manufactured" (class22.go)
		if !isC || c == "" {
			return cl10Reading{}, false // "foreign" alone: whose is not told
		}
		hi := k
		for hi+1 < len(words) && hi < k+2 && !words[hi].stop && !stopWords[lower(words[hi+1])] && !activeVerb(lower(words[hi+1])) &&
			!cl9Ties[lower(words[hi+1])] && !flowVerbs[lower(words[hi+1])] && !oneOf(lower(words[hi+1]), "may", "could", "can", "pose", "risk") {
			hi++
		}
		if hi == k || !cl10Motive(words, lead) && !inWords(words, dataNouns) && !hasWordIn(lead, dataNouns) && !cl22RiskTold(words, v, k) {
			return cl10Reading{}, false
		}
		phrase, country, category, ok := class(words[k : hi+1])
		if !ok {
			phrase, country, category = joinWords(words[k:hi+1]), c, cl22Kind(words[hi])
		}
		return cl10Reading{words: words, phrase: phrase, country: country, category: category, cat: trust.CategoryDirective}, true
	}
	return cl10Reading{}, false
}

// cl10FormalLead reports a lead that makes a warning formal: its
// instrument ("an advisory", "guidance") or advice to be rid of the kind
// ("urged operators to replace").
func cl10FormalLead(lead string) bool {
	if hasWordIn(lead, cl10Instruments) {
		return true
	}
	return hasWordIn(lead, cl9Advice) && hasWordIn(lead, cl10Rid)
}

// cl10Instruments are a warning's instruments.
var cl10Instruments = wordSet(`advisory guidance bulletin notice directive recommendation
	recommendations`)

// cl10Safety make a warning a product safety one: "over fire risk".
var cl10Safety = wordSet(`fire fires safety explode explosion explosions overheating burn burns
	choking toxic recall recalls health`)

// cl10Flaws make a warning a vulnerability's: "warns of flaws in
// Chinese-made cameras".
var cl10Flaws = wordSet(`flaw flaws vulnerability vulnerabilities bug bugs zero-day exploited
	exploit exploits patch patches unpatched scam scams fake counterfeit`)

// cl10RuleSuspended reads an authority suspending or rescinding a rule
// whose class only the lead tells, by a trust list ("US suspends
// affiliates rule for a year" — "paused the rule extending Entity List
// restrictions to majority-owned subsidiaries"): a reversal, the rule
// named as written. A rule the lead ties to no list is trade or
// something else.
func cl10RuleSuspended(words, leadWords []titleWord) (cl10Reading, bool) {
	for v, w := range words {
		if !cl10Undo[lower(w)] || !cl9ActorBefore(words, v) {
			continue
		}
		for r := v + 1; r < len(words) && r <= v+3; r++ {
			if !cl10Rules[lower(words[r])] {
				continue
			}
			if !inWords(leadWords, cl10Lists) || !inWords(leadWords, cl10Undo) && !inWords(leadWords, cl10Paused) {
				return cl10Reading{}, false
			}
			hi := r
			if r == v+1 && r+1 < len(words) && !words[r].stop && oneOf(lower(words[r+1]), "on", "for", "targeting", "against") {
				// a bare "rule": its object names it ("rule on AI chip exports")
				for hi = r + 1; hi+1 < len(words) && hi < r+4 && !words[hi].stop && !cl9Preps[lower(words[hi+1])]; hi++ {
				}
			}
			return cl10Reading{words: words, phrase: joinWords(words[v+1 : hi+1]), country: "?", cat: trust.CategoryReversal, across: true}, true
		}
	}
	return cl10Reading{}, false
}

// class10Alert is a class action found by the readers here, reaching the
// registry through its class where it has a country and a kind
// (class9Alert calls it when its gate bits open).
func (m *Matcher) class10Alert(title, lead string, hits []hit, question bool) unit {
	if question {
		return unit{}
	}
	r, ok := class10ReadWords(title, lead)
	if !ok {
		return unit{}
	}
	return m.classUnit(hits, question, r.phrase, r.cat, false,
		cl9Reading{words: r.words, phrase: r.phrase, country: r.country, category: r.category, across: r.across}, title, lead)
}

// cl10Paused are a rule paused or lifted, in a lead that names its list.
var cl10Paused = wordSet("pause suspend suspension lifted lifts")
