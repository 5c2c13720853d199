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
	// band24.go: the look-alikes' forms the band let through, held out,
	// built from the same parts as the events that must still alert.
	for _, gv := range govs {
		for _, vendor := range []string{"TikTok", "Quillfeather"} {
			check(false, gv+" bans "+vendor+" accounts of state agencies from posting ads", vendor, trust.CategoryBan, rescueTitleVendor)
			check(false, gv+" bars "+vendor+" channels of public bodies", vendor, trust.CategoryBan, rescueTitleVendor)
			check(false, gv+" tells ministries to update "+vendor+" clients", vendor, trust.CategoryDirective, rescueTitleVendor)
			check(false, gv+" orders agencies to upgrade "+vendor+" software", vendor, trust.CategoryDirective, rescueTitle)
			check(true, gv+" bans "+vendor+" on state devices", vendor, trust.CategoryBan, rescueTitleVendor)
			check(true, gv+" orders agencies to remove "+vendor+" software", vendor, trust.CategoryDirective, rescueTitle)
		}
	}
	for _, name := range []string{"Social Design", "Tarnwick Media"} {
		check(false, "Treasury targets Russian disinformation firms "+name+" Agency and Structura", name, trust.CategorySanctions, rescueTitleName)
		check(false, "Treasury sanctions Russian propaganda firm "+name, name, trust.CategorySanctions, rescueTitleName)
		check(true, "Treasury sanctions Chinese drone maker "+name, name, trust.CategorySanctions, rescueTitleName)
	}
	for _, name := range []string{"WikiLeaks Dump", "Quillfeather Files", "Tarnwick Papers"} {
		check(false, "Spy agency warns "+name+" designed to damage US intelligence", name, trust.CategoryEspionage, rescueTitle)
	}
	check(true, "Spy agency bars Quillfeather phones over espionage", "Quillfeather", trust.CategoryEspionage, rescueTitle)
	for _, vendor := range []string{"YouTube", "KeePass", "Quillfeather"} {
		check(false, "Someone is tricking Chinese "+vendor+" users with a spyware version of the Tor Browser", vendor, trust.CategoryCompromise, rescueTitle)
		check(false, "Hackers using rogue versions of "+vendor+" software to distribute RAT malware", vendor, trust.CategoryCompromise, rescueTitleVendor)
		check(false, "Spoofed "+vendor+" installer drops spyware", vendor, trust.CategoryCompromise, rescueTitle)
		check(true, vendor+" says hijacked update pushed spyware versions of its app", vendor, trust.CategoryCompromise, rescueTitle)
		check(true, vendor+" installer shipped with malware for months", vendor, trust.CategoryCompromise, rescueTitle)
	}
	t.Logf("early24 band grid: %d/%d cells right", right, all)
}

// TestBand24Off: band24's cells above are its own: with its readers off,
// the band lets each look-alike form through (the grid can fail).
func TestBand24Off(t *testing.T) {
	u := func(vendor string, c trust.Category) unit {
		return unit{ok: true, category: c, vendors: []trust.VendorHit{{Name: vendor, Term: vendor}}, signals: []trust.SignalHit{{Term: "x", Category: c}}}
	}
	for _, c := range []struct {
		title, vendor string
		cat           trust.Category
		src           rescueSource
	}{
		{"Government bans TikTok accounts of state agencies from posting ads", "TikTok", trust.CategoryBan, rescueTitleVendor},
		{"Government tells ministries to update Zoom clients", "Zoom", trust.CategoryDirective, rescueTitleVendor},
		{"Treasury targets Russian disinformation firms Social Design Agency and Structura", "Social Design", trust.CategorySanctions, rescueTitleName},
		{"Hackers using rogue versions of KeePass software to distribute RAT malware", "KeePass", trust.CategoryCompromise, rescueTitleVendor},
	} {
		band24Off = true
		before := early24Band(c.title, "", u(c.vendor, c.cat), c.src)
		band24Off = false
		if !before || early24Band(c.title, "", u(c.vendor, c.cat), c.src) {
			t.Errorf("%q: band before band24 %v (want true), after it %v (want false)", c.title, before, !before)
		}
	}
}
