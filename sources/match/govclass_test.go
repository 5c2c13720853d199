package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestGovclassHeadlines holds the matcher to testdata/govclass.tsv:
// government and market actions against a named vendor or a class of
// products (kind plus origin or condition) and their reversals, against
// proposals, content bans, patch orders, account bans, sanctions on people,
// hearings and opinion. Floor: the set after the shapes (0.955) less a
// margin.
func TestGovclassHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/govclass.tsv", 0.88)
}

// TestGovclassShapes holds each reading of govclass.go to variants the
// batch was not written with, and to the look-alikes beside them.
func TestGovclassShapes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// govClass: kinds by condition, data flow or tech qualifier.
		{name: "cond/eol", title: "NSA orders agencies to decommission end-of-life VPN appliances", vendor: "end-of-life VPN appliances", category: trust.CategoryDirective},
		{name: "cond/legacy", title: "Agencies told to replace legacy routers and firewalls under new directive", vendor: "legacy routers and firewalls", category: trust.CategoryDirective},
		{name: "flow/transmit", title: "BSI warns against smart cameras that transmit footage to China", vendor: "cameras that transmit footage to China", category: trust.CategoryDirective},
		{name: "tech/ict", title: "Ministry bans Chinese-made ICT equipment from state networks", vendor: "Chinese-made ICT equipment", category: trust.CategoryBan},
		{name: "cond/no-longer", title: "NCSC tells operators to replace routers that no longer receive updates", vendor: "routers that no longer receive updates", category: trust.CategoryDirective},
		{name: "cond/deadline", title: "CISA gives agencies 90 days to pull end-of-life VPN gateways", vendor: "end-of-life VPN gateways", category: trust.CategoryDirective},
		{name: "cond/duty", title: "Federal agencies must remove unsupported firewalls, OMB says", vendor: "unsupported firewalls", category: trust.CategoryDirective},
		{name: "cond/deadline-patch", title: "CISA gives agencies a week to patch Ivanti flaws"},
		{name: "cond/company", title: "Microsoft gives users a year to replace unsupported devices"},
		{name: "cond/patch", title: "CISA orders agencies to patch unsupported Citrix appliances"},
		{name: "cond/vendor-own", title: "Microsoft to remove legacy add-ins from Office"},
		// govAct: the family's verbs with their particles or uses.
		{name: "act/stop", title: "Navy stops purchasing Chinese-made drones", vendor: "DJI", category: trust.CategoryBan},
		{name: "act/bar-use", title: "State police barred from flying foreign-made drones", vendor: "DJI", category: trust.CategoryBan},
		{name: "act/out", title: "Regulator's new rules push Chinese camera makers out of government contracts", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "act/rip", title: "Government rips Chinese CCTV cameras out of ministries", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "act/head", title: "Air National Guard stops buying Chinese-built drones", vendor: "DJI", category: trust.CategoryBan},
		{name: "act/cabinet", title: "Executive Yuan bars Chinese-brand ICT products from agencies", vendor: "Chinese-brand ICT products", category: trust.CategoryBan},
		{name: "act/list", title: "Pentagon adds Chinese chipmakers to list of military companies", vendor: "SMIC", category: trust.CategorySanctions},
		{name: "act/rid-from", title: "Navy drops Chinese-made cameras from bases", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "act/get-time", title: "Agencies get six months to drop Chinese-made drones", vendor: "DJI", category: trust.CategoryBan}, // own bodies, a foreign kind (cl12.go)
		{name: "act/to-bar", title: "Netherlands to restrict Chinese inverters after remote-control fears", vendor: "Chinese inverters", category: trust.CategoryBan},
		{name: "act/investments", title: "US working on new laws to ban investments in Chinese tech firms"},
		{name: "act/named-cond", title: "Agencies have 7 days to unplug end-of-life SonicWall firewalls", vendor: "SonicWall", category: trust.CategoryDirective},
		{name: "act/deal", title: "Regulator blocks purchase of British chipmaker by Chinese firm"},
		{name: "act/not-tech", title: "Ministry phases out Chinese-made school uniforms"},
		{name: "act/weighed", title: "UK considers phasing out Chinese surveillance cameras"},
		// govclassAdjust: reversals of a named vendor's exclusion.
		{name: "undo/designation", title: "Judge vacates Pentagon designation of Xiaomi", vendor: "Xiaomi", category: trust.CategoryReversal},
		{name: "undo/exclusion", title: "Court overturns Huawei exclusion from Swedish 5G networks", vendor: "Huawei", category: trust.CategoryReversal},
		{name: "undo/designation", title: "Judge annuls ZTE designation as security threat", vendor: "ZTE", category: trust.CategoryReversal},
		{name: "undo/decision", title: "Government reverses decision to exclude Huawei from 5G", vendor: "Huawei", category: trust.CategoryReversal},
		{name: "undo/back", title: "Government lets Huawei back into 5G auction", vendor: "Huawei", category: trust.CategoryReversal},
		{name: "undo/unblocks", title: "Regulator unblocks Kaspersky after review", vendor: "Kaspersky", category: trust.CategoryReversal},
		{name: "order/participle", title: "Italian regulator orders DeepSeek blocked", vendor: "DeepSeek", category: trust.CategoryBan},
		{name: "cannot", title: "Taiwan says public agencies cannot use DeepSeek", vendor: "DeepSeek", category: trust.CategoryBan},
		{name: "cannot/no-authority", title: "Users cannot use Zoom after outage"},
		{name: "back/staff", title: "Hikvision welcomes staff back to office"},
		{name: "undo/upheld", title: "Court upholds Huawei exclusion"},
		{name: "undo/content", title: "Bangladesh lifts TikTok ban after app removes obscene content"},
		{name: "undo/noun", title: "TikTok adds a strikes policy for bans"},
		// names listed before "and N other".
		{name: "others/title", title: "India bans Shein and 58 other Chinese apps", vendor: "Shein", category: trust.CategoryBan},
		{name: "others/owner", title: "Treasury lifts sanctions on Russian tycoon's mining companies"},
	})
}
