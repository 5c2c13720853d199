package match

import "testing"

// TestOSS6Headlines holds the matcher to testdata/oss6.tsv: package
// compromises through abandoned resources taken over, extensions turned
// into malware, maintainer phishing and stolen tokens, campaign titles and
// CI/CD pipelines, against takeover research, typosquats, registry policy
// and coverage.
func TestOSS6Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss6.tsv", 0.35)
}
