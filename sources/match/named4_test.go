package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestNamed4Headlines holds the matcher to testdata/named4.tsv: a hidden
// backdoor found in a product the title only describes, a vendor's apps
// vanishing from a store, a heist traced to a vendor that shipped the
// attacker's code, a firm tied to a state's agencies or sued as spyware,
// against look-alikes (implants through flaws, retirements and disputes,
// victims' own phished staff, APT groups, botnets of hacked routers).
func TestNamed4Headlines(t *testing.T) {
	testHeadlines(t, "testdata/named4.tsv", 0.75)
}

// TestNamed4Shapes checks each named4 shape with variants not in the tsv,
// and the look-alikes each must leave alone.
func TestNamed4Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{ // vendor "" for no alert
		// (1) A hidden way in found in a product the title describes.
		{"tunnel in described cameras", "Cheap Wi-Fi cameras ship with hidden remote-access tunnel to Chinese servers",
			"Researchers found that Anran cameras open an undocumented tunnel to a cloud relay at boot.", "Anran", trust.CategoryCompromise},
		{"secret account, maker after made by", "Secret root account found in popular baby monitors",
			"The accounts are baked into firmware of monitors made by Chinese vendor Hualai and sold under several brands.", "Hualai", trust.CategoryCompromise},
		{"preinstalled backdoor, lead opens with maker", "Budget tablets come with preinstalled backdoor, researchers say",
			"Dragon Touch tablets sold to children ship with a backdoor that downloads and runs code.", "Dragon Touch", trust.CategoryCompromise},
		{"maker can brick, multi-word maker opening the lead", "Popular e-bikes can be remotely bricked by their maker",
			"Rad Power Bikes can disable any bike through its cloud.", "Rad Power Bikes", trust.CategoryCompromise},
		{"telnet account, maker after made by", "Hidden telnet account found in fiber routers sold by ISPs",
			"The accounts are in routers made by FiberHome and resold by several carriers.", "FiberHome", trust.CategoryCompromise},
		{"attackers' hidden accounts", "Hackers create hidden admin accounts on popular NAS devices",
			"The attackers abused a flaw in Synology DSM to add accounts.", "", ""},
		{"new malware, previously undocumented", "Previously undocumented backdoor targets routers in Europe",
			"ESET researchers found the malware on TP-Link devices.", "", ""},
		{"bloatware", "Cheap phones come with preinstalled apps you cannot delete",
			"Blu phones ship with a dozen apps from partners.", "", ""},
		// (2) Apps gone from a store, a developer account closed.
		{"apps disappear, registry vendor", "Huawei apps disappear from Google Play in the US",
			"Users can no longer download the company's apps.", "Huawei", trust.CategoryDelisting},
		{"apps missing, copula", "Kaspersky apps are missing from Apple's App Store", "", "Kaspersky", trust.CategoryDelisting},
		{"store closes account over malware", "Google terminates Goldoson developer account over malware",
			"The library collected users' data.", "Goldoson", trust.CategoryDelisting},
		{"account closed in a dispute", "Apple terminates Epic Games developer account, citing contract breach",
			"Epic says it will appeal.", "", ""},
		{"apps retired", "Old Microsoft apps vanish from Store as company retires them", "", "", ""},
		// (3) A heist traced to a vendor's channel.
		{"heist traced to named web interface", "Exchange hack traced to compromised Fireblocks web interface",
			"", "Fireblocks", trust.CategoryCompromise},
		{"traced back, named developer laptop", "$40 million DeFi theft traced back to hacked LI.FI developer laptop",
			"", "LI.FI", trust.CategoryCompromise},
		// The cause of a vendor's own known attack found later is a
		// further report (lookalike.go pastAttack), as SolarWinds' build
		// server was.
		{"own attack's cause, coverage", "Ultimaker attack traced to compromised build server",
			"Attackers inserted code into the company's software updates.", "", ""},
		{"turned update traced to a named build server", "Malicious firmware update traced to compromised Netgear build server",
			"", "Netgear", trust.CategoryCompromise},
		{"crash traced to a driver", "Windows update crash traced to faulty driver", "", "", ""},
		{"victim's own phished engineer", "Exchange heist traced to phished engineer's laptop", "", "", ""},
		{"stolen keys", "DeFi hack traced to leaked private keys of deployer", "", "", ""},
		// (4) A firm tied to a state's agencies; a state's spyware suit.
		{"firm hacked for spy agency", "Documents show Chinese company Topsec hacked for Ministry of State Security", "", "Topsec", trust.CategoryStateLinks},
		{"contractor for the military", "Russian firm NTC Vulkan worked as contractor for GRU, leak shows", "", "NTC Vulkan", trust.CategoryStateLinks},
		{"registry vendor linked to the PLA", "Hikvision linked to Chinese military, Pentagon says", "", "Hikvision", trust.CategoryStateLinks},
		{"firm spied for the PLA", "Leaked chats show Chinese firm Knownsec spied for PLA", "", "Knownsec", trust.CategoryStateLinks},
		{"gang linked to the FSB", "Ransomware gang linked to FSB hits US hospitals", "", "", ""},
		{"hacker worked for state", "Hacker worked for GRU, prosecutors say", "", "", ""},
		{"AG calls app spyware", "Kentucky attorney general sues Temu, says app is spyware", "", "Temu", trust.CategoryEspionage},
		{"state suit on a foreign state", "Texas sues Hisense over TVs that spy for Chinese government", "", "Hisense", trust.CategoryStateLinks},
		{"private suit naming state hackers", "Lawsuit says Wyze cameras expose users to Chinese state hackers", "", "", ""},
		{"AG suit over other harm", "Attorney general sues TikTok over harm to children", "", "", ""},
		// (5) A botnet of hijacked devices is never their maker's.
		{"GRU botnet of routers", "Justice Department disrupts GRU botnet of hacked Ubiquiti routers", "", "", ""},
		{"proxy botnet of cameras", "Police dismantle botnet of compromised Hikvision cameras used by Chinese hackers", "", "", ""},
	})
}
