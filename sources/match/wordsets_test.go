package match

import (
	"fmt"
	"testing"
)

// TestWordSetsWide holds gateBits to sets past the first 64: a title's
// bits name every set holding one of its words, and has, any and all read
// them across the words of the array.
func TestWordSetsWide(t *testing.T) {
	const n = 64*gateWords - 1
	sets := make([]map[string]bool, n+1)
	for i := range sets {
		sets[i] = set(fmt.Sprintf("w%c%c", 'a'+i/26, 'a'+i%26))
	}
	sets[n]["shared"] = true
	sets[3]["shared"] = true
	ws := newWordSets(sets...)
	for _, c := range []struct {
		title    string
		has, not []gateBit
	}{
		{"Nothing here", nil, []gateBit{0, 3, 63, 64, n}},
		{"One shared word", []gateBit{3, n}, []gateBit{0, 63, 64}},
		{"Wca and wcm", []gateBit{2*26 + 0, 2*26 + 12}, []gateBit{0, 63, n}}, // 52 and 64
		{"WDX", []gateBit{3*26 + 23}, []gateBit{3, 64, n}},
	} {
		g := ws.in(c.title)
		for _, b := range c.has {
			if !g.has(b) {
				t.Errorf("%q: no set %d", c.title, b)
			}
		}
		for _, b := range c.not {
			if g.has(b) {
				t.Errorf("%q: set %d, want none", c.title, b)
			}
		}
		if len(c.has) > 0 && (!g.all(c.has...) || !g.any(append(c.not, c.has[len(c.has)-1])...)) {
			t.Errorf("%q: all(%v) or any of them with others false", c.title, c.has)
		}
		if g.any(c.not...) || g.all(append(c.has, c.not...)...) {
			t.Errorf("%q: any(%v) true, or all with them", c.title, c.not)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("newWordSets took more sets than gateBits holds")
		}
	}()
	newWordSets(append(sets, set("over"))...)
}

// TestWordSetsFilter holds the filter in front of the map lookups to
// its promise: every word of every set passes it (a word it dropped would
// lose its sets' bits), and most words of no set do not (else it saves
// nothing).
func TestWordSetsFilter(t *testing.T) {
	for _, c := range []struct {
		name string
		ws   wordSets
	}{{"gateSets", gateSets}, {"titleSets", titleSets()}} {
		for w, b := range c.ws.bits {
			if !c.ws.held.mayHold([]byte(w)) {
				t.Errorf("%s: %q (bits %v) fails the filter", c.name, w, b)
			}
			if got := c.ws.in("x " + w + " y"); got != b && len(w) <= len(wordScan{}.buf) && wordLike(w) {
				t.Errorf("%s.in(%q) = %v, want %v", c.name, w, got, b)
			}
		}
		passed, absent := 0, 0
		for i := range 20000 {
			w := fmt.Sprintf("zq%dx", i)
			if _, ok := c.ws.bits[w]; ok {
				continue
			}
			absent++
			if c.ws.held.mayHold([]byte(w)) {
				passed++
			}
		}
		if passed*5 > absent {
			t.Errorf("%s: %d of %d words in no set pass the filter, want under a fifth", c.name, passed, absent)
		}
	}
}

// wordLike reports whether wordScan reads w as one word.
func wordLike(w string) bool {
	for i := 0; i < len(w); i++ {
		if wordBytes[w[i]] != w[i] {
			return false
		}
	}
	return w != ""
}
