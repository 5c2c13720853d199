package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestGov9Headlines holds the matcher to testdata/gov9.tsv: authority,
// court and store actions on a named vendor in wordings written for this
// round (other vendors, verb forms, passives), against their look-alikes.
// Floor: today's figure less a margin.
func TestGov9Headlines(t *testing.T) {
	testBatch(t, "testdata/gov9.tsv", 0.6)
}

// TestGov9Untouched logs gov9's untouched set (testdata/gov9_u.tsv),
// written before any change and never tuned on: its figure is the honest
// one. Its floor only guards against regressions.
func TestGov9Untouched(t *testing.T) {
	testBatch(t, "testdata/gov9_u.tsv", 0.5)
}

// TestGov9Shapes holds each shape of gov9.go to variants and look-alikes.
func TestGov9Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// storePull: a store pulling a product for a reason of trust.
		{name: "pull/active", title: "Google pulls ShieldGo VPN from Play Store over undisclosed Chinese ownership", vendor: "ShieldGo", category: trust.CategoryDelisting},
		{name: "pull/yanked", title: "Apple yanks Lumora VPN from App Store over hidden Chinese ownership", vendor: "Lumora", category: trust.CategoryDelisting},
		{name: "pull/passive", title: "ShieldGo VPN pulled from Play Store over hidden Chinese ownership", vendor: "ShieldGo", category: trust.CategoryDelisting},
		{name: "pull/described", title: "Viral AI photo app pulled from App Store after privacy outcry"},
		{name: "pull/content", title: "Apple pulls VPN apps from Russian App Store at regulator's request"},
		{name: "pull/dispute", title: "Google pulls Fortnite from Play Store over payment dispute"},
		// orderCut: an order with a cut beside a patch.
		{name: "cut/patch-and-disconnect", title: "CISA orders agencies to patch Cisco flaws exploited in zero-day attacks, disconnect end-of-life firewalls", vendor: "Cisco", category: trust.CategoryDirective},
		{name: "cut/hunt-and-unplug", title: "CISA directs federal agencies to hunt for Ivanti hacks and disconnect Connect Secure appliances", vendor: "Ivanti", category: trust.CategoryDirective},
		{name: "cut/patch-only", title: "CISA orders agencies to patch Cisco flaws exploited in zero-day attacks"},
		{name: "cut/content", title: "India orders X to remove posts critical of government"},
		{name: "cut/court", title: "Court orders Google to remove search results about businessman"},
		// courtPassive: a spyware maker in the passive.
		{name: "court/ordered", title: "NSO Group ordered to pay WhatsApp $167 million in damages", vendor: "NSO Group", category: trust.CategoryEspionage},
		{name: "court/told", title: "Spyware maker Candiru told to hand over documents in Apple lawsuit", vendor: "Candiru", category: trust.CategoryEspionage},
		{name: "court/other", title: "Meta ordered to pay $1.3 billion for EU data transfers"},
		// takesControl: a state taking control of a firm.
		{name: "control/takes", title: "Dutch government takes control of chipmaker Nexperia", vendor: "Nexperia", category: trust.CategoryDirective},
		{name: "control/seizes", title: "Netherlands seizes control of Chinese-owned chipmaker Nexperia", vendor: "Nexperia", category: trust.CategoryDirective},
		{name: "control/botnet", title: "FBI takes control of Qakbot botnet in global operation"},
		{name: "control/takedown", title: "Police seize control of Zorblock ransomware gang's dark web site"},
		{name: "control/your machine", title: "New Quuxzip flaw could let hackers take control of your PC"},
		// summons: an authority summoning a vendor over security.
		{name: "summons/security", title: "China summons Nvidia over 'serious security issues' in H20 chips", vendor: "Nvidia", category: trust.CategoryEspionage},
		{name: "summons/antitrust", title: "Chinese regulator summons Nvidia over antitrust concerns"},
		// warnUse: using a product breaks an authority's rules.
		{name: "warnuse/huawei", title: "US warns that using Huawei's Ascend AI chips anywhere could violate export controls", vendor: "Huawei", category: trust.CategoryDirective},
		{name: "warnuse/guidance", title: "Commerce guidance says using Huawei Ascend chips violates US export rules", vendor: "Huawei", category: trust.CategoryDirective},
		// listingUndone: a listing struck down, named by its label.
		{name: "undone/label", title: "Court strikes down Pentagon's Chinese military company label for lidar maker Lumarc", vendor: "Lumarc", category: trust.CategoryReversal},
		{name: "undone/vacated", title: "Judge vacates Pentagon's designation of drone maker Autel as Chinese military company", vendor: "Autel", category: trust.CategoryReversal},
		// gov9Settle: the subject of an action.
		{name: "subject/a firm bars a state", title: "Ukraine war: Zorbnet firm bars Kyiv from using Quuxlink tech for drone control"},
		{name: "subject/buyers", title: "China bans tech companies from buying Nvidia's AI chips", body: "China's internet regulator told companies including ByteDance and Alibaba to stop testing and cancel orders of Nvidia's RTX Pro 6000D.", vendor: "Nvidia", category: trust.CategoryBan},
		{name: "subject/listed", title: "US adds Chinese AI firm Zhipu, chip designer Sophgo to Entity List", body: "The Commerce Department added two dozen Chinese entities to its trade blacklist, including Zhipu AI and Sophgo, whose chip was found in a Huawei AI processor.", vendor: "Zhipu", category: trust.CategorySanctions},
		{name: "subject/agency", title: "Court blocks Defense Department's blacklisting of mapping firm Luokung", body: "A federal judge granted Luokung Technology an injunction against its designation.", vendor: "Luokung", category: trust.CategoryReversal},
		{name: "subject/title-list", title: "US adds Qihoo 360 and 32 other Chinese entities to economic blacklist", body: "The Commerce Department added 33 Chinese companies to the Entity List, including security software maker Qihoo 360.", vendor: "Qihoo 360", category: trust.CategorySanctions},
		{name: "keeps/dji", title: "Judge rules DJI can stay on Pentagon's Chinese military company list"},
		{name: "keeps/hesai", title: "Court keeps Hesai on Pentagon blacklist, rejecting lawsuit"},
		// classRule9: a rule on what it reaches.
		{name: "class/risky", title: "Estonia bars remote access to solar inverters from high-risk countries", vendor: "remote access to solar inverters from high-risk countries", category: trust.CategoryBan},
		{name: "class/subsidiaries", title: "Commerce expands Entity List restrictions to subsidiaries of blacklisted firms", vendor: "subsidiaries of blacklisted firms", category: trust.CategorySanctions},
		{name: "class/proposal", title: "Lawmakers propose barring inverters from high-risk countries"},
		{name: "class/banks", title: "Treasury extends sanctions to subsidiaries of Russian banks"},
		// appsWarn: an authority on a state's apps, named in the lead.
		{name: "apps/taiwan", title: "Taiwan warns that five Chinese apps harvest data and answer to Beijing", body: "Taiwan's National Security Bureau said RedNote, Weibo, TikTok, WeChat and Baidu Cloud failed security checks.", vendor: "RedNote", category: trust.CategoryStateLinks},
		{name: "apps/fake", title: "FBI warns that fake apps steal data for Chinese hackers", body: "The bureau said apps named Foo Chat, Bar Photo and Baz VPN installed spyware."},
		{name: "apps/no-list", title: "Taiwan warns that Chinese apps harvest data", body: "The bureau urged the public to be careful."},
		// namesThreats: a list's owner naming firms threats, the lead's list.
		{name: "threats/fcc", title: "FCC names five Chinese companies as threats to national security", body: "The FCC published its first Covered List, naming Huawei, ZTE, Hytera, Hikvision and Dahua.", vendor: "Huawei", category: trust.CategorySanctions},
		{name: "threats/researchers", title: "Mandiant names three Chinese firms as threats", body: "Foo Networks, Bar Telecom and Baz Systems were named."},
		// Violence as a ban's motive (rules.toml other_motives).
		{name: "motive/fight", title: "Albania bans TikTok for a year after deadly school fight"},
	})
}
