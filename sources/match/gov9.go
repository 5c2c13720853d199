package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Authority, court and store actions on a named vendor in wordings the
// lexicon and the earlier shapes did not read (testdata/gov9.tsv):
//   - a store pulling a product for a reason of trust: "Google pulls
//     ShieldGo VPN from Play Store over undisclosed Chinese ownership",
//     "ShieldGo VPN yanked from App Store over data harvesting"
//     (storePull; the reason keeps a content takedown out);
//   - an order with a cut in it, beside a patch order or a hunt:
//     "CISA orders agencies to patch Cisco flaws exploited in zero-day
//     attacks, disconnect end-of-life firewalls" (orderCut: the
//     disconnect is the directive, whatever flaws stand beside it);
//   - a court against a spyware maker in the passive: "NSO Group ordered
//     to pay WhatsApp $167 million", "Paragon fined by Italian court"
//     (courtPassive);
//   - a state taking control of a vendor: "Dutch government takes
//     control of chipmaker Nexperia" (takesControl: a directive);
//   - an authority summoning a vendor over security: "China summons
//     Nvidia over 'serious security issues' in H20 chips" (summons);
//   - an authority warning that using a vendor's product breaks its
//     rules: "US warns that using Huawei's Ascend AI chips anywhere could
//     violate export controls" (warnUse: a directive);
//   - a listing struck down or lifted, named by its label: "Court
//     strikes down Pentagon's Chinese military company label for lidar
//     maker Lumarc", "Treasury lifts sanctions on three people linked to
//     Intellexa spyware" (listingUndone: a reversal).
// Each reads a registry vendor in the title, or (AnyVendor) the shape's
// object named as written.

var (
	// gov9Acts open the shapes here (gateSets): their verbs and nouns.
	gov9Acts = wordSet(`pulls pulled yanks yanked boots booted kicks kicked purges purged
		orders ordered directs directed instructs instructed tells told
		fined control summons summoned warns warned guidance cautions flags flagged
		strikes struck vacates vacated overturns overturned lifts lifted drops dropped
		removes removed rescinds rescinded tosses tossed bans bars barred forbids
		prohibits expands extends widens broadens restricts limits`)
	// gov9Names name firms threats; they open the shapes only beside a
	// list's owner (namesThreats), as "names" is a common word.
	gov9Names = wordSet("names named designates designated lists listed")
	// pullVerbs9 take a product out of a store.
	pullVerbs9 = wordSet(`pulls pulled yanks yanked boots booted kicks kicked purges purged
		removes removed drops dropped delists delisted bans banned suspends suspended`)
	// storeNouns9 name a store after "from".
	storeNouns9 = wordSet("store stores play marketplace marketplaces storefront")
	// trustReasons9 are a store's reasons of trust: foreign control,
	// spying, malware. Content and disputes give none.
	trustReasons9 = wordSet(`ownership owned owner ties links linked chinese russian iranian
		spying spyware spy surveillance tracking harvesting malware malicious backdoor
		security privacy data kremlin beijing state sanctions sanctioned exfiltrating
		stealing`)
	// orderVerbs9 give an order.
	orderVerbs9 = wordSet("orders ordered directs directed instructs instructed tells told")
	// contentObjects9 are what an order to remove may be about other
	// than a product: content, accounts, posts.
	contentObjects9 = wordSet(`posts post content videos video accounts account listings ads
		images material search results links pages articles comments reviews`)
	// controlVerbs9 take control of a firm.
	controlVerbs9 = wordSet(`takes took taking take seizes seized seize assumes assumed
		assume grabs wrests`)
	// summonReasons9 make a summons one of trust.
	summonReasons9 = wordSet(`security backdoor backdoors tracking data risks risk spying
		surveillance location remote kill shutdown`)
	// violateWords9 tell a use breaking an authority's rules.
	violateWords9 = wordSet(`violate violates violated violating violation breach breaches breaking
		break contravene`)
	// useGerunds9 are a use of a product a warning is about.
	useGerunds9 = wordSet("using use buying purchasing deploying installing")
	// undoVerbs9 undo a listing; listingNouns9 name it.
	undoVerbs9 = wordSet(`strikes struck vacates vacated overturns overturned lifts lifted
		drops dropped rescinds rescinded tosses tossed removes removed scraps scrapped
		blocks blocked reverses reversed annuls annulled`)
	listingNouns9 = wordSet(`label labels designation designations listing blacklisting sanctions
		list blacklist 1260h entity`)
	// ownedWords9 tell who owns an app: a VPN pulled over its hidden
	// owner is pulled for trust, not for what it lets users reach
	// (authority4Lookalike).
	ownedWords9 = wordSet("ownership owned owner owners ties")
	// tiedWords9 tie people or units to the vendor a listing is about:
	// "sanctions on three people linked to Intellexa".
	tiedWords9 = wordSet("linked tied connected behind of for on against at")
)

// gov9Open reports, from a title's gate bits, whether it may hold one of
// the shapes here.
func gov9Open(g gateBits) bool {
	return g.has(gGov9) || g.all(gGov9Names, gListOwners)
}

// gov9Alert reads the shapes here for a title nothing else alerted on.
func (m *Matcher) gov9Alert(title, lead string, hits []hit, question bool, gate *item) unit {
	if !gov9Open(gate.gateBits) || question {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	if rumoured(words) {
		return unit{}
	}
	m.mark(words, hits)
	if lo, hi, phrase, cat, ok := classRule9(words); ok {
		extra := trust.SignalHit{Term: words[lo].text + " ... " + words[hi].text, Category: cat, Weight: supplyWeight}
		return unit{ok: true, inTitle: true, score: supplyWeight + m.rules.TitleBonus, category: cat,
			vendors: []trust.VendorHit{{Name: phrase, Term: phrase, Class: phrase}}, signals: []trust.SignalHit{extra},
			evidence: clean(title)}
	}
	lo, hi, ok := appsWarn(words)
	cat := trust.CategoryStateLinks
	if !ok {
		lo, hi, ok = namesThreats(words)
		cat = trust.CategorySanctions
	}
	if ok {
		if ns := leadList9(gate.words(firstSentence(lead))); len(ns) > 0 {
			extra := trust.SignalHit{Term: words[lo].text + " ... " + words[hi].text, Category: cat, Weight: supplyWeight}
			u := unit{ok: true, inTitle: true, across: true, score: supplyWeight + m.rules.TitleBonus, category: cat,
				signals: []trust.SignalHit{extra}, evidence: clean(title) + " — " + clean(firstSentence(lead))}
			for _, n := range ns {
				u.vendors = append(u.vendors, m.hitForPrefix(n))
			}
			return u
		}
	}
	type shape func([]titleWord) (int, int, int, int, trust.Category, bool)
	for _, f := range []shape{storePull, orderCut, buyersStop, takesControl, summons, warnUse, listingUndone, m.courtPassive} {
		lo, hi, s, e, cat, ok := f(words)
		if !ok {
			continue
		}
		if u := m.gov9Unit(title, lead, words, lo, hi, s, e, cat, hits, question); u.ok {
			return u
		}
	}
	return unit{}
}

// gov9Unit is the unit of a shape at words lo..hi of category cat whose
// object stands in words s..e: the title's registry vendors, else the
// object named as written. The shape is the decision: routine words
// beside it ("patch", "flaws") do not lower it, as the cut or the ruling
// is the news.
func (m *Matcher) gov9Unit(title, lead string, words []titleWord, lo, hi, s, e int, cat trust.Category, hits []hit, question bool) unit {
	term := joinSpan(words, lo, hi)
	if hi > lo+3 {
		term = words[lo].text + " ... " + words[hi].text // "orders ... disconnect": the shape's ends
	}
	extra := trust.SignalHit{Term: term, Category: cat, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, false, question, &extra, true)
	if len(u.vendors) == 0 {
		if !m.rules.AnyVendor {
			return unit{}
		}
		name := objName9(words, max(0, s), min(len(words), e))
		if name == "" || !techContext(words) && !techContext(titleWords(firstSentence(lead))) && !companyList(words) {
			return unit{}
		}
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.category = cat
	u.score = max(u.score, supplyWeight+m.rules.TitleBonus)
	u.ok = true
	u.inTitle = true
	u.evidence = clean(title)
	return u
}

// storePull finds a store taking a product out for a reason of trust:
// "<store> pulls X from <store> over <reason>", or "X pulled from Play
// Store over ...". The reason is a word of trust after the store
// (ownership, spying, data); without one a removal is a store's own
// rules or content, read elsewhere or not at all.
func storePull(words []titleWord) (int, int, int, int, trust.Category, bool) {
	for v, w := range words {
		if !pullVerbs9[lower(w)] {
			continue
		}
		from := -1
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			if lower(words[k]) == "from" {
				from = k
				break
			}
			if hardStop(words, k) {
				break
			}
		}
		if from < 0 {
			continue
		}
		store := -1
		for k := from + 1; k < len(words) && k <= from+4; k++ {
			if storeNouns9[lower(words[k])] {
				store = k
				break
			}
		}
		if store < 0 || !inWords(words[store+1:], trustReasons9) {
			continue
		}
		if inWords(words, contentApps4) && !inWords(words[store+1:], foreignControl) && !inWords(words[store+1:], trustReasons9) {
			continue
		}
		if from > v+1 {
			return v, store, v + 1, from, trust.CategoryDelisting, true
		}
		if v > 0 && hasUpperOrDigit(words[v-1].text) && !words[v-1].stop {
			// "ShieldGo VPN pulled from Play Store": the name stands
			// right before; "Viral AI photo app pulled from App Store"
			// names none.
			return v, store, max(0, v-3), v, trust.CategoryDelisting, true
		}
	}
	return 0, 0, 0, 0, "", false
}

// orderCut finds an authority's order that cuts a product off, in any
// clause of the title: "CISA orders agencies to patch Cisco flaws ...,
// disconnect end-of-life firewalls", "NSA tells agencies to remove
// Kaspersky software". A court's order, and an order to remove content,
// are not this.
func orderCut(words []titleWord) (int, int, int, int, trust.Category, bool) {
	for v, w := range words {
		if !orderVerbs9[lower(w)] || v == 0 || !inWords(words[:v], authorities) || inWords(words[:v], courts) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+18; k++ {
			lk := lower(words[k])
			if !(cutVerbs4[lk] && cutAt(words, k) || lk == "offline" && backTo5(words, k)) {
				continue
			}
			if inWords(words[k+1:min(len(words), k+5)], contentObjects9) {
				return 0, 0, 0, 0, "", false
			}
			return v, k, v + 1, k, trust.CategoryDirective, true
		}
	}
	return 0, 0, 0, 0, "", false
}

// backTo5 reports whether "take" stands within five words before an
// "offline" at k: "take Connect Secure appliances offline".
func backTo5(words []titleWord, k int) bool {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if oneOf(lower(words[i]), "take", "takes", "taken", "taking") {
			return true
		}
	}
	return false
}

// objName9 is the name a shape's object holds in words[s:e]: the name
// after a generic noun of what it is ("RF chipmaker Ampleon", "lidar
// maker Lumarc"), else nameFrom4's.
func objName9(words []titleWord, s, e int) string {
	for k := s; k+1 < e; k++ {
		if words[k].stop {
			break
		}
		if generic[lower(words[k])] && !hasUpperOrDigit(words[k].text) {
			if n := nameAt(words, k+1); n != "" {
				return n
			}
		}
	}
	return nameFrom4(words, s, e)
}

// takesControl finds a state taking control of a firm: "Dutch government
// takes control of chipmaker Nexperia", "Netherlands seizes control of
// Chinese-owned Nexperia". An authority stands before the verb, and
// "control" within two words after it; the firm follows "of" or "over".
func takesControl(words []titleWord) (int, int, int, int, trust.Category, bool) {
	for v, w := range words {
		if !controlVerbs9[lower(w)] || v == 0 || !inWords(words[:v], authorities) || inWords(words[:v], attackers) {
			continue
		}
		for k := v + 1; k+1 < len(words) && k <= v+2; k++ {
			if lower(words[k]) == "control" && oneOf(lower(words[k+1]), "of", "over") && controlledFirm(words[k+2:]) {
				return v, k, k + 2, min(len(words), k+7), trust.CategoryDirective, true
			}
		}
	}
	return 0, 0, 0, 0, "", false
}

// seizedThings are what police take control of in a takedown ("seize
// control of RagnarLocker's dark web site"): no firm's trust.
var seizedThings = wordSet(`site sites website websites domain domains server servers infrastructure
	botnet botnets dark forum forums marketplace account accounts ransomware malware`)

// controlledFirm reports whether the words after "control of" open on a
// firm: a name or a trade word within three words ("chipmaker
// Nexperia", "Chinese-owned Nexperia"), never a user's machine ("Your
// PC") nor what a takedown seizes.
func controlledFirm(ws []titleWord) bool {
	if inWords(ws[:min(len(ws), 6)], seizedThings) {
		return false
	}
	for i := 0; i < len(ws) && i < 3; i++ {
		l := lower(ws[i])
		if oneOf(l, "your", "my", "their", "his", "her", "devices", "computers", "pcs", "pc", "systems") {
			return false
		}
		if c9Kinds[l] || oneOf(l, "chipmaker", "carmaker", "telecom", "operator") || brandOrCapital(ws[i].text) && !ws[i].stop {
			return true
		}
	}
	return false
}

// summons finds an authority summoning a vendor over a matter of trust:
// "China summons Nvidia over 'serious security issues' in H20 chips",
// "Regulator summoned Nvidia over backdoor risks". Antitrust or prices
// give no reason of trust.
func summons(words []titleWord) (int, int, int, int, trust.Category, bool) {
	for v, w := range words {
		if !oneOf(lower(w), "summons", "summoned") || v == 0 || !inWords(words[:v], authorities) && !inWords(words[:v], actors) {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+6; k++ {
			if oneOf(lower(words[k]), "over", "about", "on") && inWords(words[k+1:], summonReasons9) {
				return v, k, v + 1, k, trust.CategoryEspionage, true
			}
		}
	}
	return 0, 0, 0, 0, "", false
}

// warnUse finds an authority warning that using a product breaks its
// rules: "US warns that using Huawei's Ascend AI chips anywhere could
// violate export controls", "Commerce guidance says use of Huawei chips
// breaches US export rules". The warning (or guidance), a use, then a
// violation.
func warnUse(words []titleWord) (int, int, int, int, trust.Category, bool) {
	for v, w := range words {
		if !oneOf(lower(w), "warns", "warned", "guidance", "cautions", "cautioned") || v == 0 && lower(w) != "guidance" ||
			!inWords(words[:v+1], authorities) && lower(w) != "guidance" {
			continue
		}
		for g := v + 1; g < len(words) && g <= v+4; g++ {
			if !useGerunds9[lower(words[g])] {
				continue
			}
			for k := g + 2; k < len(words) && k <= g+10; k++ {
				if violateWords9[lower(words[k])] {
					return v, k, g + 1, k, trust.CategoryDirective, true
				}
			}
		}
	}
	return 0, 0, 0, 0, "", false
}

// listingUndone finds a listing struck down or lifted, named by its
// label: "Court strikes down Pentagon's Chinese military company label
// for lidar maker Lumarc", "Treasury lifts sanctions on three people
// linked to Intellexa spyware". The vendor follows the listing, after
// "for", "on", "of" or a word tying people to it.
func listingUndone(words []titleWord) (int, int, int, int, trust.Category, bool) {
	for v, w := range words {
		if !undoVerbs9[lower(w)] {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+7; k++ {
			if listingNouns9[lower(words[k])] {
				for t := k + 1; t < len(words) && t <= k+6; t++ {
					if tiedWords9[lower(words[t])] && t+1 < len(words) {
						return v, k, t + 1, min(len(words), t+7), trust.CategoryReversal, true
					}
				}
				return 0, 0, 0, 0, "", false
			}
			if hardStop(words, k) {
				break
			}
		}
	}
	return 0, 0, 0, 0, "", false
}

// courtPassive finds a court's order against a spyware maker told in
// the passive: "NSO Group ordered to pay WhatsApp $167 million", "NSO
// told to hand over Pegasus code", "Paragon fined by court". The maker
// is a registry spyware vendor, or the title calls it one.
func (m *Matcher) courtPassive(words []titleWord) (int, int, int, int, trust.Category, bool) {
	for v := 1; v+1 < len(words); v++ {
		lv := lower(words[v])
		if !(oneOf(lv, "ordered", "told", "forced") && lower(words[v+1]) == "to" || lv == "fined" || lv == "enjoined") {
			continue
		}
		if !inWords(words, spywareNouns9) && !m.spywareNamed(words[:v]) {
			continue
		}
		return v, v + 1, max(0, v-4), v, trust.CategoryEspionage, true
	}
	return 0, 0, 0, 0, "", false
}

// spywareNouns9 call a firm a spyware maker.
var spywareNouns9 = wordSet("spyware stalkerware")

// spywareNamed reports whether words name a registry vendor of the
// spyware category.
func (m *Matcher) spywareNamed(words []titleWord) bool {
	for _, v := range m.vendors {
		if !hasCategory(v.Categories, "spyware") {
			continue
		}
		for _, t := range v.Terms() {
			if strings.Contains(" "+strings.ToLower(joinSpan(words, 0, len(words)-1))+" ", " "+strings.ToLower(t)+" ") {
				return true
			}
		}
	}
	return false
}

// gov9Settle reads a candidate's title for who its action is about and
// for a court letting a listing stand; it reports drop for the latter.
//   - The buyers an authority stops are not the subject: "China bans tech
//     companies from buying Nvidia's AI chips" (the lead names ByteDance
//     among them) is about Nvidia (buyersOf).
//   - A title listing names as written, which its lead repeats, names
//     them, not a registry vendor the lead brings in as background: "US
//     adds Chinese AI firm Zhipu, chip designer Sophgo to Entity List" —
//     "..., whose chip was found in a Huawei AI processor".
//   - An agency named as the subject of a reversal is the listing's
//     owner: "Court blocks Defense Department's blacklisting of mapping
//     firm Luokung" is about Luokung.
//   - "Judge rules DJI can stay on Pentagon's Chinese military company
//     list": a court leaving a listing in place is no new event (courtKeeps).
func (m *Matcher) gov9Settle(title, lead string, hits []hit, u *unit) (drop bool) {
	if !u.inTitle && !u.across {
		return false
	}
	words := headline(titleWords(title))
	if u.category != trust.CategoryReversal && (courtKeeps(words) || dl16Upheld(words)) {
		return true
	}
	switch u.category {
	case trust.CategoryBan, trust.CategoryDirective, trust.CategorySanctions:
		if n := buyersOf(words); n != "" && !hasVendorNamed(u.vendors, n) {
			h := m.hitForPrefix(n)
			if !hasVendorNamed(u.vendors, h.Name) {
				u.vendors = []trust.VendorHit{h}
			}
			return false
		}
	}
	if u.inTitle && u.category == trust.CategorySanctions && allClass9(u.vendors) {
		// "US adds Qihoo 360 and 32 other Chinese entities to economic
		// blacklist": the name listed, not the class after it.
		if ns := listedNames(words, title+" "+lead); len(ns) > 0 {
			u.vendors = u.vendors[:0:0]
			for _, n := range ns {
				u.vendors = append(u.vendors, m.hitForPrefix(n))
			}
		}
		return false
	}
	if u.across && u.category == trust.CategorySanctions && len(hits) > 0 {
		if ns := listedNames(words, lead); len(ns) > 0 && !m.titleNamesVendor(hits) {
			u.vendors = u.vendors[:0:0]
			for _, n := range ns {
				u.vendors = append(u.vendors, m.hitForPrefix(n))
			}
		}
		return false
	}
	if u.inTitle && (u.category == trust.CategoryReversal || u.category == trust.CategorySanctions) && len(u.vendors) == 1 &&
		u.vendors[0].Unlisted && agencyName(u.vendors[0].Name) {
		if n := holdOfName(words, vendorName); n != "" {
			u.vendors = []trust.VendorHit{m.hitForPrefix(n)}
		}
	}
	return false
}

// allClass9 reports whether every vendor of vs is a class.
func allClass9(vs []trust.VendorHit) bool {
	for _, v := range vs {
		if v.Class == "" {
			return false
		}
	}
	return len(vs) > 0
}

// titleNamesVendor reports whether one of a title's hits is a registry
// vendor's.
func (m *Matcher) titleNamesVendor(hits []hit) bool {
	for _, h := range hits {
		if m.hasVendor[h.pat] {
			return true
		}
	}
	return false
}

// agencyWords9 name the agencies that own lists: a "name" made of them
// is the actor, not the subject.
var agencyWords9 = wordSet(`defense department pentagon commerce treasury justice state homeland
	security dod ofac bis fcc us u.s`)

func agencyName(n string) bool {
	for _, w := range strings.Fields(n) {
		if !agencyWords9[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// buyGerunds9 are what buyers are stopped from doing with a product.
var buyGerunds9 = wordSet("buying using purchasing ordering testing deploying installing importing")

// buyersOf finds buyers stopped from buying or using a product: "bans
// tech companies from buying Nvidia's AI chips", "tells firms to stop
// using Kaspersky", "orders state firms to halt purchases of Micron
// chips". It returns the product's maker as written, or "".
func buyersOf(words []titleWord) string {
	_, n := buyersAt(words)
	return n
}

// buyersAt is buyersOf with the index of the gerund (-1 for none).
func buyersAt(words []titleWord) (int, string) {
	for g := 2; g < len(words); g++ {
		lg := lower(words[g])
		if !buyGerunds9[lg] && !(oneOf(lg, "purchases", "orders", "use") && g+1 < len(words) && lower(words[g+1]) == "of") {
			continue
		}
		p := lower(words[g-1])
		if p != "from" && !oneOf(p, "stop", "halt", "avoid", "cease", "quit", "cancel", "suspend") {
			continue
		}
		if n := objectName(words, g+1, min(len(words), g+5)); n != "" && !actors[strings.ToLower(n)] {
			return g, n
		}
	}
	return -1, ""
}

// buyersStop finds an authority stopping buyers from buying or using a
// product: "Beijing tells ByteDance, Alibaba to stop ordering Nvidia
// chips", "China bars state firms from using Micron memory". The buyers
// named are not the subject (gov9Settle names the maker).
func buyersStop(words []titleWord) (int, int, int, int, trust.Category, bool) {
	g, n := buyersAt(words)
	if n == "" {
		return 0, 0, 0, 0, "", false
	}
	for v := g - 2; v >= 1 && v >= g-9; v-- {
		if buyerOrders9[lower(words[v])] && inWords(words[clauseStart(words, v):v], authorities) && !c9Kinds[lower(words[v-1])] {
			return v, g, g + 1, min(len(words), g+5), trust.CategoryBan, true
		}
	}
	return 0, 0, 0, 0, "", false
}

// clauseStart is where the clause of words[v] begins: past the last
// word before v that ends a phrase ("Ukraine war: SpaceX firm bars
// Kyiv ...": Ukraine is not who bars).
func clauseStart(words []titleWord, v int) int {
	for i := v - 1; i >= 0; i-- {
		if words[i].stop {
			return i + 1
		}
	}
	return 0
}

// buyerOrders9 stop buyers.
var buyerOrders9 = wordSet(`tells told orders ordered bans banned bars barred directs directed
	instructs instructed forbids prohibits prohibited blocks`)

// listedNames reads the names a listing title puts on its list ("adds
// Chinese AI firm Zhipu, chip designer Sophgo to Entity List"): the
// names between the verb and "to", split at commas and "and", each
// repeated in the lead.
func listedNames(words []titleWord, lead string) []string {
	v := -1
	for i, w := range words {
		if oneOf(lower(w), "adds", "added", "puts", "places", "placed", "blacklists", "blacklisted") && inWords(words[:i], authorities) {
			v = i
			break
		}
	}
	if v < 0 || !inWords(words[v:], listNames4) {
		return nil
	}
	var out []string
	s := v + 1
	for k := v + 1; k < len(words); k++ {
		lk := lower(words[k])
		end := words[k].stop || lk == "and" || lk == "to" || lk == "on"
		if !end {
			continue
		}
		if n := lastName9(words, s, k); n != "" && strings.Contains(lead, n) {
			out = append(out, n)
		}
		s = k + 1
		if lk == "to" || lk == "on" {
			break
		}
	}
	return out
}

// lastName9 is the capitalised run that ends a segment words[s..k]
// before its separator: "Chinese AI firm Zhipu" is Zhipu, "chip designer
// Sophgo" Sophgo; a number may end it ("Qihoo 360").
func lastName9(words []titleWord, s, k int) string {
	e := k
	if !words[k].stop {
		e = k - 1 // "and" or "to" ends the segment
	}
	b := e
	for b >= s && b > e-3 && hasUpperOrDigit(words[b].text) && (nameWord(words[b]) || b == e && b > s && isNumber(lower(words[b]))) &&
		!actors[lower(words[b])] {
		b--
	}
	if b == e {
		return ""
	}
	return nameSpan(words, b+1, e)
}

// courtKeeps finds a court letting a vendor stay on a list: "Judge rules
// DJI can stay on Pentagon's Chinese military company list", "Court
// keeps Hesai on Pentagon blacklist". The listing stands; its news was
// the listing's.
func courtKeeps(words []titleWord) bool {
	if !inWords(words, courts) {
		return false
	}
	for i, w := range words {
		if !oneOf(lower(w), "stay", "stays", "remain", "remains", "keeps", "kept", "keep") {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			if lower(words[k]) == "on" {
				for t := k + 1; t < len(words) && t <= k+7; t++ {
					if oneOf(lower(words[t]), "list", "blacklist", "lists") {
						return true
					}
				}
			}
		}
	}
	return false
}

// classRule9 finds a rule on a class named by what it reaches rather
// than by a country's product ("Chinese drones": classes.go):
//   - listings extended to owned firms: "Commerce expands Entity List
//     restrictions to subsidiaries of blacklisted firms" (sanctions);
//   - a kind of product barred when it comes from risky countries:
//     "Estonia bars remote access to solar inverters from high-risk
//     countries", "Lithuania bans smart meters from adversary nations"
//     (ban).
//
// Proposals and plans are not rules. It returns the verb's index, the
// last word of the shape, the class as written and the category.
func classRule9(words []titleWord) (int, int, string, trust.Category, bool) {
	for v, w := range words {
		lv := lower(w)
		if v == 0 || inWords(words[:v], proposalNouns4) || inWords(words[:v], talkVerbs9) {
			continue
		}
		if extendVerbs9[lv] {
			for k := v + 1; k+1 < len(words) && k <= v+6; k++ {
				if lower(words[k]) == "to" && ownedUnits9[lower(words[k+1])] && inWords(words[v:k], restrictNouns9) {
					return v, k + 1, phraseTo9(words, k+1), trust.CategorySanctions, true
				}
			}
		}
		if barVerbs9[lv] {
			for k := v + 1; k+1 < len(words); k++ {
				if riskyAdjs9[lower(words[k])] && oneOf(lower(words[k+1]), "countries", "nations", "states", "jurisdictions") &&
					(techContext(words[v:k]) || inWords(words[v:k], kindNouns9)) {
					return v, k + 1, joinSpan(words, v+1, k+1), trust.CategoryBan, true
				}
			}
		}
	}
	return 0, 0, "", "", false
}

var (
	extendVerbs9   = wordSet("expands expanded expanding extends extended extending widens widened broadens broadened")
	ownedUnits9    = wordSet("subsidiaries affiliates units affiliated")
	restrictNouns9 = wordSet("restrictions curbs controls sanctions entity blacklist rules rule")
	barVerbs9      = wordSet(`bars barred bans banned restricts restricted limits blocks forbids
		prohibits curbs`)
	riskyAdjs9 = wordSet("high-risk risky adversary adversarial hostile untrusted")
	// kindNouns9 are kinds of gear a rule on risky countries reaches that
	// techContext does not hold.
	kindNouns9 = wordSet("inverters inverter meters turbines chargers vehicles cars cranes grid")
	// talkVerbs9 make a rule a proposal.
	talkVerbs9 = wordSet("proposes proposed propose weighs considers mulls eyes seeks wants plans")
)

// phraseTo9 is the phrase from words[s] to the end of its clause
// ("subsidiaries of blacklisted firms").
func phraseTo9(words []titleWord, s int) string {
	e := s
	for e+1 < len(words) && !words[e].stop && e < s+5 {
		e++
	}
	return joinSpan(words, s, e)
}

// appsWarn finds an authority warning that a state's apps take data or
// serve it, with the apps named only in the lead: "Taiwan warns that
// five Chinese apps harvest data and answer to Beijing" — "... said
// RedNote, Weibo, TikTok, WeChat and Baidu Cloud failed security
// checks". Fake or malicious apps are attackers', not this. It returns
// the warning's index and the apps'.
func appsWarn(words []titleWord) (int, int, bool) {
	if inWords(words, neverTrusted) || inWords(words, threatActors4) || inWords(words, goneFakeWords) {
		return 0, 0, false
	}
	for v, w := range words {
		if !oneOf(lower(w), "warns", "warned", "flags", "flagged", "finds", "found", "says") || !inWords(words[:v], authorities) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			if oneOf(lower(words[k]), "apps", "applications") && inWords(words[v:], foreignControl) && inWords(words[k:], appTakes9) {
				return v, k, true
			}
		}
	}
	return 0, 0, false
}

// appTakes9 are what a warning says such apps do with data.
var appTakes9 = wordSet(`data harvest harvesting collect collecting spy spying answer serve
	beijing kremlin censor censorship surveillance`)

// leadList9 reads a list of two or more names in a lead ("RedNote,
// Weibo, TikTok, WeChat and Baidu Cloud"): capitalised runs joined by
// commas and a final "and".
func leadList9(lw []titleWord) []string {
	for i := 1; i < len(lw); i++ {
		var out []string
		k := i
		for k < len(lw) {
			n := nameAt(lw, k)
			if n == "" || actors[lower(lw[k])] {
				break
			}
			e := k + len(strings.Fields(n)) - 1
			out = append(out, n)
			if lw[e].stop && e+1 < len(lw) {
				k = e + 1
				continue
			}
			if e+2 < len(lw) && lower(lw[e+1]) == "and" {
				if last := nameAt(lw, e+2); last != "" && len(out) >= 2 {
					return append(out, last)
				}
			}
			break
		}
	}
	return nil
}

// namesThreats finds a list's owner naming firms threats, the firms only
// in the lead: "FCC names five Chinese companies as threats to national
// security" — "... Huawei, ZTE, Hytera, Hikvision and Dahua". It returns
// the verb's index and the threat noun's.
func namesThreats(words []titleWord) (int, int, bool) {
	for v, w := range words {
		if !oneOf(lower(w), "names", "named", "designates", "designated", "lists", "listed") || !inWords(words[:v], listOwners) {
			continue
		}
		for k := v + 1; k+2 < len(words) && k <= v+5; k++ {
			if oneOf(lower(words[k]), "companies", "firms", "vendors", "suppliers") && lower(words[k+1]) == "as" {
				for t := k + 2; t < len(words) && t <= k+4; t++ {
					if riskNouns4[lower(words[t])] {
						return v, t, true
					}
				}
			}
		}
	}
	return 0, 0, false
}
