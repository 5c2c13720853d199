package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/trust"
)

// known21 grid: a distrust of a CA's operator and a sanction of a company
// OFAC lists under a cyber program, neither in the registry, in frames a
// trust event takes (sentence case and Title Case); look-alikes built
// from the same names in a company's ordinary news and in news the
// company only comments on. The same cells run on a matcher without the
// names-only tier, logged, so the tier's gain shows.
var (
	known21CAs = []string{"Camerfirma", "DigiCert", "Sectigo", "TrustCor", "GlobalSign", "DigiNotar", "Buypass",
		"Izenpe", "Microsec", "Comodo", "Trustwave", "QuoVadis", "Actalis", "SwissSign"}
	known21SDN = []string{"Thalestris", "Neobit", "Embedi", "ERPScan", "Zorsecurity", "Chatex", "Sinbad",
		"Tornado Cash", "Mabna Institute", "Divetechnoservices", "Quantlog"}
	known21Distrust = []string{
		"Mozilla and Google to distrust %s certificates",
		"Chrome will stop trusting %s root certificates",
		"Browsers to distrust %s over compliance failures",
		"Apple, Mozilla Drop Trust In %s Certificates",
		"Google Chrome To Distrust %s Root Certificates",
		"%s certificates to be distrusted by Chrome and Firefox",
	}
	known21Sanction = []string{
		"US sanctions %s over cyber operations",
		"Treasury Sanctions %s For Cyber Attacks",
		"US Treasury targets %s in new sanctions",
		"OFAC sanctions %s for supporting hackers",
		"Treasury imposes sanctions on %s",
	}
	known21Look = []string{
		"%s launches new certificate management platform",
		"%s Announces Quarterly Results",
		"%s acquires cloud security startup",
		"%s hires new chief executive",
		"%s explains what the new browser rules mean for website owners",
		"%s opens office in Singapore",
		"Interview: %s on the future of encryption",
	}
	// known21Aside: another party's trust event that the known name only
	// comments on, profits from or researches: never named.
	known21Aside = []string{
		"%s says Chrome distrust of Entrust will not affect its customers",
		"%s offers discounts to Entrust customers after browser distrust",
		"%s comments on new US sanctions against Russian banks",
		"%s researchers track spyware firms hit by US sanctions",
		"%s CEO on what the Treasury sanctions mean for the industry",
		"Entrust customers flock to %s after Google distrust",
	}
)

// knownTiers is the default matcher without the registry's names-only
// tier and with it, for grids that hold each reading to both.
func knownTiers(t *testing.T) []struct {
	name string
	m    *Matcher
} {
	t.Helper()
	r := defaultRules(t)
	r.Known = nil
	bare, err := Compile(defaultVendors(t), r)
	if err != nil {
		t.Fatal(err)
	}
	return []struct {
		name string
		m    *Matcher
	}{{"without the names-only tier", bare}, {"with it", defaultMatcher(t)}}
}

func TestKnown21Grid(t *testing.T) {
	tiers := knownTiers(t)
	bare := tiers[0].m
	for _, mm := range tiers {
		g, look := newProbeGrid(mm.m), newProbeGrid(mm.m)
		asideBefore := 0
		for _, set := range []struct {
			names, frames []string
			cat           trust.Category
		}{{known21CAs, known21Distrust, trust.CategoryDistrust}, {known21SDN, known21Sanction, trust.CategorySanctions}} {
			for _, n := range set.names {
				for i, f := range set.frames {
					g.check(fmt.Sprintf(f, n), "", []string{string(set.cat), fmt.Sprint("frame ", i)}, gridAlerts(set.cat, n), string(set.cat), fmt.Sprint(set.cat, " frame ", i))
				}
				for i, f := range known21Look {
					look.check(fmt.Sprintf(f, n), "", []string{"look-alike", fmt.Sprint("frame ", i)}, gridSilent, "look-alike")
				}
				for i, f := range known21Aside {
					// Held to the matcher without the tier: "X researchers
					// track spyware firms hit by US sanctions" names X
					// there too (logged below), the tier must add none.
					title := fmt.Sprintf(f, n)
					b, bok := bare.Match(title, "")
					before := bok && !b.Coverage && namesLoosely(b, n)
					if before {
						asideBefore++
					}
					look.check(title, "", []string{"aside", fmt.Sprint("frame ", i)}, func(a trust.Alert, ok bool) bool {
						return before || !ok || a.Coverage || !namesLoosely(a, n)
					}, "aside")
				}
			}
		}
		if mm.m == bare {
			t.Logf("%s: %d/%d alerting cells right, look-alikes %d/%d quiet", mm.name, g.right, g.all, look.right, look.all)
			continue
		}
		t.Logf("aside cells naming the commenter without the tier too: %d", asideBefore)
		g.holdWithLookalikes(t, look, "known21 "+mm.name, 0.85)
	}
}

// TestKnown21Words: a known name counts only written as a name, and the
// names dropped as ordinary words are not in the tier.
func TestKnown21Words(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Browsers distrust Camerfirma", true},
		{"browsers distrust camerfirma", false},
		{"US sanctions Tornado Cash", true},
		{"US sanctions tornado cash", false},
		{"Sinbad's mixer", true},
	} {
		if got := m.knownIn(headline(titleWords(c.title)), "") != ""; got != c.want {
			t.Errorf("knownIn(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	orgs, err := config.KnownOrgs()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range orgs {
		switch strings.ToLower(o.Name) {
		case "amazon", "certainly", "optima", "baltimore", "ssl", "digital security", "evil", "microsoft":
			t.Errorf("%s %q is in orgs.txt: an ordinary word or generic", o.List, o.Name)
		}
	}
}
