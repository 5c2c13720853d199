package match

import (
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Alerts that name a word of the sentence, once more. The readers that
// take a name from the lead or the title (leadNamed4, leadSubject, the
// package readers) still pick plain words of English where no name
// stands: a plural noun ("maintainers' credentials", "established
// projects", "millions of times"), a verb of the lead ("the compromised
// versions intercept ..."), a participle or a noun that a Title Case
// headline capitalised only for its style ("... Malicious Versions
// Published", "Developers' Accounts Hijacked"). Names4 and names5 check
// a name where it is read; sentenceWords checks every unlisted name once
// more after all readers ran, by the word's shape and how the text
// writes it, not by a list:
//
//   - a name written like a brand or like code (a digit, punctuation
//     inside, a capital inside: "eScan", "Safe{Wallet}", "xrpl.js",
//     "MEGA") or quoted is a name;
//   - a lower-case word is a name only where the text marks it as one: a
//     channel or registry word beside it in the title ("npm package
//     colors", "chalk and debug npm packages"), a version after it, or
//     a lead reader of code-like names reading it ("of the coa package");
//   - a capitalised word is a name when its capital is the writer's: in a
//     sentence-case title past its first word ("Apple pulls Signal"), or
//     capitalised again inside the lead. A Title Case title capitalises
//     every word, so there (and as the first word) the capital says
//     nothing: the word is no name when the lead writes it in lower case,
//     or when, with the lead silent, it is a participle or a plural noun.
//
// A word so found is replaced as names4 replaces one (a name the title
// quotes or glues, the lead's named package, the title's registry for a
// package compromise); an alert left naming nothing is dropped.

// sentenceWords corrects u's unlisted names that are words of the
// sentence. It returns false when the alert is left naming nothing.
func (m *Matcher) sentenceWords(title string, ld *settleLead, u *unit) bool {
	lead := ld.text
	m.titleChosen(title, ld, u) // names9.go: a name the lead alone gives, under a title naming its own
	if !slices.ContainsFunc(u.vendors, func(v trust.VendorHit) bool { return v.Unlisted && v.Class == "" }) {
		return true
	}
	words := titleWords(title)
	lw := ld.words()
	tc := titleCased(words)
	out := u.vendors[:0:0]
	changed := false
	for _, v := range u.vendors {
		if ms := platformMakers(lead, lw, v.Name); v.Unlisted && v.Class == "" && len(ms) > 0 {
			for _, n := range ms {
				out = append(out, m.hitFor(n)) // names9.go: "Magento extensions from vendors Tigren, ..."
			}
			changed = true
			continue
		}
		if !v.Unlisted || v.Class != "" || !sentenceWord(v.Name, lead, words, lw, tc) {
			out = append(out, v)
			continue
		}
		changed = true
		// A description ("Android devices") stands for a vendor the
		// article does not name, and only a proper name replaces it.
		parts := strings.Fields(v.Name)
		described := (len(parts) > 1 || acronymPlural(v.Name)) && describesKind(parts) || describesOnly(v.Name)
		if n := m.wordReplacement(title, lead, u, v.Name, words, lw, tc, !described); n != "" {
			out = append(out, m.hitFor(n))
		} else if described {
			out = append(out, v)
		}
	}
	if !changed {
		return true
	}
	if len(out) == 0 {
		return false
	}
	u.vendors = dedupeVendors(out)
	return true
}

// wordReplacement is the name that stands for a word wrongly named, read
// as names4 reads one, or "".
func (m *Matcher) wordReplacement(title, lead string, u *unit, bad string, words, lw []titleWord, tc, registryOK bool) string {
	ok := func(n string) bool {
		return n != "" && !strings.EqualFold(n, bad) && !sentenceWord(n, lead, words, lw, tc)
	}
	if n := gluedName(title); ok(n) {
		return n
	}
	hw := headline(words)
	if n := quotedTitleName(hw); ok(n) {
		return n
	}
	// names9.go: the title's own proper name beside the word or its
	// product, then the lead's in apposition to the title's noun.
	s, e := findName(hw, bad)
	for _, n := range titleProper(title, lead, hw, lw, s) {
		if ok(n) {
			return n
		}
	}
	if n := titleCodeName(hw); ok(n) && strings.Contains(lead, n) {
		return n // "... pushes credential stealer in rack-throttlekit"
	}
	if lead != "" {
		if n := leadAppositive(lw, titleHeads(hw, e)); ok(n) {
			return n
		}
	}
	if lead != "" {
		if n := leadNamed4(lw, lead, bad); ok(n) {
			return n
		}
	}
	if u.category == trust.CategoryOSS {
		if n := titleCodeName(hw); ok(n) {
			return n
		}
		if r := registryName(hw, 0, len(hw)-1); r != "" && !strings.EqualFold(r, bad) && registryOK {
			return r // the ecosystem, as names4 names a registry-counted campaign
		}
	}
	return ""
}

// sentenceWord reports whether n, an unlisted name, is a word of the
// sentence rather than a name (see the file's comment). tc: the title is
// in Title Case.
func sentenceWord(n, lead string, words, lw []titleWord, tc bool) bool {
	parts := strings.Fields(n)
	if len(parts) == 0 || len(parts) > 3 || registryWord(n) {
		return false // the registry is names4's name for a campaign it counts
	}
	s, e := findName(words, n)
	ls, le := findName(lw, n)
	if s >= 0 && spanQuoted(words, s, e) || ls >= 0 && spanQuoted(lw, ls, le) || strings.EqualFold(quotedInLead(lead), n) {
		return false
	}
	// names9.go: a description ("iOS SDK", "DVRs", "China-aligned"), the
	// lead's reporter ("ESET says").
	if describesKind(parts) || describesOnly(n) || reporterOnly(n, words, lw) || s >= 0 && tradeDescribed(words, s, e) ||
		s > 0 && strings.EqualFold(words[s-1].text, "operation") { // names9.go: "Operation SignSight", a campaign
		return true
	}
	for _, p := range parts {
		if brandShaped(p) {
			return false
		}
	}
	lower := s >= 0 && words[s].text == words[s].lc() || s < 0 && ls >= 0 && lw[ls].text == lw[ls].lc()
	if !lower {
		if s < 0 || s > 0 && !tc || s == 0 && !tc && e+1 < len(words) && !words[e].stop && brandOrCapital(words[e+1].text) {
			// Read from the lead as capitalised, "Apple pulls Signal", or
			// a sentence-case title's first word going on into a name
			// ("Battlegrounds Mobile India returns"): the writer's capital.
			return false
		}
		// Title Case or first word: a channel after it or the lead
		// decides; silent, the word's form.
		if capitalisedIn(lw, words[s].text) || channelFollows(words, e) || sn16OneFirmLead(s, lw) {
			return false // sanc16.go: the lead tells of one firm
		}
		if !lowerIn(lw, parts) {
			for _, p := range parts {
				if !inflectedWord(strings.ToLower(p)) {
					return false
				}
			}
			return true
		}
	}
	// Written in lower case: an inflected word (a participle, a plural)
	// or a channel noun is no name unless the text marks it as one
	// ("npm package colors", "of the rc package").
	l := strings.ToLower(n)
	if s < 0 && ls > 0 && len(parts) == 1 && !lw[ls-1].stop && !markedName(lw, ls, le) {
		// After a plural noun the lead's plain word is its verb: "the
		// compromised versions intercept wallet transactions".
		if p := lw[ls-1].text; p == strings.ToLower(p) && !leadChannels[p] && inflectedWord(p) && !participle(p) {
			return true
		}
	}
	if len(parts) == 1 && releasePart(l) {
		return true // "GitHub Action tags": a part of a release, whatever channel word stands beside it
	}
	if len(parts) == 1 && s > 0 && !leadChannels[l] && !inflectedWord(l) && compoundHead(words, s) {
		// The head of a noun compound ("download page", "certificate
		// authority", "account takeover"): a name in lower case only
		// where the text marks it as a package.
		return !markedName(words, s, e) && !(ls >= 0 && markedName(lw, ls, le)) && !strings.EqualFold(codeNameInLead(lw), n)
	}
	if len(parts) > 1 || !leadChannels[l] && !inflectedWord(l) {
		return false
	}
	if leadChannels[l] {
		// A channel noun is no name, save the lead's kind where the
		// title gives none: "popular gems" (unnamed.go names it so).
		return s >= 0 || slices.ContainsFunc(words, func(w titleWord) bool { return leadChannels[w.lc()] })
	}
	if s >= 0 && markedName(words, s, e) || ls >= 0 && markedName(lw, ls, le) {
		return false
	}
	return !strings.EqualFold(codeNameInLead(lw), n)
}

// brandShaped reports whether a word is written like a brand or code: a
// digit or a sign inside, a capital past its first letter.
func brandShaped(p string) bool {
	if strings.ContainsAny(p, "-._/@{}+&!#0123456789") {
		return true
	}
	return len(p) > 1 && hasUpperOrDigit(p[1:])
}

func spanQuoted(words []titleWord, s, e int) bool {
	for k := s; k <= e; k++ {
		if words[k].quoted {
			return true
		}
	}
	return false
}

// markedName reports whether the text marks the span s..e as a name: a
// registry or channel word right before it ("package colors") or after it, through a list of
// names ("chalk and debug npm packages"), or a version after it.
func markedName(words []titleWord, s, e int) bool {
	channel := func(k int) bool {
		l := words[k].lc()
		return leadChannels[l] || registryWord(l)
	}
	if s > 0 && !words[s-1].stop && channel(s-1) {
		return true
	}
	return channelFollows(words, e)
}

// channelFollows reports whether a registry or channel word or a version
// follows word e, past a list's next name or a kind: "chalk and debug
// npm packages", "zorbmark Markdown library", "Zorbtabs Firefox add-on".
func channelFollows(words []titleWord, e int) bool {
	for k := e + 1; k < len(words) && k <= e+3 && !words[k-1].stop; k++ {
		l := words[k].lc()
		if k == e+1 && leadChannels[l] && pluralChannel(l) && words[e].text == words[e].lc() {
			return false // "established crates", "public repositories": a word describing the many
		}
		if leadChannels[l] || registryWord(l) || l == "maintainer" || l == "maintainers" || isNumber(strings.TrimPrefix(l, "v")) {
			return true
		}
		if l != "and" && l != "or" && !techKinds[l] && !brandShaped(words[k].text) && words[k].text != l {
			return false
		}
	}
	return false
}

// titleCased reports whether a title capitalises its words as a style:
// most words of four letters or more begin with a capital.
func titleCased(words []titleWord) bool {
	n, caps := 0, 0
	for _, w := range words {
		if len(w.text) < 4 {
			continue
		}
		n++
		if c := w.text[0]; c >= 'A' && c <= 'Z' {
			caps++
		}
	}
	return n >= 3 && caps*5 >= n*4
}

// capitalisedIn reports whether a lead writes p with its capital past
// its first word: the writer's capital, a name.
func capitalisedIn(lw []titleWord, p string) bool {
	for k, w := range lw {
		if k > 0 && w.text == p && !lw[k-1].stop {
			return true
		}
	}
	return false
}

// lowerIn reports whether a lead writes the words of parts in lower case.
func lowerIn(lw []titleWord, parts []string) bool {
	l := strings.ToLower(strings.Join(parts, " "))
	s, _ := findName(lw, l)
	return s >= 0 && lw[s].text == lw[s].lc()
}

// inflectedWord reports whether a lower-case word has an English
// inflection no brand carries alone: a participle ("published",
// "established", "trending") or a plural noun ("accounts", "developers",
// "credentials").
func inflectedWord(l string) bool {
	if irregularParticiples[l] {
		return true
	}
	if len(l) < 5 {
		return false
	}
	return participle(l) || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is")
}

// pluralChannel reports whether a channel word is a plural ("packages").
func pluralChannel(l string) bool {
	return len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}

// ofOwner reports whether the "of" at k ties a name to what it owns or
// released ("maintainer of zorbparse", "versions of quuxcli"), not a count
// ("millions of times").
func ofOwner(lw []titleWord, k int) bool {
	if k == 0 || lw[k-1].stop {
		return false
	}
	l := lw[k-1].lc()
	return !quantities[l] && l != "billions" && l != "tens"
}

// participle reports whether a lower-case word is a past participle or
// an -ing form by its ending ("maintained", "trending").
func participle(l string) bool {
	return irregularParticiples[l] || len(l) > 5 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing"))
}

func brandOrCapital(w string) bool {
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z' || brandShaped(w))
}
