package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A vendor's own channel turned, read from evidence across the title and
// the lead's first sentence rather than from one word order
// (testdata/vendorchan.tsv). Three independent pieces must all be there:
//
//   - a channel bound to a name: "<Name>'s CDN", "NoxPlayer updates",
//     "eScan antivirus update mechanism", "the update system of Able
//     Desktop", "installers for the VGCA's toolkit";
//   - a word of tampering in any verb form ("modified", "trojanize",
//     "injected", "hijacked", "turned", "used to deliver", "abused");
//   - a payload ("malware", "backdoor", "skimmer", "malicious", or a
//     purpose of theft: "to steal", "to harvest").
//
// The title must hold the tampering or the payload itself, so that the
// story is the compromise. Fake and look-alike sources, malvertising,
// exploited flaws, weak passwords, interception in transit and malware
// on machines already infected are the attackers' own channel, never the
// vendor's (trust-events.md): any of them in the title or the lead ends
// the shape.

// Word sets of the channel shape. The gate words join gateSets
// (wordsets.go) so that a title without them is never split for it.
var (
	// chanWords are a vendor's ways of shipping code to its users.
	chanWords = wordSet(`update updates updater updaters auto-update upgrade upgrades installer
		installers setup download downloads cdn script scripts javascript js sdk interface
		build builds firmware website site server servers infrastructure mechanism app
		system channel pipeline key keys client widget bucket toolkit installation`)
	// chanHeads are the channel words that can be the channel alone;
	// the others ("mechanism", "system", "key") only finish a run of them
	// ("update mechanism", "signing key").
	chanHeads = wordSet(`update updates updater updaters auto-update upgrade upgrades installer
		installers setup download downloads cdn script scripts javascript js sdk
		interface build builds firmware website site server servers infrastructure client
		widget bucket toolkit installation signing app`)
	// weakHeads are channel words that are also a customer's or
	// anyone's: bound to a name only by a possessive or "of".
	weakHeads = wordSet(`server servers site website infrastructure client interface bucket toolkit
		installation widget app`)
	// copyHeads are channel words that also name a copy anyone can pass
	// around ("trojanized Tor Browser installers"): the vendor's only
	// with a word of its own channel in the title or lead (ownMarks).
	copyHeads = wordSet(`installer installers setup download downloads client build builds script
		scripts javascript js`)
	ownMarks = wordSet(`official vendor's company's developer's maker's own its hosted served cdn
		update updates updater infrastructure signed supply supply-chain`)
	// tamperWords turn a channel, in every verb form security news uses.
	tamperWords = wordSet(`modified modify modifies altered alter alters replaced replace replaces
		swapped swap swaps trojanized trojanize trojanizes trojanised trojanise tampered
		tamper tampering injected inject injects poisoned poison poisons hijacked hijack
		hijacks hijacking compromised compromise abused abuse abuses abusing backdoored
		laced turned turns weaponized weaponised subverted breached hacked used rigged
		doctored manipulated sabotaged inserted slipped booby-trapped spiked corrupted`)
	// strongTamper are the tampering words that open the shape alone in
	// a title: no other story uses them of software.
	strongTamper = wordSet(`trojanized trojanize trojanizes trojanised trojanise tampered backdoored
		poisoned weaponized weaponised`)
	// payloadWords are what a turned channel ships, or makes its users
	// suffer.
	payloadWords = wordSet("malware backdoor backdoors skimmer skimmers stealer infostealer",
		"info-stealer trojan rat ransomware spyware implant drainer keylogger malicious",
		"miner cryptominer loader dropper magecart steal stole harvest harvested siphon",
		"webshell web-shell drain drained draining clipper exfiltrate exfiltrated wiper",
		// every verb form of what a turned channel does (recall11):
		// "rigged to skim cards", "rigs node-ipc to wipe files"
		"steals stealing harvests harvesting siphons siphoned siphoning drains skim skims",
		"skimmed skimming wipe wipes wiping exfiltrates exfiltrating")
	// chanVetoes make the channel the attackers' own or the way in a
	// flaw: a copy spread from elsewhere, or malware on a machine it
	// already holds.
	chanVetoes = wordSet(`fake fakes lookalike look-alike typosquat typosquatted typosquatting
		impersonating impersonate posing can spoofed bogus cloned counterfeit cracked pirated
		unofficial third-party malvertising ads ad seo phishing lure lures exploit
		exploits exploited exploiting vulnerability vulnerabilities flaw flaws zero-day
		zero-days cve bug bugs in-the-middle aitm mitm intercept intercepts intercepted
		infected persistence demo disables disabled patches patched fixes fixed demonstrated could lookalikes impostor rogue`)
)

// vendorchanOpen reports whether a title may hold the channel shape, from
// its gate bits: a strong word of tampering, or a tampering word with a
// payload or a channel; or a verb of a hidden data flow (dataFlowAlert)
// or a word of remote control (remoteStopAlert).
func vendorchanOpen(g gateBits) bool {
	return g.has(gStrongTamper) || g.has(gTamper) && g.any(gPayload, gChan) || g.all(gPayload, gChan) || g.any(gFlow, gRemote)
}

// vendorchanAlert reads the channel shape on a title and its lead.
func (m *Matcher) vendorchanAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	if gate.has(gFlow) {
		if u := m.dataFlowAlert(title, hits, question); u.ok {
			return u
		}
	}
	if gate.has(gPayload) {
		if u := m.leadWayIn(title, lead, hits, question); u.ok {
			return u
		}
	}
	if gate.has(gRemote) {
		if u := m.remoteStopAlert(title, lead, hits, question); u.ok {
			return u
		}
	}
	if !vendorchanOpen(gate.gateBits) || !gate.any(gTamper, gPayload, gStrongTamper) {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	if inWords(words, chanVetoes) {
		return unit{}
	}
	sent := firstSentence(lead)
	lw := gate.words(sent)
	if inWords(lw, chanVetoes) {
		return unit{}
	}
	tampered := tamperIn(words) || tamperIn(lw)
	payload := payloadIn(words) || payloadIn(lw)
	if !tampered || !payload {
		return unit{}
	}
	lo, hi, name, ok := boundChannel(words, title)
	inTitle := ok
	if !ok {
		lo, hi, name, ok = boundChannel(lw, sent)
	}
	if inTitle && strings.HasPrefix(title, name) && !confirmed(name, words, isTitleCase(words), lw) {
		// "Cookie banner script turned card skimmer": a capital opening
		// a title may be no name; a name the lead binds to its channel
		// ("ConsentBar's CDN") is the better evidence.
		if llo, lhi, ln, lok := boundChannel(lw, sent); lok {
			lo, hi, name, inTitle = llo, lhi, ln, false
		}
	}
	if !ok || threatActor(words, name) || threatActor(lw, name) {
		return unit{}
	}
	if cw := strings.ToLower(map[bool][]titleWord{true: words, false: lw}[inTitle][lo].text); copyHeads[cw] && !ownedIn(words) && !ownedIn(lw) {
		return unit{}
	}
	src, sw := title, words
	if !inTitle {
		src, sw = sent, lw
	}
	extra := trust.SignalHit{Term: src[sw[lo].start:sw[hi].end], Category: trust.CategoryCompromise, Weight: supplyWeight}
	m.mark(words, hits)
	u := m.scoreUnitWith(hits, true, false, question, &extra, false)
	if !u.ok {
		return unit{}
	}
	if !namesVendor(u.vendors, name) {
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.category = trust.CategoryCompromise
	if inWords(words, packageWords) {
		u.category = trust.CategoryOSS // "Nx build system packages weaponized": the release was a registry's
	}
	u.evidence = clean(title)
	if !inTitle {
		u.inTitle, u.across = false, true
		u.evidence = clean(title) + " — " + clean(sent)
	}
	return u
}

// ownedIn reports whether ws hold a word of a vendor's own channel
// (ownMarks), the possessive "vendor's" read from the word's ending.
func ownedIn(ws []titleWord) bool {
	for _, w := range ws {
		l := w.lc()
		if ownMarks[l] || ownsNext(w) && oneOf(l, "vendor", "company", "developer", "maker") {
			return true
		}
	}
	return false
}

// tamperIn reports whether ws hold a word of tampering; "used" only as
// "used to" ("updates used to deliver"), not "used by ransomware gangs".
func tamperIn(ws []titleWord) bool {
	for i, w := range ws {
		l := w.lc()
		if tamperWords[l] && (l != "used" || i+1 < len(ws) && strings.EqualFold(ws[i+1].text, "to")) {
			return true
		}
	}
	return false
}

// payloadIn reports whether ws hold a payload; one that names its users
// ("ransomware gangs", "malware operators") is the attackers, not what a
// channel shipped.
func payloadIn(ws []titleWord) bool {
	for i, w := range ws {
		if l := w.lc(); l == "shell" && i > 0 && strings.EqualFold(ws[i-1].text, "web") {
			return true // "web shell"
		}
		if payloadWords[w.lc()] && (w.stop || i+1 >= len(ws) || !attackers[ws[i+1].lc()] &&
			!oneOf(ws[i+1].lc(), "gangs", "group", "groups", "operators", "actors", "operation")) {
			return true
		}
	}
	return false
}

// packageWords name a registry's release in a title.
var packageWords = wordSet(`package packages npm pypi crate crates gem gems extension extensions
	add-on add-ons module modules`)

// titledWayIn reads a way in the maker left, in a title that names the
// maker: "Unitree robot dogs ship with undocumented remote access tunnel".
// hiddenFound reads the same way in when only the lead names the maker;
// with the maker in the title, the title is the news, not the lead. The
// vetoes are hiddenFound's: attackers, a flaw or an implant in the title
// make the way in theirs.
func (m *Matcher) titledWayIn(title string, words []titleWord, hits []hit, question bool) unit {
	lo, hi, ok := hiddenWayIn(words)
	if !ok || inWords(words, attackers) || inWords(words, flawLabels) || inWords(words, wayInVetoes) ||
		throughVulnerability(title) || attackersImplant(title) || plantedBy(title) {
		return unit{}
	}
	return m.compromiseUnit(title, words, lo, hi, hits, question, func() string { return "" })
}

// namesVendor reports whether one of vs is the name read beside the
// channel.
func namesVendor(vs []trust.VendorHit, name string) bool {
	for _, v := range vs {
		if nameWithin(v.Name, name) || nameWithin(v.Term, name) {
			return true
		}
	}
	return false
}

// nameWithin: one name holds the other as a substring, case aside ("BigNox"
// in "BigNox Corp"); names5.go's looseSame asks for whole words.
func nameWithin(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// boundChannel finds a channel word bound to a name in ws (words of s): the
// name's possessive or the name itself before it, up to two words of what
// the product is between ("eScan antivirus update mechanism"), or the
// name after "of", "for" or "from" ("the update system of Able Desktop").
// The channel's first and last word and the name.
func boundChannel(ws []titleWord, s string) (lo, hi int, name string, ok bool) {
	for i := 0; i < len(ws); i++ {
		if !chanHeads[ws[i].lc()] {
			continue
		}
		e := i
		for e+1 < len(ws) && e < i+2 && !ws[e].stop && chanWords[ws[e+1].lc()] {
			e++
		}
		if n := chanOwnerBefore(ws, i, s); n != "" && (!weakHeads[ws[i].lc()] || i > 0 && (ownsNext(ws[i-1]) || ws[i-1].text == "s")) {
			// A server, site or system is a vendor's channel only as its
			// possession ("BigNox's servers"; a lone "s" is the one after
			// a brace: "Safe{Wallet}'s"), not named for what runs on it
			// ("Redis servers", "proxy servers").
			return i, e, n, true
		}
		if e+2 < len(ws) && !ws[e].stop && oneOf(ws[e+1].lc(), "of", "for", "from") {
			k := e + 2
			if k < len(ws) && oneOf(ws[k].lc(), "the", "a") && !ws[k].stop {
				k++
			}
			if n := chanNameAt(ws, k, s); n != "" {
				return i, e, n, true
			}
		}
		i = e
	}
	return 0, 0, "", false
}

// chanOwnerBefore reads the owner of the channel at word i: a capitalised
// run ending right before it, or before up to two words in lower case or
// of a channel ("Polyfill.io JavaScript CDN", "Verbatel router firmware
// updates"); a word written with a possessive must end the run.
func chanOwnerBefore(ws []titleWord, i int, s string) string {
	j := i - 1
	for k := 0; k < 3 && j >= 0 && !ws[j].stop && !ws[j].marked; k++ {
		lw := ws[j].lc()
		if hasUpperOrDigit(ws[j].text) && !chanWords[lw] && !channelModifiers[lw] {
			break
		}
		if stopWords[lw] || tamperWords[lw] || payloadWords[lw] || nationality[lw] {
			return ""
		}
		j--
	}
	if j < 0 || ws[j].stop || !hasUpperOrDigit(ws[j].text) || !nameWord(ws[j]) {
		return ""
	}
	st := j
	for st > 0 && st > j-2 && !ws[st-1].stop && hasUpperOrDigit(ws[st-1].text) && nameWord(ws[st-1]) && !ownsNext(ws[st-1]) {
		st--
	}
	return chanName(ws, st, j, s)
}

// chanNameAt reads a capitalised name starting at word k.
func chanNameAt(ws []titleWord, k int, s string) string {
	if k >= len(ws) || !hasUpperOrDigit(ws[k].text) || !nameWord(ws[k]) {
		return ""
	}
	e := k
	for e+1 < len(ws) && e < k+2 && !ws[e].stop && !ownsNext(ws[e]) && hasUpperOrDigit(ws[e+1].text) &&
		(nameWord(ws[e+1]) || channelModifiers[ws[e+1].lc()]) { // "Able Desktop"
		e++
	}
	return chanName(ws, k, e, s)
}

// chanName is words st..e of s as written ("Safe{Wallet}", "Polyfill.io"),
// when it can be a vendor's name: not a place, an authority, a kind of
// product, a reporter or attackers.
func chanName(ws []titleWord, st, e int, s string) string {
	for e >= st && generic[ws[e].lc()] {
		e--
	}
	if e < st {
		return ""
	}
	end := ws[e].start + len(ws[e].text)
	if end < len(s) && (s[end] == '}' || s[end] == ')') && strings.ContainsAny(s[ws[st].start:end], "{(") {
		end++ // "Safe{Wallet}"
	}
	n := s[ws[st].start:end]
	f := ws[st].lc()
	if !vendorName(n) || strings.ContainsAny(n, ",;:\"") || authorities[f] || actors[f] || statePlaces[f] || investigators[f] ||
		nationality[f] || attackers[f] || e == st && oneOf(f, "the", "our", "its", "their", "this") {
		return ""
	}
	return n
}

// ownsNext reports whether word w was written with "'s".
func ownsNext(w titleWord) bool {
	return w.end > w.start+len(w.text)
}

// ownChannelLead reports whether a lead says the channel that shipped was
// the vendor's own site, server or CDN rather than a registry: "the
// official download infrastructure of Gravity Forms", "the distribution
// server of FishPig", "served from its CDN". A package registry or store
// in it leaves the release the package's. The owner the lead names after
// the site ("of FishPig"), if any.
func ownChannelLead(lead string) (owner string, ok bool) {
	sent := firstSentence(lead)
	lw := titleWords(sent)
	if inWords(lw, registryWords) || inWords(lw, chanVetoes) {
		return "", false
	}
	for i, w := range lw {
		if !ownSiteHeads[w.lc()] {
			continue
		}
		if i+2 < len(lw) && strings.EqualFold(lw[i+1].text, "of") && !w.stop {
			owner = chanNameAt(lw, i+2, sent)
		}
		if owner != "" && brokenInto(lw, i) {
			return owner, true // "breached the website of AccessPress Themes"
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			lk := lw[k].lc()
			if oneOf(lk, "official", "its", "own") || ownsNext(lw[k]) && oneOf(lk, "vendor", "company", "developer", "maker") {
				return owner, true
			}
			if lw[k].stop {
				break
			}
		}
	}
	return "", false
}

var (
	ownSiteHeads  = wordSet("site website server servers infrastructure cdn bucket portal page")
	registryWords = wordSet(`npm pypi github gitlab registry repository marketplace store packagist
		rubygems crates nuget docker hub wordpress.org maintainer maintainers account`)
)

// vendorchanAfter holds a compromise alert to the channel's evidence
// once its shape is chosen, and reports whether it stands: malware on
// machines attackers already hold ("hijack Windows Update service on
// infected PCs") or copies found on unofficial mirrors are the attackers'
// channel; a bare "supply chain attack" whose lead says a flaw was
// exploited is attackers using the product (the MOVEit thefts). A vendor
// named where the lead's reporter stands ("ESET says installers of VGCA's
// software ...") gives way to the owner of the channel the lead names;
// a package's release from its vendor's own site is filed as compromise
// (ownChannelCategory).
func vendorchanAfter(title, lead string, u *unit) bool {
	if u.category != trust.CategoryCompromise && u.category != trust.CategoryOSS {
		return true
	}
	words := titleWords(title)
	for i, w := range words {
		l := w.lc()
		if oneOf(l, "infected", "compromised", "hacked") && i+1 < len(words) && !chanWords[words[i+1].lc()] && i > 0 &&
			oneOf(words[i-1].lc(), "on", "from", "across", "of") && !namedPackages(words, i+1) {
			return false // "steal hashes from compromised Windows systems"
		}
		if oneOf(l, "unofficial", "third-party") && i+1 < len(words) && mirrorNouns[words[i+1].lc()] {
			return false
		}
	}
	sent := firstSentence(lead)
	lw := titleWords(sent)
	if u.category == trust.CategoryCompromise && inWords(lw, intrusionWords) && onlySupplyChain(words) {
		return false
	}
	if u.category == trust.CategoryCompromise && len(u.vendors) == 1 && u.vendors[0].Unlisted {
		if i := wordIndex(lw, u.vendors[0].Name); i >= 0 && i+1 < len(lw) && sayVerbs[lw[i+1].lc()] &&
			wordIndex(words, u.vendors[0].Name) < 0 {
			if _, _, n, ok := boundChannel(lw, sent); ok && !nameWithin(n, u.vendors[0].Name) {
				u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
			}
		}
	}
	ownChannelCategory(words, lead, u)
	if u.category == trust.CategoryCompromise && len(u.vendors) == 1 && u.vendors[0].Unlisted {
		alsoNamed(title, words, lw, sent, u)
	}
	return true
}

// alsoNamed adds the vendor behind a named product when the story names
// it as the channel's owner: the title's speaker of "our" ("Twilio:
// Hackers modified our TaskRouter JS SDK") or the owner the lead binds to
// the channel by a possessive ("attackers compromised BigNox's update
// infrastructure"), not a product's name before its channel.
// A name standing before a verb of saying in the lead is left out: that
// is mostly a reporter ("ESET says").
func alsoNamed(title string, words, lw []titleWord, sent string, u *unit) {
	have := u.vendors[0].Name
	add := ""
	if len(words) > 2 && words[0].stop && !words[0].dash && inWords(words[1:], wordSet("our")) {
		if n := chanName(words, 0, 0, title); n != "" && !nameWithin(n, have) {
			add = n
		}
	}
	if add == "" {
		if lo, _, n, ok := boundChannel(lw, sent); ok && !nameWithin(n, have) && lo > 0 && ownsNext(lw[lo-1]) &&
			!strings.Contains(strings.ToLower(title), strings.ToLower(n)) {
			if i := wordIndex(lw, n); i >= 0 && (i+1 >= len(lw) || !sayVerbs[lower(lw[i+1])]) {
				add = n
			}
		}
	}
	if add != "" {
		u.vendors = append(u.vendors, trust.VendorHit{Name: add, Term: add, Unlisted: true})
	}
}

var (
	mirrorNouns = wordSet("mirror mirrors site sites website websites store stores portals forums")
)

// onlySupplyChain reports whether a title's one word of compromise is
// "supply chain attack": nothing of a channel, a tampering or a payload.
func onlySupplyChain(words []titleWord) bool {
	if !inWords(words, wordSet("supply supply-chain")) {
		return false
	}
	for _, w := range words {
		l := w.lc()
		if l != "attack" && (chanHeads[l] || tamperWords[l] || payloadWords[l] || channelNouns[l] || strongTamper[l]) {
			return false
		}
	}
	return true
}

// wordIndex is the index in ws of the last word of name, or -1.
func wordIndex(ws []titleWord, name string) int {
	f := strings.Fields(name)
	if len(f) == 0 {
		return -1
	}
	for i, w := range ws {
		if w.text == f[0] {
			return i + len(f) - 1
		}
	}
	return -1
}

// ourChannel reports whether a title has its vendor speak of its own
// channel: "Twilio: Hackers modified our TaskRouter JS SDK".
func ourChannel(words []titleWord) bool {
	for i, w := range words {
		if lower(w) != "our" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			if chanWords[lower(words[k])] || productNouns[lower(words[k])] {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// ownChannelCategory files a plugin, extension or SDK backdoored through
// its vendor's own download site or CDN under compromise, not oss: the
// release was the vendor's, not a registry's (trust-events.md). A title
// that only described the vendor ("plugin maker's license server") takes
// the owner the lead names. A vendor speaking of "our" SDK says the same.
func ownChannelCategory(words []titleWord, lead string, a *unit) {
	if a.category != trust.CategoryOSS {
		return
	}
	owner, ok := ownChannelLead(lead)
	if !ok && !ourChannel(words) {
		return
	}
	a.category = trust.CategoryCompromise
	if owner != "" && len(a.vendors) == 1 && a.vendors[0].Unlisted && !hasUpperOrDigit(a.vendors[0].Name) {
		a.vendors = []trust.VendorHit{{Name: owner, Term: owner, Unlisted: true}}
	}
}

// leadWayIn reads a backdoor a title says is in a product it only
// describes, with the lead saying the maker put it there: "CISA, FDA warn
// of backdoor in Chinese-made patient monitors" — "the Contec CMS8000
// contains hidden functionality that sends patient data...". hiddenFound
// reads the title that says "hidden" itself; here the title's backdoor
// and the lead's hidden or built-in way in are two pieces of evidence.
// Attackers, a flaw or an implant in either make the backdoor theirs; a
// "previously undocumented backdoor" is new malware of attackers.
func (m *Matcher) leadWayIn(title, body string, hits []hit, question bool) unit {
	for _, h := range hits {
		if m.hasVendor[h.pat] {
			return unit{}
		}
	}
	words := headline(titleWords(title))
	at := -1
	for i := 0; i+2 < len(words); i++ {
		if oneOf(lower(words[i]), "backdoor", "backdoors") && strings.EqualFold(words[i+1].text, "in") && !words[i].stop &&
			!oneOf(lower(words[i+2]), "attacks", "attack", "campaign", "campaigns", "the", "wild", "espionage", "new") {
			at = i
			break
		}
	}
	if at < 0 || inWords(words, attackers) || inWords(words, flawLabels) || inWords(words, wayInVetoes) || inWords(words, chanVetoes) ||
		throughVulnerability(title) || attackersImplant(title) || plantedBy(title) {
		return unit{}
	}
	lead := firstSentence(body)
	lw := titleWords(lead)
	if lead == "" || inWords(lw, attackers) || inWords(lw, flawLabels) || inWords(lw, intrusionWords) || inWords(lw, neverTrusted) {
		return unit{}
	}
	built := false
	for i, w := range lw {
		l := lower(w)
		if hiddenAdjs[l] && l != "remotely" && !(i > 0 && oneOf(lower(lw[i-1]), "previously", "new", "newly")) ||
			oneOf(l, "contains", "contain", "ships", "shipped", "hard-coded", "hardcoded") {
			built = true
		}
	}
	if !built {
		return unit{}
	}
	return m.leadMakerAlert(title, lead, lw, hits, question, joinSpan(words, at, at+2)) // named4.go
}

// A vendor's product found sending its users' data where they did not
// know: "Avast antivirus sold users' browsing data through a subsidiary",
// "Xiaomi phones secretly send users' browsing data to servers", "VPN
// extension caught harvesting users' AI chats". Three pieces in the
// title: the vendor named before its product or verb, a verb of a hidden
// flow (selling, harvesting, or sending "secretly"), and the users' data.
// Breaches, leaks, thieves and data for sale by criminals are the
// attackers' (dataVetoes).
var (
	flowWords = wordSet(`sold sells selling sell harvested harvests harvesting harvest siphoned
		siphons siphoning funneled funnels funnelled exfiltrated exfiltrates exfiltrating
		secretly covertly quietly surreptitiously`)
	userData = wordSet(`browsing clickstream chats chat conversations messages location contacts
		keystrokes prompts history data recordings audio`)
	dataVetoes = wordSet(`breach breached leak leaked leaks exposed exposes stolen stole steal
		steals hackers hacker attackers scraped scraping ransomware malware dark forum
		fake malicious phishing extortion could can may might brokers broker whether if`)
)

// dataFlowAlert reads that shape.
func (m *Matcher) dataFlowAlert(title string, hits []hit, question bool) unit {
	words := headline(titleWords(title))
	if inWords(words, dataVetoes) || inWords(words, chanVetoes) {
		return unit{}
	}
	v, d := -1, -1
	for i, w := range words {
		l := lower(w)
		if v < 0 && flowWords[l] {
			v = i
		}
		if v >= 0 && i > v && i <= v+5 && userData[l] && d < 0 {
			d = i
		}
	}
	if v < 1 || d < 0 || !userOwned(words, v, d) && !oneOf(lower(words[v]), "secretly", "covertly", "surreptitiously") {
		return unit{}
	}
	extra := trust.SignalHit{Term: joinSpan(words, v, d), Category: trust.CategoryEspionage, Weight: supplyWeight}
	m.mark(words, hits)
	u := m.scoreUnitWith(hits, true, false, question, &extra, false)
	if !u.ok {
		return unit{}
	}
	if len(u.vendors) == 0 {
		// The name before the verb, past up to three words in lower
		// case for what it makes ("Avast antivirus", "Xiaomi phones").
		e := v
		for k := 0; k < 3 && e > 1 && !words[e-2].stop && !hasUpperOrDigit(words[e-1].text) && !stopWords[lower(words[e-1])]; k++ {
			e-- // "Kivo browser secretly", "Urban VPN browser extension caught harvesting"
		}
		n := nameBefore(words, e, false)
		if n == "" || !strings.HasPrefix(title, n) && !hasUpperOrDigit(n) || threatActor(words, n) || !confirmed(n, words, isTitleCase(words), nil) && strings.HasPrefix(title, n) && !makesAfter(words, n) {
			return unit{}
		}
		u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
	}
	u.category = trust.CategoryEspionage
	u.evidence = clean(title)
	return u
}

// userOwned reports whether the data between words v and d is the users'
// ("users' browsing data", "customers' chats").
func userOwned(words []titleWord, v, d int) bool {
	for k := v + 1; k < d; k++ {
		if oneOf(lower(words[k]), "users", "user", "customers", "owners", "drivers", "patients", "children", "kids",
			"visitors", "subscribers", "people", "americans", "its", "their") {
			return true
		}
	}
	return false
}

// makesAfter reports whether the title's name n is followed by what it
// makes ("Avast antivirus", "Xiaomi phones"): a capital opening a title
// is a name when a product noun follows it.
func makesAfter(words []titleWord, n string) bool {
	k := len(strings.Fields(n))
	return k < len(words) && (productNouns[lower(words[k])] || deviceNouns[lower(words[k])] ||
		oneOf(lower(words[k]), "antivirus", "browser", "vpn", "extension"))
}

// A foreign state's maker found holding remote control over what it sold:
// "Norwegian transport operator finds Chinese buses can be stopped
// remotely" — "Chinese manufacturer Yutong has remote access to its
// electric buses". The title says the product can be stopped, disabled or
// controlled from afar, or that it holds a kill switch or remote access;
// the lead names the maker; the state's word (Chinese, Russian) in either
// makes the news the state's reach (state-links). Attackers, a flaw or a
// demonstration in either make the control theirs, and a maker of no
// foreign state is left to hiddenFound and builtInAlert.
var (
	remoteWords = wordSet("remotely kill kill-switch remote")
	// remoteDoubts make the control a worry, not a finding: "lawmakers
	// question bus maker over remote access concerns".
	remoteDoubts = wordSet(`concern concerns question questions questioned whether could might may
		fear fears worries worry theoretically`)
	remoteStopVerbs = wordSet(`stopped disabled shut switched turned bricked controlled halted
		immobilized immobilised paralyzed paralysed deactivated`)
)

// remoteStop finds the title's words of a maker's remote control: "can be
// stopped remotely", "remotely disabled", "kill switch", "remote access"
// found; its first and last word.
func remoteStop(words []titleWord) (lo, hi int, ok bool) {
	for i, w := range words {
		switch l := lower(w); {
		case l == "remotely":
			for k := max(0, i-2); k < len(words) && k <= i+2; k++ {
				if remoteStopVerbs[lower(words[k])] {
					return min(i, k), max(i, k), true
				}
			}
		case (l == "kill" || l == "remote") && i+1 < len(words) && oneOf(lower(words[i+1]), "switch", "switches", "access", "control"):
			return i, i + 1, true
		case l == "kill-switch":
			return i, i, true
		}
	}
	return 0, 0, false
}

// stateMade reports whether ws name a foreign state's making: "Chinese",
// "Chinese-made", "Russia-linked".
func stateMade(ws []titleWord) bool {
	for _, w := range ws {
		l, _, _ := strings.Cut(lower(w), "-")
		if statePlaces[l] || nationality[l] && !oneOf(l, "south", "north") {
			return true
		}
	}
	return false
}

// makerCued is the maker named right after a word of making in ws (of
// s): "by manufacturer Kandor", "maker Xiongmai admits", "Chinese
// manufacturer Yutong has".
func makerCued(ws []titleWord, s string) []trust.VendorHit {
	for i := 0; i+1 < len(ws); i++ {
		if oneOf(lower(ws[i]), "manufacturer", "maker", "vendor", "supplier") && !ws[i].stop {
			if n := chanNameAt(ws, i+1, s); n != "" {
				return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
			}
		}
	}
	return nil
}

// remoteStopAlert reads that shape.
func (m *Matcher) remoteStopAlert(title, body string, hits []hit, question bool) unit {
	words := headline(titleWords(title))
	lo, hi, ok := remoteStop(words)
	if !ok || inWords(words, attackers) || inWords(words, flawLabels) || inWords(words, intrusionWords) || inWords(words, neverTrusted) ||
		inWords(words, wayInVetoes) || inWords(words, remoteDoubts) || researchDemo(title) {
		return unit{}
	}
	lead := firstSentence(body)
	lw := titleWords(lead)
	if lead == "" || inWords(lw, attackers) || inWords(lw, flawLabels) || inWords(lw, intrusionWords) || inWords(lw, remoteDoubts) {
		return unit{}
	}
	if !stateMade(words) && !stateMade(lw) {
		return unit{}
	}
	vendors := makerCued(words, title)
	if len(vendors) == 0 {
		vendors = m.makerInLead(lead, lw)
	}
	if len(vendors) == 0 {
		// "Chinese manufacturer Yutong has remote access": makerInLead
		// reads "<name> has" as a reporter's "has found"; here the
		// maker holding the access is the finding.
		vendors = makerCued(lw, lead)
	}
	if len(vendors) == 0 {
		return unit{}
	}
	return m.acrossAlert(title, lead, hits, question, vendors, joinSpan(words, lo, hi), trust.CategoryStateLinks) // named4.go
}
