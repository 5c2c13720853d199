package match

import "testing"

// TestNamed4Headlines holds the matcher to testdata/named4.tsv: a hidden
// backdoor found in a product the title only describes, a vendor's apps
// vanishing from a store, a heist traced to a vendor that shipped the
// attacker's code, a firm tied to a state's agencies or sued as spyware,
// against look-alikes (implants through flaws, retirements and disputes,
// victims' own phished staff, APT groups, botnets of hacked routers).
func TestNamed4Headlines(t *testing.T) {
	testHeadlines(t, "testdata/named4.tsv", 0)
}
