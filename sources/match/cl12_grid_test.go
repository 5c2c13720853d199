package match

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

var (
	cl12Authorities = []string{"FCC", "Commerce Department", "Congress", "Trump", "Biden", "Texas governor", "Texas",
		"UK", "EU", "India", "Australia", "Taiwan", "Japan", "Canada", "Pentagon", "US Army", "New York City", "White House",
		"Florida legislature", "Defense Department", "Abbott", "DeSantis", "Putin", "Modi", "Kremlin", "Beijing"}
	cl12Classes = []string{"Chinese-made drones", "drones made in China", "drones from foreign adversaries",
		"apps linked to China", "apps tied to China", "routers owned by Chinese companies", "drones with Chinese components",
		"Russian antivirus software", "Chinese AI apps", "foreign routers", "connected vehicles with Chinese or Russian software",
		"Chinese-made batteries", "foreign-made drones", "Chinese surveillance cameras", "Chinese-linked apps",
		"China-made chips", "Chinese telecom equipment", "Chinese connected cars", "Chinese modules", "Chinese inverters"}
	cl12Scopes = []string{"", " on government devices", " from state networks", " in federal contracts", " from the US market"}
	// {A} authority, {C} class, {S} scope
	cl12Actions = []string{
		"{A} bans {C}{S}", "{A} bars {C}{S}", "{A} prohibits {C}{S}", "{A} restricts {C}{S}", "{A} limits purchases of {C}",
		"{A} to phase out {C}{S}", "{A} phases out {C}{S}", "{A} orders agencies to stop using {C}", "{A} orders removal of {C}{S}",
		"{A} to rip and replace {C}{S}", "{A} adds {C} to Covered List", "{A} blocks imports of {C}", "{A} stops approving new {C}",
		"{A} revokes authorizations for {C}", "{A} banned {C}{S}", "{A} has banned {C}{S}", "{A} to ban {C}{S}",
		"{A} will ban {C}{S}", "{A} moves to ban {C}{S}", "{A} bars agencies from buying {C}", "{A} bans purchases of {C}",
		"{A} ban on {C}{S} takes effect", "{A}'s ban on {C} takes effect", "{C} banned{S} by {A}",
		"{A}: {C} no longer allowed{S}", "{C} barred{S} under new {A} rule", "Exclusive: {A} to ban {C}{S}",
		"{A} issues ban on {C}{S}", "{A} prohibits agencies from using {C}", "{A} restricts use of {C}{S}",
		"{A} orders ban on {C}{S}", "{A} signs law banning {C}{S}", "{A} removes {C}{S}", "{A} bars new approvals of {C}",
		"{A} bans the sale of {C}", "{A} outlaws {C}{S}", "{A} blacklists {C}", "{A} pulls {C}{S}", "{A} ditches {C}{S}",
		"{A} announces ban on {C}{S}", "{A} imposes ban on {C}{S}", "Banning {C}{S}: {A} acts",
	}
	cl12Leads = []string{"", "The move follows a months-long review.",
		"The decision, announced on Tuesday, cites national security. It takes effect next year."}
)

// cl12AuthPerCell authorities are tried per action and class (the grid
// stays a few seconds long: a vendorless title passes many readers).
const cl12AuthPerCell = 6

func cl12Fill(tmpl, a, c, s string) string {
	r := strings.NewReplacer("{A}", a, "{C}", c, "{S}", s)
	t := r.Replace(tmpl)
	return strings.ToUpper(t[:1]) + t[1:]
}

// TestCl12Grid runs the class-action grid: every action template with
// every class, six authorities per pair rotating over all 26, the scope
// and the lead rotating (5,040 cells). Each must alert as a class action (ban, sanctions, directive,
// delisting), reaching vendors through the class, never the authority
// named as a vendor. CL12_PROBE=1 prints the share per axis value (how
// the failing axes were found); CL12_FAILS=path writes the failing cells.
// Cells left out as genuinely ambiguous: "{C} banned{S}" with no
// authority anywhere ("Chinese-made drones banned": whose ban?), "{A}
// cracks down on {C}" (a crackdown may be on sellers or smugglers).
// Known residue (the floor's slack): a governor "adds to Covered List" or
// "blacklists" (Abbott/DeSantis read as names), the "Banning {C}: {A}
// acts" headline with some classes.
func TestCl12Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for ai, act := range cl12Actions {
		for ci, cls := range cl12Classes {
			for step := range cl12AuthPerCell {
				// a sparse cross: every action with every class, and with
				// every authority over the classes; the scope and the lead
				// rotate
				aui := (ai + ci*cl12AuthPerCell + step) % len(cl12Authorities)
				au := cl12Authorities[aui]
				s := cl12Scopes[(ai+ci+aui)%len(cl12Scopes)]
				l := cl12Leads[(ai+2*ci+aui)%len(cl12Leads)]
				axes := []string{"act=" + act, "class=" + cls, "auth=" + au, fmt.Sprintf("scope=%q", s), fmt.Sprintf("lead=%d", len(l))}
				g.check(cl12Fill(act, au, cls, s), l, axes, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && classCategory(a.Category) && a.Category != trust.CategoryReversal && cl12ClassVendors(a.Vendors)
				}, axes...)
			}
		}
	}
	cl13Report(t, "CL12", g.stat, g.fails)
	if share := float64(g.right) / float64(g.all); share < 0.97 {
		t.Errorf("grid: %d of %d cells alert as a class action (%.3f), want at least 0.97; first: %s", g.right, g.all, share, g.fails[0])
	}
}

var cl12LookTemplates = []string{
	"{A} considers banning {C}", "{A} weighs ban on {C}", "Lawmakers urge {A} to ban {C}", "Bill to ban {C} introduced in {A}",
	"{A} raises tariffs on {C}", "{A} hearing examines risks of {C}", "Study: {C} dominate {A} fleets", "Court blocks {A} ban on {C}",
	"{A} backs away from ban on {C}", "Arvoro bans {C} from its offices", "{A} bans exports of {C}", "Poll: voters back {A} ban on {C}",
	"{A} could ban {C}, officials say", "Should {A} ban {C}?", "{A} lifts ban on {C}", "Why the {A} ban on {C} is failing",
	"Hackers target {C} used by {A}", "{A} officials call for ban on {C}",
	"Senator asks {A} to prohibit {C}", "{A} ban on {C} struck down", "{A} imposes duties on {C}", "{A} delays ban on {C}",
	"{A} mulls restrictions on {C}", "Vulnerabilities found in {C} used by {A}", "{A} opens probe into {C}",
}

// TestCl12LookGrid runs the look-alike grid (3,000 cells): the same
// classes and authorities in steps that are not taken (weighed, urged, proposed in a
// bill, polled, delayed), trade (tariffs, duties, exports), findings,
// attacks, a company's own policy, and steps undone (a court's block, a
// lift, a walk-back: reversals, their own category). None may alert as
// a ban, sanction, directive or delisting; an undoing may alert only as a
// reversal. Known residue (the ceiling's slack): "bans exports of {C}"
// where the kind word is a compound the exports check does not see
// ("connected vehicles with ... software"), a made-up firm "bans {C} from
// its offices" with the longest class, and "Trump ban on {C} struck down"
// read as Trump's ban.
func TestCl12LookGrid(t *testing.T) {
	m := defaultMatcher(t)
	total, alerts := 0, 0
	for _, tmpl := range cl12LookTemplates {
		n, alert, rev := 0, 0, 0
		var ex string
		for ci, cls := range cl12Classes {
			for step := range cl12AuthPerCell {
				au := cl12Authorities[(ci*cl12AuthPerCell+step)%len(cl12Authorities)]
				title := cl12Fill(tmpl, au, cls, "")
				a, ok := m.Match(title, "")
				n++
				if ok && !a.Coverage {
					if a.Category == trust.CategoryReversal {
						rev++
					} else {
						alert++
						ex = title + " => " + string(a.Category)
					}
				}
			}
		}
		if os.Getenv("CL12_PROBE") != "" {
			fmt.Printf("%4d/%4d alert %4d reversal  %s   e.g. %s\n", alert, n, rev, tmpl, ex)
		}
		total += n
		alerts += alert
	}
	if share := float64(alerts) / float64(total); share > 0.01 {
		t.Errorf("look-alike grid: %d of %d cells alert (%.3f), want at most 0.01", alerts, total, share)
	}
}

// cl12ClassVendors reports an alert reaching vendors through a class: each
// vendor carries the class phrase (never the authority named as a vendor).
func cl12ClassVendors(vs []trust.VendorHit) bool {
	for _, v := range vs {
		if v.Class == "" {
			return false
		}
	}
	return len(vs) > 0
}
