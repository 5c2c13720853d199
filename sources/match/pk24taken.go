package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pk24Taken reads a title no rule alerted that tells a package taken
// over, naming it by its shape or its role: the releases of a name
// hijacked ("Hackers hijack versions 1.2.3 and 1.2.4 of zorbkit"), or
// malicious code found in a name written as a package ("the zorbkit
// package", "npm package zorbkit", "zorb.js library") after its
// maintainer's, developer's or publisher's account was hijacked or
// taken over. A fake, a typosquat, a question or a channel never trusted
// stays silent, as do packages published malicious from the start
// (no takeover told). The alert is the one the rules give the package's
// plain compromise ("zorbkit npm packages compromised"), as pk23Update's.
func (m *Matcher) pk24Taken(title, text string) (trust.Alert, bool) {
	if pk24Off || isQuestion(title) {
		return trust.Alert{}, false
	}
	tw := headline(titleWords(title))
	if untrustedChannel(tw) {
		return trust.Alert{}, false
	}
	for _, w := range tw {
		if neverTrusted[w.lc()] || evFake[w.lc()] {
			return trust.Alert{}, false
		}
	}
	n := ""
	for i := 0; i+3 < len(tw) && n == ""; i++ {
		// "hijack versions 1.2.3 and 1.2.4 of zorbkit"
		if oneOf(tw[i].lc(), "hijack", "hijacked", "hijacks", "backdoor", "backdoored", "backdoors", "trojanize", "trojanized", "poison", "poisoned") &&
			!tw[i].stop && oneOf(tw[i+1].lc(), "versions", "releases", "version", "release") {
			n = pk24VersionsOf(title, tw, i+1)
		}
	}
	if n == "" && pk24AccountTaken(tw) {
		for _, c := range pk16Packages(tw, title, true) {
			if !registryWord(c) && !nm17Platform(c) {
				n = c
				break
			}
		}
	}
	if n == "" || pk22Function(n) || generic[strings.ToLower(n)] || threatActor(tw, n) || actorName(n) || registryWord(n) || versionWord(n) {
		return trust.Alert{}, false
	}
	return m.packageAlert(n, title, text)
}

// pk24AccountTaken reports whether the title tells a keeper's account
// taken over: "after maintainer account hijack", "developer's account
// hijacked", "publisher accounts taken over".
func pk24AccountTaken(tw []titleWord) bool {
	for i := 1; i+1 < len(tw); i++ {
		if !oneOf(tw[i].lc(), "account", "accounts") || tw[i-1].stop {
			continue
		}
		if !unOwners[strings.TrimSuffix(tw[i-1].lc(), "'s")] {
			continue
		}
		if next := tw[i+1].lc(); oneOf(next, "hijack", "hijacked", "hijacking", "takeover", "compromise", "compromised", "breach", "breached") ||
			next == "taken" && i+2 < len(tw) && tw[i+2].lc() == "over" {
			return true
		}
	}
	return false
}

// pk24VersionsOf is the name written after the releases at i, their
// numbers and "of": "versions 1.2.3 and 1.2.4 of zorbkit". The numbers
// make the role plain, so a lower-case word is a name there.
func pk24VersionsOf(s string, ws []titleWord, i int) string {
	k, nums := i+1, 0
	for k < len(ws) && !ws[k-1].stop && (versionWord(ws[k].text) || isNumber(ws[k].text) || oneOf(ws[k].lc(), "and", "to", "through")) {
		if versionWord(ws[k].text) || isNumber(ws[k].text) {
			nums++
		}
		k++
	}
	if nums == 0 || k+1 >= len(ws) || ws[k-1].stop || ws[k].lc() != "of" || ws[k].stop {
		return ""
	}
	k++
	if ws[k].lc() == "the" && k+1 < len(ws) {
		k++
	}
	if !nameWord(ws[k]) || pk22Function(ws[k].text) {
		return ""
	}
	return pk19NameAt(ws, s, k)
}
