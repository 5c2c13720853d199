package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestDl14Batch holds delist14's own set to its floor and logs its
// untouched set (written before any change, never tuned on).
func TestDl14Batch(t *testing.T) {
	testHeadlines(t, "testdata/delist14.tsv", dl14Floor)
	logBatch(t, "testdata/delist14_u.tsv")
}

// dl14Floor is TestDl14Batch's floor on the strict share.
const dl14Floor = 0.9

// TestDl14Partners holds a partner ending its dealings with a vendor
// over a motive of trust as a delisting, whoever the partner is; with no
// motive (a sponsor, a club) the tie cut is no event.
func TestDl14Partners(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"cuts ties", "Qualcomm cuts ties with Tenmark Systems over spying fears", "", "Tenmark Systems", trust.CategoryDelisting},
		{"stops supplying", "Intel stops supplying Tenmark Systems over security concerns", "", "Tenmark Systems", trust.CategoryDelisting},
		{"ends partnership", "Microsoft ends partnership with Arvoro over security concerns", "", "Arvoro", trust.CategoryDelisting},
	})
	checkSilent(t, m,
		"Huawei cuts ties with sponsor after scandal",
		"Tencent cuts ties with football club after fan row",
		"Quillstack ends partnership with Arvoro to focus on cloud",
		"Intel stops supplying Tenmark Systems as contract ends")
}
