package match

import "testing"

// TestDl14Batch holds delist14's own set to its floor and logs its
// untouched set (written before any change, never tuned on).
func TestDl14Batch(t *testing.T) {
	testHeadlines(t, "testdata/delist14.tsv", dl14Floor)
	logBatch(t, "testdata/delist14_u.tsv")
}

// dl14Floor is TestDl14Batch's floor on the strict share.
const dl14Floor = 0.9
