package match

import "testing"

// TestNames5 holds the matcher to testdata/names5.tsv: events whose title
// names a word that is no vendor or only part of who the news is about,
// against look-alikes on the same names and words.
func TestNames5(t *testing.T) {
	testHeadlines(t, "testdata/names5.tsv", 0.0)
	right, pos := strictNames(t, "testdata/names5.tsv")
	t.Logf("strict names: %d/%d positives name exactly their vendors", right, pos)
	logBatch(t, "testdata/names5.tsv")
}
