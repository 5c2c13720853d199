package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Vendor compromises the supply-chain verbs do not carry. The news tells
// a vendor's update that carried ransomware from the victims' side,
// without a word that says the update was turned ("Kaseya VSA ransomware
// attack hits MSPs via software update", "LockBit encrypts dozens of firms
// via MSP's N-able software update"); and it tells a backdoor found in a
// product with the finder first ("Researchers find deliberate backdoor in
// police radio encryption algorithm"), the product as its owner ("D-Link
// NAS devices have a backdoor account"), the kind of account ("backdoor
// admin account in Smart Licensing Utility"), the maker after the product
// ("devices from Chinese vendor C-Data") or the backdoor listed with the
// product's flaws ("backdoors and vulnerabilities discovered in FiberHome
// routers").

// viaUpdate reads malware or an attack that reached its victims through
// a vendor's update: "ransomware attack hits MSPs via software update",
// "encrypts dozens of firms via MSP's N-able software update". Something
// must act on victims before the way in (a delivering or hitting verb),
// and malware or an attack must be named: a fix or a feature that comes
// "via software update" is routine. The name is the one between the way
// in and the update, when the words give one; else the lead's (supplyAlert).
func viaUpdate(words []titleWord) (supplyHit, bool) {
	for i := 1; i+1 < len(words); i++ {
		if !oneOf(words[i].lc(), "via", "through") || words[i-1].stop {
			continue
		}
		j := -1
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			if oneOf(words[k].lc(), "update", "updates", "updater") {
				j = k
				break
			}
			if words[k].stop {
				break
			}
		}
		if j < 0 || !victimActed(words, i) {
			continue
		}
		name := ""
		// "via MSP's N-able software update": the last name before the
		// update; a possessive service provider is whose customers they
		// were.
		for k := i + 1; k < j; k++ {
			if n := nameAt(words, k); n != "" && !generic[words[k].lc()] &&
				!oneOf(words[k].lc(), "msp", "msps", "software") {
				name = n
				break
			}
		}
		if name == "" {
			// "Kaseya VSA supply chain attack pushes REvil ransomware
			// through software update": who shipped it leads.
			if n := firstName(words, isTitleCase(words)); n != "" && vendorName(n) && !threatActor(words, n) {
				name = n
			}
		}
		return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, i, j), name: name, lo: i, hi: j}, true
	}
	return supplyHit{}, false
}

// victimActed reports whether, in the clause before word i, malware or an
// attack acts on victims: "ransomware attack hits", "LockBit affiliate
// encrypts", "ransomware delivered to".
func victimActed(words []titleWord, i int) bool {
	malware, acted := false, false
	for k := i - 1; k >= 0; k-- {
		lk := words[k].lc()
		if malwareNouns[lk] && lk != "malicious" || oneOf(lk, "attack", "attacks", "lockbit", "revil") {
			malware = true
		}
		if deliverVerbs[lk] || hitVerbs[lk] {
			acted = true
		}
		if k > 0 && words[k-1].stop {
			break
		}
	}
	return malware && acted
}

// hitVerbs are what malware does to its victims.
var hitVerbs = wordSet(`hit hits encrypt encrypts encrypted infect infects infected reach
	reaches reached strike strikes struck lock locks locked compromise compromises
	compromised spread spreads`)

// backdoorQualifiers stand between "backdoor" and the account it is:
// "backdoor admin account", "backdoor root password".
var backdoorQualifiers = wordSet(`admin administrator administrative root user debug support service
	telnet ssh maintenance superuser`)

// accountWords are what a backdoor into a product logs in with.
var accountWords = wordSet(`account accounts password passwords credential credentials login logins
	user users`)

// findVerbs before a backdoor say it was found, not planted: "Researchers
// find deliberate backdoor in".
var findVerbs = wordSet(`find finds found discover discovers discovered uncover uncovers
	uncovered spot spots spotted reveal reveals revealed expose exposes exposed`)

// foundBefore reports whether a finding verb stands within four words
// before v, in its clause.
func foundBefore(words []titleWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if findVerbs[words[k].lc()] {
			return true
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// productOf skips "firmware of", "the software of" at word i: the backdoor
// is in the product the words after name ("Backdoor found in firmware of
// HiSilicon-based DVRs").
func productOf(words []titleWord, i int) int {
	k := i
	if k < len(words) && oneOf(words[k].lc(), "the") {
		k++
	}
	if k+1 < len(words) && oneOf(words[k].lc(), "firmware", "software", "code", "source") &&
		strings.EqualFold(words[k+1].text, "of") && !words[k].stop {
		return k + 2
	}
	return i
}

// makerAfter reads the maker a product is said to come from: "29 FTTH
// devices from Chinese vendor C-Data", "routers made by Tenda". It looks
// from word i (the product's name) to the end of its clause.
func makerAfter(words []titleWord, i int) string {
	for k := i; k+1 < len(words) && k <= i+5; k++ {
		lk := words[k].lc()
		if lk == "from" || lk == "by" && k > 0 && oneOf(words[k-1].lc(), "made", "sold", "built") ||
			lk == "on" && k > 0 && oneOf(words[k-1].lc(), "built", "based") { // "built on HiSilicon chips"
			j := k + 1
			for j < len(words) && j <= k+3 && !words[j-1].stop && (nationality[words[j].lc()] ||
				makerNouns[words[j].lc()]) {
				j++
			}
			if j < len(words) && !words[j-1].stop {
				if n := nameAt(words, j); n != "" && !nationality[words[j].lc()] {
					return n
				}
			}
			return ""
		}
		if words[k].stop {
			break
		}
	}
	return ""
}

var (
	makerNouns  = wordSet("vendor maker manufacturer company firm supplier brand device hardware")
	nationality = wordSet(`chinese china-based russian taiwanese korean south north japanese israeli
		american us u.s. german french indian iranian vietnamese turkish ukrainian`)
)

// productWords end a product named as written in lower case: "police
// radio encryption algorithm", "smart lock firmware".
var productWords = wordSet(`algorithm algorithms firmware chip chips chipset chipsets radio radios
	router routers camera cameras modem modems inverter inverters switch switches
	phone phones software standard protocol protocols library libraries
	controller controllers printers printer firewall firewalls recorders dvrs nvrs locks
	buses vehicles cars cranes chargers drones monitors pumps turbines batteries`)

// productPhrase is a product named in lower case from word i: up to four
// words in one clause ending in a product word ("police radio encryption
// algorithm"), or "". Nothing in it may be a verb, malware or a place a
// product is used ("hacked servers" are victims).
func productPhrase(words []titleWord, i int) string {
	kindOnly := true // "in popular Python library": what kind, no name
	for e := i; e < len(words) && e < i+4; e++ {
		lw := words[e].lc()
		if productWords[lw] {
			if e == i || kindOnly {
				return "" // "backdoor in software": whose?
			}
			return joinSpan(words, i, e)
		}
		if !channelModifiers[lw] {
			kindOnly = false
		}
		if words[e].stop || stopWords[lw] || !nameWord(words[e]) && !channelModifiers[lw] && !hyphenAdjective(lw) || victims[lw] {
			return ""
		}
	}
	return ""
}

// hasBackdoor reads a product that holds a backdoor as its owner: "D-Link
// NAS devices have a backdoor account", "Yealink phones contain hidden
// backdoor". The owner must be named (a name right before the verb, past
// two words that describe it), and neither malware nor attackers ("new
// malware has a backdoor" is its feature).
func hasBackdoor(words []titleWord) (supplyHit, bool) {
	// A claim about a backdoor ("Every iPhone has a backdoor, says
	// Apple critic") is no finding.
	if inWords(words, attackers) || inWords(words, claimWords) {
		return supplyHit{}, false
	}
	for v := 1; v+1 < len(words); v++ {
		if !oneOf(words[v].lc(), "has", "have", "had", "contains", "contain", "contained", "hides",
			"hide", "hid", "carries", "carry", "carried") || words[v-1].stop || words[v].stop {
			continue
		}
		k := v + 1
		for k < len(words) && k <= v+3 && oneOf(words[k].lc(), "a", "an", "the", "hidden", "secret",
			"undocumented", "built-in", "deliberate", "intentional", "hard-coded", "hardcoded") {
			k++
		}
		if k >= len(words) || !oneOf(words[k].lc(), "backdoor", "backdoors") {
			continue
		}
		if malwareNouns[words[v-1].lc()] {
			continue
		}
		n := ownerBefore(words, v)
		if n == "" {
			continue
		}
		hi := k
		if k+1 < len(words) && accountWords[words[k+1].lc()] && !words[k].stop {
			hi = k + 1
		}
		return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, hi), name: n, lo: v, hi: hi}, true
	}
	return supplyHit{}, false
}

// backdoorWithFlaws reads a backdoor found together with a product's
// flaws: "Multiple backdoors and vulnerabilities discovered in FiberHome
// routers". The flaws are the product's own, not the way attackers came
// in; the backdoor is still the vendor's.
func backdoorWithFlaws(words []titleWord) (supplyHit, bool) {
	for v := 0; v+3 < len(words); v++ {
		if !oneOf(words[v].lc(), "backdoor", "backdoors") || words[v].stop {
			continue
		}
		k := v + 1
		if k < len(words) && accountWords[words[k].lc()] && !words[k].stop {
			k++
		}
		if k+1 >= len(words) || !oneOf(words[k].lc(), "and") || !flawWords[words[k+1].lc()] {
			continue
		}
		k += 2
		if k >= len(words) || !foundIn[words[k].lc()] || words[k-1].stop {
			continue
		}
		if k+2 >= len(words) || !strings.EqualFold(words[k+1].text, "in") {
			continue
		}
		name := nameAfter(words, k+2, true, false)
		if mk := makerAfter(words, k+2); mk != "" {
			name = mk // "found in fiber routers from Chinese vendor C-Data", "in ONT devices from ..."
		}
		if name == "" {
			continue
		}
		return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, k+1), name: name, lo: v, hi: k + 1}, true
	}
	return supplyHit{}, false
}

var flawWords = wordSet("vulnerabilities vulnerability flaws flaw bugs bug weaknesses")

// flawsWithBackdoor reports whether the title's flaws are listed with a
// backdoor ("backdoors and vulnerabilities"): the product's own, not the
// way attackers came in (throughVulnerability).
func flawsWithBackdoor(words []titleWord) bool {
	_, ok := backdoorWithFlaws(words)
	return ok
}

// attackersImplant reports whether a title says attackers backdoored
// customers' devices ("Chinese hackers backdoored Juniper routers with
// custom malware") and names no channel of the vendor's: the devices are
// victims (trust-events.md, "compromise vs use").
func attackersImplant(title string) bool {
	words := titleWords(title)
	if brokenDevices(words) {
		return !inWords(words, shipWords) && !inWords(words, channelNouns)
	}
	for v := 1; v+1 < len(words); v++ {
		if !oneOf(words[v].lc(), "backdoored", "backdoor", "backdoors", "backdooring") {
			continue
		}
		subject := false
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if attackers[words[k].lc()] {
				subject = true
			}
			if words[k].stop {
				break
			}
		}
		if !subject {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if victims[words[k].lc()] || oneOf(words[k].lc(), "firewalls", "gateways",
				"switches", "vpns", "vpn", "nas") {
				return !inWords(words, shipWords) && !inWords(words, channelNouns)
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// brokenDevices reports whether a title says the devices a backdoor was
// found in had been broken into: "Backdoor found in Fortinet devices after
// hack", "backdoor discovered in Juniper routers breached by Chinese
// spies". What attackers left there is theirs.
func brokenDevices(words []titleWord) bool {
	if !inWords(words, wordSet("backdoor backdoors implant implants")) {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		l, next := words[i].lc(), words[i+1].lc()
		if victims[l] && !words[i].stop && channelKind(words, i) != chVendor &&
			oneOf(next, "breached", "hacked", "compromised", "infected") ||
			l == "after" && (intrusions[next] || i+2 < len(words) && oneOf(next, "a", "the") &&
				intrusions[words[i+2].lc()]) {
			return true
		}
	}
	return false
}

var intrusions = wordSet("hack hacks attack attacks breach breaches intrusion intrusions compromise")

// updateRoutine reports whether hits hold a routine phrase about an
// update ("software update"): the only word viaUpdate's shape has for the
// scan to find.
func (m *Matcher) updateRoutine(hits []hit) bool {
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindRoutine && strings.HasSuffix(m.routine[r.idx], "update") {
				return true
			}
		}
	}
	return false
}

// leadVia names the product a lead says carried the attack: "through a
// malicious Kaseya VSA software update", "via a compromised N-able update".
func leadVia(lw []titleWord, s string) string {
	for i := 0; i+2 < len(lw); i++ {
		if !oneOf(lw[i].lc(), "via", "through") || lw[i].stop {
			continue
		}
		k := i + 1
		for k < len(lw) && k <= i+3 && (oneOf(lw[k].lc(), "a", "an", "the") || turnedLead[lw[k].lc()]) {
			k++
		}
		if n, e := namedAt(lw, k, s); n != "" && e < len(lw) &&
			oneOf(lw[e].lc(), "software", "update", "updates", "updater") {
			return n
		}
	}
	return ""
}

// hiddenAccount reports whether the account word at v is one hidden in a
// product: "undocumented root account", "hard-coded admin password".
func hiddenAccount(words []titleWord, v int) bool {
	k := v - 1
	if k >= 0 && backdoorQualifiers[words[k].lc()] {
		k--
	}
	return k >= 0 && k < v && !words[k].stop && oneOf(words[k].lc(), "undocumented", "hidden", "secret",
		"hard-coded", "hardcoded", "backdoor")
}

// ownedWords are what a named product is, after its name: "D-Link NAS
// devices", "Netrix VPN appliances".
var ownedWords = wordSet(`device devices appliance appliances router routers camera cameras
	phone phones switch switches firewall firewalls gateway gateways server servers
	software app apps firmware modem modems radio radios printer printers chips`)

// curbVerbs after "to" say what a platform's measure is against.
var curbVerbs = wordSet("curb stop block prevent fight combat thwart tackle counter")

// curbTurned reads a platform hardening its channel against releases
// turned on its users: "Steam enforces SMS verification to curb
// malware-ridden updates", "Chrome Web Store requires 2FA to stop hijacked
// extension updates". The platform opens the headline, and its measure
// is on who publishes (a check, a verification): a product's feature
// that blocks malicious updates elsewhere is no channel of its own.
func curbTurned(words []titleWord) (supplyHit, bool) {
	for i := 1; i+2 < len(words); i++ {
		if !strings.EqualFold(words[i].text, "to") || !curbVerbs[words[i+1].lc()] || words[i].stop ||
			!publisherCheck[words[i-1].lc()] {
			continue
		}
		k := i + 2
		if k < len(words) && oneOf(words[k].lc(), "a", "the") {
			k++
		}
		if k >= len(words) || !turnedAdjective(words[k].lc()) {
			continue
		}
		k++
		if k < len(words) && oneOf(words[k].lc(), "game", "app", "software", "extension", "plugin",
			"package", "developer") && !words[k-1].stop {
			k++
		}
		if k >= len(words) || !releaseNouns[words[k].lc()] || words[k-1].stop {
			continue
		}
		n := openingName(words)
		if n == "" {
			return supplyHit{}, false
		}
		return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, i+1, k), name: n, lo: i + 1, hi: k}, true
	}
	return supplyHit{}, false
}

// publisherCheck are the measures a platform puts on who publishes.
var publisherCheck = wordSet(`verification verifications 2fa mfa two-factor authentication checks
	check review reviews signing code-signing confirmation confirmations vetting rules`)

// turnedAdjective: a release turned against its users.
func turnedAdjective(w string) bool {
	return turnedRelease[w] || oneOf(w, "malicious", "malware-ridden", "hijacked", "compromised", "infected",
		"trojanized", "trojanised")
}

// serveVerbs: what a maker did with its own downloads.
var serveVerbs = wordSet(`provided provides offered offers served serves shipped ships distributed
	distributes hosted hosts delivered delivers pushed pushes`)

// servedTurned reads a maker, named only by its trade, that served its
// users turned downloads: "Printer company provided infected software
// downloads for half a year", "Router maker shipped malware-laced firmware
// update". The lead names the maker (leadBrand).
func servedTurned(words []titleWord) (supplyHit, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !serveVerbs[words[v].lc()] || !makerNouns[words[v-1].lc()] ||
			words[v-1].stop || words[v].stop {
			continue
		}
		k := v + 1
		if !turnedAdjective(words[k].lc()) && words[k].lc() != "malware-laced" {
			continue
		}
		for e := k + 1; e < len(words) && e <= k+3; e++ {
			if lw := words[e].lc(); releaseNouns[lw] || oneOf(lw, "downloads", "download", "drivers",
				"driver", "firmware", "software") && e+1 < len(words) && !releaseNouns[words[e+1].lc()] &&
				!oneOf(words[e+1].lc(), "downloads", "drivers") {
				return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v-1, e), lo: v - 1, hi: e,
					leadNoun: words[v-1].lc()}, true
			}
			if words[e].stop {
				break
			}
		}
	}
	return supplyHit{}, false
}

// deviceClass folds a device noun to its kind: a lead says "phones" of
// the title's "smartphones".
func deviceClass(w string) string {
	switch w {
	case "phone", "phones", "smartphone", "smartphones", "handset", "handsets":
		return "phone"
	case "box", "boxes":
		return "box"
	case "tablet", "tablets":
		return "tablet"
	case "tv", "tvs":
		return "tv"
	}
	return w
}

// leadBrand names what a title left unnamed, from the lead (lw, the words
// of s): for devices, the brand right before a device of the same kind
// ("UMX U686CL phones"); for a maker, the name right after its trade
// ("Chinese printer maker Procolored").
func leadBrand(lw []titleWord, s, noun string) string {
	maker := makerNouns[noun]
	for i, w := range lw {
		l := w.lc()
		switch {
		case maker && makerNouns[l] && i+1 < len(lw) && !w.stop:
			if n, _ := namedAt(lw, i+1, s); n != "" {
				return n
			}
		case !maker && deviceClass(l) == deviceClass(noun):
			if n := nameBefore(lw, i, false); n != "" && hasUpperOrDigit(n) && !threatActor(lw, n) {
				return n
			}
		}
	}
	return ""
}

// openingName is the capitalised run a sentence-case headline opens with
// ("Chrome Web Store requires..."), up to three words; in Title Case,
// where every word is capitalised, the name nameAt reads.
func openingName(words []titleWord) string {
	if isTitleCase(words) {
		n := nameAt(words, 0)
		if n == "" || len(strings.Fields(n)) >= len(words) || words[len(strings.Fields(n))-1].stop {
			return ""
		}
		return n
	}
	e := 0
	for e < len(words) && e < 3 && hasUpperOrDigit(words[e].text) && !stopWords[words[e].lc()] &&
		!attackers[words[e].lc()] {
		if words[e].stop {
			return ""
		}
		e++
	}
	if e == 0 || e >= len(words) {
		return ""
	}
	if n := joinSpan(words, 0, e-1); vendorName(n) && !threatActor(words, n) {
		return n
	}
	return ""
}

// legalWords are the aftermath of a past compromise in court or before a
// regulator: a settlement, a suit, charges, a fine.
var legalWords = wordSet(`settle settles settled settlement settlements lawsuit lawsuits sue sues
	sued suing class-action fined fines penalty charges charged indicted indictment
	dismisses dismissed verdict jury judge court`)

// legalAftermath reports whether a compromise title tells its legal
// aftermath ("SolarWinds settles SEC lawsuit over Sunburst disclosures"):
// coverage of a past event (trust-events.md), not a channel turned today.
// Shipping malware is news without a court in its title.
func legalAftermath(title string) bool {
	return inWords(titleWords(title), legalWords)
}

// basedOn reads "HiSilicon-based", "MediaTek-powered", "Ubiquiti-made" at
// word i: the name of what a product is built on or by ("Chinese-made"
// is no maker).
func basedOn(words []titleWord, i int) string {
	if i >= len(words) {
		return ""
	}
	w := words[i].text
	for _, suf := range []string{"-based", "-powered", "-made", "-built", "-branded"} {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			if n := w[:len(w)-len(suf)]; hasUpperOrDigit(n) && vendorName(n) && !nationality[strings.ToLower(n)] &&
				!actors[strings.ToLower(n)] {
				return n
			}
		}
	}
	return ""
}

// productBeforeAttack reads the product named right before "supply chain
// attack" at word lo: "NoxPlayer Android emulator supply-chain attack",
// "Comm100 chat software supply chain attack". A product word must stand
// between: a name alone there is as often the attackers' ("Lazarus supply
// chain attack").
func productBeforeAttack(words []titleWord, lo int) string {
	j := lo - 1
	product := false
	for j >= 0 && j > lo-4 && !words[j].stop {
		lw := words[j].lc()
		k := channelKind(words, j)
		if k == chProduct || k == chVendor || productNouns[lw] || ownedWords[lw] {
			product = true
		} else if k != chModify || hasUpperOrDigit(words[j].text) && !channelModifiers[lw] {
			break
		}
		j--
	}
	if !product || j < 0 || j == lo-1 {
		return ""
	}
	n := nameBefore(words, j+1, false)
	if n == "" || !hasUpperOrDigit(n) || nationality[strings.ToLower(n)] {
		return ""
	}
	return n
}

// soldMalware: what devices came with, when it was tampered with
// ("phones shipped with trojanized WhatsApp"); malware alone may be
// anyone's (TestSupplyOSS).
var soldMalware = wordSet("trojanized trojanised backdoored malware-laced")

// killSwitch reports whether word v ends "kill switch": a way for its
// maker to stop a product remotely, found hidden in it ("Hidden kill
// switch found in Chinese solar inverters").
func killSwitch(words []titleWord, v int) bool {
	return v > 0 && oneOf(words[v].lc(), "switch", "switches") &&
		strings.EqualFold(words[v-1].text, "kill") && !words[v-1].stop
}

// claimWords attribute what a title says to someone who claims it.
var claimWords = wordSet(`claims claim claimed alleges allege alleged allegedly critic critics
	rumor rumors rumour rumours conspiracy myth myths theory`)

// releaseChannel reports whether the channel words cs..ce hold a release
// a vendor ships (an update, an installer, firmware, a build): what
// malware "planted in" reaches users through; a script or an image
// something is hidden in is mostly attackers' own.
func releaseChannel(words []titleWord, cs, ce int) bool {
	for i := cs; i <= ce; i++ {
		if l := words[i].lc(); releaseNouns[l] || l == "firmware" || l == "updater" {
			return true
		}
	}
	return false
}

// componentWords are parts that talk to the outside: what a maker hid in
// a product ("cellular modems", "communication devices").
var componentWords = wordSet(`modem modems radio radios device devices equipment component
	components module modules transmitter transmitters chip chips sim sims`)

// hiddenQualifiers say a component was not the buyer's to know of.
var hiddenQualifiers = wordSet(`rogue hidden undocumented unexplained secret unexpected undisclosed
	cellular communication communications`)

// hiddenComponent reads parts found hidden in a product: "Rogue
// communication devices found in Chinese solar inverters", "Cellular
// modems discovered in Chinese cranes at US ports". The product is named
// as written after "in" (a brand when one stands there). Devices found
// infected are another story: the component must be qualified as hidden
// or as one that communicates.
func hiddenComponent(words []titleWord) (supplyHit, bool) {
	if inWords(words, attackers) {
		return supplyHit{}, false
	}
	for c := 1; c+3 < len(words); c++ {
		q := c - 1
		if q > 0 && componentWords[words[q].lc()] && !words[q].stop {
			q-- // "undocumented radio modules"
		}
		if !componentWords[words[c].lc()] || words[c].stop || words[q].stop ||
			!hiddenQualifiers[words[q].lc()] {
			continue
		}
		k := c + 1
		if !foundIn[words[k].lc()] || words[k].stop ||
			!oneOf(words[k+1].lc(), "in", "on", "inside") {
			continue
		}
		p := k + 2
		name := nameAfter(words, p, true, false)
		if name == "" || nationality[strings.ToLower(name)] {
			name = productPhrase(words, p)
		}
		if name == "" {
			continue
		}
		s := q
		for s > 0 && !words[s-1].stop && hiddenQualifiers[words[s-1].lc()] {
			s--
		}
		return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, s, k+1), name: name, lo: s, hi: k + 1}, true
	}
	return supplyHit{}, false
}
