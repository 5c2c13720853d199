package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Which name a package compromise's alert gives (pkg15, fifteenth
// round). The shapes that find an oss event each read a name of their
// own, and often a part of the package's name rather than the package
// as written: the owner of an owner/repo action ("arvoro" for
// arvoro/changed-files), a scope or a module path cut
// ("arvoro/core" for @arvoro/core), the article ("The Arvoro"), a
// product's second word dropped ("Arvoro" for "Arvoro Toolkit"), the
// owner's possessive merged in ("Google Arvoro" for "Google's Arvoro
// library"), or the registry where the lead names the package ("PyPI"
// for "Researchers said arvorolib shipped a stealer"). pk15Name, run
// on every oss alert whichever shape made it, gives the package as the
// title or the summary writes it, every one of them when the summary
// lists a family's packages.

// pk15Name rewrites the unlisted names of the oss alert a into the
// package names title and the head of text write.
func pk15Name(title, text string, a *trust.Alert) {
	head := pk15FirstSentences(nx13Head(text))
	paths := pk15Paths(nil, title)
	paths = pk15Paths(paths, head)
	var out []trust.VendorHit
	changed := false
	for _, v := range a.Vendors {
		if !v.Unlisted {
			out = append(out, v)
			continue
		}
		names := pk15Names(v.Name, title, head, paths)
		if len(names) == 1 && (names[0] == v.Name || pk15Named(a.Vendors, names)) {
			// "hijack Zorbjs npm account" beside @zorbjs/cli: the owner
			// an alert names beside its package is the account's.
			if !pk15Has(out, v.Name) {
				out = append(out, v)
			}
			continue
		}
		changed = true
		for _, n := range names {
			if !pk15Has(out, n) {
				out = append(out, trust.VendorHit{Name: n, Term: n, Unlisted: true})
			}
		}
	}
	// "Hackers hijack arvoro-utils, arvoro-cli and arvoro-core npm
	// packages": every package of the list (in the title or the
	// summary's head) the alert named one of.
	for _, v := range out {
		if !v.Unlisted {
			continue
		}
		for _, n := range append(pk15TitleList(title, v.Name), pk15TitleList(head, v.Name)...) {
			if !pk15Has(out, n) {
				out = append(out, trust.VendorHit{Name: n, Term: n, Unlisted: true})
				changed = true
			}
		}
	}
	if len(out) > maxNamed {
		out = out[:maxNamed] // one alert names a few (names5.go)
	}
	if changed || len(out) != len(a.Vendors) {
		a.Vendors = out
	}
}

// pk15TitleList is the other packages of the list in title (or a
// summary's sentence) that holds
// the package n ("A, B and C", "A and B"): each written as a package
// (a hyphen, a dot, a slash, quotes), or the list's last word right
// before the channel ("arvoro-utils and zorbjs packages").
func pk15TitleList(title, n string) []string {
	if !strings.ContainsAny(n, "-_./@") || strings.IndexByte(n, ' ') >= 0 {
		return nil
	}
	ws := strings.Fields(title)
	at := -1
	for i, w := range ws {
		if pk15Trim(w) == n {
			at = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	// joined reports whether words i and i+1 are members side by side:
	// a comma after i, or "and"/"or" between them (then i+1 is past it).
	var out []string
	add := func(i int) bool {
		if i < 0 || i >= len(ws) {
			return false
		}
		w := pk15Trim(ws[i])
		last := i+1 < len(ws) && pk15Channels[strings.TrimSuffix(strings.ToLower(pk15Trim(ws[i+1])), "s")]
		if w == "" || !(strings.ContainsAny(w, "-_./@") || ws[i] != strings.Trim(ws[i], "'\"‘’“”") || last && strings.ToLower(w) == w) ||
			quantities[strings.ToLower(w)] {
			return false
		}
		if w != n && !pk15Contains(out, w) {
			out = append(out, w)
		}
		return true
	}
	// Forward: "n, B and C"; "n and B".
	for i := at; i+1 < len(ws); {
		switch {
		case strings.HasSuffix(ws[i], ",") && i+1 < len(ws) && !oneOf(strings.ToLower(ws[i+1]), "and", "or"):
			i++
		case oneOf(strings.ToLower(ws[i+1]), "and", "or") || strings.HasSuffix(ws[i], ",") && i+2 < len(ws):
			i += 2
		default:
			i = len(ws)
			continue
		}
		if !add(i) {
			break
		}
	}
	// Backward: "A, B and n".
	for i := at; i > 0; {
		switch {
		case oneOf(strings.ToLower(ws[i-1]), "and", "or") && i >= 2:
			i -= 2
		case strings.HasSuffix(ws[i-1], ","):
			i--
		default:
			i = 0
			continue
		}
		if !add(i) {
			break
		}
	}
	return out
}

// pk15Named reports whether vs already names one of ns.
func pk15Named(vs []trust.VendorHit, ns []string) bool {
	for _, n := range ns {
		if pk15Has(vs, n) {
			return true
		}
	}
	return false
}

// pk15Has reports whether vs names n (case aside).
func pk15Has(vs []trust.VendorHit, n string) bool {
	for _, v := range vs {
		if strings.EqualFold(v.Name, n) {
			return true
		}
	}
	return false
}

// pk15Names is the package names for the alert's name n: a path the
// text writes that n is part of, an owner's product, n widened to the
// product's words, or the packages the summary names for a registry or
// a family.
func pk15Names(n, title, head string, paths []string) []string {
	n = strings.TrimPrefix(strings.TrimPrefix(n, "The "), "the ")
	if ps := pk15PathsOf(n, paths); len(ps) > 0 {
		return ps
	}
	if p, owner := pk15Possessive(n, title); p != "" {
		return []string{p, owner}
	}
	if reg := pk15Registry(n) || pk15PairHead(n, title); !reg {
		if w := pk15Widen(n, title); w != "" {
			n = w
		}
	}
	if pk15Registry(n) || pk15PairHead(n, title) {
		if ns := pk15LeadNames(head, ""); len(ns) > 0 {
			return ns
		}
		return []string{n}
	}
	// A family the title names ("Arvoro npm packages"), the summary's
	// packages of it ("arvoro-core and arvoro-cli").
	// A two-word family is named by its last word ("Toptal Picasso":
	// @toptal/picasso-forms).
	if fs := strings.Fields(n); len(fs) > 0 && len(fs) < 3 && !strings.ContainsAny(n, "/.@-_") {
		if ns := pk15LeadNames(head, strings.ToLower(fs[len(fs)-1])); len(ns) > 0 {
			// A name the package does not open stays first ("Lottie
			// Player", "Player" beside @lottiefiles/lottie-player); the
			// family's own packages ("arvoro-core") replace it.
			last := strings.ToLower(ns[0][strings.LastIndexByte(ns[0], '/')+1:])
			if !strings.HasPrefix(last, strings.ToLower(n)) {
				return append([]string{n}, ns...)
			}
			return ns
		}
	}
	return []string{n}
}

// pk15FirstSentences is the head of a summary up to its second
// sentence's end: where a feed names the package.
func pk15FirstSentences(s string) string {
	k := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' {
			if k++; k == 2 {
				return s[:i]
			}
		}
	}
	return s
}

// pk15Trim is a word without the punctuation around it and a possessive.
func pk15Trim(w string) string {
	w = strings.Trim(w, "\"'‘’“”,;:()[]!?")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return strings.TrimRight(w, ".")
}

// pk15Paths appends the package paths s writes: a scoped name
// (@arvoro/core), an owner/repo (arvoro/setup-lint), a module path
// (github.com/arvoro/bolt-db). A path is lower-case, scoped, or opened
// by a host; "and/or", "24/7", "TCP/IP" are none.
func pk15Paths(ps []string, s string) []string {
	if strings.IndexByte(s, '/') < 0 {
		return ps
	}
	for _, w := range strings.Fields(s) {
		w = pk15Trim(w)
		if strings.IndexByte(w, '/') <= 0 && !strings.HasPrefix(w, "@") || strings.Contains(w, "://") {
			continue
		}
		segs := strings.Split(strings.TrimPrefix(w, "@"), "/")
		ok := len(segs) >= 2
		for _, g := range segs {
			if g == "" || strings.Trim(g, "0123456789") == "" || g == "or" || g == "and" {
				ok = false
			}
		}
		if !ok || !(w[0] == '@' || strings.IndexByte(segs[0], '.') > 0 || strings.ToLower(w) == w) {
			continue
		}
		if !pk15Contains(ps, w) {
			ps = append(ps, w)
		}
	}
	return ps
}

func pk15Contains(ps []string, w string) bool {
	for _, p := range ps {
		if p == w {
			return true
		}
	}
	return false
}

// pk15PathsOf is the paths n is a part of: the whole path but its scope
// sign or host, its owner, its last part, or the host alone.
func pk15PathsOf(n string, paths []string) []string {
	l := strings.ToLower(n)
	var out []string
	for _, p := range paths {
		pl := strings.ToLower(p)
		bare := strings.TrimPrefix(pl, "@")
		segs := strings.Split(bare, "/")
		if pl == l {
			// Already as written: with the other packages of its scope
			// the text lists ("@arvoro/core and @arvoro/cli").
			return pk15SameOwner(segs[0], paths)
		}
		if bare == l || segs[0] == l || segs[len(segs)-1] == l || strings.HasSuffix(bare, "/"+l) {
			out = append(out, p)
		}
	}
	return out
}

// pk15Possessive reads "Google's Arvoro library" for the merged name
// "Google Arvoro": the product (widened by its capitalised words,
// "Ledger's Connect Kit") and its owner.
func pk15Possessive(n, title string) (string, string) {
	owner, rest, ok := strings.Cut(n, " ")
	if !ok {
		return "", ""
	}
	for _, aps := range []string{"'s ", "’s "} {
		if i := strings.Index(title, owner+aps+rest); i >= 0 {
			p := rest
			if w := pk15Widen(rest, title[i+len(owner)+len(aps):]); w != "" {
				p = w
			}
			return p, owner
		}
	}
	return "", ""
}

// pk15Widen is n with the capitalised words that follow it in a
// sentence-case title ("Arvoro Toolkit release"), and without a
// registry's words at its end ("Tenmark Lint Open VSX"); "" when
// nothing changes. A Title Case title capitalises every word, so it
// widens nothing.
func pk15Widen(n, title string) string {
	ws := strings.Fields(title)
	nw := strings.Fields(n)
	if len(nw) == 0 {
		return ""
	}
	// Only a product's capitalised name widens: a package's name is
	// one token ("zorbjson JSON library" is zorbjson's).
	tc := pk15TitleCase(ws) || n[0] < 'A' || n[0] > 'Z' || strings.ContainsAny(n, "/@-_.")
	for i := 0; i+len(nw) <= len(ws); i++ {
		match := true
		for k := range nw {
			if pk15Trim(ws[i+k]) != nw[k] || k < len(nw)-1 && pk15Trim(ws[i+k]) != ws[i+k] {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		out := append([]string(nil), nw...)
		for k := i + len(nw); !tc && k < len(ws) && pk15Trim(out[len(out)-1]) == out[len(out)-1] && ws[k-1] == pk15Trim(ws[k-1]); k++ {
			w := pk15Trim(ws[k])
			if !pk15ProductWord(w) {
				break
			}
			out = append(out, w)
			if w != ws[k] {
				break
			}
		}
		// "Tenmark Lint Open VSX": the registry's words end no name, nor
		// the first of a pair the title goes on with ("Themes VS" Code).
		if e := i + len(out); len(out) > 1 && e < len(ws) && registryPairs[strings.ToLower(out[len(out)-1]+" "+pk15Trim(ws[e]))] != "" {
			out = out[:len(out)-1]
		}
		// ("Arch Linux AUR" keeps its registry: the name before it is
		// a platform's kind.)
		for len(out) > 1 && !techKinds[strings.ToLower(out[len(out)-2])] {
			if len(out) > 2 && pk15RegistryWord(out[len(out)-2]+" "+out[len(out)-1]) {
				out = out[:len(out)-2]
			} else if pk15RegistryWord(out[len(out)-1]) {
				out = out[:len(out)-1]
			} else {
				break
			}
		}
		// "Attackers poison Tenmark Lint": a capitalised word before the
		// name is the product's; the title's first word only when it is
		// no opener ("Quill Notes plugin", not "Popular Notes plugin").
		for k := i - 1; !tc && k >= 0 && len(out) < 4 && k >= i-2; k-- {
			w := ws[k]
			if w != pk15Trim(w) || !pk15ProductWord(w) || k == 0 && pk15Opener(w) {
				break
			}
			out = append([]string{w}, out...)
		}
		if w := strings.Join(out, " "); w != n {
			return w
		}
		return ""
	}
	return ""
}

// pk15SameOwner is the paths of ps whose owner or scope is owner.
func pk15SameOwner(owner string, ps []string) []string {
	var out []string
	for _, p := range ps {
		if o, _, _ := strings.Cut(strings.TrimPrefix(strings.ToLower(p), "@"), "/"); o == owner {
			out = append(out, p)
		}
	}
	return out
}

// pk15ProductWord reports whether w may be a word of a product's name:
// capitalised, no acronym of a kind ("SDK", "CLI"), no kind of
// technology ("React") nor a registry's word.
func pk15ProductWord(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && strings.ToUpper(w) != w && !techKinds[strings.ToLower(w)] && !pk15RegistryWord(w)
}

// pk15TitleCase reports whether most of a title's words past the first
// are capitalised.
func pk15TitleCase(ws []string) bool {
	up, all := 0, 0
	for _, w := range ws[min(1, len(ws)):] {
		w = pk15Trim(w)
		if w == "" || len(w) < 4 {
			continue // "of", "to", "in": lower in both styles
		}
		all++
		if w[0] >= 'A' && w[0] <= 'Z' {
			up++
		}
	}
	return all > 0 && 2*up > all
}

// pk15Platforms are the platforms and ecosystems an oss alert may name
// for its package, beside the registries (registry.go).
var pk15Platforms = set("github.com", "python packages", "npm packages", "wordpress.org", "mozilla", "chrome web store",
	"web store", "marketplace", "add-ons", "javascript", "node.js", "action", "actions", "github actions", "git", "gitlab",
	"bitbucket", "sourceforge", "browser")

// pk15RegistryWord reports whether w is a registry's or a platform's
// word.
func pk15RegistryWord(w string) bool {
	return registryWord(w) || pk15Platforms[strings.ToLower(w)]
}

// pk15Registry reports whether the name n is a registry or platform
// alone ("PyPI", "VS Code", "Python packages").
func pk15Registry(n string) bool {
	l := strings.ToLower(n)
	return registries[l] || registryPairs[l] != "" || pk15Platforms[l]
}

// pk15LeadNames is the packages the head of a summary names: of the
// family fam when fam is set ("arvoro-core and arvoro-cli" for Arvoro),
// else the package the summary tells of.
func pk15LeadNames(head, fam string) []string {
	var out []string
	for _, p := range pk15Paths(nil, head) {
		if fam == "" || strings.Contains(strings.ToLower(p), fam) {
			out = append(out, p)
		}
	}
	if fam != "" {
		fs := strings.Fields(head)
		for i, w := range fs {
			w = pk15Trim(w)
			l := strings.ToLower(w)
			// "published under the zorbsec-bot account": an account's
			// name, no package's.
			account := i+1 < len(fs) && oneOf(strings.ToLower(pk15Trim(fs[i+1])), "account", "accounts", "user", "username", "organization", "org", "maintainer")
			if l != fam && strings.HasPrefix(l, fam) && strings.ContainsAny(l, "-_.") && strings.IndexByte(l, '/') < 0 && !account &&
				!pk15Contains(out, w) && !pk15Covered(out, l) {
				out = append(out, w)
			}
		}
		return out
	}
	if len(out) > 0 {
		return out
	}
	lw := titleWords(head)
	if n := pk15Appositive(head); n != "" {
		return []string{n}
	}
	if n := pk15Subject(lw); n != "" {
		return []string{n}
	}
	return nil
}

// pk15Covered reports whether a path of ps holds l ("@arvoro/core"
// holds "arvoro/core").
func pk15Covered(ps []string, l string) bool {
	for _, p := range ps {
		if strings.Contains(strings.ToLower(p), l) {
			return true
		}
	}
	return false
}

// pk15Subject is a package the summary makes the subject of its turning
// ("Researchers said arvorolib shipped a stealer", "Quill Notes was
// altered after ..."): a name opening the sentence or after "said",
// before a verb of shipping or of being altered.
func pk15Subject(lw []titleWord) string {
	for i := 0; i < len(lw); i++ {
		if i > 0 && !(oneOf(lw[i-1].lc(), "said", "says", "that") || lw[i-1].stop) {
			continue
		}
		k := i
		for k < len(lw) && k < i+3 && !lw[k].stop && !pk15SubjectVerb(lw, k) {
			k++
		}
		if k == i || k >= len(lw) || !pk15SubjectVerb(lw, k) {
			continue
		}
		var parts []string
		for _, w := range lw[i:k] {
			parts = append(parts, w.text)
		}
		n := strings.Join(parts, " ")
		l := strings.ToLower(n)
		// A package's name: one word lower-case or dotted ("arvorolib",
		// "Arvoro.Json"), or a product's capitalised words ("Quill
		// Notes"); a capitalised word alone opens any sentence
		// ("Attackers pushed ...").
		one := len(parts) == 1 && (strings.ToLower(n) == n || strings.IndexByte(n, '.') > 0)
		if generic[l] || actors[l] || quantities[l] || pk15Registry(n) || pk15NotNames[l] ||
			!one && (len(parts) == 1 || !pk15Capitalised(parts)) {
			continue
		}
		return n
	}
	return ""
}

// pk15NotNames are the subjects of a lead's turning that name no
// package.
var pk15NotNames = set("it", "this", "that", "they", "he", "she", "attackers", "hackers", "researchers", "someone",
	"criminals", "the attacker", "the attackers", "the hackers", "an attacker", "which", "who")

// pk15SubjectVerb reports whether word k opens a verb of a package
// turned: "shipped", "contained", "was altered", "was hijacked".
func pk15SubjectVerb(lw []titleWord, k int) bool {
	l := lw[k].lc()
	if oneOf(l, "shipped", "ships", "contained", "carried", "delivered", "pushed") {
		return true
	}
	return oneOf(l, "was", "were", "had", "has") && k+1 < len(lw) &&
		oneOf(lw[k+1].lc(), "altered", "hijacked", "compromised", "backdoored", "trojanized", "tampered", "poisoned", "been")
}

// pk15Capitalised reports whether every word of ws opens with a capital.
func pk15Capitalised(ws []string) bool {
	for _, w := range ws {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// pk15PairHead reports whether n is the first word of a two-word
// registry the title writes ("VS" of "VS Code", "Open" of "Open VSX").
func pk15PairHead(n, title string) bool {
	l, t := strings.ToLower(n)+" ", strings.ToLower(title)
	for p := range registryPairs {
		if strings.HasPrefix(p, l) && strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// pk15Channels are the words of a package's channel a title's turned
// package ends on ("arvoro_rails Ruby gem", "Quill Notes Firefox add-on").
var pk15Channels = wordSet(`package library module gem crate image extension add-on addon
	plugin action sdk`)

// pk15Alert reads a package compromise the other shapes leave silent:
// code found in a package the title names by its channel ("Malicious
// code found in arvoro_rails Ruby gem"), a maintainer telling of
// malicious releases ("Maintainer of arvoro-rs says attackers published
// malicious versions"), and a trusted channel the title describes
// ("Malicious code found in Go module used by thousands of projects")
// whose summary names the package. Fakes, typosquats and packages the
// title calls malicious were never trusted (untrustedChannel).
func (m *Matcher) pk15Alert(title, text string, hits []hit, question bool) unit {
	// Read without lowering the title: most titles reach here.
	found := pk15IndexFold(title, " found in ")
	told := pk15IndexFold(title, "maintainer of ") == 0 || pk15IndexFold(title, "maintainers of ") == 0
	if found < 0 && !told || question {
		return unit{}
	}
	if !told {
		// "Malicious code found in", "Backdoor found in": what was found.
		what := title[strings.LastIndexByte(title[:found], ' ')+1 : found]
		if !pk15Found[strings.ToLower(what)] {
			return unit{}
		}
	}
	words := headline(titleWords(title))
	if untrustedChannel(words) || untrustedSubject(title) || evLookalike(words) {
		return unit{}
	}
	var name string
	var lo, hi int
	if told {
		// "Maintainer of X says attackers published malicious versions"
		v := pk15Index(words, "published", "pushed", "released", "uploaded")
		if v < 0 || v+1 >= len(words) || !oneOf(words[v+1].lc(), "malicious", "tainted", "backdoored", "trojanized") {
			return unit{}
		}
		name = pk15NameBefore(title, words, 2, v, "says", "say", "said")
		lo, hi = 0, v+1
	} else {
		i := pk15Index(words, "found") + 2
		c := pk15ChannelAfter(words, i)
		if i < 2 || c < 0 {
			return unit{}
		}
		lo, hi = 0, c
		if c > i {
			name = pk15PackageName(title, words[i:c])
		}
		if name == "" && pk15Trusted(words, c+1) {
			// "found in Go module used by thousands of projects": the
			// summary names it.
			head := pk15FirstSentences(nx13Head(text))
			if ns := pk15LeadNames(head, ""); len(ns) > 0 {
				name = ns[0]
			}
		}
	}
	if name == "" {
		return unit{}
	}
	u := m.shapeUnit(words, lo, hi, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{m.hitFor(name)}
	u.evidence = clean(title)
	return u
}

// pk15Index is the first word of ws that is one of vs, or -1.
func pk15Index(ws []titleWord, vs ...string) int {
	for i, w := range ws {
		if oneOf(w.lc(), vs...) {
			return i
		}
	}
	return -1
}

// pk15NameBefore is the name from word i to the first of ends before v.
func pk15NameBefore(title string, ws []titleWord, i, v int, ends ...string) string {
	for k := i; k < v; k++ {
		if oneOf(ws[k].lc(), ends...) {
			return pk15PackageName(title, ws[i:k])
		}
	}
	return ""
}

// pk15ChannelAfter is the channel word at or after word i, past the
// registry's words before it ("Ruby gem", "Firefox add-on"), within
// five words, or -1.
func pk15ChannelAfter(ws []titleWord, i int) int {
	for k := i; k < len(ws) && k < i+6; k++ {
		if pk15Channels[ws[k].lc()] {
			return k
		}
		if ws[k].stop {
			break
		}
	}
	return -1
}

// pk15PackageName is the package the words ws name, without the
// registry's words at their end and an article: "" when they are a
// count, a kind or a registry alone.
func pk15PackageName(title string, ws []titleWord) string {
	for len(ws) > 0 && oneOf(ws[0].lc(), "the", "a", "an", "popular", "widely", "used") {
		ws = ws[1:]
	}
	for len(ws) > 0 && pk15RegistryWord(ws[len(ws)-1].text) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 1 && registryPairs[strings.ToLower(ws[len(ws)-2].text+" "+ws[len(ws)-1].text)] != "" {
		ws = ws[:len(ws)-2]
	}
	if len(ws) == 0 || len(ws) > 3 {
		return ""
	}
	// As written: a path's slashes and scope kept ("@arvoro/core").
	lo := ws[0].start
	if lo > 0 && title[lo-1] == '@' {
		lo--
	}
	n := pk15Trim(title[lo:ws[len(ws)-1].end])
	ln := strings.ToLower(n)
	if n == "" || quantities[ln] || generic[ln] || pk15Registry(n) || strings.Trim(n, "0123456789,+") == "" {
		return ""
	}
	return n
}

// pk15Trusted reports whether the words from i tell a channel trusted by
// many: "used by thousands of projects", "with 2 million downloads".
func pk15Trusted(ws []titleWord, i int) bool {
	return i+1 < len(ws) && (strings.EqualFold(ws[i].text, "used") && strings.EqualFold(ws[i+1].text, "by") ||
		strings.EqualFold(ws[i].text, "with") && pk15Index(ws[i:], "downloads", "installs", "users") > 0)
}

// pk15Appositive is the name set off after a channel word: "The
// compromised NuGet package, Arvoro.Json, was published".
func pk15Appositive(head string) string {
	for _, c := range []string{"package, ", "library, ", "extension, ", "plugin, ", "add-on, ", "gem, ", "crate, ", "module, ", "image, ", "action, "} {
		i := strings.Index(head, c)
		if i < 0 {
			continue
		}
		rest := head[i+len(c):]
		j := strings.IndexAny(rest, ",;")
		if j <= 0 {
			continue
		}
		n := pk15Trim(rest[:j])
		ln := strings.ToLower(n)
		if n == "" || len(strings.Fields(n)) > 3 || quantities[ln] || generic[ln] || pk15Registry(n) ||
			strings.HasPrefix(ln, "which ") || strings.HasPrefix(ln, "the ") || strings.HasPrefix(ln, "a ") {
			continue
		}
		return n
	}
	return ""
}

// pk15Found are what a title finds in a package that turned it.
var pk15Found = wordSet(`code backdoor malware stealer infostealer cryptominer miner drainer
	spyware trojan keylogger payload adware`)

// pk15Opener reports whether a title's first word w opens the headline
// rather than a name: an adjective or participle ("Popular",
// "Hijacked"), the actors, a count.
func pk15Opener(w string) bool {
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ly") || quantities[l] || actors[l] || generic[l] ||
		oneOf(l, "the", "a", "an", "popular", "malicious", "rogue", "fake", "official", "legitimate", "new", "hackers", "attackers",
			"crypto", "open-source", "open", "top", "major", "massive", "critical", "another", "second", "first",
			"latest", "more", "many", "some", "this", "that", "these", "why", "how", "what", "when", "after", "as", "report",
			"exclusive", "breaking", "update", "warning", "alert", "north", "south", "chinese", "russian", "iranian",
			"researchers", "experts", "scammers", "cybercriminals", "criminals", "threat", "state", "lazarus")
}

// pk15IndexFold is the index of the first instance of sub (lower-case)
// in s, case aside, or -1; without an allocation.
func pk15IndexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if (s[i] == sub[0] || s[i]+'a'-'A' == sub[0]) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
