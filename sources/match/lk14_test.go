package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLinks14Batch holds links14's own set (testdata/links14.tsv) and logs
// its untouched set (testdata/links14_u.tsv, written before the code and
// never tuned on).
func TestLinks14Batch(t *testing.T) {
	testHeadlines(t, "testdata/links14.tsv", 0.95)
	logBatch(t, "testdata/links14_u.tsv")
}

// TestLk14Shapes holds each structure lk14Alert reads, and its refusals.
func TestLk14Shapes(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		title, lead, vendor string
		cat                 trust.Category
	}{
		{"Report ties Quillstack to Chinese military intelligence", "", "Quillstack", trust.CategoryStateLinks},
		{"Quillstack Technologies has ties to Russian intelligence, FBI says", "", "Quillstack Technologies", trust.CategoryStateLinks},
		{"Pentagon lists Arvoro as Chinese military company", "", "Arvoro", trust.CategorySanctions},
		{"Report links Tenmark Systems to China's Ministry of State Security", "", "Tenmark Systems", trust.CategoryStateLinks},
		{"Arvoro employees worked for Russian intelligence, investigation finds", "", "Arvoro", trust.CategoryStateLinks},
		{"Dutch intelligence warns Hikvision cameras could be used for espionage", "", "Hikvision", trust.CategoryEspionage},
		{"Veltrix is secretly owned by Chinese state, documents show", "", "Veltrix", trust.CategoryStateLinks},
		{"Norbeam was founded by former Russian intelligence officers, Reuters finds", "", "Norbeam", trust.CategoryStateLinks},
		{"Halvex is a front for Iranian intelligence, officials say", "", "Halvex", trust.CategoryStateLinks},
		{"Lawsuit accuses Corvane of spying on users", "", "Corvane", trust.CategoryEspionage},
		{"Arvoro spied for Beijing, regulator says", "", "Arvoro", trust.CategoryStateLinks}, // spying for a state: a tie (named4)
		{"Chinese router maker Skylark Mesh supplies People's Liberation Army, records show", "", "Skylark Mesh", trust.CategoryStateLinks},
		{"Pentagon designates Arvoro a Chinese military company", "", "Arvoro", trust.CategorySanctions},
		{"Arvoro is obliged to cooperate with Chinese intelligence, report says", "", "Arvoro", trust.CategoryStateLinks},
		{"Czech agency says Arvoro is subject to Chinese intelligence law", "", "Arvoro", trust.CategoryStateLinks},
		{"Investigation exposes links between Tenmark Systems and the GRU", "", "Tenmark Systems", trust.CategoryStateLinks},
		{`Arvoro "has ties to Moscow," FBI says`, "", "Arvoro", trust.CategoryStateLinks},
		{"China has access to TikTok user data, former executive says", "", "TikTok", trust.CategoryEspionage},
		// The name only in the lead; the tie only in the lead.
		{"Report ties Chinese camera maker to the PLA", "The report says Arvoro, a Shenzhen-based maker of security cameras, has worked with military units.", "Arvoro", trust.CategoryStateLinks},
		{"FBI warns companies about Duskline", "The bureau says Duskline has ties to China's Ministry of State Security.", "Duskline", trust.CategoryStateLinks},
	} {
		a, ok := m.Match(c.title, c.lead)
		if !ok || a.Coverage || a.Category != c.cat || len(a.Vendors) == 0 || !looseName(a.Vendors[0].Name, c.vendor) {
			t.Errorf("%q: got %v %s %v, want %s %s (%s)", c.title, ok, a.Category, a.VendorNames(), c.cat, c.vendor, a.Why())
		}
	}
	checkSilent(t, m,
		"Arvoro has ties to Chinese military", // a bare claim about an unlisted name
		"Arvoro could have ties to Chinese military, critics say",
		"Arvoro denies ties to Russian intelligence, report says",
		"Lawmakers call for probe into Arvoro ties to Beijing",
		"Former Arvoro engineer charged with spying for China",
		"Arvoro engineer worked for Russian intelligence, prosecutors say",
		"APT28 hackers linked to Russian intelligence, Arvoro says",
		"Hackers tied to China's military exploit Tenmark Systems flaw",
		"Why Arvoro's links to Beijing matter, report says",
		"Arvoro works with the government on smart city project, officials say",
		"Kaspersky links new backdoor to Russian intelligence",
		"Senators question Hikvision over alleged ties to China's military",
		"Spies from Russian intelligence used Kaspersky to hunt for secrets",
		"Sandworm linked to the GRU, Arvoro researchers say",
		"FBI: Volt Typhoon hackers tied to Beijing hid in Hikvision routers",
		"Wealthy Hikvision investor with ties to the GRU jailed",
		"Does Hikvision have ties to Chinese intelligence?",
	)
}
