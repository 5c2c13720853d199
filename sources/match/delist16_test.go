package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestDl16Batch holds the family writer's real headlines (dl16_tune.tsv,
// read and tuned on) to their floor and logs the untouched set
// (delist16_u.tsv, written before any change, never tuned on).
func TestDl16Batch(t *testing.T) {
	testHeadlines(t, "testdata/dl16_tune.tsv", dl16Floor)
	logBatch(t, "testdata/delist16_u.tsv")
}

// dl16Floor is TestDl16Batch's floor on the strict share (31 of 41 in
// the twenty-second round, a company's staff rule no longer an event;
// the rest named only in a later sentence, a registry alias, or a
// category the rules read otherwise).
const dl16Floor = 0.6

// TestDl16Shapes holds one row of each of delist16's shapes, with the
// look-alikes each must refuse.
func TestDl16Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"struck from list", "Tenmark Systems struck from GSA procurement list", "", "Tenmark Systems", trust.CategoryDelisting},
		{"kicked off schedule", "Arvoro kicked off GSA schedule over ties to Russian intelligence", "", "Arvoro", trust.CategoryDelisting},
		{"expelled from program", "Arvoro expelled from Microsoft partner program over security concerns", "", "Arvoro", trust.CategoryDelisting},
		{"stripped of", "Kaspersky stripped of Microsoft certification amid spying fears", "", "Kaspersky", trust.CategoryDelisting},
		{"possessive membership", "Wi-Fi Alliance temporarily restricts Arvoro's membership", "Arvoro was put on the Entity List last week.", "Arvoro", trust.CategoryDelisting},
		{"other's program", "HackerOne suspends Kaspersky's bug bounty program", "The platform disabled the program in the wake of sanctions on Russia.", "Kaspersky", trust.CategoryDelisting},
		{"approved list not undone", "Arvoro removed from Pentagon's approved products list over security concerns", "", "Arvoro", trust.CategoryDelisting},
		{"motive beside listing", "Kaspersky struck from GSA procurement list over ties to Russian intelligence", "", "Kaspersky", trust.CategoryDelisting},
		{"any business stops offering", "Barclays stops offering Kaspersky software to new customers", "The bank acted after the National Cyber Security Centre warned against Russian security products.", "Kaspersky", trust.CategoryDelisting},
		{"backs out of deal", "AT&T backs out of deal to sell Huawei phones", "Lawmakers had raised concerns about Huawei's ties to the Chinese government.", "Huawei", trust.CategoryDelisting},
		{"drops plans", "Verizon drops plans to sell Arvoro phones over security concerns", "", "Arvoro", trust.CategoryDelisting},
		{"research ties", "UC Berkeley suspends research collaborations with Huawei", "The university cited national security concerns.", "Huawei", trust.CategoryDelisting},
		{"gear paused", "Vodafone pauses Huawei equipment in its core networks", "Governments are scrutinising the Chinese firm's links to Beijing.", "Huawei", trust.CategoryDelisting},
		{"no longer sold", "Arvoro cameras no longer sold at Best Buy over spying fears", "The retailer said Arvoro had been told.", "Arvoro", trust.CategoryDelisting},
		{"available again", "Arvoro app available again in South Korea app stores", "Downloads of the Arvoro app were suspended in February over data protection concerns.", "Arvoro", trust.CategoryReversal},
		{"court overstep", "Appeals court rules Treasury overstepped by sanctioning Tornado Cash", "The court found the Treasury exceeded its authority when it sanctioned the crypto mixer Tornado Cash.", "Tornado Cash", trust.CategoryReversal},
		{"a state's ban stays a ban", "Germany bans sales of Kaspersky antivirus over links to Russian intelligence", "", "Kaspersky", trust.CategoryBan},
		{"place restored", "Apple restores Facebook's enterprise certificate", "Apple has restored Facebook's enterprise certificate a day after revoking it over the Research app.", "Facebook", trust.CategoryReversal},
	})
	checkSilent(t, m,
		"Arvoro removed from Fortune 500 list",
		"Turkey removed from F-35 partner program",
		"Arvoro loses Microsoft certification",
		"Arvoro loses Pentagon contract",
		"Typosquatted VS Code extensions removed from marketplace after stealing credentials",
		"NYSE to delist China Mobile, China Telecom, China Unicom",
		"Judge rules Pentagon properly listed DJI as Chinese military company",
		"Nvidia halts sales of H20 chips to China after new US licence rule",
		"Arvoro service available again after outage",
		"Arvoro returns to profit in third quarter",
		"Microsoft suspends bug bounty program",
		"Apple restores Arvoro's account after review",
		"Verizon drops plans to sell Arvoro phones amid chip shortage")
	for _, r := range [][2]string{
		{"SwiftKey is unexpectedly back on iOS", "Microsoft removed the keyboard app from the App Store last month."},
		{"Elon Musk just decided to bring the worst people on the internet back to Twitter", "Accounts that had been banned will return."},
	} {
		expectAlert(t, m, r[0], r[1], "")
	}
}
