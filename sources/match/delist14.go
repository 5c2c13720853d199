package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A seller pulling a vendor's goods, read as a structure (delist14): a
// retailer, marketplace, app store, platform or carrier; a verb of taking
// goods off sale in any form ("pulls", "halts sales of", "stops carrying",
// "will no longer sell", "takes down", "cuts ties with"), passive
// ("X routers pulled from Walmart", "Sales of X halted at Home Depot") or
// nominal ("Walmart's removal of X"); its object the vendor's goods. The
// lexicon holds some of these words, but the object stands inside them
// and any name can, and a retailer's act read as a ban, a backdoor or
// spying gave the wrong category: the motive beside the act is why it was
// taken (trust-events.md, "delisting").
//
// Not read: an object that never was trusted (fake, malicious,
// typosquatted, impersonating apps), a reason that is no judgement of
// trust (a recall, a fire hazard, copyright, gambling rules, a payment
// dispute), accounts, posts or ads taken down, the seller's own products
// discontinued, a stock exchange's listing, a request or a proposal ("urge
// Walmart to pull"), a denial, a question and commentary.

// dl14Sellers take a vendor's goods off sale. "Best Buy" and "Home Depot"
// are read by their second word; "play" is Google Play's.
var dl14Sellers = union(wordSet(`walmart amazon ebay costco depot buy lowe lowes kroger
	newegg target etsy shopify rakuten alibaba play google apple microsoft mozilla
	verizon at&t t-mobile sprint vodafone retailer retailers seller sellers store
	stores shops chains marketplace marketplaces carrier carriers platform platforms`),
	lx13Retailers)

// dl14Platforms make products of their own: their pulls need a motive of
// trust ("Apple drops Intel chips" is a supplier changed).
var dl14Platforms = wordSet("google apple microsoft mozilla platform platforms")

// dl14Verbs take goods off sale, their object after them.
var dl14Verbs = wordSet("pulls pull pulled pulling drops drop dropped removes remove removed",
	"delists delist delisted bans ban banned yanks yank yanked dumps dump dumped",
	"ditches ditch ditched axes axed purges purged boots booted kicks kicked nixes",
	"nixed scraps scrapped suspends suspended",
	// after a plural seller ("Retailers kick X off their shelves")
	"kick boot axe purge nix scrap suspend")

// dl14Halts stop sales ("halts sales of", "stops selling", "stops
// carrying"); dl14SaleNouns and dl14SaleGerunds are what they stop.
var (
	dl14Halts       = wordSet("halts halt halted stops stop stopped ends end ended suspends suspend suspended pauses pause paused ceases cease ceased freezes froze bans ban banned")
	dl14SaleNouns   = wordSet("sales sale selling distribution listings listing")
	dl14SaleGerunds = wordSet("selling carrying stocking offering listing distributing")
	dl14NoLonger    = wordSet("sell sells carry carries stock stocks offer offers list lists distribute")
	// dl14Aux stand between a seller and its verb ("will", "has", "to").
	dl14Aux = wordSet(`will to has have is are had now quietly also reportedly says said
		it they finally officially abruptly temporarily then`)
	// dl14Nominal are a removal as a noun: "Walmart's removal of X".
	dl14Nominal = wordSet("removal delisting ban pulling withdrawal")
)

// dl14Gate is in gateSets: a title with none of these words is not read.
var dl14Gate = union(dl14Verbs, dl14Halts, dl14Nominal, wordSet(`longer takes take took taken ties
	phases phase sales`), pl15Gate, dl16Gate)

// dl14Other are a reason that is no judgement of trust of the vendor,
// in the title or the lead: the goods never were trusted or are unsafe
// in another sense, the store's own rules, a business dispute, a stock
// listing, content.
var dl14Other = wordSet(`fake fakes bogus counterfeit counterfeits cloned clone clones rogue
	copycat copycats malicious typosquat typosquats typosquatted typosquatting lookalike
	look-alike impersonating impersonate impersonates posing knockoff knockoffs
	recall recalls recalled fire fires burn burns overheating overheat hazard hazards
	choking injury injuries explode exploding copyright trademark
	patent patents gambling casino payment payments fees dispute pricing
	shares nasdaq nyse feud feuds spat misinformation hate violent violence porn nudity
	discontinued discontinues discontinue tariff tariffs shortage profit`)

// dl14OtherObjects are what a seller takes down that is no vendor's
// goods, or no act of trust, in the title only ("a hidden backdoor
// account" in a lead is the reason): accounts, posts, ads, prices.
var dl14OtherObjects = wordSet(`accounts account posts videos content ads advertising reviews
	price prices discount discounts deal deals support plans plan exchange index
	lawsuit battery batteries demand`)

// dl14Talk before a seller makes its act someone's wish or denial.
var dl14Talk = wordSet(`urge urges urged asks ask asked calls call pressures pressure
	pressured tells told wants want demand demands should could may might would
	denies deny denied not won't refuses refuse no never why how whether if
	rejects resists plans considers weighs mulls`)

// dl14Pull finds a seller pulling goods in words: the seller's index,
// the verb's span [lo, hi], and the object's span [s, e). ok is false
// when the title holds no such shape.
func dl14Pull(words []titleWord) (seller, lo, hi, s, e int, ok bool) {
	for v := 1; v < len(words); v++ {
		lv := lower(words[v]) // once: lower allocates for a capitalised word
		if seller, lo, hi, s, e, ok = dl14Active(words, v, lv); ok {
			return
		}
		if seller, lo, hi, s, e, ok = dl14Passive(words, v, lv); ok {
			return
		}
		if seller, lo, hi, s, e, ok = pl15Shape(words, v, lv); ok {
			return // pull15.go: the sale noun after the vendor, shelves, a maker's or operator's pull
		}
		if seller, lo, hi, s, e, ok = pl15Passive(words, v, lv); ok {
			return
		}
	}
	return 0, 0, 0, 0, 0, false
}

// dl14Active reads the seller before a verb at v (lv its lower case),
// the object after it:
// "Walmart (will) pull(s) X", "halts sales of X", "stops carrying X",
// "will no longer sell X", "takes down X", "phases out X", "cuts ties
// with X", and a removal as a noun ("Walmart's removal of X").
func dl14Active(words []titleWord, v int, lv string) (seller, lo, hi, s, e int, ok bool) {
	n := len(words)
	partner, gerund := false, false
	lo, hi = v, v
	k := v - 1
	switch {
	case lv == "longer":
		if k < 1 || lower(words[k]) != "no" || v+1 >= n || !dl14NoLonger[lower(words[v+1])] {
			return
		}
		lo, hi = v-1, v+1
		k--
	case lv == "takes" || lv == "took" || lv == "take":
		if v+1 >= n || lower(words[v+1]) != "down" {
			return
		}
		hi = v + 1
	case lv == "phases" || lv == "phase":
		if v+1 >= n || lower(words[v+1]) != "out" {
			return
		}
		hi = v + 1
	case (oneOf(lv, "cuts", "cut", "severs", "ends", "end") || dl14Halts[lv]) && dl16Tie(words, v) > v:
		// "cuts ties with X", "suspends research collaborations with
		// X", "halts funding from X" (delist16.go)
		hi = dl16Tie(words, v)
		partner = true
	case dl16Backs(words, v) > v:
		// "backs out of deal to sell X", "drops plans to sell X"
		// (delist16.go)
		hi = dl16Backs(words, v)
	case dl14Halts[lv] && v+2 < n && lower(words[v+1]) == "supplying":
		hi = v + 1
		partner = true
	case dl14Halts[lv] && v+1 < n && (dl14SaleNouns[lower(words[v+1])] || dl14SaleGerunds[lower(words[v+1])]):
		hi = v + 1
		// Any business may stop selling a vendor's goods ("Barclays
		// stops offering X software"); one no seller's word names
		// wants its motive. A state bans sales: no business.
		gerund = dl14SaleGerunds[lower(words[v+1])] && !oneOf(lv, "bans", "ban", "banned")
		if hi+1 < n && lower(words[hi+1]) == "of" {
			hi++
		}
	case dl14Nominal[lv] && v+1 < n && lower(words[v+1]) == "of":
		hi = v + 1
		for k > 0 && oneOf(lower(words[k]), "announces", "announce", "confirms", "confirm", "begins", "begin", "starts", "start",
			"completes", "complete", "the") && !words[k].stop {
			k--
		}
	case dl14Verbs[lv]:
	default:
		return
	}
	for k > 0 && dl14Aux[lower(words[k])] && !words[k].stop {
		k--
	}
	partner = partner || gerund && k >= 0 && pl15Partner(words, k) && !nm12StateUsers[lower(words[k])]
	// A partner ending its dealings with a vendor ("Qualcomm cuts ties
	// with X", "Arm suspends business with X") is one, whoever it is;
	// dl14Alert wants its motive.
	if !dl14Seller(words, k) && !(partner && hasUpperOrDigit(words[k].text)) || words[k].stop {
		return
	}
	if s, e = dl14Object(words, hi+1); e > s {
		return k, lo, hi, s, e, true
	}
	return
}

// dl14Passive reads the object before a verb at v (lv its lower case)
// and the seller after it: "X pulled from Walmart", "X was delisted by Amazon", "X taken down
// from Google Play", "Sales of X halted at Home Depot".
func dl14Passive(words []titleWord, v int, lv string) (seller, lo, hi, s, e int, ok bool) {
	n := len(words)
	longer := v > 2 && dl16NoLongerSold[lv] && lower(words[v-1]) == "longer" && lower(words[v-2]) == "no"
	if !dl14Verbs[lv] && lv != "taken" && lv != "halted" && lv != "stopped" && !longer {
		return
	}
	p := v + 1
	if lv == "taken" {
		if p >= n || lower(words[p]) != "down" {
			return
		}
		p++
	}
	if p >= n || !oneOf(lower(words[p]), "from", "by", "at", "off") || lv == "suspended" || lv == "scrapped" {
		return // "suspended by", "scrapped at": not a seller's pull
	}
	sk := -1
	for j := p + 1; j < n && j <= p+4; j++ {
		if dl14Seller(words, j) {
			sk = j
			break
		}
		if words[j].stop {
			break
		}
	}
	if sk < 0 {
		return
	}
	e = v
	if longer {
		e = v - 2 // "X routers no longer sold at Walmart" (delist16)
	}
	for e > 0 && oneOf(lower(words[e-1]), "was", "were", "is", "are", "been", "has", "have", "be", "being", "get", "gets", "got") {
		e--
	}
	switch {
	case e > 2 && lower(words[0]) == "sales" && lower(words[1]) == "of":
		s = 2
	case lv == "halted" || lv == "stopped" || lv == "suspended":
		return // "Production halted at": only sales are a seller's
	}
	for i := e - 1; i > s; i-- {
		if words[i-1].stop {
			s = i
			break
		}
	}
	s = max(s, e-6)
	if e > s {
		return sk, v, p, s, e, true
	}
	return
}

// dl14Seller reports whether words[k] names a seller: "Best Buy" by its
// second word, a seller's word, "app store".
func dl14Seller(words []titleWord, k int) bool {
	if k < 0 || k >= len(words) {
		return false
	}
	lk := lower(words[k])
	switch lk {
	case "buy":
		return k > 0 && lower(words[k-1]) == "best"
	case "depot":
		return k > 0 && lower(words[k-1]) == "home"
	case "target":
		return hasUpperOrDigit(words[k].text) && (k == 0 || pl15TargetListed(words, k)) // "Target pulls", never "hackers target"
	case "play":
		return k > 0 && lower(words[k-1]) == "google"
	case "t":
		return k > 0 && lower(words[k-1]) == "at" // titleWords splits "AT&T"
	}
	return dl14Sellers[lk]
}

// dl14Object reads the object after a verb from word s: up to a reason's
// preposition, a stop or six words. It returns the span.
func dl14Object(words []titleWord, s int) (int, int) {
	e := s
	for e < len(words) && e < s+6 {
		le := lower(words[e])
		if e > s && oneOf(le, "over", "after", "amid", "for", "following", "as", "from", "due", "because", "on", "in",
			"at", "off", "out", "citing", "to", "with", "and", "that", "which", "who", "without", "despite",
			"follows", "comes", "came", "is", "are", "was", "were", "says", "said") {
			break
		}
		e++
		if words[e-1].stop {
			break
		}
	}
	return s, e
}

// dl14Alert reads a seller pulling a vendor's goods (dl14Pull): a
// registry vendor in the object, else its name as written. A platform's
// pull needs a motive of trust in the title or the lead (it makes goods
// of its own and changes suppliers); a retailer's, a marketplace's or a
// carrier's a motive or goods of a kind beside the name ("Walmart drops
// Tenmark Systems routers": a shop taking a maker's routers off sale is
// told in security news for its trust); a reason of another sense
// anywhere refuses it. It returns the unit when best is
// none, coverage, or the motive's category (compromise, ban, spying) of
// a title no authority acts in.
func (m *Matcher) dl14Alert(title, lead string, hits []hit, question bool, gate *item, best unit) unit {
	if question || !gate.has(gDl14) || best.ok && !best.coverage && !dl14Recat(best.category) && best.category != trust.CategoryDelisting {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	seller, lo, hi, s, e, ok := dl14Pull(words)
	gone := false
	if !ok {
		// "X cameras vanish from Best Buy shelves": the lead's pull;
		// pl15GoneFrom reads its own talk ("no longer available").
		seller, lo, hi, s, e, ok = pl15GoneFrom(words, lead)
		gone = ok
	}
	talk := seller
	if lo > 1 && dl16NoLongerSold[lower(words[lo])] && lower(words[lo-1]) == "longer" {
		talk = min(seller, lo-2) // "no longer sold at": not the talk of a denial
	}
	if !ok || !gone && inWords(words[:talk], dl14Talk) || inWords(words, dl14Other) || inWords(words[:lo], dl14OtherObjects) || inWords(words[hi+1:], dl14OtherObjects) {
		return unit{}
	}
	object := joinSpan(words, s, e-1)
	if best.ok && !best.coverage {
		if best.category == trust.CategoryDelisting && dl14Names(best.vendors, object) {
			return unit{} // read already, its vendor the object's
		}
		// A state's act, read as one elsewhere: an authority acting, or
		// a store carrying out its order ("after government ban"); not
		// a state named in the reason ("over data sent to China").
		// A state's adjective on the seller ("Major US retailers") is
		// no actor.
		before := words[:max(0, min(lo, seller-2))]
		after := words[max(e, hi+1):]
		if inWords(before, authorities) || inWords(words[:lo], nm12StateUsers) ||
			inWords(after, dl14StateOrders) && inWords(after, authorities) {
			return unit{}
		}
	}
	leadWords := gate.words(firstSentence(lead))
	if inWords(leadWords, dl14Other) {
		return unit{}
	}
	m.mark(words, hits)
	// A report of the goods hacked is a retailer's motive; a store's
	// wants more below.
	abroad := pl15SentAbroad(words) || pl15SentAbroad(leadWords) // "sent users' messages to servers in China"
	motive := hasMotive(words) || hasMotive(leadWords) || dl14Foreign(words) || inWords(words, pl15Hacked) || inWords(leadWords, pl15Hacked) || abroad ||
		inWords(words, pl15Listed) || inWords(leadWords, pl15Listed) || dl16Tied(words) || dl16LeadMotive(lead)
	if store := dl14Platforms[lower(words[seller])] || dl14StoreSellers[lower(words[seller])]; store && motive &&
		!dl14Foreign(words) && !dl14Motive(words) && !dl14Motive(leadWords) && !abroad {
		// A store's pull over privacy alone is its own rules ("AI
		// companion app pulled from Google Play over privacy
		// complaints"); spying, malware or a state's reach are trust.
		motive = false
	}
	kind := e < len(words) && pl15SaleNouns[lower(words[e])] // "halts X sales": goods sold
	for _, w := range words[s:e] {
		if techWords[lower(w)] || productClasses[lower(w)] != "" || dl14Kinds[lower(w)] {
			kind = true
		}
	}
	// A store's pull told in the passive with no motive is mostly its
	// own rules ("X extensions removed from Chrome Web Store").
	if !motive && (!dl14Seller(words, seller) || pl15Supplier(words, lo, hi, e)) {
		return unit{} // a partner's tie cut, an operator's or maker's swap, needs its motive of trust
	}
	if !motive && (dl14Platforms[lower(words[seller])] || !kind || seller > lo && dl14StoreSellers[lower(words[seller])]) {
		return unit{}
	}
	for i, w := range words[s:e] {
		if pl15Count(w.text) || dl14Counts[lower(w)] {
			return unit{} // "17 apps removed from Google Play": a wave of bad apps, no vendor's goods
		}
		if lw := lower(w); motiveWords[lw] && !pl15KindWord(words[s:e], i) || malwareWords[lw] || dl14Bad(lw) {
			return unit{} // "Joker spyware apps removed from Google Play": the object is the threat
		}
	}
	if !motive && dl14InState(words[e:]) {
		return unit{} // "Apple and Google remove Navalny app from stores in Russia": a state's censorship
	}
	extra := trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryDelisting, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, false, question, &extra, true)
	var named []trust.VendorHit
	for _, v := range u.vendors {
		if strings.Contains(strings.ToLower(object), strings.ToLower(v.Term)) && !strings.Contains(strings.ToLower(joinSpan(words, seller, seller)), strings.ToLower(v.Term)) {
			named = append(named, v)
		}
	}
	if dl14Platforms[lower(words[seller])] && len(named) == 0 && !dl14Stored(words, hi) {
		// "Mozilla suspends Firefox Send", "Apple stops selling iPhone
		// in China": a platform's own goods, unless the object is
		// another registry vendor's or a store carries it.
		return unit{}
	}
	if len(named) == 0 {
		if !m.rules.AnyVendor {
			return unit{}
		}
		name := objName9(words, s, e)
		across := false
		if !pl15Named(words, s, e) {
			// "Walmart pulls routers after backdoor report" — "The
			// retailer removed Tenmark Systems routers from its stores":
			// the title's goods unnamed, the lead's pull names them.
			if ln := pl15LeadName(words[s:e], leadWords); ln != "" || name == "" {
				name, across = ln, true
			}
		}
		topic := false
		if name == "" {
			// "Arvoro: Best Buy halts sales of cameras over spying
			// fears": the topic before a colon names the goods.
			name = pl15Topic(words, min(seller, lo), lead)
			topic, across = name != "", false
		}
		if name == "" || dl14Seller(gate.words(name), 0) || storeWords[strings.ToLower(name)] || dl14PlatformName(name) {
			return unit{}
		}
		// "Viral AI photo app pulled from App Store": a word capitalised
		// for standing first is no name unless the lead writes it; a
		// second capitalised word of a sentence-case title is evidence.
		titleCase := isTitleCase(words)
		if !across && !topic && (titleCase && !confirmed(name, words, true, leadWords) ||
			(titleCase || !dl14LaterCapital(name)) && startsAsWritten(words, name, leadWords)) {
			return unit{}
		}
		named = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
		if across {
			u.vendors = m.pl15Vendor(name)
			u.category = trust.CategoryDelisting
			u.score = max(u.score, supplyWeight+m.rules.TitleBonus)
			u.ok, u.inTitle, u.coverage, u.across = true, false, false, true
			u.evidence = clean(title) + " — " + clean(firstSentence(lead))
			return u
		}
	}
	u.vendors = named
	u.category = trust.CategoryDelisting
	u.score = max(u.score, supplyWeight+m.rules.TitleBonus)
	u.ok, u.inTitle, u.coverage, u.across = true, true, false, false
	u.evidence = clean(title)
	u.shapeEnd = words[e-1].end // the pull is the news, a clause after it its reason
	return u
}

// dl14LeadName is the name of the goods a lead sentence's own pull
// names ("The retailer removed Tenmark Systems routers from its
// stores"), or "": not its first word, which is capitalised for its
// place.
func dl14LeadName(lw []titleWord) string {
	_, _, _, s, e, ok := dl14Pull(lw)
	if !ok || s == 0 {
		return ""
	}
	return objName9(lw, s, e)
}

// dl14OtherReasons are the reasons of dl14Other that no delisting of
// trust is told with, whoever reads the title: unsafe goods, rules,
// business ("Walmart pulls X space heaters over fire risk").
var dl14OtherReasons = wordSet("recall recalls recalled fire fires overheating overheat hazard",
	"hazards choking injury injuries copyright trademark patent patents gambling payment",
	"payments pricing tariff tariffs shortage discontinued ads advertisements",
	// a list of rank (delist16): "removed from Fortune 500 list"
	"fortune ranking rankings")

// dl14Vetoed reports whether a delisting's title gives a reason of
// another sense (dl14OtherReasons): settle drops it.
func dl14Vetoed(title string, best unit) bool {
	if best.category != trust.CategoryDelisting {
		return false
	}
	return hasWordIn(title, dl14OtherReasons) || hasWordIn(title, dl14Denials) && dl14DeniedPull(titleWords(title)) ||
		pl15Vetoed(title) // pull15.go: a question asked, a store's policy the reason
}

// dl14Denials deny a pull: "Walmart denies it is pulling X phones".
var dl14Denials = wordSet("denies deny denied denying dismisses rebuts refutes")

// dl14DeniedPull reports whether a denial stands before the title's
// first verb of pulling: the seller denies the pull ("Walmart denies
// pulling X"), not the vendor a reason ("Google pulls X app; maker
// denies spying").
func dl14DeniedPull(words []titleWord) bool {
	for _, w := range words {
		lw := lower(w)
		if dl14Denials[lw] {
			return true
		}
		if dl14Verbs[lw] || dl14Halts[lw] || lw == "pulling" || lw == "removing" || lw == "dropping" {
			return false
		}
	}
	return false
}

// dl14Stored reports whether a platform's pull is of what it carries,
// not what it makes: a store or an app's word in the title, or a tie cut
// ("Microsoft ends partnership with X"; hi is the verb's last word).
func dl14Stored(words []titleWord, hi int) bool {
	if lower(words[hi]) == "with" || inWords(words, pl15Programs) {
		return true // a tie cut, a partner program left
	}
	for _, w := range words {
		lw := lower(w)
		if storeWords[lw] && lw != "chrome" && lw != "firefox" && lw != "edge" && lw != "safari" || dl14StoreGoods[lw] {
			return true
		}
	}
	return false
}

// dl14StoreGoods are what a platform's store carries.
var dl14StoreGoods = wordSet(`app apps extension extensions add-on add-ons addon addons plugin
	plugins skill skills game games`)

// dl14InState reports whether words after the object place the pull in a
// state ("in Russia", "in China"): without a motive of trust, a store
// obeying a state's censor.
func dl14InState(words []titleWord) bool {
	for i := 0; i+1 < len(words); i++ {
		if lower(words[i]) == "in" && authorities[lower(words[i+1])] {
			return true
		}
	}
	return false
}

// dl14Foreign reports whether a state's name tells a motive: the goods'
// origin or where their data goes ("Chinese cameras", "over data sent to
// China"), not where the store acts ("in Russia").
func dl14Foreign(words []titleWord) bool {
	for i, w := range words {
		if foreignControl[lower(w)] && (i == 0 || lower(words[i-1]) != "in") {
			return true
		}
	}
	return false
}

// dl14StoreSellers are a seller named by its store's word alone.
var dl14StoreSellers = wordSet("store stores play marketplace marketplaces platform platforms")

// dl14Counts count what was pulled: a wave, not one vendor's goods.
var dl14Counts = wordSet("dozens hundreds thousands millions several multiple numerous more over")

// dl14OS are platforms and systems whose word names the kind of an app
// ("Android apps", "Chrome extensions"), never the vendor pulled.
var dl14OS = wordSet(`android ios windows chrome firefox edge safari google apple microsoft
	mozilla amazon iphone ipad mac macos linux vs vscode npm pypi play web
	wordpress steam xbox playstation alexa`)

// dl14PlatformName reports whether a name opens on a platform's word.
func dl14PlatformName(name string) bool {
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	return dl14OS[first]
}

// dl14Bad reports whether a compound word calls the goods harmful
// ("data-stealing", "malware-laced", "spyware-laden").
func dl14Bad(w string) bool {
	head, tail, ok := strings.Cut(w, "-")
	return ok && (motiveWords[head] || malwareWords[head] || oneOf(tail, "stealing", "laced", "laden", "infected", "ridden"))
}

// dl14LaterCapital reports whether a word after a name's first is
// capitalised as a name's ("Tenmark Systems"), not an acronym of a kind
// ("Viral AI photo app", "Popular VPN") or a state's adjective
// ("Popular Chinese app").
func dl14LaterCapital(name string) bool {
	parts := strings.Fields(name)
	for _, p := range parts[min(1, len(parts)):] {
		if lp := strings.ToLower(p); hasUpperOrDigit(p) && p != strings.ToUpper(p) && !authorities[lp] && !foreignControl[lp] {
			return true
		}
	}
	return false
}

// dl14Motive reports whether words give a motive of trust beyond
// privacy.
func dl14Motive(words []titleWord) bool {
	for _, w := range words {
		if lw := lower(w); motiveWords[lw] && lw != "privacy" {
			return true
		}
	}
	return false
}

// dl14StateOrders are a state's orders a store carries out ("after
// government ban"): the ban is the news, read elsewhere. A listing is
// not one: a retailer dropping a blacklisted vendor's goods is its own
// act ("Best Buy yanks Huawei laptops after US blacklisting").
var dl14StateOrders = wordSet("ban bans banned order orders ordered ruling law")

// dl14Names reports whether one of vs is named in the object.
func dl14Names(vs []trust.VendorHit, object string) bool {
	for _, v := range vs {
		if strings.Contains(strings.ToLower(object), strings.ToLower(v.Term)) || strings.Contains(strings.ToLower(object), strings.ToLower(v.Name)) {
			return true
		}
	}
	return false
}

// dl14Kinds are goods a retailer sells, beside techWords.
var dl14Kinds = wordSet(`webcam webcams doorbell doorbells plug plugs bulbs speakers tvs tablets
	watches trackers thermostats locks monitors printers scooters products goods gear
	handsets kits accessories dashcams baby toys`)

// dl14Recat reports whether a category is a motive's that a seller's pull
// may stand beside: the pull is the news.
func dl14Recat(c trust.Category) bool {
	switch c {
	case trust.CategoryCompromise, trust.CategoryBan, trust.CategoryEspionage, trust.CategoryStateLinks, trust.CategoryDirective,
		trust.CategorySanctions:
		return true
	}
	return false
}
