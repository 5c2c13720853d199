package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPrecision10Headlines holds the matcher to testdata/precision10.tsv:
// look-alikes of the tenth round's families (the vendor answering an
// accusation, findings denied or walked back, a known compromise named as
// a thing, a listing as background to corporate news, blocks and removals
// for speech or politics, apps that posed as others, default passwords),
// written in new words beside the events they resemble.
func TestPrecision10Headlines(t *testing.T) {
	testBatch(t, "testdata/precision10.tsv", 0.90)
}

// TestPrecision10Untouched holds the matcher to testdata/precision10_u.tsv,
// written before precision10.go and never tuned on (its header has the
// figures). The floor is a regression guard under its strict share.
func TestPrecision10Untouched(t *testing.T) {
	testBatch(t, "testdata/precision10_u.tsv", 0.65)
}

// TestPrecision10Shapes holds each reading of precision10.go to variants
// written after it, beside events in the same words that must keep
// alerting. A row with no vendor may alert as coverage only.
func TestPrecision10Shapes(t *testing.T) {
	comp, ban, sanc, del := trust.CategoryCompromise, trust.CategoryBan, trust.CategorySanctions, trust.CategoryDelisting
	checkShapes(t, defaultMatcher(t), []shapeCase{
		// the vendor answering an accusation (p10Denial)
		{name: "denies, unlisted", title: "Qimtek denies sending user data to China"},
		{name: "denies, maker noun", title: "Chinese phone maker Zorblax denies sending browsing data to Beijing"},
		{name: "says with a negation", title: "Zorblax insists its apps do not send data to China"},
		{name: "claim judged false", title: "Report that Zorvane app sends contacts to Chinese servers is false, company says"},
		{name: "calls it a smear", title: "Zorblax calls claims its routers carry backdoor a smear"},
		{name: "denial after the event's clause", title: "Commerce adds Zorblax Robotics to Entity List; firm denies military ties",
			vendor: "Zorblax Robotics", category: sanc},
		{name: "someone else pushes back", title: "Ohio drone ban reversed after police push back", vendor: "drone",
			category: trust.CategoryReversal},
		// a finding denied or walked back (p10Negated, p10walkBack)
		{name: "found no malicious code", title: "Army review found no malicious code in Zorblax drones"},
		{name: "no evidence of backdoors", title: "Regulator finds no evidence of backdoors in Zorblax gear"},
		{name: "do not leak data", title: "Tests show Zorblax drones do not leak data to China"},
		{name: "researchers clarify", title: "'Backdoor' in Zorvex chips was undocumented test commands, researchers clarify"},
		{name: "cleared of", title: "Pentagon assessment cleared Zorblax drones of malicious code"},
		{name: "another name answers a claim", title: "Microsoft denies claims of secret backdoor in Windows encryption",
			body: "Reports said BitLocker keys could be handed to the FBI."},
		{name: "an agency refuses", title: "FTC denies Zorblax petition over spying claims"},
		{name: "negation after the finding", title: "Backdoor found in Zorblax routers cannot be removed by users", vendor: "Zorblax", category: comp},
		// a known compromise named as a thing (p10KnownAttack)
		{name: "original target of the attack", title: "Zorbcoin was the original target of the Zorblax Actions supply chain attack, researchers say"},
		{name: "behind the attack", title: "Lazarus was behind the Zorblax supply chain attack, Mandiant says"},
		{name: "the attack's victims", title: "Zorblax supply chain attack victims include US agencies, report says"},
		{name: "the update server, no attack noun", title: "Hackers compromised the Zorblax update server to push a backdoor", vendor: "Zorblax", category: comp},
		// a listing as background (p10Standing)
		{name: "remains on the list", title: "Candiru acquired by U.S. investors, company confirms",
			body: "A group of investors has taken control of the Israeli spyware maker, which remains on the Commerce Entity List."},
		{name: "listed since", title: "Candiru acquired by U.S. investors, company confirms",
			body: "The spyware maker, on the Commerce Entity List since 2021, said the deal closed on Friday."},
		// a company's own news with the action as its backdrop (p10Corporate)
		{name: "profit after a lift", title: "ZTE returns to profit after US ban lifted"},
		{name: "revenue despite sanctions", title: "Zorblax revenue climbs despite US sanctions"},
		{name: "the lift itself", title: "US lifts ban on ZTE, shares soar", vendor: "ZTE", category: trust.CategoryReversal},
		// blocks and removals for speech or politics (p10Speech)
		{name: "sensitive topics", title: "China blocks Zorbhouse after users discuss sensitive topics",
			body: "The app became unreachable in mainland China."},
		{name: "political pressure", title: "Apple removes Zorbwatch app after pressure from Justice Department",
			body: "Apple pulled the app from its App Store, saying law enforcement raised safety risks."},
		{name: "VPNs banned", title: "Russia blocks foreign VPN services"},
		{name: "illegal content in the lead", title: "Apple pulls Zorbstr from China App Store",
			body: "The Cyberspace Administration of China said the social app contained illegal content."},
		{name: "VPN appliances disconnected", title: "CISA orders agencies to disconnect Ivanti VPN appliances", vendor: "Ivanti",
			category: trust.CategoryDirective},
		{name: "a motive of data", title: "Vietnam blocks Zorblax app over data security concerns", vendor: "Zorblax", category: ban},
		{name: "a product that censors", title: "Lithuania tells consumers to throw away Chinese phones",
			body:   "The defence ministry urged people to discard them after a report found Xiaomi handsets could detect and censor terms.",
			vendor: "Xiaomi", category: trust.CategoryDirective}, // the maker the lead names (gov10)
		// apps that posed as others
		{name: "posed as utilities", title: "Google Play removes 120 'Zorbvapor' apps that slipped past Android protections",
			body: "The apps posed as utilities and health trackers before updates added ad fraud."},
		{name: "a store pulls for ownership", title: "Apple removes Zorblax VPN from App Store after report of Chinese ownership",
			body: "Researchers showed the app was secretly owned by a Chinese company.", vendor: "Zorblax", category: del},
		// default passwords (p10DefaultLogin)
		{name: "default admin passwords", title: "Zorbprint printers ship with default admin passwords that can't be fixed by firmware"},
		{name: "hard-coded admin password", title: "Zorblax routers ship with hard-coded admin password that cannot be changed",
			vendor: "Zorblax", category: comp},
	})
}
