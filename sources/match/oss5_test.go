package match

import "testing"

// TestOSS5Headlines holds the matcher to testdata/oss5.tsv: package
// compromises whose title names only the registry or a worm while the lead
// names the package, actions, Docker Hub and RubyGems accounts named
// without their platform, a trusted release modified, and named packages
// in "supply chain attack" titles, against typosquats, malicious uploads,
// researchers' demos, registry policy and vendor supply chain attacks.
func TestOSS5Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss5.tsv", 0.0)
}
