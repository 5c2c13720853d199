package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Shapes of state ties, reversals by a court, and the look-alikes of
// delisting and reversal news that security outlets print beside them:
// data found flowing to a state, a vendor said to aid a state's military
// or intelligence, a court undoing an order or a listing, a vendor
// winning one; and, as vetoes, a ban's deadline pushed back and a
// vendor's staff (not the vendor) accused of spying.

// dataToState finds a vendor's data found going to a state: "DeepSeek app
// sends user data to China Mobile", "TikTok user data repeatedly accessed
// from China", "Unitree robots secretly send data to Chinese servers".
// A word of data, a verb of flow within three words of it (either side),
// and a state's name within three words after the verb's preposition.
// Returns the data word's index and the state's.
func dataToState(words []titleWord) (int, int, bool) {
	for d, w := range words {
		if !dataNouns[lower(w)] {
			continue
		}
		for v := max(0, d-3); v < len(words) && v <= d+3; v++ {
			if v == d || !flowVerbs[lower(words[v])] {
				continue
			}
			for p := v + 1; p < len(words) && p <= v+3; p++ {
				switch lower(words[p]) {
				case "to", "from", "with", "in", "through", "via":
				default:
					continue
				}
				for s := p + 1; s < len(words) && s <= p+3; s++ {
					if foreignControl[lower(words[s])] || stateWords[lower(words[s])] && lower(words[s]) != "state" {
						return min(d, v), s, true
					}
					if words[s].stop {
						break
					}
				}
				break
			}
		}
	}
	return 0, 0, false
}

var (
	dataNouns = wordSet(`data information info telemetry recordings messages chats keystrokes
		contacts location locations footage video videos audio photos traffic logs
		prompts queries conversations`)  // an AI app's prompts are its users' data (leftovers2)
	flowVerbs = wordSet(`flow transmit go leak upload sends send sent sending transmits transmit transmitted transmitting
		shares share shared sharing accessed flows flowed flowing routed routes route routing beams
		uploads uploaded funnels funneled funnelled siphons siphoned stored stores goes
		went leaks leaked exfiltrates exfiltrated handed hands
		transfers transferred transferring transfer`)  // "DeepSeek transferred user prompts to" (authority4)
)

// aidsState finds a vendor said to serve a state's military or
// intelligence: "DeepSeek aids China's military and intelligence
// operations, US official says", "Treasury says Positive Technologies
// works for FSB". An authority or investigator speaks in the title; the
// state's word stands within four words of the verb. Returns the verb's
// index and the state word's.
func aidsState(words []titleWord) (int, int, bool) {
	if !inWords(words, authorities) && !inWords(words, investigators) {
		return 0, 0, false
	}
	for v := 1; v < len(words); v++ {
		lv := lower(words[v])
		if !aidVerbs[lv] {
			continue
		}
		k := v + 1
		if (lv == "works" || lv == "worked" || lv == "spies" || lv == "spied") && k < len(words) && lower(words[k]) == "for" {
			k++
		}
		for s := k; s < len(words) && s <= k+3; s++ {
			// A foreign state's organ ("China's military", "FSB"), or the
			// state's seat ("Beijing", "the Kremlin"): "helps Ukraine's
			// military" is not a tie to a state that distrusts a vendor.
			ls := strings.TrimSuffix(strings.TrimSuffix(lower(words[s]), "'s"), "’s")
			if foreignControl[ls] && s+1 < len(words) && stateOrgans[lower(words[s+1])] || stateSeats[ls] {
				return v, s, true
			}
			if words[s].stop {
				break
			}
		}
	}
	return 0, 0, false
}

var (
	aidVerbs    = wordSet("aids aided helps helped supports supported assists assisted serves works worked spies spied backs")
	stateOrgans = wordSet(`military army intelligence fsb gru svr mss pla spies spy government
		security police state`)
	stateSeats = wordSet("beijing kremlin moscow tehran pyongyang fsb gru svr mss pla ccp")
)

// courtUndoes finds a court undoing an order, listing or ban: "Court
// quashes Canada's order to shut down Hikvision's Canadian business",
// "Appeals court vacates FCC designation of ...", or a vendor winning a
// court's order against one: "Luokung wins court order halting Pentagon
// blacklisting". Not an infinitive ("asks court to overturn", "sues to
// block"): a request is not a decision. Returns the verb's index and the
// undone action's.
func courtUndoes(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		lv := lower(words[v])
		if lv == "wins" || lv == "won" || lv == "secures" || lv == "gets" {
			for n := v + 1; n < len(words) && n <= v+3; n++ {
				if !courtWins[lower(words[n])] {
					continue
				}
				for k := n + 1; k < len(words) && k <= n+4; k++ {
					if undoneActions[lower(words[k])] {
						return v, k, true
					}
				}
			}
			continue
		}
		if !courtUndoVerbs[lv] || lower(words[v-1]) == "to" || !courts[lower(words[v-1])] && !inWords(words[max(0, v-3):v], courts) {
			continue
		}
		if (lv == "sets" || lv == "set") && (v+1 >= len(words) || lower(words[v+1]) != "aside") {
			continue // "court sets hearing on TikTok ban"
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			lk := lower(words[k])
			if lk == "injunction" || lk == "stay" || lk == "injunctions" {
				break // "overturns injunction against ban": the ban restored
			}
			if undoneActions[lk] || lk == "order" || lk == "orders" {
				return v, k, true
			}
		}
	}
	return 0, 0, false
}

var (
	courtUndoVerbs = wordSet(`quashes quashed overturns overturned vacates vacated annuls annulled
		invalidates invalidated voids voided strikes struck tosses tossed overrules
		overruled sets set blocks blocked halts halted enjoins enjoined`)
	courtWins     = wordSet("court injunction ruling reprieve appeal case lawsuit challenge order stay")
	undoneActions = wordSet(`ban bans banning blacklisting blacklist designation listing delisting
		sanctions restrictions curbs`)
)

// dataOwner reads whose data flows: the name right before the shape, past
// up to two words of description ("TikTok user data", "DeepSeek app
// sends"), else a name opening the title as its subject ("Unitree
// humanoid robots secretly send data"). A store where apps are found is
// no owner ("Apps on Google Play send your data to China").
func dataOwner(words []titleWord, i int) string {
	n := nameBefore(words, i, true)
	if n == "" || !hasUpperOrDigit(n) {
		n = objectName(words, 0, min(i, 1))
	}
	for _, w := range strings.Fields(n) {
		if storeOwners[strings.ToLower(w)] || storeWords[strings.ToLower(w)] {
			return ""
		}
	}
	return n
}

// storeHold reads a store pulling or holding a vendor's product in a
// title whose strongest word is the motive ("Apple suspends WeChat in app
// store over spying concerns"): the store's action is the news, the spying
// its reason. The words of the shape, or "".
func storeHold(words []titleWord) string {
	name, cat, asked, end, ok := removalShape(words)
	if !ok || asked || cat != trust.CategoryDelisting || name == "" {
		return ""
	}
	for v := range words[:end] {
		if lv := lower(words[v]); removeVerbs[lv] || storeHolds[lv] || gone[lv] {
			return joinSpan(words, v, end)
		}
	}
	return ""
}

// banDelayed reads a ban's deadline or enforcement pushed back: "Trump
// extends TikTok ban deadline by another 90 days", "Commerce delays
// enforcement of Kaspersky ban". The ban stands; its date moved, which is
// not a new ban nor its reversal.
func banDelayed(words []titleWord) bool {
	for v, w := range words {
		switch lower(w) {
		case "extends", "extended", "extending", "delays", "delayed", "delaying", "postpones", "postponed",
			"pushes", "pushed", "defers", "deferred":
		default:
			continue
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			if lk := lower(words[k]); lk == "deadline" || lk == "enforcement" || lk == "deadlines" {
				return true
			}
			if words[k].stop || clauseTurns[lower(words[k])] {
				break
			}
		}
	}
	return false
}

// staffAccused reads a vendor's employee arrested or charged as a spy:
// "Huawei employee arrested in Poland on spying charges". The accused is
// a person, not the vendor (trust-events.md); the vendor named only as
// the employer.
func staffAccused(words []titleWord) bool {
	for i, w := range words {
		if !staffNouns[lower(w)] || i == 0 {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if accusedVerbs[lower(words[k])] {
				return true
			}
		}
	}
	return false
}

var (
	staffNouns = wordSet(`employee employees engineer engineers executive executives staffer
		staffers worker workers ex-employee manager director researcher insider`)
	accusedVerbs = wordSet(`arrested charged indicted convicted sentenced detained jailed accused
		held expelled`)
)

// dropsPlan finds a buyer giving up a plan to use a vendor's product:
// "Apple drops plan to use memory chips from China's YMTC", "Telekom
// scraps plans to buy Huawei 5G gear". The caller wants a motive of trust
// in the title or lead (a plan dropped for its cost is business). Returns
// the verb's index and the using verb's.
func dropsPlan(words []titleWord) (int, int, bool) {
	for v := 1; v+3 < len(words); v++ {
		if !planDrops[lower(words[v])] {
			continue
		}
		p := v + 1
		if p+1 < len(words) && lower(words[p]) != "plan" && lower(words[p]) != "plans" {
			p++ // "shelves its plan", "drops earlier plans"
		}
		if lw := lower(words[p]); lw != "plan" && lw != "plans" || p+2 >= len(words) || lower(words[p+1]) != "to" ||
			!buyVerbs[lower(words[p+2])] {
			continue
		}
		return v, p + 2, true
	}
	return 0, 0, false
}

var (
	planDrops = wordSet(`drops dropped scraps scrapped abandons abandoned shelves shelved halts
		halted ditches ditched cancels cancelled canceled pauses paused axes axed`)
	buyVerbs = wordSet("use buy purchase source procure deploy install add adopt order")
)

// productOwner reads the maker's name among words[s:e], past a state's
// name or an authority's ("memory chips from China's YMTC").
func productOwner(words []titleWord, s, e int) string {
	for i := s; i < e; i++ {
		lw := strings.TrimSuffix(strings.TrimSuffix(lower(words[i]), "'s"), "’s")
		if !hasUpperOrDigit(words[i].text) || foreignControl[lw] || authorities[lw] {
			continue
		}
		return objectName(words, i, e)
	}
	return ""
}

// unavailableIn finds a vendor's product gone from a store without a verb
// of removal: "Kaspersky apps no longer available on Google Play". The
// caller wants a motive for a name outside the registry (a vendor retiring
// its own app says so too). Returns where the name ends and where the
// store word stands.
func unavailableIn(words []titleWord) (int, int, bool) {
	for i, w := range words {
		n := i
		switch lower(w) {
		case "unavailable":
		case "available":
			if i < 2 || lower(words[i-1]) != "longer" || lower(words[i-2]) != "no" {
				continue
			}
			n = i - 2
		default:
			continue
		}
		for n > 0 && n > i-4 && oneOf(lower(words[n-1]), "is", "are", "now", "been", "has", "have") {
			n-- // "DeepSeek is now unavailable"
		}
		if i+1 >= len(words) || !oneOf(lower(words[i+1]), "on", "in", "from", "at") {
			continue
		}
		for k := i + 2; k < len(words) && k <= i+5; k++ {
			if storeWords[lower(words[k])] || stores[lower(words[k])] {
				return n, k, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// offList finds a vendor taken off a blacklist, its name before the verb:
// "Luokung taken off Pentagon blacklist", "Xiaomi removed from US
// military list". Returns the verb's index and the list word's.
func offList(words []titleWord) (int, int, bool) {
	for v := 1; v+1 < len(words); v++ {
		lv := lower(words[v])
		switch {
		case lv == "off" && (offVerbs[lower(words[v-1])] || takenOffNamed(words, v)): // "orders Luokung off the list" (leftovers3)
		case (lv == "removed" || lv == "delisted" || lv == "dropped" || lv == "struck") && lower(words[v+1]) == "from":
		default:
			continue
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			lk := lower(words[k])
			if lk == "blacklist" || lk == "entity" || lk == "sanctions" || listingList(words, k) ||
				(lk == "list" || lk == "lists") && inWords(words[v+1:k], listOwners) {
				return v, k, true
			}
			if words[k].stop || clauseTurns[lk] {
				break
			}
		}
	}
	return 0, 0, false
}

// listOwners keep the lists a vendor is taken off.
var listOwners = wordSet("pentagon dod commerce treasury fcc covered military blacklist sanctions")
