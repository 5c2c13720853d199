package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPrecision9Headlines holds the matcher to testdata/precision9.tsv:
// look-alikes of the ninth round's families (statistics, a past
// compromise's leftovers and analyses, copies from channels the vendor
// never ran, traffic hijacked in the middle, actions for other reasons,
// junk packages, drafts, status-quo rulings, hearings), written in new
// words beside the events they resemble.
func TestPrecision9Headlines(t *testing.T) {
	testBatch(t, "testdata/precision9.tsv", 0.90)
}

// TestPrecision9Untouched holds the matcher to testdata/precision9_u.tsv,
// written before precision9.go and never tuned on: the round's honest
// figure for these families (its header has the figures). The floor is a
// regression guard under its strict share at the round's end.
func TestPrecision9Untouched(t *testing.T) {
	testBatch(t, "testdata/precision9_u.tsv", 0.80)
}

// TestPrecision9Shapes holds each reading of precision9.go to variants
// written after it, beside events in the same words that must keep
// alerting.
func TestPrecision9Shapes(t *testing.T) {
	comp, ban, rev := trust.CategoryCompromise, trust.CategoryBan, trust.CategoryReversal
	checkShapes(t, defaultMatcher(t), []shapeCase{
		// a report's figures (statistic)
		{name: "a multiple", title: "ReversingLabs: supply chain attacks doubled in 2025"},
		{name: "percent and a trend", title: "Zorbsec: Next-gen software supply chain attacks soared 280%"},
		{name: "a count is no rate", title: "Hackers hijack popular npm package 'zorb-fmt' with 2 million weekly downloads",
			body: "Attackers phished the maintainer and published three malicious versions.", vendor: "zorb-fmt"},
		// a past compromise's leftovers and analyses (leftoversOf, pastAnalysis)
		{name: "lingering since last year", title: "Backdoored XZ library lingers in Linux images",
			body: "Researchers found the compromised versions from last year's incident in dozens of containers."},
		{name: "an analysis dated last year", title: "3CX hackers trojanized desktop app installers in supply chain attack",
			body: "Mandiant's analysis of last year's attack shows how the intruders got in."},
		{name: "first disclosure dated last year", title: "Attackers hijacked Zorbsoft update server to push backdoor",
			body: "The company says the intruders compromised the server last year and signed malware with its certificate.", vendor: "Zorbsoft", category: comp},
		{name: "attackers behind a known attack", title: "3CX attackers planted backdoor in desktop app via trojanized trading software",
			body: "Mandiant said the hackers behind the 3CX attack first compromised an employee's computer."},
		// channels the vendor never ran (fakeDistribution)
		{name: "bundled, through search ads", title: "AnyDesk installers bundled with ransomware",
			body: "Malicious Google ads lead to a lookalike site."},
		{name: "state sponsored, not search results", title: "Zorbnote update traffic hijacked by state sponsored hackers",
			body: "The developer says the group compromised its hosting provider and redirected update requests.", vendor: "Zorbnote", category: comp},
		{name: "ads as payload", title: "Browser extension goes rogue after sale to new owner",
			body: "Zorb Tabs, with 500,000 users, now injects ads after an update.", vendor: "Zorb Tabs"},
		{name: "official site hacked", title: "Zorbplay media player's official site hacked to serve trojanized installer",
			body: "A cloned download page replaced the real one for three days.", vendor: "Zorbplay", category: comp},
		// traffic hijacked in the middle (middleHijack)
		{name: "routers redirect updates", title: "Evasive Panda hackers hijack software updates in supply-chain attacks",
			body: "ESET says the group uses compromised routers to redirect update requests from Chinese apps to malicious servers."},
		{name: "adversary in the middle, no vendor's updates", title: "Zorbwind hackers hijack app updates in adversary-in-the-middle attacks",
			body: "ESET says the group performs adversary-in-the-middle attacks to intercept update requests."},
		// One vendor's updates named: they carried the malware, however
		// they were taken over (names.tsv and blind2 label these events).
		{name: "a named vendor's updates, in the middle", title: "Blackwood hijacks WPS Office updates",
			body: "ESET says the group performs adversary-in-the-middle attacks to intercept update requests.", vendor: "WPS Office", category: comp},
		{name: "a named vendor's antivirus updates", title: "Miner gang abuses Zorbscan antivirus updates to spread backdoors",
			body: "The attackers intercepted the vendor's unencrypted update traffic in a man-in-the-middle attack.", vendor: "Zorbscan", category: comp},
		{name: "hosting provider", title: "Zorbedit update traffic hijacked to deliver backdoor",
			body: "Attackers who compromised the project's hosting provider redirected update requests of selected users.", vendor: "Zorbedit", category: comp},
		{name: "a router maker's own update", title: "Zorblink routers' firmware update hijacked to push botnet malware",
			body: "Attackers took over the company's update mechanism and pushed a malicious image to its devices.", vendor: "Zorblink", category: comp},
		// other reasons than trust (otherReason)
		{name: "violence in the lead", title: "Jordan bans TikTok for a year",
			body: "The government blamed the app for inciting violence after a police officer was killed."},
		{name: "local trade", title: "Vietnam bans Temu to protect local sellers",
			body: "The trade ministry said the app had not registered in the country."},
		{name: "children and data", title: "Utah bans TikTok on state devices", body: "The governor cited children's safety and data access by the Chinese government.",
			vendor: "TikTok", category: ban},
		{name: "a store's payment rules", title: "WeChat pulled from App Store over payment dispute",
			body: "Apple removed the app after Tencent refused to route in-app payments through its billing system."},
		// a registry's clean-up of junk (junkPackages)
		{name: "junk packages", title: "PyPI deletes junk packages flooding the index in dependency confusion spam",
			body: "The Python Package Index removed more than 2,000 packages a single account had uploaded, calling them spam."},
		{name: "hijacked versions removed", title: "PyPI removes hijacked versions of zorb-crypt after maintainer phished",
			body: "The Python Package Index removed two malicious releases.", vendor: "zorb-crypt", category: trust.CategoryOSS},
		// a law only drafted (draftOnly)
		{name: "drafted, could exclude", title: "Czech Republic drafts law that could exclude ZTE from 5G networks",
			body: "A draft amendment would let the government bar high-risk suppliers."},
		{name: "draft passed", title: "Parliament passes draft law that would ban Huawei from 5G networks", vendor: "Huawei", category: ban},
		// status-quo rulings and hearings (statusQuo, hearing)
		{name: "stays on the list", title: "Judge rules Xiaomi can remain on Pentagon's Chinese military company list"},
		{name: "designation upheld", title: "Appeals court upholds Hikvision's Chinese military company designation"},
		{name: "lawsuit dismissed", title: "Judge dismisses DJI lawsuit over Chinese military company list"},
		{name: "bid to dismiss refused", title: "Judge rejects NSO Group bid to dismiss WhatsApp lawsuit", vendor: "NSO Group"},
		{name: "ruling ends a ban", title: "Judge blocks Montana's TikTok ban", vendor: "TikTok", category: rev},
		{name: "testimony", title: "FBI director tells lawmakers DeepSeek poses national security risk"},
		{name: "vote after hearing", title: "Senate passes ban on DeepSeek after hearing", body: "The bill bars federal devices from the app.", vendor: "DeepSeek", category: ban},
	})
}
