package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCl15Untouched holds the matcher to testdata/class15_u.tsv, written
// before any change and never tuned on (its header has the figures).
func TestCl15Untouched(t *testing.T) {
	testBatchFP(t, "testdata/class15_u.tsv", 0.8, 0.1)
}

// TestCl15Headlines holds the matcher to testdata/class15.tsv, written
// after the rules in the grid's families.
func TestCl15Headlines(t *testing.T) {
	testBatchFP(t, "testdata/class15.tsv", 0.9, 0.05)
}

// TestCl15Shapes pins cl15.go's rules, one or more rows each, with the
// look-alikes each refuses.
func TestCl15Shapes(t *testing.T) {
	checkShapes(t, defaultMatcher(t), []shapeCase{
		// an order, instruction or requirement to rid a class: a directive
		{name: "order/passive", title: "Agencies ordered to rip out Chinese-made surveillance cameras by deadline", vendor: "Hikvision", category: trust.CategoryDirective},
		{name: "order/active", title: "OMB orders agencies to remove Chinese-made drones", vendor: "DJI", category: trust.CategoryDirective},
		{name: "order/must", title: "Agencies must remove PRC-linked routers within 90 days, CISA says", vendor: "Huawei", category: trust.CategoryDirective},
		{name: "order/instructed", title: "Agencies instructed to phase out Chinese-made batteries", vendor: "CATL", category: trust.CategoryDirective},
		{name: "order/nominal", title: "Regulator orders removal of Chinese-made cellular modules from government sites", vendor: "Quectel", category: trust.CategoryDirective},
		// an order of a ban, an order to stop buying, a law's requirement: a ban
		{name: "order/of-ban", title: "CISA orders ban on Chinese-made drones", vendor: "DJI", category: trust.CategoryBan},
		{name: "order/directive-banning", title: "Ministry issues directive banning Chinese cameras at military sites", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "order/stop-buying", title: "Federal agencies told they must stop buying Chinese-made drones", vendor: "DJI", category: trust.CategoryBan},
		{name: "order/law", title: "Pentagon ordered to rip out Chinese-made displays from weapons systems", body: "The defense bill requires the department to stop procuring screens made by Chinese companies.", vendor: "Chinese-made displays", category: trust.CategoryBan},
		{name: "order/none", title: "Australia to remove Chinese-made surveillance cameras from defence sites", vendor: "Hikvision", category: trust.CategoryBan},
		// sales restricted to a kind of firm: sanctions; to a country: trade
		{name: "sales/kind", title: "US restricts sales of advanced chips to Chinese supercomputer makers", vendor: "Chinese supercomputer makers", category: trust.CategorySanctions},
		{name: "sales/firms", title: "US restricts chip sales to Chinese firms"},
		{name: "sales/country", title: "US restricts exports of advanced AI chips to China"},
		// OMB is an authority as CISA is
		{name: "omb/warns", title: "OMB warns against using Chinese-made surveillance cameras", vendor: "Hikvision", category: trust.CategoryDirective},
		// the class in the title, the order in the lead
		{name: "lead/order", title: "CISA issues new guidance on Chinese-made routers", body: "Agencies were told to remove them from their networks within 90 days.", vendor: "Huawei", category: trust.CategoryDirective},
		{name: "lead/patch", title: "CISA issues new guidance on Chinese-made routers", body: "The guidance tells agencies to patch vulnerable devices promptly."},
		{name: "lead/would", title: "CISA issues new guidance on Chinese-made routers", body: "The proposal would require agencies to remove them within a year."},
		// a passive order to its addressees, no authority named
		{name: "passive/told", title: "Utilities told to disconnect Chinese-made inverters", vendor: "Chinese-made inverters", category: trust.CategoryDirective},
		{name: "passive/servants", title: "Civil servants told to delete Chinese AI apps", vendor: "TikTok", category: trust.CategoryDirective},
		{name: "passive/not-buy", title: "Agencies told not to buy Chinese-made drones", vendor: "DJI", category: trust.CategoryBan},
		{name: "passive/check", title: "Consumers urged to check Chinese-made cameras for backdoors"},
		{name: "passive/update", title: "Users urged to update Chinese-made routers"},
		// an authority is never the vendor: the class is
		{name: "actor/ministry", title: "Interior ministry prohibits purchase of Chinese-made drones", vendor: "DJI", category: trust.CategoryBan},
		// Iran's makers are a class
		{name: "iran/sanctions", title: "EU sanctions Iranian drone makers", vendor: "Iranian drone", category: trust.CategorySanctions},
		{name: "iran/list", title: "Ohio law bars utilities from deals with Chinese, Iranian suppliers",
			body: "The law covers suppliers of grid control systems and software.", vendor: "Chinese, Iranian suppliers", category: trust.CategoryBan},
		// steps not taken
		{name: "veto/proposed", title: "Pentagon proposes rule to ban Chinese AI models"},
		{name: "veto/would", title: "Bill would require agencies to remove Chinese-made drones"},
		{name: "veto/urged", title: "Interior ministry urged to phase out PRC-linked routers"},
		{name: "veto/lobby", title: "Drone makers urge agencies to replace Chinese-made drones with American ones"},
		{name: "order/no-longer-buy", title: "Agencies told they can no longer buy Chinese-made cameras", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "veto/despite", title: "Agencies slow to remove Chinese surveillance cameras despite OMB order"},
		{name: "keep/listing-proposed", title: "FCC proposes adding Chinese-made drones to Covered List", vendor: "DJI", category: trust.CategorySanctions},
		{name: "keep/urges-operators", title: "Regulator urges operators to replace Chinese-made inverters", vendor: "Chinese-made inverters", category: trust.CategoryDirective},
	})
}
