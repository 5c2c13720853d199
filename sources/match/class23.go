package match

// A warning's claim is no hedge on an action. cl9Refused refuses a title
// holding a modal ("FCC could ban Chinese drones": a step not taken), but
// in "DHS warns Chinese-made drones could be stealing data" the modal is
// the warning's own claim about the kind, and the warning itself is
// taken. cl23ClaimModal finds such a modal so that class10's readers
// judge the title without it; a modal whose subject is not a kind ("FCC
// warns it could ban ...") or that governs a bar ("... could be banned,
// FCC warns") stays a hedge.

// cl23Spying are a claim of spying in its verb forms.
var cl23Spying = wordSet("spying spy spies stealing steal steals")

// cl23Modals are the modals cl9Talk holds.
var cl23Modals = wordSet("could would might")

// cl23ClaimModal returns the index of a modal that is a warning's claim:
// a warning verb with its authority before it, then a kind standing right
// before the modal, a trust claim after it (data, its flow, spying or
// another motive) and no verb of barring or riddance. It returns -1 when
// there is none.
func cl23ClaimModal(words []titleWord) int {
	warned := false
	for i, w := range words {
		lw := lower(w)
		if cl10Warns[lw] && cl9ActorBefore(words, i) {
			warned = true
			continue
		}
		if !warned || !cl23Modals[lw] || i == 0 || words[i-1].stop {
			continue
		}
		if prev := lower(words[i-1]); !cl9Kinds[prev] && productClasses[prev] == "" {
			return -1
		}
		claim := false
		for _, a := range words[i+1:] {
			la := lower(a)
			if cl9Bar[la] || cl10Rid[la] || cl11Acts[la] {
				return -1
			}
			claim = claim || dataNouns[la] || flowVerbs[la] || cl10MotiveWords[la] || cl23Spying[la]
		}
		if !claim {
			return -1 // "could be hacked", "could catch fire": no trust claim
		}
		return i
	}
	return -1
}

// cl23Refused is cl9Refused for class10's readers: a warning's claim
// modal (cl23ClaimModal) is left out of the judgement. The copy is made
// only for a title cl9Refused already refuses.
func cl23Refused(words []titleWord) bool {
	if !cl9Refused(words) {
		return false
	}
	m := cl23ClaimModal(words)
	if m < 0 {
		return true
	}
	rest := make([]titleWord, 0, len(words)-1)
	rest = append(append(rest, words[:m]...), words[m+1:]...)
	return cl9Refused(rest)
}
