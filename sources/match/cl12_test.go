package match

import "testing"

// TestCl12Untouched holds the matcher to testdata/cl12_u.tsv, written
// before any change and never tuned on (its header has the figures).
func TestCl12Untouched(t *testing.T) {
	testBatchFP(t, "testdata/cl12_u.tsv", 0.5, 0.2)
}
