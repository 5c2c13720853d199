package match

import "testing"

// TestLeftovers2Headlines holds the matcher to testdata/leftovers2.tsv:
// named-vendor shapes reported as still missed this round (a product found
// with a backdoor account, a maker warning of one in its product, updates
// swapped for malware, reversals, state links in base form, divest orders)
// against look-alikes (flaws and implants, antitrust divestitures, past
// actions used as adjectives, shippers charged over exports).
func TestLeftovers2Headlines(t *testing.T) {
	testHeadlines(t, "testdata/leftovers2.tsv", 0)
}
