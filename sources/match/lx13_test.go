package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLx13Batch holds lexicon13's own set to its floor and logs its
// untouched set (written before any change, never tuned on).
func TestLx13Batch(t *testing.T) {
	testHeadlines(t, "testdata/lx13.tsv", lx13Floor)
	logBatch(t, "testdata/lx13_u.tsv")
}

// lx13Floor is TestLx13Batch's floor on the strict share.
const lx13Floor = 0.9

// TestLx13StateCuts holds a state ending its dealings with a vendor, or
// putting its products off the state's own systems, as a ban; a seller
// doing the same stays a delisting.
func TestLx13StateCuts(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"cuts ties", "Estonia cuts ties with Hikvision over spying fears", "", "Hikvision", trust.CategoryBan},
		{"cancels contracts", "Pentagon cancels contracts with Lenovo over security concerns", "", "Lenovo", trust.CategoryBan},
		{"kicked off", "DJI drones kicked off federal systems in Florida", "", "DJI", trust.CategoryBan},
		{"seller", "Best Buy cuts ties with Kaspersky over security concerns", "", "Kaspersky", trust.CategoryDelisting},
	})
}

// TestLx13Retailer holds a retailer named as a store: Best Buy, Costco.
func TestLx13Retailer(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"gone", "Kaspersky disappears from Best Buy", "", "Kaspersky", trust.CategoryDelisting},
		{"ditches", "Costco ditches Hikvision cameras over spying concerns", "", "Hikvision", trust.CategoryDelisting},
	})
	checkSilent(t, m,
		"Eufy cameras removed from buy lists after review",
		"Huawei strips ads from its browser",
	)
}

// TestLx13Words holds the family's added wordings, one per kind, and
// their other senses silent.
func TestLx13Words(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"ban overturned", "ZTE ban overturned on appeal", "", "ZTE", trust.CategoryReversal},
		{"rescinds ban", "Commerce rescinds ban on ZTE", "", "ZTE", trust.CategoryReversal},
		{"pulls trust", "Apple pulls trust from Entrust certificates", "", "Entrust", trust.CategoryDistrust},
		{"denial order", "US slaps denial order on ZTE", "", "ZTE", trust.CategorySanctions},
		{"booby-trapped", "3CX installer booby-trapped with malware", "", "3CX", trust.CategoryCompromise},
		{"will bar", "Australia will bar DeepSeek from government devices", "", "DeepSeek", trust.CategoryBan},
		{"controlled by", "Hikvision is controlled by the Chinese state, FCC says", "", "Hikvision", trust.CategoryStateLinks},
		{"malware-laden", "Hackers swap 3CX installer for malware-laden copy on official site", "", "3CX", trust.CategoryCompromise},
		{"uflpa", "Hikvision added to UFLPA list", "", "Hikvision", trust.CategorySanctions},
	})
	checkSilent(t, m,
		"Xiaomi phased out its Mi brand",
		"Shareholders sanction Lenovo's buyback",
		"Chinese hackers strip data from government networks using Ivanti flaw",
		"FCC chairman circulates proposal to bar Chinese labs from certifying devices",
		"Senate panel advances bill to bar Chinese drones from federal use",
	)
}

// TestLx13Recategorized holds a state blacklisting a vendor from its own
// systems as a ban, and a root program barring certificates as distrust.
func TestLx13Recategorized(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"blacklists from", "Australia blacklists DeepSeek from government networks", "", "DeepSeek", trust.CategoryBan},
		{"blacklist list", "Commerce blacklists Hikvision", "", "Hikvision", trust.CategorySanctions},
		{"bans certificates", "Google bans Entrust certificates", "", "Entrust", trust.CategoryDistrust},
		{"blocks certificates", "Apple blocks WoSign certificates", "", "WoSign", trust.CategoryDistrust},
	})
}

// TestLx13PlansAndContracts holds a partner giving up its plan to sell or
// use a vendor's products as a delisting, a state ending a vendor's
// contract as a ban, and the vendor's own plans and contracts silent.
func TestLx13PlansAndContracts(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"drops plans", "AT&T scraps plans to sell Huawei phone", "", "Huawei", trust.CategoryDelisting},
		{"brakes", "Apple hits the brakes on plans to use YMTC memory chips", "", "YMTC", trust.CategoryDelisting},
		{"contract", "Army cancels its contract with Hikvision", "", "Hikvision", trust.CategoryBan},
		{"vendor's contract", "Spain scraps Huawei contract", "", "Huawei", trust.CategoryBan},
	})
	checkSilent(t, m,
		"Huawei drops plans to sell phones in Europe",
		"Huawei cancels contract with Indian telecom",
		"Xiaomi shelves plans to list shares in Shanghai",
		"Pentagon cancels JEDI contract with Microsoft",
		"Lenovo scraps plans to use Intel chips",
	)
}
