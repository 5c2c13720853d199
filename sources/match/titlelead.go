package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Authority actions and state ties whose vendor the title only
// describes: "Pentagon adds Chinese drone maker to list of military
// companies" — "The US Defense Department has added DJI to its list...";
// "Commerce bans sales of Russian antivirus firm's software" — "... will
// ban Kaspersky Lab from selling..."; "Montana becomes first state to ban
// the Chinese-owned app" — "... signed a bill banning TikTok". The title
// gives the action, the lead the name; neither alone is the news as a
// headline tells it. The description is read as a noun phrase ending in
// a word of kind (maker, firm, app, chipmaker, certificate authority) and
// replaced by the lead's name, and the title so written is read as any
// title is: every title shape, veto and look-alike applies to it as if
// the outlet had named the vendor. The lead only names: what made the
// alert is the title's.

// describedHeads end a noun phrase that describes a vendor or its
// products instead of naming it.
var describedHeads = wordSet(`maker makers manufacturer manufacturers chipmaker chipmakers company
	companies firm firms provider providers vendor vendors giant giants developer
	developers designer designers supplier suppliers app apps application service platform chatbot authority
	authorities brand startup conglomerate carrier operator phones cameras routers
	components equipment chips drones software products cranes modems antivirus`)

// describedStops end a description on its left: function words and the
// words a headline's verb phrase is made of.
var describedStops = wordSet(`of in on to for with by from over at and or is are
	was were be been has have had will would could may that this into via
	against about after before under amid as its their than using use uses
	says said warns warned tells told urges asks new`)

// describedSuffered are the words after a description that opens a title
// and tells what was done to it ("Russian antivirus firm's products to
// be removed", "Chinese drone maker banned"): a description followed by
// any other verb is the title's actor ("Security firm finds backdoor in
// routers"), not the vendor acted on.
var describedSuffered = wordSet(`to banned sanctioned added removed blocked barred blacklisted
	delisted pulled dropped hit faces face gets designated labeled labelled listed
	ordered told accused suspended kicked booted restricted distrusted put placed`)

// describedModifiers may stand before a head in a description: what
// kind of product or business it is, and how big or known it is. A word
// of origin ("Chinese", "Chinese-made", "China's") or one the title
// capitalises in a sentence-case title ("Pegasus spyware maker") may too.
var describedModifiers = wordSet(`popular largest biggest big major leading top second-largest
	shady obscure little-known controversial state-owned state-backed encryption shopping
	e-commerce ecommerce retail video social media messaging antivirus security drone
	telecom telecoms equipment surveillance camera cctv router vpn ai spyware software
	cybersecurity chip chips semiconductor smartphone phone network networking cloud
	hosting internet browser certificate solar inverter battery car ev electric
	vehicle port crane lidar genetic dna payment app hardware tech technology
	mobile wireless satellite cyber hacking surveillance-tech facial recognition data
	analytics dating gaming game email chat translation keyboard web two three
	several chinese russian iranian israeli north korean belarusian foreign american
	european japanese indian vietnamese korean-made china russia iran israel`)

// sayVerbs after a description make it the reporter.
var sayVerbs = wordSet(`says said say reports reported finds found claims warns warned
	researchers report discovers uncovers spots details`)

// describedSpan finds the description in a title's words: a noun phrase
// ending in a head of describedHeads, with up to four words of kind,
// size or origin before it (describedModifiers); a count or determiner
// opens it and is replaced with it ("the Chinese-owned app", "two Chinese
// telecom equipment makers"). A phrase that says where its vendor comes
// from or how known it is is preferred ("cellular modems in Chinese-made
// port cranes"). It returns the words lo..hi, or ok false.
func describedSpan(words []titleWord) (lo, hi int, ok bool) {
	titleCase := isTitleCase(words)
	found := false
	for h, w := range words {
		if !describedHeads[w.lc()] || w.marked {
			continue
		}
		// A head right before another head is a modifier: "antivirus
		// firm", "equipment makers".
		if h+1 < len(words) && !w.stop && describedHeads[words[h+1].lc()] {
			continue
		}
		// "..., Security Firm Says": the one who reports, not the one
		// acted on.
		if h+1 < len(words) && sayVerbs[words[h+1].lc()] {
			continue
		}
		l, origin := h, false
		for k := h - 1; k >= 0 && k >= h-4; k-- {
			lk := words[k].lc()
			if words[k].stop || words[k].marked {
				break
			}
			if oneOf(lk, "the", "a", "an") {
				l, origin = k, origin || lk == "the"
				break
			}
			known := describedModifiers[lk] || describedHeads[lk] || hyphenAdjective(lk) || isNumber(lk)
			if !known && (titleCase || !hasUpperOrDigit(words[k].text) || k == 0 || !nameWord(words[k])) {
				break
			}
			l = k
			origin = origin || statePlaces[lk] || hyphenAdjective(lk) || oneOf(lk, "popular", "shady", "obscure",
				"little-known", "largest", "biggest", "foreign", "israeli", "iranian", "belarusian", "korean")
		}
		acted := false
		for k := 0; k < l; k++ {
			lk := words[k].lc()
			acted = acted || words[k].marked || activeVerb(lk) || describedStops[lk]
		}
		if !acted {
			// The title's subject: it must be what was acted on.
			n := h + 1
			if n < len(words) && !words[h].stop && words[h].end-words[h].start > len(words[h].text) {
				n++ // "firm's products"
			}
			if n >= len(words) || !describedSuffered[words[n].lc()] {
				return 0, 0, false
			}
		}
		if !found || origin {
			lo, hi, found = l, h, true
		}
		if origin {
			break
		}
	}
	return lo, hi, found
}

// describedLead reads a title that describes its vendor (describedSpan)
// with the first sentence of text, which must name one or two vendors:
// the title is read again with their names in place of the description,
// and alerts as that title would, across the title and lead. titleHits
// are the title's pattern hits.
func (m *Matcher) describedLead(title, orig, body string, titleHits []hit, gate *item) (trust.Alert, bool) {
	if len(body) == 0 {
		return trust.Alert{}, false
	}
	// A cheap look first: most titles hold no word of kind.
	if !gate.has(gDescribedHeads) {
		return trust.Alert{}, false
	}
	words := headline(gate.wordsCopy(title))
	m.mark(words, titleHits)
	lo, hi, ok := describedSpan(words)
	if !ok || hi+1 < len(words) && !words[hi].stop && nameAt(words, hi+1) != "" {
		// gov10: "blacklists Chinese AI startup Zhipu": the title names
		// what it describes.
		return trust.Alert{}, false
	}
	head := body
	if len(head) > 2048 {
		head = head[:2048]
	}
	var buf [8][2]int
	spans := sentenceSpans(head, buf[:0])
	if len(spans) == 0 {
		return trust.Alert{}, false
	}
	lead := head[spans[0][0]:spans[0][1]]
	names := m.leadNames(lead, gate)
	if len(names) == 0 || len(names) > 2 {
		return trust.Alert{}, false // none, or a list: not the one described
	}
	if hasWordIn(lead, attackers) && attackersPlanted(gate.words(lead)) {
		return trust.Alert{}, false // the lead's attackers planted it on the vendor's devices (leftovers2.go)
	}
	for _, n := range names {
		if strings.Contains(strings.ToLower(joinSpan(words, 0, len(words)-1)), strings.ToLower(n.Name)) {
			return trust.Alert{}, false // the title names it after all
		}
	}
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = n.Term
	}
	end := words[hi].start + len(words[hi].text)
	rewritten := title[:words[lo].start] + strings.Join(parts, " and ") + title[end:]
	if !m.leadConfirms(words, lead) {
		return trust.Alert{}, false
	}
	// The description as written ("Russian antivirus firm's software").
	described := title[words[lo].start:end]
	a, ok := m.match(rewritten, orig, true, nil, nil)
	if !ok || a.Coverage {
		// "US government warns of Chinese encryption chipmaker's ties to
		// military" — "... warned that encryption chipmaker Hualan has
		// suspicious ties to China's military": the title's authority
		// speaks, the lead carries the tie it speaks of.
		if a, ok := m.describedTie(title, words, lead, titleHits, names, described); ok {
			return a, true
		}
		return m.describedAction(title, words, lo, hi, lead, titleHits, names, described) // authority.go
	}
	// The vendors are the lead's names, as the title described them.
	var vendors []trust.VendorHit
	for _, n := range names {
		for _, v := range a.Vendors {
			if looseVendor(v.Name, n.Name) {
				v.Term = described
				vendors = append(vendors, v)
				break
			}
		}
	}
	if len(vendors) == 0 {
		return trust.Alert{}, false
	}
	a.Vendors = vendors
	a.InTitle, a.Across = false, true
	a.Evidence = clean(title) + " — " + clean(lead)
	a.Summary = Summarize(a.Evidence, title, body)
	return a, true
}

func looseVendor(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// leadNames are the vendors a lead sentence names as the ones acted on:
// the registry's (a reporter's mention not counted: "Check Point
// researchers"), else, with AnyVendor, a name written after a word of
// kind ("encryption chipmaker Hualan Microelectronics") or before one in
// apposition ("Integrity Technology Group, a Beijing-based cybersecurity
// company").
func (m *Matcher) leadNames(lead string, gate *item) []trust.VendorHit {
	ss := m.ac.scan(scanState{grow: true}, lead)
	u := m.scoreUnit(ss.hits, false, true, false)
	if len(u.vendors) > 0 {
		return u.vendors
	}
	if !m.rules.AnyVendor {
		return nil
	}
	lw := gate.wordsCopy(lead)
	m.mark(lw, ss.hits)
	for i, w := range lw {
		// A head in capitals is part of a name ("App Store").
		if !describedHeads[w.lc()] || hasUpperOrDigit(w.text) {
			continue
		}
		// "VK's apps", "removed Kaspersky's software": the owner before.
		if i > 1 && lw[i-1].end-lw[i-1].start > len(lw[i-1].text) && !lw[i-1].stop {
			s := i - 1
			for s > 1 && !lw[s-1].stop && hasUpperOrDigit(lw[s-1].text) && nameWord(lw[s-1]) && s > i-3 {
				s--
			}
			if n, _ := namedAt(lw, s, lead); n != "" && !threatActor(lw, n) {
				n = strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
				return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
			}
		}
		if w.stop || i+1 >= len(lw) {
			continue
		}
		if n, _ := namedAt(lw, i+1, lead); n != "" && !threatActor(lw, n) {
			return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
		}
	}
	// "Name, a Beijing-based cybersecurity company": the name ends at a
	// comma, an article follows, a head within five words.
	for i := 1; i+2 < len(lw); i++ {
		if !lw[i].stop || !oneOf(lw[i+1].lc(), "a", "an", "the") {
			continue
		}
		headNear := false
		for k := i + 2; k < len(lw) && k <= i+6; k++ {
			if describedHeads[lw[k].lc()] {
				headNear = true
				break
			}
			if lw[k].stop {
				break
			}
		}
		if !headNear {
			continue
		}
		s := i
		for s > 0 && s > i-3 && !lw[s-1].stop && hasUpperOrDigit(lw[s-1].text) && nameWord(lw[s-1]) {
			s--
		}
		if s == 0 || !hasUpperOrDigit(lw[s].text) {
			continue
		}
		if n, _ := namedAt(lw, s, lead); n != "" && !threatActor(lw, n) {
			return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
		}
	}
	return actedName(lw) // authority.go
}

// leadConfirms reports whether a lead says an action too, so that the
// vendor it names is the one acted on and not one it mentions in passing
// ("The app shot to the top of the charts after a trend on TikTok"): a
// signal of a core weight, a decision taken ("ordered", "signed"), the
// title's own verb again ("adds" — "has added DJI to its list") or a verb
// of removing or listing in any form ("to strip Chinese components" —
// "to remove Huawei and ZTE components").
func (m *Matcher) leadConfirms(title []titleWord, lead string) bool {
	ss := m.ac.scan(scanState{grow: true}, lead)
	for _, h := range ss.hits {
		for _, r := range m.refs[h.pat] {
			switch {
			case r.kind == kindDecision:
				return true
			case r.kind == kindSignal && m.signals[r.idx].Weight >= m.rules.CoreWeight:
				return true
			}
		}
	}
	lw := titleWords(lead)
	for _, l := range lw {
		ll := l.lc()
		if leadActs[ll] {
			return true
		}
	}
	for _, w := range title {
		lt := w.lc()
		if !activeVerb(lt) || len(lt) < 3 {
			continue
		}
		stem := strings.TrimSuffix(strings.TrimSuffix(lt, "s"), "e")
		for _, l := range lw {
			if ll := l.lc(); strings.HasPrefix(ll, stem) && len(ll) <= len(stem)+4 {
				return true
			}
		}
	}
	return false
}

// leadActs are the verbs a lead removes, bars or lists a vendor with.
var leadActs = wordSet(`remove removed removes removing removal strip strips stripped replace
	replaced replacing disconnect disconnected exclude excluded excluding prohibit
	prohibited prohibits ban bans banned banning bar bars barred barring block
	blocked blocks blocking blacklist blacklisted sanction sanctioned delist delisted
	distrust distrusted suspend suspended restrict restricted restricting uninstall
	uninstalled`)

// An authority's warning in the title, its order in the lead: "FBI warns
// patched Barracuda ESG appliances are still being hacked" — "The FBI
// urges customers to immediately isolate and replace all affected
// Barracuda ESG appliances"; "German cybersecurity agency issues warning
// on Kaspersky antivirus" — "... advised users to replace Kaspersky
// antivirus software". The title names the vendor and who warns, the
// lead what the warning tells its addressees to do with the product:
// stop using it (trust-events.md: a directive to remove, disconnect or
// stop using). A lead that says patch or update is the routine answer to
// a flaw, not a directive of distrust.

// warnVerbs are what a title's authority does when it warns or guides.
var warnVerbs = wordSet(`warns warned warning warnings issues issued guidance advisory advises
	advised urges urged tells told alert alerts recommends recommended notice orders
	ordered directive instructs asks calls`)

// warnActors open a title as the one who warns: an agency or a state.
var warnActors = wordSet(`agency agencies government regulator watchdog ministry department nsa
	cisa fbi ncsc bsi anssi nukib acsc cccs dhs pentagon fcc commerce korea
	south netherlands dutch czech poland polish lithuania estonia latvia sweden norway
	denmark finland spain belgium austria switzerland singapore vietnam philippines`)

// warnAddressees are whom a directive tells to act.
var warnAddressees = wordSet(`agencies customers users organizations organisations operators departments
	ministries companies businesses owners administrators admins citizens consumers staff
	employees officials providers carriers telecoms entities institutions people firms
	everyone individuals public servants members troops personnel`)

// stopUsing are the verbs (and "stop"/"cease"/"avoid" phrases) of a
// directive to give a product up.
var stopUsing = wordSet(`replace remove disconnect uninstall isolate discard decommission unplug
	discontinue abandon ditch dump delete retire`)

var stopVerbs = wordSet("stop cease avoid quit halt")

var patchWords = wordSet(`patch patches patched update updates upgrade apply install mitigate
	mitigations fix fixes`)

// warnLead reads the title's authority warning on a vendor with a lead
// that tells addressees to give the vendor's product up. The vendor is a
// registry vendor of the title or, with AnyVendor, the name the title
// gives after its verb of warning ("warns of patched Barracuda ESG
// appliances"); the lead must name it again where it says what to give
// up. The first leadSentences sentences are read: the order often
// follows the warning's news.
func (m *Matcher) warnLead(title, lead string, titleHits []hit, question bool, gate *item) unit {
	if lead == "" || !gate.has(gWarnVerbs) {
		return unit{}
	}
	var vendor *hit
	for i, h := range titleHits {
		if m.hasVendor[h.pat] {
			vendor = &titleHits[i]
			break
		}
	}
	words := headline(gate.wordsCopy(title))
	// Who warns opens the title, within its first three words, and a
	// verb of warning follows before the vendor.
	end := len(words)
	if vendor != nil {
		end = wordEndingAt(words, vendor.off) - int(m.ac.words[vendor.pat]) + 1
	}
	actor, warn := -1, -1
	for i := 0; i < len(words) && i < end && warn < 0; i++ {
		lw := words[i].lc()
		if i < 3 && (warnActors[lw] || authorities[lw] && !statePlaces[lw] || actors[lw] && !platformActors[lw] && !statePlaces[lw]) {
			actor = i
		}
		if actor >= 0 && i > actor && warnVerbs[lw] {
			warn = i
		}
	}
	if actor < 0 || warn < 0 {
		return unit{}
	}
	name := ""
	if vendor == nil {
		if !m.rules.AnyVendor {
			return unit{}
		}
		// The name after the verb, past function words and lower-case
		// words ("warns of patched Barracuda ESG appliances").
		m.mark(words, titleHits)
		for k := warn + 1; k < len(words) && k <= warn+4 && name == ""; k++ {
			if hasUpperOrDigit(words[k].text) {
				name = nameAt(words, k)
				break
			}
			if words[k].stop {
				break
			}
		}
		if name == "" || threatActor(words, name) {
			return unit{}
		}
	}
	head := lead
	if len(head) > 2048 {
		head = head[:2048]
	}
	var buf [8][2]int
	spans := sentenceSpans(head, buf[:0])
	for si, sp := range spans {
		if si == leadSentences {
			break
		}
		s := head[sp[0]:sp[1]]
		lw := gate.words(s)
		term, ok := m.giveUp(lw, s, vendor, name)
		if !ok {
			continue
		}
		extra := trust.SignalHit{Term: term, Category: trust.CategoryDirective, Weight: supplyWeight}
		u := m.scoreUnitWith(titleHits, true, vendor != nil, question, &extra, true)
		if !u.ok {
			return unit{}
		}
		if vendor == nil {
			u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
		}
		u.inTitle, u.across = false, true
		u.evidence = clean(title) + " — " + clean(s)
		return u
	}
	return unit{}
}

// giveUp finds in a lead sentence (words lw of s) an addressee told to
// give a product up ("urges customers to immediately isolate and
// replace", "told operators to stop installing", "ordered agencies to
// disconnect"), the title's vendor (its hit, or its name as written)
// named after it in the same sentence, and no patch or update asked
// instead. It returns the phrase as written.
func (m *Matcher) giveUp(lw []titleWord, s string, vendor *hit, name string) (string, bool) {
	for i := 0; i+2 < len(lw); i++ {
		if !warnAddressees[lw[i].lc()] || lw[i].stop || !strings.EqualFold(lw[i+1].text, "to") {
			continue
		}
		// The verb may come after an adverb and before "and replace".
		for k := i + 2; k < len(lw) && k <= i+6; k++ {
			lk := lw[k].lc()
			if patchWords[lk] {
				return "", false
			}
			give := stopUsing[lk] || stopVerbs[lk] && k+1 < len(lw) && strings.HasSuffix(lw[k+1].lc(), "ing") ||
				lk == "block" && k+1 < len(lw) && strings.EqualFold(lw[k+1].text, "access") ||
				lk == "power" && k+1 < len(lw) && strings.EqualFold(lw[k+1].text, "down") ||
				lk == "not" && k+1 < len(lw) && oneOf(lw[k+1].lc(), "use", "install", "buy")
			if !give {
				if lw[k].stop {
					break
				}
				continue
			}
			e := k // "replace"; "stop using", "block access", "power down", "not use"
			if !stopUsing[lk] && k+1 < len(lw) {
				e = k + 1
			}
			phrase := s[lw[i].start:lw[e].end]
			if vendor == nil {
				first := strings.Fields(name)[0]
				for _, w := range lw[k:] {
					if w.text == first {
						return phrase, true
					}
				}
				return "", false
			}
			ss := m.ac.scan(scanState{grow: true}, s[lw[k].start:])
			for _, h := range ss.hits {
				if m.hasVendor[h.pat] && m.sameVendor(h.pat, vendor.pat) {
					return phrase, true
				}
			}
			return "", false
		}
	}
	return "", false
}

// sameVendor reports whether patterns a and b name one registry vendor.
func (m *Matcher) sameVendor(a, b int32) bool {
	for _, ra := range m.refs[a] {
		if ra.kind != kindVendor {
			continue
		}
		for _, rb := range m.refs[b] {
			if rb.kind == kindVendor && m.vendorTerms[ra.idx].vendor == m.vendorTerms[rb.idx].vendor {
				return true
			}
		}
	}
	return false
}

// describedTie reads a title whose authority warns or acts on a described
// vendor (words; titleHits its hits) with a lead that carries the state
// tie or spying itself at a core weight: the pair is scored as one
// headline, and the title must open with who speaks (an authority, a
// court, a regulator).
func (m *Matcher) describedTie(title string, words []titleWord, lead string, titleHits []hit,
	names []trust.VendorHit, described string) (trust.Alert, bool) {
	ss := m.ac.scan(scanState{grow: true}, lead)
	both := append(append([]hit(nil), titleHits...), ss.hits...)
	u := m.scoreUnit(both, true, false, isQuestion(title))
	first := ""
	if len(words) > 0 {
		first = words[0].lc()
	}
	if !u.ok || m.background(lead, ss.hits) || u.category != trust.CategoryStateLinks && u.category != trust.CategoryEspionage ||
		!m.coreSignal(ss.hits, 0) || statePlaces[first] || !authorities[first] && !warnActors[first] && !accusers[first] {
		// "The US Navy, NATO, and NASA are using a shady Chinese
		// company's encryption chips" — "US government warns encryption
		// chipmaker Hualan has suspicious ties to China's military": a
		// title that only describes, over a lead that is the news as a
		// headline would tell it.
		u = m.scoreUnit(ss.hits, false, false, false)
		if !u.ok || m.background(lead, ss.hits) || u.score < m.rules.Threshold+m.rules.TitleBonus || !actedOn(u.category, titleWords(lead), nil) ||
			m.titleLowers(titleHits, isQuestion(title)) {
			return trust.Alert{}, false
		}
		for _, sg := range u.signals {
			if sg.Weight < 0 {
				return trust.Alert{}, false // talk or routine in the lead
			}
		}
	}
	return m.describedAlert(title, lead, u, names, described), true
}

// describedAlert is the alert of a title that describes its vendors and
// a lead that names them (describedTie, describedLead): the title and
// lead read as one headline, each name written as the title described it.
func (m *Matcher) describedAlert(title, lead string, u unit, names []trust.VendorHit, described string) trust.Alert {
	a := trust.Alert{
		Signals:  u.signals,
		Category: u.category,
		Score:    u.score,
		Severity: m.rules.SeverityFor(u.score),
		Across:   true,
		Evidence: clean(title) + " — " + clean(lead),
	}
	for _, n := range names {
		n.Term = described
		a.Vendors = append(a.Vendors, n)
	}
	a.Summary = Summarize(a.Evidence, title, lead)
	return a
}

// titleLowers reports whether a title's own words say its story is not
// plainly news: a question, talk, routine or another motive.
func (m *Matcher) titleLowers(titleHits []hit, question bool) bool {
	if question {
		return true
	}
	for _, h := range titleHits {
		for _, r := range m.refs[h.pat] {
			switch r.kind {
			case kindRoutine, kindTalk, kindMotive:
				return true
			}
		}
	}
	return false
}

// background reports whether every core signal of a lead (its hits)
// stands in a relative clause about the vendor: "Hikvision, which the
// Pentagon says has ties to China's military, will supply cameras" tells
// the tie as who the vendor is, not as news.
func (m *Matcher) background(lead string, hits []hit) bool {
	core := false
	for _, h := range hits {
		if !m.coreSignal([]hit{h}, 0) {
			continue
		}
		core = true
		if !inRelative(lead, h.off) {
			return false
		}
	}
	return core
}

// inRelative reports whether byte offset off of s lies in a clause
// opened by ", which", ", who" or ", whose" and closed by the next comma.
func inRelative(s string, off int) bool {
	ls := strings.ToLower(s)
	for _, p := range []string{", which ", ", who ", ", whose "} {
		for i := 0; ; {
			j := strings.Index(ls[i:], p)
			if j < 0 {
				break
			}
			st := i + j + len(p)
			end := strings.IndexByte(ls[st:], ',')
			if end < 0 {
				end = len(ls)
			} else {
				end += st
			}
			if off > st && off <= end {
				return true
			}
			i = st
		}
	}
	return false
}

// hasWordIn reports whether s holds a word (a run of ASCII letters, in
// any case) of set, without allocating: the cheap test before a title's
// words are split.
func hasWordIn(s string, set map[string]bool) bool {
	sc := wordScan{s: s}
	for w := sc.next(); w != nil; w = sc.next() {
		if set[string(w)] {
			return true
		}
	}
	return false
}
