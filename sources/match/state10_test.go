package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestState10Batch holds the matcher to testdata/state10.tsv: covert
// collection by a vendor's product, a vendor tied to a state's military or
// intelligence, staff in a state on a vendor's systems, prosecutors
// charging a company's staff for a state's hacking, against attackers,
// breaches, flaws, denials, settlements, spyware on victims and privacy
// matters without a state. state10_u.tsv, written before any change and
// never tuned on, is the honest figure; it is logged, not held.
func TestState10Batch(t *testing.T) {
	testHeadlines(t, "testdata/state10.tsv", state10Floor)
	logBatch(t, "testdata/state10_u.tsv")
}

// state10Floor is TestState10Batch's floor on the strict share.
const state10Floor = 0.85

// TestState10Shapes holds st10Alert to variants with other vendors, verb
// forms and word orders than the sets', and to its look-alikes.
func TestState10Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"taking", "Zorbcam doorbells secretly recorded audio of passers-by, researchers say", "", "Zorbcam", trust.CategoryEspionage},
		{"taking to a state", "Norvane keyboard app sends typed text to servers in Russia", "", "Norvane", trust.CategoryEspionage},
		{"passive", "Users' chat logs were siphoned by Qimtek messenger, analysis shows", "", "Qimtek", trust.CategoryEspionage},
		{"described, lead names", "Free VPN extension quietly grabbed users' clipboard contents",
			"Researchers found that SwiftTunnel, a Chrome extension with 300,000 users, sent clipboard data to its servers.", "SwiftTunnel", trust.CategoryEspionage},
		{"voice in lead", "Zorbcam cameras uploaded owners' videos to a data broker",
			"An investigation found the cameras sent footage to an analytics firm even with cloud storage off.", "Zorbcam", trust.CategoryEspionage},
		{"a product's kind", "Zorbcam's smart speaker secretly recorded conversations in users' homes, report finds", "", "Zorbcam", trust.CategoryEspionage},
		{"installed covertly", "Qimtek phone app silently installs code without user consent, report finds", "", "Qimtek", trust.CategoryEspionage},
		{"tie", "Zorbtech worked for China's military intelligence, leaked files show", "", "Zorbtech", trust.CategoryStateLinks},
		{"tie after", "Report: drone maker Skyvane has PLA ties", "", "Skyvane", trust.CategoryStateLinks},
		{"organ owns", "FSB secretly controlled messaging startup Chatwave, documents reveal", "", "Chatwave", trust.CategoryStateLinks},
		{"taking with a tie", "Exclusive: Qimtek collects DNA data from tests built with the military", "", "Qimtek", trust.CategoryStateLinks},
		{"staff", "Norvane used Chinese engineers to maintain government data systems, report says", "", "Norvane", trust.CategoryStateLinks},
		{"charged", "DOJ indicts Zorbtech executives in hacking scheme",
			"Prosecutors say the company's staff stole data on behalf of China's Ministry of State Security.", "Zorbtech", trust.CategoryStateLinks},
	})
	for _, r := range []struct{ title, lead string }{
		{"Malicious VPN extensions secretly harvested users' browsing data", ""},
		{"Attackers siphoned users' chat logs from Qimtek servers", ""},
		{"Qimtek denies it secretly recorded users' audio", ""},
		{"Flaw let Qimtek app leak users' location to anyone", ""},
		{"Qimtek fined for tracking children's location without consent", ""},
		{"Qimtek settles claims it sold users' browsing data", ""},
		{"Senators urge probe of whether Qimtek shares data with China's military", ""},
		{"Russian military hackers secretly collected data from Ukrainian routers", ""},
		{"Army buys Skyvane drones for training, officials say", ""},
		{"DOJ charges Qimtek employees with securities fraud", "The two engineers sold shares before the company announced losses."},
		{"Chinese engineers win award for data systems research", ""},
		{"Zorbcam cameras send data to the cloud without consent", ""}, // the maker's own cloud: privacy
		{"Kaspersky says it has never handed user data to Moscow", ""}, // a denial
		{"Qimtek insists it does not share user data with Beijing", ""},
		{"State Bureau of Motor Vehicles is caught collecting and selling personal data", ""},
		{"US spy agencies are buying the same location data advertisers crave", ""},
		{"The Navy Bought Data Through Adtech Company Which Harvests Location Data From Smartphones", ""},
		{"Qimtek says it is monitoring a fix for its web and app outage", ""},
		{"Qimtek lacked the ability to hunt for foreign intelligence agents, says whistleblower", ""},
		{"New Qimtek privacy policy confirms Chinese staff can access European users' data", ""},
	} {
		expectAlerted(t, m, r.title, r.lead, false)
	}
}
