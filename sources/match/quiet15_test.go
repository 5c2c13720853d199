package match

import "testing"

// TestQuiet15Batch measures the untouched set (logged, never tuned on).
func TestQuiet15Batch(t *testing.T) {
	logBatch(t, "testdata/quiet15_u.tsv")
}
