package match

import (
	"slices"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestNamed3Headlines holds the matcher to testdata/named3.tsv: an authority
// grounding a vendor's drones, installers swapped for trojanized builds, a
// store disabling an extension that turned bad, a reversal told in a
// clause, divest orders naming owner and product, and a security firm
// warning of a hidden account in another maker's product, against
// look-alikes (safety groundings, fake sites, policy disables, antitrust).
func TestNamed3Headlines(t *testing.T) {
	testHeadlines(t, "testdata/named3.tsv", 0.65)
}

// TestNamed3Shapes checks each shape fixed on the named3 batch with
// variants not in the tsv and the look-alikes it must leave alone.
func TestNamed3Shapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []titleRow{
		// An authority grounding a vendor's drones is a ban.
		{"ministry grounds drones", "Defense ministry grounds DJI drones used by border units", "DJI", trust.CategoryBan},
		{"unlisted drones grounded", "Navy grounds Skydio drones pending security review", "Skydio", trust.CategoryBan},
		{"grounding with a ban clause", "Texas agencies ground DJI drones after new state ban", "DJI", trust.CategoryBan},
		{"coast guard, unlisted maker", "Coast Guard grounds Parrot drones over data security concerns", "Parrot", trust.CategoryBan},
		{"police ground after crash", "Police ground DJI drones after crash injures officer", "", ""},
		{"company grounds its drones", "Wing grounds delivery drones after collision", "", ""},
		{"aircraft grounded for safety", "FAA grounds Boeing 787 fleet over battery fires", "", ""},
		{"airline outage", "United grounds flights after network outage", "", ""},
		// An installer swapped for a turned copy with no malware noun.
		{"swapped for a tampered version", "Hackers swapped Able Desktop installer for a tampered version", "Able Desktop", trust.CategoryCompromise},
		{"replaced with backdoored one", "Attackers replaced NetSarang Xmanager update with a backdoored one", "NetSarang", trust.CategoryCompromise},
		{"replaced with a new build", "Vendor replaces Zoom installer with new build", "", ""},
		{"pirated copies", "Cracked Adobe installers replaced with trojanized builds on torrent sites", "", ""},
		// A store disabling an extension for a reason of trust.
		{"add-on over malware", "Mozilla disables FoxyTab add-on over malware", "FoxyTab", trust.CategoryDelisting},
		{"app caught tracking", "Google disables SuperVPN app after it was caught tracking users", "SuperVPN", trust.CategoryDelisting},
		{"own feature abused", "Google disables Drive sharing feature abused in spam attacks", "", ""},
		{"policy disable", "Google disables third-party cookies for Chrome users", "", ""},
		{"product shutdown", "Google disables Stadia controllers after service shutdown", "", ""},
		// An unlisted vendor's listing lifted, told in a clause.
		{"stock rises after delisting revoked", "Zhongji Innolight stock rises after Pentagon blacklisting is revoked", "Zhongji Innolight", trust.CategoryReversal},
		{"designation rescinded, registry vendor", "Xiaomi stock surges after Commerce designation is rescinded", "Xiaomi", trust.CategoryReversal},
		{"unlisted listing revoked", "Inspur shares rise after its Entity List designation is lifted", "Inspur", trust.CategoryReversal},
		{"travel ban lifted", "Airline shares jump after travel ban is lifted", "", ""},
		{"sanctions background", "Huawei revenue climbs after years of US sanctions", "", ""},
		// A reporter warning of a login in another maker's devices.
		{"firm discloses root account", "Trustwave discloses undocumented root account in Sapido routers", "Sapido", trust.CategoryCompromise},
		{"firm warns of backdoor account", "Rapid7 warns of backdoor admin account in Hikvision cameras", "Hikvision", trust.CategoryCompromise},
		{"maker of its own product", "Cisco warns of backdoor admin account in Smart Licensing Utility", "Cisco", trust.CategoryCompromise},
		// A divest order names the product sold beside its owner.
		{"owner told to sell a stake", "Trump orders Huawei to sell its stake in Futurewei", "Futurewei", trust.CategoryBan},
		{"antitrust sale", "Court orders Google to sell Chrome in antitrust case", "", ""},
		// Backdoors planted by attackers are theirs.
		{"planted by spies", "Backdoors installed by Chinese spies found on Juniper routers", "", ""},
	}
	reporters := map[string]bool{"Trustwave": true, "Rapid7": true}
	for _, c := range cases {
		t.Run(c.name+"/"+c.title, func(t *testing.T) {
			a, ok := expectAlert(t, m, c.title, "", c.vendor, c.category)
			if ok && slices.ContainsFunc(a.VendorNames(), func(n string) bool { return reporters[n] }) {
				t.Errorf("the reporter named as the vendor: %v", a.VendorNames())
			}
		})
	}
}
