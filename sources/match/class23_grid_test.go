package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The class23 grids: an authority's warning whose claim about a kind
// holds a modal ("DHS warns Chinese-made drones could be stealing data"),
// and a purchase allowed only from trusted sources in any word order
// ("telcos may only install gear from 'trusted sources'"), each beside a
// look-alike grid built from the same parts.
var (
	c23WarnAuthorities = []string{"CISA", "FBI", "DHS", "NSA", "Agency", "Cyber agency", "CISA and FBI", "Pentagon",
		"Australia's cyber agency", "UK's NCSC", "Germany's BSI"}
	c23WarnKinds = []string{"Chinese-made drones", "Chinese-made routers", "Chinese-manufactured cameras",
		"Chinese inverters", "Russian-made software", "Chinese-made modules"}
	// {A} authority, {C} class
	c23WarnClaims = []string{
		"{A} warns {C} could be sending data to China", "{A} warns {C} could be stealing data",
		"{A} warns {C} might leak data to Beijing", "{A} warns {C} could be spying on users", "{A} warned {C} could send data to Beijing",
		"{A} warns businesses {C} could be sending data to China",
	}
	c23WarnLooks = []string{
		"{A} warns {C} could be hacked", "{A} warns {C} could be banned", "{A} warns it could ban {C}",
		"Experts warn {C} could be stealing data", "{A} warns {C} could catch fire", "Lawmakers warn {C} could be stealing data",
		"{A} warns flaws in {C} could expose data", "{A} warns hackers could hijack {C}", "{A} warns {C} would be removed",
		"Report warns {C} could be sending data to China",
	}
)

// TestClass23WarnGrid holds the warning grid (7 claims × 7 kinds × 12
// authorities = 588 cells) to its floor, each a directive reaching
// vendors through the class, and its look-alikes (840 cells) to none.
func TestClass23WarnGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, tmpl := range c23WarnClaims {
		for _, kind := range c23WarnKinds {
			for _, au := range c23WarnAuthorities {
				axes := []string{"claim=" + tmpl, "kind=" + kind, "auth=" + au}
				g.check(cl12Fill(tmpl, au, kind, ""), "", axes, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && a.Category == trust.CategoryDirective && cl12ClassVendors(a.Vendors)
				}, axes...)
			}
		}
	}
	for _, tmpl := range c23WarnLooks {
		for _, kind := range c23WarnKinds {
			for _, au := range c23WarnAuthorities {
				axes := []string{"look=" + tmpl}
				look.check(cl12Fill(tmpl, au, kind, ""), "", axes, gridSilent, axes...)
			}
		}
	}
	cl13Report(t, "C23W", g.stat, g.fails)
	g.holdWithLookalikes(t, look, "warning claims", c23WarnFloor)
}

// c23WarnFloor: 0 of 588 cells before class23.go.
const c23WarnFloor = 0.9

var (
	c23Buyers    = []string{"Telcos", "Telecom operators", "Indian telcos", "Mobile carriers", "Federal agencies", "Utilities"}
	c23OnlySays  = []string{", DoT says", ", regulator says", ", ministry says", ", India says", ", DoT tells operators", ", FCC rules"}
	c23OnlyForms = []string{
		"{B} can buy network gear only from 'trusted sources'{S}", "{B} may connect network gear only from 'trusted sources'{S}",
		"{B} may buy only from 'trusted sources'{S}", "{B} may only install gear from 'trusted sources'{S}",
		"{B} may connect only 'trusted products'{S}", "{B} must install equipment only from trusted vendors{S}",
		"{B} must only buy equipment from trusted suppliers{S}", "{B} may deploy only trusted products{S}",
	}
	c23OnlyLooks = []string{
		"Users should download apps only from trusted sources{S}", "Consumers should only install apps from trusted stores{S}",
		"{B} may buy only from 'trusted sources', lawmakers propose", "Should {B} buy only from trusted sources?",
		"{B} buy mostly from trusted sources, survey finds",
	}
)

// TestClass23OnlyTrusted holds the trusted-sources grid (8 forms × 6
// buyers × 6 voices = 288 cells) to its floor, each alerting as a ban or a
// directive, and its look-alikes to none.
func TestClass23OnlyTrusted(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	fill := func(tmpl, b, s string) string { return strings.NewReplacer("{B}", b, "{S}", s).Replace(tmpl) }
	for _, tmpl := range c23OnlyForms {
		for _, b := range c23Buyers {
			for _, s := range c23OnlySays {
				axes := []string{"form=" + tmpl, "buyer=" + b, "says=" + s}
				g.check(fill(tmpl, b, s), "", axes, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && (a.Category == trust.CategoryDirective || a.Category == trust.CategoryBan)
				}, axes...)
			}
		}
	}
	for _, tmpl := range c23OnlyLooks {
		for _, b := range c23Buyers {
			for _, s := range c23OnlySays[:3] {
				axes := []string{"look=" + tmpl}
				look.check(fill(tmpl, b, s), "", axes, gridSilent, axes...)
			}
		}
	}
	cl13Report(t, "C23T", g.stat, g.fails)
	g.holdWithLookalikes(t, look, "only trusted", c23OnlyFloor)
}

// c23OnlyFloor: 48 of 288 cells before class23's change to cl16.go.
const c23OnlyFloor = 0.9
