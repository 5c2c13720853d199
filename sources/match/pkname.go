package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pkName names the package a package or supply-chain compromise turned,
// in one step: it gathers the names the title and the summary's head
// write as a package's, each with the reason it is one, and puts the
// strongest in place of an alert name that names no thing turned.
//
// The candidates, strongest first:
//   - released: a name told by its releases ("versions 8.3.41 and 8.3.42
//     of ultralytics", "malicious versions of coa and rc", "colors
//     1.4.1", "nx versions"), a quoted name beside a channel's word ("the
//     popular 'node-ipc' npm package"), the first of a counted list
//     ("Social Warfare and four other plugins"); for an alert named for
//     a platform, a product's run before a channel's word in the title
//     ("Kong Ingress Controller image") and the summary's opening subject
//     (pk19Subject). Releases of a package are the thing turned.
//   - written: a name written as a package (code, a scope, a path, beside
//     an ecosystem's or a channel's word: pk16Packages), a product beside
//     a channel's word, in apposition or as a compromise's object
//     (nm17Kinded), the name's own term past a platform's word ("PHP
//     PEAR").
//
// An alert name that names no thing turned (nm17Weak: a platform, store
// or ecosystem not itself hit, a word of prose, a victim, a reporter, a
// quoted piece of code, a count's kind) gives way first to the written
// name (pkWritten). Then, for a package compromise, a released name
// outranks the name so far unless that name is among the released
// names or their owners, or the title writes it as a package
// (pk19Replaceable).
func pkName(title, text string, a *trust.Alert) {
	if len(a.Vendors) == 0 || len(a.Vendors) > 2 {
		return
	}
	oss := a.Category == trust.CategoryOSS
	tw := titleWords(title)
	head := pk16Head(nx13Head(text))
	var lw []titleWord
	if head != "" {
		lw = titleWords(head)
	}
	cur := a.Vendors
	platform := len(cur) == 1 && nm17Platform(cur[0].Name)
	weak := true
	for _, v := range cur {
		if !nm17Weak(v, title, tw, lw) {
			weak = false
			break
		}
	}

	// The written name for an alert that names no thing turned.
	if weak {
		if n := pkWritten(title, tw, head, lw, cur, platform); n != "" {
			cur = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
		}
	}
	// The released names, and the owners they are written with.
	var released, owners []string
	platform = len(cur) == 1 && nm17Platform(cur[0].Name)
	if oss {
		released, owners = pk19Releases(tw, title)
		if head != "" {
			n, o := pk19Releases(lw, head)
			released, owners = append(released, n...), append(owners, o...)
			released = append(released, pk19Marked(lw, head)...)
			if platform {
				released = append(released, pk19Subject(title, tw, lw, head)...)
			}
		}
		if len(cur) == 1 && (platform || cur[0].Unlisted && pk19Absent(tw, cur[0].Name) && pk19Plain(cur[0].Name)) {
			released = append(released, pk19TitleKinded(tw, title)...)
		}
	}
	if len(released) > 0 {
		// A released name outranks every name but one among the
		// released names or their owners ("versions of Ledger's
		// connect-kit" under a title naming Ledger), and one the title
		// writes as a package.
		keep := false
		for _, v := range cur {
			for _, n := range append(released, owners...) {
				if pk19Same(v.Name, n) || v.Term != "" && pk19Same(v.Term, n) {
					keep = true
				}
			}
			if !pk19Replaceable(v, tw, title) {
				keep = true
			}
		}
		if !keep {
			cur = []trust.VendorHit{{Name: released[0], Term: released[0], Unlisted: true}}
		}
	}
	a.Vendors = cur
}

// pkWritten is the first name the title, else the summary's head, writes
// as a package's in place of cur's names: the name's own term past a
// platform's word ("PHP PEAR" names PEAR), a name written as a package
// (pk16Packages), a product beside a channel's word (nm17Kinded), a
// summary's opening name written in lower case in apposition. A
// candidate is no name when it names no thing turned itself (nm17Weak),
// is a version, one of cur's names, or an earlier package the title
// compares the news to ("Days after coa, ...").
func pkWritten(title string, tw []titleWord, head string, lw []titleWord, cur []trust.VendorHit, platform bool) string {
	good := func(n string) bool {
		if n == "" || len(n) > 60 || !pk16Opens(n) || versionWord(n) {
			return false
		}
		for _, v := range cur {
			if strings.EqualFold(v.Name, n) || strings.EqualFold(v.Term, n) {
				return false
			}
		}
		if s, _ := findName(tw, n); s > 0 && !tw[s-1].stop && oneOf(lower(tw[s-1]), "after", "like", "following", "since", "before") {
			return false // "Days after coa, a second npm library ...": an earlier one
		}
		return !nm17Weak(trust.VendorHit{Name: n, Term: n, Unlisted: true}, title, tw, lw)
	}
	if platform {
		if i := strings.IndexByte(cur[0].Term, ' '); i > 0 && strings.EqualFold(cur[0].Term[:i], cur[0].Name) {
			if n := cur[0].Term[i+1:]; n[0] >= 'A' && n[0] <= 'Z' && good(n) {
				return n
			}
		}
	}
	for _, src := range [...]struct {
		ws    []titleWord
		s     string
		title bool
	}{{tw, title, true}, {lw, head, false}} {
		for _, n := range pk16Packages(src.ws, src.s, src.title) {
			if good(n) {
				return n
			}
		}
		if n := nm17Kinded(src.ws, src.s, src.title && isTitleCase(src.ws), good); n != "" {
			return n
		}
	}
	// The title's opening run before "supply chain attack".
	if n := pkAttacked(tw, title); good(n) {
		return n
	}
	// The code a compromise's noun was put into: "added a backdoor to
	// php-src".
	for _, src := range [...]struct {
		ws []titleWord
		s  string
	}{{tw, title}, {lw, head}} {
		if n := pkObject(src.ws, src.s); good(n) {
			return n
		}
	}
	// A summary opening in lower case on a name in apposition: only a
	// name written as code opens a sentence in lower case ("zorbkit, a
	// tab manager, began ...").
	if len(lw) > 2 && lw[0].start == 0 && lw[0].stop && lw[0].end < len(head) && head[lw[0].end] == ',' && lw[0].text == lw[0].lc() &&
		oneOf(lw[1].lc(), "a", "an", "the") {
		if n := pk19NameAt(lw, head, 0); good(n) {
			return n
		}
	}
	return ""
}

// pkCodeText reports whether ws write the name n as a piece of code or
// protocol text, quoted before the word for it: "a 'User-Agentt'
// header", "the 'zorb_init' function".
func pkCodeText(ws []titleWord, n string) bool {
	s, e := findName(ws, n)
	return s >= 0 && ws[s].quoted && e+1 < len(ws) && pkCodeWords[ws[e+1].lc()]
}

// pkCodeWords are the words after a quoted piece of code that say what
// it is.
var pkCodeWords = wordSet(`header headers string strings parameter parameters field fields cookie cookies
	variable variables function functions method methods command commands flag flags key keys value values
	file files domain domains endpoint endpoints argument arguments`)

// pkObject is the name written as code that a compromise's noun was put
// into: "added a backdoor to php-src", "pushed malicious commits to
// zorb-kit", "injected code into @zorb/kit".
func pkObject(ws []titleWord, s string) string {
	for i := 2; i < len(ws); i++ {
		if ws[i-1].stop || !oneOf(ws[i-1].lc(), "to", "into") || !pk19Code(s, ws[i]) && !ws[i].slash {
			continue
		}
		for k := i - 2; k >= 0 && k >= i-3; k-- {
			if oneOf(ws[k].lc(), "backdoor", "backdoors", "commit", "commits", "code", "malware", "payload", "stealer", "trojan") {
				if n := pk19NameAt(ws, s, i); !pkFile(n) {
					return n
				}
				return ""
			}
			if ws[k].stop {
				break
			}
		}
	}
	return ""
}

// pkFile reports whether n is a file's name, a script or a binary
// ("password_change.cgi", "setup.py"), never a package's.
func pkFile(n string) bool {
	i := strings.LastIndexByte(n, '.')
	return i > 0 && oneOf(strings.ToLower(n[i+1:]), "cgi", "php", "sh", "exe", "dll", "bat", "ps1", "py", "pl", "rb", "jar", "so", "bin", "txt", "json", "yml", "yaml")
}

// pkCounted reports whether ws write the lower-case name n between a
// count and a channel's plural, as the packages' kind ("17 react-native
// packages", "dozens of vue plugins"), never as one package.
func pkCounted(ws []titleWord, n string) bool {
	if n != strings.ToLower(n) {
		return false
	}
	s, e := findName(ws, n)
	if s < 1 || e+1 >= len(ws) || ws[e].stop || ws[s-1].stop {
		return false
	}
	p := ws[s-1].lc()
	if p == "of" && s > 1 && !ws[s-2].stop {
		p = ws[s-2].lc()
	}
	k := ws[e+1].lc()
	return (isNumber(p) || quantities[p]) && packageKinds[k] && strings.HasSuffix(k, "s")
}

// pkAttacked is the product's run a title opens on before "supply chain
// attack" ("Zorbstack supply chain attack: ..."): the thing the attack
// went through.
func pkAttacked(ws []titleWord, s string) string {
	for i := 1; i+1 < len(ws) && i < 4; i++ {
		l := ws[i].lc()
		if !(l == "supply" && ws[i+1].lc() == "chain" || l == "supply-chain") || ws[i-1].stop {
			continue
		}
		for k := 0; k < i; k++ {
			l := ws[k].lc()
			if !pk15ProductWord(ws[k].text) && !pk19Code(s, ws[k]) || ws[k].stop || pkAdjective(l) {
				return ""
			}
		}
		return pk15Trim(s[ws[0].start:ws[i-1].end])
	}
	return ""
}

// pkAdjective reports whether a title's capitalised word describes an
// attack rather than naming what it went through: "Massive", "Global",
// "Ongoing", "Sophisticated", "Major".
func pkAdjective(l string) bool {
	for _, suf := range [...]string{"ive", "al", "ous", "ic", "ing", "ed", "ful", "est", "ible", "able"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return pk16StrayWords[l] || nm17Prose[l] || generic[l] || quantities[l] ||
		oneOf(l, "major", "huge", "big", "large", "widespread", "recent", "fresh", "new", "big", "latest", "another", "same", "software", "open-source")
}
