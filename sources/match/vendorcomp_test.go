package match

import "testing"

// TestVendorCompromise holds the matcher to testdata/vendorcomp.tsv:
// malware shipped through a vendor's own channel and backdoors found in
// its products, against attackers using a product, breaches that shipped
// nothing, patches and coverage of a past event.
func TestVendorCompromise(t *testing.T) {
	testHeadlines(t, "testdata/vendorcomp.tsv", 0.0)
}
