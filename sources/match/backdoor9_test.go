package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestBackdoor9Batch holds the matcher to testdata/backdoor9.tsv:
// backdoors and malware found in a product as shipped (counted models of
// one brand, a maker after the product, a product the title only
// describes, a product caught hiding one) against attackers' implants,
// flaws, fakes and old backdoors still around. backdoor9_u.tsv, written
// before any change and never tuned on, is the honest figure; it is
// logged, not held.
func TestBackdoor9Batch(t *testing.T) {
	testHeadlines(t, "testdata/backdoor9.tsv", backdoor9Floor)
	logBatch(t, "testdata/backdoor9_u.tsv")
}

// backdoor9Floor is TestBackdoor9Batch's floor on the strict share.
const backdoor9Floor = 0.85

// TestBackdoor9Shapes holds each shape of backdoor9.go to variants with
// other vendors and words than the sets', and to their look-alikes.
func TestBackdoor9Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		// A count before one brand's models (brandAfterCount).
		{"count", "Hidden admin account found in several Norvane NAS models", "", "Norvane", trust.CategoryCompromise},
		{"count", "Backdoor discovered in multiple Quellix VPN gateways", "", "Quellix", trust.CategoryCompromise},
		{"count: survey", "Hard-coded passwords found in 40 Android apps", "", "", ""},
		// The maker after the product, with flaws, or what it is built on.
		{"maker", "Backdoor accounts and bugs found in ONT devices from Chinese vendor Zelmor", "", "Zelmor", trust.CategoryCompromise},
		{"built on", "Backdoor discovered in NVR firmware based on Quarvo chips", "", "Quarvo", trust.CategoryCompromise},
		// A product the title describes, the brand in the lead.
		{"described", "Backdoor discovered in hospital infusion pumps",
			"Researchers found that Pellion IV-3 infusion pumps send data to a hard-coded address abroad.", "Pellion", trust.CategoryCompromise},
		{"described, named family", "ShadowRoot backdoor hidden in customs declaration software",
			"A customs filing tool importers must install came with a backdoor. It was dropped by the Taxano Customs software days after setup.", "Taxano Customs", trust.CategoryCompromise},
		{"described: no brand", "Backdoor discovered in hospital infusion pumps",
			"Researchers say the devices send data to a hard-coded address abroad.", "hospital infusion pumps", trust.CategoryCompromise},
		{"still there", "Old router images still contain the Zorbwrt backdoor", "", "", ""},
		{"described: victims", "Backdoor found in hacked servers of three hospitals",
			"Attackers left a web shell on Quoran servers after breaking in.", "", ""},
		// A product caught hiding one (foundHiding).
		{"hiding", "Zorbex billing app caught carrying a backdoor", "", "Zorbex", trust.CategoryCompromise},
		{"hiding, lead", "Mandatory invoicing software found installing malware",
			"Firms must use the invoicing software, the Kerava edition, which drops a loader weeks later.", "Kerava", trust.CategoryCompromise},
		{"hiding: fake", "Fake invoicing software found hiding a backdoor", "", "", ""},
		{"hiding: attackers", "Hackers found hiding a backdoor in invoicing software", "", "", ""},
		// An SDK named by its platform: its maker from the lead.
		{"platform", "Popular Android SDK accused of spying on users",
			"Researchers say an analytics SDK from Chinese company Quorvane, used by 800 apps, sends device data to its servers.", "Quorvane", trust.CategoryEspionage},
		// An SDK's hidden code took users' data (secretHarvest): its
		// maker's spying.
		{"harvest", "Pelora SDK in 90 iOS apps found secretly uploading contact lists", "", "Pelora", trust.CategoryEspionage},
		{"harvest", "Zentrix library covertly harvesting location data, researchers say", "", "Zentrix", trust.CategoryEspionage},
		{"harvest: fake", "Fake Pelora SDK secretly steals users' data", "", "", ""},
		// A state summons a maker over the security of its product.
		{"summons", "Beijing summons Kelvar over 'serious security risks' in its chips", "", "Kelvar", trust.CategoryEspionage},
		// An app's own update turned it (updateTurnedApp).
		{"update", "Kelpnote app hit 3 million users with a malicious update", "", "Kelpnote", trust.CategoryCompromise},
		{"update", "Zorbcam game on Google Play infected users after latest update", "", "Zorbcam", trust.CategoryCompromise},
		{"update: fake", "Fake Kelpnote app infects users with malicious update", "", "", ""},
		{"update: malware", "Joker malware infects Google Play apps with new update", "", "", ""},
		// A maker can stop its product from afar (remoteStopShape).
		{"remote", "Port authority finds Chinese cranes can be switched off remotely",
			"Inspectors found that Quonmar cranes at two terminals could be switched off remotely by the manufacturer.", "Quonmar", trust.CategoryCompromise},
		{"remote", "Audit finds Kelvar e-bus chargers can be disabled remotely", "", "Kelvar", trust.CategoryCompromise},
		{"remote: attackers", "Researchers find Zorbus cars can be stopped remotely by hackers", "", "", ""},
		{"remote: flaw", "Flaw means Zorbus buses can be stopped remotely, researchers find", "", "", ""},
		{"remote: no finding", "Zorbus buses can be stopped remotely in an emergency", "", "", ""},
	})
}
