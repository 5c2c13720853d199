package match

import "strings"

// Named-vendor events the backdoor10 shape read but did not alert on,
// for want of a word it knew (recall10_u.tsv, backdoor10_u.tsv): a way in
// the vendor put there under a compound adjective ("ship with
// man-in-the-middle adware"), code called unauthorized in the vendor's
// own finding ("Juniper finds unauthorized code in its firewalls"), the
// harm the way in allows told in a relative clause ("that could decrypt
// VPN traffic"), and the maker as the title's subject when the product
// is "its" ("OnePlus left a hidden root backdoor in its phones").

// rc10Unauthorized say code or access was put in a product without its
// maker's leave: a hidden way in as much as "hidden" says it.
var rc10Unauthorized = wordSet("unauthorized unauthorised")

// rc10Compound reports whether w is a hyphenated adjective of what a
// product came with ("man-in-the-middle adware", "data-stealing
// malware"): a modifier, not the verb the shape looks for.
func rc10Compound(w titleWord) bool {
	return strings.IndexByte(w.text, '-') > 0 && !w.stop && !strings.HasPrefix(lower(w), "anti-")
}

// rc10Effect reports whether the veto word at i stands in a relative
// clause after the way in at lo: "unauthorized code in its firewalls
// that could decrypt VPN traffic" tells what the code allows, not a
// hypothesis about the finding ("Backdoor could be in routers").
func rc10Effect(words []titleWord, lo, i int) bool {
	for k := lo + 1; k < i; k++ {
		if oneOf(lower(words[k]), "that", "which") {
			return true
		}
	}
	return false
}

// rc10OwnSubject finds the maker as the title's subject when the product
// at p is "its" or "their" own: "OnePlus left a hidden root backdoor in
// its phones", "Chipmaker Allwinner left a root backdoor in its Linux
// kernel". The name opens the title, or follows the maker's trade.
func rc10OwnSubject(words []titleWord, p int) string {
	own := false
	for k := max(p-3, 1); k < p; k++ {
		own = own || oneOf(lower(words[k]), "its", "their")
	}
	if !own {
		return ""
	}
	s := 0
	if lw := lower(words[0]); len(words) > 2 && (makerNouns[lw] || strings.HasSuffix(lw, "maker")) {
		s = 1
	}
	n := nameAt(words, s)
	if n == "" || !vendorName(n) || threatActor(words, n) || describedKind(n) || platformName(n) ||
		nationality[strings.ToLower(n)] || authorities[strings.ToLower(n)] || actors[strings.ToLower(n)] {
		return ""
	}
	// The name is the subject only when a verb follows it directly:
	// "Researchers find ..." is no name, "Android TV boxes" a product's.
	e := s + len(strings.Fields(n))
	if e >= len(words) || hasUpperOrDigit(words[e].text) || bd10Products[lower(words[e])] {
		return ""
	}
	return n
}

// rc10HoldObject is the name a lifted hold is on when the title gives it
// after the hold ("lifts suspension of Telegram", "lifts ban on
// Telegram"): shapeObject reads only the words between verb and hold
// ("lifts Telegram ban"). A title with no tech word needs a lead that
// calls the name a product ("the messaging app"): "Court lifts ban on
// Bolsonaro" stays a person's.
func rc10HoldObject(words []titleWord, lo, hi int, lead string) string {
	if lo >= hi || hi+2 >= len(words) || !holds[lower(words[hi])] || words[hi].stop ||
		!oneOf(lower(words[hi+1]), "on", "of", "against") {
		return ""
	}
	n := nameAt(words, hi+2)
	if n == "" || nationality[strings.ToLower(n)] || authorities[strings.ToLower(n)] || actors[strings.ToLower(n)] {
		return ""
	}
	if !techContext(words) && !rc10LeadCallsApp(lead) {
		return ""
	}
	return n
}

// rc10AppNouns are what a lead calls a product a hold was on.
var rc10AppNouns = wordSet("app apps platform service messaging chatbot software network")

// rc10LeadCallsApp reports whether the lead's first sentence names a
// product by its kind: "the messaging app", "the social network".
func rc10LeadCallsApp(lead string) bool {
	return inWords(titleWords(firstSentence(lead)), rc10AppNouns)
}

// rc10Back are a title's words of a product returning or available again.
var rc10Back = wordSet("returns returned return back again")

// rc10StorePlaces are where a product comes back to beyond backPlaces:
// "back on the iPhone".
var rc10StorePlaces = wordSet("iphone iphones android app")

// rc10LeadHolds are the words of a state's hold a lead tells a return
// after: "weeks after it was removed under a federal divest-or-ban law",
// "the concerns that led to a temporary ban".
var rc10LeadHolds = wordSet(`ban banned bans banning blocked blocking block suspension suspended
	removed removal pulled delisted prohibited blacklisted`)

// rc10BackAfterLeadHold finds a product back in a store or available
// again ("TikTok returns to Apple and Google app stores in the US",
// "ChatGPT is available again in Italy") whose lead tells the hold it
// returns from, a state's: backAfterHold reads only a title's "after
// ban". A return with no hold in the lead is business news ("Fortnite
// returns with new season", "WeChat back online after brief outage").
func rc10BackAfterLeadHold(words []titleWord, lead string) (int, int, bool) {
	for v, w := range words {
		lv := lower(w)
		if !rc10Back[lv] || w.stop && lv != "again" || inWords(words[:v], liftTalk) {
			continue
		}
		hi := -1
		if lv == "again" && v > 0 && lower(words[v-1]) == "available" {
			hi = v // "is available again in Italy"
		}
		for k := v + 1; hi < 0 && k < len(words) && k <= v+5; k++ {
			if lk := lower(words[k]); backPlaces[lk] || rc10StorePlaces[lk] {
				hi = k
			}
			if words[k].stop {
				break
			}
		}
		if hi < 0 || lead == "" {
			continue
		}
		lw := titleWords(firstSentence(lead))
		if inWords(lw, rc10LeadHolds) && (stateActor(lw) || inWords(lw, banWord)) {
			return min(v, hi), max(v, hi), true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// rc10HoldMarks are the bytes of a hold with its object after it, which
// rc10HoldObject reads: "suspension of", "ban on".
var rc10HoldMarks = newFoldSubs("suspension of", "suspension on", "ban on ", "ban of ", "bans on ", "restrictions on",
	"sanctions on", "blacklisting of", "prohibition on", "embargo on")

// rc10HoldOpen opens the reversal shapes to a title with no registry
// vendor and no kind of product when a lift verb and a hold with its
// object stand in it ("Brazil's Supreme Court lifts suspension of
// Telegram"): the gate bits first, the bytes only then.
func rc10HoldOpen(title string, g gateBits) bool {
	return g.all(gLift, gLiftObj) && anyFold(title, rc10HoldMarks)
}
