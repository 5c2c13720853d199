package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cl12.go settles a class-level alert after whichever reader made it
// (classes.go's lexicon path, class9, class10, cl11, govclass): the
// readers each refuse their own look-alikes, but a class alert from the
// lexicon path skipped the family's refusals, and the category of an
// order depended on the reader. A probe grid (cl12_grid_test.go) of
// authorities × actions × classes found the failing axes:
//
//   - talk about a class step alerted through the lexicon path whatever
//     the authority: a poll backing a ban, officials calling for one, a
//     step weighed, a ban delayed, exports of a kind barred (trade);
//   - a ban walked back ("backs away from ban on Chinese drones") read
//     as the ban: it is undone, a reversal (trust-events.md);
//   - the category of an order aimed at the authority's own bodies:
//     every set labelled by someone not shaping a rule (blind4, train7a,
//     train8a, class9_u, class10_u, cl11_u) calls "Taiwan orders
//     agencies to phase out Chinese-made IT products" and "Kremlin orders
//     officials to dump foreign smartphones" a ban, as trust-events.md's
//     "state bars agencies from using X"; a directive is the instrument
//     named, a cyber agency's order, advice or a soft "tells", an
//     operational step (disconnect, isolate), a hygiene order on a
//     condition rather than an origin ("end-of-life routers"), or an
//     order to others than the state's own bodies ("orders banks to rip
//     out"; an order to carriers stays as its reader read it: the sets
//     disagree, "China tells telecom carriers to phase out foreign
//     chips" is a ban in class10_u);
//   - a kind pulled from a government's own sites read as a store's
//     delisting ("cameras pulled from Australian defence sites").

// cl12Vetoed reports a class ban, sanction or directive whose title only
// talks of the step (a poll or interview, a call for it, a step only
// weighed, a delay), a kind's exports barred, or a company's own policy.
func cl12Vetoed(title string, best unit) bool {
	switch best.category {
	case trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective:
	default:
		return false
	}
	if !best.ok || !cl10IsClass(&best) {
		return false
	}
	words := titleWords(title)
	if inWords(words, cl11Talk) || inWords(words, cl12Delays) || inWords(words, cl12Weighs) {
		return true
	}
	for i := 0; i+1 < len(words); i++ {
		lw, next := lower(words[i]), lower(words[i+1])
		switch {
		case oneOf(lw, "its", "their") && cl12Premises[next] && !cl12Authority(words):
			return true // "Arvoro bans Chinese chatbots from its offices": a company's own policy
		case oneOf(lw, "call", "calls", "calling", "called") && next == "for":
			return true // "officials call for ban on Chinese routers"
		case oneOf(lw, "export", "exports", "exporting") && oneOf(next, "of", "ban", "bans", "curbs", "controls", "restrictions") && cl12KindAfter(words, i+1):
			return true // "bans exports of Chinese drones": trade, no trust in the kind withdrawn
		}
	}
	return false
}

// cl12KindAfter reports a product class word within four words after i:
// the exports are of a kind, not to a country or firm ("export curbs to
// subsidiaries of blacklisted firms" is a listing).
func cl12KindAfter(words []titleWord, i int) bool {
	for k := i; k < len(words) && k <= i+4; k++ {
		lk := lower(words[k])
		if productClasses[lk] != "" || cl9Kinds[lk] && !companyNouns[lk] && !cl12Holders[lk] {
			return true
		}
	}
	return false
}

// cl12Authority reports an authority among a title's words other than a
// class's origin ("Chinese" qualifies chatbots, it does not act).
func cl12Authority(words []titleWord) bool {
	for k, w := range words {
		lw := lower(w)
		if _, isC := classCountries[lw]; isC {
			continue
		}
		if cl11Bodies[lw] || cl9Service(words, k) || cl9Actor(lw) || authorities[lw] || govHeadsOfState[lw] || cl9Actors[lw] {
			return true
		}
	}
	return false
}

// cl12Premises are a body's own places and people: with no authority in
// the title, the body banning a kind from them is a company.
var cl12Premises = wordSet(`offices office premises staff employees workers workforce workplace
	headquarters campus stores factories plants`)

// cl12Holders are who holds or supplies a kind, never the kind exported.
var cl12Holders = wordSet(`supplier vendor bidders bidder contractors contractor sources
	subsidiaries affiliates providers entities`)

var (
	// cl12Delays put a step off: a ban delayed is no new step.
	cl12Delays = wordSet(`delays delayed delaying postpones postponed postponing defers deferred
		deferring`)
	// cl12Weighs are a step only weighed. A rule formally proposed is
	// not among them: class2 labels "FCC proposes adding foreign drones
	// to Covered List" an event (trust-events.md: "a formal proposal" of
	// a listing).
	cl12Weighs = wordSet("mulls mulling weighs weighing considers considering eyes eyeing ponders")
)

// cl12Undone finds a step walked back before a hold ("backs away from
// ban on", "abandons plan to restrict", "shelves curbs on") or a court
// striking it down.
func cl12Undone(words []titleWord) (int, int, bool) {
	for v, w := range words {
		if oneOf(lower(w), "struck", "strikes", "strike") && v+1 < len(words) && lower(words[v+1]) == "down" {
			return v, v + 1, true // "Modi ban on Chinese-made chips struck down"
		}
		if !cl12WalkBack[lower(w)] {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			lk := lower(words[k])
			if oneOf(lk, "ban", "bans", "restrictions", "curbs", "limits", "prohibition", "restrict", "ban") {
				return v, k, true
			}
			if !cl12WalkParticles[lk] {
				break
			}
		}
	}
	return 0, 0, false
}

var (
	cl12WalkBack = wordSet(`backs backed backing retreats retreated retreating abandons abandoned
		abandoning shelves shelved shelving walks walked walking reverses reversed`)
	cl12WalkParticles = wordSet(`away off back down from on its their the a plan plans
		planned proposed to federal state`)
)

// cl12Category settles a class alert's category after class10Category
// (this file's header): a walk-back is a reversal, an order to the
// state's own bodies to rid a foreign kind a ban, a kind pulled from a
// government's sites a ban.
func cl12Category(title, lead string, u *unit) {
	if !u.ok || !cl10IsClass(u) {
		return
	}
	words := titleWords(title)
	switch u.category {
	case trust.CategoryBan, trust.CategoryDirective, trust.CategorySanctions:
		if v, k, ok := cl12Undone(words); ok {
			cl12Set(u, trust.CategoryReversal, joinSpan(words, v, k))
			return
		}
	}
	switch u.category {
	case trust.CategoryDirective:
		if cl12OwnOrder(words, lead, u) {
			cl12Set(u, trust.CategoryBan, "own bodies told to rid a foreign kind")
		}
	case trust.CategoryDelisting:
		if !inWords(words, storeWords) && !inWords(words, cl12Sellers) && inWords(words, cl12GovSites) {
			cl12Set(u, trust.CategoryBan, "pulled from government sites")
		}
	}
}

func cl12Set(u *unit, c trust.Category, term string) {
	u.category = c
	u.signals = append([]trust.SignalHit{{Term: term, Category: c, Weight: supplyWeight}}, u.signals...)
}

// cl12OwnOrder reports a directive that is the state ridding its own
// bodies of a foreign kind: a riddance verb, the state's own bodies or
// places, a class with an origin, and none of a directive's marks.
func cl12OwnOrder(words []titleWord, lead string, u *unit) bool {
	lw := titleWords(firstSentence(lead))
	if !inWords(words, cl12Rid) || !inWords(words, cl10Own) && !inWords(words, cl12GovSites) ||
		inWords(words, cl10Others) || inWords(words, cl10Advice) || inWords(lw, cl10Advice) ||
		inWords(words, cl12Soft) || inWords(words, cl12Operational) || inWords(words, cl12CyberActors) ||
		inWords(words, govDirectiveWords) || inWords(lw, govDirectiveWords) || inWords(lw, cl12CyberActors) {
		return false
	}
	for _, v := range u.vendors {
		if cl12Foreign(v.Class + " " + v.Name) {
			return true
		}
	}
	return false
}

// cl12Foreign reports an origin among a class phrase's words: a country,
// "foreign", an adversary, a country's compound ("Chinese-brand").
func cl12Foreign(phrase string) bool {
	for _, f := range strings.Fields(strings.ToLower(phrase)) {
		f = strings.Trim(f, "'‘’\"")
		if _, ok := classCountries[f]; ok || cl12Quals[f] || places[f] && !placeParts[f] {
			return true
		}
	}
	return false
}

var cl12Quals = cl11Quals()

var (
	// cl12Rid are cl10Rid's riddance verbs with those cl11 reads ("dump",
	// "pull", "rip").
	cl12Rid = func() map[string]bool {
		m := wordSet(`dump dumps pull pulls pulled rip rips ban bans stop using buying
			purchasing procuring`)
		for w := range cl10Rid {
			m[w] = true
		}
		return m
	}()
	// cl12Soft tell rather than order: the sets label them directives.
	cl12Soft = wordSet("tells told telling asks asked asking")
	// cl12Operational are steps of a directive rather than a bar on use.
	cl12Operational = wordSet(`disconnect disconnects disconnected disconnecting isolate isolates isolated
		unplug unplugs patch patches switch turn cut audit inventory`)
	// cl12CyberActors issue directives: a cyber or intelligence agency's
	// order is one, whoever it binds.
	cl12CyberActors = wordSet(`cisa ncsc nsa fbi cyber cybersecurity spy intelligence nis
		nukib bsi anssi acsc cert csa cccs`)
	// cl12GovSites are a state's own places and scope.
	cl12GovSites = wordSet(`defence defense military government federal state public bases
		ministries agencies departments`)
	// cl12Sellers pull goods for trade reasons: a retailer's delisting.
	cl12Sellers = wordSet("retailer retailers amazon walmart ebay shops sellers stores")
)

// cl12SocialMedia reports "social media" at i: apps and platforms, a
// technology ("Texas bans Chinese social media apps on state devices"),
// not the press cl9NonTech's "media" refuses ("bars Chinese media").
func cl12SocialMedia(words []titleWord, i int) bool {
	return i > 0 && words[i].text == "media" && lower(words[i-1]) == "social"
}

// cl12Kinds are kinds of connected product the class heads lacked (the
// grid's kinds axis): "Chinese-made displays", "Chinese EV chargers".
var cl12Kinds = wordSet(`displays screens chargers televisions browsers gadgets trackers e-readers
	keyboards consoles headsets`)

// cl12Actors are officials who act on classes by name, beyond
// cl11Leaders and cl11Governors: governors and the federal officials
// whose orders headlines name them by ("Abbott bans Chinese-linked apps",
// "Carr: FCC to bar ..."). A name of these is an authority, never the
// vendor a ban acts on (class9Vetoed).
var cl12Actors = wordSet(`newsom hochul pillen kemp stitt ivey gianforte burgum lombardo landry
	pritzker whitmer polis hobbs reynolds sanders braun biden obama hegseth lutnick
	raimondo rosenworcel carr rubio mayorkas noem`)

// cl12Revokes withdraw what let a kind be sold or used: with an approval
// after them (cl12Approvals) they bar the kind ("FCC revokes
// authorizations for Chinese-made drones"), cl11Action's verbs.
var cl12Revokes = wordSet(`revoke revokes revoked revoking cancels cancelled canceled cancelling
	canceling`)

// cl12Approvals reports an approval within two words after v: "revokes
// authorizations", "revokes existing approvals of".
func cl12Approvals(words []titleWord, v int) bool {
	for k := v + 1; k < len(words) && k <= v+2; k++ {
		if cl12ApprovalNouns[lower(words[k])] {
			return true
		}
	}
	return false
}

var cl12ApprovalNouns = wordSet(`authorization authorizations authorisation authorisations approvals
	approval licences licenses licence license certifications certification certificates
	permits permit`)

func init() {
	for w := range cl12Revokes {
		cl11Acts[w] = true
	}
	for w := range cl12Kinds {
		cl9Kinds[w] = true
	}
	for w := range cl12Actors {
		cl9Actors[w] = true
	}
}

// cl12LeadAlert reads a class action told in the lead's first sentence
// when the title names the authority and only moves ("FCC moves against
// foreign drones" — "The commission voted to add drones made outside the
// United States to its Covered List"; "Taiwan tightens rules for
// government devices" — "Agencies are now barred from using Chinese AI
// apps"): the probe grid's lead axis, where every cell was silent. The
// lead's sentence is read by the class readers as a title would be; the
// title must carry an authority acting by a verb of the family or of
// moving, no vendor, and no talk, question or commentary.
func (m *Matcher) cl12LeadAlert(title, lead string, hits []hit, question bool) unit {
	if question || lead == "" || m.namesVendor(hits) || !cl12TitleMoves(title) {
		return unit{}
	}
	s := firstSentence(lead)
	if cl12Past(s) {
		return unit{}
	}
	u := m.class9Alert(s, "", nil, false)
	if !u.ok {
		return unit{}
	}
	u.across = true
	u.inTitle = false
	u.evidence = clean(title) + " — " + clean(s)
	return u
}

// cl12LeadOpen is cl12LeadAlert's gate, from gate bits and scans that
// split no words: the title's authority and verb of the family or of
// moving, and the lead's first sentence opening a class reader.
func cl12LeadOpen(got cl9Gate, title, lead string) bool {
	if lead == "" || got&cl9GActor == 0 || got&(cl9GBar|cl10GRid|cl11GAct) == 0 && !hasWordIn(title, cl12Moves) {
		return false
	}
	l := cl9Bits(firstSentence(lead))
	return class9OpenBits(l) || class10OpenBits(l) || class11OpenBits(l)
}

// cl12TitleMoves reports a title with an authority and a verb of the
// family or of moving, that neither talks nor comments.
func cl12TitleMoves(title string) bool {
	words := titleWords(unquote(title))
	if len(words) < 3 || !cl11Authority(words, -1, -1, true) || commentary(title) || cl9Refused(words) ||
		inWords(words, cl11Talk) || cl12Opener[lower(words[0])] {
		return false
	}
	for v, w := range words {
		lw := lower(w)
		if cl12Moves[lw] || cl9Bar[lw] || cl10Rid[lw] {
			// the authority moves ("Texas expands ban"), not a firm
			// ("Google pulls ... from Play Store")
			return cl11ActorBefore(words, v)
		}
	}
	return false
}

// cl12Past reports a lead sentence telling an earlier step: background.
func cl12Past(s string) bool {
	return hasWordIn(s, cl12Earlier)
}

var (
	cl12Moves = wordSet(`moves move acts act targets target tightens tighten expands expand
		widens extends cracks clamps finalizes finalises adopts votes vote unveils
		aim aims rules rule order orders decree law signs approves`)
	cl12Opener  = wordSet("what why how when who inside opinion analysis explainer")
	cl12Earlier = wordSet("earlier previously last ago already since former")
)
