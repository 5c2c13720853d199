package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of an order to be rid of a product told with a verb of
// moving and its particle ("move off", "migrate away from", "diversify
// away from"; riddanceAt), by an authority in each form of the order
// (active singular, the plural's bare verb, passive with the state's own
// bodies as subject), on a registry vendor or a class of products; and
// a ministry headlines call by its portfolio alone ("Interior grounds
// ..."). Cells differ in one axis at a time.

var rd19Forms = []struct{ form, tmpl string }{
	{"tells", "Italy's cyber agency tells public bodies to {R} {O}"},
	{"orders", "Government orders agencies to {R} {O}"},
	{"urges", "Cyber agency urges operators to {R} {O}"},
	{"plural-urge", "CISA and FBI urge agencies to {R} {O}"},
	{"plural-tell", "Ministries tell staff to {R} {O}"},
	{"passive-agencies", "Agencies told to {R} {O}"},
	{"passive-officials", "Officials ordered to {R} {O}"},
	{"passive-state", "Italy: public bodies told to {R} {O}"},
}

var rd19Moves = []string{"move off", "move away from", "migrate away from", "migrate off",
	"diversify away from", "transition away from", "shift away from", "switch away from"}

var rd19Objects = []struct {
	shape, written, want string
}{
	{"vendor", "Kaspersky", "Kaspersky"},
	{"vendor-product", "Kaspersky antivirus", "Kaspersky"},
	{"vendor-kind", "Hikvision cameras", "Hikvision"},
	{"class", "Russian antivirus", ""},
	{"class-made", "Chinese-made cameras", ""},
}

// TestRiddance19Grid holds every cell: an alert of a ban or directive
// naming the vendor, or for a class any vendor the class reaches.
func TestRiddance19Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, f := range rd19Forms {
		for _, r := range rd19Moves {
			for _, o := range rd19Objects {
				title := strings.NewReplacer("{R}", r, "{O}", o.written).Replace(f.tmpl)
				axes := []string{"form=" + f.form, "move=" + r, "object=" + o.shape}
				g.check(title, "", axes, gridBanOrDirective(o.want), axes...)
			}
		}
	}
	g.holdExpected(t, newProbeGrid(m), "RD19_GRID", 1)
}

// rd19Lookalikes are the grid's parts in what is no trust event: the
// verbs of moving with no particle of riddance ("switch from" a
// standard, "switch off" a device, production moved away from a
// country), a vendor telling its own users to move off its old product,
// a company's own policy, a call on an authority and talk of a step.
var rd19Lookalikes = []string{
	"EU tells Apple to switch from Lightning to USB-C",
	"EU tells Apple to move away from Lightning",
	"Microsoft tells users to move off Windows 10",
	"Microsoft urges customers to migrate away from Windows 10",
	"Apple to move iPhone production away from China",
	"India urges companies to move supply chains away from China",
	"Lawmakers urge Commerce to move away from Huawei",
	"Senators urge agencies to move off Kaspersky",
	"Officials say agencies should move away from Kaspersky",
	"Google tells Android developers to migrate off old APIs",
	"Fortinet urges customers to migrate off end-of-life firewalls",
	"Users urge Zoom to move away from Chinese servers",
	"Regulators warn users to switch off Huawei routers",
	"Tesla tells staff to move away from Slack",
	"Whitehall considers removing Chinese-made cameras",
	"Interior Ministry hacked via Fortinet flaw",
	"Interior design app TikTok trend",
	"Agencies weigh plan to move off Kaspersky",
}

// TestRiddance19Lookalikes holds the look-alikes silent and the
// ministries called by their portfolio to their bans.
func TestRiddance19Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, l := range rd19Lookalikes {
		t.Run(l, func(t *testing.T) { expectAlert(t, m, l, "", "") })
	}
	for _, r := range []titleRow{
		{"interior-named", "Interior grounds DJI drones", "DJI", trust.CategoryBan},
		{"interior-class", "Interior grounds Chinese-made drones", "DJI", trust.CategoryDirective},
	} {
		t.Run(r.name, func(t *testing.T) {
			expectAlert(t, m, r.title, "", r.vendor, trust.CategoryBan, trust.CategoryDirective)
		})
	}
}
