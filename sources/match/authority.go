package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// describedOnly reads a title that holds no registry vendor and no word
// any title shape reads, when it describes its vendor instead of naming
// it: "The US Navy, NATO, and NASA are using a shady Chinese company's
// encryption chips" — "US government warns encryption chipmaker Hualan
// has suspicious ties to China's military". Such a title has nothing of
// its own to alert on; the lead that names the described vendor may
// (describedLead). Without text, or without a word of kind in the title,
// it costs one scan of the title's letters.
func (m *Matcher) describedOnly(title, orig, body string, titleHits []hit, described bool, gate *item) (trust.Alert, bool) {
	if described || !m.rules.AnyVendor || body == "" || !gate.has(gDescribedHeads) {
		return trust.Alert{}, false
	}
	return m.describedLead(title, orig, body, titleHits, gate)
}

// warnsOfAttacks reports whether a title is a warning to the targets of
// attacks ("Apple warns Indian opposition and journalists of state-backed
// hacking", "Google alerts users of government-backed attacks"): its
// news is the attacks. A vendor its lead names beside them (a spyware
// product the attackers may have used) is the tool, not the one a trust
// event is about (trust-events.md: reports of a spyware maker's tools
// used on victims are not events).
func warnsOfAttacks(title string) bool {
	if !hasWordIn(title, attackWarnVerbs) {
		return false
	}
	words := titleWords(title)
	for i, w := range words {
		if !attackWarnVerbs[w.lc()] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+6; k++ {
			if !oneOf(words[k].lc(), "of", "about") {
				continue
			}
			for j := k + 1; j < len(words) && j <= k+4; j++ {
				if warnedAttacks[words[j].lc()] {
					return true
				}
			}
			break
		}
	}
	return false
}

var (
	attackWarnVerbs = wordSet("warns warned warn alerts alerted notifies notified notify")
	warnedAttacks   = wordSet(`hacking hack hacks attack attacks attackers hackers intrusions
		targeting spyware surveillance phishing campaign campaigns exploitation`)
)

// An authority telling users that a vendor's fix does not help: "FBI:
// Patches for Barracuda ESG zero-day are ineffective", "FBI warns of
// patched Barracuda ESG appliances still being hacked", "CISA warns
// FortiGate devices stay compromised after patching", "NSA urges owners
// to retire SonicWall SMA appliances". Patching is the routine answer to
// a flaw; an authority saying it is no answer tells users to stop
// relying on the product (trust-events.md: a directive to stop using or
// remove it). An authority opens the title; the futility or the order
// to give the product up is said in the title or in the lead's first
// sentence, which then names the vendor again. "FBI warns of attacks
// exploiting X flaw" says neither and stays out.

// futileCheap are the words without one of which in the title or lead
// none of the shape's phrases can be said.
var futileCheap = wordSet(`ineffective useless insufficient still stay stays stayed remain remains
	remained persist persists survive survives survived won doesn don cannot can not
	assume retire replacement replace disconnect unplug decommission`)

// fixWords are a vendor's answers to a flaw.
var fixWords = wordSet(`patch patches patched patching fix fixes fixed update updates
	updated updating upgrade upgrades upgraded upgrading reset reboot reimage reimaging`)

// breachedWords say a device is in attackers' hands.
var breachedWords = wordSet(`compromised hacked breached backdoored infected hijacked owned access
	exploited exploiting hacking breaching compromising targeted`)

// persistVerbs say attackers or their access outlast something.
var persistVerbs = wordSet(`stay stays stayed remain remains remained persist persists survive
	survives survived keep keeps kept retain retains retained maintain maintains`)

// futility finds in words a fix said not to help, and returns the span.
func futility(words []titleWord) (int, int, bool) {
	fix := -1
	for i, w := range words {
		if fixWords[w.lc()] {
			fix = i
			break
		}
	}
	near := func(i, d int, s map[string]bool) int {
		for k := i + 1; k < len(words) && k <= i+d; k++ {
			if s[words[k].lc()] {
				return k
			}
		}
		return -1
	}
	for i, w := range words {
		lw := w.lc()
		switch {
		case fix >= 0 && oneOf(lw, "ineffective", "useless", "insufficient"):
			// "patches are ineffective", "ineffective patches"
			return min(i, fix), max(i, fix), true
		case lw == "still" && fix >= 0 && strings.EqualFold(words[fix].text, "patched"):
			// "patched appliances still being hacked"
			if k := near(i, 3, breachedWords); k >= 0 {
				return min(fix, i), k, true
			}
		case persistVerbs[lw] || lw == "even" || lw == "despite":
			// "stay compromised after patching", "keep access even
			// after a factory reset"
			for k := i + 1; k < len(words) && k <= i+6; k++ {
				lk := words[k].lc()
				if oneOf(lk, "after", "despite", "through") {
					if f := near(k, 3, fixWords); f >= 0 && (persistVerbs[lw] || lw == "even" || lw == "despite") {
						return i, f, true
					}
				}
			}
		case oneOf(lw, "won", "doesn", "don", "can", "cannot", "not") && i > 0 && fix >= 0 && fix < i:
			// "patches won't stop attacks", "updating does not remove
			// the hackers"
			k := i + 1
			if k < len(words) && words[k].text == "t" {
				k++
			}
			if k < len(words) && oneOf(words[k].lc(), "stop", "fix", "help", "protect", "remove", "evict", "block", "prevent") {
				return fix, k, true
			}
		case lw == "assume":
			// "urges defenders to assume breach"
			if k := near(i, 2, wordSet("breach compromise compromised")); k >= 0 {
				return i, k, true
			}
		}
	}
	return 0, 0, false
}

// futileAlert reads the shape for a title of an authority (titleHits its
// hits) with the lead's first sentence.
func (m *Matcher) futileAlert(title, body string, titleHits []hit, question bool, gate *item) unit {
	if !actorOpens(title) || !gate.has(gFutileCheap) && !hasWordIn(firstSentence(body), futileCheap) {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	actor := -1
	for i := 0; i < len(words) && i < 3; i++ {
		lw := strings.ToLower(strings.TrimRight(words[i].text, "."))
		if warnActors[lw] || authorities[lw] && !statePlaces[lw] && !oneOf(lw, "court", "judge", "lawmakers", "congress", "senate", "house") {
			actor = i
		}
	}
	if actor < 0 {
		return unit{}
	}
	var vendor *hit
	for i, h := range titleHits {
		if m.hasVendor[h.pat] && !m.reported(titleHits, i) {
			vendor = &titleHits[i]
			break
		}
	}
	m.mark(words, titleHits)
	name := ""
	if vendor == nil {
		if !m.rules.AnyVendor {
			return unit{}
		}
		// The first name after the actor, past verbs, function words
		// and the fix itself ("Patches for Barracuda ESG ...").
		for k := actor + 1; k < len(words) && name == ""; k++ {
			if lk := words[k].lc(); fixWords[lk] || warnVerbs[lk] || authorities[lk] || warnActors[lk] {
				continue
			}
			name = nameAt(words, k)
		}
		if name == "" || threatActor(words, name) {
			return unit{}
		}
	}
	var term string
	if lo, hi, ok := futility(words); ok && lo > actor {
		term = joinSpan(words, lo, hi)
	} else if t, ok := m.giveUp(words, title, vendor, name); ok && hasWordIn(title, warnVerbs) {
		term = t // "NSA urges owners to retire SonicWall SMA appliances"
	} else {
		lead := firstSentence(body)
		lw := gate.words(lead)
		lo, hi, ok := futility(lw)
		if !ok || !hasWordIn(title, warnVerbs) || !m.namesAgain(lead, lw, vendor, name) {
			return unit{}
		}
		term = joinSpan(lw, lo, hi)
	}
	// The fix and the flaw it fails are the shape's own words, not
	// routine news about them.
	own := make([]hit, 0, len(titleHits))
	for _, h := range titleHits {
		if !m.has(h.pat, kindRoutine) || !m.flawWords(h.pat) {
			own = append(own, h)
		}
	}
	extra := trust.SignalHit{Term: term, Category: trust.CategoryDirective, Weight: supplyWeight}
	u := m.scoreUnitWith(own, true, vendor != nil, question, &extra, true)
	if !u.ok {
		return unit{}
	}
	if vendor == nil {
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.evidence = clean(title)
	return u
}

// flawWords reports whether every word of pattern p is a fix's or a
// flaw's ("patches", "zero day").
func (m *Matcher) flawWords(p int32) bool {
	for _, w := range strings.Fields(m.patterns[p]) {
		if !fixWords[w] && !flawNouns[w] {
			return false
		}
	}
	return true
}

var flawNouns = wordSet(`zero day zero-day flaw flaws vulnerability vulnerabilities bug bugs
	cve exploit exploits security`)

// namesAgain reports whether a lead sentence (s, its words lw) names the
// title's vendor: its registry hit, or the first word of its name as
// written.
func (m *Matcher) namesAgain(s string, lw []titleWord, vendor *hit, name string) bool {
	if vendor == nil {
		first := strings.Fields(name)[0]
		for _, w := range lw {
			if w.text == first {
				return true
			}
		}
		return false
	}
	ss := m.ac.scan(scanState{grow: true}, s)
	for _, h := range ss.hits {
		if m.hasVendor[h.pat] && m.sameVendor(h.pat, vendor.pat) {
			return true
		}
	}
	return false
}

// firstSentence is the first sentence of text, read from a bounded
// prefix.
func firstSentence(text string) string {
	// A first sentence is short: 600 bytes hold it, and the split stops
	// at its end (the rules ask for it many times an item), so nothing
	// is allocated.
	head := text
	if len(head) > 600 {
		head = head[:600]
	}
	var buf [1][2]int
	spans := sentenceSpansUpTo(head, buf[:0], 1)
	if len(spans) == 0 {
		return ""
	}
	return head[spans[0][0]:spans[0][1]]
}

// authorityOpenBits reports whether a title without any lexicon word may
// still be futileAlert's or watchdogAlert's, from its letters alone and
// its gate bits (gateSets).
func authorityOpenBits(title, body string, g gateBits) bool {
	return body != "" && actorOpens(title) && (g.has(gFutileCheap) || hasWordIn(firstSentence(body), futileCheap)) ||
		regulatorOpenBits(title, g)
}

// regulatorOpenBits reports whether a title may hold watchdogShape: a
// regulator and a verb of ordering or acting, or a state's name before
// a verb of acting. g is the title's gateSets bits.
func regulatorOpenBits(title string, g gateBits) bool {
	acts := g.has(gRegulatorActs)
	return g.has(gRegulatorNouns) && (acts || g.has(gRegulatorOrders)) || acts && firstWordIn(title, notVendors)
}

// firstWordIn reports whether a title's first word, in lower case, is in
// set, without allocating.
func firstWordIn(title string, set map[string]bool) bool {
	var buf [24]byte
	n := 0
	for i := 0; i < len(title) && n < len(buf); i++ {
		c := title[i]
		if c < 'A' || c > 'Z' && c < 'a' || c > 'z' {
			break
		}
		buf[n] = c | 0x20
		n++
	}
	return n > 0 && set[string(buf[:n])]
}

// actorOpens reports whether one of a title's first three words is an
// authority or an agency that warns, without allocating.
func actorOpens(title string) bool {
	var buf [24]byte
	n, long, words := 0, false, 0
	for i := 0; i <= len(title) && words < 3; i++ {
		c := byte(' ')
		if i < len(title) {
			c = title[i]
		}
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' && n > 0:
			if n == len(buf) {
				long = true
				continue
			}
			buf[n] = c | 0x20
			n++
		default:
			if n > 0 {
				w := buf[:n]
				if w[len(w)-1] == '.' {
					w = w[:len(w)-1]
				}
				if !long && (warnActors[string(w)] || authorities[string(w)]) {
					return true
				}
				words++
			}
			n, long = 0, false
		}
	}
	return false
}

// A regulator ordering a service blocked or its processing stopped, in
// words no ban phrase holds: "Italy's privacy watchdog orders DeepSeek
// app blocked", "Spain's data watchdog orders Worldcoin to stop
// collecting iris scans", "Irish regulator orders TikTok to suspend data
// transfers to China", "Italy's privacy regulator halts nudify app
// Clothoff". Data and privacy regulators act on a service's handling of
// data, a motive of trust in itself; a communications watchdog blocking
// content is held to a motive like any ban (banMotive).

// regulatorNouns name a regulator or the body that acts for a state.
var regulatorNouns = wordSet(`watchdog watchdogs regulator regulators commissioner commission garante
	dpc cnil ico aepd pipc authority authorities ministry government`)

// regulatorOrders are the verbs of an order to someone.
var regulatorOrders = wordSet(`orders ordered order tells told asks asked directs directed
	instructs instructed demands requires`)

// regulatorActs are the verbs of a regulator acting on a service itself.
var regulatorActs = wordSet(`halts halted halt suspends suspended suspend freezes froze blocks
	blocked block limits limited restricts restricted stops stopped`)

// stoppedNext are what an order says is to be done to a service:
// participles ("orders X blocked") and verbs after "to" ("orders X to
// stop").
var (
	stoppedParticiples = wordSet(`blocked suspended removed halted banned pulled restricted deleted
		shut frozen limited`)
	stoppedVerbs = wordSet("stop cease halt suspend block remove delete pull ban end shut")
)

// watchdogShape finds the order or action in words: the span, the
// category and the name of the service acted on.
func watchdogShape(words []titleWord) (lo, hi int, cat trust.Category, name string, ok bool) {
	for a := 0; a < len(words) && a < 5; a++ {
		la := strings.ToLower(strings.TrimRight(words[a].text, "."))
		// A state opening the title acts itself ("Indonesia suspends
		// Worldcoin permit over data concerns"); banMotive holds it to a
		// motive of trust, since states block services for many reasons.
		state := a == 0 && notVendors[la] && a+1 < len(words) && regulatorActs[lower(words[a+1])]
		if !regulatorNouns[la] && !(authorities[la] && !statePlaces[la] && !oneOf(la, "court", "judge")) && !state {
			continue
		}
		v := a + 1
		if v >= len(words) {
			break
		}
		lv := words[v].lc()
		switch {
		case regulatorActs[lv] && (regulatorNouns[la] || state):
			// "privacy regulator halts nudify app Clothoff"
			n := objectName(words, v+1, min(len(words), v+6))
			if n == "" {
				return
			}
			return a, v, trust.CategoryBan, n, true
		case regulatorOrders[lv]:
			for k := v + 1; k < len(words) && k <= v+7; k++ {
				lk := words[k].lc()
				if stoppedParticiples[lk] {
					// "orders DeepSeek app blocked"
					if n := objectName(words, v+1, k); n != "" {
						return a, k, trust.CategoryBan, n, true
					}
					return
				}
				if lk == "to" && k+1 < len(words) && stoppedVerbs[words[k+1].lc()] {
					s := k + 1
					n := objectName(words, v+1, k)
					if n == "" || storeOwner(n) {
						// "asks Apple and Google to remove DeepSeek":
						// the stores are told to pull the service.
						n = objectName(words, s+1, min(len(words), s+5))
						if n == "" {
							return
						}
						return a, s, trust.CategoryDelisting, n, true
					}
					return a, s, trust.CategoryBan, n, true
				}
				if words[k].stop && lk != "and" {
					break
				}
			}
		}
	}
	return
}

// storeOwner reports whether name is an app store's owner, whom a
// regulator asks to pull someone else's app.
func storeOwner(name string) bool {
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	return oneOf(first, "apple", "google", "microsoft", "amazon", "huawei", "samsung")
}

// watchdogAlert reads watchdogShape in a title (hits its hits, gate its
// gate bits) with the lead for the motive.
func (m *Matcher) watchdogAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	if !regulatorOpenBits(title, gate.gateBits) {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	m.mark(words, hits)
	lo, hi, cat, name, ok := watchdogShape(words)
	if !ok {
		return unit{}
	}
	u := m.shapeUnit(words, lo, hi, cat, hits, question, true)
	if !u.ok {
		return unit{}
	}
	leadWords := gate.words(firstSentence(lead))
	if !banMotive(trust.CategoryBan, words, leadWords) {
		return unit{}
	}
	var vs []trust.VendorHit
	for _, v := range u.vendors {
		if looseVendor(v.Name, name) || looseVendor(v.Term, name) {
			vs = append(vs, v)
		}
	}
	if len(vs) == 0 {
		if !m.rules.AnyVendor {
			return unit{}
		}
		vs = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.vendors = vs
	u.evidence = clean(title)
	return u
}

// describedAction reads a title whose authority acts on a vendor it only
// describes by trade, with a lead that names the vendor and says the
// action again (leadConfirms has held): "Treasury sanctions Beijing
// cybersecurity company behind Flax Typhoon botnet" — "OFAC sanctioned
// Integrity Technology Group for its role...", "Pentagon adds Chinese
// lidar maker to list of military companies" — "... added Hesai Group to
// its list". The title rewritten with the lead's name may lose what made
// it a technology vendor's news (the trade was in the description), so
// the title is read as written: an authority before the description, an
// action of its own (a signal of a core weight, or a list it adds to),
// the description or lead speaking of technology, and nothing in it
// lowering the news (talk, routine, a question).
func (m *Matcher) describedAction(title string, words []titleWord, lo, hi int, lead string, titleHits []hit,
	names []trust.VendorHit, described string) (trust.Alert, bool) {
	question := isQuestion(title)
	if !inWords(words[:lo], authorities) {
		return trust.Alert{}, false
	}
	var extra *trust.SignalHit
	if v, l, ok := listAdd(words); ok && v < lo {
		extra = &trust.SignalHit{Term: joinSpan(words, v, l), Category: trust.CategorySanctions, Weight: supplyWeight}
	}
	// What follows the description says who the vendor is ("behind Flax
	// Typhoon botnet"), not what the news is: its routine words do not
	// lower the title.
	end := words[hi].start + len(words[hi].text)
	var own []hit
	for _, h := range titleHits {
		if h.off <= end || !m.has(h.pat, kindRoutine) {
			own = append(own, h)
		}
	}
	if m.titleLowers(own, question) {
		return trust.Alert{}, false
	}
	u := m.scoreUnitWith(own, true, false, question, extra, extra != nil)
	if !u.ok || extra == nil && !m.coreSignal(titleHits, 0) {
		return trust.Alert{}, false
	}
	switch u.category {
	case trust.CategorySanctions, trust.CategoryBan, trust.CategoryDirective:
	default:
		return trust.Alert{}, false
	}
	lw := titleWords(lead)
	if !techContext(words) && !techContext(lw) && !describedTech(words) || !banMotive(u.category, words, lw) {
		return trust.Alert{}, false
	}
	for _, n := range names {
		if threatActor(words, n.Name) || threatActor(lw, n.Name) {
			return trust.Alert{}, false
		}
	}
	return m.describedAlert(title, lead, u, names, described), true
}

// describedTech reports whether a description's words name a trade of
// technology ("lidar maker", "encryption chipmaker"): the modifiers of
// kind describedSpan reads, less origins and sizes.
func describedTech(words []titleWord) bool {
	for _, w := range words {
		lw := w.lc()
		if describedModifiers[lw] && !statePlaces[lw] && !oneOf(lw, "popular", "largest", "biggest", "big", "major",
			"leading", "top", "second-largest", "shady", "obscure", "little-known", "controversial", "state-owned",
			"state-backed", "two", "three", "several", "north", "foreign", "american", "european", "japanese", "indian",
			"vietnamese", "korean", "israeli", "iranian", "belarusian", "israel", "iran") {
			return true
		}
	}
	return false
}

// actedName is the name a lead's verb of acting takes as its object
// ("OFAC sanctioned Integrity Technology Group for its role", "has added
// Hesai Group to its list"), as leadNames' last resort; nil without one.
func actedName(lw []titleWord) []trust.VendorHit {
	for i, w := range lw {
		lk := w.lc()
		if !leadActs[lk] && !oneOf(lk, "added", "adds", "designated", "designates", "listed") || w.stop {
			continue
		}
		n := objectName(lw, i+1, min(len(lw), i+3))
		if n == "" || threatActor(lw, n) {
			return nil
		}
		return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
	}
	return nil
}

// groupFamilies end the names security firms give state hacking groups
// ("Salt Typhoon", "Midnight Blizzard", "Mustang Panda", "Fancy Bear",
// "Charming Kitten"): a sanction or advisory citing one is about the
// group, and the vendor it names is someone else.
var groupFamilies = wordSet(`typhoon blizzard sandstorm sleet tempest panda bear kitten
	chollima spider`)

// caseGoesOn finds the further ways news says a case against someone
// goes on: a court saying it may ("Appeals court says WhatsApp can sue
// Pegasus maker"), prosecutors taking it to trial or charging the maker
// ("Greek prosecutors send Predator spyware case to trial"). A court
// declining an appeal is left out: whose appeal it was is often not in
// the title.
// The verb's index; courtCase holds the shape to a spyware maker.
func caseGoesOn(words []titleWord) (int, bool) {
	for v := 1; v < len(words); v++ {
		lv, la := lower(words[v]), lower(words[v-1])
		switch {
		case courts[la] && oneOf(lv, "says", "said", "rules", "ruled", "finds", "decides"):
			for k := v + 1; k+1 < len(words) && k <= v+6; k++ {
				if oneOf(lower(words[k]), "can", "may") && oneOf(lower(words[k+1]), "sue", "proceed", "pursue") {
					return v, true
				}
			}
		case oneOf(la, "prosecutor", "prosecutors") && oneOf(lv, "send", "sends", "sent", "refer", "refers", "referred"):
			for k := v + 1; k < len(words) && k <= v+8; k++ {
				if lower(words[k]) == "trial" {
					return v, true
				}
			}
		case oneOf(la, "prosecutor", "prosecutors") && oneOf(lv, "charge", "charges", "charged", "indict", "indicts", "indicted"):
			// The maker or its people are charged, not its customers
			// ("charge hackers who used Pegasus").
			if v+2 < len(words) && hasUpperOrDigit(words[v+1].text) && !attackers[lower(words[v+1])] &&
				!peopleNouns[lower(words[v+2])] && !attackers[lower(words[v+2])] {
				return v, true
			}
			for k := v + 1; k < len(words) && k <= v+3; k++ {
				if oneOf(lower(words[k]), "executives", "executive", "founder", "founders", "owners", "maker", "makers", "vendor") {
					return v, true
				}
			}
		}
	}
	return 0, false
}

// passiveListing reports whether the listing verb words[v] is a passive
// whose list an authority owns: "DJI added to Pentagon list of
// military-linked firms", "Xiaomi placed on US blacklist". An authority
// must own the list, since a company adds things to its own lists.
func passiveListing(words []titleWord, v int) bool {
	if !oneOf(lower(words[v]), "added", "placed", "put") || v == 0 || v+1 >= len(words) ||
		!oneOf(lower(words[v+1]), "to", "on") {
		return false
	}
	for k := v + 2; k < len(words) && k <= v+5; k++ {
		lk := lower(words[k])
		if oneOf(lk, "list", "lists", "blacklist", "blacklists") {
			return false
		}
		if authorities[strings.TrimSuffix(strings.TrimSuffix(lk, "'s"), "’s")] {
			return true
		}
	}
	return false
}

// oneDescribed reports whether the class a class alert read (vendors'
// Class) is followed in the title by a singular head: "Chinese AI
// startup", "a Chinese drone maker" describe one vendor, whom the lead
// may name; "Chinese AI firms" are a class.
func oneDescribed(title string, vendors []trust.VendorHit) bool {
	if len(vendors) == 0 || vendors[0].Class == "" {
		return false
	}
	phrase := strings.Fields(vendors[0].Class)
	// "bans Chinese AI app": one of a singular kind, its name in the
	// lead (nm12.go); not "Chinese camera makers".
	single := nm12SingularKinds[strings.ToLower(phrase[len(phrase)-1])]
	words := titleWords(title)
	if n := len(words) - len(phrase); single && n >= 0 && strings.EqualFold(words[n].text, phrase[0]) {
		return true
	}
	for i := 0; i+len(phrase) < len(words); i++ {
		if !strings.EqualFold(words[i].text, phrase[0]) {
			continue
		}
		next := strings.ToLower(words[i+len(phrase)].text)
		return single && !describedHeads[next] || oneOf(next, "maker", "manufacturer", "chipmaker", "company", "firm", "provider", "vendor", "giant",
			"developer", "supplier", "startup", "conglomerate", "carrier", "operator", "brand")
	}
	return false
}
