package match

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A backdoor account the vendor built into its product, told the way CVE
// news tells it: "Cisco fixes root account with static credentials in
// Unified CM", "Hidden admin account found in X switches", "X NAS ships
// with undocumented admin account that users cannot delete". The word
// "backdoor" is often missing; what makes it one is that the vendor put the
// login there and the owner cannot change or remove it. Ordinary
// hard-coded credentials (one bug in a patch list, "hard-coded key flaw"),
// default passwords owners never changed, and counts of apps or devices
// with leaked keys are not: none says the vendor left a way in that the
// user cannot close (trust-events.md, "vulnerabilities").

// builtInQualifiers say the login is the vendor's and cannot be closed.
var builtInQualifiers = wordSet(`static undocumented hidden secret backdoor built-in builtin
	unremovable undeletable`)

// hardQualifiers say the login is in the code; with a master or root
// login ("hard-coded master password") it is the vendor's way in.
var hardQualifiers = wordSet("hard-coded hardcoded baked-in")

// loginNouns are what a built-in way in logs in with. "key" only after
// "SSH" (a hard-coded encryption key is a bug of another kind).
var loginNouns = wordSet(`account accounts credential credentials password passwords login logins
	user users key keys`)

// cannotWords: "that cannot be changed or deleted", "users can't remove".
var cannotWords = wordSet("cannot can't can’t unable")

// flawLabels after the login make it the name of a bug: "static
// credentials bug", "hardcoded credentials flaw".
var flawLabels = wordSet("bug bugs flaw flaws vulnerability vulnerabilities issue issues cve")

// builtInAccount finds a login the vendor built in: a login noun with a
// qualifier of the vendor's within three words before it, in its clause
// ("undocumented admin account", "root account with default, static
// credentials", "hard-coded master password"), or any login the title
// says cannot be changed or removed. It returns the span.
func builtInAccount(words []titleWord) (lo, hi int, ok bool) {
	for i, w := range words {
		lw := w.lc()
		if !loginNouns[lw] {
			continue
		}
		if (lw == "key" || lw == "keys") && (i == 0 || !strings.EqualFold(words[i-1].text, "ssh")) {
			continue
		}
		if i+1 < len(words) && !w.stop && flawLabels[words[i+1].lc()] {
			continue
		}
		strong, hard, privileged, dflt := -1, -1, false, false
		for k := i - 1; k >= 0 && k >= i-3 && !words[k].stop; k-- {
			lk := words[k].lc()
			switch {
			case lk == "default":
				dflt = true // "default admin passwords that can't be fixed": owners' to change, a flaw
			case builtInQualifiers[lk]:
				strong = k
			case hardQualifiers[lk]:
				hard = k
			case oneOf(lk, "master", "root", "superuser"):
				privileged = true
			}
		}
		if strong < 0 && hard >= 0 && privileged && oneOf(lw, "password", "passwords") {
			strong = hard // "hard-coded master password"
		}
		if strong < 0 && !dflt && (hard >= 0 || i > 0 && oneOf(words[i-1].lc(), "root", "admin", "administrator", "ssh")) &&
			cannotAfter(words, i) {
			strong = max(hard, i-1) // "hard-coded SSH key that cannot be removed"
		}
		if strong >= 0 {
			return strong, i, true
		}
	}
	return 0, 0, false
}

// cannotAfter reports whether, within six words after i, the title says
// the login cannot be changed or removed.
func cannotAfter(words []titleWord, i int) bool {
	for k := i + 1; k < len(words) && k <= i+6; k++ {
		if cannotWords[words[k].lc()] {
			return true
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// countedFinding reports whether the words after a login count apps or
// devices instead of naming a product: "hardcoded credentials found in
// 150 IoT devices", "... in thousands of apps" with no maker after. A
// researchers' survey, not one vendor's backdoor.
func countedFinding(words []titleWord, hi int) bool {
	for k := hi + 1; k+1 < len(words) && k <= hi+6; k++ {
		lk := words[k].lc()
		if oneOf(lk, "in", "of", "across") {
			n := words[k+1].lc()
			if (isNumber(n) || quantities[n]) && makerAfter(words, k+1) == "" && !brandAfterCount(words, k+1) {
				return true
			}
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// builtInAlert reads a title for builtInAccount. The product is the
// registry vendor the title names, else the name before the shape's verb
// ("Norvex NAS ships with ...") or after "in" ("... found in Quillon
// industrial switches"). A title about attackers or malware creating
// such an account ("hackers add hidden admin account") is no finding.
func (m *Matcher) builtInAlert(title, lead string, hits []hit, question bool) unit {
	if !anyFold(title, builtInMarks) || !anyFold(title, loginMarks) {
		return unit{} // most titles: no split into words
	}
	words := headline(titleWords(title))
	lo, hi, ok := builtInAccount(words)
	// A flaw that creates the login ("Windows bug creates hidden admin
	// account") is a vulnerability, whoever exploits it.
	if !ok || inWords(words, attackers) || inWords(words, claimWords) || inWords(words, flawLabels) || countedFinding(words, hi) {
		return unit{}
	}
	for _, w := range words {
		if lw := w.lc(); malwareNouns[lw] && lw != "backdoor" && lw != "backdoors" {
			return unit{}
		}
	}
	return m.compromiseUnit(title, words, lo, hi, hits, question, func() string { return builtInName(words, lo, hi, lead) })
}

// builtInName is the product of a built-in login outside the registry:
// the speaker's, the owner's before the verb or the one after "in", else
// the lead's own telling of the login; "" when none or when a title in
// Title Case does not confirm it.
func builtInName(words []titleWord, lo, hi int, lead string) string {
	n := speakerName(words, lo)
	if n != "" {
		if o := otherMakerIn(words, hi, n); o != "" {
			n = o // a reporter speaking of another maker's product (named3.go)
		}
	}
	if n == "" {
		n = ownerName(words, lo)
	}
	if n == "" {
		n = inName(words, hi)
	}
	lw := titleWords(lead)
	if n == "" {
		// "Camera maker left hidden admin account in firmware": the
		// lead's own telling of the login names the product.
		if llo, lhi, lok := builtInAccount(lw); lok {
			if n = ownerName(lw, llo); n == "" {
				n = inName(lw, lhi)
			}
			if n != "" && !hasUpperOrDigit(n) || inWords(lw, attackers) {
				n = ""
			}
		}
	} else if isTitleCase(words) && !confirmed(n, words, true, lw) {
		return ""
	}
	return n
}

// ownerName reads the product before the verb that holds a login at lo:
// "Norvex NAS ships with", "Tarrow call manager has".
func ownerName(words []titleWord, lo int) string {
	for v := lo - 1; v > 0 && v >= lo-6; v-- {
		lv := words[v].lc()
		if oneOf(lv, "has", "have", "had", "ships", "shipped", "ship", "contains", "contain", "includes", "include",
			"comes", "come", "came", "hides", "hide", "carries", "carry") {
			e := v
			for e > 1 && e > v-3 && !words[e-2].stop && !hasUpperOrDigit(words[e-1].text) && nameWord(words[e-1]) {
				e--
			}
			return nameBefore(words, e, false)
		}
		if words[v-1].stop {
			break
		}
	}
	return ""
}

// inName reads the product after "in", "into" or "from" following a login
// at hi: "... account found in Quillon industrial switches", "... baked
// into X gateways".
func inName(words []titleWord, hi int) string {
	for k := hi + 1; k+1 < len(words) && k <= hi+5; k++ {
		if oneOf(words[k].lc(), "in", "into", "inside", "within", "from") {
			j := k + 1
			if oneOf(words[j].lc(), "the") && j+1 < len(words) {
				j++
			}
			if quantities[words[j].lc()] && j+1 < len(words) && !words[j].stop {
				j++ // "in several Zyxel firewalls": one brand's models (countedFinding)
			}
			return nameAt(words, j)
		}
		if words[k].stop {
			break
		}
	}
	return ""
}

// speakVerbs are a vendor's verbs about its own product: "Cisco fixes
// root account with static credentials in Unified CM".
// ("X warns of", "X discloses" are as often a reporter's verbs about
// another's product: not listed.)
var speakVerbs = wordSet("fixes fixed patches patched removes removed confirms confirmed admits",
	"admitted deletes deleted kills axes",
	// "Zyxel warns of undocumented admin account in NAS devices": the maker
	// in its own voice (leftovers2).
	"warns warned discloses disclosed")

// speakerName reads the vendor that opens a title and speaks of the
// login at lo: its name, then one of speakVerbs. An authority ("CISA
// warns of ...") is not the vendor, nor a researcher.
func speakerName(words []titleWord, lo int) string {
	for v := 1; v < lo && v <= 3; v++ {
		if !speakVerbs[words[v].lc()] {
			continue
		}
		n := nameBefore(words, v, false)
		if n == "" || v-len(strings.Fields(n)) != 0 || authorities[strings.ToLower(n)] || investigators[strings.ToLower(n)] {
			return ""
		}
		return n
	}
	return ""
}

// countedLogins reports whether a title's logins are counted across apps
// or devices (countedFinding): a survey, whatever its words for them.
func countedLogins(title string) bool {
	words := headline(titleWords(title))
	for i, w := range words {
		if loginNouns[w.lc()] && countedFinding(words, i) {
			return true
		}
	}
	return false
}

// builtInMarks are the bytes a title with a built-in login holds: one of
// the qualifiers, or what cannot be done to it.
var builtInMarks = newFoldSubs("static", "undocumented", "hidden", "secret", "backdoor", "built", "unremovable",
	"undeletable", "hard-coded", "hardcoded", "baked", "cannot", "can't", "can’t")

// loginMarks are the bytes of loginNouns.
var loginMarks = newFoldSubs("account", "credential", "password", "login", "user", "key")

// foldSubs are anyFold's substrings (in lower case) by their first byte,
// indexed once: a byte of the text tries only the subs it opens.
type foldSubs [256][]string

// newFoldSubs indexes subs, which must be valid UTF-8 without an ASCII
// capital or a rune of another case (the apostrophe "’" is fine): anyFold
// compares them with the text's bytes, ASCII letters lowered.
func newFoldSubs(subs ...string) *foldSubs {
	var f foldSubs
	for _, sub := range subs {
		if !utf8.ValidString(sub) || strings.IndexFunc(sub, func(r rune) bool { return 'A' <= r && r <= 'Z' || unicode.SimpleFold(r) != r && r >= utf8.RuneSelf }) >= 0 {
			panic(fmt.Sprintf("newFoldSubs: %q has a capital or a rune with another case", sub))
		}
		f[sub[0]] = append(f[sub[0]], sub)
	}
	return &f
}

// anyFold reports whether s holds one of subs, ASCII case folded. It
// allocates nothing: a gate before a title is split. It reads s once,
// stopping only at bytes that open some sub, rather than once per sub: it
// runs on every title, several times.
func anyFold(s string, subs *foldSubs) bool {
	for i := 0; i < len(s); i++ {
		for _, sub := range subs[s[i]|0x20] {
			if i+len(sub) <= len(s) && lowerEq(s[i:i+len(sub)], sub) {
				return true
			}
		}
	}
	return false
}

// lowerEq reports whether w, its ASCII letters lowered, is sub (as long
// as w, as newFoldSubs checks it): strings.EqualFold for such a sub, since
// a rune of w that folds to an ASCII letter of sub without being one
// (the Kelvin sign, the long s) takes more bytes than it, and sub's other
// runes fold only to themselves; without its call, which was most of
// anyFold's time.
func lowerEq(w, sub string) bool {
	for k := 0; k < len(sub); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != sub[k] {
			return false
		}
	}
	return true
}
