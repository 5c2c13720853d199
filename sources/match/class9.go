package match

import (
	"slices"
	"strings"

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

// c9Rid are riddance in the infinitive ("to phase out", "to remove");
// c9Bar the verbs of barring in every form, and the nouns of a bar
// ("restrictions on").
var c9Rid = set("phase", "remove", "replace", "rip", "drop", "ditch", "purge", "strip", "exclude")

// c9Subpoena are an authority's compulsory process on a class.
var c9Subpoena = set("subpoenas", "subpoenaed")

var c9Bar = set("ban", "bans", "banned", "banning", "bar", "bars", "barred", "barring", "restrict", "restricts",
	"restricted", "restricting", "limit", "limits", "limiting", "curb", "curbs", "curbed", "curbing", "exclude",
	"excludes", "excluded", "excluding", "block", "blocks", "blocked", "blocking", "prohibit", "prohibits",
	"prohibited", "prohibiting", "forbid", "forbids", "forbade", "forbidden", "forbidding", "outlaw", "outlaws",
	"outlawed", "outlawing", "ground", "grounds", "grounded", "grounding", "strip", "strips", "stripped",
	"stripping", "purge", "purges", "purged", "restrictions", "prohibition")

// c9Duty are the verbs of a duty and c9Permits what it requires: "need
// government permission", "subject to prior approval", "must register".
var (
	c9Duty    = set("require", "requires", "required", "requiring", "need", "needs", "needing", "subject", "must", "mandates", "mandate", "mandated")
	c9Permits = set("permission", "approval", "clearance", "registration", "register", "testing", "tests", "inspection",
		"inspections", "licence", "licences", "license", "licenses", "licensing", "authorization", "authorisation",
		"screening", "vetting", "certification", "permit", "permits")
	// c9Test verbs test a kind for c9Malicious code: "to test imported
	// equipment for malware".
	c9Test      = set("test", "tests", "testing", "tested", "inspect", "inspects", "inspected", "screen", "screens", "check", "checks", "vet", "vets", "audit", "audits")
	c9Malicious = set("malware", "backdoor", "backdoors", "trojan", "trojans", "spyware", "malicious", "implants", "spying")
)

// c9Enact enact an instrument (c9Instruments): "approves rule",
// "finalizes rule", "signs law", "expands Entity List restrictions".
var (
	c9Enact = set("approves", "approved", "approve", "adopts", "adopted", "adopt", "finalizes", "finalized", "finalises",
		"finalised", "finalize", "finalise", "passes", "passed", "pass", "signs", "signed", "sign", "enacts", "enacted",
		"enact", "issues", "issued", "unveils", "unveiled", "publishes", "published", "clears", "cleared", "notifies",
		"notified", "amends", "amended", "extends", "extended", "expands", "expanded", "tightens", "tightened", "imposes",
		"imposed")
	c9Instruments = set("rule", "rules", "law", "laws", "act", "bill", "directive", "directives", "order", "decree",
		"regulation", "regulations", "ordinance", "amendment", "amendments", "policy", "restrictions", "curbs", "ban",
		"prohibition", "regime", "framework", "toolbox", "guidelines", "measures", "resolution", "powers", "list")
	// c9Passage: a bill's passage ("passes", "signed") makes it an act.
	c9Passage = set("passes", "passed", "signs", "signed", "clears", "cleared", "approves", "approved", "adopts",
		"adopted", "enacts", "enacted", "becomes", "became", "assent")
)

// c9Lets give others leave to act: with others after them (c9Others), an
// action is a directive ("lets states restrict high-risk suppliers").
// c9Advice tell or urge: a directive ("urges member states to exclude").
var (
	c9Lets   = set("lets", "let", "letting", "allows", "allowed", "allowing", "empowers", "empowering", "enables", "enabling")
	c9Advice = set("urges", "urged", "urging", "tells", "told", "asks", "asked", "advises", "advised", "recommends",
		"recommended", "encourages", "encouraged")
	c9Others = func() map[string]bool {
		m := set("states", "member", "members", "countries", "governments", "utilities", "telcos", "capitals")
		for w := range addressees {
			m[w] = true
		}
		return m
	}()
)

// c9Kinds head a class: kinds of product (the class readers' heads and
// govclass's generic nouns) and those who supply them.
var c9Kinds = func() map[string]bool {
	m := set("suppliers", "supplier", "vendors", "vendor", "bidders", "bidder", "contractors", "contractor", "sources",
		"supplies", "parts", "fleet", "fleets", "subsidiaries", "affiliates", "providers", "firms", "companies", "makers",
		"manufacturers", "entities", "businesses", "developers", "goods", "technologies", "component")
	for w := range govHeads {
		m[w] = true
	}
	return m
}()

// c9Risk qualify a kind as a class by risk or origin, as a country does:
// "high-risk vendors", "untrusted suppliers", "imported equipment",
// "bidders from neighbouring countries", "subsidiaries of blacklisted
// firms".
var c9Risk = set("high-risk", "untrusted", "risky", "hostile", "adversary", "adversarial", "adversaries",
	"foreign-adversary", "non-eu", "non-trusted", "untrustworthy", "unvetted", "blacklisted", "sanctioned", "imported",
	"foreign", "foreign-made", "foreign-owned", "foreign-controlled", "foreign-built", "neighbouring", "neighboring",
	"unreliable")

// c9QualTails end a qualifier after its country or risk word: "Chinese
// military", "neighbouring countries", "foreign adversaries".
var c9QualTails = set("military", "government", "state", "army", "countries", "country", "nations", "nation",
	"states", "jurisdictions", "adversaries", "regimes", "companies", "firms", "entities", "parts", "components",
	"chips", "software", "modules", "hardware", "concern", "makers", "manufacturers", "vendors", "suppliers",
	"intelligence", "brands")

// c9Preps tie a kind to its qualifier after it; c9Ties may stand
// between ("companies linked to", "makers based in", "firms owned by").
var (
	c9Preps = set("from", "in", "of", "by", "with", "over", "containing", "using", "to", "on")
	c9Ties  = set("linked", "tied", "connected", "owned", "controlled", "based", "headquartered", "made", "built",
		"manufactured", "designed", "supplied", "produced", "affiliated", "backed")
)

// c9Actors are authorities the authorities list lacks: the US states
// it does not hold and a president acting by order.
var c9Actors = set("trump", "president", "white", "kremlin", "legislature", "governor", "alabama", "alaska", "arizona",
	"arkansas", "colorado", "connecticut", "delaware", "georgia", "hawaii", "idaho", "illinois", "iowa", "kansas",
	"kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
	"missouri", "nebraska", "nevada", "oklahoma", "oregon", "pennsylvania", "tennessee", "vermont", "wisconsin",
	"wyoming", "california", "carolina", "dakota")

// c9Actor reports an authority by name or shape, or its instrument
// (authorities gains the world's states at init: read it then).
func c9Actor(w string) bool {
	return authorities[w] || govHeadsOfState[w] || c9Instruments[w] || c9Actors[w]
}

// c9Service reports a state's service by its name: "Forest Service",
// "Park Service" (authorityHeads leaves "service" out: a company's too).
func c9Service(words []titleWord, k int) bool {
	return k > 0 && words[k].text == "Service" && hasUpperOrDigit(words[k-1].text)
}

// c9Talk are steps not taken: drafts, proposals, plans, hearings and
// studies, and the modal of what a measure "could" do.
var c9Talk = set("draft", "drafts", "drafted", "drafting", "proposes", "proposed", "proposal", "proposals", "proposing",
	"propose", "consults", "consultation", "consulting", "hearing", "hearings",
	"hears", "testimony", "testify", "testifies", "study", "studies", "survey", "could", "would", "might", "seeks",
	"debate", "debates", "debating", "committee", "subcommittee", "panel", "introduces", "introduced")

// c9Intends reads a step only intended or threatened: "plans to ban",
// "preparing to restrict", "threatens to ban", "working on rules to";
// and a finding about past steps ("report finds agencies ignored ban").
func c9Intends(words []titleWord) bool {
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
		case "report", "study", "audit", "survey", "review", "analysis", "researchers":
			if oneOf(lower(words[i+1]), "finds", "found", "shows", "showed", "reveals", "revealed") {
				return true
			}
		}
	}
	return false
}

// c9Trade are trade measures and motives: no trust event without a
// security motive ("retaliates against Chinese rules that discriminate",
// "to boost domestic manufacturing").
var c9Trade = set("tariff", "tariffs", "duties", "anti-dumping", "dumping", "quota", "quotas", "levy", "levies",
	"retaliates", "retaliation", "retaliatory", "reciprocity", "reciprocal", "discriminate", "discriminates",
	"discrimination", "subsidies", "subsidy", "anti-subsidy", "domestic", "overcapacity")

// c9TradeOnly reports a trade motive in the title or the lead with no
// security one.
func c9TradeOnly(title, lead string) bool {
	return (hasWordIn(title, c9Trade) || hasWordIn(lead, c9Trade)) && !hasWordIn(title, c9Security) && !hasWordIn(lead, c9Security)
}

// c9Suppliers head a class of suppliers rather than of products: with no
// product word, such a class needs a motive or technology told
// ("bars foreign companies from bidding on oil fields" is none).
var c9Suppliers = set("firms", "companies", "entities", "businesses", "bidders", "contractors", "suppliers", "vendors",
	"makers", "manufacturers", "providers", "developers", "subsidiaries", "affiliates", "sources", "supplies")

// c9Security are a security motive's words in a title.
var c9Security = set("security", "malware", "spying", "espionage", "backdoor", "backdoors", "cyber", "cybersecurity",
	"hacking", "surveillance", "threat", "threats", "trusted", "untrusted", "high-risk", "adversary", "adversaries",
	"intelligence")

// c9Sanctions make an action on a class a sanction: investment barred, a
// list extended.
var c9Sanctions = set("investment", "investments", "investing", "invest", "securities", "entity", "blacklist",
	"blacklisted", "sanctions", "sdn")

// c9Neg stop an action short: "stops short of Huawei ban", "rules out
// ban", "no ban on".
var c9Neg = set("short", "no", "not", "without", "declines", "declined", "refuses", "refused", "out")

// class9Open reports whether a title holds the words of one of
// class9Alert's actions and an authority or an instrument, without
// allocating: a verb of barring, a duty with what it requires, a test
// for malicious code, or an instrument enacted or in force.
func class9Open(title string) bool {
	if !hasWordIn(title, c9Bar) && !hasWordIn(title, c9Rid) && !hasWordIn(title, c9Subpoena) && !(hasWordIn(title, c9Duty) && hasWordIn(title, c9Permits)) &&
		!(hasWordIn(title, c9Test) && hasWordIn(title, c9Malicious)) &&
		!((hasWordIn(title, c9Enact) || hasWordIn(title, c9InForce)) && hasWordIn(title, c9Instruments)) {
		return false
	}
	return hasWordIn(title, authorities) || hasWordIn(title, govHeadsOfState) || hasWordIn(title, c9Instruments) ||
		hasWordIn(title, c9Actors) || hasWordIn(title, c9Services)
}

// c9Services open the gate for c9Service's actors.
var c9Services = set("service")

// c9InForce are the words of an instrument in force: "becomes law",
// "signed into law", "takes effect".
var c9InForce = set("becomes", "became", "into", "effect", "assent")

// class9Opens is class9Alert's opener (openers.go): a title with no
// registry vendor and no lexicon term goes past match's early exit only
// when the family's reading finds an action and a class in it.
func class9Opens(_ *Matcher, title, body string, _ gateBits) bool {
	_, ok := class9Read(title, body)
	return ok
}

// c9Act is an action found in a title or a lead: where its verb stands,
// where the class may start, and its category.
type c9Act struct {
	v, obj int
	cat    trust.Category
	enact  bool // an instrument enacted: the lead may name its class
	spared bool // an action stopped short before it: the vendor named is spared
	duty   bool // a duty of permission or testing: a security motive must be told
}

// c9Reading is the family's reading of a title and its lead: the
// title's words and action, and the class as written with its reach.
type c9Reading struct {
	words                     []titleWord
	act                       c9Act
	phrase, country, category string
	across                    bool // the class is the lead's
}

// class9Read finds an authority's action and its class in a title, or
// the class in the lead's first sentence when the title enacts an
// instrument with a security motive and names none.
func class9Read(title, lead string) (c9Reading, bool) {
	if !class9Open(title) {
		return c9Reading{}, false
	}
	words := titleWords(unquote(title))
	if c9Refused(words) {
		return c9Reading{}, false
	}
	act, ok := c9Action(words)
	if !ok {
		return c9Reading{}, false
	}
	r := c9Reading{words: words, act: act}
	src, srcWords := unquote(title), words
	lo, hi, ok := c9Class(words, act)
	if !ok && act.enact && inWords(words, c9Security) {
		// "UK Telecommunications Security Act becomes law" — "... powers
		// ... restricting high-risk suppliers' equipment": the act's
		// class is the lead's.
		src = unquote(firstSentence(lead))
		srcWords = titleWords(src)
		if la, found := c9LeadBar(srcWords); found {
			lo, hi, ok = c9Class(srcWords, la)
			r.across = true
		}
	}
	if !ok || c9TradeOnly(title, lead) {
		return c9Reading{}, false
	}
	if c9Suppliers[lower(srcWords[c9Head(srcWords, lo, hi)])] {
		if !techContext(words) && !c9Motive(words, lead) && act.cat != trust.CategorySanctions && !techContext(titleWords(firstSentence(lead))) {
			return c9Reading{}, false
		}
	}
	if act.duty && !c9Motive(words, lead) && !c9Countried(srcWords[lo:hi+1]) {
		return c9Reading{}, false // a duty on imports alone is trade policy
	}
	r.phrase = strings.Join(strings.Fields(strings.Trim(src[srcWords[lo].start:srcWords[hi].end], "'‘’")), " ") // a quote blanked leaves spaces
	r.country, r.category = c9Reach(srcWords[lo : hi+1])
	return r, true
}

// class9Alert is an authority's action on a class across the title and
// the lead's first sentence (class9.go's header).
func (m *Matcher) class9Alert(title, lead string, hits []hit, question bool) unit {
	if question {
		return unit{}
	}
	r, ok := class9Read(title, lead)
	if !ok {
		return unit{}
	}
	extra := trust.SignalHit{Term: r.words[r.act.v].text, Category: r.act.cat, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, false, question, &extra, true)
	if !u.ok || len(u.vendors) > 0 && !r.act.spared {
		return unit{} // a vendor named is acted on, not a class
	}
	u.category = r.act.cat
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

// c9Refused reports a title whose step is not taken or not the family's:
// talk, a bill no chamber passed, a rumour, lawmakers' moves, content.
func c9Refused(words []titleWord) bool {
	if inWords(words, c9Talk) && (!c9Passed(words) || inWords(words, c9Drafts)) {
		return true
	}
	if inWords(words, c9Bills) && !c9Passed(words) {
		return true
	}
	return rumoured(words) || weighedGerund(words) || legislatorsMove(words) || inWords(words, govContentWords) ||
		c9NonTechIn(words) || c9Intends(words) || inWords(words, c9Undo)
}

// c9Undo are a court's or an authority's undoing, and a prediction: the
// reversal readers' (classrev.go), not an action on a class ("Judge
// enjoins rule forcing contractors to drop Chinese cameras, lawyers
// predict").
var c9Undo = set("enjoins", "enjoined", "vacates", "vacated", "overturns", "overturned", "quashes", "quashed",
	"annuls", "annulled", "rescinds", "rescinded", "repeals", "repealed", "predict", "predicts", "predicted")

// c9NonTechIn reports a lower-case word of c9NonTech: "Media Land" is a
// name.
func c9NonTechIn(words []titleWord) bool {
	for _, w := range words {
		if c9NonTech[w.text] {
			return true
		}
	}
	return false
}

// c9NonTech are objects of a ban that are no technology ("bars Chinese
// citizens and companies from buying land"), or a censor's ("bans
// foreign firms from online publishing").
var c9NonTech = set("land", "farmland", "property", "properties", "estate", "homes", "housing", "agricultural",
	"students", "visas", "publishing", "broadcasting", "media", "news",
	"journalists", "websites")

// c9Motive reports a security motive in the title or the lead: a duty of testing or
// permission is a trust event only for one ("Indonesia requires local
// testing for imported smartphones" is industrial policy).
func c9Motive(words []titleWord, lead string) bool {
	return inWords(words, c9Security) || inWords(words, c9Malicious) || hasWordIn(lead, c9Security) || hasWordIn(lead, c9Malicious)
}

// c9NoTech reports a class alert on a country's suppliers with neither
// technology nor a security motive told ("Canada bans Chinese firms from
// buying stakes in lithium miners"): not a trust event, unless it is a
// sanction.
func c9NoTech(words []titleWord, lead string, best unit) bool {
	if best.category == trust.CategorySanctions || best.category == trust.CategoryReversal {
		return false
	}
	for _, v := range best.vendors {
		cw := titleWords(v.Class)
		if len(cw) == 0 || !c9Suppliers[lower(cw[c9Head(cw, 0, len(cw)-1)])] {
			return false
		}
	}
	return !techContext(words) && !c9Motive(words, lead) && !techContext(titleWords(firstSentence(lead)))
}

// c9Head is the kind heading a class phrase lo..hi: its last word before
// any preposition ("companies linked to Chinese
// military": companies).
func c9Head(ws []titleWord, lo, hi int) int {
	for i := lo; i <= hi; i++ {
		if c9Preps[lower(ws[i])] || c9Ties[lower(ws[i])] {
			if i > lo {
				return i - 1
			}
			break
		}
	}
	return hi
}

// c9Countried reports a country in a class phrase: a duty on one
// country's kind has the foreign-control motive.
func c9Countried(ws []titleWord) bool {
	for _, w := range ws {
		if c9Country(lower(w)) {
			return true
		}
	}
	return false
}

// c9Passed reports a passage or a signature in a title: "House passes
// bill that could ban ...", "governor signs law".
func c9Passed(words []titleWord) bool {
	return inWords(words, c9Passage) && !inWords(words, c9Committees)
}

var (
	c9Drafts     = set("draft", "drafts", "drafted", "drafting")
	c9Bills      = set("bill", "bills")
	c9Committees = set("committee", "subcommittee", "panel")
)

// c9Action finds the title's action: a verb of barring with an
// authority or instrument before it (or after it, passive), a duty of
// permission or testing, or an instrument enacted.
func c9Action(words []titleWord) (c9Act, bool) {
	var enacted *c9Act
	spared := false
	for v, w := range words {
		lw := lower(w)
		switch {
		case c9Bar[lw]:
			if c9Negated(words, v) {
				spared = true
				continue
			}
			if c9Exports(words, v) {
				continue
			}
			if lw == "restrictions" || lw == "prohibition" || lw == "ban" && (v == 0 || !strings.EqualFold(words[v-1].text, "to") && !c9Actor(lower(words[v-1]))) {
				// a noun: "restrictions on", "ban on" ("to ban", "states
				// ban" are verbs)
				if v+1 >= len(words) || !oneOf(lower(words[v+1]), "on", "to", "for") {
					continue
				}
			}
			passive := strings.HasSuffix(lw, "ed") || lw == "forbidden"
			if !c9ActorBefore(words, v) && !(passive && c9ActorAny(words)) {
				continue
			}
			return c9Act{v: v, obj: c9ObjStart(words, v, passive), cat: c9Category(words, v), enact: enacted != nil, spared: spared}, true
		case c9Rid[lw] && v > 0 && strings.EqualFold(words[v-1].text, "to") && c9ActorBefore(words, v):
			// "urges states to phase out high-risk suppliers", "Germany
			// to strip ...": riddance in the infinitive
			return c9Act{v: v, obj: v + 1, cat: c9Category(words, v-1)}, true
		case c9Subpoena[lw] && c9ActorBefore(words, v):
			// "Commerce serves subpoenas on Chinese tech firms": the
			// compulsory first step of a review of a class (ICTS), a
			// listing's kind; its motive must be told (duty)
			return c9Act{v: v, obj: v + 1, cat: trust.CategorySanctions, duty: true}, true
		case c9Duty[lw]:
			for k := v + 1; k < len(words) && k <= v+6; k++ {
				if c9Permits[lower(words[k])] && c9ActorAny(words) {
					return c9Act{v: v, obj: 0, cat: trust.CategoryBan, duty: true}, true
				}
			}
		case c9Test[lw]:
			// "India to test imported equipment for malware", "Imported
			// gear must be tested for backdoors, ministry rules"
			for k := v + 1; k+1 < len(words) && k <= v+6; k++ {
				if strings.EqualFold(words[k].text, "for") && c9Malicious[lower(words[k+1])] && c9ActorAny(words) {
					return c9Act{v: v, obj: c9ObjStart(words, v, lw == "tested"), cat: trust.CategoryBan, duty: true}, true
				}
			}
		case c9Enact[lw] && enacted == nil && c9ActorBefore(words, v):
			for k := v + 1; k < len(words) && k <= v+5; k++ {
				lk := lower(words[k])
				if c9Instruments[lk] && (lk != "bill" || c9Passage[lw]) {
					enacted = &c9Act{v: v, obj: v + 1, cat: c9Category(words, v), enact: true}
					break
				}
			}
		case (lw == "becomes" || lw == "became") && v+1 < len(words) && strings.EqualFold(words[v+1].text, "law") ||
			lw == "into" && v+1 < len(words) && oneOf(lower(words[v+1]), "law", "force") ||
			lw == "effect" && v > 0 && oneOf(lower(words[v-1]), "takes", "take", "took", "into") ||
			lw == "assent" && v > 0 && strings.EqualFold(words[v-1].text, "royal"):
			if enacted == nil && inWords(words[:v], c9Instruments) {
				enacted = &c9Act{v: v, obj: 0, cat: trust.CategoryBan, enact: true}
			}
		}
	}
	if enacted != nil {
		return *enacted, true
	}
	return c9Act{}, false
}

// c9ActorBefore reports an authority or instrument before the verb at v
// in its clause ("Texas law bars", "India to test", "Trump bans").
func c9ActorBefore(words []titleWord, v int) bool {
	for k := v - 1; k >= 0; k-- {
		if words[k].stop && k < v-1 {
			return false
		}
		if c9Actor(lower(words[k])) || c9Service(words, k) {
			return true
		}
	}
	return false
}

// c9ActorAny reports an authority or instrument anywhere in words.
func c9ActorAny(words []titleWord) bool {
	for _, w := range words {
		if c9Actor(lower(w)) {
			return true
		}
	}
	return false
}

// c9Negated reports an action stopped short: "stops short of Huawei
// ban", "rules out a ban", "no ban on".
func c9Negated(words []titleWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		lk := lower(words[k])
		if c9Neg[lk] && (lk != "out" || k > 0 && oneOf(lower(words[k-1]), "rules", "ruled", "rule")) {
			return true
		}
		if k < v-1 && words[k].stop {
			break
		}
	}
	return false
}

// c9Exports reports a state's curb on its own exports ("China bans
// exports of rare earth technology"): no trust event, unless a list is
// extended ("export blacklist").
func c9Exports(words []titleWord, v int) bool {
	for k := v + 1; k < len(words) && k <= v+3; k++ {
		if oneOf(lower(words[k]), "export", "exports", "exporting") {
			return !inWords(words, c9Sanctions)
		}
	}
	return false
}

// c9ObjStart is where an action's class may stand: after the verb, or
// anywhere for a passive ("Chinese firms barred from ...").
func c9ObjStart(words []titleWord, v int, passive bool) int {
	if passive {
		return 0
	}
	return v + 1
}

// c9Category is an action's category: a sanction when investment is
// barred or a list extended, a directive when others are told or let to
// act ("lets states restrict"), else a ban.
func c9Category(words []titleWord, v int) trust.Category {
	if inWords(words, c9Sanctions) {
		return trust.CategorySanctions
	}
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		lk := lower(words[k])
		if c9Advice[lk] {
			return trust.CategoryDirective // "EU toolbox urges curbs on high-risk suppliers"
		}
		if c9Lets[lk] {
			for j := k + 1; j < v; j++ {
				if c9Others[lower(words[j])] {
					return trust.CategoryDirective
				}
			}
			break
		}
	}
	return trust.CategoryBan
}

// c9LeadBar finds a verb of barring in a lead's first sentence: the
// action of an act the title says was enacted.
func c9LeadBar(words []titleWord) (c9Act, bool) {
	for v, w := range words {
		if c9Bar[lower(w)] && !c9Negated(words, v) {
			return c9Act{v: v, obj: v + 1, cat: trust.CategoryBan}, true
		}
	}
	return c9Act{}, false
}

// c9Class finds the class an action acts on, from act.obj on: a kind
// with a qualifier of origin or risk before it or after it, or a kind
// under a trust regime the title names ("trusted sources"). lo..hi is the
// phrase.
func c9Class(words []titleWord, act c9Act) (int, int, bool) {
	titleCase := isTitleCase(words)
	for j := act.obj; j < len(words); j++ {
		lj := lower(words[j])
		if j == act.v || !c9Kinds[lj] || hasUpperOrDigit(words[j].text) && productClasses[lj] == "" && !titleCase {
			continue // a capitalised kind word is a name ("Remote Access"), but "CCTV" and a Title Case headline's are kinds
		}
		if !words[j].stop && j+1 < len(words) && c9Kinds[lower(words[j+1])] {
			continue // "drone fleet", "suppliers' equipment": the last noun heads
		}
		lo, hi := j, j
		if q, ok := c9QualBefore(words, j); ok && q >= act.obj {
			lo = q
		}
		if q, ok := c9QualAfter(words, j); ok {
			hi = q
		}
		if lo == j && hi == j {
			continue
		}
		// the kind's own words before it: "remote access", "drone fleet",
		// "power equipment"
		for lo > act.obj && lo == j && !words[lo-1].stop && !stopWords[lower(words[lo-1])] && !activeVerb(lower(words[lo-1])) &&
			!c9Bar[lower(words[lo-1])] && !govUses[lower(words[lo-1])] && !hasUpperOrDigit(words[lo-1].text) && j-lo < 2 {
			lo--
		}
		return lo, hi, true
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
					if c9Kinds[lower(words[k])] && (words[k].stop || k+1 == len(words) || !c9Kinds[lower(words[k+1])]) {
						return j + 1, k, true
					}
				}
			}
		}
	}
	return 0, 0, false
}

// c9QualBefore finds a country or risk word up to four words before a
// kind, over the kind's own words and a list of countries ("Chinese,
// Russian firms", "high-risk 5G suppliers").
func c9QualBefore(words []titleWord, j int) (int, bool) {
	q := -1
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		lk := lower(words[k])
		if activeVerb(lk) || c9Bar[lk] || notProducts[lk] || stopWords[lk] && lk != "and" {
			break
		}
		isC := c9Country(lk)
		if isC && recipientClass(words, k) {
			break // "bars sales of AI chips to Chinese companies": exports
		}
		isQ := isC || c9Risk[lk]
		if words[k].stop && !(isQ && q == k+1) && k < j-1 {
			break
		}
		if isQ {
			q = k
		}
	}
	return q, q >= 0
}

// c9QualAfter finds a qualifier up to five words after a kind: a
// preposition (with a tie before it: "linked to", "based in") and a
// country or risk word, with its tail ("from neighbouring countries",
// "linked to Chinese military", "of blacklisted firms", "on its Covered
// List"). After "over" or "with" only parts qualify ("drone fleet over
// Chinese-made parts"): "devices over China ties" is a motive.
func c9QualAfter(words []titleWord, j int) (int, bool) {
	for k := j + 1; k < len(words) && k <= j+3; k++ {
		lk := lower(words[k])
		if words[k-1].stop {
			return 0, false
		}
		if c9Ties[lk] {
			continue
		}
		if !c9Preps[lk] || lk == "to" && !c9Ties[lower(words[k-1])] {
			return 0, false
		}
		for q := k + 1; q < len(words) && q <= k+3; q++ {
			lq := lower(words[q])
			if c9Country(lq) || c9Risk[lq] || c9OfConcern(words, q) {
				tail := !words[q].stop && q+1 < len(words) && c9QualTails[lower(words[q+1])]
				if c9PartPreps[lk] && !(tail && c9Parts[lower(words[q+1])]) {
					return 0, false
				}
				if tail {
					q++
				}
				if c9OfConcern(words, q) {
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

// c9Country reports a country's word: "Chinese", "Russia", and its
// compounds ("Chinese-owned", "China-linked", "Russia-based").
func c9Country(w string) bool {
	if i := strings.IndexByte(w, '-'); i > 0 {
		if !c9Ties[w[i+1:]] && !oneOf(w[i+1:], "brand", "branded") {
			return false // "Russian-registered cars" are where they are registered
		}
		w = w[:i]
	}
	_, ok := classCountries[w]
	return ok || places[w] && !placeParts[w]
}

// c9OfConcern reads "countries of concern" at q.
func c9OfConcern(words []titleWord, q int) bool {
	return q+2 < len(words) && oneOf(lower(words[q]), "countries", "nations", "jurisdictions") &&
		strings.EqualFold(words[q+1].text, "of") && strings.EqualFold(words[q+2].text, "concern")
}

// c9PartPreps take parts as a kind's qualifier; c9Parts are those parts.
var (
	c9PartPreps = set("over", "with", "containing", "using")
	c9Parts     = set("parts", "components", "chips", "software", "modules", "hardware")
)

// c9Reach is a class phrase's country and registry category: its last
// product word and its countries ("drone fleet over Chinese-made parts"
// is China's drones). With no category the class reaches no registry
// vendor ("?").
func c9Reach(ws []titleWord) (country, category string) {
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
		if inWords(words, c9Drafts) {
			return true
		}
		if best.vendors[0].Class != "" {
			// "bars Chinese citizens and companies from buying land",
			// "plans to ban Chinese-made inverters", "restricts Chinese
			// medical device makers ... retaliates"
			return c9NonTechIn(words) || c9Intends(words) || c9TradeOnly(title, lead) || c9NoTech(words, lead, best)
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
			if lf := strings.ToLower(f); !authorities[lf] && !govHeadsOfState[lf] {
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
	if u.category != trust.CategoryBan || !hasWordIn(title, c9Invest) {
		return
	}
	words := titleWords(title)
	for v, w := range words {
		if !c9Invest[lower(w)] {
			continue
		}
		for k := max(0, v-2); k <= v+1 && k < len(words); k++ {
			if k != v && c9Bar[lower(words[k])] {
				u.category = trust.CategorySanctions
				return
			}
		}
	}
}

var c9Invest = set("investment", "investments", "investing")

// namesVendor reports a registry vendor among hits.
func (m *Matcher) namesVendor(hs []hit) bool {
	for _, h := range hs {
		if m.hasVendor[h.pat] {
			return true
		}
	}
	return false
}
