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
	} {
		a, ok := m.Match(c.title, "")
		if got := ok && !a.Coverage; got != c.alert {
			t.Errorf("%q: alert %v, want %v (%s)", c.title, got, c.alert, a.Why())
		}
	}
}
