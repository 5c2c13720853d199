package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pk23 reads the package a malicious dependency entered, the turned
// package rather than the dependency it pulled in:
//
//   - pk23Entered renames a package alert that names a dependency the
//     title or lead writes as one ("added a plain-crypto-js dependency",
//     "pulled in malicious X", "dependency X") to the package it
//     entered: the title's object of "into" ("slip RAT into axios"), the
//     title's subject, the lead's turned releases ("versions of X") or
//     the lead's package. With none of those found the alert is left.
//   - pk23Pulled reads a title no rule alerted that says a named package
//     pulled in or added a malicious dependency ("zorbkit npm package
//     pulled in malicious X dependency", "zorbkit compromised: new
//     versions pull in malicious X"); fakes, typosquats, questions and
//     threat actors stay silent.

// pk23Entered names the package a dependency entered in place of the
// dependency; it reads package alerts only.
func pk23Entered(title, text string, a *trust.Alert) {
	if len(a.Vendors) != 1 {
		return
	}
	dep := a.Vendors[0].Name
	lead := firstSentence(text)
	if dep == "" || !pk23Dependency(title, dep) && !pk23Dependency(lead, dep) {
		return
	}
	tw := titleWords(title)
	n := pk23Into(title, tw, dep)
	if n == "" {
		n = pk23Subject(title, tw, lead, dep)
	}
	if n == "" && lead != "" {
		lw := titleWords(lead)
		if n = pk22TurnedOf(lead, lw); n == "" || looseVendor(n, dep) {
			n = pk23VersionsOf(lead, lw)
		}
		if n == "" || looseVendor(n, dep) {
			n = leadPackageNamed(lw, lead)
		}
	}
	if n == "" || looseVendor(n, dep) || pk22Function(n) || !vendorName(n) || threatActor(tw, n) || actorName(n) {
		return
	}
	a.Vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
}

// pk23Dependency reports whether s writes the name n as a dependency:
// before "dependency" ("a plain-crypto-js dependency", "added X as a
// dependency"), after it ("malicious dependency X"), or after "pulled
// in" ("pulled in malicious X").
func pk23Dependency(s, n string) bool {
	if s == "" {
		return false
	}
	ls, ln := strings.ToLower(s), strings.ToLower(n)
	for off := 0; ; {
		i := strings.Index(ls[off:], ln)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(ln)
		if i > 0 && pk23NameByte(ls[i-1]) || off < len(ls) && pk23NameByte(ls[off]) {
			continue
		}
		after := strings.TrimLeft(ls[off:], " '\"`’”")
		after = strings.TrimPrefix(after, "as a ")
		marked := strings.HasPrefix(after, "malicious ")
		after = strings.TrimPrefix(after, "malicious ")
		before := strings.TrimRight(ls[:i], " '\"`‘“")
		for {
			f := strings.LastIndexByte(before, ' ')
			w := before[f+1:]
			if !oneOf(w, "malicious", "a", "the", "rogue", "poisoned") {
				break
			}
			marked = marked || len(w) > 3
			before = strings.TrimRight(before[:max(f, 0)], " ")
		}
		for _, suf := range [...]string{"pulled in", "pull in", "pulls in", "pulling in", "dragged in"} {
			if strings.HasSuffix(before, suf) {
				return true
			}
		}
		if !strings.HasPrefix(after, "dependenc") && !strings.HasSuffix(before, "dependency") && !strings.HasSuffix(before, "dependencies") {
			continue
		}
		// "a malicious X dependency", "added a X dependency": the
		// dependency as the attack's, not the package's own reach.
		if marked {
			return true
		}
		before = strings.TrimSuffix(strings.TrimSuffix(before, "dependency"), "dependencies")
		before = strings.TrimRight(before, " ")
		for _, suf := range [...]string{"added", "adds", "add", "adding", "introduced", "slipped in", "inserted"} {
			if strings.HasSuffix(before, suf) {
				return true
			}
		}
	}
}

// pk23NameByte reports whether b may stand inside a package's name.
func pk23NameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '/' || b == '@'
}

// pk23Into is the name a title says malware was slipped into ("slip RAT
// into axios, npm's ..."), past an ecosystem's or a kind's words, when it
// is not dep.
func pk23Into(title string, tw []titleWord, dep string) string {
	for i := 1; i+1 < len(tw); i++ {
		if tw[i].lc() != "into" || tw[i-1].stop {
			continue
		}
		k := i + 1
		for k < len(tw) && k <= i+3 && !tw[k].stop && (pk22Kinds[tw[k].lc()] || pk22PackageNouns[tw[k].lc()] ||
			oneOf(tw[k].lc(), "the", "popular", "widely", "used", "widely-used", "legitimate")) {
			k++
		}
		if k >= len(tw) || !nameWord(tw[k]) || pk22Audiences[tw[k].lc()] || generic[tw[k].lc()] {
			continue
		}
		if n := pk22Trim(rawName(title, tw, k, k)); n != "" && !looseVendor(n, dep) {
			return n
		}
	}
	return ""
}

// pk23Kinds are what a title writes between a package's name and the
// verb of its dependency: its channel, its releases.
var pk23Kinds = wordSet(`package packages library libraries module modules gem gems crate crates extension
	release releases version versions update updates build builds new latest sdk cli plugin action`)

// pk23Verbs are the verbs of a dependency pulled in.
var pk23Verbs = wordSet(`pulled pulls pull pulling added adds add adding slipped slips`)

// pk23Subject is the package a title opens on as the subject of a
// dependency's verb: "zorbkit npm package pulled in malicious X", "X
// compromised: new versions pull in malicious Y". The name is read as
// pk22Name reads one, or beside a package's kind word.
func pk23Subject(title string, tw []titleWord, lead, dep string) string {
	v := pk23Verb(tw)
	if v < 1 {
		return ""
	}
	e := v - 1
	kinded := false
	for e >= 0 && (pk23Kinds[tw[e].lc()] || pk22Kinds[tw[e].lc()] || pk22Adverbs[tw[e].lc()]) && !tw[e].stop {
		kinded = kinded || !pk22Adverbs[tw[e].lc()]
		e--
	}
	if e > 0 && tw[e].stop && oneOf(tw[e].lc(), "compromised", "hijacked", "backdoored", "poisoned") {
		e-- // "zorbkit compromised: new versions pull in"
		kinded = true
	}
	if e < 0 || tw[e].stop {
		return ""
	}
	s := e
	for s > 0 && tw[s-1].slash {
		s-- // "@zorb/kit"
	}
	if s != 0 && !(s == 1 && oneOf(tw[0].lc(), "popular", "the")) {
		return "" // the name opens the title
	}
	if !nameWord(tw[e]) || pk22Audiences[tw[e].lc()] || generic[tw[e].lc()] {
		return ""
	}
	n := pk22Trim(rawName(title, tw, e, e))
	if n == "" || dep != "" && looseVendor(n, dep) || !kinded && !pk22Name(title, tw, e, lead) {
		return ""
	}
	return n
}

// pk23Verb is the index of the title's verb of a malicious dependency
// pulled in or added ("pulled in malicious", "added malicious X
// dependency"), or -1.
func pk23Verb(tw []titleWord) int {
	for v := 1; v+1 < len(tw); v++ {
		if !pk23Verbs[tw[v].lc()] || tw[v].stop {
			continue
		}
		k := v + 1
		pull := strings.HasPrefix(tw[v].lc(), "pull")
		if pull {
			if tw[k].lc() != "in" || tw[k].stop {
				continue
			}
			k++
		}
		for k < len(tw) && k <= v+3 && oneOf(tw[k].lc(), "a", "the", "rogue") {
			k++
		}
		if k >= len(tw) || tw[k].lc() != "malicious" {
			continue
		}
		if pull {
			return v
		}
		for j := k + 1; j < len(tw) && j <= k+2; j++ {
			if oneOf(tw[j].lc(), "dependency", "dependencies") {
				if j+1 < len(tw) && !tw[j].stop && pk23Guards[tw[j+1].lc()] {
					return -1 // "adds malicious dependency scanner"
				}
				return v
			}
			if tw[j].stop {
				break
			}
		}
	}
	return -1
}

// pk23Guards are what a dependency's noun may run on into, a tool
// against it rather than one pulled in.
var pk23Guards = wordSet(`scanner scanners scanning scan detection detector check checks checker checking alert alerts
	warning warnings protection audit audits tool tools feature features policy firewall blocking guard
	filter filters prevention`)

// pk23VersionsOf is the package a lead names after its versions or
// releases ("Versions 2.3.1 and 2.3.2 of zorbkit", "a release of
// @zorb/kit"), in capitals, digits or code.
func pk23VersionsOf(s string, lw []titleWord) string {
	for i := 0; i+2 < len(lw); i++ {
		if !oneOf(lw[i].lc(), "versions", "version", "releases", "release") {
			continue
		}
		for k := i + 1; k+1 < len(lw) && k <= i+5; k++ {
			l := lw[k].lc()
			if l == "of" {
				j := k + 1
				if lw[j].lc() == "the" && j+1 < len(lw) {
					j++
				}
				n := pk22Trim(rawName(s, lw, j, j))
				if n != "" && (hasUpperOrDigit(n) && nameWord(lw[j]) || codeName(n) || pk19Code(s, lw[j]) ||
					packageToken(n) && nameWord(lw[j]) && j+1 < len(lw) && (pk22Kinds[lw[j+1].lc()] || pk23Kinds[lw[j+1].lc()])) {
					return n
				}
				break
			}
			if lw[k].stop || !(isNumber(strings.TrimPrefix(l, "v")) || l == "and" || l == "to" || l == "through") {
				break
			}
		}
	}
	return ""
}

// pk23Pulled reads a title no rule alerted that says a named package
// pulled in or added a malicious dependency; the alert is the one the
// rules make of the name's packages compromised, with the title's
// evidence.
func (m *Matcher) pk23Pulled(title, text string) (trust.Alert, bool) {
	if isQuestion(title) {
		return trust.Alert{}, false
	}
	tw := headline(titleWords(title))
	if untrustedChannel(tw) {
		return trust.Alert{}, false
	}
	lead := firstSentence(text)
	n := pk23Subject(title, tw, lead, "")
	if n == "" || threatActor(tw, n) || actorName(n) || pk23Dependency(title, n) {
		return trust.Alert{}, false
	}
	return m.packageAlert(n, title, text)
}

// pk23Unnamed names a package alert that names only an ecosystem ("npm
// packages", package not named) by the package its lead's first sentence
// tells released: a name opening the sentence before its version
// ("zorbkit 4.2.1 and 4.2.2 shipped a stealer"), or a name after its
// turned versions or releases ("malicious versions of QuuxPay", "version
// 4.1.2 of marble").
func pk23Unnamed(title, text string, a *trust.Alert) {
	if len(a.Vendors) != 1 || a.Vendors[0].Term != unnamedTerm {
		return
	}
	lead := firstSentence(text)
	if lead == "" {
		return
	}
	lw := titleWords(lead)
	n := pk23Versioned(lead, lw)
	if n == "" {
		n = pk23VersionsOf(lead, lw)
	}
	if n == "" {
		n = pk22TurnedOf(lead, lw)
	}
	if n == "" || pk22Function(n) || !vendorName(n) || threatActor(lw, n) || actorName(n) || registryWord(n) ||
		evFake[strings.ToLower(n)] || neverTrusted[strings.ToLower(n)] {
		return
	}
	a.Vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
}

// pk23Versioned is the name a sentence opens on before its version
// number ("zorbkit 4.2.1 and 4.2.2 shipped", "QuuxPay v3.0 added"), or "".
func pk23Versioned(s string, lw []titleWord) string {
	e := 0
	for e+1 < len(lw) && lw[e].slash {
		e++ // "@zorb/kit 1.2.3"
	}
	if e+1 >= len(lw) || lw[e].stop || !versionWord(lw[e+1].text) || !nameWord(lw[e]) {
		return ""
	}
	return pk22Trim(rawName(s, lw, e, e))
}

// pk23Lures are what a phishing lure is, after a word of fakery: "via a
// fake npm domain", "through a spoofed PyPI login page".
var pk23Lures = wordSet(`domain domains site sites website websites page pages login portal email emails link links`)

// pk23Lured is title without a phishing lure told as the means of a
// maintainer's phishing ("Maintainer phished via fake npm domain;
// popular packages ship malware"), or "" when it tells none: the fake is
// the lure, not the packages. The phrase runs from "via", "through",
// "with" or "using" over a word of fakery and up to two words of an
// ecosystem to the lure's noun.
func pk23Lured(title string) string {
	tw := titleWords(title)
	for i := 1; i+2 < len(tw); i++ {
		if !oneOf(tw[i].lc(), "via", "through", "with", "using") || tw[i-1].stop ||
			!oneOf(tw[i-1].lc(), "phished", "phishing", "stolen", "hijacked", "tricked", "compromised") {
			continue
		}
		k := i + 1
		if oneOf(tw[k].lc(), "a", "an") {
			k++
		}
		if k >= len(tw) || !neverTrusted[tw[k].lc()] && !evFake[tw[k].lc()] && !oneOf(tw[k].lc(), "spoofed", "phishing") {
			continue
		}
		for j := k + 1; j < len(tw) && j <= k+3; j++ {
			if pk23Lures[tw[j].lc()] {
				return strings.TrimRight(title[:tw[i-1].end], " ") + title[tw[j].end:]
			}
			if tw[j].stop {
				break
			}
		}
	}
	return ""
}

// pk23UpdateKinds are the kinds of thing whose update turns its users'
// software: an SDK, a library, an extension, a plugin.
var pk23UpdateKinds = wordSet(`sdk sdks library extension add-on addon plugin package module gem crate`)

// pk23Turns are the harm an update did, after it: "turns apps into click
// bots", "steals users' data", "injects ads".
var pk23Turns = wordSet(`turns turned turning steals stole stealing injects injected injecting hijacks hijacked
	drains drained`)

// pk23Harms are what an update added that turned it.
var pk23Harms = wordSet(`fraud malware spyware adware backdoor backdoors stealer infostealer trojan cryptominer miner
	drainer`)

// pk23Stopped are words of an update stopped, fixed or refused: "fixes
// flaw that turned", "malicious update blocked before release".
var pk23Stopped = wordSet(`fix fixes fixed patch patches patched remove removes removed block blocks blocked stop stops
	stopped prevent prevents prevented foiled thwarted caught rejected refused denies deny denied could would may might`)

// pk23Update reads a title no rule alerted that tells a kind's update
// turned ("Android SDK update turns apps into click bots", "Malicious
// update to zorbkit SDK steals users' data"): the name is the title's,
// written before the kind after "update to", else the lead's, written
// before the kind ("Version 4.2 of the QuuxPay SDK") or after its
// versions. The alert is the one the rules make of the name's packages
// compromised.
func (m *Matcher) pk23Update(title, text string) (trust.Alert, bool) {
	if isQuestion(title) {
		return trust.Alert{}, false
	}
	tw := headline(titleWords(title))
	if untrustedChannel(tw) {
		return trust.Alert{}, false
	}
	n, kind := "", ""
	for i := 0; i+2 < len(tw) && n == "" && kind == ""; i++ {
		if !oneOf(tw[i].lc(), "update", "updates") || !pk23Harmed(tw, i) {
			continue
		}
		switch {
		case tw[i+1].lc() == "to" && !tw[i].stop:
			k := i + 2
			if oneOf(tw[k].lc(), "the", "popular") && k+1 < len(tw) {
				k++
			}
			e := k
			for e+1 < len(tw) && tw[e].slash {
				e++
			}
			if e+1 < len(tw) && !tw[e].stop && pk23UpdateKinds[tw[e+1].lc()] && nameWord(tw[e]) {
				n = pk22Trim(rawName(title, tw, e, e))
			}
		case i > 1 && tw[i-1].quoted && pk23UpdateKinds[tw[i-2].lc()]:
			n = pk22Trim(rawName(title, tw, i-1, i-1)) // "Ad SDK 'AdNexa' update"
		case i > 0 && pk23UpdateKinds[tw[i-1].lc()] && !tw[i-1].stop:
			kind = tw[i-1].lc()
		}
	}
	lead := firstSentence(text)
	if n == "" && kind != "" && lead != "" {
		lw := titleWords(lead)
		for k := 1; k < len(lw) && n == ""; k++ {
			if lw[k].lc() != kind || lw[k-1].stop || !nameWord(lw[k-1]) || pk23UpdateKinds[lw[k-1].lc()] {
				continue
			}
			s := k - 1
			for s > 0 && lw[s-1].slash {
				s-- // "the @zorb/kit SDK"
			}
			if s >= 1 && oneOf(lw[s-1].lc(), "the", "of", "to", "its") {
				n = pk22Trim(rawName(lead, lw, k-1, k-1))
			}
		}
	}
	if n == "" || pk22Function(n) || generic[strings.ToLower(n)] || threatActor(tw, n) || actorName(n) || registryWord(n) {
		return trust.Alert{}, false
	}
	a, ok := m.match(n+" npm packages compromised", "", true, nil, nil)
	if !ok || a.Coverage || a.Category != trust.CategoryOSS || len(a.Vendors) != 1 || !looseVendor(a.Vendors[0].Name, n) {
		return trust.Alert{}, false
	}
	a.Evidence = clean(title)
	if kind != "" {
		a.Evidence += " — " + clean(lead)
	}
	a.Summary = Summarize(a.Evidence, title, text)
	return a, true
}

// pk23Harmed reports whether the update at i was turned: "malicious" or
// a word of a takeover just before it, or a harm's verb within four
// words after it ("turns apps into click bots").
func pk23Harmed(tw []titleWord, i int) bool {
	for _, w := range tw {
		if pk23Stopped[w.lc()] {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if oneOf(tw[k].lc(), "malicious", "rogue", "poisoned", "hijacked", "backdoored", "trojanized", "tainted") {
			return true
		}
		if tw[k].stop {
			break
		}
	}
	for k := i + 1; k < len(tw) && k <= i+5; k++ {
		if oneOf(tw[k].lc(), "adds", "added") {
			for j := k + 1; j < len(tw) && j <= k+2; j++ {
				if pk23Harms[tw[j].lc()] {
					// "adds ad fraud to 300 apps", never "adds fraud
					// detection"
					return j+1 >= len(tw) || tw[j].stop || !pk23Guards[tw[j+1].lc()]
				}
			}
		}
		if pk23Turns[tw[k].lc()] {
			if !strings.HasPrefix(tw[k].lc(), "turn") {
				return true
			}
			for j := k + 1; j < len(tw) && j <= k+6; j++ {
				if tw[j].lc() == "into" {
					return true // "turns apps into", never "turns off"
				}
			}
			return false
		}
		if tw[k].stop {
			break
		}
	}
	return false
}
