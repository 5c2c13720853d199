package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/trust"
)

// unlisted finds a trust signal in a title that names no registry vendor,
// and the organisation or product it is about, as written. Headline
// structure decides which side of the signal to read: an active verb
// ("Commerce adds X to...", "bans X", "distrusts X") points after it; a
// passive or a noun ("X backdoored", "X supply chain attack", "backdoor in
// X") is read on both sides, nearer first. The subject is the run of
// words next to the signal that stops at a function word, a verb of the
// headline or punctuation, less the actors (countries, agencies, people's
// roles) and words that name no one in particular ("firm", "apps"). No
// subject, no alert: a trust word alone is not news about a vendor.
func (m *Matcher) unlisted(title, lead string, hits []hit, question bool) unit {
	u := m.scoreUnit(hits, true, false, question)
	if !u.ok || len(u.vendors) > 0 || len(u.signals) == 0 {
		return unit{}
	}
	// A registry vendor in the title that did not count (it reported or
	// acted) is not to come back as an unlisted one.
	for _, h := range hits {
		if m.hasVendor[h.pat] {
			return unit{}
		}
	}
	// Weak signals alone are not enough without a known vendor.
	if u.signals[0].Weight < 3 {
		return unit{}
	}
	words := headline(titleWords(title))
	m.mark(words, hits)
	leadWords := titleWords(lead)
	lifted := liftedListing(u, words)                                 // named3.go
	forces := u.category == trust.CategoryBan && forcesBanGear(words) // leftovers4.go
	// A sanctions authority delisting undoes a listing (names14.go).
	delisted := u.category == trust.CategoryDelisting && nm14SanctionsDelist(words, leadWords)
	if delisted {
		u.category = trust.CategoryReversal
	}
	// Without a word of technology only the action's structure vouches
	// for the name (names14.go).
	tech := techContext(words) || techContext(leadWords) || listedOrDistrusted(u) || lifted || forces || inWords(words, nm12CyberAuthorities)
	// A list's own organisation in the title (known21.go): a CA's operator
	// is technology; a distrust or sanction of one names it.
	known := m.knownIn(words, knownList(u.category))
	tech = tech || known != "" || m.knownIn(words, trust.OrgCA) != ""
	if len(words) == 0 || !m.unlistedContext(u, words, leadWords) && !lifted && !delisted ||
		!tech && !nm14Vouched(u.category, "X", words, leadWords) || // the name is read below: its words are checked there
		!banMotive(u.category, words, leadWords) && !forces && !delisted {
		return unit{}
	}
	titleCase := isTitleCase(words)
	// A name is a vendor's when it is not a place, a technology in
	// general, a threat group or a piece of malware; and, in Title Case,
	// where every word is capitalised, when more evidence vouches for it
	// (next to the signal, a sentence-case headline's structure does).
	accept := func(name string) bool {
		return vendorName(name) && !threatActor(words, name) && !threatActor(leadWords, name) &&
			(!titleCase || confirmed(name, words, titleCase, leadWords) || m.isKnown(name)) && !reporterTail(words, name) // leftovers3.go
	}
	// Each signal in the title, heaviest first, until one has a subject.
	name := m.nameNear(words, hits, u.signals, titleCase, accept)
	if name == "" && lifted {
		name = liftedSubject(words, titleCase, accept) // named3.go
	}
	if name == "" && (lifted || u.category == trust.CategoryReversal || u.category == trust.CategorySanctions) {
		name = holdOfName(words, accept) // "lifts Pentagon blacklisting of Chinese mapping firm Luokung" (leftovers3.go)
	}
	if name == "" {
		name = nm14HeldName(words, u.category, titleCase, accept) // "targets X with sanctions", "X has ties to" (names14.go)
	}
	if name == "" && known != "" && accept(known) {
		name = known // "Mozilla, Google to drop Camerfirma certificates" (known21.go)
	}
	if !tech && !nm14Vouched(u.category, name, words, leadWords) {
		return unit{} // the name the structure holds, or none
	}
	if name == "" {
		// For spying and state links the subject may stand away from
		// the signal ("Lawsuits say Meta evaded privacy settings to spy
		// on users"): the headline's first name. Elsewhere an active
		// verb's object follows it, and a first name is mostly another
		// party.
		if u.category == trust.CategoryEspionage || u.category == trust.CategoryStateLinks {
			// The accused first ("VSSE accused Alibaba of espionage"),
			// else the headline's first name.
			if name = accusedName(words, titleCase); name == "" || !accept(name) {
				name = firstName(words, titleCase)
			}
		}
		if name != "" && (!accept(name) || !confirmed(name, words, titleCase, leadWords)) {
			name = ""
		}
	}
	if describedKind(name) {
		name = "" // "backdoor in Chinese router firmware": a kind, not a name (leftovers4.go)
	}
	if u.category == trust.CategoryEspionage || u.category == trust.CategoryCompromise {
		// "iOS SDK accused of spying", "Goldoson SDK found in 60 Google
		// Play apps": the SDK's maker, from the title or the lead
		// (backdoor9.go).
		if n := platformMaker(words, leadWords, lead); n != "" {
			name = n
		} else if platformName(name) {
			name = ""
		}
	}
	if name == "" && lead != "" {
		// A signal without a name in the title ("Breach of software
		// maker used to backdoor 200,000 servers"): the lead sentence
		// names it next to a signal of its own ("Hack of FishPig
		// distribution server used to install Rekoobe").
		ss := m.ac.scan(scanState{grow: true}, lead)
		lu := m.scoreUnit(ss.hits, false, false, false)
		if len(lu.signals) > 0 {
			if lw := leadWords; len(lw) > 1 {
				m.mark(lw, ss.hits)
				name = m.nameNear(lw, ss.hits, lu.signals, false, func(n string) bool {
					return vendorName(n) && !threatActor(lw, n)
				})
				if name != "" && strings.HasPrefix(lead, name) {
					name = "" // a sentence's first word is capitalised anyway
				}
			}
		}
	}
	if u.category == trust.CategoryCompromise && (name == "" || originLike(words, name)) {
		// "ESET finds backdoor in Mongolian chat software" — "installers
		// of Able Desktop were trojanized" (leftovers3.go).
		if n := leadTurnedName(leadWords, func(n string) bool { return vendorName(n) && !threatActor(leadWords, n) }); n != "" {
			name = n
		}
	}
	if name == "" && len(leadWords) > 1 && unnamedSubject(words) {
		// The title calls its subject "a mysterious company", "a Chinese
		// firm": the lead names it first ("TrustCor Systems, which
		// vouches for..."), when the name is written like one (a brand,
		// or two capitalised words before a comma or verb).
		if n := subjectRun(leadWords, 0, 1, false); n != "" && strings.HasPrefix(lead, n) && leadName(n) &&
			vendorName(n) && !threatActor(leadWords, n) {
			name = n
		}
	}
	if name == "" && (u.category == trust.CategoryDistrust || u.category == trust.CategorySanctions) {
		name = rc11HeldName(words, u.category, accept) // recall11.go: "certificates from X", "company X"
	}
	if name == "" && u.category == trust.CategorySanctions {
		name = nm12ListedSubject(words, titleCase, accept) // nm12.go: "X added to Entity List"
	}
	if name == "" || !vendorName(name) || threatActor(words, name) || threatActor(leadWords, name) || nm14RoleAfter(words, name) ||
		sn16AttackersGroup(name, leadWords) {
		return unit{}
	}
	u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	u.evidence = clean(title)
	return u
}

type titleWord struct {
	text string
	// low is text in lower case when titleWords knew it without a copy
	// of its own (an ASCII word: a slice of the text lowered once), ""
	// otherwise; lc reads it.
	low        string
	start, end int
	// stop is true after the word when punctuation ends a phrase there;
	// dash when that punctuation is a spaced dash, bar or bullet.
	stop, dash bool
	// marked: the word is part of a routine, talk, decision or reporter
	// phrase ("prevents", "says"): a verb of the headline, never a name.
	marked bool
	// quoted: the word stands alone between quotes ("npm package 'is'"):
	// a name, whatever word it is.
	quoted bool
	// slash: a slash follows the word directly ("tj-actions/changed-files").
	slash bool
}

// titleWords splits a title into words (letters, digits and inner
// apostrophes, dots, hyphens and underscores: "strong_password" is one
// package's name), each with its byte span.
//
// Not inlined, for the binary's size (see oneOf).
//
//go:noinline
func titleWords(s string) []titleWord {
	// A word and its separator take about six bytes of English: one
	// allocation where appending took one per doubling, for a title as
	// for a text.
	return appendTitleWords(make([]titleWord, 0, len(s)/5+1), s)
}

// lc is w's text in lower case. The readers ask it of the same words
// many times, and strings.ToLower copied a Title Case word at every
// call (two fifths of the matcher's allocations): titleWords keeps an
// ASCII word's own text when it has no capital and lowers the others
// into one string for the text (lowerCapitals).
//
// Not inlined (see oneOf): 1,500 call sites; with a value receiver
// each copied the word's seven fields into registers, so lc takes a
// pointer: 0.23 MB of the binary in all.
//
//go:noinline
func (w *titleWord) lc() string {
	if w.low != "" || w.text == "" {
		return w.low
	}
	return strings.ToLower(w.text)
}

// asciiCase reports whether w is all ASCII and whether it has a
// capital.
func asciiCase(w string) (ascii, capital bool) {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return false, false
		}
		capital = capital || 'A' <= c && c <= 'Z'
	}
	return true, capital
}

// lowerCapitals gives the ASCII words of out that have a capital their
// lower-case form, all in one string: one allocation for a text, where
// strings.ToLower in every reader made one per word and call.
func lowerCapitals(out []titleWord) {
	n := 0
	for _, w := range out {
		if ascii, capital := asciiCase(w.text); ascii && capital {
			n += len(w.text)
		}
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	for _, w := range out {
		if ascii, capital := asciiCase(w.text); ascii && capital {
			for k := 0; k < len(w.text); k++ {
				c := w.text[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
	}
	ls, off := b.String(), 0
	for k, w := range out {
		if ascii, capital := asciiCase(w.text); ascii && capital {
			out[k].low = ls[off : off+len(w.text)]
			off += len(w.text)
		}
	}
}

// appendTitleWords is titleWords appending to out (the rescue's pooled
// buffer: learned.go).
func appendTitleWords(out []titleWord, s string) []titleWord {
	first := len(out)
	i := 0
	for i < len(s) {
		if s[i] == ' ' {
			i++ // most separators: no mark to set
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isTitleRune(r) {
			if r == '/' && len(out) > 0 && out[len(out)-1].end == i {
				out[len(out)-1].slash = true
			}
			if len(out) > 0 && strings.ContainsRune(":,;|—–()[]\"“”?!•", r) {
				out[len(out)-1].stop = true
			}
			if len(out) > 0 && i > 0 && s[i-1] == ' ' && (r == '-' || r == '|' || r == '—' || r == '–' || r == '•') {
				out[len(out)-1].stop = true
				out[len(out)-1].dash = true
			}
			i += n
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf && asciiAlnum(c) {
				j++ // most of a text's bytes: no decoding, no Unicode tables
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if isTitleRune(r) || ((r == '\'' || r == '’' || r == '.' || r == '-' || r == '_') && j+n < len(s) && isTitleRuneAt(s, j+n)) {
				j += n
				continue
			}
			break
		}
		if strings.HasPrefix(s[j:], "++") {
			j += 2 // "Notepad++" is a name of its own, not "Notepad"
		}
		// A possessive belongs to its word but is not part of the name.
		w := cutPossessive(s[i:j])
		tw := titleWord{text: w, start: i, end: j}
		if ascii, capital := asciiCase(w); ascii && !capital {
			tw.low = w // already lower case; lowerCapitals lowers the others
		}
		if i > 0 && j < len(s) {
			open, _ := utf8.DecodeLastRuneInString(s[:i])
			closing, _ := utf8.DecodeRuneInString(s[j:])
			tw.quoted = (open == '\'' || open == '‘' || open == '"' || open == '“') &&
				(closing == '\'' || closing == '’' || closing == '"' || closing == '”')
		}
		out = append(out, tw)
		i = j
	}
	lowerCapitals(out[first:])
	return out
}

// cutPossessive drops the "'s" or "’s" (either case) that ends w, then
// the other one. It compares bytes rather than lower-case w: titleWords
// reads every word of a text, and a copy of each was a third of its time.
func cutPossessive(w string) string {
	if n := len(w); n >= 2 && (w[n-1] == 's' || w[n-1] == 'S') && w[n-2] == '\'' {
		w = w[:n-2]
	}
	if n := len(w); n >= 4 && (w[n-1] == 's' || w[n-1] == 'S') && w[n-4:n-1] == "’" {
		w = w[:n-4]
	}
	return w
}

// asciiAlnum reports whether an ASCII byte is a letter or a digit, as
// isTitleRune reports for its rune.
func asciiAlnum(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

func isTitleRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isTitleRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isTitleRune(r)
}

// wordEndingAt is the index of the word whose end is at or just before
// off (the automaton's offset after a match's last word).
func wordEndingAt(words []titleWord, off int) int {
	best := -1
	for i, w := range words {
		if w.start < off {
			best = i
		}
	}
	return best
}

// hitFirst is the index of the title word where a lexicon hit of n words
// ending in word last starts, or -1. The lexicon reads a hyphen or an
// inner dot as a space, so "supply-chain" is two of its words and one
// title word: counting title words alone would take the word before
// ("Lottie Player supply-chain attack") for part of the hit.
func hitFirst(words []titleWord, last, n int) int {
	if last < 0 {
		return -1
	}
	for k := last; k >= 0; k-- {
		n -= 1 + strings.Count(words[k].text, "-") + strings.Count(words[k].text, ".") + strings.Count(words[k].text, "_")
		if n <= 0 {
			return k
		}
	}
	return -1
}

// activeVerb reports whether a signal word reads as an active verb whose
// object follows: "bans X", "sanctions X", "adds X".
//
// Not inlined, for the binary's size (see oneOf).
//
//go:noinline
func activeVerb(w string) bool {
	switch w {
	case "bans", "ban", "banning", "bars", "barring", "blacklists", "sanctions", "sanctioning", "adds", "adding",
		"distrusts", "distrust", "distrusting", "removes", "pulls", "drops", "blocks", "prohibits", "restricts",
		"delists", "halts", "suspends", "targets", "designates", "lifts", "orders", "warns",
		"kicks", "boots", "cuts", "limits":
		return true
	}
	return false
}

// pastActive reports whether a one-word signal in the past tense is an
// active verb: followed by its object ("CBS barred interview", "Apple
// removed apps") rather than by a preposition or nothing, as a passive is
// ("Huawei barred from 5G", "Zorblax banned by Commerce", "app banned").
func pastActive(words []titleWord, first, last int) bool {
	w := words[first].lc()
	if first != last || !strings.HasSuffix(w, "ed") || last+1 >= len(words) || words[last].stop {
		return false
	}
	if strings.Contains(w, "-") {
		// A compound participle is an adjective of the noun after it
		// ("shipped malware-laced drivers", "trojan-infected installers").
		return false
	}
	next := words[last+1].lc()
	return !stopWords[next] && !leadIns[next] && !actors[next] && !passiveNext[next]
}

// passiveNext are the words that follow a passive participle.
var passiveNext = wordSet(`from by in on over after amid for as at to under across
	nationwide statewide worldwide again outright indefinitely permanently`)

// subjectRun reads up to five words from words[i] in direction dir (1
// after, -1 before) and returns the name they make, or "".
func subjectRun(words []titleWord, i, dir int, titleCase bool) string {
	if dir > 0 {
		i = pastDescriptor(words, i)
	}
	var run []string
	afterPlace := false
	if dir > 0 && i > 0 && i <= len(words) {
		switch words[i-1].lc() {
		case "from", "on", "in", "into":
			afterPlace = true // the signal ends in one: "pulled from"
		}
	}
	for n := 0; i >= 0 && i < len(words) && n < 6; i, n = i+dir, n+1 {
		w := words[i]
		if dir < 0 && w.stop && n > 0 {
			break
		}
		if w.marked {
			break
		}
		lw := strings.ToLower(strings.TrimRight(w.text, "."))
		if dir > 0 && len(run) == 0 && n < 2 && nm12UseWords[lw] {
			continue // "warns against using X", "prohibits use of X" (nm12)
		}
		if stopWords[lw] || activeVerb(lw) || titleCase && len(lw) > 4 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")) ||
			hyphenAdjective(lw) {
			if len(run) > 0 {
				break
			}
			if dir > 0 && n < 2 && hyphenAdjective(lw) {
				continue // "sanctions Beijing-based X": where it is, as "Chinese X" (nm12)
			}
			if n < 2 && leadIns[lw] {
				// A platform after "from", "on", "in" is where something
				// was ("pulled from the Google Play Store"), not the object.
				afterPlace = afterPlace || lw == "from" || lw == "on" || lw == "in" || lw == "into"
				continue // "bans the X", "backdoor in X", "adds X to"
			}
			break
		}
		// In a sentence-case title a name is capitalised; in Title Case
		// every word is, and the stop words end the run.
		lower := !hasUpperOrDigit(w.text)
		if len(run) > 0 && lower && !titleCase {
			break
		}
		if dir > 0 && len(run) == 0 && platformActors[lw] && !lower && !afterPlace {
			// The object of a verb may be a platform company: "orders
			// firms to stop using Google Analytics", "blames U.S. and Apple".
			run = append(run, w.text)
			continue
		}
		if actors[lw] || lower && len(run) == 0 && !generic[lw] {
			if len(run) > 0 {
				break
			}
			if actors[lw] && n < 2 {
				continue // "bans Chinese X": the actor's adjective
			}
			break
		}
		run = append(run, w.text)
		if dir > 0 && w.stop {
			break
		}
	}
	if dir < 0 {
		for a, b := 0, len(run)-1; a < b; a, b = a+1, b-1 {
			run[a], run[b] = run[b], run[a]
		}
	}
	// A name with a kind of malware in it is the malware ("W4SP
	// Stealer"), not a vendor.
	for _, w := range run {
		if malwareWords[strings.ToLower(w)] {
			return ""
		}
	}
	// Generic words alone name no one ("firm", "apps", "hackers").
	named := false
	for _, w := range run {
		if !generic[strings.ToLower(w)] && hasUpperOrDigit(w) && hasLetter(w) {
			named = true
		}
	}
	if !named {
		return ""
	}
	// Trim generic words at the edges: "Chinese firm Tiandy" → "Tiandy".
	for len(run) > 1 && generic[strings.ToLower(run[0])] {
		run = run[1:]
	}
	for len(run) > 1 && generic[strings.ToLower(run[len(run)-1])] && !corporateSuffix(run) {
		run = run[:len(run)-1]
	}
	return strings.Join(run, " ")
}

// mark sets marked on the words that routine, talk, decision and
// reporter phrases cover.
func (m *Matcher) mark(words []titleWord, hits []hit) {
	for _, h := range hits {
		verb := false
		for _, r := range m.refs[h.pat] {
			switch r.kind {
			case kindRoutine, kindTalk, kindDecision, kindReporterAfter, kindReporterBefore:
				verb = true
			}
		}
		if !verb {
			continue
		}
		last := wordEndingAt(words, h.off)
		for k := hitFirst(words, last, int(m.ac.words[h.pat])); k >= 0 && k <= last; k++ {
			words[k].marked = true
		}
	}
}

// nameNear reads the subject of each signal in turn, heaviest first, in
// words (a title or a sentence) whose pattern hits are hits.
func (m *Matcher) nameNear(words []titleWord, hits []hit, signals []trust.SignalHit, titleCase bool, accept func(string) bool) string {
	for _, sg := range signals {
		for _, h := range hits {
			found := false
			for _, r := range m.refs[h.pat] {
				if r.kind == kindSignal && m.signals[r.idx].Term == sg.Term {
					found = true
				}
			}
			if !found {
				continue
			}
			last := wordEndingAt(words, h.off)
			first := hitFirst(words, last, int(m.ac.words[h.pat]))
			if last < 0 || first < 0 {
				continue
			}
			if activeVerb(words[first].lc()) || pastActive(words, first, last) {
				// What stands before an active verb is its actor.
				if name := subjectRun(words, last+1, 1, titleCase); name != "" && accept(name) {
					return name
				}
				// "Ban" and "sanctions" are nouns too: "order ChatGPT
				// ban over data privacy".
				if lw := words[first].lc(); first == last && (lw == "ban" || lw == "bans" || lw == "sanctions") {
					if name := subjectRun(words, first-1, -1, titleCase); name != "" && accept(name) {
						return name
					}
				}
				continue
			}
			// A passive or a noun: the nearer side first, then the other
			// ("Firmware backdoor in Gigabyte systems"), past a verb of
			// being found out ("'Zorblax' Caught Supporting Nation-State")
			// or of shipping what the hit describes ("Printer maker
			// Zorblax shipped malware-laced drivers": the hit is one
			// hyphenated word, its subject the word before the verb).
			b := first - 1
			if b > 0 && !words[b].stop && oneOf(words[b].lc(), "caught", "found", "spotted", "seen", "accused",
				"shipped", "ships", "served", "serves", "distributed", "distributes", "sold", "sells", "offered", "hosted") {
				b--
			}
			if name := subjectRun(words, b, -1, titleCase); name != "" && accept(name) {
				return name
			}
			if name := subjectRun(words, last+1, 1, titleCase); name != "" && accept(name) {
				return name
			}
		}
	}
	return ""
}

// confirmed holds a name to evidence that it is one. A title in Title
// Case capitalises every word, so there the name must also be capitalised
// inside the lead sentence, or be written like a brand (an inner capital
// or a digit: "3CX", "PuTTY", "iRecorder"); in a sentence-case title a
// capital not at its start is evidence enough. A number alone is no name.
func confirmed(name string, words []titleWord, titleCase bool, lw []titleWord) bool {
	parts := strings.Fields(name)
	if len(parts) == 0 {
		return false
	}
	allDigits := true
	for _, p := range parts {
		for _, r := range p {
			if !unicode.IsDigit(r) {
				allDigits = false
			}
		}
	}
	if allDigits {
		return false
	}
	for _, p := range parts {
		if brandLike(p) {
			return true
		}
	}
	// A word set alone in quotes is named as one ("ISP 'Cloudzy'").
	for _, w := range words {
		if w.quoted && w.text == parts[len(parts)-1] && hasUpperOrDigit(w.text) {
			return true
		}
	}
	if !titleCase {
		return len(words) > 0 && !strings.HasPrefix(joinWords(words), name)
	}
	for i := 1; i < len(lw); i++ {
		if lw[i].text == parts[0] && hasUpperOrDigit(lw[i].text) {
			return true
		}
	}
	return false
}

// brandLike: an inner capital or a digit beside letters ("3CX", "PuTTY",
// "iOS", "W4SP").
func brandLike(w string) bool {
	letters, digits, innerUpper := false, false, false
	for i, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case unicode.IsLetter(r):
			letters = true
			if i > 0 && unicode.IsUpper(r) {
				innerUpper = true
			}
		}
	}
	return letters && (digits || innerUpper)
}

// firstName is the first run of name-like words in words, or "".
// unnamedSubject reports whether a title speaks of its subject by a
// generic noun ("company", "firm", "vendor").
func unnamedSubject(words []titleWord) bool {
	for _, w := range words {
		switch w.lc() {
		case "company", "firm", "vendor", "provider", "maker", "developer", "contractor", "supplier", "startup":
			return true
		}
	}
	return false
}

// leadName: a name at a sentence's start is one when written like a brand
// or as two or more capitalised words ("TrustCor Systems").
func leadName(n string) bool {
	parts := strings.Fields(n)
	for _, p := range parts {
		if brandLike(p) {
			return true
		}
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !hasUpperOrDigit(p[:1]) {
			return false
		}
	}
	return true
}

// accusedName is the name right after an accusing verb ("accused
// Alibaba of", "sues Zorblax over"), or "".
func accusedName(words []titleWord, titleCase bool) string {
	for i, w := range words {
		if accusing[w.lc()] {
			if n := subjectRun(words, i+1, 1, titleCase); n != "" {
				return n
			}
		}
	}
	return ""
}

var accusing = wordSet(`accuses accused sues sued blames blamed charges charged probes
	investigates fines fined`)

func firstName(words []titleWord, titleCase bool) string {
	for i := range words {
		if n := subjectRun(words, i, 1, titleCase); n != "" {
			lw := words[i].lc()
			if stopWords[lw] || actors[lw] || generic[lw] || activeVerb(lw) {
				continue
			}
			// A name right before a verb of the headline acts or reports
			// ("CrowdStrike Falcon prevents ..."): not the subject.
			if next := i + len(strings.Fields(n)); next < len(words) && words[next].marked {
				continue
			}
			return n
		}
	}
	return ""
}

// headline drops an outlet's name appended to a title ("... - Help Net
// Security", "... | Reuters", "... - The Record by Recorded Future"): up
// to five words after the last such separator.
//
// Not inlined, for the binary's size (see oneOf).
//
//go:noinline
func headline(words []titleWord) []titleWord {
	for i := len(words) - 2; i >= 0 && i >= len(words)-6; i-- {
		if words[i].dash && len(words)-i-1 <= 5 {
			return words[:i+1]
		}
	}
	return words
}

// isTitleCase reports whether most words of a title are capitalised. A
// word of four letters or more left in lower case that is no minor word
// ("adds", "sanctions") proves sentence case, however many names stand
// around it: Title Case capitalises every verb ("Commerce adds Tenmark
// Systems to Entity List" is a sentence-case title of names).
func isTitleCase(words []titleWord) bool {
	up := 0
	for _, w := range words {
		if hasUpperOrDigit(w.text) {
			up++
		} else if len(w.text) >= 4 && !nm12MinorWords[w.text] && !strings.ContainsAny(w.text, "-.'’") {
			return false
		}
	}
	return up*10 >= len(words)*7
}

// nm12MinorWords are the longer words a Title Case headline may leave in
// lower case: prepositions and conjunctions.
var nm12MinorWords = wordSet(`from with into onto over upon than that amid after before
	since until about across against along among around behind below beside between
	beyond during except inside like near off outside past through toward towards
	under unlike within without when while unless whether though also`)

// hyphenAdjective: "AI-generated", "China-based", "state-linked" describe,
// they do not name.
func hyphenAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	if suf := w[i+1:]; len(suf) > 5 && strings.HasSuffix(suf, "ing") {
		return true // "battery-draining", "data-stealing"
	}
	switch w[i+1:] {
	case "laden", "ridden", "infected", "generated", "based", "made", "linked", "backed", "owned", "powered", "sponsored", "related", "style", "like",
		"run", "controlled", "operated", "affiliated", "funded", "targeted", "targeting", "themed", "focused", "branded",
		"origin", "built", "tied", "produced", "manufactured", "designed", "supplied", // cl13: "Russian-origin modules"
		"appointed", "nominated", "elected", "led", "era", "approved": // "Trump-appointed judge", "Biden-era rule"
		return true
	}
	return false
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func hasUpperOrDigit(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// set makes a word set. It is not inlined: the package builds some 200
// word sets at start, and the loop inlined at each of them grew the
// shipped binary by 480 KB (the Docker image past issue 4's 20 MiB) for
// no gain in speed.
//
//go:noinline
func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// wordSet makes a word set from lines of words separated by white space
// (a raw string's lines, or a string per line where a comment stands
// between them). The package's hundreds of word sets are written with
// it: their words cost the binary their bytes, where set's arguments cost
// some twenty more a word (the init code that fills their array), 0.4 MB
// in all. A word holding a space needs set.
//
//go:noinline
func wordSet(lines ...string) map[string]bool {
	n := 0
	for _, l := range lines {
		for range strings.FieldsSeq(l) {
			n++
		}
	}
	m := make(map[string]bool, n)
	for _, l := range lines {
		for w := range strings.FieldsSeq(l) {
			m[w] = true
		}
	}
	return m
}

// stopWords end a name: function words and the verbs and nouns headlines
// put around one.
var stopWords = wordSet(`a an the of in on to for with by from over after amid among
	as at and or its their his her is are was were be been being has
	have had will would could may might can new says said say report reports
	reported used use using uses that this these those into via than more most
	how why what who which when where not no now just after before under
	about against up out off still also again all some many any every own
	found finds hit hits push pushes pushed spread spreads deliver delivers delivered
	target targets targeted attack attacks hackers hacker attackers attacker malware users customers threat
	actors actor campaign group gang backdoor backdoored backdoors hacked compromised
	banned ban bans sanctioned sanctions list entity covered supply chain supply-chain distrust
	distrusted removed pulled blocked restricted trojanized hijacked amid following linked
	ties links concerns security national risk risks data government devices phones
	federal state states agencies officials lawmakers uncover uncovers uncovered
	discover discovers discovered reveal reveals revealed spot spots spotted detect
	detects detected warn warns warned claim claims claimed confirm confirms
	confirmed makes make gets get got goes go strike strikes ongoing latest massive
	major recent alleged suspected possible stealthy sophisticated malicious dangerous
	critical here there it they we you your our lawsuit lawsuits report
	study analysis investigation probe inquiry court judge mysterious tiny small
	monday tuesday wednesday thursday friday saturday sunday january february march
	april june july august september october november december today yesterday
	week month year wild`)

// vendorName reports whether name can be a vendor: not when every word of
// it is a place, a technology in general ("AI", "open source"), a
// platform named for its users ("Windows", "Python" developers) or a
// token whose form is never a name ("4.3", "CVE-2021-44228",
// "re-registered": names5.go).
func vendorName(name string) bool {
	for _, w := range strings.Fields(name) {
		if l := strings.ToLower(strings.Trim(w, ".'’")); !notVendors[l] && !neverNameToken(l) { // names5.go
			return true
		}
	}
	return false
}

// threatActor reports whether the title calls name's holders attackers
// ("Kimsuky hackers", "Turla APT") or names a piece of malware ("DTrack
// backdoor", "WarHawk malware"): neither is a vendor.
func threatActor(words []titleWord, name string) bool {
	parts := strings.Fields(name)
	if len(parts) > 1 && groupFamilies[strings.ToLower(parts[len(parts)-1])] {
		return true // authority.go: "Salt Typhoon", "Mustang Panda"
	}
	for i := 0; i+len(parts) < len(words); i++ {
		if words[i].text != parts[0] || words[i+len(parts)-1].text != parts[len(parts)-1] {
			continue
		}
		if next := strings.ToLower(words[i+len(parts)].text); attackers[next] || malwareWords[next] {
			return true
		}
	}
	return false
}

var attackers = wordSet(`hackers hacker hacking apt apts gang gangs crew operators ransomware
	cybercriminals threat attackers attacker scammers criminals`)

// notVendors are words that name no vendor on their own.
var notVendors = wordSet("ai ca cas oss ip open source python javascript java windows macos mac linux",
	"android ios internet web cloud crypto bitcoin blockchain 5g email",
	"sms mms rcs usb wifi wi-fi nfc",
	"alabama alaska arizona arkansas california colorado connecticut delaware florida",
	"georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland",
	"massachusetts michigan minnesota mississippi missouri montana nebraska nevada new",
	"hampshire jersey mexico york north south carolina dakota ohio oklahoma oregon",
	"pennsylvania rhode island tennessee texas utah vermont virginia washington west",
	"wisconsin wyoming europe asia africa america nepal pakistan vietnam brazil turkey",
	"nigeria indonesia philippines thailand malaysia singapore spain sweden norway denmark",
	"finland poland netherlands belgium austria switzerland ireland scotland wales england",
	"kazakhstan belarus venezuela cuba syria iraq afghanistan egypt saudi arabia uae",
	"qatar zealand foreign assets control office treasury department kenya ethiopia argentina chile colombia peru hong kong macau",
	// The people and kinds of open-source news: "Maintainer of popular npm
	// package...", "Protestware: ...", "extension sold to new owner".
	"maintainer maintainers protestware sold owner",
	// A state's intelligence services are sanctioned for hacking as
	// often as companies, and are none ("US sanctions Russian GRU unit
	// for cyberattacks").
	"gru fsb svr irgc mois")

// leadIns may stand between a verb and its object: "bans the X".
var leadIns = wordSet("the a an in on of from into to")

// actors act on vendors rather than being one: countries, their
// adjectives, agencies and bodies.
var actors = wordSet(`us u.s usa uk u.k eu un china chinese russia russian iran iranian
	north korea korean india indian canada canadian australia australian germany german
	france french japan japanese taiwan taiwanese israel israeli ukraine ukrainian italy
	italian britain british european america american washington beijing moscow biden
	trump fcc fbi cisa nsa dhs doj ftc sec ofac commerce treasury pentagon
	congress senate house parliament white government governments department ministry
	court judge regulator regulators agency army military navy police state states
	federal texas montana florida california new york virginia ohio utah google apple
	microsoft mozilla chrome firefox amazon walmart best buy nato g7 researchers
	security cybersecurity officials lawmakers senators mps ban bill law order
	play store stores marketplace pypi npm github gitlab`)

// pastDescriptor skips a lower-case description before a name, up to its
// generic noun: "sanctions Russian bulletproof hosting provider Aeza
// Group", "Chinese cybersecurity firm Integrity Technology". It returns i
// when no such description starts there.
func pastDescriptor(words []titleWord, i int) int {
	for k := i; k < len(words) && k < i+6; k++ {
		lw := words[k].lc()
		if words[k].stop || functionWords[lw] || activeVerb(lw) {
			return i
		}
		if generic[lw] && !hasUpperOrDigit(words[k].text) && k+1 < len(words) && k > i {
			next := words[k+1]
			if hasUpperOrDigit(next.text) && nameWord(next) && !actors[next.lc()] {
				return k + 1
			}
			return i
		}
		if hasUpperOrDigit(words[k].text) && !actors[lw] && !hyphenAdjective(lw) {
			return i // a name already
		}
	}
	return i
}

// functionWords end a description: it is words about one thing.
var functionWords = wordSet(`a an the of in on to for with by from over after amid
	as at and or its their is are was were be has have had will would
	that which who into via than says said`)

// corporateSuffix reports whether run ends in the suffix of a company's
// name after a name of its own ("Integrity Technology", "Aeza Group"),
// which is part of the name, not a generic word about it.
func corporateSuffix(run []string) bool {
	if len(run) < 2 {
		return false
	}
	switch strings.ToLower(run[len(run)-1]) {
	case "technology", "technologies", "group", "systems", "software", "labs", "networks", "security", "solutions":
		prev := run[len(run)-2]
		return hasUpperOrDigit(prev) && !generic[strings.ToLower(prev)]
	}
	return false
}

// platformActors are the companies among actors: they mostly act on
// vendors (stores, browsers, root programs), but a verb's object is one.
var platformActors = wordSet("google apple microsoft mozilla amazon walmart github")

// generic words name no one in particular.
var generic = wordSet(`ui firm firms company companies maker makers vendor vendors app apps
	software tech technology technologies provider providers developer developers platform
	service services product products tool tools device devices package packages
	library libraries extension extensions plugin plugins giant chipmaker telecom telecoms
	startup brand brands manufacturer manufacturers spyware surveillance cctv camera cameras
	drone drones router routers popular official legitimate open source open-source inc
	ltd corp co llc group certificate certificates root roots installer update
	updates equipment gear apt ransomware botnet rat operation game games isp isps apts
	vpn vpns`)

// unlistedContext holds an unlisted subject to the shape of a trust event,
// since no registry entry vouches that the name is a vendor at all: a
// ban, sanction, directive or delisting needs an authority or a platform
// acting in the title (not a company banning accounts or content); a
// compromise needs the channel it shipped through (an update, installer,
// package, firmware, supply chain); espionage and state links need a
// registry vendor (unnamed "spy" stories are mostly about attackers).
func (m *Matcher) unlistedContext(u unit, words, lead []titleWord) bool {
	has := func(set map[string]bool) bool { return inWords(words, set) }
	switch u.category {
	case trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective, trust.CategoryReversal:
		// A list of an authority names it: "X added to Entity List" (nm12).
		return has(authorities) || u.category == trust.CategorySanctions && listedOrDistrusted(u)
	case trust.CategoryDelisting:
		// A store pulling an unlisted name for no reason of trust is
		// commerce ("Apple pulls Epic Games' Fortnite app over payment
		// dispute"), as in removalAlert.
		return (has(authorities) || has(stores)) && (hasMotive(words) || hasMotive(lead))
	case trust.CategoryCompromise:
		// A trojanized copy is one attackers spread unless it came
		// through the vendor (a supply chain, an update); attackers
		// hijacking servers or devices use them.
		if has(trojanWords) && !has(shipWords) || has(attackers) && has(victims) && !has(shipWords) {
			return false
		}
		return has(channels) || inWords(lead, channels)
	case trust.CategoryOSS, trust.CategoryDistrust:
		return true
	case trust.CategoryEspionage, trust.CategoryStateLinks:
		// Spying by the subject, as an authority, a court or an
		// investigation says (in the title, or in a lead that cites its
		// documents: "according to security researchers, documents and
		// interviews"); not attackers spying with tools.
		return has(accusers) || u.category == trust.CategoryStateLinks && (inWords(lead, evidence) || nm14AuthorityTies(words))
	}
	return false
}

// actedOn reports whether a headline whose vendor and signal met across
// its title and lead has the shape of news of a trust event: for an
// action (a ban, sanctions, a directive, a delisting, spying or state
// links found), an authority, an accuser or a store acting in the title;
// for a compromise, the channel it shipped through in title or lead. A
// title that only names the vendor, with the trust word in the lead, and
// no one acting is mostly a story about something else.
func actedOn(cat trust.Category, title, lead []titleWord) bool {
	switch cat {
	case trust.CategoryCompromise:
		return inWords(title, channels) || inWords(lead, channels)
	case trust.CategoryOSS, trust.CategoryDistrust:
		return true
	}
	for _, w := range title {
		for _, p := range strings.Split(strings.ToLower(strings.TrimRight(w.text, ".")), "-") {
			if authorities[p] || accusers[p] || stores[p] {
				return true
			}
		}
	}
	return false
}

// banMotive holds a ban on an unlisted vendor to a motive of trust in the
// title or lead: a security, privacy or foreign-control reason
// (trust-events.md: content, censorship and account blocks are no
// events). A registry vendor is vouched for; a name met beside "blocks"
// is as often a site a state censors ("Pakistan blocks Wikipedia").
//
// A ban its state lifts ("Pakistan lifts ban on Wikipedia", "Russia lifts
// ban on Telegram") and an order to block ("Vietnam orders telecoms to
// block Telegram") are bans too: undoing or ordering a censor's block is
// no more an event than the block. A court striking a ban down ("Judge
// blocks ban on X app in Montana") reviews a law, the shape of the
// app bans of trust, and needs no motive.
func banMotive(cat trust.Category, title, lead []titleWord) bool {
	switch {
	case cat == trust.CategoryBan:
	case cat == trust.CategoryReversal && !inWords(title, listWords) && !inWords(title, courts):
	case cat == trust.CategoryDirective && inWords(title, blockWords):
	default:
		return true
	}
	// A government barring a product from its own use or its critical
	// infrastructure distrusts it by that alone ("House restricts
	// congressional use of ChatGPT", "China bans Micron products in
	// critical infrastructure"). The state acting is no motive: "Russia
	// blocks Signal" is not a ban on a Russian product (motiveIn).
	return motiveIn(title[leadingActor(title):]) || motiveIn(lead) || inWords(title, ownUse) || govDevices(title)
}

// motiveIn reports whether words give a motive of trust (banMotives). A
// state's name is one as the product's origin ("bans Chinese apps"), not
// as the one acting ("Russia blocks Signal", "Russian regulator lifts").
func motiveIn(words []titleWord) bool {
	for i, w := range words {
		lw := strings.ToLower(strings.TrimRight(w.text, "."))
		if !banMotives[lw] {
			continue
		}
		if statePlaces[lw] && i+1 < len(words) && actingNext(words[i+1].lc()) {
			continue
		}
		return true
	}
	return false
}

// actingNext: after a state's name, a verb of acting or the body that
// acts makes the state the actor.
func actingNext(w string) bool {
	return activeVerb(w) || authorities[w] || actors[w] || stateActs[w]
}

var (
	listWords   = wordSet("sanctions sanction blacklist entity list designation blacklisting listing")
	blockWords  = wordSet("block blocks blocking blocked")
	statePlaces = wordSet("china chinese russia russian beijing moscow iran iranian kremlin")
	stateActs   = wordSet(`lifts lifted restores restored unblocks unblocked blocked banned bans
		orders ordered says said throttles throttled restricted restricts regulator
		watchdog authorities censor censors`)
)

var ownUse = wordSet(`congressional government-issued state-issued staff staffers employees agencies
	officials ministries servants parliamentary troops soldiers infrastructure`)

var banMotives = wordSet("malware malicious spyware security cybersecurity privacy data spying spy",
	"spies espionage surveillance secretly stealing tracking backdoor backdoors hacked",
	"compromised national intelligence kremlin military exfiltrating unsafe sensitive personal",
	"chinese china china-made chinese-made chinese-owned china-based russian russia russian-made",
	"russia-based beijing moscow iranian iran foreign foreign-made foreign-owned adversary",
	"adversaries ccp communist threat threats risk risks cyber hackers vulnerable",
	// A hacking tool banned for the crime it serves (classrev): "to ban
	// Flipper Zero and other devices used to steal cars".
	"hacking steal theft thefts")

// inWords reports whether one of words is in set.
func inWords(words []titleWord, set map[string]bool) bool {
	for _, w := range words {
		if setHasLower(set, strings.TrimRight(w.text, ".")) {
			return true
		}
	}
	return false
}

// setHasLower reports whether set holds strings.ToLower(s). An ASCII word
// (nearly every one) is lower-cased in a buffer on the stack: the shapes
// ask it of every word of a title, and a copy of each capitalised one
// was most of the matcher's allocations.
func setHasLower(set map[string]bool, s string) bool {
	var buf [32]byte
	if len(s) > len(buf) {
		return set[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}

// accusers say a vendor spies or serves a state.
var accusers = wordSet(`lawsuit lawsuits regulator regulators probe probes investigation charges
	charged accuses accused alleges allegedly indictment indicted ftc fcc fbi doj
	court judge watchdog fined fines sues sued suing caught exposed unmasked unmask
	summons summoned`)

var (
	trojanWords = wordSet("trojanized trojanised trojanizes trojanize")
	shipWords   = wordSet("supply supply-chain update updates updater")
	victims     = wordSet(`servers server devices routers systems machines networks sites websites
		accounts computers endpoints hosts appliances phones`)
)

// evidence is what an investigation cites.
var evidence = wordSet("documents records interviews filings investigation leaked")

// authorities can ban, sanction or direct.
var authorities = wordSet("us u.s usa uk u.k eu china chinese russia russian india indian",
	"canada canadian australia australian germany german france french japan taiwan",
	"italy italian britain british european washington beijing moscow biden fcc fbi",
	"cisa nsa dhs doj ftc ofac commerce treasury pentagon congress senate house",
	"parliament government governments federal state states ministry court judge regulator",
	"regulators agency agencies army military navy texas montana florida virginia ohio",
	"utah indiana nato officials administration lawmakers authorities watchdog governor",
	"bsi ncsc cfius justice dept",
	// Agencies and regulators security news names by their initials.
	"nasa dod gsa bis cac ico dpc cnil garante nukib aivd mivd asd acsc",
	"ministries departments fda",
	// "Energy Department orders utilities to ...", "DOE bans ..." (leftovers2).
	"department doe",
	// Ministries headlines call by their portfolio alone ("Interior
	// grounds its drone fleet", "Whitehall told to stop fitting").
	// "Defence" stays out: it is as often a name's word ("Defense
	// Department's blacklisting").
	"interior whitehall",
	official26Actors) // official26.go

// stores pull products from sale.
var stores = union(wordSet("store stores retailer retailers amazon walmart best app play marketplace"),
	lx13Retailers)

// channels are how a vendor ships: a compromise through one is the
// vendor's.
var channels = wordSet(`update updates updater installer installers supply supply-chain firmware package
	packages npm pypi extension extensions plugin plugins library repository repo
	website site download downloads build sdk backdoored preinstalled pre-installed
	distribution`)

// techContext reports whether words speak of technology: a trust event is
// about a technology vendor or product, and a name met beside "ban" or
// "sanctions" with no such word around it is mostly something else (a
// book, a person, a bank).
func techContext(words []titleWord) bool {
	for _, w := range words {
		lw := w.lc()
		if techWords[lw] || productClasses[lw] != "" {
			return true
		}
	}
	return false
}

var techWords = wordSet("software app apps application platform tech technology technologies",
	"device devices network networks networking cloud chip chips semiconductor",
	"semiconductors telecom telecoms 5g router routers firmware update updates installer",
	"package packages npm pypi library extension extensions plugin browser browsers",
	"certificate certificates antivirus vpn server servers data cybersecurity security",
	"surveillance spyware camera cameras drone drones smartphone smartphones phone",
	"phones iphone iphones android ios windows linux computer computers laptop",
	"laptops internet online digital cyber hackers malware ai chatbot chatgpt",
	"social messaging developer developers code source github repository vendor",
	"vendors it electronics equipment hardware modules satellite crypto blockchain",
	"site website store download downloads users supply supply-chain infrastructure websites web",
	"analytics tool tools isp isps hosting apt apts firewall firewalls",
	"appliance appliances gateway gateways modem modems nas chipmaker chipmakers memory",
	"foundry wafer wafers processors processor gpu gpus",
	// A cyber motive is a technology context ("sanctions Integrity Technology
	// Group over Flax Typhoon hacks").
	"hack hacks hacking hacker cyberattack cyberattacks cyber-attacks cyberespionage")

var malwareWords = wordSet(`stealer stealers rat rats trojan trojans worm loader botnet
	ransomware wiper backdoor malware spyware infostealer dropper rootkit apt`)
