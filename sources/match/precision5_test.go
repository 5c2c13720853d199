package match

import "testing"

// TestPrecision5Headlines holds the matcher to testdata/precision5.tsv:
// look-alikes that alerted in the eighth round (platform policy after past
// compromises, attackers abusing exposed servers, re-uploaded copies, an
// account taken over with nothing shipped, a vendor lifting its own rules,
// an organisation named by nationality, a ban upheld), beside the events
// they resemble.
func TestPrecision5Headlines(t *testing.T) {
	testHeadlines(t, "testdata/precision5.tsv", 0.70)
}
