package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestClass2 holds the matcher to testdata/class2.tsv: authority actions on
// a class of products that name no vendor (rules finalized, proposed or in
// force; Covered List and Entity List additions by kind; bans on a
// country's equipment; directives to remove a kind of device), reaching the
// registry's vendors by category and country or naming the class as
// written, against tariffs, export curbs, content bans, safety rules,
// vulnerability news, reports, hearings, rumours and sanctions on people
// (floor: today's 0.90 over both batches less a margin; vendor and
// category must both be right).
func TestClass2(t *testing.T) {
	testHeadlines(t, "testdata/class2.tsv", 0.85)
}

// TestClass2Shapes holds each shape of classshape.go to variants with
// other classes, countries and verbs than the set's, and to look-alikes
// on each side of it: a vendor name the alert must hold (a registry
// vendor reached by category and country, or the class as written), or
// "" for no alert.
func TestClass2Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkTitleRows(t, m, []titleRow{
		// formalRule: an agency's rule or listing proposed, finalized or in
		// force; a vote to bar.
		{"rule", "BIS finalizes rule barring Chinese smart meters from US grid", "Chinese smart meters", trust.CategoryBan},
		{"rule", "FCC proposes to add Chinese-made cellular modules to Covered List", "Quectel", trust.CategorySanctions},
		{"rule", "Rule banning Chinese lidar sensors in US vehicles goes into effect", "Chinese lidar sensors", trust.CategoryBan},
		{"rule", "FCC votes to prohibit Chinese-made routers from US networks", "TP-Link", trust.CategoryBan},
		{"rule", "Commerce Department unveils rule restricting Russian drones", "Russian drones", trust.CategoryBan},
		{"rule: lawmakers", "Lawmakers propose rule to ban Chinese drones", "", ""},
		{"rule: no class", "FCC proposes rule to ban AI robocalls", "", ""},
		{"rule: exports", "Commerce finalizes rule restricting AI chip exports to China", "", ""},
		// authorityRids: an authority set to be rid of a kind of product,
		// its own restriction: a ban (class10.go's convention, with
		// train7a/8a/8b, govclass and class9; directive before the tenth
		// round).
		{"rids", "Navy to remove Chinese-made batteries from warships", "CATL", trust.CategoryBan},
		{"rids", "Pentagon will replace Chinese surveillance cameras on bases", "Hikvision", trust.CategoryBan},
		// (A title with no word of the lexicon, "Police Department
		// grounds its Chinese drones", ends at the gate before any
		// class shape: one known limit.)
		{"rids", "State agency grounds Chinese-made drones citing security risks", "DJI", trust.CategoryBan},
		{"rids: a company", "Port operator to replace Chinese cranes", "", ""},
		// headClass: kinds of product the registry has no category for.
		{"head", "UK bans Chinese smart meters from critical infrastructure", "Chinese smart meters", trust.CategoryBan},
		{"head", "Australia bans Chinese-made wind turbines over spying fears", "turbines", trust.CategoryBan},
		{"head", "CISA orders agencies to replace unsupported firewalls and routers", "routers", trust.CategoryDirective},
		{"head: no authority", "Hackers target Chinese-made inverters in Europe", "", ""},
		{"head: trade", "US imposes tariffs on Chinese cranes and port equipment", "", ""},
		// rumoured: weighed, mulled or reported, not taken.
		{"rumour", "Commerce mulls banning Chinese drones", "", ""},
		{"rumour", "FCC reportedly plans to add Chinese modules to Covered List", "", ""},
		{"rumour", "US eyes restrictions on Chinese inverters, sources say", "", ""},
		// A vendor the title names stays named.
		{"named", "FCC proposes adding Hikvision and other Chinese cameras to Covered List", "Hikvision", trust.CategorySanctions},
	})
}
