package match

import "testing"

// TestLK22Tune holds the matcher to testdata/lk22_tune.tsv, written blind
// from trust-events.md and the feed guide before the round read the
// matcher: 40 events and 160 hard look-alikes (commentary, webinars,
// exploited CVEs, brand abuse, a vendor's own bans, content and sports
// bans, proposals, a security vendor's reports, breaches shipping
// nothing). 38/40 right (33 naming every labelled vendor) and 7/160 alerting at the start.
func TestLK22Tune(t *testing.T) {
	testBatchFP(t, "testdata/lk22_tune.tsv", 0.8, 0.045)
}
