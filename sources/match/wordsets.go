package match

// wordSets reads several word sets in one pass over a title: each word
// is looked up once, in a map from a word to the sets that hold it (bit
// i for the i-th set). The gates in front of the shapes ask whether a
// title has a word of this set and one of that; asking hasWordIn for each
// set split the title and looked every word up once per set, and those
// scans had come to a sixth of the matcher's time. The sets must be
// fixed before newWordSets reads them (package-level set() values).
type wordSets map[string]uint32

func newWordSets(sets ...map[string]bool) wordSets {
	if len(sets) > 32 {
		panic("newWordSets: more than 32 sets")
	}
	ws := wordSets{}
	for i, s := range sets {
		for w := range s {
			ws[w] |= 1 << i
		}
	}
	return ws
}

// in returns the bits of the sets holding one of s's words, lower-cased
// as hasWordIn reads them (letters and hyphens; longer words than 24
// bytes hold none), without allocating.
func (ws wordSets) in(s string) uint32 {
	var buf [24]byte
	var bits uint32
	n, long := 0, false
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-':
			if n == len(buf) {
				long = true
				continue
			}
			buf[n] = c | 0x20
			if c == '-' {
				buf[n] = c
			}
			n++
		default:
			if n > 0 && !long {
				bits |= ws[string(buf[:n])]
			}
			n, long = 0, false
		}
	}
	return bits
}

// gateSets holds the word sets of the gates match reads before any shape
// (regulatorOpen, storeDisablesOpen, actionOpen), so that one pass over a
// title answers them all: match reads the bits once per title.
var gateSets = newWordSets(regulatorActs, regulatorNouns, regulatorOrders, disableVerbs, storeOwners,
	liftedVerbs, listOwners, groundVerbs, droneWords)

// The bits of gateSets, in its order.
const (
	gRegulatorActs uint32 = 1 << iota
	gRegulatorNouns
	gRegulatorOrders
	gDisableVerbs
	gStoreOwners
	gLiftedVerbs
	gListOwners
	gGroundVerbs
	gDroneWords
)
