package match

// Channels that are the object of someone else's act (nineteenth round,
// tr19_grid_test.go): "Arvoro blocks site that served a Windows trojan",
// "Arvoro researchers find download page that pushed malware", "Arvoro
// takes down phishing site that delivered an infostealer". The channel
// is what the title's subject acted on, told in a relative clause, so the
// subject is a reporter or a defender, never the vendor whose channel
// turned (trust-events.md, "The vendor as reporter").

// tr19Acts are the verbs of acting on or reporting another's channel.
var tr19Acts = wordSet(`block blocks blocked blocking find finds found discover discovers
	discovered uncover uncovers uncovered spot spots spotted flag flags flagged take takes
	took taking remove removes removed seize seizes seized sinkhole sinkholes sinkholed
	disrupt disrupts disrupted dismantle dismantles dismantled track tracks tracked expose
	exposes exposed report reports reported warn warns warned detect detects detected
	shut shuts identify identifies identified`)

// tr19ActedOn reports whether a title tells a channel that shipped harm
// only in a relative clause whose head a verb of tr19Acts governs: the
// channel word right before "that" or "which", a shipping verb right
// after, and the act within four words before the channel.
func tr19ActedOn(words []titleWord) bool {
	for r := 1; r+1 < len(words); r++ {
		if !oneOf(words[r].lc(), "that", "which") || words[r-1].stop {
			continue
		}
		if lc := words[r-1].lc(); !ch14Chans[lc] && !chanWords[lc] {
			continue
		}
		if sv := words[r+1].lc(); !ch14Ship[sv] && !deliverVerbs[sv] {
			continue
		}
		for k := r - 2; k >= 0 && k >= r-5; k-- {
			if words[k].stop {
				break
			}
			if tr19Acts[words[k].lc()] {
				return true
			}
		}
	}
	return false
}
