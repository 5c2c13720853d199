package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestChan9Headlines holds the matcher to testdata/chan9.tsv: a named
// vendor's own channel turned, told with the vendor described, speaking
// or named beside its trade (chan9.go), against copies the vendor never
// shipped, updates hijacked on routers, breaches that shipped nothing and
// attackers using a product.
func TestChan9Headlines(t *testing.T) {
	testBatch(t, "testdata/chan9.tsv", 0.85)
}

// TestChan9Untouched logs testdata/chan9_u.tsv, written before chan9.go
// and never tuned on: its figure is the honest guess for unseen news
// (12 of 20 right, 0 of 16 look-alikes alerting at the start).
func TestChan9Untouched(t *testing.T) {
	testBatch(t, "testdata/chan9_u.tsv", 0.5)
}

// TestChan9Shapes checks each chan9 reading with variants not in the tsv,
// and the look-alikes each must leave alone.
func TestChan9Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{ // vendor "" for no alert
		// The turn in the title, the owner described; the lead names it.
		{"described owner, lead binds update system", "Attackers hijack update system of Finnish HR software maker to spread wiper",
			"The intruders breached the update system of Finnish vendor Palkka Soft and pushed a wiper to its customers.", "Palkka Soft", trust.CategoryCompromise},
		{"trade then name, possessive channel", "Ticketing vendor Gatewise's update server used to deliver ransomware",
			"Attackers compromised the update server of ticketing vendor Gatewise and delivered ransomware to venues.", "Gatewise", trust.CategoryCompromise},
		{"routine inside a compound", "Point-of-sale vendor Kassio's updates used to spread ransomware",
			"Kassio said attackers hijacked its update mechanism.", "Kassio", trust.CategoryCompromise},
		// A "Name:" title speaks only when the lead names it too: here
		// it titles the malware found in another maker's software.
		{"malware's name before the colon", "QuuxSpy: Chinese invoicing software mandated by bank contains hidden backdoor",
			"Zorbtax software from Quuxino, which a Chinese bank required foreign firms to install, carried a hidden backdoor.", "Quuxino", trust.CategoryCompromise},
		// A harm compound or a verb of shipping with a payload.
		{"harm compound, trade then name", "Label printer maker Tagwell offered malware-laden drivers",
			"The official drivers for Tagwell printers carried a remote access trojan for months.", "Tagwell", trust.CategoryCompromise},
		{"shipped with, participle-like name", "Stackfed drivers shipped with cryptominer for weeks",
			"The official software for Stackfed label printers carried a cryptominer.", "Stackfed", trust.CategoryCompromise},
		// The vendor speaks.
		{"speaker, its site", "Backup maker Arcvale says its site served a trojanized installer",
			"Arcvale said attackers breached its web server and replaced the macOS installer.", "Arcvale", trust.CategoryCompromise},
		{"speaker, hacked extension", "Zelta Wallet says hacked browser extension drained $2 million",
			"Zelta Wallet urged users to update its browser extension after a malicious version stole seed phrases.", "Zelta Wallet", trust.CategoryCompromise},
		{"credit colon, our SDK", "Pyloft: Intruder added dodgy code to our JavaScript SDK",
			"Pyloft said an attacker altered a copy of its JavaScript SDK on its CDN.", "Pyloft", trust.CategoryCompromise},
		// Described only: the lead's name, else the description.
		{"supply chain, lead object", "Hackers abuse Japanese file transfer software in supply chain attack",
			"Researchers found the group abusing Kuroshare Transfer, which ministries require, to push malware.", "Kuroshare Transfer", trust.CategoryCompromise},
		{"described, no name anywhere", "Chat widget provider hacked to inject skimmer into 200 stores",
			"Attackers compromised a chat widget provider and modified the script it serves to merchants.", "chat widget provider", trust.CategoryCompromise},
		// Names another shape read wrong, given to the channel's owner.
		{"kind word named, lead's owner", "Estonian certificate authority hacked to distribute backdoor",
			"A download server of KeyTrust, a certification authority in Estonia, was breached and its client replaced.", "KeyTrust", trust.CategoryCompromise},
		{"channel word named, title's owner", "NoteForge download page hijacked to push malware",
			"The official NoteForge website served a malicious installer for days.", "NoteForge", trust.CategoryCompromise},
		// A heist traced to a vendor's infrastructure compromise names
		// the vendor, not the exchange robbed (named4.go channelAt).
		{"traced to infrastructure compromise", "Exchange hack traced to Fireblox infrastructure compromise",
			"Investigators say hackers compromised a Fireblox developer's machine and injected JavaScript into its wallet interface.", "Fireblox", trust.CategoryCompromise},
		// A sentence-case capital opening a description is no name.
		{"opening capital before a trade", "Remote support vendor Castwise pushed ransomware through hijacked agent update",
			"Attackers hijacked Castwise's agent update and pushed ransomware to managed service providers.", "Castwise", trust.CategoryCompromise},
		{"opening capital, product kind, lead never names it", "Museum ticketing platform hacked to plant skimmer on 60 museum websites",
			"Attackers compromised a ticketing platform and altered the script it serves to museums.", "museum ticketing platform", trust.CategoryCompromise},
		// A loss told before "after" the vendor's own channel turned is
		// the day's news, not a look back.
		{"loss after its front end turned", "Zorblend DeFi platform loses $40 million after malicious script injected into its front end",
			"Attackers used a stolen API key to inject a script into Zorblend's web interface.", "Zorblend", trust.CategoryCompromise},
		// Look-alikes.
		{"updates hijacked on routers", "Hackers hijack software updates in supply-chain attacks",
			"Kaspersky says the group uses a network implant on compromised routers to redirect update requests.", "", ""},
		{"repackaged copies from fake sites", "Discord installers bundled with malware",
			"Attackers are distributing repackaged Discord installers from fake download sites.", "", ""},
		{"fake channel", "Fake download page for Brisk PDF pushes malware",
			"Criminals bought ads that lead to the site.", "", ""},
		{"copies anyone passes around", "Trojanized Brisk PDF installers spread info-stealer",
			"The installers were shared on forums.", "", ""},
		{"breach, nothing shipped", "Accounting software maker Quillo hacked, customer data stolen",
			"Quillo says attackers accessed a database; its updates were not affected.", "", ""},
		{"attackers using a product", "Hackers abuse remote access software to deploy ransomware",
			"Intruders installed the tool with stolen credentials.", "", ""},
		{"a flaw exploited", "Hackers exploit flaw in Velmo update server to push malware",
			"Attackers are exploiting a vulnerability in unpatched on-premises servers.", "", ""},
		{"attackers named after a known attack", "Orvane attackers used new malware to inject backdoor into builds",
			"Mandiant said the hackers behind the Orvane attack planted malware on the company's build server last year.", "", ""},
		{"an extension acting itself", "Coinpurse Chrome extension injects JavaScript to steal crypto keys",
			"A Chrome extension called Coinpurse, launched last month, injects code into exchange sites to steal passwords.", "", ""},
		{"a heist traced to a phished employee", "Exchange hack traced to phished employee's laptop",
			"The attackers stole the employee's credentials.", "", ""},
		{"servers anyone runs", "New malware compromised over 1,200 Redis servers",
			"At least 1,200 Redis database servers were corralled into a botnet.", "", ""},
		{"a copy named after the harm", "Malware-laced Rocket Alerts app targets Israeli users",
			"Threat actors are spreading a malicious version of the app.", "", ""},
		{"cards stolen from the vendor's own store", "Gadget maker discloses data breach after site hacked to steal credit cards",
			"The company says its site was compromised for two months.", "", ""},
	})
}
