package match

import (
	"os"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The class15 probe grid crosses the forms that tell a class action's
// category (trust-events.md: an order, instruction, warning, advisory or
// guidance to remove, stop using, disconnect or replace is a directive; a
// bar on buying or using, or a law, is a ban; a listing of a class of
// firms, or its formal proposal, is sanctions) with actors of every
// kind, classes of every kind and origin, and the action only in the
// lead. Each cell must alert on the class with the form's category.
var (
	// {K} is the kind, plural
	cl15Shapes = []string{"Chinese-made {K}", "Chinese {K}", "{K} made in China", "Russian {K}", "foreign-made {K}",
		"{K} from foreign adversaries", "PRC-linked {K}", "Iranian {K}"}
	cl15Kinds = []string{"apps", "AI models", "drones", "routers", "surveillance cameras", "inverters", "cellular modules",
		"connected vehicles", "antivirus software", "chips", "satellite terminals", "batteries", "smartphones"}
	cl15Actors = []string{"CISA", "OMB", "NSA", "Texas governor", "Defence ministry", "Regulator", "UK government",
		"Pentagon", "Interior ministry", "Taiwan", "Australia"}
	// {F} is a class of firms: "Chinese drone makers"
	cl15Firms = []string{"Chinese drone makers", "Iranian drone makers", "Chinese quantum companies",
		"Chinese supercomputer makers", "Russian chip suppliers", "Chinese AI firms", "Chinese surveillance companies",
		"Chinese lidar makers"}
)

// cl15Act is one form's headline: {A} actor, {C} class, {F} firms; lead
// "" or a lead sentence carrying the action.
type cl15Act struct {
	title, lead string
	want        trust.Category
}

var cl15Actions = []cl15Act{
	// orders, instructions, warnings, advice, guidance: directive
	{"{A} orders agencies to remove {C}", "", trust.CategoryDirective},
	{"{A} orders agencies to rip out {C}", "", trust.CategoryDirective},
	{"Agencies ordered to rip out {C} by deadline", "", trust.CategoryDirective},
	{"{A} tells agencies to stop using {C}", "", trust.CategoryDirective},
	{"Agencies told to remove {C} from their networks", "", trust.CategoryDirective},
	{"{A} instructs staff to uninstall {C}", "", trust.CategoryDirective},
	{"{A} warns against using {C}", "", trust.CategoryDirective},
	{"{A} advises against using {C}", "", trust.CategoryDirective},
	{"{A} urges operators to replace {C}", "", trust.CategoryDirective},
	{"{A} issues guidance to phase out {C}", "", trust.CategoryDirective},
	{"Agencies instructed to phase out {C}", "", trust.CategoryDirective},
	{"{A} warns officials not to use {C}", "", trust.CategoryDirective},
	{"Agencies must remove {C} within 90 days, {A} says", "", trust.CategoryDirective},
	{"{A} directive requires agencies to rip and replace {C}", "", trust.CategoryDirective},
	{"{A} issues advisory urging removal of {C}", "", trust.CategoryDirective},
	{"{A} orders removal of {C} from government sites", "", trust.CategoryDirective},
	{"{A} issues new guidance on {C}", "Agencies were told to remove them from their networks within 90 days.", trust.CategoryDirective},
	// a passive order to its addressees, no authority named
	{"Utilities told to disconnect {C}", "", trust.CategoryDirective},
	{"Operators urged to replace {C}", "", trust.CategoryDirective},
	{"Civil servants instructed to delete {C}", "", trust.CategoryDirective},
	{"Hospitals advised to stop using {C}", "", trust.CategoryDirective},
	// bars, prohibitions, laws: ban
	{"{A} bars agencies from buying {C}", "", trust.CategoryBan},
	{"{A} prohibits purchase of {C}", "", trust.CategoryBan},
	{"{A} bans use of {C} on government devices", "", trust.CategoryBan},
	{"New law bans {C} from state networks", "", trust.CategoryBan},
	{"{C} barred from government networks", "", trust.CategoryBan},
	{"{A} bans {C}", "", trust.CategoryBan},
	{"{A} orders ban on {C}", "", trust.CategoryBan},
	{"{A} to phase out {C} from its own networks", "", trust.CategoryBan},
	// listings of a class of firms: sanctions
	{"{A} sanctions {F}", "", trust.CategorySanctions},
	{"Commerce adds {F} to Entity List", "", trust.CategorySanctions},
	{"Commerce puts 12 {F} on Entity List", "", trust.CategorySanctions},
	{"US blacklists {F}", "", trust.CategorySanctions},
	{"US restricts sales of advanced chips to {F}", "", trust.CategorySanctions},
	{"EU sanctions {F}", "", trust.CategorySanctions},
	{"Treasury targets {F} in new sanctions", "", trust.CategorySanctions},
}

// cl15Cells is how many shapes each action tries per kind (rotating).
const cl15Cells = 2

func cl15Fill(tmpl, a, c, f string) string {
	t := strings.NewReplacer("{A}", a, "{C}", c, "{F}", f).Replace(tmpl)
	return strings.ToUpper(t[:1]) + t[1:]
}

// TestCl15Grid runs the grid: every form with every kind, two shapes per
// pair rotating, the actor and the firms rotating (36 × 13 × 2 = 936
// cells). CL15_PROBE=1 logs the share per axis; CL15_FAILS=path writes the
// failing cells.
func TestCl15Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for ai, act := range cl15Actions {
		for ki, kind := range cl15Kinds {
			for step := range cl15Cells {
				shape := cl15Shapes[(ai+ki*cl15Cells+step)%len(cl15Shapes)]
				au := cl15Actors[(ai+ki+step)%len(cl15Actors)]
				firms := cl15Firms[(ai+ki+step)%len(cl15Firms)]
				cls := strings.ReplaceAll(shape, "{K}", kind)
				axes := []string{"act=" + act.title, "kind=" + kind, "shape=" + shape, "actor=" + au, "want=" + string(act.want)}
				g.check(cl15Fill(act.title, au, cls, firms), act.lead, axes, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && cl12ClassVendors(a.Vendors) && a.Category == act.want
				}, axes...)
			}
		}
	}
	if os.Getenv("CL15_PROBE") != "" {
		g.stat.log(t, "%s: %d/%d")
	}
	writeFails(t, "CL15_FAILS", g.fails)
	g.stat.hold(t, cl15Floors)
}

// cl15Floors hold each category's share of right cells. On the round's
// base (11df53c): directive 256/442, ban 176/208, sanctions 138/182
// (570 of 832 before the passive axis was added; orders to rid a class read as bans, Iranian classes
// silent, a lead-only order silent).
// At the round's end: directive 543/546, ban 197/208, sanctions 182/182
// (922 of 936). Residue: "{C} barred from government networks" with no
// actor for most kinds the registry has no vendor of (a passive bar
// names no authority), a few advice cells with "made in China".
var cl15Floors = map[string]float64{
	"want=directive": 0.98,
	"want=ban":       0.93,
	"want=sanctions": 0.99,
}

// cl15LookTemplates are the same parts in steps that are no event: a
// flaw to patch, attackers, a call, a bill, a hearing, a report, a
// proposal of a ban (not of a listing), tariffs, export curbs on a
// country, content rules, a firm's own policy.
var cl15LookTemplates = []string{
	"{A} orders agencies to patch flaws in {C}", "{A} warns hackers are targeting {C}",
	"Lawmakers urge {A} to remove {C}", "Bill would require agencies to remove {C}",
	"Senators call on {A} to ban {C}", "{A} hearing weighs risks of {C}",
	"Think tank report warns of risks from {C}", "{A} proposes rule to ban {C}",
	"{A} raises tariffs on {C}", "US restricts exports of advanced chips to China",
	"{A} orders platforms to remove illegal content from {C}", "Arvoro tells staff to stop using {C}",
	"{A} advises users to update {C}", "{A} considers guidance on {C}",
	"{A} warns of fake {C} that steal data", "{A} urged to phase out {C}",
	"Agencies slow to remove {C} despite {A} order", "{A} sets import quotas on {C}",
	"Consumers urged to check {C} for backdoors", "Users urged to update {C}", "Operators told to patch {C}",
	// the lead's order axis: guidance whose lead patches, proposes or would
	"{A} issues new guidance on {C}|The guidance tells agencies to patch vulnerable devices promptly.",
	"{A} issues new guidance on {C}|The proposal would require agencies to remove them within a year.",
	"{A} issues notice on {C}|Officials are weighing whether to order agencies to remove them.",
}

// TestCl15LookGrid runs the look-alike grid (24 × 13 × 2 = 624 cells;
// "title|lead" templates carry a lead): none may alert, save as coverage.
func TestCl15LookGrid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for ti, tmpl := range cl15LookTemplates {
		for ki, kind := range cl15Kinds {
			for step := range cl15Cells {
				shape := cl15Shapes[(ti+ki*cl15Cells+step)%len(cl15Shapes)]
				au := cl15Actors[(ti+ki+step)%len(cl15Actors)]
				tmplTitle, lead, _ := strings.Cut(tmpl, "|")
				axes := []string{"tmpl=" + tmpl}
				g.check(cl15Fill(tmplTitle, au, strings.ReplaceAll(shape, "{K}", kind), ""), lead, axes, gridSilent, axes...)
			}
		}
	}
	if os.Getenv("CL15L_PROBE") != "" {
		g.stat.log(t, "%s: %d/%d")
	}
	writeFails(t, "CL15L_FAILS", g.fails)
	if len(g.fails) > cl15LookMax {
		t.Errorf("look-alike grid: %d cells alert, want at most %d; first: %s", len(g.fails), cl15LookMax, g.fails[0])
	}
}

// cl15LookMax: 0 of 624 cells alert (93 on the base: bills that would,
// bans proposed, authorities urged, bodies slow to obey).
const cl15LookMax = 0
