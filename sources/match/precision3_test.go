package match

import "testing"

// TestPrecision3Headlines holds the matcher to testdata/precision3.tsv: the
// everyday shapes of dense security news (ransomware hits and breaches of a
// vendor, patches, KEV additions, authority warnings about exploitation,
// takedowns, abuse of legitimate platforms, typosquats, store removals of
// apps that were never legitimate, researcher demos, comparisons, roundups,
// funding, weighed bans, sanctions on cybercriminals, content moderation),
// beside real events as a control of recall.
func TestPrecision3Headlines(t *testing.T) {
	testHeadlines(t, "testdata/precision3.tsv", 0.80)
}

// TestLookalike3Shapes holds each shape of lookalike3.go to variants
// written after it (each alerted before the shape was added), beside
// events in the same words that must keep alerting.
func TestLookalike3Shapes(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		title string
		alert bool
	}{
		// a counted installed base broken into (countedDevicesHit)
		{"Over 16,000 Fortinet devices backdoored via symlink trick", false},
		{"Backdoor found in 100,000 Zyxel firewalls", true},
		{"Hackers compromise 3CX update server, push malware to 600,000 customers", true},
		// a malware family attacking devices (malwareHitsDevices)
		{"New backdoor targets Fortinet FortiGate firewalls", false},
		{"Custom backdoor infects Juniper routers in Chinese campaign", false},
		{"xz 5.6.0 and 5.6.1 carry backdoor targeting SSH servers", true},
		{"Shai-Hulud worm compromises 180 npm packages", true},
		// an implant as the only sign (implantOnly)
		{"Mandiant links Juniper router implants to Chinese espionage group", false},
		{"Signed Zoom installer carried an implant after build server breach", true},
		// researchers' demonstrations (researchersDemo)
		{"Researchers demo backdoored Huawei router firmware at Black Hat", false},
		{"Researchers find backdoor in Huawei routers' firmware", true},
		// stores removing apps that never were trusted (maliciousAppsRemoved)
		{"Google pulls malicious TikTok clone apps from Play Store", false},
		{"Apple removes fake Kaspersky apps from App Store", false},
		{"Apple removes Kaspersky apps from App Store", true},
		{"Google removes CamScanner app over malware", true},
		// a review or a bill only introduced (tentativeStep)
		{"UK reviewing use of DeepSeek on government devices", false},
		{"Legislation to ban DeepSeek from government devices introduced in Senate", false},
		{"House passes bill to ban DeepSeek on government devices", true},
		{"Senate passes bill banning TikTok on government devices", true},
		// the vendor only as the maker of hacked devices (victimDevicesOnly)
		{"DOJ dismantles botnet of hacked Cisco routers used by Chinese spies", false},
		{"Hackers breached ASUS update servers to push backdoor", true},
		// lures made by attackers aimed at people (lureTargetsPeople)
		{"Backdoored Minecraft Mods Target Gamers", false},
		{"Backdoored 3CX installers target customers in supply chain attack", true},
		// a vendor credited with a finding about attackers (creditedClaim)
		{"Kaspersky: APT group backdoored Russian industrial firms", false},
		// a vendor's name naming the attackers (namesTheAttackers)
		{"SolarWinds attackers target Microsoft 365 tenants with new backdoor", false},
		{"3CX hackers hit energy firms with backdoor", false},
		{"SolarWinds hackers slipped backdoor into Orion software updates", true},
		// a credit before a colon outside a compromise (creditedClaim)
		{"Kaspersky: state hackers compromised certificate authority in Central Asia", false},
		// "* threat hunters" reports (config/rules.toml reporter)
		{"Kaspersky threat hunters find new backdoor used against Asian telecoms", false},
		// a defence against attacks as the news (defendsAgainst)
		{"npm revokes tokens to prevent further package hijacks", false},
		{"GitHub rotates keys to thwart Nx supply chain attack fallout", false},
		{"Attackers hijacked Zorbit update server to deliver backdoor", true},
		// the vendor wishing an action undone (vendorWishes)
		{"DJI seeks removal from Pentagon's Chinese military company list", false},
		{"ZTE hopes to be removed from FCC Covered List", false},
		{"Xiaomi wins removal from US blacklist", true},
		{"Court removes Xiaomi from Pentagon blacklist", true},
		// a roundup's list of items (roundupList)
		{"Also Notable: DJI Ban Fallout, Entrust Distrust, Chrome Update", false},
		{"Security Briefs: Entrust Distrust, Cisco Patches, Okta Breach", false},
		{"Breaking: FCC bans Huawei, ZTE, Hikvision and Dahua equipment", true},
		// devices broken into for the attackers' ends (hackedForPurpose)
		{"Hikvision DVRs hijacked to mine cryptocurrency", false},
		{"PHP's Git server hacked to add backdoors to PHP source code", true},
	} {
		expectAlerted(t, m, c.title, "", c.alert)
	}
	// A lead that dates its trust words to the past under a title that
	// only names the vendor is background (pastBackground); one that
	// tells the news in days is not.
	for _, c := range []struct {
		title, lead string
		alert       bool
	}{
		{"Hikvision names new head of US business", "The company was placed on the Entity List in 2019 over human rights concerns.", false},
		{"NSO Group names new CEO as it seeks US market", "The company was added to the Entity List in 2021.", false},
		// the trust words only in an aside about the subject (asideOnly)
		{"Entrust names new chief executive", "The company, distrusted by major browsers, named a new chief executive on Monday.", false},
		{"Hikvision and the FCC", "The FCC on Thursday banned new Hikvision equipment authorizations, citing national security.", true},
		// the vendor named in the lead's aside, the news in the title
		{"Eighteen Chrome and Edge extensions turned into browser hijackers", "The extensions, including Color Picker, Eyedropper and Emoji keyboard, began as legitimate tools before updates added code that tracks and redirects users.", true},
	} {
		expectAlerted(t, m, c.title, c.lead, c.alert)
	}
	for _, c := range []struct {
		lead string
		past bool
	}{
		{"The company was at the center of the 2020 Sunburst supply chain attack.", true},
		{"The chipmaker has been on the US Entity List since 2020.", true},
		{"The app was banned on government devices last year.", true},
		{"The Commerce Department on Thursday added the company to the Entity List.", false},
		{"Google will distrust certificates issued after November 1. It announced this in 2024.", false},
	} {
		if got := pastBackground(c.lead); got != c.past {
			t.Errorf("pastBackground(%q) = %v, want %v", c.lead, got, c.past)
		}
	}
}
