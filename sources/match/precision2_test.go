package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPrecision2Headlines holds the matcher to testdata/precision2.tsv:
// look-alikes of vendor-trust events in security-news form (a shipment's
// destination read as the subject of a ban, attackers backdooring a
// vendor's devices, typosquats serving backdoored builds, a vendor pulling
// its own feature, spyware used "despite sanctions", past scandals inside
// roundups, export curbs on a vendor's sales, antitrust divestitures),
// beside real events in the same topics. The floor is today's recall
// (84.5 %) less a margin: its misses are events no precision work reads
// (a bill forcing a sale, a divestiture without its motive, a watchdog
// ordering a block), left to the recall work.
func TestPrecision2Headlines(t *testing.T) {
	testHeadlines(t, "testdata/precision2.tsv", 0.78)
}

// TestLookalike2Shapes holds each shape of lookalike2.go (and the review
// of exportControl) to variants written after it, beside events in the
// same words that must keep alerting, with their category where the
// review is about the category.
func TestLookalike2Shapes(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		title string
		alert bool
		cat   trust.Category // checked when alert and not ""
	}{
		// a shipment's destination (shippedTo)
		{"Seagate violated export ban by shipping 7 million disk drives to Huawei, US says", false, ""},
		{"Chip firm broke export controls by selling to Huawei, Commerce says", false, ""},
		{"Seagate shipped drives to Huawei in breach of export ban", false, ""},
		{"Distributor shipped Nvidia GPUs to Inspur in violation of export controls", false, ""},
		{"Commerce bars US firms from selling chips to Huawei", true, ""},
		{"US orders suppliers to stop shipping to SMIC", true, ""},
		{"US restricts exports to Huawei", true, trust.CategorySanctions},
		// the vendor's own sales curbed (soldByVendor)
		{"Netherlands restricts ASML exports of chipmaking tools to China", false, ""},
		{"Washington restricts Nvidia sales of H20 chips to China", false, ""},
		{"US bans sales of Kaspersky software", true, trust.CategoryBan},
		// fake sources (fakeSource)
		{"Malvertising campaign pushes backdoored WinSCP installers", false, ""},
		{"Backdoored KeePass installers spread via malvertising", false, ""},
		{"Backdoored WinRAR builds distributed through cloned download site", false, ""},
		{"Hackers use malvertising to spread trojanized Slack installers", false, ""},
		{"Backdoored 3CX installers spread through hijacked build server", true, trust.CategoryCompromise},
		{"Hackers compromise official Zorbit website to push backdoored installer", true, trust.CategoryCompromise},
		{"Backdoors and flaws discovered in Vantor gateways", true, trust.CategoryCompromise},
		// a vendor's own feature withdrawn (ownFeaturePulled)
		{"TikTok pulls TikTok Lite rewards feature in EU after Commission probe", false, ""},
		{"Apple removes Kaspersky apps from App Store", true, trust.CategoryDelisting},
		// a list as where firms stand (listedAsState)
		{"Chinese firms on Entity List still access Nvidia chips through cloud providers", false, ""},
		{"Chinese chipmakers on Entity List stockpile equipment", false, ""},
		{"Huawei suppliers on Entity List find workarounds", false, ""},
		{"Commerce adds 80 Chinese firms to Entity List", true, trust.CategorySanctions},
		{"US places Huawei on Entity List", true, trust.CategorySanctions},
		// the vendor contesting an action (vendorContests)
		{"Hikvision appeals Canadian order to shut down operations", false, ""},
		{"DJI loses lawsuit over Pentagon's Chinese military company list", false, ""},
		{"Xiaomi wins court fight to be removed from US blacklist", true, trust.CategoryReversal},
		{"Court blocks Pentagon's blacklisting of Xiaomi", true, trust.CategoryReversal},
		// victims named where a vendor would stand (victimsNamed)
		{"Chinese hackers hijack software updates to spy on Tibetans", false, ""},
		{"State hackers backdoor VPN installer to spy on Tibetans", false, ""},
		{"Chinese hackers hijack Sogou updates to spy on Tibetans", true, trust.CategoryCompromise},
		// over-reach guards: "fake" what a turned channel pushed, an
		// action on the listed, a state's target
		{"Hackers hijack popular Zorbit app update to push fake banking overlay", true, trust.CategoryCompromise},
		{"Zorbit website hacked to serve fake Flash installer with backdoor", true, trust.CategoryCompromise},
		{"Popular PyPI package ctx hijacked to steal AWS keys via fake telemetry", true, trust.CategoryOSS},
		{"US tells chipmakers to stop selling to Chinese firms on Entity List", true, trust.CategorySanctions},
		{"US targets Sandvine with export restrictions", true, trust.CategorySanctions},
		// a backdoor demanded or refused (backdoorDemand)
		{"Apple removes Advanced Data Protection for UK users rather than build backdoor", false, ""},
		{"Hackers add backdoor to popular Zorb npm package", true, ""},
		// legal aftermath told by its case (caseAgainst)
		{"SEC drops case against SolarWinds and its CISO over Sunburst disclosures", false, ""},
		// attackers backdooring devices (attackersBackdoor)
		{"Chinese spies backdoor Juniper routers in long-running espionage campaign", false, ""},
		{"Chinese spies backdoored SonicWall firewalls for espionage", false, ""},
		{"Chinese cyberspies backdoored Citrix NetScaler appliances for espionage", false, ""},
		{"Russian GRU hackers backdoored Ubiquiti EdgeRouters to build botnet", false, ""},
		{"Chinese spies hijack update server of Zorbit antivirus to deliver backdoor", true, trust.CategoryCompromise},
		{"Spies backdoor Zorbit software update to target Asian governments", true, trust.CategoryCompromise},
		// a flaw, not the vendor, poses the threat (threatIsFlaw)
		{"CISA warns Ivanti flaws pose risk to federal networks", false, ""},
		{"FBI warns TikTok poses national security risk", true, trust.CategoryStateLinks},
		{"Pentagon says DJI drones pose national security threat", true, trust.CategoryStateLinks},
		{"UK agency says Huawei poses risk to networks", true, trust.CategoryStateLinks},
		// an action as the backdrop (signalsInBackdrop)
		{"Predator spyware resurfaces with new infrastructure despite US sanctions", false, ""},
		{"Intellexa spyware sales continue despite Treasury sanctions", false, ""},
		{"Candiru keeps selling spyware despite US blacklisting", false, ""},
		{"Kaspersky keeps updating US customers' software as ban takes effect", false, ""},
		{"Kaspersky lays off US staff as ban takes effect", false, ""},
		{"Commerce adds Sophgo to Entity List after TSMC chip found in Huawei processor", true, trust.CategorySanctions},
		// two stories joined (joinedStories)
		{"TikTok Spied on Journalists and ChatGPT is Challenging Google", false, ""},
		{"The Pentagon Bans DJI and Meta Has a Privacy Mess", false, ""},
		{"DeepSeek Spies on Users and OpenAI Is Mad About It", false, ""},
		{"US bans Huawei and ZTE gear over national security", true, trust.CategoryBan},
		{"The DOJ and FBI are investigating TikTok over allegations its employees spied on journalists", true, ""},
		{"TikTok banned on federal devices and Congress passes bill", true, trust.CategoryBan},
		// export controls -> sanctions, in the action's clause only
		{"Texas bans DeepSeek on state devices, cites export-control concerns", true, trust.CategoryBan},
		{"Commerce imposes export curbs on Chinese chipmaker SMIC", true, trust.CategorySanctions},
		{"US tightens export controls on Huawei's chip suppliers", true, trust.CategorySanctions},
		{"US slaps export ban on ZTE for violating sanctions on Iran", true, trust.CategorySanctions},
		// divest orders -> ban; antitrust sales are no event
		{"Trump orders ByteDance to divest TikTok's US operations", true, trust.CategoryBan},
		{"Trump orders HieFo to divest Emcore chip business over national security", true, trust.CategoryBan},
		{"Judge orders Google to sell Chrome browser in antitrust case", false, ""},
		{"UK competition watchdog orders Meta to sell Giphy", false, ""},
		{"FTC orders Microsoft to divest Activision cloud rights", false, ""},
		// a compromise judged in hindsight
		{"The compromise of the tj-actions GitHub Action was preventable, experts say", false, ""},
		{"Shai-Hulud npm worm is overhyped, analysts say", false, ""},
		{"Popular npm package 'is' was hijacked to push malware", true, trust.CategoryOSS},
		{"Notepad++ update hijack was avoidable, experts say", false, ""},
		{"The eScan update compromise was predictable, researchers argue", false, ""},
		{"Notepad++ update mechanism hijacked by state hackers to deliver malware", true, trust.CategoryCompromise},
	} {
		if a, got := expectAlerted(t, m, c.title, "", c.alert); got && c.alert && c.cat != "" && a.Category != c.cat {
			t.Errorf("%q: category %s, want %s (%s)", c.title, a.Category, c.cat, a.Why())
		}
	}
	// A name after "against" is a directive's object, not a victim
	// (victimsNamed), with the lead that gives the motive.
	title := "Swedish Data Protection Authority Warns Companies Against Google Analytics Use"
	lead := "The Swedish data protection watchdog has warned companies against using Google Analytics due to risks posed by U.S. government surveillance."
	if a, ok := m.Match(title, lead); !ok || a.Coverage || a.Category != trust.CategoryDirective {
		t.Errorf("%q: alert %v, coverage %v, category %s; want a directive", title, ok, a.Coverage, a.Category)
	}
}
