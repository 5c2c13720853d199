package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCl12Untouched holds the matcher to testdata/cl12_u.tsv, written
// before any change and never tuned on (its header has the figures).
func TestCl12Untouched(t *testing.T) {
	testBatchFP(t, "testdata/cl12_u.tsv", 0.5, 0.2)
}

// TestCl12Shapes pins cl12.go's rules, one or more rows each, with the
// look-alikes each refuses.
func TestCl12Shapes(t *testing.T) {
	checkShapes(t, defaultMatcher(t), []shapeCase{
		// talk about a class step, refused whatever path read it
		{name: "veto/poll", title: "Poll: voters back Texas ban on Chinese-made drones"},
		{name: "veto/call", title: "Pentagon officials call for ban on Chinese routers"},
		{name: "veto/weighs", title: "Commerce weighs restrictions on Chinese connected cars"},
		{name: "veto/delay", title: "Florida delays ban on Chinese-made drones for police"},
		{name: "veto/exports", title: "Beijing bans exports of Chinese inverters"},
		{name: "keep/proposal", title: "FCC proposes adding foreign drones to Covered List over national security risks", vendor: "DJI", category: trust.CategorySanctions},
		// a step walked back or struck down is undone
		{name: "undone/backs-away", title: "Pentagon backs away from ban on Chinese-made batteries", vendor: "CATL", category: trust.CategoryReversal},
		{name: "undone/struck", title: "Modi ban on China-made chips struck down", vendor: "SMIC", category: trust.CategoryReversal},
		// an order to the state's own bodies to rid a foreign kind is a
		// directive since cl15.go (trust-events.md: an order to remove); a
		// step taken without an order stays a ban
		{name: "own/orders", title: "Taiwan orders agencies to phase out Chinese-made IT products", vendor: "Chinese-made IT products", category: trust.CategoryDirective},
		{name: "own/must", title: "Agencies must remove Chinese-made drones within 90 days, Pentagon says", vendor: "DJI", category: trust.CategoryDirective},
		{name: "own/pull", title: "Israeli army to pull Chinese-made vehicles from senior officers over espionage fears", vendor: "Chinese-made vehicles", category: trust.CategoryBan},
		// a directive's marks keep it one
		{name: "directive/soft", title: "UK tells departments to stop installing Chinese surveillance cameras at sensitive sites", vendor: "Hikvision", category: trust.CategoryDirective},
		{name: "directive/cyber", title: "CISA orders agencies to remove routers made by foreign adversaries from federal networks", vendor: "Huawei", category: trust.CategoryDirective},
		{name: "directive/condition", title: "CISA orders federal agencies to replace end-of-life routers and firewalls", vendor: "end-of-life routers and firewalls", category: trust.CategoryDirective},
		{name: "directive/operational", title: "Agencies ordered to disconnect Chinese-made inverters from their networks", vendor: "Chinese-made inverters", category: trust.CategoryDirective},
		// a kind pulled from a government's own sites, not a store's shelves
		{name: "sites/pulled", title: "Security fears see Chinese-made cameras pulled from Australian defence sites", body: "The defence department said surveillance cameras from Chinese makers would be removed.", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "sites/store", title: "Retailer pulls Chinese-made cameras from its stores after recall"},
		// "social media" apps are technology, the press is not
		{name: "kind/social-media", title: "Texas bans Chinese social media apps on state devices", vendor: "TikTok", category: trust.CategoryBan},
		{name: "kind/media", title: "Country bars Chinese media from reporting on elections"},
		// kinds the heads lacked
		{name: "kind/displays", title: "Pentagon bans Chinese-made displays", vendor: "Chinese-made displays", category: trust.CategoryBan},
		{name: "veto/own-offices", title: "Arvoro bans Chinese chatbots from its offices", body: "The company told staff not to use AI assistants from China."},
		{name: "keep/own-networks", title: "Pentagon bans Chinese chatbots from its networks", vendor: "iFlytek", category: trust.CategoryBan},
		// an official's name is the authority, never the vendor
		{name: "actor/abbott", title: "Abbott bans Chinese-linked apps from Texas government devices", vendor: "TikTok", category: trust.CategoryBan},
		{name: "actor/newsom", title: "Newsom bans Chinese-made drones", vendor: "DJI", category: trust.CategoryBan},
		// approvals revoked bar a kind; orders revoked undo a ban
		{name: "revoke/approvals", title: "FCC revokes authorizations for Chinese-made drones", vendor: "DJI", category: trust.CategoryBan},
		{name: "revoke/security-cameras", title: "FCC revokes authorizations for Chinese-made security cameras", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "revoke/orders", title: "Biden revokes Trump executive orders banning Chinese apps", vendor: "TikTok", category: trust.CategoryReversal},
		// the action and the class told in the lead, the authority moving in the title
		{name: "lead/moves", title: "Taiwan tightens rules for government devices", body: "Agencies are now barred from using Chinese AI apps, the digital ministry said.", vendor: "TikTok", category: trust.CategoryBan},
		{name: "lead/acts", title: "Pentagon acts on battery supply chain", body: "The Defense Department will stop buying batteries from Chinese manufacturers under the new defense law.", vendor: "CATL", category: trust.CategoryBan},
		{name: "lead/firm", title: "Google pulls app from Play Store", body: "Google removed an app that helped users delete Chinese-made software, citing its deceptive behaviour policy."},
		{name: "lead/background", title: "Texas expands cybersecurity training for state employees", body: "The state previously banned Chinese-linked apps on government devices."},
		{name: "lead/question", title: "What the new drone ban means for police", body: "The FCC has barred new approvals of foreign-made drones."},
	})
}

// TestCl12Headlines holds the matcher to testdata/cl12.tsv, written after
// the rules in the grid's families.
func TestCl12Headlines(t *testing.T) {
	testBatchFP(t, "testdata/cl12.tsv", 0.8, 0.1)
}
