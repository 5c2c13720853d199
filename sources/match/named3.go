package match

import "strings"

// Named-vendor shapes reported as still missed in this round's batches
// (testdata/named3.tsv).

// groundVerbs are "grounds" and its forms: an authority taking its own
// aircraft out of service.
var groundVerbs = set("grounds", "grounded", "ground", "grounding")

// droneWords are what an authority grounds over a vendor's trust: its
// drones. Aircraft grounded after a crash or an outage ("FAA grounds
// Boeing 737 MAX", "airline grounds flights after IT outage") are safety
// news with no security or foreign-control motive (trust-events.md), so
// only drones make a grounding a ban.
var droneWords = set("drone", "drones", "uav", "uavs", "uas")

// groundsDrones reads the object of an authority's "grounds" at v:
// "Interior Department grounds its fleet of DJI drones", "Pentagon
// grounds Autel drones". A drone word within five words, before any
// clause ends.
//
// The drones' maker must be named ("DJI drones"): a class grounded
// ("grounds Chinese-made drones") is authorityRids' directive
// (classshape.go).
func groundsDrones(words []titleWord, v int) bool {
	named := false
	for k := v + 1; k < len(words) && k <= v+5; k++ {
		lk := strings.ToLower(words[k].text)
		if droneWords[lk] {
			return named
		}
		if _, isC := classCountries[strings.TrimSuffix(lk, "-made")]; hasUpperOrDigit(words[k].text) && !isC {
			named = true
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// turnedCopyAt reports whether words[m] begins a turned copy told with
// no malware noun: "a trojanized build", "backdoored one", "tampered
// version" (the object of swappedChannel's "replaced X installer with").
func turnedCopyAt(words []titleWord, m int) bool {
	if m+1 >= len(words) || words[m].stop || !turnedLead[strings.ToLower(words[m].text)] {
		return false
	}
	n := strings.ToLower(words[m+1].text)
	return copyNouns[n] || n == "one" || n == "ones"
}

// plantedBy reports a backdoor told in the passive as the attackers':
// "backdoor accounts planted by hackers on Ivanti devices", "backdoors
// installed by Chinese spies in Juniper routers". What attackers leave on
// a customer's device is theirs (trust-events.md, "compromise vs use"),
// unless the title names a vendor's channel or shipping.
func plantedBy(title string) bool {
	if !strings.Contains(title, " by ") {
		return false // most titles: no split into words
	}
	words := titleWords(title)
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for v := 1; v+2 < len(words); v++ {
		lv := strings.ToLower(words[v].text)
		if !plantVerbs[lv] && !oneOf(lv, "implanted", "installed", "created", "added", "left", "deployed") ||
			!strings.EqualFold(words[v+1].text, "by") {
			continue
		}
		by := false
		for k := v + 2; k < len(words) && k <= v+4; k++ {
			if lk := strings.ToLower(words[k].text); attackers[lk] || oneOf(lk, "spies", "actors", "intruders") {
				by = true
				break
			}
		}
		if !by {
			continue
		}
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if oneOf(strings.ToLower(words[k].text), "backdoor", "backdoors", "implant", "implants") || accountWords[strings.ToLower(words[k].text)] {
				return true
			}
		}
	}
	return false
}
