package match

import "testing"

// TestLookalike10Headlines holds testdata/lookalike10.tsv: hard look-alikes
// of the tenth round's families (4/4 right, 11 of 204 look-alikes alerting
// at the start; 0 after).
func TestLookalike10Headlines(t *testing.T) {
	testBatchFP(t, "testdata/lookalike10.tsv", 1, 0.02)
}

// TestLookalike10Untouched logs testdata/lookalike10_u.tsv, written before
// reading the new families' code and never tuned on (12 of 15 right, 1 of
// 86 look-alikes alerting at the start).
func TestLookalike10Untouched(t *testing.T) {
	testBatchFP(t, "testdata/lookalike10_u.tsv", 0.7, 0.05)
}
