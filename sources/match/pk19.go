package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pk19Replaceable reports whether the alert's name v may give way to a
// versioned package: a platform, store or ecosystem; else an unlisted
// name the title does not write as a package (in code, with a scope or a
// path, in quotes).
func pk19Replaceable(v trust.VendorHit, tw []titleWord, title string) bool {
	if nm17Platform(v.Name) || registryWord(v.Name) {
		return true
	}
	if !v.Unlisted {
		return false
	}
	if strings.ContainsAny(v.Name, "@/_") || pk16Quoted(tw, v.Name) {
		return false
	}
	s, e := findName(tw, v.Name)
	if s < 0 {
		return true // a name the title never writes
	}
	for k := s; k <= e && k < len(tw); k++ {
		if pk19Code(title, tw[k]) {
			return false
		}
	}
	return true
}

// pk19Releases lists the packages ws (the words of s) name by their
// releases: a version's word and numbers before "of" and the name
// ("versions 1.2.3 and 1.2.4 of arvoro", "malicious versions of coa and
// rc", "release 2.0 of LottieFiles' lottie-player"), and a name before
// its version numbers or its word ("colors 1.4.1", "nx versions",
// "arvoro v2.3.1").
func pk19Releases(ws []titleWord, s string) (out, owners []string) {
	add := func(i int) bool {
		n := pk19NameAt(ws, s, i)
		if n == "" {
			return false
		}
		for _, o := range out {
			if strings.EqualFold(o, n) {
				return true
			}
		}
		out = append(out, n)
		return true
	}
	for i := 0; i < len(ws); i++ {
		l := ws[i].lc()
		if oneOf(l, "version", "versions", "release", "releases") && !ws[i].stop {
			// Past the numbers to "of".
			k := i + 1
			for k < len(ws) && k < i+8 && (pk16VersionAt(ws, k) || oneOf(ws[k].lc(), "and", "or", "to", "through", "thru")) && ws[k].lc() != "versions" {
				if ws[k].stop && !(ws[k].end < len(s) && s[ws[k].end] == ',') {
					break
				}
				k++
			}
			if k+1 < len(ws) && ws[k].lc() == "of" && !ws[k].stop && !ws[k-1].stop {
				// "of the compression library", "of its SDK": a
				// description, no name; "of the ultralytics Python
				// package", "of the xrpl package on npm": a name.
				at := k + 1
				if ws[at].lc() == "the" && !ws[at].stop && pk19EcoKind(ws, s, at+1) {
					at++
				}
				if pk19Possessive(ws[at], s) && at+1 < len(ws) && !ws[at].stop {
					// An owner's: "of LottieFiles' lottie-player"; a
					// lower-case word after it is a description ("of
					// Amazon's generative AI assistant").
					owners = append(owners, ws[at].text)
					at++
					if ws[at].text == ws[at].lc() && !pk19Code(s, ws[at]) && !pk19NameEnds(ws, at) {
						continue
					}
				}
				if add(at) {
					// "versions of coa and rc"
					if e := pk19End(ws, s, at); e+2 < len(ws) && !ws[e].stop && ws[e+1].lc() == "and" {
						add(e + 2)
					}
				}
			}
			// "nx versions", "Ultralytics versions 8.3.41": the name
			// before the word, with numbers after it or a malicious
			// word before the name.
			if i > 0 && !ws[i-1].stop && strings.HasSuffix(l, "s") && !pk19Verb(ws[i-1].lc()) &&
				(pk16VersionAt(ws, i+1) && ws[i+1].lc() != "versions" || i > 1 && !ws[i-2].stop && pk19Bad[ws[i-2].lc()]) {
				add(i - 1)
			}
			continue
		}
		// "An update to Quickpress Footer Tools, pushed ...", "updates
		// of @zorb/kit": an update is a release of a name written as
		// one: capitalised, as code, or a lower-case word its clause
		// ends on ("updates to track users" is prose). A capitalised
		// word or a plural kind after the name makes it part of a
		// description ("updates to VS Code extensions").
		if oneOf(l, "update", "updates") && !ws[i].stop && i+2 < len(ws) && oneOf(ws[i+1].lc(), "to", "of") && !ws[i+1].stop {
			n, e := ws[i+2], pk19Run(ws, s, i+2)
			named := n.text != n.lc() || pk19Code(s, n) || n.slash || n.stop
			if named && (ws[e].stop || e+1 >= len(ws) || ws[e+1].text == ws[e+1].lc() && !packageKinds[ws[e+1].lc()]) {
				add(i + 2)
			}
		}
		// "arvoro-utils 2.3.1", "published colors 1.4.1": a name
		// written as code before its numbers, or a lower-case one a
		// publishing verb releases.
		if i+1 < len(ws) && !ws[i].stop && versionWord(ws[i+1].text) && strings.ContainsRune(ws[i+1].text, '.') {
			j := i
			for j > 0 && ws[j-1].slash && !ws[j-1].stop {
				j-- // "@zorb/kit 4.2.1" opens at the scope
			}
			if pk19Code(s, ws[j]) || j < i || ws[j].text == ws[j].lc() && j > 0 && !ws[j-1].stop &&
				oneOf(ws[j-1].lc(), "published", "pushed", "released", "uploaded") {
				add(j)
			}
		}
	}
	return out, owners
}

// pk19Bad are the words that call releases turned.
var pk19Bad = wordSet(`malicious compromised trojanized backdoored poisoned tainted rogue infected hijacked sabotaged`)

// pk19Run is the index of the last word of the name pk19NameAt reads
// at i: past an owner's slash, or a product's capitalised run.
func pk19Run(ws []titleWord, s string, i int) int {
	e := pk19End(ws, s, i)
	if e == i && ws[i].text != ws[i].lc() {
		for e+1 < len(ws) && e < i+2 && !ws[e].stop && pk15ProductWord(ws[e+1].text) && !packageKinds[ws[e+1].lc()] {
			e++
		}
	}
	return e
}

// pk19End is the index of the last word of the name at i (past an
// owner's slash).
func pk19End(ws []titleWord, s string, i int) int {
	for i+1 < len(ws) && ws[i].slash && !ws[i].stop {
		i++
	}
	return i
}

// pk19NameAt is the package name written at word i of ws, "" when the
// word is no package's name: a word of prose, a kind, an ecosystem, a
// count, a version.
func pk19NameAt(ws []titleWord, s string, i int) string {
	if i < 0 || i >= len(ws) {
		return ""
	}
	w := ws[i]
	t := cutPossessive(w.text)
	l := strings.ToLower(t)
	if t == "" || !pk16Opens(t) || versionWord(t) || isNumber(t) || pk19Verb(l) || oneOf(l, "and", "or", "to", "through", "a", "an", "this", "that", "so", "tag", "tags", "tagged") || pk16StrayWords[l] || generic[l] || quantities[l] ||
		packageKinds[l] || techKinds[l] || pk16Ecosystems[l] || pk15NotNames[l] || registryWord(t) || nm17Platform(t) ||
		pk19Bad[l] || nm17Prose[l] || oneOf(l, "version", "versions", "release", "releases", "legitimate", "code", "its", "the") {
		return ""
	}
	// A plural kind after it makes it a description ("versions of
	// popular packages", "of Python projects").
	if i+1 < len(ws) && !w.stop {
		next := ws[i+1].lc()
		if packageKinds[next] && strings.HasSuffix(next, "s") || oneOf(next, "projects", "repositories", "apps", "tools") {
			return ""
		}
	}
	// A capitalised word is a name only where it is not a sentence's
	// first word of prose; code, scopes and lower case always are.
	e := pk19End(ws, s, i)
	if e == i && t != l {
		// "versions of Gravity Forms": a product's capitalised run.
		for e+1 < len(ws) && e < i+2 && !ws[e].stop && pk15ProductWord(ws[e+1].text) && !packageKinds[ws[e+1].lc()] {
			e++
		}
		if e > i {
			t = cutPossessive(s[w.start:ws[e].end])
		}
	}
	n := t
	if e > i && ws[i].slash {
		n = s[w.start:ws[e].end]
	}
	if w.start > 0 && s[w.start-1] == '@' {
		n = "@" + n
	}
	return n
}

// pk19Same reports whether one name holds the other, case folded
// ("Ultralytics" and "ultralytics", "rspack" and "@rspack/core").
func pk19Same(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// pk19Verb reports whether a word is a verb of the release told, never
// its name ("published versions", "pushed v1.9.9", "a tampered 3.4.0").
func pk19Verb(l string) bool {
	return len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")) ||
		oneOf(l, "publish", "push", "release", "upload", "ship", "ships", "pushes", "publishes", "releases", "uploads", "said", "says")
}

// pk19Possessive reports whether w is written as an owner's: "Ledger's",
// "LottieFiles'".
func pk19Possessive(w titleWord, s string) bool {
	raw := s[w.start:w.end]
	return cutPossessive(raw) != raw || w.end < len(s) && (s[w.end] == '\'' || strings.HasPrefix(s[w.end:], "’"))
}

// pk19Code reports whether w is written as code: pk16Coded, or letters
// and digits run together ("zorb2", "num2words").
func pk19Code(s string, w titleWord) bool {
	if pk16Coded(s, w) {
		return true
	}
	t := w.text
	return t == strings.ToLower(t) && strings.ContainsAny(t, "0123456789") && strings.IndexFunc(t, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
}

// pk19NameEnds reports whether the lower-case word at i ends its noun
// phrase, as a name does ("of Zorbcorp's zorbkit with a drainer"), where
// a description runs on ("of Zorbcorp's generative AI assistant").
func pk19NameEnds(ws []titleWord, i int) bool {
	if ws[i].stop || i+1 >= len(ws) {
		return true
	}
	next := ws[i+1].lc()
	return packageKinds[next] && !strings.HasSuffix(next, "s") || oneOf(next, "with", "that", "which", "to", "on", "in", "from",
		"was", "were", "and", "for", "after", "containing", "carrying")
}

// pk19Marked lists the packages a summary marks as names: a quoted
// word written as code beside a channel's or a registry's word ("the
// popular 'node-ipc' npm package"), and the first of a list counting
// the rest ("Social Warfare and four other plugins", "chalk, debug and
// 16 others").
func pk19Marked(ws []titleWord, s string) []string {
	var out []string
	for i, w := range ws {
		if w.quoted && (w.text == w.lc() || pk19Code(s, w)) && !versionWord(w.text) {
			near := func(k int) bool {
				return k >= 0 && k < len(ws) && (packageKinds[ws[k].lc()] || registryWord(ws[k].text))
			}
			if near(i-1) || near(i+1) || near(i+2) {
				if n := pk19NameAt(ws, s, i); n != "" {
					out = append(out, n)
				}
			}
		}
		// "X and four other plugins": X the run before "and".
		if w.lc() != "and" || i == 0 || i+2 >= len(ws) || w.stop || ws[i-1].stop && s[ws[i-1].end] != ',' {
			continue
		}
		c := ws[i+1].lc()
		if !(isNumber(c) || quantities[c] && !oneOf(c, "other", "others", "several", "many", "multiple", "various", "both")) ||
			!oneOf(ws[i+2].lc(), "other", "others", "more") {
			continue
		}
		// Back over a list's commas to its first name.
		k := i - 1
		for k >= 2 && ws[k-1].stop && s[ws[k-1].end] == ',' && !ws[k-2].stop {
			k -= 2
		}
		for k >= 1 && !ws[k-1].stop && pk15ProductWord(ws[k-1].text) && pk15ProductWord(ws[k].text) && k > i-3 {
			k--
		}
		if n := pk19NameAt(ws, s, k); n != "" && (pk19Code(s, ws[k]) || ws[k].text == ws[k].lc() || pk15ProductWord(ws[k].text)) {
			out = append(out, n)
		}
	}
	return out
}

// pk19Subject lists, for an alert named for a platform, the thing
// turned that the summary opens on: its speaker where the title
// describes the owner ("Data-loss prevention firm's Chrome extension
// hijacked" — "Cyberhaven says ..."), or a product in apposition
// ("Zorb Tabs, a tab manager, began injecting ads").
func pk19Subject(title string, tw, lw []titleWord, s string) []string {
	e := 0
	for e < len(lw) && e < 3 && pk15ProductWord(lw[e].text) && (e == 0 || !lw[e-1].stop) {
		e++
	}
	if e == 0 || e == 1 && pk15Opener(lw[0].text) || e >= len(lw) {
		return nil
	}
	run := s[lw[0].start:lw[e-1].end]
	if lw[e-1].stop && s[lw[e-1].end] == ',' && oneOf(lw[e].lc(), "a", "an") {
		// "Zorbsec, a security firm, found ...": a reporter, not the
		// thing turned.
		for k := e + 1; k < len(lw) && k < e+6; k++ {
			if oneOf(lw[k].lc(), "security", "cybersecurity", "firm", "company", "researcher", "researchers", "research", "vendor", "provider", "lab", "labs") {
				return nil
			}
			if lw[k].stop {
				break
			}
		}
		return []string{run}
	}
	if lw[e-1].stop || !oneOf(lw[e].lc(), "says", "said", "confirmed", "confirms") {
		return nil
	}
	for _, w := range tw {
		if oneOf(w.lc(), "firm", "company", "maker", "vendor", "startup", "provider", "developer") && pk19Possessive(w, title) {
			return []string{run}
		}
	}
	return nil
}

// pk19EcoKind reports whether the lower-case word at i is a package's
// name its words after place in an ecosystem: "ultralytics Python
// package", "xrpl package on npm", "zorbkit npm module".
func pk19EcoKind(ws []titleWord, s string, i int) bool {
	if i >= len(ws) || ws[i].stop || ws[i].text != ws[i].lc() || strings.IndexByte(ws[i].text, '-') >= 0 && !pk19Code(s, ws[i]) {
		return false
	}
	i = pk19End(ws, s, i) // past a scope's slash
	if i+2 >= len(ws) || ws[i].stop {
		return false
	}
	eco := func(w titleWord) bool { return registryWord(w.text) || pk16Ecosystems[w.lc()] }
	kind := func(w titleWord) bool { return packageKinds[w.lc()] && !strings.HasSuffix(w.lc(), "s") }
	if eco(ws[i+1]) && !ws[i+1].stop && kind(ws[i+2]) {
		return true
	}
	return kind(ws[i+1]) && !ws[i+1].stop && oneOf(ws[i+2].lc(), "on", "from") && i+3 < len(ws) && eco(ws[i+3])
}

// pk19Absent reports whether the title never writes the name n.
func pk19Absent(tw []titleWord, n string) bool {
	s, _ := findName(tw, n)
	return s < 0
}

// pk19TitleKinded lists a product's capitalised run the title writes
// right before a channel's word, at the title's start or after an
// owner's possessive: "Kong Ingress Controller image", "Ultralytics
// YOLO package", "Quuxtab extension".
func pk19TitleKinded(tw []titleWord, title string) []string {
	for i, w := range tw {
		if i == 0 || tw[i-1].stop || !(packageKinds[w.lc()] || oneOf(w.lc(), "image", "add-on", "action")) || strings.HasSuffix(w.lc(), "s") {
			continue
		}
		word := func(w titleWord) bool {
			return (pk15ProductWord(w.text) || pk19Acronym(w.text)) && !nm17Platform(w.text) && !pk16Ecosystems[w.lc()] && !techKinds[w.lc()]
		}
		k := i
		for k > 0 && k > i-4 && !tw[k-1].stop && word(tw[k-1]) {
			k--
		}
		for k < i && (pk19Acronym(tw[k].text) || pk15Opener(tw[k].text) && !actors[tw[k].lc()]) {
			k++ // a run opens on a product's word: "Ultralytics YOLO", never "YOLO" or "Popular IDE"
		}
		if k < i && pk15Registry(title[tw[k].start:tw[i-1].end]) || k < i && nm17Platform(title[tw[k].start:tw[i-1].end]) {
			continue // "Open VSX extension"
		}
		if k == i || k > 0 && !pk19Possessive(tw[k-1], title) && !tw[k-1].stop && !pk15Opener(tw[k-1].text) ||
			k == i-1 && strings.IndexByte(tw[k].text, '-') > 0 { // "Code-signing plugin"
			continue
		}
		return []string{title[tw[k].start:tw[i-1].end]}
	}
	return nil
}

// pk19Acronym reports whether w is capital letters only ("YOLO").
func pk19Acronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// pk19Plain reports whether n is written in lower case or capitals only
// ("computer-vision", "YOLO"), never as a product's Title Case name.
func pk19Plain(n string) bool {
	return n == strings.ToLower(n) || pk19Acronym(n)
}
