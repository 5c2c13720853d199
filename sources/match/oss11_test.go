package match

import "testing"

// TestOSS11Headlines holds the matcher to testdata/oss11.tsv: breaches
// traced to a compromised action or package, malware pushed into a
// package, scripts modified for a time, worms in a marketplace's
// packages, a project's source repository backdoored, against images and
// packages malicious from the start and breaches traced to anything else.
func TestOSS11Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss11.tsv", 0)
}
