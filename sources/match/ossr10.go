package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The tenth round's package names (testdata/ossr10.tsv): package news
// that names its packages as a list beside a count or a channel ("Worm
// hits @ctrl/tinycolor and 40 other npm packages", "chalk, debug and 16
// other npm packages", "WordPress plugins including Social Warfare, Blaze
// Widget and ...") is about those packages, never about the registry
// ("npm"), the browser ("Chrome") or one word of a listed name
// ("Multi-Step"); a kind the lead lists ("including screen capture and
// ad-blocking tools") is no name; a firm's extension named for its
// browser is the firm's when the lead has the firm speak of "its
// extension". A project hacked through a malicious commit to its
// repository is a package compromise. And the look-alike: who a known
// attack first went after ("Coinbase was the original target of the
// GitHub Actions supply chain attack") is an analysis, not news.

var (
	// ossr10Connectors join a list's names to the count of the others.
	ossr10Connectors = wordSet("and plus among alongside")
	// ossr10Others come between a count and its channel.
	ossr10Others = wordSet("other others more additional")
	// ossr10Hosts are where packages live, written as a name: a registry
	// read as the vendor names no package.
	ossr10Hosts = wordSet(`actions marketplace marketplaces store web hub vsx add-ons addons
		gallery registry`)
	// ossr10Sayings make a lead's first name its speaker ("Cyberhaven
	// says an attacker ...").
	ossr10Sayings = wordSet(`says said told confirmed confirms warned warns disclosed discloses
		announced announces reported reports admitted admits`)
	// ossr10Intent mark who an attack was meant for: "original target",
	// "initially targeted", "first went after".
	ossr10Intent = wordSet(`original originally initial initially real intended first true actual
		primary ultimate main`)
	// ossr10Turns are the verbs a title listing packages needs to be
	// news of their compromise: the package turn verbs (evStrong) and a
	// worm's.
	ossr10Turns = union(evStrong, wormVerbs, wordSet("spreads spread taints tainted trojanised poisoning"))
	// ossr10KindTails end a description a lead lists ("screen capture and
	// ad-blocking tools"), not names.
	ossr10KindTails = wordSet(`tools tool apps utilities ones extensions add-ons plugins packages
		libraries software programs blockers managers downloaders recorders`)
)

// ossr10List reads the packages s (a title or a lead, split into words)
// lists at a package channel: "X, Y and 16 other npm packages", "X among
// 25 npm packages", "X and dozens of PyPI projects" (the names before a
// count), "extensions, including X, Y and Z" (the names after). It
// returns at most five names, in order, and the channel word's index; no
// names when the words list none.
func ossr10List(s string, words []titleWord) ([]string, int) {
	for c := 1; c < len(words); c++ {
		if !ossr10ListKind(words, c) {
			continue
		}
		if names := ossr10Before(s, words, c); len(names) > 0 {
			return names, c
		}
		if names := ossr10After(s, words, c); len(names) > 0 {
			return names, c
		}
	}
	return nil, -1
}

// ossr10ListKind: a package channel a list counts ("packages",
// "extensions", "PyPI projects"), not a release or a repository.
func ossr10ListKind(words []titleWord, c int) bool {
	lw := lower(words[c])
	if releaseNouns[lw] || strings.HasPrefix(lw, "repo") || lw == "dependency" || lw == "dependencies" {
		return false
	}
	if channelKind(words, c) == chOSS {
		return true
	}
	// "20 other PyPI projects", "Chrome add-ons": a registry's projects.
	return (lw == "projects" || lw == "themes" || lw == "apps") && c > 0 && (registryWord(words[c-1].text) || ossr10Hosts[lower(words[c-1])])
}

// ossr10Before reads the names before a counted channel at c: "X, Y and
// 16 other npm packages".
func ossr10Before(s string, words []titleWord, c int) []string {
	j := c - 1
	for j >= 0 && !words[j].stop && (channelModifiers[lower(words[j])] || registryWord(words[j].text) || ossr10Hosts[lower(words[j])]) {
		j-- // "other popular npm", "other Open VSX"
	}
	others, counted := false, false
	if j >= 0 && ossr10Others[lower(words[j])] {
		others = true
		j--
	}
	switch {
	case j >= 0 && (isNumber(strings.TrimSuffix(lower(words[j]), "+")) || quantities[lower(words[j])]):
		counted = true
		j--
	case j >= 1 && lower(words[j]) == "of" && (quantities[lower(words[j-1])] || isNumber(lower(words[j-1]))):
		counted = true // "dozens of npm packages"
		j -= 2
	}
	if !others && !counted || j < 1 || !ossr10Connectors[lower(words[j])] {
		return nil
	}
	var names []string
	e := j - 1
	for e >= 0 && len(names) < 5 {
		n, s0 := ossr10NameEnding(s, words, e, len(names) == 0)
		if n == "" {
			break
		}
		names = append([]string{n}, names...)
		p := s0 - 1
		if p < 0 || !words[p].stop || words[p].dash || words[p].end >= len(s) || s[words[p].end] != ',' {
			break
		}
		e = p
	}
	return names
}

// ossr10NameEnding reads the listed name ending at word e and returns it
// with its first word's index ("" when the word names nothing). A name
// in lower case is one package token, scoped or pathed as written
// ("@ctrl/tinycolor"); a capitalised one runs back over up to five
// capitalised words ("Contact Form 7 Multi-Step Addon"). The last item
// of a list (last) ends before its connector, never at a stop but a
// comma.
func ossr10NameEnding(s string, words []titleWord, e int, last bool) (string, int) {
	w := words[e]
	if last && w.stop && (w.end >= len(s) || s[w.end] != ',') {
		return "", 0
	}
	if w.quoted {
		return w.text, e
	}
	if !nameWord(w) {
		return "", 0
	}
	if !hasUpperOrDigit(w.text) {
		if !packageToken(w.text) {
			return "", 0
		}
		st := e
		for st > 0 && words[st-1].slash && words[st-1].end+1 == words[st].start && !words[st-1].stop {
			st--
		}
		b := words[st].start
		if b > 0 && s[b-1] == '@' {
			b--
		}
		return s[b:w.end], st
	}
	st := e
	for st > 0 && st > e-5 && !words[st-1].stop && ossr10RunWord(words[st-1]) {
		st--
	}
	for st < e && !nameWord(words[st]) {
		st++ // a run starts with a name's word, not its number
	}
	n := nameSpan(words, st, e)
	if n == "" {
		return "", 0
	}
	if b := words[st].start; b > 0 && s[b-1] == '@' {
		n = "@" + n
	}
	return n, st
}

// ossr10After reads the names after a channel at c: "extensions,
// including X, Y and Z", "such as X and Y". A lower-case item is one
// token followed by the list's punctuation, a connector or the end:
// "including screen capture and ad-blocking tools" lists kinds, and so
// does a list ending in a kind ("tools").
func ossr10After(s string, words []titleWord, c int) []string {
	i := c + 1
	switch {
	case i < len(words) && (lower(words[i]) == "including" || lower(words[i]) == "like"):
		i++
	case i+1 < len(words) && lower(words[i]) == "such" && lower(words[i+1]) == "as":
		i += 2
	default:
		return nil
	}
	var names []string
	for i < len(words) && len(names) < 5 {
		w := words[i]
		if lower(w) == "and" || lower(w) == "or" {
			i++
			continue
		}
		if w.quoted {
			names = append(names, w.text)
			if w.stop && !ossr10Comma(s, w) {
				break
			}
			i++
			continue
		}
		if !nameWord(w) {
			break
		}
		if !hasUpperOrDigit(w.text) {
			if !packageToken(w.text) {
				break
			}
			e := i
			for e+1 < len(words) && words[e].slash && words[e].end+1 == words[e+1].start {
				e++
			}
			if !words[e].stop && e+1 < len(words) && !oneOf(lower(words[e+1]), "and", "or") && !ossr10Turns[lower(words[e+1])] {
				return nil // "including screen capture and ...": a kind
			}
			b := w.start
			if b > 0 && s[b-1] == '@' {
				b--
			}
			names = append(names, s[b:words[e].end])
			if words[e].stop && !ossr10Comma(s, words[e]) {
				break
			}
			i = e + 1
			continue
		}
		e := i
		for e+1 < len(words) && e < i+5 && !words[e].stop && ossr10RunWord(words[e+1]) {
			e++
		}
		n := nameSpan(words, i, e)
		if n == "" {
			break
		}
		names = append(names, n)
		if words[e].stop && !ossr10Comma(s, words[e]) {
			break
		}
		i = e + 1
	}
	if i < len(words) && ossr10KindTails[lower(words[i])] {
		return nil // "including Chinese and Russian tools"
	}
	return names
}

// ossr10RunWord: a word inside a capitalised name a list gives, its
// numbers and kind words included ("Contact Form 7 Multi-Step Addon").
func ossr10RunWord(w titleWord) bool {
	if !hasUpperOrDigit(w.text) {
		return false
	}
	lw := lower(w)
	return nameWord(w) || isNumber(lw) || packageKinds[lw] && w.text != lw
}

// ossr10Comma reports whether the stop after w is a comma, which goes on
// with a list.
func ossr10Comma(s string, w titleWord) bool {
	return !w.dash && w.end < len(s) && s[w.end] == ','
}

// ossr10Alert reads a title that lists the packages a turn hit, which no
// other shape read: "Self-replicating worm hits @ctrl/tinycolor and 40
// other npm packages". The turn is a verb of hijacking or a worm's
// anywhere in the title; fakes, typosquats and packages the title calls
// malicious were never trusted.
func (m *Matcher) ossr10Alert(title string, hits []hit, question bool) unit {
	words := headline(titleWords(title))
	names, c := ossr10List(title, words)
	if len(names) == 0 {
		return m.ossr10Commit(title, words, hits, question)
	}
	if untrustedChannel(words) || untrustedSubject(title) || evLookalike(words) {
		return unit{}
	}
	v := -1
	for i, w := range words {
		if ossr10Turns[lower(w)] && !hypothetical(words, i) {
			v = i
			break
		}
	}
	if v < 0 {
		return unit{}
	}
	lo, hi := min(v, c), max(v, c)
	u := m.shapeUnit(words, lo, hi, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = m.ossr10Hits(names)
	u.evidence = clean(title)
	u.shapeEnd = words[hi].end
	return u
}

// ossr10Hits are the vendor hits of names: a registry vendor's as the
// registry names it, else as written.
func (m *Matcher) ossr10Hits(names []string) []trust.VendorHit {
	out := make([]trust.VendorHit, 0, len(names))
	for _, n := range names {
		out = append(out, m.hitFor(n))
	}
	return out
}

// ossr10Names corrects who a package alert names (after the other name
// rules): a registry, a host or one word of a listed name gives way to
// the packages the title lists, else those the lead lists; a kind the
// lead described ("screen" of "screen capture ... tools") to the
// registry the title names; a browser or registry for a firm's channel to
// the firm the lead has speak of its own extension or package.
func (m *Matcher) ossr10Names(title, lead string, u *unit) {
	if u.category != trust.CategoryOSS && u.category != trust.CategoryCompromise || len(u.vendors) == 0 {
		return
	}
	for _, v := range u.vendors {
		if !v.Unlisted {
			return
		}
	}
	words := headline(titleWords(title))
	first := firstSentence(lead)
	if names, _ := ossr10List(title, words); len(names) > 0 {
		if ossr10Weak(u.vendors, names) {
			// The packages a title lists: a package compromise,
			// whatever rule read it.
			u.vendors = m.ossr10Hits(names)
			u.category = trust.CategoryOSS
		}
		return
	}
	if names, _ := ossr10List(first, titleWords(first)); len(names) > 0 {
		// A lead's list under a title naming none: its first package,
		// as the reports of the compromise name it (names5.go).
		if ossr10Weak(u.vendors, names[:1]) {
			u.vendors = m.ossr10Hits(names[:1])
		}
		return
	}
	if len(u.vendors) != 1 {
		return
	}
	name := u.vendors[0].Name
	if !containsFold(strings.ToLower(title), strings.ToLower(name)) && !codeName(name) {
		// A name the lead alone gives (its maker's, a host's) under a
		// title naming its own project (ossr10TitleOwn); a package in
		// code form is the better name (leadPackageFor).
		if n := ossr10TitleOwn(title, first, words, ossr10Host(name)); n != "" {
			u.vendors = []trust.VendorHit{m.hitFor(n)}
			return
		}
	}
	if !hasUpperOrDigit(name) && ossr10Described(first, name) {
		// "including screen capture and ad-blocking tools": no package
		// named; the reports of the wave meet at the registry.
		if r := registryIn(words, 0, len(words)-1); r != "" {
			u.vendors = []trust.VendorHit{{Name: r, Term: r, Unlisted: true}}
		}
		return
	}
	if ossr10Host(name) && ossr10Owned(title) {
		if n := ossr10Speaker(first); n != "" && !ossr10Host(n) {
			u.vendors = []trust.VendorHit{m.hitFor(n)}
			u.across = true
		}
	}
}

// ossr10Weak reports whether the names an alert gives are weaker than a
// list's: a registry or host, or a word inside a listed name; a listed
// name itself gives way to the whole list.
func ossr10Weak(vendors []trust.VendorHit, names []string) bool {
	for _, v := range vendors {
		if ossr10Host(v.Name) {
			continue
		}
		inside := false
		for _, n := range names {
			if strings.EqualFold(n, v.Name) || len(v.Name) < len(n) && strings.Contains(strings.ToLower(n), strings.ToLower(v.Name)) {
				inside = true
				break
			}
		}
		if !inside {
			return false // a name of the news's own (an owner, a project)
		}
	}
	return true
}

// ossr10Host reports whether n is where packages live rather than one:
// "npm", "Open VSX", "Chrome", "Actions", "Chrome Web Store".
func ossr10Host(n string) bool {
	if registryWord(n) {
		return true
	}
	for _, f := range strings.Fields(n) {
		if lf := strings.ToLower(f); !registryWord(f) && !ossr10Hosts[lf] && !channelModifiers[lf] {
			return false
		}
	}
	return true
}

// ossr10Described reports whether a lower-case name stands in the lead as
// the first word of a kind it lists ("including screen capture and
// ad-blocking tools"): after "including", "like" or "such as", a
// lower-case word follows it that is no verb, connector or channel, and a
// kind ends the list.
func ossr10Described(lead, name string) bool {
	lw := titleWords(lead)
	for i := 1; i+1 < len(lw); i++ {
		if lw[i].text != name || lw[i].stop || !oneOf(lower(lw[i-1]), "including", "like", "as") {
			continue
		}
		nx := lw[i+1]
		if hasUpperOrDigit(nx.text) || stopWords[lower(nx)] || ossr10Turns[lower(nx)] || oneOf(lower(nx), "and", "or") || channelKind(lw, i+1) == chOSS {
			return false
		}
		for k := i + 2; k < len(lw) && k <= i+6; k++ {
			if ossr10KindTails[lower(lw[k])] {
				return true
			}
			if lw[k].stop && !ossr10Comma(lead, lw[k]) {
				break
			}
		}
		return false
	}
	return false
}

// ossr10Owned reports whether the title gives its channel an owner it
// only describes: "Data-loss prevention firm's Chrome extension",
// "Crypto wallet's browser extension".
func ossr10Owned(title string) bool {
	words := titleWords(title)
	for i := 0; i+1 < len(words); i++ {
		w := words[i]
		if w.stop || hasUpperOrDigit(w.text) || !ossr10Possessive(title, w) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if channelKind(words, k) == chOSS {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// ossr10Speaker is the name a lead opens with when it speaks of its own
// channel: "Cyberhaven says an attacker ... published a malicious
// version of its extension".
func ossr10Speaker(lead string) string {
	lw := titleWords(lead)
	if len(lw) < 3 {
		return ""
	}
	n := nameAt(lw, 0)
	if n == "" {
		return ""
	}
	k := len(strings.Fields(n))
	if k >= len(lw) || !ossr10Sayings[lower(lw[k])] {
		return ""
	}
	for i := k + 1; i+1 < len(lw); i++ {
		if lower(lw[i]) != "its" {
			continue
		}
		for j := i + 1; j < len(lw) && j <= i+3; j++ {
			if channelKind(lw, j) == chOSS {
				return n
			}
		}
	}
	return ""
}

// ossr10AimedAt reports whether a title tells whom a known attack was
// first meant for ("Coinbase was the original target of the GitHub
// Actions supply chain attack", "Attackers behind X compromise first went
// after Y") and the lead refers back to the attack ("the attackers
// behind", "last week's incident", "a new analysis"): an analysis of an
// attack already told, not its news. A lead that tells the compromise it
// traces ("The compromise of reviewdog/action-setup ... was initially
// aimed at") is still its first report.
func ossr10AimedAt(title, lead string) bool {
	words := titleWords(title)
	aimed := false
	for i, w := range words {
		lw := lower(w)
		aim := oneOf(lw, "target", "targets", "targeted", "victim", "aim", "aimed") ||
			lw == "went" && i+1 < len(words) && lower(words[i+1]) == "after"
		if !aim {
			continue
		}
		for k := max(0, i-2); k < i; k++ {
			aimed = aimed || ossr10Intent[lower(words[k])]
		}
		if i+1 < len(words) && ossr10Intent[lower(words[i+1])] {
			aimed = true // "targeted first"
		}
	}
	if !aimed {
		return false
	}
	lw := titleWords(firstSentence(lead))
	ws := make([]string, len(lw))
	for i, w := range lw {
		ws[i] = lower(w)
	}
	for i, w := range ws {
		if p9analysis[w] || p9behind[w] || w == "incident" || w == "last" && i+1 < len(ws) && oneOf(ws[i+1], "week", "weekend", "month") {
			return true
		}
	}
	return pastDated(ws)
}

// ossr10StoreAdverbs stand between a store's maker and its verb of
// pulling: "Microsoft also removes The Great Suspender from Edge".
var ossr10StoreAdverbs = wordSet("also too now quietly finally officially likewise similarly")

// ossr10Maker is where the maker of a store's verb at i stands: right
// before it, or before an adverb (store9.go).
func ossr10Maker(words []titleWord, i int) int {
	if i > 1 && ossr10StoreAdverbs[lower(words[i-1])] && !words[i-1].stop {
		return i - 2
	}
	return i - 1
}

// ossr10DisabledForUsers reports whether a store's lead says it turned
// the extension off where users have it installed ("disabled it on
// users' browsers", "remotely deactivated it"): a store does that to
// malware, never for a policy or a dispute (store9.go's reason of
// turning).
func ossr10DisabledForUsers(lw []titleWord) bool {
	for i, w := range lw {
		if !oneOf(lower(w), "disabled", "disables", "deactivated", "deactivates", "disabling", "deactivating") {
			continue
		}
		if i > 0 && lower(lw[i-1]) == "remotely" {
			return true
		}
		for k := i + 1; k < len(lw) && k <= i+5; k++ {
			if oneOf(lower(lw[k]), "users", "users'", "browsers", "machines", "computers", "devices", "remotely", "installations") {
				return true
			}
			if lw[k].stop {
				break
			}
		}
	}
	return false
}

var (
	// ossr10CommitHarm describe a commit or pull request that turned a
	// project: "malicious commit", "rogue developer's malicious commit".
	ossr10CommitHarm = wordSet(`malicious rogue poisoned backdoored tainted sabotaged unauthorized
		unauthorised booby-trapped`)
	// ossr10Hit are what a malicious commit did to the project the title
	// opens with.
	ossr10Hit = wordSet(`hacked drained compromised breached robbed exploited hit attacked
		backdoored looted emptied sabotaged poisoned hijacked trojanized trojanised`)
	// ossr10Through join the project's harm to the commit that did it.
	ossr10Through = wordSet("via through after by with in from using")
)

// ossr10Commit reads a project its own repository turned: "SushiSwap's
// MISO platform hacked via malicious commit", "BlorpFi drained after
// rogue developer's malicious commit". The project opens the title (the
// owner and the product of a possessive both named), a verb of harm
// follows it, and a malicious commit or pull request is how ("via",
// "after", "through"). Commits that could slip in, and commits to fake
// repositories, are no project's news.
func (m *Matcher) ossr10Commit(title string, words []titleWord, hits []hit, question bool) unit {
	ci := -1
	for i, w := range words {
		lw := lower(w)
		if lw == "commit" || lw == "commits" || (lw == "request" || lw == "requests") && i > 0 && lower(words[i-1]) == "pull" {
			ci = i
			break
		}
	}
	if ci < 2 || inWords(words, stFake9) {
		return unit{} // "malicious commits to fake repositories"
	}
	harm := false
	for k := max(0, ci-3); k < ci; k++ {
		harm = harm || ossr10CommitHarm[lower(words[k])]
	}
	if !harm {
		return unit{}
	}
	hv := -1
	for k := 1; k < ci; k++ {
		if ossr10Hit[lower(words[k])] && !hypothetical(words, k) {
			hv = k
			break
		}
	}
	if hv < 0 || !ossr10Through[lower(words[hv+1])] {
		return unit{}
	}
	// The project opens the title; a possessive ends its owner's name
	// and its product follows ("SushiSwap's MISO platform").
	e := 0
	for e+1 < hv && !ossr10Possessive(title, words[e]) && !words[e].stop && hasUpperOrDigit(words[e+1].text) && nameWord(words[e+1]) {
		e++
	}
	if !hasUpperOrDigit(words[0].text) || !nameWord(words[0]) {
		return unit{}
	}
	owner := nameSpan(words, 0, e)
	if owner == "" {
		return unit{}
	}
	names := []string{owner}
	if ossr10Possessive(title, words[e]) && e+1 < hv {
		if n := nameAt(words, e+1); n != "" {
			names = append(names, n)
		}
	}
	u := m.shapeUnit(words, hv, ci, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = m.ossr10Hits(names)
	u.evidence = clean(title)
	u.shapeEnd = words[ci].end
	return u
}

var (
	// ossr10ListWords are a list's count or its "including".
	ossr10ListWords = wordSet("other others more including among")
	// ossr10CommitWords are a commit's; ossr10Requests a pull request's
	// after "pull".
	ossr10CommitWords = wordSet("commit commits")
	ossr10Requests    = wordSet("request requests")
)

// ossr10Open is ossr10Alert's opener (openers.go): a list word with a
// package word among the title's gate words, or a commit word with a
// turn word; one pass over the title's words.
func ossr10Open(title, _ string, g gateBits) bool {
	kind, turn := g.has(gEvKind), g.has(gEvTurn)
	if !kind && !turn {
		return false
	}
	sc := wordScan{s: title}
	pull := false
	for w := sc.next(); w != nil; w = sc.next() {
		if kind && ossr10ListWords[string(w)] || turn && (ossr10CommitWords[string(w)] || pull && ossr10Requests[string(w)]) {
			return true
		}
		pull = string(w) == "pull"
	}
	return false
}

// ossr10Possessive reports whether the word w was written with a
// possessive ("SushiSwap's").
func ossr10Possessive(title string, w titleWord) bool {
	tok := title[w.start:w.end]
	return strings.HasSuffix(tok, "'s") || strings.HasSuffix(tok, "’s")
}

// ossr10TitleOwn is the project a title names as its own, written the
// same in the lead: the name before the title's package channel ("Gravity
// Forms WordPress plugin backdoored"), or, when the alert named only a
// host the lead gave (subject), the name the title opens with ("Top.gg
// Discord bot community hit by supply chain attack" over the lead's
// "GitHub account of a top.gg maintainer"). "" for none.
func ossr10TitleOwn(title, lead string, words []titleWord, subject bool) string {
	if lead == "" {
		return ""
	}
	lw := titleWords(lead)
	inLead := func(n string) bool {
		return n != "" && !ossr10Host(n) && ossr10WholeIn(lw, n)
	}
	for c := 1; c < len(words); c++ {
		if channelKind(words, c) != chOSS || releaseNouns[lower(words[c])] {
			continue
		}
		j := c - 1
		for j > 0 && !words[j].stop && (registryWord(words[j].text) || channelModifiers[lower(words[j])]) {
			j-- // "Gravity Forms WordPress plugin"
		}
		if n, _ := ossr10NameEnding(title, words, j, true); hasUpperOrDigit(n) && inLead(n) {
			return n
		}
		break
	}
	if !subject {
		return ""
	}
	// The longest run of the opening name the lead writes whole
	// ("Top.gg" of "Top.gg Discord bot community").
	f := strings.Fields(nameAt(words, 0))
	for k := len(f); k > 0; k-- {
		if n := strings.Join(f[:k], " "); inLead(n) {
			return n
		}
	}
	return ""
}

// ossr10WholeIn reports whether the words lw hold the name n whole, in
// any case, not as part of a longer capitalised name ("SEO" of "Quux SEO
// Pack").
func ossr10WholeIn(lw []titleWord, n string) bool {
	f := strings.Fields(n)
	for i := 0; i+len(f) <= len(lw); i++ {
		same := true
		for k, p := range f {
			if !strings.EqualFold(lw[i+k].text, strings.TrimPrefix(p, "@")) {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		e := i + len(f) - 1
		before := i > 0 && !lw[i-1].stop && hasUpperOrDigit(lw[i-1].text)
		after := e+1 < len(lw) && !lw[e].stop && hasUpperOrDigit(lw[e+1].text)
		if !before && !after {
			return true
		}
	}
	return false
}
