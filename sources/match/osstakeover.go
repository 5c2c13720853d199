package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Open-source compromises through what an owner left behind, and the
// shapes the news gives the releases that followed: an expired S3 bucket
// or domain a package downloads from, a lapsed maintainer email domain, a
// renamed account or a deleted package name registered again ("Hackers
// hijack abandoned S3 bucket to serve malicious binaries for npm package",
// "Attackers revive deleted PyPI package to deliver malware"). When the
// package then shipped malware it is a package compromise; research that
// shows the technique could be used, with nothing shipped, is not
// (trust-events.md): no malware, or researchers, could, "at risk".

// abandonWords say a resource was left by its owner.
var abandonWords = wordSet(`abandoned semi-abandoned expired lapsed deleted renamed retired orphaned
	dormant unclaimed unmaintained defunct forgotten repojacked repojacking`)

// claimVerbs take such a resource for oneself.
var claimVerbs = wordSet(`hijack hijacks hijacked hijacking register registers registered re-register
	re-registers re-registered reregistered revive revives revived resurrect resurrects
	resurrected claim claims claimed reclaim reclaimed buy buys bought purchase
	purchased seize seizes seized grab grabs grabbed repojacked repojacking`)

// abandonedShape reads a resource left by its owner, taken by someone
// else, and a package that then shipped malware: an abandonment word, a
// verb of taking it (or of the resource serving malware), malware named,
// and a package's channel. Researchers acting or a risk only ("could",
// "at risk") is no shipping.
func abandonedShape(words []titleWord) (supplyHit, bool) {
	a, t, c := -1, -1, -1
	malware := false
	for i, w := range words {
		l := w.lc()
		if abandonWords[l] && a < 0 {
			a = i
		}
		switch {
		case claimVerbs[l] || takenOver(words, i):
			if t < 0 {
				t = i
			}
		case deliverVerbs[l] && i+1 < len(words) && malwareNouns[words[i+1].lc()]:
			if t < 0 {
				t = i // "abandoned library now serves malware"
			}
		case oneOf(l, "could", "can", "may", "might", "would", "risk", "risks", "vulnerable", "technique"):
			return supplyHit{}, false
		}
		if malwareNouns[l] && l != "malicious" || harmful(l) || l == "malicious" && maliciousRelease(words, i) ||
			l == "malicious" && i+1 < len(words) && releaseNouns[words[i+1].lc()] ||
			l == "to" && i+1 < len(words) && objectVerbs[words[i+1].lc()] { // "to trojanize Rust crate"
			malware = true
		}
		if c < 0 && channelKind(words, i) == chOSS && !releaseNouns[l] && !resourceWords[l] { // the package, not the account taken
			c = i
		}
	}
	if a < 0 && t < 0 && takeover(words) {
		// "Developer's stolen token used to backdoor popular Python
		// library": a publisher's account or token taken is the way in.
		a, t = 0, 0
	}
	if a < 0 || t < 0 || !malware || c < 0 || researchSubject(words, t) {
		return supplyHit{}, false
	}
	cs := c
	for cs > 0 && !words[cs-1].stop && channelKind(words, cs-1) == chModify {
		cs--
	}
	name := nameBefore(words, cs, false)
	if abandonWords[strings.ToLower(name)] || objectVerbs[strings.ToLower(name)] { // "to trojanize Rust crate"
		name = "" // "abandoned npm package": which one, the lead says
	}
	if k := c + 1; name == "" && k < len(words) && resourceWords[words[k].lc()] && !words[c].stop {
		c++ // "package name": the channel's own word
	}
	if k := c + 1; name == "" && k < len(words) && !words[c].stop {
		if k+1 < len(words) && oneOf(words[k].lc(), "of", "behind", "for") {
			k++ // "repository of quux-deploy"
		}
		name = nameAfter(words, k, false, true)
	}
	if resourceWords[strings.ToLower(name)] || claimVerbs[strings.ToLower(name)] {
		name = "" // "package name re-registered": no name, a verb
	}
	lo, hi := min(a, t, cs), max(a, t, c)
	return supplyHit{category: categoryOf(chOSS), term: joinSpan(words, lo, hi), name: name, lo: lo, hi: hi}, true
}

// theftVerbs say what a release did to its users' money or secrets.
var theftVerbs = wordSet("drained drains siphoned siphons emptied stole exfiltrated")

// releaseTheft reports whether the verb at v tells of a trusted release
// that stole from its users: "extension update drained $7 million", "the
// update that siphoned wallets". The release (an update, a version) is
// the verb's subject, not called malicious or new (a malicious package
// was never trusted).
func releaseTheft(words []titleWord, v int) bool {
	if !theftVerbs[words[v].lc()] || v == 0 || words[v-1].stop {
		return false
	}
	p := v - 1
	if p > 0 && oneOf(words[p].lc(), "that", "which") && !words[p-1].stop {
		p--
	}
	return releaseNouns[words[p].lc()] && trustedChannelBefore(words, p+1)
}

// causeBefore reports whether the "to" before word v ends "leads to", "led
// to": the verb at v is a noun, what something resulted in ("phishing
// leads to compromise of num2words library"), not what someone is for.
func causeBefore(words []titleWord, v int) bool {
	return v >= 2 && strings.EqualFold(words[v-1].text, "to") && !words[v-2].stop &&
		oneOf(words[v-2].lc(), "leads", "led", "lead", "leading", "resulted", "results")
}

// openSourceBefore reports whether "open-source" describes the product
// word at i, within two words before it in its phrase ("open-source UI
// toolkit"): a project others build from, a package's kind.
func openSourceBefore(words []titleWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if words[k].stop || malwareNouns[words[k].lc()] {
			return false // "open-source ransomware toolkit": malware's own
		}
		if strings.EqualFold(words[k].text, "open-source") {
			return true
		}
	}
	return false
}

// theftFamily are the verbs of a release stealing from its users
// (releaseTheft); takeoverCues the words of a package taken or a release
// that a cause led to ("repojacking attack hits Go module", "phishing
// leads to malicious package releases"). Both open the supply shapes'
// gate (cue.go) and score nothing.
var (
	theftFamily  = []string{"drain", "siphon"}
	takeoverCues = []string{"repojacking", "repojacked", "leads to", "led to", "lead to", "stole", "goes rogue",
		"gone rogue", "goes malicious", "went rogue"}
)

// pairedSubject reports whether the name ending at word e is the first
// of two a sentence opens with ("Nano Adblocker and Nano Defender were
// updated"): "and", a second name, then the auxiliary.
func pairedSubject(lw []titleWord, e int) bool {
	if e+2 >= len(lw) || lw[e].stop || !strings.EqualFold(lw[e+1].text, "and") {
		return false
	}
	for k := e + 2; k < len(lw) && k <= e+4; k++ {
		if !nameWord(lw[k]) || !hasUpperOrDigit(lw[k].text) && !packageToken(lw[k].text) {
			return false
		}
		if k+1 < len(lw) && oneOf(lw[k+1].lc(), "was", "were") {
			return true
		}
		if lw[k].stop {
			return false
		}
	}
	return false
}

// handedOver reports whether a participle after "was" says a package
// changed hands or was updated, which a lead names under a title that
// told what the package was turned into ("Zorbtab, a tab manager, was
// bought by a new owner who pushed...", "Nano Adblocker and Nano
// Defender were updated to...").
func handedOver(l string) bool {
	return saleVerbs[l] || l == "updated"
}

// leadPackageMore reads the further forms a lead names one of a title's
// counted packages in: the sentence's subject "among the extensions"
// ("QuuxNotes and Zorb Screenshot were among the extensions whose
// updates..."), what a wave hit ("The latest wave hit Quuxify and
// ZorbTheme"), the names a counted channel lists after a comma ("two
// legitimate packages, exotime and spellcheck, were updated"), and a
// package named before its maintainer ("the zorb-ui maintainer account").
func leadPackageMore(lw []titleWord) string {
	ok := func(n string) bool {
		return n != "" && !threatActor(lw, n) && !quantities[strings.ToLower(n)] && !registryWord(n) &&
			!leadChannels[strings.ToLower(n)] && vendorName(n)
	}
	for i, w := range lw {
		l := w.lc()
		switch {
		case l == "among" && i >= 2 && oneOf(lw[i-1].lc(), "was", "were", "is", "are") &&
			leadChannelAfter(lw, i):
			// The sentence opens with the name.
			n := nameAt(lw, 0)
			if n == "" && packageToken(lw[0].text) && nameWord(lw[0]) {
				n = lw[0].text
			}
			if ok(n) {
				return n
			}
		case waveNouns[l] && i+2 < len(lw) && !w.stop && oneOf(lw[i+1].lc(), "hit", "hits",
			"compromised", "infected", "struck", "hijacked", "backdoored", "poisoned"):
			if n := slashName(lw, i+2, nameAfter(lw, i+2, true, true)); ok(n) {
				return n
			}
		case leadChannels[l] && w.stop && !w.dash && i+2 < len(lw) && (strings.HasSuffix(l, "s") && counted(lw, i) ||
			i > 0 && oneOf(lw[i-1].lc(), "the", "this")):
			// "two legitimate packages, exotime and spellcheck, were":
			// the count's members.
			n := nameAfter(lw, i+1, false, true)
			if e := i + 1 + len(strings.Fields(n)); ok(n) && e < len(lw) && (lw[e-1].stop || strings.EqualFold(lw[e].text, "and")) {
				return n
			}
		case maintainerWords[l] && i >= 2 && !lw[i-1].stop && strings.EqualFold(lw[i-2].text, "the") &&
			codeName(lw[i-1].text):
			// "the zorb-ui maintainer": a package written as code.
			return lw[i-1].text
		}
	}
	return ""
}

// waveNouns are what a lead calls a campaign whose verb hit packages.
var waveNouns = wordSet("wave attack attacks campaign worm attackers hackers malware operation")

// leadChannelAfter reports whether a channel word stands within four
// words after word i, in its phrase: "among the extensions".
func leadChannelAfter(lw []titleWord, i int) bool {
	for k := i + 1; k < len(lw) && k <= i+4; k++ {
		if leadChannels[lw[k].lc()] {
			return true
		}
		if lw[k].stop {
			return false
		}
	}
	return false
}

// counted reports whether the channel at i is counted within three
// words before it ("two legitimate packages", "at least 12 libraries").
func counted(lw []titleWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		l := lw[k].lc()
		if isNumber(l) || quantities[l] {
			return true
		}
		if lw[k].stop {
			return false
		}
	}
	return false
}

// researchersTake reports whether a title opens with researchers taking
// or registering something ("Researchers re-register expired domains to
// take over 20 npm packages"): every purpose after is theirs, a
// demonstration (lookalike.go's demonstration reads the verb right after
// them only when it is a hijack).
func researchersTake(words []titleWord) bool {
	i := 0
	if i < len(words) && strings.EqualFold(words[i].text, "security") {
		i++
	}
	if i+1 >= len(words) || !researcherNouns[words[i].lc()] || words[i].stop {
		return false
	}
	return claimVerbs[words[i+1].lc()] || takenOver(words, i+2)
}

// riskOnly reports whether a title tells of a risk, not of a release
// that shipped malware: "Revival Hijack technique puts 22,000 deleted
// PyPI packages at risk", "packages vulnerable to takeover". Research
// naming a technique is no compromise (trust-events.md).
//
// "At risk" after a compromise named ("GitHub Action compromise puts CI/CD
// secrets at risk", "Malicious code in XZ Utils puts Linux systems at
// risk") is what the shipped malware endangers: that stays news.
func riskOnly(words []titleWord) bool {
	risk, shipped := false, false
	for i, w := range words {
		l := w.lc()
		if l == "technique" || l == "techniques" || l == "vulnerable" && i+1 < len(words) && !w.stop && strings.EqualFold(words[i+1].text, "to") {
			return true
		}
		if l == "at" && i+1 < len(words) && !w.stop && oneOf(words[i+1].lc(), "risk", "risks") {
			risk = true
		}
		if malwareNouns[l] || oneOf(l, "compromise", "compromised", "backdoored") {
			shipped = true
		}
	}
	return risk && !shipped
}

// untrustedLead are the words of a lead that calls a package never
// trusted.
var untrustedLead = wordSet(`typosquat typosquats typosquatted typosquatting impersonated impersonates
	impersonating mimics mimicked mimicking counterfeit lookalike look-alike masquerading`)

// leadUntrusted reports whether the lead sentence an alert took its name
// from calls the package a typosquat or an impersonation ("The typosquat
// boltdb-go impersonated the popular BoltDB module"): the title's
// "backdoored package" was never the named project's.
func leadUntrusted(lead string) bool {
	var buf [8][2]int
	spans := sentenceSpans(lead, buf[:0])
	if len(spans) == 0 {
		return false
	}
	ws := titleWords(lead[spans[0][0]:spans[0][1]])
	return inWords(ws, untrustedLead) && !pk16LureOnly(ws) // (pk16.go: a phishing site's typosquat)
}

// resourceWords are what an owner leaves behind, not a package's name
// ("deleted npm package name re-registered").
var resourceWords = wordSet(`name names domain domains bucket buckets account accounts username
	usernames email namespace`)

// A release made to carry malware after attackers got in through a flaw:
// "GitHub Actions flaw let hackers publish cryptominer in Ultralytics
// releases". The flaw is how; what shipped is the releases, so the title
// is a compromise of their project, not attackers using a product.

// vulnOnly reports whether the words that call a channel never trusted
// are all a flaw's ("flaw", "exploit"), none a fake's ("fake",
// "typosquatted").
func vulnOnly(words []titleWord) bool {
	for _, w := range words {
		l := w.lc()
		if neverTrusted[l] && !intrusionWords[l] && !oneOf(l, "cve", "exploitation") {
			return false
		}
	}
	return true
}

// shippedInRelease finds malware published into a named project's
// releases: a verb of publishing, malware within two words, "in" or
// "into", and the releases of a name within three words. Releases and
// versions are a package's (oss); updates and builds a vendor's.
func shippedInRelease(words []titleWord) (supplyHit, bool) {
	for v := 0; v+3 < len(words); v++ {
		if lv := words[v].lc(); !publishVerbs[lv] && !deliverVerbs[lv] || words[v].stop {
			continue
		}
		m := v + 1
		if !malwareNouns[words[m].lc()] && !(m+1 < len(words) && malwareNouns[words[m+1].lc()] && !words[m].stop) {
			continue
		}
		if !malwareNouns[words[m].lc()] {
			m++
		}
		if words[m].stop || m+2 >= len(words) || !oneOf(words[m+1].lc(), "in", "into") {
			continue
		}
		for r := m + 2; r < len(words) && r <= m+5; r++ {
			lr := words[r].lc()
			if releaseNouns[lr] && r > m+2 {
				n := nameBefore(words, r, false)
				if n == "" {
					break
				}
				cat := categoryOf(chVendor)
				if oneOf(lr, "release", "releases", "version", "versions") {
					cat = categoryOf(chOSS)
				}
				return supplyHit{category: cat, term: joinSpan(words, v, r), name: n, lo: v, hi: r}, true
			}
			if words[r].stop {
				break
			}
		}
	}
	return supplyHit{}, false
}

// poisonedChannel reports whether the channel cs..ce, subject of a
// delivering verb, is called taken right before it ("Poisoned GitHub
// workflow pushed malicious binaries", "Hijacked npm package pushes
// stealer"): what it delivered was not its own.
func poisonedChannel(words []titleWord, cs int) bool {
	if cs == 0 || words[cs-1].stop {
		return false
	}
	l := words[cs-1].lc()
	return strings.HasSuffix(l, "ed") && (supplyVerbs[l] || l == "repojacked")
}

// releaseOf is the name whose releases a delivering verb carried, as
// written right after it: "pushed malicious Quuxctl binaries". The verb
// is the shape's own at v, or the one right after its channel's end ce
// ("Poisoned GitHub workflow pushed...").
func releaseOf(words []titleWord, v, ce int) string {
	if !deliverVerbs[words[v].lc()] {
		v = ce + 1
		if v >= len(words) || words[ce].stop || !deliverVerbs[words[v].lc()] {
			return ""
		}
	}
	k := v + 1
	if k+2 >= len(words) || words[v].stop || !(turnedRelease[words[k].lc()] || strings.EqualFold(words[k].text, "malicious")) {
		return ""
	}
	n := nameAfter(words, k+1, false, true)
	if e := k + 1 + len(strings.Fields(n)); n == "" || e >= len(words) || !releaseNouns[words[e].lc()] {
		return ""
	}
	return n
}

// A campaign named in the title, the package only in the lead:
// "'s1ngularity' attack hits thousands of developers" — "Malicious
// versions of the Nx build system were published to npm". The title's
// campaign is no package and its victims no vendor; the lead says whose
// releases were turned, and that names the event.

// campaignWord reports whether title holds "attack", "campaign", "npm"
// or "pypi" in any case, the cheap check before campaignAlert (it
// allocates nothing).
func campaignWord(title string) bool { return anyFold(title, campaignMarks) }

var campaignMarks = newFoldSubs("attack", "campaign", "npm", "pypi")

// campaignHits are the verbs a named campaign hits its victims with.
var campaignHits = wordSet(`hits hit strikes struck compromises infects steals leaks exposes
	spreads poisons hijacks backdoors impacts affects sweeps`)

// campaignShape finds "<Name> attack|campaign <verb>": the name quoted,
// or written as no English word is ("s1ngularity", "GhostAction",
// "Shai-Hulud"; not "New" or "Massive"). It returns the shape's span.
func campaignShape(words []titleWord) (int, int, bool) {
	for c := 0; c+2 < len(words); c++ {
		// "Shai-Hulud 3.0 hits npm": a coined name (and its wave's
		// number) hitting a registry that hosts packages.
		v := c + 1
		if v+1 < len(words) && isNumber(words[v].text) && !words[c].stop {
			v++
		}
		if n := words[c]; (n.quoted || coinedWord(n.text)) && nameWord(n) && !words[v-1].stop && wormVerbs[words[v].lc()] &&
			!words[v].stop && hostRegistries[words[v+1].lc()] {
			return c, v + 1, true
		}
	}
	for c := 1; c+1 < len(words); c++ {
		if !oneOf(words[c].lc(), "attack", "campaign") || words[c].stop || words[c-1].stop ||
			!campaignHits[words[c+1].lc()] {
			continue
		}
		n := words[c-1]
		if !nameWord(n) || !(n.quoted || coinedWord(n.text)) {
			continue
		}
		return c - 1, c + 1, true
	}
	return 0, 0, false
}

// coinedWord reports whether w is written as a coined name is: a digit,
// an inner capital or an inner hyphen between capitalised parts.
func coinedWord(w string) bool {
	for i := 1; i < len(w); i++ {
		if c := w[i]; c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' && w[i-1] != '-' && w[i-1] >= 'a' && w[i-1] <= 'z' ||
			c == '-' && i+1 < len(w) && w[i+1] >= 'A' && w[i+1] <= 'Z' {
			return true
		}
	}
	return false
}

// leadReleases names the project a lead sentence says had its releases
// turned: "Malicious versions of the Nx build system were published",
// "backdoored releases of quux-log", or "zorblib was hijacked"
// (passiveSubject).
func leadReleases(lw []titleWord) string {
	if untrustedChannel(lw) {
		return ""
	}
	if n := passiveSubject(lw); n != "" {
		return n
	}
	for i := 0; i+3 < len(lw); i++ {
		if !turnedLead[lw[i].lc()] || lw[i].stop || !releaseNouns[lw[i+1].lc()] ||
			lw[i+1].stop || !strings.EqualFold(lw[i+2].text, "of") {
			continue
		}
		k := i + 3
		for k < len(lw) && oneOf(lw[k].lc(), "the", "popular", "legitimate", "official", "widely-used") {
			k++
		}
		if n := slashName(lw, k, nameAfter(lw, k, false, true)); n != "" && !threatActor(lw, n) && vendorName(n) {
			return n
		}
	}
	return ""
}

// campaignAlert reads campaignShape in a title and names the lead's
// project (leadReleases): a package compromise, told across both.
func (m *Matcher) campaignAlert(title, lead string, hits []hit, question bool) unit {
	words := headline(titleWords(title))
	lo, hi, ok := campaignShape(words)
	if !ok || lead == "" {
		return unit{}
	}
	var buf [8][2]int
	spans := sentenceSpans(lead, buf[:0])
	if len(spans) == 0 {
		return unit{}
	}
	s := lead[spans[0][0]:spans[0][1]]
	lw := titleWords(s)
	name := leadReleases(lw)
	if name == "" && hostRegistries[words[hi].lc()] {
		// A registry hit: the lead's forms for the packages a wave took
		// ("The worm compromised zorb-ui and quux-grid").
		name = leadPackageNamed(lw, s)
	}
	if name == "" {
		name = os12CampaignPackage(lw, s) // the lead's package in the forms summaries give (oss12r.go)
	}
	if name == "" {
		return unit{}
	}
	u := m.shapeUnit(words, lo, hi, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{m.hitFor(name)}
	u.inTitle, u.across = false, true
	u.evidence = clean(title) + " — " + clean(s)
	return u
}

// addTo reports whether the word at k is the "to" of "add ... to" after
// an add verb at v ("added malicious code to its JavaScript SDK"): where
// the malware was put, as "into" says for other insert verbs.
func addTo(words []titleWord, v, k int) bool {
	return strings.EqualFold(words[k].text, "to") && k > v+1 && oneOf(words[v].lc(), "add", "adds", "added")
}

// quotedCode is a package written as code and quoted right after a
// takeover verb at v ("Hackers hijack 'eslint-config-prettier' via
// phishing"): the quotes and the code's form name a package with no
// channel word beside it.
func quotedCode(words []titleWord, v int) string {
	if v+1 >= len(words) || words[v].stop {
		return ""
	}
	n := words[v+1]
	if !n.quoted || !codeName(n.text) {
		return ""
	}
	return n.text
}

// targetedIn reads a package as the subject of "targeted in" or
// "targeted by" a supply chain attack ("quux-auth npm package targeted in
// supply chain attack"): the package was what the attack went through.
// Without a package's kind right before the verb, what was targeted is
// mostly victims ("Crypto firms targeted in supply chain attack").
func targetedIn(words []titleWord) (supplyHit, bool) {
	for v := 1; v+3 < len(words); v++ {
		if !strings.EqualFold(words[v].text, "targeted") || words[v-1].stop || !oneOf(words[v+1].lc(), "in", "by") {
			continue
		}
		if channelKind(words, v-1) != chOSS || releaseNouns[words[v-1].lc()] {
			return supplyHit{}, false
		}
		if lo, _, ok := supplyNoun(words[v+2:]); !ok || lo > 2 {
			return supplyHit{}, false
		}
		cs := v - 1
		for cs > 0 && !words[cs-1].stop && channelKind(words, cs-1) == chModify {
			cs--
		}
		n := nameBefore(words, cs, false)
		if n == "" {
			return supplyHit{}, false
		}
		return supplyHit{category: categoryOf(chOSS), term: joinSpan(words, cs, v), name: n, lo: cs, hi: v}, true
	}
	return supplyHit{}, false
}

// becomeVerbs say what a release became: "turned into a backdoor",
// "turns malicious", "goes rogue", "replaced with malware".
var becomeVerbs = wordSet("turned turns went goes gone replaced swapped injected")
