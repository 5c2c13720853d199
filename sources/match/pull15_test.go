package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPl15Batch holds pull15's own set to its floor and logs its
// untouched set (written before any change, never tuned on).
func TestPl15Batch(t *testing.T) {
	testHeadlines(t, "testdata/pull15.tsv", pl15Floor)
	logBatch(t, "testdata/pull15_u.tsv")
}

// pl15Floor is TestPl15Batch's floor on the strict share.
const pl15Floor = 0.9

// TestPl15Shapes holds one row of each of pull15's shapes, with the
// look-alike each must refuse beside it.
func TestPl15Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"sale noun after", "Best Buy halts Arvoro sales amid concerns over links to Russian intelligence", "", "Arvoro", trust.CategoryDelisting},
		{"sale noun passive", "Tenmark Systems sales halted at Walmart", "", "Tenmark Systems", trust.CategoryDelisting},
		{"sellers listed", "Walmart, Target pull Arvoro baby monitors after hacking report", "", "Arvoro", trust.CategoryDelisting},
		{"off shelves", "Staples takes Quillstack cameras off its shelves", "", "Quillstack", trust.CategoryDelisting},
		{"maker's phones", "Samsung removes Arvoro antivirus from its phones over spying fears", "", "Arvoro", trust.CategoryDelisting},
		{"preinstall", "Xiaomi stops preinstalling Arvoro antivirus amid Russia concerns", "", "Arvoro", trust.CategoryDelisting},
		{"operator", "Telecom operator stops using Arvoro equipment over security concerns", "", "Arvoro", trust.CategoryDelisting},
		{"rip out", "BT to rip out Tenmark Systems gear amid spying fears", "", "Tenmark Systems", trust.CategoryDelisting},
		{"phones sold", "Samsung removes Arvoro app from phones sold in Europe over spying concerns", "", "Arvoro", trust.CategoryDelisting},
		{"topic before colon", "Arvoro: Best Buy halts sales of cameras over spying fears", "Best Buy has stopped selling Arvoro cameras.", "Arvoro", trust.CategoryDelisting},
		{"launch delayed", "Japanese carriers delay Arvoro phone launch after US blacklisting", "", "Arvoro", trust.CategoryDelisting},
		{"launch halted", "Vodafone halts Tenmark Systems handset launch over security concerns", "", "Tenmark Systems", trust.CategoryDelisting},
		{"as member", "Wi-Fi Alliance drops Arvoro as member", "The industry group restricted the company's participation to comply with the US export blacklist.", "Arvoro", trust.CategoryDelisting},
		{"kind opens on a digit", "SoftBank to replace Arvoro 4G equipment over security concerns", "", "Arvoro", trust.CategoryDelisting},
		{"program", "Microsoft drops Quillstack from its partner program amid spying concerns", "", "Quillstack", trust.CategoryDelisting},
		{"kind word", "Quillstack security cameras kicked off Amazon amid spying fears", "Amazon said Quillstack had been told.", "Quillstack", trust.CategoryDelisting},
		{"state adjective", "Best Buy pulls Russian antivirus software from its shelves", "Best Buy will stop selling Arvoro products amid concerns over the company's ties to the Russian government.", "Arvoro", trust.CategoryDelisting},
		{"lead opens on name", "Popular VPN app pulled from Google Play for spying on users", "Arvoro VPN, installed ten million times, sent users' browsing data to servers controlled by a Chinese state company.", "Arvoro", trust.CategoryDelisting},
		{"gone, lead's pull", "Tenmark Systems routers no longer available at Walmart", "Walmart pulled the Tenmark Systems routers after a report found a hidden backdoor account.", "Tenmark Systems", trust.CategoryDelisting},
		{"registry name", "Google suspends popular Chinese shopping app over malware", "Google has suspended Pinduoduo's app from the Play Store after malware was found in versions of it distributed outside Google Play.", "Pinduoduo", trust.CategoryDelisting},
	})
	checkSilent(t, m,
		"Best Buy halts Arvoro sales amid chip shortage",
		"Arvoro halts Russia sales amid sanctions",
		"Samsung removes Arvoro apps from its phones after user complaints",
		"Samsung removes Arvoro app from phones sold in Europe",
		"Verizon delays Arvoro phone launch to next year",
		"Wi-Fi Alliance drops Arvoro as member after dues dispute",
		"Club drops Arvoro as sponsor",
		"Samsung delays Galaxy Fold launch after screen failures",
		"Carriers delay Arvoro phone launch amid chip shortage",
		"Security: Best Buy halts sales of cameras over spying fears",
		"Black Friday: Best Buy halts sales of cameras over spying fears",
		"Telecom operator stops using Arvoro equipment",
		"Vodafone replaces Tenmark Systems equipment in 5G upgrade",
		"Google stops using Arvoro chips in Pixel phones",
		"Hackers target Walmart, Target shoppers with fake Arvoro deals",
		"Walmart takes counterfeit Arvoro chargers off its shelves",
		"Should retailers pull TP-Link routers off their shelves?",
		"Will Best Buy stop selling Hikvision cameras?",
		// A question after the news is coverage (cov23Form): it may
		// join the removal's event, never start one.
		"Walmart pulls Arvoro cameras over spying fears: what now?",
		"Google pulls Remove China Apps from Play Store for violating policy",
		"Apple removes Arvoro app from App Store over policy violations")
	checkLeadRows(t, m, []leadRow{
		{"policy beside spying", "Google removes Arvoro app for violating policy on spying", "", "Arvoro", trust.CategoryDelisting},
		{"sent abroad in lead", "Arvoro app disappears from Google Play and the App Store", "Google and Apple removed the Arvoro app after a report that it sent users' messages to servers in China.", "Arvoro", trust.CategoryDelisting},
	})
}
