package match

import (
	"slices"
	"strings"
	"testing"
)

// TestScanWideIDs checks the 32-bit table, which only watchlists of more
// than 65,536 states get, against the 16-bit one on the same patterns.
func TestScanWideIDs(t *testing.T) {
	m := defaultMatcher(t)
	narrow := m.ac
	if narrow.trans16 == nil {
		t.Fatal("default rules should fit 16-bit state ids")
	}
	wide := *narrow
	wide.trans16 = nil
	wide.trans32 = make([]uint32, len(narrow.trans16))
	for i, id := range narrow.trans16 {
		wide.trans32[i] = uint32(id)
	}
	inputs := []string{
		"",
		"Huawei added to Entity List",
		"The U.S.   put  Huawei on the Entity List.\n\nKaspersky's backdoor\u200d ban — again…",
		"ZTE\xff ban\x00 Aztec  kaspersky lab   researchers",
		strings.Repeat("Kaspersky ban.  ", 40),
	}
	for _, s := range inputs {
		a := narrow.scan(scanState{grow: true}, s)
		b := wide.scan(scanState{grow: true}, s)
		if !slices.Equal(a.hits, b.hits) {
			t.Errorf("scan(%q): 16-bit ids found %v, 32-bit %v", s, a.hits, b.hits)
		}
	}
}

// TestScanSpaceRuns checks that a run of separators reads as one space
// and that an accepting state reports once however long the run after it.
func TestScanSpaceRuns(t *testing.T) {
	m := defaultMatcher(t)
	one := m.ac.scan(scanState{grow: true}, "Huawei ban Kaspersky backdoor")
	for _, s := range []string{
		"  Huawei   ban\t\t Kaspersky ...  backdoor   ",
		"Huawei — ban; Kaspersky\n\n\nbackdoor!!!",
		// Separators the slow path folds (no-break and ideographic
		// spaces, dashes) between ASCII ones, after an accepting state.
		"Huawei \u00a0— \u00a0ban\u2009\u2009 Kaspersky\u3000 …backdoor\u00a0 \u2014",
	} {
		got := m.ac.scan(scanState{grow: true}, s)
		if len(got.hits) != len(one.hits) {
			t.Fatalf("scan(%q) = %d hits, want %d", s, len(got.hits), len(one.hits))
		}
		for i := range got.hits {
			if got.hits[i].pat != one.hits[i].pat || got.hits[i].end != one.hits[i].end {
				t.Errorf("scan(%q) hit %d = %+v, want pattern %d ending at %d", s, i, got.hits[i], one.hits[i].pat, one.hits[i].end)
			}
		}
	}
}
