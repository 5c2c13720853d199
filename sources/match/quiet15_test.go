package match

import "testing"

// TestQuiet15Batch measures the untouched set (logged, never tuned on).
func TestQuiet15Batch(t *testing.T) {
	logBatch(t, "testdata/quiet15_u.tsv")
}

// TestQuiet15Set holds quiet15's own set (written from the grid's axes).
func TestQuiet15Set(t *testing.T) {
	testHeadlines(t, "testdata/quiet15.tsv", 0.9)
}
