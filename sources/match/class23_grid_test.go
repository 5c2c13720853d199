package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The class23 grids: an authority's warning whose claim about a kind
// holds a modal ("DHS warns Chinese-made drones could be stealing data"),
// and a class-level action by its parts, each beside a look-alike grid
// built from the same parts.
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

// TestClass23WarnGrid holds the warning grid (6 claims × 6 kinds × 11
// authorities = 396 cells) to its floor, each a directive reaching
// vendors through the class, and its look-alikes (660 cells: attacks,
// flaws, fire, a bar or removal, voices with no authority) to none.
// C23W_PROBE=1 prints the share per axis. Known residue: "Cyber agency"
// read as a vendor "Cyber", "Homeland Security" not read as an
// authority, "could expose sensitive data", "Chinese connected cars".
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

// c23WarnFloor: 7 of 396 cells before class23.go, 372 after.
const c23WarnFloor = 0.9

var (
	c23Authorities = []string{"FCC", "Sweden", "German interior ministry", "Dutch government", "Indian telecom regulator",
		"Polish parliament", "Estonian military", "Japan's defence ministry", "Brazil's telecom agency", "Czech cyber agency",
		"Romania", "New Zealand spy agency", "Vietnam", "South Korea", "European Commission", "Philippine senate", "Kenya",
		"Finland's state grid operator", "Mexican navy", "State of Victoria", "Lawmakers in Taiwan", "UK government", "Ottawa"}
	c23Classes = []string{"foreign-made drones", "Chinese surveillance cameras", "apps tied to foreign governments",
		"devices linked to China", "equipment from Chinese vendors", "high-risk vendors", "untrusted suppliers",
		"Russian software", "suppliers from China", "foreign routers", "Chinese-made smart meters", "vendors linked to Beijing",
		"Chinese telecom gear", "Russian-made antivirus software", "foreign AI apps", "high-risk suppliers from its 5G network",
		"apps linked to hostile states", "Chinese components"}
	c23Actions = []string{"{A} bars {C}", "{A} bans {C}", "{A} to phase out {C}", "{A} phases out {C}", "{A} restricts {C}",
		"{A} excludes {C}", "{A} rips out {C}", "{A} curbs {C}", "{A} blocks {C}", "{A} prohibits {C}", "{A} orders removal of {C}",
		"{A} orders operators to remove {C}", "{A} imposes a ban on {C}", "{A} announces ban on {C}", "{C} banned by {A}",
		"{C} barred by {A}", "{A} to exclude {C}", "{A} to ban {C}", "{A} moves to restrict {C}", "{A} will phase out {C}",
		"{A} curbs use of {C}", "{A} restricts use of {C}", "{A} excluded {C}", "{A} banned {C}", "{A} bans use of {C}",
		"{A} ban on {C} takes effect", "{A} orders {C} removed", "{A} to rip out {C}", "{A} blocks purchases of {C}",
		"{A} bars new {C}", "{A} puts curbs on {C}", "{A} prohibits use of {C} by officials", "{A} bans {C} on official devices",
		"{A} orders ban on {C}", "{A} restricting {C}", "{A} shuts out {C}"}
	c23Looks = []string{"{A} proposes ban on {C}", "{A} lawmakers call for ban on {C}", "Bill to ban {C} introduced in {A}",
		"{A} considers barring {C}", "{A} weighs restrictions on {C}", "{A} raises tariffs on {C}", "{A} imposes duties on {C}",
		"{A} restricts exports of chips to China", "{A} bans Russian state media", "{A} bars Chinese nationals from research labs",
		"{A} bans Russian officials from entry", "Group urges {A} to ban {C}", "{A} could ban {C}, report says",
		"{A} delays ban on {C}", "{A} study warns of risks from {C}", "{A} bans TikTok videos promoting violence",
		"{A} restricts exports of drones to Russia", "Should {A} ban {C}?", "{A} plans to ban {C}", "{A} mulls phasing out {C}",
		"{A} opposition demands ban on {C}"}
)

// TestClass23StructureGrid is the class-level action by its parts: an
// authority of any shape and country × a restrictive verb in any form
// (active, infinitive, passive, nominal) × a class (an origin or a risk
// before or after the kind, makers or products), two authorities per
// pair rotating (36 × 18 × 2 = 1,296 cells), each alerting (any class
// category but a reversal); its look-alikes (proposals, calls, bills,
// tariffs, exports to a country, people and content banned, delays) from
// the same parts (21 × 18 = 378 cells) alert at most 1%. C23S_PROBE=1
// prints the share per axis. Known residue: makers with an origin after
// them and no motive or technology told ("bars suppliers from China",
// "vendors linked to Beijing": class9 refuses a class of suppliers with
// no motive, as "bars foreign companies from bidding on oil fields"),
// and "{A} blocks" apps (a block of apps is often censorship).
func TestClass23StructureGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for ai, act := range c23Actions {
		for ci, cls := range c23Classes {
			for step := range 2 {
				au := c23Authorities[(ai+ci*2+step)%len(c23Authorities)]
				axes := []string{"act=" + act, "class=" + cls, "auth=" + au}
				g.check(cl12Fill(act, au, cls, ""), "", axes, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && a.Category != trust.CategoryReversal
				}, axes...)
			}
		}
	}
	for ti, tmpl := range c23Looks {
		for ci, cls := range c23Classes {
			au := c23Authorities[(ti+ci)%len(c23Authorities)]
			axes := []string{"look=" + tmpl}
			look.check(cl12Fill(tmpl, au, cls, ""), "", axes, func(a trust.Alert, ok bool) bool {
				return !ok || a.Coverage || a.Category == trust.CategoryReversal
			}, axes...)
		}
	}
	cl13Report(t, "C23S", g.stat, g.fails)
	t.Logf("structure grid: %d of %d cells alert; look-alikes quiet %d of %d", g.right, g.all, look.right, look.all)
	if float64(g.right) < c23StructureFloor*float64(g.all) {
		t.Errorf("structure grid: %d of %d cells alert, want at least %.2f", g.right, g.all, c23StructureFloor)
	}
	if bad := look.all - look.right; float64(bad) > 0.01*float64(look.all) {
		t.Errorf("structure look-alikes: %d of %d alert, want at most 1%%; first: %s", bad, look.all, look.fails[0])
	}
}

// c23StructureFloor: 1,156 of 1,296 cells (0.892) at class23's end.
const c23StructureFloor = 0.88
