package match

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Byte classes of the automaton. Folded text is a stream of word bytes
// and single spaces; each byte that occurs in some term has its own class,
// every other word byte shares classOther.
const (
	classOther = 0
	classSpace = 1
	classSlow  = 255 // input byte that needs the slow path (non-ASCII, apostrophe)
)

// hit is one occurrence of a pattern. Positions are counted in spaces of
// the folded stream: a pattern of n words covers spaces end-n .. end, so
// two patterns touch when one's end is the other's start.
type hit struct {
	pat int32
	end int32 // space count at the pattern's trailing space
	off int   // byte offset in the original text just after the match's last word
	// clause counts the commas and semicolons of a title before off
	// (markClauses; zero in a lead), so that two hits can be told apart
	// as of one clause or two.
	clause int32
	// turns counts the words of a reason or time clause ("after",
	// "amid", "following", "during") in a title before off
	// (markClauses; zero in a lead): talk after such a word is the
	// reason's, not the action's (scoreUnitWith).
	turns int32
}

func (h hit) start(a *automaton) int32 { return h.end - a.words[h.pat] }

// automaton is an Aho-Corasick DFA over byte classes of the folded stream.
// Every pattern is stored padded as " w1 w2 ", so a match always starts
// and ends on a word boundary and needs no check of its own.
//
// The folded stream has single spaces, but the input has runs of
// separators; rather than test every byte for a repeated space, the DFA
// reads a run as one: a state that has just read a space stays where it
// is on another. An accepting state loops too, and the scan skips the
// rest of the run after reporting it, rather than step over it and
// report the state again. (A silent copy of every accepting state would
// spare the scan that skip, at a state per accepting state: a tenth more
// states, enough to take a 1000-vendor watchlist past 16-bit ids.)
//
// The table holds state ids, 16-bit when they fit: half the memory
// of 32-bit ids, so more of the states that text visits stay in cache,
// which is what the scan's speed depends on. Rows are a power of two
// long, so that a step is a shift, not a multiplication, on the chain of
// dependent loads that bounds the scan (measured: about 15% faster than
// rows of exactly nclass, despite the unused columns).
type automaton struct {
	in      [256]uint8 // raw input byte -> class, or classSlow
	cls     [256]uint8 // folded byte -> class
	nclass  uint32
	shift   uint     // a row is 1<<shift long
	trans16 []uint16 // state id<<shift | class -> state id; nil if ids need 32 bits
	trans32 []uint32
	accept  uint32 // states with a smaller id have outputs
	start   uint32 // the state after the leading space
	outs    [][]int32
	words   []int32 // words per pattern
	vendor  []bool  // per pattern: is a vendor term
	// written holds, per pattern, the term as a text must write it (a
	// common-word vendor's name: "Zoom", never "zoom"); "" is any case.
	// nil when no pattern needs it.
	written []string
	fold    *foldTables
}

// newAutomaton compiles padded patterns; pattern i is reported as i.
func newAutomaton(patterns []string, vendor []bool) *automaton {
	a := &automaton{fold: tables(), vendor: vendor}
	used := [256]bool{}
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			used[p[i]] = true
		}
	}
	// Letters get the classes after classOther and classSpace, the
	// other bytes of terms (digits, "+", "&", non-ASCII) the ones after
	// them: a row's first 64 bytes, one cache line, then hold every class
	// of ordinary words, and text mostly touches one line of a state's
	// row, not two (half the cache the scan needs).
	a.cls[' '] = classSpace
	a.nclass = 2
	for b := 'a'; b <= 'z'; b++ {
		if used[b] {
			a.cls[b] = uint8(a.nclass)
			a.nclass++
		}
	}
	for b := 0; b < 256; b++ {
		if used[b] && b != ' ' && !('a' <= b && b <= 'z') {
			a.cls[b] = uint8(a.nclass)
			a.nclass++
		}
	}
	for b := 0; b < 256; b++ {
		switch {
		case b >= utf8.RuneSelf || b == '\'':
			a.in[b] = classSlow
		case 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || b == '+' || b == '&':
			a.in[b] = a.cls[b]
		case 'A' <= b && b <= 'Z':
			a.in[b] = a.cls[b+'a'-'A']
		default:
			a.in[b] = classSpace
		}
	}

	nc := int(a.nclass)
	// The goto function, densely: child state or 0 (the root is nobody's child).
	next := make([]int32, nc)
	var own [][]int32
	own = append(own, nil)
	spaced := []bool{false} // per state: its label ends with a space
	a.words = make([]int32, len(patterns))
	for pi, p := range patterns {
		s := 0
		for i := 0; i < len(p); i++ {
			c := int(a.cls[p[i]])
			if next[s*nc+c] == 0 {
				next[s*nc+c] = int32(len(own))
				next = append(next, make([]int32, nc)...)
				own = append(own, nil)
				spaced = append(spaced, c == classSpace)
			}
			s = int(next[s*nc+c])
			if p[i] == ' ' && i > 0 {
				a.words[pi]++
			}
		}
		own[s] = append(own[s], int32(pi))
	}
	n := len(own)

	// Breadth-first failure links turn the trie into a full DFA in place.
	fail := make([]int32, n)
	outs := make([][]int32, n)
	queue := make([]int32, 0, n)
	for c := 0; c < nc; c++ {
		if v := next[c]; v != 0 {
			queue = append(queue, v)
		}
	}
	for q := 0; q < len(queue); q++ {
		u := int(queue[q])
		f := int(fail[u])
		outs[u] = append(append([]int32(nil), own[u]...), outs[f]...)
		for c := 0; c < nc; c++ {
			v := next[u*nc+c]
			if v != 0 {
				fail[v] = next[f*nc+c]
				queue = append(queue, v)
			} else {
				next[u*nc+c] = next[f*nc+c]
			}
		}
	}

	// Runs of spaces: a state that has just read a space keeps it on
	// another (an accepting one too: see the type's comment).
	for _, s := range queue {
		if spaced[s] {
			next[int(s)*nc+classSpace] = s
		}
	}

	// Renumber so that accepting states come first (the scan tests
	// acceptance with one comparison), each group in breadth-first order so
	// that the shallow states, where the scan spends most of its time, share
	// cache lines.
	bfs := append([]int32{0}, queue...)
	order := make([]int32, 0, n)
	for _, s := range bfs {
		if len(outs[s]) > 0 {
			order = append(order, s)
		}
	}
	nAccept := len(order)
	for _, s := range bfs {
		if len(outs[s]) == 0 {
			order = append(order, s)
		}
	}
	a.shift = uint(bits.Len(uint(nc - 1)))
	stride := 1 << a.shift
	newID := make([]uint32, n)
	for i, s := range order {
		newID[s] = uint32(i)
	}
	if n <= 1<<16 {
		a.trans16 = make([]uint16, n*stride)
	} else {
		a.trans32 = make([]uint32, n*stride)
	}
	a.outs = make([][]int32, nAccept)
	for i, s := range order {
		for c := 0; c < nc; c++ {
			id := newID[next[int(s)*nc+c]]
			if a.trans16 != nil {
				a.trans16[i*stride+c] = uint16(id)
			} else {
				a.trans32[i*stride+c] = id
			}
		}
		if i < nAccept {
			a.outs[i] = outs[s]
		}
	}
	a.accept = uint32(nAccept)
	a.start = newID[next[classSpace]]
	return a
}

// states is the number of DFA states.
func (a *automaton) states() int {
	return (len(a.trans16) + len(a.trans32)) >> a.shift
}

// scanState collects hits. Without grow, hits outgrows its capacity only
// once a vendor has been seen. Before that a full buffer's hits are
// dropped (nothing can come of them) and overflow tells the caller to scan
// again with grow; after a drop, recording stops at the vendor. So a text
// without a vendor allocates nothing.
type scanState struct {
	hits     []hit
	grow     bool
	overflow bool
	vendor   bool // some hit is a vendor term
}

// scan adds the pattern occurrences in s to ss.hits, in order of their
// end. It takes and returns ss by value so that a caller's stack buffer
// does not escape.
func (a *automaton) scan(ss scanState, s string) scanState {
	if a.trans16 != nil {
		return scanDFA(a, a.trans16, ss, s)
	}
	return scanDFA(a, a.trans32, ss, s)
}

// scanDFA is the scan over either width of state id.
//
// The hot loop has no data-dependent branch but the rare ones (non-ASCII,
// accepting state): words counts runs of spaces arithmetically, and the
// DFA itself absorbs repeated spaces.
func scanDFA[T uint16 | uint32](a *automaton, trans []T, ss scanState, s string) scanState {
	in, cls, accept, sh := &a.in, &a.cls, a.accept, a.shift
	st := a.start
	var words uint32 = 1
	var prev uint32 = 1 // the last folded byte was a space
	n := len(s)
	for i := 0; i < n; {
		if st < accept {
			// An accepting state has just read a space and loops on
			// more: the rest of the run was reported with it.
			for i < n && in[s[i]] == classSpace {
				i++
			}
			if i == n {
				break
			}
		}
		var accepted bool
		i, st, words, prev, accepted = run(in, trans, sh, accept, s, i, st, words, prev)
		if accepted {
			ss.hits, ss.vendor, ss.overflow = a.emit(s, ss.hits, ss.vendor, ss.overflow, ss.grow, st, int32(words), i-1)
			continue
		}
		if i == n {
			break
		}

		// Slow path: an apostrophe or a non-ASCII rune.
		var f folded
		var size int
		r := rune(s[i])
		if r == '\'' {
			size = 1
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isApostrophe(r) && possessive(s, i+size) {
			// "Kaspersky's" is "Kaspersky": drop the apostrophe and the s.
			i += size + 1
			continue
		}
		if r < tableRunes {
			f = a.fold.word[r]
		} else {
			w := wordFold(r)
			if len(w) > 4 {
				w = " "
			}
			f.n = uint8(copy(f.b[:], w))
		}
		at := i
		i += size
		for k := uint8(0); k < f.n; k++ {
			c := cls[f.b[k]]
			sp := (uint32(c^classSpace) - 1) >> 31
			if sp&prev != 0 {
				continue // a space after a space: the state loops, and must not report again
			}
			words += sp &^ prev
			prev = sp
			st = uint32(trans[uint(st)<<(sh&63)|uint(c)])
			if st < accept {
				ss.hits, ss.vendor, ss.overflow = a.emit(s, ss.hits, ss.vendor, ss.overflow, ss.grow, st, int32(words), at)
			}
		}
	}
	// The closing space; after a space it changes nothing.
	if prev == 0 {
		words++
		st = uint32(trans[uint(st)<<(sh&63)|classSpace])
		if st < accept {
			ss.hits, ss.vendor, ss.overflow = a.emit(s, ss.hits, ss.vendor, ss.overflow, ss.grow, st, int32(words), n)
		}
	}
	return ss
}

// run is the scan's hot loop: it steps the DFA over s from i until the
// input ends, a byte needs the slow path (it returns that byte's index) or
// a state accepts (it returns the index after the byte, and true). It is
// a function of its own, never inlined, so that its few variables stay in
// registers (inlined into scan, the compiler spills them to the stack).
//
//go:noinline
func run[T uint16 | uint32](in *[256]uint8, trans []T, sh uint, accept uint32, s string, i int, st, words, prev uint32) (int, uint32, uint32, uint32, bool) {
	for ; i < len(s); i++ {
		c := uint32(in[s[i]])
		if c == classSlow {
			return i, st, words, prev, false
		}
		sp := (c ^ classSpace - 1) >> 31 // 1 if c is classSpace
		words += sp &^ prev
		prev = sp
		st = uint32(trans[uint(st)<<(sh&63)|uint(c)])
		if st < accept {
			return i + 1, st, words, prev, true
		}
	}
	return i, st, words, prev, false
}

// emit records the outputs of state st. It works on values, not on a
// *scanState, so that escape analysis keeps the caller's buffer on the stack.
func (a *automaton) emit(s string, hits []hit, vendor, overflow, grow bool, st uint32, words int32, off int) ([]hit, bool, bool) {
	for _, p := range a.outs[st] {
		if a.written != nil && a.written[p] != "" && !writtenAt(s, off, a.written[p]) {
			continue // "zoom in": a common-word vendor's name in another case
		}
		if a.vendor[p] {
			vendor = true
		}
		if !grow && len(hits) == cap(hits) && (!vendor || overflow) {
			overflow = true
			if vendor {
				break
			}
			hits = hits[:0]
		}
		// With a vendor seen and no hit dropped, a full buffer grows
		// (append moves it to the heap): every hit is still there, and
		// a long text is not scanned twice.
		hits = append(hits, hit{pat: p, end: words, off: off})
	}
	return hits, vendor, overflow
}

// writtenAt reports whether s writes term, in its case, just before off
// (the byte after a match's last word), a possessive's "'s" dropped.
func writtenAt(s string, off int, term string) bool {
	t := s[:min(off, len(s))]
	for _, p := range [...]string{"'s", "’s", "ʼs", "'S", "’S", "ʼS"} {
		if r, ok := strings.CutSuffix(t, p); ok && !strings.HasSuffix(term, p[len(p)-1:]) {
			t = r
			break
		}
	}
	return strings.HasSuffix(t, term)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ'
}

// possessive reports whether s[i:] starts with an "s" that ends a word.
func possessive(s string, i int) bool {
	if i >= len(s) || s[i] != 's' && s[i] != 'S' {
		return false
	}
	if i+1 == len(s) {
		return true
	}
	c := s[i+1]
	if c < utf8.RuneSelf {
		return !isWordRune(rune(c))
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return !isWordRune(r)
}

// wordStream returns s as the automaton sees it: folded, every run of
// non-word runes one space, possessive "'s" dropped, padded with a space on
// each side. Terms are compiled through it, and tests compare the scan
// with a plain search in it.
func wordStream(s string) string {
	t := tables()
	b := make([]byte, 1, len(s)+2)
	b[0] = ' '
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isApostrophe(r) && possessive(s, i+size) {
			i += size + 1
			continue
		}
		i += size
		var w string
		if r < tableRunes {
			f := t.word[r]
			w = string(f.b[:f.n])
		} else {
			w = wordFold(r)
			if len(w) > 4 {
				w = " "
			}
		}
		for k := 0; k < len(w); k++ {
			if w[k] == ' ' && b[len(b)-1] == ' ' {
				continue
			}
			b = append(b, w[k])
		}
	}
	if b[len(b)-1] != ' ' {
		b = append(b, ' ')
	}
	return string(b)
}
