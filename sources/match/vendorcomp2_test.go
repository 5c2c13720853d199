package match

import "testing"

// TestVendorCompromise2 holds the matcher to testdata/vendorcomp2.tsv:
// distrust told from the certificate's side, backdoor accounts the vendor
// built in, named apps and installers turned to deliver malware, against
// CA housekeeping, stolen signing certificates, patch lists, weak
// passwords and fake download sites.
func TestVendorCompromise2(t *testing.T) {
	testHeadlines(t, "testdata/vendorcomp2.tsv", 0.5)
}
