package match

import (
	"fmt"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRefusedUndoing: an undoing a title refuses, denies or rules out is
// no event (the hold stands), whoever refuses and whatever hold; the same
// undoing told as done stays a reversal, and "no longer available" stays
// the hold it tells.
func TestRefusedUndoing(t *testing.T) {
	m := defaultMatcher(t)
	actors := []string{"US", "Treasury", "Commerce Department", "India", "FCC"}
	holds := []string{"sanctions on Huawei", "its ban on TikTok", "Entity List restrictions on ZTE", "the ban on Kaspersky software"}
	refusals := []string{"will not lift %s", "won't lift %s", "refuses to lift %s", "rules out lifting %s", "rejects calls to lift %s", "declines to lift %s"}
	done := []string{"lifts %s", "will lift %s"}
	quiet, n := 0, 0
	for _, who := range actors {
		for _, h := range holds {
			for _, r := range refusals {
				title := who + " " + fmt.Sprintf(r, h)
				n++
				if a, ok := m.Match(title, ""); ok && !a.Coverage {
					t.Errorf("%q alerts: %s", title, a.Why())
					continue
				}
				quiet++
			}
			for _, d := range done {
				title := who + " " + fmt.Sprintf(d, h)
				a, ok := m.Match(title, "")
				if !ok || a.Category != trust.CategoryReversal {
					t.Errorf("%q: want a reversal, got %v %q", title, ok, a.Category)
				}
			}
		}
	}
	t.Logf("%d of %d refusals quiet", quiet, n)
	if a, ok := m.Match("Kaspersky's Android apps no longer available on Google Play", ""); !ok || a.Category != trust.CategoryDelisting {
		t.Errorf("no longer available: want a delisting, got %v %q", ok, a.Category)
	}
}
