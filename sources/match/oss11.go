package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Open-source shapes reported as still missed by a blind batch
// (testdata/oss11.tsv): a breach traced to a compromised package or
// action (ossTracedAt, read by named4.go's tracedTo), a package's
// releases pushed to a registry with harmful code and malicious code
// added to a package (oss11Alert), a project's source repository hacked
// to add backdoors and a worm backdooring named vendors' packages (oss,
// recategorize), a vendor's installer or uploader turned (compromise),
// and a count of pulls read as a name (countVerbName).

// ossChannelNouns end a package channel after its name: "reviewdog
// GitHub Action", "zorb-sign npm package", "quux-lint maintainer
// account", "zorbdeploy GitHub workflow".
var ossChannelNouns = wordSet(`action actions package packages library libraries workflow workflows
	extension extensions dependency dependencies crate crates gem gems module modules
	plugin plugins sdk`)

// ossTracedAt reads a package channel at word c of a title "traced to
// compromised ...": an optional registry or host word ("npm", "PyPI",
// "GitHub") and a package noun, or a maintainer's account. It returns the
// channel's last word.
func ossTracedAt(words []titleWord, c int) (int, bool) {
	if c >= len(words) {
		return 0, false
	}
	a := lower(words[c])
	// A registry or a kind word or two before the noun: "npm package",
	// "GitHub Action", "Chrome extension", "browser extension".
	for k := 0; k < 2 && (registries[a] || channelModifiers[a] || oneOf(a, "gitlab", "ci")) && c+1 < len(words) && !words[c].stop; k++ {
		c++
		a = lower(words[c])
	}
	if ossChannelNouns[a] || oneOf(a, "release", "releases", "version", "versions") {
		return c, true
	}
	if oneOf(a, "maintainer", "maintainers", "maintainer's", "publisher", "developer") && c+1 < len(words) &&
		oneOf(lower(words[c+1]), "account", "accounts", "token", "tokens") {
		return c + 1, true
	}
	return 0, false
}

// tracedPackage is the package named right before the channel at c in a
// "traced to" title: a brand ("Ultralytics") or a name written as code
// ("zorb-sign", "reviewdog"), never the verb or the word before it.
func tracedPackage(title string, words []titleWord, to, c int) string {
	p := c - 1
	if p <= to || words[p].stop {
		return ""
	}
	if lp := lower(words[p]); oneOf(lp, "compromised", "hijacked", "malicious", "backdoored", "poisoned", "a", "the", "popular",
		"an", "open-source", "third-party") {
		return ""
	}
	n := rawName(title, words, p, p)
	if hasUpperOrDigit(words[p].text) && nameWord(words[p]) || codeName(n) || packageToken(words[p].text) && p-1 > to &&
		oneOf(lower(words[p-1]), "compromised", "hijacked", "backdoored", "poisoned", "malicious") {
		return n
	}
	return ""
}

// pushedVerbs put releases on a registry: "<X> packages pushed to npm
// with key-stealing code".
var pushedVerbs = wordSet("pushed published uploaded released")

// addedVerbs put harm into a package, told in the passive: "Malicious
// code added to <X> npm package" (addedTo).
var addedVerbs = wordSet("added injected inserted slipped planted smuggled")

// oss11Open reports whether a title may hold oss11Alert's shapes, from its
// gate bits.
func oss11Open(g gateBits) bool { return g.has(gPushedTo) }

// pushedToRegistry reads "<name> packages pushed to npm with key-stealing code"
// (oss10.go's pushedWith reads the verb with "with" right after it):
// a named package's releases put on a registry carrying harm. The name
// stands before the channel noun, the registry after "to", the harm after
// "with". Returns the name, and the shape's first and last word.
func pushedToRegistry(title string, words []titleWord) (string, int, int, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !pushedVerbs[lower(words[v])] || words[v-1].stop {
			continue
		}
		// The registry after "to" ("pushed to npm with"), or before the
		// channel noun ("npm packages pushed with").
		if lower(words[v+1]) == "to" && registryIn(words, v+2, v+3) == "" || lower(words[v+1]) != "to" &&
			(lower(words[v+1]) != "with" || registryIn(words, max(0, v-3), v-1) == "") {
			continue
		}
		c := v - 1
		if !ossChannelNouns[lower(words[c])] && !releaseNouns[lower(words[c])] {
			continue
		}
		with := -1
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			if lower(words[k]) == "with" {
				with = k
				break
			}
			if words[k].stop {
				break
			}
		}
		if with < 0 {
			continue
		}
		harm := false
		for k := with + 1; k < len(words) && k <= with+3; k++ {
			lk := lower(words[k])
			if defenseWords[lk] {
				break // "published with fix for malicious dependency" (oss10.go)
			}
			if malwareNouns[lk] || harmful(lk) || harmCompound(lk) || strings.HasSuffix(lk, "-stealing") {
				// "published with new malware detection": harm guarded against
				harm = k+1 >= len(words) || words[k].stop || !defenseWords[lower(words[k+1])]
				break
			}
		}
		if !harm {
			continue
		}
		p := c - 1
		for p > 0 && !words[p-1].stop && channelModifiers[lower(words[p])] {
			p-- // "web3.js npm packages pushed to ..."
		}
		if p < 0 || words[p].stop && p != c-1 {
			continue
		}
		n := rawName(title, words, p, p)
		if !codeName(n) && !(hasUpperOrDigit(words[p].text) && nameWord(words[p])) {
			continue
		}
		return n, p, with, true
	}
	return "", 0, 0, false
}

// addedTo reads "Malicious code added to <X> npm package": harm put into
// a named package, told in the passive with the harm first. The channel
// after "to" is a package's; its name stands before the channel noun.
func addedTo(title string, words []titleWord) (string, int, int, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !addedVerbs[lower(words[v])] || lower(words[v+1]) != "to" && lower(words[v+1]) != "into" {
			continue
		}
		carried := false
		for k := max(0, v-3); k < v; k++ {
			if lk := lower(words[k]); malwareNouns[lk] || harmful(lk) || harmCompound(lk) {
				carried = true
			}
		}
		if !carried {
			continue
		}
		for c := v + 2; c < len(words) && c <= v+6; c++ {
			if !ossChannelNouns[lower(words[c])] {
				if words[c].stop {
					break
				}
				continue
			}
			p := c - 1
			for p > v+1 && channelModifiers[lower(words[p])] {
				p--
			}
			if p <= v+1 && p != v+2 {
				break
			}
			n := rawName(title, words, p, p)
			if codeName(n) || hasUpperOrDigit(words[p].text) && nameWord(words[p]) {
				return n, v, c, true
			}
			break
		}
	}
	return "", 0, 0, false
}

// oss11Alert reads pushedToRegistry and addedTo on a title that alerted no other
// way. Packages never trusted ("fake", "typosquatted") are no event.
func (m *Matcher) oss11Alert(title string, hits []hit, question bool, gate *item) unit {
	if !gate.any(gPushedTo, gAdded, gSource) && !hasWorm(title) {
		return unit{}
	}
	words := headline(gate.words(title))
	if untrustedChannel(words) {
		return unit{}
	}
	name, lo, hi, ok := pushedToRegistry(title, words)
	if !ok {
		name, lo, hi, ok = addedTo(title, words)
	}
	if !ok && hasWorm(title) {
		name, lo, hi, ok = wormListed(title, words)
	}
	if !ok && gate.has(gSource) {
		name, lo, hi, ok = sourceHacked(title, words)
	}
	if !ok || threatActor(words, name) {
		return unit{}
	}
	u := m.shapeUnit(words, lo, hi, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	u.evidence = clean(title)
	u.shapeEnd = words[hi].end
	return u
}

// sourceNouns name a project's source: its Git server, repository or
// code. sourceTurn says something harmful was put there.
var (
	sourceTurn = wordSet(`backdoor backdoors backdoored malicious add adds added plant plants
		planted inject injects injected`)
)

// sourceBackdoored reads a project's source repository hacked to add
// backdoors: "PHP's Git server hacked to add backdoors to PHP source
// code", "Hackers breach Gentoo GitHub repository to add malicious code".
// A legitimate repository hijacked is a package compromise (oss), not a
// vendor's channel; a repository breached for its code (stolen) or a
// flaw in a Git server has no harmful word and is not read.
func sourceBackdoored(words []titleWord) string {
	src := -1
	for i := 0; i+1 < len(words); i++ {
		a, b := lower(words[i]), lower(words[i+1])
		if oneOf(a, "git", "github", "gitlab", "source", "code") && oneOf(b, "server", "servers", "repository",
			"repositories", "repo", "repos", "code", "tree", "trees") {
			src = i
			break
		}
	}
	if src < 0 {
		return ""
	}
	for i := range words {
		if sourceTurn[lower(words[i])] {
			if lower(words[i]) == "malicious" && (i+1 >= len(words) || !oneOf(lower(words[i+1]), "code", "commits", "commit", "changes")) {
				continue
			}
			lo, hi := min(src, i), max(src+1, i)
			return joinSpan(words, lo, hi)
		}
	}
	return ""
}

// sourceGate are the words of a project's source (sourceHacked).
var sourceGate = wordSet("git source repository repo")

// sourceActs say the source was broken into or written to.
var sourceActs = wordSet(`hack hacks hacked breach breaches breached compromise compromised
	compromises pushed added adds add planted plant plants injected inject injects
	committed backdoored hijacked hijack hijacks`)

// sourceVetoes make the title a flaw's or a claim's, not a break-in.
var sourceVetoes = wordSet(`flaw flaws vulnerability vulnerabilities bug bugs could can may
	exploit exploits cve researchers scan scanner scanning detect detects detection stole
	steal steals stolen leak leaked leaks`)

// sourceHacked reads a project's source repository written to with
// harm, where no word of the lexicon reads the break-in: "Hackers hack
// Zorbdb's Git server, add backdoor to source code", "Malicious commits
// pushed to Zorblang source code after Git server hack". The owner is
// the name right before the source's words (a possessive or a name); the
// category is oss (sourceBackdoored).
func sourceHacked(title string, words []titleWord) (string, int, int, bool) {
	harm, act := -1, false
	for i, w := range words {
		lw := lower(w)
		if sourceVetoes[lw] {
			return "", 0, 0, false
		}
		if oneOf(lw, "backdoor", "backdoors", "backdoored") || lw == "malicious" && i+1 < len(words) &&
			oneOf(lower(words[i+1]), "code", "commits", "commit", "changes") {
			harm = i
		}
		act = act || sourceActs[lw]
	}
	if harm < 0 || !act || sourceBackdoored(words) == "" {
		return "", 0, 0, false
	}
	for i := 1; i+1 < len(words); i++ {
		a, b := lower(words[i]), lower(words[i+1])
		if !oneOf(a, "git", "github", "gitlab", "source", "code") || !oneOf(b, "server", "servers", "repository",
			"repositories", "repo", "repos", "code", "tree", "trees") || words[i-1].stop {
			continue
		}
		p := words[i-1]
		if !hasUpperOrDigit(p.text) || !nameWord(p) {
			continue
		}
		n := rawName(title, words, i-1, i-1)
		if !vendorName(n) || threatActor(words, n) {
			continue
		}
		return n, min(i-1, harm), max(i+1, harm), true
	}
	return "", 0, 0, false
}

// vendorsPackagesTurned reads a worm or campaign turning named vendors'
// packages: "Worm backdoors CrowdStrike, Tinycolor packages on npm". The
// packages are what was turned (oss), not the vendors' own channel.
func vendorsPackagesTurned(words []titleWord) string {
	for v := 0; v+2 < len(words); v++ {
		if !oneOf(lower(words[v]), "backdoors", "backdoored", "compromises", "compromised", "hijacks", "hijacked",
			"infects", "infected", "poisons", "poisoned", "trojanizes", "trojanized", "hits", "strikes") {
			continue
		}
		for c := v + 2; c < len(words) && c <= v+6; c++ {
			lc := lower(words[c])
			if oneOf(lc, "packages", "libraries", "extensions", "gems", "crates", "modules") {
				return joinSpan(words, v, c)
			}
			if !hasUpperOrDigit(words[c].text) && !oneOf(lc, "and", "npm", "pypi", "other", "more", "popular") && !codeName(words[c].text) {
				break
			}
		}
	}
	return ""
}

// wormListed reads a worm turning named vendors' packages: "Worm
// compromises Zorbsec, Quuxpay packages in npm attack". The worm is the
// subject (within three words before the verb); the first name of the
// list before the package noun is named.
func wormListed(title string, words []titleWord) (string, int, int, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !wormVerbs[lower(words[v])] || !wormBefore(words, v) {
			continue
		}
		if t := vendorsPackagesTurned(words[v:]); t == "" {
			continue
		}
		if n := rawName(title, words, v+1, v+1); hasUpperOrDigit(n) && nameWord(words[v+1]) || codeName(n) {
			for c := v + 2; c < len(words); c++ {
				if ossChannelNouns[lower(words[c])] {
					return n, v, c, true
				}
			}
		}
	}
	return "", 0, 0, false
}

// ossRecategorized is the term that makes a compromise a package one
// (sourceBackdoored, vendorsPackagesTurned), or "".
func ossRecategorized(words []titleWord) string {
	if t := sourceBackdoored(words); t != "" {
		return t
	}
	return vendorsPackagesTurned(words)
}

// vendorInstaller reads a vendor's installer or uploader turned, named
// after the vendor with a kind word between: "Quuxcloud CLI installer
// modified for a month to push backdoor". A tool's installer script is
// the vendor's own channel (compromise), not a registry's package; a
// registry named in the title keeps it a package.
func vendorInstaller(words []titleWord) string {
	if registryIn(words, 0, len(words)-1) != "" {
		return ""
	}
	for i := 1; i < len(words); i++ {
		if !oneOf(lower(words[i]), "installer", "installers", "uploader", "uploaders") {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if oneOf(lower(words[k]), "modified", "altered", "tampered", "compromised", "hijacked", "backdoored", "trojanized") {
				return joinSpan(words, i, k)
			}
			if words[k].stop {
				break
			}
		}
	}
	return ""
}

// countVerbName reports whether name is a word the title uses as a verb
// of counting right before a count ("Cryptominers hidden in Docker Hub
// images rack up 2 million pulls"): images counted by researchers were
// uploaded malicious and name nothing.
func countVerbName(title, name string) bool {
	if strings.ContainsAny(name, " .-_/") || hasUpperOrDigit(name) {
		return false
	}
	words := titleWords(title)
	for i := 1; i+1 < len(words); i++ {
		if words[i].text != name || words[i-1].stop {
			continue
		}
		// The verb follows the images or packages it counts, and a count
		// or "up" follows it ("images rack up", "packages amass 10,000");
		// a version after a name is no count ("quuxlib 1.2.3 hijacked").
		if p := lower(words[i-1]); !ossChannelNouns[p] && !oneOf(p, "images", "containers", "repos", "repositories") {
			continue
		}
		if n := lower(words[i+1]); n == "up" || isNumber(n) && !strings.Contains(n, ".") || quantities[n] {
			return true
		}
	}
	return false
}

// tracedPackageUnit is tracedTo's unit for a package channel: "Crypto
// heist traced to compromised zorb-sign npm package". The package is
// named as written (a package compromise, oss).
func (m *Matcher) tracedPackageUnit(title string, words []titleWord, hits []hit, question bool, name string, inc, end int) unit {
	if threatActor(words, name) || authorities[strings.ToLower(name)] {
		return unit{}
	}
	cat := trust.CategoryOSS
	if releaseNouns[lower(words[end])] && !codeName(name) && hasUpperOrDigit(name) {
		// "traced to compromised Zorbsoft release": a vendor's own
		// release, not a package's.
		cat = trust.CategoryCompromise
	}
	u := m.shapeUnit(words, inc, end, cat, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = m.registryOr(name, hits)
	u.category = cat
	u.evidence = clean(title)
	u.shapeEnd = words[end].end
	return u
}
