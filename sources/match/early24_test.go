package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestEarly24ExitGrid holds the rescue's turn on items the rules' early
// exit ends (a title with no word of the lexicon, no registry vendor
// anywhere): a lead sentence telling a vendor's channel turned or a
// store's removal alerts, whatever the title's wording; the same titles
// beside leads of routine work (a fix, a flaw, a sale) stay silent. With
// early24 off, no news cell alerts: the grid needs the path.
func TestEarly24ExitGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	titles := []string{
		"Operation Quietgate: how a PC maker's own updater became the delivery vehicle",
		"A trusted tool turned against its own users",
		"Brellix wipes Quillfeather apps from its store",
		"Stonebridge wipes Quillfeather apps from its marketplace",
	}
	type lead struct{ text, vendor string }
	news := []lead{
		{"Attackers hijacked Quillfeather's Live Update utility and used the company's servers and a valid certificate to push a backdoor to an estimated 500,000 Windows machines.", "Quillfeather"},
		{"The Chinese developer's apps, including QF File Manager, were removed after an investigation into ad fraud and data collection.", "Quillfeather"},
	}
	routine := []string{
		"Quillfeather patched a flaw in its update server that researchers reported in March.",
		"Tarnwick Software released a new version of its installer with faster downloads.",
		"Brellix said it would sell its Live Update business to a private equity firm.",
	}
	count := 0
	for _, title := range titles {
		for _, l := range news {
			if _, ok := m.Match(title, l.text); !ok {
				early24Off = true
				_, off := m.Match(title, l.text)
				early24Off = false
				if off {
					t.Errorf("early24 off alerts: %q — %q", title, l.text)
				}
			}
			if g.check(title, l.text, []string{"lead", l.vendor}, func(a trust.Alert, ok bool) bool { return ok && !a.Coverage && namesLoosely(a, l.vendor) }) {
				early24Off = true
				if _, ok := m.Match(title, l.text); !ok {
					count++
				}
				early24Off = false
			}
		}
		for _, r := range routine {
			look.check(title, r, []string{"routine"}, gridSilent)
		}
	}
	g.holdWithLookalikes(t, look, "early24 exit grid", 0.6) // 5/8: the model decides; the store cells whose lead names only a product miss
	t.Logf("early24 exit grid: %d news cells alert only through early24", count)
	if count < 3 {
		t.Errorf("%d news cells need early24, want at least 3: the grid no longer tests it", count)
	}
}

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
