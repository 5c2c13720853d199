package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A vendor taken off a list of the trusted, read as a structure
// (delist16): a government's approved vendor or products list, a
// procurement schedule or marketplace, a partner programme, a
// certification. The news words it with many verbs ("removed from",
// "struck from", "kicked off", "expelled from", "suspended from",
// "stripped of", "loses"), the name before a passive or after an active
// verb, and the list named by its owner and a qualifier ("GSA
// procurement list", "Microsoft partner program"). Readers before this
// one knew "removed from approved vendor list" beside "approved"; the
// other verbs, and lists written by their buyer, went silent or were
// read as the motive beside them (state links) or as a listing undone.
//
// Not read: a list of the banned (Entity List, sanctions, a military
// list): leaving it is a reversal (lifted.go); a list of rank or money
// (an index, "Fortune 500 list", a stock exchange), which no qualifier of
// trust names; a partner's programme, a certification or a contract lost
// with no motive of trust (business, a lapse, a dispute); countries,
// people and teams taken off lists, which are no vendor; talk of a
// removal (urging, a denial, a question).

// dl16OffVerbs take a vendor off a list, in the active and the passive.
var dl16OffVerbs = wordSet(`removes removed remove drops dropped drop strikes struck stricken
	kicks kicked boots booted expels expelled suspends suspended excludes excluded
	axes axed cuts cut purges purged delists delisted
	ejects ejected ousts ousted pulls pulled scrubs scrubbed deletes deleted
	takes taken took yanks yanked stripped strips`)

// dl16LoseVerbs lose a place on a list ("X loses GSA certification").
var dl16LoseVerbs = wordSet("loses lost lose forfeits forfeited")

// dl16Lists are what a vendor is taken off.
var dl16Lists = wordSet(`list lists schedule schedules program programme programs programmes
	marketplace catalog catalogue registry register roster panel framework portal
	whitelist allowlist certification certifications accreditation membership contract
	contracts status approval scheme`)

// dl16Buyers qualify a list as a buyer's of the trusted: leaving it is
// the trust withdrawn, its motive need not be told.
var dl16Buyers = wordSet(`approved authorised authorized procurement vendor vendors supplier
	suppliers gsa acquisition purchasing qualified whitelist allowlist trusted accredited
	preferred`)

// dl16Partners qualify a list as a partner's or a certifier's: leaving
// it wants a motive of trust (a lapse or a dispute reads alike).
var dl16Partners = wordSet(`partner partners partnership certified certification accreditation
	membership contract contracts schedule schedules program programme
	alliance association`)

// dl16Banned name a list of the banned: leaving it is a reversal, read
// elsewhere.
var dl16Banned = wordSet(`entity sanctions sanctioned covered unverified military blacklist
	blacklisted banned restricted denied sdn 1260h export terror terrorist watchlist
	blocked prohibited ban exclusion`)

// dl16Ends end the list's phrase: the reason after it.
var dl16Ends = wordSet(`over after amid for following as due because citing despite on
	in and but to`)

// dl16Open is the reader's gate, read from the title's gate bits
// (gateSets): a list's word and a verb of taking off or losing.
func dl16Open(g gateBits) bool {
	return g.has(gDl16Lists) && g.any(gDl16Off, gDl16Lose, gDl16Revokes)
}

// dl16Opens lets a title with no registry vendor past match's early exit
// when the reader alerts on it alone.
func dl16Opens(m *Matcher, title, body string, g gateBits) bool {
	return dl16Open(g) && m.dl16Alert(title, body, nil, false, unit{}, &item{gateBits: g}).ok
}

// dl16Shape finds a vendor taken off a list in words: the span of the
// name's words [s, e), the action's span [lo, hi] and whether the list
// is a buyer's (dl16Buyers). ok is false when the title holds no such
// shape.
func dl16Shape(words []titleWord) (s, e, lo, hi int, buyer, ok bool) {
	n := len(words)
	for v := 1; v < n-1; v++ {
		lv := lower(words[v])
		p := v + 1 // the preposition before the list
		switch {
		case dl16Revokes[lv] && dl16Possessive(words, v) > v:
			// "restrict Huawei's membership", "suspends X's bug bounty
			// program"
			s, e = v+1, dl16Possessive(words, v)+1
			p = e - 1
		case dl16OffVerbs[lv]:
			if lv == "taken" || lv == "takes" || lv == "took" {
				if lower(words[p]) != "off" && !(lower(words[p]) == "out" && p+1 < n && lower(words[p+1]) == "of") {
					// "takes X off": the object stands between
					if f := dl16Prep(words, v+1); f > v+1 && lower(words[f]) == "off" {
						s, e, p = v+1, f, f
						break
					}
					continue
				}
			}
			if oneOf(lower(words[p]), "from", "off", "of") {
				// passive: "X removed from", "X stripped of"; the name
				// before the verb, past its auxiliaries
				e = v
				for e > 0 && qt15Aux[lower(words[e-1])] && !words[e-1].stop {
					e--
				}
				s = e
				for s > 0 && e-s < 5 && !words[s-1].stop {
					s--
				}
			} else if s, e = v+1, dl16Prep(words, v+1); e <= s || words[v].stop {
				continue // active: "GSA removes X from"
			} else {
				p = e
			}
		case dl16LoseVerbs[lv]:
			e = v
			for e > 0 && qt15Aux[lower(words[e-1])] && !words[e-1].stop {
				e--
			}
			s = e
			for s > 0 && e-s < 5 && !words[s-1].stop {
				s--
			}
			p = v
		default:
			continue
		}
		if e <= s {
			continue
		}
		if lower(words[p]) == "out" {
			p++
		}
		// The list's phrase: after the preposition, to a reason.
		list, buy, part, banned := -1, false, false, false
		for k := p + 1; k < n && k <= p+7; k++ {
			lk := lower(words[k])
			if dl16Ends[lk] && k > p+1 {
				break
			}
			lk = strings.TrimSuffix(strings.TrimSuffix(lk, "'s"), "’s")
			buy = buy || dl16Buyers[lk]
			part = part || dl16Partners[lk]
			banned = banned || dl16Banned[lk] || listingQualifiers[lk]
			if dl16Lists[lk] {
				list = k
			}
			if words[k].stop {
				break
			}
		}
		if list < 0 || banned || !buy && !part {
			continue
		}
		return s, e, v, list, buy, true
	}
	return 0, 0, 0, 0, false, false
}

// dl16Prep is the index of the first "from" or "off" within six words
// after s, or s when none stands there before a stop.
func dl16Prep(words []titleWord, s int) int {
	for k := s + 1; k < len(words) && k <= s+6; k++ {
		if oneOf(lower(words[k]), "from", "off") {
			return k
		}
		if words[k-1].stop {
			break
		}
	}
	return s
}

// dl16Alert reads a vendor taken off a list of the trusted (dl16Shape):
// a registry vendor in the name's span, else the name as written, called
// a business by the list (a vendor or supplier list) or by its words
// (qt15Business). A partner's list wants a motive of trust in the title
// or the lead. It returns the unit when best is none, coverage, or a
// motive's category beside the listing (state links told as the reason,
// a listing misread as undone). gate is gateSets.in(title).
func (m *Matcher) dl16Alert(title, lead string, hits []hit, question bool, best unit, gate *item) unit {
	if question || best.ok && !best.coverage && best.category == trust.CategoryDelisting || !dl16Open(gate.gateBits) {
		return unit{}
	}
	if best.ok && !best.coverage && !dl14Recat(best.category) && best.category != trust.CategoryReversal {
		return unit{}
	}
	words := headline(gate.words(title))
	s, e, lo, hi, buyer, ok := dl16Shape(words)
	if !ok || inWords(words[:lo], dl14Talk) || inWords(words, qt15Not) || inWords(words, dl14Other) {
		return unit{}
	}
	leadWords := gate.words(firstSentence(lead))
	motive := hasMotive(words) || hasMotive(leadWords) || dl14Foreign(words) || inWords(words, pl15Listed) ||
		inWords(leadWords, pl15Listed) || dl16Tied(words) || dl16LeadMotive(lead)
	if !buyer && !motive {
		return unit{}
	}
	extra := trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryDelisting, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, false, question, &extra, true)
	span := strings.ToLower(joinSpan(words, s, e-1))
	var named []trust.VendorHit
	for _, v := range u.vendors {
		if strings.Contains(span, strings.ToLower(v.Term)) {
			named = append(named, v)
		}
	}
	if len(named) == 0 {
		if !m.rules.AnyVendor {
			return unit{}
		}
		name := dl16Name(words, s, e)
		if name == "" || !vendorName(name) || allActors(name) || authorities[strings.ToLower(name)] ||
			threatActor(words, name) || !dl16VendorList(words, hi) && !qt15Business(name, leadWords) && !dl16Kind(words, s, e) {
			return unit{}
		}
		named = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.vendors = named
	u.category = trust.CategoryDelisting
	u.score = max(u.score, supplyWeight+m.rules.TitleBonus)
	u.ok, u.inTitle, u.coverage, u.across = true, true, false, false
	u.evidence = clean(title)
	u.shapeEnd = words[hi].end
	return u
}

// dl16Name is the name in words[s:e]: past a description ("Chinese
// firm X"), a kind after it dropped ("X antivirus").
func dl16Name(words []titleWord, s, e int) string {
	s0 := s
	for s < e && (!hasUpperOrDigit(words[s].text) || generic[lower(words[s])] || classCountries[lower(words[s])] != "" ||
		nm14Firms[lower(words[s])] || nm14Trades[lower(words[s])]) {
		s++
	}
	k := s
	for k < e && hasUpperOrDigit(words[k].text) && !techWords[lower(words[k])] && productClasses[lower(words[k])] == "" {
		k++
		if words[k-1].stop {
			break
		}
	}
	if k == s {
		if e-s0 == 1 && hasUpperOrDigit(words[s0].text) {
			return words[s0].text // a name alone, whatever its word ("ChatGPT")
		}
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(joinSpan(words, s, k-1), "'s"), "’s")
}

// dl16Kind reports whether the name's span calls it a business or a
// product: a trade word or a kind of goods beside the name.
func dl16Kind(words []titleWord, s, e int) bool {
	for _, w := range words[s:e] {
		lw := lower(w)
		if nm14Firms[lw] || nm14Trades[lw] || techWords[lw] || productClasses[lw] != "" || dl14Kinds[lw] {
			return true
		}
	}
	return false
}

// dl16VendorList reports whether the list's own words hold only businesses
// ("approved vendor list", "list of authorised suppliers", "partner
// program", "procurement schedule", a certification).
func dl16VendorList(words []titleWord, list int) bool {
	for _, w := range words[max(0, list-4):min(len(words), list+4)] {
		if oneOf(lower(w), "vendor", "vendors", "supplier", "suppliers", "products", "software", "partner", "partners",
			"procurement", "schedule", "schedules", "program", "programme", "certification", "accreditation", "membership") {
			return true
		}
	}
	return false
}

// dl16Ties are a partner's dealings with a vendor that it ends: "cuts
// ties with", "suspends research collaborations with", "halts funding
// from".
var dl16Ties = wordSet(`ties partnership partnerships relationship relationships relations
	collaboration collaborations cooperation funding gifts donations sponsorship business
	dealings agreements work`)

// dl16Tie is the index of the "with" or "from" after a tie ended at v
// ("cuts ties with", "suspends research collaborations with"), or v.
func dl16Tie(words []titleWord, v int) int {
	for k := v + 1; k+1 < len(words) && k <= v+3; k++ {
		if dl16Ties[lower(words[k])] && oneOf(lower(words[k+1]), "with", "from") {
			return k + 1
		}
		if words[k].stop || dl16Ties[lower(words[k])] {
			break
		}
	}
	return v
}

// dl16Backs is the index of the verb of selling after a seller backs out
// of a deal or drops its plans to sell ("backs out of deal to sell X",
// "walks away from deal to sell X", "drops plans to sell X"), or v.
func dl16Backs(words []titleWord, v int) int {
	lv := lower(words[v])
	k := v + 1
	switch {
	case oneOf(lv, "backs", "backed", "pulls", "pulled", "walks", "walked") && k+1 < len(words) &&
		(lower(words[k]) == "out" && lower(words[k+1]) == "of" || lower(words[k]) == "away" && lower(words[k+1]) == "from"):
		k += 2
	case oneOf(lv, "drops", "dropped", "scraps", "scrapped", "cancels", "cancelled", "canceled", "abandons", "abandoned",
		"shelves", "shelved", "ditches", "ditched", "nixes", "axes", "kills", "killed"):
	default:
		return v
	}
	if k < len(words) && oneOf(lower(words[k]), "a", "its", "the", "their") {
		k++
	}
	if k+2 >= len(words) || !oneOf(lower(words[k]), "deal", "plan", "plans", "agreement", "contract") || lower(words[k+1]) != "to" ||
		!dl14NoLonger[lower(words[k+2])] && !oneOf(lower(words[k+2]), "launch", "release") {
		return v
	}
	return k + 2
}

// dl16Tied reports whether words tell a tie to a state as a motive ("ties
// to the Chinese government", "links to Beijing", "connections with
// Russian intelligence").
func dl16Tied(words []titleWord) bool {
	for i, w := range words {
		if !oneOf(lower(w), "ties", "links", "connections", "link", "tie") {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			if lk := lower(words[k]); foreignControl[strings.TrimSuffix(lk, "'s")] || oneOf(lk, "intelligence", "military", "communist", "kremlin") {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// dl16LeadMotive reports whether the summary's first two sentences give
// a motive of trust in the words a feed writes it with after the news:
// a tie to a state, national security, a listing or sanctions ("...
// Lawmakers had raised concerns about Huawei's ties to the Chinese
// government.").
func dl16LeadMotive(lead string) bool {
	words := titleWords(pk15FirstSentences(lead))
	if dl16Tied(words) {
		return true
	}
	for i, w := range words {
		switch lower(w) {
		case "sanctions", "blacklist", "blacklisted", "blacklisting", "espionage", "spying", "backdoor", "backdoors", "malware":
			return true
		case "security":
			if i > 0 && oneOf(lower(words[i-1]), "national", "cyber", "cybersecurity") || i+1 < len(words) && oneOf(lower(words[i+1]), "concerns", "risks", "risk", "threat", "fears") {
				return true
			}
		case "entity":
			if i+1 < len(words) && lower(words[i+1]) == "list" {
				return true
			}
		}
	}
	return false
}

// dl16Gate are the words of the shapes delist16 adds to dl14Pull: a deal
// or a plan to sell backed out of.
var dl16Gate = wordSet("deal plan plans agreement")

// dl16Revokes end a vendor's place held by a possessive ("restrict
// Huawei's membership", "revokes X's certification").
var dl16Revokes = wordSet(`restricts restrict restricted revokes revoke revoked suspends suspend
	suspended disables disabled terminates terminated cancels cancelled canceled ends
	freezes froze withdraws withdrew pulls strips`)

// dl16Possessive is the index of the last word of a name right after v
// whose place a list's word within three words names ("restrict Huawei's
// membership": titleWords drops the possessive), or v.
func dl16Possessive(words []titleWord, v int) int {
	k := v + 1
	for k < len(words) && k <= v+3 && hasUpperOrDigit(words[k].text) && !words[k-1].stop {
		k++
	}
	if k == v+1 || k > len(words) || words[k-1].stop {
		return v
	}
	for j := k; j < len(words) && j <= k+2; j++ {
		if dl16Lists[lower(words[j])] || oneOf(lower(words[j]), "certificate", "certificates", "license", "licence") {
			return k - 1
		}
		if words[j].stop {
			break
		}
	}
	return v
}

// dl16OtherOwner reports whether a programme suspended is the vendor's
// held by another ("HackerOne suspends Kaspersky's bug bounty program"):
// the vendor named right after the verb as an owner ("Kaspersky's"),
// another name acting before it. ownFeaturePulled reads a vendor's own
// programme ended; a name after the verb that owns nothing is the
// actor's own product ("Apple pulls ADP feature in UK"), still its own.
func dl16OtherOwner(title string, words []titleWord, vs []trust.VendorHit) bool {
	if len(vs) != 1 {
		return false
	}
	for v := 1; v+1 < len(words); v++ {
		if !dl16Revokes[lower(words[v])] {
			continue
		}
		if !strings.EqualFold(words[v+1].text, strings.Fields(vs[0].Term)[0]) || !ownerWord(title, words[v+1]) {
			return false
		}
		for _, w := range words[:v] {
			if hasUpperOrDigit(w.text) && !strings.Contains(strings.ToLower(vs[0].Term), lower(w)) {
				return true
			}
		}
		return false
	}
	return false
}

// dl16Upheld reports whether a court is told keeping a listing: "Judge
// rules Pentagon properly listed DJI as Chinese military company". The
// listing stands; a ruling that undoes one is a reversal (lifted.go).
func dl16Upheld(words []titleWord) bool {
	if !inWords(words, courts) {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		if oneOf(lower(words[i]), "properly", "lawfully", "correctly", "rightly", "legally") &&
			oneOf(lower(words[i+1]), "listed", "designated", "blacklisted", "sanctioned", "banned", "added", "placed") {
			return true
		}
	}
	return false
}

// dl16Exchanges list a company's shares: their delisting is a market's
// act, no withdrawal of trust in the vendor (trust-events.md).
var dl16Exchanges = wordSet("nyse nasdaq exchange exchanges bourse")

// dl16Stock makes "exchange" a stock exchange.
var dl16Stock = wordSet("stock stocks shares")

// dl16Exchange reports whether the title's news is a stock exchange
// delisting shares ("NYSE to delist China Mobile, China Telecom").
func dl16Exchange(title string) bool {
	if !hasWordIn(title, dl16Exchanges) {
		return false
	}
	words := titleWords(title)
	ex := false
	for _, w := range words {
		lw := lower(w)
		if dl16Exchanges[lw] && (lw != "exchange" || inWords(words, dl16Stock)) {
			ex = true
		}
		if ex && oneOf(lw, "delist", "delists", "delisted", "delisting", "delistings") {
			return true
		}
	}
	return false
}

// A reversal told in the words the news uses beside the hold it undoes
// (delist16):
//   - back in a store or a country, the hold only in the summary: "X app
//     available again in South Korea app stores" — "... after downloads
//     were suspended in February", "ChatGPT is available again in Italy"
//     — "... which had temporarily banned the chatbot";
//   - a court finding the authority overstepped in listing: "Appeals
//     court rules Treasury overstepped by sanctioning X";
//   - a place the vendor held restored: "Apple restores X's enterprise
//     certificate".
// Not read: a return with no hold before it (an outage ended, a return
// to growth), a court keeping a listing (dl16Upheld).

// dl16Again tell a vendor back: "available again", "back on", "returns
// to", "to return".
var dl16Again = wordSet("again back returns return returned reappears reappeared relaunches relaunched")

// dl16LeadHolds are a hold the summary tells stood before the return.
var dl16LeadHolds = wordSet(`banned ban suspended suspension blocked block removed pulled
	blacklisted barred delisted prohibited`)

// dl16Overstep are a court's finding that an authority went beyond its
// power.
var dl16Overstep = wordSet("overstepped oversteps overreached exceeded exceeds")

// dl16Listing are a hold told by its gerund ("by sanctioning X").
var dl16Listing = wordSet("sanctioning banning blacklisting listing designating barring")

// dl16RevGate is the reversal reader's gate, read from the title's gate
// bits (gateSets).
func dl16RevGate(g gateBits) bool {
	return g.any(gDl16Again, gDl16Overstep, gRestoreVerbs)
}

// dl16Reversal reads the reversal shapes above: the unit when best is
// none, coverage, or the hold's own category (the hold read as news).
// gate is gateSets.in(title).
func (m *Matcher) dl16Reversal(title, lead string, hits []hit, question bool, best unit, gate *item) unit {
	if question || best.ok && !best.coverage && best.category != trust.CategorySanctions && best.category != trust.CategoryBan ||
		!dl16RevGate(gate.gateBits) {
		return unit{}
	}
	words := headline(gate.words(title))
	s, e, lo, hi, ok := dl16Back(words, lead)
	if !ok {
		return unit{}
	}
	if inWords(words[:lo], liftTalk) {
		return unit{}
	}
	extra := trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryReversal, Weight: 5}
	u := m.scoreUnitWith(hits, true, false, question, &extra, true)
	span := strings.ToLower(joinSpan(words, s, e-1))
	var named []trust.VendorHit
	for _, v := range u.vendors {
		if strings.Contains(span, strings.ToLower(v.Term)) {
			named = append(named, v)
		}
	}
	if len(named) == 0 && best.ok {
		for _, v := range best.vendors {
			if strings.Contains(span, strings.ToLower(v.Term)) {
				named = append(named, v) // the hold's own unit named it
			}
		}
	}
	if len(named) == 0 {
		if !m.rules.AnyVendor {
			return unit{}
		}
		// A name the summary writes again beside the hold it tells is
		// the held one ("OpenAI's ChatGPT ... had temporarily banned
		// the chatbot").
		name := dl16Name(words, s, e)
		if name == "" || !vendorName(name) || allActors(name) || authorities[strings.ToLower(name)] || threatActor(words, name) ||
			!dl16Kind(words, s, e) && !qt15Business(name, gate.words(firstSentence(lead))) && !strings.Contains(pk15FirstSentences(lead), strings.Fields(name)[0]) {
			return unit{}
		}
		named = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.vendors = named
	u.category = trust.CategoryReversal
	u.score = max(u.score, 5+m.rules.TitleBonus)
	u.ok, u.inTitle, u.coverage, u.across = true, true, false, false
	u.evidence = clean(title)
	return u
}

// dl16Back finds a reversal shape in words: the name's span [s, e) and
// the evidence's [lo, hi].
func dl16Back(words []titleWord, lead string) (s, e, lo, hi int, ok bool) {
	n := len(words)
	for v := 1; v < n; v++ {
		lv := lower(words[v])
		switch {
		case dl16Overstep[lv] && inWords(words[:v], courts):
			// "rules Treasury overstepped by sanctioning X"
			for k := v + 1; k+1 < n && k <= v+4; k++ {
				if dl16Listing[lower(words[k])] {
					s, e = k+1, k+2
					for e < n && e < k+5 && hasUpperOrDigit(words[e].text) && !words[e-1].stop {
						e++
					}
					return s, e, v, k, true
				}
			}
		case restoreVerbs[lv] && dl16Possessive(words, v) > v:
			// "restores X's enterprise certificate"
			p := dl16Possessive(words, v)
			for k := p + 1; k < n && k <= p+3; k++ {
				if dl16Lists[lower(words[k])] || oneOf(lower(words[k]), "certificate", "certificates", "license", "licence") {
					return v + 1, p + 1, v, k, true
				}
			}
		case lv == "again" && lower(words[v-1]) == "available" || lv == "back" && v+1 < n && oneOf(lower(words[v+1]), "on", "in", "to") ||
			oneOf(lv, "returns", "return", "returned", "reappears", "reappeared") && v+1 < n && oneOf(lower(words[v+1]), "to", "in", "on"):
			// the name opens the title; the hold stood before, told in
			// the summary's first two sentences or after the title's
			// own "after"
			j := v
			if lv == "again" {
				j = v - 1
			}
			for j > 0 && oneOf(lower(words[j-1]), "is", "are", "was", "now", "becomes", "became", "to", "will", "be") {
				j--
			}
			// The name is the title's short subject, and the place a
			// store or a country ("back on iOS", "bring people back to
			// Twitter" are no store's or state's hold).
			if j == 0 || j > 4 || !dl16LeadHeld(lead) || !dl16Place(words[v+1:min(n, v+7)]) {
				continue
			}
			return 0, j, j, v, true
		}
	}
	return 0, 0, 0, 0, false
}

// dl16LeadHeld reports whether the summary's first two sentences tell a
// hold that stood ("after downloads were suspended", "had temporarily
// banned the chatbot").
func dl16LeadHeld(lead string) bool {
	for _, w := range titleWords(pk15FirstSentences(lead)) {
		if dl16LeadHolds[lower(w)] {
			return true
		}
	}
	return false
}

// dl16RevOpens lets a title with no registry vendor past match's early
// exit when dl16Reversal alerts on it alone.
func dl16RevOpens(m *Matcher, title, body string, g gateBits) bool {
	return dl16RevGate(g) && m.dl16Reversal(title, body, nil, false, unit{}, &item{gateBits: g}).ok
}

// dl16NoLongerSold are goods no longer sold, in the passive after "no
// longer" ("X cameras no longer sold at Best Buy").
var dl16NoLongerSold = wordSet("sold carried stocked offered")

// dl16Place reports whether words name a store or a country a vendor is
// back in ("in South Korea app stores", "to users in Italy").
func dl16Place(words []titleWord) bool {
	for _, w := range words {
		lw := lower(w)
		if storeWords[lw] && lw != "chrome" && lw != "firefox" && lw != "safari" && lw != "edge" || stores[lw] || lw == "app" ||
			classCountries[lw] != "" || oneOf(lw, "india", "italy", "korea", "us", "u.s", "china", "russia", "pakistan", "indonesia", "uk", "eu") {
			return true
		}
	}
	return false
}
