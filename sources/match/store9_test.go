package match

import "testing"

// TestStore9Batch reads stores and browsers pulling extensions or apps
// that went rogue (store9.go) and their look-alikes: fakes, counts,
// policy pulls.
func TestStore9Batch(t *testing.T) {
	testBatch(t, "testdata/store9.tsv", store9Floor)
}

// store9Floor is TestStore9Batch's floor on the strict share.
const store9Floor = 0.8
