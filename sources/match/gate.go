package match

import "strings"

// Shapes and verb forms read behind the cue gate (cue.go).

func init() {
	// Every inflection of the families: "sneaks infostealer into",
	// "slips backdoor into", "rigs node-ipc package", "laces updates
	// with". Past forms that supplyVerbs already reads with the channel
	// before them ("image laced with cryptominer") stay its own.
	for w := range insertForms {
		insertVerbs[w] = true
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
// stands between the verb and "into", and malware within three words
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
	in := ce + 1
	if in >= len(words) || !strings.EqualFold(words[in].text, "into") || hardStop(words, ce) {
		return supplyHit{}, false
	}
	for k := in + 1; k < len(words) && k <= in+3; k++ {
		if lk := strings.ToLower(words[k].text); malwareNouns[lk] || harmCompound(lk) {
			return supplyHit{category: categoryOf(kind), term: joinSpan(words, v, k), name: channelName(words, cs, ce, v, true, kind),
				lo: v, hi: k}, true
		}
		if hardStop(words, k) {
			break
		}
	}
	return supplyHit{}, false
}
