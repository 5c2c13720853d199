package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestEarly24BandGrid holds early24Band, the second reading of an item
// under its candidate's bar, on its structures (a government acting on
// the candidate, a store or root program acting on it, the vendor's own
// channel carrying a payload) and on look-alikes built from the same
// parts: the candidate the owner of what is acted on, a modal, a routine
// fix, a company acting, no channel.
func TestEarly24BandGrid(t *testing.T) {
	cell := func(title, vendor string, c trust.Category, src rescueSource) bool {
		u := unit{ok: true, category: c, vendors: []trust.VendorHit{{Name: vendor, Term: vendor}}, signals: []trust.SignalHit{{Term: "x", Category: c}}}
		return early24Band(title, "", u, src)
	}
	var right, all int
	check := func(want bool, title, vendor string, c trust.Category, src rescueSource) {
		all++
		if cell(title, vendor, c, src) == want {
			right++
			return
		}
		t.Errorf("early24Band(%q, %s, %s) = %v, want %v", title, vendor, c, !want, want)
	}
	govs := []string{"Nepal", "Lithuania", "Commerce Department", "Government", "Ministry"}
	verbs := []string{"bans", "bars", "restricts"}
	for _, gv := range govs {
		for _, v := range verbs {
			for _, vendor := range []string{"Temu", "Tuya", "Quillfeather"} {
				check(true, gv+" "+v+" "+vendor+" over data security", vendor, trust.CategoryBan, rescueTitleVendor)
				check(false, gv+" "+v+" "+vendor+"'s behavioral advertising", vendor, trust.CategoryBan, rescueTitleVendor)
				check(false, gv+" may "+strings.TrimSuffix(v, "s")+" "+vendor+" over data security", vendor, trust.CategoryBan, rescueTitleVendor)
				check(false, "Carmaker "+v+" "+vendor+" on company computers", vendor, trust.CategoryBan, rescueTitleVendor)
			}
		}
		check(false, gv+" orders agencies to patch Quillfeather firewalls", "Quillfeather", trust.CategoryDirective, rescueTitle)
		check(false, "Why does "+gv+" ban Temu?", "Temu", trust.CategoryBan, rescueTitle)
	}
	for _, store := range []string{"Apple", "Google", "Mozilla"} {
		for _, vendor := range []string{"Quillfeather", "Tarnwick"} {
			check(true, store+" pulls "+vendor+" apps after security report", vendor, trust.CategoryDelisting, rescueTitle)
			check(false, "Users drop "+vendor+" apps after security report", vendor, trust.CategoryDelisting, rescueTitle)
		}
	}
	for _, ch := range []string{"installer", "update", "npm package", "browser extension", "firmware"} {
		for _, vendor := range []string{"Quillfeather", "Tarnwick"} {
			check(true, vendor+" "+ch+" carried a hidden backdoor", vendor, trust.CategoryCompromise, rescueTitle)
			check(false, vendor+" "+ch+" flaw lets attackers plant a backdoor", vendor, trust.CategoryCompromise, rescueTitle)
			check(false, "Hackers hijacked "+vendor+" firewalls to plant a backdoor", vendor, trust.CategoryCompromise, rescueTitle)
		}
	}
	t.Logf("early24 band grid: %d/%d cells right", right, all)
}
