package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestAuthority4Headlines holds the matcher to testdata/authority4.tsv:
// obligations and directives without "orders", designations, exclusion
// verbs, warnings of data flow and store shapes, against the look-alikes
// news prints beside them. Floor: today's figure less a margin.
func TestAuthority4Headlines(t *testing.T) {
	testHeadlines(t, "testdata/authority4.tsv", 0.55)
}

// TestAuthority4Shapes holds each shape of authority4.go to variants the
// batch was not written with (other vendors, tenses, orders), and to the
// look-alikes beside them. Vendors outside the registry are named as
// written.
func TestAuthority4Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// dutyCut: a duty with no "orders".
		{name: "duty/required", title: "Federal agencies required to disconnect Pulse Secure appliances within 48 hours", vendor: "Ivanti", category: trust.CategoryDirective},
		{name: "duty/have-days", title: "Agencies have 7 days to unplug end-of-life SonicWall firewalls", vendor: "SonicWall", category: trust.CategoryDirective},
		{name: "duty/must-remove", title: "NCSC: UK government departments must remove Hikvision cameras from sensitive sites", vendor: "Hikvision", category: trust.CategoryDirective},
		{name: "duty/directive-list", title: "CISA directive tells agencies to collect forensic data, take SolarWinds Orion offline", vendor: "SolarWinds", category: trust.CategoryDirective},
		{name: "duty/patch-only", title: "Federal agencies must patch Ivanti flaws by Friday, CISA says"},
		{name: "duty/delayed", title: "Agencies get until 2027 to remove Kaspersky software after deadline extended"},
		{name: "duty/report", title: "Agencies must report ransomware payments within 24 hours under new rule"},
		// warnsFlow: an authority's warning of data sent away.
		{name: "flow/firm", title: "Korean regulator warns that DeepSeek transferred user prompts to Volcano Engine", vendor: "DeepSeek"},
		{name: "flow/state", title: "Lithuania warns of Xiaomi phones transmitting user data to China", vendor: "Xiaomi"},
		{name: "flow/malware", title: "FBI warns of malware sending stolen data to Chinese servers"},
		{name: "flow/hackers", title: "CISA warns of Chinese hackers sending stolen data to servers in China"},
		// storeReturn: an app back after a ban, not after a dispute.
		{name: "return/restored", title: "TikTok restored to Google Play in the US", body: "The app came back after the president delayed enforcing the ban.", vendor: "TikTok", category: trust.CategoryReversal},
		{name: "return/dispute", title: "Fortnite is back on the Google Play Store after Epic's court win", body: "Epic Games said the game returned to Android users worldwide."},
		// labelsRisk: an authority's label of risk, kept apart from
		// research firms naming threats.
		{name: "label/agency", title: "Dutch cyber agency labels DeepSeek a privacy risk for civil servants", vendor: "DeepSeek", category: trust.CategoryDirective},
		{name: "label/list", title: "Pentagon designates Hesai a Chinese military company", body: "The lidar maker said it would challenge the designation in court.", vendor: "Hesai", category: trust.CategorySanctions},
		{name: "label/researchers", title: "Microsoft labels Storm-0558 a threat to cloud customers"},
		// keepsOut: a class kept out by an authority or its rule.
		{name: "keep/locked", title: "Australia locks Chinese-made drones out of defence sites", vendor: "DJI", category: trust.CategoryBan},
		{name: "keep/off", title: "US military keeps Chinese surveillance cameras off its bases", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "keep/banks", title: "EU shuts Russian banks out of SWIFT"},
		{name: "keep/hackers", title: "Microsoft locks out Russian hackers from its networks"},
		// The ban taking effect as a product goes.
		{name: "gone/dark", title: "WeChat goes dark in the US as ban takes effect", vendor: "WeChat", category: trust.CategoryBan},
		{name: "gone/layoffs", title: "Kaspersky lays off US staff as ban takes effect"},
		// Look-alikes: stores pulling content at a state's request, others
		// backing a proposal.
		{name: "content/podcasts", title: "Apple removes podcast apps from China store at regulator's request"},
		{name: "content/religious", title: "Google pulls religious apps from Play Store in China"},
		{name: "talk/back", title: "Commerce, Defense back plan to ban DJI drones, sources say"},
		// A product staying after a ruling: the ruling is the news.
		{name: "stays/court", title: "TikTok remains available in US app stores after court halts ban", vendor: "TikTok", category: trust.CategoryReversal},
		{name: "stays/shares", title: "Huawei shares rise after court blocks ban"},
	})
}
