package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pk24Off turns pk24Name off (the dump's and the grid's before).
var pk24Off = false

// pk24Name reads the role the name of a package alert plays in its
// title, after every other renaming step: a name in no package's role
// gives way to the package the title or the lead writes as the one
// released. The roles that are no package's:
//
//   - the registry or platform it was served from, while the title
//     does not tell the platform's own compromise ("Maven Central
//     artifact from zorbkit swapped for backdoored build");
//   - a part of the package after a possessive ("zorbkit strikes
//     again: new release hides stealer in its CJS bundle");
//   - what the package was turned into ("extension turned into
//     ad-fraud tool");
//   - a nickname the title opens on in quotes before a colon
//     ("'s1ngularity': compromised build tool ...").
//
// The package is, in order: for a registry, the name after "<kind>
// from" in the title or a name the title writes as code; for a part, the
// title's subject written as code; then the lead's released names
// (pk19Releases, "zorbkit 1.2.3", "versions of zorbkit", "malicious
// releases of zorbkit"). With none found the alert is left.
func pk24Name(title, text string, a *trust.Alert) {
	if pk24Off || len(a.Vendors) != 1 {
		return
	}
	cur := a.Vendors[0].Name
	if cur == "" {
		return
	}
	tw := titleWords(title)
	role := pk24Role(title, tw, cur)
	if role == pk24Package {
		return
	}
	good := func(n string) bool {
		l := strings.ToLower(n)
		return n != "" && len(n) <= 60 && !looseVendor(n, cur) && vendorName(n) && !pk22Function(n) && !versionWord(n) &&
			!registryWord(n) && !nm17Platform(n) && !threatActor(tw, n) && !actorName(n) && !evFake[l] && !neverTrusted[l] &&
			!packageKinds[l] && !pk24KindWords[l] && !pkFile(n)
	}
	n := ""
	if role == pk24Speaker {
		// The speaker is kept beside the product it tells of.
		if p := pk24Told(title, tw, findEnd(tw, cur)+2); good(p) {
			a.Vendors = []trust.VendorHit{{Name: p, Term: p, Unlisted: true}, a.Vendors[0]}
		}
		return
	}
	if role == pk24Registry || role == pk24Kind || role == pk24Actor || role == pk24Maintainer {
		if n = pk24From(title, tw); !good(n) {
			n = ""
			for _, c := range pk16Packages(tw, title, true) {
				if good(c) {
					n = c
					break
				}
			}
		}
	}
	// A title opening in lower case writes its subject as code.
	if n == "" && (role == pk24Part || role == pk24Kind) && len(tw) > 1 && !tw[0].stop {
		if w := tw[0]; w.text == w.lc() && nameWord(w) || pk19Code(title, w) || w.slash {
			n = pk19NameAt(tw, title, 0)
		}
	}
	if !good(n) {
		n = ""
		if role != pk24Part {
			n = pk24Released(text, cur, good)
		}
	}
	if n == "" {
		return
	}
	a.Vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
}

// The roles pk24Role tells.
const (
	pk24Package = iota
	pk24Registry
	pk24Part
	pk24Result
	pk24Nickname
	pk24Kind
	pk24Actor
	pk24Maintainer
	pk24Speaker
)

// pk24Role is the role the title gives the alert's name n: a registry
// or platform not itself hit, a part after "its" or "their", the result
// of a turning ("turned into X"), a quoted nickname the title opens on
// before a colon, else a package's (pk24Package).
func pk24Role(title string, tw []titleWord, n string) int {
	if pk24KindWords[strings.ToLower(n)] {
		return pk24Kind
	}
	if (nm17Platform(n) || registryWord(n)) && !nm17PlatformHit(tw, n) {
		return pk24Registry
	}
	if threatActor(tw, n) || actorName(n) {
		return pk24Actor
	}
	s, e := findName(tw, n)
	if s < 0 {
		return pk24Package
	}
	if s > 0 && !tw[s-1].stop && pk24People[tw[s-1].lc()] {
		return pk24Maintainer
	}
	if e+2 < len(tw) && !tw[e].stop && speechVerbs[tw[e+1].lc()] && pk24Told(title, tw, e+2) != "" {
		return pk24Speaker
	}
	if s > 0 && !tw[s-1].stop && oneOf(tw[s-1].lc(), "its", "their") {
		return pk24Part
	}
	k := s - 1
	if k > 0 && oneOf(tw[k].lc(), "a", "an") && !tw[k-1].stop {
		k--
	}
	if k > 0 && tw[k].lc() == "into" && !tw[k-1].stop && oneOf(tw[k-1].lc(), "turned", "turns", "turn", "turning", "converted", "transformed", "morphed") {
		return pk24Result
	}
	if s == 0 && tw[0].quoted && tw[e].stop && tw[e].end < len(title) {
		rest := strings.TrimLeft(title[tw[e].end:], "'\"’”")
		if strings.HasPrefix(rest, ":") {
			return pk24Nickname
		}
	}
	return pk24Package
}

// pk24KindWords are the words of a release or of a package's kind: a
// name taken from "Version 12.0.1 of the package" names no package.
var pk24KindWords = wordSet(`version versions release releases update updates build builds artifact artifacts
	package packages library libraries module modules extension extensions plugin plugins`)

// pk24From is the name a title writes after a release's word and
// "from": "artifact from zorbkit", "update from Zorbcorp".
func pk24From(title string, tw []titleWord) string {
	for i := 1; i+1 < len(tw); i++ {
		if tw[i].lc() != "from" || tw[i-1].stop || tw[i].stop {
			continue
		}
		if !packageKinds[tw[i-1].lc()] && !oneOf(tw[i-1].lc(), "artifact", "artifacts", "release", "releases", "build", "builds", "update", "updates", "version", "versions") {
			continue
		}
		if w := tw[i+1]; w.text != w.lc() || pk19Code(title, w) || w.slash || nameWord(w) && !pk22Function(w.text) {
			return pk19NameAt(tw, title, i+1)
		}
	}
	return ""
}

// pk24Released is the first name the lead sentence of text writes as a
// released package that good accepts, or "": "" too when a released
// name before it is cur's own (the lead confirms the alert's name).
func pk24Released(text, cur string, good func(string) bool) string {
	lead := firstSentence(text)
	if lead == "" {
		return ""
	}
	lw := titleWords(lead)
	rel, _ := pk19Releases(lw, lead)
	rel = append(rel, pk23Versioned(lead, lw), pk23VersionsOf(lead, lw), pk22TurnedOf(lead, lw), pk24UpdateTo(lead, lw))
	for _, n := range rel {
		if n != "" && looseVendor(n, cur) {
			return ""
		}
		if good(n) && !pk24Kinded(lw, n) {
			return n
		}
	}
	return ""
}

// pk24Kinded reports whether ws write the lower-case word n before a
// kind's plural, as a description of the packages ("versions of
// established crates"), not as one package's name.
func pk24Kinded(ws []titleWord, n string) bool {
	if n != strings.ToLower(n) {
		return false
	}
	_, e := findName(ws, n)
	if e < 0 || e+1 >= len(ws) || ws[e].stop {
		return false
	}
	k := ws[e+1].lc()
	return packageKinds[k] && strings.HasSuffix(k, "s") || oneOf(k, "projects", "repositories", "repos", "apps", "tools")
}

// pk24UpdateTo is the lower-case name an update was made to, written
// before a participle or the clause's end ("an update to zorbkit pushed
// from its developer's account"), where "updates to track users" is
// prose.
func pk24UpdateTo(s string, ws []titleWord) string {
	for i := 0; i+3 < len(ws); i++ {
		if !oneOf(ws[i].lc(), "update", "updates") || ws[i].stop || !oneOf(ws[i+1].lc(), "to", "of") || ws[i+1].stop {
			continue
		}
		w, next := ws[i+2], ws[i+3]
		if nameWord(w) && !pk22Function(w.text) && (w.stop || strings.HasSuffix(next.lc(), "ed") && next.text == next.lc()) {
			return pk19NameAt(ws, s, i+2)
		}
	}
	return ""
}

// pk24People are the words before a person's name who keeps a package:
// "developer Zorb Quux sabotages colors".
var pk24People = wordSet(`maintainer maintainers developer developers author creator dev owner`)

// pk24Told is the product's run a speaker's clause opens on at i,
// ending on a compromise's noun: "LottieFiles confirms Lottie Player
// compromise" tells of Lottie Player. The run is capitalised or code,
// one to four words.
func pk24Told(title string, tw []titleWord, i int) string {
	if i < 0 || i >= len(tw) {
		return ""
	}
	if oneOf(tw[i].lc(), "a", "an", "the") && !tw[i].stop {
		i++
	}
	for e := i; e < len(tw) && e < i+4; e++ {
		w := tw[e]
		if !(w.text != w.lc() || pk19Code(title, w) || w.slash) || !nameWord(w) {
			return ""
		}
		if w.stop || e+1 >= len(tw) {
			return ""
		}
		if oneOf(tw[e+1].lc(), "compromise", "compromised", "hack", "hacked", "breach", "hijack", "hijacked", "backdoored", "supply-chain") {
			return pk22Trim(rawName(title, tw, i, e))
		}
	}
	return ""
}

// findEnd is the index of the last word of n in ws, or -1.
func findEnd(ws []titleWord, n string) int {
	_, e := findName(ws, n)
	return e
}
