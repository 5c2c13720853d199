package match

import "testing"

// TestGateHeadlines holds the matcher to testdata/gate.tsv: trust events
// whose title has no lexicon word, said with paraphrase verbs ("sneaks",
// "laces", "cuts off", "revokes licence", "poses threat"), against
// look-alikes using the same verbs in other senses.
func TestGateHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/gate.tsv", 0)
}
