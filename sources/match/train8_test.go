package match

import "testing"

// TestTrain8Batches holds the matcher to the tenth round's training
// batches, each written on 5 December 2026 from memory of real news
// (invented rows listed in its header) by a helper that read only
// trust-events.md and feeds.md: testdata/train8a.tsv (160 headlines of
// 2020–2021: 100 events, 61 naming a vendor, 12 class-level, 27 package
// hijacks; 60 look-alikes), testdata/train8b.tsv (the same mix for
// 2025–2026) and testdata/train8c.tsv (160 of both bands, every event
// naming a vendor: channel compromises, backdoors found in products,
// state links and authority actions on smaller vendors). Unlike the blind
// batches these were read and their misses handed out as families, so
// they measure tuning, not generalisation: right (one vendor named,
// category right) went 72 → 96, 73 → 96 and 58 → 94 of 100 in that
// round, others alerting 2 → 0, 4 → 0 and 4 → 0 of 60 (train8c's TikTok
// fine row relabelled an event, so 101 and 59 at the end). The floors are
// regression guards under the strict share at the round's end.
func TestTrain8Batches(t *testing.T) {
	testBatches(t, map[string]float64{
		"testdata/train8a.tsv": train8aFloor,
		"testdata/train8b.tsv": train8bFloor,
		"testdata/train8c.tsv": train8cFloor,
	})
}

// The floors of TestTrain8Batches on the strict share.
const (
	train8aFloor = 0.75
	train8bFloor = 0.86
	train8cFloor = 0.75
)
