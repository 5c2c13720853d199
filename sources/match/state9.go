package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A named vendor found able to get into networks or data covertly, told
// by officials, a report or an investigation: "Huawei can covertly access
// mobile networks, U.S. officials say", "ZTE could spy on a carrier's
// customers, leaked audit finds". The finding is the vendor's own reach,
// so the vendor must be the subject, a voice must tell it, and a state or
// a network must be what it reaches: a privacy study ("Google can secretly
// access your location") or attackers using a product are no such tie.
// Data a vendor's product sends to a state reads the same way ("Tuya
// plugs send home data to servers in China, investigation finds"), as the
// repo's sets label it: espionage.

// covertReach are the verbs of reaching in unseen on their own.
var covertReach = wordSet(`eavesdrop eavesdrops eavesdropped eavesdropping spy spies spied spying
	snoop snoops snooped snooping wiretap wiretapped wiretapping`)

// covertAccess are the verbs that reach in unseen after "covertly" or
// "secretly": "can covertly access", "could secretly listen".
var covertAccess = wordSet(`access accesses accessed accessing listen listened listening monitor
	monitors monitored monitoring tap tapped tapping`)

// reachModals stand between the vendor and its verb: "could", "has been
// able to", "was able to".
var reachModals = wordSet(`can could may might would was were is are has have had
	been able to did`)

// findingVoice tells a finding: officials, a report, an audit or an
// investigation saying, finding or alleging it.
var findingVoice = wordSet(`say says said find finds found report reports reported allege
	alleges alleged claim claims claimed warn warns warned according audit
	investigation investigators officials charged admits admitted reveals revealed
	concluded concludes confirms confirmed acknowledges acknowledged`)

// reachTies are what makes the reach a state's or a network's: a state,
// its organs, or the networks and calls a carrier runs.
var reachTies = wordSet(`china chinese beijing russia russian kremlin moscow iran iranian
	tehran government state intelligence military nsa pentagon network networks calls
	carrier carriers carrier's operator operators telecom telecoms`)

// notReachers are subjects and words that make the reach someone else's
// or no finding: attackers, police and spies, malicious code, proposals.
var notReachers = wordSet(`malicious police spies agents propose proposes proposed bill hearing
	hearings could-be if traffic outage bgp`)

// covertReachShape reads a vendor found able to reach in covertly,
// words being a title or a sentence; the vendor is the name before the
// verb and its modals ("Hikvision cameras can secretly access").
func covertReachShape(words []titleWord) (supplyHit, bool) {
	for v := 1; v < len(words); v++ {
		w := words[v].text
		flow := inFold(stateFlowVerbs, w)
		hi := v
		switch {
		case flow && flowsToState(words, v):
		case inFold(covertReach, w):
		case foldAny(w, "covertly", "secretly") && v+1 < len(words) && inFold(covertAccess, words[v+1].text):
			hi = v + 1
		default:
			continue
		}
		s := v
		for k := 0; k < 4 && s > 1 && !words[s-1].stop && inFold(reachModals, words[s-1].text); k++ {
			s--
		}
		n := nameBefore(words, s, true)
		if p := words[s-1].text; !hasUpperOrDigit(p) && !inFold(productWords, p) && !inFold(productNouns, p) &&
			!inFold(deviceWords, p) && !inFold(reachProducts, p) {
			n = "" // "Huawei's rivals could eavesdrop": the name only qualifies who reaches
		}
		if n == "" && flow {
			n = admitter(words) // "Zoom admits some calls were routed through China"
		}
		if n == "" || !hasUpperOrDigit(n) || !vendorName(n) || nationality[strings.ToLower(n)] || platformWords[strings.ToLower(n)] ||
			threatActor(words, n) || describedKind(n) {
			return supplyHit{}, false
		}
		if !inWords(words, findingVoice) || !inWords(words, reachTies) || inWords(words, notReachers) ||
			inWords(words, attackers) || inWords(words, neverTrusted) {
			return supplyHit{}, false
		}
		return supplyHit{category: trust.CategoryEspionage, term: joinSpan(words, v, hi), name: n, lo: v, hi: hi}, true
	}
	return supplyHit{}, false
}

// stateFlowVerbs carry data somewhere: "sent browsing data to servers in
// China", "calls were routed through China".
var stateFlowVerbs = wordSet(`send sends sent sending route routes routed routing transmit
	transmits transmitted transmitting funnel funnels funneled funnelled beam beams
	beamed beaming`)

// flowStates are where a flow ends that makes it a state tie.
var flowStates = wordSet(`china chinese beijing russia russian moscow kremlin iran tehran fsb
	ccp`)

// flowsToState reports whether the flow verb at v reaches a state within
// its clause: "to servers in China", "through China", "to Chinese
// servers".
func flowsToState(words []titleWord, v int) bool {
	for k := v + 1; k < len(words) && k <= v+7; k++ {
		if inFold(flowStates, words[k].text) {
			for p := v + 1; p < k; p++ {
				if foldAny(words[p].text, "to", "through", "via") {
					return true
				}
			}
			return false
		}
		if words[k].stop {
			return false
		}
	}
	return false
}

// admitter is the vendor a title opens with when it admits a flow of its
// own: "Zoom admits some calls were routed through China".
func admitter(words []titleWord) string {
	n := nameAt(words, 0)
	if e := len(strings.Fields(n)); n != "" && e < len(words) &&
		foldAny(words[e].text, "admits", "admitted", "confirms", "confirmed", "acknowledges", "acknowledged") {
		return n
	}
	return ""
}

// flowCues open the supply gate for covertReachShape: the ends of a flow
// to a state ("to servers in China", "through China"; the flow verbs
// themselves are too common a word), and a reach's verb in its phrase.
func flowCues() []string {
	var out []string
	for _, st := range []string{"china", "beijing", "russia", "moscow", "iran"} {
		out = append(out, "to "+st, "through "+st, "via "+st, "servers in "+st)
	}
	out = append(out, "to chinese servers", "to russian servers")
	// A reach's verb is read after a modal or before "on": "spy" alone is
	// too common a word.
	for _, v := range []string{"eavesdrop", "spy", "snoop", "wiretap"} {
		out = append(out, "can "+v, "could "+v, "may "+v, "might "+v, "able to "+v)
	}
	for v := range covertAccess {
		out = append(out, "covertly "+v, "secretly "+v)
	}
	for _, v := range []string{"eavesdropped", "eavesdropping", "spied", "spying", "spies", "snooped", "snooping"} {
		out = append(out, v+" on")
	}
	return out
}

// reachProducts are the products a reach is found in beyond the repo's
// product and device words: "Dahua recorders", "Inspur servers".
var reachProducts = wordSet("camera cameras recorder recorders server servers modem modems",
	"switch switches plug plugs doorbell doorbells antivirus app apps equipment gear",
	"scanner scanners module modules drone drones gimbal router routers base stations",
	// What a service carries: "Zoom calls routed through China".
	"calls meetings chats messages")
