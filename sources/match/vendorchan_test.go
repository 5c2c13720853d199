package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestVendorChannel holds the matcher to testdata/vendorchan.tsv: a
// named vendor's own channel (updates, installer, download site, hosted
// script or SDK, build, signing key) turned to deliver malware, and
// backdoors, remote access or hidden data flows found in its product,
// against exploited flaws, weak passwords, fake sites, malvertising,
// vendor breaches that shipped nothing, demos and aftermath (floor:
// 0.795 on the first batch less a margin).
func TestVendorChannel(t *testing.T) {
	testHeadlines(t, "testdata/vendorchan.tsv", 0.75)
}

// TestVendorChannelShapes holds each piece of vendorchan.go to variants
// with other vendors and words than the batch's, and to the look-alikes
// on each side of it.
func TestVendorChannelShapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []leadRow{
		// boundChannel: a channel bound to a name, in the title or the lead.
		{"possessive", "Hackers altered Dravo's CDN script to skim payment cards", "", "Dravo", trust.CategoryCompromise},
		{"name before", "Pellin VPN updater abused to install spyware on activists' phones", "", "Pellin VPN", trust.CategoryCompromise},
		{"of, in lead", "Government chat app's updates used to push backdoor",
			"Attackers compromised the update server of Velto Messenger, which ministries use, to install a RAT.", "Velto Messenger", trust.CategoryCompromise},
		{"lead's possessive", "Checkout script turned credit card skimmer on 800 shops",
			"Code served from Marlo Pay's CDN was modified to load a skimmer.", "Marlo Pay", trust.CategoryCompromise},
		{"copy, owned", "Brisk PDF installer replaced with trojan on official site", "", "Brisk PDF", trust.CategoryCompromise},
		// The look-alikes.
		{"copy, not owned", "Trojanized Brisk PDF installers spread info-stealer", "The files are shared on file-hosting sites.", "", ""},
		{"fake", "Fake Brisk PDF updates push malware", "", "", ""},
		{"flaw", "Attackers exploit Pellin VPN updater flaw to push malware", "", "", ""},
		{"customers' servers", "Malware compromised 2,000 Redis servers to mine crypto", "", "", ""},
		{"foothold", "Hackers hijack Pellin updater on infected PCs to load malware", "", "", ""},
		{"vendor responds", "Microsoft disables App Installer abused to spread malware", "", "", ""},
		{"used by", "Police seize servers of Xelta hosting used by ransomware gangs", "", "", ""},
		// titledWayIn: the maker named in a way-in title.
		{"titled way in", "Xiaomi routers ship with undocumented remote access tunnel", "", "Xiaomi", trust.CategoryCompromise},
		{"titled way in: attackers", "Hackers plant hidden backdoor on Xiaomi routers", "", "", ""},
		// ownChannelCategory: a plugin released from its vendor's own site.
		{"own site", "Tessaro WordPress plugin backdoored in supply chain attack",
			"Attackers compromised the official download server of Tessaro, so copies fetched from it contained a web shell.", "Tessaro", trust.CategoryCompromise},
		{"registry", "Tessaro WordPress plugin backdoored in supply chain attack",
			"A hijacked maintainer account pushed a malicious release to the WordPress.org repository.", "Tessaro", trust.CategoryOSS},
		// leadWayIn: the title's backdoor, the lead's maker and hidden way in.
		{"lead way in", "Researchers warn of backdoor in popular Chinese baby monitors",
			"Firmware of the Lumora BM2 contains an undocumented account that connects to a server abroad.", "Lumora", trust.CategoryCompromise},
		{"lead way in: new malware", "Researchers warn of backdoor in attacks on Asian telecoms",
			"The previously undocumented backdoor is deployed by a Chinese group.", "", ""},
		{"lead way in: attackers", "Agencies warn of backdoor in Chinese-made routers",
			"Hackers planted a hidden implant on the Varlo routers after exploiting a flaw.", "", ""},
		// dataFlowAlert: the vendor's product sending its users' data.
		{"data flow", "Kivo browser secretly sent users' browsing history to its servers", "", "Kivo", trust.CategoryEspionage},
		{"data flow, sold", "Report: Norra VPN sold its users' location data to advertisers", "", "Norra VPN", trust.CategoryEspionage},
		{"data flow: thieves", "Hackers sold users' data stolen from Kivo on dark web forum", "", "", ""},
		{"data flow: question", "Senator asks whether Norra sold users' data to police", "", "", ""},
		{"data flow: breach", "Kivo breach exposed users' browsing history", "", "", ""},
		// remoteStopAlert: a foreign state's maker holding remote control.
		{"remote stop", "Dutch grid operator finds Chinese inverters can be remotely shut down",
			"Tests showed that the manufacturer Sunvane can switch off the devices through its cloud service.", "Sunvane", trust.CategoryStateLinks},
		{"remote stop: kill switch", "Investigation finds kill switch in Chinese-made wind turbine controllers",
			"Controllers supplied by Chinese vendor Hexwind respond to a shutdown command from the maker's servers.", "Hexwind", trust.CategoryStateLinks},
		{"remote stop: a worry", "Lawmakers fear Chinese inverters could be remotely shut down",
			"A letter asks regulators whether the manufacturer Sunvane can switch them off.", "", ""},
		{"remote stop: hackers", "Hackers can remotely stop Chinese-made EV chargers, researchers show",
			"A flaw in chargers from the manufacturer Voltra lets anyone halt them.", "", ""},
		// alsoNamed: the owner of a named product's channel.
		{"also named: our", "Kelpo: Attackers altered our Lantern JS SDK on a public bucket", "", "Kelpo", trust.CategoryCompromise},
		{"also named: lead's owner", "Zappa Player update system hijacked to spread malware",
			"ESET says attackers compromised Movix's update infrastructure to push a backdoor.", "Movix", trust.CategoryCompromise},
	}
	checkLeadRows(t, m, cases)
}
