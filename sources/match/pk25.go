package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pk25Off turns this round's package readers off (the dump's and the
// grid's before).
var pk25Off = false

// pk25LeadCode reads, after every other renaming step, a package alert
// still named for where the package lived rather than for the package: a
// registry, marketplace or platform the title does not tell hit
// ("VS Code extension with 100,000 installs turned malicious", alerting
// "VS Code"), or the packages' class ("npm packages", "open-source
// packages"). The lead sentence's first name written as code is taken
// instead, in whatever role the lead gives it ("The compromised package,
// zorb-kit, shipped ...", "Users of @zorb/kit are urged ...", "the account
// that publishes zorb.js"): code is the one shape prose never writes, so
// the role need not be read. Code that is no package's name is passed
// over: a registry, a version, a file or a domain, an English compound
// ("open-source"), a dependency, payload, fake or typosquat the lead
// writes beside it, a lower-case word before a kind's plural. With none
// the alert is left.
func pk25LeadCode(title, text string, a *trust.Alert) {
	if pk25Off || len(a.Vendors) != 1 || a.Category != trust.CategoryOSS && a.Category != trust.CategoryCompromise {
		return
	}
	cur := a.Vendors[0].Name
	if cur == "" || !pk25Place(title, cur) {
		return
	}
	lead := firstSentence(text)
	if lead == "" {
		return
	}
	lw := titleWords(lead)
	if n := pk25Role(lead, lw); pk25RoleName(lw, n, cur) {
		a.Vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
		return
	}
	if n := pk25Code(lead, lw, cur); n != "" {
		a.Vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
	}
}

// pk25LeadPackage is the rescue's candidate from the lead sentence s
// (words lw) of a title (words tw) that names no one: where a channel's
// or an ecosystem's word stands in either, the name the lead gives a
// package's role (pk25Role), else its first code (as pk25LeadCode reads
// them).
func pk25LeadPackage(tw, lw []titleWord, s string) string {
	if pk25Off || !inWords(tw, leadChannels) && !inWords(tw, learnEcoWords) && !inWords(lw, leadChannels) && !inWords(lw, learnEcoWords) {
		return ""
	}
	if n := pk25Role(s, lw); pk25RoleName(lw, n, "") {
		return n
	}
	return pk25Code(s, lw, "")
}

// pk25Code is the first word of the lead sentence s (words lw) written
// as code that may name the package instead of cur, or "".
func pk25Code(s string, lw []titleWord, cur string) string {
	for i := range lw {
		if !pk25Coded(s, lw, i) || pk25Beside(lw, i) || pk25URL(s, lw[i].start, lw[i].end) {
			continue
		}
		if n := pk19NameAt(lw, s, i); n != "" && pk25Good(lw, n, cur) {
			return n
		}
	}
	return ""
}

// pk25Role is the first name the lead sentence s gives a package's
// role, in any case and shape: its keeper's ("QuuxLog's maintainer"),
// what its keepers, users or releases are of ("users of zorbkit",
// "versions 1.2.3 and 1.2.4 of zorbkit"), or what was turned, told in
// the passive ("Zorbly Tabs was compromised", "zorbkit had been updated
// with ...").
func pk25Role(s string, lw []titleWord) string {
	for i, w := range lw {
		l := w.lc()
		// "QuuxLog's maintainer"
		if raw := s[w.start:w.end]; (strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")) && i+1 < len(lw) && !w.stop && (learnKeepers[lw[i+1].lc()] || oneOf(lw[i+1].lc(), "publisher", "publishers")) {
			if n := pk25NameEnding(lw, s, i); n != "" {
				return n
			}
		}
		// "users of zorbkit", "versions 1.2.3 and 1.2.4 of zorbkit"
		if l == "of" && i > 0 && i+1 < len(lw) && !w.stop && !lw[i-1].stop {
			p := lw[i-1].lc()
			if learnKeepers[p] || learnReleases[p] || oneOf(p, "users", "publisher", "publishers") || versionWord(lw[i-1].text) || isNumber(p) && i > 1 && learnReleases[lw[i-2].lc()] {
				if n := pk19NameAt(lw, s, i+1); n != "" {
					return n
				}
			}
		}
		// "the account that publishes zorbkit", "attackers compromised
		// zorbkit, a popular project"
		if i+1 < len(lw) && !w.stop && (oneOf(l, "publishes", "maintains") || pk25Turned[l] && i > 0 && !lw[i-1].stop && attackers[lw[i-1].lc()]) {
			if n := pk19NameAt(lw, s, i+1); n != "" {
				return n
			}
		}
		// "zorbkit had been updated with", "Zorbly Tabs was compromised"
		if i+2 < len(lw) && !w.stop && !lw[i+1].stop && oneOf(lw[i+1].lc(), "was", "were", "had", "has", "have") {
			k := i + 2
			if k+1 < len(lw) && lw[k].lc() == "been" && !lw[k].stop {
				k++
			} else if !oneOf(lw[i+1].lc(), "was", "were") {
				continue // "GlassWorm has compromised": the actor's perfect
			}
			if pk25Turned[lw[k].lc()] || lw[k].lc() == "taken" && k+1 < len(lw) && lw[k+1].lc() == "over" {
				if n := pk25NameEnding(lw, s, i); n != "" {
					return n
				}
			}
		}
	}
	return ""
}

// pk25Turned are the participles of a package turned.
var pk25Turned = wordSet(`compromised hijacked backdoored trojanized trojanised poisoned tampered updated
	altered modified infected`)

// pk25NameEnding is the name whose last word is lw[e], read from its
// first word (pk19NameAt), the longest: "Zorbly Tabs" ending at "Tabs".
func pk25NameEnding(lw []titleWord, s string, e int) string {
	b := e
	for b > 0 && b > e-3 && !lw[b-1].stop {
		b--
	}
	for ; b <= e; b++ {
		n := pk19NameAt(lw, s, b)
		if n == "" {
			continue
		}
		if b+len(strings.Fields(n))-1 == e {
			return n
		}
	}
	return ""
}

// pk25RoleName reports whether n, read by pk25Role from lw, may name the
// package instead of cur: pk25Good's, no people's word or count
// (pk25Counted), and a plain lower-case word no determiner describes
// ("the messaging client's developers").
func pk25RoleName(lw []titleWord, n, cur string) bool {
	if n == "" || !pk25Good(lw, n, cur) || !vendorName(n) || pk25Counted(lw, n) {
		return false
	}
	if n != strings.ToLower(n) || strings.ContainsAny(n, "-._/@0123456789") {
		return true
	}
	s, _ := findName(lw, n)
	for k := s - 1; k >= 0 && k >= s-2; k-- {
		if lw[k].stop {
			break
		}
		if oneOf(lw[k].lc(), "the", "a", "an", "its", "their", "this", "that", "our", "his", "her") {
			return false
		}
	}
	return true
}

// pk25Counted reports whether lw write n after a count or "by", as the
// people a package reaches ("used by 2.6 million people"), or n is such
// people's word.
func pk25Counted(lw []titleWord, n string) bool {
	l := strings.ToLower(n)
	if pk22Audiences[l] || oneOf(l, "people", "accounts", "account", "sites", "websites", "systems", "machines", "devices", "wallets") {
		return true
	}
	s, _ := findName(lw, n)
	if s < 1 || lw[s-1].stop {
		return false
	}
	p := lw[s-1].lc()
	return p == "by" || isNumber(p) || quantities[p]
}

// pk25Place reports whether the alert's name n is a place packages are
// served from, which the title does not tell hit, or the packages' class:
// a registry or platform word, or a name ending on a kind's plural ("npm
// packages").
func pk25Place(title, n string) bool {
	l := strings.ToLower(n)
	if i := strings.LastIndexByte(l, ' '); i > 0 {
		if k := l[i+1:]; packageKinds[k] && strings.HasSuffix(k, "s") || oneOf(k, "projects", "repositories", "images", "actions") {
			return true
		}
	}
	if oneOf(l, "open-source", "open source", "account", "accounts") {
		return true
	}
	if !registryWord(n) && !nm17Platform(n) {
		return false
	}
	return !nm17PlatformHit(titleWords(title), n)
}

// pk25Coded reports whether the lead's word w at i is written as code:
// lower case with a scope, a slash, a dot, a hyphen, an underscore or a
// digit in it, or quoted, or a sentence opening in lower case.
func pk25Coded(lead string, lw []titleWord, i int) bool {
	w := lw[i]
	t := cutPossessive(w.text)
	if t == "" || t != strings.ToLower(t) || len(t) < 2 || len(t) > 60 {
		return false
	}
	if i == 0 || w.quoted || w.slash || w.start > 0 && lead[w.start-1] == '@' || strings.ContainsAny(t, "._") {
		return true
	}
	if strings.ContainsAny(t, "0123456789") {
		return pk19Code(lead, w)
	}
	// A hyphen alone is English as often as code ("third-party",
	// "tab-management"): code only beside a channel's word.
	return strings.Contains(t, "-") && !learnCompound(t) && !englishCompounds[t] && !pk25Described(lw, i) &&
		(i+1 < len(lw) && !w.stop && (leadChannels[lw[i+1].lc()] || learnEcoWords[lw[i+1].lc()]) ||
			i > 0 && !lw[i-1].stop && (leadChannels[lw[i-1].lc()] || learnEcoWords[lw[i-1].lc()]))
}

// pk25Described reports whether an indefinite article stands within two
// words before lw[i], in its phrase: "a popular tab-management
// extension" describes.
func pk25Described(lw []titleWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if lw[k].stop {
			return false
		}
		if oneOf(lw[k].lc(), "a", "an") {
			return true
		}
	}
	return false
}

// pk25URL reports whether the word at [start, end) of s stands in a web
// address: its run of non-space bytes holds "://", "www." or a slash after
// a dot.
func pk25URL(s string, start, end int) bool {
	b, e := start, end
	for b > 0 && s[b-1] != ' ' {
		b--
	}
	for e < len(s) && s[e] != ' ' {
		e++
	}
	run := s[b:e]
	if strings.Contains(run, "://") || strings.Contains(run, "www.") {
		return true
	}
	d := strings.IndexByte(run, '.')
	return d >= 0 && strings.IndexByte(run[d:], '/') > 0
}

// pk25Near are the words beside code that make it something other than
// the package turned: a dependency, a payload, a file, a domain, a fake.
var pk25Near = wordSet(`dependency dependencies payload payloads file files script scripts domain domains
	typosquat typosquats typosquatted typosquatting fake fakes impostor lookalike look-alike clone clones
	command commands binary binaries worm malware stealer dropper loader backdoor trojan
	url urls site website email emails hash`)

// pk25Beside reports whether a word of pk25Near stands right before the
// code at i (past "a", "the", "called" or "named") or right after it,
// within its phrase.
func pk25Beside(lw []titleWord, i int) bool {
	if i+1 < len(lw) && !lw[i].stop && pk25Near[lw[i+1].lc()] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if lw[k].stop {
			return false
		}
		l := lw[k].lc()
		if pk25Near[l] || oneOf(l, "malicious", "rogue") {
			return true
		}
		if !oneOf(l, "a", "an", "the", "called", "named", "dubbed") {
			return false
		}
	}
	return false
}

// pk25Good reports whether n, read from the lead's code, may name the
// package instead of cur.
func pk25Good(lw []titleWord, n, cur string) bool {
	l := strings.ToLower(n)
	if cur != "" && looseVendor(n, cur) || registryWord(n) || nm17Platform(n) || versionWord(n) || pkFile(n) || l22English(l) || hyphenAdjective(l) ||
		pk22Function(n) || threatActor(lw, n) || actorName(n) || evFake[l] || neverTrusted[l] || packageKinds[l] || pk24KindWords[l] ||
		generic[l] || strings.Contains(l, "http") || pk24Kinded(lw, n) || pkCounted(lw, n) {
		return false
	}
	host, _, _ := strings.Cut(l, "/")
	if i := strings.LastIndexByte(host, '.'); i > 0 && oneOf(host[i+1:], "com", "net", "org", "help", "info", "xyz", "ru", "cn", "top", "dev", "app", "site", "online", "co", "us", "me") {
		return false
	}
	return true
}
