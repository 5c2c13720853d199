package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLeftovers2Headlines holds the matcher to testdata/leftovers2.tsv:
// named-vendor shapes reported as still missed this round (a product found
// with a backdoor account, a maker warning of one in its product, updates
// swapped for malware, reversals, state links in base form, divest orders)
// against look-alikes (flaws and implants, antitrust divestitures, past
// actions used as adjectives, shippers charged over exports).
func TestLeftovers2Headlines(t *testing.T) {
	testHeadlines(t, "testdata/leftovers2.tsv", 0.85)
}

// TestLeftovers2Shapes checks each shape of leftovers2.go with variants
// not in the tsv (other vendors, verbs, products) and the look-alikes it
// must leave alone.
func TestLeftovers2Shapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []leadRow{
		// A product found or shipped with a backdoor.
		{"found with backdoor", "Hikvision cameras found with hidden backdoor account", "", "Hikvision", trust.CategoryCompromise},
		{"shipped with account", "Ruijie switches shipped with undocumented root account", "", "Ruijie", trust.CategoryCompromise},
		{"discovered with", "Sunmi terminals discovered with secret backdoor", "", "Sunmi", trust.CategoryCompromise},
		{"attackers found with access", "Spies found with backdoor access to ministry networks", "", "", ""},
		{"default passwords", "Routers found with default passwords on thousands of networks", "", "", ""},
		// A channel swapped past a product noun.
		{"swap past kind", "Hackers swapped WPS Office updates for backdoor", "", "WPS Office", trust.CategoryCompromise},
		{"replaced past kind", "Attackers replaced Cobra VPN client installer with infostealer", "", "Cobra", trust.CategoryCompromise},
		// The maker warns of a login built into its product.
		{"maker warns", "Cisco warns of hardcoded backdoor account in Cisco Unified CM", "", "Cisco", trust.CategoryCompromise},
		{"maker discloses", "Zyxel discloses undocumented admin account in VPN firewalls", "", "Zyxel", trust.CategoryCompromise},
		{"agency warns keeps product", "CISA warns of backdoor account in Contec monitors", "", "Contec", trust.CategoryCompromise},
		{"maker warns of flaw", "Cisco warns of critical flaw in Smart Licensing Utility", "", "", ""},
		// Holds lifted in the passive; "takes X off".
		{"sanctions lifted", "Sanctions on Positive Technologies are lifted", "", "Positive Technologies", trust.CategoryReversal},
		{"after blacklisting lifted", "Xiaomi stock soars after blacklisting is rescinded", "", "Xiaomi", trust.CategoryReversal},
		{"takes off covered list", "FCC takes Kaspersky off Covered List", "", "Kaspersky", trust.CategoryReversal},
		{"ban tightened", "Huawei sales slump after ban is tightened", "", "", ""},
		// Data or prompts to a state.
		{"prompts routed", "Chinese chatbot Doubao routes user prompts to Beijing servers", "", "Doubao", trust.CategoryEspionage},
		{"base route", "Report: Temu apps route shopper data through China", "", "Temu", trust.CategoryEspionage},
		{"prompts to EU", "Microsoft routes Copilot prompts through EU data boundary", "", "", ""},
		// A Department as an authority.
		{"department directive", "Energy Department orders utilities to remove Chinese inverters", "", "inverters", trust.CategoryDirective},
		{"department award", "Energy Department awards $30 million to utilities for grid security", "", "", ""},
		// Divest orders against a foreign owner.
		{"forces owner", "Trump forces Chinese owner to sell hotel software firm StayNTouch", "", "StayNTouch", trust.CategoryBan},
		{"possessive", "Grindr's Chinese owner ordered to sell the app", "", "Grindr", trust.CategoryBan},
		{"antitrust", "FTC orders Meta to divest Instagram", "", "", ""},
		{"antitrust owner", "Regulators order Microsoft's owner to sell Activision stake", "", "", ""},
		// Past holds as adjectives; shipments to a vendor.
		{"sanctioned adjective", "Sanctioned Russian hosting firm Aeza opens new data centers", "", "", ""},
		{"blacklisted adjective", "Blacklisted Chinese drone maker DJI unveils new camera", "", "", ""},
		{"adjective then action", "Sanctioned spyware maker Intellexa added to Entity List", "", "Intellexa", trust.CategorySanctions},
		{"shipper charged", "Businessman charged over shipments to Huawei", "", "", ""},
		// Devices hit in a campaign are the attackers' victims.
		{"devices hit", "Juniper routers compromised in cyberespionage campaign", "", "", ""},
		{"supply chain keeps", "SolarWinds Orion updates compromised in supply chain attack", "", "SolarWinds", trust.CategoryCompromise},
	}
	checkLeadRows(t, m, cases)
}
