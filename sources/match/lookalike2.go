package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// More look-alikes (precision2): shapes that alerted on security news
// written after the first look-alike work and tuned on by nobody. Like
// lookalike, each runs only on a title that has already alerted.

// lookalike2 reads an alert for the shapes below; drop reports no event,
// and u.coverage is set for a later report on one.
func (m *Matcher) lookalike2(title, lead string, titleHits []hit, u *unit) (drop bool) {
	words := headline(titleWords(title))
	switch u.category {
	case trust.CategoryBan, trust.CategorySanctions:
		if m.shippedTo(words, titleHits, u.vendors) || m.soldByVendor(words, titleHits, u.vendors) ||
			u.inTitle && pastAdjective(words) { // "Sanctioned vendor X rebrands" (leftovers2.go)
			return true
		}
	case trust.CategoryCompromise, trust.CategoryOSS:
		if fakeSource(words) || backdoorDemand(words) {
			return true
		}
		if caseAgainst(words) {
			u.coverage = true
		}
	}
	if u.category == trust.CategoryDelisting && u.inTitle && ownFeaturePulled(words) && !dl16OtherOwner(title, words, u.vendors) {
		return true
	}
	if u.category == trust.CategorySanctions && u.inTitle && m.listedAsState(words, titleHits) {
		return true
	}
	if u.inTitle && u.category != trust.CategoryCompromise && u.category != trust.CategoryOSS && u.category != trust.CategoryReversal {
		if _, undone := reversalShape(title); !undone && m.vendorContests(words, titleHits, u.vendors) {
			return true
		}
	}
	if u.inTitle && allUnlisted(u.vendors) && m.victimsNamed(words, titleHits, u.vendors) {
		return true
	}
	switch u.category {
	case trust.CategoryCompromise, trust.CategoryEspionage, trust.CategoryStateLinks:
		if attackersBackdoor(words) || u.category != trust.CategoryCompromise && threatIsFlaw(words) {
			return true
		}
		if u.inTitle && devicesHitIn(words) {
			return true // devices hit in a campaign (leftovers2.go)
		}
	}
	if u.inTitle && m.signalsInBackdrop(words, titleHits) {
		return true
	}
	if u.inTitle && m.joinedStories(words, titleHits) {
		u.coverage = true
	}
	return false
}

// shippedTo reads a shipment's destination: "Seagate violated export ban
// by shipping 7 million disk drives to Huawei, US says", "Lam Research
// shipped equipment to SMIC despite restrictions". The vendor stands
// after "to" at the end of a verb of shipping or selling, so it is where
// goods went; the news is the shipper's fine or charge, not a new
// action on the vendor. An authority stopping the shipments keeps the
// alert: a word of barring before the verb ("bars firms from selling to
// Huawei", "orders suppliers to stop shipping to SMIC"), or the shipments
// as a noun ("restricts exports to Huawei").
func (m *Matcher) shippedTo(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	spans := m.vendorSpans(words, hits, vendors)
	if len(spans) == 0 {
		return false
	}
	for _, sp := range spans {
		if !destinationOf(words, sp[0]) {
			return false
		}
	}
	return true
}

// destinationOf reports whether the name starting at word first is the
// destination of a shipping verb: "shipping ... to Huawei".
func destinationOf(words []titleWord, first int) bool {
	to := first - 1
	if to >= 0 && oneOf(words[to].lc(), "the", "china's", "chinese", "russian", "sanctioned", "blacklisted") {
		to--
	}
	if to < 1 || !strings.EqualFold(words[to].text, "to") {
		return false
	}
	for v := to - 1; v >= 0 && v >= to-6; v-- {
		if words[v].stop && v < to-1 {
			return false
		}
		if !goodsVerbs[words[v].lc()] {
			continue
		}
		// "bars firms from selling to Huawei", "ban on selling chips to
		// Huawei"; not "violated export ban by shipping ... to Huawei".
		if v > 0 && barWords[words[v-1].lc()] ||
			v > 1 && oneOf(words[v-1].lc(), "on", "from", "of") && barWords[words[v-2].lc()] {
			return false
		}
		return true
	}
	return false
}

var (
	// goodsVerbs are verb forms of moving goods; the nouns ("exports",
	// "shipments", "sales") are what an authority restricts.
	goodsVerbs = wordSet(`shipping shipped ships ship selling sold sells sell exporting exported
		supplying supplied smuggling smuggled smuggle sending sent delivering delivered
		diverting diverted funneling funnelling funneled rerouting rerouted transferring`)
	// barWords before a shipping verb make the verb what is barred.
	barWords = wordSet(`from stop stops stopped halt halts halted cease ceases ban bans
		banned banning bar bars barred barring prohibit prohibits prohibited forbid
		forbids forbidden restrict restricts restricted end ends curb curbs no not
		without license licence licenses licences allow allows allowed permit permits`)
)

// soldByVendor reads export curbs on a vendor's own sales: "Netherlands
// restricts ASML exports of chipmaking tools to China", "US bans exports
// of Nvidia H20 chips to China". The vendor is the exporter (right before
// "exports", or after "exports of") and a destination follows: trade
// policy on what the vendor sells, not distrust of the vendor (the
// sanctions of trust-events.md fall on the vendor as a buyer or a
// threat: "restricts exports to Huawei"). Without a destination the
// words are ambiguous and kept ("US bans sales of Kaspersky software").
func (m *Matcher) soldByVendor(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	spans := m.vendorSpans(words, hits, vendors)
	if len(spans) == 0 {
		return false
	}
	for _, sp := range spans {
		exporter := sp[1]+1 < len(words) && !words[sp[1]].stop && tradeNouns[strings.ToLower(words[sp[1]+1].text)]
		for k := sp[0] - 1; k >= 1 && k >= sp[0]-2 && !exporter; k-- {
			if strings.EqualFold(words[k].text, "of") && tradeNouns[words[k-1].lc()] {
				exporter = true
			}
		}
		if !exporter || !destinationAfter(words, sp[1]) {
			return false
		}
	}
	return true
}

var tradeNouns = wordSet("exports export sales shipments deliveries exports sale")

// destinationAfter reports whether "to" and a capitalised place follow
// word i within the clause: "... to China".
func destinationAfter(words []titleWord, i int) bool {
	for k := i + 1; k+1 < len(words) && k <= i+7; k++ {
		if rc11ReasonWords[lower(words[k])] {
			return false // "bans sale of Kaspersky software citing ties to Russia": the reason, not where it goes
		}
		if strings.EqualFold(words[k].text, "to") && hasUpperOrDigit(words[k+1].text[:1]) && !rc11TieNouns[lower(words[k-1])] {
			return true
		}
		if hardStop(words, k) {
			return false
		}
	}
	return false
}

// rc11ReasonWords open the reason for an action ("citing", "over"): what
// follows is why the sale was barred, never where the goods go.
var rc11ReasonWords = wordSet("citing cites over amid because due")

// rc11TieNouns before "to" make the place a tie's ("ties to Russia", "links
// to China's military"), not a destination of goods.
var rc11TieNouns = wordSet("ties tie links link connections connection threat risk risks")

// fakeSource reads a compromise told of a channel that never was the
// vendor's: "Malvertising campaign pushes backdoored WinSCP installers",
// "Backdoored Telegram installers spread through fake download sites",
// "Typosquatted npm packages served backdoored builds". Ads, lookalike
// sites and impostor packages serve the backdoored copy; the vendor's own
// channel ships nothing (trust-events.md: "a typosquat or a fake package
// never was trusted"). A title that says the official or legitimate
// channel was used, or that something was hijacked or hacked, keeps the
// alert: there "fake" is what the turned channel pushed ("Zorbit website
// hacked to serve fake Flash installer", "ctx hijacked to steal keys via
// fake telemetry").
func fakeSource(words []titleWord) bool {
	if inWords(words, wordSet("official legitimate genuine")) || inWords(words, turnedWords) {
		return false
	}
	for i, w := range words {
		// "SEO poisoning" is a fake source; an "SEO plugin" is a kind of
		// package (oss12.go).
		if l := w.lc(); fakeWords[l] && !(l == "seo" && i+1 < len(words) && packageKinds[words[i+1].lc()]) {
			return true
		}
	}
	return false
}

var turnedWords = wordSet(`hijack hijacks hijacked hijacking hack hacks hacked compromise
	compromises compromised breach breached breaches infiltrated takeover poisoned tampered`)

var fakeWords = wordSet(`fake fakes counterfeit knockoff bogus spoofed cloned clone clones
	impersonating impersonate impersonates mimicking mimic mimics malvertising malvertisement malvertisements malvertiser malvertisers seo
	typosquatted typosquatting typosquat typosquats lookalike look-alike impostor imposter
	impostors imposters copycat copycats`)

// backdoorDemand reads a backdoor that is a government's demand or a
// vendor's refusal: "Apple removes Advanced Data Protection for UK users
// rather than build backdoor", "UK demands backdoor to iCloud", "EU
// backdoor plan". No backdoor was shipped or found: the news is a policy
// fight (trust-events.md, "compromise").
func backdoorDemand(words []titleWord) bool {
	for i, w := range words {
		if !oneOf(w.lc(), "backdoor", "backdoors") {
			continue
		}
		if i+1 < len(words) && !w.stop && demandNouns[words[i+1].lc()] {
			return true
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if words[k].stop {
				break
			}
			if demandVerbs[words[k].lc()] && !codeRequest(words, k) {
				return true
			}
		}
	}
	return false
}

var (
	demandNouns = wordSet(`demand demands order orders request requests law laws bill bills
		mandate mandates plan plans proposal proposals debate fight row dispute battle
		push notice notices`)
	demandVerbs = wordSet(`demand demands demanded demanding request requests requested seek seeks
		sought want wants wanted refuse refuses refused refusing rather won't encryption
		against resist resists rejects rejected oppose opposes`)
)

// caseAgainst reads a compromise's legal aftermath told by its case: "SEC
// drops case against SolarWinds and its CISO over Sunburst disclosures",
// "Judge dismisses most of SEC's case". The case is news of a past
// event (trust-events.md, "coverage"); legalAftermath reads the other
// words of court.
func caseAgainst(words []titleWord) bool {
	for i, w := range words {
		if !oneOf(w.lc(), "case", "cases") {
			continue
		}
		if i+1 < len(words) && strings.EqualFold(words[i+1].text, "against") {
			return true
		}
		if i > 0 && caseVerbs[words[i-1].lc()] {
			return true
		}
	}
	return false
}

var caseVerbs = wordSet(`drops dropped dismisses dismissed closes closed settles settled wins
	won loses lost sec sec's ftc ftc's`)

// attackersBackdoor reads attackers backdooring a vendor's installed
// base in any verb of breaking in: "Chinese spies backdoor Juniper routers
// in long-running espionage campaign", "Chinese spies backdoored VMware
// vCenter servers for years", "Russian GRU hackers backdoored Ubiquiti
// EdgeRouters to build botnet". The spies are the subject and devices the
// object: the vendor is a victim, neither the compromise's channel nor the
// spy (trust-events.md, "compromise vs use"). A channel of the vendor's
// ("backdoor MiMi installers", "backdoor the update server") keeps the
// alert, as in plantedByAttackers.
func attackersBackdoor(words []titleWord) bool {
	for k, w := range words {
		// "to build botnet" is the attackers' purpose, not a build.
		if lw := w.lc(); (shipWords[lw] || channelNouns[lw]) && (k == 0 || !strings.EqualFold(words[k-1].text, "to")) {
			return false
		}
	}
	for v := 1; v+1 < len(words); v++ {
		if !breakVerbs[words[v].lc()] {
			continue
		}
		subject := false
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if words[k].stop {
				break
			}
			lk := words[k].lc()
			if attackers[lk] || attackerNouns[lk] {
				subject = true
			}
		}
		if !subject {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			if deviceWord(words[k].lc()) {
				return !inWords(words[k+1:], shipOnVerbs)
			}
			if hardStop(words, k) {
				break
			}
		}
	}
	return false
}

// shipOnVerbs after the devices say the break-in was a way to ship to
// others: "breached ASUS servers to push backdoor to a million PCs",
// "hijacked Zorbit servers to deliver trojanized software" are the
// vendor's own servers turned into its channel, not customers' devices.
var shipOnVerbs = wordSet(`push pushes pushed pushing deliver delivers delivered delivering
	distribute distributes distributed distributing serve serves served serving ship
	shipped trojanize trojanized inject injected poison poisoned tamper tampered customers`)

var breakVerbs = wordSet(`backdoor backdoors backdoored backdooring hijack hijacks hijacked hack
	hacks hacked breach breached breaches compromise compromises compromised infiltrate
	infiltrated infiltrates implant implanted trojanize trojanized`)

// deviceWord reports whether w names devices or servers customers run,
// a product's plural included ("EdgeRouters", "FortiGates" do not count;
// "EdgeRouters" ends in "routers").
func deviceWord(w string) bool {
	if victims[w] || installedBase[w] {
		return true
	}
	for _, suf := range []string{"routers", "switches", "firewalls", "servers", "appliances", "cameras", "gateways"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// signalsInBackdrop reads an action told as the background of other news:
// "Predator spyware resurfaces with new infrastructure despite US
// sanctions", "Huawei revenue surges despite US sanctions", "Kaspersky
// lays off US staff as ban takes effect", "AMD designs China chip to
// comply with export controls". Every signal of an action in the title
// stands in a clause of concession ("despite", "in spite of"), of
// compliance ("to comply with") or of a ban's timing ("as the ban takes
// effect", "ahead of ban"): the action is known, and the news is what
// happens under it. An action in the main clause keeps the alert ("US
// sanctions Intellexa despite lobbying").
func (m *Matcher) signalsInBackdrop(words []titleWord, hits []hit) bool {
	lo := -1 // the backdrop clause's first word
	for i, w := range words {
		lw := w.lc()
		switch {
		case lw == "despite" || lw == "notwithstanding":
		case lw == "spite" && i > 0 && strings.EqualFold(words[i-1].text, "in"):
		case lw == "ahead" && i+1 < len(words) && strings.EqualFold(words[i+1].text, "of"):
		case complyWords[lw] && i+1 < len(words) && strings.EqualFold(words[i+1].text, "with") && !forcedBefore(words, i):
		case lw == "as" && takesEffect(words, i):
		default:
			continue
		}
		lo = i
		break
	}
	if lo < 0 || goneBefore(words[:lo]) {
		return false // "TikTok vanishes from app stores as ban takes effect" (authority4.go)
	}
	hi := len(words) - 1 // the clause ends at hard punctuation
	for k := lo; k < len(words); k++ {
		if hardStop(words, k) {
			hi = k
			break
		}
	}
	action := false
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind != kindSignal {
				continue
			}
			sg := m.signals[r.idx]
			if sg.Weight <= 0 || !backdropCats[sg.Category] {
				continue
			}
			w := wordEndingAt(words, h.off)
			if w < lo || w > hi {
				return false
			}
			action = true
		}
	}
	return action
}

var (
	complyWords  = wordSet("comply complies complying compliant compliance line")
	backdropCats = map[trust.Category]bool{trust.CategoryBan: true, trust.CategorySanctions: true,
		trust.CategoryDelisting: true, trust.CategoryDirective: true}
)

// forcedBefore reports whether an order or a must stands before the word
// of compliance at i: "ordered to comply with ban" is the order itself.
func forcedBefore(words []titleWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if oneOf(words[k].lc(), "ordered", "orders", "order", "must", "forced", "forces", "told",
			"tells", "required", "requires", "directed", "directs") {
			return true
		}
	}
	return false
}

// takesEffect reports whether "as" at i opens a clause of a ban's timing:
// "as ban takes effect", "as US ban looms", "as sanctions bite".
func takesEffect(words []titleWord, i int) bool {
	for k := i + 2; k < len(words) && k <= i+5; k++ {
		if oneOf(words[k].lc(), "takes", "took", "looms", "loomed", "nears", "approaches", "bites",
			"bite", "begins", "kicks", "starts", "deadline", "expires", "hits") {
			return true
		}
		if words[k].stop {
			return false
		}
	}
	return false
}

// joinedStories reads a title that joins two stories: "TikTok Spied on
// Journalists and ChatGPT is Challenging Google". After "and", a new
// subject (a capitalised name) takes its own finite verb (a singular
// auxiliary: "The DOJ and FBI are investigating TikTok" is one subject
// of two names), and the first half already holds a signal of the
// alert, so each half is a headline of its own: a roundup or podcast
// episode whose news, if any, is each story's own article
// (trust-events.md, "coverage").
func (m *Matcher) joinedStories(words []titleWord, hits []hit) bool {
	for a := 2; a+2 < len(words); a++ {
		if !strings.EqualFold(words[a].text, "and") || words[a-1].stop || !m.signalBefore(words, hits, a) {
			continue
		}
		subj := words[a+1].text
		if !hasUpperOrDigit(subj[:1]) || stopWords[strings.ToLower(subj)] || oneOf(strings.ToLower(subj), "the", "its", "their") {
			continue
		}
		for k := a + 2; k < len(words) && k <= a+3; k++ {
			if auxVerbs[words[k].lc()] {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

var auxVerbs = wordSet(`is was has had will could can may might should would does
	did gets got`)

// signalBefore reports whether a signal of an action or a finding (any
// category, positive weight) ends before word a.
func (m *Matcher) signalBefore(words []titleWord, hits []hit, a int) bool {
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && m.signals[r.idx].Weight > 0 && wordEndingAt(words, h.off) < a {
				return true
			}
		}
	}
	return false
}

// threatIsFlaw reads an authority's warning that flaws or attacks on a
// vendor's products pose a risk: "CISA warns Ivanti flaws pose risk to
// federal networks", "FBI says ransomware attacks on Kaseya customers
// pose threat". What poses the threat is a weakness or the attackers
// (intrusionWords, attackers), not the vendor, so posesThreat's finding
// of state links does not hold (trust-events.md: vulnerabilities are no
// events).
func threatIsFlaw(words []titleWord) bool {
	v, k, ok := posesThreat(words)
	if !ok {
		return false
	}
	for i := v + 1; i < k; i++ {
		lw := words[i].lc()
		if poseForms[lw] {
			return false
		}
		if intrusionWords[lw] || attackers[lw] || attackerNouns[lw] || oneOf(lw, "attacks", "malware", "bugs", "bug", "weaknesses", "cves") {
			return true
		}
	}
	return false
}

// ownFeaturePulled reads a vendor withdrawing a feature of its own, most
// often after a government's demand: "Apple pulls iCloud encryption
// feature in UK after government demand", "TikTok pulls TikTok Lite
// rewards feature in EU after Commission probe". What is pulled is a
// feature, an option or a programme, not a product from a store or a
// shelf, and no store is named: the vendor's decision about its service,
// not a store or a partner delisting it (trust-events.md, "delisting").
// Decided per the guide: such a withdrawal is no event, even when a
// government demanded it; the demand would be news of its own only as a
// ban or directive on the vendor.
func ownFeaturePulled(words []titleWord) bool {
	if inWords(words, storeWords) || inWords(words, stores) {
		return false
	}
	for v, w := range words {
		if !removeVerbs[w.lc()] && !oneOf(w.lc(), "disables", "disabled", "withdraws",
			"withdrew", "suspends", "suspended", "halts", "halted", "pauses", "paused", "ends", "scraps", "scrapped") {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			if featureWords[words[k].lc()] {
				return true
			}
			if hardStop(words, k) || oneOf(words[k].lc(), "from", "after", "over", "in", "for") {
				break
			}
		}
	}
	return false
}

var featureWords = wordSet(`feature features option options setting settings programme program
	encryption protection mode function functionality capability rewards tool`)

// listedAsState reads a list told as where firms stand, not as an
// action: "Chinese firms on Entity List still access Nvidia chips through
// cloud providers". Every sanctions signal is a list named after "on"
// ("on the Entity List", "on US blacklist") and no verb puts anyone on
// it: the listing is known, and the news is what the listed do since.
func (m *Matcher) listedAsState(words []titleWord, hits []hit) bool {
	if inWords(words, listingVerbs) || inWords(words, enforceVerbs) {
		return false // "US tells chipmakers to stop selling to firms on Entity List": an action on the listed
	}
	seen := false
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind != kindSignal || m.signals[r.idx].Weight <= 0 || m.signals[r.idx].Category != trust.CategorySanctions {
				continue
			}
			last := wordEndingAt(words, h.off)
			first := last - int(m.ac.words[h.pat]) + 1
			on := false
			for k := first - 1; k >= 0 && k >= first-3; k-- {
				lk := words[k].lc()
				if lk == "on" {
					on = true
					break
				}
				if !oneOf(lk, "the", "us", "u.s", "washington's", "us's", "commerce", "pentagon's", "a", "trade", "export") {
					break
				}
			}
			if !on {
				return false
			}
			seen = true
		}
	}
	return seen
}

var enforceVerbs = wordSet(`stop stops orders ordered tells told bars barred bans banned
	blocks blocked restricts cuts halts revokes forbids prohibits`)

var listingVerbs = wordSet(`adds added adding add places placed placing puts put designates
	designated designating slaps blacklists lists names named includes included expands
	lands landed`) // sanc16: "X lands on US Entity List" is put there now

// vendorContests reads the vendor fighting an action already taken:
// "Hikvision appeals Canadian order to shut down operations", "DJI
// sues Pentagon over Chinese military company listing", "DJI loses
// lawsuit over Pentagon's list". The vendor is the subject of a verb of
// contesting, so the action is known and the news is the vendor's
// challenge (trust-events.md, "coverage"); a court undoing the action is
// a reversal of its own (reversalShape), so a title it reads is kept.
func (m *Matcher) vendorContests(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	for _, sp := range m.vendorSpans(words, hits, vendors) {
		v := sp[1] + 1
		if v >= len(words) || words[sp[1]].stop {
			continue
		}
		lv := words[v].lc()
		if contestVerbs[lv] {
			return true
		}
		if oneOf(lv, "loses", "lost", "wins", "won") {
			for k := v + 1; k < len(words) && k <= v+3; k++ {
				if oneOf(words[k].lc(), "lawsuit", "suit", "case", "appeal", "bid", "challenge", "fight") {
					return true
				}
			}
		}
	}
	return false
}

var contestVerbs = wordSet(`sues appeals appealed challenges challenged contests contested fights
	disputes disputed petitions lobbies files`)

// victimsNamed reads a name outside the registry that is the attack's
// target: "Chinese hackers hijack software updates to spy on Tibetans",
// "... to target Uyghur activists". The name stands after "spy on" or
// "target", and attackers are the subject: who they spy on is a victim,
// not a vendor.
func (m *Matcher) victimsNamed(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	spans := m.vendorSpans(words, hits, vendors)
	if len(spans) == 0 || !inWords(words, attackers) && !inWords(words, attackerNouns) {
		return false // "US targets Sandvine with export curbs": a state's target is the vendor
	}
	for _, sp := range spans {
		p := sp[0] - 1
		if p < 1 {
			return false
		}
		lp := words[p].lc()
		switch {
		case oneOf(lp, "target", "targets", "targeting", "targeted"):
			// not "against": "warns companies against Google
			// Analytics use" is a directive's object.
		case lp == "on" && spyWords[words[p-1].lc()] || lp == "on" && strings.EqualFold(words[p-1].text, "spy"):
		default:
			return false
		}
	}
	return true
}
