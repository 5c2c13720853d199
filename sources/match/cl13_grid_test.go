package match

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The class13 probe grid extends cl12's on the axes it did not cover: the
// shape of the class noun (an origin before, after, as a tie or as a
// maker's home), product kinds beyond cl12's list, the instrument (a final
// rule, an executive order, a law signed, a defence bill, the Covered
// List, procurement, imports, an authorization bar, a state law, other
// governments), the action only in the lead, and the category each takes.
var (
	// {K} is the kind, plural
	cl13Shapes = []string{"Chinese-made {K}", "{K} made in China", "{K} from foreign adversaries", "{K} tied to China",
		"{K} linked to the Chinese Communist Party", "{K} produced by companies in countries of concern",
		"foreign adversary {K}", "Russian-origin {K}", "PRC-linked {K}", "Chinese {K}", "{K} from Chinese companies", "CCP-linked {K}", "Beijing-linked {K}",
		"{K} of Chinese origin"}
	cl13GridKinds = []string{"modules", "cellular modules", "LiDAR sensors", "batteries", "inverters", "solar panels",
		"smart meters", "port cranes", "connected vehicles", "routers", "modems", "cameras", "drones", "AI models",
		"chatbots", "apps", "antivirus software", "genetic sequencers", "patient monitors", "satellite terminals",
		"payment terminals", "e-bikes", "chips", "legacy chips", "cloud services"}
	cl13Authorities = []string{"FCC", "Commerce Department", "Texas", "Florida", "EU", "UK", "Australia", "India", "Taiwan",
		"Canada", "Japan", "Germany", "Netherlands", "Pentagon", "Lithuania", "Ohio governor"}
)

// cl13Act is one instrument's headline: {A} authority, {C} class; lead ""
// or a lead sentence carrying the action; want the category it must take.
type cl13Act struct {
	title, lead string
	want        trust.Category
}

var cl13Actions = []cl13Act{
	{"{A} bans {C}", "", trust.CategoryBan},
	{"{A} finalizes rule banning {C}", "", trust.CategoryBan},
	{"{A} issues final rule barring {C} from US market", "", trust.CategoryBan},
	{"Trump signs executive order barring {C}", "", trust.CategoryBan},
	{"Executive order bars federal agencies from buying {C}", "", trust.CategoryBan},
	{"Governor signs bill banning {C} into law", "", trust.CategoryBan},
	{"Defense bill bars Pentagon from buying {C}", "", trust.CategoryBan},
	{"NDAA provision bans Pentagon purchases of {C}", "", trust.CategoryBan},
	{"FCC adds {C} to Covered List", "", trust.CategorySanctions},
	{"{A} bans government procurement of {C}", "", trust.CategoryBan},
	{"{A} bans imports of {C}", "", trust.CategoryBan},
	{"FCC bars authorization of new {C}", "", trust.CategoryBan},
	{"New {A} law bans {C} from state networks", "", trust.CategoryBan},
	{"{A} prohibits {C} on government devices", "", trust.CategoryBan},
	{"{A} orders agencies to remove {C}", "", trust.CategoryDirective},
	{"{A} restricts {C} over national security concerns", "", trust.CategoryBan},
	{"{C} banned from {A} government networks", "", trust.CategoryBan},
	{"{A} to phase out {C} by 2027", "", trust.CategoryBan},
	{"{A} bars state agencies from using {C}", "", trust.CategoryBan},
	{"CISA orders agencies to disconnect {C}", "", trust.CategoryDirective},
	{"{A} cyber agency warns against using {C}", "", trust.CategoryDirective},
	// the action only in the lead
	{"{A} moves against {C}", "The new rule bars their sale and import, citing national security.", trust.CategoryBan},
	{"{A} targets {C} in new security rules", "Government agencies will be barred from buying them from next year.", trust.CategoryBan},
	{"{A} tightens rules for government devices", "Agencies are now barred from using {C}, officials said.", trust.CategoryBan},
	// undone
	{"{A} lifts ban on {C}", "", trust.CategoryReversal},
	{"Court strikes down {A} ban on {C}", "", trust.CategoryReversal},
	{"{A} repeals ban on {C}", "", trust.CategoryReversal},
	{"Court blocks {A} ban on {C}", "", trust.CategoryReversal},
	{"{A} eases restrictions on {C}", "", trust.CategoryReversal},
}

// cl13Cells is how many shapes each action tries per kind (rotating): the
// grid stays a few seconds long.
const cl13Cells = 3

func cl13Class(shape, kind string) string {
	return strings.ReplaceAll(shape, "{K}", kind)
}

// TestCl13Grid runs the class13 grid: every action with every kind, three
// noun shapes per pair rotating over all 14, the authority rotating
// (29 × 25 × 3 = 2,175 cells). Each must alert with the action's
// category, reaching vendors through the class. CL13_PROBE=1 prints the
// share per axis value; CL13_FAILS=path writes the failing cells.
func TestCl13Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for ai, act := range cl13Actions {
		for ki, kind := range cl13GridKinds {
			for step := range cl13Cells {
				shape := cl13Shapes[(ai+ki*cl13Cells+step)%len(cl13Shapes)]
				au := cl13Authorities[(ai+ki+step)%len(cl13Authorities)]
				cls := cl13Class(shape, kind)
				axes := []string{"act=" + act.title, "kind=" + kind, "shape=" + shape, "auth=" + au}
				g.check(cl12Fill(act.title, au, cls, ""), strings.ReplaceAll(act.lead, "{C}", cls), axes, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && cl12ClassVendors(a.Vendors) && a.Category == act.want
				}, axes...)
			}
		}
	}
	cl13Report(t, "CL13", g.stat, g.fails)
	if share := float64(g.right) / float64(g.all); share < cl13GridFloor {
		t.Errorf("grid: %d of %d cells right (%.3f), want at least %.2f; first: %s", g.right, g.all, share, cl13GridFloor, g.fails[0])
	}
}

// cl13GridFloor is the grid's floor: 2,134 of 2,175 cells at the end of
// round 13 (1,305 on the round's base, dcfef73). Residue: the longest
// shape ("produced by companies in countries of concern") and "cloud
// services" with the instruments only the lexicon reads ("FCC adds {C}
// to Covered List", "cyber agency warns against using {C}", "repeals ban
// on {C}", "Defense bill bars Pentagon from buying {C}"), and an order to
// remove "{K} from Chinese companies" read as a directive.
const cl13GridFloor = 0.97

// cl13Report prints a class grid's tallies when env_PROBE is set and
// writes its failing cells to the file env_FAILS names.
func cl13Report(t *testing.T, env string, at axisTally, fails []string) {
	t.Helper()
	if os.Getenv(env+"_PROBE") != "" {
		for _, k := range slices.Sorted(maps.Keys(at)) {
			x := at[k]
			fmt.Printf("%5.2f %4d/%4d %s\n", float64(x[0])/float64(x[1]), x[0], x[1], k)
		}
	}
	writeFails(t, env+"_FAILS", fails)
}

// cl13LookTemplates are the same classes in steps not taken (a bill
// introduced, a call, a hearing, a study), trade (tariffs, duties, a probe
// of imports), a firm's own policy, content, a delay, attacks and flaws.
var cl13LookTemplates = []string{
	"Bill to ban {C} introduced in {A}", "{A} lawmakers call for ban on {C}", "{A} hearing examines risks of {C}",
	"{A} raises tariffs on {C}", "{A} imposes anti-dumping duties on {C}", "{A} opens trade probe into imports of {C}",
	"Study: {C} widespread in {A} networks", "Report warns of security risks from {C}", "{A} delays ban on {C}",
	"Arvoro bans {C} from its offices", "Hackers exploit flaws in {C}", "Researchers find backdoor risk in {C}, urge review",
	"{A} to study risks posed by {C}", "{A} bans ads for {C}", "Senators urge {A} to restrict {C}",
	"{A} offers subsidies to replace {C}", "{A} considers restrictions on {C}", "Drone makers warn {A} ban on {C} would hurt police",
	"{A} to reduce reliance on {C}", "{A} moves against {C}|The agency proposed a rule that would bar their sale.",
	"{A} targets {C}|Officials said they were weighing a ban.", "{A} cracks down on {C}|Customs seized counterfeit units at ports.",
	"Court declines to halt {A} ban on {C}", "{A} ban on {C} survives legal challenge", "{A} grants exemptions to ban on {C}",
	"Judge refuses to block {A} law banning {C}",
}

// TestCl13LookGrid runs the look-alike grid (26 × 25 × 3 = 1,950 cells;
// "title|lead" templates carry a lead): none may alert, save as coverage.
func TestCl13LookGrid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for ti, tmpl := range cl13LookTemplates {
		for ki, kind := range cl13GridKinds {
			for step := range cl13Cells {
				shape := cl13Shapes[(ti+ki*cl13Cells+step)%len(cl13Shapes)]
				au := cl13Authorities[(ti+ki+step)%len(cl13Authorities)]
				tmplTitle, lead, _ := strings.Cut(tmpl, "|")
				axes := []string{"tmpl=" + tmpl}
				g.check(cl12Fill(tmplTitle, au, cl13Class(shape, kind), ""), lead, axes, gridSilent, axes...)
			}
		}
	}
	cl13Report(t, "CL13L", g.stat, g.fails)
	if share := float64(len(g.fails)) / float64(g.all); share > cl13LookCeiling {
		t.Errorf("look-alike grid: %d of %d cells alert (%.3f), want at most %.2f; first: %s", len(g.fails), g.all, share, cl13LookCeiling, g.fails[0])
	}
}

// cl13LookCeiling: 1 of 1,950 cells alerts at the end of round 13 (219
// on the base, most of them a court declining to halt a ban, a ban
// surviving a challenge, exemptions granted): "Arvoro bans {C} from its
// offices" read as a ban on Arvoro (a named reader's residue, as in
// cl12's look-alike grid).
const cl13LookCeiling = 0.01
