package match

import (
	"fmt"
	"sync"
)

// wordSets reads several word sets in one pass over a title: each word
// is looked up once, in a map from a word to the sets that hold it (bit
// i for the i-th set). The gates in front of the shapes ask whether a
// title has a word of this set and one of that; asking hasWordIn for each
// set split the title and looked every word up once per set, and those
// scans had come to a sixth of the matcher's time. The sets must be
// fixed before newWordSets reads them (package-level set() values).
type wordSets struct {
	bits map[string]gateBits
	// held has a bit set for the hash (wordHash) of every word of bits:
	// a word whose bit is clear is in no set, and in skips its lookup.
	// Most of a title's words are in none, and the lookups (a hash and a
	// probe of a large map each) were most of in's time.
	held *wordFilter
}

// wordFilter holds one bit per wordHash value: 8 KB, small enough to
// stay in the cache; titleSets' seven thousand words set about a tenth
// of its bits, so a word in no set finds its bit clear nine times in ten.
type wordFilter [1 << (wordHashBits - 6)]uint64

const wordHashBits = 16

// wordHash is FNV-1a of w, folded to wordHashBits.
func wordHash(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h ^= uint32(c)
		h *= 16777619
	}
	return h >> (32 - wordHashBits)
}

func (f *wordFilter) add(w string)          { h := wordHash([]byte(w)); f[h/64] |= 1 << (h % 64) }
func (f *wordFilter) mayHold(w []byte) bool { h := wordHash(w); return f[h/64]&(1<<(h%64)) != 0 }

// add puts b's sets on w.
func (ws wordSets) add(w string, b gateBits) {
	old := ws.bits[w]
	for i := range old {
		old[i] |= b[i]
	}
	ws.bits[w] = old
	ws.held.add(w)
}

// gateWords is the number of 64-bit words in a gateBits: gateSets may
// hold 64*gateWords sets. A fixed array keeps a title's bits a value (no
// allocation) and the union of a word's bits a couple of ORs.
const gateWords = 2

// gateBits holds one bit per set of a wordSets. Read it with has, any and
// all. A title's bits from titleBits also hold its cl9Bits, in the word
// after the sets' (cl9Of).
type gateBits [gateWords + 1]uint64

// gateBit names one set of gateSets: its index there.
type gateBit uint8

func newWordSets(sets ...map[string]bool) wordSets {
	if len(sets) > 64*gateWords {
		panic(fmt.Sprintf("newWordSets: %d sets, more than %d", len(sets), 64*gateWords))
	}
	ws := wordSets{bits: map[string]gateBits{}, held: new(wordFilter)}
	for i, s := range sets {
		for w := range s {
			var b gateBits
			b[i/64] |= 1 << (i % 64)
			ws.add(w, b)
		}
	}
	return ws
}

// has reports whether g holds a word of set b.
func (g gateBits) has(b gateBit) bool { return g[b/64]&(1<<(b%64)) != 0 }

// any reports whether g holds a word of one of the sets bs.
func (g gateBits) any(bs ...gateBit) bool {
	for _, b := range bs {
		if g.has(b) {
			return true
		}
	}
	return false
}

// all reports whether g holds a word of every one of the sets bs.
func (g gateBits) all(bs ...gateBit) bool {
	for _, b := range bs {
		if !g.has(b) {
			return false
		}
	}
	return true
}

// titleSets are gateSets with each word's cl9Gates bits in the last word
// of its gateBits, built on first use as cl9Gates is (after the init
// functions that complete its families): match's one pass over a title
// then answers class9Opens too, which read the title again for them.
var titleSets = sync.OnceValue(func() wordSets {
	ws := wordSets{bits: make(map[string]gateBits, len(gateSets.bits)), held: new(wordFilter)}
	for w, b := range gateSets.bits {
		ws.add(w, b)
	}
	for w, g := range cl9Gates() {
		var b gateBits
		b[gateWords] = uint64(g)
		ws.add(w, b)
	}
	return ws
})

// titleBits is gateSets.in(title) with the title's cl9Bits (cl9Of): the
// gate match reads once per title and hands to the openers.
func titleBits(title string) gateBits { return titleSets().in(title) }

// cl9Of is cl9Bits of the title whose titleBits g is.
func cl9Of(g gateBits) cl9Gate { return cl9Gate(g[gateWords]) }

// in returns the bits of the sets holding one of s's words, read as
// hasWordIn reads them, without allocating.
func (ws wordSets) in(s string) gateBits {
	var bits gateBits
	sc := wordScan{s: s}
	for w := sc.next(); w != nil; w = sc.next() {
		if !ws.held.mayHold(w) {
			continue
		}
		if b, ok := ws.bits[string(w)]; ok {
			for i := range bits {
				bits[i] |= b[i]
			}
		}
	}
	return bits
}

// wordScan reads a string's words for the cheap gates: runs of ASCII
// letters and hyphens, lower-cased into a fixed buffer; a word longer than
// the buffer is skipped (no set holds one).
type wordScan struct {
	s   string
	i   int
	buf [24]byte
}

// wordBytes maps a byte of a word (an ASCII letter or a hyphen) to its
// lower case, and every other byte to 0: one load per byte both tells a
// word's byte and lowers it.
var wordBytes = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	t['-'] = '-'
	return t
}()

// next returns the next word, valid until the following call, or nil at
// the end.
func (sc *wordScan) next() []byte {
	s, i := sc.s, sc.i
	for i < len(s) {
		if wordBytes[s[i]] == 0 {
			i++
			continue
		}
		start := i
		for i < len(s) && wordBytes[s[i]] != 0 {
			i++
		}
		if n := i - start; n <= len(sc.buf) {
			for k := range n {
				sc.buf[k] = wordBytes[s[start+k]]
			}
			sc.i = i
			return sc.buf[:n]
		}
	}
	sc.i = i
	return nil
}

// gateSets holds the word sets of the gates match reads before any shape
// (regulatorOpenBits, storeDisablesOpen, actionOpen, leftoverOpen), so that
// one pass over a title answers them all: match reads the bits once per
// title.
var gateSets = newWordSets(regulatorActs, regulatorNouns, regulatorOrders, disableVerbs, storeOwners,
	liftedVerbs, listOwners, groundVerbs, droneWords, divestVerbs, ownerNouns, flowVerbs, foreignControl, dataNouns,
	adviceVerbs, dropVerbs, haltNouns, walkVerbs, banNouns, moveVerbs, barActs, kindWords, banWord,
	dealNouns, dealUndoVerbs, offWord,
	hiddenAdjs, wayInNouns, tracedWords, botnetWords, stateBodies, suitWords, tieVerbs, goneGate, // named4.go
	pushedVerbs, addedVerbs, sourceGate, // oss11.go
	dutyWords4, cutVerbs4, backWords4, riskNouns4, labelVerbs4, keepVerbs4, // authority4.go
	fleetWords,                                                                                                                                            // leftovers4.go
	govOutVerbs, govOutWord, govDirectiveNouns, govPassive, govBarUse, govUses, govUndoVerbs, rumourWords, govOthers, condAdjs, govNamedCues, govMoreActs, // govclass.go
	chanHeads, tamperWords, strongTamper, payloadWords, flowWords, remoteWords, // vendorchan.go
	evTurns, evKinds, // ossev.go
	liftGate, liftObjects, // lifted.go
	c9Ship, c9Chans, c9Supply, // chan9.go
	gov9Acts, gov9Names, // gov9.go
	gov10Acts, gov10Objs, // gov10.go
	c10Turns,             // chan10.go
	st10Gate, st10Beside, // state10.go
	nm12StopVerbs, nm12RidVerbs, // nm12.go
	dl14Gate,                                  // delist14.go
	lk14Gate, lk14GateOrgans, lk14TitleVoices, // lk14.go
	ch14Tellers, ch14Strong, ch14Ship, // chain14.go
	ds15Actors, ds15Trades, // desc15.go
	qt15Heads, qt15Holds, // quiet15.go
	describedHeads, warnVerbs, futileCheap, // titlelead.go, authority.go
	stMakers9, stPull9, stTurns9, // store9.go
	lk14Countries,               // lk14.go
	actingVerbs, classShapeCues, // classes.go
	dl16Lists, dl16OffVerbs, dl16LoseVerbs, dl16Revokes, dl16Again, dl16Overstep, restoreVerbs, // delist16.go
	rootOwners, cp16CertWords, cp16Customers, cp16UseVerbs, // cp16.go
	nm22Verbs, nm22FutureVerbs) // name22.go

// The sets of gateSets, in its order.
const (
	gRegulatorActs gateBit = iota
	gRegulatorNouns
	gRegulatorOrders
	gDisableVerbs
	gStoreOwners
	gLiftedVerbs
	gListOwners
	gGroundVerbs
	gDroneWords
	gDivestVerbs
	gOwnerNouns
	gFlowVerbs
	gForeignControl
	gDataNouns
	gAdviceVerbs // classrev.go
	gDropVerbs
	gHaltNouns
	gWalkVerbs
	gBanNouns
	gMoveVerbs
	gBarActs
	gKindWords
	gBanWord
	gDealNouns // leftovers3.go
	gDealUndo
	gOff
	gHiddenAdjs // named4.go
	gWayInNouns
	gTraced
	gBotnet
	gStateBodies
	gSuit
	gTie
	gGone
	gPushedTo // oss11.go
	gAdded
	gSource
	gDuty4 // authority4.go
	gCut4
	gBack4
	gRisk4
	gLabel4
	gKeep4
	gFleetWords // leftovers4.go
	gGovOutV    // govclass.go
	gGovOut
	gGovDirNoun
	gGovPassive
	gGovBar
	gGovUse
	gGovUndo
	gRumour
	gGovOthers
	gGovCond
	gGovNamed
	gGovMore
	gChan // vendorchan.go
	gTamper
	gStrongTamper
	gPayload
	gFlow
	gRemote
	gEvTurn // ossev.go
	gEvKind
	gLift // lifted.go
	gLiftObj
	gC9Ship // chan9.go
	gC9Chan
	gC9Supply
	gGov9 // gov9.go
	gGov9Names
	gGov10 // gov10.go
	gGov10Objs
	gC10Turn  // chan10.go
	gSt10Gate // state10.go
	gSt10Beside
	gNm12Stop // nm12.go
	gNm12Rid
	gDl14     // delist14.go
	gLk14Gate // lk14.go
	gLk14Organ
	gLk14Voice
	gCh14Tell // chain14.go
	gCh14Strong
	gCh14Ship
	gDs15Actors // desc15.go
	gDs15Trades
	gQt15Head // quiet15.go
	gQt15Hold
	gDescribedHeads // titlelead.go, authority.go
	gWarnVerbs
	gFutileCheap
	gStMakers9 // store9.go
	gStPull9
	gStTurns9
	gLk14Country // lk14.go
	gActingVerbs // classes.go
	gClassShapeCues
	gDl16Lists // delist16.go
	gDl16Off
	gDl16Lose
	gDl16Revokes
	gDl16Again
	gDl16Overstep
	gRestoreVerbs
	gRootOwners // cp16.go
	gCp16Cert
	gCp16Customers
	gCp16Use
	gNm22Verbs // name22.go
	gNm22FutureVerbs
)
