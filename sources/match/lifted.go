package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A hold on a vendor lifted, read from the evidence of the title's words
// rather than from one wording (trust-events.md's reversal row): a verb
// of undoing in any form, and what it undoes.
//
//   - A hold eased: a verb of lifting, easing, ending, revoking, striking
//     down, overturning or enjoining with a hold for its object ("eases
//     restrictions on NSO Group", "ends ZTE denial order", "overturns
//     Florida ban on Chinese drones").
//   - Off a list of the banned: "takes Chinese server maker Inspur off
//     Entity List", "Xiaomi delisted from US investment blacklist". Which list
//     is the evidence: leaving the Entity List, a blacklist or a sanctions
//     list is a reversal; leaving an approved vendor list is a loss of
//     trust (ban or delisting) and is not read here.
//   - Let back: "lets Kaspersky back onto approved vendor list", "allows
//     TikTok again", "green-lights return of DJI drones", "restored to
//     approved software list", "Kaspersky unbanned".
//   - Back on sale or in a store after a hold: "back on sale after US
//     reprieve", "back in Google Play after US ban lifted".
//   - Exempted or licensed: "exempts TP-Link routers from planned
//     restrictions", "grants licences allowing suppliers to resume sales".
//
// Not read: talk of lifting ("calls to lift the ban", "sanctions relief
// talks", "asks court to lift", "sues to overturn", "will not lift"), a
// vendor's own service or an account restored, a return to growth, an
// exemption from a tariff. A reversal is never a delisting or a ban, and
// settle keeps it at medium at most.

var (
	// liftVerbs undo a hold on what follows them.
	liftVerbs = wordSet(`lifts lifted lift lifting eases eased ease easing relaxes relaxed
		loosens loosened rolls rolled reverses reversed drops dropped ends ended
		ending scraps scrapped revokes revoked rescinds rescinded repeals repealed
		strikes struck overturns overturned enjoins enjoined vacates vacated blocks
		blocked halts halted suspends suspended waives waived cancels cancelled canceled
		withdraws withdrew nixes axes quashes quashed annuls annulled`)
	// holds are what liftVerbs undo.
	holds = wordSet("ban bans sanctions restrictions restriction curbs blacklisting designation",
		"listing prohibition suspension embargo exclusion banning barring",
		// An authority's warning or advisory against a product withdrawn
		// ("BSI withdraws Kaspersky warning").
		"warning warnings advisory advisories")
	// offVerbsAny take a vendor from or off a list.
	offVerbsAny = wordSet(`removes removed remove removing removal drops dropped drop delists
		delisted delist delisting takes taken took take strikes struck exempts
		exempted exempt exempting spares spared leaving leaves`)
	// bannedLists name a list of the banned, with "list" after them.
	bannedLists = wordSet(`entity covered unverified sanctions ban sdn 1260h restricted
		denied military investment export trade blocked`)
	// letVerbs let a vendor back; backWords say it comes back.
	letVerbs  = wordSet("allows allowed allow lets let letting permits permitted clears cleared readmits readmitted green-lights greenlights green-lit greenlit")
	backWords = wordSet("back again return returns resume resumes re-enter")
	// restoreVerbs restore a vendor itself.
	restoreVerbs = wordSet(`reinstates reinstated restores restored unbans unbanned unblocks
		unblocked readmits readmitted`)
	// ownThings are what a vendor restores of its own, or a platform of
	// its users': no hold lifted.
	ownThings = wordSet(`service services access accounts account channels channel growth profit
		profits data power connectivity operations sales users posts videos`)
	// backPlaces are where a vendor comes back to.
	backPlaces = wordSet(`store stores play shelves sale amazon market markets list networks
		network computers devices phones`)
	// priorHolds say a hold stood before a return: "after US reprieve",
	// "after ban".
	priorHolds = wordSet(`ban bans banned suspension suspended removal removed pulled blocked
		block lifted reprieve restrictions sanctions privacy security fixes audit review`)
	// grantNouns are permissions an authority grants.
	grantNouns = wordSet(`licence license licences licenses waiver waivers exemption exemptions
		reprieve`)
	grantVerbs = wordSet("grants granted grant issues issued approves approved gives gave")
	// liftTalk before the verb make the lifting talk, a refusal or a
	// contest: "calls to lift", "asks court to lift", "will not lift".
	liftTalk = wordSet(`calls call urge urges urged push pushes seeks seek asks ask
		wants sues sue lobbies lobby talks relief bid could may might would
		should not won't refuses rejects denies unlikely bet bets hopes proposal
		proposes draft bill considers weighs mulls plans grow grows demand demands`)
)

// liftGate holds every verb the shapes here turn on, and liftObjects
// what they need beside it (a hold, a list, a return), for gateSets: a
// title is split into words for them only with one of each.
var (
	liftGate = union(liftVerbs, offVerbsAny, letVerbs, restoreVerbs, grantVerbs, wordSet("returns returned return back"), courtSetsAside,
		unlawful, wordSet("arbitrary invalid capricious"), // a court's predicate (ruledUnlawful)
		rv17Gate) // rev17.go
	liftObjects = union(holds, backWords, restoreVerbs, wordSet(`order orders rule rules law laws mandate
		controls blacklist blacklists sdn list lists reprieve licence license licences
		licenses waiver waivers`), rv17Objects)  // rev17.go
)

// liftedHold finds a hold on the title's vendor lifted: the span of its
// evidence.
func liftedHold(words []titleWord) (int, int, bool) {
	for v, w := range words {
		if !inFold(liftGate, w.text) && !inFold(holds, w.text) {
			continue // most words: no lower-casing, no reading of actors
		}
		lw := w.lc()
		hi, ok := -1, false
		// Who lifts: a state, its agency or a court acts before the verb,
		// or names itself anywhere in a passive ("Streaming site reverses
		// nudity ban", "City drone show ban reversed" are no state's).
		before := func() bool { return stateActor(words[:v]) }
		anywhere := func() bool { return stateActor(words) }
		switch {
		case courtSetsAside[lw]:
			// A court's undoing in its own words: "Court sets aside
			// order banning Xiaomi", "judge throws out sanctions on
			// Luokung", "tosses listing of Xiaomi as a military company".
			if p, ok2 := courtUndoEnd(words, v); ok2 && inWords(words[:v], courtWords) {
				hi, ok = holdAfter(words, p)
			}
		case liftVerbs[lw] && !offVerbsAny[lw]:
			if before() {
				hi, ok = holdAfter(words, v)
			}
		case offVerbsAny[lw]:
			// A list of the banned is a state's whoever is named.
			if hi, ok = offBannedList(words, v); !ok && liftVerbs[lw] && before() {
				hi, ok = holdAfter(words, v)
			}
			if !ok && oneOf(lw, "exempts", "exempted", "exempt", "exempting", "spares", "spared") && before() {
				hi, ok = exemptFrom(words, v)
			}
		case letVerbs[lw]:
			if anywhere() {
				hi, ok = letBack(words, v)
			}
		case restoreVerbs[lw]:
			hi, ok = restored(words, v)
		case grantVerbs[lw]:
			if before() {
				hi, ok = grantedBack(words, v)
			}
		case lw == "returns" || lw == "returned" || lw == "return" || lw == "back":
			hi, ok = backAfterHold(words, v)
		case holds[lw] && !w.stop:
			if anywhere() {
				hi, ok = liftedPassive(words, v)
			}
			if !ok && inWords(words, courts) {
				hi, ok = ruledUnlawful(words, v)
			}
		}
		if ok && !inWords(words[:v], liftTalk) && !inWords(words, govContentWords) {
			return v, hi, true
		}
	}
	// The shapes of rev17.go, under the same checks.
	if lo, hi, ok := rv17Undo(words); ok && !inWords(words[:lo], liftTalk) && !inWords(words, govContentWords) {
		return lo, hi, true
	}
	return 0, 0, false
}

// courtSetsAside are a court's verbs of undoing that liftVerbs lack: some
// want a particle after them ("sets aside", "throws out"), which
// courtUndoEnd finds. Read only after a court: "sets aside funds for"
// and "throws out" are any actor's words.
var courtSetsAside = wordSet(`sets set throws threw thrown throw tosses tossed toss invalidates
	invalidated invalidate nullifies nullified nullify voids voided void`)

// courtUndoEnd is where the court's verb at v ends: the particle "aside"
// or "out" its phrasal forms need, or the verb itself.
func courtUndoEnd(words []titleWord, v int) (int, bool) {
	switch words[v].lc() {
	case "sets", "set", "throws", "threw", "thrown", "throw":
		if v+1 < len(words) && oneOf(words[v+1].lc(), "aside", "out") {
			return v + 1, true
		}
		return 0, false
	}
	return v, true
}

// liftedPassive finds a hold at i undone in the passive within five
// words: "restrictions on Huawei eased", "Kaspersky ban struck down". A
// turn between ("Ban on Huawei stays after appeal is lifted") ends it.
func liftedPassive(words []titleWord, i int) (int, bool) {
	for k := i + 1; k < len(words) && k <= i+5; k++ {
		lk := words[k].lc()
		if liftVerbs[lk] && (strings.HasSuffix(lk, "ed") || lk == "struck") {
			return k, true
		}
		if words[k].stop || clauseTurns[lk] || liftedTurns[lk] {
			break
		}
	}
	return 0, false
}

// stateActor reports whether words name a state, its agency or a court.
func stateActor(words []titleWord) bool {
	return inWords(words, authorities) || inWords(words, places) || inWords(words, courtWords)
}

// ruledUnlawful finds a court ruling the hold at i unlawful: "Court
// rules Xiaomi blacklisting unlawful", "judge calls ban on TikTok
// unconstitutional".
func ruledUnlawful(words []titleWord, i int) (int, bool) {
	for k := i + 1; k < len(words) && k <= i+5; k++ {
		lk := words[k].lc()
		if unlawful[lk] || oneOf(lk, "arbitrary", "invalid", "capricious") {
			return k, true
		}
		if words[k].stop {
			break
		}
	}
	return 0, false
}

// holdAfter finds a hold within six words after the verb at v, in its
// clause: "lifts ban", "eases restrictions on NSO Group", "ends ZTE
// denial order", "overturns Florida ban". A contest between ("drops
// lawsuit over ban") or a reason clause ("suspends business after ban")
// ends the object.
func holdAfter(words []titleWord, v int) (int, bool) {
	for k := v + 1; k < len(words) && k <= v+6; k++ {
		lk := words[k].lc()
		if holds[lk] || lk == "controls" && strings.EqualFold(words[k-1].text, "export") {
			return k, true
		}
		if revocations[lk] {
			if g, ok := grantRevoked(words, k); ok {
				return g, true // "overturns revocation of China Telecom's licence"
			}
		}
		if oneOf(lk, "order", "orders", "rule", "rules", "law", "laws", "mandate") &&
			(oneOf(words[k-1].lc(), "denial", "executive") || k+1 < len(words) && ruleForces[words[k+1].lc()]) {
			return k, true // "ends ZTE denial order", "revokes executive order", "strikes down law banning"
		}
		if words[k].stop || clauseTurns[lk] || undoing[lk] || suits[lk] || oneOf(lk, "appeal", "bid", "challenge", "fight", "talks") {
			break
		}
	}
	return 0, false
}

// revocations take back a permission (grantRevoked).
var revocations = wordSet("revocation revocations revoking revoke revoked cancellation withdrawal")

// grantRevoked finds the permission a revocation at r takes back within
// four words of its clause: "revocation of China Telecom's licence",
// "decision to revoke China Unicom authorization". Undoing it gives the
// permission back. A person's permission is no vendor's ("revocation of
// driver's licence of Huawei executive", "of TikTok creator's licence").
func grantRevoked(words []titleWord, r int) (int, bool) {
	for k := r + 1; k < len(words) && k <= r+4; k++ {
		if rv17Persons[words[k].lc()] || oneOf(words[k].lc(), "driver", "driver's", "drivers", "pilot", "pilot's", "doctor", "doctor's") {
			return 0, false
		}
		if grantNouns[words[k].lc()] || oneOf(words[k].lc(), "authorization", "authorisation", "authorizations",
			"authorisations", "authority", "permit", "permits", "certification") {
			return k, true
		}
		if words[k].stop {
			break
		}
	}
	return 0, false
}

// offBannedList finds "from" or "off" and then a list of the banned after
// a verb of taking off: "Pentagon removes Tencent from 1260H list", "takes
// Chinese server maker Inspur off Entity List", "delisted from sanctions
// list". An approved or trusted list is not one.
func offBannedList(words []titleWord, v int) (int, bool) {
	return fromOffList(words, v, 5, func(k, j int) (int, bool) {
		lj := words[j].lc()
		if lj == "blacklist" || lj == "blacklists" || lj == "sdn" || listingList(words, j) {
			return j, true
		}
		return j, (lj == "list" || lj == "lists") && j > k+1 && bannedLists[words[j-1].lc()]
	})
}

// fromOffList finds "from" or "off" within seven words after the verb at
// v and asks list, for each of the reach words after it up to a stop,
// whether a list of the banned ends there (and where its span ends):
// the walk offBannedList and rv17OffList share.
func fromOffList(words []titleWord, v, reach int, list func(k, j int) (int, bool)) (int, bool) {
	for k := v + 1; k < len(words) && k <= v+7; k++ {
		lk := words[k].lc()
		if lk != "from" && lk != "off" {
			if words[k].stop || clauseTurns[lk] {
				break
			}
			continue
		}
		for j := k + 1; j < len(words) && j <= k+reach; j++ {
			if end, ok := list(k, j); ok {
				return end, true
			}
			if words[j].stop {
				break
			}
		}
		return 0, false
	}
	return 0, false
}

// exemptFrom finds a hold after "from" following an exemption: "exempts
// TP-Link routers from planned restrictions"; a tariff is no hold.
func exemptFrom(words []titleWord, v int) (int, bool) {
	for k := v + 1; k < len(words) && k <= v+6; k++ {
		if strings.EqualFold(words[k].text, "from") {
			return holdAfter(words, k)
		}
		if words[k].stop {
			break
		}
	}
	return 0, false
}

// letBack finds a vendor let back: a word of return within five words
// after the verb ("lets Kaspersky back onto", "allows TikTok again",
// "green-lights return of DJI drones", "letting units fly DJI drones
// again"), not "back up".
func letBack(words []titleWord, v int) (int, bool) {
	for k := v + 1; k < len(words) && k <= v+6; k++ {
		lk := words[k].lc()
		if backWords[lk] && !(lk == "back" && k+1 < len(words) && strings.EqualFold(words[k+1].text, "up")) {
			return k, true
		}
		if words[k].stop {
			break
		}
	}
	return 0, false
}

// restored finds a vendor reinstated, restored or unbanned. "Unbanned"
// and "unblocked" say the hold themselves; a vendor reinstated or
// restored needs a state's list or systems after the verb ("restored to
// Lithuania's approved software list", "reinstated on government
// computers"), a store only after a hold (backAfterHold), or a state
// before it with the vendor its object ("Lithuania reinstates
// Kaspersky"). A service, access or accounts restored is no hold lifted.
func restored(words []titleWord, v int) (int, bool) {
	lv := words[v].lc()
	to := false // the place follows a preposition: not "restored Russian social network VK"
	for k := v + 1; k < len(words) && k <= v+6; k++ {
		lk := words[k].lc()
		if ownThings[lk] || strings.HasPrefix(lk, "banned") || holds[lk] {
			return 0, false // "reinstates banned accounts", "restores service", "reinstates TikTok ban"
		}
		to = to || oneOf(lk, "to", "on", "onto", "in", "into")
		if to && stateBackPlaces[lk] {
			return k, true
		}
		if words[k].stop {
			break
		}
	}
	if strings.HasPrefix(lv, "unban") || strings.HasPrefix(lv, "unblock") {
		return v, true
	}
	if hi, ok := backAfterHold(words, v); ok {
		return hi, true
	}
	if stateActor(words[:v]) && v+1 < len(words) && hasUpperOrDigit(words[v+1].text) && !storeOwners[lower(words[v-1])] {
		return v + 1, true // "Lithuania reinstates Kaspersky"
	}
	return 0, false
}

// stateBackPlaces are a state's lists and systems a vendor is restored
// to.
var stateBackPlaces = wordSet(`list lists networks network computers devices phones market
	markets tenders procurement`)

// grantedBack finds a licence, waiver or exemption granted with a return
// beside it: "grants licences allowing suppliers to resume sales",
// "grants waiver letting units fly DJI drones again". A licence alone is
// often a new market's.
func grantedBack(words []titleWord, v int) (int, bool) {
	for k := v + 1; k < len(words) && k <= v+3; k++ {
		if !grantNouns[words[k].lc()] {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+8; j++ {
			if backWords[words[j].lc()] {
				return j, true
			}
		}
		return 0, false
	}
	return 0, false
}

// backAfterHold finds a return to a store, a shelf or sale after a hold:
// "back on sale at UK carriers after US reprieve", "return to Amazon
// after privacy fixes". A return alone is a dispute's or business news
// ("returns to smartphone growth").
func backAfterHold(words []titleWord, v int) (int, bool) {
	place := -1
	for k := v + 1; k < len(words) && k <= v+5; k++ {
		if backPlaces[words[k].lc()] {
			place = k
			break
		}
		if words[k].stop {
			break
		}
	}
	if place < 0 {
		return 0, false
	}
	for k := place + 1; k+1 < len(words); k++ {
		if oneOf(words[k].lc(), "after", "following") {
			for j := k + 1; j < len(words) && j <= k+4; j++ {
				if priorHolds[words[j].lc()] {
					return j, true
				}
			}
		}
	}
	return 0, false
}

// banCauses are a state's act a store carries out: "as ban takes
// effect", "under new law".
var banCauses = wordSet("ban bans law laws prohibition act")

// storesUnderBan finds a store pulling a product as a state's ban or law
// requires ("as", "under", "to comply with"): "Apple and Google pull
// TikTok from US app stores as ban takes effect". The state decides and
// the stores carry it out: a ban, chosen by who decides. A store acting
// "after" a ban or a regulator's order is left a delisting, as
// leftovers4.tsv labels "Apple pulls DeepSeek from Italian App Store after
// privacy regulator's order".
func storesUnderBan(words []titleWord) string {
	for k := 1; k < len(words); k++ {
		lk := words[k].lc()
		if !oneOf(lk, "as", "under", "comply", "complying") || words[k-1].stop && lk == "as" {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+4; j++ {
			if banCauses[words[j].lc()] {
				return joinSpan(words, k, j)
			}
			if words[j].stop {
				break
			}
		}
	}
	return ""
}

// orderVerbsStrict order rather than ask: a store asked or urged by a
// regulator still decides for itself (a directive, as labelled).
var orderVerbsStrict = wordSet("orders ordered forces forced compels compelled requires required")

// storesOrdered finds a state ordering stores to remove a product: "India
// orders app stores to remove TikTok and 58 other Chinese apps". The
// state decides, the stores execute: a ban, not a directive to the
// state's own users.
func storesOrdered(words []titleWord) string {
	for v := 1; v+2 < len(words); v++ {
		if !orderVerbsStrict[words[v].lc()] || !stateActor(words[:v]) {
			continue
		}
		for k := v + 1; k+1 < len(words) && k <= v+5; k++ {
			if strings.EqualFold(words[k].text, "to") {
				if inWords(words[v+1:k], storeOwners) && removeBase[words[k+1].lc()] {
					return joinSpan(words, v, k+1)
				}
				break
			}
		}
	}
	return ""
}

// investmentBan finds a sanctions authority barring investment in a
// vendor: "Treasury bars Americans from investing in SenseTime". The
// Treasury's list of the banned (NS-CMIC) is sanctions by trust-events.md's
// table, whatever verb of banning the title gives it.
func investmentBan(words []titleWord) string {
	for k, w := range words {
		switch w.lc() {
		case "investing", "investment", "investments", "invest":
		default:
			continue
		}
		for j := 0; j < k; j++ {
			if oneOf(words[j].lc(), "treasury", "ofac") {
				return joinSpan(words, j, k)
			}
		}
		return ""
	}
	return ""
}

// liftedAcross reads a hold lifted in an alert made across the title and
// the lead, whose category the lead's words gave: "Nepal allows TikTok
// again" — "The government lifted its nine-month ban on the app" scored
// the lead's "ban". A title that lifts a hold on the vendor it names is
// the news, not a further report; a lead that lifts one under a title
// that names the vendor gives the category alone.
func liftedAcross(title, text string, question bool, u *unit) {
	if question || !namedIn(title, u.vendors) {
		return
	}
	words := titleWords(title)
	lo, hi, ok := classrevUndo(words) // every reversal shape (classrev.go, rev17.go)
	if ok {
		u.coverage = false
	} else {
		words = titleWords(firstSentence(text))
		lo, hi, ok = liftedHold(words)
	}
	if !ok || rumoured(words) {
		return
	}
	u.category = trust.CategoryReversal
	u.signals = append([]trust.SignalHit{{Term: joinSpan(words, lo, hi), Category: trust.CategoryReversal, Weight: supplyWeight}}, u.signals...)
}

// heldAfter reports whether a hold follows the verb at v within four
// words of its clause: what is reinstated is the ban, not the vendor.
func heldAfter(words []titleWord, v int) bool {
	for k := v + 1; k < len(words) && k <= v+4; k++ {
		if holds[words[k].lc()] {
			return true
		}
		if words[k].stop {
			break
		}
	}
	return false
}
