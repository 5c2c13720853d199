package match

import "testing"

// TestPr11Headlines holds the matcher to testdata/pr11.tsv: the
// look-alikes pr11.go refuses, beside the real events of the same vendors
// and verbs that must stay right.
func TestPr11Headlines(t *testing.T) {
	testHeadlinesFP(t, "testdata/pr11.tsv", 0.9, 0)
	logBatch(t, "testdata/pr11.tsv")
}

// TestPr11Untouched holds the matcher to testdata/pr11_u.tsv, written
// before any change: 9/12 events right and 4/36 look-alikes alerting at
// the start, 9/12 and 2/36 at the end (the two courts upholding a ban
// still alert; see pr11.go).
func TestPr11Untouched(t *testing.T) {
	testHeadlinesFP(t, "testdata/pr11_u.tsv", 0.75, 0.06)
	logBatch(t, "testdata/pr11_u.tsv")
}

// TestPr11After pins pr11After's refusals and what each leaves alone.
func TestPr11After(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		title, lead string
		alert       bool // an alert that is not coverage
	}{
		// a ban struck down is a reversal, untouched by the refusals
		{"Judge blocks Montana's TikTok ban", "The court said the law likely violates the First Amendment.", true},
		// fake copies of a brand; the brand's own apps removed stay
		{"Regulator orders Apple and Google to remove fake banking apps", "", false},
		{"Google removes clone Telegram apps that stole messages", "", false},
		{"Apple removes Kaspersky apps from App Store", "", true},
		// a bill only introduced; one passed by a chamber stays
		{"Senator introduces bill to ban DeepSeek on government devices", "", false},
		{"Senate passes bill to ban DeepSeek on government devices", "", true},
		// trade with no security motive; security beside it stays
		{"India bans import of Chinese drones to boost local manufacturing", "", false},
		{"India bans import of Chinese drones over security concerns", "", true},
		// a vendor's sales to a country curbed or freed; sales to a vendor cut
		{"US restricts Nvidia AI chip sales to China", "", false},
		{"Trump lifts ban on Nvidia H20 chip sales to China", "", false},
		{"US curbs chip exports to Huawei", "", true},
		{"US lifts export curbs on chipmaker SMIC", "", true},
		// content or speech with no trust motive; a security motive beside it stays
		{"Regulator orders halt to Shopee livestream sales over content violations", "", false},
		{"Apple removes protest app from Hong Kong App Store after police complaint", "", false},
		{"Regulator orders TikTok removed over content and data security concerns", "", true},
		// advice after a colon is coverage; news after a colon stays
		{"Chrome distrust deadline: what Entrust customers need to do", "", false},
		{"Entrust distrusted: Chrome to block certificates from November", "", true},
	} {
		a, ok := m.Match(c.title, c.lead)
		if got := ok && !a.Coverage; got != c.alert {
			t.Errorf("%q: alert %v (%s %v), want %v", c.title, got, a.Category, a.VendorNames(), c.alert)
		}
	}
}
