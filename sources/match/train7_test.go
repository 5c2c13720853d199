package match

import (
	"maps"
	"slices"
	"testing"
)

// TestTrain7Batches holds the matcher to the ninth round's training
// batches, each written on 5 December 2026 from memory of real news
// (invented rows listed in its header) by a helper that read only
// trust-events.md and feeds.md: testdata/train7a.tsv (160 headlines of
// 2020–2021: 100 events, most of them authority actions on named
// vendors; 60 look-alikes), testdata/train7b.tsv (160 of 2025–2026,
// weighted to named vendors' channel compromises, package hijacks and
// authority actions on less famous vendors) and testdata/train7c.tsv
// (160 supply-chain headlines of 2020–2021 and 2025–2026: 53 package
// hijacks, 47 vendor channel compromises). Unlike the blind batches
// these were read and their misses handed out as families, so they
// measure tuning, not generalisation: right (one vendor named, category
// right) went 61 → 83, 66 → 93 and 68 → 95 of 100 in that round, others
// alerting 5 → 0, 3 → 0 and 4 → 0 of 60. The floors are regression
// guards under the strict share at the round's end.
func TestTrain7Batches(t *testing.T) {
	testBatches(t, map[string]float64{
		"testdata/train7a.tsv": train7aFloor,
		"testdata/train7b.tsv": train7bFloor,
		"testdata/train7c.tsv": train7cFloor,
	})
}

// The floors on each batch's strict share (every vendor a row lists
// named), a little under the ninth round's end.
const (
	train7aFloor = 0.63
	train7bFloor = 0.80
	train7cFloor = 0.76
)

// testBatches runs testBatch on each batch, a subtest per path, with its
// floor on the strict share.
func testBatches(t *testing.T, floors map[string]float64) {
	for _, path := range slices.Sorted(maps.Keys(floors)) {
		t.Run(path, func(t *testing.T) {
			testBatch(t, path, floors[path])
		})
	}
}
