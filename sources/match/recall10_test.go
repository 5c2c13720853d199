package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRecall10Batch holds the matcher to testdata/recall10.tsv: named
// vendors' events the backdoor10 and reversal shapes missed for want of
// a word, against their look-alikes. recall10_u.tsv, written before any
// change and never tuned on, is the honest figure; it is logged, not held.
func TestRecall10Batch(t *testing.T) {
	testHeadlines(t, "testdata/recall10.tsv", recall10Floor)
	logBatch(t, "testdata/recall10_u.tsv")
}

// recall10Floor is TestRecall10Batch's floor on the strict share.
const recall10Floor = 0.90

// TestRecall10Shapes holds each reading of recall10.go to a variant and
// its look-alikes.
func TestRecall10Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"compound", "Doogee tablets ship with ad-clicking malware", "Researchers found the malware in the firmware of Doogee tablets.", "Doogee", trust.CategoryCompromise},
		{"unauthorised", "Zyxel finds unauthorised code in its NAS firmware", "", "Zyxel", trust.CategoryCompromise},
		{"own subject", "Tenda left a secret backdoor in its routers", "", "Tenda", trust.CategoryCompromise},
		{"hold of", "Pakistan lifts suspension of Tinder", "The regulator restored the dating app after it agreed to moderate content.", "Tinder", trust.CategoryReversal},
		{"lead hold", "TikTok returns to Apple's App Store", "The app is back after it was removed under the federal ban law.", "TikTok", trust.CategoryReversal},
	})
	for _, r := range []struct{ title, lead string }{
		{"Court lifts suspension of Navalny", "The opposition leader was released on appeal."},
		{"TikTok returns to the App Store top chart", "The app passed rivals after a viral trend."},
		{"Malware ships with anti-virus apps", ""},
		{"Researchers left a backdoor in their demo routers", "The team built the devices to show an attack."},
	} {
		expectAlerted(t, m, r.title, r.lead, false)
	}
}
