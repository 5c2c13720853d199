package match

import "strings"

// Reading a name beside a headline's shape (supply.go, removal.go,
// action.go): capitalised runs, brands, and lower-case package names where
// packages are.

// nameBefore reads a name ending right before word i. Before a product
// (describe), up to two words in lower case may describe it first:
// "Comm100 chat provider", "JAVS courtroom recording software".
func nameBefore(words []titleWord, i int, describe bool) string {
	j := i - 1
	if j < 0 || words[j].stop {
		return ""
	}
	if describe {
		for k := 0; k < 2 && j > 0 && !words[j-1].stop && !hasUpperOrDigit(words[j].text) && !words[j].quoted &&
			!stopWords[words[j].lc()] && !words[j].marked; k++ {
			j--
		}
	}
	if words[j].quoted {
		return words[j].text
	}
	if !nameWord(words[j]) {
		return ""
	}
	// A package written in lower case stands alone before its channel
	// ("event-stream npm package"); a brand runs over capitalised words
	// ("Lottie Player npm package", "Amazon Q Developer extension").
	if w := words[j]; !hasUpperOrDigit(w.text) {
		if !packageToken(w.text) || strings.HasSuffix(w.text, "ing") && !strings.ContainsAny(w.text, "-._/") || functionKind(words, j) {
			return "" // "Go logging module": what kind, not which
		}
		if p := j - 1; p >= 0 && words[p].slash && words[p].end+1 == w.start && !words[p].stop && !hasUpperOrDigit(words[p].text) &&
			packageToken(words[p].text) {
			// "tj-actions/changed-files": the owner leads, as nameAfter
			// reads it.
			return words[p].text
		}
		if p := j - 1; p >= 0 && !words[p].stop && hasUpperOrDigit(words[p].text) && nameWord(words[p]) && !words[p].quoted &&
			(p == 0 || words[p-1].stop || !hasUpperOrDigit(words[p-1].text)) && vendorName(words[p].text) {
			// "ESLint config packages": the brand leads a package's
			// lower-case kind.
			return words[p].text + " " + w.text
		}
		return w.text
	}
	s := j
	for s > 0 && !words[s-1].stop && s > j-3 && hasUpperOrDigit(words[s-1].text) && nameWord(words[s-1]) {
		s--
	}
	for s <= j && !nameWord(words[s]) {
		s++
	}
	return nameSpan(words, s, j)
}

// nameAfter reads a name starting at word i, past "including", "such as"
// and (with skipCount) "more than 100,000".
//
// A word in lower case is a name only where packages are (pkg): "PyPI
// package ctx", not "TV boxes sold on Amazon".
func nameAfter(words []titleWord, i int, skipCount, pkg bool) string {
	for ; i < len(words); i++ {
		lw := words[i].lc()
		if lw == "including" || lw == "such" || lw == "as" || lw == "like" || lw == "the" || lw == "a" || lw == "an" ||
			skipCount && (lw == "more" || lw == "than" || lw == "over" || lw == "of" || lw == "hundreds" ||
				lw == "thousands" || lw == "millions" || lw == "dozens" || lw == "some" || isNumber(lw) || quantities[lw] ||
				hyphenAdjective(lw) || actors[lw] && i+1 < len(words) && hasUpperOrDigit(words[i+1].text) ||
				lw == "popular" || lw == "widely" || lw == "used" || lw == "widely-used") {
			continue
		}
		break
	}
	if i >= len(words) {
		return ""
	}
	w := words[i]
	if w.quoted {
		return w.text
	}
	if !hasUpperOrDigit(w.text) || isNumber(w.text) {
		if pkg && packageToken(w.text) && !stopWords[w.lc()] {
			return w.text
		}
		return ""
	}
	e := i
	for e < len(words) && e < i+3 && hasUpperOrDigit(words[e].text) && nameWord(words[e]) {
		if words[e].stop {
			e++
			break
		}
		e++
	}
	return nameSpan(words, i, e-1)
}

// nameAt reads a name starting at word i, or "".
func nameAt(words []titleWord, i int) string {
	if !hasUpperOrDigit(words[i].text) || !nameWord(words[i]) {
		return ""
	}
	e := i
	for e+1 < len(words) && e < i+2 && !words[e].stop && hasUpperOrDigit(words[e+1].text) && nameWord(words[e+1]) {
		e++
	}
	return nameSpan(words, i, e)
}

// nameSpan joins words s..e as a name when it can be a vendor's.
func nameSpan(words []titleWord, s, e int) string {
	for s <= e && generic[words[e].lc()] {
		e--
	}
	if s > e {
		return ""
	}
	parts := make([]string, 0, e-s+1)
	for _, w := range words[s : e+1] {
		parts = append(parts, w.text)
	}
	n := strings.Join(parts, " ")
	if !vendorName(n) || threatActor(words, n) || len(parts) == 1 && (actors[strings.ToLower(n)] || authorities[strings.ToLower(n)]) {
		return ""
	}
	return n
}

// nameWord: a word that may be part of a name (not a function word, a
// verb of the headline, a channel word or malware).
func nameWord(w titleWord) bool {
	lw := strings.ToLower(strings.TrimRight(w.text, "."))
	return !w.marked && !stopWords[lw] && !quantities[lw] && !isNumber(lw) && !channelModifiers[lw] && !malwareNouns[lw] && !supplyVerbs[lw] &&
		!weakVerbs[lw] && !deliverVerbs[lw] && !neverTrusted[lw] && !activeVerb(lw) && !attackers[lw] &&
		!hyphenAdjective(lw) && lw != "its" && lw != "their" && !abandonWords[lw] // "hijacks abandoned npm package"
}

// packageToken: a word in lower case that names a package ("ctx",
// "rand-user-agent", "xrpl.js", "tj-actions/changed-files"), not an
// English function word or verb of the headline.
func packageToken(w string) bool {
	lw := strings.ToLower(w)
	if len(lw) < 2 || stopWords[lw] || quantities[lw] || channelModifiers[lw] || malwareNouns[lw] || supplyVerbs[lw] ||
		weakVerbs[lw] || deliverVerbs[lw] || generic[lw] || attackers[lw] || isNumber(lw) || neverTrusted[lw] || saleVerbs[lw] ||
		nameVerbs[lw] || abandonWords[lw] || publishVerbs[lw] || shapeVerbs(lw) {
		return false
	}
	return true
}

// quantities count packages, they do not name one.
var quantities = wordSet(`other others several two three four five ten dozen dozens
	hundreds thousands millions multiple numerous various few both million billion many
	six seven eight nine eleven twelve thirteen fourteen fifteen sixteen seventeen
	eighteen nineteen twenty thirty forty fifty`)

// Not inlined, for the binary's size (see oneOf).
//
//go:noinline
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' && r != 'k' && r != 'm' {
			return false
		}
	}
	return w[0] >= '0' && w[0] <= '9'
}

func joinSpan(words []titleWord, s, e int) string {
	parts := make([]string, 0, e-s+1)
	for _, w := range words[s : e+1] {
		parts = append(parts, w.text)
	}
	return strings.Join(parts, " ")
}

// oneOf reports whether w is one of set.
//
// Not inlined: copies of its loop at its ~950 call sites were 0.2 MB of
// the binary, whose container image must stay under 20 MiB (issue 4;
// TestShippedBinarySize); BenchmarkMatch did not move measurably (oneOf
// was under 2% of its profile, inlined).
// The other //go:noinline helpers of the package are there for the
// same reason.
//
//go:noinline
func oneOf(w string, set ...string) bool {
	for _, s := range set {
		if w == s {
			return true
		}
	}
	return false
}
