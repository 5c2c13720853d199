package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRankPlaceName: which alert names rerank reads as a place (a
// smaller margin) and which not: a maker's name that holds a place in
// three words or more, a registry vendor and a plain name are not.
func TestRankPlaceName(t *testing.T) {
	for _, c := range []struct {
		v    trust.VendorHit
		want bool
	}{
		{trust.VendorHit{Name: "Polish", Unlisted: true}, true},
		{trust.VendorHit{Name: "Southeast Asia", Unlisted: true}, true},
		{trust.VendorHit{Name: "Taiwan Brontel", Unlisted: true}, true},
		{trust.VendorHit{Name: "United Arab", Unlisted: true}, true},
		{trust.VendorHit{Name: "Kazakhstan's", Unlisted: true}, true},
		{trust.VendorHit{Name: "Vietnam Government Certification Authority", Unlisted: true}, false},
		{trust.VendorHit{Name: "Chinese solar inverters", Unlisted: true}, false},
		{trust.VendorHit{Name: "China Mobile"}, false},
		{trust.VendorHit{Name: "Muslim Pro", Unlisted: true}, false},
		{trust.VendorHit{Name: "Hong Kong", Unlisted: true}, false},
		{trust.VendorHit{Name: "Kong Gateway", Unlisted: true}, false},
		{trust.VendorHit{Name: "Zorvane", Unlisted: true}, false},
	} {
		if got := rankPlaceName(c.v); got != c.want {
			t.Errorf("rankPlaceName(%+v) = %v, want %v", c.v, got, c.want)
		}
	}
}

// rank19Grid is a grid of alerts the rules name by a place or a people
// ("Polish", "Southeast Asia") where the lead names the maker; other is
// the alert's name, want the maker. Names are invented.
func rank19Grid() (cells []struct{ title, lead, want, other string }) {
	makers := []string{"Zorvane", "Kelmort Rail", "Pravik K5", "Quellbright"}
	places := []string{"Polish", "Tibetan", "Southeast Asia", "Brazilian", "Korean"}
	shapes := []struct{ title, lead string }{
		{"%[1]s trains were rigged by their maker to break down after rival repairs", "Hackers hired by a %[1]s operator found code in %[2]s trains that locked them when serviced elsewhere."},
		{"Malware found preinstalled on cheap phones sold in %[1]s", "%[2]s smartphones sold in %[1]s came preinstalled with a trojan that signs users up for premium services, researchers said."},
		{"%[1]s translation software trojanized in supply chain attack", "Attackers compromised the developer of %[2]s software and served trojanized installers from its site."},
	}
	for _, mk := range makers {
		for _, p := range places {
			for _, sh := range shapes {
				cells = append(cells, struct{ title, lead, want, other string }{
					fmt.Sprintf(sh.title, p, mk), fmt.Sprintf(sh.lead, p, mk), mk, p})
			}
		}
	}
	return cells
}

// TestRankPlaceGrid: rerank renames most of the grid's alerts named by a
// place to the lead's maker; an alert naming the maker stays.
func TestRankPlaceGrid(t *testing.T) {
	m := defaultMatcher(t)
	cells := rank19Grid()
	renamed := 0
	for _, c := range cells {
		a := trust.Alert{Vendors: []trust.VendorHit{{Name: c.other, Term: c.other, Unlisted: true}}, Category: trust.CategoryCompromise}
		m.rerank(c.title, c.lead, &a)
		if strings.EqualFold(a.Vendors[0].Name, c.want) {
			renamed++
		}
		b := trust.Alert{Vendors: []trust.VendorHit{{Name: c.want, Term: c.want, Unlisted: true}}, Category: trust.CategoryCompromise}
		m.rerank(c.title, c.lead, &b)
		if b.Vendors[0].Name != c.want {
			t.Errorf("%q — %q: the maker's alert renamed to %q", c.title, c.lead, b.Vendors[0].Name)
		}
	}
	t.Logf("renamed %d of %d place-named alerts to the maker", renamed, len(cells))
	if renamed*4 < len(cells)*3 {
		t.Errorf("renamed %d of %d place-named alerts to the maker, want three quarters", renamed, len(cells))
	}
}

// TestRankPlaceLookalikes: the same place-named alerts where the lead
// names no maker, only a reporter, a researcher's firm or the acting
// government: rerank never renames to one of them.
func TestRankPlaceLookalikes(t *testing.T) {
	m := defaultMatcher(t)
	places := []string{"Polish", "Tibetan", "Southeast Asia", "Brazilian", "Korean"}
	actors := []string{"Reuters", "ESET", "the Ministry of Digital Affairs", "Kaspersky researchers", "the Commerce Department"}
	shapes := []struct{ title, lead string }{
		{"%[1]s trains were rigged to break down after rival repairs", "The trains locked themselves when serviced elsewhere, according to %[2]s."},
		{"Malware found preinstalled on cheap phones sold in %[1]s", "%[2]s found that the phones came preinstalled with a trojan that signs users up for premium services."},
		{"%[1]s translation software trojanized in supply chain attack", "Installers served from the developer's site carried a backdoor, %[2]s said on Tuesday."},
	}
	for _, p := range places {
		for _, ac := range actors {
			for _, sh := range shapes {
				title, lead := fmt.Sprintf(sh.title, p, ac), fmt.Sprintf(sh.lead, p, ac)
				lead = strings.ToUpper(lead[:1]) + lead[1:]
				a := trust.Alert{Vendors: []trust.VendorHit{{Name: p, Term: p, Unlisted: true}}, Category: trust.CategoryCompromise}
				m.rerank(title, lead, &a)
				got := strings.ToLower(a.Vendors[0].Name)
				for _, w := range strings.Fields(strings.TrimPrefix(strings.ToLower(ac), "the ")) {
					if len(w) > 3 && strings.Contains(got, w) {
						t.Errorf("%q — %q: renamed %q to %q", title, lead, p, a.Vendors[0].Name)
						break
					}
				}
			}
		}
	}
}
