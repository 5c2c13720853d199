package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Authority and store actions on named vendors that the earlier shapes
// missed or named or filed wrong (testdata/gov10.tsv). gov10Alert reads
// new shapes in the title:
//   - a plural body's bare verb: "NYC schools ban Zoom over security
//     concerns", "Several ministries suspend LINE" (pluralBan10; a single
//     authority's "ban" is mostly the noun: "Texas ban on DJI");
//   - an app back in a store: "ToTok returns to Google Play", "TikTok
//     restored to Apple and Google app stores" (storeReturn10: a
//     reversal, when title or lead tell of the removal or its reason);
//   - an order told by its noun: "Italy's watchdog orders block of
//     DeepSeek" (orderNoun10: a ban);
//   - a contract with a spyware maker reactivated: "ICE reactivates
//     contract with spyware maker Paragon" (contractBack10: a reversal);
//   - an order to take products off systems: "Australia orders Kaspersky
//     products off government systems" (orderOff10: a directive);
//   - a state blocking a count of apps "including" named ones: "India
//     blocks 43 more apps including AliExpress" (appsIncluding10);
//   - a browser ceasing to trust a certificate authority the title only
//     describes, the lead naming it ("Chrome to stop trusting Spanish
//     certificate authority" — "issued by AC Camerfirma").
//
// gov10After corrects an alert once made: its category (downloads
// suspended are a delisting, a fleet grounded and a government telling
// its own staff to stop using a product are bans, a state's order
// suspended is a reversal, firms named as military-backed are a listing),
// its names (the lead's list of the firms acted on replaces a described
// object; a class's registry members give way to the names the text
// gives), and it drops look-alikes (a block for what users discussed, a
// store purging a count of malicious apps, a listing that only still
// stands, an app pulled under political pressure).

var (
	// gov10Acts and gov10Objs open gov10Alert (gateSets): a title needs
	// a word of each, the two halves of one of its shapes (a verb and a
	// body, a store, an order's noun, a contract, a count, a CA). Either
	// alone is common ("back", "including").
	gov10Acts = wordSet(`ban bar block prohibit suspend restrict returns returned back
		reappears reappeared restored relisted reinstated reactivates reactivated reinstates
		restores resumes resumed revives revived orders ordered directs directed
		including includes trusting distrust distrusts distrusting lifts lifted lift ends
		ended reverses reversed rescinds rescinded blacklists blacklisted sanctions
		sanctioned adds added designates bans banned bars barred blocks blocked
		prohibits directive suspends suspended pauses paused halts halted withdraws
		names named designated identifies identified`)
	gov10Objs = wordSet(`schools districts agencies ministries departments states governments
		universities councils provinces cities counties militaries regulators officials
		store stores play marketplace storefront block blocking suspension removal halt
		shutdown contract contracts deal off apps applications firms companies entities
		platforms services authority authorities ca cas certificates certificate root
		city school district county nyc municipal province provincial university mayor
		startup designer designers supplier operator maker makers firm company developer
		manufacturer chipmaker emergency binding order intervention takeover seizure decree`)
	// pluralBodies10 act with a bare verb: "schools ban", "ministries
	// suspend". Singular authorities are not here: "Texas ban" is a noun.
	pluralBodies10 = wordSet(`schools districts agencies ministries departments states governments
		universities councils provinces cities counties militaries regulators officials`)
	bareBans10 = wordSet("ban bar block prohibit suspend restrict")
	// returnVerbs10 bring an app back.
	returnVerbs10 = wordSet("returns returned back reappears reappeared restored relisted reinstated")
	// removedWords10 tell the reason of the removal a return undoes.
	// A removal alone may have been a dispute ("back on the App Store
	// after Epic's payment fight"): the reason must be one of trust.
	removedWords10 = wordSet(`spying surveillance security privacy sanctions divest-or-ban data
		malware espionage`)
	// orderNouns10 are an order told by its noun: "orders block of X".
	orderNouns10 = wordSet("block blocking ban suspension removal halt shutdown")
	// backVerbs10 restart a contract.
	backVerbs10 = wordSet(`reactivates reactivated reinstates reinstated restores restored resumes
		resumed revives revived unpauses unfreezes`)
	// ownSystems10 are an authority's own systems a product is ordered off.
	ownSystems10 = wordSet("systems devices networks computers phones laptops servers")
	// localBodies10 are a city's or a school system's: they lift bans the
	// national authorities' sets do not hold ("New York City lifts ban on
	// Zoom in schools").
	localBodies10 = wordSet(`city cities school schools district districts county counties nyc
		municipal province provincial university universities mayor`)
	liftVerbs10 = wordSet("lifts lifted lift ends ended reverses reversed rescinds rescinded")
	// tradeActs10 list or bar firms the title names after their trade.
	tradeActs10 = map[string]trust.Category{"blacklists": trust.CategorySanctions, "blacklisted": trust.CategorySanctions,
		"sanctions": trust.CategorySanctions, "sanctioned": trust.CategorySanctions, "adds": trust.CategorySanctions,
		"added": trust.CategorySanctions, "designates": trust.CategorySanctions, "bans": trust.CategoryBan,
		"banned": trust.CategoryBan, "bars": trust.CategoryBan, "barred": trust.CategoryBan}
	// includingWords10 open a list of names.
	includingWords10 = wordSet("including includes include")
	// countedNouns10 are what a state blocks by the count.
	countedNouns10 = wordSet("apps applications firms companies entities platforms services")
	// trustVerbs10 and caNouns10: a browser ceasing to trust a CA.
	trustVerbs10 = wordSet("trusting distrust distrusts distrusting")
	caNouns10    = wordSet("authority authorities ca cas certificates certificate root")
)

// gov10Open reports, from a title's gate bits, whether gov10Alert may
// read it.
func gov10Open(g gateBits) bool { return g.all(gGov10, gGov10Objs) }

// gov10Alert reads the shapes here for a title nothing else alerted on,
// or that only the lead's coverage read.
func (m *Matcher) gov10Alert(title, lead string, hits []hit, question bool, gate *item) unit {
	if !gov10Open(gate.gateBits) || question {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	if rumoured(words) {
		return unit{}
	}
	m.mark(words, hits)
	lw := gate.words(firstSentence(lead))
	if u := m.appsIncluding10(title, lead, words, lw, hits); u.ok {
		return u
	}
	if u := m.caLead10(title, lead, words, lw); u.ok {
		return u
	}
	type shape func([]titleWord, []titleWord) (int, int, int, int, trust.Category, bool)
	for _, f := range []shape{pluralBan10, storeReturn10, orderNoun10, m.contractBack10, orderOff10, localLift10, actOnTrade10, directiveAt10, suspendOrder10, namesAmong10} {
		lo, hi, s, e, cat, ok := f(words, lw)
		if !ok {
			continue
		}
		if u := m.gov9Unit(title, lead, words, lo, hi, s, e, cat, hits, question); u.ok {
			return u
		}
	}
	return unit{}
}

// pluralBan10 finds a plural body's bare verb of barring before a name:
// "NYC schools ban Zoom over security and privacy concerns". The verb
// must not open a noun phrase ("ban on"), and a motive of trust stands in
// the title or lead, as for any ban on an unlisted name.
func pluralBan10(words, lead []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 1; v+1 < len(words); v++ {
		if !bareBans10[lower(words[v])] || !pluralBodies10[lower(words[v-1])] || words[v-1].stop {
			continue
		}
		if oneOf(lower(words[v+1]), "on", "of", "for", "against", "to") {
			continue
		}
		if !banMotive(trust.CategoryBan, words, lead) || !techContext(words) && !techContext(lead) {
			return 0, 0, 0, 0, "", false
		}
		s := v + 1
		if lower(words[s]) == "use" && s+1 < len(words) && lower(words[s+1]) == "of" {
			s += 2
		}
		return v - 1, v, s, min(len(words), s+4), trust.CategoryBan, true
	}
	return 0, 0, 0, 0, "", false
}

// storeReturn10 finds an app back in a store: "ToTok messaging app
// returns to Google Play", "TikTok back on App Store". The name stands
// before the verb; the title or lead tells of the removal or its reason.
func storeReturn10(words, lead []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 1; v < len(words); v++ {
		if !returnVerbs10[lower(words[v])] {
			continue
		}
		store := -1
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			if storeNouns9[lower(words[k])] {
				store = k
				break
			}
			if hardStop(words, k) {
				break
			}
		}
		if store < 0 || !inWords(words, removedWords10) && !inWords(lead, removedWords10) && !stateBan10(words, lead) {
			continue
		}
		return v, store, max(0, v-4), v, trust.CategoryReversal, true
	}
	return 0, 0, 0, 0, "", false
}

// localLift10 finds a city or school system lifting its ban: "New York
// City lifts ban on Zoom in schools", "NYC schools lift Zoom ban".
func localLift10(words, lead []titleWord) (int, int, int, int, trust.Category, bool) {
	if !inWords(words, localBodies10) {
		return 0, 0, 0, 0, "", false
	}
	for v := 1; v+2 < len(words); v++ {
		if !liftVerbs10[lower(words[v])] {
			continue
		}
		if lower(words[v+1]) == "ban" && lower(words[v+2]) == "on" {
			return v, v + 2, v + 3, min(len(words), v+7), trust.CategoryReversal, true
		}
		for k := v + 2; k < len(words) && k <= v+4; k++ {
			if lower(words[k]) == "ban" {
				return v, k, v + 1, k, trust.CategoryReversal, true
			}
		}
	}
	return 0, 0, 0, 0, "", false
}

// actOnTrade10 finds an authority listing or barring firms the title
// names after their trade: "US blacklists Chinese AI startup Zhipu and
// chip designer Sophgo". The object runs from the verb to the title's
// end, where objName9 reads the first name after a trade noun.
func actOnTrade10(words, _ []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 1; v+2 < len(words); v++ {
		cat, ok := tradeActs10[lower(words[v])]
		if !ok || !inWords(words[:v], authorities) || len(tradeNames10(words[v+1:min(len(words), v+5)])) == 0 {
			continue
		}
		return v, v, v + 1, len(words), cat, true
	}
	return 0, 0, 0, 0, "", false
}

// directiveAt10 finds an emergency directive told beside the vendor it
// is about, the cut in the title or lead: "Emergency directive follows
// breach at F5" — "... disconnect devices that have reached end of
// support". A directive to patch only is about a flaw, not the vendor.
func directiveAt10(words, lead []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 0; v+1 < len(words); v++ {
		if !oneOf(lower(words[v]), "emergency", "binding") || lower(words[v+1]) != "directive" {
			continue
		}
		if !inWords(words, cutVerbs4) && !inWords(lead, cutVerbs4) {
			return 0, 0, 0, 0, "", false
		}
		for k := v + 2; k+1 < len(words); k++ {
			if oneOf(lower(words[k]), "at", "on", "for", "over", "targeting") && hasUpperOrDigit(words[k+1].text) {
				return v, v + 1, k + 1, min(len(words), k+4), trust.CategoryDirective, true
			}
		}
	}
	return 0, 0, 0, 0, "", false
}

// suspendOrder10 finds a state suspending its own order over a firm:
// "Dutch minister suspends order over Nexperia" (a reversal).
func suspendOrder10(words, _ []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 1; v+3 < len(words); v++ {
		if !suspendVerbs10[lower(words[v])] || !stateOrders10[lower(words[v+1])] ||
			!inWords(words[:v], authorities) && !inWords(words[:v], gov10Ministers) {
			continue
		}
		if oneOf(lower(words[v+2]), "over", "on", "against", "at", "for") {
			return v, v + 1, v + 3, min(len(words), v+7), trust.CategoryReversal, true
		}
	}
	return 0, 0, 0, 0, "", false
}

// namesAmong10 finds a list's owner naming a firm among others it calls
// military-backed or threats: "Pentagon names Quuxbot among firms tied to
// Chinese military" (a listing: sanctions).
func namesAmong10(words, _ []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 1; v+3 < len(words); v++ {
		if !namesVerbs10[lower(words[v])] || !inWords(words[:v], listOwners) {
			continue
		}
		for k := v + 2; k+1 < len(words) && k <= v+5; k++ {
			if oneOf(lower(words[k]), "among", "as") && inWords(words[k+1:min(len(words), k+4)], firmNouns10) {
				return v, k, v + 1, k, trust.CategorySanctions, true
			}
		}
	}
	return 0, 0, 0, 0, "", false
}

// stateBan10 reports whether a return's title or lead tells of a state's
// ban: "ban" with an authority beside it ("after the government lifted
// its ban"). A store's own ban is a dispute ("Fortnite returns to the App
// Store after five-year ban").
func stateBan10(words, lead []titleWord) bool {
	return (inWords(words, banWords10) || inWords(lead, banWords10)) && (inWords(words, govWords10) || inWords(lead, govWords10))
}

// banWords10 and govWords10: a ban and a state's body for stateBan10;
// a country's name is where an app returns as often as who banned it
// ("back on iPhones in the US").
var (
	banWords10 = wordSet("ban banned ban's")
	govWords10 = wordSet(`government governments regulator regulators ministry authorities officials
		law court watchdog agency commission federal parliament congress`)
)

// orderNoun10 finds an authority ordering a block told by its noun:
// "Italy's privacy watchdog orders block of DeepSeek".
func orderNoun10(words, lead []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 1; v+3 < len(words); v++ {
		if !oneOf(lower(words[v]), "orders", "ordered") || !orderNouns10[lower(words[v+1])] || lower(words[v+2]) != "of" {
			continue
		}
		if !inWords(words[:v], authorities) && !inWords(words[:v], regulatorNouns) || inWords(words[:v], courts) ||
			inWords(words[v+3:], contentObjects9) || !banMotive(trust.CategoryBan, words, lead) {
			continue
		}
		return v, v + 1, v + 3, min(len(words), v+8), trust.CategoryBan, true
	}
	return 0, 0, 0, 0, "", false
}

// contractBack10 finds a contract with a spyware maker restarted: "ICE
// reactivates contract with spyware maker Paragon". The title calls the
// maker spyware, or the lead tells of the stop-work order lifted.
func (m *Matcher) contractBack10(words, lead []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !backVerbs10[lower(words[v])] {
			continue
		}
		for k := v + 1; k+1 < len(words) && k <= v+3; k++ {
			if !oneOf(lower(words[k]), "contract", "contracts", "deal") || lower(words[k+1]) != "with" {
				continue
			}
			if !inWords(words, spywareNouns9) && !m.spywareNamed(words[k+2:]) && !inWords(lead, gov10StopWork) {
				return 0, 0, 0, 0, "", false
			}
			return v, k, k + 2, min(len(words), k+7), trust.CategoryReversal, true
		}
	}
	return 0, 0, 0, 0, "", false
}

// orderOff10 finds an authority ordering products off its systems:
// "Australia orders Kaspersky products off government systems".
func orderOff10(words, _ []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 1; v+3 < len(words); v++ {
		if !oneOf(lower(words[v]), "orders", "ordered", "directs", "directed") || !inWords(words[:v], authorities) || inWords(words[:v], courts) {
			continue
		}
		for k := v + 2; k+1 < len(words) && k <= v+5; k++ {
			if lower(words[k]) != "off" {
				continue
			}
			for t := k + 1; t < len(words) && t <= k+3; t++ {
				if ownSystems10[lower(words[t])] {
					return v, k, v + 1, k, trust.CategoryDirective, true
				}
			}
		}
	}
	return 0, 0, 0, 0, "", false
}

// appsIncluding10 finds a state blocking a count of apps or firms,
// naming some: "India blocks 43 more apps including AliExpress". The
// names are the title's after "including" (a lead's list there mostly
// names their owners again: "Alibaba's AliExpress").
func (m *Matcher) appsIncluding10(title, lead string, words, lw []titleWord, hits []hit) unit {
	inc := -1
	for k, w := range words {
		if includingWords10[lower(w)] {
			inc = k
			break
		}
	}
	if inc < 2 || inc+1 >= len(words) || !inWords(words[:inc], countedNouns10) {
		return unit{}
	}
	v := -1
	for k := 1; k < inc; k++ {
		l := lower(words[k])
		if oneOf(l, "blocks", "blocked", "bans", "banned", "bars", "barred", "prohibits", "blacklists") && inWords(words[:k], authorities) {
			v = k
			break
		}
	}
	if v < 0 || !banMotive(trust.CategoryBan, words, lw) {
		return unit{}
	}
	names := leadList10(title, words[inc:])
	if len(names) == 0 {
		return unit{}
	}
	cat := trust.CategoryBan
	if inWords(words, listWords) {
		cat = trust.CategorySanctions
	}
	u := unit{ok: true, inTitle: true, score: supplyWeight + m.rules.TitleBonus, category: cat, evidence: clean(title),
		signals: []trust.SignalHit{{Term: words[v].text + " ... " + words[inc].text, Category: cat, Weight: supplyWeight}}}
	for _, n := range names {
		u.vendors = addName10(u.vendors, m.hitForPrefix(n))
	}
	return u
}

// caLead10 finds a browser or root program ceasing to trust a CA the
// title only describes, the lead naming it after "issued by": "Chrome to
// stop trusting Spanish certificate authority" — "certificates issued by
// AC Camerfirma".
func (m *Matcher) caLead10(title, lead string, words, lw []titleWord) unit {
	v := -1
	for k, w := range words {
		if trustVerbs10[lower(w)] {
			v = k
			break
		}
	}
	if v < 0 || !inWords(words[v:], caNouns10) || objectName(words, v+1, len(words)) != "" {
		return unit{}
	}
	for k := 0; k+2 < len(lw); k++ {
		if lower(lw[k]) != "issued" || lower(lw[k+1]) != "by" {
			continue
		}
		n := nameAt(lw, k+2)
		if n == "" {
			return unit{}
		}
		return unit{ok: true, inTitle: true, across: true, score: supplyWeight + m.rules.TitleBonus,
			category: trust.CategoryDistrust, evidence: clean(title) + " — " + clean(firstSentence(lead)),
			vendors: []trust.VendorHit{m.hitForPrefix(n)},
			signals: []trust.SignalHit{{Term: words[v].text, Category: trust.CategoryDistrust, Weight: supplyWeight}}}
	}
	return unit{}
}

// possessive10 reports whether w stands in src with a possessive "'s".
func possessive10(src string, w titleWord) bool {
	if w.end > len(src) || w.start >= w.end {
		return false
	}
	span := src[w.start:w.end]
	return len(span) > len(w.text) && (strings.HasSuffix(span, "'s") || strings.HasSuffix(span, "’s"))
}

// leadList10 reads the names after a list opener ("including", "added",
// "designated", "such as") in words: "including PUBG Mobile, Baidu and
// several Alibaba products" gives PUBG Mobile and Baidu; it stops at a
// relative clause ("Sophgo, whose chip ...") and at lower-case words.
// src is the text words were read from.
func leadList10(src string, words []titleWord) []string {
	for i := 0; i+1 < len(words); i++ {
		l := lower(words[i])
		if !listOpeners10[l] && !(l == "such" && lower(words[i+1]) == "as") {
			continue
		}
		k := i + 1
		if l == "such" {
			k++
		}
		var out []string
		for k < len(words) {
			if lower(words[k]) == "the" || lower(words[k]) == "and" {
				k++
				continue
			}
			// "chip designer Tianjin Phytium": a trade before the name.
			for d := k; d < len(words) && d <= k+2 && !hasUpperOrDigit(words[d].text) && !words[d].stop && nameWord(words[d]); d++ {
				if d+1 < len(words) && hasUpperOrDigit(words[d+1].text) {
					k = d + 1
					break
				}
			}
			if possessive10(src, words[k]) {
				if words[k].stop || k+1 >= len(words) || !hasUpperOrDigit(words[k+1].text) {
					break // "Alibaba's shopping platform": a product described, not named
				}
				k++ // "Alibaba's AliExpress": the owner's product is named
			}
			n := nameAt(words, k)
			e := k + len(strings.Fields(n)) - 1
			if n != "" && actors[lower(words[k])] {
				break
			}
			if n == "" && hasUpperOrDigit(words[k].text) && !isNumber(lower(words[k])) && !words[k].stop && k+1 < len(words) {
				// "New Zorb Robotics": a name opening on a common word.
				if n = nameAt(words, k+1); n != "" {
					e = k + len(strings.Fields(n))
				}
			}
			if n == "" {
				break
			}
			// A name runs on past nameAt's three words or a word it
			// will not end on: "Tianjin Phytium Information
			// Technology", "PUBG Mobile".
			for e+1 < len(words) && e < k+5 && !words[e].stop && hasUpperOrDigit(words[e+1].text) {
				e++
			}
			out = append(out, joinSpan(words, k, e))
			if e+1 < len(words) && oneOf(lower(words[e+1]), "whose", "which", "who", "that") {
				break
			}
			if !words[e].stop && (e+1 >= len(words) || lower(words[e+1]) != "and") {
				break
			}
			k = e + 1
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// listOpeners10 open a list of the firms an action names.
var listOpeners10 = wordSet(`including includes include added adds designated designates sanctioned
	blacklisted blocked banned targeted listed`)

var (
	// downloadStops10 halt an app's downloads: the store stops offering
	// it, a delisting ("South Korea suspends new downloads of DeepSeek").
	downloadStops10 = wordSet(`suspends suspended halts halted pauses paused blocks blocked stops
		stopped bars barred`)
	// tellVerbs10 tell a government's own people what to stop.
	tellVerbs10 = wordSet("tells told instructs instructed asks asked")
	// cyberBodies10 are cyber agencies, whose orders to stop using a
	// product are directives ("DHS orders federal agencies to stop
	// using Kaspersky"); a government telling its own staff bars it.
	cyberBodies10 = wordSet("cisa dhs nsa ncsc bsi acsc asd nukib anssi cyber cybersecurity")
	// namesVerbs10 name firms on a list.
	// "Lists" is not here: "Pentagon lists Huawei among Chinese military
	// companies" is held to state links (devset).
	namesVerbs10 = wordSet("names named designates designated identifies identified")
	firmNouns10  = wordSet("firms companies entities")
	// suspendVerbs10 and stateOrders10: a state suspending its own order.
	suspendVerbs10 = wordSet(`suspends suspended pauses paused halts halted withdraws withdrew
		rescinds rescinded`)
	stateOrders10 = wordSet("order orders intervention takeover seizure directive decree")
	// censorWords10 give a block's reason as speech: censorship, not trust.
	censorWords10 = wordSet(`discuss discussed discussing discussion discussions topics protest
		protests protesters dissent dissidents criticism opposition political religious
		blasphemous blasphemy lgbt pornography gambling`)
	// pressureWords10 tell a removal done under a state's pressure.
	pressureWords10 = wordSet("pressure request demand demands")
	// stillWords10 tell a listing that only still stands.
	stillWords10 = wordSet("remains remain still already")
)

// gov10After corrects an alert's category and names and drops its
// look-alikes (see the file's comment). It reports false to drop.
func (m *Matcher) gov10After(title, text string, u *unit) bool {
	if !u.ok {
		return true
	}
	words := titleWords(title)
	lead := titleWords(firstSentence(text))
	switch u.category {
	case trust.CategoryBan, trust.CategoryDelisting:
		if inWords(words, censorWords10) && !hasMotive(words) {
			return false // "China blocks Clubhouse after users discuss sensitive topics"
		}
	}
	if u.category == trust.CategoryBan && circumvention10(words) && !hasMotive(words) && !hasMotive(lead) {
		return false // "Russia blocks foreign VPN services": tools against censorship blocked by the censor
	}
	if u.category == trust.CategoryDelisting {
		if countedApps10(words) && !inWords(words, authorities) && !inWords(words, ownedWords9) && !inWords(words, foreignControl) {
			return false // "Google Play removes 331 'Vapor' apps": malicious apps purged
		}
		if pressured10(words) && !hasMotive(words) {
			return false // "Apple removes ICEBlock app after pressure from Justice Department"
		}
	}
	if u.across && u.category == trust.CategorySanctions && stillListed10(lead) && !inWords(words, listWords) {
		return false // "NSO Group acquired by U.S. investors" — "remains on the Entity List"
	}

	if u.coverage && u.inTitle && u.category == trust.CategoryReversal {
		if _, _, _, _, _, ok := storeReturn10(words, lead); ok {
			// "Zorbvpn restored to App Store months after ban": the
			// clause after is the return's background, not the news.
			u.coverage = false
		}
	}
	m.gov10Category(words, lead, title+" "+firstSentence(text), u)
	m.gov10Names(words, lead, title, text, u)
	return true
}

// gov10Category corrects the category of an alert from the title's
// action.
//
// A grounding or a government telling its own staff to stop using a
// product is a ban only on a named maker (train7a/b, named3, leftovers4,
// train8c): one told of a kind ("Army grounds drones over Chinese
// espionage concerns") stays the directive the class sets hold. Downloads
// suspended are a delisting when the lead speaks of the stores.
func (m *Matcher) gov10Category(words, lead []titleWord, text string, u *unit) {
	named := false
	for _, v := range u.vendors {
		if v.Class == "" || namedIn10(text, v) {
			named = true
		}
	}
	set := func(c trust.Category, term string) {
		if u.category == c {
			return
		}
		u.category = c
		u.signals = append([]trust.SignalHit{{Term: term, Category: c, Weight: supplyWeight}}, u.signals...)
	}
	if u.category == trust.CategoryStateLinks || u.category == trust.CategoryEspionage {
		if v, ok := bodiesBan10(words); ok && namedAfter10(words, v, u) {
			// "NYC schools ban Zoom over security and privacy
			// concerns": the concern is the ban's motive, the ban
			// the news.
			set(trust.CategoryBan, joinSpan(words, v-1, v))
			return
		}
	}
	for i, w := range words {
		l := lower(w)
		switch {
		case (u.category == trust.CategoryBan || u.category == trust.CategoryDirective) && downloadStops10[l] &&
			i+2 < len(words) && (lower(words[i+1]) == "downloads" || lower(words[i+2]) == "downloads") && inWords(lead, storeNouns9):
			set(trust.CategoryDelisting, w.text+" downloads")
			return
		case u.category == trust.CategoryDirective && groundVerbs[l] && named:
			set(trust.CategoryBan, w.text)
			return
		case u.category == trust.CategoryDirective && tellVerbs10[l] && i > 0 && inWords(words[:i], authorities) && named &&
			!inWords(words[:i], cyberBodies10) && !inWords(words[:i], regulatorNouns) && ownStaff10(words[i+1:]) && stopUsing10(words[i+1:]):
			set(trust.CategoryBan, w.text+" ... stop using")
			return
		case (u.category == trust.CategoryStateLinks || u.category == trust.CategoryEspionage) && namesVerbs10[l] &&
			i > 0 && inWords(words[:i], listOwners) && inWords(words[i+1:], firmNouns10):
			set(trust.CategorySanctions, w.text)
			return
		case (u.category == trust.CategoryBan || u.category == trust.CategoryDirective) && suspendVerbs10[l] &&
			i+1 < len(words) && (stateOrders10[lower(words[i+1])] || i+2 < len(words) && stateOrders10[lower(words[i+2])]):
			set(trust.CategoryReversal, w.text+" order")
			return
		}
	}
}

// bodiesBan10 finds the bare verb of barring that a plural body or a list
// of authorities takes: "NYC schools ban Zoom", "Several ministries
// suspend LINE", "Pentagon, Congress ban DeepSeek". A bare verb after
// one authority is a noun ("Texas ban on TikTok"), and so is one that
// opens a noun phrase ("ban on", "ban of"). It returns the verb's index.
func bodiesBan10(words []titleWord) (int, bool) {
	for v := 1; v+1 < len(words); v++ {
		if !bareBans10[lower(words[v])] || words[v-1].stop || oneOf(lower(words[v+1]), "on", "of", "for", "against", "to") {
			continue
		}
		if pluralBodies10[lower(words[v-1])] || authorityList10(words, v-1) {
			return v, true
		}
	}
	return 0, false
}

// authorityList10 reports whether the word at h closes a list of
// authorities: "Pentagon, Congress", "Texas and Virginia".
func authorityList10(words []titleWord, h int) bool {
	if h < 1 || !authorityWord(lower(words[h])) {
		return false
	}
	joined := words[h-1].stop || lower(words[h-1]) == "and" || lower(words[h-1]) == "&"
	k := h - 1
	if lower(words[k]) == "and" || lower(words[k]) == "&" {
		k--
	}
	return joined && k >= 0 && authorityWord(lower(words[k]))
}

// namedAfter10 reports whether one of the alert's vendors is named in the
// verb's object, the four words after the verb at v up to a stop: the
// barred, not the barring nor a clause beyond.
func namedAfter10(words []titleWord, v int, u *unit) bool {
	e := v + 1
	for e < len(words) && e <= v+4 {
		e++
		if words[e-1].stop {
			break
		}
	}
	rest := joinWords(words[v+1 : e])
	for _, x := range u.vendors {
		if namedIn10(rest, x) {
			return true
		}
	}
	return false
}

// ownStaff10 reports whether the words after a verb of telling open on
// a government's own people: agencies, ministries, staff, troops.
func ownStaff10(words []titleWord) bool {
	for k := 0; k < len(words) && k <= 2; k++ {
		if ownUse[lower(words[k])] || oneOf(lower(words[k]), "departments", "personnel", "civil", "members", "workers") {
			return true
		}
	}
	return false
}

// stopUsing10 reports whether words open on "to stop using" within three
// words ("agencies to stop using Zoom").
func stopUsing10(words []titleWord) bool {
	for k := 0; k+1 < len(words) && k <= 4; k++ {
		if lower(words[k]) == "stop" && oneOf(lower(words[k+1]), "using", "use") {
			return true
		}
	}
	return false
}

// circumvention10 reports whether a ban's title falls on tools for
// getting round a state's blocks (VPNs, proxies, Tor) told by no origin
// but "foreign": a censor blocking them, not trust withdrawn from a maker
// ("Pentagon bans Chinese VPN apps" gives an origin and stays).
func circumvention10(words []titleWord) bool {
	if !inWords(words, gov10Tunnels) {
		return false
	}
	for _, w := range words[leadingActor(words):] { // the censor's own name is no origin
		if l := lower(w); classCountries[l] != "" || oneOf(l, "spying", "spyware", "malware", "malicious") {
			return false
		}
	}
	return true
}

// countedApps10 reports whether a store's title purges a count of apps:
// a number before "apps" or "extensions".
func countedApps10(words []titleWord) bool {
	for k := 0; k+1 < len(words); k++ {
		if !isNumber(lower(words[k])) {
			continue
		}
		for t := k + 1; t < len(words) && t <= k+3; t++ {
			if oneOf(lower(words[t]), "apps", "extensions", "applications") {
				return true
			}
		}
	}
	return false
}

// pressured10 reports whether the title says a removal came under a
// state's pressure or at its request ("after pressure from Justice
// Department").
func pressured10(words []titleWord) bool {
	for k := 0; k+1 < len(words); k++ {
		if pressureWords10[lower(words[k])] && oneOf(lower(words[k+1]), "from", "of", "by") && inWords(words[k+1:], authorities) {
			return true
		}
	}
	return false
}

// stillListed10 reports whether the lead only says a listing still
// stands: "which remains on the Commerce Entity List".
func stillListed10(lead []titleWord) bool {
	for k := 0; k+1 < len(lead); k++ {
		if stillWords10[lower(lead[k])] && (lower(lead[k+1]) == "on" || k+2 < len(lead) && lower(lead[k+2]) == "on") {
			return true
		}
	}
	return false
}

// gov10Names corrects who an action names. When the title's object is
// a count or a description ("seven Chinese supercomputing entities",
// "Chinese cybersecurity company") and the lead's first sentence lists
// the firms acted on, those are the vendors; a class's registry members
// not named anywhere in the text give way to the ones named.
func (m *Matcher) gov10Names(words, lead []titleWord, title, text string, u *unit) {
	switch u.category {
	case trust.CategoryBan, trust.CategorySanctions, trust.CategoryDelisting, trust.CategoryDirective:
	default:
		return
	}
	if inc := wordIndex10(words, includingWords10); inc >= 0 {
		// The title's own "including X" names X, whoever owns it.
		for _, n := range leadList10(title, words[inc:]) {
			u.vendors = addName10(u.vendors, m.hitForPrefix(n))
		}
	}
	if describedObject10(words) && wordIndex10(words, includingWords10) < 0 {
		if ns := leadList10(firstSentence(text), lead); len(ns) > 0 {
			var vs []trust.VendorHit
			for _, v := range u.vendors {
				if !v.Unlisted && v.Class == "" && namedIn10(title, v) {
					vs = append(vs, v)
				}
			}
			for _, n := range ns {
				vs = addName10(vs, m.hitForPrefix(n))
			}
			u.vendors = vs
			return
		}
	}
	if ns := tradeNames10(words); len(ns) > 0 && (!anyNamedIn10(title, u.vendors) || allAmong10(u.vendors, ns)) {
		// "blacklists Chinese AI startup Zhipu and chip designer
		// Sophgo": the title's names, not a name the lead gave for
		// its description.
		var vs []trust.VendorHit
		for _, n := range ns {
			vs = addName10(vs, m.hitForPrefix(n))
		}
		u.vendors = vs
		return
	}
	text = title + " " + firstSentence(text)
	var named, classed int
	for _, v := range u.vendors {
		switch {
		case namedIn10(text, v):
			named++
		case v.Class != "":
			classed++
		}
	}
	if named == 0 || classed == 0 {
		return
	}
	vs := u.vendors[:0:0]
	for _, v := range u.vendors {
		if v.Class == "" || namedIn10(text, v) {
			vs = append(vs, v)
		}
	}
	u.vendors = vs
}

// describedObject10 reports whether the title's action falls on a count
// or a description of firms, not on a name: "blacklists seven Chinese
// supercomputing entities", "sanctions Chinese cybersecurity company",
// "bans 118 more Chinese apps".
func describedObject10(words []titleWord) bool {
	for k, w := range words {
		if !generic[lower(w)] && !countedNouns10[lower(w)] ||
			k+1 < len(words) && (generic[lower(words[k+1])] || countedNouns10[lower(words[k+1])]) {
			continue // "tech companies": the compound's head is read
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			lj := lower(words[j])
			if hasUpperOrDigit(words[j].text) && !isNumber(lj) && !actors[lj] && !banMotives[lj] && !authorities[lj] {
				break // a name before the noun: "Chinese AI startup Zhipu" is read by its name
			}
			if oneOf(lj, "blacklists", "blacklisted", "sanctions", "sanctioned", "bans", "banned", "blocks", "blocked",
				"adds", "added", "designates", "designated", "targets", "targeted", "bars", "barred") {
				// "bans tech companies from buying Nvidia's chips": the
				// companies are the ones barred, not the vendor.
				return k+1 >= len(words) || !hasUpperOrDigit(words[k+1].text) && lower(words[k+1]) != "from"
			}
		}
	}
	return false
}

// namedIn10 reports whether text names the vendor by its name or term.
func namedIn10(text string, v trust.VendorHit) bool {
	lt := strings.ToLower(text)
	if strings.Contains(lt, strings.ToLower(v.Name)) {
		return true
	}
	// A class member's term is the class phrase, no name of its own.
	return v.Class == "" && v.Term != "" && strings.Contains(lt, strings.ToLower(v.Term))
}

// wordIndex10 is the index of the first of words in set, or -1.
func wordIndex10(words []titleWord, set map[string]bool) int {
	for k, w := range words {
		if set[lower(w)] {
			return k
		}
	}
	return -1
}

// addName10 adds h to vs unless a vendor of the same name is there; a
// longer form of an unlisted name replaces it ("PUBG" by "PUBG Mobile").
func addName10(vs []trust.VendorHit, h trust.VendorHit) []trust.VendorHit {
	for i, v := range vs {
		a, b := strings.ToLower(v.Name), strings.ToLower(h.Name)
		if !strings.Contains(a, b) && !strings.Contains(b, a) {
			continue
		}
		if v.Unlisted && h.Unlisted && len(h.Name) > len(v.Name) {
			vs[i] = h
		}
		return vs
	}
	return append(vs, h)
}

// anyNamedIn10 reports whether text names one of vs.
func anyNamedIn10(text string, vs []trust.VendorHit) bool {
	for _, v := range vs {
		if namedIn10(text, v) {
			return true
		}
	}
	return false
}

// tradeNames10 are the names a title gives right after a trade noun:
// "startup Zhipu", "chip designer Sophgo", "spyware maker Paragon".
func tradeNames10(words []titleWord) []string {
	var out []string
	for k := 0; k+1 < len(words); k++ {
		if !generic[lower(words[k])] && !oneOf(lower(words[k]), "designer", "designers", "supplier", "operator") ||
			hasUpperOrDigit(words[k].text) || words[k].stop {
			continue
		}
		if n := nameAt(words, k+1); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// allAmong10 reports whether each of vs is one of names.
func allAmong10(vs []trust.VendorHit, names []string) bool {
	for _, v := range vs {
		found := false
		for _, n := range names {
			if strings.EqualFold(v.Name, n) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Word sets of gov10's conditions, built once rather than on every call.
var (
	gov10Ministers = wordSet("minister ministers cabinet")
	gov10StopWork  = wordSet("stop-work")
	gov10Tunnels   = wordSet("vpn vpns proxy proxies tor circumvention anonymizers")
)
