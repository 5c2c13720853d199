package match

import "testing"

// TestLeftovers4Headlines holds the matcher to testdata/leftovers4.tsv:
// shapes reported as still wrong (advice to ministries to drop a vendor,
// kind bans reversed with no country, passive lifts, unlisted makers banned
// by a department, stores pulling apps, labs reporting on a described kind,
// a vendor's own kit hijacked, groundings with no drone word, government chat
// updates backdoored) against look-alikes (a vendor pulling its own app,
// talk of a ban, crashes, flaws, fakes, breaches).
func TestLeftovers4Headlines(t *testing.T) {
	testHeadlines(t, "testdata/leftovers4.tsv", 0.0)
}
