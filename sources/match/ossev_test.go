package match

import "testing"

// TestOSSEvHeadlines holds the matcher to testdata/ossev.tsv: package,
// extension, action and image compromises whose evidence is spread over
// the title and the lead (the name in one, the registry or the harm in
// the other), against packages malicious from the start, phishing aimed
// at maintainers, studies, demos and registry policy.
func TestOSSEvHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/ossev.tsv", 0.0)
}
