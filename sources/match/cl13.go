package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cl13.go widens the class readers on the axes the class13 probe grid
// (cl13_grid_test.go) found failing beyond cl12's: the shapes of a class's
// origin and the kinds of product a class names.
//
//   - an origin written as an abbreviation or an origin compound: "PRC-linked
//     routers", "Russian-origin software", "Chinese-origin modules" read as
//     "China-linked" was;
//   - kinds of connected product the heads lacked: "Chinese-made e-bikes",
//     "solar panels made in China", "Chinese LiDAR sensors", "port cranes
//     from foreign adversaries", "smart meters tied to China";
//   - kinds whose word names nothing else are the lexicon's class words
//     too, with the word that says which ("solar panels", "patient
//     monitors"), so the instruments only the lexicon reads ("adds to
//     Covered List", "defense bill bars") reach them;
//   - a step kept, narrowed or whose undoing is refused is no new step
//     ("ban survives legal challenge", "court declines to halt ban");
//   - the party a class is tied to is no vendor ("routers linked to the
//     Chinese Communist Party" alerted on "Communist Party"), nor is a
//     technology ("LiDAR");
//   - an order to disconnect, or a cyber agency's order, is a directive
//     whichever reader made the alert (cl13Category);
//   - the class in the title and the bar only in the lead (cl13LeadBar);
//   - an origin is a motive of trust (precision9's otherReason): "payment
//     terminals" are a kind, not a store's payment rules, when the class
//     is "PRC-linked", "Chinese-made" or "of concern".

// cl13Kinds are the kinds of product the grid found no class head for.
var cl13Kinds = wordSet(`e-bikes bikes scooters panels sensors cranes meters sequencers
	inverters chargers terminals monitors`)

func init() {
	// the People's Republic and its party by their initials: "PRC-linked
	// apps", "CCP-linked apps"
	classCountries["prc"] = "China"
	classCountries["ccp"] = "China"
	// "Russian-origin software": an origin compound, as "Russian-made"
	cl9Ties["origin"] = true
	// a maker's origin is a class's wherever it stands: "PRC-made
	// routers", "China-built apps" are the country's as "Chinese-made
	// drones" are. The other ties name a company ("Beijing-based
	// Integrity Technology") or a threat actor ("Russia-linked APT28") as
	// often: they are read only before a kind (cl13Origin).
	for _, w := range []string{"china", "chinese", "prc", "ccp", "beijing", "russia", "russian", "kremlin"} {
		for _, t := range []string{"made", "built", "manufactured", "produced", "designed", "supplied", "origin"} {
			if _, ok := classCountries[w+"-"+t]; !ok {
				classCountries[w+"-"+t] = classCountries[w]
			}
		}
	}
	for w := range classCountries {
		cl12Quals[w+"-origin"] = true
	}
	for _, w := range []string{"prc", "ccp"} {
		cl12Quals[w] = true
		for t := range cl9Ties {
			cl12Quals[w+"-"+t] = true
		}
	}
	for w := range cl13Kinds {
		cl9Kinds[w] = true
		// a kind is technology: "patient monitors from Chinese
		// companies" is a class of product, not of suppliers (class9Read)
		techWords[w] = true
	}
	// the lexicon's class words (classes.go), for kinds whose word names
	// nothing else: no registry vendor is in these categories, so the
	// class is named as written
	for w, c := range map[string]string{"inverter": "inverters", "inverters": "inverters", "e-bike": "e-bikes",
		"e-bikes": "e-bikes", "crane": "cranes", "cranes": "cranes", "sequencer": "genetic sequencers",
		"sequencers": "genetic sequencers", "modem": "modems", "modems": "modems", "panels": "solar panels",
		"terminals": "terminals", "monitors": "monitors", "meters": "smart meters", "sensors": "sensors"} {
		if _, ok := productClasses[w]; !ok {
			productClasses[w] = c
		}
	}
	for _, w := range []string{"communist", "party", "lidar"} {
		notVendors[w] = true
	}
	for w := range cl12Quals {
		if cl9Country(w) {
			p9trustReasons[w] = true
		}
	}
	for _, w := range []string{"prc", "adversary", "adversaries", "foreign-adversary", "concern"} {
		p9trustReasons[w] = true
	}
}

// cl13LeadBar reads a class the title names when its authority only
// moves on it and the lead's first sentence tells the bar ("FCC moves
// against Chinese-made drones" — "The new rule bars their sale and
// import"): the grid's lead axis, where every cell was silent (cl12's
// lead reader wants the class in the lead). The title is read by the
// class readers with the move in place of a ban; a lead that proposes,
// weighs or tells an earlier step bars nothing new.
func (m *Matcher) cl13LeadBar(title, lead string, hits []hit, question bool) unit {
	if question || m.namesVendor(hits) || !cl12TitleMoves(title) {
		return unit{}
	}
	s := firstSentence(lead)
	if cl12Past(s) || hasWordIn(s, cl9Talk) || hasWordIn(s, cl12Weighs) || hasWordIn(s, cl12Delays) {
		return unit{}
	}
	words := titleWords(title)
	for v, w := range words {
		if !cl13Moves[lower(w)] {
			continue
		}
		k := v + 1
		for k < len(words) && cl13MoveParticles[lower(words[k])] {
			k++
		}
		if k == len(words) {
			return unit{}
		}
		u := m.class9Alert(title[:w.start]+"bans "+title[words[k].start:], "", nil, false)
		if !u.ok || u.category != trust.CategoryBan {
			return unit{}
		}
		u.across = true
		u.evidence = clean(title) + " — " + clean(s)
		return u
	}
	return unit{}
}

// cl13LeadOpen is cl13LeadBar's gate: an authority and a move in the
// title, none of the family's bars (the title readers have it then), a
// bar in the lead's first sentence.
func cl13LeadOpen(got cl9Gate, title, lead string) bool {
	return lead != "" && got&cl9GActor != 0 && got&cl9GBar == 0 && hasWordIn(title, cl13Moves) &&
		hasWordIn(firstSentence(lead), cl9Bar)
}

var (
	// cl13Moves are an authority moving on a class without saying how.
	cl13Moves = wordSet("moves acts targets tightens cracks clamps takes")
	// cl13MoveParticles stand between the move and its class: "moves
	// against", "cracks down on", "takes aim at".
	cl13MoveParticles = wordSet("against on down aim at rules for over")
)

// cl13Category settles a class ban after cl12Category: an order to
// disconnect or isolate a kind, or a cyber agency's order, is a
// directive (trust-events.md: "emergency directive orders agencies to
// disconnect X"), whichever reader read it as a ban ("CISA orders
// agencies to disconnect PRC-linked modules" came as a ban).
func cl13Category(title string, u *unit) {
	if !u.ok || u.category != trust.CategoryBan || !cl10IsClass(u) {
		return
	}
	words := titleWords(title)
	if !inWords(words, cl13Orders) {
		return
	}
	if inWords(words, cl13Disconnect) || inWords(words, cl12CyberActors) {
		cl12Set(u, trust.CategoryDirective, "ordered to disconnect")
	}
}

var (
	cl13Orders     = wordSet("orders ordered ordering directs directed directing instructs instructed")
	cl13Disconnect = wordSet(`disconnect disconnects disconnected disconnecting isolate isolates isolated
		unplug unplugs unplugged`)
)

// cl13Vetoed refuses a class action whose title is about reliance on a
// kind ("Government to end reliance on Chinese solar panels"): industrial
// policy, no bar on the kind's use (the grid's new kinds opened such
// titles to the riddance readers); or that tells a step kept or
// narrowed, or a refusal to undo it.
func cl13Vetoed(title string, best unit) bool {
	switch best.category {
	case trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective, trust.CategoryDelisting:
	default:
		return false
	}
	if !best.ok || !cl10IsClass(&best) {
		return false
	}
	words := titleWords(title)
	return inWords(words, cl13Reliance) || inWords(words, cl13Kept) || cl13RefusedUndo(words)
}

var (
	cl13Reliance = wordSet("reliance dependence dependency dependencies self-sufficiency self-reliance")
	// cl13Kept tell a step already taken kept or narrowed: "ban on
	// Chinese drones survives legal challenge", "grants exemptions to
	// ban" (the look-alike grid's court and waiver axis).
	cl13Kept = wordSet("survives survived upholds upheld exemption exemptions waiver waivers")
)

// cl13RefusedUndo reads a court or authority refusing to undo a step:
// "court declines to halt ban on Chinese drones", "judge refuses to
// block law": the step stands, no new one.
func cl13RefusedUndo(words []titleWord) bool {
	for v := 2; v < len(words); v++ {
		if lower(words[v-1]) == "to" && cl13Undo[lower(words[v])] &&
			(p9refuse[lower(words[v-2])] || oneOf(lower(words[v-2]), "declines", "declined", "fails", "failed")) {
			return true
		}
	}
	return false
}

var cl13Undo = wordSet("halt block lift overturn strike pause suspend enjoin vacate stop")

// cl13Origin is a country word before a product word (classes.go's
// class): a country, or a country's compound with any tie ("PRC-linked
// batteries", "Beijing-backed apps"); the kind after it makes it a class
// where "Russia-linked APT28" stays a threat actor.
func cl13Origin(w string) (string, bool) {
	if c, ok := classCountries[w]; ok {
		return c, true
	}
	i := strings.IndexByte(w, '-')
	if i <= 0 || !cl9Ties[w[i+1:]] {
		return "", false
	}
	// a country's, not "foreign-controlled" (classCountries holds the
	// foreign compounds it reads)
	c := classCountries[w[:i]]
	return c, c != ""
}

// cl13Modified is where a kind at j starts with the word that says which
// kind it is: "solar panels made in China", "patient monitors from
// Chinese companies" (the lexicon's class names the kind as written).
func cl13Modified(words []titleWord, j int) int {
	if j > 0 && !words[j-1].stop && cl13Modifiers[lower(words[j-1])] {
		return j - 1
	}
	return j
}

var cl13Modifiers = wordSet(`solar patient medical smart payment satellite port genetic cellular
	connected legacy security surveillance lidar`)
