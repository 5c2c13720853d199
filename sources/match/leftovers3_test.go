package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLeftovers3Headlines holds the matcher to testdata/leftovers3.tsv:
// shapes reported as still missed last round (a lead naming the package a
// title describes, a firm reporting on an unlisted maker's product, divest
// orders, listings lifted with the name after the list, groundings by
// authorities known by shape, a vendor's own kit compromised, products named
// "The ...") against look-alikes (flaws, typosquats, antitrust unwinds,
// groundings for crashes, content bans, Fortinet's routine news).
func TestLeftovers3Headlines(t *testing.T) {
	testHeadlines(t, "testdata/leftovers3.tsv", 0.85)
}

// TestLeftovers3Shapes holds each shape of leftovers3.go to variants not
// in the tsv (other vendors, verbs and word orders, made-up names where
// only the shape can carry them) and to the look-alikes it must leave.
func TestLeftovers3Shapes(t *testing.T) {
	m := defaultMatcher(t)
	ban, rev, comp := trust.CategoryBan, trust.CategoryReversal, trust.CategoryCompromise
	checkShapes(t, m, []shapeCase{
		// Divest orders told through the deal.
		{name: "unwind purchase", title: "Chinese firm ordered to unwind purchase of hotel software maker Zorbstay", vendor: "Zorbstay", category: ban},
		{name: "divest stake in", title: "Biden orders Chinese-owned firm to divest stake in US chipmaker Zorbchip", vendor: "Zorbchip", category: ban},
		{name: "unwind takeover", title: "Canada orders Chinese investors to unwind takeover of satellite firm Zorbsat over national security", vendor: "Zorbsat", category: ban},
		{name: "reverse acquisition", title: "UK orders Russian-owned investor to reverse acquisition of chip designer Quuxsemi", vendor: "Quuxsemi", category: ban},
		{name: "blocks hyphen foreign", title: "Trump blocks Chinese-backed takeover of chipmaker Zorbsemi over security risks", vendor: "Zorbsemi", category: ban},
		{name: "blocks foreign purchase", title: "US blocks Chinese purchase of chip designer Quuxsemi", vendor: "Quuxsemi", category: ban},
		{name: "antitrust unwind", title: "FTC orders Zorbmed to unwind Quuxgen acquisition", body: "The agency said the deal would stifle innovation."},
		{name: "antitrust block", title: "EU blocks Zorbmed's acquisition of Quuxgen over competition concerns"},
		{name: "must unwind deal", title: "Microsoft must unwind deal with Activision, FTC says"},
		{name: "non-tech takeover", title: "UK blocks Chinese takeover of bakery chain Zorbbread"},
		{name: "court blocks merger", title: "Judge blocks Kroger-Albertsons merger"},
		// A listing lifted, the name after the list.
		{name: "lifts blacklisting of", title: "Court lifts US ban on Chinese drone firm Zorbfly", vendor: "Zorbfly", category: rev},
		{name: "sanctions on described", title: "Treasury lifts sanctions on Russian cybersecurity firm Quuxsec", vendor: "Quuxsec", category: rev},
		{name: "passive of", title: "Pentagon designation of battery maker Zorbcell is rescinded", vendor: "Zorbcell", category: rev},
		{name: "orders off", title: "Court orders Zorbmap off Commerce blacklist", vendor: "Zorbmap", category: rev},
		{name: "person off sanctions list", title: "Oligarch Ivan Petrov taken off EU sanctions list"},
		{name: "refused off", title: "Judge refuses to order DJI off Pentagon list"},
		{name: "bid rejected", title: "Commerce denies ZTE's request to be taken off Entity List"},
		{name: "challenge rejected", title: "Court rejects DJI's challenge to Pentagon listing"},
		{name: "ranking", title: "Huawei's removal from the list of top five phone sellers"},
		// Authorities known by their shape.
		{name: "patrol grounds", title: "Border Patrol grounds DJI drones over security concerns", vendor: "DJI", category: ban},
		{name: "fire department", title: "Fire department grounds Autel drones over data concerns", vendor: "Autel", category: ban},
		{name: "council restricts", title: "City council restricts Zorbcam cameras over spying fears", vendor: "Zorbcam", category: ban},
		{name: "district blocks", title: "School district blocks TikTok on student laptops over privacy", vendor: "TikTok", category: ban},
		{name: "grounded for crash", title: "Border Patrol grounds drones after crash near Yuma"},
		{name: "fire department crash", title: "Fire department grounds drones after crash"},
		{name: "product blocks", title: "Microsoft Office blocks macros by default"},
		{name: "violence", title: "Jordan bans TikTok after police officer's killing"},
		// A firm reporting on an unlisted maker's product.
		{name: "lead installers of", title: "Researchers find backdoor in Kazakh accounting software", body: "Installers of Zorbbooks, used by local firms, were trojanized to drop a RAT.", vendor: "Zorbbooks", category: comp},
		{name: "origin word", title: "Hackers trojanize Vietnamese messaging app in supply chain attack", body: "The attackers replaced the Quuxchat desktop installer on the developer's site.", vendor: "Quuxchat", category: comp},
		{name: "source at the end", title: "North Korean hackers trojanize Korean tax software installer in supply chain attack, Symantec says", body: "The group replaced the Zorbtax installer with a backdoored build.", vendor: "Zorbtax", category: comp},
		{name: "source opening", title: "Kaspersky: Zorbcap site served Linux malware for three years", vendor: "Zorbcap", category: comp},
		{name: "site redirected", title: "Zorbcap website redirected Mac users to infostealer", vendor: "Zorbcap", category: comp},
		{name: "fake site", title: "Fake Zorbcap site redirects users to malware"},
		{name: "sites of victims", title: "Compromised WordPress sites redirect visitors to malware"},
		// Kinds and names.
		{name: "function kind", title: "Python encryption module hijacked to steal keys", body: "Attackers published version 2.0 of quuxcrypt on PyPI.", vendor: "quuxcrypt", category: trust.CategoryOSS},
		{name: "package named", title: "Python requests library hijacked to steal keys", vendor: "requests", category: trust.CategoryOSS},
		{name: "The name", title: "Chrome pulls The Camelizer extension after it turned into spyware", vendor: "The Camelizer"},
		// Fortinet's routine news.
		{name: "backdoor survives", title: "New FortiGate backdoor survives updates, Fortinet warns"},
		{name: "KEV patch order", title: "CISA orders agencies to patch Fortinet FortiWeb flaw exploited in attacks", body: "The agency added the bug to its KEV catalog, and BOD 22-01 requires federal agencies to patch within three weeks."},
		{name: "patch or disconnect", title: "CISA orders agencies to patch or disconnect Zorbgate firewalls", vendor: "Zorbgate", category: trust.CategoryDirective},
	})
}
