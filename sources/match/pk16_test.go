package match

import "testing"

// TestPkg16Tune: the family writer's real package compromises, written
// from memory (testdata/pk16_tune.tsv, 40 events, 30 look-alikes). At
// the start 24 of 40 right and 3 of 30 look-alikes alerting.
func TestPkg16Tune(t *testing.T) {
	testHeadlinesFP(t, "testdata/pk16_tune.tsv", 0.65, 0.11)
	logBatch(t, "testdata/pk16_tune.tsv")
}

// TestPkg16Untouched: pkg16's untouched set (testdata/pkg16_u.tsv),
// written before any change and never tuned on: 15 of 22 right and 1 of
// 18 look-alikes alerting at the start.
func TestPkg16Untouched(t *testing.T) {
	testHeadlinesFP(t, "testdata/pkg16_u.tsv", 0.72, 0.06)
	logBatch(t, "testdata/pkg16_u.tsv")
}
