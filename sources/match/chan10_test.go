package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestChan10Headlines holds testdata/chan10.tsv: the channel-compromise
// family told across title and lead, with other vendors and wordings than
// the train8 misses it was written after (0/8 right at the start, 9/9 after; 0/7 look-alikes).
func TestChan10Headlines(t *testing.T) {
	testBatch(t, "testdata/chan10.tsv", 0.7)
}

// TestChan10Untouched logs testdata/chan10_u.tsv, written before chan10.go
// and never tuned on: its figure is the honest guess for unseen news (15
// of 24 right, 1 of 13 look-alikes alerting at the start).
func TestChan10Untouched(t *testing.T) {
	testBatchFP(t, "testdata/chan10_u.tsv", 0.6, 0.08)
}

// TestChan10Shapes checks each chan10 reading with variants not in the
// tsv, and the look-alikes each must leave alone.
func TestChan10Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{ // vendor "" for no alert
		// A release that shipped the harm, told in the lead.
		{"lead: subsidiary pushed trojan through update", "Phone maker infected millions of handsets on purpose, regulator says",
			"The regulator said a Quuxphone subsidiary pushed a trojan to devices through an update to its launcher app.", "Quuxphone", trust.CategoryCompromise},
		{"title: game turned by patch", "Racing game Zorbdrift turned into crypto drainer by patch",
			"The free game had been clean for months before an update added a wallet drainer.", "Zorbdrift", trust.CategoryCompromise},
		{"signing key, the lead's developer", "Popular Android TV app compromised via stolen signing key",
			"The developer of Quuxcast said malware on his PC led to a malicious build being signed and distributed.", "Quuxcast", trust.CategoryCompromise},
		// The vendor's site serving it, its speaker owning the homepage.
		{"homepage drainer, lead speaker", "Crypto data site served wallet drainer through its homepage",
			"Zorbcap said a malicious script injected on its homepage showed a pop-up that drained wallets.", "Zorbcap", trust.CategoryCompromise},
		// The platform's name gives way to the channel's owner.
		{"extension owner, not the browser", "Analytics firm's Chrome extension hijacked to steal cookies",
			"Quuxlytics says an attacker phished an employee's Chrome Web Store login and published a malicious version of its extension.", "Quuxlytics", trust.CategoryOSS},
		// A maker past where it is based.
		{"made by a based maker", "Emulator update mechanism hijacked to push malware",
			"Attackers compromised the download servers of Zorbplay, an emulator made by Hong Kong-based Quuxnox, to deliver malware.", "Quuxnox", trust.CategoryCompromise},
		// A supply chain attack whose product only the lead names.
		{"supply chain, the lead's abused product", "Supply-chain attack hits Korean users through banking security software",
			"Researchers say the group abused Zorbguard Veraline, which banks require, to deliver signed malware through its legitimate installation mechanism.", "Zorbguard Veraline", trust.CategoryCompromise},
		// An institution named in full; a name before its fix.
		{"institution named in full", "Mongolia's national certificate authority served trojanized client",
			"The website of the Mongolia National Certification Center was breached and its installer replaced with one carrying a backdoor.", "Mongolia National Certification Center", trust.CategoryCompromise},
		{"name before its fix", "Zorbpad fixes updater after users receive malicious executables",
			"Version 3 hardens the updater after some update requests were hijacked and served trojanized binaries.", "Zorbpad", trust.CategoryCompromise},
		// Look-alikes.
		{"detection, not a payload", "Antivirus wrongly flags Zorbfox updates as malicious",
			"Quuxav flagged Zorbfox updates delivered through its updater as a trojan, then confirmed a false positive.", "", ""},
		{"stolen certificate signs anyone's malware", "Stolen Zorbsoft code signing certificates used to sign malware",
			"Researchers found trojans signed with certificates leaked in the Zorbsoft breach.", "", ""},
		{"a product used by attackers", "Hackers abuse Quuxdesk remote tool to push ransomware",
			"Criminals logged in to exposed Quuxdesk servers with stolen passwords and deployed ransomware.", "", ""},
		{"a customer's server exploited", "Hackers hijack Quuxgate VPN servers to push malicious updates",
			"Attackers exploited a vulnerability in Quuxgate VPN servers run by government agencies and replaced an update file that clients downloaded.", "", ""},
		{"the harm is the subject", "Quuxspy spyware discovered in modified Zorbchat versions",
			"Researchers found the spyware in unofficial builds of the messaging app offered on third-party stores.", "", ""},
		{"a harmful copy", "Malware-laced 'Zorbalert' app spreads through text messages",
			"Attackers sent links to a copy of the alert app that installs spyware.", "", ""},
		{"a fix alone", "Zorbnote fixes updater bug",
			"Version 2.1 hardens the update client so that a malicious executable cannot be served.", "", ""},
	})
}
