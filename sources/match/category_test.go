package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCategoryHeadlines holds the matcher to testdata/category.tsv: events
// of every category as security news titled them, each with the category
// trust-events.md gives it, against look-alikes that must not alert.
func TestCategoryHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/category.tsv", 0.80)
}

// TestCategoryShapes holds each shape of category.go to variants it was
// not written on: the category the title's action gives, and the
// look-alike where the lexicon's category must stay.
func TestCategoryShapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []struct {
		name, title, body string
		category          trust.Category
	}{
		// removedFromPlace: a state's systems, not a store.
		{name: "removed from networks", title: "Kaspersky software to be removed from all government computers", category: trust.CategoryDirective},
		{name: "removed from 5G", title: "Huawei gear to be removed from Britain's 5G networks by 2027", category: trust.CategoryDirective},
		{name: "removed from store stays", title: "Kaspersky apps removed from Google Play store", category: trust.CategoryDelisting},
		// exportControl: export controls are sanctions.
		{name: "restricts exports", title: "US restricts exports to Huawei's chip suppliers", category: trust.CategorySanctions},
		{name: "export curbs", title: "Commerce tightens export curbs on Huawei", category: trust.CategorySanctions},
		{name: "ban stays", title: "Commerce restricts TP-Link router sales over security risks", category: trust.CategoryBan},
		// licenceRevoked: a ban on the market.
		{name: "revokes licence", title: "FCC revokes China Telecom's license to operate in the US", category: trust.CategoryBan},
		{name: "revokes licence, described", title: "FCC revokes license of Chinese state-owned telecom carrier", body: "The FCC revoked China Telecom Americas' authorization over national security concerns.", category: trust.CategoryBan},
		// orderedOut: the vendor ordered out is a ban; users told to stop, a directive.
		{name: "ordered to shut down", title: "Canada orders TikTok to shut down its Canadian offices over national security", category: trust.CategoryBan},
		{name: "ordered to cease operations", title: "Canada orders Hikvision to cease operations in the country over national security", category: trust.CategoryBan},
		{name: "agencies ordered stay", title: "DHS orders federal agencies to stop using Kaspersky software", category: trust.CategoryDirective},
		{name: "agencies disconnect stay", title: "CISA orders agencies to disconnect Ivanti VPN appliances", category: trust.CategoryDirective},
		// registryRelease / pluginVendor: a registry's release is oss, a plugin vendor's product its own.
		{name: "npm release", title: "Hackers poisoned the official Lottie Player npm release", category: trust.CategoryOSS},
		{name: "pypi release", title: "Attackers poisoned the official Quux Kit PyPI release to steal cloud keys", category: trust.CategoryOSS},
		{name: "plugin vendor", title: "WordPress plugin vendor Quuxsoft hit by supply chain attack", category: trust.CategoryCompromise},
		{name: "installer stays", title: "3CX desktop app compromised in supply chain attack", category: trust.CategoryCompromise},
		// actsOverMotive / partnerCutsOff.
		{name: "suspends over privacy", title: "South Korea suspends DeepSeek downloads over privacy concerns", category: trust.CategoryBan},
		{name: "partner cuts off", title: "Google cuts off Huawei from Android updates", category: trust.CategoryDelisting},
		// authorityFindsThreat: an authority's finding is state-links; lawmakers' words stay espionage.
		{name: "authority finds threat", title: "Pentagon says Hikvision cameras pose national security threat", category: trust.CategoryStateLinks},
		{name: "lawmakers stay", title: "Lawmakers say Hikvision cameras pose national security threat", category: trust.CategoryEspionage},
		// sellerBans: a store banning sales is a delisting; a state's ban stays one.
		{name: "store bans sales", title: "Walmart bans sales of Hikvision cameras", category: trust.CategoryDelisting},
		{name: "store bans app", title: "Apple bans DeepSeek from App Store in Italy", category: trust.CategoryDelisting},
		{name: "state bans sales stays", title: "US bans sales of Kaspersky antivirus software", category: trust.CategoryBan},
		{name: "state cuts off stays", title: "US cuts off Huawei from global chip suppliers", category: trust.CategorySanctions},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, ok := m.Match(c.title, c.body)
			if !ok || a.Coverage {
				t.Fatalf("%q: no alert", c.title)
			}
			if a.Category != c.category {
				t.Errorf("%q: category %s, want %s [%s]", c.title, a.Category, c.category, a.Why())
			}
		})
	}
}
