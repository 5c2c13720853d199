package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRescueLeadGovGrid: a ban, directive or sanction whose vendor only
// the lead sentence names, the title naming no government, is held when
// the lead names the government acting before the vendor (silent22.go).
// The grid is names × titles the model is sure of × leads with a
// government acting; the look-alikes are the same titles and names with
// a company, a newspaper or a bank acting, a government named only after
// the vendor, or a title denying the act. rescueHeldText is held to
// every cell; the cells through Match are counted (the model decides on
// invented rows), the look-alikes held silent.
func TestRescueLeadGovGrid(t *testing.T) {
	m := defaultMatcher(t)
	names := []string{"Zorbchat", "Quillmix Networks", "Tovrika"}
	titles := []string{
		"118 more apps blocked as crackdown widens",
		"Russian bulletproof hosting provider sanctioned over ransomware ties",
	}
	govLeads := []string{
		"The IT ministry said {N} and the other apps were engaged in activities prejudicial to the security of the state.",
		"Italy's government used its powers to block a supply agreement with {N} for core network equipment.",
		"India's Department of Telecommunications ordered operators to stop using {N} equipment.",
		"Lawmakers voted to bar {N} from government devices, citing espionage risks.",
	}
	lookLeads := []string{
		"The newspaper said {N} and other apps were barred from staff phones.",
		"{N}, the company said, was blocked after a warning from the ministry.",
		"Staff at the bank were told to delete {N}, according to an internal memo seen by the government.",
		"A retailer said {N} would be pulled from its shelves after the regulator asked questions.",
	}
	held := func(title, lead, name string, c trust.Category) bool {
		return rescueHeldText(rescueLeadName, c, title, lead, []trust.VendorHit{{Name: name, Term: name}})
	}
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, n := range names {
		for _, ti := range titles {
			for _, c := range []trust.Category{trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective} {
				for _, l := range govLeads {
					l := strings.ReplaceAll(l, "{N}", n)
					if !held(ti, l, n, c) {
						t.Errorf("%q | %q: %s of %s refused", ti, l, c, n)
					}
					// A title denying the act, whatever the lead says.
					if d := "Ministry denies " + strings.ToLower(ti[:1]) + ti[1:]; held(d, l, n, c) {
						t.Errorf("%q | %q: %s of %s held", d, l, c, n)
					}
				}
				// A measure the lead sentence writes first is no name.
				if l := "Lawmakers voted to bar makers from accessing farms above 100 kW."; held(ti, l, "100 kW", c) {
					t.Errorf("%q | %q: %s of 100 kW held", ti, l, c)
				}
				for _, l := range lookLeads {
					l := strings.ReplaceAll(l, "{N}", n)
					if held(ti, l, n, c) {
						t.Errorf("%q | %q: %s of %s held", ti, l, c, n)
					}
				}
			}
			for _, l := range govLeads {
				l := strings.ReplaceAll(l, "{N}", n)
				g.check(ti, l, []string{n}, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && namesLoosely(a, n) &&
						(a.Category == trust.CategoryBan || a.Category == trust.CategorySanctions || a.Category == trust.CategoryDirective)
				})
			}
			for _, l := range []string{lookLeads[0], lookLeads[3]} {
				l := strings.ReplaceAll(l, "{N}", n)
				look.check(ti, l, []string{n}, gridSilent)
			}
		}
	}
	// The class-level shape: a title with no government, the lead's.
	for _, c := range []struct{ title, lead string }{
		{"118 more apps blocked as crackdown widens", "The newspaper said Zorbchat and other apps were barred from staff phones."},
		{"Popular messaging app banned on official phones", "The newspaper said Zorbchat and other apps were barred from staff phones."},
	} {
		look.check(c.title, c.lead, []string{"company"}, gridSilent)
	}
	// 15 of the 24 cells reach the rescue's bar on today's model.
	g.holdWithLookalikes(t, look, "lead government", 0.5)
}

// TestRescueCompanyNameGrid: a sentence-case title's name followed by a
// company's word ("Arvoro Group") or after its home ("Beijing-based
// Arvoro", "China's Arvoro") is the title's candidate at its bar
// (rescueTitle); the same name with a word that is no company's or no
// place's, or none, stays a name only its capital confirms
// (rescueTitleName).
func TestRescueCompanyNameGrid(t *testing.T) {
	m := defaultMatcher(t)
	f := &feats{}
	for _, n := range []string{"Arvoro", "Quillmix", "Zentrik"} {
		for _, c := range []struct {
			title string
			want  rescueSource
		}{
			{"Pentagon adds " + n + " Group to Chinese military companies list", rescueTitle},
			{"Pentagon adds " + n + " Technologies to Chinese military companies list", rescueTitle},
			{"U.S. sanctions Beijing-based " + n + " Holdings for its role in botnet", rescueTitle},
			{"Pentagon adds " + n + " to Chinese military companies list", rescueTitleName},
			{"Pentagon adds " + n + " drones to Chinese military companies list", rescueTitleName},
			// Its home before it.
			{"U.S. sanctions Beijing-based " + n + " for its role in botnet", rescueTitle},
			{"U.S. sanctions China's " + n + " for its role in botnet", rescueTitle},
			{"U.S. sanctions " + n + " for its role in botnet", rescueTitleName},
			{"U.S. sanctions partner's " + n + " for its role in botnet", rescueTitleName},
		} {
			lead := "The company makes cellular modules used in cars."
			sig, ok := m.learnFeatures(c.title, lead, f, true)
			if !ok {
				t.Errorf("%q: no signal", c.title)
				continue
			}
			vs, src, ok := m.rescueCandidate(c.title, lead, sig, f)
			if !ok || !strings.HasPrefix(vs[0].Name, n) || src != c.want {
				got := ""
				if ok {
					got = vs[0].Name
				}
				t.Errorf("%q: candidate %q from %s, want %q from %s", c.title, got, rescueSourceNames[src], n, rescueSourceNames[c.want])
			}
		}
	}
}

// TestDs15ClassNotMisnamed: a class the rescue names as written ("Chinese
// inverter makers") is no one's name in the lead, so ds15Misnamed never
// drops it; the lead's name of a person is still dropped.
func TestDs15ClassNotMisnamed(t *testing.T) {
	lead := "Lawmakers approved amendments barring Chinese inverter makers from remote access, Secretary Zorbak said."
	for _, c := range []struct {
		v    trust.VendorHit
		want bool
	}{
		{trust.VendorHit{Name: "Chinese inverter", Term: "Chinese inverter", Unlisted: true, Class: "Chinese inverter"}, false},
		{trust.VendorHit{Name: "Zorbak", Term: "Zorbak", Unlisted: true}, true},
	} {
		a := trust.Alert{Vendors: []trust.VendorHit{c.v}, Category: trust.CategoryBan}
		if got := ds15Misnamed("Seimas votes to cut remote access to solar farms", lead, a); got != c.want {
			t.Errorf("%s: misnamed %v, want %v", c.v.Name, got, c.want)
		}
	}
}
