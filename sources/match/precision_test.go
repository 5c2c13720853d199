package match

import "testing"

// TestPrecisionHeadlines holds the matcher to testdata/precision.tsv:
// security news written as outlets title it, mostly look-alikes of
// vendor-trust events (vulnerabilities with signal words in their names,
// implants on a vendor's devices, breaches that ship nothing, people
// sanctioned, platforms acting on accounts, roundups, lawsuits...),
// against real events. The floor is today's recall (79%) less a margin:
// its misses are events the precision work does not read (a vendor named
// only in the lead, an unnamed GitHub Action), left to the recall work.
func TestPrecisionHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/precision.tsv", 0.72)
}

// TestLookalikeShapes holds each look-alike shape (lookalike.go and the
// motive of a censor's ban in banMotive) to variants written after it,
// beside the events of the same words that must still alert.
func TestLookalikeShapes(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		title, lead string
		alert       bool
	}{
		// attackers planting on devices
		{"Hackers plant backdoors on SonicWall appliances", "", false},
		{"Chinese APT installs rootkit on Fortinet devices", "", false},
		{"Attackers drop web shells onto Citrix servers", "", false},
		{"Chinese hackers deploy backdoors on VMware ESXi hosts", "", false},
		{"Threat actors deploy custom malware on Zyxel firewalls", "", false},
		{"Russian hackers hide implants in Cisco routers for years", "", false},
		{"North Korean hackers abuse eScan antivirus updates to plant backdoors", "", true},
		{"Chinese hackers backdoor MiMi chat app installers to push new malware", "", true},
		{"Backdoor account discovered in more than 100,000 Zyxel firewalls and VPN gateways", "", true},
		// accounts
		{"Meta bans Russian state media accounts from running ads", "", false},
		{"X suspends Telegram channel accounts promoting crypto scams", "", false},
		{"Reddit Bans Friends of TikTok Community over Harassment", "", false},
		{"YouTube removes DJI drone channels over safety videos", "", false},
		{"Twitch bans TikTok streamers for gambling promotion", "", false},
		{"India bans TikTok and 58 other Chinese apps over security concerns", "", true},
		{"Google removes Kaspersky apps from Play Store", "", true},
		{"Texas bans DeepSeek and RedNote on government devices", "", true},
		// people sanctioned
		{"US sanctions Iranian hackers over attacks on water utilities", "", false},
		{"UK sanctions Russian intelligence officers over Salisbury cyberattacks", "", false},
		{"Treasury sanctions North Korean nationals over IT worker fraud", "", false},
		{"US sanctions Chinese cybersecurity firm Sichuan Silence and an employee over Sophos attacks", "", true},
		{"US sanctions Russian hosting provider Zservers for supporting LockBit", "", true},
		// litigation aftermath
		{"3CX sued by customers over supply chain attack", "", false},
		{"Kaseya settles lawsuit over REvil supply chain attack", "", false},
		{"Shareholders file lawsuit over malicious npm package in Nx build system", "", false},
		{"3CX desktop app compromised in supply chain attack", "", true},
		// demonstration and harmless takeovers
		{"Researchers hijack expired npm maintainer domains to prove account takeover risk", "", false},
		{"Security researcher takes over popular PyPI package to demonstrate supply chain weakness", "", false},
		{"Packagist packages hijacked through abandoned maintainer accounts", "A researcher took over 14 packages by resetting the passwords of inactive accounts but made no malicious changes.", false},
		{"Popular PyPI package ctx hijacked to steal AWS keys", "", true},
		// self withdrawn
		{"Zoom pulls its iOS app from App Store after data-sharing report", "", false},
		{"Beeper Mini pulled from Google Play over security flaw", "Beeper has pulled Beeper Mini from the Play Store while it fixes the bug.", false},
		{"Developer removes its extension from Chrome Web Store after malware report", "", false},
		{"DeepSeek removed from Apple and Google app stores in Italy", "", true},
		// vendor inside another name
		{"Reddit bans Friends of TikTok community over harassment", "", false},
		{"Apple Daily's founder Jimmy Lai sentenced under national security law", "", false},
		{"UK bans Huawei from 5G network", "", true},
		// vendor only in the lead
		{"Viral AI photo app pulled from App Store after privacy outcry", "The app shot to the top of the charts after a trend on TikTok.", false},
		{"Popular flashlight app pulled from Google Play", "The app, found on some Xiaomi phones, asked for 70 permissions.", false},
		// censorship lifted or ordered
		{"Turkey lifts ban on Wikipedia after court ruling", "Turkey restored access to Wikipedia after nearly three years.", false},
		{"Russia lifts ban on Telegram after two years", "", false},
		{"Russia blocks Signal messenger for violating anti-terrorism law", "", false},
		{"Kazakhstan orders ISPs to block Proton VPN", "", false},
		{"Judge blocks ban on Flumbo app in Montana", "", true},
		{"Italy lifts ChatGPT ban after OpenAI adds privacy controls", "", true},
		// preinstalled software that is no malware
		{"Budget laptops ship with preinstalled trial software users can't remove", "", false},
		{"Huawei phones come with preinstalled AppGallery", "", false},
		{"Cheap Android phones ship with preinstalled malware that steals WhatsApp messages", "", true},
		{"Lenovo laptops shipped with Superfish adware that spied on users", "", true},
		// weaknesses named after untrusted input
		{"CVE-2025-31324: Deserialization of untrusted data in SAP NetWeaver", "", false},
		{"Ivanti EPM: Inclusion of functionality from untrusted control sphere", "", false},
		{"Microsoft Defender now blocks untrusted USB devices", "", false},
		{"Windows 11 to block untrusted drivers by default", "", false},
		{"Chrome marks Symantec certificates as untrusted", "", true},
		{"Google Chrome to distrust Entrust certificates", "", true},
		{"Apple to stop trusting Chunghwa Telecom root certificates", "", true},
		// anniversaries
		{"The 3CX supply chain attack, one year on", "", false},
		{"Kaspersky ban: two years since the US order", "", false},
		// an installed base broken into, in Title Case
		{"Fortinet FortiGate Firewalls Compromised in Year-Long Espionage Campaign", "", false},
		{"Over 1,000 Palo Alto Networks Firewalls Hijacked in Attacks", "", false},
		{"Notepad++ Update Servers Hijacked to Push Malware", "", true},
		// Title Case leaves "of" before a vendor to the verb's object
		{"Commerce Bans Sales of Kaspersky Antivirus in the US", "", true},
		// a company's rule for its own staff
		{"Amazon bans employees from using DeepSeek", "", false},
		{"Microsoft bans employees from using DeepSeek app", "", false},
		{"Bank restricts employees from using DeepSeek over data fears", "", false},
		{"Microsoft bans DeepSeek app for employees, president says", "", false},
		{"Pentagon bars staff from using DeepSeek", "", true},
		{"Texas bans state employees from using TikTok", "", true},
		// a vendor ending its own sales
		{"Cellebrite stops selling phone-hacking tools to China and Hong Kong", "", false},
		{"Walmart stops selling Zorblax cameras over security concerns", "", true},
		// a vendor only in the reason for an action on others
		{"US sanctions North Korea over 3CX hack", "", false},
		{"EU sanctions Russian officials over Microsoft email hack", "", false},
		{"Italy bans DeepSeek over privacy concerns", "", true},
		// a known attack named by its vendor
		{"Customer data stolen in the JumpCloud supply chain attack", "", false},
		{"Kaseya supply chain attack was planned for months, researchers say", "", false},
		{"Victims of the Codecov supply chain attack start rotating keys", "", false},
		{"Experts believe North Korea behind JumpCloud supply chain attack", "", true},
		{"North Korean hackers suspected in JumpCloud supply chain attack", "", true},
		{"3CX desktop app compromised in supply chain attack", "", true},
		// a request to act is no action
		{"Lawmakers ask FCC to add DJI to Covered List", "", false},
		{"Rights groups urge EU to sanction spyware maker NSO Group", "", false},
		{"Senators press Commerce to blacklist Chinese chipmaker CXMT", "", false},
		{"Lawmakers pass bill to ban DeepSeek on government devices", "", true},
		{"Senate votes to ban TikTok on government devices", "", true},
		// a company withdrawing from a country; a technology, no vendor
		{"Apple pulls Advanced Data Protection from UK after backdoor demand", "", false},
		{"Google pulls Gemini AI feature from EU over privacy rules", "", false},
		{"Google pulls Kaspersky apps from Play Store", "", true},
		{"CISA tells senior officials to stop using SMS after telecom hacks", "", false},
		// fines for data sent to a state, suits calling a product spyware
		{"TikTok fined for storing EU user data on servers in China", "", true},
		{"Temu fined in South Korea for transferring user data to China", "", true},
		{"Meta fined €251 million for 2018 data breach", "", false},
		{"Uber fined €290 million for transferring drivers' data to US", "", false},
		{"WhatsApp sues NSO Group over Pegasus spyware attacks", "", true},
		{"Texas sues TikTok over children's privacy", "", false},
		{"Shareholders sue CrowdStrike over faulty update", "", false},
		{"Italy says DeepSeek stored user data in China", "", true},
		{"Microsoft says Russian hackers transferred data to servers", "", false},
	} {
		expectAlerted(t, m, c.title, c.lead, c.alert)
	}
}
