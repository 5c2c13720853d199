package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of a name outside the registry as the subject of
// "sanctioned" with no state in the subject (qt15Sanctioned): the reason
// after the participle, or the imposers after "by"; a description after
// the name ("Zservers bulletproof hosting firm sanctioned by ...":
// qt15Described); a registry vendor in the reason clause, which is the
// victim (qt15Victim). Cells differ in one axis at a time.

var sd19Forms = []struct{ kind, text string }{
	{"over", "{N} sanctioned over {R}"},
	{"for", "{N} sanctioned for {R}"},
	{"by-over", "{N} sanctioned by US over {R}"},
	{"by-three", "{N} sanctioned by US, UK and Australia over {R}"},
	{"among", "{N} among Russian tech firms sanctioned over {R}"},
	{"described", "{N} bulletproof hosting firm sanctioned by US, UK and Australia over {R}"},
}

var sd19Reasons = []struct{ kind, text string }{
	{"plain", "cyberattacks"},
	{"crime", "ransomware hosting"},
	{"victim", "SolarWinds hack"},
	{"victim-product", "Sophos firewall attacks"},
}

var sd19Leads = []struct{ kind, text string }{
	{"none", ""},
	{"subject", "The Russian hosting company kept servers online for ransomware operators."},
	{"object", "The US, UK and Australia designated the Russian hosting company for supporting ransomware gangs."},
}

var sd19Names = []struct {
	shape, written string
	business       bool // the name's own words call it a business
}{
	{"suffix", "Tenmark Systems", true},
	{"two-words", "Arvoro Land", false},
	{"code", "Zservnet", false},
}

// TestSanctioned19Grid holds every cell whose name, form or lead calls
// the subject a business to a sanctions alert naming it; a name nothing
// calls one is only counted (a gang, a person or malware as often).
func TestSanctioned19Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, ambiguous := newProbeGrid(m), newProbeGrid(m)
	for _, f := range sd19Forms {
		for _, r := range sd19Reasons {
			for _, l := range sd19Leads {
				for _, n := range sd19Names {
					title := strings.NewReplacer("{N}", n.written, "{R}", r.text).Replace(f.text)
					right := gridAlerts(trust.CategorySanctions, n.written)
					called := n.business || l.kind != "none" || f.kind == "among" || f.kind == "described"
					if !called {
						ambiguous.check(title, l.text, nil, right)
						continue
					}
					axes := []string{"form=" + f.kind, "reason=" + r.kind, "lead=" + l.kind, "name=" + n.shape}
					g.check(title, l.text, axes, right, axes...)
				}
			}
		}
	}
	g.holdExpected(t, ambiguous, "SD19_GRID", 1)
}

// sd19Lookalikes are the grid's parts on what is no state's sanctions on
// a business: a person, a gang, malware, a body that is no state, a call
// or a plan, a negation, sanctions lifted (a reversal, never a hold), the
// participle alone as "approved"; no sanctions alert.
var sd19Lookalikes = [][2]string{
	{"Tenmark Systems CEO sanctioned over cyberattacks", ""},
	{"Lazarus Group sanctioned over crypto heists", ""},
	{"Trickbot gang sanctioned over ransomware attacks", ""},
	{"Zservnet malware sanctioned over ransomware", ""},
	{"Tenmark Systems sanctioned by FIFA over match fixing", ""},
	{"Tenmark Systems sanctioned by the league over cheating", ""},
	{"Lawmakers want Tenmark Systems sanctioned over cyberattacks", ""},
	{"Tenmark Systems should be sanctioned over cyberattacks, experts say", ""},
	{"Tenmark Systems could be sanctioned over cyberattacks", ""},
	{"Tenmark Systems not sanctioned over cyberattacks", ""},
	{"Tenmark Systems sanctioned", ""},
	{"Tenmark Systems expansion sanctioned by council", ""},
	{"Arvoro Land sanctioned over ransomware attacks", "US officials said the hacking group extorted hospitals."},
	{"Arvoro Land sanctioned over ransomware attacks", "The Treasury designated the Russian hacker for supporting ransomware gangs."},
}

// TestSanctioned19Lookalikes holds the look-alikes silent; sanctions
// lifted are a reversal or nothing, never a hold.
func TestSanctioned19Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, l := range sd19Lookalikes {
		t.Run(l[0], func(t *testing.T) { expectAlert(t, m, l[0], l[1], "") })
	}
	for _, title := range []string{
		"Tenmark Systems sanctions lifted",
		"US lifts sanctions on Tenmark Systems over cyberattacks",
		"Sanctions on Tenmark Systems lifted after court ruling",
	} {
		t.Run(title, func(t *testing.T) {
			if a, ok := m.Match(title, ""); ok && !a.Coverage && a.Category == trust.CategorySanctions {
				t.Errorf("got a sanctions alert %v, want a reversal or none", a.VendorNames())
			}
		})
	}
}

// TestSanctioned19LeadVendors holds a registry vendor the lead names to
// its alert: qt15Victim reads only vendors in the title's reason, and a
// lead's vendors are never the victims of a title's sanctions.
func TestSanctioned19LeadVendors(t *testing.T) {
	m := defaultMatcher(t)
	title := "Rural carriers barred from spending $8.3bn fund on two Chinese suppliers' gear"
	lead := "The FCC formally designated Huawei and ZTE national security threats, meaning subsidies from the Universal Service Fund can no longer be used to buy or maintain their equipment."
	a, ok := m.Match(title, lead)
	if !ok || a.Coverage || !namesLoosely(a, "Huawei") || !namesLoosely(a, "ZTE") {
		t.Errorf("got %v %s %v, want an alert naming Huawei and ZTE", ok, a.Category, a.VendorNames())
	}
}
