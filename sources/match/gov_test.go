package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestGovHeadlines holds the matcher to testdata/gov.tsv: authority and
// market actions on a named vendor (bans, sanctions, directives,
// delisting, distrust, reversals, state links) as security news titled
// them, against security-news look-alikes (sanctioned hackers and mixers,
// patch orders, censorship blocks, proposals, coverage). Floor: today's
// 94.4 % less a margin.
func TestGovHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/gov.tsv", 0.90)
}

// TestGovShapes holds each shape of gov.go (and the reversal, riddance,
// crypto-finance and state-as-actor changes beside it) to variants naming
// other vendors than the rows it was tuned on, and to its look-alikes.
func TestGovShapes(t *testing.T) {
	m := defaultMatcher(t)
	any := []trust.Category(nil)
	probe := []trust.Category{trust.CategoryStateLinks, trust.CategoryEspionage, trust.CategoryBan}
	cases := []struct {
		shape, title, lead string
		vendor             string // "" for no alert
		cats               []trust.Category
	}{
		{"probe", "India to probe Hikvision cameras over data security", "", "Hikvision", probe},
		{"probe", "Italy's privacy watchdog opens probe into DeepSeek", "", "DeepSeek", probe},
		{"probe", "Dutch regulator launches security review of Huawei equipment", "", "Huawei", probe},
		{"probe", "China opens antitrust probe into Nvidia over Mellanox deal", "", "", any},
		{"probe", "Lawmakers call for security review of TP-Link routers", "", "", any},
		{"probe", "UK regulator opens probe into Capita data breach", "", "", any},

		{"accuses", "Russia accuses Telegram of spying for Ukraine", "The FSB said the messaging app passed user data to Ukrainian intelligence.", "Telegram", []trust.Category{trust.CategoryStateLinks}},
		{"accuses", "Iran blames WhatsApp for helping Israel spy on users", "", "WhatsApp", []trust.Category{trust.CategoryStateLinks}},
		{"accuses", "China accuses US of cyber espionage against Huawei servers", "", "", any},
		{"accuses", "US accuses Chinese hackers of breaching Cisco routers", "", "", any},

		{"spyware", "Kentucky lawsuit dubs Temu app malware", "", "Temu", []trust.Category{trust.CategoryEspionage}},
		{"spyware", "State regulator calls DeepSeek a surveillance tool", "", "DeepSeek", []trust.Category{trust.CategoryEspionage}},
		{"spyware", "Lawsuit brands CapCut video app spyware", "", "CapCut", []trust.Category{trust.CategoryEspionage}},

		{"tied", "Report finds Chinese router maker Tenda tied to state hackers", "", "Tenda", []trust.Category{trust.CategoryStateLinks}},
		{"tied", "Czech intelligence says cloud firm Alibaba linked to Beijing government", "", "Alibaba", []trust.Category{trust.CategoryStateLinks}},
		{"tied", "Dutch intelligence says Chinese hackers tied to military breached networks", "", "", any},

		{"platform", "Google orders developers to remove Measurement Systems SDK", "Researchers found the SDK harvested user data from millions of phones.", "Measurement Systems", []trust.Category{trust.CategoryDelisting}},
		{"platform", "Apple tells app makers to drop Pushwoosh SDK", "The SDK's maker hid that it is based in Russia, raising data security concerns.", "Pushwoosh", []trust.Category{trust.CategoryDelisting}},
		{"platform", "Google tells developers to remove outdated Play Billing library", "", "", any},

		{"partner", "Google ends partnership with Hikvision over surveillance concerns", "", "Hikvision", []trust.Category{trust.CategoryDelisting}},
		{"partner", "Linux Foundation withdraws Vortex funding amid data collection concerns", "", "Vortex", []trust.Category{trust.CategoryDelisting}},
		{"partner", "Intel ends partnership with Samsung on foundry", "", "", any},

		{"own use", "Pentagon bars personnel from using DeepSeek", "", "DeepSeek", []trust.Category{trust.CategoryBan}},
		{"own use", "European Commission bans staff from using TikTok", "", "TikTok", []trust.Category{trust.CategoryBan}},

		{"court", "Appeals court rejects NSO Group's immunity bid in WhatsApp case", "", "NSO Group", []trust.Category{trust.CategoryStateLinks}},
		{"court", "Court allows Apple lawsuit over spyware to move forward", "A judge denied Intellexa's motion to dismiss Apple's case over Predator.", "Intellexa", []trust.Category{trust.CategoryStateLinks}},
		{"court", "Court dismisses WhatsApp lawsuit against NSO Group", "", "", any},
		{"court", "Court allows lawsuit over spyware hacking to proceed", "A judge allowed journalists to sue over hacked phones.", "", any},

		{"store", "Apple yanks DeepSeek app in South Korea over privacy concerns", "", "DeepSeek", []trust.Category{trust.CategoryDelisting}},
		{"store", "Microsoft pulls Avast extensions over data collection", "", "Avast", []trust.Category{trust.CategoryDelisting}},
		{"store", "Apple pulls Epic Games' Fortnite app over payment dispute", "", "", any},
		{"store", "Google Play kicks out Kaspersky", "", "Kaspersky", []trust.Category{trust.CategoryDelisting}},
		{"store", "Apple removes 'Advanced Data Protection' for UK users after government demand", "", "", any},

		{"divest", "Trump orders ByteDance to divest TikTok's US operations", "", "ByteDance", []trust.Category{trust.CategoryBan}},
		{"divest", "US orders Google to sell Chrome browser", "", "", any},
		{"certificates", "Google Chrome to block Entrust-issued TLS certificates", "", "Entrust", []trust.Category{trust.CategoryDistrust}},
		{"certificates", "Microsoft blocks Symantec certificates in Windows", "", "Symantec", []trust.Category{trust.CategoryDistrust}},
		{"certificates", "Chrome blocks malicious extension certificates", "", "", any},
		{"reversal", "US to remove Xiaomi from blacklist after court fight", "", "Xiaomi", []trust.Category{trust.CategoryReversal}},
		{"reversal", "Biden administration repeals Trump's WeChat ban", "", "WeChat", []trust.Category{trust.CategoryReversal}},
		{"reversal", "US drops sanctions on Chinese chipmaker SMIC", "", "SMIC", []trust.Category{trust.CategoryReversal}},
		{"reversal", "Huawei drops ban on employees using iPhones", "", "", any},
		{"distrust", "Camerfirma certificates no longer trusted by Chrome 90", "", "Camerfirma", []trust.Category{trust.CategoryDistrust}},

		{"warns against", "Australia's ASD warns agencies against using DeepSeek", "", "DeepSeek", []trust.Category{trust.CategoryDirective}},
		{"warns against", "Dutch cyber agency warns officials against Kaspersky software", "", "Kaspersky", []trust.Category{trust.CategoryDirective}},
		{"warns against", "NCSC warns organizations against ignoring Ivanti patches", "", "", any},
		{"warns against", "Swedish newspaper advises staff against using DeepSeek", "", "", any},

		{"list name", "Pentagon adds Chinese drone maker Autel to Chinese military companies list", "", "Autel", []trust.Category{trust.CategorySanctions, trust.CategoryStateLinks}},
		{"list name", "US removes Chinese chipmaker Hua Hong from list of Chinese military companies", "", "Hua Hong", []trust.Category{trust.CategoryReversal}},
		{"named apps", "Ohio bans Manus and Kimi apps on government phones", "", "Manus", []trust.Category{trust.CategoryBan}},
		{"plural subject", "Agencies block DeepSeek on government networks", "", "DeepSeek", []trust.Category{trust.CategoryBan}},
		{"authority to operate", "FCC revokes China Unicom Americas' authority to operate", "", "China Unicom", []trust.Category{trust.CategoryBan}},
		{"court bars", "Judge bars Commerce from banning WeChat downloads", "", "WeChat", []trust.Category{trust.CategoryReversal}},
		{"says ran", "NSA says Chinese firm Sichuan Zhixin ran Salt Typhoon espionage campaign", "", "Sichuan Zhixin", []trust.Category{trust.CategoryStateLinks}},
		{"says ran", "FBI says hackers ran botnet through hijacked routers", "", "", any},
		{"lawmakers ask", "Senators urge Commerce to add Unitree to Entity List", "", "", any},
		{"lawmakers ask", "Republicans push to add CATL to Pentagon blacklist", "", "", any},
		{"lawmakers ask", "Senate passes NDAA adding DJI to FCC Covered List", "", "DJI", []trust.Category{trust.CategorySanctions}},
		{"offline", "CISA tells agencies to take SolarWinds Orion offline", "", "SolarWinds", []trust.Category{trust.CategoryDirective}},
		{"distrust unlisted", "Mozilla distrusts Certigna after compliance failures", "", "Certigna", []trust.Category{trust.CategoryDistrust}},

		{"directive number", "CISA issues ED 24-02 on Ivanti EPM appliances", "", "Ivanti", []trust.Category{trust.CategoryDirective}},

		{"reversal", "Trump rescinds order banning WeChat transactions", "", "WeChat", []trust.Category{trust.CategoryReversal}},
		{"reversal", "Court halts Montana law banning TikTok", "", "TikTok", []trust.Category{trust.CategoryReversal}},
		{"reversal", "Treasury removes Positive Technologies from SDN list", "", "Positive Technologies", []trust.Category{trust.CategoryReversal}},
		{"reversal", "Pentagon removes DJI from approved drone list", "", "DJI", []trust.Category{trust.CategoryDelisting}},

		{"riddance", "CISA tells agencies to shut down Ivanti Connect Secure appliances", "", "Ivanti", []trust.Category{trust.CategoryDirective}},
		{"riddance", "Agencies ordered to power off SolarWinds Orion servers", "", "SolarWinds", []trust.Category{trust.CategoryDirective}},
		{"riddance", "CISA orders agencies to patch Ivanti flaws within 48 hours", "", "", any},

		{"finance", "Treasury sanctions Cryptex crypto exchange and its operator", "", "", any},
		{"finance", "OFAC sanctions Blender.io mixer used by North Korea", "", "", any},
		{"finance", "US sanctions Cryptex and PM2BTC crypto exchanges", "", "", any},
		{"finance", "Treasury sanctions Media Land bulletproof hosting provider", "", "Media Land", []trust.Category{trust.CategorySanctions}},

		{"actor", "Russia blocks Viber messaging app", "", "", any},
		{"actor", "Russia restricts Telegram over security concerns", "", "Telegram", []trust.Category{trust.CategoryBan}},
	}
	for _, c := range cases {
		t.Run(c.shape+"/"+c.title, func(t *testing.T) {
			expectAlert(t, m, c.title, c.lead, c.vendor, c.cats...)
		})
	}
}
