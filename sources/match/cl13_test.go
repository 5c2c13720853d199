package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCl13Untouched holds the matcher to testdata/cl13_u.tsv, written
// before any change and never tuned on (its header has the figures).
func TestCl13Untouched(t *testing.T) {
	testBatchFP(t, "testdata/cl13_u.tsv", 0.7, 0.1)
}

// TestCl13Headlines holds the matcher to testdata/cl13.tsv, written after
// the rules in the grid's families.
func TestCl13Headlines(t *testing.T) {
	testBatchFP(t, "testdata/cl13.tsv", 0.8, 0.1)
}

// TestCl13Shapes pins cl13.go's rules, one or more rows each, with the
// look-alikes each refuses.
func TestCl13Shapes(t *testing.T) {
	checkShapes(t, defaultMatcher(t), []shapeCase{
		// origins as initials and origin compounds
		{name: "origin/prc", title: "FCC bans PRC-linked drones", vendor: "DJI", category: trust.CategoryBan},
		{name: "origin/russian-origin", title: "Lithuania bans Russian-origin antivirus software on government devices", vendor: "Kaspersky", category: trust.CategoryBan},
		{name: "origin/covered-list", title: "FCC adds PRC-linked batteries to Covered List", vendor: "CATL", category: trust.CategorySanctions},
		{name: "origin/hacked", title: "Hackers exploit flaws in PRC-linked routers"},
		// kinds the heads lacked
		{name: "kind/e-bikes", title: "Pentagon bans Chinese-made e-bikes from its bases", vendor: "Chinese-made e-bikes", category: trust.CategoryBan},
		{name: "kind/panels", title: "Texas bars state agencies from buying solar panels made in China", vendor: "solar panels made in China", category: trust.CategoryBan},
		{name: "kind/monitors", title: "Pentagon bans patient monitors made in China", vendor: "patient monitors made in China", category: trust.CategoryBan},
		{name: "kind/tariffs", title: "EU raises tariffs on Chinese-made e-bikes"},
		{name: "kind/reliance", title: "Government to end reliance on Chinese solar panels"},
		// a step kept, narrowed, or its undoing refused: no new step
		{name: "kept/survives", title: "Florida ban on Chinese-made drones survives legal challenge"},
		{name: "kept/exemptions", title: "Commerce grants exemptions to ban on PRC-linked routers"},
		{name: "kept/declines", title: "Court declines to halt Texas ban on Chinese-made drones"},
		{name: "kept/undone", title: "Court blocks Texas ban on Chinese-made drones", vendor: "DJI", category: trust.CategoryReversal},
		// the party a class is tied to is no vendor
		{name: "party/tied", title: "FCC adds routers linked to the Chinese Communist Party to Covered List", vendor: "Huawei", category: trust.CategorySanctions},
		{name: "party/probe", title: "EU opens trade probe into imports of modems linked to the Chinese Communist Party"},
		// an origin is a motive of trust: payment terminals are a kind
		{name: "motive/payment-terminals", title: "Taiwan prohibits PRC-linked payment terminals on government devices", vendor: "PRC-linked payment terminals", category: trust.CategoryBan},
		{name: "motive/payments", title: "India bans gambling apps over payment fraud"},
		// an order to disconnect, a cyber agency's order: a directive
		{name: "directive/disconnect", title: "CISA orders agencies to disconnect PRC-linked modules", vendor: "Quectel", category: trust.CategoryDirective},
		{name: "directive/own-order", title: "Taiwan orders agencies to phase out Chinese-made IT products", vendor: "Chinese-made IT products", category: trust.CategoryDirective},
		// the class in the title, the bar in the lead
		{name: "lead/moves", title: "FCC moves against Chinese-made drones", body: "The new rule bars their sale and import, citing national security.", vendor: "DJI", category: trust.CategoryBan},
		{name: "lead/targets", title: "Texas targets Chinese routers in new security rules", body: "State agencies will be barred from buying them from next year.", vendor: "Huawei", category: trust.CategoryBan},
		{name: "lead/proposal", title: "FCC moves against Chinese-made drones", body: "The agency proposed a rule that would bar their sale."},
		{name: "lead/weighs", title: "Commerce targets Chinese connected cars", body: "Officials are weighing a ban on their software."},
		{name: "lead/past", title: "Texas tightens rules on Chinese apps", body: "The state previously banned TikTok on government devices."},
		{name: "lead/hackers", title: "Hackers target Chinese-made cameras", body: "The botnet blocked access to the devices."},
	})
}
