package match

import "testing"

// TestDelistHeadlines holds the matcher to testdata/delist.tsv: named-vendor
// delistings by stores, retailers and partners, reversals of bans and
// listings, and state ties or data sent to a state found by an authority or
// an investigation, against the look-alikes security news prints beside them.
func TestDelistHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/delist.tsv", 0.65)
}
