package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Package compromises told the ways outlets tell a wave (testdata/oss12.tsv,
// the ninth round's open-source family): the campaign or the finder first
// and the packages in the lead, an owner's packages, a plugin or extension
// sold and then turned, an action's tags rewritten.

// namedPackages reports whether the words from i name packages: up to
// three capitalised or registry words and then a package's kind
// ("compromised Open VSX extensions", "infected Zorb npm packages"): a
// channel, not hosts broken into ("compromised Windows systems").
func namedPackages(words []titleWord, i int) bool {
	for k := i; k < len(words) && k <= i+3; k++ {
		l := words[k].lc()
		if packageKinds[l] {
			return true
		}
		if words[k].stop || !hasUpperOrDigit(words[k].text) && !registryWord(l) {
			return false
		}
	}
	return false
}

// eventWords are words of the event a shape may take for its subject's
// name: the compromise ("takeover"), the release's parts ("tags",
// "versions") or the attack ("campaign"). None names a package.
var eventWords = union(evStrong, wordSet(`tag tags version versions release releases update updates
	commit commits build builds workflow workflows account accounts token tokens
	secrets attack attacks campaign campaigns wave waves worm`))

// packageMakers name who publishes a kind of package after "from" ("21
// Magento extensions from vendors Tigren, Meetanshi and MGS").
var packageMakers = wordSet(`vendor vendors developer developers publisher publishers maker makers
	author authors`)

// oss12After is settle's step for package and channel compromises: the
// field's statistics (fieldTrend) and a registry's takedown
// (registryTakedown) are dropped, an analysis tracing a known attack to
// its way in is coverage (tracedBack), and ossNames puts right what was
// named. It reports false to drop the alert.
func (m *Matcher) oss12After(title, lead string, u *unit) bool {
	if u.category != trust.CategoryOSS && u.category != trust.CategoryCompromise {
		return true
	}
	words := headline(titleWords(title))
	if fieldTrend(words) || registryTakedown(words) {
		return false
	}
	if len(u.vendors) == 1 && tracedBack(words, u.vendors[0].Name) {
		u.coverage = true
	}
	m.ossNames(title, lead, u)
	return true
}

// traceVerbs trace an attack to its cause.
var traceVerbs = wordSet("trace traces traced tracing link links linked tie ties tied")

// tracedAttacks name an attack a title may trace.
var tracedAttacks = wordSet(`attack attacks compromise hack breach hijack worm incident campaign
	heist`)

// takedownVerbs are a registry's ways of removing packages.
var takedownVerbs = wordSet(`removes removed pulls pulled deletes deleted purges purged bans
	banned blocks blocked suspends suspended nukes wipes takes took`)

// registryTakedown reports whether a title tells a registry removing
// packages never trusted ("PyPI removes thousands of junk packages
// uploaded in dependency confusion spam", "npm purges 600 malicious
// packages"): a takedown, no channel turned. Packages the title calls
// hijacked or compromised keep the alert.
func registryTakedown(words []titleWord) bool {
	for v := 1; v < len(words); v++ {
		if !takedownVerbs[lower(words[v])] || words[v-1].stop {
			continue
		}
		registry := false
		for k := max(0, v-2); k < v; k++ {
			l := lower(words[k])
			registry = registry || registryWord(l) || oneOf(l, "registry", "marketplace", "store")
		}
		if !registry {
			continue
		}
		untrusted := false
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			l := lower(words[k])
			if evStrong[l] || oneOf(l, "hijacked", "compromised") {
				return false
			}
			untrusted = untrusted || countWord(words[k].text) || isNumber(strings.ReplaceAll(l, ",", "")) ||
				oneOf(l, "junk", "spam", "malicious", "rogue", "fake", "typosquatted", "counterfeit", "bogus")
			if packageKinds[l] && strings.HasSuffix(l, "s") {
				return untrusted
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// traceCauses are what an analysis traces an attack back to: a way in,
// not another channel turned ("traced to the compromise of the zorbdog
// action" is news of zorbdog) nor an attacker ("linked to North Korean
// APT" tells who did the news).
var traceCauses = wordSet(`token tokens credential credentials key keys password passwords phishing
	laptop machine maintainer developer employee contributor workflow flaw vulnerability bug
	misconfiguration leak theft`)

// tracedBack reports whether a title traces the attack on name to its
// cause ("Report traces tj-actions compromise to earlier breach of
// reviewdog maintainer", "Unit 42 traces tj-actions attack to stolen
// SpotBugs token"): an analysis of a past incident, coverage of its event
// (trust-events.md). The attack and the name stand before "to", the
// cause after it.
func tracedBack(words []titleWord, name string) bool {
	if i := strings.IndexByte(name, '/'); i > 0 {
		name = name[:i] // an owner's path is split at its slash in words
	}
	s, _ := findName(words, name)
	for v, w := range words {
		if !traceVerbs[lower(w)] || w.stop {
			continue
		}
		attack, to := false, -1
		for k := max(0, v-3); k < v; k++ {
			attack = attack || tracedAttacks[lower(words[k])]
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			if lower(words[k]) == "to" {
				to = k
				break
			}
			attack = attack || tracedAttacks[lower(words[k])]
			if words[k].stop {
				break
			}
		}
		if !attack || to < 0 || s < 0 || s > to {
			continue
		}
		for k := to + 1; k < len(words) && k <= to+6; k++ {
			if traceCauses[lower(words[k])] {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// trendVerbs say how a count moved.
var trendVerbs = wordSet(`surged surges surge soared soars soar rose rises rise grew grows
	jumped jumps doubled doubles tripled triples spiked spikes increased increases
	climbed climbs fell falls dropped up down`)

// fieldTrend reports whether a title measures the field: a count of
// attacks, packages or incidents that moved by a number ("Next-gen
// software supply chain attacks surged 430%", "Malicious packages up
// 1,300% in three years"). Statistics name no channel turned
// (trust-events.md); "Attacks surge as hackers hijack popular npm
// packages" has no number and stays.
func fieldTrend(words []titleWord) bool {
	for i := 1; i+1 < len(words); i++ {
		if !trendVerbs[lower(words[i])] || words[i-1].stop || !isNumber(strings.ReplaceAll(words[i+1].text, ",", "")) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if oneOf(lower(words[k]), "attacks", "packages", "incidents", "compromises", "threats", "malware", "uploads",
				"extensions", "libraries") {
				return true
			}
			if k > 0 && words[k-1].stop {
				break
			}
		}
	}
	return false
}

// ossNames puts the package's name, as the news writes it, in place of
// what a package compromise named that is no package: a word of the
// event ("RubyGems maintainer account takeover pushes credential stealer
// in rack-throttlekit" named "takeover"; "Trivy GitHub Action tags
// hijacked" named "tags"), a two-word registry cut short ("VSX" of "Open
// VSX"), or a platform the lead writes before the kind of its packages,
// whose makers it names ("21 Magento extensions from vendors Tigren,
// Meetanshi and MGS": the vendors).
func (m *Matcher) ossNames(title, lead string, u *unit) {
	if !u.ok || u.category != trust.CategoryOSS && u.category != trust.CategoryCompromise || len(u.vendors) != 1 || !u.vendors[0].Unlisted ||
		u.vendors[0].Class != "" {
		return
	}
	name := u.vendors[0].Name
	words := headline(titleWords(title))
	switch l := strings.ToLower(name); {
	case eventWords[l]:
		n := titleCodeName(words)
		if n == "" {
			n = nameBeforeRegistry(words)
		}
		if n == "" && lead != "" {
			s := firstSentence(lead)
			n = leadPackageNamed(titleWords(s), s)
		}
		if n != "" && !eventWords[strings.ToLower(n)] && vendorName(n) {
			u.vendors = []trust.VendorHit{m.hitFor(n)}
			if !wordIn(title, n) {
				u.inTitle, u.across, u.evidence = false, true, clean(title)+" — "+clean(firstSentence(lead))
			}
		}
	case registryWord(name) && !registries[l]:
		if r := registryIn(words, 0, len(words)-1); r != "" && strings.HasSuffix(strings.ToLower(r), " "+l) {
			u.vendors = []trust.VendorHit{{Name: r, Term: r, Unlisted: true}}
		}
	case lead != "" && (u.category == trust.CategoryOSS || hasSupplyChain(title)):
		if ns := makersAfterKind(titleWords(firstSentence(lead)), name); len(ns) > 0 {
			hs := make([]trust.VendorHit, 0, len(ns))
			for _, n := range ns {
				hs = append(hs, m.hitFor(n))
			}
			u.vendors = hs
			u.inTitle, u.across, u.evidence = false, true, clean(title)+" — "+clean(firstSentence(lead))
			u.category = trust.CategoryCompromise // the makers' own channel (their download servers), not a registry's package
		}
	}
}

// makersAfterKind reads, in a lead, the platform name before a kind of
// package and the makers after it: "21 Magento extensions from vendors
// Tigren, Meetanshi and MGS" gives Tigren, Meetanshi, MGS (five at most).
func makersAfterKind(lw []titleWord, platform string) []string {
	s, e := findName(lw, platform)
	if s < 0 || e+2 >= len(lw) || lw[e].stop || !packageKinds[lw[e+1].lc()] || lw[e+1].stop ||
		!strings.EqualFold(lw[e+2].text, "from") {
		return nil
	}
	k := e + 3
	if k < len(lw) && packageMakers[lw[k].lc()] && !lw[k].stop {
		k++
	}
	var ns []string
	for k < len(lw) && len(ns) < 5 {
		if !hasUpperOrDigit(lw[k].text) || !nameWord(lw[k]) {
			break
		}
		b := k
		for k+1 < len(lw) && k < b+2 && !lw[k].stop && hasUpperOrDigit(lw[k+1].text) && nameWord(lw[k+1]) {
			k++
		}
		n := nameSpan(lw, b, k)
		if n == "" || registryWord(n) || threatActor(lw, n) {
			break
		}
		ns = append(ns, n)
		if !lw[k].stop && k+1 < len(lw) && strings.EqualFold(lw[k+1].text, "and") {
			k += 2
			continue
		}
		if !lw[k].stop || lw[k].dash {
			break
		}
		k++
		if k < len(lw) && strings.EqualFold(lw[k].text, "and") {
			k++
		}
	}
	return ns
}

// A wave told by its campaign, its finder or its reach, its packages only
// in the lead: "GhostAction supply chain attack steals 3,325 secrets from
// GitHub projects" — "Attackers pushed malicious GitHub Actions workflow
// files to hundreds of repositories, starting with the FastUUID project";
// "Google and Microsoft trusted them. 2.3 million users installed them.
// They were malware." — "Koi Security found 18 Chrome and Edge extensions,
// including the verified Geco colorpick, that were clean for years before
// updates turned them into browser hijackers"; "Ongoing supply chain
// attack targets CrowdStrike npm packages" — "malicious versions of
// several npm packages published under the crowdstrike-publisher
// account". The title tells an attack and no look-alike; the lead's first
// sentence tells trusted packages turned (compromised, malicious updates
// or versions pushed to them, updates that turned them) and names one, or
// the title names their owner before the packages' kind.

// waveChannels are the lead's channels of a wave: packages and the
// repositories whose workflows it turned.
var waveChannels = union(packageKinds, wordSet("repositories repos projects actions workflows images"))

// waveTakes are the verbs a wave takes trusted packages with.
var waveTakes = wordSet(`compromised compromising compromises hijacked hijacking hijacks backdoored
	backdooring poisoned poisoning trojanized trojanised infected infecting infects`)

// wavePushes put harm into packages: "push malicious updates to",
// "pushed malicious workflow files to", "published malicious versions".
var wavePushes = wordSet(`push pushes pushed pushing publish publishes published publishing ship
	shipped inject injected injecting plant planted add added`)

// waveTurns say what updates made of packages: "turned them into",
// "flipping them into".
var waveTurns = wordSet(`turned turning turns turn flipped flipping flips flip converted
	converting weaponized weaponizing`)

// waveVeto in a title: packages never trusted, counts and reports of
// the field, research, talk.
var waveVeto = union(evFake, neverTrusted, wordSet(`study report reports survey statistics webinar roundup
	recap lessons could would may might traces traced analysis explained how why`))

// waveVetoed reports whether a title holds a word of waveVeto; "rogue"
// after a verb of becoming ("went rogue") is a turn, not a rogue upload.
func waveVetoed(words []titleWord) bool {
	for i, w := range words {
		l := lower(w)
		if waveVeto[l] && !(l == "rogue" && i > 0 && oneOf(lower(words[i-1]), "went", "goes", "go", "gone", "going", "turned", "turns")) {
			return true
		}
	}
	return false
}

// leadTurnsTrusted reports whether a lead sentence tells trusted
// packages turned (see above).
func leadTurnsTrusted(lw []titleWord, titleChannel bool) bool {
	channel, updated := titleChannel, false
	for _, w := range lw {
		l := lower(w)
		channel = channel || waveChannels[l] && strings.HasSuffix(l, "s")
		updated = updated || oneOf(l, "update", "updates", "trusted", "legitimate", "clean")
	}
	if !channel {
		return false
	}
	for i, w := range lw {
		l := lower(w)
		switch {
		case waveTakes[l]:
			// "compromised at least seven extensions", "has compromised
			// hundreds of npm packages".
			if waveChannelAfter(lw, i, 6) {
				return true
			}
		case wavePushes[l]:
			// "push malicious updates to 24 previously legitimate
			// extensions", "pushed malicious GitHub Actions workflow files
			// to hundreds of repositories"; "pushed updates that hijack
			// search results".
			if harmfulRelease(lw, i+1) {
				return true
			}
			for k := i + 1; k < len(lw) && k <= i+3; k++ {
				if evHarm[lower(lw[k])] {
					for j := k + 1; j < len(lw) && j <= k+5; j++ {
						if oneOf(lower(lw[j]), "to", "into") && waveChannelAfter(lw, j, 6) {
							return true
						}
						if lw[j].stop {
							break
						}
					}
					break
				}
				if lw[k].stop {
					break
				}
			}
		case waveTurns[l] && updated:
			// "updates turned them into browser hijackers", "flipping them
			// into spyware through silent updates".
			if i+2 < len(lw) && oneOf(lower(lw[i+1]), "them", "it", "those") && oneOf(lower(lw[i+2]), "into", "to") {
				return true
			}
		case l == "malicious" && i+2 < len(lw) && oneOf(lower(lw[i+1]), "versions", "releases", "updates") &&
			strings.EqualFold(lw[i+2].text, "of"):
			// "malicious versions of several npm packages".
			if waveChannelAfter(lw, i+2, 5) {
				return true
			}
		}
	}
	return false
}

// harmfulRelease reports whether the words from i are a release that
// does harm: "(an) update(s) that hijack(s) search results", "a version
// which steals keys".
func harmfulRelease(lw []titleWord, i int) bool {
	if i < len(lw) && oneOf(lower(lw[i]), "a", "an", "new") {
		i++
	}
	if i+2 >= len(lw) || !oneOf(lower(lw[i]), "update", "updates", "version", "versions", "release", "releases") ||
		lw[i].stop || !oneOf(lower(lw[i+1]), "that", "which") {
		return false
	}
	v := lower(lw[i+2])
	return evHarmVerbs[v] || evHarmVerbs[strings.TrimSuffix(v, "s")] || oneOf(v, "hijack", "hijacks", "injects", "creates", "adds", "installs")
}

// waveChannelAfter reports whether a plural channel of a wave stands
// within n words after word i, in its phrase.
func waveChannelAfter(lw []titleWord, i, n int) bool {
	for k := i + 1; k < len(lw) && k <= i+n; k++ {
		if l := lower(lw[k]); waveChannels[l] && strings.HasSuffix(l, "s") {
			return true
		}
		if lw[k].stop && !(k+1 < len(lw) && oneOf(lower(lw[k+1]), "including", "such")) {
			return false
		}
	}
	return false
}

// waveOpen is the cheap check before waveLeadAlert: a title telling an
// attack or a wave ("Second wave of SpiderLoom hits Open VSX"), and a
// lead to read. It is an opener too (openers.go): it allocates nothing.
func waveOpen(title, lead string, g gateBits) bool {
	return lead != "" && (g.has(gEvTurn) || campaignWord(title) || hasWorm(title) || waveWord(title)) &&
		(waveChannelIn(firstSentence(lead)) || waveChannelIn(title))
}

// waveChannelIn reports, without allocating, whether s holds a plural
// channel of a wave.
func waveChannelIn(s string) bool {
	sc := wordScan{s: s}
	for w := sc.next(); w != nil; w = sc.next() {
		if waveChannels[string(w)] && w[len(w)-1] == 's' {
			return true
		}
	}
	return false
}

// waveWord reports whether title holds "wave" in any case.
func waveWord(title string) bool {
	for i := 0; i+4 <= len(title); i++ {
		if (title[i]|0x20) == 'w' && (title[i+1]|0x20) == 'a' && (title[i+2]|0x20) == 'v' && (title[i+3]|0x20) == 'e' {
			return true
		}
	}
	return false
}

// waveOpener is waveOpen as an opener (openers.go): hasWorm and
// campaignWord open by themselves earlier in vendorlessOpeners, so asking
// them again only costs two more scans of every title; the openers'
// union is the same.
func waveOpener(title, lead string, g gateBits) bool {
	return lead != "" && (g.has(gEvTurn) || waveWord(title)) && (waveChannelIn(firstSentence(lead)) || waveChannelIn(title))
}

// waveLeadAlert reads a wave whose packages the lead names (see above).
func (m *Matcher) waveLeadAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	if !waveOpen(title, lead, gate.gateBits) {
		return unit{}
	}
	words := headline(gate.words(title))
	if evLookalike(words) || waveVetoed(words) || unCounted(words) && !boughtCount(words) {
		return unit{}
	}
	at := waveAttackAt(words)
	if at < 0 {
		return unit{}
	}
	s := firstSentence(lead)
	lw := gate.words(s)
	if evLeadFake(lw) || unVetoed(lw, unLeadVeto) || inWords(lw, waveLeadVeto) || !leadTurnsTrusted(lw, waveChannelIn(title)) {
		return unit{}
	}
	name := leadPackageNamed(lw, s)
	if leadChannels[strings.ToLower(name)] {
		name = channelListed(lw) // "versions of 30 crates, including zorb-hex"
	}
	if name == "" || !vendorName(name) || registryWord(name) || eventWords[strings.ToLower(name)] || threatActor(lw, name) ||
		malwareName(name) || wordIn(title, name) && coinedCampaign(words, name) {
		// The owner before its packages' kind ("CrowdStrike npm
		// packages"), a registry vendor or named again in the lead, in
		// any case ("the crowdstrike-publisher account"); a Title Case
		// descriptor ("Prominent PyPI Developers") is neither.
		name = nameBeforeRegistry(words)
		if name == "" || coinedCampaign(words, name) || m.hitFor(name).Unlisted && !namedAgain(lead, name) {
			return unit{}
		}
	}
	u := m.shapeUnit(words, at, at, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{m.hitFor(name)}
	u.category = trust.CategoryOSS
	u.inTitle, u.across = false, true
	u.evidence = clean(title) + " — " + clean(s)
	return u
}

// channelListed is the first name a lead lists after a channel's word
// ("crates, including zorb-hex"), or "".
func channelListed(lw []titleWord) string {
	for i, w := range lw {
		if leadChannels[lower(w)] {
			if n := channelList(lw, i); n != "" && !leadChannels[strings.ToLower(n)] {
				return n
			}
		}
	}
	return ""
}

// waveLeadVeto in a lead: packages that posed as others or were built to
// deceive, the field counted.
var waveLeadVeto = wordSet("could would typosquatted impersonating mimicking lookalike look-alike")

// waveAttackWords tell an attack in a title.
var waveAttackWords = union(evTurns, wordSet(`attack attacks campaign wave worm returns secrets trusted
	hijackers backdoors`))

// waveAttackAt is the title's word that tells the attack, or -1: a word
// of harm or attack before one of trust or return ("trusted them ... They
// were malware" is told by "malware").
func waveAttackAt(words []titleWord) int {
	at := -1
	for i, w := range words {
		l := lower(w)
		if evTurns[l] || wormWord(w.text) || oneOf(l, "attack", "attacks", "campaign", "worm", "backdoors", "hijackers") {
			return i
		}
		if at < 0 && waveAttackWords[l] {
			at = i
		}
	}
	return at
}

// coinedCampaign reports whether name is the title's campaign or worm
// ("GhostAction supply chain attack", "ShadyPanda browser extensions"
// whose lead calls it a campaign): no package's.
func coinedCampaign(words []titleWord, name string) bool {
	s, e := findName(words, name)
	if s < 0 {
		return false
	}
	return s == e && (coinedWord(words[s].text) || wormWord(words[s].text)) && (campaignWordAfter(words, e) || s == 0)
}

// campaignWordAfter reports whether a campaign's noun follows word e
// within three words.
func campaignWordAfter(words []titleWord, e int) bool {
	for k := e + 1; k < len(words) && k <= e+4; k++ {
		if oneOf(lower(words[k]), "attack", "campaign", "worm", "malware", "returns", "wave", "operation") {
			return true
		}
	}
	return false
}

// boughtCount reports whether a title's count is of packages bought
// ("Attacker bought 31 WordPress plugins"): trusted ones, sold.
func boughtCount(words []titleWord) bool {
	for _, w := range words {
		if oneOf(lower(w), "bought", "buys", "buy", "acquired", "acquires", "purchased", "purchases") {
			return true
		}
	}
	return false
}

// namedAgain reports whether a lead names name again: as a word, or, in
// any case, inside a longer token ("crowdstrike-publisher") when the name
// is long enough not to be a piece of English.
func namedAgain(lead, name string) bool {
	return wordIn(lead, name) || len(name) >= 5 && strings.Contains(strings.ToLower(lead), strings.ToLower(name))
}
