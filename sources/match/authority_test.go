package match

import "testing"

// TestAuthorityHeadlines holds the matcher to testdata/authority.tsv:
// named-vendor authority events whose title describes the vendor or its
// product and whose lead names it (state ties found by an authority,
// patches declared useless, watchdog blocks, trade-named firms sanctioned,
// courts letting a spyware case go ahead), against the look-alikes security
// news prints beside them.
func TestAuthorityHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/authority.tsv", 0.30)
}
