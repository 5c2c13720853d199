package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// name23Junk are words a headline capitalises that name no maker, by
// kind: places, peoples, bodies, kinds' acronyms and a Title Case
// title's structure.
var name23Junk = map[string][]string{
	"place":  {"Shenzhen", "Milan", "Ohio", "Xinjiang"},
	"people": {"Muslim", "Uighur", "Kurdish"},
	"body":   {"CDC", "NDAA"},
	"kind":   {"UV", "QR", "DLL", "OLT", "MVNO"},
}

// name23Vendors are invented makers the registry does not hold.
var name23Vendors = []string{"Varnholt", "Kestrel Ridge", "Ombrix"}

// name23Cells are the grid's shapes: the junk word {J} where the rules
// take a name (the title's only capitalised word, or the lead's beside
// the maker), the maker {V} in the lead.
var name23Cells = []struct{ pos, title, lead string }{
	{"title-adjective", "{J} app update laced with spyware, researchers find",
		"A version of the {V} app pushed through its own update system carried code that uploaded contacts."},
	{"title-object", "Seven intentional backdoors claimed in {J} gear sold by Chinese vendor",
		"Researchers published hard-coded telnet credentials across 29 models from {V}, some resold under other brands."},
	{"lead-beside", "Printer maker shipped malware with its official drivers for months",
		"{V}, a {J} maker of label printers, distributed software packages on its official download site that contained a backdoor, researchers found."},
	{"lead-first", "Google boots apps with data-harvesting code tied to US defense contractor",
		"Apps including {J} prayer and weather tools were removed from Google Play after researchers found an SDK from {V} that could collect phone numbers."},
}

// TestName23Grid holds the ranker's choice of a maker over a word that
// names none: each junk kind in each shape beside each invented maker
// must alert naming the maker and never the junk word. Before the
// non-maker margin (name23.go) the rules named the junk word in most of
// these cells.
func TestName23Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for kind, js := range name23Junk {
		for _, j := range js {
			for _, c := range name23Cells {
				for _, v := range name23Vendors {
					title := strings.ReplaceAll(strings.ReplaceAll(c.title, "{J}", j), "{V}", v)
					lead := strings.ReplaceAll(strings.ReplaceAll(c.lead, "{J}", j), "{V}", v)
					g.check(title, lead, []string{kind, c.pos}, name23Right(v, j), kind, c.pos)
				}
			}
		}
	}
	// A Title Case title's preposition.
	for _, j := range []string{"Through", "Across", "Via"} {
		for _, v := range name23Vendors {
			g.check("Supply Chain Attack Pushes Backdoor "+j+" Software Update",
				"Attackers compromised the update server of "+v+" and pushed a backdoored version to its customers.",
				[]string{"structure", "titlecase"}, name23Right(v, j), "structure", "titlecase")
		}
	}
	g.stat.log(t, "%s: %d/%d")
	writeFails(t, "NAME23_GRID", g.fails)
	for _, f := range g.fails {
		t.Logf("miss: %s", f)
	}
	g.stat.hold(t, map[string]float64{"place": 0.6, "people": 0.6, "body": 0.6, "kind": 0.6, "structure": 0.6})
}

// name23Right judges a cell right when it alerts naming v and not j.
func name23Right(v, j string) func(trust.Alert, bool) bool {
	return func(a trust.Alert, ok bool) bool {
		if !ok || a.Coverage || !namesLoosely(a, v) {
			return false
		}
		for _, n := range a.VendorNames() {
			if strings.Contains(strings.ToLower(n), strings.ToLower(j)) {
				return false
			}
		}
		return true
	}
}
