package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Authority and store shapes a blind batch still missed
// (testdata/authority4.tsv):
//   - a duty with no "orders": "Federal agencies have until Saturday to
//     disconnect Ivanti VPN appliances", "Agencies are required to remove
//     F5 BIG-IP devices", "CISA: agencies must inventory Cisco ASA devices
//     and disconnect end-of-life models" (dutyCut);
//   - a directive listing several orders, one to cut the product off:
//     "Emergency directive orders agencies to hunt for Cisco hacks,
//     disconnect old firewalls" (dutyCut: "directive" is the duty);
//   - an authority warning of a product sending data to a state or a
//     foreign owner: "South Korea warns of DeepSeek sending user data to
//     ByteDance" (warnsFlow); classrev.go reads "warns" only as advice to
//     drop, and a warning of hackers or malware stays no event;
//   - an authority labelling a vendor a risk or a threat: "German agency
//     labels Kaspersky antivirus a security risk" (labelsRisk);
//   - an app back in the stores after a ban: "TikTok returns to Apple and
//     Google app stores" (storeReturn), a reversal only when a ban stands
//     in the title or lead ("Fortnite returns to App Store" is a dispute).
// Each reads a registry vendor in the title, or (AnyVendor) the object of
// the shape named as written.

var (
	// cutVerbs4 cut a product off a network or out of use.
	cutVerbs4 = wordSet(`disconnect disconnects disconnected disconnecting unplug unplugs unplugged
		power offline decommission decommissioned remove removed removing retire pull
		replace rip`)
	// dutyWords4 make the cut a duty: "must", "have until", "are
	// required to", "have 24 hours to", or a directive that lists it.
	// A deadline is left out: "US extends deadline for agencies to
	// remove Kaspersky software" is a delay (banDelayed).
	dutyWords4 = wordSet("must until required directive hours days")
	// backWords4 bring an app back into a store.
	backWords4 = wordSet("returns returned return restored reinstated back reappears reappeared")
	// riskNouns4 are what an authority labels a vendor, with labelVerbs4.
	riskNouns4 = wordSet("risk risks threat threats")
	// A label verb also opens keepsOut's gate words (keepVerbs4).
	labelVerbs4 = wordSet(`labels labeled labelled designates designated brands branded deems
		deemed declares declared dubs`)
)

// authority4Open reports, from a title's gate bits, whether it may hold
// one of the shapes here.
func authority4Open(g gateBits) bool {
	return g.all(gDuty4, gCut4) || g.all(gAdviceVerbs, gFlowVerbs, gDataNouns) || g.all(gBack4, gStoreOwners) || g.any(gLabel4, gKeep4)
}

// authority4Alert reads the shapes here for a title nothing else alerted
// on.
func (m *Matcher) authority4Alert(title, lead string, hits []hit, question bool, gate *item) unit {
	if !authority4Open(gate.gateBits) {
		return unit{}
	}
	if !gate.any(gDuty4, gCut4, gAdviceVerbs, gFlowVerbs, gDataNouns, gBack4, gStoreOwners, gLabel4) {
		return unit{} // keepsOut alone: read by classAlert (classshape.go)
	}
	words := gate.words(title)
	lo, hi, ok := -1, -1, false
	cat := trust.CategoryDirective
	obj := -1 // where a name as written starts
	switch {
	case gate.all(gDuty4, gCut4):
		if lo, hi, ok = dutyCut(words); ok {
			obj = hi + 1
			break
		}
		fallthrough
	case gate.all(gAdviceVerbs, gFlowVerbs, gDataNouns):
		if lo, hi, ok = warnsFlow(words); ok {
			obj = lo + 2
			break
		}
		fallthrough
	case gate.all(gBack4, gStoreOwners):
		if lo, hi, ok = storeReturn(words); ok {
			if !inWords(words, banWord) && !inWords(gate.words(firstSentence(lead)), banWord) {
				return unit{} // "Fortnite returns to the App Store": a dispute
			}
			cat, obj = trust.CategoryReversal, 0
			break
		}
		fallthrough
	default:
		if lo, hi, ok = labelsRisk(words); ok {
			obj = lo + 1
			if militaryFirm(words, hi) {
				cat = trust.CategorySanctions // the Pentagon's list (1260H)
			}
		}
	}
	if !ok || rumoured(words) {
		return unit{}
	}
	return m.actionUnit(title, lead, words, lo, hi, cat, hits, question, func() string {
		if obj < 0 || obj >= len(words) {
			return ""
		}
		name := nameFrom4(words, obj, min(len(words), obj+5))
		if name == "" && cat == trust.CategoryDirective && obj > lo+1 {
			// "agencies must inventory Cisco ASA devices and disconnect
			// end-of-life models": the product stands between duty and cut.
			name = nameFrom4(words, lo+1, hi)
		}
		return name
	})
}

// dutyCut finds a duty to cut a product off: a word of duty ("must",
// "have until", "required", "directive", "24 hours") and, after it in the
// same sentence, a verb of cutting off ("disconnect", "unplug", "power
// down", "take offline", "remove", "pull"). The duty is an authority's:
// one stands before it (agencies, CISA, a directive). "Agencies must
// patch Chrome zero-day by Friday" holds no cut and stays a
// vulnerability. Returns the duty's index and the verb's.
func dutyCut(words []titleWord) (int, int, bool) {
	if banDelayed(words) || inWords(words, delayWords4) {
		return 0, 0, false // "agencies get until 2027 to remove X after deadline extended"
	}
	for d, w := range words {
		lw := lower(w)
		if !dutyWords4[lw] {
			continue
		}
		if lw == "hours" || lw == "days" || lw == "until" {
			// "have 24 hours to", "have until Friday to"
			if !backTo(words, d, "have", "has", "given", "get") {
				continue
			}
		}
		if lw != "directive" && !inWords(words[:d], authorities) {
			continue
		}
		for k := d + 1; k < len(words) && k <= d+12; k++ {
			lk := lower(words[k])
			if cutVerbs4[lk] && cutAt(words, k) {
				return d, k, true
			}
			if hardStop(words, k) && lw != "directive" {
				break
			}
		}
	}
	return 0, 0, false
}

// backTo reports whether one of the verbs stands within three words
// before i.
func backTo(words []titleWord, i int, verbs ...string) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if oneOf(lower(words[k]), verbs...) {
			return true
		}
	}
	return false
}

// cutAt reports whether the cut verb at k is one: "power" only as "power
// down|off", "offline" only after "take", "pull" and "rip" only with
// their particle or an object after them.
func cutAt(words []titleWord, k int) bool {
	next := ""
	if k+1 < len(words) {
		next = lower(words[k+1])
	}
	switch lower(words[k]) {
	case "power":
		return next == "down" || next == "off"
	case "offline":
		return backTo(words, k, "take", "takes", "taken", "taking")
	case "rip":
		return next == "out"
	}
	return next != ""
}

// warnsFlow finds an authority warning of a product sending data to a
// state or another firm: an authority, a warning verb, "of" / "that" /
// "about", and within eight words a data word beside a verb of flow
// (dataToState's window). A warning of attackers' tools ("warns of
// infostealer sending data to Telegram") is a threat report, not this.
func warnsFlow(words []titleWord) (int, int, bool) {
	for v, w := range words {
		if !oneOf(lower(w), "warns", "warned", "warn", "cautions", "cautioned") || !inWords(words[:v], authorities) {
			continue
		}
		if v+1 >= len(words) || !oneOf(lower(words[v+1]), "of", "that", "about", "over") {
			continue
		}
		end := min(len(words), v+10)
		for k := v + 2; k < end; k++ {
			if threatActors4[lower(words[k])] {
				return 0, 0, false
			}
		}
		if d, _, ok := dataToState(words[v+2:]); ok {
			return v, v + 2 + d, true
		}
		if isTitleCase(words) {
			continue // every word capitalised: no firm to tell apart
		}
		// "... sending user data to ByteDance": a firm, named.
		for d := v + 2; d < end; d++ {
			if !dataNouns[lower(words[d])] {
				continue
			}
			for f := max(v+2, d-3); f+2 < len(words) && f <= d+2; f++ {
				if flowVerbs[lower(words[f])] && f != d {
					p := max(f, d) + 1
					if p < len(words) && lower(words[p]) == "back" {
						p++
					}
					if p+1 < len(words) && oneOf(lower(words[p]), "to", "with") &&
						hasUpperOrDigit(words[p+1].text) {
						return v, p + 1, true
					}
				}
			}
		}
	}
	return 0, 0, false
}

// threatActors4 are the attackers and tools a warning of data theft
// names.
var threatActors4 = wordSet(`hackers hacker attackers malware infostealer infostealers stealer
	stealers scammers scam scams ransomware phishing criminals apt gang botnet trojan
	spyware`)

// storeReturn finds an app back in a store: "TikTok returns to Apple and
// Google app stores", "WeChat restored to app stores", "TikTok back on
// app stores". The store word stands within four words after the verb.
func storeReturn(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		if !backWords4[lower(words[v])] {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+7; k++ {
			if oneOf(lower(words[k]), "store", "stores", "play") {
				return v, k, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// labelsRisk finds an authority labelling a product a risk or a threat:
// "German cybersecurity agency labels Kaspersky antivirus a security
// risk", "Czech watchdog designates DeepSeek a threat". The verb follows
// an authority; "a"/"an"/"as" and a risk noun follow within six words.
// A research firm naming a threat group names no authority and is left
// alone.
func labelsRisk(words []titleWord) (int, int, bool) {
	for v, w := range words {
		if !labelVerbs4[lower(w)] || !inWords(words[:v], authorities) {
			continue
		}
		art := false
		for k := v + 2; k < len(words) && k <= v+8; k++ {
			lk := lower(words[k])
			if oneOf(lk, "a", "an", "as") {
				art = true
			}
			if art && (riskNouns4[lk] || militaryFirm(words, k)) {
				return v, k, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// nameFrom4 is objectName over words[s:e] past the authorities named
// there ("tells agencies to patch F5 products": F5).
func nameFrom4(words []titleWord, s, e int) string {
	for ; s < e; s++ {
		lw := lower(words[s])
		if !authorities[lw] && !actors[lw] {
			break
		}
	}
	n := objectName(words, s, e)
	if authorities[strings.ToLower(n)] {
		return ""
	}
	return n
}

// authority4Lookalike vetoes two look-alikes of authority and store news:
//   - a store pulling content at a state's request: "Apple pulls Quran app
//     in China at government request", "Apple removes VPN apps from
//     Russian App Store": censorship, not trust in a vendor
//     (trust-events.md), unless the title gives a reason of trust;
//   - others backing a proposal: "US agencies back proposal to ban
//     TP-Link routers, report says" is talk about a ban, not one.
func authority4Lookalike(words []titleWord, u *unit) bool {
	if !u.inTitle {
		return false
	}
	if u.category == trust.CategoryDelisting && inWords(words, contentApps4) && !hasMotive(words) && !inWords(words, ownedWords9) {
		return true
	}
	if u.category == trust.CategoryReversal || u.category == trust.CategoryCompromise || u.category == trust.CategoryOSS {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		if backVerbs4[lower(words[i])] && !words[i].stop && !oneOf(lower(words[i+1]), "off", "away", "down", "out") {
			// "backs off plan to ban" is a walk-back (classrev.go)
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				if proposalNouns4[lower(words[k])] {
					return true
				}
			}
		}
	}
	return false
}

var (
	// contentApps4 are apps a state has pulled for what they say or let
	// users reach, not for trust in their maker.
	contentApps4 = wordSet(`quran koran bible religious podcast podcasts vpn vpns protest
		audiobook audiobooks books lgbtq lgbt gay`)
	// backVerbs4 back another's step; proposalNouns4 the step backed.
	backVerbs4     = wordSet("back backs backed support supports supported endorse endorses endorsed")
	proposalNouns4 = wordSet("proposal proposals plan plans push bid proposed calls")
)

// goneBefore reports whether a clause tells a product gone: "TikTok
// vanishes from Apple and Google app stores", "TikTok goes dark": when a
// ban's taking effect follows, the ban taking effect is the news
// (signalsInBackdrop in lookalike2.go reads the clause after).
func goneBefore(words []titleWord) bool {
	for i, w := range words {
		lw := lower(w)
		if goneGate[lw] || lw == "dark" && i > 0 && oneOf(lower(words[i-1]), "goes", "went", "go") ||
			lw == "offline" || lw == "pulled" || lw == "removed" || lw == "delisted" {
			return true
		}
		if (removeBase[lw] || removeBase[strings.TrimSuffix(lw, "s")]) && inWords(words[:i], storeOwners) {
			return true // "Apple and Google remove TikTok as ban takes effect": the stores carry the ban out
		}
	}
	return false
}

// keepsOut finds an authority or its rule keeping a kind of product out
// of a place in a verb the lexicon does not hold: "UK locks out Chinese
// surveillance cameras from government sites", "Pentagon keeps
// Chinese-made drones off military bases", "New telecom rules shut out
// Chinese equipment makers", "Executive order bars foreign-adversary
// equipment from the power grid". The actor (an authority, a rule or an
// order) stands before the verb, and the particle (out, off, from)
// within six words after it. Returns the verb's index and the
// particle's.
func keepsOut(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		lv := lower(words[v])
		if !keepVerbs4[lv] {
			continue
		}
		a := lower(words[v-1])
		if words[v-1].stop || !authorities[a] && !ruleNouns[a] && a != "order" && !inWords(words[:v], authorities) || a == "court" || a == "judge" {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			lk := lower(words[k])
			if lk == "out" || lk == "off" || lk == "from" && (lv == "bars" || lv == "excludes" || k > v+1) {
				return v, k, true
			}
			if hardStop(words, k) {
				break
			}
		}
	}
	return 0, 0, false
}

var keepVerbs4 = wordSet("keeps kept keep locks locked lock shuts shut bars excludes")

// riskLabelled is the words of a label of risk by an authority that
// keeps no list ("Czech cyber watchdog designates DeepSeek a threat to
// national security", "BSI labels Kaspersky a risk"): a warning, so a
// directive, where the lexicon's "designates" would make it a listing.
// The FCC, Commerce, Treasury or the Pentagon designating a vendor a
// threat is their list's (listOwners), and is left a sanction.
func riskLabelled(words []titleWord) string {
	v, k, ok := labelsRisk(words)
	if !ok || militaryFirm(words, k) || inWords(words[:v], listOwners) || inWords(words, listNames4) {
		return ""
	}
	return joinSpan(words, v, k)
}

// listNames4 name a list a label may put a vendor on.
var listNames4 = wordSet("list entity covered 1260h blacklist military")

// militaryFirm reports whether words[k] is "company" or "companies" (or
// firm) after "military": a label that puts a vendor on the Pentagon's
// list of Chinese military companies.
func militaryFirm(words []titleWord, k int) bool {
	return k > 0 && oneOf(lower(words[k]), "company", "companies", "firm", "firms") && lower(words[k-1]) == "military"
}

// delayWords4 push a duty's deadline back: a delay, not a duty.
var delayWords4 = wordSet(`extended extends extend delays delayed delay postpones postponed
	pushed pushes`)

// staysAfterReversal reads "WeChat stays in US app stores after judge
// blocks Commerce ban", "TikTok remains available after court halts
// ban": the product staying is what the ruling after it did, so the
// ruling in the after clause is the news, not an earlier event's
// aftermath (afterClause).
func staysAfterReversal(title string, u *unit) bool {
	if u.category != trust.CategoryReversal || !hasWordIn(title, stayVerbs4) {
		return false
	}
	words := titleWords(title)
	for i, w := range words {
		if stayVerbs4[lower(w)] {
			for k := i + 1; k < len(words); k++ {
				if oneOf(lower(words[k]), "after", "following") {
					return true
				}
			}
			return false
		}
	}
	return false
}

var stayVerbs4 = wordSet("stays stay remains remain survives survive continues")
