package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cl15.go settles the category of a class action by its form, the axes the
// class15 probe grid (cl15_grid_test.go) found read wrongly:
//
//   - an order, instruction or requirement to rid a class is a directive
//     (trust-events.md: "a government directive, advisory or warning to
//     stop using, remove or disconnect"), whoever is told: "Agencies
//     ordered to rip out Chinese surveillance gear by deadline", "OMB
//     orders agencies to remove Chinese apps", "Agencies must remove
//     Chinese drones within 90 days". cl12OwnOrder made the state's own
//     bodies told to rid a kind a ban; the unread labels call them
//     directives. A step taken without an order stays a ban ("Australia
//     to remove Chinese cameras from defence sites"), as does a law that
//     requires it ("New law requires agencies to remove ...", or a
//     title's order whose lead says a law or bill orders it);
//   - sales restricted to a country's firms of a kind are sanctions
//     ("US restricts sales of advanced chips to Chinese supercomputer
//     makers": an export-control listing of the kind); to a country or
//     its firms at large they stay trade (classes.go, recipientClass);
//   - an order of a ban is a ban ("CISA orders ban on Chinese chips",
//     "Ministry issues directive banning Chinese cameras at military
//     sites"): the order's object is the bar, not a riddance;
//   - an authority is never the vendor ("Interior ministry prohibits
//     purchase of Russian apps" named the ministry): vetoed, the class
//     readers have the title;
//   - the same parts in steps not taken stay silent (cl15Vetoed): a ban
//     proposed ("Pentagon proposes rule to ban Chinese AI models"; a
//     listing proposed is sanctions and kept), what a bill or rule would
//     do, an authority urged to act, an industry urging, and bodies slow
//     to obey an earlier order ("Agencies slow to remove Chinese cameras
//     despite OMB order").

// cl15Category runs after cl13Category on a class alert.
func cl15Category(title, lead string, u *unit) {
	if !u.ok || !cl10IsClass(u) {
		return
	}
	if u.category != trust.CategoryBan && u.category != trust.CategoryDirective {
		return
	}
	words := titleWords(title)
	if u.category == trust.CategoryBan && cl15SalesTo(words) {
		cl12Set(u, trust.CategorySanctions, "sales to a kind of firm restricted")
		return
	}
	if inWords(words, cl15Laws) || hasWordIn(firstSentence(lead), cl15LeadLaws) {
		return // "Pentagon ordered to rip out Chinese displays" — "The defense bill requires ..."
	}
	for i, w := range words {
		if !cl15Orders[lower(w)] {
			continue
		}
		// the order's object: the next few words, up to a phrase's end
		// ("told they can no longer buy")
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			x := lower(words[k])
			switch {
			case cl15Bars[x]:
				if u.category == trust.CategoryDirective {
					cl12Set(u, trust.CategoryBan, joinSpan(words, i, k))
				}
				return
			case cl15Buying[x]:
				// "told they can no longer buy": a bar on buying; "must
				// buy ... only from trusted sources" is the trust
				// regime's directive (cl16.go)
				if u.category == trust.CategoryDirective && !cl16OnlyTrustedIn(words) {
					cl12Set(u, trust.CategoryBan, joinSpan(words, i, k))
				}
				return
			case cl15Rid[x]:
				// "told to stop buying", "not to buy": a bar on buying
				if cl15BuyingAfter(words, k) {
					if u.category == trust.CategoryDirective {
						cl12Set(u, trust.CategoryBan, joinSpan(words, i, k+1))
					}
					return
				}
				if u.category == trust.CategoryBan {
					cl12Set(u, trust.CategoryDirective, joinSpan(words, i, k))
				}
				return
			}
			if words[k].stop {
				break
			}
		}
	}
}

// cl15AuthorityNamed reports an alert whose only vendor is a name as
// written ending in an authority's noun ("Interior ministry", "Defence
// Department"): the actor, never the vendor; the veto lets the class
// readers have the title.
func cl15AuthorityNamed(vs []trust.VendorHit) bool {
	if len(vs) != 1 || !vs[0].Unlisted || vs[0].Class != "" {
		return false
	}
	f := strings.Fields(strings.ToLower(vs[0].Name))
	return len(f) > 1 && cl15AuthorityNouns[f[len(f)-1]]
}

var cl15AuthorityNouns = wordSet(`ministry department agency regulator commission government council
	office governor parliament senate administration`)

// cl15SalesTo reads sales or exports restricted to a country's firms of
// a kind ("restricts sales of advanced chips to Chinese supercomputer
// makers"): the firms are singled out as a listing singles them out, an
// export-control listing by trust-events.md's table.
func cl15SalesTo(words []titleWord) bool {
	if !inWords(words, exportNouns) {
		return false
	}
	for k := 1; k+2 < len(words); k++ {
		if recipientClass(words, k) && cl9Country(lower(words[k])) && !companyNouns[lower(words[k+1])] {
			for j := k + 2; j < len(words) && j <= k+3; j++ {
				if companyNouns[lower(words[j])] {
					return true
				}
			}
		}
	}
	return false
}

// cl15Vetoed refuses a class ban or directive that is a step not taken.
func cl15Vetoed(title string, best unit) bool {
	if !best.ok || best.category != trust.CategoryBan && best.category != trust.CategoryDirective {
		return false
	}
	if cl15AuthorityNamed(best.vendors) {
		return true // "Interior ministry prohibits purchase of Russian apps" named the ministry
	}
	if !cl10IsClass(&best) {
		return false
	}
	words := titleWords(title)
	if inWords(words, cl15Proposed) || inWords(words, cl15Lagging) {
		return true
	}
	if inWords(words, cl15Would) && !inWords(words, cl15Passed) && cl23ClaimModal(words) < 0 {
		return true // "Bill would require agencies to remove Chinese drones"
	}
	for i, w := range words {
		switch x := lower(w); {
		case cl15Urged[x] && i > 0 && i+1 < len(words) && lower(words[i+1]) == "to" && !cl15Addressees[lower(words[i-1])]:
			return true // "Interior ministry urged to phase out Chinese routers": a call on the authority
		case x == "despite" && inWords(words[i+1:], cl15Steps):
			return true // an earlier order disobeyed, no new step
		case cl15Urges[x] && i > 0 && inWords(words[:i], cl15Lobby) && !inWords(words[:i], authorities):
			return true // "Drone makers urge agencies to replace Chinese drones": an industry's call
		}
	}
	return false
}

var (
	cl15Proposed = wordSet("proposes proposed proposing propose proposal proposals draft")
	cl15Lagging  = wordSet("slow yet failed fail fails lag lags lagging")
	cl15Would    = wordSet("would could")
	cl15Passed   = wordSet(`passes passed signs signed approves approved clears cleared adopts
		adopted enacts enacted becomes`)
	cl15Urges = wordSet("urge urges call calls ask asks push pushes press presses")
	// cl15Lobby are voices with no authority: makers, an industry, its
	// groups.
	cl15Lobby = wordSet(`makers manufacturers companies firms industry group groups lobby
		association associations vendors rivals competitors experts researchers analysts`)
	cl15Urged = wordSet("urged pressed pressured asked called")
	// cl15Addressees are those an authority's advice is told to: "Agencies
	// urged to replace Chinese inverters" is a directive.
	cl15Addressees = wordSet(`agencies departments ministries staff officials employees personnel servants
		operators utilities users consumers citizens public businesses companies firms
		hospitals schools banks carriers telecoms owners residents soldiers troops`)
	cl15Steps = wordSet(`order orders ban bans directive mandate deadline law rule warning
		warnings guidance`)
)

var (
	// cl15Orders tell someone to act: an order, instruction or
	// requirement, active, passive or modal, and a deadline given.
	cl15Orders = wordSet(`orders ordered ordering order tells told telling instructs instructed
		instructing directs directed directing must requires required requiring given
		directive decree memo`)
	// cl15Rid are the riddance an order asks for: remove, rip out, stop
	// using, uninstall, replace, phase out, ground, disconnect.
	cl15Rid = wordSet(`remove removal removing rip strip uninstall delete dump ditch ground
		replace replacing phase stop cease disconnect unplug purge scrap discard
		switch not get`)
	cl15Buying = wordSet("buying buy purchasing purchase procuring procure acquiring acquire")
	// cl15Bars are an order's object that is itself a bar.
	cl15Bars = wordSet("ban bans banning bar barring prohibit prohibiting prohibition")
	// cl15Laws make a requirement a law's, a ban (trust-events.md).
	cl15Laws = wordSet("law laws bill act ndaa legislation statute")
	// cl15LeadLaws are the lead's, without "act", a verb there as often.
	cl15LeadLaws = wordSet("law laws bill ndaa legislation statute")
)

func init() {
	// the White House's budget office and the federal buyer order
	// agencies as CISA does ("OMB warns against using Chinese-made
	// cameras" was silent where "CISA warns" alerted)
	for _, w := range []string{"omb", "gsa"} {
		authorities[w] = true
		actors[w] = true
		warnActors[w] = true
		p10authorities[w] = true
	}
	// Iran's makers are a class as China's and Russia's are: "EU sanctions
	// Iranian drone makers", "agency warns against Iranian apps" were
	// silent where "Chinese" alerted. The registry lists no Iranian vendor,
	// so the class is named as written.
	for _, w := range []string{"iranian", "iran", "iranian-made", "iran-made", "iranian-built"} {
		if _, ok := classCountries[w]; !ok {
			classCountries[w] = "Iran"
		}
	}
}

// cl15LeadOrder reads a class the title names when its authority only
// issues guidance, a notice or rules on it and the lead's first sentence
// tells the order to rid it ("CISA issues new guidance on Chinese-made
// routers" — "Agencies were told to remove them within 90 days"): the
// grid's lead axis, where every cell was silent. The title is read by
// the class readers with the order in place of the guidance; the alert
// is a directive (trust-events.md). A lead that proposes, weighs or tells
// an earlier step orders nothing new.
func (m *Matcher) cl15LeadOrder(title, lead string, hits []hit, question bool) unit {
	if question || m.namesVendor(hits) {
		return unit{}
	}
	s := firstSentence(lead)
	if cl12Past(s) || hasWordIn(s, cl9Talk) || hasWordIn(s, cl12Weighs) || hasWordIn(s, cl12Delays) ||
		hasWordIn(s, cl15Proposed) || hasWordIn(s, cl15Would) || !cl15OrderToRid(titleWords(s)) {
		return unit{}
	}
	words := titleWords(unquote(title))
	if len(words) < 3 || !cl11Authority(words, -1, -1, true) || commentary(title) || cl9Refused(words) ||
		inWords(words, cl11Talk) || cl12Opener[lower(words[0])] {
		return unit{}
	}
	for v, w := range words {
		if !cl15Guidance[lower(w)] || v+2 >= len(words) || !cl15GuidanceOn[lower(words[v+1])] || !cl11ActorBefore(words, v) {
			continue
		}
		// the verb before the guidance ("issues new guidance on"), else
		// the guidance itself, gives way to the order
		start := v
		for start > 0 && (cl15Issues[lower(words[start-1])] || lower(words[start-1]) == "new") {
			start--
		}
		u := m.class9Alert(title[:words[start].start]+"orders removal of "+title[words[v+2].start:], "", nil, false)
		if !u.ok || u.category != trust.CategoryBan && u.category != trust.CategoryDirective {
			return unit{}
		}
		if u.category != trust.CategoryDirective {
			cl12Set(&u, trust.CategoryDirective, "told to rid")
		}
		u.across = true
		u.evidence = clean(title) + " — " + clean(s)
		return u
	}
	return unit{}
}

// cl15LeadOpen is cl15LeadOrder's gate: an authority and a word of
// guidance in the title, none of the family's bars (the title readers
// have it then), a lead.
func cl15LeadOpen(got cl9Gate, title, lead string) bool {
	return lead != "" && got&cl9GActor != 0 && got&cl9GBar == 0 && hasWordIn(title, cl15Guidance)
}

// cl15OrderToRid reports an order word followed within four words by a
// riddance: "were told to remove them", "must replace".
func cl15OrderToRid(words []titleWord) bool {
	for i, w := range words {
		if !cl15Orders[lower(w)] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			if cl15Bars[lower(words[k])] {
				return false
			}
			if cl15Rid[lower(words[k])] {
				return !cl15BuyingAfter(words, k)
			}
		}
	}
	return false
}

var (
	cl15Guidance   = wordSet("guidance guidelines notice advisory memo rules policy instructions")
	cl15GuidanceOn = wordSet("on for about covering over")
	cl15Issues     = wordSet("issues issued releases released publishes published unveils sends sent")
)

// cl15Passive reads an order told in the passive to those who must obey
// it, no authority named ("Utilities told to disconnect Chinese-made
// inverters", "Hospitals advised to replace Chinese-made patient
// monitors"): the grid's passive axis, silent unless the addressees were
// themselves an authority's word ("Officials told to ..."). The title is
// read by the class readers as a government's order to the addressees;
// the alert is a directive (trust-events.md), a ban when the object is
// buying ("told not to buy").
func (m *Matcher) cl15Passive(title, lead string, hits []hit, question bool) unit {
	if question || m.namesVendor(hits) {
		return unit{}
	}
	words := titleWords(title)
	p := cl15PassiveAt(words)
	if p < 0 || inWords(words, cl15Proposed) || inWords(words, cl15Would) {
		return unit{}
	}
	addr := strings.ToLower(title[words[0].start:words[p].start])
	u := m.class9Alert("Government orders "+addr+title[words[p+1].start:], "", nil, false)
	if !u.ok || u.category != trust.CategoryBan && u.category != trust.CategoryDirective {
		return unit{}
	}
	k := cl15RidAfter(words, p)
	want := trust.CategoryDirective
	if cl15Buying[lower(words[k])] || cl15BuyingAfter(words, k) {
		want = trust.CategoryBan
	}
	if u.category != want {
		cl12Set(&u, want, joinSpan(words, p-1, p+1))
	}
	u.evidence = clean(title)
	return u
}

// cl15BuyingAfter reports buying right after the riddance at k: "stop
// buying", "not to buy".
func cl15BuyingAfter(words []titleWord, k int) bool {
	k++
	if k < len(words) && lower(words[k]) == "to" {
		k++
	}
	return k < len(words) && cl15Buying[lower(words[k])]
}

// cl15PassiveAt is where a title opening with addressees (up to three
// words: "State agencies", "Civil servants", "Grid operators") has a
// passive order followed by a riddance; -1 with none.
func cl15PassiveAt(words []titleWord) int {
	for p := 1; p < len(words)-2 && p <= 3; p++ {
		if words[p-1].stop {
			return -1
		}
		if !cl15PassiveOrders[lower(words[p])] {
			continue
		}
		if !addressees[lower(words[p-1])] && !cl10Others[lower(words[p-1])] && !cl15Addressees[lower(words[p-1])] {
			return -1
		}
		if cl15RidAfter(words, p) < 0 {
			return -1
		}
		return p
	}
	return -1
}

// cl15RidAfter is where the riddance stands right after the passive
// order at p ("told to remove", "told not to buy"), -1 with none: "urged
// to check Chinese-made cameras" orders none.
func cl15RidAfter(words []titleWord, p int) int {
	k := p + 1
	if k < len(words) && lower(words[k]) == "to" {
		k++
	}
	if k < len(words) && (cl15Rid[lower(words[k])] || cl15Buying[lower(words[k])]) {
		return k
	}
	return -1
}

// cl15PassiveOpen is cl15Passive's gate: a passive order among the
// title's first words. An authority's word may be the class's origin
// ("Chinese" is one), so its gate bit is not asked.
func cl15PassiveOpen(_ cl9Gate, title string) bool {
	// only the first four words can hold it: the scan stops there, and
	// the title is split only when one does
	sc := wordScan{s: title}
	n := 0
	for w := sc.next(); w != nil && n < 4; w = sc.next() {
		if cl15PassiveOrders[string(w)] {
			return cl15PassiveAt(titleWords(title)) >= 0
		}
		n++
	}
	return false
}

var cl15PassiveOrders = wordSet("told urged advised instructed ordered directed asked warned required")
