package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestClassrev holds the matcher to testdata/classrev.tsv: authority advice
// to drop a kind of product tied to a country, orders halting a kind at
// sites or votes blocking a kind, and reversals of security bans, against
// talk of a ban, content and moral bans and their reversals, and warnings
// with no trust motive (floor: the set after the shapes, 0.98, less a
// margin; vendor and category must both be right).
func TestClassrev(t *testing.T) {
	testHeadlines(t, "testdata/classrev.tsv", 0.88)
}

// TestClassrevShapes holds each shape of classrev.go to variants with
// other authorities, kinds, countries and verbs than the set's, and to
// look-alikes on each side of it: a vendor name the alert must hold (a
// registry vendor reached by category and country, or the product as
// written), or "" for no alert.
func TestClassrevShapes(t *testing.T) {
	m := defaultMatcher(t)
	for _, r := range []leadRow{
		// adviceDrop: an authority telling users to drop, avoid or keep
		// away from a kind or a vendor.
		{"advice", "Denmark advises municipalities to drop Chinese-made cameras", "", "Hikvision", trust.CategoryDirective},
		{"advice", "Finland tells ministries to avoid Russian software", "", "Russian software", trust.CategoryDirective},
		{"advice", "Australian watchdog warns businesses against Chinese-made smart cameras", "", "Dahua", trust.CategoryDirective},
		{"advice", "German agency urges firms to diversify away from Huawei gear", "", "Huawei", trust.CategoryDirective},
		{"advice", "Latvia tells state bodies to stop using Russian cybersecurity software", "", "Kaspersky", trust.CategoryDirective},
		{"advice: a newspaper", "Swedish newspaper tells staff to drop Chinese apps", "", "", ""},
		{"advice: a threat told", "FBI warns of Chinese-made drones used for smuggling", "", "", ""},
		{"advice: safety", "Regulator warns consumers against Chinese-made e-bike batteries over fire risk", "", "", ""},
		{"advice: no use", "NCSC warns firms against ignoring Chinese router flaws", "", "", ""},
		// orderedHalt: an order halting a kind.
		{"halt", "Navy orders halt to use of Chinese-made drones", "", "DJI", trust.CategoryBan}, // its own use (cl12.go)
		{"halt", "Ministry orders a stop to Chinese surveillance cameras in schools", "", "Hikvision", trust.CategoryDirective},
		{"halt: no kind", "Court orders halt to Chinese-owned factory construction", "", "", ""},
		// movesToBar: a formal move to bar a kind.
		{"move", "FCC moves to block Chinese-made modules from US networks", "", "Quectel", trust.CategoryBan},
		{"move", "Commerce moves to restrict Russian antivirus software", "", "Kaspersky", trust.CategoryBan},
		{"move: lawmakers", "Lawmakers move to ban Chinese drones", "", "", ""},
		// walkedBack, banUndone, courtHaltsRule: reversals.
		{"walk back", "Canada backs off plan to ban Kaspersky", "", "Kaspersky", trust.CategoryReversal},
		{"walk back", "India walks back ban on Chinese apps", "", "TikTok", trust.CategoryReversal},
		{"walk back", "UK shelves Huawei ban", "", "Huawei", trust.CategoryReversal},
		{"walk back: named as written", "Germany drops planned Acme Router ban", "Regulators had said the routers sent data to servers abroad.", "Acme Router", trust.CategoryReversal},
		{"passive", "Hikvision camera ban scrapped by city council", "", "Hikvision", trust.CategoryReversal},
		{"court", "Judge blocks law barring state agencies from Chinese drones", "", "DJI", trust.CategoryReversal},
		{"walk back: a company", "Meta walks back ban on political ads", "", "", ""},
		{"walk back: a platform", "Streaming site reverses Nudity Ban after outcry", "", "", ""},
		{"court: no product", "Court strikes down law requiring age checks for social media", "", "", ""},
		{"walk back: no name", "Texas scraps ban on ride-sharing apps", "", "", ""},
		{"walk back: not tech", "Iowa court halts ban on 6-week Abortion Pills", "", "", ""},
		// classrevClass: a kind tied to a country by control or motive.
		// the Army grounding its own drones: a ban (class10.go)
		{"kind", "Army grounds drones over Chinese espionage concerns", "", "DJI", trust.CategoryBan},
		{"kind", "FCC votes to bar labs owned by Chinese state", "", "labs", trust.CategoryBan},
		// rumouredStep: a listing weighed, not taken.
		{"rumour", "Commerce considers blacklisting Hikvision", "", "", ""},
		{"rumour", "US eyes adding Xiaomi to blacklist", "", "", ""},
		{"rumour: control", "US adds Xiaomi to blacklist", "", "Xiaomi", trust.CategorySanctions},
		// recipientClass: exports to a country's firms.
		{"recipient", "Treasury bars sales of AI chips to Chinese companies", "", "", ""},
	} {
		t.Run(r.name+"/"+r.title, func(t *testing.T) {
			a, ok := expectAlert(t, m, r.title, r.lead, r.vendor, r.category)
			if ok && a.Category == trust.CategoryReversal && a.Severity > trust.SeverityMedium {
				t.Errorf("reversal at severity %v, want at most medium", a.Severity)
			}
		})
	}
}
