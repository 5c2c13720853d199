package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Supply-chain headlines whose vendor is in the lead. The news often
// tells a supply-chain attack from the attackers' or the victims' side
// and names the product that shipped the malware only in the summary:
// "Carderbee APT targets Hong Kong orgs via supply chain attacks" — "...
// used a malware-laced version of the legitimate Cobra DocGuard software";
// "Hong Kong organizations targeted via malicious software updates". Or
// it names the product as "X hack" and the lead says what the hack
// shipped: "Lazarus X_TRADER hack impacts critical infrastructure" —
// "... using the trojanized X_TRADER application". The title gives the
// shape, the lead the name or the evidence; neither alone is enough.

// leadSentences bounds how far into a summary a supply-chain title's
// vendor is looked for: its first sentences, within its first 2 KiB.
const leadSentences = 3

// hackShape reads "<name> hack" in a title (words, of title) whose lead
// (lead, the words of source) says the hack shipped something ("pushed
// malicious commands to customers", "the trojanized X_TRADER
// application"): a break-in of a vendor that shipped nothing is no
// compromise of its channel, and most "X hack" headlines are breaches of
// data.
func hackShape(title string, words []titleWord, source string, lead []titleWord) (supplyHit, bool) {
	if len(lead) == 0 || !leadShips(lead) {
		return supplyHit{}, false
	}
	for v := 1; v < len(words); v++ {
		if !strings.EqualFold(words[v].text, "hack") || words[v].marked {
			continue
		}
		n := nameBefore(words, v, false)
		if n == "" {
			continue
		}
		s := v - len(strings.Fields(n))
		// The lead's own name for the product, when the title's run ends
		// with it: "Lazarus X_TRADER hack" — "the trojanized X_TRADER
		// application".
		if ln := leadProduct(lead, source); ln != "" && strings.HasSuffix(" "+strings.ToLower(n), " "+strings.ToLower(splitName(ln))) {
			n = ln
			s = v - len(strings.Fields(splitName(ln)))
		}
		// The term as written ("X_TRADER Hack").
		return supplyHit{category: trust.CategoryCompromise, term: title[words[s].start:words[v].end], name: n, lo: s, hi: v}, true
	}
	return supplyHit{}, false
}

// splitName is a name as titleWords splits it: "X_TRADER" stays one
// word, "Quux (Zorb)" is "Quux Zorb".
func splitName(n string) string {
	return strings.Join(strings.FieldsFunc(n, func(r rune) bool { return !isTitleRune(r) && r != '.' && r != '-' && r != '\'' && r != '_' }), " ")
}

// leadShips reports whether a lead says a product shipped something to
// its users: a turned product or release ("the trojanized X_TRADER
// application", "backdoored versions"), or malice pushed ("pushed
// malicious commands to a small number of customers"). A vulnerability
// in the lead makes it attackers using the product.
func leadShips(lead []titleWord) bool {
	for i, w := range lead {
		lw := w.lc()
		if vulnWords[lw] {
			return false
		}
		if turnedRelease[lw] || lw == "malicious" {
			for k := i + 1; k < len(lead) && k <= i+3; k++ {
				lk := lead[k].lc()
				if releaseNouns[lk] || productNouns[lk] && lw != "malicious" {
					return true
				}
				if lead[k].stop {
					break
				}
			}
		}
		if (publishVerbs[lw] || deliverVerbs[lw]) && i+1 < len(lead) && !w.stop {
			n := lead[i+1].lc()
			if n == "malicious" || turnedRelease[n] {
				return true
			}
		}
	}
	return false
}

// vulnWords: a flaw exploited is attackers using a product.
var vulnWords = wordSet(`vulnerability vulnerabilities flaw flaws exploit exploits exploited
	exploiting zero-day 0-day cve`)

// supplyLead reads a title that tells a supply-chain attack without
// naming the vendor — "in/via supply chain attack(s)", "via malicious
// software updates" — and takes the vendor from the summary's first
// sentences, where one names the product turned ("a malware-laced version
// of the legitimate Cobra DocGuard software", "breached the website of
// AccessPress Themes and backdoored..."). The title must carry the
// shape at full weight (no routine, talk or question lowering it), since
// the lead only names.
func (m *Matcher) supplyLead(title, body string, hits []hit, question bool) unit {
	// Both shapes hold a core signal ("supply chain attack", "malicious
	// software updates"): without one the title's words are not split.
	core := false
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && m.signals[r.idx].Category == trust.CategoryCompromise && !m.needs[r.idx] &&
				m.signals[r.idx].Weight >= m.rules.CoreWeight {
				core = true
			}
		}
	}
	if !core {
		return unit{}
	}
	for _, h := range hits {
		if m.hasVendor[h.pat] {
			return unit{} // a registry vendor's title was read as such
		}
	}
	words := headline(titleWords(title))
	m.mark(words, hits)
	for _, w := range words {
		if neverTrusted[w.lc()] {
			return unit{}
		}
	}
	lo, hi, ok := supplyNoun(words)
	if !ok {
		lo, hi, ok = viaTurned(words)
	}
	if !ok {
		return unit{}
	}
	// "A supply chain attack on crypto hardware wallet Ledger": the
	// title names its target after all; or "NoxPlayer Android emulator
	// supply-chain attack": the product the attack went through, named
	// before it (vendorcomp.go).
	n := attackedName(words, hi+1)
	if n == "" {
		n = productBeforeAttack(words, lo)
	}
	if n != "" {
		u := m.supplyLeadUnit(words, hits, lo, hi, question)
		if !u.ok {
			return unit{}
		}
		u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
		u.evidence = clean(title)
		return u
	}
	if len(body) > 2048 {
		body = body[:2048]
	}
	var buf [8][2]int
	spans := sentenceSpans(body, buf[:0])
	name, evidence := "", ""
	// "Supply chain attack hits npm" — "... the developer behind
	// eslint-config-prettier": a title of packages takes the package
	// the lead names (supplyoss.go).
	packages := registryIn(words, 0, len(words)-1) != "" || hasChannel(words, chOSS)
	pkg := false
	for i, sp := range spans {
		if i == leadSentences {
			break
		}
		s := body[sp[0]:sp[1]]
		lw := titleWords(s)
		ss := m.ac.scan(scanState{grow: true}, s)
		m.mark(lw, ss.hits)
		if n := leadVendor(lw, s); n != "" && vendorName(n) && !threatActor(lw, n) {
			name, evidence = n, s
			break
		}
		if !packages {
			continue
		}
		if n := leadPackage(lw, s); n != "" && vendorName(n) && !threatActor(lw, n) {
			name, evidence, pkg = n, s, true
			break
		}
	}
	if name == "" {
		return unit{}
	}
	u := m.supplyLeadUnit(words, hits, lo, hi, question)
	if !u.ok {
		return unit{}
	}
	if pkg {
		u.category = trust.CategoryOSS
	}
	u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	u.inTitle, u.across = false, true
	u.evidence = clean(title) + " — " + clean(evidence)
	return u
}

// supplyLeadUnit scores a title whose shape is words lo..hi: the shape's
// term stands for the signals inside it, and the title must reach the bar
// of a headline read with its lead (no routine, talk or question lowering
// it).
func (m *Matcher) supplyLeadUnit(words []titleWord, hits []hit, lo, hi int, question bool) unit {
	u := m.shapeUnit(words, lo, hi, trust.CategoryCompromise, m.outsideShape(words, hits, lo, hi), question, false)
	if u.score < m.rules.Threshold+m.rules.TitleBonus {
		u.ok = false
	}
	return u
}

// attackedName reads the target named after a supply-chain attack at word
// i: "on crypto hardware wallet Ledger", "against SolarWinds". Up to three
// words in lower case may describe it first.
func attackedName(words []titleWord, i int) string {
	if i >= len(words) || words[i-1].stop || !oneOf(words[i].lc(), "on", "against") {
		return ""
	}
	i++
	for k := 0; k < 3 && i < len(words) && !hasUpperOrDigit(words[i].text) && !words[i].stop &&
		!stopWords[words[i].lc()]; k++ {
		i++
	}
	if i >= len(words) {
		return ""
	}
	return nameAt(words, i)
}

// hackWord reports whether words hold "hack", which hackShape reads.
func hackWord(words []titleWord) bool {
	for _, w := range words {
		if strings.EqualFold(w.text, "hack") {
			return true
		}
	}
	return false
}

// supplyNoun finds "supply chain attack" (or compromise, hack, breach)
// told as what happened, not as what an article looks back on ("after
// the supply chain attack", "in the wake of").
func supplyNoun(words []titleWord) (int, int, bool) {
	for i := range words {
		lw := words[i].lc()
		if lw == "after" || lw == "following" || lw == "since" || lw == "amid" || lw == "wake" {
			return 0, 0, false
		}
		e := -1
		switch {
		case lw == "supply-chain" && i+1 < len(words):
			e = i + 1
		case lw == "supply" && i+2 < len(words) && strings.EqualFold(words[i+1].text, "chain"):
			e = i + 2
		}
		if e < 0 || words[e-1].stop {
			continue
		}
		switch words[e].lc() {
		case "attack", "attacks", "compromise", "hack", "breach":
			return i, e, true
		}
	}
	return 0, 0, false
}

// viaTurned finds "via malicious software updates", "through trojanized
// installers": a turned release as the way in.
func viaTurned(words []titleWord) (int, int, bool) {
	for i := 0; i+2 < len(words); i++ {
		if !oneOf(words[i].lc(), "via", "through") || words[i].stop {
			continue
		}
		k := i + 1
		if lk := words[k].lc(); !turnedRelease[lk] && lk != "malicious" && lk != "compromised" {
			continue
		}
		k++
		if k < len(words) && strings.EqualFold(words[k].text, "software") && !words[k-1].stop {
			k++
		}
		if k < len(words) && !words[k-1].stop && oneOf(words[k].lc(), "update", "updates", "installer", "installers") {
			return i, k, true
		}
	}
	return 0, 0, false
}

// turnedLead are the words a summary calls a turned product by.
var turnedLead = wordSet(`trojanized trojanised malware-laced backdoored compromised malicious tampered
	poisoned rogue tainted infected modified`)

// leadVendor names the product a summary sentence says was turned (lw,
// the words of s): "a malware-laced version of the legitimate Cobra
// DocGuard software", "the trojanized X_TRADER application", "breached
// the website of AccessPress Themes", or what the sentence's own
// supply-chain shape names.
func leadVendor(lw []titleWord, s string) string {
	for i, w := range lw {
		l := w.lc()
		switch {
		case turnedLead[l] && i+1 < len(lw) && !w.stop:
			k := i + 1
			if oneOf(lw[k].lc(), "version", "versions", "copy", "copies", "variant", "build", "builds",
				"update", "updates", "installer", "installers", "release") && k+1 < len(lw) && !lw[k].stop &&
				strings.EqualFold(lw[k+1].text, "of") {
				// "a malware-laced version of the legitimate X software"
				if n, _ := namedAt(lw, k+2, s); n != "" {
					return n
				}
				continue
			}
			// "the trojanized X_TRADER application": a name right after,
			// then what kind of product it is.
			if n, e := namedAt(lw, k, s); n != "" && l != "malicious" && e < len(lw) &&
				(productNouns[lw[e].lc()] || releaseNouns[lw[e].lc()]) {
				return n
			}
		case oneOf(l, "website", "site", "server", "servers", "infrastructure", "repository") && i+1 < len(lw) &&
			strings.EqualFold(lw[i+1].text, "of") && brokenInto(lw, i):
			if n, _ := namedAt(lw, i+2, s); n != "" {
				return n
			}
		}
	}
	if h, ok := supplyShape(lw); ok && h.name != "" {
		return h.name
	}
	return leadVia(lw, s)
}

// brokenInto reports whether a break-in verb stands within three words
// before word i ("breached the website of").
func brokenInto(lw []titleWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		l := lw[k].lc()
		if weakVerbs[l] || supplyVerbs[l] {
			return true
		}
		if lw[k].stop {
			break
		}
	}
	return false
}

// namedAt reads a capitalised name at word i of a sentence, past "the",
// "a", "legitimate", "popular", "called"..., as written in s (so that
// "X_TRADER" keeps its underscore).
func namedAt(lw []titleWord, i int, s string) (string, int) {
	// A count and lower-case descriptors may come first: "backdoored 26
	// open-source NetBeans projects".
	for i < len(lw) && (oneOf(lw[i].lc(), "the", "a", "an", "its", "legitimate", "popular", "official",
		"genuine", "legit", "widely-used", "software", "called", "named", "dubbed") || isNumber(lw[i].text) ||
		quantities[lw[i].lc()] || !hasUpperOrDigit(lw[i].text) && channelModifiers[lw[i].text]) {
		if lw[i].stop {
			return "", 0
		}
		i++
	}
	if i >= len(lw) || !hasUpperOrDigit(lw[i].text) || !nameWord(lw[i]) || i == 0 {
		return "", 0
	}
	// Mid-sentence, a capitalised word goes on a name ("the Vietnam
	// Government Certification Authority") unless it is a function word.
	e := i
	for e+1 < len(lw) && e < i+3 && !lw[e].stop && hasUpperOrDigit(lw[e+1].text) &&
		(nameWord(lw[e+1]) || !leadIns[lw[e+1].lc()] && !attackers[lw[e+1].lc()] &&
			!oneOf(lw[e+1].lc(), "and", "or", "but")) {
		e++
	}
	for e > i && generic[lw[e].lc()] {
		e--
	}
	if generic[lw[e].lc()] {
		return "", 0
	}
	n := s[lw[i].start:lw[e].end]
	if strings.ContainsAny(n, ",;:()\"“”") || !vendorName(n) {
		return "", 0
	}
	return n, e + 1
}

// leadProduct is the product a lead's turned words name ("the trojanized
// X_TRADER application"), or "".
func leadProduct(lead []titleWord, source string) string {
	for i, w := range lead {
		l := w.lc()
		if !turnedLead[l] || l == "malicious" || w.stop || i+1 >= len(lead) {
			continue
		}
		if n, e := namedAt(lead, i+1, source); n != "" && e < len(lead) && productNouns[lead[e].lc()] {
			return n
		}
	}
	return ""
}
