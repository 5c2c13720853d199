package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// actionAlert reads a title for an action the lexicon's phrases miss
// because a name stands inside it: an ultimatum ("tells TikTok's owners to
// sell stakes or face possible ban", "threatens TikTok ban if Chinese
// owners don't sell") or a ban being ended ("ending ChatGPT ban",
// "ChatGPT returns to Italy after ban"). Both are decisions taken, so
// talk words ("threatens", "possible") do not count against them.
func (m *Matcher) actionAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	words := headline(gate.wordsCopy(title))
	m.mark(words, hits)
	var extra trust.SignalHit
	name := ""
	end := -1       // the shape's last word when a clause after it gives its reason
	listed := false // the name's state listing was undone: context enough
	if lo, hi, ok := unlawfulBan(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryReversal, Weight: 5}
		name = nameBefore(words, lo, false)
	} else if lo, hi, ok := probeShape(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryStateLinks, Weight: supplyWeight}
		name = objectName(words, lo+1, hi)
	} else if lo, hi, ok := directiveShape(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryDirective, Weight: supplyWeight}
		if vendorWoundUp(words, lo, hi) {
			extra.Category = trust.CategoryBan
		}
		name = objectName(words, hi+1, min(len(words), hi+5))
	} else if lo, hi, ok := ultimatum(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryBan, Weight: supplyWeight}
	} else if v, l, ok := listAdd(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, l), Category: trust.CategorySanctions, Weight: supplyWeight}
		name = objectName(words, v+1, l)
	} else if u := m.courtAlert(title, hits, question, gate); u.ok {
		return u
	} else if v, f, cat, ok := authorityRemoves(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, f+1), Category: cat, Weight: supplyWeight}
		name = objectName(words, v+1, f)
	} else if v, k, ok := permissionRevoked(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryBan, Weight: supplyWeight}
		name = objectName(words, v+1, k+1)
	} else if v, k, ok := supplyCut(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryDelisting, Weight: supplyWeight}
		name = objectName(words, k+1, min(len(words), k+4))
	} else if v, ok := authorityActs(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, v-1, v), Category: trust.CategoryBan, Weight: supplyWeight}
		name = objectName(words, v+1, min(len(words), v+4))
		if !techContext(words) && !groundVerbs[words[v].lc()] || !hasUpperOrDigit(name) || allActors(name) {
			name = "" // a grounding read by authorityActs holds drones or a maker's fleet (groundsDrones)
		}
		if groundVerbs[words[v].lc()] {
			end = v // "agencies ground DJI drones after state ban": the grounding is the news
			// A state's force grounding a maker's drones is context
			// enough for a name outside the registry (named3.go).
			listed = hasUpperOrDigit(name) && !allActors(name)
		}
	} else if lo, hi, ok := listLifted(words); ok {
		// "AMEC shares rally after its Pentagon listing is revoked"
		// (named3.go): the subject's listing undone.
		extra = trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryReversal, Weight: 5}
		name, listed, end = liftedSubject(words, isTitleCase(words), vendorName), true, hi
	} else if v, k, ok := endedBan(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, min(v, k), max(v, k)), Category: trust.CategoryReversal, Weight: 5}
		if v < k {
			name = objectName(words, v+1, k)
		} else {
			name = nameBefore(words, k, false)
			end = k // "back on app stores after Trump delays ban": the return is the news
		}
	} else if v, k, ok := lx13PlanDropped(words); ok && m.lx13VendorsAfter(hits, words[v].start) {
		// "drops plans to sell Huawei phones" (lx13.go)
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryDelisting, Weight: supplyWeight}
	} else if v, k, ok := lx13ContractCut(words); ok && m.lx13VendorsAfter(hits, words[v].start) {
		// "Spain scraps Huawei contract" (lx13.go)
		extra = trust.SignalHit{Term: joinSpan(words, v, k), Category: trust.CategoryBan, Weight: supplyWeight}
	} else {
		return unit{}
	}
	u := m.scoreUnitWith(hits, true, false, question, &extra, true)
	if !u.ok {
		return unit{}
	}
	switch {
	case len(u.vendors) > 0:
	case name != "" && m.rules.AnyVendor && listed:
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	case name != "" && m.rules.AnyVendor && inWords(words, authorities) && !isTitleCase(words) &&
		(techContext(words) || nm14Vouched(u.category, name, words, gate.words(lead))) && banMotive(u.category, words, gate.words(lead)):
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	default:
		return unit{}
	}
	u.evidence = clean(title)
	if end >= 0 {
		u.shapeEnd = words[end].end
	}
	return u
}

// actingVerbs holds every verb authorityActs reads, so that a title with
// none is not split into words for it.
var actingVerbs = wordSet(`grounds grounded ground grounding blocks blocked restricts restricted
	curbs limits suspends suspended bars excludes excluded blocking restricting curbing
	limiting suspending barring excluding block restrict suspend bar exclude`)

// authorityActs finds an authority blocking or restricting something
// ("Pentagon blocks DeepSeek", "Commerce restricts TP-Link router
// sales"): "blocks" alone is often an attack blocked, so the actor must
// stand right before the verb. A ban being blocked is a reversal, not
// this.
func authorityActs(words []titleWord) (int, bool) {
	for v := 1; v < len(words); v++ {
		lv := words[v].lc()
		if groundVerbs[lv] && !groundsDrones(words, v) {
			continue // a grounding is a ban only of drones (named3.go)
		}
		switch lv {
		case "grounds", "grounded", "ground", "grounding":
		case "blocks", "blocked", "restricts", "restricted", "curbs", "limits", "suspends", "suspended", "bars",
			"excludes", "excluded", "blocking", "restricting", "curbing", "limiting", "suspending", "barring",
			"excluding",
			"block", "restrict", "suspend", "bar", "exclude": // a plural subject: "ministries block DeepSeek"
		default:
			continue
		}
		a := strings.ToLower(strings.TrimRight(words[v-1].text, "."))
		if groundVerbs[lv] && (groundActors[a] || authorityHeads[a] || publicService(words, v-1)) && !words[v-1].stop {
			return v, true // "coast guard grounds X drones" (named3.go), "Border Patrol grounds" (leftovers3.go)
		}
		if words[v-1].stop || !authorities[a] && !authorityHeads[a] || a == "court" || a == "judge" {
			continue // a court blocks bans and mergers, and restricts people
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			switch words[k].lc() {
			case "ban", "bans", "sanctions", "bill", "law", "order", "rule", "vote", "nomination", "deal", "merger",
				"acquisition", "takeover", "attack", "attacks":
				return 0, false
			}
		}
		return v, true
	}
	return 0, false
}

// directiveShape finds an order to be rid of a product, whatever words
// stand inside it: "CISA orders agencies to patch or disconnect Ivanti
// devices", "agencies told to immediately remove", "Pentagon directs
// services to phase out". An authority gives it (before the verb, or the
// passive's subject is agencies or officials). The span from the order
// to the action.
func directiveShape(words []titleWord) (int, int, bool) {
	for v, w := range words {
		passive := false
		switch w.lc() {
		case "orders", "directs", "tells", "instructs", "requires", "mandates", "demands":
		case "ordered", "directed", "told", "instructed", "required", "mandated":
			passive = true
		case "urges", "urged", "advises", "advised", "asks", "asked", "warns", "warned", "recommends",
			// the plural's ("CISA and FBI urge operators to replace"),
			// with those told named after it as for advice
			"urge", "advise", "warn", "tell", "instruct", "order", "direct":
			// Advice is a directive when a state gives it to those
			// who use the product ("China urges companies to avoid
			// Nvidia H20 chips"), not when it presses another party
			// to act ("lawmakers urge Commerce to ban").
			if v+1 >= len(words) || !addressees[words[v+1].lc()] {
				continue
			}
		default:
			continue
		}
		if !inWords(words[:v], authorities) && !(passive && inWords(words[:v], ownUse)) {
			continue
		}
		to := -1
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if strings.EqualFold(words[k].text, "to") {
				to = k
				break
			}
			if words[k].stop {
				break
			}
		}
		if to < 0 {
			continue
		}
		for k := to + 1; k < len(words) && k <= to+7; k++ {
			lk := words[k].lc()
			// "to take Ivanti Connect Secure appliances offline"
			if riddanceAt(words, k) && k <= to+5 || lk == "offline" && strings.EqualFold(words[to+1].text, "take") {
				return v, k, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// riddance are the verbs of being rid of a product.
var riddance = wordSet(`disconnect remove uninstall unplug delete ditch dump purge replace
	phase rip decommission disable stop cease quit abandon avoid throw block
	suspend halt power shut dissolve wind close`)

// riddanceAt reports whether words[k] is a verb of being rid of a
// product: one of riddance, or a verb of moving with its particle
// ("to move off Russian antivirus", "to migrate away from Kaspersky",
// "to diversify away from"). "Switch from" stays out: it is as often a
// standard changed ("tells Apple to switch from Lightning to USB-C").
func riddanceAt(words []titleWord, k int) bool {
	lk := words[k].lc()
	if riddance[lk] {
		return true
	}
	if !movingVerbs[lk] || k+1 >= len(words) || words[k].stop {
		return false
	}
	switch words[k+1].lc() {
	case "off":
		return lk != "switch" // "switch off" powers down, it rids of nothing
	case "away":
		return k+2 < len(words) && words[k+2].lc() == "from"
	}
	return false
}

// movingVerbs move a user from one product to another: riddance of the
// first with "off", "away from" (riddanceAt).
var movingVerbs = wordSet("move migrate switch transition shift diversify wean")

// addressees are those told what to use: advice to them is a directive.
var addressees = wordSet(`companies firms businesses users citizens people public consumers
	agencies officials employees staff operators organizations organisations manufacturers
	residents schools hospitals banks carriers telecoms everyone`)

// probeShape finds an authority investigating someone over data or
// spying ("Justice Dept. investigates TikTok parent over potential
// data-gathering issues", "US investigates ByteDance's surveillance of
// journalists"): the span from the verb to the motive.
func probeShape(words []titleWord) (int, int, bool) {
	for v, w := range words {
		switch w.lc() {
		case "investigates", "investigating", "probes", "probing", "investigated", "probed":
		default:
			continue
		}
		if !inWords(words[:v], authorities) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+8; k++ {
			lk := strings.ToLower(strings.TrimRight(words[k].text, "."))
			for _, p := range strings.Split(lk, "-") {
				// Not a breach the vendor suffered: "investigating
				// Capita over 'serious data breach'".
				if probeMotives[p] && (k+1 >= len(words) || !breachWords[words[k+1].lc()]) {
					return v, k, true
				}
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

var breachWords = wordSet("breach breaches leak leaks hack hacks theft incident incidents")

var probeMotives = wordSet(`data surveillance spying espionage security cybersecurity privacy
	tracking snooping backdoor backdoors`)

// unlawfulBan finds a court finding a ban unlawful: "Judge says
// Montana's TikTok ban is obviously unconstitutional".
func unlawfulBan(words []titleWord) (int, int, bool) {
	if !inWords(words, courts) {
		return 0, 0, false
	}
	for i, w := range words {
		if lw := w.lc(); lw != "ban" && lw != "bans" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			if unlawful[words[k].lc()] {
				return i, k, true
			}
		}
	}
	return 0, 0, false
}

var (
	courts   = wordSet("judge judges court courts justices jury")
	unlawful = wordSet("unconstitutional unlawful illegal")
)

// authorityRemoves finds an authority taking a vendor out of where it
// was trusted: "Pentagon removes DJI from approved drone list" (a
// delisting), "UK strips Huawei from 5G network" (a ban). The verb's
// index, the "from", and the category. Out of a blacklist is a reversal
// (reversalShape), not this.
func authorityRemoves(words []titleWord) (int, int, trust.Category, bool) {
	for v, w := range words {
		switch w.lc() {
		case "removes", "removed", "removing", "strips", "stripped", "stripping", "purges", "purged", "purging",
			"expels", "expelled", "kicks", "kicked", "boots", "booted", "ousts", "ousted", "drops", "dropped",
			"excludes", "excluded", "excluding", "remove", "strip", "purge", "expel", "oust", "exclude":
		default:
			continue
		}
		// Attackers taking data from a state's networks are no authority
		// acting on a vendor (lexicon13): "Chinese hackers strip data from
		// government networks using Ivanti flaw".
		if !inWords(words[:v], authorities) || inWords(words[:v], attackerNouns) {
			continue
		}
		for f := v + 2; f < len(words) && f <= v+6; f++ {
			if !strings.EqualFold(words[f].text, "from") {
				if words[f].stop {
					break
				}
				continue
			}
			for k := f + 1; k < len(words) && k <= f+4; k++ {
				lk := words[k].lc()
				switch {
				case lk == "blacklist" || lk == "entity" || lk == "covered" || lk == "sanctions":
					return 0, 0, "", false
				case lk == "list" || lk == "lists" || lk == "schedule" || lk == "catalog" || lk == "catalogue":
					return v, f, trust.CategoryDelisting, true
				case trustedPlaces[lk]:
					return v, f, trust.CategoryBan, true
				}
				if words[k].stop {
					break
				}
			}
			break
		}
	}
	return 0, 0, "", false
}

// trustedPlaces are where a state lets a vendor's products in.
var trustedPlaces = wordSet(`network networks 5g infrastructure systems grid procurement
	contracts devices phones core backbone bases buildings sites`)

// permissionRevoked finds an authority taking away or refusing a
// vendor's permission to operate: "FCC revokes authorization for China
// Unicom's US operations", "FCC denies China Mobile application to
// operate in US". A court's decisions on applications are procedure, not
// this. The verb's index and the permission's.
func permissionRevoked(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		switch words[v].lc() {
		case "revokes", "revoked", "revoking", "denies", "denied", "rejects", "rejected", "terminates", "terminated",
			"cancels", "cancelled", "canceled", "withdraws", "withdrew", "yanks", "pulls":
		default:
			if !revokeForms[words[v].lc()] { // "votes to revoke" (cue.go)
				continue
			}
		}
		if !inWords(words[:v], authorities) || inWords(words[:v], courts) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			switch words[k].lc() {
			case "license", "licence", "licenses", "licences", "authorization", "authorisation", "authorizations",
				"application", "certification", "certifications", "permit", "permits", "approval", "approvals",
				"permission", "permissions",
				"authority": // "revokes Pacific Networks' authority to operate"
				// Whose permission: named before it ("revokes China
				// Telecom's license") or right after "for" ("revokes
				// authorization for China Unicom"), or after "of" when
				// nothing but "operating" qualifies it ("revokes
				// operating authority of Pacific Networks"), not
				// "medical license of TikTok's 'Dr. Roxy'".
				of := k+1 < len(words) && strings.EqualFold(words[k+1].text, "of") && onlyOperating(words[v+1:k])
				if capitalIn(words[v+1:k]) ||
					k+2 < len(words) && (strings.EqualFold(words[k+1].text, "for") || of) && objectName(words, k+2, min(len(words), k+5)) != "" {
					return v, k, true
				}
				return 0, 0, false
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// onlyOperating reports whether words (between a verb of revoking and the
// permission) say only that it was the permission to operate.
func onlyOperating(words []titleWord) bool {
	for _, w := range words {
		if l := w.lc(); l != "the" && l != "its" && l != "operating" {
			return false
		}
	}
	return true
}

// capitalIn reports whether one of words is capitalised: a name.
func capitalIn(words []titleWord) bool {
	for _, w := range words {
		if hasUpperOrDigit(w.text) {
			return true
		}
	}
	return false
}

// supplyCut finds a partner cutting a vendor off: "Intel and Qualcomm
// halt chip supplies to Huawei", "ARM suspends business with Huawei". The
// verb's index and the "to"/"with" before the vendor. The vendor itself
// halting shipments to someone is another story, so the name must follow.
func supplyCut(words []titleWord) (int, int, bool) {
	for v, w := range words {
		switch w.lc() {
		case "halt", "halts", "halted", "stop", "stops", "stopped", "suspend", "suspends", "suspended", "cut", "cuts",
			"end", "ends", "ended", "freeze", "freezes", "froze", "sever", "severs", "severed":
		default:
			continue
		}
		noun := -1
		for k := v + 1; k < len(words) && k <= v+3; k++ {
			switch words[k].lc() {
			case "supplies", "supply", "shipments", "sales", "business", "exports", "support", "cooperation",
				"ties", "deliveries", "services", "partnership", "contracts", "dealings":
				noun = k
			}
			if noun >= 0 || words[k].stop {
				break
			}
		}
		if noun < 0 || noun+1 >= len(words) {
			continue
		}
		if to := words[noun+1].lc(); (to == "to" || to == "with") && noun+2 < len(words) &&
			hasUpperOrDigit(words[noun+2].text) {
			return v, noun + 1, true
		}
	}
	return 0, 0, false
}

// listAs finds an authority listing or designating a vendor as
// something: "Pentagon lists Tencent and CATL as Chinese military
// companies". The verb's index and the "as".
func listAs(words []titleWord) (int, int, bool) {
	for v, w := range words {
		switch w.lc() {
		case "lists", "listed", "designates", "designated", "labels", "labeled", "labelled", "names", "named",
			"brands", "branded", "deems", "deemed":
		default:
			continue
		}
		if !inWords(words[:v], authorities) {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+6; k++ {
			if strings.EqualFold(words[k].text, "as") ||
				// "Pentagon labels DJI a Chinese military company" (authority4)
				v+1 < k && oneOf(words[k].lc(), "a", "an") &&
					(labelVerbs4[words[v].lc()] || militaryAfter(words, k)) { // "US names Hikvision a Chinese military company"
				return v, k, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// listAdd finds an authority putting something on a list by any name:
// "Pentagon adds Xiaomi to list of Communist Chinese military companies",
// "Commerce adds 80 firms to trade blacklist". The verb's index and the
// list word's; an authority must stand before the verb, since a company
// adds things to its own lists.
func listAdd(words []titleWord) (int, int, bool) {
	for v, w := range words {
		switch w.lc() {
		case "adds", "added", "adding", "puts", "places", "placed":
		default:
			continue
		}
		passive := passiveListing(words, v)
		if !inWords(words[:v], authorities) && !passive {
			continue
		}
		to := -1
		for k := v + 1; k < len(words) && k <= v+10; k++ {
			if strings.EqualFold(words[k].text, "to") || strings.EqualFold(words[k].text, "on") {
				to = k
				break
			}
			if words[k].stop && !strings.EqualFold(words[k+min(1, len(words)-k-1)].text, "and") {
				break
			}
		}
		if to < 0 || to == v+1 && !passive {
			continue
		}
		for k := to + 1; k < len(words) && k <= to+6; k++ {
			switch words[k].lc() {
			case "list", "lists", "blacklist", "blacklists", "registry":
				return v, k, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// courtAlert is a court ordering or fining a spyware maker of the
// registry (trust-events.md: court orders against the maker are events;
// other vendors' court news is mostly commerce).
func (m *Matcher) courtAlert(title string, hits []hit, question bool, gate *item) unit {
	words := headline(gate.words(title))
	v, ok := courtActs(words)
	if !ok {
		return unit{}
	}
	extra := trust.SignalHit{Term: joinSpan(words, v-1, v), Category: trust.CategoryStateLinks, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, true, question, &extra, true)
	if !u.ok || !m.spywareMaker(u.vendors) {
		return unit{}
	}
	u.evidence = clean(title)
	return u
}

// courtActs finds a court deciding against someone: "Judge orders NSO
// to...", "Jury orders NSO Group to pay", "court fines". The verb's index.
func courtActs(words []titleWord) (int, bool) {
	for v := 1; v < len(words); v++ {
		switch words[v].lc() {
		case "orders", "ordered", "fines", "fined", "rules", "ruled", "finds", "found", "sanctions", "sanctioned":
		default:
			continue
		}
		switch words[v-1].lc() {
		case "judge", "jury", "court":
			return v, true
		}
	}
	return 0, false
}

// spywareMaker reports whether one of vs is a registry vendor of the
// spyware category.
func (m *Matcher) spywareMaker(vs []trust.VendorHit) bool {
	for _, h := range vs {
		for _, v := range m.vendors {
			if v.Name == h.Name && hasCategory(v.Categories, "spyware") {
				return true
			}
		}
	}
	return false
}

// allActors reports whether every word of name is an actor ("White
// House").
func allActors(name string) bool {
	for _, w := range strings.Fields(name) {
		if !actors[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// ultimatum finds "sell ... or face (a possible) ban" or "threatens ban if
// ... sell": the span of words from the demand to the ban.
func ultimatum(words []titleWord) (int, int, bool) {
	sell := -1
	for i, w := range words {
		switch w.lc() {
		case "sell", "sold", "selling", "divest", "divests", "divestiture", "divestment", "stake", "stakes":
			if sell < 0 {
				sell = i
			}
		}
	}
	for i, w := range words {
		lw := w.lc()
		if lw == "ultimatum" {
			return i, i, true
		}
		if lw != "ban" && lw != "banned" {
			continue
		}
		// "or face (a) (possible|US) ban", "or be banned"; "threatens
		// (TikTok) ban if" only with a demand to sell.
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			lk := words[k].lc()
			if (lk == "face" || lk == "be") && k > 0 && strings.EqualFold(words[k-1].text, "or") {
				return k - 1, i, true
			}
			if (lk == "threatens" || lk == "threatened") && sell >= 0 {
				return min(k, sell), max(i, sell), true
			}
		}
	}
	return 0, 0, false
}

// proposalWords stand for a ban not yet made.
var proposalWords = wordSet(`bid bill bills effort efforts push attempt plan plans proposal
	proposed vote to measure legislation`)

// endedBan finds a ban being ended: an undoing verb before "ban" ("ending
// ChatGPT ban": v < k) or a return after one ("ChatGPT returns to Italy
// after ban": the verb's index k, v after it).
func endedBan(words []titleWord) (v, k int, ok bool) {
	for i, w := range words {
		switch w.lc() {
		case "ending", "ends", "ended", "lifting", "lifts", "lifted", "overturns", "overturned", "reverses",
			"reversed", "scraps", "scrapped", "rescinds", "rescinded", "blocks", "blocked", "halts", "halted",
			"pauses", "paused", "enjoins", "enjoined", "suspends", "suspended", "repeals", "repealed", "revokes",
			"revoked":
			lifting := strings.HasPrefix(w.lc(), "lift")
			for j := i + 1; j < len(words) && j <= i+4; j++ {
				lj := words[j].lc()
				if lj == "ban" || lj == "bans" ||
					lifting && (lj == "restrictions" || lj == "curbs" || lj == "sanctions") { // "lifts some restrictions on Huawei"
					return i, j, true
				}
				if words[j].stop || proposalWords[lj] {
					break // "blocks colleague's bid to ban": a proposal stopped
				}
			}
		case "returns", "returned", "restored", "reinstated", "back", "relisted", "reappears", "unblocked",
			"unbanned":
			// "TikTok back on Apple and Google app stores after Trump
			// delays ban", "DeepSeek returns to South Korean app stores
			// after two-month suspension".
			for j := i + 1; j < len(words) && j <= i+7; j++ {
				if strings.EqualFold(words[j].text, "after") && j+1 < len(words) {
					for l := j + 1; l < len(words) && l <= j+3; l++ {
						if endedHolds[words[l].lc()] {
							return l, i, true
						}
					}
				}
			}
		}
	}
	return 0, 0, false
}

// endedHolds are what an app returns after: a ban, a block, a removal.
var endedHolds = wordSet(`ban ban's bans blocking block suspension removal blacklisting
	delisting takedown`)

// reversalShape finds an action being undone in a title: a verb of
// undoing followed within four words by the action ("Court blocks
// Trump's WeChat ban", "judge halts Montana's TikTok ban"), or a vendor
// taken off a list ("Xiaomi removed from US blacklist"). It returns the
// words as written.
func reversalShape(title string) (string, bool) {
	words := titleWords(title)
	if lo, hi, ok := unlawfulBan(words); ok {
		return joinSpan(words, lo, hi), true
	}
	for v, w := range words {
		lv := w.lc()
		undo := false
		switch lv {
		case "blocks", "blocked", "halts", "halted", "lifts", "lifted", "overturns", "overturned", "strikes",
			"struck", "pauses", "paused", "rescinds", "rescinded", "revokes", "revoked", "reverses", "reversed",
			"suspends", "suspended", "enjoins", "enjoined", "vacates", "vacated", "ends", "ended", "scraps", "scrapped",
			"ending", "lifting", "overturning", "blocking", "striking", "repeals", "repealed", "drops", "dropped",
			// Headline verbs of undoing: "Biden nixes TikTok and WeChat bans".
			"nixes", "nixed", "axes", "axed":
			undo = true // "drops": "US drops sanctions on Xiaomi"
		case "bars", "barred", "barring":
			// "Judge bars Pentagon from blacklisting Luokung": a court
			// barring an action undoes it.
			undo = v > 0 && courts[words[v-1].lc()]
		}
		off := lv == "removed" || lv == "removes" || lv == "delisted" || lv == "drops" || lv == "dropped" ||
			lv == "removal" || lv == "removing" || lv == "delisting" || lv == "delists" ||
			lv == "remove" || lv == "drop" || lv == "delist" || // "US to remove Xiaomi from blacklist"
			lv == "off" && v > 0 && (offVerbs[words[v-1].lc()] || // "Xiaomi taken off Pentagon's list"
				takenOffNamed(words, v)) // "Commerce takes Inspur off Entity List" (leftovers2.go)
		if !undo && !off {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			lk := words[k].lc()
			// "revokes Trump orders banning TikTok", "blocks Montana
			// from banning TikTok"; "removes Xiaomi from Chinese
			// military companies list".
			if undo && (lk == "ban" || lk == "bans" || lk == "sanctions" || lk == "blacklisting" || lk == "designation" ||
				lk == "restrictions" || lk == "curbs" || lk == "banning" || lk == "barring") ||
				off && (lk == "blacklist" || lk == "sanctions" || k+1 < len(words) && lk == "entity" ||
					lk == "covered" && k+1 < len(words) && strings.EqualFold(words[k+1].text, "list") ||
					listingList(words, k)) {
				return joinSpan(words, v, k), true
			}
			// A comma inside a list of names goes on: "rescinds WeChat,
			// TikTok download bans".
			listComma := words[k].stop && commaAfter(title, words, k) && k+1 < len(words) &&
				hasUpperOrDigit(words[k+1].text[:1]) && hasUpperOrDigit(words[k].text[:1])
			if words[k].stop && !listComma || proposalWords[lk] || clauseTurns[lk] || undoing[lk] {
				// "lifts injunction against Montana TikTok ban": undoing
				// the undoing reinstates the ban.
				break // "suspends business with Huawei after US ban": the ban is the reason
			}
		}
	}
	if lo, hi, ok := passiveLifted(words); ok {
		return joinSpan(words, lo, hi), true // "Ban on Xiaomi lifted" (leftovers2.go)
	}
	if lo, hi, ok := liftedWhere(words); ok {
		return joinSpan(words, lo, hi), true // "Ban on TikTok in Nepal is lifted" (leftovers4.go)
	}
	return "", false
}

// offVerbs take a vendor off a list: "taken off", "struck off".
var offVerbs = wordSet("taken takes struck knocked comes came orders ordered") // "orders X off the list" (leftovers3)

// undoing are a court's stops on an action: what undoes them restores it.
var undoing = wordSet("injunction injunctions stay challenge lawsuit")

// clauseTurns start a clause of reason or time: what follows is not the
// verb's object.
var clauseTurns = wordSet("after following since amid over despite under because as")
