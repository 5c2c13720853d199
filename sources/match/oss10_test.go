package match

import "testing"

// TestOSS10Headlines holds the matcher to testdata/oss10.tsv: releases
// published with stolen tokens or a phished account, a vendor's packages
// caught up in another package's campaign or worm, a maintainer sabotaging
// their own package, and worm or generic titles whose lead names the
// package, against researchers' named techniques, "could have" comparisons
// with past victims, policy responses and typosquats.
func TestOSS10Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss10.tsv", 0)
}
