package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestClass10Headlines holds the matcher to testdata/class10.tsv: class
// actions class9 missed (orders aimed at a class, risk clauses, data sent
// abroad, class rules suspended, covered components, countries told
// beside the kind, bodies ridding themselves of a class) and the
// category convention, against legislators, reports, hackers, tariffs,
// other rules paused and censors' blocks (6/17 right and 2/12 alerting
// before class10.go; 17/17 and 0/12 after). Floor: less a margin.
func TestClass10Headlines(t *testing.T) {
	testBatch(t, "testdata/class10.tsv", 0.88)
}

// TestClass10Untouched holds the matcher to testdata/class10_u.tsv,
// written before class10.go and never tuned on (13 of 23 events and 2 of
// 16 look-alikes alerting at the start). The floor guards against
// regression only.
func TestClass10Untouched(t *testing.T) {
	testBatchFP(t, "testdata/class10_u.tsv", 0.56, 0.13)
}

// TestClass10Shapes holds each reading of class10.go to variants neither
// set was written with, and to the look-alikes beside them.
func TestClass10Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// An order aimed at a class, the riddance in the lead (cl10AimOrder).
		{name: "aim/targets", title: "Governor's order targets Chinese-made cameras in state buildings",
			body: "The order directs agencies to remove surveillance cameras made by companies based in China within a year.", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "aim/no-order", title: "Governor's order targets Chinese-made cameras in state buildings",
			body: "Officials said a review would look at how many such cameras are in use."},
		{name: "aim/legislators", title: "Lawmakers take aim at Chinese-made cameras",
			body: "A bill would require agencies to remove cameras made in China."},
		// A kind qualified by a risk clause (cl10RiskClause), named as written.
		{name: "risk/posing", title: "Ministry stops purchases of routers posing security risks", vendor: "routers posing security risks", category: trust.CategoryBan},
		{name: "risk/that", title: "Police agency bans drones that pose data risks", vendor: "drones that pose data risks", category: trust.CategoryBan},
		{name: "risk/study", title: "Study lists drones that pose security risks"},
		// A body ridding itself of a class in a verb the lexicon lacks (cl10OwnRid).
		{name: "own/withdraw", title: "Royal Navy to withdraw Chinese-made drones from its ships", vendor: "DJI", category: trust.CategoryBan},
		{name: "own/swap", title: "Ministry swaps out Chinese laptops over spying fears", vendor: "Lenovo", category: trust.CategoryBan},
		{name: "own/company", title: "Port operator to replace Chinese cranes"},
		{name: "own/hold", title: "Commission drops investigation into Chinese apps"},
		{name: "own/reliance", title: "Government to end reliance on Chinese solar panels"},
		{name: "own/tariffs", title: "US to end tariffs on Chinese drones"},
		// A country's technology sending data abroad (cl10WarnAbroad).
		{name: "abroad/warns", title: "Cyber watchdog warns Chinese smart TVs send viewing data abroad", vendor: "Chinese smart", category: trust.CategoryDirective},
		{name: "abroad/hackers", title: "FBI warns Chinese hackers sending stolen data abroad"},
		// An authority warning against a class (cl10Warned): addressed,
		// or made formal by its lead; attackers, flaws and safety kept out.
		{name: "warned/addressed", title: "Cyber agency warns hospitals about Chinese-made patient monitors",
			body: "The agency said the devices send data to servers in China.", vendor: "Chinese-made patient monitors", category: trust.CategoryDirective},
		{name: "warned/formal", title: "Government warns Chinese routers may hand data to Beijing",
			body: "An advisory tells operators to inventory such devices.", vendor: "Huawei", category: trust.CategoryDirective},
		{name: "warned/finding", title: "Ministry warns that Chinese routers collect data", body: "Officials asked people to stay alert."},
		{name: "warned/hackers", title: "NSA warns of Chinese hackers targeting home routers"},
		{name: "warned/flaws", title: "Agency warns of flaws in Chinese-made cameras"},
		{name: "warned/safety", title: "Regulator warns consumers against Chinese-made chargers over fire risk"},
		// A class rule suspended, its list in the lead (cl10RuleSuspended).
		{name: "suspend/list", title: "Commerce pauses affiliates rule for 12 months",
			body: "The department suspended the rule that extended Entity List restrictions to subsidiaries of listed firms.", vendor: "affiliates rule", category: trust.CategoryReversal},
		{name: "suspend/bare-rule", title: "Commerce suspends rule on AI chip exports for a year",
			body: "The department paused the rule that added dozens of Chinese firms to the Entity List.", vendor: "rule on AI chip exports", category: trust.CategoryReversal},
		{name: "suspend/no-list", title: "Commerce pauses reporting rule for 12 months",
			body: "The department suspended the rule requiring cloud providers to report foreign customers' model training."},
		{name: "suspend/tariff", title: "US suspends tariff rule after trade deal",
			body: "The Commerce Department paused the rule raising duties on imported steel and aluminum."},
		// A hold ended on a class is its reversal (cl10HoldEnded).
		{name: "ended/restrictions", title: "US to end restrictions on Chinese apps", vendor: "TikTok", category: trust.CategoryReversal},
		{name: "ended/eases", title: "Commerce eases curbs on Chinese drones", vendor: "DJI", category: trust.CategoryReversal},
		// Covered components; a country told beside the kind (classes.go).
		{name: "covered/parts", title: "FCC bans new routers containing covered components", vendor: "routers containing covered components", category: trust.CategoryBan},
		{name: "apposed/most", title: "Pakistan bans 40 apps, most of them Chinese, over data security", vendor: "TikTok", category: trust.CategoryBan},
		{name: "apposed/links", title: "Ministry blocks loan apps with Chinese links over data theft", vendor: "TikTok", category: trust.CategoryBan},
		// Reports and lobbies asking (class10Vetoed); an authority asking stays.
		{name: "talker/report", title: "Report urges Pentagon to replace Chinese batteries"},
		{name: "talker/tank", title: "Think tank urges agencies to drop Chinese drones"},
		{name: "talker/authority", title: "Commission urges member states to exclude high-risk 5G suppliers", vendor: "high-risk 5G suppliers", category: trust.CategoryDirective},
		// Censors' blocks of foreign services (class10Vetoed).
		{name: "censor/vpn", title: "Russia blocks foreign VPN services"},
		{name: "censor/protests", title: "Iran blocks foreign messaging apps amid protests"},
		{name: "censor/gov-devices", title: "France bans recreational apps on government phones", vendor: "recreational apps", category: trust.CategoryBan},
		// The category (class10Category): a body's own riddance is a ban;
		// an order, a deadline, advice or a program a directive.
		{name: "cat/own", title: "Israeli air force to remove Chinese-made vehicles from its bases", vendor: "Chinese-made vehicles", category: trust.CategoryBan},
		{name: "cat/own-purchases", title: "Japan to stop government purchases of Chinese-made drones", vendor: "DJI", category: trust.CategoryBan},
		// an order to the state's own bodies to rid a foreign kind is a directive (cl15.go: an order to remove)
		{name: "cat/ordered", title: "Agencies ordered to remove Chinese-made cellular modules", vendor: "Quectel", category: trust.CategoryDirective},
		{name: "cat/others", title: "Energy Department orders utilities to remove Chinese transformers", vendor: "Chinese transformers", category: trust.CategoryDirective},
		{name: "cat/program", title: "State Department program to purge untrusted Chinese apps from US networks", vendor: "TikTok", category: trust.CategoryDirective},
		{name: "cat/toolbox", title: "EU members agree toolbox to restrict high-risk suppliers", vendor: "high-risk suppliers", category: trust.CategoryDirective},
		{name: "cat/law", title: "Parliament passes law to restrict high-risk suppliers", vendor: "high-risk suppliers", category: trust.CategoryBan},
	})
}
