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

// covertReach are the verbs of reaching in unseen on their own.
var covertReach = set("eavesdrop", "eavesdrops", "eavesdropped", "eavesdropping", "spy", "spies", "spied", "spying",
	"snoop", "snoops", "snooped", "snooping", "wiretap", "wiretapped", "wiretapping")

// covertAccess are the verbs that reach in unseen after "covertly" or
// "secretly": "can covertly access", "could secretly listen".
var covertAccess = set("access", "accesses", "accessed", "accessing", "listen", "listened", "listening", "monitor",
	"monitors", "monitored", "monitoring", "tap", "tapped", "tapping")

// reachModals stand between the vendor and its verb: "could", "has been
// able to", "was able to".
var reachModals = set("can", "could", "may", "might", "would", "was", "were", "is", "are", "has", "have", "had",
	"been", "able", "to", "did")

// findingVoice tells a finding: officials, a report, an audit or an
// investigation saying, finding or alleging it.
var findingVoice = set("say", "says", "said", "find", "finds", "found", "report", "reports", "reported", "allege",
	"alleges", "alleged", "claim", "claims", "claimed", "warn", "warns", "warned", "according", "audit",
	"investigation", "investigators", "officials", "charged", "admits", "admitted", "reveals", "revealed",
	"concluded", "concludes")

// reachTies are what makes the reach a state's or a network's: a state,
// its organs, or the networks and calls a carrier runs.
var reachTies = set("china", "chinese", "beijing", "russia", "russian", "kremlin", "moscow", "iran", "iranian",
	"tehran", "government", "state", "intelligence", "military", "nsa", "pentagon", "network", "networks", "calls",
	"carrier", "carriers", "carrier's", "operator", "operators", "telecom", "telecoms")

// notReachers are subjects and words that make the reach someone else's
// or no finding: attackers, police and spies, malicious code, proposals.
var notReachers = set("malicious", "police", "spies", "agents", "propose", "proposes", "proposed", "bill", "hearing",
	"hearings", "could-be", "if")

// covertReachShape reads a vendor found able to reach in covertly,
// words being a title or a sentence; the vendor is the name before the
// verb and its modals ("Hikvision cameras can secretly access").
func covertReachShape(words []titleWord) (supplyHit, bool) {
	for v := 1; v < len(words); v++ {
		lw := strings.ToLower(words[v].text)
		hi := v
		switch {
		case covertReach[lw]:
		case (lw == "covertly" || lw == "secretly") && v+1 < len(words) && covertAccess[strings.ToLower(words[v+1].text)]:
			hi = v + 1
		default:
			continue
		}
		s := v
		for k := 0; k < 4 && s > 1 && !words[s-1].stop && reachModals[strings.ToLower(words[s-1].text)]; k++ {
			s--
		}
		n := nameBefore(words, s, true)
		if n == "" || !hasUpperOrDigit(n) || !vendorName(n) || nationality[strings.ToLower(n)] || platformName(n) ||
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
