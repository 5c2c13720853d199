package match

import "testing"

// TestPrecision3Headlines holds the matcher to testdata/precision3.tsv: the
// everyday shapes of dense security news (ransomware hits and breaches of a
// vendor, patches, KEV additions, authority warnings about exploitation,
// takedowns, abuse of legitimate platforms, typosquats, store removals of
// apps that were never legitimate, researcher demos, comparisons, roundups,
// funding, weighed bans, sanctions on cybercriminals, content moderation),
// beside real events as a control of recall.
func TestPrecision3Headlines(t *testing.T) {
	testHeadlines(t, "testdata/precision3.tsv", 0.80)
}
