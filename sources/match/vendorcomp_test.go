package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestVendorCompromise holds the matcher to testdata/vendorcomp.tsv:
// malware shipped through a vendor's own channel and backdoors found in
// its products, against attackers using a product, breaches that shipped
// nothing, patches and coverage of a past event (floor: today's 0.69
// less a margin; the vendor and category must both be right).
func TestVendorCompromise(t *testing.T) {
	testHeadlines(t, "testdata/vendorcomp.tsv", 0.65)
}

// TestVendorCompromiseShapes holds each shape of vendorcomp.go (and the
// supply.go shapes it widened) to variants with other vendors than the
// set's, and to the look-alike each shape must leave alone.
func TestVendorCompromiseShapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []struct {
		shape, title, lead string
		vendor             string // "" for no alert
	}{
		// viaUpdate: malware reaching victims through a vendor's update.
		{"via update", "Ransomware attack hits hundreds of firms via Acme RMM software update", "", "Acme RMM"},
		{"via update", "BlackCat ransomware infects accounting firms through Quorum software update", "", "Quorum"},
		{"via update, lead", "Ransomware attack hits dental offices via software update",
			"Attackers pushed ransomware to customers through a malicious Dentrix software update.", "Dentrix"},
		{"via update: a fix", "Tesla fixes door latch flaw via over-the-air software update", "", ""},
		{"via update: a feature", "Apple adds stolen device protection via software update", "", ""},
		{"via update: fake", "Ransomware spreads via fake Chrome software update pop-ups", "", ""},
		// A release that delivered malware ("patch drops", "update pushes").
		{"patch delivers", "Popular Steam game Chillquest patch drops infostealer on players' PCs", "", "Chillquest"},
		{"update delivers", "Zelto desktop app update pushed infostealer to macOS users", "", "Zelto"},
		// A bare name hit to ship something.
		{"hit to spread", "Orbix Software hit in supply chain attack to distribute infostealer", "", "Orbix"},
		{"hit: victims", "Hundreds of firms hit in supply chain attack", "", ""},
		// A backdoor found: the finder first, the owner holding it, the
		// kind of account, the maker after the product, the product's
		// flaws listed with it.
		{"find backdoor", "Researchers find hidden backdoor in smart lock firmware", "", "smart lock firmware"},
		{"find backdoor", "Researchers discover undocumented backdoor in Raidex NVR firmware", "", "Raidex"},
		{"owner has", "Thousands of Kovra IP cameras have a hidden backdoor account", "", "Kovra"},
		{"owner contains", "Netrix VPN appliances contain hard-coded backdoor", "", "Netrix"},
		{"owner has: malware", "New Android malware has a backdoor to spy on users", "", ""},
		{"owner has: a claim", "Every Pixel phone has a backdoor, claims privacy activist", "", ""},
		// The maker warns of a login built into its product: the maker is
		// the vendor, the product its term (leftovers2.go, makerWarns).
		{"account kind", "Fortra warns of backdoor root account in GoAnywhere appliance", "", "Fortra"},
		{"hidden account", "Hard-coded admin account found in Sunmi payment terminals", "", "Sunmi"},
		{"maker after", "Backdoor found in routers from Chinese maker Tenvo", "", "Tenvo"},
		{"firmware of", "Backdoor discovered in firmware of Qubit smart plugs", "", "Qubit"},
		{"based on", "Hidden backdoor discovered in Realtek-based Wi-Fi routers", "", "Realtek"},
		{"with flaws", "Backdoors and flaws discovered in Vantor gateways", "", "Vantor"},
		// A platform hardening its channel against turned releases.
		{"curb turned", "Chrome Web Store requires 2FA to stop hijacked extension updates", "", "Chrome Web Store"},
		{"curb turned", "Roblox adds developer verification to block malware-ridden game updates", "", "Roblox"},
		{"curb turned: a fix", "Apple adds Lockdown Mode to block spyware attacks", "", ""},
		{"curb turned: a feature", "Microsoft Defender adds feature to block hijacked software updates", "", ""},
		{"find backdoor: store apps", "ESET spots backdoor in Android apps on Google Play", "", ""},
		{"find backdoor: victims", "Researchers find backdoor in hacked WordPress sites", "", ""},
		{"via update: lure", "Malware infects PCs via fake browser software updates", "", ""},
		{"via update: a fix", "Microsoft fixes ransomware protection bypass via security update", "", ""},
		// A maker named by its trade that served turned downloads; the
		// lead names it.
		{"served turned", "Router maker shipped malware-laced firmware update to customers",
			"Taiwanese router maker Zentrix confirmed that a firmware update it shipped last week carried a backdoor.", "Zentrix"},
		{"served turned", "Software vendor served trojanized installers from its own website for months",
			"Accounting software vendor Ledgerly says attackers replaced installers on its download site.", "Ledgerly"},
		{"served turned: no name", "Software vendor served trojanized installers from its own website for months", "", ""},
		// Unbranded devices sold with malware; the lead names the brand.
		{"devices, lead brand", "Budget tablets sold to schools come with preinstalled malware",
			"Researchers found that Vexa T10 tablets bought by school districts carried an adware dropper in their firmware.", "Vexa"},
		{"devices, no brand", "Budget tablets sold to schools come with preinstalled malware",
			"Researchers found that tablets bought by school districts carried an adware dropper.", "Budget tablets"},
		// A named vendor hacked to pass on what the channel after the verb
		// names; a turned release for a named product.
		{"hacked to pass on", "Indian tax portal vendor Taxwise hacked to distribute trojanized installers", "", "Taxwise"},
		{"release for", "Backdoored update for Kelvo VPN client pushed to Windows users", "", "Kelvo"},
		{"release found on", "Backdoored firmware found on Kestrel network switches", "", "Kestrel"},
		// The maker named before its products; a nationality is none.
		{"made by", "Backdoor found in Tenvo-made security cameras", "", "Tenvo"},
		{"made by: nationality", "Backdoor found in Chinese-made security cameras", "", ""},
		// A product named before "supply chain attack".
		{"product attack", "Orvix remote support tool supply chain attack hits MSPs", "", "Orvix"},
		// A maker by its trade in the title, named in the lead.
		{"trade in title", "Vendor pushed backdoored firmware to thousands of NAS devices",
			"Researchers say storage maker Drivon pushed a firmware update that contained a backdoor.", "Drivon"},
		// Malware put "in" a release, not only "into" it; what is hidden
		// in a script or an image is attackers' own.
		{"planted in", "Backdoor planted in Fenrik accounting software update for months", "", "Fenrik"},
		{"planted in: image", "Malware hidden in PNG images targets Windows users", "", ""},
		// A past compromise in court: coverage.
		{"aftermath", "3CX sued over supply chain attack that trojanized its desktop app", "", ""},
		{"aftermath", "Court dismisses most of SEC case against SolarWinds over Sunburst hack", "", ""},
		{"aftermath", "Kaseya agrees to settlement with MSPs hit by REvil ransomware update", "", ""},
		// A hidden kill switch; a product holding a backdoor after words
		// for what it is; devices sold with a tampered app.
		{"kill switch", "Hidden kill switch discovered in Chinese-made electric buses", "", "electric buses"},
		{"kill switch: a feature", "Microsoft adds kill switch to Windows Recall", "", ""},
		{"owner contains", "FDA: Medvex infusion pumps contain hidden backdoor", "", "Medvex"},
		{"devices tampered", "Budget Lumo phones shipped with trojanized Telegram app", "", "Lumo"},
		// Parts that talk to the outside, found hidden in a product.
		{"hidden component", "Undocumented radio modules found in Zhenhua port cranes", "", "Zhenhua"},
		{"hidden component", "Hidden communication equipment found on Chinese-made wind turbines", "", "wind turbines"},
		{"hidden component: infected", "Communication devices found infected with malware in hospitals", "", ""},
		// Attackers backdooring customers' devices: victims.
		{"attackers implant", "Chinese hackers backdoored SonicWall firewalls with new malware", "", ""},
		{"attackers implant", "Russian hackers backdoor Microsoft Exchange servers", "", ""},
		{"broken devices", "Backdoor discovered in Sophos firewalls after hack", "", ""},
		{"broken devices", "Implant found in Zyxel routers breached by Russian spies", "", ""},
		{"attackers implant: channel", "Chinese hackers backdoor Zyra app installers to push spyware", "", "Zyra"},
	}
	for _, c := range cases {
		// Every shape reads headlines cut short at any word without
		// reaching past their end (the words it expects may be missing).
		fields := strings.Fields(c.title)
		for n := range fields {
			m.Match(strings.Join(fields[:n], " "), c.lead)
		}
		t.Run(c.shape+"/"+c.title, func(t *testing.T) {
			expectAlert(t, m, c.title, c.lead, c.vendor, trust.CategoryCompromise)
		})
	}
}
