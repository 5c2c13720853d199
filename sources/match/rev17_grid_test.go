package match

// The probe grid of rev17.go: a state's hold on a vendor undone, in the
// wordings of the undoing (a plan or order dropped, off a list of the
// banned, a reprieve granted, a grounding lifted, use resumed, a court's
// overstep) beside the lexicon's ("lifts ban on"), each crossed with an
// authority, a vendor (registry, one unknown word, two unknown words)
// and a lead (none, one telling the hold). Every cell that names its
// vendor must be a reversal: the hold the title also names never wins.
// The look-alikes (a hold lifted on a person or an account, a fine or a
// merger, talk of lifting, a vendor's own block) must not alert as a
// reversal.

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// rv17Forms are the wordings: {A} the authority, {V} the vendor.
var rv17Forms = []struct{ form, tmpl string }{
	// a plan or order undone
	{"scraps-plan-strip", "{A} scraps plan to strip {V} from 5G networks"},
	{"drops-plan-ban", "{A} drops plan to ban {V} equipment"},
	{"abandons-plan-bar", "{A} abandons plan to bar {V} from government contracts"},
	{"suspends-order-seizing", "{A} suspends order seizing control of {V}"},
	{"revokes-order-banning", "{A} revokes order banning {V} apps"},
	// off a list of the banned
	{"drops-list-of-banned", "{A} drops {V} from list of banned suppliers"},
	{"removes-list-of-prohibited", "{A} removes {V} from list of prohibited vendors"},
	{"to-strike-blacklist", "{A} to strike {V} from military blacklist"},
	{"strikes-blacklist", "{A} strikes {V} from trade blacklist"},
	{"removes-entity-list", "{A} removes {V} from Entity List"},
	// relief granted
	{"reprieve", "{A} grants {V} temporary reprieve from export blacklist"},
	{"waiver-from-ban", "{A} grants {V} waiver from ban"},
	{"general-license", "{A} issues general license for {V}"},
	// a hold lifted
	{"lifts-grounding", "{A} lifts grounding of {V} drones"},
	{"lifts-ban-on", "{A} lifts ban on {V}"},
	{"lifts-sanctions-on", "{A} lifts sanctions on {V}"},
	{"walks-back-ban", "{A} walks back {V} ban"},
	// let back, use resumed
	{"lets-reopen", "{A} lets {V} reopen after ban"},
	{"resumes-use", "{A} resumes use of {V} drones after waiver"},
	// a court
	{"court-overstepped", "Court rules {A} overstepped in blacklisting {V}"},
}

var rv17Authorities = []string{"US", "Commerce Department", "UK", "Pentagon"}

var rv17Vendors = []struct{ written, kind string }{
	{"Huawei", "registry"}, {"DJI", "registry"}, {"Arvoro", "word"}, {"Tenmark Systems", "words"},
}

var rv17Leads = []struct{ axis, text string }{
	{"none", ""},
	{"hold", "The company's devices had been barred from government networks over security concerns."},
}

type rv17Cell struct {
	title, lead, want string
	axes              []string
}

func rv17Cells() []rv17Cell {
	var cells []rv17Cell
	for _, f := range rv17Forms {
		for _, a := range rv17Authorities {
			for _, v := range rv17Vendors {
				for _, l := range rv17Leads {
					t := strings.NewReplacer("{A}", a, "{V}", v.written).Replace(f.tmpl)
					cells = append(cells, rv17Cell{t, l.text, v.written,
						[]string{"form:" + f.form, "authority:" + a, "vendor:" + v.kind, "lead:" + l.axis}})
				}
			}
		}
	}
	return cells
}

// TestRev17Grid holds the grid's axes to their floors and logs each.
// RV17_FAILS=<file> writes the failing cells.
func TestRev17Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range rv17Cells() {
		alerts := gridAlerts(trust.CategoryReversal, c.want)
		g.check(c.title, c.lead, c.axes, func(a trust.Alert, ok bool) bool {
			if ok && a.Category == trust.CategoryReversal && a.Severity > trust.SeverityMedium {
				t.Errorf("%q: a reversal at %v, want medium at most", c.title, a.Severity)
			}
			return alerts(a, ok)
		}, append([]string{"all"}, c.axes...)...)
	}
	g.stat.log(t, "%-34s %d/%d")
	g.stat.hold(t, rv17Floors)
	writeFails(t, "RV17_FAILS", g.fails)
}

// rv17Floors are a little under the grid's figures when it was written
// (all 548 of 640; every registry cell; 312 of 320 with a lead telling the
// hold). Left below: a name as written with no tech word in title or
// lead ("UK lifts ban on Arvoro"), and a walk-back of a name as written,
// whose naming (shapeObject) wants a tech word in the title.
var rv17Floors = map[string]float64{"all": 0.82, "vendor:registry": 0.97, "lead:hold": 0.95,
	"form:drops-list-of-banned": 0.7, "form:reprieve": 0.7, "form:suspends-order-seizing": 0.7, "form:lifts-grounding": 0.95,
	"form:resumes-use": 0.95, "form:lets-reopen": 0.7, "form:court-overstepped": 0.7}

// rv17Lookalikes are the grid's words in their other senses: {A} an
// authority, {V} a vendor. No cell may alert as a reversal.
var rv17Lookalikes = []string{
	// a person, an account, a creator
	"{A} lifts sanctions on former {V} executive",
	"{A} lifts travel ban on {V} founder",
	"{V} ban lifted for creators in livestream dispute",
	"{V} reinstates banned accounts",
	// no hold of trust undone
	"{A} drops fine against {V}",
	"{A} approves {V} merger",
	"{A} drops plan to buy {V} drones",
	"{A} resumes use of {V} software after upgrade",
	"{V} suspends order for chips amid shortage",
	"{V} returns to profit in third quarter",
	"{V} restores service after outage",
	// talk, questions, a hold kept
	"Lawmakers urge {A} to lift ban on {V}",
	"{V} asks court to lift ban",
	"Will {A} lift sanctions on {V}?",
	"Court upholds {A} ban on {V}",
	"{A} refuses to grant {V} reprieve from blacklist",
	// a vendor lifting its own block
	"{V} lifts block on rival's app",
	"{V} lifts ban on political ads",
}

// TestRev17Lookalikes holds the look-alike grid off the reversal
// category for every authority and vendor kind.
func TestRev17Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, tmpl := range rv17Lookalikes {
		for _, a := range rv17Authorities {
			for _, v := range rv17Vendors {
				title := strings.NewReplacer("{A}", a, "{V}", v.written).Replace(tmpl)
				if got, ok := m.Match(title, ""); ok && !got.Coverage && got.Category == trust.CategoryReversal {
					t.Errorf("%q: got a reversal alert %v (%s), want none", title, got.VendorNames(), got.Why())
				}
			}
		}
	}
}
