package match

import "testing"

// TestFallbackHeadlines holds the matcher to testdata/fallback.tsv: events
// whose first candidate alert a later veto or name check drops (a count
// verb read as a name, the cue-only exit before the evidence rules ran)
// while an evidence rule reads them, against look-alikes whose drop was
// right (fakes, typosquats, exposed hosts, "could", demos, policy). Floor:
// today's 0.89 less a margin.
func TestFallbackHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/fallback.tsv", 0.8)
}
