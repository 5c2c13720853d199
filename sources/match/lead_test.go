package match

import "testing"

// TestLeadHeadlines holds the matcher to testdata/lead.tsv: authority
// actions and state links split between a title and its lead (the
// summary's first sentence), against look-alikes whose lead holds an
// action as background, a reporter, many victims or a patch.
func TestLeadHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/lead.tsv", 0.0)
}
