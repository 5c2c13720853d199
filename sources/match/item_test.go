package match

import (
	"fmt"
	"reflect"
	"testing"
)

// TestItemWords: an item's words are titleWords' for every text it is
// asked, once split or not, past the texts it keeps; a copy is the
// reader's own (marking it leaves the item's words unmarked); the shared
// words have no room to append into.
func TestItemWords(t *testing.T) {
	texts := []string{
		"Commerce adds Huawei to Entity List",
		"", "FCC bans Kaspersky — Reuters",
		"npm package 'is' hijacked: strong_password, Notepad++ and tj-actions/changed-files",
		"Commerce adds Huawei to Entity List.", "the lead's first sentence", "a fifth text", "a sixth",
	}
	it := newItem(texts[0])
	for round := range 3 {
		for _, s := range texts {
			got, want := it.words(s), titleWords(s)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: words(%q) = %v, want %v", round, s, got, want)
			}
			if cap(got) != len(got) {
				t.Errorf("words(%q): cap %d, want len %d (an append must copy)", s, cap(got), len(got))
			}
			c := it.wordsCopy(s)
			if !reflect.DeepEqual(c, want) {
				t.Fatalf("round %d: wordsCopy(%q) = %v, want %v", round, s, c, want)
			}
			for k := range c {
				c[k].marked = true
			}
			if again := it.words(s); !reflect.DeepEqual(again, want) {
				t.Errorf("round %d: words(%q) after marking a copy = %v, want %v", round, s, again, want)
			}
		}
	}
	if it.nSplit != len(it.splits) {
		t.Errorf("item kept %d splits, want %d", it.nSplit, len(it.splits))
	}
	if it.gateBits != titleBits(texts[0]) {
		t.Errorf("gate bits %v, want titleBits %v", it.gateBits, titleBits(texts[0]))
	}
}

// TestItemShared: a second reader of a text gets the first reader's split
// (no second split), and a text equal to one split before, though not the
// same string, gets it too.
func TestItemShared(t *testing.T) {
	it := newItem("FCC bans Kaspersky")
	a := it.words("FCC bans Kaspersky")
	b := it.words(fmt.Sprint("FCC bans ", "Kaspersky"))
	if len(a) == 0 || &a[0] != &b[0] {
		t.Errorf("second reader split again: %p, %p", &a[0], &b[0])
	}
}
