package match

import (
	"strings"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Alerts that name a word that is no name. The shapes that find an event
// read a name beside their own words, and a headline may put there a word
// of its own grammar: a participle ("Go module repo taken over"), an
// adverb ("add-ons quietly turned into spyware"), an ordinal ("second
// widely used npm package compromised"), the verb of a phrasal verb
// ("images rack up 2 million pulls"), a badge in quotes ("extensions
// with 'Featured' badges"), a kind of thing ("developer machine hack",
// "analytics vendor's update"), or a platform the news is credited to
// ("GitHub: 26 open-source projects were quietly backdoored"). None of
// them is the vendor. nonNameVendors reads the lead for the package or
// product it names (a code-like or quoted name, one after "including",
// "among them", "versions of", the subject of the lead's turned words);
// for a registry-counted campaign with nothing better the registry is
// named as written; otherwise the word is dropped, and an alert left
// naming nothing is dropped too: a post under "taken" reaches no one who
// watches a vendor. A word the title quotes as a name ("npm package
// 'is'") or writes like code is a name whatever English word it is.

// nonNameVendors corrects u's unlisted vendors that are no name. It
// returns false when the alert is left naming nothing.
func (m *Matcher) nonNameVendors(title, lead string, u *unit) bool {
	if len(u.vendors) == 0 {
		return true
	}
	words := headline(titleWords(title))
	var lw []titleWord
	leadWords := func() []titleWord { // split once, when a row needs them
		if lw == nil {
			lw = titleWords(lead)
		}
		return lw
	}
	out := u.vendors[:0:0]
	changed := false
	for _, v := range u.vendors {
		listed := !v.Unlisted || v.Class != ""
		// "GitHub: ..." credits the platform; a title that counts a
		// registry's packages ("Featured Chrome extensions turned into
		// data stealers") names none: the lead's one named package is
		// the vendor when it names one (leadForRegistry reads the
		// channel's own forms first).
		if lead != "" && (listed && credited(words, v) ||
			!listed && u.category == trust.CategoryOSS && registryWord(v.Name) && registriesIn(words) == 1) {
			if n := leadNamed4(leadWords(), lead, v.Name); n != "" {
				out = append(out, m.hitFor(n))
				changed = true
				continue
			}
		}
		if listed {
			out = append(out, v)
			continue
		}
		s, e := findName(words, v.Name)
		bad := false
		if u.category == trust.CategoryOSS && registryWord(v.Name) {
			if n := titleCodeName(words); n != "" {
				out = append(out, m.hitFor(n)) // "Now ua-parser-js: popular npm library hijacked"
				changed = true
				continue
			}
		}
		if s >= 0 {
			bad = s == e && nonNameWord(words, s) && !(lead != "" && capitalInLead(leadWords(), v.Name)) || credited(words, v) || kindOnly(title, words, s, e) || noName(v.Name)
		} else if lead != "" {
			if ls, le := findName(leadWords(), v.Name); ls >= 0 && ls == le {
				bad = nonNameWord(lw, ls)
			}
			bad = bad || noName(v.Name)
		}
		if !bad {
			out = append(out, v)
			continue
		}
		changed = true
		if n := gluedName(title); n != "" && !strings.EqualFold(n, v.Name) {
			out = append(out, m.hitFor(n))
			continue
		}
		if n := quotedTitleName(words); n != "" && !strings.EqualFold(n, v.Name) {
			out = append(out, m.hitFor(n)) // "Now 'rc' too: second ... package compromised"
			continue
		}
		if lead != "" {
			if n := leadNamed4(leadWords(), lead, v.Name); n != "" {
				if strings.Contains(lead, "@"+n) {
					n = "@" + n // "@quux/colorlib": the scope is part of the name
				}
				out = append(out, m.hitFor(n))
				continue
			}
		}
		if u.category == trust.CategoryOSS {
			if n := titleCodeName(words); n != "" && !strings.EqualFold(n, v.Name) {
				out = append(out, m.hitFor(n))
				continue
			}
			if n := nameBeforeRegistry(words); n != "" && !strings.EqualFold(n, v.Name) && !techTerms[strings.ToLower(n)] { // not "PHP library"
				out = append(out, m.hitFor(n)) // "Nx Console VS Code extension"
				continue
			}
			if r := registryName(words, 0, len(words)-1); r != "" && !strings.EqualFold(r, v.Name) {
				out = append(out, trust.VendorHit{Name: r, Term: r, Unlisted: true})
				continue
			}
		}
		if credited(words, v) {
			out = append(out, v) // the platform is all the article gives
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

// nonNameWord reports whether the single word at i is a word of the
// headline's grammar rather than a name: a participle or an adverb, an
// ordinal, a phrasal verb before its particle, a badge in quotes. A word
// written like code ("debug", "rc" stay names: they are none of these)
// or quoted alone, not before a badge, is a name.
func nonNameWord(words []titleWord, i int) bool {
	w := words[i]
	l := w.lc()
	if strings.ContainsAny(l, "-._/@{}+0123456789") {
		return false
	}
	next := ""
	if i+1 < len(words) && !w.stop {
		next = words[i+1].lc()
	}
	if w.quoted {
		// "extensions with 'Featured' badges": a label, not a name.
		return badgeNouns[next]
	}
	lower := !hasUpperOrDigit(w.text)
	// Capitalised, a grammar word is only where sentence case puts a
	// capital anyway: the headline's first word.
	if !lower && i > 0 {
		return false
	}
	switch {
	case ordinals[l], grammarAdverbs[l], irregularParticiples[l]:
		return true
	case len(l) > 5 && strings.HasSuffix(l, "ed"):
		return true
	case len(l) > 5 && strings.HasSuffix(l, "ly") && next != "" && (strings.HasSuffix(next, "ed") || irregularParticiples[next]):
		return true // "quietly turned", "silently hijacked"
	case phrasalParticles[next] && i+1 < len(words) && !words[i+1].quoted:
		return true // "rack up", "taken over", "wipe out"
	}
	return false
}

// quotedTitleName is the one word a title quotes as a name (not a badge:
// "with 'Featured' badges"), or "".
func quotedTitleName(words []titleWord) string {
	for i, w := range words {
		if w.quoted && !nonNameWord(words, i) && vendorName(w.text) && !registryWord(w.text) && !ordinals[w.lc()] {
			return w.text
		}
	}
	return ""
}

// nameBeforeRegistry is the capitalised name a title puts right before
// the registry its package is of ("Nx Console VS Code extension"), or "".
func nameBeforeRegistry(words []titleWord) string {
	for i := 1; i < len(words); i++ {
		l := words[i].lc()
		pair := i+1 < len(words) && registryPairs[l+" "+words[i+1].lc()] != ""
		if !registries[l] && !pair {
			continue
		}
		if n := nameBefore(words, i, false); n != "" && hasUpperOrDigit(n) && !registryWord(n) {
			if s, _ := findName(words, n); s >= 0 && !nonNameWord(words, s) {
				return n
			}
		}
		return ""
	}
	return ""
}

// kindOnly reports whether the name at s..e is a kind of thing the title
// names in lower case, not a name: "developer machine hack", "namespace",
// "analytics vendor's update".
func kindOnly(title string, words []titleWord, s, e int) bool {
	if s != e || hasUpperOrDigit(words[s].text) || words[s].quoted {
		return false
	}
	l := words[s].lc()
	if kindNouns[l] || generic[l] {
		return true
	}
	if describeWords[l] && s+1 < len(words) && generic[words[s+1].lc()] {
		raw := title[words[s+1].start:words[s+1].end]
		return strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")
	}
	return false
}

// credited reports whether v is the platform or authority a "<Name>:"
// title credits the news to: "GitHub: 26 open-source projects were
// quietly backdoored", "CISA: ...".
func credited(words []titleWord, v trust.VendorHit) bool {
	if len(words) < 3 {
		return false
	}
	for e := 0; e < 2 && e < len(words)-2; e++ {
		if !words[e].stop || words[e].dash {
			continue
		}
		n := joinSpan(words, 0, e)
		l := strings.ToLower(n)
		if !platformActors[l] && !authorities[l] && !creditors[l] {
			return false
		}
		return strings.EqualFold(n, v.Name) || strings.EqualFold(n, v.Term)
	}
	return false
}

// leadNamed4 is the package or product a lead names, other than avoid:
// the forms leadPackageNamed reads, a name in quotes, one written like
// code next to a channel word, the product the lead says was turned, or
// the lead's subject.
func leadNamed4(lw []titleWord, lead, avoid string) string {
	ok := func(n string) bool {
		l := strings.ToLower(n)
		return n != "" && !strings.EqualFold(n, avoid) && vendorName(n) && !threatActor(lw, n) && !actorName(n) &&
			!registryWord(n) && !quantities[l] && !leadChannels[l] && !generic[l] && !actors[l] && !authorities[l] &&
			!platformActors[l] && !ordinals[l] && !campaignNamed(lw, n)
	}
	if n := gluedName(lead); ok(n) {
		return n // "Safe{Wallet}'s web interface"
	}
	if n := quotedInLead(lead); ok(n) {
		return n
	}
	if n := amongThem(lw); ok(n) {
		return n
	}
	if n := andOthers(lw); ok(n) {
		return n
	}
	if n := leadPackageNamed(lw, lead); ok(n) {
		return n
	}
	if n := codeNameInLead(lw); ok(n) {
		return n
	}
	if n := leadVendor(lw, lead); ok(n) {
		return n
	}
	if n := leadHolder(lw); ok(n) {
		return n // "the Contec CMS8000 contains hidden functionality" (names5.go)
	}
	if n := leadSubject(lead, lw, avoid, ""); ok(n) {
		return n
	}
	// A possessive in s' ("breached Quuxmetrics' build system").
	for k, w := range lw {
		if k > 0 && w.end < len(lead) && lead[w.end] == '\'' && strings.HasSuffix(w.text, "s") && hasUpperOrDigit(w.text) &&
			(w.end+1 == len(lead) || lead[w.end+1] == ' ') && !lw[k-1].stop {
			if n := nameEnding(lw, k); ok(n) {
				return n
			}
		}
	}
	return ""
}

// campaignNamed reports whether the lead calls n a campaign, worm or
// piece of malware ("the 'GlassWorm' campaign").
func campaignNamed(lw []titleWord, n string) bool {
	if s, e := findName(lw, n); s >= 0 && e+1 < len(lw) {
		next := lw[e+1].lc()
		return campaignBefore(lw, e, "") || wormWord(next) || malwareWords[next] || malwareNouns[next] || attackers[next]
	}
	return false
}

// amongThem is the name a lead gives after "among them is" ("Among them
// is Geco Colorpick, a color picker ..."). "Including" and "such as" are
// read only after a channel word (leadPackage): "companies such as
// Zorblat" are victims, not packages.
func amongThem(lw []titleWord) string {
	for i := 0; i+2 < len(lw); i++ {
		l := lw[i].lc()
		k := -1
		switch {
		case l == "among" && oneOf(lw[i+1].lc(), "them", "those", "these", "victims") && !lw[i+1].stop:
			k = i + 2
			if k < len(lw) && oneOf(lw[k].lc(), "is", "are", "was", "were") {
				k++
			}
		}
		if k < 0 || k >= len(lw) {
			continue
		}
		if n := slashName(lw, k, nameAfter(lw, k, true, true)); n != "" && !threatActor(lw, n) {
			return n
		}
	}
	return ""
}

// registriesIn counts the registries a title names: "Python and PHP
// libraries" names two, whose packages the lead pairs off
// (renameVendors reads them).
func registriesIn(words []titleWord) int {
	n := 0
	for _, w := range words {
		if registries[w.lc()] {
			n++
		}
	}
	return n
}

// andOthers is the name a lead puts before "and 17 other extensions",
// "and several others": the one it names of those it counts.
func andOthers(lw []titleWord) string {
	for i := 1; i+2 < len(lw); i++ {
		if !strings.EqualFold(lw[i].text, "and") || lw[i-1].stop {
			continue
		}
		k := i + 1
		if isNumber(lw[k].text) || quantities[lw[k].lc()] {
			k++
		}
		if k >= len(lw) || !oneOf(lw[k].lc(), "other", "others") {
			continue
		}
		if n := nameBefore(lw, i, false); n != "" && (hasUpperOrDigit(n) || packageToken(n)) {
			return n
		}
	}
	return ""
}

// gluedName is a name written as one token with braces ("Safe{Wallet}"),
// which the word splitter cuts in two, less a possessive.
func gluedName(s string) string {
	i := strings.IndexByte(s, '{')
	if i <= 0 || !isTitleRuneAt(s, i-1) {
		return ""
	}
	st := strings.LastIndexFunc(s[:i], func(r rune) bool { return !isTitleRune(r) && r != '.' && r != '-' && r != '_' })
	if st >= 0 {
		_, n := utf8.DecodeRuneInString(s[st:])
		st += n
	} else {
		st = 0
	}
	e := strings.IndexByte(s[i:], '}')
	if e < 0 {
		return ""
	}
	n := s[st : i+e+1]
	if strings.ContainsAny(n, " ") || !isTitleRuneAt(n, 0) {
		return ""
	}
	return n
}

// quotedInLead is the first name of one to four words a lead puts in
// quotes ("including 'Quux Dark Reader' and ..."), or "".
func quotedInLead(lead string) string {
	for i := 0; i < len(lead); i++ {
		c := lead[i]
		var closing string
		switch {
		case c == '\'' || c == '"':
			closing = string(c)
		case strings.HasPrefix(lead[i:], "‘"):
			closing = "’"
		case strings.HasPrefix(lead[i:], "“"):
			closing = "”"
		default:
			continue
		}
		if i > 0 && lead[i-1] != ' ' && lead[i-1] != '(' {
			continue // an apostrophe inside or after a word
		}
		open := i + 1
		if c >= 0x80 {
			open = i + 3
		}
		j := strings.Index(lead[open:], closing)
		if j <= 0 {
			return ""
		}
		q := lead[open : open+j]
		end := open + j + len(closing)
		if end < len(lead) && isTitleRuneAt(lead, end) || len(strings.Fields(q)) > 4 || strings.ContainsAny(q, ",;:.!?") ||
			!isTitleRuneAt(q, 0) {
			i = open + j
			continue
		}
		return q
	}
	return ""
}

// codeNameInLead is a name written like code in a lead ("@quux/colorlib",
// "zorbsdk-js") or in lower case next to a channel word ("the zorbtunnel
// GitHub repository", "of the coa package", "maintainer of zorbparse").
func codeNameInLead(lw []titleWord) string {
	for i, w := range lw {
		l := w.lc()
		if hasUpperOrDigit(w.text) || !packageToken(l) || stopWords[l] || hyphenAdjective(l) || leadChannels[l] ||
			registryWord(l) || channelModifiers[l] || kindNouns[l] || generic[l] || releasePart(l) {
			continue
		}
		coded := strings.ContainsAny(l, "-_/") || i > 0 && lw[i-1].slash
		before := false
		for k := i + 1; k < len(lw) && k <= i+2 && !lw[k-1].stop; k++ {
			lk := lw[k].lc()
			if leadChannels[lk] || lk == "repo" || lk == "maintainer" || lk == "maintainers" { // "a quux-tls maintainer"
				// Before a plural, a plain word describes the many
				// ("public repositories", "established crates"); one
				// package is named before the singular, and a plural
				// before a plural is an owner ("victims' packages",
				// left to the readers after: names6.go).
				before = coded || !pluralChannel(lk) || strings.HasSuffix(l, "s") && !participle(l)
				break
			}
			if !registryWord(lk) && !channelModifiers[lk] {
				break
			}
		}
		after := i > 0 && !lw[i-1].stop && (oneOf(lw[i-1].lc(), "compromised", "hijacked", "backdoored", "behind") ||
			lw[i-1].text == "of" && ofOwner(lw, i-1) && !inflectedWord(l) ||
			leadChannels[lw[i-1].lc()] && !strings.HasSuffix(lw[i-1].lc(), "s") && !participle(l) ||
			releasedAs(lw, i) || codeAddedTo(lw, i))
		// A hyphen alone is English as often as code ("self-spreading",
		// "command-line"): such a word needs a channel word beside it.
		if !before && !after && !(coded && strings.ContainsAny(l, "_/")) && !(i > 0 && lw[i-1].slash) {
			continue
		}
		if i > 0 && lw[i-1].slash && i > 1 {
			return lw[i-1].text + "/" + w.text
		}
		if w.slash && i+1 < len(lw) {
			return w.text + "/" + lw[i+1].text
		}
		return w.text
	}
	return ""
}

// releasedAs reports whether word i is what a release verb put out, as
// its version shows: "publish zorbmail 4.2.0", "pushed quux-mq v1.7.1".
func releasedAs(lw []titleWord, i int) bool {
	if i == 0 || i+1 >= len(lw) || lw[i].stop {
		return false
	}
	v := strings.TrimPrefix(lw[i+1].lc(), "v")
	verb := lw[i-1].lc()
	return (publishVerbs[verb] || oneOf(verb, "pushed", "push", "uploaded", "republished", "shipped")) && isNumber(v) && strings.Contains(v, ".")
}

// codeAddedTo reports whether word i is what code was added to: "added code
// to quuxhooks", "injected a backdoor into zorbsync".
func codeAddedTo(lw []titleWord, i int) bool {
	if i < 2 || !oneOf(lw[i-1].lc(), "to", "into") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5 && !lw[k].stop; k-- {
		if oneOf(lw[k].lc(), "added", "adding", "injected", "injecting", "inserted", "planted", "slipped", "committed") {
			return true
		}
	}
	return false
}

// titleCodeName is a name the title writes like code ("Now ua-parser-js:
// popular npm library hijacked"), or "": not a payload or tool the
// title says the attack used.
func titleCodeName(words []titleWord) string {
	for i, w := range words {
		l := w.lc()
		if i > 0 && oneOf(words[i-1].lc(), "using", "via", "with", "through", "dubbed", "called", "named", "drops", "drop") {
			continue // the payload or the tool ("using bundle.js to steal credentials")
		}
		if codeName(w.text) && packageToken(w.text) && nameWord(w) && !registryWord(w.text) && !leadChannels[l] &&
			!englishCompounds[l] && !isNumber(strings.TrimPrefix(l, "v")) {
			return w.text
		}
	}
	return ""
}

var (
	ordinals = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth
		another latest 1st 2nd 3rd 4th 5th`)
	grammarAdverbs = wordSet(`quietly secretly silently briefly reportedly allegedly apparently
		covertly stealthily suddenly now also again still once newly widely`)
	irregularParticiples = wordSet(`taken stolen hidden broken given written shown known seen
		done gone made sold found caught bought built spread hit shut overtaken
		undertaken ridden slipped swept`)
	// englishCompounds are hyphenated words of news English a title
	// may hold beside a package it does not name.
	englishCompounds = wordSet(`zero-day zero-days zero-click two-factor multi-factor e-mail built-in
		real-time long-term short-lived follow-up sign-in log-in add-on add-ons co-founder
		anti-virus plug-in plug-ins pre-release re-release one-time open-vsx command-line year-old`)
	phrasalParticles = wordSet("up over out off down away")
	badgeNouns       = wordSet(`badge badges label labels tag tags status seal seals checkmark
		checkmarks mark marks icon icons`)
	kindNouns = wordSet(`machine machines namespace namespaces repo repos repository repositories
		project projects module modules account accounts laptop laptops workstation
		computer computers server servers pipeline pipelines registry maintainer maintainers`)
	// creditors are authorities and research teams news credits a
	// finding to; vendors that are themselves often the news are left out.
	creditors = set("cisa", "fbi", "nsa", "ncsc", "europol", "interpol", "mandiant", "socket", "snyk", "sonatype", "jfrog",
		"phylum", "reversinglabs", "aikido", "unit 42", "talos", "cisco talos", "proofpoint")
)
