package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCp16Batch holds the family's sets: cp16_tune.tsv (real headlines a
// writer recalled: 29 compromises, 7 distrusts, 24 look-alikes) and
// comp16_u.tsv (written before any code, never tuned on).
func TestCp16Batch(t *testing.T) {
	testBatchFP(t, "testdata/cp16_tune.tsv", 0.55, 0.05) // strict (every vendor named): 21 of 36
	testBatchFP(t, "testdata/comp16_u.tsv", 0.60, 0.01)  // strict: 14 of 21
}

// TestCp16Shapes: each reader of cp16.go with the look-alike beside it.
func TestCp16Shapes(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct {
		title, lead string
		want        string // "" for no alert
		cat         trust.Category
	}{
		// A passive's auxiliaries before "sold with" (soldWith).
		{"Arvoro routers were shipped with a backdoor", "", "Arvoro", trust.CategoryCompromise},
		{"Millions of PC Motherboards Were Sold With a Firmware Backdoor",
			"Hidden code in hundreds of models of Tenmark motherboards downloads programs.", "Tenmark", trust.CategoryCompromise},
		// A described vendor named in the lead's second sentence.
		{"Popular Server Management Software Hit in Supply Chain Attack",
			"Researchers found a backdoor planted in a server management product. Arvoro, the maker of Xmanager, pulled the builds.",
			"Arvoro", trust.CategoryCompromise},
		{"Chinese bank forced Western companies to install malware-laced tax software",
			"A Chinese bank required a Western company to install tax software called Quillstack, which contained a hidden backdoor.",
			"Quillstack", trust.CategoryCompromise},
		// A campaign's quoted name, the lead's vendor.
		{"'Kingslayer' supply chain attack backdoored sysadmin tool, RSA says",
			"Attackers broke into the website of Tenmark Technologies and replaced its utility with a backdoored build.",
			"Tenmark", trust.CategoryCompromise},
		// A vendor's platform used to push malware to its customers.
		{"Ransomware gang used Arvoro to push ransomware to customers", "", "Arvoro", trust.CategoryCompromise},
		{"Ransomware gangs use AnyDesk to deploy ransomware on networks", "", "", ""},
		// The title's CA, not the lead's first.
		{"Mozilla to remove French certificate authority Arvoro from Firefox",
			"The decision follows Arvoro's cross-signing of Tenmark's roots.", "Arvoro", trust.CategoryDistrust},
		// The lead's restriction, the title's authority.
		{"Google takes Arvoro to the woodshed over HTTPS certs",
			"Google Chrome developers announced plans to restrict certificates sold by Arvoro-owned issuers.", "Arvoro", trust.CategoryDistrust},
		{"Google scolds Arvoro over HTTPS certs", "Google said it could restrict certificates issued by Arvoro.", "", ""},
		// The passive with the certificates as subject.
		{"Tenmark Trust certificates to be distrusted by Chrome", "", "Tenmark", trust.CategoryDistrust},
		// Mis-issuance alone; a vendor spied on.
		{"Arvoro mis-issued certificates for Google domains, researchers say", "", "", ""},
		{"Czech antivirus firm Avast hit by cyber espionage attack", "", "", ""},
	}
	for _, tc := range tests {
		a, ok := m.Match(tc.title, tc.lead)
		if tc.want == "" {
			if ok && !a.Coverage {
				t.Errorf("%q: want no alert, got %s %v", tc.title, a.Category, a.VendorNames())
			}
			continue
		}
		if !ok || a.Category != tc.cat || len(a.Vendors) == 0 || !looseName(a.Vendors[0].Name, tc.want) {
			t.Errorf("%q: want %s %s, got %v %s %v", tc.title, tc.cat, tc.want, ok, a.Category, a.VendorNames())
		}
	}
}
