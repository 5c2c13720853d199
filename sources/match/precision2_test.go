package match

import "testing"

// TestPrecision2Headlines holds the matcher to testdata/precision2.tsv:
// look-alikes of vendor-trust events in security-news form (a shipment's
// destination read as the subject of a ban, attackers backdooring a
// vendor's devices, typosquats serving backdoored builds, a vendor pulling
// its own feature, spyware used "despite sanctions", past scandals inside
// roundups, export curbs on a vendor's sales, antitrust divestitures),
// beside real events in the same topics.
func TestPrecision2Headlines(t *testing.T) {
	testHeadlines(t, "testdata/precision2.tsv", 0.70)
}
