package match

import "testing"

// TestOSS8Headlines holds the matcher to testdata/oss8.tsv: package
// compromises told passively (altered, modified, tampered with, updated
// with malicious code), a lead naming the package with "which", a stolen
// token leading to a malicious release, versions live for hours,
// maintainers' destructive releases and backdoors found in a project,
// against typosquats, fake packages, registry research and policy,
// vulnerabilities and coverage of past compromises.
func TestOSS8Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss8.tsv", 0)
}
