package match

import "testing"

// TestFinalBatch holds the matcher to testdata/final.tsv: 200 security-news
// headlines with their leads (70 events, 130 look-alikes and ordinary
// news), written blind on 5 December 2026 by a helper that read neither
// the matcher nor any headline set, and never tuned on in the round it
// measured (its header has the figures). Here every vendor of a row must
// be named, and its writer listed owners the news does not name
// ("TikTok, ByteDance"), so this strict share (0.61 at the end of that
// round) is below the README's, which needs one of them; the floor is a
// regression guard a little under it.
func TestFinalBatch(t *testing.T) {
	testHeadlines(t, "testdata/final.tsv", 0.58)
}
