package match

import (
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Sellers and partners pulling a vendor's goods in the wordings delist14's
// reader did not hold (pull15): real news writes the sale noun after the
// vendor ("Best Buy halts Arvoro sales"), takes goods off shelves
// ("Walmart takes X routers off its shelves"), has a handset maker drop
// what it preinstalls ("Samsung removes X antivirus from its phones",
// "stops preinstalling X") and a telecom operator rip out or replace a
// vendor's gear ("BT to strip X equipment from its network", "SoftBank to
// replace X gear"). Each shape hands dl14Alert the same spans as
// dl14Pull's own (seller, verb, object), so the motive, look-alike and
// naming checks stay one. A maker or an operator is no seller: dl14Alert
// wants its motive of trust, as for a partner cutting ties, since
// suppliers are changed for price as often (trust-events.md: the news is
// trust withdrawn).

// pl15SaleNouns stand after the vendor a seller stops: "halts X sales",
// "suspends X shipments".
var pl15SaleNouns = wordSet("sales shipments supplies deliveries orders purchases")

// pl15Devices are a maker's own devices its bundled goods come off.
var pl15Devices = wordSet(`phones smartphones devices handsets laptops tvs pcs computers tablets
	network networks`)

// pl15Gear are the goods an operator rips out: "X equipment", "X gear".
var pl15Gear = wordSet(`equipment gear kit hardware components stations antennas software cameras
	routers modems products technology chips`)

// pl15Preinstall are a maker's bundling, stopped: "stops preinstalling X".
var (
	pl15Preinstall  = wordSet("preinstalling pre-installing bundling preloading pre-loading shipping")
	pl15Preinstalls = wordSet("preinstall pre-install bundle preload pre-load ship")
	// pl15Using are an operator's use, stopped: "stops using X gear".
	pl15Using = wordSet("using buying deploying installing purchasing")
	// pl15Swaps take gear out: "strips", "replaces", "rips out",
	// "swaps out".
	pl15Swaps = wordSet(`strips strip stripping replaces replace replacing rips rip ripping
		swaps swap swapping`)
	// pl15Shelves are where a seller takes goods off: "off its shelves".
	pl15Shelves = wordSet(`shelves shelf store stores site website websites sale marketplace
		platform market`)
)

// pl15Gate holds the words pl15's shapes start from that dl14Gate lacks:
// "stops using" and "stops preinstalling" open on dl14Halts, "no longer
// available" on "longer", "takes X off" on "takes"; common words
// ("using", "off", "available", "orders") would send most titles to the
// reader.
var pl15Gate = union(pl15Swaps, pl15Gone, pl15Delays, wordSet("shipments supplies"))

// pl15Delays and pl15Launches put off a vendor's goods coming to a
// seller: "Japanese carriers delay Huawei phone launch". A launch is
// delayed for business as often, so pl15Supplier wants its motive.
var (
	pl15Delays   = wordSet("delay delays delayed postpone postpones postponed cancel cancels")
	pl15Launches = wordSet("launch launches release releases rollout debut")
)

// pl15Gone tell goods gone from a seller: "X cameras vanish from Best
// Buy shelves".
var pl15Gone = wordSet("vanish vanishes vanished disappear disappears disappeared gone")

// pl15Shape reads the verb at v (lv its lower case) as one of pull15's
// shapes: the seller's index, the verb's span [lo, hi] and the object's
// [s, e).
func pl15Shape(words []titleWord, v int, lv string) (seller, lo, hi, s, e int, ok bool) {
	n := len(words)
	lo, hi = v, v
	switch {
	case pl15Delays[lv] || dl14Halts[lv] && pl15LaunchAt(words, v) > 0:
		// "delay X phone launch": the goods named before their launch
		j := pl15LaunchAt(words, v)
		if j < 0 || !pl15Named(words, v+1, j) {
			return
		}
		s, e = v+1, j
	case dl14Halts[lv]:
		// "halts X sales": the object between the verb and its noun,
		// a name.
		j := v + 1
		for j < n && j <= v+5 && !pl15SaleNouns[lower(words[j])] && !words[j].stop {
			j++
		}
		if j >= n || j == v+1 || !pl15SaleNouns[lower(words[j])] || !pl15Named(words, v+1, j) {
			// "halts new sales", "halts Russia sales": no goods named,
			// a market left; "pauses X equipment": an operator's gear
			// paused (delist16), a supplier's change wanting its motive
			// (pl15Supplier)
			if s, e = dl14Object(words, v+1); !oneOf(lv, "pauses", "pause", "paused", "freezes", "freeze", "froze") ||
				e <= s || !pl15HasGear(words[s:e]) || !pl15Named(words, s, e) {
				return
			}
			break
		}
		s, e = v+1, j
	case pl15Using[lv] || pl15Preinstall[lv]:
		// "stops using X gear", "stops preinstalling X"
		if v < 2 || !dl14Halts[lower(words[v-1])] {
			return
		}
		lo = v - 1
		s, e = dl14Object(words, v+1)
		if pl15Using[lv] && !pl15HasGear(words[s:e]) {
			return
		}
	case pl15Preinstalls[lv]:
		// "will no longer preinstall X"
		if v < 3 || lower(words[v-1]) != "longer" || lower(words[v-2]) != "no" {
			return
		}
		lo = v - 2
		s, e = dl14Object(words, v+1)
	case pl15Swaps[lv]:
		// "rips out X gear", "replaces X gear", "strips X equipment
		// from its network": the goods an operator takes out.
		if oneOf(lv, "rips", "rip", "ripping", "swaps", "swap", "swapping") {
			if v+1 >= n || lower(words[v+1]) != "out" {
				return
			}
			hi = v + 1
		}
		s, e = dl14Object(words, hi+1)
		if !pl15HasGear(words[s:e]) {
			return
		}
	case dl14Verbs[lv] || lv == "take" || lv == "takes" || lv == "took" || lv == "taking":
		// "takes X off its shelves", "removes X from its phones",
		// "drops X as member"
		s, e = dl14Object(words, v+1)
		if e >= n || !pl15OffShelves(words, e) && !pl15FromDevices(words, e) && !pl15AsMember(words, e) {
			return
		}
	default:
		return
	}
	if e <= s {
		return
	}
	k := lo - 1
	for k > 0 && (dl14Aux[lower(words[k])] || pl15Reported(words, k)) && !words[k].stop {
		k--
	}
	if k < 0 || words[k].stop || !dl14Seller(words, k) && !pl15Partner(words, k) {
		return
	}
	return k, lo, hi, s, e, true
}

// pl15Passive reads "X sales halted at Walmart": the sale noun after
// the object, the seller after the verb at v.
func pl15Passive(words []titleWord, v int, lv string) (seller, lo, hi, s, e int, ok bool) {
	n := len(words)
	if v < 2 || !oneOf(lv, "halted", "suspended", "stopped", "paused", "frozen") ||
		!pl15SaleNouns[lower(words[v-1])] || v+1 >= n || !oneOf(lower(words[v+1]), "at", "by") {
		return
	}
	for j := v + 2; j < n && j <= v+5; j++ {
		if dl14Seller(words, j) {
			seller = j
			break
		}
		if words[j].stop {
			return
		}
	}
	if seller == 0 {
		return
	}
	e = v - 1
	for s = e - 1; s > 0 && !words[s-1].stop && s > e-5; s-- {
	}
	if !hasUpperOrDigit(joinSpan(words, s, e-1)) {
		return
	}
	return seller, v, v + 1, s, e, true
}

// pl15OffShelves reports whether the words from e put the object off a
// seller's shelves: "off (its|their|the) shelves|store|site".
func pl15OffShelves(words []titleWord, e int) bool {
	if lower(words[e]) != "off" {
		return false
	}
	for j := e + 1; j < len(words) && j <= e+3; j++ {
		if pl15Shelves[lower(words[j])] {
			return true
		}
	}
	return false
}

// pl15FromDevices reports whether the words from e take the object off
// a maker's own devices or an operator's network: "from its phones",
// "from its core network", "from phones sold in India".
func pl15FromDevices(words []titleWord, e int) bool {
	if lower(words[e]) != "from" || e+1 >= len(words) {
		return false
	}
	if !oneOf(lower(words[e+1]), "its", "their") {
		return pl15Devices[lower(words[e+1])] // a determiner or the devices at once
	}
	for j := e + 2; j < len(words) && j <= e+5; j++ {
		if pl15Devices[lower(words[j])] {
			return true
		}
		if words[j].stop {
			break
		}
	}
	return false
}

// pl15HasGear reports whether an object names goods of a kind an
// operator or maker takes out, so "replaces passwords" is not read.
func pl15HasGear(words []titleWord) bool {
	for _, w := range words {
		lw := lower(w)
		if pl15Gear[lw] || techWords[lw] || dl14Kinds[lw] {
			return true
		}
	}
	return false
}

// pl15Operators name a partner by its kind: "Telecom operator".
var pl15Operators = wordSet(`operator operators telco telcos telecom telecoms carrier carriers
	maker makers manufacturer manufacturers partner partners distributor distributors
	reseller resellers firm company`)

// pl15Partner reports whether words[k] names a partner: an operator's
// or maker's word, or a name (capitalised, not the title's first word
// alone when it is a common word: "Company" opens many titles).
func pl15Partner(words []titleWord, k int) bool {
	lk := lower(words[k])
	if pl15Operators[lk] {
		return true
	}
	return hasUpperOrDigit(words[k].text) && !authorities[lk] && !foreignControl[lk] && !attackerNouns[lk]
}

// pl15Hacked are a report of the goods broken into: a motive a retailer
// pulls goods for ("after hacking report"), not a store's (an app
// pulled over a flaw is its own rules as often).
var pl15Hacked = wordSet(`hacking hack hacks hackers hackable flaw flaws vulnerabilities insecure
	backdoor backdoors breach`)

// pl15TargetListed reports whether "Target" at k is a seller named after
// another ("Walmart, Target pull", "Walmart and Target pull"): the verb
// "target" never follows a seller so.
func pl15TargetListed(words []titleWord, k int) bool {
	if k >= 1 && words[k-1].stop && !words[k-1].dash {
		return dl14Seller(words, k-1)
	}
	return k >= 2 && oneOf(lower(words[k-1]), "and", "&") && dl14Seller(words, k-2)
}

// pl15Kinds are motive words that name a kind of goods before a goods
// word: "security cameras", "surveillance cameras", "privacy screen".
var pl15Kinds = wordSet("security surveillance privacy data")

// pl15KindWord reports whether object[i] is a kind's word before goods
// ("Arvoro security cameras kicked off Amazon"), not the goods' threat.
func pl15KindWord(object []titleWord, i int) bool {
	return pl15Kinds[lower(object[i])] && i+1 < len(object) && pl15HasGear(object[i+1:i+2])
}

// pl15Programs are a platform's partner programs: "Microsoft drops X
// from its partner program" is a tie cut, not its own goods dropped.
var pl15Programs = wordSet("program programme programs initiative alliance partnership")

// pl15Named reports whether the object words[s:e] holds a name: a
// capitalised word other than a state's ("Russian antivirus software",
// "Chinese equipment" name none; the lead may), a kind's acronym ("VPN")
// or the title's first, capitalised for its place ("Popular VPN app
// pulled from Google Play"). A name it misses stays the title's when
// the lead gives none.
func pl15Named(words []titleWord, s, e int) bool {
	for i := max(s, 1); i < e; i++ {
		if lw := lower(words[i]); hasUpperOrDigit(words[i].text) && !foreignControl[lw] && !authorities[lw] && !pl15HasGear(words[i:i+1]) {
			return true
		}
	}
	return false
}

// pl15Reported reports whether words[k] is "would" of reported speech
// ("Vodafone said it would remove X gear", a lead's wording), not a
// title's hypothesis ("Walmart would pull X").
func pl15Reported(words []titleWord, k int) bool {
	return lower(words[k]) == "would" && k > 1 && oneOf(lower(words[k-1]), "it", "they")
}

// pl15GoneFrom reads goods gone from a seller ("X cameras vanish from Best
// Buy shelves", "X routers no longer available at Walmart") as a pull
// when the lead's first sentence tells one ("The retailer stopped
// selling the cameras"): the spans as dl14Pull's, the verb the gone
// word's.
func pl15GoneFrom(words []titleWord, lead string) (seller, lo, hi, s, e int, ok bool) {
	n := len(words)
	for v := 1; v+1 < n; v++ {
		lv := lower(words[v])
		gone := pl15Gone[lv] ||
			lv == "available" && v >= 2 && lower(words[v-1]) == "longer" && lower(words[v-2]) == "no"
		if !gone || !oneOf(lower(words[v+1]), "from", "at", "on", "in") {
			continue
		}
		for j := v + 2; j < n && j <= v+5; j++ {
			if dl14Seller(words, j) {
				seller = j
				break
			}
			if words[j].stop {
				break
			}
		}
		if seller == 0 {
			return
		}
		e = v
		for e > 0 && oneOf(lower(words[e-1]), "no", "longer", "is", "are", "now") {
			e--
		}
		for s = e - 1; s > 0 && !words[s-1].stop && s > e-5; s-- {
		}
		if s < 0 || e <= s || inWords(words[:s], dl14Talk) {
			return
		}
		if _, _, _, _, _, pulled := dl14Pull(titleWords(firstSentence(lead))); !pulled {
			return
		}
		return seller, v, v + 1, s, e, true
	}
	return
}

// pl15LeadName is the name a lead gives the title's unnamed goods: its
// own pull's object (dl14LeadName) when the title writes goods of a kind
// alone or a state's ("pulls routers", "Russian antivirus software"),
// else a name opening the lead before a goods word of the title's object
// ("Popular VPN app pulled from Google Play" — "Arvoro VPN, installed ten
// million times, ..."). A kind written capitalised ("VPN apps") takes no
// name from the lead's own pull: a store's pull of such apps told there
// is as often a state's order of censorship.
func pl15LeadName(object, lw []titleWord) string {
	kindOnly := !slices.ContainsFunc(object, func(w titleWord) bool {
		return hasUpperOrDigit(w.text) && !foreignControl[lower(w)] && !authorities[lower(w)]
	})
	if name := dl14LeadName(lw); name != "" && kindOnly {
		return name
	}
	if len(lw) == 0 {
		return ""
	}
	name := nameAt(lw, 0)
	if name == "" {
		return ""
	}
	k := len(strings.Fields(name))
	if k >= len(lw) || !pl15HasGear(lw[k:k+1]) {
		return ""
	}
	for _, w := range object {
		if lower(w) == lower(lw[k]) {
			return name
		}
	}
	return ""
}

// pl15Supplier reports whether a pull's verb (words[lo..hi]) or the
// place after its object (from e) tells a supplier changed rather than
// goods taken off sale: "stops using", "replaces", "rips out", "stops
// preinstalling", "from its network". A carrier that sells phones
// (Vodafone) changes gear for price as often as for trust.
func pl15Supplier(words []titleWord, lo, hi, e int) bool {
	for _, w := range words[lo : hi+1] {
		if lw := lower(w); pl15Using[lw] || pl15Swaps[lw] || pl15Preinstall[lw] || pl15Preinstalls[lw] {
			return true
		}
	}
	if lo == hi && oneOf(lower(words[lo]), "pauses", "pause", "paused", "freezes", "freeze", "froze") && !(e < len(words) && pl15SaleNouns[lower(words[e])]) {
		return true // "pauses X equipment": gear paused, not goods off sale
	}
	return e < len(words) && (pl15FromDevices(words, e) || pl15Launches[lower(words[e])])
}

// pl15Vendor is the registry vendor a lead's name is written as
// ("Zoom Video Communications" is Zoom), else the name as an unlisted vendor: the
// lead's hits are not dl14Alert's, so the name is scanned alone.
func (m *Matcher) pl15Vendor(name string) []trust.VendorHit {
	return m.registryOr(name, m.ac.scan(scanState{grow: true}, name).hits)
}

// pl15Asks open a question that asks whether a pull should or will be
// made: "Should retailers pull TP-Link routers off their shelves?" is
// commentary, no seller's act.
var pl15Asks = wordSet("should will would could can why how is are does do what must")

// pl15Vetoed reports whether a delisting's title is a question asking
// for the pull, or gives the store's policy as its only reason ("Google
// pulls Remove China Apps from Play Store for violating policy"): its
// own rules, no trust withdrawn, unless a motive of trust stands beside.
func pl15Vetoed(title string) bool {
	words := titleWords(title)
	if len(words) == 0 {
		return false
	}
	if isQuestion(title) && pl15Asks[lower(words[0])] {
		return true
	}
	return inWords(words, stPolicy9) && !hasMotive(words)
}

// pl15Sends move users' data somewhere: "sent", "routed", "uploaded".
var pl15Sends = wordSet(`sent sends send sending routed routes routing transferred transfers
	transferring uploaded uploads uploading funneled funnelled beamed shipped`)

// pl15SentAbroad reports whether words tell goods sending something to a
// state of foreign control ("sent users' messages to servers in China",
// "routed traffic through Russia"): a motive of trust however the data
// is named, where dl14Foreign leaves "in China" to the store's place.
func pl15SentAbroad(words []titleWord) bool {
	for i, w := range words {
		if !pl15Sends[lower(w)] {
			continue
		}
		for _, x := range words[i+1 : min(len(words), i+9)] {
			if foreignControl[lower(x)] {
				return true
			}
		}
	}
	return false
}

// pl15Topic is a name standing alone before a colon ahead of the pull
// (before word end) that the lead writes again: "Arvoro: Best Buy halts
// sales of cameras over spying fears" — "Best Buy has stopped selling
// Arvoro cameras". A label ("Exclusive:") is headline's to strip; a
// generic word is no name (nameSpan); a season ("Black Friday:") is not
// in the lead.
func pl15Topic(words []titleWord, end int, lead string) string {
	for j := 0; j < end && j < 3; j++ {
		if words[j].stop {
			if words[j].dash || j+1 >= end {
				return ""
			}
			if name := nameSpan(words, 0, j); name != "" && strings.Contains(firstSentence(lead), name) {
				return name
			}
			return ""
		}
		if !hasUpperOrDigit(words[j].text) {
			return ""
		}
	}
	return ""
}

// pl15LaunchAt is the index of a launch noun two to five words after v
// ("delay Huawei phone launch"), or -1.
func pl15LaunchAt(words []titleWord, v int) int {
	for j := v + 2; j < len(words) && j <= v+5; j++ {
		if pl15Launches[lower(words[j])] {
			return j
		}
		if words[j].stop {
			break
		}
	}
	return -1
}

// pl15Listed are a vendor's listing by a state, a motive a seller or
// partner acts on ("after US blacklisting").
var pl15Listed = wordSet("blacklist blacklisted blacklisting blacklists entity")

// pl15AsMember reports whether the words from e drop the object as a
// partner of the actor: "Wi-Fi Alliance drops Huawei as member".
func pl15AsMember(words []titleWord, e int) bool {
	return e+1 < len(words) && lower(words[e]) == "as" &&
		oneOf(lower(words[e+1]), "member", "members", "partner", "partners", "supplier", "suppliers", "vendor", "customer")
}

// pl15Count reports whether a word is a count ("17", "1,200"), not a
// kind that opens on a digit ("4G", "5G").
func pl15Count(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != ',' {
			return false
		}
	}
	return true
}
