package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRescueConcernGrid: the rescue's class read by its makers' ties
// (rescue22.go) over a grid of governments × verbs × kinds × ties ×
// states of concern, and look-alikes built from the same parts: a
// trade or a theft instead of a maker's tie, no government, law or
// order acting, no state of concern, no technology. The candidate is
// checked as learnClass names it; the cells through Match are counted
// (the model decides on invented rows), the look-alikes held silent.
func TestRescueConcernGrid(t *testing.T) {
	m := defaultMatcher(t)
	sig := trust.SignalHit{Term: "bars", Category: trust.CategoryBan, Weight: 5}
	class := func(title, lead string) string {
		vs := m.learnClass(headline(titleWords(title)), titleWords(lead), sig, &feats{})
		if len(vs) == 0 {
			return ""
		}
		return vs[0].Class
	}
	type cell struct{ title, lead string }
	var cells, looks []cell
	govs := []string{"Lawmakers", "The government", "Parliament", "Federal regulators"}
	verbs := []string{"bar", "ban", "prohibit"}
	kinds := []string{"inverters", "network equipment", "routers", "grid hardware"}
	ties := []string{"from", "made by companies in", "supplied by firms based in"}
	concerns := []string{"unfriendly countries", "hostile states", "countries of concern", "a foreign adversary", "China", "countries with offensive cyber programmes"}
	for _, g := range govs {
		for _, v := range verbs {
			for _, k := range kinds {
				for _, tie := range ties {
					for _, c := range concerns {
						cells = append(cells, cell{g + " " + v + " " + k + " " + tie + " " + c, ""})
					}
				}
			}
		}
	}
	// In the lead, the title naming the act only.
	for _, k := range kinds {
		for _, c := range concerns {
			cells = append(cells, cell{"New law tightens rules for the power grid", "The legislation bars utilities from installing " + k + " from " + c + "."})
		}
	}
	for _, k := range kinds {
		for _, c := range concerns {
			// A trade, a theft or a shipment: no maker's tie.
			looks = append(looks,
				cell{"Government bars sales of " + k + " to " + c, ""},
				cell{"Government says " + k + " stolen by hackers from " + c, ""},
				cell{"Government ships " + k + " with help from " + c, ""})
			// No government, law or order acting.
			looks = append(looks, cell{"Utilities keep buying " + k + " from " + strings.TrimPrefix(c, "a "), "A report by researchers found the purchases rose last year."})
		}
		// No state of concern.
		for _, c := range []string{"neighbouring countries", "local suppliers", "a new vendor"} {
			looks = append(looks, cell{"Government bars " + k + " from " + c, ""})
		}
	}
	// No technology: a kind the class readers do not know.
	for _, k := range []string{"grain", "timber", "textiles"} {
		looks = append(looks, cell{"Government bars " + k + " from unfriendly countries", ""})
	}
	right := 0
	for _, c := range cells {
		if got := class(c.title, c.lead); got != "" {
			right++
		} else {
			t.Logf("miss: %q | %q", c.title, c.lead)
		}
	}
	for _, c := range looks {
		if got := class(c.title, c.lead); got != "" {
			t.Errorf("look-alike class: %q | %q: got %q", c.title, c.lead, got)
		}
	}
	t.Logf("concern classes: %d of %d right, %d look-alikes", right, len(cells), len(looks))
	if right < len(cells)*9/10 {
		t.Errorf("concern classes: %d of %d right, want 90%%", right, len(cells))
	}
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, c := range cells {
		g.check(c.title, c.lead, nil, func(a trust.Alert, ok bool) bool { return ok && !a.Coverage })
	}
	for _, c := range looks {
		look.check(c.title, c.lead, []string{"look"}, func(a trust.Alert, ok bool) bool {
			// Only the rescue's class is this file's: the rules' alerts
			// on these cells are logged.
			if ok && !a.Coverage && !strings.HasPrefix(a.Signals[len(a.Signals)-1].Term, "learned") {
				t.Logf("known look-alike alerting (rules): %q -> %v", c.title, a.VendorNames())
				return true
			}
			return gridSilent(a, ok)
		})
	}
	g.holdWithLookalikes(t, look, "concern cells through Match", 0)
}
