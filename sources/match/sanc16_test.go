package match

import "testing"

// TestSanc16Batch measures the untouched set (logged, never tuned on).
func TestSanc16Batch(t *testing.T) {
	logBatch(t, "testdata/sanc16_u.tsv")
}
