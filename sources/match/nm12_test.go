package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

func TestNm12Present(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Microsoft is removing Entrust from its trusted root list", "Microsoft removes Entrust from its trusted root list"},
		{"Retailers are pulling Quillstack cameras", "Retailers pull Quillstack cameras"},
		{"Commerce will be adding Arvoro to the Entity List", "Commerce will add Arvoro to the Entity List"},
		{"Hackers are pushing malware through Arvoro updates", "Hackers push malware through Arvoro updates"},
		{"Apple Is Ditching Quillstack Chips", "Apple Ditches Quillstack Chips"},
		// Not an action verb, or no auxiliary before it: as written.
		{"Hackers are exploiting a Fortinet zero-day", "Hackers are exploiting a Fortinet zero-day"},
		{"Is Microsoft removing Entrust?", "Is Microsoft removing Entrust?"},
		{"Banning TikTok is working", "Banning TikTok is working"},
	} {
		if got := nm12Present(c.in); got != c.want {
			t.Errorf("nm12Present(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNm12Progressive holds the progressive of each family read as its
// present, the evidence quoting the title as written; and the
// progressive of what is no event left silent.
func TestNm12Progressive(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"delisting", "Amazon is pulling Hikvision cameras from its stores", "", "Hikvision", trust.CategoryDelisting},
		{"directive", "Czech cyber agency is ordering agencies to remove Kaspersky software", "", "Kaspersky", trust.CategoryDirective},
		{"compromise", "Hackers are pushing malware through Kaspersky updates", "", "Kaspersky", trust.CategoryCompromise},
		{"unknown", "Commerce is adding Tenmark Systems to the Entity List", "", "Tenmark Systems", trust.CategorySanctions},
	})
	a, ok := m.Match("Amazon is pulling Hikvision cameras from its stores", "")
	if !ok || a.Evidence != "Amazon is pulling Hikvision cameras from its stores" {
		t.Errorf("evidence %q, want the title as written", a.Evidence)
	}
	checkSilent(t, m,
		"Hackers are exploiting a Kaspersky zero-day",
		"Hackers are abusing Microsoft Teams to deliver malware",
		"Kaspersky is warning users about a new phishing campaign",
		"TikTok is removing political ads ahead of elections",
	)
}

// TestNm12Names holds what an unlisted name needs: a lower-case verb
// proves a sentence-case title however many names stand around it, a
// hacking motive is a technology context, and a state's intelligence
// service is no vendor.
func TestNm12Names(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"sentence case", "Commerce adds Tenmark Systems to Entity List", "", "Tenmark Systems", trust.CategorySanctions},
		{"hacks", "Treasury sanctions Beijing-based Quillstack Technology over Flax Typhoon hacks", "", "Quillstack Technology", trust.CategorySanctions},
		{"hacking", "UK sanctions Tenmark Systems over hacking", "", "Tenmark Systems", trust.CategorySanctions},
		{"hacker", "EU sanctions Arvoro Technology for aiding a hacker group", "", "Arvoro Technology", trust.CategorySanctions},
	})
	checkSilent(t, m,
		"US sanctions Russian GRU unit for cyberattacks on Ukraine",
		"EU sanctions FSB officers over hacking",
		"Treasury sanctions Iranian oil company Arvoro Petroleum",
		"Commerce Adds Tenmark Systems To Entity List Of Shame",
	)
}

// TestNm12Batch holds named12's own set to its floor and logs its
// untouched set (written before any change, never tuned on).
func TestNm12Batch(t *testing.T) {
	testHeadlines(t, "testdata/nm12.tsv", nm12Floor)
	logBatch(t, "testdata/nm12_u.tsv")
}

// nm12Floor is TestNm12Batch's floor on the strict share.
const nm12Floor = 0.9

// TestNm12RootPlace holds a removal from a root program as distrust
// whatever the program is called, and a store's removal as delisting.
func TestNm12RootPlace(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"root list", "Microsoft removes Entrust from its trusted root list", "", "Entrust", trust.CategoryDistrust},
		{"passive", "Entrust removed from Apple's root store", "", "Entrust", trust.CategoryDistrust},
		{"progressive", "Microsoft is removing Entrust from its trusted root list", "", "Entrust", trust.CategoryDistrust},
		{"store", "Microsoft removes Kaspersky from its store", "", "Kaspersky", trust.CategoryDelisting},
	})
}

// TestNm12SingularKind holds a title acting on one product of a class's
// singular kind ("bans Chinese AI app") as the lead's named vendor, and a
// plural or a maker noun after it as the class.
func TestNm12SingularKind(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"registry", "Pentagon bans Chinese AI app on government devices", "The ban covers DeepSeek, which officials said posed a security risk.", "DeepSeek", trust.CategoryBan},
		{"unknown", "Pentagon bans Chinese AI app on government devices", "The Pentagon on Tuesday banned Arvoro, a Chinese chatbot, from its networks.", "Arvoro", trust.CategoryBan},
		{"end", "Texas bans Chinese shopping app", "The governor ordered agencies to remove Temu from state devices.", "Temu", trust.CategoryBan},
	})
	a, ok := m.Match("India's new CCTV rules squeeze out Chinese camera makers", "Surveillance cameras sold in India must now submit source code for testing at government labs, a rule officials say addresses spying risks from China-linked brands such as Hikvision and Dahua.")
	if ok && len(a.Vendors) > 0 && a.Vendors[0].Class == "" && len(a.Vendors) < 2 {
		t.Errorf("camera makers read as one vendor: %s", a.Why())
	}
}

// TestNm12UseAndCyberAuthority holds the object of "against using" and
// "use of" read past those words, and a cyber authority's action as a
// technology context; an authority's routine advice, fines and content
// orders stay silent.
func TestNm12UseAndCyberAuthority(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"against using", "CISA warns against using Tenmark Systems products", "", "Tenmark Systems", trust.CategoryDirective},
		{"use of", "Australia prohibits use of Tenmark Systems on official phones", "", "Tenmark Systems", trust.CategoryBan},
		{"cyber authority", "NUKIB warns against Arvoro products", "", "Arvoro", trust.CategoryDirective},
	})
	checkSilent(t, m,
		"CISA warns of phishing emails impersonating Arvoro",
		"FCC fines Arvoro over robocalls",
		"Ofcom bans Arvoro channel over misinformation",
		"CISA urges users to update Arvoro routers",
		"BSI warns of flaws in Arvoro routers",
		"Roskomnadzor blocks Quillstack messenger",
	)
}

// TestNm12ListedSubject holds an unlisted name put on a list in the
// passive or as a noun, the list standing for its authority; pressure to
// list and a complaint about a listing stay silent.
func TestNm12ListedSubject(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"passive", "Tenmark Systems added to Entity List", "", "Tenmark Systems", trust.CategorySanctions},
		{"nominal", "Tenmark Systems's addition to the Entity List takes effect", "", "Tenmark Systems", trust.CategorySanctions},
		{"auxiliary", "Arvoro was added to the Entity List by Treasury", "", "Arvoro", trust.CategorySanctions},
		{"placed", "Beijing-based Quillstack Technology added to Entity List", "", "Quillstack Technology", trust.CategorySanctions},
	})
	checkSilent(t, m,
		"Lawmakers want Arvoro added to Entity List",
		"Arvoro says addition to Entity List is unfair",
		"Senators push for Arvoro to be added to Entity List",
	)
}

// TestNm12OwnStop holds a state body ending its own use or purchase of a
// product, or getting rid of it, as a ban in every tense; an order to others stays a directive,
// and a company ending its use of a supplier stays silent.
func TestNm12OwnStop(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"present", "Army stops using DJI drones", "", "DJI", trust.CategoryBan},
		{"to", "Pentagon to stop buying Kaspersky products", "", "Kaspersky", trust.CategoryBan},
		{"future", "Texas will stop buying Kaspersky products over security risks", "", "Kaspersky", trust.CategoryBan},
		{"use of", "Interior Department halts use of DJI drones over security concerns", "", "DJI", trust.CategoryBan},
		{"unlisted", "Army stops using Tenmark Systems radios over security concerns", "", "Tenmark Systems", trust.CategoryBan},
		{"ordered", "DHS orders federal agencies to stop using Kaspersky software", "", "Kaspersky", trust.CategoryDirective},
		{"phases out", "Dutch government phases out Kaspersky antivirus as a precaution", "", "Kaspersky", trust.CategoryBan},
		{"ditches", "Pentagon ditches Kaspersky software", "", "Kaspersky", trust.CategoryBan},
		{"removes", "Army removes Tenmark Systems radios over security concerns", "", "Tenmark Systems", trust.CategoryBan},
		{"plural", "Governments are ditching Kaspersky antivirus", "", "Kaspersky", trust.CategoryBan},
	})
	checkSilent(t, m,
		"Apple stops using Intel chips",
		"Microsoft stops using Arvoro software",
		"Agency stops using Twitter for announcements",
		"State stops using Salesforce after contract dispute",
		"Nokia and Ericsson gain share as Europe phases out Huawei",
		"Pentagon scraps Tenmark Systems software",
		"Government abandons Microsoft Office for LibreOffice",
		"Companies ditch Kaspersky antivirus",
	)
}

// TestNm12SellerDrop holds a seller getting rid of a product over a
// motive of spying as a delisting, the motive its reason.
func TestNm12SellerDrop(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"dumps", "Best Buy dumps Kaspersky products over spying concerns", "", "Kaspersky", trust.CategoryDelisting},
		{"stops carrying", "Best Buy stops carrying Kaspersky products over spying concerns", "", "Kaspersky", trust.CategoryDelisting},
		{"ends sales", "Retailer ends sales of Kaspersky products over spying concerns", "", "Kaspersky", trust.CategoryDelisting},
		{"platform", "Apple dumps Hikvision products over spying concerns", "", "Hikvision", trust.CategoryDelisting},
	})
}
