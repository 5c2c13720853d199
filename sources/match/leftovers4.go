package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Shapes of the leftovers4 set: shapes reported as still wrong after the
// classrev and leftovers3 rounds.
//
//   - Advice to drop a named registry vendor: "Estonia tells ministries to
//     drop Huawei". classrevOpen lets the advice, halt and move shapes
//     read a title only when it holds a kind of product or a country (the
//     gate for titles with no vendor); a title naming a registry vendor
//     after the verb has its object already, so the shape's own words are
//     gate enough (namedShapeOpen).

// namedShapeOpen reports whether a title naming a registry vendor holds
// the words of one of classrev's shapes (advice to drop, an ordered halt,
// a move to bar, a ban walked back).
func (m *Matcher) namedShapeOpen(g gateBits, hits []hit) bool {
	if !classrevShape(g) {
		return false
	}
	for _, h := range hits {
		if m.has(h.pat, kindVendor) {
			return true
		}
	}
	return false
}

// weighedBan reads a step only weighed, told with the step's noun: "US
// weighs ban on TP-Link routers", "White House eyes ban on DeepSeek",
// "EU mulls restrictions on Huawei", "UK considering a ban on Hikvision".
// trust-events.md counts a ban once imposed and sanctions from a formal
// proposal; officials weighing either have done neither. A formal step
// named in the title ("weighs proposal", "considers rule") is left to
// the shapes that read it.
func weighedBan(title string) bool {
	var sc wordScan
	sc.s = title
	gap := -1 // words since a verb of weighing; -1 before any
	for w := sc.next(); w != nil; w = sc.next() {
		switch {
		case rumourWords[string(w)]:
			gap = 0
			continue
		case gap < 0:
			continue
		case weighedSteps[string(w)]:
			return true
		case gap < 2 && weighedFillers[string(w)]:
			gap++
			continue
		}
		gap = -1
	}
	return false
}

var (
	// weighedSteps: the nouns of a step that is weighed.
	weighedSteps = wordSet("ban bans restrictions curbs blacklisting sanctions prohibition blacklist")
	// weighedFillers may stand between the verb and its step.
	weighedFillers = wordSet(`a an new possible potential nationwide total outright wider broad
		fresh further more`)
)

// liftedWhere reads a hold lifted in the passive whose object runs on in
// lower case and place words before the verb: "Ban on TikTok in Nepal is
// lifted", "Ban on Huawei equipment in Portugal lifted by court",
// "Sanctions against Kaspersky's US unit are lifted". passiveLifted
// (leftovers2.go) stops at the first lower-case word of the object; here
// the hold must be followed by "on" or "against", and any words up to the
// verb do, so long as none turns the clause (a stop, "after", "but").
func liftedWhere(words []titleWord) (lo, hi int, ok bool) {
	for i := 0; i+2 < len(words); i++ {
		if !liftedHolds[words[i].lc()] || words[i].stop || !oneOf(words[i+1].lc(), "on", "against") {
			continue
		}
		for k := i + 2; k < len(words) && k <= i+9; k++ {
			lk := words[k].lc()
			if liftedVerbs[lk] && k > i+2 {
				return i, k, true
			}
			if words[k].stop || clauseTurns[lk] || liftedTurns[lk] {
				break
			}
		}
	}
	return 0, 0, false
}

// liftedTurns end a hold's object before its verb: "Ban on Huawei stays
// after appeal is lifted" is not the ban lifted.
var liftedTurns = wordSet(`after but while as despite stays remains until not still once
	when if unless before`)

// ownProductPulled reads a vendor pulling its own product from a store:
// "Fortinet delists FortiClient from Mac App Store", "Zorbchat pulls its
// app from Google Play". A delisting is a store, retailer or partner
// pulling the vendor's product, or the vendor made to by an authority
// (trust-events.md); the subject of the verb being every vendor the alert
// names, and no store or authority, is the vendor's own decision. A title
// telling what made it ("after regulator's order", "under US ban") is
// left to the other readers.
func ownProductPulled(words []titleWord, vendors []trust.VendorHit) bool {
	if len(vendors) == 0 {
		return false
	}
	v := -1
	for i := 1; i < len(words) && i <= 4; i++ {
		if ownPullVerbs[words[i].lc()] {
			v = i
			break
		}
		if words[i-1].stop {
			return false
		}
	}
	if v < 0 {
		return false
	}
	subject := words[:v]
	if inWords(subject, storeOwners) || inWords(subject, authorities) || inWords(words, madeTo) {
		return false
	}
	subj := joinWords(subject)
	for _, vh := range vendors {
		if !strings.Contains(strings.ToLower(subj), strings.ToLower(vh.Name)) {
			return false
		}
	}
	for k := v + 1; k < len(words) && k <= v+6; k++ {
		if strings.EqualFold(words[k].text, "from") {
			return true
		}
	}
	return false
}

var (
	// ownPullVerbs: a subject taking a product off a store, in the active.
	ownPullVerbs = wordSet("pulls delists removes withdraws yanks unpublishes retires drops")
	// madeTo: words telling that someone else made the vendor do it.
	madeTo = wordSet(`ordered order orders forced forces request requested demand demanded
		ban banned directive regulator regulators regulator's government sanctions pressure`)
)

// makerFleet reads a named maker's fleet grounded with no drone word:
// "Fire and rescue service grounds its DJI fleet over data fears", "State
// police ground DJI fleet after security review". Fleets of aircraft are
// grounded for safety too ("grounds its Boeing fleet"), so the title must
// give a trust motive after the verb (data, spying, security, a
// country's) and groundsDrones has already turned away safety words.
func makerFleet(words []titleWord, v, k int) bool {
	if !fleetWords[words[k].lc()] {
		return false
	}
	for j := k + 1; j < len(words); j++ {
		lj := words[j].lc()
		if fearWords[lj] || lj == "privacy" || lj == "espionage" {
			return true
		}
		if c, isC := classCountries[strings.TrimSuffix(lj, "-made")]; isC && c != "" {
			return true
		}
	}
	return false
}

// fleetWords: what an authority grounds besides drones (a gate set).
var fleetWords = wordSet("fleet fleets")

// publicService reads an authority named as a public service or office
// with no agency word: "Fire and rescue service grounds", "Sheriff's
// office grounds", "Forest Service grounds". "service" and "office" alone
// are anyone's (a firm's "customer service"), so the word before must be
// a public one.
func publicService(words []titleWord, a int) bool {
	if a < 1 || !oneOf(words[a].lc(), "service", "services", "office") {
		return false
	}
	p := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(words[a-1].text, "'s"), "’s"))
	return publicServices[p] || authorityHeads[p]
}

var publicServices = wordSet(`fire rescue ambulance forest park parks secret health prison
	prisons customs immigration coastguard marshals sheriff sheriffs wildlife postal
	emergency probation`)

// groundedBeforeTurn reports whether an authority's action stands before
// a title's "after" clause ("State police ground DJI fleet after security
// review"): the action is the news, the clause its reason, even when the
// lexicon's trust words fall in the clause.
func groundedBeforeTurn(title string) bool {
	words := titleWords(title)
	v, ok := authorityActs(words)
	if !ok || !groundVerbs[words[v].lc()] {
		return false
	}
	for _, w := range words[v+1:] {
		if oneOf(w.lc(), "after", "following", "since") {
			return true
		}
	}
	return false
}

// actorStart is where the authority before a verb at v begins, walking
// back over its words ("Fire and rescue service", "County sheriff's
// office") and at least two words: a safety word inside the actor's name
// ("Fire") is no reason for the action.
func actorStart(words []titleWord, v int) int {
	k := v - 1
	for k >= 0 && v-k <= 5 {
		lk := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(words[k].text, "'s"), "’s"))
		if !(publicServices[lk] || authorityHeads[lk] || groundActors[lk] || oneOf(lk, "and", "service", "services", "office", "state", "county", "city", "department")) {
			break
		}
		k--
	}
	return max(0, min(k+1, v-2))
}

// kindUndone reads the kind of product a reversal undoes when no country
// qualifies it: "Texas drone ban reversed", "Connecticut reverses drone
// ban for state agencies", "Florida lifts ban on drones for police". With
// no country the registry cannot say whose products the ban reached, so
// the kind is named as written (classAlert, country "?"). The kind must be
// the ban's own object: right before the ban noun, or the last word after
// "ban on", so that "drone show ban" and "ban on drone flights" (a
// flight or event rule) are not a kind of product's ban.
func kindUndone(words []titleWord) (string, bool) {
	for j, w := range words {
		if !liftedHolds[w.lc()] {
			continue
		}
		if j > 0 && !words[j-1].stop && productClasses[words[j-1].lc()] != "" && !useRule(words, j) {
			return words[j-1].text, true // "drone ban"
		}
		if j+2 < len(words) && !w.stop && oneOf(words[j+1].lc(), "on", "against") {
			k := j + 2
			if (strings.HasSuffix(words[k].lc(), "-made") || kindQualifiers[words[k].lc()]) &&
				k+1 < len(words) && !words[k].stop {
				k++ // "ban on foreign-made drones", "ban on police drones"
			}
			if productClasses[words[k].lc()] != "" && !useRule(words, k) &&
				(words[k].stop || k+1 == len(words) || productClasses[words[k+1].lc()] == "" && !nounAfterKind[words[k+1].lc()]) {
				return words[k].text, true // "ban on drones for police"
			}
		}
	}
	return "", false
}

// useRule reports whether the words after k place the rule in a setting
// ("ban on phones in schools", "drone ban at stadiums"): a rule on where a
// product is used, not on whose product it is. A named place ("in
// Texas") is where a state acts.
func useRule(words []titleWord, k int) bool {
	if words[k].stop || k+2 >= len(words) {
		return false
	}
	p := words[k+1].lc()
	return (p == "in" || p == "at" || p == "during" || p == "near" || p == "over") && !hasUpperOrDigit(words[k+2].text)
}

// kindBanUndone reports whether a title scored as a ban is one undone
// ("Texas lifts drone ban": "lifts" weighs less than "ban"), as match's
// reversal shapes will read it.
func kindBanUndone(title string, words []titleWord) bool {
	if _, _, ok := classrevUndo(words); ok {
		return true
	}
	_, ok := reversalShape(title)
	return ok
}

// kindQualifiers: whose products a kind's ban names before the kind.
var kindQualifiers = wordSet("police government agency state federal military official public")

// nounAfterKind: a noun that makes a kind word its qualifier ("drone
// flights", "drone shows"): what is banned is an activity, not products.
var nounAfterKind = wordSet(`flights flight flying shows show deliveries delivery racing use
	usage photography pilots operators zone zones sales exports imports`)

// usStates are the US states whose names are mostly the state in a
// headline: a state bans and lifts bans on vendors' products ("Connecticut
// reverses drone ban", "Arkansas bans Chinese drones"). Names that are
// mostly something else, or part of another name, are left out
// ("washington", "georgia", "new", "jersey", "carolina").
var usStates = wordSet(`alabama alaska arizona arkansas california colorado connecticut delaware
	florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
	maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
	ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin
	wyoming`)

func init() {
	for w := range usStates {
		authorities[w] = true
	}
}

// forcesBanGear reads a military or a department banning a maker's
// equipment from its own use: "Pentagon bans ZPMC cranes at military
// ports", "Navy bans Zorbcrane cranes from shipyards", "Energy Department
// bans Quuxvolt inverters at national labs". A state's forces or
// department barring a product it buys distrusts it by that alone (as
// banMotive's own use does); the equipment may be a kind techContext
// does not hold (cranes, inverters, scanners). The actor opens the title
// and the verb follows it; a safety reason ("after crash") is no trust.
func forcesBanGear(words []titleWord) bool {
	v := -1
	for i := 1; i < len(words) && i <= 3; i++ {
		if forcesBanVerbs[words[i].lc()] {
			v = i
			break
		}
		if words[i-1].stop {
			return false
		}
	}
	if v < 0 || inWords(words, groundSafety) || inWords(words, safetyMotives) {
		return false
	}
	actor := false
	for _, w := range words[:v] {
		lw := w.lc()
		if forcesActors[lw] || lw == "department" && v > 1 && hasUpperOrDigit(words[0].text) {
			actor = true
		}
	}
	if !actor {
		return false
	}
	for k := v + 1; k < len(words) && k <= v+4; k++ {
		lk := words[k].lc()
		if classHeads[lk] || productClasses[lk] != "" || techWords[lk] {
			return k > v+1 && hasUpperOrDigit(words[k-1].text) // the maker's name before the kind
		}
		if words[k].stop {
			break
		}
	}
	return false
}

var (
	forcesActors = wordSet(`pentagon army navy military dod marines guard force forces
		ministry nasa`)
	forcesBanVerbs = wordSet(`bans banned bars barred prohibits prohibited forbids excludes
		excluded`)
)

// describedKind reports whether a name read from a title only describes a
// kind of product: "Chinese router", "IP" (of "IP camera"), "NVR",
// "Chinese smart TV firmware". Every word is a country's, a kind's or a
// kind's acronym; the maker is the lead's, or nobody's.
func describedKind(name string) bool {
	if name == "" {
		return false
	}
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if _, isC := classCountries[lw]; isC || places[lw] {
			continue // "Chinese"
		}
		if hasUpperOrDigit(w) && w != strings.ToUpper(w) {
			return false // "Smart Download Manager": a capitalised word that is no country's is a name's
		}
		if productClasses[lw] != "" || classHeads[lw] || techWords[lw] || kindAcronyms[lw] {
			continue // "router", "IP", "NVR"
		}
		return false
	}
	return true
}

// kindAcronyms name kinds of product, not makers.
var kindAcronyms = wordSet("ip nvr nvrs dvr dvrs tv tvs iot soho oem cctv pc pcs",
	"smart wi-fi wifi usb gps nas ups plc plcs scada ics ot voip sim esim",
	// what a kind is for, and whose: "government chat software"
	"chat messenger accounting tax payroll translation banking desktop mobile government",
	"state official")

// kindMaker names the maker of a kind a title only describes (name, read
// from words) from the lead: the capitalised name right before the same
// kind ("firmware images for Tenda AC-series routers", "Firmware for
// Zorbcam cameras") or after "by" ("firmware shipped by Quuxvision").
// None when the lead gives none: a described kind is no name.
func kindMaker(words []titleWord, name, lead string) string {
	if lead == "" {
		return ""
	}
	kinds := map[string]bool{}
	fields := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if strings.EqualFold(w.text, fields[len(fields)-1]) && i+1 < len(words) {
			fields = append(fields, words[i+1].lc()) // "IP" of "IP camera"
			break
		}
	}
	for _, f := range fields {
		if productClasses[f] != "" || classHeads[f] || kindAcronyms[f] || f == "firmware" {
			kinds[strings.TrimSuffix(f, "s")] = true
		}
	}
	lw := titleWords(lead)
	for i, w := range lw {
		l := w.lc()
		var n string
		switch {
		case kinds[strings.TrimSuffix(l, "s")] && i > 0:
			n = nameBefore(lw, i, false)
		case l == "by" && i > 0 && i+1 < len(lw) && madeVerbs[lw[i-1].lc()]:
			n, _ = namedAt(lw, i+1, lead)
		}
		if n != "" && hasUpperOrDigit(n) && !describedKind(n) && vendorName(n) && !threatActor(lw, n) && !strings.HasPrefix(lead, n) {
			return n
		}
	}
	return ""
}

var madeVerbs = wordSet("shipped made sold built supplied manufactured developed distributed")
