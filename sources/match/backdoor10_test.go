package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestBackdoor10Batch holds the matcher to testdata/backdoor10.tsv:
// backdoors, secret accounts, tunnels and malware found built in to a
// named vendor's shipped product, against flaws, attackers' implants,
// claims, clarifications and reports that found nothing.
// backdoor10_u.tsv, written before any change and never tuned on, is the
// honest figure; it is logged, not held.
func TestBackdoor10Batch(t *testing.T) {
	testHeadlines(t, "testdata/backdoor10.tsv", backdoor10Floor)
	logBatch(t, "testdata/backdoor10_u.tsv")
}

// backdoor10Floor is TestBackdoor10Batch's floor on the strict share.
const backdoor10Floor = 0.90

// TestBackdoor10Shapes holds each shape of backdoor10.go to variants with
// other vendors and words than the sets', and to their look-alikes.
func TestBackdoor10Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		// What the product came with (bd10ShipVerbs), the brand in the lead.
		{"came with", "Cheap e-readers came with malware that opened a proxy",
			"Researchers say Pellow R2 readers sold online shipped with a trojan in the system image.", "Pellow R2", trust.CategoryCompromise},
		{"carried", "Mandated payroll software carried a backdoor",
			"Researchers say the app firms must install is made by Quintaro and downloads a remote access tool.", "Quintaro", trust.CategoryCompromise},
		{"had, for years", "Ham radio receiver had a hidden backdoor for years",
			"The developer of OrbitSDR kept root access to owners' devices, a report found.", "OrbitSDR", trust.CategoryCompromise},
		{"product between", "Phone maker Zelvo sold handsets with preinstalled spyware", "", "Zelvo", trust.CategoryCompromise},
		// Where it was found (bd10PlaceVerbs), the maker after "including"
		// or as the object of an analysis.
		{"baked into", "Backdoor baked into Android TV box firmware",
			"Researchers say the backdoor was embedded in boxes from several brands, including Vostro, at the factory.", "Vostro", trust.CategoryCompromise},
		{"object", "Regulators warn of backdoor in Chinese-made infusion pumps",
			"Analysis of the Medlor IP-4 found a hidden function that sends patient data abroad.", "Medlor IP-4", trust.CategoryCompromise},
		{"count before brand", "Undocumented admin account found in over 50,000 Quellan firewalls", "", "Quellan", trust.CategoryCompromise},
		// Hidden functions of a product.
		{"hidden functions", "Hidden functions let kids' tablet record audio and send it abroad",
			"Researchers found code in the Tabbo 7 that records audio when it gets a coded message.", "Tabbo 7", trust.CategoryCompromise},
		// A maker able to stop its product from afar, active voice.
		{"remote stop", "City finds bus maker can remotely disable its electric buses",
			"Tests showed that Korvel buses accept shutdown commands over a built-in modem.", "Korvel", trust.CategoryCompromise},
		{"remote stop: could", "Operator finds Chinese manufacturer could remotely stop its trains",
			"Tests found that Zhenlu trains have remote access the maker could use to halt them.", "Zhenlu", trust.CategoryCompromise},
		{"remote stop: attackers", "Hackers can remotely disable buses through a telematics flaw", "", "", ""},
		// A product covertly sending data: its maker's spying.
		{"streams", "Robot vacuum quietly sends floor maps to servers abroad",
			"Researchers found that the Dusto V9 uploads maps and camera stills every hour.", "Dusto V9", trust.CategoryEspionage},
		{"streams: malware", "Malware quietly sends data from infected routers", "", "", ""},
		// A maker infecting its own products.
		{"maker infects", "Handset maker Torrio used an update to infect millions of phones with adware", "", "Torrio", trust.CategoryCompromise},
		{"maker infects: botnet", "Botnet infects millions of phones with adware", "", "", ""},
		// Look-alikes: a claim, a clarification, nothing found, a default
		// password, victims.
		{"claim", "Every Quellan router has a backdoor, claims forum post", "", "", ""},
		{"clarified", "'Backdoor' in Zorbchip modules was a test mode, researchers clarify", "", "", ""},
		{"none found", "Audit found no malicious code in Zelvo phones", "", "", ""},
		{"default", "Pellow printers ship with default admin passwords that can't be changed remotely", "", "", ""},
		{"victims", "Backdoor found in hacked routers of a regional ISP", "", "", ""},
	})
}
