package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// govAlert reads a title for the authority and market shapes that
// security outlets write shorter than general news and that actionAlert's
// shapes do not cover: a probe of a vendor named by a noun or an
// infinitive ("China to probe Micron over cybersecurity", "regulator
// opens privacy probe into DeepSeek"), a state blaming or accusing a
// vendor of spying, a lawsuit or state calling a product spyware, an
// authority saying a vendor is tied to a state, a store owner telling
// developers to remove a vendor's SDK, a partner withdrawing support over
// a trust motive, an authority barring its staff from using a product,
// and a court letting a case against a spyware maker go on (the maker
// named in the title or only in the lead).
func (m *Matcher) govAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	words := headline(gate.wordsCopy(title))
	if len(words) < 3 {
		return unit{}
	}
	m.mark(words, hits)
	if u := m.courtCase(words, title, lead, hits, question); u.ok {
		return u
	}
	var extra trust.SignalHit
	name := ""
	motive := false    // the unlisted name needs a trust motive in title or lead
	decides := true    // the shape is a decision taken: talk words do not lower it
	unlistedOK := true // the shape may name a vendor outside the registry
	tech := false      // the shape itself says the name is a technology company
	sold := ""         // the product a divest order sells (named3.go)
	if lo, hi, s, e, ok := probeNoun(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryStateLinks, Weight: supplyWeight}
		name = accusedObject(words, s, e)
		decides = false // "calls for a security review of X" is a call, not a probe
	} else if v, s, e, ok := stateAccuses(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, v), Category: trust.CategoryStateLinks, Weight: supplyWeight}
		if name = accusedObject(words, s, e); name == "" {
			return unit{} // "China accuses U.S. of espionage against Huawei": Huawei is the victim
		}
	} else if v, k, ok := callsSpyware(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryEspionage, Weight: supplyWeight}
		name = accusedObject(words, v+1, k)
	} else if v, k, ok := cl16IsSpyware(words); ok { // the voice after the charge (cl16.go)
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryEspionage, Weight: supplyWeight}
		name = accusedObject(words, 0, v)
	} else if v, k, ok := saysRan(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, k, min(len(words)-1, k+2)), Category: trust.CategoryStateLinks, Weight: supplyWeight}
		name = accusedObject(words, v+1, k)
		tech = true // a company running hacking is a technology one
	} else if v, k, ok := saysTied(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, k, min(len(words)-1, k+3)), Category: trust.CategoryStateLinks, Weight: supplyWeight}
		name = accusedObject(words, v+1, k)
	} else if v, k, ok := platformOrders(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryDelisting, Weight: supplyWeight}
		name = objectName(words, k+1, min(len(words), k+5))
		motive = true
	} else if v, k, ok := offList(words); ok { // delist.go: taken off a blacklist
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryReversal, Weight: supplyWeight}
		name = nameBefore(words, v, true)
		if lower(words[v]) == "off" {
			name = nameBefore(words, v-1, true)
			if !offVerbs[lower(words[v-1])] {
				name = nameBefore(words, v, false) // "orders Luokung off" (leftovers3)
			}
		}
		tech = companyList(words[v : k+1]) // a name on a list of companies is context enough (leftovers3.go)
	} else if n, k, ok := unavailableIn(words); ok { // delist.go: gone from a store, no verb of removal
		extra = trust.SignalHit{Term: joinSpan(words, n, k), Category: trust.CategoryDelisting, Weight: supplyWeight}
		name = nameBefore(words, n, true)
		motive = true
	} else if v, k, ok := dropsPlan(words); ok { // delist.go: a buyer drops a plan to use a vendor's product
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryDelisting, Weight: supplyWeight}
		name = productOwner(words, k+1, min(len(words), k+8))
		motive = true
		if !hasMotive(words) && !hasMotive(gate.words(lead)) && !inWords(gate.words(lead), listWords) {
			return unit{} // a plan dropped for its cost or its timing
		}
	} else if v, n, s, e, ok := partnerWithdraws(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, n), Category: trust.CategoryDelisting, Weight: supplyWeight}
		name = objectName(words, s, e)
		motive = true
		if !hasMotive(words) && !hasMotive(gate.words(lead)) {
			return unit{} // "Intel ends partnership with X": business, not distrust
		}
	} else if v, s, product, ok := storePulls(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v-1, v), Category: trust.CategoryDelisting, Weight: supplyWeight}
		name = objectName(words, s, min(len(words), s+4))
		motive = true
		if !product {
			// Only a registry vendor vouches that the object is another
			// maker's product ("Google Play kicks out Kaspersky"), not
			// the owner's own feature.
			unlistedOK = false
		}
	} else if v, k, ok := divestOrder(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryBan, Weight: supplyWeight}
		name = objectName(words, v+1, k)
		s := dealObject(words, k) // past "purchase of" (leftovers3.go)
		hits = m.withoutDealMotive(hits, words[k].start, words[min(len(words)-1, s)].end)
		if sold = objectName(words, s, min(len(words), s+6)); sold != "" {
			// "orders ByteDance to sell TikTok's US operations": the
			// product sold is the vendor too.
			name = strings.TrimSpace(name + " " + sold)
		}
		if name == "" {
			name = ownerOfName(words, v) // "X's Chinese owner ordered to divest" (leftovers2.go)
		}
		if name == "" && foreignOwner(words, k) {
			// "forces Chinese owner to sell hotel software firm X": the
			// name past what it is.
			name = objectName(words, s, min(len(words), s+6))
		}
		motive = !foreignOwner(words, k) // a foreign owner told to sell is the motive (leftovers2.go), before the order or after it (leftovers3)
	} else if v, d, s, ok := dealUndone(words); ok { // leftovers3.go: "X must unwind acquisition of Y", "blocks Chinese takeover of Y"
		extra = trust.SignalHit{Term: joinSpan(words, v, d), Category: trust.CategoryBan, Weight: supplyWeight}
		hits = m.withoutDealMotive(hits, words[v].start, words[min(len(words)-1, s)].end)
		sold = objectName(words, s, min(len(words), s+6))
		name = strings.TrimSpace(nameBefore(words, v, false) + " " + sold)
		motive = true
	} else if v, k, ok := certificatesBlocked(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryDistrust, Weight: supplyWeight}
		name = issuerName(words[v+1 : k])
	} else if v, k, ok := warnsAgainst(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryDirective, Weight: supplyWeight}
		name = objectName(words, k+1, min(len(words), k+5))
	} else if v, k, ok := barsOwnUse(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryBan, Weight: supplyWeight}
		name = objectName(words, k+1, min(len(words), k+5))
		tech = true // what staff are barred from using is a product: "bar officials from using Zoom"
	} else if v, k, ok := posesThreat(words); ok { // gate.go: the shapes behind the cue words
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryStateLinks, Weight: supplyWeight}
		name = accusedObject(words, v+1, k)
		// A vendor outside the registry poses a threat as a foreign
		// one ("says Chinese-made modules pose a threat"); "says
		// deepfakes pose a threat to the election" names none.
		unlistedOK = inWords(words, foreignControl)
	} else if v, k, cat, ok := shutOut(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: cat, Weight: supplyWeight}
		name = objectName(words, v+1, k)
	} else if v, k, ok := undoesOrders(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryReversal, Weight: supplyWeight}
		name = objectName(words, k+1, min(len(words), k+6))
	} else if d, s, ok := dataToState(words); ok { // delist.go: data found going to a state
		extra = trust.SignalHit{Term: joinSpan(words, d, s), Category: trust.CategoryEspionage, Weight: supplyWeight}
		name = dataOwner(words, d)
	} else if v, k, ok := aidsState(words); ok { // delist.go: said to serve a state's military or spies
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryStateLinks, Weight: supplyWeight}
		name = nameBefore(words, v, true)
	} else if v, k, ok := courtUndoes(words); ok { // delist.go: a court undoing an order or listing
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryReversal, Weight: supplyWeight}
		if lower(words[v]) != "wins" && lower(words[v]) != "won" && lower(words[v]) != "secures" && lower(words[v]) != "gets" {
			unlistedOK = false // "Court quashes Canada's order ...": the vendor from the registry
		} else {
			name = nameBefore(words, v, false)
		}
	} else {
		return unit{}
	}
	if name == "" && unnamedSubject(words) {
		// "FBI says Chinese firm ran Flax Typhoon botnet": the lead
		// gives the firm's full name (gate.go).
		name = leadCompany(gate.words(lead))
	}
	u := m.scoreUnitWith(hits, true, false, question, &extra, decides)
	if !u.ok {
		return unit{}
	}
	if len(u.vendors) > 0 && name != "" {
		// The shape's object is the vendor; another one named in the
		// title is a party to the story ("blames U.S. and Apple").
		var object []trust.VendorHit
		for _, v := range u.vendors {
			if looseContains(name, v.Term) {
				object = append(object, v)
			}
		}
		if len(object) == 0 {
			return unit{}
		}
		u.vendors = soldToo(object, sold)
	}
	if len(u.vendors) == 0 {
		leadWords := gate.words(lead)
		titleCase := isTitleCase(words)
		if name == "" || !unlistedOK || !m.rules.AnyVendor || !vendorName(name) || threatActor(words, name) ||
			titleCase && !confirmed(name, words, true, leadWords) ||
			!tech && !techContext(words) && !techContext(leadWords) ||
			motive && !hasMotive(words) && !hasMotive(leadWords) && !inWords(words, banMotives) && !inWords(leadWords, banMotives) {
			return unit{}
		}
		if sold != "" && vendorName(sold) {
			name = sold // the product a divest order sells is the vendor (leftovers3.go)
		}
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.evidence = clean(title)
	return u
}

// lower is a title word in lower case, less a trailing dot.
func lower(w titleWord) string {
	return strings.TrimRight(w.lc(), ".")
}

// probeNoun finds an authority's probe of a vendor written as a noun or
// an infinitive, which probeShape (the present verb) does not read:
// "China to probe Micron over cybersecurity", "Italy's privacy watchdog
// opens probe into DeepSeek", "India launches security review of Chinese
// CCTV makers". The motive of trust may stand before the noun or after
// it; a probe of a breach the vendor suffered, or of competition, is not
// this. It returns the span from the probe to its motive and the words
// where the probed name stands.
func probeNoun(words []titleWord) (lo, hi, s, e int, ok bool) {
	if inWords(words, breachWords) || inWords(words, probeOff) {
		return 0, 0, 0, 0, false
	}
	for p, w := range words {
		lp := lower(w)
		infinitive := false
		switch lp {
		case "probe", "investigate", "review", "scrutinize", "scrutinise", "examine":
			infinitive = p > 0 && (lower(words[p-1]) == "to" || lower(words[p-1]) == "will")
			if !infinitive && lp != "probe" && lp != "review" {
				continue
			}
		case "probes", "investigation", "investigations", "inquiry", "enquiry", "reviews", "audit":
		default:
			continue
		}
		if !inWords(words[:p], authorities) || inWords(words[:p], callWords) {
			continue // "lawmakers call for a security review of X": a call, not a probe
		}
		// The object: right after an infinitive, or after "into", "of",
		// "on" within two words of the noun.
		s = -1
		if infinitive {
			s = p + 1
		} else {
			for k := p + 1; k < len(words) && k <= p+2; k++ {
				switch lower(words[k]) {
				case "into", "of", "on":
					s = k + 1
				}
				if s >= 0 || words[k].stop {
					break
				}
			}
		}
		if s < 0 || s >= len(words) {
			continue
		}
		e = min(len(words), s+5)
		// The motive: in the four words before the probe ("security
		// review", "privacy watchdog opens probe") or within eight
		// after it.
		for k := max(0, p-4); k < p; k++ {
			if probeMotiveWord(lower(words[k])) {
				return k, p, s, e, true
			}
		}
		for k := p + 1; k < len(words) && k <= p+8; k++ {
			// After the probe a state's name is its motive too: "review
			// of Microsoft's use of China-based engineers".
			if probeMotiveWord(lower(words[k])) || k > s && foreignControl[lower(words[k])] {
				return p, k, s, e, true
			}
		}
	}
	return 0, 0, 0, 0, false
}

// callWords ask for an action rather than take it.
var callWords = wordSet(`calls call calling urges urge urging demands demand wants seeks
	seek push pushes asks ask proposes propose requests`)

// probeOff are probes of something other than trust in the vendor.
var probeOff = wordSet(`antitrust anti-trust competition monopoly tax dumping subsidies subsidy
	merger acquisition pricing deal`)

// foreignControl are the words of a foreign state's hand in a vendor.
var foreignControl = wordSet(`china chinese china-based chinese-owned china-linked beijing russia
	russian russia-based russian-owned kremlin iran iranian foreign foreign-owned`)

func probeMotiveWord(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if probeMotives[p] {
			return true
		}
	}
	return false
}

// stateAccuses finds a state blaming or accusing a vendor of spying or
// of helping another state hack ("Russia says thousands of iPhones were
// hacked, blames U.S. and Apple", "China accuses Nvidia of H20 chip
// backdoors"). The authority is the verb's subject; the motive is a
// spying or hacking word anywhere in the title. It returns the verb's
// index and the words where the accused stands.
func stateAccuses(words []titleWord) (v, s, e int, ok bool) {
	for v = 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "accuses", "blames", "accusing", "blaming":
		default:
			continue
		}
		if !inWords(words[:v], authorities) || inWords(words[:v], attackers) {
			continue
		}
		if !inWords(words, accuseMotives) {
			return 0, 0, 0, false
		}
		e = v + 1
		for e < len(words) && e <= v+5 {
			if lw := lower(words[e]); lw == "of" || lw == "for" || lw == "over" {
				break
			}
			e++
			if words[e-1].stop {
				break
			}
		}
		return v, v + 1, e, true
	}
	return 0, 0, 0, false
}

var accuseMotives = wordSet(`spying spy spies espionage hacked hacking hack backdoor backdoors
	surveillance eavesdropping collusion colluding tracking wiretapping snooping exfiltrating`)

// accusedObject is the accused among words[s:e], past the states named
// beside it ("blames U.S. and Apple").
func accusedObject(words []titleWord, s, e int) string {
	for i := s; i < e; i++ {
		lw := lower(words[i])
		if actors[lw] && !platformActors[lw] || lw == "and" || lw == "the" {
			continue
		}
		if platformActors[lw] && hasUpperOrDigit(words[i].text) && (i+1 == e || !hasUpperOrDigit(words[i+1].text)) {
			return words[i].text // a platform accused ("blames U.S. and Apple"), which names drop as an actor
		}
		return objectName(words, i, e)
	}
	return ""
}

// callsSpyware finds a lawsuit, regulator or state calling a product
// spyware or malware: "Nebraska lawsuit calls Temu shopping app spyware",
// "Texas AG brands TikTok a 'malicious spy tool'". Returns the verb's
// index and the spyware word's.
func callsSpyware(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "calls", "called", "labels", "labeled", "labelled", "brands", "branded", "dubs", "dubbed", "says",
			"claims", "alleges", "deems",
			// "Arkansas sues Temu, calling the app malware" (gate.go)
			"calling", "labeling", "labelling", "branding", "dubbing", "alleging", "saying", "claiming":
		default:
			continue
		}
		if !inWords(words[:v], spywareAccusers) && !inWords(words[:v], sueForms) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+8; k++ {
			lk := lower(words[k])
			if lk == "spyware" || lk == "malware" || (lk == "spy" || lk == "spying" || lk == "surveillance") &&
				k+1 < len(words) && spyTools[lower(words[k+1])] {
				return v, k, true
			}
			if words[k].stop && !words[k].quoted {
				break
			}
		}
	}
	return 0, 0, false
}

var (
	spywareAccusers = wordSet(`lawsuit lawsuits suit complaint ag attorney regulator regulators
		watchdog state states government court judge`)
	spyTools = wordSet("tool tools app apps device devices software")
)

// saysTied finds an authority or an investigation saying a vendor is
// tied to a state: "Dutch intelligence says Chinese crane maker ZPMC tied
// to state espionage", "House panel finds Quectel modules linked to
// Chinese military". Returns the verb's index and the tie word's.
func saysTied(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "says", "say", "finds", "found", "concludes", "warns", "claims", "alleges":
		default:
			continue
		}
		if !inWords(words[:v], authorities) && !inWords(words[:v], investigators) {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+8; k++ {
			switch lower(words[k]) {
			case "tied", "linked", "ties", "links", "connected", "beholden", "answers", "reports":
			default:
				if words[k].stop {
					return 0, 0, false
				}
				continue
			}
			if k+1 >= len(words) || lower(words[k+1]) != "to" {
				continue
			}
			for j := k + 2; j < len(words) && j <= k+4; j++ {
				if stateWords[lower(words[j])] {
					return v, k, true
				}
			}
		}
	}
	return 0, 0, false
}

var (
	investigators = wordSet(`intelligence committee panel investigation probe inquiry report spy
		counterintelligence aivd mivd fsb mss`)
	stateWords = wordSet(`state military intelligence government beijing kremlin moscow pla ccp
		communist espionage army regime tehran pyongyang`)
)

// platformOrders finds a store or platform owner ordering developers to
// drop a vendor's code: "Apple and Google tell developers to remove X-Mode
// location tracking SDK". Returns the verb's index and the riddance verb's.
func platformOrders(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "tell", "tells", "told", "order", "orders", "ordered", "give", "gives", "gave", "require", "requires",
			"force", "forces", "ask", "asks":
		default:
			continue
		}
		if !inWords(words[:v], platformActors) && !inWords(words[:v], stores) {
			continue
		}
		devs := false
		for k := v + 1; k < len(words) && k <= v+8; k++ {
			lk := lower(words[k])
			if developerWords[lk] {
				devs = true
			}
			if devs && riddance[lk] || devs && (lk == "drop" || lk == "strip") {
				return v, k, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

var developerWords = wordSet("developers devs makers publishers developer")

// partnerWithdraws finds a partner withdrawing support from a vendor:
// "Amazon AWS withdraws Moq sponsorship amid data collection controversy",
// "Intel ends partnership with Sandvine after spyware report". A motive
// of trust must stand in the title or lead (the caller checks). Returns
// the verb's index, the noun's, and the words where the vendor stands:
// between them, or after the noun's "with".
func partnerWithdraws(words []titleWord) (v, n, s, e int, ok bool) {
	for v = 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "withdraws", "withdrew", "withdrawn", "drops", "dropped", "pulls", "pulled", "ends", "ended", "cuts",
			"suspends", "suspended", "terminates", "terminated", "cancels", "cancelled", "canceled", "revokes",
			"revoked":
		default:
			continue
		}
		for n = v + 1; n < len(words) && n <= v+4; n++ {
			if partnerNouns[lower(words[n])] {
				if n > v+1 && capitalIn(words[v+1:n]) {
					return v, n, v + 1, n, true
				}
				if n+2 < len(words) && (lower(words[n+1]) == "with" || lower(words[n+1]) == "for") {
					return v, n, n + 2, min(len(words), n+5), true
				}
				break
			}
			if words[n].stop {
				break
			}
		}
	}
	return 0, 0, 0, 0, false
}

var partnerNouns = wordSet(`sponsorship sponsorships partnership partnerships funding certification
	membership contract contracts investment backing endorsement`)

// barsOwnUse finds an authority barring its own people from using a
// product: "House bans staff from using Microsoft Copilot", "European
// Commission bars employees from installing TikTok". Returns the verb's
// index and the using verb's.
func barsOwnUse(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "bans", "banned", "bars", "barred", "prohibits", "prohibited", "forbids", "forbade", "restricts",
			"blocks", "orders", "tells",
			// A plural subject takes the base form: "NASA, US Navy ban
			// employees from using DeepSeek".
			"ban", "bar", "prohibit", "forbid", "restrict", "block", "order", "tell":
		default:
			continue
		}
		if !inWords(words[:v], authorities) && !inWords(words[:v], localBodies10) && !pluralBodies10[lower(words[v-1])] {
			continue // a city's schools are a public body too: "NYC schools ban staff from using Zoom"
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			lk := lower(words[k])
			if lk == "from" || lk == "to" && !strings.HasPrefix(lower(words[v]), "order") && !strings.HasPrefix(lower(words[v]), "tell") {
				if k > v+1 && (inWords(words[v+1:k], ownUse) || inWords(words[v+1:k], addressees) ||
					inWords(words[v+1:k], ownPeople)) &&
					k+1 < len(words) && useVerbs[lower(words[k+1])] {
					return v, k + 1, true
				}
				break
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// ownPeople are an authority's own people, beyond ownUse's.
var ownPeople = wordSet("personnel members workers servicemembers sailors contractors ministers")

var useVerbs = wordSet("using downloading installing accessing")

// courtCase reads a court deciding against a spyware maker that
// courtAlert's "Judge orders NSO" does not: a case let go on ("Supreme
// Court allows WhatsApp lawsuit over 'Pegasus' spyware to move forward"),
// the maker called by its trade ("Judge bars spyware maker from
// targeting WhatsApp users"). The maker is a registry vendor of the
// spyware category, in the title or, since a title may name only the
// case, in the lead.
func (m *Matcher) courtCase(words []titleWord, title, lead string, hits []hit, question bool) unit {
	v, ok := courtAgainst(words)
	if !ok {
		return unit{}
	}
	extra := trust.SignalHit{Term: joinSpan(words, v-1, v), Category: trust.CategoryStateLinks, Weight: supplyWeight}
	if u := m.scoreUnitWith(hits, true, true, question, &extra, true); u.ok && m.spywareMaker(u.vendors) {
		u.evidence = clean(title)
		return u
	}
	if lead == "" {
		return unit{}
	}
	ss := m.ac.scan(scanState{grow: true}, lead)
	for _, h := range ss.hits {
		for _, r := range m.refs[h.pat] {
			if r.kind != kindVendor {
				continue
			}
			vt := m.vendorTerms[r.idx]
			vd := m.vendors[vt.vendor]
			if !hasCategory(vd.Categories, "spyware") {
				continue
			}
			u := m.scoreUnitWith(hits, true, false, question, &extra, true)
			if !u.ok {
				return unit{}
			}
			u.vendors = []trust.VendorHit{{Name: vd.Name, Term: vt.term, Guild: vd.Guild}}
			u.evidence = clean(title)
			return u
		}
	}
	return unit{}
}

// courtAgainst finds a court letting a case go on or acting against a
// maker: "court allows lawsuit ... to move forward", "judge lets Apple's
// lawsuit proceed", "appeals court rejects NSO's immunity bid", "judge
// bars spyware maker from". The verb's index.
func courtAgainst(words []titleWord) (int, bool) {
	for v := 1; v < len(words); v++ {
		lv := lower(words[v])
		if !courts[lower(words[v-1])] {
			continue
		}
		switch lv {
		case "allows", "lets", "clears", "permits", "greenlights":
			for k := v + 1; k < len(words) && k <= v+10; k++ {
				switch lower(words[k]) {
				case "proceed", "forward", "ahead", "continue":
					if inWords(words[v+1:k], suits) {
						return v, true
					}
				}
			}
		case "rejects", "denies", "refuses", "dismisses":
			for k := v + 1; k < len(words) && k <= v+6; k++ {
				switch lower(words[k]) {
				case "immunity", "bid", "appeal", "motion", "request", "attempt":
					return v, true
				}
			}
		case "bars", "blocks", "enjoins", "bans", "orders", "fines", "sanctions":
			for k := v + 1; k < len(words) && k <= v+3; k++ {
				if lower(words[k]) == "spyware" && k+1 < len(words) && (lower(words[k+1]) == "maker" ||
					lower(words[k+1]) == "vendor" || lower(words[k+1]) == "firm" || lower(words[k+1]) == "company") {
					return v, true
				}
			}
		}
	}
	return caseGoesOn(words) // authority.go
}

var suits = wordSet("lawsuit lawsuits suit case claims complaint")

// listingList reports whether words[k] starts the name of a list that
// sanctions or brands a vendor ("military companies list", "unverified
// list", "SDN list"): leaving one is a reversal. Approved-vendor lists
// are the opposite and are not these.
func listingList(words []titleWord, k int) bool {
	if lw := lower(words[k]); (lw == "list" || lw == "lists") && k+2 < len(words) && lower(words[k+1]) == "of" {
		// "list of Chinese military companies"
		for j := k + 2; j < len(words) && j <= k+4; j++ {
			if listingQualifiers[lower(words[j])] {
				return true
			}
		}
		return false
	}
	if !listingQualifiers[lower(words[k])] {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		if lw := lower(words[j]); lw == "list" || lw == "lists" {
			return true
		}
		if words[j].stop {
			break
		}
	}
	return false
}

var listingQualifiers = wordSet(`military unverified sdn 1260h denied meu restricted trade
	export sanctions sanctioned blocked`)

// financialService reports whether the title calls an unlisted subject a
// crypto exchange, mixer or bank: sanctions on one are for laundering,
// not a judgement of a technology vendor's product ("US sanctions
// Garantex crypto exchange", "Treasury lifts sanctions on Tornado Cash
// crypto mixer"). Registry vendors are vouched for and never this.
func financialService(title string, vendors []trust.VendorHit) bool {
	if len(vendors) == 0 {
		return false
	}
	words := titleWords(title)
	for _, v := range vendors {
		if !v.Unlisted {
			return false
		}
		parts := strings.Fields(v.Name)
		found := false
		for i := 0; i+len(parts) <= len(words); i++ {
			if words[i].text != parts[0] || words[i+len(parts)-1].text != parts[len(parts)-1] {
				continue
			}
			lo, hi := max(0, i-3), min(len(words), i+len(parts)+4)
			crypto := inWords(words, cryptoWords)
			for _, w := range words[lo:hi] {
				lw := lower(w)
				if moneyWords[lw] || crypto && (lw == "exchange" || lw == "exchanges" || lw == "platform") {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

var (
	cryptoWords = wordSet("crypto cryptocurrency bitcoin virtual-currency crypto-exchange")
	moneyWords  = wordSet(`mixer mixers mixing tumbler bank banks crypto-exchange launderer
		launderers`)
)

// leadingActor is where a title's words start after the state acting in
// them ("Russia blocks Signal messaging app": 1): a state's name there is
// the actor, not a foreign-control motive of the action. Only for the
// verbs of access blocks, which states use to censor; "China bans Micron
// products" keeps the state as the foreign-control reading.
func leadingActor(words []titleWord) int {
	i := 0
	for i < len(words) && i < 3 && actors[strings.TrimSuffix(lower(words[i]), "'s")] {
		i++
	}
	if i == 0 || i >= len(words) {
		return 0
	}
	switch lower(words[i]) {
	case "blocks", "blocked", "restricts", "restricted", "suspends", "suspended", "throttles", "curbs", "limits":
		return i
	}
	return 0
}

// looseContains reports whether name holds term, ignoring case.
func looseContains(name, term string) bool {
	return strings.Contains(strings.ToLower(name), strings.ToLower(term))
}

// storePulls finds a store or platform owner pulling a vendor's product
// without a "from <store>" for removalShape to read: "Apple and Google
// pull ToTok messaging app", "Google Play kicks out Kaspersky apps". The
// owner stands right before the verb. Returns the verb's index, where
// its object starts, and whether a product word follows it: the object
// is then a product of another maker ("ToTok messaging app"), not a
// feature of the owner's own ("removes 'Advanced Data Protection' for UK
// users").
func storePulls(words []titleWord) (v, s int, product, ok bool) {
	for v = 1; v+1 < len(words); v++ {
		switch lower(words[v]) {
		case "pull", "pulls", "pulled", "kick", "kicks", "kicked", "boot", "boots", "booted", "yank", "yanks",
			"yanked", "delist", "delists", "delisted", "remove", "removes":
		default:
			continue
		}
		if prev := lower(words[v-1]); !platformActors[prev] && !stores[prev] {
			continue
		}
		s = v + 1
		if lower(words[s]) == "out" || lower(words[s]) == "off" {
			s++
		}
		if s >= len(words) {
			break
		}
		for k := s; k < len(words) && k <= s+4; k++ {
			if pulledProducts[lower(words[k])] {
				product = true
			}
		}
		return v, s, product, true
	}
	return 0, 0, false, false
}

var pulledProducts = wordSet(`app apps application applications extension extensions sdk sdks
	software products antivirus game games browser messenger add-on add-ons plugin
	plugins`)

// accusedIsState reports whether a title's state accuses another state,
// not a vendor ("China accuses U.S. of cyber espionage against Huawei
// servers"): a vendor named there is the victim.
func accusedIsState(title string) bool {
	words := titleWords(title)
	v, s, e, ok := stateAccuses(words)
	if !ok || v+1 >= len(words) {
		return false
	}
	return actors[lower(words[v+1])] && !platformActors[lower(words[v+1])] && accusedObject(words, s, e) == ""
}

// divestOrder finds an authority ordering an owner to sell a vendor or
// its business on grounds of control: "Trump orders ByteDance to divest
// TikTok's US operations", "CFIUS orders Chinese owner to sell Grindr
// over data concerns". A court's order is procedure, not this. An
// unlisted name needs a motive of trust or foreign control (the caller
// checks): "orders Google to sell Chrome" is antitrust. Returns the
// verb's index and the selling verb's.
func divestOrder(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "orders", "ordered", "forces", "forced", "directs", "directed", "requires", "required", "tells", "told":
		default:
			continue
		}
		if !inWords(words[:v], authorities) && !inWords(words[:v], leaders) || inWords(words[:v], courts) ||
			divestOff(words) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			if lower(words[k]) != "to" {
				if words[k].stop {
					break
				}
				continue
			}
			if k+1 < len(words) && (divestVerbs[lower(words[k+1])] || reverseDeal(words, k+1)) {
				return v, k + 1, true
			}
			break
		}
	}
	return 0, 0, false
}

// leaders order divestments beside the authorities.
var leaders = wordSet("trump president white cfius kremlin xi putin")

var divestVerbs = wordSet("divest sell unwind dispose relinquish")

// certificatesBlocked finds a browser or root program blocking or
// rejecting a certificate authority's certificates in other verbs than
// the lexicon's "distrust": "Google Chrome to block Entrust-issued TLS
// certificates", "Firefox rejects e-Tugra certificates". Returns the
// verb's index and the certificate word's.
func certificatesBlocked(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "block", "blocks", "blocking", "reject", "rejects", "rejecting", "ban", "bans", "untrust", "untrusts":
		default:
			continue
		}
		if !inWords(words[:v], rootPrograms) {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+5; k++ {
			switch lower(words[k]) {
			case "certificate", "certificates", "certs", "roots", "cas":
				return v, k, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

var rootPrograms = wordSet(`chrome google mozilla firefox apple safari microsoft edge windows
	browsers browser`)

// issuerName is the certificate authority among words, written alone or
// as the first part of "Entrust-issued" (a hyphenated word the lexicon
// marks as a verb for its "issued").
func issuerName(words []titleWord) string {
	for _, w := range words {
		for _, suffix := range []string{"-issued", "-signed", "-backed"} {
			if base, ok := strings.CutSuffix(w.text, suffix); ok && hasUpperOrDigit(base) {
				return base
			}
		}
	}
	words = append([]titleWord(nil), words...)
	for i := range words {
		words[i].marked = false
	}
	return objectName(words, 0, len(words))
}

// warnsAgainst finds an authority warning those who use a product
// against it, with the addressee between the verb and "against" (the
// lexicon holds "warns against" and a few "warns companies against"):
// "Australia's ASD warns agencies against using DeepSeek". Returns the
// verb's index and the "against"'s.
func warnsAgainst(words []titleWord) (int, int, bool) {
	for v := 1; v+2 < len(words); v++ {
		switch lower(words[v]) {
		case "warns", "warned", "advises", "advised", "cautions", "cautioned", "urges", "urged":
		default:
			continue
		}
		// The subject's head is the authority: "Dutch cyber agency
		// warns", not "Danish public broadcaster advises staff".
		if head := strings.TrimSuffix(lower(words[v-1]), "'s"); !authorities[head] && !investigators[head] {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+4; k++ {
			if lower(words[k]) == "against" {
				// Against a product or its use, not "against ignoring
				// Ivanti patches".
				if (addressees[lower(words[k-1])] || ownPeople[lower(words[k-1])]) && k+1 < len(words) &&
					(useVerbs[lower(words[k+1])] || lower(words[k+1]) == "buying" || hasUpperOrDigit(words[k+1].text)) {
					return v, k, true
				}
				break
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// saysRan finds an authority saying a company ran or backed state hacking:
// "FBI says Chinese firm Integrity Technology ran Flax Typhoon botnet",
// "Treasury says Sichuan Silence developed the exploit used against
// firewalls". Returns the verb's index and the running verb's.
func saysRan(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "says", "say", "finds", "found", "alleges", "concludes":
		default:
			continue
		}
		if head := strings.TrimSuffix(lower(words[v-1]), "'s"); !authorities[head] && !investigators[head] {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+7; k++ {
			if !runVerbs[lower(words[k])] {
				if words[k].stop {
					break
				}
				continue
			}
			if !capitalIn(words[v+1 : k]) {
				break // "FBI says hackers ran...": no company named
			}
			for j := k + 1; j < len(words) && j <= k+5; j++ {
				if hackWords[lower(words[j])] {
					return v, k, true
				}
			}
			break
		}
	}
	return 0, 0, false
}

var (
	runVerbs  = wordSet("ran runs operated operates controlled controls built developed supported backed managed")
	hackWords = wordSet(`botnet botnets hacking hackers hacks espionage cyberattacks attacks apt
		campaign exploit exploits intrusions spying`)
)

// listName reports whether a class phrase is part of a list's name ("list
// of Chinese military companies", "Chinese military companies list"): a
// company put on or taken off it is named elsewhere in the title.
func listName(words []titleWord, phrase string) bool {
	parts := strings.Fields(phrase)
	for i := 0; i+len(parts) <= len(words); i++ {
		if words[i].text != parts[0] {
			continue
		}
		end := i + len(parts)
		if end < len(words) && (lower(words[end]) == "list" || lower(words[end]) == "lists") {
			return true
		}
		if i >= 2 && lower(words[i-1]) == "of" && (lower(words[i-2]) == "list" || lower(words[i-2]) == "lists") {
			return true
		}
	}
	return false
}

// listedOrDistrusted reports whether a unit's signals put a name on a
// formal list (Entity List, Covered List, 1260H: the weightiest sanctions
// terms) or distrust a certificate authority: both hold companies of
// technology by what they are, so the title need not say so.
func listedOrDistrusted(u unit) bool {
	if u.category == trust.CategoryDistrust {
		return true
	}
	for _, s := range u.signals {
		if s.Category == trust.CategorySanctions && s.Weight >= 4 {
			return true
		}
	}
	return false
}

// lawmakersAsk reports whether a title's news is legislators asking for an
// action ("Lawmakers urge FCC to add DJI to Covered List", "Senators
// introduce bill to add TP-Link to Entity List"): pressure, not the
// action; a chamber passing or voting is a decision and is not this.
func lawmakersAsk(title string) bool {
	words := titleWords(title)
	for v := 1; v < len(words) && v <= 4; v++ {
		if !askVerbs[lower(words[v])] {
			continue
		}
		return inWords(words[:v], legislators)
	}
	return false
}

var (
	legislators = wordSet(`lawmakers lawmaker senators senator congressmen congresswoman congressman
		representatives legislators mps republicans democrats gop`)
	askVerbs = wordSet(`urge urges ask asks call calls push pushes want wants introduce
		introduces propose proposes seek seeks demand demands press presses`)
)
