package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestGov10Untouched logs gov10's untouched set (testdata/gov10_u.tsv),
// written before any change and never tuned on: its figure is the honest
// one. Its floor only guards against regressions.
func TestGov10Untouched(t *testing.T) {
	testBatchFP(t, "testdata/gov10_u.tsv", 0.7, 0.2)
}

// TestGov10Headlines holds the matcher to testdata/gov10.tsv: authority
// and store actions on named vendors in wordings written for this round
// (other vendors, verb forms, names only in the lead) against their
// look-alikes. Floor: today's figure less a margin.
func TestGov10Headlines(t *testing.T) {
	testBatch(t, "testdata/gov10.tsv", 0.75)
}

// TestGov10Shapes holds each shape and correction of gov10.go to
// variants and look-alikes.
func TestGov10Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// pluralBan10: a plural body's bare verb.
		{name: "plural/schools", title: "NYC schools ban Zoom over security and privacy concerns", vendor: "Zoom", category: trust.CategoryBan},
		{name: "plural/agencies", title: "State agencies bar Quuxchat from work phones over data security", vendor: "Quuxchat", category: trust.CategoryBan},
		{name: "plural/no name", title: "Schools ban phones in classrooms"},
		{name: "plural/noun", title: "Schools ban on Quuxchat draws criticism from parents"},
		// storeReturn10: an app back in a store after a ban or a trust reason.
		{name: "return/play", title: "ToTok returns to Google Play weeks after spying allegations", body: "The messaging app, pulled from stores in December, has reappeared on Google Play.", vendor: "ToTok", category: trust.CategoryReversal},
		{name: "return/state ban", title: "Zorbvpn restored to App Store months after ban", body: "Apple reinstated the VPN app after the government lifted its ban on the service.", vendor: "Zorbvpn", category: trust.CategoryReversal},
		{name: "return/dispute", title: "Quuxgame returns to App Store after payment dispute", body: "The game was removed last year when its maker added its own payment system."},
		// orderNoun10: an order told by its noun.
		{name: "ordernoun/block", title: "Italy's privacy watchdog orders block of DeepSeek", body: "The Garante ordered the company to stop processing Italians' data.", vendor: "DeepSeek", category: trust.CategoryBan},
		{name: "ordernoun/court", title: "Court orders suspension of Quuxgram over unpaid fines", body: "The platform failed to pay penalties for content violations."},
		// contractBack10: a spyware maker's contract restarted.
		{name: "contract/ice", title: "ICE reactivates contract with spyware maker Paragon", vendor: "Paragon", category: trust.CategoryReversal},
		{name: "contract/plain", title: "Army reinstates contract with uniform maker Quuxwear"},
		// orderOff10: products ordered off an authority's systems.
		{name: "off/kaspersky", title: "Australia orders Kaspersky products off government systems", vendor: "Kaspersky", category: trust.CategoryDirective},
		// appsIncluding10: a count of apps including named ones.
		{name: "including/aliexpress", title: "India blocks 43 more apps including AliExpress", body: "The government says the apps posed a threat to sovereignty and security.", vendor: "AliExpress", category: trust.CategoryBan},
		// caLead10: a CA the title describes, the lead names.
		{name: "ca/lead", title: "Chrome to stop trusting Spanish certificate authority", body: "Google said it would remove trust in certificates issued by AC Camerfirma from Chrome 90.", vendor: "AC Camerfirma", category: trust.CategoryDistrust},
		// localLift10: a city's ban lifted.
		{name: "locallift/city", title: "New York City lifts ban on Zoom in schools", body: "Teachers can resume using Zoom after the company addressed security and privacy concerns.", vendor: "Zoom", category: trust.CategoryReversal},
		// actOnTrade10 and tradeNames10: firms named after their trade.
		{name: "trade/two", title: "US blacklists Chinese AI startup Zhipu and chip designer Sophgo", vendor: "Zhipu", category: trust.CategorySanctions},
		// directiveAt10: an emergency directive beside its vendor, with a cut.
		{name: "directive/at", title: "Emergency directive follows breach at F5", body: "CISA's ED 26-01 requires agencies to inventory BIG-IP products, apply updates and disconnect devices that have reached end of support.", vendor: "F5", category: trust.CategoryDirective},
		{name: "directive/patch", title: "CISA emergency directive on Windows flaw orders agencies to patch", body: "Agencies must apply the update within two weeks."},
		// suspendOrder10 and namesAmong10.
		{name: "suspend/order", title: "Dutch minister suspends order over Nexperia", body: "The government paused its intervention at the chipmaker after Beijing resumed exports.", vendor: "Nexperia", category: trust.CategoryReversal},
		{name: "names/among", title: "Pentagon names Quuxbot among firms tied to Chinese military", vendor: "Quuxbot", category: trust.CategorySanctions},
		// gov10Category: downloads halted with stores in the lead, named
		// groundings, staff told to stop using.
		{name: "cat/downloads", title: "South Korea suspends new downloads of DeepSeek", body: "DeepSeek was pulled from the Apple and Google app stores in South Korea on Monday.", vendor: "DeepSeek", category: trust.CategoryDelisting},
		{name: "cat/grounds named", title: "Interior Department grounds its fleet of Chinese-made drones", body: "Interior Secretary David Bernhardt signed an order grounding about 800 drones, most of them made by DJI.", vendor: "DJI", category: trust.CategoryBan},
		{name: "cat/tells staff", title: "Taiwan tells government agencies to stop using Zoom", vendor: "Zoom", category: trust.CategoryBan},
		{name: "cat/tells firms", title: "Danish regulator tells firms to stop using Google Analytics", vendor: "Google Analytics", category: trust.CategoryDirective},
		// gov10Names: the lead's list for a described object.
		{name: "names/described", title: "Treasury sanctions Chinese cybersecurity company over Salt Typhoon telecom hacks", body: "OFAC designated Sichuan Juxinhe Network Technology Co., which officials say was involved in the intrusions.", vendor: "Sichuan Juxinhe Network Technology Co", category: trust.CategorySanctions},
		// gov10After's look-alikes.
		{name: "veto/censorship", title: "China blocks Clubhouse after users discuss sensitive topics", body: "The app became inaccessible in mainland China after users discussed Xinjiang and Taiwan."},
		{name: "veto/purge", title: "Google Play removes 331 'Vapor' apps that bypassed Android protections", body: "The apps posed as utilities before updates added ad fraud, Bitdefender said."},
		{name: "veto/still listed", title: "NSO Group acquired by U.S. investors, company confirms", body: "A group of investors has taken control of the Israeli spyware maker, which remains on the Commerce Entity List."},
		{name: "veto/vpn censor", title: "Russia blocks foreign VPN services", body: "Roskomnadzor said it restricted access to several VPN providers used to bypass blocks."},
		{name: "veto/pressure", title: "Apple removes ICEBlock app after pressure from Justice Department", body: "Apple pulled the ICE-tracking app from its App Store, citing safety risks."},
	})
}
