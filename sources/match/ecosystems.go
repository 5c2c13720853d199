package match

import "strings"

// Each package ecosystem names its releases and channels in its own
// words: a PyPI project ships wheels and source tarballs, Maven Central
// serves artifacts, an AUR package is a PKGBUILD, Helm ships charts,
// Homebrew taps hold formulae and casks, Hugging Face hosts models and
// Spaces, a CMS has components and templates beside plugins and themes,
// CocoaPods has pods, Ansible Galaxy roles and collections, Chef
// cookbooks.
// And a release is often named by its version alone: "ua-parser-js
// 0.7.29 published with password stealer", "node-ipc 10.1.1 ships
// protestware", "xz 5.6.0 contains backdoor".

// ecosystemKind classifies the channel words of single ecosystems that
// channelKind's own cases do not read; prev is the word before, in lower
// case ("" after a stop).
func ecosystemKind(words []titleWord, i int, w, prev string) int {
	switch w {
	case "wheel", "wheels", "sdist", "sdists", "tarball", "tarballs", "pkgbuild", "pkgbuilds":
		// A Python wheel, a source tarball, an AUR build script: only
		// ever a package's release in security news.
		return chOSS
	case "artifact", "artifacts":
		// "zorb-core artifact on Maven Central"; a build's artifacts
		// ("GitHub Actions artifacts leak tokens") are no release.
		if prev == "maven" || prev == "central" || prev == "java" || packageWordBefore(words, i) {
			return chOSS
		}
	case "formula", "formulae", "cask", "casks", "tap", "taps":
		if prev == "brew" {
			return chOSS // channelKind reads "Homebrew formula"
		}
	case "chart", "charts":
		if prev == "helm" {
			return chOSS
		}
	case "pod", "pods":
		if prev == "cocoapods" {
			return chOSS // an iOS library on CocoaPods
		}
	case "role", "roles", "collection", "collections":
		if prev == "galaxy" || prev == "ansible" {
			return chOSS // Ansible Galaxy's packages
		}
	case "cookbook", "cookbooks":
		if prev == "chef" || prev == "supermarket" {
			return chOSS
		}
	case "space", "spaces":
		// A Hugging Face Space is an app run on the platform: turned only
		// when made to ship something ("Space hijacked to serve
		// malware"), not when its secrets leak.
		if prev == "face" {
			return chProduct
		}
	case "model", "models":
		if prev == "face" {
			return chOSS // Hugging Face models (channelKind reads "AI models")
		}
	case "component", "components", "template", "templates":
		// A CMS's extensions by another name: "Joomla component".
		if prev == "joomla" || prev == "wordpress" || prev == "drupal" || prev == "magento" {
			return chOSS
		}
	case "snap", "snaps":
		// Ubuntu's packages: "Ubuntu snap", "quux-note snap"; Snap the
		// company is no channel.
		if prev == "ubuntu" || prev == "canonical" || packageWordBefore(words, i) {
			return chOSS
		}
	case "image", "images":
		// "redis-exporter image": a container image named as code
		// (channelKind reads capitalised names and "Docker image").
		if packageWordBefore(words, i) {
			return chOSS
		}
	}
	return chNone
}

// packageWordBefore reports whether the word before i is written as a
// package's name: in lower case with an inner hyphen, dot, underscore
// or slash ("zorb-core", "quux_db", "web3.js").
func packageWordBefore(words []titleWord, i int) bool {
	if i == 0 || words[i-1].stop {
		return false
	}
	w := words[i-1].text
	return strings.ToLower(w) == w && strings.ContainsAny(w, "-._/") && !isNumber(w) && nameWord(words[i-1]) &&
		!hyphenAdjective(w)
}

// hasVersion is the cheap check for a version in a title: a digit, a
// dot and a digit.
func hasVersion(title string) bool {
	for i := 1; i+1 < len(title); i++ {
		if title[i] == '.' && isDigit(title[i-1]) && isDigit(title[i+1]) {
			return true
		}
	}
	return false
}

// versionCue is the cheap check for a release named by its version
// carrying malware: a digit, a dot and a digit in the title ("0.7.29",
// "v1.2"), and a payload's stem in it.
func versionCue(title string) bool {
	for i := 1; i+1 < len(title); i++ {
		if title[i] == '.' && isDigit(title[i-1]) && isDigit(title[i+1]) {
			for _, p := range payloadStems {
				if containsFold(title, p) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// payloadStems cover versionPayloads as substrings ("miner" also
// "cryptominer", "stealer" also "infostealer").
var payloadStems = []string{"malware", "backdoor", "miner", "stealer", "trojan", "rat", "wiper", "ransomware",
	"spyware", "drainer", "keylogger", "rootkit", "protestware", "adware", "dropper", "cryptojack", "implant",
	"malicious", "steal", "stole"}

// containsFold is strings.Contains of a lower-case ASCII sub in any
// case, without allocating.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// versionWord reports whether w is a release's version: "0.7.29",
// "v1.95.6", "8.10.1", not a count ("2.6", "25,000", "1.5m" read as
// numbers elsewhere are versions only with two dots or a "v").
func versionWord(w string) bool {
	v := strings.TrimPrefix(strings.ToLower(w), "v")
	if v == "" || !isDigit(v[0]) {
		return false
	}
	dots := 0
	for i := 0; i < len(v); i++ {
		switch {
		case v[i] == '.':
			dots++
		case isDigit(v[i]):
		default:
			return false
		}
	}
	return dots >= 2 || dots == 1 && len(v) < len(w)
}

// versionShips are the verbs of a release carrying something.
// (base forms too: two versions "carry", "contain").
var versionShips = wordSet(`ships shipped ship contains contained contain carries carried carry
	includes included include bundles bundled bundle drops dropped drop delivers
	delivered deliver installs installed install hides hid hide packs packed pack
	published released pushed uploaded laced infected came comes come`)

// versionBetween may stand between a version and its verb: the
// package's kind, its registry, an auxiliary ("4.2.1 on npm ships",
// "3.2.0.3 gem contained", "1.9.3 was published with").
var versionBetween = wordSet(`on in of the npm pypi gem gems crate crates package
	packages release releases module library extension plugin was were is are
	has have reportedly allegedly also rubygems crates.io nuget packagist
	maven docker hub image wheel wheels`)

// versionPayloads are what such a release carries when it was turned:
// malware's nouns, without the words a release also ships as features
// ("loader", "payload") or that only describe ("malicious").
var versionPayloads = wordSet(`malware backdoor backdoors cryptominer cryptominers miner miners
	stealer stealers infostealer infostealers password-stealer trojan rat wiper ransomware
	spyware drainer keylogger rootkit protestware adware dropper cryptojacker implant`)

// versionGuards between the verb and the payload say the release fights
// it or tells of it: "ships protection against infostealers", "includes
// fix for backdoor", "contains detection for miners".
var versionGuards = wordSet(`against protection protections defense defenses defences detection
	detections fix fixes for to scanner scanning blocking blocker warning warnings
	support new removal remover no without anti`)

// versionShipped reads a release named by its version carrying malware:
// "ua-parser-js 0.7.29 published with password stealer and miner",
// "node-ipc 10.1.1 ships protestware", "xz 5.6.0 and 5.6.1 contain
// backdoor", "quux-cli npm package 3.1.4 ships with a trojan",
// "Versions 8.3.41 and 8.3.42 of ultralytics contained cryptominer";
// turned ("quuxlib 1.2.3 hijacked"); or malware found in it ("Malicious
// code found in quuxlib 4.5.6"). The name is the package's, right before
// the version (past "version" and the package's kind) or after "of".
func versionShipped(words []titleWord) (supplyHit, bool) {
	for k := 1; k < len(words); k++ {
		if !versionWord(words[k].text) {
			continue
		}
		// "5.6.0 and 5.6.1": the releases listed.
		e := k
		if e+2 < len(words) && !words[e].stop && strings.EqualFold(words[e+1].text, "and") && versionWord(words[e+2].text) {
			e += 2
		}
		v := e + 1
		name, lo := "", k
		if l := words[k-1].lc(); (l == "versions" || l == "version") && v+1 < len(words) &&
			strings.EqualFold(words[v].text, "of") && !words[e].stop {
			// "Versions 8.3.41 and 8.3.42 of ultralytics contained".
			name = nameAfter(words, v+1, false, true)
			v += 1 + len(strings.Fields(name))
			lo = k - 1
		} else {
			n := k // the name ends before n
			if strings.EqualFold(words[n-1].text, "version") && n >= 2 {
				n-- // "zorbutil version 2.1.0 ships backdoor"
			}
			// "quux-cli npm package 3.1.4": past the package's kind.
			for n >= 2 && !words[n-1].stop && channelKind(words, n-1) == chOSS && !words[n-2].stop &&
				channelKind(words, n-2) != chOSS {
				n--
				for n >= 2 && !words[n-2].stop && channelKind(words, n-1) == chModify {
					n--
				}
				break
			}
			if words[n-1].stop || !nameWord(words[n-1]) || strings.EqualFold(words[n-1].text, "of") {
				continue
			}
			name = nameBefore(words, n, false)
			lo = n - 1
		}
		if name == "" || malwareName(name) {
			continue // "SmokeLoader v2.0 drops stealer": malware's own release
		}
		hit := func(hi int) (supplyHit, bool) {
			return supplyHit{category: categoryOf(chOSS), term: joinSpan(words, lo, hi), name: name, lo: lo, hi: hi}, true
		}
		// "Malicious code found in quuxlib 4.5.6".
		if f := lo - len(strings.Fields(name)) + 1; f >= 3 && strings.EqualFold(words[f-1].text, "in") &&
			foundIn[words[f-2].lc()] && !words[f-3].stop {
			if l := words[f-3].lc(); versionPayloads[l] || l == "code" && f >= 4 && strings.EqualFold(words[f-4].text, "malicious") {
				return hit(e)
			}
		}
		// Up to three words of the release's kind or registry between.
		for b := 0; b < 3 && v+1 < len(words) && !words[v-1].stop && versionBetween[words[v].lc()]; b++ {
			v++
		}
		if v >= len(words) || words[v-1].stop {
			continue
		}
		lv := words[v].lc()
		if oneOf(lv, "hijacked", "compromised", "backdoored", "trojanized", "trojanised", "poisoned", "tampered", "sabotaged") {
			return hit(v) // "quuxlib 1.2.3 hijacked to steal keys"
		}
		if pn13Steals(words, v) {
			return hit(v) // "quux-stream 2.4.1 steals SSH keys" (pn13.go)
		}
		if !versionShips[lv] && lv != "contain" {
			continue
		}
		// The payload within five words of the verb, nothing between
		// that fights it or tells of it.
		for j := v + 1; j < len(words) && j <= v+5; j++ {
			lj := words[j].lc()
			if versionGuards[lj] {
				break
			}
			if versionPayloads[lj] && phraseEnds(words, j) ||
				lj == "malicious" && j+1 < len(words) && oneOf(words[j+1].lc(), "code", "script", "scripts", "postinstall") ||
				pn13HarmCode(words, j) { // "with credential-stealing code", "with code that stole tokens" (pn13.go)
				return hit(j)
			}
			if words[j].stop {
				break
			}
		}
	}
	return supplyHit{}, false
}

// phraseEnds reports whether the payload at j ends its noun phrase: the
// title or clause ends, or a function word, another payload or a verb in
// -ing follows ("ships stealer and miner", "protestware that wipes",
// "malware targeting Windows"); not "ransomware rollback", "malware
// scanner", where the payload only describes a feature.
func phraseEnds(words []titleWord, j int) bool {
	if j+1 >= len(words) || words[j].stop {
		return true
	}
	n := words[j+1].lc()
	return stopWords[n] || versionPayloads[n] || strings.HasSuffix(n, "ing")
}

// mirrorWords are what serves a package, never its name.
var mirrorWords = wordSet("proxy mirror mirrors cache registry index")

var actionWords = wordSet("action actions workflow workflows")

// platformTails are platforms a capitalised run may carry on its end when
// they are no channel modifier: "Zorbterm Homebrew tap" is Zorbterm's.
var platformTails = wordSet("homebrew helm snapcraft conda")

// packagePath is the name of an oss alert as the ecosystem writes it:
// a scoped npm package, a Composer vendor/package or a Go module path
// whole ("@blorp/sdk", "quux/log", "github.com/quux/zorb"), where the
// title's words stop at the slash; and a run without the platform it
// ran into ("Zorbterm Homebrew"). A GitHub Action keeps its owner's name
// ("tj-actions" of "tj-actions/changed-files"), as the actions' news is
// told.
func packagePath(title string, words []titleWord, name string) string {
	if mirrorWords[strings.ToLower(name)] {
		// "Go module proxy caches backdoored version of quuxlog": the
		// mirror served what the release is of.
		for k := 1; k+1 < len(words); k++ {
			if strings.EqualFold(words[k].text, "of") && oneOf(words[k-1].lc(), "version", "versions", "release", "releases", "copy") {
				if n := nameAfter(words, k+1, false, true); n != "" {
					return packagePath(title, words, n)
				}
			}
		}
		return name
	}
	if f := strings.Fields(name); len(f) > 1 && platformTails[strings.ToLower(f[len(f)-1])] {
		return strings.Join(f[:len(f)-1], " ")
	}
	for k, w := range words {
		if w.text != name {
			continue
		}
		if !w.slash || inWords(words, actionWords) {
			return name
		}
		e := k
		for e+1 < len(words) && e < k+3 && words[e].slash && words[e+1].start == words[e].end+1 {
			e++
		}
		s := w.start
		if s > 0 && title[s-1] == '@' {
			s-- // the npm scope's sign
		}
		return title[s:words[e].end]
	}
	return name
}

// malwareName reports whether a name reads as malware's own: a payload's
// stem, or a loader's, locker's or bot's name ("SmokeLoader", "LockBit",
// "Kraken Botnet"); a library may hold the letters ("Botan").
func malwareName(n string) bool {
	for _, p := range payloadStems {
		if p != "rat" && containsFold(n, p) {
			return true
		}
	}
	l := strings.ToLower(n)
	return strings.HasSuffix(l, "loader") || strings.HasSuffix(l, "locker") || strings.HasSuffix(l, "bot") ||
		strings.HasSuffix(l, "botnet") || strings.HasPrefix(l, "lockbit")
}
