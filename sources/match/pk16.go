package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Which of the names a package compromise's title and summary hold is
// the package (pkg16, sixteenth round). A package compromise's headline
// often writes several names: the package, the company that owns it,
// the campaign or worm that turned it, the first victim, the ecosystem
// or store, a count. The shapes that find the event name whichever their
// shape holds; pk16Name, run on every oss alert after pk15Name, keeps
// the package and its owner and puts the package the summary writes in
// place of a campaign's, an ecosystem's, a victim's name or a stray
// word ("second", "with 300").

// pk16Name rewrites the names of the oss alert a: a stray word, a
// campaign, an ecosystem or a store gives way to the packages title and
// summary write; an owner company the title names keeps its place and
// its packages the summary lists are added.
func pk16Name(title, text string, a *trust.Alert) {
	head := pk16Head(nx13Head(text))
	tw := titleWords(title)
	lw := titleWords(head)
	cands := pk16Packages(tw, title, true)
	leadCands := pk16Packages(lw, head, false)
	owners := pk16Belonging(lw, head)
	all := append(append([]string(nil), cands...), leadCands...)
	owner := pk16Owner(tw, title)
	var out []trust.VendorHit
	replace := false
	for _, v := range a.Vendors {
		switch {
		case pk16Stray(v, tw, lw, all):
			replace = true
		case v.Unlisted && !pk16AsPackage(tw, v.Name) && (coinedCampaign(headline(tw), v.Name) || pk16Campaign(tw, v.Name)),
			pk15Registry(v.Name) || techKinds[strings.ToLower(v.Name)] || pk16Ecosystems[strings.ToLower(v.Name)],
			v.Unlisted && pk16Victim(tw, v.Name):
			// "Zorbworm campaign hits npm", "Attackers trojanize 16
			// React Native packages", "Crypto exchange Tenmark loses $2
			// million after ...": no package's name.
			if len(all)+len(owners) > 0 {
				replace = true
				continue
			}
			out = append(out, v)
		default:
			if p := pk16PathOfWords(v.Name, all); v.Unlisted && p != "" {
				// "Solana Web3.js library" beside @solana/web3.js
				v = trust.VendorHit{Name: p, Term: p, Unlisted: true}
				replace = true
			}
			if !pk15Has(out, v.Name) {
				out = append(out, v)
			}
		}
	}
	add := func(ns []string) {
		for _, n := range ns {
			if !pk15Has(out, n) {
				out = append(out, trust.VendorHit{Name: n, Term: n, Unlisted: true})
			}
		}
	}
	if owner != "" {
		if ps := pk16OfOwner(leadCands, owner); len(ps) > 0 {
			if !pk15Has(out, owner) && !pk16Covers(out, owner) {
				add([]string{owner})
			}
			add(ps)
			replace = true
		}
	}
	switch {
	case replace && len(out) == 0:
		add(cands)
		add(owners)
		add(leadCands)
	case len(cands) == 0 && len(leadCands) > 0 && !pk16AnyPackage(out, all):
		// "XRP Supply Chain Attack: Official NPM Package Infected ..."
		// whose summary names "the XRP Ledger JavaScript library,
		// xrpl.js": the owner's product the alert named, and the
		// package the summary writes for it, when only a package's
		// name can be the word (a scope, a path, a dot, an
		// underscore, a digit: "data-loss prevention company" is
		// prose).
		for _, p := range leadCands {
			if strings.ContainsAny(p, "@/._0123456789") {
				add([]string{p})
				replace = true
			}
		}
	}
	if !replace || len(out) == 0 {
		return
	}
	if len(out) > maxNamed {
		out = out[:maxNamed]
	}
	a.Vendors = out
}

// pk16Head is a summary's first three sentences: where a feed names the
// package its title leaves out ("The package that got compromised is
// eslint-scope" after two sentences telling the attack).
func pk16Head(s string) string {
	k := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' {
			if k++; k == 3 {
				return s[:i]
			}
		}
	}
	return s
}

// pk16AnyPackage reports whether a name of vs is written as a package
// or is one of the packages ps.
func pk16AnyPackage(vs []trust.VendorHit, ps []string) bool {
	for _, v := range vs {
		if !v.Unlisted || strings.ContainsAny(v.Name, "-_./@") || v.Name != "" && v.Name[0] >= 'a' && v.Name[0] <= 'z' ||
			pk15Contains(ps, v.Name) {
			return true
		}
	}
	return false
}

// pk16PathOfWords is the path of ps whose parts the name writes as
// words ("Solana Web3.js" for @solana/web3.js), or "".
func pk16PathOfWords(n string, ps []string) string {
	if strings.IndexByte(n, ' ') < 0 {
		return ""
	}
	l := strings.ReplaceAll(strings.ToLower(n), " ", "/")
	for _, p := range ps {
		if strings.TrimPrefix(strings.ToLower(p), "@") == l {
			return p
		}
	}
	return ""
}

// pk16Belonging is the owners a summary lists for the packages turned:
// "npm packages belonging to Zapier, ENS Domains, PostHog and Postman".
func pk16Belonging(lw []titleWord, s string) []string {
	var out []string
	for i := 1; i+1 < len(lw); i++ {
		l := lower(lw[i])
		if !(l == "belonging" && lower(lw[i+1]) == "to" || oneOf(l, "maintained", "owned", "published") && lower(lw[i+1]) == "by") ||
			!packageKinds[lower(lw[i-1])] {
			continue
		}
		k := i + 2
		for k < len(lw) {
			e := k
			for e < len(lw) && e < k+3 && pk15ProductWord(lw[e].text) && (e == k || !lw[e-1].stop) {
				e++
			}
			if e == k {
				break
			}
			out = append(out, s[lw[k].start:lw[e-1].end])
			if e < len(lw) && lw[e-1].stop && s[lw[e-1].end] == ',' {
				k = e
				if k < len(lw) && oneOf(lower(lw[k]), "and", "or") {
					k++
				}
				continue
			}
			if e < len(lw) && oneOf(lower(lw[e]), "and", "or") {
				k = e + 1
				continue
			}
			break
		}
		return out
	}
	return nil
}

// pk16Ecosystems are languages and frameworks a title names a package's
// ecosystem by ("16 React Native packages", "a Go library").
var pk16Ecosystems = set("go", "golang", "python", "ruby", "rust", "php", "java", "javascript", "typescript", "node",
	"react", "react native", "vue", "angular", "wordpress", "drupal", "joomla", "magento", "docker", "kubernetes",
	"chrome", "firefox", "edge", "vs code", "visual studio code", "open-source", "open source", "linux", "arch linux")

// pk16Stray reports whether the alert's name v is a stray word of the
// title or summary rather than a name: lower case and no package's form
// ("second", "fairly", "belonging", "with 300", "supply-chain"), where
// neither the title nor the summary quotes it or writes it as a
// package, and no package of all is it.
func pk16Stray(v trust.VendorHit, tw, lw []titleWord, all []string) bool {
	n := v.Name
	if !v.Unlisted || n == "" || n[0] < 'a' || n[0] > 'z' {
		return false
	}
	l := strings.ToLower(n)
	if strings.IndexByte(n, ' ') >= 0 || pk16Compound(l) {
		return true
	}
	if strings.ContainsAny(n, "-_./@") || pk15Contains(all, n) || pk16AsPackage(tw, n) || pk16Quoted(tw, n) {
		return false
	}
	// A word of prose after a channel's word stays prose ("the
	// poisoned package inside their projects", "npm packages
	// belonging to").
	if prose := pk16StrayWords[l] || strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "ing"); prose {
		return true
	}
	prose := pk16StrayWords[l] || quantities[l] || generic[l] || strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "ing")
	return prose && !pk16AsPackage(lw, n)
}

// pk16Quoted reports whether ws quote the name ("npm library 'coa'").
func pk16Quoted(ws []titleWord, n string) bool {
	for _, w := range ws {
		if w.quoted && strings.EqualFold(w.text, n) {
			return true
		}
	}
	return false
}

// pk16StrayWords are the lower-case words a shape takes for a name when a
// title writes no package: articles, ordinals, prepositions.
var pk16StrayWords = wordSet(`a an the second third first another with new its their his
	her this that these those more most latest popular malicious one some all
	of in on by for from after over inside into within to which who via
	than under through against among about across`)

// pk16Campaign reports whether the title follows the name with a
// campaign's noun ("Zorbworm malware", "Zorbworm campaign"), or opens on
// it before a colon and names a campaign or worm ("ShadyPanda:
// seven-year campaign turned ...").
func pk16Campaign(tw []titleWord, name string) bool {
	s, e := findName(tw, name)
	if s < 0 {
		return false
	}
	if e+1 < len(tw) && !tw[e].stop && oneOf(lower(tw[e+1]), "worm", "campaign", "malware", "botnet", "operation", "gang",
		"attackers", "hackers", "group", "crew", "stealer", "infostealer", "trojan", "returns") {
		return true
	}
	if s != 0 || !tw[e].stop {
		return false
	}
	for _, w := range tw[e+1:] {
		if oneOf(lower(w), "campaign", "worm", "operation", "wave") {
			return true
		}
	}
	return false
}

// pk16AsPackage reports whether the title writes the name beside a
// channel's or a registry's word ("PyPI package num2words compromised
// in campaign ...", "arvoro npm package"): a package's, whatever
// follows.
func pk16AsPackage(tw []titleWord, name string) bool {
	s, e := findName(tw, name)
	if s < 0 {
		return false
	}
	if s > 0 && !tw[s-1].stop && (packageKinds[lower(tw[s-1])] || registryWord(tw[s-1].text)) {
		return true
	}
	return e+1 < len(tw) && !tw[e].stop && (packageKinds[lower(tw[e+1])] || registryWord(tw[e+1].text))
}

// pk16Victim reports whether the title tells the name's loss rather
// than its package: "Crypto exchange Tenmark loses $2 million after
// ...", "Tenmark users drained".
func pk16Victim(tw []titleWord, name string) bool {
	s, e := findName(tw, name)
	if s < 0 || e+1 >= len(tw) || tw[e].stop {
		return false
	}
	return oneOf(lower(tw[e+1]), "loses", "lost", "drained", "users", "customers", "investors", "wallets", "holders")
}

// pk16Owner is the company a title names as its packages' owner: a
// capitalised name right before a registry's or a channel's plural
// ("Tenmark npm packages", "Tenmark's npm packages"), or a subject
// saying its package was turned ("Tenmark says its npm package ...").
func pk16Owner(tw []titleWord, title string) string {
	for i, w := range tw {
		if w.text == "" || w.text[0] < 'A' || w.text[0] > 'Z' || pk15Opener(w.text) && i == 0 || pk15RegistryWord(w.text) ||
			techKinds[w.lc()] || pk16Ecosystems[w.lc()] || w.stop {
			continue
		}
		// "Tenmark Systems says its ...": the capitalised run from i.
		j := i
		for j+1 < len(tw) && j < i+2 && !tw[j].stop && pk15ProductWord(tw[j+1].text) && !strings.HasSuffix(tw[j].text, "'s") {
			j++
		}
		n := strings.TrimSuffix(strings.TrimSuffix(title[w.start:tw[j].end], "'s"), "’s")
		k := j + 1
		for k < len(tw) && k < i+4 && (pk15RegistryWord(tw[k].text) || pk16Ecosystems[lower(tw[k])]) && !tw[k-1].stop {
			k++
		}
		if k < len(tw) && !tw[k-1].stop && oneOf(lower(tw[k]), "packages", "libraries", "extensions", "plugins", "modules", "gems",
			"crates", "images", "actions") {
			return n
		}
		if k+2 < len(tw) && k == j+1 && oneOf(lower(tw[k]), "says", "confirms", "warns", "admits") &&
			oneOf(lower(tw[k+1]), "its", "their") {
			return n
		}
	}
	return ""
}

// pk16OfOwner is the packages of ps the owner's name scopes or opens
// ("@tenmark/cli", "tenmark-sdk" for Tenmark).
func pk16OfOwner(ps []string, owner string) []string {
	// A company's first word names its scope ("@tenmark/cli" for
	// Tenmark Systems), and its words joined ("@quillstack/sdk").
	o, _, _ := strings.Cut(strings.ToLower(owner), " ")
	whole := strings.ReplaceAll(strings.ToLower(owner), " ", "")
	var out []string
	for _, p := range ps {
		l := strings.TrimPrefix(strings.ToLower(p), "@")
		for _, x := range []string{o, whole} {
			if strings.HasPrefix(l, x+"/") || strings.HasPrefix(l, x+"-") || strings.HasPrefix(l, x+".") || strings.HasPrefix(l, x+"_") {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// pk16Covers reports whether a name of vs holds n ("@tenmark/cli" holds
// Tenmark).
func pk16Covers(vs []trust.VendorHit, n string) bool {
	l := strings.ToLower(n)
	for _, v := range vs {
		if strings.Contains(strings.ToLower(v.Name), l) {
			return true
		}
	}
	return false
}

// pk16Packages is the packages s writes: a scoped name or path, a word
// written as a package (an inner hyphen, dot or underscore, lower case)
// beside a channel's or a registry's word or a version, a quoted word,
// the name a version or an appositive tells ("versions of arvoro, a
// configuration loader"), a capitalised product before a channel's word
// ("Arvoro Notes extension") or a list's "among them".
func pk16Packages(ws []titleWord, s string, title bool) []string {
	out := pk15Paths(nil, s)
	add := func(n string) {
		n = pk15Trim(n)
		l := strings.ToLower(n)
		if n == "" || !pk16Opens(n) || packageKinds[l] || pk15Contains(out, n) || pk15Covered(out, l) || pk15Registry(n) || quantities[l] || generic[l] ||
			pk16StrayWords[l] || pk15NotNames[l] || techKinds[l] || pk16Ecosystems[l] || versionWord(n) {
			return
		}
		out = append(out, n)
	}
	for i, w := range ws {
		l := lower(w)
		prev, next := "", ""
		if i > 0 && !ws[i-1].stop {
			prev = lower(ws[i-1])
		}
		if i+1 < len(ws) && !w.stop {
			next = lower(ws[i+1])
		}
		// A hyphen alone marks a package in lower case only
		// ("Third-party", "High-Value" are prose).
		coded := strings.ContainsAny(w.text, "-_.") && w.lc() != strings.ToUpper(w.text) &&
			(strings.ContainsAny(w.text, "_.") || w.text == l) &&
			!pk16Compound(l) && !strings.HasSuffix(l, ".com") && !strings.HasSuffix(l, ".org")
		channel := packageKinds[next] || registryWord(next) || versionWord(next) || packageKinds[prev] || registryWord(prev) ||
			oneOf(prev, "of", "including") && i+1 < len(ws) && versionWord(ws[i+1].text)
		// In a summary, a word written as a package where a name stands:
		// "versions of chalk, debug and ansi-styles", "in the
		// arvoro-aria scope", "The most popular, rest-client, was
		// hijacked", "is eslint-scope, a sub-module".
		named := oneOf(prev, "of", "including", "is", "as", "and", "or") || oneOf(next, "scope", "namespace", "project",
			"repository", "was", "were", "has", "and", "or") || w.stop && w.end < len(s) && s[w.end] == ',' && i > 0 && ws[i-1].stop
		switch {
		case oneOf(next, "account", "accounts", "user", "username", "organization", "org", "maintainer", "publisher"):
			// "published under the tenmark-publisher account": an
			// account's name, no package's.
		case w.quoted && (w.text == l || coded):
			// "npm library 'coa'" ('Verified' is a badge's word)
			add(w.text)
		case coded && (channel || title && w.text == l && strings.IndexByte(l, '.') < 0 || !title && w.text == l && named):
			add(w.text)
		case i >= 2 && oneOf(prev, "of") && oneOf(lower(ws[i-2]), "versions", "version", "releases", "release") && w.stop &&
			i+1 < len(ws) && oneOf(lower(ws[i+1]), "a", "an", "the", "which"):
			// "Versions 1.2.9 and 2.3.9 of arvoro, a configuration loader,"
			add(w.text)
		case w.stop && i+2 < len(ws) && s[w.end] == ',' && oneOf(lower(ws[i+1]), "a", "an") && (pk16KindWithin(ws, i+2) || coded) &&
			(w.text == w.lc() || coded):
			// "maintainer account of arvorojs, a Go library used by ..."
			add(w.text)
		}
	}
	if n := pk15Appositive(s); n != "" {
		add(n) // "The official XRP Ledger JavaScript library, xrpl.js, has been ..."
	}
	for i := 1; i+1 < len(ws); i++ {
		l := lower(ws[i])
		// "legitimate extensions including CodeJoy were updated",
		// "packages such as Arvoro Notes": a product's capitalised
		// words after a channel's plural.
		at := i + 1
		if l == "such" && lower(ws[i+1]) == "as" {
			at = i + 2
		} else if l != "including" {
			at = -1
		}
		if at < 0 || at >= len(ws) || !pk16KindBefore(ws, i) {
			continue
		}
		e := at
		for e < len(ws) && e < at+3 && pk15ProductWord(ws[e].text) && (e == at || !ws[e-1].stop) {
			e++
		}
		if e > at {
			add(s[ws[at].start:ws[e-1].end])
		}
	}
	// "Display Widgets was sold by its original author": a product
	// opening a sentence as the subject of a turning.
	for i := 0; i+2 < len(ws); i++ {
		if i > 0 && !ws[i-1].stop && !(ws[i-1].end < len(s) && ws[i-1].end+1 < len(s) && s[ws[i-1].end] == '.') {
			continue
		}
		e := i
		for e < len(ws) && e < i+3 && pk15ProductWord(ws[e].text) && (e == i || !ws[e-1].stop) {
			e++
		}
		if e == i || e+1 >= len(ws) || !oneOf(lower(ws[e]), "was", "were", "has", "had") ||
			!oneOf(lower(ws[e+1]), "sold", "bought", "acquired", "altered", "hijacked", "compromised", "backdoored",
				"trojanized", "tampered", "poisoned", "modified") {
			continue
		}
		if e-i == 1 && (i == 0 || pk15Opener(ws[i].text)) {
			continue // a capitalised word alone opens any sentence
		}
		add(s[ws[i].start:ws[e-1].end])
	}
	// "Dozens of Chrome extensions hijacked, Arvoro Notes among them"
	for i := 1; i+1 < len(ws); i++ {
		if lower(ws[i]) == "among" && oneOf(lower(ws[i+1]), "them", "those") {
			k := i - 1
			for k >= 0 && k > i-4 && pk15ProductWord(ws[k].text) && (k == i-1 || !ws[k].stop) {
				k--
			}
			if k < i-1 {
				add(s[ws[k+1].start:ws[i-1].end])
			}
		}
	}
	return out
}

// pk16KindWithin reports whether a channel's word ("library",
// "package") comes within three words from i, before a stop.
func pk16KindWithin(ws []titleWord, i int) bool {
	for k := i; k < len(ws) && k < i+3; k++ {
		if packageKinds[lower(ws[k])] {
			return true
		}
		if ws[k].stop {
			break
		}
	}
	return false
}

// pk16Opens reports whether n opens as a name does: a letter, a digit
// or a scope's sign ("~/.ssh" is a file's path).
func pk16Opens(n string) bool {
	c := n[0]
	return c == '@' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// pk16KindBefore reports whether a channel's word comes within three
// words before i ("extensions including", "packages, such as").
func pk16KindBefore(ws []titleWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if packageKinds[lower(ws[k])] {
			return true
		}
	}
	return false
}

// pk16Compound reports whether a hyphenated lower-case word is English
// ("supply-chain", "self-replicating", "password-stealing",
// "open-source"): each part a word of prose, no package's.
func pk16Compound(l string) bool {
	if strings.IndexByte(l, '-') < 0 || strings.ContainsAny(l, "._0123456789") {
		return false
	}
	for _, p := range strings.Split(l, "-") {
		if !pk16Prose[p] && !strings.HasSuffix(p, "ing") && !strings.HasSuffix(p, "ed") && !strings.HasSuffix(p, "ly") {
			return false
		}
	}
	return true
}

// pk16Prose are the parts of English hyphenated words news writes beside
// package compromises.
var pk16Prose = wordSet(`supply chain self open source password credential crypto remote access
	two factor multi second first third stage state sponsored long term high profile
	well known wide spread zero day man in the middle follow up one time real
	world non anti pre post re co sub top tier data cookie wallet drainer
	key token info malware laced ridden based like style year old month week
	day hour million thousand dozen build time end user front back door north
	korean russian chinese iranian pro cyber attack worm bot net file less side
	server client account takeover phishing hijack package typo squat dependency
	confusion star jacking repo all new out off over on party value risk level
	four five six seven eight nine ten twenty hundred decade point step factor
	spread scale wide free safe fake look alike copy cat run stop loss
	prevention protection detection response management add plug`)

// pk16Alert reads package compromises worded without a channel's word
// the other shapes need: a release by its version that ships harm
// ("arvoro-utils 2.3.1 ships info-stealer"), and a package written as
// one, its owner's possessive before it, hit by a supply-chain attack
// ("Solana's web3.js hit by supply-chain attack"). Fakes, typosquats and
// packages the title calls malicious were never trusted.
func (m *Matcher) pk16Alert(title string, hits []hit, question bool) unit {
	if question || pk15IndexFold(title, "supply") < 0 && !pk16ShipWord(title) {
		return unit{}
	}
	words := headline(titleWords(title))
	if len(words) < 3 || untrustedChannel(words) || untrustedSubject(title) || evLookalike(words) {
		return unit{}
	}
	at := 0
	owner := ""
	if span := title[words[0].start:words[0].end]; strings.HasSuffix(span, "'s") || strings.HasSuffix(span, "’s") {
		owner = words[0].text // "Solana's web3.js"
		at = 1
	}
	// "@arvoro/core": a scope's parts are one name.
	e := at
	for e+1 < len(words) && e < at+2 && words[e].slash {
		e++
	}
	if at > 0 && words[0].stop || words[e].stop && e+1 < len(words) && !pk16VersionAt(words, e+1) ||
		!pk16Coded(title, words[at]) && e == at {
		return unit{}
	}
	lo, hi := -1, -1
	k := e + 1
	switch {
	case pk16VersionAt(words, k):
		// "arvoro-utils 2.3.1 ships info-stealer", "arvoro-utils
		// versions 2.3.1 and 2.3.2 carry a stealer"
		for k < len(words) && (pk16VersionAt(words, k) || oneOf(lower(words[k]), "and", "version", "versions", "through", "to")) {
			k++
		}
		if k+1 < len(words) && pk16Ships[lower(words[k])] && pk16Harm(words, k+1) {
			lo, hi = at, k+1
		}
	case k+3 < len(words) && oneOf(lower(words[k]), "hit", "compromised", "hijacked", "backdoored", "poisoned") &&
		oneOf(lower(words[k+1]), "by", "in") && pk16SupplyChain(words, k+2):
		lo, hi = at, k+2
	}
	if lo < 0 {
		return unit{}
	}
	u := m.shapeUnit(words, lo, hi, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	start := words[at].start
	if start > 0 && title[start-1] == '@' {
		start--
	}
	u.vendors = []trust.VendorHit{m.hitFor(pk15Trim(title[start:words[e].end]))}
	if owner != "" {
		u.vendors = append(u.vendors, m.hitFor(owner))
	}
	u.evidence = clean(title)
	return u
}

// pk16ShipWord is the cheap check for a release's shipping verb.
func pk16ShipWord(title string) bool {
	for _, v := range []string{" ships ", " shipped ", " carries ", " carry ", " delivers ", " drops ", " contains ", " contain "} {
		if strings.Contains(title, v) {
			return true
		}
	}
	return false
}

// pk16Ships are the verbs a turned release takes in a title.
var pk16Ships = wordSet(`ships shipped carries carry delivers drops contains contain pushes installs
	steals steal`)

// pk16Harm reports whether a word of harm comes within three words from
// i ("an info-stealer", "credential-stealing code", "a backdoor").
func pk16Harm(ws []titleWord, i int) bool {
	for k := i; k < len(ws) && k < i+4; k++ {
		l := lower(ws[k])
		if pk15Found[l] || strings.HasSuffix(l, "stealer") || strings.HasSuffix(l, "stealing") || oneOf(l, "malicious", "rat",
			"wiper", "ransomware", "loader", "backdoor", "credentials", "keys", "secrets", "tokens", "passwords") {
			return true
		}
		if ws[k].stop {
			break
		}
	}
	return false
}

// pk16VersionAt reports whether word k is a release's version
// ("2.3.1", "v2.3.1", "versions").
func pk16VersionAt(ws []titleWord, k int) bool {
	if k >= len(ws) {
		return false
	}
	t := strings.TrimPrefix(ws[k].text, "v")
	return t != "" && t[0] >= '0' && t[0] <= '9' && strings.IndexByte(t, '.') > 0 || oneOf(lower(ws[k]), "version", "versions")
}

// pk16SupplyChain reports whether words from k say "supply chain" or
// "supply-chain".
func pk16SupplyChain(ws []titleWord, k int) bool {
	for e := k + 2; k < len(ws) && k < e; k++ {
		l := lower(ws[k])
		if l == "a" || l == "an" {
			continue
		}
		return l == "supply-chain" || l == "supply" && k+1 < len(ws) && lower(ws[k+1]) == "chain"
	}
	return false
}

// pk16Coded reports whether the word w is written as a package: a
// scope, or an inner dot, hyphen or underscore with lower-case letters
// ("web3.js", "arvoro-utils"), no English compound.
func pk16Coded(title string, w titleWord) bool {
	t := w.text
	if w.start > 0 && title[w.start-1] == '@' {
		return true
	}
	l := strings.ToLower(t)
	if !strings.ContainsAny(t, "-_.") || l == strings.ToUpper(t) || pk16Compound(l) || versionWord(t) {
		return false
	}
	return t == l || strings.ContainsAny(t, "._") && strings.ToLower(t[1:]) == t[1:]
}

// pk16AfterTurn reports whether a package compromise's title tells the
// package turned in its clause after "after", and its harm or its
// turning before it: "arvoro-utils turns malicious after maintainer
// account takeover", "Crypto wallets drained after arvoro-utils npm
// package hijacked". Both clauses are the day's news of the turn, not a
// past event looked back on (afterClause).
func pk16AfterTurn(title string, u *unit) bool {
	if u.category != trust.CategoryOSS {
		return false
	}
	words := titleWords(title)
	for i := 1; i+1 < len(words); i++ {
		if lower(words[i]) != "after" {
			continue
		}
		before := false
		for k := 0; k < i; k++ {
			l := lower(words[k])
			if oneOf(l, "removes", "removed", "pulls", "pulled", "revokes", "suspends", "bans", "blocks", "warns", "sues") {
				return false // a registry's or a victim's response since
			}
			before = before || pk16Turned[l] || pk16Ships[l]
		}
		channel, turned := false, false
		for _, w := range words[i+1:] {
			l := lower(w)
			channel = channel || packageKinds[l] || registryWord(w.text) || oneOf(l, "maintainer", "maintainers", "maintainer's",
				"developer", "developer's", "account", "token", "publisher")
			turned = turned || pk16Turned[l] || oneOf(l, "takeover", "hijack", "phished", "phishing", "stolen", "theft", "leaked")
		}
		return before && channel && turned
	}
	return false
}

// pk16Turned are the words that tell a package turned or its harm.
var pk16Turned = wordSet(`hijacked compromised backdoored trojanized poisoned tampered malicious drained
	loses lost stolen infected laced`)

// pk16Lookalike reports whether a package compromise's title tells
// another news: a platform's action on an account ("GitHub suspends
// account of developer who sabotaged colors and faker"), or a registry
// taking down packages or images the title names by their harm alone
// ("Backdoored images downloaded 5 million times finally removed from
// Docker Hub"): packages never trusted, no channel turned; or a
// takeover whose summary says nothing malicious shipped, past its first
// sentence.
func pk16Lookalike(title, text string) bool {
	if harmlessTakeover(pk16Head(text)) {
		return true // "Packagist says the forks contained no malicious code"
	}
	words := titleWords(title)
	for v := 1; v+1 < len(words); v++ {
		l := lower(words[v])
		if oneOf(l, "suspends", "suspended", "bans", "banned", "locks", "locked", "restores", "reinstates", "disables", "terminates") {
			for k := v + 1; k < len(words) && k <= v+3; k++ {
				if oneOf(lower(words[k]), "account", "accounts") {
					return true
				}
			}
		}
		if !oneOf(l, "removed", "pulled", "purged", "deleted", "yanked") || !oneOf(lower(words[v+1]), "from", "off") {
			continue
		}
		registry := false
		for k := v + 2; k < len(words) && k <= v+4; k++ {
			registry = registry || registryWord(words[k].text) || oneOf(lower(words[k]), "registry", "marketplace", "store", "hub")
		}
		harm, kind := false, false
		for k := 0; k < v; k++ {
			w := lower(words[k])
			if oneOf(w, "hijacked", "compromised", "trojanized", "turned") || pk16Coded(title, words[k]) {
				return false // a trusted package's turn, told with its pull
			}
			harm = harm || oneOf(w, "backdoored", "malicious", "rogue", "fake", "typosquatted", "poisoned", "tainted", "infected")
			kind = kind || oneOf(w, "packages", "images", "extensions", "plugins", "libraries", "modules", "gems", "crates", "apps", "add-ons")
		}
		return registry && harm && kind
	}
	return false
}

// pk16LureOnly reports whether every word of ws that calls something a
// typosquat or an impersonation calls a phishing lure so ("a maintainer's
// npm token was stolen through a typosquatted npmjs login page"): the
// way in to a trusted package, no package never trusted.
func pk16LureOnly(ws []titleWord) bool {
	for i, w := range ws {
		if !setHasLower(untrustedLead, strings.TrimRight(w.text, ".")) {
			continue
		}
		lure := false
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			lure = lure || oneOf(lower(ws[k]), "login", "page", "domain", "site", "website", "portal", "email", "emails")
		}
		if !lure {
			return false
		}
	}
	return true
}
