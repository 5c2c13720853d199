package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestReach25BandGrid holds band25, early24Band's reading of an action
// split across the title and the lead sentence, on its two structures (a
// government acting in the title on a description the lead names; a
// payload in the title, the vendor's channel in the lead) and on
// look-alikes built from the same parts: a company acting, a modal, a
// question, a title naming other firms, a policy as the name, a fake or
// a fix in the lead, a lead with no channel, a title with no payload.
// Every event cell is refused with reach25 off, so the grid can fail.
func TestReach25BandGrid(t *testing.T) {
	var right, all int
	check := func(want bool, title, lead, vendor string, c trust.Category, src rescueSource) {
		t.Helper()
		u := unit{ok: true, category: c, vendors: []trust.VendorHit{{Name: vendor, Term: vendor}}, signals: []trust.SignalHit{{Term: "x", Category: c}}}
		all++
		if got := early24Band(title, lead, u, src); got != want {
			t.Errorf("early24Band(%q, %q, %s, %s) = %v, want %v", title, lead, vendor, c, got, want)
			return
		}
		if want {
			reach25Off = true
			got := early24Band(title, lead, u, src)
			reach25Off = false
			if got {
				t.Errorf("early24Band(%q, %q) with reach25 off = true: the cell is not band25's", title, lead)
				return
			}
		}
		right++
	}
	govs := []string{"U.S. Treasury", "Commerce Department", "Pentagon", "Federal agencies", "Lithuania"}
	acts := []struct {
		verb, object string
		c            trust.Category
	}{
		{"sanctions", "crypto mixer accused of laundering $7 billion", trust.CategorySanctions},
		{"bans", "popular home routers over ties to China", trust.CategoryBan},
		{"orders staff to remove", "a smart home platform", trust.CategoryDirective},
	}
	for _, gv := range govs {
		for _, a := range acts {
			for _, vendor := range []string{"Quillfeather Cash", "Tarnwick"} {
				lead := "Officials said the " + gv + " acted against " + vendor + " after a review."
				for _, src := range []rescueSource{rescueLead, rescueLeadName} {
					check(true, gv+" "+a.verb+" "+a.object, lead, vendor, a.c, src)
				}
				// The same parts, no event of the band's.
				check(false, gv+" "+a.verb+" "+a.object, lead, vendor, a.c, rescueTitle) // the title's own candidate: early24's reading
				check(false, "Exchange "+a.verb+" "+a.object, lead, vendor, a.c, rescueLeadName)
				check(false, gv+" may "+strings.TrimSuffix(a.verb, "s")+" "+a.object, lead, vendor, a.c, rescueLeadName)
				check(false, "Why does "+gv+" "+strings.TrimSuffix(a.verb, "s")+" "+a.object+"?", lead, vendor, a.c, rescueLeadName)
				check(false, gv+" "+a.verb+" "+a.object+" after Zorbix chips found in Huawei servers", lead, vendor, a.c, rescueLeadName)
				check(false, gv+" "+a.verb+" "+a.object, lead, "National Security Directive", a.c, rescueLeadName)
			}
		}
	}
	titles := []string{
		"Remote management tool used to push ransomware to hundreds of businesses",
		"FBI: BadBox malware infects millions of consumer devices",
		"Two ad blockers turn malicious after sale to new owners",
		"Popular file manager turned into spyware",
	}
	leads := []string{
		"Attackers abused the %s update mechanism to reach customers.",
		"Cheap streaming boxes come with the %s firmware preinstalled.",
		"Weeks after %s changed hands, the extension began uploading cookies.",
	}
	for _, vendor := range []string{"Quillfeather", "Tarnwick VSA"} {
		for _, title := range titles {
			for _, lead := range leads {
				l := strings.Replace(lead, "%s", vendor, 1)
				check(true, title, l, vendor, trust.CategoryCompromise, rescueLeadName)
				check(true, title, l, vendor, trust.CategoryOSS, rescueTitle)
				// The same parts, no event of the band's.
				check(false, title, l, vendor, trust.CategoryDelisting, rescueLeadName)
			}
			check(false, title, "Attackers phished "+vendor+" employees to steal passwords.", vendor, trust.CategoryCompromise, rescueLeadName)
			check(false, title, "Attackers spread a fake "+vendor+" update to reach customers.", vendor, trust.CategoryCompromise, rescueLeadName)
			check(false, title, "Users are targeted by a malicious version of the "+vendor+" app that acts as spyware.", vendor, trust.CategoryCompromise, rescueLeadName)
			check(false, title, "Criminals pushed typosquat packages that copy "+vendor+" to reach customers.", vendor, trust.CategoryCompromise, rescueLeadName)
			check(false, title, vendor+" released an update to patch the flaw attackers used.", vendor, trust.CategoryCompromise, rescueLeadName)
			check(false, "Fake "+title, "Attackers abused the "+vendor+" update mechanism.", vendor, trust.CategoryCompromise, rescueLeadName)
			check(false, "Hacked accounts: "+title, "Attackers abused the "+vendor+" update mechanism.", vendor, trust.CategoryCompromise, rescueLeadName)
		}
		check(false, "Remote management tool used by hundreds of businesses", "Customers deploy the "+vendor+" update mechanism.", vendor, trust.CategoryCompromise, rescueLeadName)
		check(false, "Popular file manager adds dark mode", "The "+vendor+" update ships next week.", vendor, trust.CategoryCompromise, rescueLeadName)
	}
	t.Logf("reach25 band grid: %d/%d cells right", right, all)
}

// TestReach25CarriedGrid holds reach25Carried, reach24's lead check of a
// vendor's channel carrying something, on channel words beside verbs of
// carrying (or the channel as the sentence's subject) and on the same
// words with the verb a noun, far from the channel, or absent.
func TestReach25CarriedGrid(t *testing.T) {
	var right, all int
	check := func(want bool, lead string) {
		t.Helper()
		all++
		lw := titleWords(lead)
		if got := reach25Carried(lw); got != want {
			t.Errorf("reach25Carried(%q) = %v, want %v", lead, got, want)
			return
		}
		if want {
			reach25Off = true
			got := reach25Carried(lw)
			reach25Off = false
			if got {
				t.Errorf("reach25Carried(%q) with reach25 off = true", lead)
				return
			}
		}
		right++
	}
	for _, ch := range []string{"version 4.0", "update", "release", "package", "installer", "extension"} {
		for _, v := range []string{"contained", "shipped", "carried", "delivered", "injected"} {
			check(true, "The "+ch+" "+v+" a loader that stole passwords.")
			check(true, "The "+ch+", which thousands of users downloaded over the weekend, "+v+" a loader.")
			check(false, "Investigators said thousands of users tried the "+ch+" over the weekend and later "+v+" a loader.")
		}
		for _, v := range []string{"pushed", "published", "shipped"} {
			check(true, "The new owner "+v+" an "+ch+" that sends every URL to a server.")
		}
		check(false, "Sales of the "+ch+" rose after a marketing push.")
		check(false, "Users praised the "+ch+" for its speed.")
		check(false, "Investors cheered the "+ch+" as shares rose and the company sent out a statement.")
	}
	check(false, "Downloads rose after a marketing push.")
	t.Logf("reach25 carried grid: %d/%d cells right", right, all)
}
