package match

import (
	"strings"
	"unicode"

	"github.com/vendorwatch/vendorwatch/trust"
)

// More look-alikes (precision3): the everyday shapes of dense security
// news that still alerted after lookalike and lookalike2 (ransomware and
// espionage campaigns on customers' devices, takedowns of botnets of hacked
// devices, researchers' demos, stores removing apps that were never
// legitimate, bans only reviewed or bills only introduced). Like lookalike,
// each runs only on a title that has already alerted.

// lookalike3 reads an alert for the shapes below; drop reports no event.
func (m *Matcher) lookalike3(title, lead string, titleHits []hit, u *unit) (drop bool) {
	if roundupList(title) {
		u.coverage = true // a roundup lists news, each item another article's
	}
	words := headline(titleWords(title))
	if u.across && !m.titleSignal(titleHits) && len(m.vendorSpans(words, titleHits, u.vendors)) > 0 &&
		(pastBackground(lead) || m.asideOnly(lead)) {
		return true // the title names the vendor, the lead's trust words are its history
	}
	if u.inTitle && (m.creditedClaim(words, titleHits, u.vendors, u.category) || m.namesTheAttackers(words, titleHits, u.vendors)) {
		return true
	}
	switch u.category {
	case trust.CategoryCompromise, trust.CategoryOSS, trust.CategoryEspionage, trust.CategoryStateLinks:
		if countedDevicesHit(words) || hackedForPurpose(words) || malwareHitsDevices(words) || lureTargetsPeople(words) ||
			u.category == trust.CategoryCompromise && implantOnly(words, u.signals) {
			return true
		}
		if u.category != trust.CategoryStateLinks && u.category != trust.CategoryEspionage && (researchersDemo(words) || defendsAgainst(words)) {
			return true
		}
	case trust.CategoryDelisting:
		if u.inTitle && m.maliciousAppsRemoved(words, titleHits, u.vendors) {
			return true
		}
	case trust.CategoryBan, trust.CategoryDirective, trust.CategorySanctions:
		if tentativeStep(words) {
			return true
		}
	}
	if u.inTitle && u.category != trust.CategoryCompromise && u.category != trust.CategoryOSS && m.vendorWishes(words, titleHits, u.vendors) {
		return true
	}
	return u.inTitle && m.victimDevicesOnly(words, titleHits, u.vendors)
}

// countedDevicesHit reads an installed base counted as victims:
// "Thousands of Fortinet devices backdoored with symlink persistence",
// "Over 1,700 Ivanti VPNs infected with backdoors", "40,000 Cisco IOS XE
// switches hacked". A count of devices that were broken into is the
// attackers' reach among customers (trust-events.md, "compromise vs
// use"); a count of hidden backdoors found ("backdoor found in 100,000
// Zyxel firewalls") has no verb of breaking in after the devices, and a
// turned channel (update, supply chain, package) keeps the alert.
func countedDevicesHit(words []titleWord) bool {
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for q, w := range words {
		if !countWord(w.text) {
			continue
		}
		for k := q + 1; k+1 < len(words) && k <= q+5; k++ {
			if ownedDevice(words[k].lc()) && breakInWords[words[k+1].lc()] {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// countWord is a count a title puts before what it counts: "thousands",
// "hundreds", "1,700", "40K", "200+".
func countWord(w string) bool {
	lw := strings.ToLower(w)
	if countWords[lw] {
		return true
	}
	lw = strings.TrimRight(lw, "+k")
	if lw == "" {
		return false
	}
	for _, r := range lw {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

var countWords = wordSet("thousands hundreds millions dozens tens")

// malwareHitsDevices reads a malware family as the subject of an attack
// on devices: "New Linux backdoor targets Ivanti appliances", "New botnet
// malware hijacks TP-Link routers", "Rootkit infects Cisco switches". A
// backdoor that targets or infects devices is the attackers' tool on
// customers' machines, not one hidden in the product (which is "found
// in", "discovered in" it); a worm that compromises packages hits no
// device, and a turned channel keeps the alert.
func malwareHitsDevices(words []titleWord) bool {
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for v := 1; v+1 < len(words); v++ {
		if !attackVerbs[words[v].lc()] || words[v-1].stop {
			continue
		}
		if !malwareNouns[words[v-1].lc()] && !strainWords[words[v-1].lc()] {
			continue
		}
		if carried(words, v-1) {
			continue // "xz 5.6.0 carries backdoor targeting SSH servers": shipped in the product
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			if deviceWord(words[k].lc()) {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// carried reports whether the malware noun at i is the object of a verb
// of carrying: "carry backdoor", "ships with malware", "contains a trojan".
func carried(words []titleWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if words[k].stop {
			return false
		}
		if carryVerbs[words[k].lc()] {
			return true
		}
	}
	return false
}

var (
	carryVerbs = wordSet(`carry carries carried carrying contain contains contained containing
		ship ships shipped shipping with include includes included bundle bundles
		bundled hide hides hid hidden has had have found discovered`)
	attackVerbs = wordSet(`targets targeting target infects infecting infect hits hit hijacks
		hijacking hijack enslaves ensnares attacks attacking exploits exploiting abuses
		spreads spreading compromises`)
	strainWords = wordSet("botnet botnets variant variants strain family")
)

// lureTargetsPeople reads booby-trapped things aimed at people:
// "Backdoored GitHub Projects Target Inexperienced Hackers", "Backdoored
// AI Models on Hugging Face Target Developers", "Trojanized coding tests
// lure job seekers". What carries the malware was made by the attackers as
// a lure, so no vendor shipped it (trust-events.md: a fake never was
// trusted); a vendor's channel named in the title (installer, update,
// package, repository) keeps the alert.
func lureTargetsPeople(words []titleWord) bool {
	if len(words) < 3 || !lureWords[words[0].lc()] ||
		inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for v := 2; v+1 < len(words) && v <= 6; v++ {
		if !lureVerbs[words[v].lc()] {
			continue
		}
		if inClause(words, v+1, 3, peopleTargets) {
			return true
		}
	}
	return false
}

var (
	lureWords     = wordSet("backdoored trojanized trojanised malicious booby-trapped rigged weaponized poisoned fake")
	lureVerbs     = wordSet("target targets targeting lure lures trick tricks hit hits infect infects prey")
	peopleTargets = wordSet(`developers devs hackers users gamers players researchers seekers
		investors traders engineers coders programmers students job novice inexperienced
		crypto macos windows linux android iphone mac people victims customers`)
)

// implantOnly reads an implant as the only sign of a compromise:
// "Mandiant links Juniper router implants to Chinese espionage group",
// "BadCandy implants found on unpatched Cisco devices". An implant is
// what attackers leave on devices they broke into (trust-events.md:
// "nor is an implant they leave there"); one shipped through an update,
// installer or package names that channel, which keeps the alert.
func implantOnly(words []titleWord, signals []trust.SignalHit) bool {
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	seen := false
	for _, sg := range signals {
		if sg.Category != trust.CategoryCompromise {
			continue
		}
		if !strings.HasPrefix(strings.ToLower(sg.Term), "implant") {
			return false
		}
		seen = true
	}
	return seen
}

// researchersDemo reads researchers demonstrating an attack: "Black Hat:
// researchers demo firmware backdoor in Supermicro BMCs", "Researchers
// demonstrate how to backdoor Zorbit updates". A demonstration is a
// weakness shown, not malware shipped (trust-events.md: vulnerabilities
// are no events); researchers who find a backdoor keep the alert.
func researchersDemo(words []titleWord) bool {
	for v := 1; v < len(words); v++ {
		if !demoVerbs[words[v].lc()] {
			continue
		}
		for k := v - 1; k >= 0 && k >= v-2; k-- {
			if researcherNouns[words[k].lc()] {
				return true
			}
		}
	}
	return false
}

var demoVerbs = wordSet("demo demos demoed demonstrate demonstrates demonstrated demonstrating")

// maliciousAppsRemoved reads a store removing apps that were malicious
// from the start: "Google removes 17 malicious Joker apps from Play
// Store", "Apple pulls fake crypto wallet app from App Store". The name
// after "malicious" or "fake" is a malware family or what the fakes
// imitate, never a vendor whose product a store pulled (trust-events.md:
// a fake never was trusted). A vendor's app pulled after malware was found
// in it names the malware after the vendor ("removes CamScanner app over
// malware"), which keeps the alert.
func (m *Matcher) maliciousAppsRemoved(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	spans := m.vendorSpans(words, hits, vendors)
	if len(spans) == 0 {
		return false
	}
	for _, sp := range spans {
		bad := false
		for k := sp[0] - 1; k >= 0 && k >= sp[0]-3 && !words[k].stop; k-- {
			if maliceWords[words[k].lc()] {
				bad = true
			}
		}
		if !bad {
			return false
		}
	}
	return true
}

var maliceWords = wordSet(`malicious fake fraudulent scam rogue trojanized counterfeit copycat
	bogus malware-laced malware-laden infected impostor spoofed knockoff clone cloned`)

// tentativeStep reads a ban or directive that is only being reviewed or a
// bill only introduced: "Australia reviewing use of TikTok on government
// devices", "Bill to ban DeepSeek on government devices introduced in
// Congress". A bill counts once it passes a chamber (trust-events.md), and
// a review is no step; the lead's "would" cannot make either one.
func tentativeStep(words []titleWord) bool {
	bill, introduced := false, false
	for _, w := range words {
		lw := w.lc()
		if reviewWords[lw] {
			return true
		}
		if passWords[lw] {
			return false
		}
		bill = bill || lw == "bill" || lw == "bills" || lw == "legislation"
		introduced = introduced || introduceWords[lw]
	}
	return bill && introduced
}

var (
	reviewWords    = wordSet("reviewing reviews assessing assesses studying studies evaluating evaluates")
	introduceWords = wordSet("introduce introduces introduced introducing unveil unveils unveiled files filed proposes proposed")
	passWords      = wordSet("passes passed pass approves approved signs signed adopts adopted enacts enacted")
)

// victimDevicesOnly reads a vendor named only as the maker of devices
// attackers broke into: "FBI takes down Russian GRU botnet of hacked
// Ubiquiti routers", "Feds disrupt botnet of hijacked Cisco and Netgear
// routers". Every mention of the vendor follows a verb of breaking in
// ("hacked", "hijacked", "infected") and comes before a device, so the
// devices are victims and the news is the attackers' or the takedown's
// (trust-events.md, "compromise vs use"); the vendor's own servers turned
// into its channel ("hacked eScan update servers") name a channel.
func (m *Matcher) victimDevicesOnly(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	spans := m.vendorSpans(words, hits, vendors)
	if len(spans) == 0 {
		return false
	}
	for _, sp := range spans {
		before := sp[0] - 1
		if before >= 0 && victimModifiers[words[before].lc()] {
			before--
		}
		if before < 0 || words[before].stop || !breakInWords[words[before].lc()] {
			return false
		}
		device := false
		for k := sp[1] + 1; k < len(words) && k <= sp[1]+3; k++ {
			if deviceWord(words[k].lc()) {
				device = true
				break
			}
			if words[k-1].stop {
				break
			}
		}
		if !device {
			return false
		}
	}
	return true
}

var victimModifiers = wordSet("unpatched vulnerable outdated end-of-life old exposed legacy older obsolete")

// titleSignal reports whether the title holds a signal of its own (not
// only a vendor's name, routine or talk).
func (m *Matcher) titleSignal(hits []hit) bool {
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal {
				return true
			}
		}
	}
	return false
}

// pastBackground reads a lead whose first sentence dates its trust words
// to the past, under a title that only names the vendor: "SolarWinds
// agrees to be acquired" — "The company was at the center of the 2020
// Sunburst supply chain attack", "NSO Group names new CEO" — "The company
// was added to the Entity List in 2021". The sentence is the vendor's
// history told as background to other news (trust-events.md: coverage of
// a past event is no new event); a lead telling the news itself says
// when in days ("on Tuesday", "this week"), not in years.
func pastBackground(lead string) bool {
	if lead == "" {
		return false
	}
	var buf [8][2]int
	if sp := sentenceSpans(lead, buf[:0]); len(sp) > 0 {
		lead = lead[sp[0][0]:sp[0][1]]
	}
	words := titleWords(lead)
	for i, w := range words {
		lw := strings.ToLower(strings.TrimRight(w.text, ".,"))
		if i > 0 && pastYear(lw) && oneOf(words[i-1].lc(), "in", "since", "the", "during", "of", "from") {
			return true
		}
		if i > 0 && (lw == "ago" && oneOf(words[i-1].lc(), "years", "months") ||
			lw == "year" && strings.EqualFold(words[i-1].text, "last")) {
			return true
		}
		if (lw == "previously" || lw == "formerly" || lw == "once") && !(i+1 < len(words) && trustedBefore[words[i+1].lc()]) {
			return true // not "previously legitimate extensions": a channel that was trusted until now
		}
	}
	return false
}

// trustedBefore, after "previously", "formerly" or "once", describe a
// channel trusted until it was turned: the news, not the vendor's history.
var trustedBefore = wordSet("legitimate trusted benign clean safe popular reputable")

// asideOnly reads a lead whose trust words stand only in an aside about
// its subject, under a title that only names the vendor: "Xiaomi tops
// smartphone shipments in Europe" — "The company, once blacklisted by the
// Pentagon, shipped 12 million phones", "Entrust launches post-quantum
// certificate service" — "The company, distrusted by Chrome, now resells
// Sectigo certificates". The aside between the subject's commas is who
// the vendor is; the sentence's news, read without it, holds no signal.
func (m *Matcher) asideOnly(lead string) bool {
	var buf [8][2]int
	if sp := sentenceSpans(lead, buf[:0]); len(sp) > 0 {
		lead = lead[sp[0][0]:sp[0][1]]
	}
	i := strings.Index(lead, ", ")
	if i < 0 || len(strings.Fields(lead[:i])) > 8 {
		return false
	}
	j := strings.Index(lead[i+2:], ", ")
	if j < 0 {
		return false
	}
	rest := lead[:i] + " " + lead[i+2+j+2:]
	ss := m.ac.scan(scanState{grow: true}, rest)
	for _, h := range ss.hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal {
				return false
			}
		}
	}
	return true
}

// pastYear is a year written as four digits from 1990 to 2039.
func pastYear(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w >= "1990" && w <= "2039"
}

// creditedClaim reads a vendor credited with a finding about attackers:
// "Kaspersky: Chinese hackers backdoored industrial firms in Asia",
// "Symantec: ransomware actors exploit Teams flaw". The vendor stands
// before a colon at the title's start and attackers are the subject of
// what follows, so the vendor is the reporter (trust-events.md, "the
// vendor as reporter"); a channel after the colon ("Notepad++: state
// hackers hijacked update server") is the vendor's own and keeps the
// alert. A channel matters only to a compromise: "Symantec: Chinese
// hackers compromised certificate authority in Asia" is no distrust of
// Symantec.
func (m *Matcher) creditedClaim(words []titleWord, hits []hit, vendors []trust.VendorHit, cat trust.Category) bool {
	spans := m.vendorSpans(words, hits, vendors)
	if len(spans) == 0 {
		return false
	}
	if (cat == trust.CategoryCompromise || cat == trust.CategoryOSS) && (inWords(words, shipWords) || inWords(words, channelNouns)) {
		return false
	}
	for _, sp := range spans {
		if sp[0] != 0 || !words[sp[1]].stop || words[sp[1]].dash {
			return false
		}
	}
	end := spans[0][1]
	for k := end + 1; k < len(words) && k <= end+4; k++ {
		lk := words[k].lc()
		if attackers[lk] || attackerNouns[lk] {
			return true
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// hackedForPurpose reads devices broken into for the attackers' ends:
// "Dahua cameras hacked to spy on owners", "Hikvision DVRs hijacked to
// mine cryptocurrency". The devices are the attackers' victims or tools
// (trust-events.md, "compromise vs use"); servers hacked to push or
// deliver something to others, or to add code, are a turned channel and
// keep the alert.
func hackedForPurpose(words []titleWord) bool {
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for v := 1; v+2 < len(words); v++ {
		if !breakInWords[words[v].lc()] || !ownedDevice(words[v-1].lc()) || words[v-1].stop {
			continue
		}
		if strings.EqualFold(words[v+1].text, "to") && ownEnds[words[v+2].lc()] {
			return true
		}
	}
	return false
}

// ownedDevice is a device customers own: deviceWord's, and recorders,
// drones, modems and the like that security news names by kind.
func ownedDevice(w string) bool {
	return deviceWord(w) || ownedKinds[w]
}

var ownedKinds = wordSet(`dvrs nvrs dvr nvr nas drones modems printers webcams doorbells
	tvs vpns phones smartphones iphones laptops pcs`)

// ownEnds are the attackers' own ends for devices they broke into; a
// verb of adding or shipping ("hacked to add backdoors to PHP source
// code") is a channel turned.
var ownEnds = wordSet(`spy snoop eavesdrop watch record mine steal harvest launch build
	form create relay proxy route hide conduct attack target breach access ddos
	monitor surveil track`)

// namesTheAttackers reads a vendor's name used to name the attackers of a
// past event: "SolarWinds hackers breach US think tank with new
// backdoor", "3CX hackers also breached critical infrastructure firms".
// Every mention of the vendor stands right before a word for attackers,
// so the news is those attackers' new work, not the vendor (trust-events.md:
// coverage of a past event is no new event); the vendor's channel in the
// title ("SolarWinds hackers slipped backdoor into Orion updates") tells
// the event itself and keeps the alert.
func (m *Matcher) namesTheAttackers(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	spans := m.vendorSpans(words, hits, vendors)
	if len(spans) == 0 {
		return false
	}
	for _, sp := range spans {
		next := sp[1] + 1
		if next >= len(words) || words[sp[1]].stop {
			return false
		}
		if lw := words[next].lc(); !attackers[lw] && !attackerNouns[lw] {
			return false
		}
	}
	return true
}

// roundupList reads a roundup's title: a label of two to five words
// before a colon, then three or more short items between commas: "In
// Other News: Kaspersky Ban Fallout, Entrust Distrust, Apple Patches",
// "Week in Review: US Bans Kaspersky, Chrome Distrusts Entrust, Patch
// Tuesday". Each item is news told elsewhere (trust-events.md: weekly
// roundups are no new event), so the alert is a further report.
func roundupList(title string) bool {
	label, rest, ok := strings.Cut(title, ":")
	if !ok {
		return false
	}
	if n := len(strings.Fields(label)); n < 2 || n > 5 {
		return false
	}
	items := strings.Split(rest, ",")
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > 5 {
			return false
		}
	}
	return true
}

// defendsAgainst reads a defence against attacks as the news: "Security
// firm registers abandoned PyPI names to block Revival Hijack attacks",
// "npm revokes tokens to prevent further package hijacks". The attack
// words are the object of a verb of prevention, so the title is about a
// measure, not a compromise that happened (trust-events.md).
func defendsAgainst(words []titleWord) bool {
	for v := 1; v+1 < len(words); v++ {
		if !strings.EqualFold(words[v-1].text, "to") || !preventVerbs[words[v].lc()] {
			continue
		}
		if inClause(words, v+1, 5, defendedNouns) {
			return true
		}
	}
	return false
}

var (
	preventVerbs = wordSet(`block prevent stop thwart counter fight foil defeat mitigate
		deter curb combat avert disrupt detect stem`)
	defendedNouns = wordSet(`attacks attack hijacks hijacking takeovers takeover abuse squatting
		typosquatting compromises compromise poisoning threats intrusions breaches`)
)

// vendorWishes reads the vendor asking for an action to be undone: "Huawei
// seeks removal from Entity List in talks with US", "Tencent wants to be
// removed from Pentagon list", "Kaspersky hopes to return to US market".
// The vendor is the subject of a verb of wishing, so nothing has been
// decided yet (trust-events.md: a reversal is a ban or listing lifted or
// struck down); "wins removal" or a court that lifts the listing keeps
// the alert.
func (m *Matcher) vendorWishes(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	spans := m.vendorSpans(words, hits, vendors)
	if len(spans) == 0 {
		return false
	}
	sp := spans[0]
	for k := sp[1] + 1; k < len(words) && k <= sp[1]+2 && !words[k-1].stop; k++ {
		if wishVerbs[words[k].lc()] {
			return true
		}
	}
	return false
}

var wishVerbs = wordSet(`seeks seeking wants hopes lobbies lobbying petitions asks pushes
	pressing presses aims tries trying bids requests`)

// inClause reports whether one of the n words from i on is in set, read up
// to the first word that ends a clause (that word itself still counts).
func inClause(words []titleWord, i, n int, set map[string]bool) bool {
	for k := i; k < len(words) && k < i+n; k++ {
		if set[words[k].lc()] {
			return true
		}
		if words[k].stop {
			return false
		}
	}
	return false
}
