package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// nm17Weak reports whether the alert's name v names no thing turned:
// a platform not itself hit, a word of prose, a victim, a reporter.
func nm17Weak(v trust.VendorHit, title string, tw, lw []titleWord) bool {
	n := v.Name
	if n == "" {
		return false
	}
	l := strings.ToLower(n)
	if nm17Platform(n) {
		return !nm17PlatformHit(tw, n) && !nm17PlatformHit(lw, n)
	}
	if nm17Reporter(tw, title, n) {
		return true
	}
	if !v.Unlisted {
		return false
	}
	if pkCodeText(tw, n) || pkCodeText(lw, n) {
		return true // "code sent in a 'User-Agentt' header"
	}
	if pkCounted(tw, n) {
		return true // "17 react-native packages backdoored"
	}
	if nm17Victim(tw, n) || nm17Victim(lw, n) && !nm17In(tw, n) {
		return true
	}
	if pk16StrayWords[l] {
		return true // "a second npm library"
	}
	if pk16AsPackage(tw, n) || pk16AsPackage(lw, n) || pk16Quoted(tw, n) || pk16Quoted(lw, n) {
		return false
	}
	if n[0] >= 'a' && n[0] <= 'z' {
		// A lower-case word with no package's mark ("compression",
		// "distro", "ad-blocking", "auto-update").
		if strings.ContainsAny(n, "@/._0123456789 ") {
			return false
		}
		if strings.IndexByte(n, '-') < 0 {
			return nm17Modifier(tw, n) || nm17Modifier(lw, n)
		}
		for _, p := range strings.Split(l, "-") {
			if len(p) < 2 {
				return false
			}
		}
		return pk16Compound(l) || nm17ProseHyphen(l)
	}
	// A Title Case headline's capitalised word of prose ("Established
	// Python Projects", "Through Software Update").
	if strings.IndexByte(n, ' ') < 0 && (pk16StrayWords[l] || nm17Prose[l] || strings.HasSuffix(l, "ed") && len(l) > 5) {
		s, _ := findName(tw, n)
		return s > 0 && isTitleCase(tw)
	}
	return false
}

// nm17Modifier reports whether ws write the lower-case word n as prose:
// after an article, before a product's word or with a possessive ("a
// compression tool", "Linux distro's GitHub organization").
func nm17Modifier(ws []titleWord, n string) bool {
	for i, w := range ws {
		if !strings.EqualFold(cutPossessive(w.text), n) {
			continue
		}
		if len(cutPossessive(w.text)) != len(w.text) || i > 0 && !ws[i-1].stop && oneOf(lower(ws[i-1]), "a", "an") ||
			!w.stop && i+1 < len(ws) && nm17Kinds[lower(ws[i+1])] {
			return true
		}
	}
	return false
}

// nm17ProseHyphen reports whether a lower-case hyphenated word ends on a
// word of prose ("auto-update", "ad-blocking").
func nm17ProseHyphen(l string) bool {
	last := l[strings.LastIndexByte(l, '-')+1:]
	return strings.HasSuffix(last, "ing") || oneOf(last, "update", "updates", "updater", "based", "free", "side")
}

// nm17Prose are capitalised words of a Title Case headline that name no
// product.
var nm17Prose = wordSet("established through second popular legitimate official widely trusted several",
	"hundreds thousands dozens millions open source software update updates projects",
	"project")

// nm17Platforms are the stores, platforms and games an alert names for
// the package on them, beside the ecosystems and registries.
var nm17Platforms = set("wordpress.org", "app store", "play store", "google play", "chrome web store", "minecraft", "curseforge",
	"bukkit", "steam", "microsoft edge", "google chrome", "mozilla firefox", "npm", "pypi", "github", "gitlab", "open vsx", "vs code marketplace", "docker hub", "aur")

// nm17Platform reports whether n is a platform, store or ecosystem.
func nm17Platform(n string) bool {
	l := strings.ToLower(n)
	return nm17Platforms[l] || pk16Ecosystems[l] || pk15Registry(n)
}

// nm17PlatformHit reports whether the title tells the platform's own
// compromise: "npm registry hacked", "GitHub's servers breached",
// "WordPress.org was compromised".
func nm17PlatformHit(tw []titleWord, n string) bool {
	s, e := findName(tw, n)
	if s < 0 {
		return false
	}
	// "Attackers compromised a SourceForge mirror"
	p := s - 1
	if p > 0 && oneOf(lower(tw[p]), "a", "an", "the") && !tw[p].stop {
		p--
	}
	if p >= 0 && !tw[p].stop && oneOf(lower(tw[p]), "hacked", "breached", "compromised", "hijacked") {
		return true
	}
	k := e + 1
	for k < len(tw) && k < e+3 && !tw[k-1].stop && oneOf(lower(tw[k]), "registry", "website", "site", "server", "servers",
		"store", "marketplace", "infrastructure", "repository", "account", "accounts", "organization", "itself", "was", "has", "been") {
		k++
	}
	if k >= len(tw) || tw[k-1].stop {
		return false
	}
	return oneOf(lower(tw[k]), "hacked", "breached", "compromised", "hijacked", "attacked", "infiltrated", "suffers")
}

// nm17Victim reports whether ws write the name as the code's target:
// "stole funds from the Copay wallet", "targeted Copay users".
func nm17Victim(ws []titleWord, n string) bool {
	s, e := findName(ws, n)
	if s < 0 {
		return false
	}
	p := s - 1
	if p >= 0 && oneOf(lower(ws[p]), "the") && !ws[p].stop {
		p--
	}
	if p < 0 || ws[p].stop {
		return false
	}
	if oneOf(lower(ws[p]), "targeted", "targeting", "targets", "target") {
		return true
	}
	// "steal funds from the Copay wallet"
	return p < s-1 && oneOf(lower(ws[p]), "from", "of", "on") && e+1 < len(ws) && !ws[e].stop &&
		oneOf(lower(ws[e+1]), "wallet", "wallets", "users", "customers", "holders", "accounts")
}

// nm17In reports whether ws write the name.
func nm17In(ws []titleWord, n string) bool {
	s, _ := findName(ws, n)
	return s >= 0
}

// nm17Reporter reports whether the title gives the name as the news's
// source: "Kaspersky: …", "…, Avast confirms".
func nm17Reporter(tw []titleWord, title, n string) bool {
	s, e := findName(tw, n)
	if s < 0 {
		return false
	}
	if s == 0 && tw[e].stop && tw[e].end < len(title) && title[tw[e].end] == ':' {
		return true
	}
	return s > 0 && tw[s-1].stop && e+1 < len(tw) && oneOf(lower(tw[e+1]), "confirms", "says", "finds", "warns", "reports", "discovers") &&
		e+2 >= len(tw)
}

// nm17Kinded is the first name ws write beside a channel's or a
// product's word, in apposition or as a compromise's object that good
// takes: "npm module event-stream", "the Pocket Ledger wallet app",
// "Display Widgets WordPress plugin", "Internxt VPN among Chrome
// extensions", "of rc, a configuration loader", "hijacked the ASUS Live
// Update utility", "the compromised xz Utils versions".
func nm17Kinded(ws []titleWord, s string, titleCase bool, good func(string) bool) string {
	span := func(i, j int) string { return pk15Trim(cutPossessive(s[ws[i].start:ws[j].end])) }
	product := func(i int) bool {
		// A Title Case headline capitalises every word: no product by
		// its capital there.
		return !titleCase && pk15ProductWord(ws[i].text) && !nm17NotNames[ws[i].lc()] && !nm17Platform(ws[i].text) && !pk15Opener(ws[i].text) || strings.IndexByte(ws[i].text, '.') > 0 && pk15ProductWord(ws[i].text)
	}
	for i, w := range ws {
		l := lower(w)
		switch {
		case nm17Kinds[l] && i > 0 && !ws[i-1].stop && nm17Before(ws, i, product) >= 0:
			// The capitalised run before the kind, a platform's and one
			// descriptive word between: "Pocket Ledger wallet app".
			e := nm17Before(ws, i, product)
			b := e
			for b > 0 && b > e-2 && !ws[b-1].stop && product(b-1) {
				b--
			}
			if b == 0 && b == e && !brandLike(ws[b].text) && !nm17Turned(ws, i) {
				continue // a title's first word is capitalised whatever it is
			}
			if n := span(b, e); good(n) {
				return n
			}
		case oneOf(l, "package", "library", "module", "extension", "plugin", "add-on", "addon", "gem", "crate", "software", "utility"):
			// The name after the kind: "npm module event-stream", "AUR
			// package acroread", "accounting software M.E.Doc".
			if w.stop || i+1 >= len(ws) {
				continue
			}
			x := ws[i+1]
			xl := x.lc()
			if x.text == xl && !pk16StrayWords[xl] && !generic[xl] && !quantities[xl] && !nm17NotNames[xl] && !strings.HasSuffix(xl, "ing") &&
				!strings.HasSuffix(xl, "ed") && !strings.HasSuffix(xl, "s") || product(i+1) && strings.IndexByte(x.text, '.') > 0 {
				if n := span(i+1, i+1); good(n) {
					return n
				}
			}
		case l == "among" && i > 0 && !ws[i-1].stop:
			// "Internxt VPN among Chrome extensions hijacked"
			e := i - 1
			b := e
			for b > 0 && b > e-2 && !ws[b-1].stop && product(b-1) {
				b--
			}
			if product(b) && !(b == 0 && pk15Opener(ws[b].text)) {
				if n := span(b, e); good(n) {
					return n
				}
			}
		case w.stop && i > 0 && i+2 < len(ws) && w.end < len(s) && s[w.end] == ',' && oneOf(lower(ws[i+1]), "a", "an", "the", "whose"):
			// "of rc, a configuration loader", "of CCleaner, the system
			// optimizer", "was Social Warfare, whose update ..."
			b := i
			if product(i) {
				for b > 0 && b > i-2 && !ws[b-1].stop && product(b-1) {
					b--
				}
			} else if w.text != w.lc() || nm17NotNames[w.lc()] || generic[w.lc()] {
				continue
			}
			if b == 0 || ws[b-1].stop || !oneOf(lower(ws[b-1]), "of", "is", "including", "was") {
				continue
			}
			if n := span(b, i); good(n) {
				return n
			}
		case oneOf(l, "hijacked", "compromised", "backdoored", "trojanized", "trojanised", "poisoned", "breached") && !w.stop && i+1 < len(ws):
			// "hijacked the ASUS Live Update utility", "The compromised
			// xz Utils versions"
			b := i + 1
			if oneOf(lower(ws[b]), "the", "a", "an") && !ws[b].stop {
				b++
			}
			e := b
			for e < len(ws) && e < b+3 && !nm17Heads[lower(ws[e])] && (product(e) || nm17Caps(ws[e].text) || ws[e].text == ws[e].lc() && (len(ws[e].text) <= 4 || strings.ContainsAny(ws[e].text, "-._@/")) && !pk16StrayWords[ws[e].lc()]) {
				if ws[e].stop {
					e++
					break
				}
				e++
			}
			// The run ends on its head, a stop or an infinitive ("hijacked
			// ASUS Live Update to push backdoor").
			if e == b || e >= len(ws) || !nm17Heads[lower(ws[e])] && !ws[e-1].stop && lower(ws[e]) != "to" {
				continue
			}
			if !product(b) && !product(e-1) && !strings.ContainsAny(ws[b].text, "-._@/") {
				continue
			}
			if n := span(b, e-1); good(n) {
				return n
			}
		}
	}
	return ""
}

// nm17Before is where the product's name ends before the kind's word at
// i, past the platform's words and one word of description ("Display
// Widgets WordPress plugin", "Pocket Ledger wallet app"), or -1.
func nm17Before(ws []titleWord, i int, product func(int) bool) int {
	e := i - 1
	for e > 0 && !ws[e-1].stop && (nm17Platform(ws[e].text) || ws[e].text == ws[e].lc() && e == i-1 && !pk16StrayWords[lower(ws[e])]) {
		e--
	}
	if !product(e) {
		return -1
	}
	return e
}

// nm17Caps reports whether w is a brand in capitals ("ASUS"): two to six
// capital letters.
func nm17Caps(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// nm17Turned reports whether a compromise verb follows the kind's word
// at i within two words: "Quillnote installer was backdoored",
// "Quillnote browser's auto-update hijacked".
func nm17Turned(ws []titleWord, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+2 && !ws[k-1].stop; k++ {
		if oneOf(lower(ws[k]), "hijacked", "backdoored", "compromised", "trojanized", "trojanised", "poisoned", "infected", "hacked") {
			return true
		}
	}
	return false
}

// nm17Kinds are the words after a product's name that say it is one.
var nm17Kinds = wordSet("app plugin extension add-on addon software tool utility installer library",
	"package module gem crate player client browser")

// nm17Heads are the nouns a compromise verb's object ends on.
var nm17Heads = wordSet("versions version builds build releases release installer installers update",
	"updates utility tool package library app extension plugin software server",
	"servers website")

// nm17NotNames are lower-case words after a channel's word that name no
// package ("package manager", "library code").
var nm17NotNames = set("manager", "registry", "repository", "maintainer", "ecosystem", "index", "name", "code", "that", "which",
	"was", "is", "has", "had", "were", "are", "and", "or", "to", "in", "on", "of", "for", "with", "by", "as", "at", "from",
	"update", "author", "owner", "developer", "developers", "hub", "store", "marketplace", "supply", "chain", "used", "called",
	"named", "version", "versions", "itself", "users", "downloads", "account", "repo", "repos", "tag", "commit", "release",
	// irregular past tenses, which no suffix shows
	"sold", "bought", "hit", "made", "got", "went", "stolen", "taken", "left", "put", "set", "sent", "shut", "found", "given",
	"built", "run", "led", "lost", "paid", "won", "became", "caught", "brought", "spread", "began")
