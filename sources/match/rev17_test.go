package match

import (
	"slices"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRev17 holds real headlines of reversals told beside the hold they
// undo (the reversal wins), and their look-alikes (none, or their own
// category).
func TestRev17(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct {
		title, lead, vendor string
		want                trust.Category // "": no alert
	}{
		// the hold named beside its undoing
		{"UK scraps plan to strip Huawei from broadband networks", "Ministers said the company's kit could stay in fixed-line networks.", "Huawei", trust.CategoryReversal},
		{"UK drops Hikvision from list of banned surveillance suppliers", "The Cabinet Office said the firm's cameras passed a security audit.", "Hikvision", trust.CategoryReversal},
		{"US grants Huawei temporary reprieve from export blacklist", "The Commerce Department issued a 90-day general license letting companies keep doing business with the Chinese telecoms giant.", "Huawei", trust.CategoryReversal},
		{"Pentagon to strike Xiaomi from military blacklist", "The Defense Department agreed to remove the designation after losing in court.", "Xiaomi", trust.CategoryReversal},
		{"Dutch government suspends order seizing control of chipmaker Nexperia", "The Dutch government said on Wednesday it had suspended its order taking control of Chinese-owned chipmaker Nexperia.", "Nexperia", trust.CategoryReversal},
		// silent before
		{"Agriculture Department resumes use of DJI spray drones after waiver", "The department said the waiver covers non-sensitive missions.", "DJI", trust.CategoryReversal},
		{"Indonesia lets TikTok Shop reopen after ban", "The e-commerce service resumed after a tie-up with a local firm.", "TikTok", trust.CategoryReversal},
		{"Interior Department lifts grounding of DJI drones for emergency use", "The department allowed its staff to fly the Chinese-made drones again for wildfire fighting after a review.", "DJI", trust.CategoryReversal},
		// the undoing's look-alikes
		{"US lifts sanctions on former Intellexa executive", "Treasury removed the individual from its list after a petition.", "", ""},
		{"TikTok ban lifted for creators in Indonesia livestream dispute", "The platform restored monetisation features.", "", ""},
		{"Will the US lift sanctions on Huawei?", "", "", ""},
		{"Biden revokes Trump executive orders banning TikTok and WeChat", "", "TikTok", trust.CategoryReversal},
		{"Judge blocks Commerce Department's TikTok ban in suit by creators", "The order stops rules that would have shut the app down.", "TikTok", trust.CategoryReversal},
	}
	for _, tt := range tests {
		a, ok := m.Match(tt.title, tt.lead)
		if tt.want == "" {
			if ok && !a.Coverage && a.Category == trust.CategoryReversal {
				t.Errorf("%q: got a reversal alert %v (%s), want none", tt.title, a.VendorNames(), a.Why())
			}
			continue
		}
		if !ok || a.Coverage || a.Category != tt.want || !slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, tt.vendor) }) {
			t.Errorf("%q: got ok=%v %s %v coverage=%v, want %s naming %s", tt.title, ok, a.Category, a.VendorNames(), a.Coverage, tt.want, tt.vendor)
			continue
		}
		if a.Severity > trust.SeverityMedium {
			t.Errorf("%q: severity %v, want medium at most", tt.title, a.Severity)
		}
	}
}
