package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Look-alikes: news shapes that security outlets give to stories holding
// the words of a trust event without being one. Each is read on a title
// that has already alerted (so nothing here runs on the hot path), and
// each says which shape it reads and why that shape is no event
// (trust-events.md).

// lookalike reads an alert's title, lead and summary (body) for the
// look-alike shapes. It reports drop when the alert is no event at all,
// and sets u.coverage when it is a later report on one.
func (m *Matcher) lookalike(title, lead, body string, titleHits []hit, u *unit) (drop bool) {
	words := headline(titleWords(title))
	switch u.category {
	case trust.CategoryCompromise:
		if plantedByAttackers(words) || installedBaseHit(words) || preinstalledBenign(words) {
			return true
		}
	case trust.CategoryDistrust:
		if untrustedInput(words) || onlyUntrusted(u.signals) && !inWords(words, certWords) {
			// "Windows 11 to block untrusted drivers by default":
			// "untrusted" said of drivers, devices or data is a
			// feature or a weakness; a root program distrusts
			// certificates or their authority.
			return true
		}
	case trust.CategoryBan, trust.CategoryDelisting, trust.CategoryReversal, trust.CategorySanctions,
		trust.CategoryDirective:
		if u.inTitle && actsOnAccounts(words) {
			return true
		}
	}
	if u.inTitle && u.category != trust.CategoryCompromise && u.category != trust.CategoryOSS && request(words) {
		return true
	}
	if u.category == trust.CategorySanctions && u.inTitle && allUnlisted(u.vendors) && peopleSanctioned(words) ||
		u.category == trust.CategoryReversal && u.inTitle && peopleSanctioned(words) {
		// Lifted from people too ("lifts sanctions on three people linked
		// to Intellexa"): the firm's own listing stands.
		return true
	}
	if u.inTitle && (u.category == trust.CategoryBan && banDelayed(words) ||
		(u.category == trust.CategoryEspionage || u.category == trust.CategoryStateLinks) && staffAccused(words)) {
		return true // delist.go: a deadline moved; an employee, not the vendor, accused
	}
	if u.category == trust.CategoryDelisting && u.inTitle && (allUnlisted(u.vendors) && ownSalesStopped(words, u.vendors) || ownProductPulled(words, u.vendors)) {
		return true
	}
	if u.category == trust.CategoryBan && u.inTitle && lk10PracticeBanned(words) ||
		u.category == trust.CategoryCompromise && (lk10Hosted(words, lead) || lk10Feature(words)) {
		return true // a practice banned, a platform used as hosting, an owner's feature (lookalike10.go)
	}
	if u.category == trust.CategoryCompromise || u.category == trust.CategoryOSS {
		if demonstration(words) || harmlessTakeover(body) || riskOnly(words) || researchersTake(words) || u.across && leadUntrusted(lead) {
			return true // (osstakeover.go: a risk, a typosquat the lead names)
		}
		if inWords(words, litigation) || hasPhrase(words, "class", "action") {
			// "SolarWinds settles SEC lawsuit over Sunburst
			// disclosures", "Class action filed against 3CX over supply
			// chain attack": the news is the legal aftermath of a
			// compromise, which is another article's news.
			u.coverage = true
		}
	}
	if u.inTitle && (u.category == trust.CategorySanctions || u.category == trust.CategoryBan) &&
		m.onlyInReason(words, titleHits, u.vendors) {
		return true
	}
	if (u.category == trust.CategoryCompromise || u.category == trust.CategoryOSS) && m.pastAttack(words, titleHits, u.vendors) {
		// "Rapid7 source code accessed in Codecov supply chain attack",
		// "New Sunspot malware found in SolarWinds supply chain attack",
		// "3CX confirms North Korean hackers behind supply chain attack":
		// the attack is named as a known event, and the news is what was
		// found or who did it since.
		u.coverage = true
	}
	if anniversary(words) {
		// "The SolarWinds hack, five years on", "TikTok ban: one year
		// later": looking back on an event (commentary reads the shape
		// at a title's start).
		u.coverage = true
	}
	if u.category == trust.CategoryDelisting && (selfWithdrawn(words, lead) || pulledFromMarket(words)) {
		return true
	}
	if u.inTitle && m.insideName(title, words, titleHits, u.vendors) {
		return true
	}
	return m.lookalike2(title, lead, titleHits, u) || leftovers3Lookalike(words, lead, u) || // lookalike2.go, leftovers3.go
		m.lookalike3(title, lead, titleHits, u) || authority4Lookalike(words, u) || // lookalike3.go, authority4.go
		store9Lookalike(words, lead, u) // store9.go
}

// plantedByAttackers reads "Chinese cyberspies deploy custom backdoors on
// Juniper routers", "Attackers drop web shells onto Citrix servers",
// "Chinese APT installs rootkit on Fortinet devices": attackers are the
// subject of a verb of planting, and nothing the vendor ships is named.
// That is attackers using the vendor's devices they broke into, not
// malware shipped through the vendor (trust-events.md, "Compromise vs
// use"); throughVulnerability reads the same when the title says how they
// got in. A vendor's channel ("abuse eScan updates to plant backdoors",
// "backdoor MiMi installers") keeps the alert.
func plantedByAttackers(words []titleWord) bool {
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	attacker := false
	for _, w := range words {
		lw := w.lc()
		if attackerNouns[lw] {
			attacker = true
			continue
		}
		if attacker && plantVerbs[lw] {
			return true
		}
	}
	return false
}

var (
	attackerNouns = wordSet(`hackers hacker attackers attacker cyberspies spies apt apts actors
		actor cybercriminals criminals crooks gang gangs threat cyberattackers intruders`)
	plantVerbs = wordSet(`deploy deploys deployed deploying plant plants planted planting
		install installs installed installing drop drops dropped dropping hide hides
		hid hiding infect infects infected infecting implant implants implanted`)
)

// installedBaseHit reads a vendor's installed base broken into, as a
// Title Case headline writes it: "SonicWall SMA Appliances Backdoored with
// OVERSTEP Rootkit", "Thousands of Citrix NetScaler Servers Backdoored".
// The servers, appliances and firewalls customers run are the victims of
// the attack; nothing shipped through the vendor (trust-events.md,
// "Compromise vs use"). A release, firmware or package turned keeps the
// alert (shipWords, channelNouns).
func installedBaseHit(words []titleWord) bool {
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for v := 1; v < len(words); v++ {
		if breakInWords[words[v].lc()] && installedBase[words[v-1].lc()] {
			return true
		}
	}
	return false
}

var (
	breakInWords  = wordSet("backdoored hacked compromised hijacked infected breached infiltrated")
	installedBase = wordSet(`servers appliances routers firewalls gateways switches instances hosts
		endpoints sites websites controllers vpns concentrators installations deployments`)
)

// preinstalledBenign reads a device sold with software on it that is no
// malware: "Samsung phones come with preinstalled Facebook app that can't
// be deleted". Shipping with something is the vendor's compromise only
// when what it ships is malware, a backdoor or spyware (trust-events.md);
// bloatware is a complaint, not a compromise.
func preinstalledBenign(words []titleWord) bool {
	if _, _, ok := builtInAccount(words); ok {
		return false // "ships with undocumented admin account": a way in (builtin.go)
	}
	if _, _, ok := hiddenWayIn(words); ok {
		return false // "ship with hidden remote-access tunnel": a way in (named4.go)
	}
	pre := false
	for i, w := range words {
		lw := w.lc()
		if malwareNouns[lw] || turnedRelease[lw] || spyWords[lw] {
			return false
		}
		if preinstallWords[lw] || (lw == "with" && i > 0 && soldVerbs[words[i-1].lc()]) {
			pre = true
		}
	}
	return pre
}

var (
	preinstallWords = wordSet("preinstalled pre-installed preloaded pre-loaded")
	soldVerbs       = wordSet("come comes came ship ships shipped sold")
	spyWords        = wordSet("spy spies spied spying infected tracks tracking snoops exfiltrates")
)

// untrustedInput reads a weakness named after untrusted input, as
// vulnerability write-ups title it: "Untrusted search path vulnerability
// in Zoom installer", "Inclusion of functionality from untrusted control
// sphere", "Deserialization of untrusted data". The data or code is
// untrusted, not a certificate authority by a root program
// (trust-events.md: vulnerabilities are no events).
func untrustedInput(words []titleWord) bool {
	for i, w := range words {
		if !strings.EqualFold(w.text, "untrusted") {
			continue
		}
		if i > 0 && strings.EqualFold(words[i-1].text, "from") ||
			i+1 < len(words) && untrustedWhat[words[i+1].lc()] {
			return true
		}
	}
	return false
}

// onlyUntrusted reports whether the word "untrusted" is the alert's only
// sign of distrust.
func onlyUntrusted(signals []trust.SignalHit) bool {
	for _, sg := range signals {
		if sg.Category == trust.CategoryDistrust && sg.Term != "untrusted" {
			return false
		}
	}
	return true
}

var certWords = wordSet(`certificate certificates cert certs ca cas root roots tls ssl
	authority authorities issuer issuers`)

var untrustedWhat = wordSet(`data search path paths pointer control input inputs code content
	source sources file files memory value values url urls library libraries dll
	dlls directory directories object objects string strings user users zone site
	sites network networks font fonts script scripts deserialization serialized process`)

// actsOnAccounts reads a platform acting on what its users post or hold:
// "OpenAI bans ChatGPT accounts used by Chinese hackers", "Substack bans
// Libs of TikTok clone account", "Zoom bans users from China", "Meta
// removes 6.8 million WhatsApp accounts linked to scam centers". The
// object of the ban or removal is accounts, channels, users or ads, so a
// name beside them is where they live, not a vendor distrusted: content
// moderation is no event (trust-events.md). The object ends at a clause
// of reason or time ("removes Telegram after users complain").
func actsOnAccounts(words []titleWord) bool {
	for v, w := range words {
		if !accountVerbs[w.lc()] {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			lk := words[k].lc()
			if clauseTurns[lk] || objectEnds[lk] {
				break
			}
			// A store's "developer account" is the vendor's presence in
			// it, every app of it (named4.go: accountClosed).
			if accountNouns[lk] && !oneOf(lower(words[k-1]), "developer", "publisher") {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

var (
	accountVerbs = wordSet(`bans banned banning ban removes removed removing suspends suspended
		suspending blocks blocked blocking kicks kicked boots booted purges purged
		terminates terminated deletes deleted disables disabled deplatforms deplatformed
		unbans reinstates restores lifts`)
	// objectEnds close an object's noun phrase: what follows says where
	// it is or what it did ("apps used by millions of users").
	objectEnds = wordSet(`from to used linked tied by with that who which in on at
		for across`)
	accountNouns = wordSet(`account accounts user users channel channels page pages profile
		profiles posts videos ads advertisers streamers creators influencers subreddit
		subreddits bots handles followers comments community communities forum forums`)
)

// peopleSanctioned reads sanctions on people: "EU sanctions Russian GRU
// hackers over Bundestag hack", "US sanctions Chinese national for role in
// Volt Typhoon hacks". The object of the sanctions is hackers, officers or
// members, and names no firm: no vendor's trust is in question
// (trust-events.md), whatever name the reason clause holds. Only for
// names outside the registry: a registry vendor's executives sanctioned
// are news of the vendor.
func peopleSanctioned(words []titleWord) bool {
	for v, w := range words {
		switch w.lc() {
		case "sanctions", "sanctioned", "sanctioning", "sanction":
		default:
			continue
		}
		people := false
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			lk := words[k].lc()
			if clauseTurns[lk] || lk == "for" || lk == "behind" || lk == "linked" || lk == "tied" {
				break
			}
			if firmNouns[lk] {
				return false
			}
			if peopleNouns[lk] {
				people = true
			}
			if words[k].stop {
				break
			}
		}
		if people {
			return true
		}
	}
	return false
}

var (
	peopleNouns = wordSet(`hackers hacker officers officer officials official nationals national
		individuals individual members member operators affiliates administrators admins
		leader leaders suspects cybercriminals citizens persons people spies agents
		brothers man men woman developers associates oligarchs launderers`)
	firmNouns = wordSet(`firm firms company companies vendor vendors maker makers provider
		providers entities entity businesses business contractor contractors startup
		manufacturer manufacturers chipmaker exchange exchanges corporation group`)
)

// workplaceRule reports whether an alert's title is a company's or an
// organisation's rule for its own staff (companyPolicy): no event, and
// none the lead's names could make one, since who rules stays the same
// ("Swedish newspaper bars staff from using Chinese apps" — "... TikTok
// or WeChat").
func (m *Matcher) workplaceRule(title, text string, titleHits []hit, u *unit) bool {
	switch u.category {
	case trust.CategoryBan, trust.CategoryDelisting, trust.CategoryDirective, trust.CategoryEspionage, trust.CategoryStateLinks:
		return m.companyPolicy(headline(titleWords(title)), titleHits, text)
	}
	return false
}

// companyPolicy reads a company or other organisation ruling for its own
// staff or its own devices: "Amazon bans employees from using DeepSeek",
// "Google bans Zoom from employee computers", "Dutch bank bans TikTok on
// work phones". A workplace rule is no authority's ban nor a platform
// pulling a product (trust-events.md: a government, agency, military or
// state bans; a retailer or platform delists): the actor's kind decides,
// so the same shape keeps its alert when an authority rules ("House bans
// staff from using WhatsApp", "States bar employees from using DeepSeek").
func (m *Matcher) companyPolicy(words []titleWord, hits []hit, lead string) bool {
	for v := 1; v < len(words); v++ {
		if !policyVerbs[words[v].lc()] || !staffRule(words, v) {
			continue
		}
		if m.companyActor(words, v, hits, lead) {
			return true
		}
	}
	return false
}

// staffRule reports whether the verb at v rules for a workforce: its
// object is staff ("bans its employees from", "bans X for staff"), its
// place is staff's devices ("bans X on work phones", "from employee
// computers"), or staff stand before a passive verb ("Google employees
// barred from using Zoom").
func staffRule(words []titleWord, v int) bool {
	if workforce[possessor(words[v-1].lc())] && passiveBans[words[v].lc()] {
		return true
	}
	if v+1 >= len(words) {
		return false
	}
	obj := words[v+1].lc()
	if (obj == "its" || obj == "their") && v+2 < len(words) {
		obj = words[v+2].lc()
	}
	if workforce[possessor(obj)] {
		return true
	}
	for k := v + 2; k+1 < len(words) && k <= v+6; k++ {
		switch lk := words[k].lc(); {
		case lk == "for" || lk == "among":
			if workforce[possessor(words[k+1].lc())] {
				return true // "bans DeepSeek app for employees"
			}
		case lk == "on" || lk == "from":
			if staffOwners[possessor(words[k+1].lc())] && k+2 < len(words) && workDevices[words[k+2].lc()] {
				return true // "on work phones", "from employee computers"
			}
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// companyActor reports whether who rules at verb v is a company or an
// organisation rather than an authority: a registry vendor, a platform or
// a company noun heads the subject ("Samsung", "Dutch bank"), or a name
// no authority word stands beside ("SpaceX"). A subject headed or held by
// an authority ("EU Commission", "US Marines", "Texas, Virginia") is an
// authority's.
func (m *Matcher) companyActor(words []titleWord, v int, hits []hit, lead string) bool {
	h := v - 1
	if workforce[possessor(words[h].lc())] && h > 0 {
		h-- // "Google employees barred": the owner of the staff
	}
	for _, x := range hits {
		if m.hasVendor[x.pat] && wordEndingAt(words, x.off) == h {
			return true
		}
	}
	head := possessor(words[h].lc())
	if companyWords[head] || platformActors[head] || partners[head] || orgNouns[head] {
		return true
	}
	start := h
	for start > 0 && !words[start-1].stop {
		start--
	}
	for ; start > 0 && (authorityWord(possessor(words[start-1].lc())) || words[start-1].lc() == "and"); start-- {
		// "Pentagon, Congress bar staff": the list before the head
	}
	for _, w := range words[start : h+1] {
		if authorityWord(possessor(w.lc())) {
			return false
		}
	}
	// A body told by its kind: "TSA", "NHS", "Home Office", "Health
	// service" (publicBody, fix21.go).
	return !publicBody(words[start:h+1], lead)
}

// authorityWord reports whether w names an authority or one of its
// bodies: a state, agency, legislature, military, school system.
func authorityWord(w string) bool {
	return authorities[w] || usStates[w] || cl9Actors[w] || pluralBodies10[w] || localBodies10[w] || publicBodies[w]
}

// possessor strips a possessive: "employees'", "staff's".
func possessor(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
}

var (
	policyVerbs = wordSet(`bans banned restricts restricted bars barred prohibits prohibited forbids
		blocks tells ban bar restrict prohibit forbid block tell`)
	passiveBans = wordSet("banned barred restricted prohibited forbidden blocked")
	workforce   = wordSet("employees staff staffers workers engineers developers personnel employee")
	// staffOwners and workDevices: the devices a workforce uses.
	staffOwners  = wordSet("staff employee employees work company corporate office workplace")
	workDevices  = wordSet("devices device phones phone computers computer laptops laptop machines pcs")
	companyWords = wordSet(`company companies firm firms bank banks giant employer employers
		businesses automaker insurer startup`)
	// orgNouns are organisations that are neither companies by the
	// word nor authorities: their rule for their staff is theirs.
	orgNouns = wordSet(`newspaper newspapers broadcaster broadcasters carmaker carmakers lender
		lenders airline airlines publisher publishers automakers insurers startups retailer
		retailers chipmaker chipmakers`)
	// publicBodies are authorities' bodies the authority sets lack.
	publicBodies = wordSet(`commission parliament legislature assembly marines force forces
		guard police military ministry`)
)

// ownSalesStopped reads a vendor ending its own sales: "Cellebrite stops
// selling phone-hacking tools to China and Hong Kong". A name outside the
// registry read before "stops selling" is the seller: a vendor leaving a
// market is its decision, not a retailer or partner pulling it
// (trust-events.md, "delisting").
func ownSalesStopped(words []titleWord, vendors []trust.VendorHit) bool {
	for i, w := range words {
		if i+1 >= len(words) || !endsSales[words[i+1].lc()] {
			continue
		}
		for _, v := range vendors {
			if strings.HasSuffix(v.Name, w.text) && strings.Contains(joinWords(words[:i+1]), v.Name) {
				return true
			}
		}
	}
	return false
}

var endsSales = wordSet("stops halts suspends ends pauses ceases")

// vendorSpans lists where the alert's vendors stand in words: registry
// vendors by their hits, names outside the registry as written.
func (m *Matcher) vendorSpans(words []titleWord, hits []hit, vendors []trust.VendorHit) [][2]int {
	var out [][2]int
	for _, h := range hits {
		if !m.hasVendor[h.pat] {
			continue
		}
		last := wordEndingAt(words, h.off)
		first := last - int(m.ac.words[h.pat]) + 1
		if first < 0 || last >= len(words) {
			continue
		}
		for _, r := range m.refs[h.pat] {
			if r.kind != kindVendor {
				continue
			}
			name := m.vendors[m.vendorTerms[r.idx].vendor].Name
			for _, v := range vendors {
				if v.Name == name {
					out = append(out, [2]int{first, last})
				}
			}
		}
	}
	for _, v := range vendors {
		if !v.Unlisted {
			continue
		}
		parts := strings.Fields(v.Name)
		for i := 0; i+len(parts) <= len(words); i++ {
			if words[i].text == parts[0] && words[i+len(parts)-1].text == parts[len(parts)-1] {
				out = append(out, [2]int{i, i + len(parts) - 1})
			}
		}
	}
	return out
}

// onlyInReason reads a vendor named only in the reason for an action on
// someone else: "US sanctions Russia over SolarWinds hack, election
// interference". Every vendor stands after a clause of reason or time
// that follows the action's verb, so the sanctions or ban fall on what
// precedes it (a state, people), and the vendor is where it happened.
func (m *Matcher) onlyInReason(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	turn := -1
	for i, w := range words {
		lw := w.lc()
		if turn < 0 && i > 1 && (lw == "over" || lw == "after" || lw == "amid" || lw == "following") {
			turn = i
		}
	}
	if turn < 0 {
		return false
	}
	action := false
	for _, w := range words[:turn] {
		if actionVerbs[w.lc()] {
			action = true
		}
	}
	spans := m.vendorSpans(words, hits, vendors)
	if !action || len(spans) == 0 {
		return false
	}
	for _, sp := range spans {
		if sp[0] < turn {
			return false
		}
	}
	return true
}

var actionVerbs = wordSet(`sanctions sanctioned sanctioning bans banned banning blacklists
	blacklisted expels expelled penalizes penalises punishes imposes imposed`)

// pastAttack reads an attack named by its vendor as a known event: after
// a preposition ("victims of SolarWinds hack", "source code accessed in
// the Codecov supply chain attack"), or described or explained ("3CX
// supply chain attack was a targeted operation", "3CX hack caused by...").
// The title's news is what was learnt since. Attribution is not read:
// the first news of a compromise often names its attackers ("North Korea
// behind JumpCloud supply chain attack").
func (m *Matcher) pastAttack(words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	for _, sp := range m.vendorSpans(words, hits, vendors) {
		k := sp[1] + 1
		for k < len(words) && k <= sp[1]+3 && !attackNouns[words[k].lc()] {
			lk := words[k].lc()
			if lk != "supply" && lk != "chain" && lk != "supply-chain" && lk != "software" {
				break
			}
			k++
		}
		if k >= len(words) || !attackNouns[words[k].lc()] || words[sp[1]].stop {
			continue
		}
		p := sp[0] - 1
		if p >= 0 && strings.EqualFold(words[p].text, "the") {
			p--
		}
		if p >= 0 && pastPreps[words[p].lc()] {
			return true
		}
		// "in" the attack after what was taken or found there ("source
		// code accessed in", "malware found in"); not "hackers suspected
		// in JumpCloud supply chain attack", which breaks the news.
		if p > 0 && strings.EqualFold(words[p].text, "in") {
			for q := p - 1; q >= 0 && q >= p-2; q-- {
				if takenThere[words[q].lc()] {
					return true
				}
			}
		}
		// "3CX supply chain attack was a targeted operation", "3CX hack
		// caused by trading app supply chain attack": the attack as the
		// subject of a description or of its cause.
		if k+1 < len(words) && !words[k].stop {
			next := words[k+1].lc()
			if next == "was" || next == "were" || rootCause[next] {
				return true
			}
		}
	}
	return false
}

// rootCause words explain how a known attack came about.
var rootCause = wordSet("caused traced began started stemmed originated blamed")

var (
	attackNouns = wordSet(`attack attacks hack hacks breach compromise incident hijack hijacking
		backdoor intrusion`)
	pastPreps  = wordSet("from of after following since during")
	takenThere = wordSet(`accessed stolen stole exposed found discovered hit impacted affected
		breached leaked used spotted`)
)

// request reads legislators or campaigners asking someone else to act:
// "US lawmakers ask Treasury to sanction NSO Group", "Senators press
// Commerce to blacklist Chinese chipmaker". A request is no action
// (trust-events.md: a bill counts once it passes a chamber); the
// authority's own decision is the news when it comes.
func request(words []titleWord) bool {
	asker := false
	for i, w := range words {
		lw := w.lc()
		if requesters[lw] {
			asker = true
			continue
		}
		if asker && requestVerbs[lw] {
			for k := i + 1; k < len(words) && k <= i+5; k++ {
				if strings.EqualFold(words[k].text, "to") {
					return true
				}
			}
		}
	}
	return false
}

var (
	requesters = wordSet(`lawmakers lawmaker legislators senators senator congressmen congresswoman
		congressman representatives mps activists campaigners democrats republicans groups
		advocates petition`)
	requestVerbs = wordSet(`ask asks asked urge urges urged press presses pressed want
		wants call calls petition petitions push pushes pushed implore beg demand
		demands request requests`)
)

// litigation words make a compromise's title news of its legal aftermath.
var litigation = wordSet(`lawsuit lawsuits sues sued suing settles settled settlement charges
	charged indicted indictment fined fines penalty damages verdict plaintiffs litigation`)

// anniversary reports whether a title marks time since an event: "five
// years on", "a year later", "years since", "anniversary".
func anniversary(words []titleWord) bool {
	for i, w := range words {
		lw := w.lc()
		if lw == "anniversary" {
			return true
		}
		if (lw != "year" && lw != "years") || i == 0 || i+1 >= len(words) || words[i].stop {
			continue
		}
		switch next := words[i+1].lc(); {
		case next == "later" || next == "since":
			return true
		case next == "on" && (i+2 == len(words) || words[i+1].stop):
			return true // "five years on" closes a clause; "on" before a noun is a place
		}
	}
	return false
}

// hasPhrase reports whether words hold a and b in a row.
func hasPhrase(words []titleWord, a, b string) bool {
	for i := 0; i+1 < len(words); i++ {
		if strings.EqualFold(words[i].text, a) && strings.EqualFold(words[i+1].text, b) {
			return true
		}
	}
	return false
}

// demonstration reads a researcher taking over packages or accounts to
// show a risk: "Researcher hijacks abandoned npm packages to show
// account-takeover risk". The researcher is the one acting (right before
// the verb), or the act is done to show or prove something: nothing
// trusted shipped malware (trust-events.md).
func demonstration(words []titleWord) bool {
	for v, w := range words {
		if !demoTakeovers[w.lc()] {
			continue
		}
		if v > 0 && researcherNouns[words[v-1].lc()] {
			return true
		}
		for k := v + 1; k+1 < len(words) && k <= v+7; k++ {
			if strings.EqualFold(words[k].text, "to") && showVerbs[words[k+1].lc()] {
				return true
			}
		}
	}
	return false
}

var (
	demoTakeovers   = wordSet("hijacks hijacked hijack takes took seizes seized claims claimed compromises compromised")
	researcherNouns = wordSet("researcher researchers hunter hunters pentester pentesters")
	showVerbs       = wordSet("show prove demonstrate highlight expose warn")
)

// harmlessTakeover reads a summary that says the takeover shipped nothing:
// "...hijack over a dozen packages... but did not otherwise make any
// malicious changes". Packages or accounts taken over without malware is
// no compromise (trust-events.md); the saying is rarely in the first
// sentence, so the first few are read.
func harmlessTakeover(body string) bool {
	if len(body) > 1200 {
		body = body[:1200]
	}
	b := strings.ToLower(body)
	for _, p := range harmlessPhrases {
		if strings.Contains(b, p) {
			return true
		}
	}
	return false
}

var harmlessPhrases = []string{"make any malicious changes", "made no malicious changes", "no malicious changes",
	"no malicious code was", "no malicious versions were", "no malicious version was", "without making any malicious",
	"did not publish any malicious", "didn't publish any malicious", "no malware was published", "nothing malicious was",
	"as a proof of concept", "as a proof-of-concept", "contained no malicious code"}

// selfWithdrawn reads a vendor pulling its own product, which is its
// decision, not a store's or a partner's (trust-events.md, "delisting"):
// "Nothing pulls its Chats app from Google Play", or a title that does not
// say who pulled it whose lead does ("Nothing Chats has been pulled from
// Google Play" — "Nothing has pulled the Nothing Chats beta from the
// Google Play store"): the one pulling is the product's own maker.
func selfWithdrawn(words []titleWord, lead string) bool {
	for v, w := range words {
		if removeVerbs[w.lc()] && v+1 < len(words) && oneOf(words[v+1].lc(), "its", "their", "own") {
			return true
		}
	}
	lw := titleWords(lead)
	for v := 1; v+1 < len(lw); v++ {
		if !removeVerbs[lw[v].lc()] {
			continue
		}
		a := v - 1
		if oneOf(lw[a].lc(), "has", "have", "had") && a > 0 {
			a--
		}
		maker := lw[a].text
		if !hasUpperOrDigit(maker) || storeOwners[strings.ToLower(maker)] || authorities[strings.ToLower(maker)] {
			return false
		}
		// The product pulled is named after the one pulling it.
		for k := v + 1; k < len(lw) && k <= v+4; k++ {
			if lw[k].text == maker {
				return true
			}
		}
		return false
	}
	return false
}

// pulledFromMarket reads a company withdrawing something from a
// country, not a store removing it: "Apple pulls Advanced Data Protection
// from UK after backdoor demand". A delisting pulls a vendor's product
// from a store, marketplace or shelves (storeWords); out of a country it
// is a company's market decision.
func pulledFromMarket(words []titleWord) bool {
	if _, _, ok := dropsPlan(words); ok || inWords(words, storeWords) || inWords(words, stores) {
		return false // "drops plan to use chips from China's YMTC": a buyer's, not a market (delist.go)
	}
	for v, w := range words {
		if !removeVerbs[w.lc()] {
			continue
		}
		for f := v + 2; f+1 < len(words) && f <= v+6; f++ {
			if strings.EqualFold(words[f].text, "from") {
				next := words[f+1].lc()
				return (actors[next] || notVendors[next]) && !rc11ListAfter(words, f+1)
			}
			if words[f].stop {
				break
			}
		}
	}
	return false
}

// insideName reads a registry vendor's name standing inside another
// name in a sentence-case title: "Slack permanently bans Libs of TikTok"
// (an account), "Hong Kong's Apple Daily forced to close". A capitalised
// word and "of" before it, or a paper's word after it ("Daily", "Times"),
// make the name another's. Title Case capitalises every word ("Bans Sales
// of Kaspersky"), so there nothing is read. It reports true when every
// vendor of the alert stands so.
func (m *Matcher) insideName(title string, words []titleWord, hits []hit, vendors []trust.VendorHit) bool {
	if len(vendors) == 0 || !sentenceCase(words) {
		return false
	}
	seen := false
	for _, h := range hits {
		if !m.hasVendor[h.pat] {
			continue
		}
		last := wordEndingAt(words, h.off)
		first := last - int(m.ac.words[h.pat]) + 1
		if last < 0 || first < 0 || last >= len(words) {
			continue
		}
		counts := false
		for _, r := range m.refs[h.pat] {
			if r.kind != kindVendor {
				continue
			}
			name := m.vendors[m.vendorTerms[r.idx].vendor].Name
			for _, v := range vendors {
				if v.Name == name {
					counts = true
				}
			}
		}
		if !counts {
			continue
		}
		seen = true
		if !nameAround(words, first, last) {
			return false
		}
	}
	return seen
}

// sentenceCase reports whether a title is written in sentence case: a
// word past the first, longer than a function word, is in lower case
// ("Slack permanently bans..."). Title Case leaves only the small words
// in lower case ("Commerce Bans Sales of Kaspersky Antivirus in the US").
func sentenceCase(words []titleWord) bool {
	for _, w := range words[min(1, len(words)):] {
		if len(w.text) > 3 && !hasUpperOrDigit(w.text) && !stopWords[w.text] {
			return true
		}
	}
	return false
}

// nameAround reports whether words[first:last+1], a vendor's name, stands
// inside a longer capitalised name: "Libs of TikTok", "Apple Daily".
func nameAround(words []titleWord, first, last int) bool {
	if first >= 2 && words[first-1].lc() == "of" && !words[first-2].stop &&
		hasUpperOrDigit(words[first-2].text[:1]) && first-2 > 0 && !actors[words[first-2].lc()] {
		return true
	}
	if last+1 < len(words) && !words[last].stop && hasUpperOrDigit(words[last+1].text[:1]) &&
		!actors[words[last+1].lc()] && newspaperWords[words[last+1].lc()] {
		return true
	}
	return false
}

// newspaperWords end the names of papers and outlets that hold a vendor's
// name ("Apple Daily").
var newspaperWords = wordSet("daily times herald tribune journal gazette")

func allUnlisted(vs []trust.VendorHit) bool {
	for _, v := range vs {
		if !v.Unlisted {
			return false
		}
	}
	return len(vs) > 0
}

// leadPulls holds a removal in the title whose vendor only the lead names
// to a lead that says the vendor was pulled: a delisting signal of its
// own, or the vendor opening the sentence as its subject. "Another viral
// iPod app was pulled from Apple's App Store" — "Retro Pod played right
// into TikTok's love affair with the iPod": the title names what was
// pulled, and the lead's vendor is only where it went viral.
func (m *Matcher) leadPulls(leadHits []hit, lead string, vendors []trust.VendorHit) bool {
	for _, h := range leadHits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && m.signals[r.idx].Category == trust.CategoryDelisting {
				return true
			}
		}
	}
	lead = strings.TrimLeft(lead, " \t\"'‘“")
	for _, v := range vendors {
		if len(lead) >= len(v.Term) && strings.EqualFold(lead[:len(v.Term)], v.Term) {
			return true
		}
	}
	return false
}
