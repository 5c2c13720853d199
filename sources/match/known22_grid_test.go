package match

import (
	"fmt"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// known22 grid: the names-only tier read in the ways the news spells a
// name and by the names the list gives an entry beside its own. A CA's
// name hyphenated, joined, in either case or with its diacritics
// ("E-Tugra", "Etugra", "e-Tuğra"; "D-Trust", "DTrust"), and an OFAC
// entry's other names ("Unijet", a.k.a. of "Yunidzhet"; "Pooya Digital
// Security", of "ITSec Team"), in known21's distrust and sanction frames
// and look-alikes; a sanction's lead that opens with a known name names
// it, where the lead's first word would be read as capitalised for
// standing first. The cells also run on a matcher without the tier,
// logged.
var (
	known22CAs = []string{"E-Tugra", "e-Tugra", "Etugra", "ETugra", "E-Tuğra", "E-TUGRA", "D-Trust", "DTrust"}
	known22SDN = []string{"Unijet", "Pooya Digital Security", "Trans Logistic", "Yunidzhet"}
	// known22Leads: a sanction whose title writes no name, its lead
	// opening with the listed company.
	known22Leads = []string{
		"%s, a company linked to Yevgeniy Prigozhin, provided aircraft for his operations, the department said.",
		"%s was designated for supporting the Internet Research Agency's influence operations, the Treasury said.",
	}
	known22LeadTitles = []string{
		"Treasury sanctions Russian firm over election interference",
		"US sanctions Russian company tied to troll farm",
	}
)

func TestKnown22Grid(t *testing.T) {
	tiers := knownTiers(t)
	bare := tiers[0].m
	for _, mm := range tiers {
		g, look := newProbeGrid(mm.m), newProbeGrid(mm.m)
		for _, set := range []struct {
			names, frames []string
			cat           trust.Category
		}{{known22CAs, known21Distrust, trust.CategoryDistrust}, {known22SDN, known21Sanction, trust.CategorySanctions}} {
			for _, n := range set.names {
				for i, f := range set.frames {
					g.check(fmt.Sprintf(f, n), "", []string{string(set.cat), fmt.Sprint("frame ", i)}, gridAlerts(set.cat, n), string(set.cat))
				}
				for i, f := range known21Look {
					look.check(fmt.Sprintf(f, n), "", []string{"look-alike", fmt.Sprint("frame ", i)}, gridSilent, "look-alike")
				}
			}
		}
		for _, n := range []string{"Unijet", "Yunidzhet", "Thalestris", "Zorsecurity"} {
			for i, title := range known22LeadTitles {
				for j, lead := range known22Leads {
					g.check(title, fmt.Sprintf(lead, n), []string{"lead", fmt.Sprint("frame ", i, j)}, gridAlerts(trust.CategorySanctions, n), "lead")
				}
			}
		}
		if mm.m == bare {
			t.Logf("%s: %d/%d alerting cells right, look-alikes %d/%d quiet", mm.name, g.right, g.all, look.right, look.all)
			continue
		}
		g.holdWithLookalikes(t, look, "known22 "+mm.name, 0.85)
	}
}

// TestKnownKey: the ways of spelling a name compare as one, and only
// those.
func TestKnownKey(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"E-Tugra", "Etugra", true},
		{"E-Tuğra", "e-tugra", true},
		{"ETUGRA", "E-Tugra's", true},
		{"D-Trust", "DTrust", true},
		{"Tugra", "E-Tugra", false},
		{"Sinbad", "Sinbads", false},
	} {
		if got := knownKey(c.a) == knownKey(c.b); got != c.same {
			t.Errorf("knownKey(%q) == knownKey(%q): %v, want %v", c.a, c.b, got, c.same)
		}
	}
}
