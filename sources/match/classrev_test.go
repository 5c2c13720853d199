package match

import "testing"

// TestClassrev holds the matcher to testdata/classrev.tsv: authority advice
// to drop a kind of product tied to a country, orders halting a kind at
// sites or votes blocking a kind, and reversals of security bans, against
// talk of a ban, content and moral bans and their reversals, and warnings
// with no trust motive (floor: the set after the shapes, 0.98, less a
// margin; vendor and category must both be right).
func TestClassrev(t *testing.T) {
	testHeadlines(t, "testdata/classrev.tsv", 0.88)
}
