package match

import "testing"

// TestAuthority4Headlines holds the matcher to testdata/authority4.tsv:
// obligations and directives without "orders", designations, exclusion
// verbs, warnings of data flow and store shapes, against the look-alikes
// news prints beside them. Floor: today's figure less a margin.
func TestAuthority4Headlines(t *testing.T) {
	testHeadlines(t, "testdata/authority4.tsv", 0.55)
}
