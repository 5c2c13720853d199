package match

import "testing"

// TestNames10Headlines holds the matcher to testdata/names10.tsv: a
// title opening with a description of its product or maker, the lead
// naming the vendor; a product the speaker calls its own; look-alikes.
func TestNames10Headlines(t *testing.T) {
	testHeadlines(t, "testdata/names10.tsv", 0.9)
}

// TestNames10Untouched logs names10_u.tsv, written before any change of
// the round: the naming family's figure.
func TestNames10Untouched(t *testing.T) {
	logBatch(t, "testdata/names10_u.tsv")
}
