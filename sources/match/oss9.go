package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Shapes of package compromises found missed in the oss9 batch: a denial
// of tampering ("no packages were compromised"), a kind word between a
// package's name and its channel noun ("zorbmark Markdown library"), a
// removal verb right after the channel ("crate yanked after compromised
// release"), a wheel for a project, and a lead that lists packages ("the
// ctx and PHPass packages", "packages coa and rc").

// negations deny what follows in their clause: "no packages were
// compromised", "extensions were not tampered with", "no evidence
// packages were altered".
var negations = wordSet(`no not never none nothing neither nor isn't aren't wasn't
	weren't hasn't haven't didn't doesn't don't`)

// supplyShape is supplyShapeFound (supply.go) with its denials dropped:
// a negation in the shape's clause, before or within it, says the channel
// was not turned ("Google says no Chrome extensions were tampered with").
func supplyShape(words []titleWord) (supplyHit, bool) {
	h, ok := supplyShapeFound(words)
	if ok && deniedHit(words, h) {
		return supplyHit{}, false
	}
	if ok && h.category == trust.CategoryCompromise && kindedPackage(words, h) {
		h.category = trust.CategoryOSS
	}
	return h, ok
}

// kindedPackage reports whether the hit's name is a package written in
// lower case with a kind word after it ("quuxcli CLI tool compromised"):
// a tool published as code, which a product's name never is.
func kindedPackage(words []titleWord, h supplyHit) bool {
	if h.name == "" || hasUpperOrDigit(h.name) || !packageToken(h.name) {
		return false
	}
	for k := h.lo - 2; k >= 0 && k < h.lo; k++ {
		if words[k].text == h.name && !words[k].stop && techKinds[words[k+1].lc()] {
			return true
		}
	}
	return false
}

// deniedHit reports whether a negation stands within the hit's words or
// up to five words before them in the same clause.
func deniedHit(words []titleWord, h supplyHit) bool {
	hi := min(h.hi, len(words)-1)
	for k := hi; k >= 0 && k >= h.lo-5; k-- {
		if k < h.lo && words[k].stop {
			return false // the clause began after k
		}
		if negations[words[k].lc()] {
			return true
		}
	}
	return false
}

// techKinds are the words that say what a package is written in or for,
// standing between its name and the channel noun: "zorbmark Markdown
// library", "quuxcli CLI tool", "zorb-yaml YAML package". Alone before
// the channel they name no package ("Python and PHP libraries").
var techKinds = wordSet(`markdown json yaml toml xml html css svg pdf csv http https
	cli api rest graphql react vue angular node node.js nodejs javascript js
	typescript python php ruby rust go golang java kotlin swift perl laravel
	django flask rails jwt oauth sql regex websocket ai ml llm ethereum
	solana crypto bitcoin web3 logging testing linux windows android ios`)

// kindedName reads past a kind word the channel's name stopped at: n
// was read right before channel word cs; when n opens with a techKinds
// word and a name stands before it, that name is the package's.
func kindedName(words []titleWord, cs int, n string) string {
	// The name read may run on ("TOML parser" of "quuxtoml TOML parser
	// package"): its first word is what tells.
	w := strings.Count(n, " ") + 1
	first, _, _ := strings.Cut(n, " ")
	s := cs - w
	if s < 1 || !techKinds[strings.ToLower(first)] || words[s-1].stop || !strings.EqualFold(words[s].text, first) {
		return n
	}
	if p := nameBefore(words, s, false); p != "" && !techKinds[strings.ToLower(p)] && !registryWord(p) {
		return p
	}
	return n
}

// removedWords follow a channel as its verb, not its name: "crate yanked
// after compromised release", "package pulled after hijack".
var removedWords = wordSet(`yanked pulled removed deleted unpublished deprecated taken withdrawn
	suspended archived reverted quarantined blocked banned`)

// leadListed reads packages a lead lists in pairs around a plural channel
// noun: "the ctx and PHPass packages", "packages coa and rc" (the first
// is the name). Capitalised words run into the name only as one word, so
// that a sentence's subject is not read as a package.
func leadListed(lw []titleWord) string {
	ok := func(i int) bool {
		return i >= 0 && i < len(lw) && nameWord(lw[i]) && !registryWord(lw[i].text) && !techKinds[lw[i].lc()] &&
			!quantities[lw[i].lc()] && !leadChannels[lw[i].lc()] && vendorName(lw[i].text)
	}
	for i, w := range lw {
		l := w.lc()
		if !leadChannels[l] || !strings.HasSuffix(l, "s") {
			continue
		}
		// "the ctx and PHPass packages"
		if i >= 4 && strings.EqualFold(lw[i-2].text, "and") && strings.EqualFold(lw[i-4].text, "the") &&
			!lw[i-4].stop && !lw[i-3].stop && !lw[i-2].stop && !lw[i-1].stop && ok(i-3) && ok(i-1) {
			return lw[i-3].text
		}
		// "packages coa and rc"
		if i+3 < len(lw) && !w.stop && strings.EqualFold(lw[i+2].text, "and") && !lw[i+1].stop && !lw[i+2].stop &&
			ok(i+1) && ok(i+3) {
			return lw[i+1].text
		}
	}
	return ""
}

// oss9Cues open the supply shapes for a wheel turned ("Malicious wheel
// for zorbtok project"): maliciousRelease reads the wheel only when it is
// of a named project, not "malicious wheels impersonating" one.
var oss9Cues = []string{"malicious wheel", "malicious wheels", "backdoored wheel", "trojanized wheel"}

// wheelOf reports whether word i is a wheel (a Python release file) of a
// named project: "malicious wheel for zorbtok project" is a release of
// something trusted, "malicious wheels impersonating PyTorch" are not.
func wheelOf(words []titleWord, i int) bool {
	return oneOf(words[i].lc(), "wheel", "wheels") && i+1 < len(words) && !words[i].stop &&
		oneOf(words[i+1].lc(), "for", "of")
}

// removedAfterTurn reports whether an oss title tells its package pulled
// right before "after" a turned release: "quux-fetch crate yanked after
// hijacked release", "zorbauth gem removed after compromised version".
// The removal is the registry's answer on the day; the compromise after
// "after" is the news, not a past event looked back on (afterClause).
func removedAfterTurn(title string, u *unit) bool {
	if u.category != trust.CategoryOSS {
		return false
	}
	words := titleWords(title)
	for i := 2; i+1 < len(words); i++ {
		if strings.EqualFold(words[i].text, "after") && !words[i-1].stop && removedWords[words[i-1].lc()] &&
			channelKind(words, i-2) == chOSS {
			return true
		}
	}
	return false
}
