package lists

import (
	"bytes"
	"testing"
)

// BenchmarkSDNParseDiff is one poll of the OFAC list: parse the stored
// capture and the new one (3.7 and 3.9 MB, about 14,500 entries each) and diff
// them. The baseline is the least any entry-level diff must do: split
// both files into lines and find the lines of each not in the other
// (a set diff of raw rows, as `comm` would), with no CSV parsing and no
// fields.
func BenchmarkSDNParseDiff(b *testing.B) {
	old := capture(b, "ofac-sdn/2024-03-05-sdn.csv")
	cur := capture(b, "ofac-sdn/2024-05-03-sdn.csv")
	b.Run("lists", func(b *testing.B) {
		b.SetBytes(int64(len(old) + len(cur)))
		b.ReportAllocs()
		var n int
		for b.Loop() {
			_, ch, err := Compare(KindOFACSDN, old, cur)
			if err != nil {
				b.Fatal(err)
			}
			n = len(ch)
		}
		b.ReportMetric(float64(n), "changes")
	})
	b.Run("baseline-line-set", func(b *testing.B) {
		b.SetBytes(int64(len(old) + len(cur)))
		b.ReportAllocs()
		var n int
		for b.Loop() {
			n = lineSetDiff(old, cur)
		}
		b.ReportMetric(float64(n), "changes")
	})
}

func lineSetDiff(old, cur []byte) int {
	seen := make(map[string]bool, bytes.Count(old, []byte{'\n'}))
	for _, l := range bytes.Split(old, []byte{'\n'}) {
		seen[string(l)] = true
	}
	n := 0
	now := make(map[string]bool, len(seen))
	for _, l := range bytes.Split(cur, []byte{'\n'}) {
		now[string(l)] = true
		if !seen[string(l)] {
			n++
		}
	}
	for l := range seen {
		if !now[l] {
			n++
		}
	}
	return n
}
