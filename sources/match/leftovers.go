package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// vendorWoundUp reads an order whose object is the vendor itself and
// whose action ends its business: "Canada orders TikTok to shut down
// Canadian business", "FCC orders China Unicom to cease US operations",
// "Canada orders Hikvision to wind up its operations". A state closing a
// vendor's business in its territory restricts the vendor's products
// there: a ban (trust-events.md), not a directive to the product's
// users ("CISA orders agencies to shut down Ivanti appliances", where
// the object is an addressee). lo is the order verb, hi the action.
func vendorWoundUp(words []titleWord, lo, hi int) bool {
	if !woundVerbs[lower(words[hi])] {
		return false
	}
	to := -1
	for k := lo + 1; k < hi; k++ {
		lk := lower(words[k])
		if lk == "to" {
			to = k
			break
		}
		if addressees[lk] || ownUse[lk] || ownPeople[lk] || workforce[lk] {
			return false
		}
	}
	return to > lo+1
}

// woundVerbs end a business rather than a product's use.
var woundVerbs = wordSet("shut cease close dissolve wind halt suspend stop")

// listedMembers reads the vendors a title lists after a plural class
// noun or before "and N other ...": "sanction Russian bulletproof hosting
// firms Media Land and ML.Cloud", "blacklists spyware vendors Intellexa
// and Cytrox", "India bans PUBG, Baidu and 116 other Chinese apps". The
// members named are the action's vendors, not the class's registry
// members nor only the first name the registry knows. It needs two
// names or more, joined by commas and "and", and one of the unit's
// vendors must be a class or a listed name, so a list elsewhere in the
// title ("Security firms CrowdStrike and SentinelOne report earnings")
// only renames an alert already read.
func (m *Matcher) listedMembers(title string, words []titleWord, vs []trust.VendorHit) []trust.VendorHit {
	if len(vs) == 0 {
		return nil
	}
	for k := 0; k+1 < len(words); k++ {
		var names []string
		if pluralGeneric[lower(words[k])] && !words[k].stop {
			names = nameList(title, words, k+1)
		} else if lower(words[k]) == "other" && k >= 3 && isCount(lower(words[k-1])) && lower(words[k-2]) == "and" {
			names = nameListBefore(title, words, k-3)
		}
		if len(names) < 2 {
			continue
		}
		out := make([]trust.VendorHit, 0, len(names))
		keep := false
		for _, n := range names {
			h := m.hitFor(n)
			if !hasVendorNamed(out, h.Name) { // "Intellexa and Cytrox": one registry vendor
				out = append(out, h)
			}
			for _, v := range vs {
				if v.Class != "" || strings.EqualFold(v.Name, h.Name) || looseContains(n, v.Term) {
					keep = true
				}
			}
		}
		if keep {
			return out
		}
	}
	return nil
}

// nameList reads names from word i on, joined by commas and "and".
func nameList(title string, words []titleWord, i int) []string {
	var names []string
	for i < len(words) {
		n := nameAt(words, i)
		if n == "" || actors[strings.ToLower(n)] {
			break
		}
		names = append(names, n)
		e := i + len(strings.Fields(n)) - 1
		switch {
		case e+2 < len(words) && lower(words[e+1]) == "and" && !words[e].stop:
			i = e + 2
		case commaAfter(title, words, e):
			i = e + 1
		default:
			return names
		}
	}
	return names
}

// nameListBefore reads names ending at word j backwards, joined by
// commas: "PUBG, Baidu" before "and 116 other Chinese apps".
func nameListBefore(title string, words []titleWord, j int) []string {
	var names []string
	for j >= 0 {
		n := nameEnding(words, j)
		if n == "" || actors[strings.ToLower(n)] {
			break
		}
		names = append([]string{n}, names...)
		s := j - len(strings.Fields(n)) + 1
		if s < 1 || !commaAfter(title, words, s-1) {
			break
		}
		j = s - 1
	}
	return names
}

func isCount(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return oneOf(w, "several", "many", "dozens", "more", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
}

// pluralGeneric are plural class nouns a list of members may follow.
var pluralGeneric = wordSet(`firms companies makers vendors providers apps giants carriers
	telecoms entities manufacturers chipmakers suppliers brands contractors startups
	developers exchanges services platforms`)

// nonTechTrade reports a title whose names outside the registry are all
// described by a trade that is no technology: "Treasury targets Russian
// disinformation firms Social Design Agency and Structura", "Treasury
// targets crypto mixer used by North Korean hackers" (the lead names
// Sinbad). Sanctions on a propaganda agency or a money launderer judge
// no technology vendor's product (trust-events.md); financialService
// reads the trade beside a name the title gives, this one the trade
// that stands for a name the title leaves to the lead.
func nonTechTrade(title string, vendors []trust.VendorHit) bool {
	if len(vendors) == 0 {
		return false
	}
	words := titleWords(title)
	for _, v := range vendors {
		if v.Class != "" {
			// "Russian disinformation firms": the class names the trade.
			if !inWords(titleWords(v.Class), propagandaWords) && !inWords(titleWords(v.Class), moneyWords) {
				return false
			}
			continue
		}
		if !v.Unlisted {
			return false
		}
		s, _ := findName(words, v.Name)
		if s < 0 {
			// The lead's name: the title's description stands for it
			// ("tax software required by Chinese bank" is software).
			if !inWords(words, moneyWords) && !inWords(words, propagandaWords) || inWords(words, shippedKinds) {
				return false
			}
			continue
		}
		// A later member of a list shares the first one's trade:
		// "disinformation firms Social Design Agency and Structura".
		for s > 0 && s > len(words)-12 && (lower(words[s-1]) == "and" || hasUpperOrDigit(words[s-1].text[:1]) && !words[s-1].marked) &&
			!pluralGeneric[lower(words[s-1])] {
			s--
		}
		trade := false
		for k := max(0, s-3); k < s; k++ {
			if propagandaWords[lower(words[k])] || moneyWords[lower(words[k])] {
				trade = true
			}
		}
		if !trade {
			return false
		}
	}
	return true
}

// propagandaWords are trades of influence, not technology.
var propagandaWords = wordSet("disinformation propaganda influence troll misinformation")
