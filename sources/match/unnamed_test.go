package match

import "testing"

// TestUnnamedHeadlines holds the matcher to testdata/unnamed.tsv:
// compromises of legitimate packages whose title and lead name no package
// (the ecosystem is named as written), against packages malicious from
// the start, attacks on developers, "could" warnings, registry policy and
// roundups.
func TestUnnamedHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/unnamed.tsv", 0.65)
}
