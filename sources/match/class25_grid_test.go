package match

import (
	"os"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The class25 grids (class25.go): a class-level action by its parts, in
// official and paraphrased wording, with the forms of a class laws and
// regulators write ("of foreign adversary origin", "apps developed by",
// "routers made in"); data barred from flowing to a state of concern;
// the class in the title and the order only in the lead. Each beside a
// look-alike grid from the same parts.
var (
	c25Actors = []string{"FCC", "Texas legislature", "Florida lawmakers", "India's IT ministry", "Defence ministry",
		"Pentagon", "US Army", "General Services Administration", "Australian government",
		"Taiwan's Executive Yuan", "Japan", "Commerce Department", "Canadian government", "Indian Army",
		"Philippine military", "Texas governor", "Virginia", "European Commission", "Germany's interior ministry",
		"State Department", "Tennessee", "Dutch telecom regulator", "Czech government", "Nebraska legislature",
		"Britain", "Police department", "Department of Homeland Security", "City council"}
	c25Kinds = []string{"connected vehicles from China", "routers made in China", "apps developed by Chinese companies",
		"equipment from Chinese vendors", "Chinese-made drones", "drones of foreign adversary origin",
		"foreign-made drones", "Chinese apps", "Chinese-made cameras", "Chinese connected cars",
		"cellular modules made in China", "Chinese-made batteries", "software from Russian companies",
		"Russian-origin software", "networking gear made by Chinese firms", "Chinese-manufactured inverters",
		"foreign adversary drones", "Chinese lidar sensors", "Chinese solar inverters", "Chinese security cameras"}
	c25Actions = []string{"{A} bans {C}", "{A} bars new {C}", "{A} prohibits the procurement of {C}",
		"{A} phases out {C}", "{A} restricts imports of {C}", "{A} designates {C} a national security risk",
		"{A} prohibits agencies from buying {C}", "{A} forbids {C}", "{A} outlaws {C}", "{A} blacklists {C}",
		"{A} halts purchases of {C}", "{A} stops buying {C}", "{A} will no longer approve {C}",
		"{A} finalizes ban on {C}", "{A} passes bill banning {C}", "{A} approves ban on {C}", "{A} enacts ban on {C}",
		"{A} bans the sale of {C}", "{A} bars {C} from government networks", "{A} deems {C} a threat to national security",
		"{A} restricts the use of {C}", "{A} forbids officials from using {C}", "{A} prohibits {C} on state devices",
		"{A} bans purchases of {C}", "{A} adds {C} to its Covered List", "{A} blocks imports of {C}",
		"{A} bars sales of {C}", "{A} ends use of {C}", "{A} grounds {C}", "{A} orders agencies to remove {C}",
		"{A} tells agencies to stop using {C}", "Agencies must remove {C}, {A} says", "{A} bans {C} over security concerns",
		"{A} restricts {C}, citing national security", "{A} votes to ban {C}", "{A} signs law banning {C}",
		"{A} bans government use of {C}", "{A} excludes {C} from public tenders"}
	c25Looks = []string{"{A} proposes ban on {C}", "{A} raises tariffs on {C}", "{A} imposes anti-dumping duties on {C}",
		"{A} considers banning {C}", "{A} studies risks of {C}", "{A} bans ads for {C}", "{A} bans videos showing {C}",
		"{A} could ban {C}, sources say", "{A} lawmakers urge ban on {C}", "Should {A} ban {C}?",
		"{A} hearing weighs ban on {C}", "{A} invites comments on {C} rule", "{A} buys more {C}", "{A} subsidises {C}",
		"{A} delays ban on {C}"}
	// c25Undoings are a hold undone or a plan to hold dropped: a reversal
	// or nothing, never a ban (classrev.tsv labels "scraps plan to ban
	// Huawei" a reversal).
	c25Undoings = []string{"{A} lifts ban on {C}", "{A} ends ban on {C}", "{A} scraps ban on {C}", "{A} reverses ban on {C}",
		"{A} allows {C} again", "Court strikes down {A} ban on {C}", "{A} drops plan to ban {C}",
		"{A} shelves proposal to bar {C}"}
)

// TestClass25StructureGrid is the class-level action by its parts: 38
// actions × 20 kinds × 2 actors rotating (1,520 cells), each alerting as
// a class action (not a reversal); its look-alikes (proposals, trade
// without a security motive, content and ads, purchases, delays: 15 × 20
// cells) at most 1% alerting; its undoings (8 × 20) never a ban.
// C25_PROBE=1 prints the share per axis. Known residue: "blacklists" or
// "designates" a kind "of foreign adversary origin" (class9 wants a
// kind's origin before it or "made in"/"from").
func TestClass25StructureGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look, undo := newProbeGrid(m), newProbeGrid(m), newProbeGrid(m)
	for ai, act := range c25Actions {
		for ci, cls := range c25Kinds {
			for step := range 2 {
				au := c25Actors[(ai+ci*2+step*7)%len(c25Actors)]
				axes := []string{"act=" + act, "class=" + cls, "auth=" + au}
				g.check(cl12Fill(act, au, cls, ""), "", axes, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && a.Category != trust.CategoryReversal
				}, axes...)
			}
		}
	}
	for ti, tmpl := range c25Looks {
		for ci, cls := range c25Kinds {
			au := c25Actors[(ti+ci)%len(c25Actors)]
			axes := []string{"look=" + tmpl}
			look.check(cl12Fill(tmpl, au, cls, ""), "", axes, gridSilent, axes...)
		}
	}
	for ti, tmpl := range c25Undoings {
		for ci, cls := range c25Kinds {
			au := c25Actors[(ti+ci)%len(c25Actors)]
			axes := []string{"undo=" + tmpl}
			undo.check(cl12Fill(tmpl, au, cls, ""), "", axes, func(a trust.Alert, ok bool) bool {
				return !ok || a.Coverage || a.Category == trust.CategoryReversal
			}, axes...)
		}
	}
	cl13Report(t, "C25", g.stat, g.fails)
	t.Logf("structure grid: %d of %d alert; look-alikes quiet %d of %d; undoings right %d of %d", g.right, g.all, look.right, look.all, undo.right, undo.all)
	if float64(g.right) < c25StructureFloor*float64(g.all) {
		t.Errorf("structure grid: %d of %d alert, want at least %.2f", g.right, g.all, c25StructureFloor)
	}
	if bad := look.all - look.right; float64(bad) > 0.01*float64(look.all) {
		t.Errorf("structure look-alikes: %d of %d alert, want at most 1%%; first: %s", bad, look.all, look.fails[0])
	}
	for _, f := range undo.fails {
		t.Errorf("undoing read as a new hold: %s", f)
	}
}

// c25StructureFloor: 1,514 of 1,520 cells both before and after
// class25.go, which reads none of these single-title cells: the grid
// holds the class path on the brief's forms (official wording, origin
// phrases, non-US actors) against later changes.
const c25StructureFloor = 0.93

var (
	c25DataActors = []string{"Biden order", "House", "Senate", "Justice Department rule", "DOJ", "Commerce Department",
		"New law", "Executive order", "Congress", "Texas", "Florida lawmakers", "US", "FTC rule", "President"}
	c25DataSteps = []string{"{A} restricts sale of {D} to {S}", "{A} votes to stop data brokers selling {D} to {S}",
		"{A} bars transfers of {D} to {S}", "{A} finalizes rule restricting {D} transfers to {S}",
		"{A} bans sale of {D} to {S}", "{A} passes bill barring data brokers from selling to {S}",
		"{A} blocks {D} from flowing to {S}", "{A} prohibits brokers from selling {D} to {S}",
		"{A} curbs {D} sales to {S}", "{A} limits bulk transfers of {D} to {S}"}
	c25DataLooks = []string{"Senators propose bill to stop apps sending {D} to {S}", "Lawmakers urge ban on selling {D} to {S}",
		"TikTok stops sending {D} to {S}", "Report: Data brokers sell {D} to {S}", "Court blocks law barring {D} sales to {S}",
		"{A} weighs curbs on {D} transfers to {S}", "{A} delays rule restricting {D} sales to {S}",
		"Will {A} ban {D} sales to {S}?", "{A} lifts ban on {D} transfers to {S}", "Apple blocks apps from sending {D} to {S}",
		"Study finds apps send {D} to {S} despite ban", "Hackers stole {D} and sent it to {S}",
		"Bill to ban {D} sales to {S} introduced", "Opinion: Banning {D} sales to {S} won't stop spying",
		"Company halts {D} sharing with {S} partner", "Microsoft stops sharing {D} with {S} firms",
		"{A} could restrict sale of {D} to {S}", "{A} eases curbs on {D} transfers to {S}"}
	c25Data       = []string{"Americans' sensitive data", "personal data", "bulk data", "genomic data", "location data", "health data"}
	c25DataStates = []string{"China", "foreign adversaries", "countries of concern", "Russia", "China, Russia and Iran"}
)

// TestClass25DataGrid holds data barred from flowing to a state of
// concern (10 steps × 6 data × 5 states, 300 cells, the actor rotating)
// to alert as a class ban naming no registry vendor, and its look-alikes
// (proposals, calls, a company's own step, reports, undoings, weighing,
// delays, questions: 18 × 6 × 5 = 540 cells) to none, class25.go making
// none of the look-alikes that alert (another reader's, logged with
// C25_BEFORE=1). Before class25.go: 0 of 300 (the cells that alerted
// named "Americans" as a vendor or were vetoed as export controls);
// after: 299.
func TestClass25DataGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	fill := func(tmpl, a, d, s string) string {
		return cl12Fill(strings.ReplaceAll(tmpl, "{D}", d), a, "", s)
	}
	for ti, tmpl := range c25DataSteps {
		for di, d := range c25Data {
			for si, st := range c25DataStates {
				au := c25DataActors[(ti+di+si)%len(c25DataActors)]
				axes := []string{"step=" + tmpl, "data=" + d, "state=" + st}
				g.check(fill(strings.ReplaceAll(tmpl, "{S}", st), au, d, ""), "", axes, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && a.Category == trust.CategoryBan && cl12ClassVendors(a.Vendors)
				}, axes...)
			}
		}
	}
	for ti, tmpl := range c25DataLooks {
		for di, d := range c25Data {
			for si, st := range c25DataStates {
				au := c25DataActors[(ti+di+si)%len(c25DataActors)]
				axes := []string{"look=" + tmpl}
				look.check(fill(strings.ReplaceAll(tmpl, "{S}", st), au, d, ""), "", axes, func(a trust.Alert, ok bool) bool {
					return !ok || a.Coverage || a.Category == trust.CategoryReversal
				}, axes...)
			}
		}
	}
	cl13Report(t, "C25D", g.stat, g.fails)
	c25Hold(t, m, g, look, "data flows", 0.95)
}

var (
	c25LeadActors = []string{"Gov. Greg Abbott", "The Biden administration", "Lawmakers in Georgia", "Parliament", "Bundestag",
		"India", "Ministry of Defence", "Department of Homeland Security", "Federal procurement rule",
		"Australia's Home Affairs department", "Canada's industry ministry", "Japan's trade ministry", "Indian Navy",
		"US Air Force", "Texas House", "State Senate", "City council", "Police department", "EU regulators", "Britain",
		"The Department of Commerce", "Nebraska legislature"}
	c25LeadKinds = []string{"Chinese-made drones", "connected vehicles with Chinese software", "routers made in China",
		"apps developed by companies in China", "equipment from 'foreign adversaries'", "technology of foreign adversary origin",
		"Chinese security cameras", "surveillance equipment made by Chinese firms", "Chinese smart TVs",
		"Russian antivirus software", "Chinese AI apps", "Chinese-made lidar", "ships' cranes built in China",
		"medical devices made in China", "Chinese electric buses", "Chinese solar inverters"}
	c25LeadTitles = []string{"{A} takes aim at {C}", "{A} cracks down on {C}", "{A} targets {C}", "New {A} rule hits {C}",
		"{A} acts against {C}", "{A} moves against {C}"}
	c25Leads = []string{"The rule bars agencies from buying or using the products, citing national security risks.",
		"The order prohibits the procurement of such equipment over espionage concerns.",
		"The measure bans the devices from government networks, citing security concerns.",
		"Agencies must remove the equipment within a year under the directive.",
		"Operators are required to replace the gear by 2027."}
	c25LeadLooks = []string{"Lawmakers want agencies to remove the equipment within a year.",
		"The proposal would bar agencies from buying the products.",
		"Officials are weighing whether to ban the devices from government networks.",
		"Agencies were previously told to remove the equipment.",
		"The rule bars sales of units that fail fire safety tests.",
		"The measure raises tariffs on the devices to 100% to protect domestic makers.",
		"Officials urged operators to remove the gear.",
		"The rule bars exports of the chips and tools that make them to Chinese companies."}
	c25LeadLookTitles = []string{"Hackers target {C}", "Investors take aim at {C}", "Report takes aim at {C}",
		"Tariffs hit {C}"}
)

// TestClass25LeadGrid holds the class in the title with the step only in
// the lead (6 moves × 16 kinds × 5 leads, 480 cells) to alert, the
// lead's order to rid a directive; its look-alikes (the same titles with
// leads that ask, propose, weigh, look back, or act for safety or trade;
// titles whose mover is no authority, an export control) to none, as
// c25Hold holds them. Before class25.go 317 of 480 cells alerted (an
// order to rid in the lead 62 of 192), after it 480.
func TestClass25LeadGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for ti, tmpl := range c25LeadTitles {
		for ci, cls := range c25LeadKinds {
			for li, l := range c25Leads {
				au := c25LeadActors[(ti+ci+li)%len(c25LeadActors)]
				axes := []string{"title=" + tmpl, "lead=" + l, "class=" + cls, "auth=" + au}
				g.check(cl12Fill(tmpl, au, cls, ""), l, axes, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && a.Category != trust.CategoryReversal
				}, axes...)
			}
			for li, l := range c25LeadLooks {
				au := c25LeadActors[(ti+ci+li)%len(c25LeadActors)]
				axes := []string{"look-lead=" + l}
				look.check(cl12Fill(tmpl, au, cls, ""), l, axes, gridSilent, axes...)
			}
		}
	}
	for _, tmpl := range c25LeadLookTitles {
		for _, cls := range c25LeadKinds {
			for _, l := range c25Leads {
				axes := []string{"look-title=" + tmpl}
				look.check(cl12Fill(tmpl, "", cls, ""), l, axes, gridSilent, axes...)
			}
		}
	}
	cl13Report(t, "C25L", g.stat, g.fails)
	c25Hold(t, m, g, look, "lead steps", 0.95)
}

// c25Hold holds g to floor and fails on every look-alike cell that
// alerts only with class25.go's readers on; cells the matcher alerted on
// before them are logged (another reader's residue).
func c25Hold(t *testing.T, m *Matcher, g, look *probeGrid, name string, floor float64) {
	t.Helper()
	before := 0
	for _, f := range look.fails {
		title, lead, _ := strings.Cut(strings.SplitN(f, "\t", 3)[1], " | ")
		class25Off = true
		a, ok := m.Match(title, lead)
		class25Off = false
		if ok && !a.Coverage {
			before++
			if os.Getenv("C25_BEFORE") != "" {
				t.Logf("alerted before class25: %s", f)
			}
			continue
		}
		t.Errorf("look-alike alerted by class25: %s", f)
	}
	t.Logf("%s: %d/%d alerting cells right; look-alikes alerting %d of %d (%d of them before class25)", name, g.right, g.all, look.all-look.right, look.all, before)
	if float64(g.right) < floor*float64(g.all) {
		t.Errorf("%s: %d/%d right, floor %.2f", name, g.right, g.all, floor)
	}
}
