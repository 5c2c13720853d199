package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestState9Batch holds the matcher to testdata/state9.tsv: a named
// vendor found, by officials, a report or an investigation, able to get
// into networks or data covertly, against attackers, researchers' reports
// on state hackers, denials, proposals and privacy studies with no state
// or network tie. state9_u.tsv, written before any change and never tuned
// on, is the honest figure; it is logged, not held.
func TestState9Batch(t *testing.T) {
	testHeadlines(t, "testdata/state9.tsv", state9Floor)
	logBatch(t, "testdata/state9_u.tsv")
}

// state9Floor is TestState9Batch's floor on the strict share.
const state9Floor = 0.8

// TestState9Shapes holds covertReachShape to variants with other vendors
// and words than the sets', and to its look-alikes.
func TestState9Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"eavesdrop", "Norvane switches could eavesdrop on Russian government calls, auditors found", "", "Norvane", trust.CategoryEspionage},
		{"covertly", "Qimtek modems can covertly monitor carrier networks, officials say", "", "Qimtek", trust.CategoryEspionage},
		{"acronym", "NVT routers could spy on operator networks, audit finds", "", "NVT", trust.CategoryEspionage},
		{"flow", "Zorbcam doorbells transmitted video to Chinese servers, report says", "", "Zorbcam", trust.CategoryEspionage},
		{"admits", "Qimtek confirms some chats were routed via Beijing", "", "Qimtek", trust.CategoryEspionage},
	})
	for _, title := range []string{
		"Google can secretly access your location, study says",                // no state or network
		"Police could eavesdrop on Encrochat users, court told",               // police reach in
		"Malicious apps could spy on Samsung phone users, researchers say",    // malicious code
		"Cloudflare routes traffic through Russia after outage, company says", // a routing leak
		"Qimtek admits chats were routed through Ireland",
		"Report: Qimtek's rivals could eavesdrop on calls too", // the name only qualifies                     // no state
	} {
		expectAlerted(t, m, title, "", false)
	}
}
