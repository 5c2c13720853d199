package match

import (
	"slices"
	"strings"
	"sync"

	"github.com/vendorwatch/vendorwatch/trust"
)

// class9.go reads an authority's action on a class by evidence, across
// the title and the lead's first sentence, where the class readers of
// classes.go, classshape.go and govclass.go need a product word, a
// country before it and a verb next to its actor. Three pieces, in any
// order:
//
//   - an authority: a state, ministry, agency, parliament, president or
//     governor, or its instrument (a rule, law, act, order, decree);
//   - an action of the family in any form: a verb of barring ("bars",
//     "restricts", "curbs", "grounds", "excludes", "to block"), a duty of
//     permission or testing ("require permission for", "to test ... for
//     malware", "subject to prior approval"), or an instrument enacted
//     ("approves rule", "finalizes rule to block", "becomes law",
//     "signed into law");
//   - a class: a kind of product or its suppliers qualified by origin or
//     risk ("bidders from neighbouring countries", "tech from foreign
//     adversaries", "Chinese, Russian firms", "high-risk 5G suppliers",
//     "companies linked to Chinese military", "drone fleet over
//     Chinese-made parts", "imported power equipment"), or a kind under a
//     trust regime ("'trusted sources' rule for telecom gear").
//
// The class is named as written; with a product category and a country
// it reaches the registry's vendors (reachClass). A step not taken (a
// draft, a proposal, a plan, a bill no chamber passed, a hearing), a
// trade measure with no security motive, a state's curb on its own
// exports and an action that stops short of one are no event.

// cl9Rid are riddance in the infinitive ("to phase out", "to remove");
// cl9Bar the verbs of barring in every form, and the nouns of a bar
// ("restrictions on").
var cl9Rid = wordSet("phase remove replace rip drop ditch purge strip exclude")

// cl9Subpoena are an authority's compulsory process on a class.
var cl9Subpoena = wordSet("subpoenas subpoenaed")

var cl9Bar = wordSet(`ban bans banned banning bar bars barred barring restrict restricts
	restricted restricting limit limits limiting curb curbs curbed curbing exclude
	excludes excluded excluding block blocks blocked blocking prohibit prohibits
	prohibited prohibiting forbid forbids forbade forbidden forbidding outlaw outlaws
	outlawed outlawing ground grounds grounded grounding strip strips stripped
	stripping purge purges purged restrictions prohibition`)

// cl9Duty are the verbs of a duty and cl9Permits what it requires: "need
// government permission", "subject to prior approval", "must register".
var (
	cl9Duty    = wordSet("require requires required requiring need needs needing subject must mandates mandate mandated")
	cl9Permits = wordSet(`permission approval clearance registration register testing tests inspection
		inspections licence licences license licenses licensing authorization authorisation
		screening vetting certification permit permits`)
	// cl9Test verbs test a kind for cl9Malicious code: "to test imported
	// equipment for malware".
	cl9Test      = wordSet("test tests testing tested inspect inspects inspected screen screens check checks vet vets audit audits")
	cl9Malicious = wordSet("malware backdoor backdoors trojan trojans spyware malicious implants spying")
)

// cl9Enact enact an instrument (cl9Instruments): "approves rule",
// "finalizes rule", "signs law", "expands Entity List restrictions".
var (
	cl9Enact = wordSet(`approves approved approve adopts adopted adopt finalizes finalized finalises
		finalised finalize finalise passes passed pass signs signed sign enacts enacted
		enact issues issued unveils unveiled publishes published clears cleared notifies
		notified amends amended extends extended expands expanded tightens tightened imposes
		imposed`)
	cl9Instruments = wordSet(`rule rules law laws act bill directive directives order decree
		regulation regulations ordinance amendment amendments policy restrictions curbs ban
		prohibition regime framework toolbox guidelines measures resolution powers list`)
	// cl9Passage: a bill's passage ("passes", "signed") makes it an act.
	cl9Passage = wordSet(`passes passed signs signed clears cleared approves approved adopts
		adopted enacts enacted becomes became assent`)
)

// cl9Lets give others leave to act: with others after them (cl9Others), an
// action is a directive ("lets states restrict high-risk suppliers").
// cl9Advice tell or urge: a directive ("urges member states to exclude").
var (
	cl9Lets   = wordSet("lets let letting allows allowed allowing empowers empowering enables enabling")
	cl9Advice = wordSet(`urges urged urging tells told asks asked advises advised recommends
		recommended encourages encouraged`)
	cl9Others = func() map[string]bool {
		m := wordSet("states member members countries governments utilities telcos capitals")
		for w := range addressees {
			m[w] = true
		}
		return m
	}()
)

// cl9Kinds head a class: kinds of product (the class readers' heads and
// govclass's generic nouns) and those who supply them.
var cl9Kinds = func() map[string]bool {
	m := wordSet(`suppliers supplier vendors vendor bidders bidder contractors contractor sources
		supplies parts fleet fleets subsidiaries affiliates providers firms companies makers
		manufacturers entities businesses developers goods technologies component`)
	for w := range govHeads {
		m[w] = true
	}
	for w := range cl11Kinds {
		m[w] = true
	}
	return m
}()

// cl9Risk qualify a kind as a class by risk or origin, as a country does:
// "high-risk vendors", "untrusted suppliers", "imported equipment",
// "bidders from neighbouring countries", "subsidiaries of blacklisted
// firms".
var cl9Risk = wordSet(`high-risk untrusted risky hostile adversary adversarial adversaries
	foreign-adversary non-eu non-trusted untrustworthy unvetted blacklisted sanctioned imported
	foreign foreign-made foreign-owned foreign-controlled foreign-built neighbouring neighboring
	unreliable covered`)

// cl9QualTails end a qualifier after its country or risk word: "Chinese
// military", "neighbouring countries", "foreign adversaries".
var cl9QualTails = wordSet(`military government state army countries country nations nation
	states jurisdictions adversaries regimes companies firms entities parts components
	chips software modules hardware concern makers manufacturers vendors suppliers
	intelligence brands`)

// cl9Preps tie a kind to its qualifier after it; cl9Ties may stand
// between ("companies linked to", "makers based in", "firms owned by").
var (
	cl9Preps = wordSet("from in of by with over containing using to on")
	cl9Ties  = wordSet(`linked tied connected owned controlled based headquartered made built
		manufactured designed supplied produced affiliated backed`)
)

// cl9Actors are authorities the authorities list lacks: the US states
// it does not hold and a president acting by order.
var cl9Actors = wordSet(`trump president white kremlin legislature governor alabama alaska arizona
	arkansas colorado connecticut delaware georgia hawaii idaho illinois iowa kansas
	kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
	missouri nebraska nevada oklahoma oregon pennsylvania tennessee vermont wisconsin
	wyoming california carolina dakota
	dot`) // a Department of Telecommunications or of Transportation ("DoT says", cl16)

// cl9Actor reports an authority by name or shape, or its instrument
// (authorities gains the world's states at init: read it then).
func cl9Actor(w string) bool {
	return authorities[w] || govHeadsOfState[w] || cl9Instruments[w] || cl9Actors[w]
}

// cl9Service reports a state's service by its name: "Forest Service",
// "Park Service" (authorityHeads leaves "service" out: a company's too).
func cl9Service(words []titleWord, k int) bool {
	return k > 0 && words[k].text == "Service" && hasUpperOrDigit(words[k-1].text)
}

// cl9Talk are steps not taken: drafts, proposals, plans, hearings and
// studies, and the modal of what a measure "could" do; an idea floated
// is a proposal too ("Lawmakers float ban on ...", class22).
var cl9Talk = wordSet(`draft drafts drafted drafting proposes proposed proposal proposals proposing
	propose consults consultation consulting hearing hearings
	hears testimony testify testifies study studies survey could would might seeks
	debate debates debating committee subcommittee panel introduces introduced
	float floats floated floating`)

// cl9Intends reads a step only intended or threatened: "plans to ban",
// "preparing to restrict", "threatens to ban", "working on rules to";
// and a finding about past steps ("report finds agencies ignored ban").
func cl9Intends(words []titleWord) bool {
	for i := 0; i+1 < len(words); i++ {
		switch lower(words[i]) {
		case "plans", "planning", "prepares", "preparing", "intends", "aims", "readies", "readying", "seeks", "threatens",
			"threatened", "threatening", "vows", "vowed", "pledges", "pledged", "promises", "promised":
			if strings.EqualFold(words[i+1].text, "to") {
				return true
			}
		case "working":
			if strings.EqualFold(words[i+1].text, "on") {
				return true
			}
		case "said", "reported", "expected":
			// "U.S. Said to Plan New Limits": reported, not taken.
			if strings.EqualFold(words[i+1].text, "to") {
				return true
			}
		case "report", "study", "audit", "survey", "review", "analysis", "researchers":
			if oneOf(lower(words[i+1]), "finds", "found", "shows", "showed", "reveals", "revealed") {
				return true
			}
		}
	}
	return false
}

// cl9Trade are trade measures and motives: no trust event without a
// security motive ("retaliates against Chinese rules that discriminate",
// "to boost domestic manufacturing").
var cl9Trade = wordSet(`tariff tariffs duties anti-dumping dumping quota quotas levy levies
	retaliates retaliation retaliatory reciprocity reciprocal discriminate discriminates
	discrimination subsidies subsidy anti-subsidy domestic overcapacity`)

// cl9TradeOnly reports a trade motive in the title or the lead with no
// security one.
func cl9TradeOnly(title, lead string) bool {
	return (hasWordIn(title, cl9Trade) || hasWordIn(lead, cl9Trade)) && !hasWordIn(title, cl9Security) && !hasWordIn(lead, cl9Security)
}

// cl9Suppliers head a class of suppliers rather than of products: with no
// product word, such a class needs a motive or technology told
// ("bars foreign companies from bidding on oil fields" is none).
var cl9Suppliers = wordSet(`firms companies entities businesses bidders contractors suppliers vendors
	makers manufacturers providers developers subsidiaries affiliates sources supplies`)

// cl9Security are a security motive's words in a title.
var cl9Security = wordSet(`security malware spying espionage backdoor backdoors cyber cybersecurity
	hacking surveillance threat threats trusted untrusted high-risk adversary adversaries
	intelligence`)

// cl9Sanctions make an action on a class a sanction: investment barred, a
// list extended.
var cl9Sanctions = wordSet(`investment investments investing invest securities entity blacklist
	blacklisted sanctions sdn`)

// cl9Neg stop an action short: "stops short of Huawei ban", "rules out
// ban", "no ban on".
var cl9Neg = wordSet("short no not without declines declined refuses refused out")

// cl9Bits are the gate families of a title's words: one pass and one
// lookup per word (every title without a registry vendor asks it; class10
// reads the same bits).
func cl9Bits(title string) cl9Gate {
	var got cl9Gate
	gates := cl9Gates()
	sc := wordScan{s: title}
	for w := sc.next(); w != nil; w = sc.next() {
		got |= gates[string(w)]
	}
	return got
}

// class9OpenBits reports whether a title's gate bits (cl9Bits) hold the
// words of one of class9Alert's actions and an authority or an
// instrument: a verb of barring, a duty with what it requires, a test
// for malicious code, or an instrument enacted or in force.
func class9OpenBits(got cl9Gate) bool {
	has := func(g cl9Gate) bool { return got&g != 0 }
	if !has(cl9GBar) && !(has(cl9GDuty) && has(cl9GPermits)) && !(has(cl9GTest) && has(cl9GMalicious)) &&
		!(has(cl9GEnact) && has(cl9GInstrument)) {
		return false
	}
	return has(cl9GActor) || has(cl9GInstrument)
}

// cl9Gate is a set of class9OpenBits' word families, one bit each.
type cl9Gate uint16

const (
	cl9GBar cl9Gate = 1 << iota // cl9Bar, cl9Rid, cl9Subpoena
	cl9GDuty
	cl9GPermits
	cl9GTest
	cl9GMalicious
	cl9GEnact // cl9Enact, cl9InForce
	cl9GInstrument
	cl9GActor // authorities, govHeadsOfState, cl9Actors, cl9Services
	// class10.go's families
	cl10GAim  // an aim at a class
	cl10GWarn // a warning
	cl10GUndo // a rule suspended
	cl10GRid  // a verb of riddance
	cl10GData // data flowing abroad
	cl11GAct  // cl11.go's verbs beyond cl9Bar and cl10Rid
	cl11GQual // a class's origin or risk (cl11.go)
)

// cl9Gates maps each word of class9OpenBits' families to their bits; built
// on first use, after the init functions that complete authorities
// (places.go).
var cl9Gates = sync.OnceValue(func() map[string]cl9Gate {
	m := map[string]cl9Gate{}
	add := func(g cl9Gate, sets ...map[string]bool) {
		for _, set := range sets {
			for w := range set {
				m[w] |= g
			}
		}
	}
	add(cl9GBar, cl9Bar, cl9Rid, cl9Subpoena, cl16OnlyGate)
	add(cl9GDuty, cl9Duty)
	add(cl9GPermits, cl9Permits)
	add(cl9GTest, cl9Test)
	add(cl9GMalicious, cl9Malicious)
	add(cl9GEnact, cl9Enact, cl9InForce)
	add(cl9GInstrument, cl9Instruments)
	add(cl9GActor, authorities, govHeadsOfState, cl9Actors, cl9Services)
	add(cl10GAim, cl10Aim)
	add(cl10GWarn, cl10Warns)
	add(cl10GUndo, cl10Undo)
	add(cl10GRid, cl10Rid)
	add(cl10GData, cl10Abroad)
	add(cl11GAct, cl11Acts)
	add(cl11GQual, cl11Quals())
	return m
})

// cl9Services open the gate for cl9Service's actors.
var cl9Services = wordSet("service")

// cl9InForce are the words of an instrument in force: "becomes law",
// "signed into law", "takes effect".
var cl9InForce = wordSet("becomes became into effect assent")

// class9Opens is class9Alert's opener (openers.go): a title with no
// registry vendor and no lexicon term goes past match's early exit only
// when the family's reading finds an action and a class in it.
func class9Opens(m *Matcher, title, body string, g gateBits) bool {
	got := cl9Of(g)
	if class9OpenBits(got) {
		if _, ok := class9Read(title, body); ok {
			return true
		}
	}
	if class10OpenBits(got) {
		if _, ok := class10ReadWords(title, body); ok { // class10.go, on the same bits
			return true
		}
	}
	if class11OpenBits(got) {
		if _, ok := cl11Read(title, body); ok { // cl11.go, on the same bits
			return true
		}
	}
	return cl12LeadOpen(got, title, body) && m.cl12LeadAlert(title, body, nil, false).ok || // the lead's class action (cl12.go)
		cl13LeadOpen(got, title, body) && m.cl13LeadBar(title, body, nil, false).ok || // the title's class, the lead's bar (cl13.go)
		cl15LeadOpen(got, title, body) && m.cl15LeadOrder(title, body, nil, false).ok || // the title's class, the lead's order (cl15.go)
		cl15PassiveOpen(got, title) && m.cl15Passive(title, body, nil, false).ok // addressees told to rid a class (cl15.go)
}

// cl9Act is an action found in a title or a lead: where its verb stands,
// where the class may start, and its category.
type cl9Act struct {
	v, obj int
	cat    trust.Category
	enact  bool // an instrument enacted: the lead may name its class
	spared bool // an action stopped short before it: the vendor named is spared
	duty   bool // a duty of permission or testing: a security motive must be told
}

// cl9Reading is the family's reading of a title and its lead: the
// title's words and action, and the class as written with its reach.
type cl9Reading struct {
	words                     []titleWord
	act                       cl9Act
	phrase, country, category string
	across                    bool // the class is the lead's
}

// class9Read finds an authority's action and its class in a title, or
// the class in the lead's first sentence when the title enacts an
// instrument with a security motive and names none.
// Its gate (class9OpenBits) is the caller's.
func class9Read(title, lead string) (cl9Reading, bool) {
	words := titleWords(unquote(title))
	if cl9Refused(words) || cl11BarTalked(words) {
		return cl9Reading{}, false
	}
	act, ok := cl9Action(words)
	if !ok {
		return cl9Reading{}, false
	}
	r := cl9Reading{words: words, act: act}
	src, srcWords := unquote(title), words
	lo, hi, ok := cl9Class(words, act)
	if !ok && act.enact && inWords(words, cl9Security) {
		// "UK Telecommunications Security Act becomes law" — "... powers
		// ... restricting high-risk suppliers' equipment": the act's
		// class is the lead's.
		src = unquote(firstSentence(lead))
		srcWords = titleWords(src)
		if la, found := cl9LeadBar(srcWords); found {
			lo, hi, ok = cl9Class(srcWords, la)
			r.across = true
		}
	}
	if !ok || cl9TradeOnly(title, lead) {
		return cl9Reading{}, false
	}
	if cl9Suppliers[lower(srcWords[cl9Head(srcWords, lo, hi)])] {
		if !techContext(words) && !cl9Motive(words, lead) && act.cat != trust.CategorySanctions && !techContext(titleWords(firstSentence(lead))) {
			return cl9Reading{}, false
		}
	}
	if act.duty && !cl9Motive(words, lead) && !cl9Countried(srcWords[lo:hi+1]) {
		return cl9Reading{}, false // a duty on imports alone is trade policy
	}
	r.phrase = strings.Join(strings.Fields(strings.Trim(src[srcWords[lo].start:srcWords[hi].end], "'‘’")), " ") // a quote blanked leaves spaces
	r.country, r.category = cl9Reach(srcWords[lo : hi+1])
	return r, true
}

// class9Alert is an authority's action on a class across the title and
// the lead's first sentence (class9.go's header).
func (m *Matcher) class9Alert(title, lead string, hits []hit, question bool) unit {
	return m.class9AlertBits(title, lead, hits, question, cl9Bits(title))
}

// class9AlertBits is class9Alert on the title's cl9Bits as read already
// (cl9Of of match's gate): match and fallback need not read the title
// again.
func (m *Matcher) class9AlertBits(title, lead string, hits []hit, question bool, got cl9Gate) unit {
	if question {
		return unit{}
	}
	if class9OpenBits(got) {
		if r, ok := class9Read(title, lead); ok {
			if u := m.class9Unit(hits, question, r, title, lead); u.ok {
				return u
			}
		}
	}
	if class10OpenBits(got) {
		if u := m.class10Alert(title, lead, hits, question); u.ok { // what class9 misses (class10.go), on the same bits
			return u
		}
	}
	if class11OpenBits(got) {
		if u := m.class11Alert(title, lead, hits, question); u.ok { // any authority, title or lead (cl11.go)
			return u
		}
	}
	if cl12LeadOpen(got, title, lead) {
		if u := m.cl12LeadAlert(title, lead, hits, question); u.ok { // the action and the class told in the lead (cl12.go)
			return u
		}
	}
	if cl13LeadOpen(got, title, lead) {
		return m.cl13LeadBar(title, lead, hits, question) // the class in the title, the bar in the lead (cl13.go)
	}
	if cl15LeadOpen(got, title, lead) {
		if u := m.cl15LeadOrder(title, lead, hits, question); u.ok { // the class in the title, the order in the lead (cl15.go)
			return u
		}
	}
	if cl15PassiveOpen(got, title) {
		return m.cl15Passive(title, lead, hits, question) // addressees told to rid a class, no authority (cl15.go)
	}
	return unit{}
}

// class9Unit is class9Alert's unit for a reading r.
func (m *Matcher) class9Unit(hits []hit, question bool, r cl9Reading, title, lead string) unit {
	return m.classUnit(hits, question, r.words[r.act.v].text, r.act.cat, r.act.spared, r, title, lead)
}

// classUnit scores a class action read as term of category cat and
// reaches the registry through r's class (class9 and class10 alike). A
// vendor the text names is acted on, not a class, unless spared.
func (m *Matcher) classUnit(hits []hit, question bool, term string, cat trust.Category, spared bool, r cl9Reading, title, lead string) unit {
	extra := trust.SignalHit{Term: term, Category: cat, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, false, question, &extra, true)
	if !u.ok || len(u.vendors) > 0 && !spared {
		return unit{} // a vendor named is acted on, not a class
	}
	u.category = cat
	u.vendors = m.reachClass(r.words, r.phrase, r.country, r.category)
	if len(u.vendors) == 0 {
		return unit{}
	}
	u.evidence = clean(title)
	if r.across {
		u.across = true
		u.evidence += " — " + clean(firstSentence(lead))
	}
	return u
}

// unquote blanks a title's double quotes, which end a phrase for
// titleWords ("rule to block tech from \"foreign adversaries\""), keeping
// every byte offset.
func unquote(s string) string {
	if !strings.ContainsAny(s, "\"“”") {
		return s
	}
	return strings.NewReplacer("\"", " ", "“", "   ", "”", "   ").Replace(s)
}

// cl9Refused reports a title whose step is not taken or not the family's:
// talk, a bill no chamber passed, a rumour, lawmakers' moves, content.
func cl9Refused(words []titleWord) bool {
	if inWords(words, cl9Talk) && (!cl9Passed(words) || inWords(words, cl9Drafts)) {
		return true
	}
	if inWords(words, cl9Bills) && !cl9Passed(words) {
		return true
	}
	return rumoured(words) || weighedGerund(words) || legislatorsMove(words) || inWords(words, govContentWords) ||
		cl9NonTechIn(words) || cl9Intends(words) || inWords(words, cl9Undo)
}

// cl9Undo are a court's or an authority's undoing, and a prediction: the
// reversal readers' (classrev.go), not an action on a class ("Judge
// enjoins rule forcing contractors to drop Chinese cameras, lawyers
// predict").
var cl9Undo = wordSet(`enjoins enjoined vacates vacated overturns overturned quashes quashed
	annuls annulled rescinds rescinded repeals repealed predict predicts predicted`)

// cl9NonTechIn reports a lower-case word of cl9NonTech: "Media Land" is a
// name.
func cl9NonTechIn(words []titleWord) bool {
	for i, w := range words {
		if cl9NonTech[w.text] && !cl12SocialMedia(words, i) && !cl16LandBorder(words, i) {
			return true
		}
	}
	return false
}

// cl9NonTech are objects of a ban that are no technology ("bars Chinese
// citizens and companies from buying land"), or a censor's ("bans
// foreign firms from online publishing").
var cl9NonTech = wordSet(`land farmland property properties estate homes housing agricultural
	students visas publishing broadcasting media news
	journalists websites`)

// cl9Motive reports a security motive in the title or the lead: a duty of testing or
// permission is a trust event only for one ("Indonesia requires local
// testing for imported smartphones" is industrial policy).
func cl9Motive(words []titleWord, lead string) bool {
	return inWords(words, cl9Security) || inWords(words, cl9Malicious) || hasWordIn(lead, cl9Security) || hasWordIn(lead, cl9Malicious)
}

// cl9NoTech reports a class alert on a country's suppliers with neither
// technology nor a security motive told ("Canada bans Chinese firms from
// buying stakes in lithium miners"): not a trust event, unless it is a
// sanction.
func cl9NoTech(words []titleWord, lead string, best unit) bool {
	if best.category == trust.CategorySanctions || best.category == trust.CategoryReversal {
		return false
	}
	for _, v := range best.vendors {
		cw := titleWords(v.Class)
		if len(cw) == 0 || !cl9Suppliers[lower(cw[cl9Head(cw, 0, len(cw)-1)])] {
			return false
		}
	}
	return !techContext(words) && !cl9Motive(words, lead) && !techContext(titleWords(firstSentence(lead)))
}

// cl9Head is the kind heading a class phrase lo..hi: its last word before
// any preposition ("companies linked to Chinese
// military": companies).
func cl9Head(ws []titleWord, lo, hi int) int {
	for i := lo; i <= hi; i++ {
		if cl9Preps[lower(ws[i])] || cl9Ties[lower(ws[i])] {
			if i > lo {
				return i - 1
			}
			break
		}
	}
	return hi
}

// cl9Countried reports a country in a class phrase: a duty on one
// country's kind has the foreign-control motive.
func cl9Countried(ws []titleWord) bool {
	for _, w := range ws {
		if cl9Country(lower(w)) {
			return true
		}
	}
	return false
}

// cl9Passed reports a passage or a signature in a title: "House passes
// bill that could ban ...", "governor signs law".
func cl9Passed(words []titleWord) bool {
	return inWords(words, cl9Passage) && !inWords(words, cl9Committees)
}

var (
	cl9Drafts     = wordSet("draft drafts drafted drafting")
	cl9Bills      = wordSet("bill bills")
	cl9Committees = wordSet("committee subcommittee panel")
)

// cl9Action finds the title's action: a verb of barring with an
// authority or instrument before it (or after it, passive), a duty of
// permission or testing, or an instrument enacted.
func cl9Action(words []titleWord) (cl9Act, bool) {
	var enacted *cl9Act
	spared := false
	for v, w := range words {
		lw := lower(w)
		switch {
		case cl9Bar[lw]:
			if cl9Negated(words, v) {
				spared = true
				continue
			}
			if cl9Exports(words, v) {
				continue
			}
			if lw == "restrictions" || lw == "prohibition" || lw == "ban" && (v == 0 || !strings.EqualFold(words[v-1].text, "to") && !cl9Actor(lower(words[v-1]))) {
				// a noun: "restrictions on", "ban on" ("to ban", "states
				// ban" are verbs)
				if v+1 >= len(words) || !oneOf(lower(words[v+1]), "on", "to", "for") {
					continue
				}
			}
			passive := strings.HasSuffix(lw, "ed") || lw == "forbidden"
			if !cl9ActorBefore(words, v) && !(passive && cl9ActorAny(words)) {
				continue
			}
			return cl9Act{v: v, obj: cl9ObjStart(words, v, passive), cat: cl9Category(words, v), enact: enacted != nil, spared: spared}, true
		case cl9Rid[lw] && v > 0 && strings.EqualFold(words[v-1].text, "to") && cl9ActorBefore(words, v):
			// "urges states to phase out high-risk suppliers", "Germany
			// to strip ...": riddance in the infinitive
			return cl9Act{v: v, obj: v + 1, cat: cl9Category(words, v-1)}, true
		case lw == "only" && cl16OnlyTrusted(words, v) && cl9ActorAny(words):
			// "Telecom operators can buy network gear only from 'trusted
			// sources', DoT says" (cl16.go)
			return cl9Act{v: v, obj: 0, cat: trust.CategoryDirective}, true
		case cl9Subpoena[lw] && cl9ActorBefore(words, v):
			// "Commerce serves subpoenas on Chinese tech firms": the
			// compulsory first step of a review of a class (ICTS), a
			// listing's kind; its motive must be told (duty)
			return cl9Act{v: v, obj: v + 1, cat: trust.CategorySanctions, duty: true}, true
		case cl9Duty[lw]:
			for k := v + 1; k < len(words) && k <= v+6; k++ {
				if cl9Permits[lower(words[k])] && cl9ActorAny(words) {
					return cl9Act{v: v, obj: 0, cat: trust.CategoryBan, duty: true}, true
				}
			}
		case cl9Test[lw]:
			// "India to test imported equipment for malware", "Imported
			// gear must be tested for backdoors, ministry rules"
			for k := v + 1; k+1 < len(words) && k <= v+6; k++ {
				if strings.EqualFold(words[k].text, "for") && cl9Malicious[lower(words[k+1])] && cl9ActorAny(words) {
					return cl9Act{v: v, obj: cl9ObjStart(words, v, lw == "tested"), cat: trust.CategoryBan, duty: true}, true
				}
			}
		case cl9Enact[lw] && enacted == nil && cl9ActorBefore(words, v):
			for k := v + 1; k < len(words) && k <= v+5; k++ {
				lk := lower(words[k])
				if cl9Instruments[lk] && (lk != "bill" || cl9Passage[lw]) {
					enacted = &cl9Act{v: v, obj: v + 1, cat: cl9Category(words, v), enact: true}
					break
				}
			}
		case (lw == "becomes" || lw == "became") && v+1 < len(words) && strings.EqualFold(words[v+1].text, "law") ||
			lw == "into" && v+1 < len(words) && oneOf(lower(words[v+1]), "law", "force") ||
			lw == "effect" && v > 0 && oneOf(lower(words[v-1]), "takes", "take", "took", "into") ||
			lw == "assent" && v > 0 && strings.EqualFold(words[v-1].text, "royal"):
			if enacted == nil && inWords(words[:v], cl9Instruments) {
				enacted = &cl9Act{v: v, obj: 0, cat: trust.CategoryBan, enact: true}
			}
		}
	}
	if enacted != nil {
		return *enacted, true
	}
	return cl9Act{}, false
}

// cl9ActorBefore reports an authority or instrument before the verb at v
// in its clause ("Texas law bars", "India to test", "Trump bans").
func cl9ActorBefore(words []titleWord, v int) bool {
	for k := v - 1; k >= 0; k-- {
		if words[k].stop && k < v-1 {
			return false
		}
		if cl9Actor(lower(words[k])) || cl9Service(words, k) {
			return true
		}
	}
	return false
}

// cl9ActorAny reports an authority or instrument anywhere in words.
func cl9ActorAny(words []titleWord) bool {
	for _, w := range words {
		if cl9Actor(lower(w)) {
			return true
		}
	}
	return false
}

// cl9Negated reports an action stopped short: "stops short of Huawei
// ban", "rules out a ban", "no ban on".
func cl9Negated(words []titleWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		lk := lower(words[k])
		if cl9Neg[lk] && (lk != "out" || k > 0 && oneOf(lower(words[k-1]), "rules", "ruled", "rule")) {
			return true
		}
		if k < v-1 && words[k].stop {
			break
		}
	}
	return false
}

// cl9Exports reports a state's curb on its own exports ("China bans
// exports of rare earth technology"): no trust event, unless a list is
// extended ("export blacklist").
func cl9Exports(words []titleWord, v int) bool {
	for k := v + 1; k < len(words) && k <= v+3; k++ {
		if oneOf(lower(words[k]), "export", "exports", "exporting") {
			return !inWords(words, cl9Sanctions)
		}
	}
	return false
}

// cl9ObjStart is where an action's class may stand: after the verb, or
// anywhere for a passive ("Chinese firms barred from ...").
func cl9ObjStart(words []titleWord, v int, passive bool) int {
	if passive {
		return 0
	}
	return v + 1
}

// cl9Category is an action's category: a sanction when investment is
// barred or a list extended, a directive when others are told or let to
// act ("lets states restrict"), else a ban.
func cl9Category(words []titleWord, v int) trust.Category {
	if inWords(words, cl9Sanctions) {
		return trust.CategorySanctions
	}
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		lk := lower(words[k])
		if cl9Advice[lk] {
			return trust.CategoryDirective // "EU toolbox urges curbs on high-risk suppliers"
		}
		if cl9Lets[lk] {
			for j := k + 1; j < v; j++ {
				if cl9Others[lower(words[j])] {
					return trust.CategoryDirective
				}
			}
			break
		}
	}
	return trust.CategoryBan
}

// cl9LeadBar finds a verb of barring in a lead's first sentence: the
// action of an act the title says was enacted.
func cl9LeadBar(words []titleWord) (cl9Act, bool) {
	for v, w := range words {
		if cl9Bar[lower(w)] && !cl9Negated(words, v) {
			return cl9Act{v: v, obj: v + 1, cat: trust.CategoryBan}, true
		}
	}
	return cl9Act{}, false
}

// cl9Class finds the class an action acts on, from act.obj on: a kind
// with a qualifier of origin or risk before it or after it, or a kind
// under a trust regime the title names ("trusted sources"). lo..hi is the
// phrase.
func cl9Class(words []titleWord, act cl9Act) (int, int, bool) {
	titleCase := isTitleCase(words)
	for j := act.obj; j < len(words); j++ {
		lj := lower(words[j])
		if j == act.v || !cl9Kinds[lj] || hasUpperOrDigit(words[j].text) && productClasses[lj] == "" && !titleCase {
			continue // a capitalised kind word is a name ("Remote Access"), but "CCTV" and a Title Case headline's are kinds
		}
		if !words[j].stop && j+1 < len(words) && cl9Kinds[lower(words[j+1])] {
			continue // "drone fleet", "suppliers' equipment": the last noun heads
		}
		lo, hi := j, j
		if q, ok := cl9QualBefore(words, j); ok && q >= act.obj {
			lo = q
		}
		if q, ok := cl9QualAfter(words, j); ok {
			hi = q
		}
		if lo == j && hi == j {
			continue
		}
		if lj == "access" && (j == 0 || lower(words[j-1]) != "remote") {
			continue // "limit China's access to chips": no kind, an export rule
		}
		// the kind's own words before it: "remote access", "drone fleet",
		// "power equipment"
		for lo > act.obj && lo == j && !words[lo-1].stop && !stopWords[lower(words[lo-1])] && !activeVerb(lower(words[lo-1])) &&
			!cl9Bar[lower(words[lo-1])] && !govUses[lower(words[lo-1])] && !hasUpperOrDigit(words[lo-1].text) && j-lo < 2 {
			lo--
		}
		return lo, hi, true
	}
	if lo, hi, ok := cl16KindBeforeTrusted(words); ok {
		return lo, hi, true // "can buy network gear only from 'trusted sources'" (cl16.go)
	}
	// A kind under a trust regime: "approves 'trusted sources' rule for
	// telecom gear".
	for i := 0; i+1 < len(words); i++ {
		if !strings.EqualFold(words[i].text, "trusted") || !oneOf(lower(words[i+1]), "sources", "source", "vendors", "suppliers") {
			continue
		}
		for j := i + 2; j+1 < len(words); j++ {
			if oneOf(lower(words[j]), "for", "on", "covering") {
				for k := j + 1; k < len(words) && k <= j+3; k++ {
					if cl9Kinds[lower(words[k])] && (words[k].stop || k+1 == len(words) || !cl9Kinds[lower(words[k+1])]) {
						return j + 1, k, true
					}
				}
			}
		}
	}
	return 0, 0, false
}

// cl9QualBefore finds a country or risk word up to four words before a
// kind, over the kind's own words and a list of countries ("Chinese,
// Russian firms", "high-risk 5G suppliers").
func cl9QualBefore(words []titleWord, j int) (int, bool) {
	q := -1
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		lk := lower(words[k])
		if activeVerb(lk) || cl9Bar[lk] || notProducts[lk] || stopWords[lk] && lk != "and" && lk != "security" { // "Chinese-made security cameras" (cl12)
			break
		}
		isC := cl9Country(lk)
		if isC && recipientClass(words, k) {
			break // "bars sales of AI chips to Chinese companies": exports
		}
		isQ := isC || cl9Risk[lk]
		if words[k].stop && !(isQ && q == k+1) && k < j-1 {
			break
		}
		if isQ {
			q = k
		}
	}
	return q, q >= 0
}

// cl9QualAfter finds a qualifier up to five words after a kind: a
// preposition (with a tie before it: "linked to", "based in") and a
// country or risk word, with its tail ("from neighbouring countries",
// "linked to Chinese military", "of blacklisted firms", "on its Covered
// List"). After "over" or "with" only parts qualify ("drone fleet over
// Chinese-made parts"): "devices over China ties" is a motive.
func cl9QualAfter(words []titleWord, j int) (int, bool) {
	for k := j + 1; k < len(words) && k <= j+3; k++ {
		lk := lower(words[k])
		if words[k-1].stop {
			return 0, false
		}
		if cl9Ties[lk] {
			continue
		}
		if !cl9Preps[lk] || lk == "to" && !cl9Ties[lower(words[k-1])] {
			return 0, false
		}
		for q := k + 1; q < len(words) && q <= k+3; q++ {
			lq := lower(words[q])
			if strings.HasSuffix(lq, "ing") && !oneOf(lq, "neighbouring", "neighboring", "bordering") {
				// "firms from building China factories": what the
				// firms may not do, not where they come from.
				return 0, false
			}
			if cl9Country(lq) || cl9Risk[lq] || cl9OfConcern(words, q) || cl16Described(words, q) {
				tail := !words[q].stop && q+1 < len(words) && cl9QualTails[lower(words[q+1])]
				if cl9PartPreps[lk] && !(tail && cl9Parts[lower(words[q+1])]) {
					return 0, false
				}
				if tail {
					q++
				}
				if cl9OfConcern(words, q) {
					q += 2
				}
				return q, true
			}
			if lk == "on" && oneOf(lq, "list", "blacklist") {
				return q, true // "companies on its Covered List"
			}
			if words[q].stop {
				break
			}
		}
		return 0, false
	}
	return 0, false
}

// cl9Country reports a country's word: "Chinese", "Russia", and its
// compounds ("Chinese-owned", "China-linked", "Russia-based").
func cl9Country(w string) bool {
	if i := strings.IndexByte(w, '-'); i > 0 {
		if !cl9Ties[w[i+1:]] && !oneOf(w[i+1:], "brand", "branded") {
			return false // "Russian-registered cars" are where they are registered
		}
		w = w[:i]
	}
	_, ok := classCountries[w]
	return ok || places[w] && !placeParts[w]
}

// cl9OfConcern reads "countries of concern" at q.
func cl9OfConcern(words []titleWord, q int) bool {
	return q+2 < len(words) && oneOf(lower(words[q]), "countries", "nations", "jurisdictions") &&
		strings.EqualFold(words[q+1].text, "of") && strings.EqualFold(words[q+2].text, "concern")
}

// cl9PartPreps take parts as a kind's qualifier; cl9Parts are those parts.
var (
	cl9PartPreps = wordSet("over with containing using")
	cl9Parts     = wordSet("parts components chips software modules hardware")
)

// cl9Reach is a class phrase's country and registry category: its last
// product word and its countries ("drone fleet over Chinese-made parts"
// is China's drones). With no category the class reaches no registry
// vendor ("?").
func cl9Reach(ws []titleWord) (country, category string) {
	var countries []string
	foreign := false
	for _, w := range ws {
		lw := lower(w)
		if c, ok := productClasses[lw]; ok {
			category = c
		}
		if i := strings.IndexByte(lw, '-'); i > 0 && !strings.HasSuffix(lw, "-made") {
			lw = lw[:i] // "Chinese-owned": China
		}
		if c, ok := classCountries[lw]; ok {
			if c == "" {
				foreign = true
			} else if !slices.Contains(countries, c) {
				countries = append(countries, c)
			}
		}
	}
	switch {
	case category == "":
		return "?", ""
	case len(countries) > 0:
		return strings.Join(countries, ","), category
	case foreign:
		return "", category
	}
	return "?", category
}

// class9Vetoed reports a candidate the chain gave that the family's
// evidence refuses: a draft ("Poland drafts law that could exclude
// Huawei"), a ban stopped short ("EU stops short of Huawei ban"), a class
// action that is trade policy, land or an intention, or an authority
// taken for the vendor ("Pentagon": an authority is never the
// vendor).
func class9Vetoed(title, lead string, best unit) bool {
	if len(best.vendors) > 0 && !best.across {
		words := titleWords(title)
		// A draft is talk until a chamber passes it ("Parliament passes
		// draft law that would ban Huawei": trust-events.md counts it).
		if inWords(words, cl9Drafts) && !cl9Passed(words) {
			return true
		}
		if best.vendors[0].Class != "" {
			// "bars Chinese citizens and companies from buying land",
			// "plans to ban Chinese-made inverters", "restricts Chinese
			// medical device makers ... retaliates"
			return cl9NonTechIn(words) || cl9Intends(words) || cl9TradeOnly(title, lead) || cl9NoTech(words, lead, best)
		}
		for v := 2; v < len(words); v++ {
			if !strings.EqualFold(words[v].text, "ban") {
				continue
			}
			for k := v - 2; k >= 0 && k >= v-4; k-- {
				if strings.EqualFold(words[k].text, "short") {
					return true // "stops short of Huawei ban"
				}
			}
		}
	}
	for _, v := range best.vendors {
		if !v.Unlisted || v.Class != "" {
			return false
		}
		for _, f := range strings.Fields(v.Name) {
			if lf := strings.ToLower(f); !authorities[lf] && !govHeadsOfState[lf] && !cl9Actors[lf] { // "Abbott bans ...": the actor, no vendor
				return false
			}
		}
	}
	return len(best.vendors) > 0
}

// class9Investment makes a ban on investing in a kind or a vendor a
// sanction ("Treasury rule bars US investment in Chinese AI companies",
// "investment ban on Chinese surveillance firms"): the outbound
// investment rules and the military-company orders are sanctions
// regimes.
func class9Investment(title string, u *unit) {
	if u.category != trust.CategoryBan || !hasWordIn(title, cl9Invest) {
		return
	}
	words := titleWords(title)
	for v, w := range words {
		if !cl9Invest[lower(w)] {
			continue
		}
		for k := max(0, v-2); k <= v+1 && k < len(words); k++ {
			if k != v && cl9Bar[lower(words[k])] {
				u.category = trust.CategorySanctions
				return
			}
		}
	}
}

var cl9Invest = wordSet("investment investments investing")

// namesVendor reports a registry vendor among hits.
func (m *Matcher) namesVendor(hs []hit) bool {
	for _, h := range hs {
		if m.hasVendor[h.pat] {
			return true
		}
	}
	return false
}
