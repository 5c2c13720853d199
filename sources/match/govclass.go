package match

import (
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// govclass.go reads government and market actions on a kind of product
// by EVIDENCE rather than word order: the kinds the class readers
// (classes.go, classshape.go) miss are described by a condition
// ("end-of-support edge devices", "unsupported firewalls"), by where
// their data goes ("technology that sends data to China", "cameras that
// transmit footage to servers in China"), or by a tech qualifier and a
// country ("Chinese-made IT products", "Chinese-brand ICT equipment").
// Such a kind is named as written: it reaches no registry category.

// condAdjs are conditions that make a kind of product a class an
// authority acts on: "end-of-support edge devices". Not "unpatched": an
// order to patch is a vulnerability's (trust-events.md).
var condAdjs = wordSet(`end-of-support end-of-life unsupported outdated obsolete legacy eol
	out-of-support end-of-sale eos`)

// govHeads are the heads of a kind of product the shapes here read:
// the class heads and product classes, and generic product nouns that
// a condition, a data flow or a tech qualifier makes a kind.
var govHeads = func() map[string]bool {
	m := wordSet(`products product systems appliances devices items tools services software
		gateways gateway servers switches endpoints`)
	for w := range classHeads {
		m[w] = true
	}
	for w := range productClasses {
		m[w] = true
	}
	return m
}()

// techQualifiers make "products" or "equipment" a kind of technology:
// "IT products", "ICT equipment", "connected devices".
var techQualifiers = wordSet(`it ict tech technology information communications telecommunications
	network networking digital connected smart electronic electronics internet-connected
	surveillance security iot edge`)

// dataFlowVerbs send a product's data somewhere.
var dataFlowVerbs = wordSet(`sends send sending transmits transmit transmitting transfers transfer
	transferring shares share sharing routes route routing beams beam leaks leak`)

// govClass finds a kind of product by condition, data flow or tech
// qualifier with a country; the phrase is as written.
func govClass(words []titleWord) (string, bool) {
	if p, ok := condClass(words); ok {
		return p, true
	}
	if p, ok := noLongerSupported(words); ok {
		return p, true
	}
	if p, ok := flowClass(words); ok {
		return p, true
	}
	return techClass(words)
}

// condClass reads a condition and the heads after it: "end-of-support
// edge devices", "end-of-life routers and firewalls".
func condClass(words []titleWord) (string, bool) {
	for j, w := range words {
		if !inFold(condAdjs, w.text) {
			continue
		}
		last := -1
		for k := j + 1; k < len(words) && k <= j+5; k++ {
			lk := words[k].lc()
			if mixedCase(words[k].text) && !techQualifiers[lk] {
				return "", false // "end-of-life SonicWall firewalls": a vendor named
			}
			if govHeads[lk] {
				last = k
			} else if (stopWords[lk] && lk != "and" && lk != "or") || activeVerb(lk) {
				break
			}
			if words[k].stop {
				break
			}
		}
		if last > j {
			return joinWords(words[j : last+1]), true
		}
	}
	return "", false
}

// flowClass reads a kind whose data goes to a country: "technology that
// sends data to China", "devices sending user data to Chinese servers".
// The head comes up to three words before the verb, the country up to
// six words after it.
func flowClass(words []titleWord) (string, bool) {
	for v, w := range words {
		if !inFold(dataFlowVerbs, w.text) {
			continue
		}
		head := -1
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if govHeads[words[k].lc()] {
				head = k
				break
			}
			if words[k].stop {
				break
			}
		}
		if head < 0 {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			if c, isC := classCountries[words[k].lc()]; isC && c != "" {
				return joinWords(words[head : k+1]), true
			}
			if words[k].stop {
				break
			}
		}
	}
	return "", false
}

// techClass reads a tech-qualified kind with a country before it:
// "Chinese-made IT products", "Chinese-brand ICT equipment" (the class
// readers stop at "IT", a stop word in lower case).
func techClass(words []titleWord) (string, bool) {
	for j := 2; j < len(words); j++ {
		if !govHeads[words[j].lc()] || !inFold(techQualifiers, words[j-1].text) {
			continue
		}
		if words[j-1].stop || j+1 < len(words) && !words[j].stop && govHeads[words[j+1].lc()] {
			continue
		}
		for k := j - 2; k >= 0 && k >= j-4; k-- {
			lk := words[k].lc()
			if _, isC := classCountries[lk]; isC {
				return joinWords(words[k : j+1]), true
			}
			if words[k].stop || activeVerb(lk) || notProducts[lk] {
				break
			}
		}
	}
	return "", false
}

// The action family on a kind, by evidence: an authority (or its
// instrument: rules, a law, a directive) and a verb of the family with
// its particle, wherever they stand. classShape (classshape.go) reads
// govAct after the directive shape; classAlert still requires a kind and
// an authority, and keeps out rumoured steps and lawmakers' moves.
var (
	// govStopVerbs with a use after them: "stops buying", "ceases using".
	govStopVerbs = wordSet("stops stopped stop ceases ceased halts halted ends ended")
	// govBarVerbs with a use after them: "prohibits purchase of".
	govBarVerbs = wordSet(`prohibits prohibited bars barred restricts restricted limits limited
		bans banned blocks blocked forbids forbade`)
	govUses = wordSet(`buying using procuring purchasing deploying installing flying operating
		purchase purchases procurement use sale sales acquisition acquisitions`)
	// govOutVerbs with "out" within a few words: "phases out", "rips
	// out", "squeeze out", "shut ... out".
	govOutVerbs = wordSet(`phases phased phasing phase rips ripped ripping rip squeezes
		squeezed squeeze squeezing shuts shut freezes froze frozen freeze pushes
		pushed push forces forced force locks locked lock kicks kicked kick
		drives drive drove throws threw weeds weed`)
	// govInstruments act for an authority: "new rules shut Chinese CCTV
	// makers out", "a directive gives agencies a year to rip out ...".
	govInstruments = wordSet(`rules rule law laws regulation regulations directive directives
		mandate decree memo guidance order`)
	// govDirectiveNouns: an order to others to be rid of a kind.
	govDirectiveNouns = wordSet("directive directives mandate memo decree bod")
	// govDeadline: an authority giving addressees time to be rid of a
	// kind ("CISA gives agencies a year to remove ...").
	govDeadline       = wordSet("gives gave give giving grants granted allows allowed")
	govDirectiveWords = wordSet("directive directives")
	// govRid: the riddance verbs of a directive, with "pull" ("told to
	// pull unsupported devices off their networks").
	govRid = func() map[string]bool {
		m := wordSet(`pull rip retire decommission replace remove disconnect unplug phase drop
			cut exclude scrap`)
		for w := range riddance {
			m[w] = true
		}
		return m
	}()
	govPassive = wordSet(`told ordered required directed instructed gives gave give giving grants granted
		orders tells directs instructs requires mandates`)
	// govOrders: active orders to addressees ("tells agencies to retire").
	govOrders  = wordSet("orders tells directs instructs requires mandates")
	govOutWord = wordSet("out")
	// govListVerbs put a kind on a list; govListNouns are the lists.
	govListVerbs = wordSet("adds added adding puts placed places blacklists blacklisted")
	govListNouns = wordSet("list blacklist entity covered sdn")
	// govRidVerbs: an authority rid of a kind "from" its sites.
	govRidVerbs = wordSet(`drops dropped pulls pulled strips stripped removes removed purges
		purged ditches ditched dumps dumped retires retired bans banned bars barred
		excludes excluded scrubs scrubbed clears cleared`)
	// govBarInf: a ban's verb after "to" or "will" ("Netherlands to
	// restrict Chinese inverters").
	govBarInf = wordSet("ban bar restrict prohibit exclude limit block blacklist outlaw")
	// govBarUse turn govAct on with a use after them (govUses).
	govBarUse = func() map[string]bool {
		m := map[string]bool{}
		for _, s := range []map[string]bool{govStopVerbs, govBarVerbs} {
			for w := range s {
				m[w] = true
			}
		}
		return m
	}()
	// govOthers: a list's end ("and 117 other Chinese apps").
	govOthers = wordSet("other more")
)

// govclassOpen reports from a title's gate bits whether govAct may read
// it: one of its verbs with a kind of product or a country.
func govclassOpen(g gateBits) bool {
	return (g.all(gGovOutV, gGovOut) || g.any(gGovDirNoun, gGovPassive, gGovMore) || g.all(gGovBar, gGovUse)) && g.any(gKindWords, gGovCond)
}

// govAct finds an authority's action on a kind in the family's verb
// forms: its span and category.
func govAct(words []titleWord) (int, int, trust.Category, bool) {
	acts := func(v int) bool { // an authority or its instrument just before the verb (the subject's head)
		k := v - 1
		if k > 0 && strings.HasSuffix(words[k].lc(), "ly") {
			k-- // "quietly"
		}
		if k < 0 || words[k].stop {
			return false
		}
		lk := words[k].lc()
		return authorities[lk] || govInstruments[lk] || govHeadsOfState[lk] || riderAt(words, k)
	}
	for v, w := range words {
		lw := w.lc()
		switch {
		case govDirectiveNouns[lw] || govPassive[lw] && v > 0 && (authorities[words[v-1].lc()] || addressees[words[v-1].lc()]):
			// "CISA directive gives agencies a year to rip out ...",
			// "Agencies told to pull unsupported edge devices off ..."
			for k := v + 1; k+1 < len(words) && k <= v+8; k++ {
				if strings.EqualFold(words[k].text, "to") && govRid[words[k+1].lc()] {
					return v, k + 1, trust.CategoryDirective, true
				}
			}
		case govDeadline[lw] && v+1 < len(words) && addressees[words[v+1].lc()] && acts(v):
			for k := v + 2; k+1 < len(words) && k <= v+7; k++ {
				if strings.EqualFold(words[k].text, "to") && govRid[words[k+1].lc()] {
					return v, k + 1, trust.CategoryDirective, true
				}
			}
		case govOrders[lw] && v+1 < len(words) && addressees[words[v+1].lc()] && acts(v):
			for k := v + 2; k+1 < len(words) && k <= v+4; k++ {
				if strings.EqualFold(words[k].text, "to") && govRid[words[k+1].lc()] {
					return v, k + 1, trust.CategoryDirective, true
				}
			}
		case govListVerbs[lw] && acts(v):
			// "Pentagon adds Chinese chipmakers to list of military
			// companies": a listing (sanctions).
			for k := v + 2; k+1 < len(words) && k <= v+6; k++ {
				if lk := words[k].lc(); lk == "to" || lk == "on" {
					for j := k + 1; j < len(words) && j <= k+4; j++ {
						if govListNouns[words[j].lc()] {
							return v, j, trust.CategorySanctions, true
						}
					}
					break
				}
			}
		case govRidVerbs[lw] && acts(v):
			// "Navy drops Chinese-made cameras from bases": an authority
			// rid of a kind for itself.
			for k := v + 2; k < len(words) && k <= v+6; k++ {
				if strings.EqualFold(words[k].text, "from") {
					return v, k, trust.CategoryBan, true
				}
				if words[k].stop {
					break
				}
			}
		case (lw == "get" || lw == "gets" || lw == "have" || lw == "has") && v > 0 && addressees[words[v-1].lc()]:
			// "Agencies get six months to drop Chinese-made drones"
			for k := v + 1; k+1 < len(words) && k <= v+5; k++ {
				if strings.EqualFold(words[k].text, "to") && govRid[words[k+1].lc()] {
					return v, k + 1, trust.CategoryDirective, true
				}
			}
		case (lw == "to" || lw == "will") && v > 0 && v+2 < len(words) && govBarInf[words[v+1].lc()] &&
			(authorities[words[v-1].lc()] || govHeadsOfState[words[v-1].lc()]) &&
			!notProducts[words[v+2].lc()]:
			// "Netherlands to restrict Chinese inverters"
			return v, v + 1, trust.CategoryBan, true
		case govStopVerbs[lw] || govBarVerbs[lw]:
			if v+1 < len(words) && govUses[words[v+1].lc()] && acts(v) {
				return v, v + 1, trust.CategoryBan, true
			}
		case govOutVerbs[lw]:
			for k := v + 1; k < len(words) && k <= v+5; k++ {
				if strings.EqualFold(words[k].text, "out") {
					if acts(v) {
						return v, k, trust.CategoryBan, true
					}
					break
				}
			}
		}
	}
	return 0, 0, "", false
}

// govclassAdjust reads again an alert the chain gave, for evidence of an
// authority's action it was told without:
//   - a title acting on a kind, whose alert came from a lead's word of
//     spying ("Interior Department grounds Chinese-made drone fleet" —
//     "... over spying fears"): the title's action is the news;
//   - a named vendor's ban, sanctions or exclusion undone by a verb of
//     undoing ("court suspends Huawei exclusion", "lifts conditions
//     excluding Huawei"): a reversal; a content ban undone is none;
//   - names listed before "and N other" kinds ("bans PUBG Mobile and 117
//     other Chinese apps"), or in the lead before "and other" makers
//     ("from DJI, Autel and other foreign manufacturers"): named too.
func (m *Matcher) govclassAdjust(title, lead string, hits []hit, question bool, gate *item, best unit) unit {
	if !best.ok && gate.any(gGovUndo, gGovNamed) && len(hits) > 0 {
		return m.undoneNamed(title, hits, question)
	}
	if !best.ok || !classCategory(best.category) && best.category != trust.CategoryEspionage && best.category != trust.CategoryStateLinks {
		return best
	}
	if best.category != trust.CategoryEspionage && best.category != trust.CategoryStateLinks &&
		!gate.any(gGovUndo, gRumour, gGovOthers) && !(gate.has(gKindWords) && best.across) && !strings.Contains(title, "irective") &&
		!strings.Contains(title, " must ") {
		return best // no word any reading here turns on
	}
	words := gate.words(title)
	if best.across && (best.category == trust.CategoryEspionage || best.category == trust.CategoryStateLinks) {
		if gate.has(gKindWords) {
			if u := m.classAlert(title, hits, question, gate); u.ok && u.category != trust.CategoryEspionage {
				best = u
			}
		}
		if best.category == trust.CategoryEspionage || best.category == trust.CategoryStateLinks {
			return best
		}
	}
	if best.category == trust.CategoryBan && (inWords(words, govDirectiveWords) || dutyToRid(words)) {
		best.category = trust.CategoryDirective // "CISA directive gives agencies a year to rip out ..."
	}
	if best.category != trust.CategoryReversal && g8undone(words) && namedIn(title, best.vendors) {
		best.category = trust.CategoryReversal
		best.coverage, best.inTitle = false, true
		best.evidence = clean(title)
	}
	if best.inTitle && (weighedGerund(words) || ownersCompanies(title, best.vendors)) {
		return unit{} // "EU mulls phasing out Huawei"; "lifts sanctions on oligarch's companies"
	}
	if best.category == trust.CategoryReversal && best.inTitle && inWords(words, govContentWords) {
		return unit{} // a content ban lifted ("after platform agrees to moderate content")
	}
	if names := namesBeforeOthers(words); len(names) > 0 && classVendors(best.vendors) {
		best.vendors = prependNames(names, best.vendors)
	}
	if gate.has(gKindWords) && best.across && best.category != trust.CategoryReversal {
		lw := gate.words(firstSentence(lead))
		if names := namesBeforeOthers(lw); len(names) > 0 {
			best.vendors = appendNames(best.vendors, names)
		}
	}
	return best
}

// govUndoVerbs undo an action; govUndoneObjects are what they undo.
var (
	govUndoVerbs = wordSet(`lifts lifted suspends suspended overturns overturned strikes struck
		reverses reversed quashes quashed annuls annulled vacates vacated rescinds
		rescinded revokes revoked halts halted pauses paused enjoins enjoined blocks
		blocked scraps scrapped repeals repealed freezes froze`)
	govUndoneObjects = wordSet(`ban bans exclusion exclusions conditions restrictions blacklisting
		designation listing sanctions prohibition excluding barring banning blocking
		restricting prohibiting blacklist`)
	govContentWords = wordSet(`content moderate moderation obscene obscenity immoral indecent
		vulgar blasphemous blasphemy pornography porn extremist terrorist propaganda
		misinformation disinformation gambling censorship`)
)

// g8undone reads a verb of undoing with what it undoes within four words
// after it: "suspends Huawei exclusion", "lifts conditions excluding".
func g8undone(words []titleWord) bool {
	_, ok := undoneAt(words)
	return ok
}

// undoneNamed reads a named vendor's exclusion, designation or listing
// undone by an authority or court in words no lexicon phrase holds
// ("Court overturns Huawei exclusion from Swedish 5G networks"): a
// reversal, when a vendor is named in the title and the motive is not
// content.
func (m *Matcher) undoneNamed(title string, hits []hit, question bool) unit {
	words := titleWords(title)
	c := trust.CategoryReversal
	v, ok := undoneAt(words)
	if !ok {
		v, ok = allowedAgain(words)
	}
	if !ok {
		v, ok = orderedDone(words)
		c = trust.CategoryBan
	}
	if !ok {
		v, ok = cannotUse(words)
	}
	if !ok || !inWords(words[:v], authorities) && !inWords(words[:v], govHeadsOfState) || inWords(words, govContentWords) || weighedGerund(words) {
		return unit{}
	}
	extra := trust.SignalHit{Term: words[v].text, Category: c, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, true, question, &extra, true)
	if !u.ok || u.category != c || !namedIn(title, u.vendors) {
		return unit{}
	}
	u.evidence = clean(title)
	return u
}

// undoneAt finds a verb of undoing with what it undoes after it.
func undoneAt(words []titleWord) (int, bool) {
	for v, w := range words {
		if !inFold(govUndoVerbs, w.text) || v == 0 {
			continue
		}
		if lw := w.lc(); (lw == "strikes" || lw == "struck") && (v+1 >= len(words) || !strings.EqualFold(words[v+1].text, "down")) {
			continue // "adds a strikes policy for bans": a noun
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if inFold(govUndoneObjects, words[k].text) {
				return v, true
			}
			// "reverses decision to exclude Huawei"
			if strings.EqualFold(words[k].text, "to") && k+1 < len(words) && inFold(ruleActs, words[k+1].text) {
				return v, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, false
}

// namedIn reports whether one of the vendors is named in the title.
func namedIn(title string, vs []trust.VendorHit) bool {
	lt := strings.ToLower(title)
	for _, v := range vs {
		if v.Class == "" && v.Name != "" && strings.Contains(lt, strings.ToLower(v.Name)) {
			return true
		}
	}
	return false
}

// classVendors: every vendor reached through a kind.
func classVendors(vs []trust.VendorHit) bool {
	for _, v := range vs {
		if v.Class == "" {
			return false
		}
	}
	return len(vs) > 0
}

// namesBeforeOthers reads the names listed before "and N other" or "and
// other": "PUBG Mobile and 117 other Chinese apps", "Alipay, WeChat Pay
// and six other apps", "from DJI, Autel and other foreign makers".
func namesBeforeOthers(words []titleWord) []string {
	for a := 1; a+1 < len(words); a++ {
		if !strings.EqualFold(words[a].text, "and") {
			continue
		}
		n := a + 1
		if isNumber(words[n].lc()) && n+1 < len(words) {
			n++
		}
		if lo := words[n].lc(); lo != "other" && lo != "more" {
			continue
		}
		var names []string
		e := a - 1
		for e >= 0 {
			s := e // a name: a run of capitalised words ending at e
			for s > 0 && !words[s-1].stop && hasUpperOrDigit(words[s-1].text) && nameWord(words[s-1]) && s > e-2 {
				s--
			}
			if !hasUpperOrDigit(words[e].text) || !nameWord(words[e]) || authorities[words[s].lc()] {
				break
			}
			names = append(names, nameSpan(words, s, e))
			if s == 0 || !words[s-1].stop || words[s-1].dash {
				break // the list goes on only past a comma
			}
			e = s - 1
		}
		return names
	}
	return nil
}

// prependNames puts the names first, the class's vendors after them.
func prependNames(names []string, vs []trust.VendorHit) []trust.VendorHit {
	out := make([]trust.VendorHit, 0, len(names)+len(vs))
	for i := len(names) - 1; i >= 0; i-- {
		out = append(out, trust.VendorHit{Name: names[i], Term: names[i], Unlisted: true})
	}
	return append(out, vs...)
}

// appendNames adds the names not already held.
func appendNames(vs []trust.VendorHit, names []string) []trust.VendorHit {
	for i := len(names) - 1; i >= 0; i-- {
		if !slices.ContainsFunc(vs, func(v trust.VendorHit) bool { return strings.EqualFold(v.Name, names[i]) }) {
			vs = append(vs, trust.VendorHit{Name: names[i], Term: names[i], Unlisted: true})
		}
	}
	return vs
}

// govUseHits drops the other-motive hits ("purchase") that stand after a
// verb of barring as its use ("prohibits purchase of foreign-made
// drones"): the authority bars buying the kind, not a deal.
func (m *Matcher) govUseHits(hits []hit, words []titleWord) []hit {
	for v := 0; v+1 < len(words); v++ {
		if (govBarVerbs[words[v].lc()] || govStopVerbs[words[v].lc()]) &&
			govUses[words[v+1].lc()] {
			return m.withoutDealMotive(hits, words[v].end, words[v+1].end)
		}
	}
	return hits
}

// weighedGerund reads a step only weighed: a rumour word before a
// gerund ("mulls phasing out Huawei", "considers removing Chinese
// cameras"), as rumouredStep (classrev.go) reads "weighs banning".
func weighedGerund(words []titleWord) bool {
	for i := 1; i < len(words); i++ {
		if strings.HasSuffix(words[i].lc(), "ing") && inFold(rumourWords, words[i-1].text) {
			return true
		}
	}
	return false
}

// ownersCompanies: a kind that is one owner's companies ("Russian
// oligarch's aluminium companies") is no kind of product.
func ownersCompanies(title string, vs []trust.VendorHit) bool {
	for _, v := range vs {
		if v.Class == "" || !strings.Contains(title, "s ") {
			continue
		}
		for _, f := range strings.Fields(v.Class) {
			if strings.Contains(title, f+"'s ") || strings.Contains(title, f+"’s ") {
				return true
			}
		}
	}
	return false
}

// govHeadsOfState make an actor an authority by its shape, whatever its
// name: leftovers3.go's heads ("Coast Guard", "Air Force", "city
// council", "Border Patrol") and a cabinet's ("Executive Yuan", "the
// cabinet", "municipalities").
var govHeadsOfState = func() map[string]bool {
	m := wordSet("cabinet yuan municipality municipalities province provinces governor bundeswehr")
	for w := range authorityHeads {
		m[w] = true
	}
	return m
}()

// govActor reports whether a title's actor is an authority by its shape
// (govHeadsOfState), for a class action the authorities list misses.
func govActor(words []titleWord) bool {
	return inWords(words, govHeadsOfState)
}

// dutyToRid reads addressees' duty to be rid of a product ("Federal
// agencies must rip out end-of-support routers"): an order to others, a
// directive (trust-events.md), as authority4's named duties are.
func dutyToRid(words []titleWord) bool {
	for i := 1; i+1 < len(words); i++ {
		if !strings.EqualFold(words[i].text, "must") || !addressees[words[i-1].lc()] {
			continue
		}
		return govRid[words[i+1].lc()]
	}
	return false
}

// noLongerSupported reads a head with a relative clause of lost support:
// "edge devices that no longer get updates", "routers no longer
// supported by their makers".
func noLongerSupported(words []titleWord) (string, bool) {
	for i := 1; i+2 < len(words); i++ {
		if !strings.EqualFold(words[i].text, "no") || !strings.EqualFold(words[i+1].text, "longer") {
			continue
		}
		h := i - 1
		if lw := words[h].lc(); (lw == "that" || lw == "which") && h > 0 {
			h--
		}
		if !govHeads[words[h].lc()] || words[h].stop {
			continue
		}
		switch words[i+2].lc() {
		case "get", "gets", "receive", "receives", "supported", "patched", "updated", "maintained":
		default:
			continue
		}
		s := h
		if s > 0 && !words[s-1].stop && govHeads[words[s-1].lc()] || s > 0 && inFold(techQualifiers, words[s-1].text) {
			s-- // "edge devices"
		}
		e := i + 2
		if e+1 < len(words) && !words[e].stop && oneOf(words[e+1].lc(), "updates", "support", "patches", "fixes") {
			e++ // "that no longer get updates"
		}
		return joinWords(words[s : e+1]), true
	}
	return "", false
}

// govNamedCues open the named readings of undoneNamed: a return allowed
// ("allows TikTok again", "unblocks"), an order with its participle
// ("orders DeepSeek blocked"), a use denied ("agencies cannot use").
var govNamedCues = wordSet(`unbans unbanned unblocks unblocked reinstates reinstated readmits
	readmitted again back blocked banned removed pulled suspended disconnected
	cannot can't longer`)

// allowedAgain reads a vendor allowed back: "allows TikTok again",
// "lets Huawei back into 5G", "unblocks Telegram", "reinstates ZTE".
func allowedAgain(words []titleWord) (int, bool) {
	for v, w := range words {
		lw := w.lc()
		switch lw {
		case "unbans", "unbanned", "unblocks", "unblocked", "reinstates", "reinstated", "readmits", "readmitted":
			if (lw == "reinstates" || lw == "reinstated") && heldAfter(words, v) {
				continue // "Court reinstates TikTok ban": the hold is back, a ban
			}
			return v, true
		case "allows", "allowed", "lets", "permits", "permitted", "welcomes":
			for k := v + 1; k < len(words) && k <= v+4; k++ {
				if lk := words[k].lc(); lk == "again" || lk == "back" {
					return v, true
				}
				if words[k].stop {
					break
				}
			}
		}
	}
	return 0, false
}

// orderedDone reads an order with the state it orders: "orders DeepSeek
// blocked", "ordered Hikvision cameras removed".
func orderedDone(words []titleWord) (int, bool) {
	for v, w := range words {
		if lw := w.lc(); lw != "orders" && lw != "ordered" {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+4; k++ {
			switch words[k].lc() {
			case "blocked", "banned", "removed", "pulled", "suspended", "disconnected":
				return v, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, false
}

// cannotUse reads a use denied: "public agencies cannot use DeepSeek",
// "officials can no longer install TikTok".
func cannotUse(words []titleWord) (int, bool) {
	for v := 1; v+1 < len(words); v++ {
		lw := words[v].lc()
		n := v + 1
		switch {
		case lw == "cannot" || lw == "can't":
		case lw == "longer" && strings.EqualFold(words[v-1].text, "no") && v >= 2 && strings.EqualFold(words[v-2].text, "can"):
		default:
			continue
		}
		if !addressees[words[v-1].lc()] && !(v >= 3 && addressees[words[v-3].lc()]) {
			continue
		}
		switch words[n].lc() {
		case "use", "install", "download", "buy", "procure", "purchase", "access":
			return v, true
		}
	}
	return 0, false
}

// govMoreActs open govAct's listing, riddance, deadline and infinitive
// readings at the gate (with a kind word).
var govMoreActs = func() map[string]bool {
	m := wordSet("get gets")
	for _, s := range []map[string]bool{govListVerbs, govRidVerbs, govBarInf} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// mixedCase reports a word with capitals that is no acronym: a name
// ("SonicWall", "Cisco"), not "VPN" or "IT".
func mixedCase(w string) bool {
	upper, lower := false, false
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= 'a' && r <= 'z':
			lower = true
		}
	}
	return upper && lower
}
