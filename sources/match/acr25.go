package match

import (
	"strings"
	"unicode"

	"github.com/vendorwatch/vendorwatch/trust"
)

// acr25Off turns off acr25Pair (the grid test's before).
var acr25Off = false

// acr25Pair gives an alert naming a vendor by one of two forms the title
// or the lead's first sentence writes together the other form as well:
// a long name and its acronym in brackets after it ("Yangtze Memory
// Technologies (YMTC)"), an acronym and its long name in brackets
// ("CNNIC (China Internet Network Information Center)"), "the X, known
// as Y" where one of the two is the other's acronym, or an acronym beside
// a capitalised run whose initials it spells ("YMTC, Yangtze Memory
// Technologies"). A story names one vendor both ways; a reader, like a
// label, may know either. The other form is named as the registry knows
// it. An alert of a package (its compromise too) or a class is left
// alone.
func (m *Matcher) acr25Pair(title, text string, a *trust.Alert) {
	if acr25Off || a.Coverage || len(a.Vendors) == 0 || a.Category == trust.CategoryOSS {
		return
	}
	for _, v := range a.Vendors {
		if v.Class != "" {
			return
		}
	}
	fields := [2]string{title, firstSentence(text)}
	if a.Category == trust.CategoryCompromise && (acr25Packaged(fields[0]) || acr25Packaged(fields[1])) {
		return // a package's compromise: the package namers' (pkname.go)
	}
	var pairs [][2]string
	for _, field := range fields {
		if strings.ContainsAny(field, "(,") || acr25HasAcronym(field) {
			pairs = append(pairs, acr25Pairs(field)...)
		}
	}
	pairs = append(pairs, acr25Across(fields, a)...)
	for _, p := range pairs {
		if !acr25Gov(p[0], p[1]) && !acr25Kind(p[0]) && !acr25WordsWithin(p[1], p[0]) {
			m.acr25Add(a, p[0], p[1])
		}
	}
}

// acr25PackageWords tell of a package or the ecosystem it ships in.
var acr25PackageWords = wordSet("package packages library libraries npm pypi gem gems crate crates maven nuget dependency dependencies")

// acr25Packaged: a word of field tells of a package or its ecosystem.
func acr25Packaged(field string) bool {
	for _, w := range strings.Fields(field) {
		l := strings.ToLower(strings.Trim(w, "()\"“”,.;:'’"))
		if acr25PackageWords[l] || pk16Ecosystems[l] || learnPlatformWords[l] {
			return true
		}
	}
	return false
}

// acr25Kind: acr is a kind's ("CA" a certificate authority, "VPN").
func acr25Kind(acr string) bool {
	l := strings.ToLower(acr)
	return ch14KindAcronyms[l] || kindAcronyms[l] || l == "ca" || l == "cas"
}

// acr25GovWords name a body of a state, whose acronym is no vendor's.
var acr25GovWords = union(learnGovWords, wordSet("bureau commission committee office court police"))

// acr25Gov: the pair is a state body's ("Bureau of Industry and Security
// (BIS)", "Department of Justice" beside DJI).
func acr25Gov(acr, long string) bool {
	if learnAgencies[strings.ToLower(acr)] || acr25GovWords[strings.ToLower(acr)] {
		return true
	}
	for _, w := range strings.Fields(long) {
		if acr25GovWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// acr25Across are the pairs of an acronym one field writes and a run of
// a name's words either field writes that it abbreviates word by word
// (acr25Tight): "China's CNNIC" over "the China Internet Network
// Information Center", "BGMI is coming back" over "Battlegrounds Mobile
// India".
func acr25Across(fields [2]string, a *trust.Alert) [][2]string {
	var acrs []string
	for _, v := range a.Vendors {
		if acr25Acronym(v.Name) {
			acrs = append(acrs, v.Name) // the registry's acronym: "YMTC" found as "Yangtze Memory Technologies Co"
		}
	}
	var runs [][]string
	for _, f := range fields {
		toks := strings.Fields(f)
		for i := 0; i < len(toks); i++ {
			w := acr25Bare(toks[i])
			if acr25Acronym(w) {
				acrs = append(acrs, w)
			}
			run := acr25RunAfter(toks, i)
			if len(run) >= 2 {
				runs = append(runs, run)
				i += len(run) - 1
			}
		}
	}
	var out [][2]string
	for _, acr := range acrs {
		for _, run := range runs {
			if long := acr25Tight(acr, run); long != "" {
				out = append(out, [2]string{acr, long})
			}
		}
	}
	return out
}

// acr25Bare is w without brackets, trailing punctuation and a possessive.
func acr25Bare(w string) string {
	w = strings.Trim(w, "()\"“”,.;:")
	for _, s := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, s)
	}
	return w
}

// acr25Tight is the end of run that acr abbreviates word by word: read
// from the end, each of its words gives one letter at least, the last
// of them its initial, and the first letter is the first word's initial
// ("Justice AV Solutions" for JAVS), but for one inner word of an acronym of four
// letters or more ("China Internet Network Information Center" for
// CNNIC); or "".
func acr25Tight(acr string, run []string) string {
	skips := 0
	if len(acr) >= 4 {
		skips = 1
	}
	k := acr25TightFrom(acr, len(acr)-1, run, len(run)-1, skips)
	if k < 0 {
		return ""
	}
	long := run[k:]
	if len(long) < 2 || len(long) > len(acr)+2 {
		return ""
	}
	return strings.Join(long, " ")
}

// acr25TightFrom reads acr[:s+1] off run[:k+1] from the end (acr25Tight)
// and returns the index of the word that gave acr's first letter, or
// -1.
func acr25TightFrom(acr string, s int, run []string, k, skips int) int {
	for k >= 0 && acr25Connectors[strings.ToLower(run[k])] {
		k--
	}
	if k < 0 {
		return -1
	}
	w := run[k]
	// The word gives acr[t:s+1]: acr[t] its initial, the rest letters
	// of it after the initial, in order.
	for t := s; t >= 0 && s-t < len(w); t-- {
		if acr25Lower(acr[t]) != acr25Lower(w[0]) || !acr25InOrder(acr[t+1:s+1], w[1:]) {
			continue
		}
		if t == 0 {
			return k
		}
		if r := acr25TightFrom(acr, t-1, run, k-1, skips); r >= 0 {
			return r
		}
	}
	// An inner word that gives no letter ("Internet" in CNNIC), once.
	if skips > 0 && s < len(acr)-1 && k > 0 {
		return acr25TightFrom(acr, s, run, k-1, skips-1)
	}
	return -1
}

// acr25InOrder: the letters of sub stand in w in order, case folded.
func acr25InOrder(sub, w string) bool {
	j := 0
	for i := 0; i < len(w) && j < len(sub); i++ {
		if acr25Lower(w[i]) == acr25Lower(sub[j]) {
			j++
		}
	}
	return j == len(sub)
}

// acr25Run: ws are a name's words: capitalised, connectors inside.
func acr25Run(ws []string) bool {
	if len(ws) < 2 || !acr25Cap(ws[0]) || !acr25Cap(ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws {
		if !acr25Cap(w) && !acr25Connectors[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// acr25RunBefore is the run of a name's words ending just before toks[i]
// (none with punctuation but the last's possessive, which ends it).
func acr25RunBefore(toks []string, i int) []string {
	k := i
	for k > 0 && i-k < 10 {
		w := toks[k-1]
		if !acr25Cap(w) && !(acr25Connectors[strings.ToLower(w)] && k < i) {
			break
		}
		k--
	}
	for k < i && !acr25Cap(toks[k]) {
		k++
	}
	return toks[k:i]
}

// acr25RunAfter is the run of a name's words from toks[i], the last
// one's trailing punctuation dropped.
func acr25RunAfter(toks []string, i int) []string {
	var run []string
	for k := i; k < len(toks) && k < i+10; k++ {
		w := strings.TrimRight(toks[k], ",.;:")
		if !acr25Cap(w) && !acr25Connectors[strings.ToLower(w)] {
			break
		}
		run = append(run, w)
		if w != toks[k] {
			break
		}
	}
	for len(run) > 0 && !acr25Cap(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	return run
}

// acr25Long is the end of run that acr abbreviates: its letters found in
// order, the first at the start of a word (Schwartz and Hearst's
// reading), two words at least and few more than acr has letters; or "".
func acr25Long(acr string, run []string) string {
	if len(run) < 2 {
		return ""
	}
	long := strings.Join(run, " ")
	s, l := len(acr)-1, len(long)-1
	for s >= 0 {
		c := acr25Lower(acr[s])
		for l >= 0 && (acr25Lower(long[l]) != c || s == 0 && l > 0 && long[l-1] != ' ') {
			l--
		}
		if l < 0 {
			return ""
		}
		l--
		s--
	}
	out := long[l+1:]
	n := len(strings.Fields(out))
	if n < 2 || n > len(acr)+2 || !acr25Cap(strings.Fields(out)[0]) {
		return ""
	}
	return out
}

// acr25Initials: acr is the initials of run's capitalised words, in
// order, two at least.
func acr25Initials(acr string, run []string) bool {
	if len(run) < 2 {
		return false
	}
	var b []byte
	for _, w := range run {
		if acr25Cap(w) {
			b = append(b, w[0])
		}
	}
	return len(b) >= 2 && string(b) == acr
}

func acr25Lower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 0x20
	}
	return b
}

// acr25Add names long on a when a names acr (as a word of its name:
// "Krafton BGMI"), and acr when a names long or a start of it ("China
// Internet Network" for "China Internet Network Information Center"),
// and the other form is not named yet.
func (m *Matcher) acr25Add(a *trust.Alert, acr, long string) {
	byAcr, byLong := false, false
	for _, v := range a.Vendors {
		byAcr = byAcr || acr25WordsWithin(v.Name, acr) && len(v.Name) >= len(acr) || acr25WordsWithin(v.Term, acr) && len(v.Term) >= len(acr)
		byLong = byLong || acr25Within(v.Name, long) || acr25Within(v.Term, long)
	}
	switch {
	case byAcr && !byLong:
		m.acr25Append(a, long)
	case byLong && !byAcr:
		m.acr25Append(a, acr)
	}
}

// acr25Within: n is long or a part of it of two words at least.
func acr25Within(n, long string) bool {
	return len(n) <= len(long) && acr25WordsWithin(n, long) && (strings.EqualFold(n, long) || strings.Contains(strings.TrimSpace(n), " "))
}

// acr25Append names n on a, as the registry knows it, unless a names
// that already.
func (m *Matcher) acr25Append(a *trust.Alert, n string) {
	h := m.hitFor(n)
	switch {
	case !hasVendorNamed(a.Vendors, h.Name):
		a.Vendors = append(a.Vendors, h)
	case !hasVendorNamed(a.Vendors, n):
		// The registry's other form of a vendor named: both, as written.
		a.Vendors = append(a.Vendors, trust.VendorHit{Name: n, Term: n, Guild: h.Guild})
	}
}

// acr25WordsWithin: one of a and b holds the other at word bounds, case
// folded.
func acr25WordsWithin(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	la, lb := strings.ToLower(a), strings.ToLower(b)
	for i := 0; i+len(lb) <= len(la); {
		k := strings.Index(la[i:], lb)
		if k < 0 {
			return false
		}
		s, e := i+k, i+k+len(lb)
		if (s == 0 || !acr25Alnum(la[s-1])) && (e == len(la) || !acr25Alnum(la[e])) {
			return true
		}
		i = s + 1
	}
	return false
}

// acr25Alnum: b is a letter or digit, or a byte of a non-ASCII letter.
func acr25Alnum(b byte) bool {
	return asciiAlnum(b) || b >= 0x80
}

// acr25HasAcronym: some word of s is an acronym (acr25Acronym).
func acr25HasAcronym(s string) bool {
	for _, w := range strings.Fields(s) {
		if acr25Acronym(acr25Bare(w)) {
			return true
		}
	}
	return false
}

// acr25Acronym: w is 2 to 8 letters and digits, a letter first, every
// letter a capital, two capitals at least ("YMTC", "VGCA").
func acr25Acronym(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	caps := 0
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= 'A' && b <= 'Z':
			caps++
		case b >= '0' && b <= '9':
		default:
			return false
		}
	}
	return caps >= 2
}

// acr25Connectors may stand inside a long name ("Bureau of Industry and
// Security") but not at its ends.
var acr25Connectors = wordSet("of and for the de &")

// acr25Cap: w starts with a capital and is a word of letters, digits and
// hyphens (a name's word).
func acr25Cap(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// acr25Pairs are the (acronym, long name) pairs field writes together:
// brackets, "known as", an acronym beside the run of its initials.
func acr25Pairs(field string) [][2]string {
	toks := strings.Fields(field)
	var out [][2]string
	for i, tok := range toks {
		switch {
		case strings.HasPrefix(tok, "(") && i > 0:
			j := i
			for j < len(toks) && j < i+8 && !strings.Contains(toks[j], ")") {
				j++
			}
			if j == len(toks) || j == i+8 || !strings.HasSuffix(strings.TrimRight(toks[j], ",.;:"), ")") {
				continue
			}
			inner := make([]string, 0, j-i+1)
			for _, t := range toks[i : j+1] {
				inner = append(inner, strings.Trim(t, "(),.;:"))
			}
			prev := toks[i-1]
			if len(inner) == 1 && acr25Acronym(inner[0]) {
				if long := acr25Long(inner[0], acr25RunBefore(toks, i)); long != "" {
					out = append(out, [2]string{inner[0], long})
				}
			} else if acr25Acronym(prev) && acr25Run(inner) {
				if long := acr25Long(prev, inner); long != "" {
					out = append(out, [2]string{prev, long})
				}
			}
		case strings.EqualFold(tok, "known") && i+2 < len(toks) && i > 0 && toks[i+1] == "as":
			k := i - 1
			if k > 0 && oneOf(strings.ToLower(toks[k]), "also", "commonly", "better", "widely") {
				k--
			}
			if !strings.HasSuffix(toks[k], ",") {
				continue
			}
			y := strings.TrimRight(toks[i+2], ",.;:")
			x := strings.TrimRight(toks[k], ",")
			switch {
			case acr25Acronym(y):
				run := acr25RunBefore(append(toks[:k:k], x), k+1)
				if long := acr25Long(y, run); long != "" {
					out = append(out, [2]string{y, long})
				}
			case acr25Acronym(x):
				if long := acr25Long(x, acr25RunAfter(toks, i+2)); long != "" {
					out = append(out, [2]string{x, long})
				}
			}
		default:
			w := strings.TrimRight(tok, ",")
			if !acr25Acronym(w) {
				continue
			}
			if w == tok {
				if run := acr25RunBefore(toks, i); acr25Initials(w, run) {
					out = append(out, [2]string{w, strings.Join(run, " ")})
					continue
				}
			}
			if run := acr25RunAfter(toks, i+1); acr25Initials(w, run) {
				out = append(out, [2]string{w, strings.Join(run, " ")})
			}
		}
	}
	return out
}
