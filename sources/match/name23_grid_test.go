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
	g.stat.hold(t, map[string]float64{"place": 0.7, "people": 0.7, "body": 0.9, "kind": 0.9, "structure": 0.9, "lead-first": 0.9})
}

// name23Right judges a cell right when it alerts naming v and not j.
func name23Right(v, j string) func(trust.Alert, bool) bool {
	return func(a trust.Alert, ok bool) bool {
		if !ok || a.Coverage || !namesLoosely(a, v) {
			return false
		}
		for _, n := range a.VendorNames() {
			for w := range strings.FieldsSeq(n) {
				if strings.EqualFold(w, j) {
					return false
				}
			}
		}
		return true
	}
}

// TestName23Lookalikes holds the grid's parts where the rules already
// name the maker or nothing: the junk word beside a named maker must
// not take its place, a maker whose name opens with a place keeps it,
// and the same words with no event stay silent.
func TestName23Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for kind, js := range name23Junk {
		for _, j := range js {
			for _, v := range name23Vendors {
				r := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "{J}", j), "{V}", v) }
				g.check(r("{V} app update laced with spyware, researchers find"),
					r("A version of the {V} app, popular with {J} users, pushed through its own update system carried code that uploaded contacts."),
					[]string{kind, "named-beside"}, name23Right(v, j), kind, "named-beside")
				g.check(r("Backdoor found in {V} routers sold across {J}"),
					r("Researchers found hard-coded credentials in the firmware of {V} routers."),
					[]string{kind, "named-object"}, name23Right(v, j), kind, "named-object")
				look.check(r("{J} app update adds dark mode and faster sync"),
					r("{V} said the update for its {J} app ships this week."),
					[]string{kind, "silent"}, gridSilent, kind, "silent")
			}
		}
	}
	// A maker whose name opens with a place's word.
	for _, p := range []string{"Shenzhen", "Milan", "Ohio"} {
		for _, v := range name23Vendors {
			n := p + " " + v
			g.check(n+" app update laced with spyware, researchers find",
				"A version of the "+n+" app pushed through its own update system carried code that uploaded contacts.",
				[]string{"place-head"}, gridAlerts(trust.CategoryCompromise, n), "place-head")
		}
	}
	g.stat.log(t, "%s: %d/%d")
	g.holdWithLookalikes(t, look, "name23 look-alikes", 0.95)
}

// TestNonMakerName holds the test for a name that names no maker to its
// kinds, and to the makers' names built from the same words.
func TestNonMakerName(t *testing.T) {
	it := &rankItem{tw: titleWords("Enterprise password manager hijacked"), lw: titleWords("The maker of the enterprise password manager Passwordstate said so.")}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Milan", true}, {"San Francisco", true}, {"Uighurs", true}, {"Second Chinese", true},
		{"CDC", true}, {"ED 26-01", true}, {"UV", true}, {"MVNO", true}, {"Through", true},
		{"Enterprise", true}, {"Shenzhen", true}, {"Nationals", true},
		{"Shenzhen Adups", false}, {"Western Digital", false}, {"Passwordstate", false},
		{"3CX", false}, {"Varnholt", false}, {"Kestrel Ridge", false}, {"Milan Varnholt", false},
	} {
		if got := nonMakerName(it, c.name); got != c.want {
			t.Errorf("nonMakerName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
