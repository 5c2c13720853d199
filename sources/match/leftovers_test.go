package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLeftoversHeadlines holds the matcher to testdata/leftovers.tsv:
// named-vendor authority actions in security-news shapes (a government
// barring its own staff, a store removing apps at a state's security
// demand, a sanctioned firm named with a descriptor, an order to cease
// operations, several vendors listed), against look-alikes (private
// companies barring staff, censors' removals, persons sanctioned).
func TestLeftoversHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/leftovers.tsv", 0.85)
}

// TestLeftoverShapes checks each shape fixed on the leftovers batch with
// variants not in the tsv (other vendors, states, verbs) and the
// look-alikes it must leave alone.
func TestLeftoverShapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []titleRow{
		// Several agencies (a plural subject, base verb) bar their staff.
		{"agencies, base verb", "Pentagon, Congress bar staff from using DeepSeek", "DeepSeek", trust.CategoryBan},
		{"two states, base verb", "Texas, Virginia ban state employees from using TikTok", "TikTok", trust.CategoryBan},
		{"companies bar their staff", "Samsung, Apple ban staff from using ChatGPT", "", ""},
		{"unlisted product barred", "Pentagon bars troops from using Grindr", "Grindr", trust.CategoryBan},
		{"company bars staff, unlisted product", "Samsung bans staff from using Zoom", "", ""},
		// "Treasury targets X" is a sanctions designation.
		{"treasury targets a described firm", "Treasury targets Russian bulletproof hosting provider Zservers", "Zservers", trust.CategorySanctions},
		{"ofac targets a registry vendor", "OFAC targets spyware maker Intellexa", "Intellexa", trust.CategorySanctions},
		{"treasury targets people", "Treasury targets North Korean IT worker scheme", "", ""},
		// An order ending the vendor's business is a ban.
		{"cease operations", "Canada orders Hikvision to cease operations in the country", "Hikvision", trust.CategoryBan},
		{"shut down business", "FCC orders China Telecom to shut down US business", "China Telecom", trust.CategoryBan},
		{"order to users stays a directive", "CISA orders agencies to shut down Ivanti appliances", "Ivanti", trust.CategoryDirective},
		{"order to pay", "Canada orders TikTok to pay back taxes", "", ""},
		// Headline verbs of undoing a ban.
		{"nixes bans", "Biden nixes TikTok and WeChat bans", "WeChat", trust.CategoryReversal},
		{"axes ban", "White House axes WeChat ban", "WeChat", trust.CategoryReversal},
		{"comma list inside an undo", "Court blocks Huawei, ZTE equipment bans", "ZTE", trust.CategoryReversal},
		{"comma ends the undo clause", "Judge blocks Texas law, Biden bans TikTok", "TikTok", trust.CategoryBan},
		// A class noun before a list of names: the members are the vendors.
		{"list after plural class", "UK sanctions Russian hosting providers Aeza and Zservers", "Zservers", trust.CategorySanctions},
		{"list after class, registry member", "Commerce adds surveillance firms Hikvision and Dahua to Entity List", "Dahua", trust.CategorySanctions},
		{"names before 'and N other'", "India bans Shein, Club Factory and 57 other Chinese apps", "Club Factory", trust.CategoryBan},
		{"a listed pair with no action", "Hosting firms Aeza and Stark Industries hit by DDoS attacks", "", ""},
		// The product sold in a divestment order is a vendor too.
		{"divest the product", "Trump orders ByteDance to divest TikTok's US business", "TikTok", trust.CategoryBan},
		// Sanctions on a non-technology trade judge no vendor's product.
		{"propaganda agency", "US sanctions Russian propaganda firm Social Design Agency", "", ""},
		{"mixer named in the lead only", "Treasury targets crypto mixer laundering Lazarus proceeds", "", ""},
		{"hosting firms keep the alert", "US sanctions Russian hosting firms Aeza and Zservers", "Aeza", trust.CategorySanctions},
		// A censor's removal over content is no event.
		{"content removal", "Google removes Bible apps in China over illegal content", "", ""},
	}
	checkTitleRows(t, m, cases)
}
