package match

import "testing"

// TestNames4 holds the matcher to testdata/names4.tsv: alerts whose title
// holds a word that is no name (a participle, an ordinal, a phrasal verb's
// particle, a badge word, a platform credited as the source, a kind of
// thing) while the lead names the package, against look-alikes where the
// odd word really is the package's name.
func TestNames4(t *testing.T) {
	testHeadlines(t, "testdata/names4.tsv", 0.0)
	right, pos := strictNames(t, "testdata/names4.tsv")
	t.Logf("strict names: %d/%d positives name exactly their vendors", right, pos)
}
