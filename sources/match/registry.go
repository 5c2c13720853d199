package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Open-source compromises told by their count or their campaign, with no
// package named in the title nor in the lead: "Shai-Hulud malware infects
// 500 npm packages", "40+ npm packages compromised in supply chain
// attack", "hackers hijacked 35 Chrome extensions". The news is a
// compromise of packages in one registry, and the registry is the only
// name the words give: the alert names it as written ("npm", "PyPI",
// "Open VSX"), so that the reports of one wave meet in one event.

// registries are the words that name a package registry or marketplace
// on their own; registryPairs the two-word ones ("VS Code", "Docker Hub").
var (
	registries = wordSet(`npm pypi rubygems crates.io nuget packagist openvsx open-vsx maven
		chrome firefox wordpress github go golang python rust ruby php vscode edge
		cargo composer jetbrains docker homebrew aur snapcraft flathub conda cocoapods
		jenkins`)
	registryPairs = map[string]string{"vs code": "VS Code", "open vsx": "Open VSX", "docker hub": "Docker Hub",
		"hugging face": "Hugging Face", "visual studio": "Visual Studio", "maven central": "Maven Central"}
)

// registryName is the registry the channel words of a shape (lo..hi) are
// of, or else the first the title names, as written; "" for none.
func registryName(words []titleWord, lo, hi int) string {
	// "infects VS Code extensions on OpenVSX": where they are hosted.
	if hi+2 < len(words) && !words[hi].stop && oneOf(words[hi+1].lc(), "on", "in", "from") {
		if n := registryIn(words, hi+2, hi+3); n != "" {
			return n
		}
	}
	if n := registryIn(words, lo, hi); n != "" {
		return n
	}
	return registryIn(words, 0, len(words)-1)
}

func registryIn(words []titleWord, lo, hi int) string {
	for i := max(lo, 0); i <= hi && i < len(words); i++ {
		lw := words[i].lc()
		if i+1 < len(words) && !words[i].stop {
			if _, ok := registryPairs[lw+" "+words[i+1].lc()]; ok {
				return joinSpan(words, i, i+1)
			}
		}
		if registries[lw] {
			return words[i].text
		}
	}
	return ""
}

// takeoverVerbs say a package was taken from its owners ("over" after
// "take", takenOver; "turned" into malware, becameMalware): an unnamed
// package only "laced with" or "infected with" something was mostly
// uploaded so ("Docker Hub images laced with cryptominers").
var takeoverVerbs = wordSet(`over turned hijack hijacks hijacked hijacking compromise compromises compromised
	backdoor backdoors backdoored infects infect poison poisons poisoned trojanize
	trojanizes trojanized trojanised hit hits breached hacked sabotaged tampered`)

// countedTakeover reports whether a shape lo..hi that names no package
// tells of packages taken over, as the headline's own news: a takeover
// verb (or malware put into them), a verb before the channel that is the
// headline's (predicate), and packages nowhere called malicious or new,
// which never were trusted ("Malicious NuGet packages ... sabotage",
// "backdoor in malicious npm package").
func countedTakeover(words []titleWord, lo, hi int) bool {
	for i, w := range words {
		if l := w.lc(); (l == "malicious" || l == "new") && i+1 < len(words) && !w.stop &&
			!releaseNouns[words[i+1].lc()] && // "malicious versions" are of something trusted
			(channelKind(words, i+1) != chNone || i+2 < len(words) && channelKind(words, i+2) == chOSS && !words[i+1].stop) {
			return false
		}
	}
	for v := lo; v <= hi; v++ {
		lv := words[v].lc()
		if !takeoverVerbs[lv] && !insertVerbs[lv] {
			continue
		}
		for _, w := range words[:v] {
			if oneOf(w.lc(), "could", "can", "may", "might", "would") {
				return false // "Could your Chrome extensions be hijacked next?"
			}
		}
		if v > lo {
			// The packages before the verb: taken ("npm packages
			// compromised"), not acting ("Chrome extensions hijack
			// users' searches": never trusted).
			return strings.HasSuffix(lv, "ed") || lv == "hit"
		}
		// The packages after the verb must be ones users trusted: counted
		// ("hijacked 35 Chrome extensions", "infects 500 npm packages"),
		// called popular, or taken by a worm or from their maintainers;
		// "Lazarus hackers backdoor npm packages" are mostly their own.
		return (insertVerbs[lv] || predicate(words, v)) && (countedAt(words, v+1, hi+1) || trustedWords(words, v, hi) ||
			wormBefore(words, v) || takeover(words))
	}
	return false
}

// trustedWords reports whether the channel words lo..hi, or a count of
// downloads right after them, call the packages trusted: "popular npm
// packages", "npm packages with 2 billion weekly downloads".
func trustedWords(words []titleWord, lo, hi int) bool {
	for i := lo; i <= hi; i++ {
		switch words[i].lc() {
		case "popular", "legitimate", "legit", "widely-used", "trusted", "official", "verified":
			return true
		}
	}
	for e := hi + 1; e < len(words) && e <= hi+7; e++ {
		if countWith(words, e) == hi+1 {
			return true
		}
	}
	// "backdoored version of popular Python library"
	if hi+2 < len(words) && !words[hi].stop && strings.EqualFold(words[hi+1].text, "of") {
		return oneOf(words[hi+2].lc(), "popular", "legitimate", "official", "widely-used", "trusted")
	}
	return false
}

// wormBefore reports whether a worm is the subject of the verb at v.
func wormBefore(words []titleWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if wormWord(words[k].text) {
			return true
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// researchSubject reports whether researchers are the subject of the
// verb at v ("Researchers hijack popular npm package with millions of
// downloads", "Researcher hijacks abandoned GitHub repositories"): a
// demonstration of what attackers could do, not a channel turned.
func researchSubject(words []titleWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if words[k].stop {
			return false
		}
		switch words[k].lc() {
		case "security":
			continue
		case "researcher", "researchers", "white-hat", "whitehat", "pentester", "pentesters":
			return true
		case "have", "has", "successfully", "secretly", "ethically":
			continue
		}
		return false
	}
	return false
}

// predicate reports whether a verb at v that stands before its channel
// is the headline's verb with a subject ("hackers hijacked 35 Chrome
// extensions", "worm infects 500 npm packages"; an opening participle
// with a verb after its channel, "Hijacked npm packages steal keys"),
// not a participle that
// describes the channel ("Compromised NPM packages: how to check",
// "attack involving compromised npm packages"), whose news is elsewhere.
func predicate(words []titleWord, v int) bool {
	lv := words[v].lc()
	if !strings.HasSuffix(lv, "ed") {
		return true
	}
	if v == 0 {
		// "Hijacked npm packages steal developers' keys": the verb
		// follows the channel.
		for _, w := range words[1:] {
			if deliverVerbs[w.lc()] {
				return true
			}
		}
		return false
	}
	if words[v-1].stop || v > 1 && strings.EqualFold(words[v-2].text, "to") {
		return false // "to stop hijacked packages"
	}
	p := words[v-1].lc()
	return !describers[p] && !strings.HasSuffix(p, "ing") && !channelModifiers[p]
}

// describers stand before a participle that describes what follows it:
// "the compromised packages", "of hijacked extensions".
var describers = wordSet(`a an the of in on to for with by from into via these
	those this that about over after against amid its their more other and or`)

// harmful reports whether a word says what code was made to do to its
// users: "computer-wiping commands", "password-stealing code".
func harmful(w string) bool {
	return strings.HasSuffix(w, "-wiping") || strings.HasSuffix(w, "-stealing") || strings.HasSuffix(w, "-mining") ||
		w == "wiping" || w == "wiper"
}

// ownerOf is the package whose maintainer is the subject of the verb at
// v ("node-ipc maintainer sabotages popular npm package", "colors.js
// developer corrupts own libraries"): the package turned is the
// maintainer's own.
func ownerOf(words []titleWord, v int) string {
	if v < 2 || words[v-1].stop {
		return ""
	}
	switch words[v-1].lc() {
	case "maintainer", "developer", "author", "creator", "owner", "dev":
		return nameBefore(words, v-1, false)
	}
	return ""
}

// countWith is the index of the "with" that opens a count ending at word
// e ("with 2 billion weekly downloads", "with over 100,000 users"), or
// -1.
func countWith(words []titleWord, e int) int {
	switch words[e].lc() {
	case "downloads", "installs", "users", "stars", "dependents":
	default:
		return -1
	}
	counted := false
	for k := e - 1; k >= 0 && k >= e-6; k-- {
		lk := words[k].lc()
		switch {
		case lk == "with" && counted && !words[k].stop:
			return k
		case isNumber(strings.TrimSuffix(strings.TrimSuffix(lk, "+"), "b")) || quantities[lk]: // "2.6B", "40+"
			counted = true
		case oneOf(lk, "over", "more", "than", "nearly", "almost", "about", "weekly", "monthly", "active", "a", "an"): // "with a million weekly downloads"
		default:
			return -1
		}
		if words[k].stop {
			return -1
		}
	}
	return -1
}

// researchDemo reports whether a title's turning verb has researchers for
// its subject (researchSubject), whichever shape read it.
// So does a title whose researchers show or prove it, or that names them
// as the agent ("npm packages hijacked by researcher to prove point",
// "PyPI packages hijacked through expired domains, researchers show").
func researchDemo(title string) bool {
	words := titleWords(title)
	for v, w := range words {
		lw := w.lc()
		if (supplyVerbs[lw] || weakVerbs[lw] || objectVerbs[lw] || insertVerbs[lw]) && researchSubject(words, v) ||
			takenOver(words, v) && researchSubject(words, v-1) { // "researchers take over 2,000 accounts"
			return true
		}
		if (lw == "researcher" || lw == "researchers") && v+1 < len(words) && oneOf(words[v+1].lc(),
			"show", "shows", "showed", "demonstrate", "demonstrates", "demonstrated", "prove", "proves", "proved") {
			return true
		}
		if (lw == "researcher" || lw == "researchers") && v > 0 && strings.EqualFold(words[v-1].text, "by") {
			return true
		}
	}
	return false
}

// A self-spreading worm in a registry spreads by publishing itself
// through the packages of the maintainers it robbed: its news is a wave
// of compromised packages even when the title names only the campaign and
// the registry ("GlassWorm malware returns to Open VSX with new
// extensions", "Self-spreading Quuxworm malware hits OpenVSX and VS Code
// marketplaces", "Shai-Hulud worm strikes npm again").

// wormVerbs carry a worm into a registry as their subject's doing.
var wormVerbs = wordSet(`hits hit strikes struck returns returned spreads spread infects
	infected invades floods resurfaces reappears compromises backdoors hijacks
	poisons sweeps rips tears worms hides hide lurks lurk`)

// hostRegistries are registries that host packages and nothing else, so
// that they are a channel on their own ("hits npm"); a platform ("Docker",
// "GitHub", "Chrome") is one only before a channel word ("GitHub
// repositories", "Chrome extensions"), not as "Docker hosts".
var hostRegistries = wordSet(`npm pypi rubygems crates.io nuget packagist openvsx open-vsx maven
	marketplace marketplaces`)

// registryUsers after a registry make it theirs: "hits npm developers'
// machines" is a worm among users, not in the registry.
var registryUsers = wordSet("developer developers devs users user machines systems hosts servers")

// hostPairs are the two-word registries that host packages.
var hostPairs = map[string]bool{"open vsx": true, "docker hub": true, "hugging face": true}

// wormWord reports whether w names a worm: "worm", or a campaign's name
// ending in one ("GlassWorm").
func wormWord(w string) bool {
	lw := strings.ToLower(w)
	return lw == "worm" || lw == "worms" || len(lw) > 6 && strings.HasSuffix(lw, "worm") && hasUpperOrDigit(w)
}

// hasWorm is the cheap check before wormShape: "worm" in any case, or
// " hit by " (packages hit by a campaign named without the word,
// ossnames.go).
func hasWorm(title string) bool {
	for i := 0; i+4 <= len(title); i++ {
		if (title[i]|0x20) == 'w' && (title[i+1]|0x20) == 'o' && (title[i+2]|0x20) == 'r' && (title[i+3]|0x20) == 'm' {
			return true
		}
	}
	return hitBy(title)
}

// wormShape finds a worm that is the subject of a verb carrying it into a
// registry: the worm within three words before the verb, the registry
// within four after it. It returns the verb and the registry's last word.
func wormShape(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		if e, ok := byWorm(words, v); ok {
			// "PostHog, Zapier, Postman npm packages hit by Shai-Hulud
			// worm": the packages before, the worm after (ossnames.go).
			return v, e, true
		}
		if !wormVerbs[words[v].lc()] || words[v-1].stop && !wormWord(words[v-1].text) {
			continue
		}
		subject := false
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if wormWord(words[k].text) {
				subject = true
				break
			}
			if words[k].stop {
				break
			}
		}
		if !subject {
			continue
		}
		limit := v + 5
		for k := v + 1; k < len(words) && k <= limit; k++ {
			lk := words[k].lc()
			if lk == "again" && k == v+1 {
				limit += 3 // "GlassWorm strikes again: 24 new extensions hit on OpenVSX"
				continue
			}
			if hostRegistries[lk] && !(k+1 < len(words) && !words[k].stop && registryUsers[words[k+1].lc()]) {
				return v, k, true
			}
			if k+1 < len(words) && !words[k].stop && hostPairs[lk+" "+words[k+1].lc()] {
				return v, k + 1, true
			}
			if channelKind(words, k) == chOSS && countedAt(words, v+1, k) && registryIn(words, 0, len(words)-1) != "" {
				return v, k, true // "npm worm hits 492 packages"
			}
			if k+1 < len(words) && !words[k].stop && (registries[lk] || registryPairs[lk+" "+words[k+1].lc()] != "") {
				for j := k + 1; j < len(words) && j <= k+2; j++ {
					if ck := channelKind(words, j); ck == chOSS || hostRegistries[words[j].lc()] {
						return v, j, true
					}
					if words[j].stop {
						break
					}
				}
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// wormAlert reads a title for wormShape and names the registry as
// written. The shape is a core signal; talk and routine in the title
// still count against it, and a title that looks back ("after
// Shai-Hulud worm") never has the worm for a subject.
func (m *Matcher) wormAlert(title string, hits []hit, question bool) unit {
	words := headline(titleWords(title))
	if untrustedChannel(words) {
		return unit{}
	}
	v, e, ok := wormShape(words)
	if !ok {
		return unit{}
	}
	name := registryName(words, v, e)
	if cs := v - 1; cs > 0 && channelKind(words, cs) == chOSS && strings.EqualFold(words[v+1].text, "by") {
		// "PostHog, Zapier, Postman npm packages hit by...": the first
		// package the title lists.
		for cs > 0 && channelKind(words, cs-1) != chNone {
			cs--
		}
		if n := listBefore(title, words, cs); n != "" {
			name = n
		} else if n := pairBefore(words, cs); n != "" {
			name = n // "PostHog and Postman packages hit by..."
		}
	}
	if name == "" {
		return unit{}
	}
	u := m.shapeUnit(words, v, e, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	u.evidence = clean(title)
	u.shapeEnd = words[e].end
	return u
}

// countedAt reports whether the words from i to the channel at cs count
// it ("800 npm packages", "dozens of PyPI projects").
func countedAt(words []titleWord, i, cs int) bool {
	for k := i; k < cs; k++ {
		if l := words[k].lc(); isNumber(strings.TrimSuffix(l, "+")) || quantities[l] {
			return true
		}
	}
	return false
}

// untrustedSubject reports whether a title opens with packages it calls
// malicious or fake ("Malicious PyPI packages hijack developers' Discord
// accounts", "Over 100 malicious npm packages ..."): whatever they did,
// they never were trusted, so no shape of the title is a compromise of
// theirs or of anything they name.
func untrustedSubject(title string) bool {
	words := titleWords(title)
	i := 0
	for i < len(words) && i < 4 && (isNumber(strings.TrimSuffix(words[i].lc(), "+")) ||
		quantities[words[i].lc()] || oneOf(words[i].lc(), "over", "more", "than", "of", "new")) {
		i++
	}
	if i >= len(words) || !oneOf(words[i].lc(), "malicious", "fake", "rogue", "typosquatted", "counterfeit") {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+4; k++ {
		switch channelKind(words, k) {
		case chOSS:
			// Malicious versions are releases of something trusted.
			return !releaseNouns[words[k].lc()] && !wheelOf(words, k) // (oss9.go)
		case chModify:
			continue
		}
		if hostPairs[words[k-1].lc()+" "+words[k].lc()] {
			continue
		}
		return false
	}
	return false
}

// takenOver reports whether the word at v is "over" after a form of
// "take" ("Hacker takes over popular npm package", "attackers took over
// the maintainer's account"): a hijack in two words.
func takenOver(words []titleWord, v int) bool {
	return v > 0 && strings.EqualFold(words[v].text, "over") && !words[v-1].stop &&
		oneOf(words[v-1].lc(), "take", "takes", "took", "taken", "taking")
}

// inTrusted reports whether the words after "in" at k call what malware
// is in trusted ("Malware in popular Zorbify library"): then it is a
// product's own, with no verb of finding.
func inTrusted(words []titleWord, k int) bool {
	return k+1 < len(words) && strings.EqualFold(words[k].text, "in") &&
		oneOf(words[k+1].lc(), "popular", "legitimate", "official", "widely-used")
}

// attackSubject reports whether an attack is the subject of the verb at
// v ("Supply chain attack hits popular npm package 'rc'", "worm hits"):
// what it hit was turned, not a victim's network.
func attackSubject(words []titleWord, v int) bool {
	if v == 0 || words[v-1].stop {
		return false
	}
	switch words[v-1].lc() {
	case "attack", "attacks", "compromise", "worm", "wave", "campaign":
		return true
	}
	return wormWord(words[v-1].text)
}

// ofRegistry reports whether the channel ending at ce describes what
// follows it ("npm package registry", "PyPI package maintainers"): the
// registry or its people, not a package.
func ofRegistry(words []titleWord, ce int) bool {
	return ce+1 < len(words) && !words[ce].stop && (registryUsers[words[ce+1].lc()] ||
		oneOf(words[ce+1].lc(), "registry", "registries", "ecosystem", "maintainer", "maintainers"))
}

// "Malicious Nx packages leak 2,349 credentials": a title that calls a
// named package's releases malicious reads like a typosquat's ("Malicious
// Solana packages steal keys"), and only the lead tells the two apart: a
// compromise's lead says the releases were of the named project ("published
// malicious versions of the Nx build system"); a typosquat's says the
// packages imitate it, or names no release of it.

// maliciousOpen is the cheap check before maliciousNamed: the title opens
// with "Malicious ".
func maliciousOpen(title string) bool {
	return len(title) > 10 && strings.EqualFold(title[:10], "malicious ")
}

// maliciousNamed reads "Malicious <Name> packages|versions|extension"
// whose lead names releases of Name ("versions of the Nx build system",
// "the Nx package was compromised"). It returns the name, the shape's
// last word, and the lead sentence that vouched for it.
func maliciousNamed(words []titleWord, lead string) (string, int, string) {
	if len(words) < 3 || words[0].stop || !nameWord(words[1]) || !hasUpperOrDigit(words[1].text) {
		return "", 0, ""
	}
	name := nameAt(words, 1)
	if name == "" || registries[strings.ToLower(name)] {
		return "", 0, ""
	}
	e := 1 + len(strings.Fields(name))
	if e >= len(words) || words[e-1].stop || channelKind(words, e) != chOSS {
		return "", 0, ""
	}
	var buf [8][2]int
	spans := sentenceSpans(lead, buf[:0])
	if len(spans) == 0 {
		return "", 0, ""
	}
	s := lead[spans[0][0]:spans[0][1]]
	lw := titleWords(s)
	if untrustedChannel(lw) {
		return "", 0, ""
	}
	first := strings.Fields(name)[0]
	taken := false // the lead says the releases were taken or turned
	for _, w := range lw {
		if l := w.lc(); takeoverVerbs[l] && strings.HasSuffix(l, "ed") {
			taken = true
		}
	}
	for i := 0; i+2 < len(lw); i++ {
		if !releaseNouns[lw[i].lc()] || !strings.EqualFold(lw[i+1].text, "of") || lw[i].stop {
			continue
		}
		if !taken && (i == 0 || !turnedLead[lw[i-1].lc()]) {
			continue // "versions of X tools were uploaded": not said to be turned
		}
		k := i + 2
		for k < len(lw) && oneOf(lw[k].lc(), "the", "popular", "legitimate", "official") {
			k++
		}
		if k < len(lw) && lw[k].text == first {
			return name, e, s
		}
	}
	return "", 0, ""
}

// maliciousNamedAlert alerts on maliciousNamed, the name from the title,
// the evidence across the title and lead.
func (m *Matcher) maliciousNamedAlert(title, lead string, hits []hit, question bool) unit {
	words := headline(titleWords(title))
	name, e, s := maliciousNamed(words, lead)
	if name == "" {
		return unit{}
	}
	u := m.shapeUnit(words, 0, e, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	u.inTitle, u.across = false, true
	u.evidence = clean(title) + " — " + clean(s)
	return u
}

// codeName reports whether a name is written as code is, not as a brand:
// lower case with an inner dot, hyphen, slash or underscore ("web3.js",
// "rand-user-agent", "strong_password"). Such a name is a package's
// even with no channel word beside it.
func codeName(n string) bool {
	f := strings.Fields(n)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1] // "Solana web3.js": the code is the last word
	if strings.ToLower(w) != w || !strings.ContainsAny(strings.Trim(w, ".-/_"), ".-/_") || hyphenAdjective(w) ||
		isNumber(strings.TrimPrefix(w, "v")) { // a version ("1.84.0") is no name
		return false
	}
	// An English compound is no code: "e-commerce", "third-party".
	for _, p := range strings.Split(w, "-") {
		if len(p) == 1 && !strings.ContainsAny(w, "./_") || oneOf(p, "party", "source", "hosted", "end", "in", "on") {
			return false
		}
	}
	return true
}

// listBefore is the first name of a list that ends right before the
// channel at cs ("Zapier, ENS Domains, and other npm packages", "PostHog,
// Zapier, Postman npm packages"), read back to the clause's start; "" if
// no name stands there.
func listBefore(title string, words []titleWord, cs int) string {
	k := cs - 1
	items := 0 // a list has two names, or ends in "and other"
	for j := cs - 1; j > 1 && j >= cs-2; j-- {
		// "and Other Prominent npm Packages", "and 40 other npm
		// packages": past the list's end, its count and what describes
		// the channel.
		if !oneOf(words[j].lc(), "other", "others") {
			continue
		}
		a := j - 1
		if a > 0 && isNumber(strings.TrimSuffix(words[a].text, "+")) {
			a--
		}
		if strings.EqualFold(words[a].text, "and") {
			k = a - 1
			items++
			break
		}
	}
	first := ""
	for k >= 0 {
		if !nameWord(words[k]) {
			break
		}
		if !hasUpperOrDigit(words[k].text) {
			// A package in lower case is one word: "ngx-bootstrap and 40
			// other npm packages".
			if items == 0 || !packageToken(words[k].text) || k > 0 && !words[k-1].stop {
				break
			}
			first = words[k].text
			items++
			if k == 0 || words[k-1].dash || words[k-1].end >= len(title) || title[words[k-1].end] != ',' {
				break
			}
			k--
			continue
		}
		e := k
		for k > 0 && !words[k-1].stop && hasUpperOrDigit(words[k-1].text) && nameWord(words[k-1]) && k > e-2 {
			k--
		}
		if n := nameSpan(words, k, e); n != "" {
			first = n
			items++
		}
		// The list goes on past a comma, not past a colon or a dash.
		if k == 0 || !words[k-1].stop || words[k-1].dash || words[k-1].end >= len(title) || title[words[k-1].end] != ',' {
			break
		}
		k--
	}
	if items < 2 {
		return "" // "Verified Chrome extensions": one word describing them
	}
	return first
}

// listEnds reports whether "and other" ends a list right before the
// channel at cs: the name right before it is an adjective of the
// channel's ("and Other Prominent npm Packages"), the list's names the
// packages.
func listEnds(words []titleWord, cs int) bool {
	for k := cs - 1; k > 0 && k >= cs-2; k-- {
		if !oneOf(words[k].lc(), "other", "others") {
			continue
		}
		a := k - 1
		if a > 0 && isNumber(strings.TrimSuffix(words[a].text, "+")) {
			a-- // "and 40 other npm packages"
		}
		if strings.EqualFold(words[a].text, "and") {
			return true
		}
	}
	return false
}
