package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestAuthorityHeadlines holds the matcher to testdata/authority.tsv:
// named-vendor authority events whose title describes the vendor or its
// product and whose lead names it (state ties found by an authority,
// patches declared useless, watchdog blocks, trade-named firms sanctioned,
// courts letting a spyware case go ahead), against the look-alikes security
// news prints beside them. Floor: today's 83.3 % (both batches) less a
// margin.
func TestAuthorityHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/authority.tsv", 0.78)
}

// TestAuthorityShapes holds each shape of authority.go to variants naming
// other vendors than the batch it was written for, and to look-alikes.
func TestAuthorityShapes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// A title with nothing to read but a description; the lead names
		// the vendor with an authority's finding.
		{name: "described/modules", title: "Millions of cars carry a Chinese firm's cellular modules",
			body: "US lawmakers warned that module maker Fibocom has ties to China's military.", vendor: "Fibocom", category: trust.CategoryStateLinks},
		{name: "described/kiosks", title: "Airports across Europe rely on a Chinese company's security scanners",
			body: "The US government says scanner maker Nuctech has close ties to China's military.", vendor: "Nuctech", category: trust.CategoryStateLinks},
		{name: "described/background", title: "A shady Chinese company's chips are everywhere",
			body: "Hualan Microelectronics, which the US government says has ties to China's military, sells chips to Western firms."},
		{name: "described/flaw", title: "Researchers find a Chinese company's cameras easy to hack",
			body: "Security researchers said Tiandy cameras have a flaw that exposes video streams."},
		{name: "described/no-lead-event", title: "The app everyone installed last year is quietly shutting down",
			body: "Vendor Foo announced the end of its service."},

		// A warning to the targets of attacks, with a spyware product in
		// the lead: the attacks are the news.
		{name: "warned-of/product", title: "Apple warns Thai activists of state-backed hacking",
			body: "The government denied the claims, but the warning recalls reports that authorities used Pegasus surveillance tools against protesters."},
		{name: "warned-of/maker", title: "Apple warns Kenyan lawyers about state-backed hacking",
			body: "The alerts come after reports that the police used NSO surveillance tools against critics."},

		// The registry's spyware product names its maker in a court's
		// decision.
		{name: "product/court", title: "Court allows Apple's lawsuit over Pegasus spyware to proceed",
			body: "A judge denied the Israeli company's motion to dismiss.", vendor: "NSO Group", category: trust.CategoryStateLinks},
		{name: "product/victims", title: "Pegasus spyware found on phones of Polish senators",
			body: "Citizen Lab said the devices were hacked in 2019."},

		// An authority saying a vendor's fix does not help: a directive
		// to stop relying on the product.
		{name: "futile/remain", title: "CISA: Cisco ASA devices remain compromised even after updates",
			body: "The agency said attackers modified the devices' ROM to survive reboots and upgrades.", vendor: "Cisco ASA", category: trust.CategoryDirective},
		{name: "futile/evict", title: "NCSC warns patches do not evict attackers from Citrix NetScaler appliances",
			body: "The UK agency said organisations should rebuild affected devices.", vendor: "Citrix NetScaler", category: trust.CategoryDirective},
		{name: "futile/still", title: "FBI: Hackers still breaching patched Zimbra servers",
			body: "The bureau said the fixes released in March are ineffective against a new technique.", vendor: "Zimbra", category: trust.CategoryDirective},
		{name: "futile/insufficient", title: "CISA says fixes for Ivanti zero-day are insufficient, urges factory reset",
			vendor: "Ivanti", category: trust.CategoryDirective},
		{name: "futile/unpatched", title: "CISA warns hackers still exploiting unpatched Citrix devices",
			body: "The agency urged organisations to apply updates."},
		{name: "futile/vendor-says", title: "Fortinet says attackers keep access to FortiGate devices after patching",
			body: "The company released new firmware that removes the symlink."},
		{name: "futile/years-after", title: "Years after patches, hackers still exploit Log4j, CISA warns"},
		{name: "futile/update-order", title: "NSA urges agencies to update Microsoft Exchange servers",
			body: "The agency said the flaws are under active attack."},
		{name: "futile/attacks", title: "FBI warns of attacks exploiting Fortinet flaw", body: "The bureau said patches are available."},

		// A data or privacy regulator ordering a service blocked or its
		// processing stopped, without a ban word.
		{name: "watchdog/to-stop", title: "Dutch privacy regulator orders Clearview AI to stop scraping faces",
			body: "The Autoriteit Persoonsgegevens said the facial recognition company built an illegal database.", vendor: "Clearview", category: trust.CategoryBan},
		{name: "watchdog/participle", title: "Korean privacy watchdog orders Temu app suspended over data transfers",
			vendor: "Temu", category: trust.CategoryBan},
		{name: "watchdog/chatbot", title: "Italian watchdog orders Replika chatbot to stop processing users' data",
			vendor: "Replika", category: trust.CategoryBan},
		{name: "watchdog/state", title: "Kenya suspends Worldcoin over privacy and security concerns",
			vendor: "Worldcoin", category: trust.CategoryBan},
		{name: "watchdog/state-legal", title: "Brazil suspends X after Musk refuses to name legal representative"},
		{name: "watchdog/state-post", title: "Nigeria suspends Twitter after it deleted president's post"},
		{name: "watchdog/content", title: "Russia's watchdog blocks Roblox over extremist content"},
		{name: "watchdog/protests", title: "Ministry orders ISPs to block Telegram over protests"},
		{name: "watchdog/debts", title: "Watchdog orders payday lender to stop collecting debts"},
		{name: "watchdog/consent", title: "Regulator orders Google to change consent pop-ups"},

		// An authority acting on a firm its title names by trade, the
		// lead by name.
		{name: "trade/software", title: "Treasury sanctions Russian software company that supports intelligence services",
			body:   "OFAC sanctioned Positive Technologies, a Moscow-based cybersecurity firm, for supporting Russian intelligence.",
			vendor: "Positive Technologies", category: trust.CategorySanctions},
		{name: "trade/battery", title: "Pentagon adds Chinese battery maker to military list",
			body: "The Defense Department added CATL to its list of Chinese military companies.", vendor: "CATL", category: trust.CategorySanctions},
		{name: "trade/group-behind", title: "Treasury sanctions Iranian company behind election influence hacks",
			body:   "OFAC sanctioned Emennet Pasargad, an Iranian cyber company that ran the operation for the IRGC.",
			vendor: "Emennet Pasargad", category: trust.CategorySanctions},
		{name: "trade/oil", title: "US sanctions Russian company over Ukraine war",
			body: "The Treasury sanctioned Gazprom Neft, the oil producer, over its revenue for the war."},
		{name: "trade/hackers", title: "Treasury sanctions Iranian hackers behind water utility attacks",
			body: "OFAC sanctioned six officials of the IRGC Cyber-Electronic Command."},
		{name: "trade/shipments", title: "US sanctions Indian company over Iranian oil shipments",
			body: "Treasury sanctioned Tibalaji Petrochem for buying Iranian oil."},
		{name: "trade/group-name", title: "US sanctions Chinese cybersecurity firm tied to Volt Typhoon",
			body:   "Treasury sanctioned Beijing Huanyu Tianqiong, which it says ran infrastructure for the Volt Typhoon group.",
			vendor: "Huanyu Tianqiong", category: trust.CategorySanctions},

		// A case against a spyware maker going on, the maker named by
		// its product.
		{name: "case/can-sue", title: "Judge says Apple can sue Pegasus maker in US courts",
			vendor: "NSO Group", category: trust.CategoryStateLinks},
		{name: "case/trial", title: "Athens prosecutors refer Predator spyware executives to trial",
			vendor: "Intellexa", category: trust.CategoryStateLinks},
		{name: "case/charge-maker", title: "Prosecutors charge Candiru founders over hacking of Catalan politicians",
			vendor: "Candiru", category: trust.CategoryStateLinks},
		{name: "case/charge-officials", title: "Prosecutors charge Polish officials over Pegasus purchase"},
		{name: "case/charge-hackers", title: "Prosecutors charge hackers who used Pegasus spyware"},
		{name: "case/appeal-declined", title: "Court declines to hear WhatsApp appeal against NSO ruling"},
		{name: "case/drop", title: "Court says Apple can drop its lawsuit against NSO"},

		// A passive listing on an authority's list.
		{name: "listed/passive", title: "Quectel added to Pentagon's list of companies aiding China's military",
			vendor: "Quectel", category: trust.CategorySanctions},
		{name: "listed/own-list", title: "Malware added to Google's blocklist"},
		{name: "listed/deprecated", title: "Feature added to Windows list of deprecated apps"},

		// One vendor described where a class would be read.
		{name: "one/startup", title: "Commerce blacklists Chinese chip startup over military ties",
			body: "The Commerce Department added Biren Technology to the Entity List.", vendor: "Biren", category: trust.CategorySanctions},
		{name: "one/class", title: "Commerce blacklists Chinese AI firms over military ties",
			body: "The Commerce Department added Zhipu AI and 20 others to the Entity List.", vendor: "iFlytek", category: trust.CategorySanctions},
	})
}
