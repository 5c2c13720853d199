package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of a name outside the registry as the subject of
// sanctions (quiet15's experiencer forms) with a clause giving the
// reason after the form ("over ransomware hosting", "for hosting
// ransomware operators": qt15Reason) and a lead that calls the subject a
// business after a reporting clause ("Treasury's OFAC said the Russian
// hosting company ...": sn16PastSaid). Cells differ in one axis at a
// time.

var rs19Forms = []string{
	"{N} hit with US sanctions{R}",
	"{N} slapped with US sanctions{R}",
	"{N} hit with US, UK and Australia sanctions{R}",
}

var rs19Reasons = []struct{ kind, text string }{
	{"none", ""},
	{"over-crime", " over ransomware hosting"},
	{"for-crime", " for hosting ransomware operators"},
	{"over-plain", " over bulletproof hosting"},
}

var rs19Leads = []struct{ kind, text string }{
	{"none", ""},
	{"subject", "The Russian hosting company kept servers online for ransomware operators."},
	{"said", "Treasury's OFAC said the Russian hosting company kept servers online for ransomware operators."},
	{"officials-say", "US officials say the bulletproof hosting provider served ransomware gangs."},
}

var rs19Names = []struct {
	shape, written string
	business       bool // the name's own words call it a business
}{
	{"suffix", "Tenmark Systems", true},
	{"group", "Arvoro Group", false},
}

// TestReason19Grid holds the cells a word calls a business (the name's
// suffix or the lead) to a sanctions alert naming it; a bare "Group"
// with no lead is ambiguous (a gang as often) and only counted.
func TestReason19Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, ambiguous := newProbeGrid(m), newProbeGrid(m)
	for _, f := range rs19Forms {
		for _, r := range rs19Reasons {
			for _, l := range rs19Leads {
				for _, n := range rs19Names {
					title := strings.NewReplacer("{N}", n.written, "{R}", r.text).Replace(f)
					right := gridAlerts(trust.CategorySanctions, n.written)
					if !n.business && l.kind == "none" {
						ambiguous.check(title, l.text, nil, right)
						continue
					}
					axes := []string{"form=" + f, "reason=" + r.kind, "lead=" + l.kind, "name=" + n.shape}
					g.check(title, l.text, axes, right, axes...)
				}
			}
		}
	}
	g.holdExpected(t, ambiguous, "RS19_GRID", 1)
}

// rs19Lookalikes are the grid's parts on what is no vendor: a gang, a
// person, a hacking group the lead names as such after its reporting
// clause, malware; silent.
var rs19Lookalikes = [][2]string{
	{"Evil Corp hit with US sanctions over ransomware attacks", "Treasury said the Russian hacking crew stole more than $100 million."},
	{"Arvoro Group hit with US sanctions over ransomware attacks", "US officials said the hacking group extorted hospitals."},
	{"Arvoro Group slapped with US sanctions for ransomware hosting", "Officials said the gang rented servers to other criminals."},
	{"LockBit operators hit with US sanctions over ransomware", ""},
	{"Tenmark Systems founder hit with US sanctions over ransomware hosting", "The Treasury said the Russian national ran the hosting company."},
	{"Russian national hit with US sanctions for hosting ransomware operators", ""},
	{"Trickbot hit with US sanctions over ransomware attacks", "Officials said the malware infected a million computers."},
	{"Arvoro Group hit with US sanctions? Not yet, officials say", "The Russian hosting company served ransomware gangs."},
}

// TestReason19Lookalikes holds the look-alikes silent.
func TestReason19Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, l := range rs19Lookalikes {
		t.Run(l[0], func(t *testing.T) { expectAlert(t, m, l[0], l[1], "") })
	}
}
