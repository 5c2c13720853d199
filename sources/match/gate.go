package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Shapes and verb forms read behind the cue gate (cue.go).

func init() {
	// Every inflection of the families: "sneaks infostealer into",
	// "slips backdoor into", "rigs node-ipc package", "laces updates
	// with". Past forms that supplyVerbs already reads with the channel
	// before them ("image laced with cryptominer") stay its own.
	for w := range insertForms {
		insertVerbs[w] = true
	}
	for w := range runForms {
		runVerbs[w] = true
	}
	for w := range objectForms {
		if !strings.HasSuffix(w, "ed") && !supplyVerbs[w] && !weakVerbs[w] {
			objectVerbs[w] = true
		}
	}
}

// harmCompound reports whether a hyphenated word says what code does to
// its users ("data-stealing code", "crypto-draining script",
// "credential-harvesting payload"): the code is malware by its purpose.
func harmCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "stealing", "stealer", "draining", "drainer", "wiping", "wiper", "harvesting", "mining", "miner",
		"skimming", "skimmer", "logging", "spying":
		return true
	}
	return false
}

// turnedInto reads a channel made into malware, the channel the verb's
// object: "Attackers turn Ultralytics AI library into a cryptominer",
// "hackers transformed the extension into an infostealer". The channel
// stands between the verb and "into" (its name may follow it), and malware within three words
// after it; a server or a device turned into a relay is a victim
// (channelAfter reads only channels that ship to users).
func turnedInto(words []titleWord, v int) (supplyHit, bool) {
	if v > 0 && strings.EqualFold(words[v-1].text, "to") {
		return supplyHit{}, false
	}
	cs, ce, kind := channelAfter(words, v)
	if kind != chOSS && kind != chVendor {
		return supplyHit{}, false
	}
	for k := v + 1; k < cs; k++ {
		if hardStop(words, k) {
			return supplyHit{}, false
		}
	}
	// "into" right after the channel, or after its name ("turn Chrome
	// extension Cyberhaven into").
	in := -1
	for k := ce + 1; k < len(words) && k <= ce+3; k++ {
		if hardStop(words, k-1) {
			break
		}
		if strings.EqualFold(words[k].text, "into") {
			in = k
			break
		}
	}
	if in < 0 {
		return supplyHit{}, false
	}
	for k := in + 1; k < len(words) && k <= in+3; k++ {
		if lk := words[k].lc(); malwareNouns[lk] || harmCompound(lk) {
			return supplyHit{category: categoryOf(kind), term: joinSpan(words, v, k), name: notVerb(words, v, channelName(words, cs, ce, v, true, kind)),
				lo: v, hi: k}, true
		}
		if hardStop(words, k) {
			break
		}
	}
	return supplyHit{}, false
}

// threatWords are what an authority says a vendor's products pose.
var threatWords = wordSet("threat threats risk risks danger dangers")

// posesThreat finds an authority saying a vendor is a threat: "Pentagon
// says DJI drones pose 'unmitigated' threat", "UK security agency says
// Huawei poses 'unmanageable' risk to networks". The authority stands
// before the saying verb, the vendor between it and the pose verb, and
// the threat at most three words after that verb. Returns the saying
// verb's index and the threat word's. A report or analysts saying
// something poses a threat ("AI agents pose new threat") is no authority.
func posesThreat(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "says", "say", "said", "warns", "warned", "finds", "found", "concludes", "deems", "declares":
		default:
			continue
		}
		if !inWords(words[:v], authorities) || inWords(words[:v], wordSet("report analysts experts researchers")) {
			continue
		}
		for p := v + 2; p < len(words) && p <= v+6; p++ {
			if !poseForms[lower(words[p])] {
				if hardStop(words, p) && !words[p].quoted {
					break
				}
				continue
			}
			for k := p + 1; k < len(words) && k <= p+3; k++ {
				if threatWords[lower(words[k])] {
					return v, k, true
				}
			}
			break
		}
	}
	return 0, 0, false
}

// outOf are the words after a shutting verb's object that say what the
// vendor is shut out of: "shuts Huawei out of", "kick X out of the US
// market", "cuts off X from".
var outOf = wordSet("out off from")

// shutOut finds an authority shutting a vendor out of a market, a network
// or its suppliers: "Washington shuts Huawei out of foreign chipmakers'
// supply", "FCC moves to kick China Telecom Americas out of the US
// market", "US cuts off Huawei from global chip suppliers". The vendor is
// the verb's object, named (capitalised) before "out"/"off"/"from";
// supplies or chips after it make the action an export control. A
// company cutting off its own users ("OpenAI cuts off Chinese users") is
// no authority; a region or a service cut off ("cuts off internet access
// in occupied regions") names no vendor. Returns the verb's index, the
// "out"/"from" word's, and the category.
func shutOut(words []titleWord) (int, int, trust.Category, bool) {
	for v := 1; v < len(words); v++ {
		if !shutForms[lower(words[v])] || !inWords(words[:v], authorities) || inWords(words[:v], courts) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			lk := lower(words[k])
			if !outOf[lk] {
				if hardStop(words, k) {
					break
				}
				continue
			}
			if lk == "off" && k == v+1 {
				continue // "cuts off Huawei from": the object follows
			}
			cat := trust.CategoryBan
			for j := k + 1; j < len(words) && j <= k+5; j++ {
				if supplyNouns[lower(words[j])] {
					cat = trust.CategorySanctions
				}
			}
			return v, k, cat, true
		}
	}
	return 0, 0, "", false
}

var supplyNouns = wordSet(`supply supplies suppliers supplier chip chips chipmakers semiconductors
	technology exports components software`)

// orderNouns are an authority's actions against a vendor that another
// can undo.
var orderNouns = wordSet(`order orders ban bans restrictions designation designations listing
	blacklisting blacklist sanctions rule rules`)

// undoesOrders finds an authority undoing its actions against a vendor:
// "Biden nixes Trump orders targeting TikTok and WeChat", "Commerce
// rescinds rule restricting Huawei". The order noun stands at most four
// words after the verb, the vendor after it. Returns the verb's index
// and the noun's.
func undoesOrders(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		if !undoForms[lower(words[v])] || !inWords(words[:v], authorities) && !inWords(words[:v], leaders) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if orderNouns[lower(words[k])] {
				return v, k, true
			}
			if hardStop(words, k) {
				break
			}
		}
	}
	return 0, 0, false
}

// notVerb drops a channel name that is the turning verb itself: an
// unnamed channel right after its verb ("poison GitHub Action", "turn
// popular Chrome extension into") leaves channelName the word before the
// channel, which a lower-case package name may look like.
func notVerb(words []titleWord, v int, name string) string {
	if strings.EqualFold(name, words[v].text) {
		return ""
	}
	return name
}

// leadCompany is the company a lead names by its full corporate name when
// the title calls it "a Chinese firm": "The FBI said Beijing-based
// Integrity Technology Group controlled the botnet". The name is a run of
// capitalised words ending in a corporate suffix (corporateSuffix), so a
// place, an agency or a person the lead also names is not taken; a
// hyphenated adjective before it ("Beijing-based") is not part of it.
func leadCompany(lead []titleWord) string {
	for i := 0; i < len(lead); i++ {
		if !hasUpperOrDigit(lead[i].text[:1]) || hyphenAdjective(lead[i].lc()) || !nameWord(lead[i]) {
			continue
		}
		j := i
		for j+1 < len(lead) && j < i+4 && !lead[j].stop && hasUpperOrDigit(lead[j+1].text[:1]) {
			j++
		}
		run := make([]string, 0, j-i+1)
		for _, w := range lead[i : j+1] {
			run = append(run, w.text)
		}
		// The suffix may be followed by "Group" or "Co": try the longest
		// run first.
		for e := len(run); e >= 2; e-- {
			if corporateSuffix(run[:e]) || e > 2 && corporateSuffix(run[:e-1]) && oneOf(strings.ToLower(run[e-1]), "group", "co", "ltd", "inc", "corp") {
				if n := strings.Join(run[:e], " "); vendorName(n) {
					return n
				}
			}
		}
		i = j
	}
	return ""
}
