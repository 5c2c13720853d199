package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestClass9Headlines holds the matcher to testdata/class9.tsv: class-level
// authority actions (rules, laws, procurement limits, groundings, testing
// duties, trust regimes, investment bans, toolboxes) naming no vendor,
// against drafts, bills in committee, hearings, studies, tariffs, export
// curbs, content bans and land laws (1/26 right and 3/15 alerting before
// class9.go). Floor: the set after it (26/26) less a margin.
func TestClass9Headlines(t *testing.T) {
	testBatch(t, "testdata/class9.tsv", 0.88)
}

// TestClass9Untouched holds the matcher to testdata/class9_u.tsv, written
// before class9.go and never tuned on: its figures are the family's
// honest measure (8 of 21 events at the start, 15 after class9.go; no
// look-alike alerting). The floor guards against regression only.
func TestClass9Untouched(t *testing.T) {
	testBatch(t, "testdata/class9_u.tsv", 0.66)
}

// TestClass9Shapes holds each reading of class9.go to variants neither
// set was written with, and to the look-alikes beside them.
func TestClass9Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// Verbs of barring with a kind qualified after it (cl9QualAfter).
		{name: "after/from", title: "Ministry excludes vendors from hostile states from 5G rollout", vendor: "vendors from hostile states", category: trust.CategoryBan},
		{name: "after/linked", title: "State bans contracts with companies linked to Russian intelligence", vendor: "companies linked to Russian intelligence", category: trust.CategoryBan},
		{name: "after/based", title: "Regulator restricts cloud providers based in China from hosting government data", vendor: "cloud providers based in China", category: trust.CategoryBan},
		{name: "after/parts", title: "Coast Guard grounds its fleet over Chinese-made components", vendor: "fleet over Chinese-made components", category: trust.CategoryBan},
		{name: "after/concern", title: "Governor's order bars agencies from buying tech from countries of concern", vendor: "tech from countries of concern", category: trust.CategoryBan},
		{name: "after/motive", title: "State bans drones over China ties"},
		// A qualifier before the kind (cl9QualBefore): lists, compounds, risk.
		{name: "before/list", title: "Ohio law bars utilities from deals with Chinese, Iranian suppliers",
			body: "The law covers suppliers of grid control systems and software.", vendor: "Chinese, Iranian suppliers", category: trust.CategoryBan},
		{name: "before/compound", title: "Arkansas governor signs law barring state contracts with China-linked tech firms", vendor: "China-linked tech firms", category: trust.CategoryBan},
		{name: "before/risk", title: "Sweden excludes untrusted network vendors from critical infrastructure", vendor: "untrusted network vendors", category: trust.CategoryBan},
		{name: "before/recipient", title: "Commerce restricts sales of servers to Chinese firms"},
		{name: "before/no-tech", title: "Canada bans Chinese firms from buying stakes in lithium miners",
			body: "The government ordered three Chinese companies to divest from Canadian critical minerals firms."},
		{name: "before/trade", title: "EU restricts Chinese medical device makers from public tenders",
			body: "The measure retaliates against Chinese rules that discriminate against European suppliers, the Commission said."},
		{name: "kind/acronym", title: "Australian states ban Chinese-made CCTV in government buildings", vendor: "Hikvision", category: trust.CategoryBan},
		{name: "kind/title-case", title: "Kenya Excludes Foreign-Controlled Firms From 5G Auction Over Security", vendor: "Foreign-Controlled Firms", category: trust.CategoryBan},
		{name: "censor/publishing", title: "Chinese regulator bans foreign firms from online publishing"},
		// Duties of permission and testing.
		{name: "duty/permission", title: "Ministry requires prior permission for imported grid equipment",
			body: "Officials cited the risk of malware hidden in substations' control systems.", vendor: "imported grid equipment", category: trust.CategoryBan},
		{name: "duty/country", title: "Netherlands requires permits for remote access to inverters by Chinese makers", vendor: "inverters by Chinese makers", category: trust.CategoryBan},
		{name: "duty/no-motive", title: "Indonesia requires local testing for imported smartphones",
			body: "Phones sold in the country must contain 40% local components."},
		{name: "duty/test", title: "Energy ministry to screen imported inverters for malware", vendor: "imported inverters", category: trust.CategoryBan},
		{name: "duty/unqualified", title: "Regulator requires certification for medical devices"},
		{name: "duty/vulns", title: "Agency to test routers for vulnerabilities"},
		// Subpoenas on a class, with a motive; a committee's are talk.
		{name: "subpoena/icts", title: "Commerce subpoenas Chinese cloud providers over data security risks", vendor: "Chinese cloud providers", category: trust.CategorySanctions},
		{name: "subpoena/committee", title: "House committee subpoenas Chinese drone makers over security risks"},
		// Instruments enacted, the class in the lead.
		{name: "enact/lead", title: "Network Security Act becomes law in Japan",
			body: "The law lets the government restrict high-risk vendors from critical telecom networks.", vendor: "high-risk vendors", category: trust.CategoryBan},
		{name: "enact/no-class", title: "Online Safety Act becomes law",
			body: "The law requires platforms to protect children from harmful content."},
		{name: "enact/regime", title: "Cabinet adopts 'trusted suppliers' rule for network equipment", vendor: "network equipment", category: trust.CategoryBan},
		// Categories: investment (sanctions), advice and leave to others (directive).
		{name: "cat/invest", title: "President bans investment in firms tied to Chinese military", vendor: "firms tied to Chinese military", category: trust.CategorySanctions},
		{name: "cat/lets", title: "Commission lets member states exclude high-risk telecom suppliers", vendor: "high-risk telecom suppliers", category: trust.CategoryDirective},
		{name: "cat/phase-out", title: "EU Commission urges states to phase out high-risk 5G suppliers", vendor: "high-risk 5G suppliers", category: trust.CategoryDirective},
		{name: "cat/urges", title: "EU recommends restrictions on high-risk 5G vendors", vendor: "high-risk 5G vendors", category: trust.CategoryDirective},
		// Steps not taken, stopped short, or not the family's.
		{name: "talk/plans", title: "Government plans to ban Chinese-made inverters"},
		{name: "talk/threat", title: "President threatens to ban Chinese apps"},
		{name: "talk/finding", title: "Report finds agencies ignored ban on Chinese-made drones"},
		{name: "talk/bill", title: "Bill would bar contracts with Chinese-owned firms"},
		{name: "talk/draft-named", title: "Ministry drafts rule that could exclude ZTE from networks"},
		{name: "talk/draft passed", title: "Parliament passes draft law that would ban ZTE from 5G networks", vendor: "ZTE", category: trust.CategoryBan},
		{name: "talk/said to plan", title: "U.S. Said to Plan New Limits on China's Quantum Computing Firms"},
		// Not a class: what own firms may not do abroad, a country's access.
		{name: "not/own firms abroad", title: "US bars 'advanced tech' firms from building China factories for 10 years"},
		{name: "not/access", title: "U.S. imposes tough rules to limit China's access to quantum chips"},
		{name: "neg/short", title: "Germany stops short of Huawei ban in 5G security law"},
		{name: "neg/rules-out", title: "Britain rules out ban on Chinese-made cameras"},
		{name: "trade/tariff", title: "US imposes tariffs on Chinese-made drones"},
		{name: "export/own", title: "Japan restricts exports of chipmaking tools"},
		{name: "compound/registered", title: "Latvia bans Russian-registered cars from entering", body: "The rule follows EU sanctions guidance."},
		{name: "undo/enjoins", title: "Judge enjoins rule forcing agencies to drop Chinese routers, lawyers predict"},
		{name: "lead/names", title: "Netherlands to strip Chinese components from its 5G networks",
			body: "The government will require operators to remove Huawei components from their core networks.", vendor: "Huawei", category: trust.CategoryBan},
		{name: "land", title: "Florida bans Chinese companies from buying farmland near bases"},
		// An authority is never the vendor: the class is.
		{name: "authority/not-vendor", title: "White House bars investment in companies linked to Chinese military",
			body: "The order bans buying securities of companies the Pentagon lists as tied to the People's Liberation Army.", vendor: "companies linked to Chinese military", category: trust.CategorySanctions},
	})
}
