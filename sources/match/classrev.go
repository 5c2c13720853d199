package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Shapes of the classrev set: authority advice to drop a kind of product
// or a named one, halts and votes on a kind, and reversals told with
// verbs the lexicon's phrases miss.
//
//   - Advice: "Italy tells public bodies to diversify away from Russian
//     security software", "Japan warns operators against Chinese-made
//     surveillance cameras": an authority telling, urging or warning those
//     who use a product to drop, avoid or move away from it (directive).
//   - Halts and moves: "UK orders halt to Chinese-made cameras at
//     government sites" (directive), "FCC moves to bar Chinese labs"
//     (ban, as a vote or a formal proposal is).
//   - Reversals: a ban walked back, backed down on, shelved, scrapped or
//     dropped ("US shelves planned TP-Link router ban", "Brazil scraps
//     plan to ban Huawei"), one reversed or scrapped told passively
//     ("Texas drone ban reversed after backlash"), and a court halting a
//     rule that forces or bans ("Judge halts rule forcing agencies to
//     ground Chinese-made drones").
//
// The vendors come as for every class action (classAlert): a registry
// vendor named, a kind of product reaching the registry by category and
// country, or a product named as written. A content, safety or moral
// motive and a rumoured step are no trust event.

var (
	// adviceVerbs: an authority telling users what to do.
	adviceVerbs = wordSet(`tells told advises advised urges urged warns warned warn urge
		instructs instructed orders ordered asks asked recommends recommended cautions
		cautioned directs directed advise tell order`)
	// dropVerbs: being rid of a product or keeping away from it; "against"
	// is advice's own ("warns operators against Chinese cameras"). The
	// verbs of moving count with their particle only ("move off",
	// "migrate away from": riddanceAt).
	dropVerbs = union(wordSet(`drop diversify ditch avoid shun dump abandon quit stop against
		phase replace remove uninstall delete cease halt rip purge scrap wean`), movingVerbs)
	// haltNouns: an order's noun of stopping ("orders halt to").
	haltNouns = wordSet("halt stop end freeze moratorium")
	// walkVerbs undo a ban in the reversal shapes.
	walkVerbs = wordSet(`walks walked walking backs backed backing shelves shelved shelving
		scraps scrapped scrapping abandons abandoned abandoning drops dropped dropping
		retreats retreated u-turn u-turns reversed reverses reversing rolls rolled
		halts halted blocks blocked enjoins enjoined strikes struck pauses paused
		vacates vacated suspends suspended overturns overturned rescinded axed nixed
		lifts lifted repeals repealed`)  // "Texas lifts drone ban" (leftovers4)
	// banNouns: what a reversal undoes.
	banNouns = wordSet(`ban bans blacklisting restrictions rule law order ordinance prohibition
		policy measure mandate`)
	// moveVerbs with barActs: "FCC moves to bar", "votes to block".
	moveVerbs = wordSet("moves moved move votes voted vote")
	barActs   = wordSet("bar block ban prohibit exclude restrict")
)

// classrevOpen reports, from a title's gate bits (wordsets.go), whether
// one of the shapes here may read it: a shape's verbs with a kind of
// product or a country, or a verb of undoing with "ban" itself (a named
// product's ban walked back). Most titles with "orders" and "stop", or
// "blocks" and "law", name no kind: they end at the gate as before.
func classrevOpen(g gateBits) bool {
	return classrevShape(g) && g.has(gKindWords) || g.all(gWalkVerbs, gBanWord)
}

// classrevShape reports whether a title's gate bits hold the words of one
// of the shapes here, whatever their object: advice to drop, an ordered
// halt, a move to bar, a ban walked back.
func classrevShape(g gateBits) bool {
	return g.has(gAdviceVerbs) && g.any(gDropVerbs, gHaltNouns) || g.all(gWalkVerbs, gBanNouns) || g.all(gMoveVerbs, gBarActs) ||
		g.all(gLift, gLiftObj) // lifted.go
}

// kindWords name a kind of product or a country's: the class readers'
// words (classes.go, classshape.go), as one gate set.
var kindWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range productClasses {
		m[w] = true
	}
	for w := range classHeads {
		m[w] = true
	}
	for w := range classCountries {
		m[w] = true
	}
	return m
}()

var banWord = wordSet("ban bans")

// classrevUndo finds a reversal shape: the signal's span.
// The word-set checks (inWords lower-cases every word) come after a
// shape is found: most titles reaching here have none.
func classrevUndo(words []titleWord) (int, int, bool) {
	lo, hi, ok := courtHaltsRule(words)
	if !ok {
		lo, hi, ok = walkedBack(words)
	}
	if !ok {
		lo, hi, ok = banUndone(words)
	}
	if !ok {
		lo, hi, ok = liftedHold(words) // a hold lifted in any verb (lifted.go)
	}
	if !ok || inWords(words, foreseen) {
		return 0, 0, false // "..., lawyers predict": a forecast
	}
	return lo, hi, true
}

// classrevAct finds an advice, halt or move shape: its span and category.
func classrevAct(words []titleWord) (int, int, trust.Category, bool) {
	lo, hi, ok := adviceDrop(words)
	c := trust.CategoryDirective
	if !ok {
		lo, hi, ok = orderedHalt(words)
	}
	if !ok {
		lo, hi, ok = movesToBar(words)
		c = trust.CategoryBan
	}
	if !ok || inWords(words, legislative) || inWords(words, safetyMotives) || inWords(words, foreseen) {
		return 0, 0, "", false // lawmakers urging; a product's fire risk or quality
	}
	return lo, hi, c, true
}

// adviceUses: what advice against a product keeps one from doing.
var adviceUses = wordSet(`using buying installing deploying procuring downloading purchasing relying
	running adopting connecting`)

// foreseen: a step forecast or hoped for, not taken.
var foreseen = wordSet(`predict predicts predicted expect expects expected could might may
	likely unlikely hopes hope seeks wants`)

// legislatorsMove reports whether legislators only move, seek or plan
// to act ("Lawmakers move to ban Chinese drones"): a bill counts once a
// chamber passes it (trust-events.md).
func legislatorsMove(words []titleWord) bool {
	for v := 1; v < len(words); v++ {
		if legislative[words[v-1].lc()] && legislatorSteps[words[v].lc()] {
			return true
		}
	}
	return false
}

var legislatorSteps = wordSet(`move moves moved seek seeks want wants aim aims plan plans float floats floated
	propose proposes introduce introduces push pushes urge urges eye eyes`)

// safetyMotives: warnings about a product's safety or quality, scams and
// fraud, which are no judgement of its maker's trust.
var safetyMotives = wordSet(`fire fires safety defective defects overheating recall recalls
	counterfeit scam scams fraud quality injury injuries choking burn`)

// actorBefore reports whether an authority is the subject of the verb at
// v: one of the two words before it ("Japan warns", "Interior Department
// orders", "Korean ministries warn"), so that "Swedish newspaper advises
// staff against ..." is a newspaper's advice, not Sweden's.
func actorBefore(words []titleWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-2; k-- {
		if k < v-1 && words[k].stop {
			break
		}
		lk := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(words[k].text, "'s"), "’s"))
		if authorities[lk] || lk == "forces" && k > 0 && words[k-1].lc() == "armed" && !words[k-1].stop {
			return true // "Sweden's armed forces warn staff against": "forces" alone are market forces as often
		}
		if k == v-1 && !hasUpperOrDigit(words[k].text) && !courtWords[lk] {
			return false // "Swedish newspaper advises": the noun next to the verb acts
		}
	}
	return false
}

// adviceDrop reads "<authority> tells|urges|warns <addressees> to
// drop|diversify away from|avoid|stop using <object>" and "<authority>
// warns <addressees> against <object>". The addressees are up to four
// words; the object is read by the caller (a class, a vendor, a name).
func adviceDrop(words []titleWord) (int, int, bool) {
	for v, w := range words {
		if !inFold(adviceVerbs, w.text) || !actorBefore(words, v) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			lk := words[k].lc()
			if lk == "against" {
				if k+1 < len(words) && strings.HasSuffix(words[k+1].lc(), "ing") && !adviceUses[words[k+1].lc()] {
					break // "warns organizations against ignoring patches"
				}
				return v, k, true
			}
			if lk == "to" && k+1 < len(words) && dropVerbs[words[k+1].lc()] && words[k+1].text != "against" &&
				(!movingVerbs[words[k+1].lc()] || words[k+1].lc() == "diversify" || words[k+1].lc() == "wean" || riddanceAt(words, k+1)) {
				return v, k + 1, true
			}
			if words[k].stop || lk == "of" || lk == "about" || lk == "that" {
				break // "warns of", "warns that": a threat told, not advice
			}
		}
	}
	return 0, 0, false
}

// orderedHalt reads "<authority> orders [a] halt|stop|end to|on <object>".
func orderedHalt(words []titleWord) (int, int, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !inFold(orderVerbs, words[v].text) || !actorBefore(words, v) {
			continue
		}
		k := v + 1
		if lk := words[k].lc(); lk == "a" || lk == "an" {
			k++
		}
		if k+1 < len(words) && haltNouns[words[k].lc()] {
			if p := words[k+1].lc(); p == "to" || p == "on" || p == "of" {
				return v, k, true
			}
		}
	}
	return 0, 0, false
}

// movesToBar reads "<authority> moves|votes to bar|block <object>": a
// formal step, as formalRule's votes are.
func movesToBar(words []titleWord) (int, int, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !inFold(moveVerbs, words[v].text) || !strings.EqualFold(words[v+1].text, "to") ||
			!barActs[words[v+2].lc()] || !actorBefore(words, v) {
			continue
		}
		return v, v + 2, true
	}
	return 0, 0, false
}

// courtHaltsRule reads "<court> halts|blocks|enjoins|strikes down
// <rule|law|order> forcing|requiring|banning <...>": a court undoing an
// action on the object.
func courtHaltsRule(words []titleWord) (int, int, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !inFold(walkVerbs, words[v].text) || !inFold(courtWords, words[v-1].text) && !(v > 1 && inFold(courtWords, words[v-2].text)) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			lk := words[k].lc()
			if banNouns[lk] && k+1 < len(words) && ruleForces[words[k+1].lc()] {
				return v, k + 1, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

var (
	courtWords = wordSet("judge judges court courts justices appeals")
	ruleForces = wordSet(`forcing requiring banning barring ordering mandating prohibiting
		restricting`)
)

// walkedBack reads a ban undone by its own authority or by a court with
// a verb of retreat: "walks back Flipper Zero ban", "backs down on
// Kaspersky ban", "shelves planned TP-Link router ban", "scraps plan to
// ban Huawei". The words between the verb and the ban are its object
// only (names, kinds, "planned"), so "walks back YouTube exemption from
// under-16 social media ban" is not one.
func walkedBack(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		if !inFold(walkVerbs, words[v].text) || inFold(courtWords, words[v-1].text) || !inWords(words[:v], authorities) {
			continue // "Lufthansa abandons AirTag ban", "Musk reverses Twitter ban": no authority's
		}
		lv := words[v].lc()
		k := v + 1
		if k < len(words) && oneOf(words[k].lc(), "back", "down", "off", "course") {
			k++
			if k < len(words) && oneOf(words[k].lc(), "on", "from") {
				k++
			}
		} else if k < len(words) && oneOf(words[k].lc(), "on", "from") && (lv == "u-turn" || lv == "u-turns" || lv == "retreats" || lv == "retreated") {
			k++
		}
		if k < len(words) && oneOf(words[k].lc(), "plan", "plans") && k+2 < len(words) &&
			strings.EqualFold(words[k+1].text, "to") && barActs[words[k+2].lc()] {
			return v, k + 2, true // "scraps plan to ban Huawei"
		}
		for j := k; j < len(words) && j <= k+4; j++ {
			lj := words[j].lc()
			if banNouns[lj] && lj != "rule" && lj != "law" && lj != "order" && lj != "policy" && lj != "measure" && lj != "mandate" {
				if j > k || j+1 < len(words) && !words[j].stop && oneOf(words[j+1].lc(), "on", "of", "against") {
					return v, j, true // "walks back Flipper Zero ban", "walks back ban on Chinese apps"
				}
				break
			}
			if words[j].stop || stopWords[lj] && lj != "the" || lj == "exemption" || lj == "exemptions" {
				break
			}
		}
	}
	return 0, 0, false
}

// banUndone reads the passive "<object> ban reversed|scrapped|shelved
// after ..." with an authority anywhere ("by city council"): "Tumblr
// nudity ban reversed" is a platform's rule.
func banUndone(words []titleWord) (int, int, bool) {
	for j := 1; j+1 < len(words); j++ {
		if inFold(banWord, words[j].text) && !words[j].stop && inFold(undonePast, words[j+1].text) && inWords(words, authorities) {
			return j, j + 1, true
		}
	}
	return 0, 0, false
}

var undonePast = wordSet(`reversed scrapped shelved dropped abandoned overturned rescinded
	halted paused suspended enjoined axed nixed withdrawn repealed vacated`)

// classrevClass finds the kind of product the other class readers miss:
// a kind "controlled|owned|made by" a country's ("test labs controlled
// by foreign adversaries") and a kind whose country is the motive's
// ("grounds drone fleet over Chinese spying fears"). A kind the registry
// has no category for is named as written (country "?").
func classrevClass(words []titleWord) (phrase, country, category string, ok bool) {
	for j, w := range words {
		if !inFold(kindWords, w.text) || w.stop {
			continue
		}
		lw := w.lc()
		cat := productClasses[lw]
		if cat == "" && !classHeads[lw] {
			continue
		}
		for k := j + 1; k+1 < len(words) && k <= j+4; k++ {
			lk := words[k].lc()
			if (lk == "by" || lk == "to") && k > j+1 && tiedBy[words[k-1].lc()] {
				if c, isC := classCountries[words[k+1].lc()]; isC {
					if cat == "" {
						return joinWords(words[j : k+2]), "?", "", true
					}
					return joinWords(words[j : k+2]), c, cat, true
				}
			}
			if (lk == "over" || lk == "amid" || lk == "citing") && k+2 < len(words) {
				c, isC := classCountries[words[k+1].lc()]
				if isC && c != "" && fearWords[words[k+2].lc()] {
					if cat == "" {
						return joinWords(words[j:j+1]) + " (" + c + ")", "?", "", true
					}
					return joinWords(words[j : j+1]), c, cat, true
				}
			}
			if words[k].stop {
				break
			}
		}
	}
	return "", "", "", false
}

var (
	tiedBy    = wordSet("controlled owned made built linked tied run operated backed")
	fearWords = wordSet("spying espionage security surveillance data hacking sabotage spy")
)

// recipientClass reports whether the class phrase starting at word k
// follows "to" in a title about exports: "bans exports of chipmaking
// tools to Chinese firms" names the buyers, not a kind of product.
func recipientClass(words []titleWord, k int) bool {
	return k > 0 && strings.EqualFold(words[k-1].text, "to") && inWords(words, exportNouns)
}

var exportNouns = wordSet("export exports shipments sales sale exporting")

// classrevAlert reads the shapes here for a title that names its vendor
// (a registry vendor, or one named as written) rather than a class,
// which classAlert reads through classShape.
func (m *Matcher) classrevAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	if !classrevOpen(gate.gateBits) && !m.namedShapeOpen(gate.gateBits, hits) && !rc10HoldOpen(title, gate.gateBits) && !(m.rules.AnyVendor && rv17Open(title, gate.gateBits)) { // leftovers4.go: a registry vendor named; rev17.go: a name as written
		return unit{}
	}
	words := gate.words(title)
	lo, hi, ok := classrevUndo(words)
	cat := trust.CategoryReversal
	if !ok {
		lo, hi, cat, ok = classrevAct(words)
	}
	if !ok {
		lo, hi, ok = rc10BackAfterLeadHold(words, lead)
		cat = trust.CategoryReversal
	}
	if !ok || rumoured(words) || question {
		return unit{} // "Will the US lift its ban on Huawei?": asked, not done
	}
	// A product named as written: the capitalised run of the shape's
	// object ("walks back Flipper Zero ban", "Flipper Zero ban reversed");
	// with no tech word, none ("Iowa judge blocks 6-week abortion ban").
	return m.actionUnit(title, lead, words, lo, hi, cat, hits, question, func() string {
		if cat == trust.CategoryReversal {
			if n := rv17Object(words, lo, hi); n != "" {
				return n // rev17.go: its shapes' object as written; actionUnit still wants a tech word in title or lead
			}
		}
		if cat == trust.CategoryReversal && !techContext(words) {
			return rc10HoldObject(words, lo, hi, lead) // "Judge blocks book ban law": a lead's tech words do not make the title's ban one on a product
		}
		if n := shapeObject(words, lo, hi, cat); n != "" {
			return n
		}
		return rc10HoldObject(words, lo, hi, lead)
	})
}

// shapeObject is the name a shape acts on: the capitalised words between a
// reversal's verb and its ban, before a passive ban, or after a directive's
// verb.
func shapeObject(words []titleWord, lo, hi int, cat trust.Category) string {
	s, e := -1, -1
	switch {
	case cat == trust.CategoryReversal && lo < hi && banNouns[words[hi].lc()]:
		s, e = lo+1, hi-1
	case cat == trust.CategoryReversal && hi == lo+1 && banNouns[words[lo].lc()]:
		s, e = 0, lo-1
	default:
		s, e = hi+1, min(hi+3, len(words)-1)
	}
	for s <= e && !(hasUpperOrDigit(words[s].text) && nameWord(words[s])) {
		s++
	}
	if s > e {
		return ""
	}
	end := s
	for end < e && !words[end].stop && hasUpperOrDigit(words[end+1].text) && nameWord(words[end+1]) {
		end++
	}
	for s < end && (authorities[words[s].lc()] || actors[words[s].lc()]) {
		s++ // "Texas drone ban": the state acting
	}
	if authorities[words[s].lc()] || actors[words[s].lc()] {
		return ""
	}
	return nameSpan(words, s, end)
}

// classrevUndone reports whether a title's action is undone in one of
// the reversal shapes here, setting term to the shape's words: "Brazil
// scraps plan to ban Huawei from 5G" is no ban.
func classrevUndone(title string, term *string) bool {
	words := titleWords(title)
	lo, hi, ok := classrevUndo(words)
	if ok {
		*term = joinSpan(words, lo, hi)
	}
	return ok
}

// rumouredStep reports whether a title's action is only weighed: a verb
// of weighing right before the action's gerund ("US mulls adding DJI to
// Covered List", "Commerce considers blacklisting CXMT"), or a verb of
// weighing before the step's noun ("US weighs ban on TP-Link routers",
// weighedBan in leftovers4.go).
func rumouredStep(title string) bool {
	if weighedBan(title) {
		return true
	}
	var sc wordScan
	sc.s = title
	prev := false
	for w := sc.next(); w != nil; w = sc.next() {
		if prev && stepGerunds[string(w)] {
			return true
		}
		prev = rumourWords[string(w)]
	}
	return false
}

var stepGerunds = wordSet(`adding banning blacklisting sanctioning restricting blocking barring
	listing prohibiting designating`)

var orderVerbs = wordSet("orders ordered order calls")

// inFold reports whether s, lower-cased, is in set, without allocating
// for a word of up to 32 bytes (strings.ToLower copies any word with a
// capital, and the shapes here read every word of a title).
func inFold(set map[string]bool, s string) bool {
	var buf [32]byte
	if len(s) > len(buf) {
		return set[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}
