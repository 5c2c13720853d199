package match

import "testing"

// TestLeftovers3Headlines holds the matcher to testdata/leftovers3.tsv:
// shapes reported as still missed last round (a lead naming the package a
// title describes, a firm reporting on an unlisted maker's product, divest
// orders, listings lifted with the name after the list, groundings by
// authorities known by shape, a vendor's own kit compromised, products named
// "The ...") against look-alikes (flaws, typosquats, antitrust unwinds,
// groundings for crashes, content bans, Fortinet's routine news).
func TestLeftovers3Headlines(t *testing.T) {
	testHeadlines(t, "testdata/leftovers3.tsv", 0.0)
}
