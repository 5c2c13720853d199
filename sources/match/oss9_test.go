package match

import "testing"

// TestOSS9Headlines holds the matcher to testdata/oss9.tsv: package
// compromises whose lead lists packages, a kind word between the name and
// the channel noun, a wheel or model swapped, a crate yanked or a NuGet
// package hijacked, against denials ("no packages were compromised"),
// typosquats, fake uploads and routine releases.
func TestOSS9Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss9.tsv", 0)
}
