package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestDelistHeadlines holds the matcher to testdata/delist.tsv: named-vendor
// delistings by stores, retailers and partners, reversals of bans and
// listings, and state ties or data sent to a state found by an authority or
// an investigation, against the look-alikes security news prints beside them.
func TestDelistHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/delist.tsv", 0.75)
}

// TestDelistShapes holds each shape of delist.go, and the removal and
// return shapes it widened, to variants naming other vendors than the
// batch it was written for, and to look-alikes.
func TestDelistShapes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// Data found going to a state.
		{name: "data/flows", title: "Researchers say WeChat messages flow to servers in China",
			body: "The study found chats from foreign accounts are scanned on Chinese servers.", vendor: "WeChat", category: trust.CategoryEspionage},
		{name: "data/transmits", title: "Report: Xiaomi phones transmit browsing data to servers in Beijing",
			body: "Researchers found the phones' browser recorded every site visited.", vendor: "Xiaomi", category: trust.CategoryEspionage},
		{name: "data/shared", title: "Temu shared user data with Chinese authorities, lawsuit alleges",
			body: "The complaint says the shopping app collects far more than it needs.", vendor: "Temu", category: trust.CategoryEspionage},
		{name: "data/stolen-by-attackers", title: "Hackers send stolen data to servers in Russia",
			body: "The group used a new stealer against European firms."},
		{name: "data/breach", title: "Chinese hackers stole data from US telecoms, officials say",
			body: "Salt Typhoon accessed call records."},

		// A vendor said to serve a state's military or spies.
		{name: "aids/helps", title: "Unitree helps China's military build robot dogs, lawmakers say",
			body: "The House China committee urged Commerce to add the robot maker to the Entity List.", vendor: "Unitree", category: trust.CategoryStateLinks},
		{name: "aids/supports", title: "Hikvision supports Beijing's intelligence services, US report finds",
			body: "The report said the camera maker shares data with the Ministry of Public Security.", vendor: "Hikvision", category: trust.CategoryStateLinks},
		{name: "aids/helps-customers", title: "Microsoft helps government agencies move to the cloud",
			body: "The company launched a new program."},

		// A court undoing an order or a listing; a vendor winning one.
		{name: "court/overturns", title: "Appeals court overturns FCC order against China Telecom Americas",
			body: "The court said the commission did not follow its own procedures.", vendor: "China Telecom", category: trust.CategoryReversal},
		{name: "court/vacates", title: "Judge vacates Pentagon designation of DJI as a Chinese military company",
			body: "The drone maker had sued the Defense Department last year.", vendor: "DJI", category: trust.CategoryReversal},
		{name: "court/wins", title: "Xiaomi wins injunction blocking US investment ban",
			body: "A federal judge halted the Pentagon's designation.", vendor: "Xiaomi", category: trust.CategoryReversal},
		{name: "court/asks", title: "Hikvision asks court to overturn FCC ban on its cameras",
			body: "The company filed a petition for review."},
		{name: "court/sets-hearing", title: "Court sets hearing on TikTok ban challenge",
			body: "Arguments are scheduled for next month."},

		// Back in a store after a ban or a suspension.
		{name: "back/returns", title: "WeChat returns to Indian app stores after ban",
			body: "The app had been blocked for data security reasons.", vendor: "WeChat", category: trust.CategoryReversal},
		{name: "back/restored", title: "DeepSeek restored to Italian app stores after removal over privacy",
			body: "The Garante said the company answered its questions.", vendor: "DeepSeek", category: trust.CategoryReversal},
		{name: "back/game", title: "Fortnite is back on Google Play after long absence",
			body: "Epic Games settled its dispute with Google."},

		// Gone from a store, or held by a store for a state's order.
		{name: "gone/vanishes", title: "Kaspersky vanishes from Google Play in the US",
			body: "The antivirus apps were pulled after the Commerce Department's ban.", vendor: "Kaspersky", category: trust.CategoryDelisting},
		{name: "gone/pulled", title: "TikTok pulled from Apple and Google app stores in India",
			body: "The government banned 59 Chinese apps over security concerns.", vendor: "TikTok", category: trust.CategoryDelisting},
		{name: "gone/malicious", title: "Malicious apps pulled from Google Play after infecting 10 million devices",
			body: "The apps posed as photo editors."},
		{name: "hold/suspends", title: "Apple suspends WeChat in app store over spying concerns",
			body: "The company said the app sent data to servers in China.", vendor: "WeChat", category: trust.CategoryDelisting},

		{name: "gone/unavailable", title: "Kaspersky antivirus is no longer available in the Microsoft Store",
			body: "The listing disappeared after the US ban on the Russian firm's software took effect.", vendor: "Kaspersky", category: trust.CategoryDelisting},
		{name: "gone/unavailable-game", title: "Fortnite no longer available on Google Play",
			body: "Epic pulled the game in a dispute over fees."},

		// Off a list, and a court's stop undone (the ban restored).
		{name: "off/taken", title: "Luokung taken off Pentagon blacklist after court loss",
			body: "The Defense Department removed the Chinese mapping tech firm from its list of military companies.", vendor: "Luokung", category: trust.CategoryReversal},
		{name: "off/injunction", title: "Appeals court lifts injunction against Texas TikTok ban",
			body: "The state's ban on the app on government devices can take effect.", vendor: "TikTok", category: trust.CategoryBan},
		{name: "data/footage", title: "Dahua cameras send video footage to servers in China, report finds",
			body: "Researchers found the cameras upload clips by default.", vendor: "Dahua", category: trust.CategoryEspionage},

		// A buyer dropping a plan to use a vendor's product.
		{name: "plan/scraps", title: "Telecom operator scraps plans to buy Huawei gear over security concerns",
			body: "The company will use Nokia and Ericsson instead.", vendor: "Huawei", category: trust.CategoryDelisting},
		{name: "plan/cost", title: "Samsung drops plan to use Qualcomm modems in Galaxy phones",
			body: "The company will use its own Exynos chips to cut costs."},

		// Vetoes: a deadline moved, people taken off a list, an employee
		// accused.
		{name: "veto/deadline", title: "Biden administration delays enforcement of ban on Chinese drones",
			body: "Agencies get another year to replace DJI aircraft."},
		{name: "veto/people", title: "US lifts sanctions on two executives of sanctioned spyware firm",
			body: "Treasury removed the individuals from its list."},
		{name: "veto/employee", title: "ZTE engineer charged with spying for China",
			body: "Prosecutors said he passed trade secrets."},
	})
}
