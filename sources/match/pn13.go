package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Which name a package compromise's alert gives (thirteenth round).
//
// The alerts of unread batches had the right kind and the wrong name: a
// word of the sentence written in lower case ("Poisoned Rust crate clocks
// 3,000 downloads": clocks; "Compromised GitHub Action leaks CI secrets":
// leaks), a description ("the data-loss-prevention extension", "the
// monorepo tool"), the malicious dependency added to the package, or the
// worm or campaign the title opens with. A package's own name is written
// where code is: beside a version ("quux-image 0.8.1", "versions 5.6.0
// and 5.6.1 of XZ Utils"), after a kind noun ("the compression tool xz"),
// before its registry ("lantern npm package"), or in code form
// ("tj-actions/changed-files"). So a name that stands nowhere in such a
// place, and a name in a dependency's or a campaign's place, gives way
// to the package the title or lead names in one.

// pn13Names puts the package's name in place of a sentence word, a
// description, a dependency or a campaign an oss alert named.
func (m *Matcher) pn13Names(title, lead string, u *unit) {
	if u.category != trust.CategoryOSS && u.category != trust.CategoryCompromise || len(u.vendors) != 1 ||
		u.vendors[0].Class != "" || !u.vendors[0].Unlisted && !pn13Registries[strings.ToLower(u.vendors[0].Name)] {
		return
	}
	bad := u.vendors[0].Name
	tw, lw := titleWords(title), titleWords(lead)
	if n := pn13Whole(tw, bad); n != "" {
		u.vendors = []trust.VendorHit{m.hitFor(n)}
		return
	}
	if n := pn13SameKind(tw, lw, bad); n != "" {
		u.vendors = []trust.VendorHit{m.hitFor(n)}
		return
	}
	weak, leadOK := pn13Weak(title, lead, tw, lw, bad)
	if !weak {
		return
	}
	n := pn13Strong(title, tw, bad, true)
	if n == "" && leadOK {
		// A word the lead alone gave gives way to the title's name
		// only ("the zorbauth repository" stands under a title that
		// names none).
		n = pn13Strong(lead, lw, bad, false)
	}
	if n == "" || looseVendor(n, bad) {
		return
	}
	u.vendors = []trust.VendorHit{m.hitFor(n)}
}

// pn13Whole is the whole product name a title writes before its kind
// word when the alert kept only its first word: "Connect" of "Ledger:
// Connect Kit library hijacked" is "Connect Kit"; or "".
func pn13Whole(tw []titleWord, bad string) string {
	if strings.Contains(bad, " ") || !hasUpperOrDigit(bad) {
		return ""
	}
	for i := 0; i+2 < len(tw); i++ {
		if tw[i].text != bad || tw[i].stop || tw[i+1].stop {
			continue
		}
		x := tw[i+1].text
		l := strings.ToLower(x)
		if x[0] < 'A' || x[0] > 'Z' || registryWord(l) || channelModifiers[l] || leadChannels[l] || pn13Kinds[l] {
			return ""
		}
		if pn13Kinds[pn13Bare(tw[i+2].text)] {
			return bad + " " + x
		}
		return ""
	}
	return ""
}

// pn13SameKind is the title's name for what the lead only describes
// with the same kind word: "Google disables Cyberhaven extension" — "a
// malicious version of the data-loss-prevention extension"; "Nx build
// tool's npm packages" — "the monorepo tool". The lead's word is in lower
// case (pn13Wordy); the title's name is
// capitalised or in code form, and stands at most two words before the
// kind word.
func pn13SameKind(tw, lw []titleWord, bad string) string {
	if !pn13Wordy(bad) {
		return "" // a proper name ("The Rainbow Indents Pro plugin") is no description
	}
	kind := ""
	for i := range lw {
		if k := pn13At(lw, i, bad); k >= 0 && i > 0 && oneOf(lw[i-1].lc(), "the", "a", "an") &&
			k+1 < len(lw) && !lw[k].stop && pn13Kinds[pn13Bare(lw[k+1].text)] {
			kind = pn13Bare(lw[k+1].text)
			break
		}
	}
	if kind == "" {
		return ""
	}
	for i, w := range tw {
		if pn13At(tw, i, bad) >= 0 {
			return "" // the title writes the word itself
		}
		l := w.lc()
		if !hasUpperOrDigit(w.text) && !codeName(w.text) || channelModifiers[l] || registryWord(l) || turnedAdjectives[l] ||
			attackers[l] || pn13Function(l) || !packageToken(l) {
			continue
		}
		for j := i + 1; j < len(tw) && j <= i+2 && !tw[j-1].stop; j++ {
			if pn13Bare(tw[j].text) == kind {
				return w.text
			}
		}
	}
	return ""
}

// pn13Bare is a word in lower case without its possessive: "tool's" is
// "tool".
func pn13Bare(w string) string {
	l := strings.ToLower(w)
	l = strings.TrimSuffix(l, "'s")
	return strings.TrimSuffix(l, "’s")
}

// pn13Weak reports whether name, as title and lead write it, is no
// package's own: a package registry; a name only in a dependency's or a
// campaign's place; the title's verb or noun after a kind word ("crate
// clocks 3,000 downloads", "npm package name re-registered"); or a
// description in lower case written before its kind noun ("compression
// library", "the monorepo tool") or in the lead alone ("the upstream
// tarballs"), never where code is. leadOK reports whether the lead may
// give the package instead: when the title writes the word, or the word
// is a dependency's or a campaign's.
func pn13Weak(title, lead string, tw, lw []titleWord, name string) (weak, leadOK bool) {
	if pn13Registries[strings.ToLower(name)] {
		return true, true
	}
	role, coded, verb, described, inTitle := false, false, false, false, false
	for si, s := range [2]struct {
		src   string
		words []titleWord
	}{{title, tw}, {lead, lw}} {
		for i := range s.words {
			k := pn13At(s.words, i, name)
			if k < 0 {
				continue
			}
			if si == 0 {
				inTitle = true
			}
			switch {
			case pn13Dependency(s.words, i, k) || pn13Campaign(s.src, s.words, i, k):
				role = true
			case s.words[i].quoted || pn13Coded(s.src, s.words, i, k):
				coded = true
			case si == 0 && i > 0 && !s.words[i-1].stop && pn13Kinds[strings.ToLower(s.words[i-1].text)] &&
				strings.ToLower(s.words[i].text) == s.words[i].text:
				verb = true // after a kind word in lower case, and not its name (pn13AfterKind)
			case k+1 < len(s.words) && !s.words[k].stop && pn13Kinds[pn13Bare(s.words[k+1].text)]:
				described = true
			}
		}
	}
	switch {
	case coded:
		return false, inTitle
	case role:
		return true, true // a dependency or campaign: the package may be the lead's
	case verb:
		return true, inTitle
	}
	return pn13Wordy(name) && (described && pn13Abstract(name) || !inTitle), inTitle
}

// pn13Abstract: a lower-case word before a kind describes it when it is
// an English compound ("data-loss-prevention", "number-to-words") or
// ends as English abstract words do ("compression library", "tracking
// extension"); a short plain word is as often the package's own name
// ("the coa package", "rc package", "colors library").
func pn13Abstract(n string) bool {
	if strings.Contains(n, "-") || strings.Contains(n, " ") {
		return true
	}
	for _, suf := range []string{"ion", "ing", "ment", "ness", "ity", "ance", "ence", "ive", "ous", "able", "ible", "ure"} {
		if strings.HasSuffix(n, suf) && len(n) > len(suf)+3 {
			return true
		}
	}
	return false
}

// pn13Rescued is pn13Names for an alert the learned scorer made
// (learned.go), which settle never saw: "Cryptominer found in two
// ultralytics releases on PyPI" — "The YOLO computer-vision library's
// build pipeline ..." names ultralytics.
func (m *Matcher) pn13Rescued(title, text string, a *trust.Alert) {
	u := unit{category: a.Category, vendors: a.Vendors}
	m.pn13Names(title, stripCredit(text), &u)
	a.Vendors = u.vendors
}

// pn13Registries are the package registries an alert may name in place
// of the package it hosts.
var pn13Registries = set("npm", "pypi", "rubygems", "crates.io", "nuget", "packagist", "openvsx", "open-vsx", "open vsx",
	"vsx", "maven")

// pn13At is the last word of name when it starts at word i, else -1.
func pn13At(words []titleWord, i int, name string) int {
	f := strings.Fields(name)
	if i+len(f) > len(words) {
		return -1
	}
	for j, p := range f {
		if !strings.EqualFold(words[i+j].text, p) {
			return -1
		}
	}
	return i + len(f) - 1
}

// pn13Wordy reports whether n is written as English is: lower-case
// letters, a hyphen at most between them ("compression",
// "data-loss-prevention"), or words in apposition with a capital
// ("YOLO computer-vision": a kind ahead of its noun).
func pn13Wordy(n string) bool {
	f := strings.Fields(n)
	last := f[len(f)-1]
	for _, r := range last {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return !strings.HasPrefix(last, "-") && !strings.HasSuffix(last, "-")
}

// pn13Coded reports whether the name at words i..k stands where a
// package's name is written: in code form (an owner's path, a scope);
// beside a version ("quux-image 0.8.1", "quux@2.4.1"); after "versions
// of", a maintainer's or a pipeline's "of" or a kind word ("the
// compression tool xz"); before its registry ("lantern npm package"); a
// code-formed name, one word, before its kind or maintainer ("the
// node-ipc maintainer"; not "the YOLO computer-vision library"); what a dependency was added to or what projects depend
// on.
func pn13Coded(src string, words []titleWord, i, k int) bool {
	if words[k].slash || i > 0 && words[i-1].slash || words[i].start > 0 && src[words[i].start-1] == '@' {
		return true
	}
	if k+1 < len(words) && !words[k].stop {
		next := words[k+1].lc()
		if pn13Version(next) || words[k].end < len(src) && src[words[k].end] == '@' ||
			i == k && codeName(words[k].text) && !pn13Compound(words[k].text) && (pn13Kinds[next] || maintainerWords[next] || pn13Registries[next]) {
			return true
		}
		// "lantern npm package": a lower-case name before its registry's
		// kind word.
		if pn13Registries[next] && i == k && k+2 < len(words) && leadChannels[words[k+2].lc()] &&
			words[k].lc() == words[k].text && pn13AfterKind(words, i, k) {
			return true
		}
	}
	if i == 0 || words[i-1].stop {
		return false
	}
	prev := words[i-1].lc()
	if pn13Kinds[prev] && pn13AfterKind(words, i, k) || prev == "of" && pn13OfOwner(words, i-1) && !pn13Describes(words, k) ||
		pn13Registries[prev] && codeName(words[i].text) || pn13Listed(words, i) ||
		oneOf(prev, "compromised", "hijacked", "backdoored", "trojanized", "poisoned", "infected") &&
			words[i].lc() == words[i].text {
		return true
	}
	return i > 1 && (prev == "on" && oneOf(words[i-2].lc(), "depend", "depends", "depending") ||
		oneOf(prev, "to", "into") && oneOf(words[i-2].lc(), "added", "slipped", "inserted", "injected"))
}

// pn13Compound reports whether a hyphenated word is English joined by
// a function word ("number-to-words", "end-to-end"): a description,
// whatever its hyphens.
func pn13Compound(w string) bool {
	for _, p := range strings.Split(strings.ToLower(w), "-") {
		if oneOf(p, "to", "of", "and", "for", "by", "in", "on", "the", "a") {
			return true
		}
	}
	return false
}

// pn13AfterKind reports whether the word at i, after a kind word, is the
// package's name, not the noun the kind word qualifies ("package name")
// nor the title's verb ("Compromised GitHub Action leaks CI secrets",
// "Poisoned Rust crate clocks 3,000 downloads"): a word in -s with words
// after it is read as the verb; a capitalised word as the next name.
func pn13AfterKind(words []titleWord, i, k int) bool {
	l := words[i].lc()
	if pn13KindFollowers[l] || pn13Function(l) || !packageToken(l) || hasUpperOrDigit(words[i].text) && !codeName(words[i].text) ||
		participle(l) {
		return false
	}
	// A name in -s before the passive's participle is the subject
	// ("npm package colors hijacked").
	verb := i == k && pluralChannel(l) && k+1 < len(words) && !words[k].stop && !participle(words[k+1].lc())
	return !verb
}

// pn13Listed reports whether the word at i is listed among packages:
// "packages including chalk", "among them react-native-aria" (not
// "organizations include Quuxbank").
func pn13Listed(words []titleWord, i int) bool {
	prev := words[i-1].lc()
	if prev == "them" && i > 1 && words[i-2].lc() == "among" {
		return true
	}
	if !oneOf(prev, "including", "include", "includes") {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4 && !words[j].stop; j-- {
		if leadChannels[words[j].lc()] {
			return true
		}
	}
	return false
}

// pn13Function reports whether l is a function word or an adverb of the
// sentence ("spreads through npm packages", "library quietly
// backdoored"), never a name.
func pn13Function(l string) bool {
	return stopWords[l] || strings.HasSuffix(l, "ly") && len(l) > 4 || oneOf(l, "through", "via", "across", "into", "onto",
		"over", "under", "without", "within", "during", "against", "among", "amid", "since", "until", "upon", "taken")
}

// pn13Describes reports whether the name at k is followed by a plural
// kind word: a description of the many ("versions of long-standing
// projects"), not one package's name.
func pn13Describes(words []titleWord, k int) bool {
	return k+1 < len(words) && !words[k].stop && pluralChannel(words[k+1].lc()) &&
		leadChannels[words[k+1].lc()]
}

// pn13Version reports whether w is a release's number: "0.8.1", "v2.3.0".
func pn13Version(w string) bool {
	w = strings.TrimPrefix(strings.ToLower(w), "v")
	if !strings.Contains(w, ".") || w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}

// pn13Kinds are the singular kind nouns a package's name follows: "the
// compression tool xz", "npm package lantern".
var pn13Kinds = wordSet(`package library module gem crate extension plugin addon add-on
	action tool project dependency utility`)

// pn13KindFollowers are the nouns a kind noun is the first half of
// ("package name", "library maintainer"): never a package.
var pn13KindFollowers = wordSet(`name names maintainer maintainers manager managers registry
	registries index repository repositories ecosystem ecosystems author authors owner
	owners update updates version versions release releases downloads users developer
	developers account accounts token tokens was is were has had that which
	with and or to in on for from by after of hijacked compromised
	backdoored poisoned trojanized infected used maintained called named
	confusion takeover hijack attack attacks store marketplace workflow workflows
	pipeline build builds code repo repos key keys support team email history
	login page credentials password passwords server servers publisher publishers
	security site website account's ecosystem's tag tags commit commits file files binary
	binaries installer image images tarball tarballs wheel wheels script scripts`)

// pn13OfOwner reports whether the "of" at k ties a package to its
// releases, maintainer or pipeline: "versions 5.6.0 and 5.6.1 of XZ
// Utils", "maintainer of zorbzip", "build pipeline of zorbkit".
func pn13OfOwner(words []titleWord, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		l := words[j].lc()
		if oneOf(l, "versions", "version", "releases", "release", "maintainer", "maintainers", "author", "owner",
			"pipeline", "copies", "copy", "builds", "repository") {
			return true
		}
		if words[j].stop || !pn13Version(l) && l != "and" && l != "two" && l != "three" && !isNumber(l) {
			return false
		}
	}
	return false
}

// pn13Dependency reports whether the name at words i..k is the
// malicious dependency a package was given: "malicious dependency
// zorb-helper", "the malicious flatmap-stream dependency", "zorb-helper,
// a dependency".
func pn13Dependency(words []titleWord, i, k int) bool {
	dep := func(j int) bool {
		return j >= 0 && j < len(words) && oneOf(words[j].lc(), "dependency", "dependencies")
	}
	if dep(i-1) && !words[i-1].stop || dep(k+1) && !words[k].stop {
		return true
	}
	return words[k].stop && k+2 < len(words) && oneOf(words[k+1].lc(), "a", "the") && dep(k+2)
}

// pn13Campaign reports whether the name at words i..k is a worm's or
// campaign's: quoted ahead of the title's colon ("'Shai-Hulud' returns:"),
// or before the word of its kind ("Shai-Hulud worm").
func pn13Campaign(src string, words []titleWord, i, k int) bool {
	for j := k + 1; j < len(words) && j <= k+3 && !words[j-1].stop; j++ {
		l := words[j].lc()
		if oneOf(l, "worm", "campaign", "botnet", "malware", "operation", "gang", "group", "attackers", "hackers") {
			return true
		}
		if j == k+2 && pn13Version(words[k+1].lc()) && oneOf(l, "hits", "returns", "strikes", "spreads") {
			return true // "Zorb-Hulud 2.0 hits PyPI"
		}
		if !pn13Version(l) && !registryWord(l) {
			break
		}
	}
	if !words[i].quoted {
		return false
	}
	c := strings.IndexByte(src, ':')
	return c > words[k].end
}

// pn13Strong is the first name words give where a package's is written
// (pn13Coded), other than bad and never a dependency, a campaign, a
// registry, malware or a web domain. A title also gives one before
// "among" ("quux-lint among hundreds of npm packages infected"), before
// its releases ("malicious zorbcli releases on npm") or, opening the
// title, before the participle it is the subject of, and a capitalised
// one before its kind word ("Google disables Cyberhaven extension"); a
// lead, one written "the X package" with a capital, a digit or a mark in
// it ("The quux2json package was modified").
func pn13Strong(src string, words []titleWord, bad string, inTitle bool) string {
	for i := range words {
		w := words[i].text
		l := strings.ToLower(w)
		if strings.EqualFold(w, bad) || registryWord(l) || pn13Function(l) || channelModifiers[l] || maintainerWords[l] ||
			leadChannels[l] || pn13KindFollowers[l] || pn13Version(l) || isNumber(l) || strings.HasPrefix(l, "cve-") ||
			!packageToken(l) && !codeName(w) {
			continue
		}
		if j := strings.LastIndexByte(l, '.'); j > 0 && webTLDs[l[j+1:]] {
			continue
		}
		k := i
		name := w
		if i > 0 && words[i-1].text == "of" && pn13OfOwner(words, i-1) {
			if n := nameAfter(words, i, false, true); n != "" && pn13At(words, i, n) >= 0 {
				name = n
				k = pn13At(words, i, n)
			}
		}
		if pn13Dependency(words, i, k) || pn13Campaign(src, words, i, k) || pn13Malware(words, k) {
			continue
		}
		strong := pn13Coded(src, words, i, k)
		next := ""
		if k+1 < len(words) && !words[k].stop {
			next = words[k+1].lc()
		}
		if !strong && inTitle && next != "" {
			strong = i == 0 && pn13Turned[next] && (codeName(w) || strings.ToLower(w) == w) ||
				i > 0 && (next == "among" || oneOf(next, "releases", "versions") && strings.ToLower(w) == w ||
					pn13Kinds[next] && hasUpperOrDigit(w) && !strings.HasSuffix(w, "'s"))
		}
		if !strong && !inTitle && i > 0 && next != "" && oneOf(words[i-1].lc(), "the", "a") {
			strong = pn13Kinds[next] && !pn13Wordy(name)
		}
		if !strong {
			continue
		}
		if k == i && words[i].slash {
			name = slashName(words, i, w)
		}
		if words[i].start > 0 && src[words[i].start-1] == '@' {
			name = "@" + name
		}
		return name
	}
	return ""
}

// pn13Turned are the participles a title's package is the subject of:
// "quuxrest compromised: malicious dependency zorb-helper added".
var pn13Turned = wordSet("compromised hijacked backdoored trojanized trojanised poisoned tampered")

// pn13Malware reports whether the word at k is named as the malware,
// not the package: "drops the zorb-stealer malware".
func pn13Malware(words []titleWord, k int) bool {
	return k+1 < len(words) && oneOf(words[k+1].lc(), "malware", "stealer", "infostealer", "trojan",
		"loader", "payload", "backdoor", "rat", "miner", "script", "worm", "campaign")
}

// A release named by its version that steals, or ships code that does,
// is the package turned (versionShipped, ecosystems.go): "eslint-scope
// 3.7.2 published with code that stole npm tokens", "quux-stream 2.4.1
// published with credential-stealing code", "quux-stream@2.4.1 steals
// SSH keys". What it takes is a secret, so a release that only "steals
// the show" is not read.

// pn13Secrets are what a turned release steals.
var pn13Secrets = wordSet(`keys key tokens token credentials passwords secrets wallets cookies
	seeds crypto cryptocurrency data variables`)

// pn13StealVerbs are the verbs of a release taking secrets.
var pn13StealVerbs = wordSet(`steals stole steal exfiltrates exfiltrated harvests harvested drains
	drained leaks leaked`)

// pn13Steals reports whether word v is a verb of stealing whose object,
// within four words, is a secret: "steals SSH keys", "stole npm tokens".
func pn13Steals(words []titleWord, v int) bool {
	if v >= len(words) || !pn13StealVerbs[words[v].lc()] {
		return false
	}
	for j := v + 1; j < len(words) && j <= v+4; j++ {
		if pn13Secrets[words[j].lc()] {
			return true
		}
		if words[j].stop {
			return false
		}
	}
	return false
}

// pn13HarmCode reports whether word j is code said to harm: after a
// stealing compound ("credential-stealing code", "wallet-draining
// code"), or before "that" and a verb of stealing ("code that stole npm
// tokens").
func pn13HarmCode(words []titleWord, j int) bool {
	if !oneOf(words[j].lc(), "code", "script", "scripts") || j == 0 {
		return false
	}
	prev := words[j-1].lc()
	if strings.HasSuffix(prev, "-stealing") || strings.HasSuffix(prev, "-draining") || strings.HasSuffix(prev, "-wiping") {
		return true
	}
	return j+2 < len(words) && !words[j].stop && oneOf(words[j+1].lc(), "that", "which") &&
		pn13Steals(words, j+2)
}
