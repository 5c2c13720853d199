package match

import "testing"

// TestOSS4Headlines holds the matcher to testdata/oss4.tsv: open-source
// package compromises as security news titled them (active voice, a count
// of packages for a subject, a campaign's name, the package only in the
// lead) against typosquats, fake packages, research, flaws, policy and
// coverage.
func TestOSS4Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss4.tsv", 0)
}
