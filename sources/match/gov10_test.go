package match

import "testing"

// TestGov10Untouched logs gov10's untouched set (testdata/gov10_u.tsv),
// written before any change and never tuned on: its figure is the honest
// one. Its floor only guards against regressions.
func TestGov10Untouched(t *testing.T) {
	testHeadlinesFP(t, "testdata/gov10_u.tsv", 0.7, 0.2)
	logBatch(t, "testdata/gov10_u.tsv")
}
