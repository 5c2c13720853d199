package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLeftovers4Headlines holds the matcher to testdata/leftovers4.tsv:
// shapes reported as still wrong (advice to ministries to drop a vendor,
// kind bans reversed with no country, passive lifts, unlisted makers banned
// by a department, stores pulling apps, labs reporting on a described kind,
// a vendor's own kit hijacked, groundings with no drone word, government chat
// updates backdoored) against look-alikes (a vendor pulling its own app,
// talk of a ban, crashes, flaws, fakes, breaches).
func TestLeftovers4Headlines(t *testing.T) {
	testHeadlines(t, "testdata/leftovers4.tsv", 0.85)
}

// TestLeftovers4Shapes holds each shape of leftovers4.go to variants not in
// the tsv (other vendors, authorities, verbs and word orders; made-up names
// where only the shape can carry them) and to the look-alikes it must
// leave.
func TestLeftovers4Shapes(t *testing.T) {
	m := defaultMatcher(t)
	ban, rev, dir, comp := trust.CategoryBan, trust.CategoryReversal, trust.CategoryDirective, trust.CategoryCompromise
	checkShapes(t, m, []shapeCase{
		// 1. Advice to drop a named registry vendor, the vendor last.
		{name: "tells drop last", title: "Estonia tells ministries to drop Huawei", vendor: "Huawei", category: dir},
		{name: "asks avoid", title: "India asks ministries to avoid DeepSeek", vendor: "DeepSeek", category: dir},
		{name: "urges stop", title: "Japan urges agencies to stop using TikTok", vendor: "TikTok", category: dir},
		{name: "vendor advises", title: "Kaspersky tells users to drop Windows 7"},
		{name: "advice to patch", title: "Government tells ministries to patch Fortinet VPNs after attacks"},
		// 10. A ban only weighed.
		{name: "weighs ban", title: "US weighs ban on TP-Link routers over national security concerns"},
		{name: "considering possible ban", title: "UK considering a possible ban on Hikvision cameras"},
		{name: "eyes ban", title: "White House eyes ban on DeepSeek on government devices"},
		{name: "weighs sanctions", title: "Commerce weighs sanctions on Kaspersky"},
		{name: "imposed then weighs", title: "Texas bans TikTok, weighs more", vendor: "TikTok", category: ban},
		// 3. A ban on X in a place lifted.
		{name: "lifted in place", title: "Ban on TikTok in Nepal is lifted", vendor: "TikTok", category: rev},
		{name: "lifted kind in place", title: "Ban on Huawei equipment in Portugal lifted by court", vendor: "Huawei", category: rev},
		{name: "sanctions against lifted", title: "Sanctions against DJI's US unit are lifted", vendor: "DJI", category: rev},
		{name: "stays, other lifted", title: "Ban on TikTok stays after appeal, curfew lifted", vendor: "TikTok", category: ban},
		{name: "phones in schools", title: "Ban on mobile phones in schools is lifted"},
		// 2. A kind's ban undone with no country: the kind as written.
		{name: "passive reversed", title: "Ohio drone ban reversed after police push back", vendor: "drone", category: rev},
		{name: "lifts kind ban", title: "Texas lifts drone ban", vendor: "drone", category: rev},
		{name: "reverses on police kind", title: "Florida lifts ban on police drones", vendor: "drones", category: rev},
		{name: "drone flights", title: "FAA lifts ban on drone flights near stadium"},
		{name: "drone show", title: "City drone show ban reversed after protest"},
		{name: "kind at stadiums", title: "Ohio lifts drone ban at stadiums"},
		{name: "phones in classrooms", title: "Montana lifts ban on phones in schools"},
		// 4. A military or department banning an unlisted maker's gear.
		{name: "pentagon cranes", title: "Pentagon bans Zorbcrane cranes", vendor: "Zorbcrane", category: ban},
		{name: "department inverters", title: "Energy Department bans Quuxvolt inverters at national labs", vendor: "Quuxvolt", category: ban},
		{name: "army cameras", title: "Army bans Zorbcam cameras on bases", vendor: "Zorbcam", category: ban},
		{name: "crash", title: "Army bans Zorbcopter helicopters after crash"},
		{name: "no maker", title: "Navy bans cranes from pier after accident"},
		{name: "activity", title: "Pentagon bans crane photography"},
		// 5. A vendor pulling its own product.
		{name: "delists own", title: "Fortinet delists FortiClient from Mac App Store"},
		{name: "pulls own alias", title: "Avast pulls Avast Secure Browser from Chrome Web Store"},
		{name: "delists own apps", title: "Huawei delists AppGallery apps from Google Play"},
		{name: "store pulls", title: "Google pulls Kaspersky apps from Play Store", vendor: "Kaspersky", category: trust.CategoryDelisting},
		{name: "retailer pulls", title: "Best Buy pulls Kaspersky from shelves", vendor: "Kaspersky", category: trust.CategoryDelisting},
		// 8. Groundings with no drone word; public services and offices.
		{name: "fire and rescue", title: "Fire and rescue service grounds its DJI fleet over data fears", vendor: "DJI", category: ban},
		{name: "sheriff's office", title: "Sheriff's office grounds Zorbfly fleet over Chinese spying fears", vendor: "Zorbfly", category: ban},
		{name: "forest service", title: "Forest Service grounds DJI fleet over data security", vendor: "DJI", category: ban},
		{name: "state police after", title: "State police ground DJI fleet after security review", vendor: "DJI", category: ban},
		{name: "airline fleet", title: "Airline grounds its Boeing fleet over security concerns"},
		{name: "fire crash", title: "Fire and rescue service grounds DJI drones after fire"},
		{name: "customer service", title: "Customer service grounds Zorb fleet over data"},
		// 6. A described kind is no name.
		{name: "kind, no lead", title: "Check Point Research uncovers backdoor in Chinese router firmware"},
		{name: "acronym kind, no lead", title: "Palo Alto Unit 42 finds backdoor in Chinese NVR firmware"},
		{name: "kind, lead by", title: "Palo Alto Unit 42 finds backdoor in Chinese NVR firmware", body: "The backdoor sits in firmware shipped by Quuxvision for its NVR line.", vendor: "Quuxvision", category: comp},
		{name: "kind, lead before", title: "Kaspersky Lab finds backdoor in Chinese IP camera firmware", body: "Firmware for Zorbcam cameras carried a hidden account that lets anyone log in over telnet.", vendor: "Zorbcam", category: comp},
		{name: "a name stays", title: "Backdoor found in Zorbnet router firmware", vendor: "Zorbnet", category: comp},
		// 7. A vendor's own kit.
		{name: "developer kit", title: "Quuxpay Developer Kit hijacked to push malware", vendor: "Quuxpay", category: comp},
		{name: "connect kit lower", title: "Zorbcoin connect kit backdoored in supply chain attack", vendor: "Zorbcoin", category: comp},
		{name: "SDK stays oss", title: "Zorbpay SDK altered by hackers", vendor: "Zorbpay", category: trust.CategoryOSS},
		{name: "phishing kit", title: "Phishing kit hijacked to steal from phishers"},
		// 9. A government's own software update backdoored.
		{name: "philippine app", title: "Hackers backdoor Philippine government messaging app update", body: "The update server for Quuxtalk pushed a version carrying a backdoor to ministries.", vendor: "Quuxtalk", category: comp},
		{name: "mongolian", title: "ESET finds backdoor in Mongolian government chat software update", body: "ESET researchers found that installers of Zorbdesk, used by Mongolian agencies, were trojanized to drop HyperBro.", vendor: "Zorbdesk", category: comp},
	})
}
