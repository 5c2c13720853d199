package match

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of desc15's family: a title that describes its vendor by
// a kind ("Chinese drone maker", "two Chinese chip firms", "Taiwanese
// certificate authority") and a lead that names it. Every title form of
// each category (active, passive, nominal, actor named or not) is
// crossed with the kind, the name's shape in the lead (one unknown word,
// two words, a product, a registry vendor; two or three names in a list
// for a plural kind) and the lead sentence's shape ("The company, X,
// ...", "X was added ...", "The department named X", "against X and Y").
// The alert must name the lead's vendor with the title's category: not
// the kind as a name, not the registry's vendors the class reaches. The
// look-alike grid keeps the same titles and gives the lead a person, an
// agency, a researcher, a customer, a victim or a competitor in the
// name's place, or no name at all: the lead's name is never the alert's.

// ds15GName is a name's shape in the lead: as written, the names the
// alert must carry (any of them), and the shape's axis.
type ds15GName struct {
	written string
	want    []string
	axis    string
}

var ds15GOne = []ds15GName{
	{"Arvoro", []string{"Arvoro"}, "one-word"},
	{"Tenmark Systems", []string{"Tenmark Systems"}, "two-words"},
	{"Quillstack Technologies", []string{"Quillstack"}, "two-words-tech"},
}

var ds15GMany = []ds15GName{
	{"Arvoro and Tenmark Systems", []string{"Arvoro", "Tenmark Systems"}, "list-two"},
	{"Arvoro, Tenmark Systems and Quillstack", []string{"Arvoro", "Tenmark Systems", "Quillstack"}, "list-three"},
}

// ds15GForm is a title form of a category: {K} the kind.
type ds15GForm struct {
	cat   trust.Category
	title string
}

var ds15GForms = []ds15GForm{
	{trust.CategorySanctions, "Commerce adds {K} to Entity List"},
	{trust.CategorySanctions, "US blacklists {K}"},
	{trust.CategorySanctions, "Pentagon adds {K} to list of Chinese military companies"},
	{trust.CategorySanctions, "{K} added to US trade blacklist"},
	{trust.CategorySanctions, "Treasury sanctions {K}"},
	{trust.CategorySanctions, "US slaps sanctions on {K}"},
	{trust.CategorySanctions, "FCC adds {K} to Covered List"},
	{trust.CategoryBan, "US bans {K} over military ties"},
	{trust.CategoryBan, "Texas bans {K} from state devices"},
	{trust.CategoryBan, "{K} banned from government devices"},
	{trust.CategoryBan, "Government bars agencies from buying from {K}"},
	{trust.CategoryReversal, "UK eases sanctions on {K}"},
	{trust.CategoryReversal, "US lifts sanctions on {K}"},
	{trust.CategoryReversal, "Court strikes down state ban on {K}"},
	{trust.CategoryReversal, "Pentagon removes {K} from military blacklist"},
}

// ds15GKinds are the kinds a title describes one vendor by, and the
// plural kinds a list is described by.
var (
	ds15GKinds  = []string{"Chinese drone maker", "Chinese lidar maker", "Russian software firm", "a popular VPN app", "spyware vendor", "Chinese-owned app", "Israeli spyware maker", "Chinese AI startup", "Chinese chip designer"}
	ds15GPlural = []string{"two Chinese chip firms", "Chinese drone makers", "three Russian software firms", "Israeli spyware makers"}
)

// ds15GLeads are the lead sentences by category: {N} the name(s).
var ds15GLeads = map[trust.Category][]string{
	trust.CategorySanctions: {
		"The department said {N} supplied the military.",
		"{N} was added to the list on Tuesday.",
		"The department named {N} in its order.",
		"The action targets {N}, which officials say helped Beijing.",
		"The company, {N}, said it would appeal.",
		"Officials placed {N} on the list for supporting Russia's military.",
		"Companies including {N} were added on Tuesday.",
		"Sanctions were imposed against {N} for supplying the military.",
	},
	trust.CategoryBan: {
		"The order covers {N}, citing national security.",
		"The company, {N}, said it was disappointed.",
		"{N} was banned over data security concerns.",
		"The governor named {N} in the order.",
		"The ban applies to {N} and its subsidiaries.",
		"State agencies must stop using {N} products within 30 days.",
	},
	trust.CategoryReversal: {
		"The government removed {N} from its sanctions list after the company's sale.",
		"A federal judge blocked the ban on {N}, saying it violated users' rights.",
		"{N} was removed from the list on Friday.",
		"The ruling lifts restrictions on {N}.",
	},
	trust.CategoryDistrust: {
		"Mozilla said it will stop trusting new certificates from {N} after repeated compliance failures.",
		"The company, {N}, failed repeated audits.",
		"{N} will no longer be trusted by Chrome.",
		"Google named {N} in its announcement.",
		"Chrome will stop trusting certificates issued by {N}.",
	},
}

// ds15GCAForms are distrust's title forms; its kinds are authorities.
var (
	ds15GCAForms = []string{
		"Browser maker distrusts {K}", "Chrome to distrust {K}", "Mozilla to stop trusting {K}",
		"Google and Mozilla drop {K}", "{K} distrusted by Chrome",
	}
	ds15GCAKinds = []string{"Taiwanese certificate authority", "a certificate authority", "Chinese certificate authority"}
)

type ds15Cell struct {
	title, lead string
	want        []string
	cat         trust.Category
	axes        []string
}

func ds15Cells() []ds15Cell {
	var cells []ds15Cell
	add := func(cat trust.Category, form, kind string, names []ds15GName) {
		for _, n := range names {
			for li, l := range ds15GLeads[cat] {
				cells = append(cells, ds15Cell{
					title: strings.ReplaceAll(form, "{K}", kind),
					lead:  strings.ReplaceAll(l, "{N}", n.written),
					want:  n.want, cat: cat,
					axes: []string{string(cat), n.axis, fmt.Sprintf("lead%d-%s", li, cat)},
				})
			}
		}
	}
	for _, f := range ds15GForms {
		for _, k := range ds15GKinds {
			add(f.cat, f.title, k, ds15GOne)
		}
		for _, k := range ds15GPlural {
			add(f.cat, f.title, k, ds15GMany)
		}
	}
	for _, f := range ds15GCAForms {
		for _, k := range ds15GCAKinds {
			add(trust.CategoryDistrust, f, k, ds15GOne)
		}
	}
	return cells
}

// TestDs15Grid holds the grid's axes to their floors: a title that
// describes the vendor by a kind, a lead that names it; the alert names
// only the lead's vendors, with the title's category. DS15_FAILS=<file>
// writes the failing cells.
func TestDs15Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range ds15Cells() {
		// Right: an alert of the cell's category whose every vendor is
		// one of want.
		g.check(c.title, c.lead, c.axes, func(a trust.Alert, ok bool) bool {
			return ok && a.Category == c.cat && len(a.Vendors) > 0 && !slices.ContainsFunc(a.VendorNames(), func(n string) bool {
				return !slices.ContainsFunc(c.want, func(w string) bool { return looseName(n, w) })
			})
		}, append(c.axes, "all")...)
	}
	g.stat.log(t, "%-28s %d/%d")
	// 3,585 cells: 504 right before desc15.go, 3,467 after. Left failing:
	// "a popular VPN app" sanctioned or eased (an app is no business
	// names14 vouches for), plural kinds taken off a blacklist (read as
	// sanctions), "Chinese-owned app" off a military blacklist.
	g.stat.hold(t, map[string]float64{"all": 0.95, "sanctions": 0.95, "ban": 0.95, "reversal": 0.85,
		"distrust": 0.95, "one-word": 0.95, "two-words": 0.95, "list-two": 0.85, "list-three": 0.85})
	writeFails(t, "DS15_FAILS", g.fails)
}

// ds15GOthers are leads whose name is not the vendor the title describes:
// a person, a report, a researcher, a customer, a victim, a competitor,
// an agency, or no name at all. The alert, if any, never carries it.
var ds15GOthers = []struct{ lead, name string }{
	{"The rule was announced by Commerce Secretary Tenmark Quill.", "Tenmark Quill"},
	{"The move follows a report by Arvoro Research.", "Arvoro"},
	{"The move comes after a report, according to Arvoro Research.", "Arvoro"},
	{"Arvoro, a customer, said it would find other suppliers.", "Arvoro"},
	{"Arvoro researchers first flagged the company's ties last year.", "Arvoro"},
	{"Rival Arvoro welcomed the decision.", "Arvoro"},
	{"The department did not name the company.", ""},
	{"Tenmark Quill, a spokesman for the department, announced the decision.", "Tenmark Quill"},
	{"Hackers targeted Arvoro earlier this year using the company's products.", "Arvoro"},
	{"Senator Tenmark Quill urged the department to act.", "Tenmark Quill"},
	{"The department said the company supplied the military.", ""},
	{"Its products are sold by Arvoro, a retailer.", "Arvoro"},
}

// TestDs15Others: the title forms and kinds of the grid with a lead that
// names someone else: the alert never names them.
func TestDs15Others(t *testing.T) {
	m := defaultMatcher(t)
	bad := 0
	for _, f := range ds15GForms {
		for _, k := range append(slices.Clone(ds15GKinds), ds15GPlural...) {
			for _, o := range ds15GOthers {
				title := strings.ReplaceAll(f.title, "{K}", k)
				a, ok := m.Match(title, o.lead)
				if ok && o.name != "" && slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, o.name) }) {
					bad++
					t.Errorf("%s | %s: named %v", title, o.lead, a.VendorNames())
				}
			}
		}
	}
}

// ds15GSilent are titles with a kind that tell no trust event, and a lead
// that names the vendor where an acted-on vendor stands: silent.
var ds15GSilent = []string{
	"{K} unveils new product lineup",
	"{K} reports record quarterly revenue",
	"Hackers breach {K}, steal customer data",
	"Critical flaw found in {K}'s software",
	"Lawmakers urge ban on {K}",
	"{K} denies military ties",
	"Senators call for sanctions on {K}",
	"Attackers exploit {K}'s routers in botnet",
	"Could the US ban {K}?",
	"{K} hires former Pentagon official",
	"Researchers find bug in {K}'s app",
}

var ds15GSilentLeads = []string{
	"The company, {N}, said the devices ship in May.",
	"{N} was named in the report.",
	"The department said {N} had not been contacted.",
	"Attackers targeted {N} and its customers.",
}

// TestDs15Silent: kind titles that are no event (a launch, a denial, a
// call for action, a flaw, a question) stay silent whatever name the
// lead gives.
func TestDs15Silent(t *testing.T) {
	m := defaultMatcher(t)
	for _, s := range ds15GSilent {
		for _, k := range ds15GKinds {
			for _, n := range ds15GOne {
				for _, l := range ds15GSilentLeads {
					title := strings.ReplaceAll(s, "{K}", k)
					lead := strings.ReplaceAll(l, "{N}", n.written)
					if a, ok := m.Match(title, lead); ok {
						t.Errorf("%s | %s: alert %s %v", title, lead, a.Category, a.VendorNames())
					}
				}
			}
		}
	}
}

// TestDesc15Batch holds testdata/desc15.tsv, the helper's own set
// (written after the rules: a regression guard, no honest figure).
func TestDesc15Batch(t *testing.T) {
	testBatch(t, "testdata/desc15.tsv", 0.9)
}

// The reverse axis: the name in the title, the action only in the lead's
// first sentence. Titles with an authority in them (the shape a registry
// vendor's title needs for the lead's action to be news, actedOn) and
// ones without; leads of each action.
var (
	ds15RevTitles = []string{"{N} hit by new US action", "US moves against {N}", "Blow for {N} as Washington acts",
		"{N} loses US access", "Commerce targets {N}", "Pentagon acts on {N}", "{N} faces fresh restrictions"}
	ds15RevLeads = []string{
		"The Commerce Department added {N} to the Entity List on Tuesday, citing national security.",
		"The Treasury Department sanctioned {N} for supplying surveillance tools.",
		"The Pentagon placed {N} on its list of Chinese military companies.",
		"Texas banned {N} from state devices over national security concerns.",
	}
)

// TestDs15Reverse holds the reverse axis to its floors for unknown names
// and its look-alikes silent.
func TestDs15Reverse(t *testing.T) {
	m := defaultMatcher(t)
	stat := axisTally{}
	for _, n := range []string{"Huawei", "Arvoro", "Tenmark Systems"} {
		for _, ti := range ds15RevTitles {
			for _, l := range ds15RevLeads {
				title, lead := strings.ReplaceAll(ti, "{N}", n), strings.ReplaceAll(l, "{N}", n)
				a, ok := m.Match(title, lead)
				good := ok && !a.Coverage && slices.ContainsFunc(a.VendorNames(), func(v string) bool { return looseName(v, n) })
				stat.add(good, n)
			}
		}
	}
	stat.log(t, "%-16s %d/%d")
	// Unknown names 0 and 1 of 28 before desc15's reverse reader (Huawei
	// 24 before and after); with no
	// authority in the title ("Blow for X as Washington acts", "X faces
	// fresh restrictions") they stay silent.
	stat.hold(t, map[string]float64{"Arvoro": 0.7, "Tenmark Systems": 0.7})
	// Look-alikes: the title's own story, a lead that asks, denies or
	// tells of another, an explainer.
	for _, c := range []string{
		"Arvoro CEO speaks at conference|The Commerce Department added Arvoro to the Entity List on Tuesday.",
		"US lawmakers ask Commerce about Arvoro|The letter asks why Commerce has not added Arvoro to the Entity List.",
		"Commerce official visits Arvoro plant|The department added Arvoro to a list of trusted suppliers.",
		"Arvoro wins Pentagon contract|The Pentagon added Arvoro to its list of approved drone vendors.",
		"Senators want Arvoro banned|A bipartisan group urged Commerce to add Arvoro to the Entity List.",
		"Arvoro says US ban would be unfair|Arvoro said Texas banned its products without evidence.",
		"Treasury and Arvoro: what to know|The Treasury Department sanctioned Arvoro for supplying surveillance tools.",
		"US hits Arvoro again|The Commerce Department added Arvoro to the Entity List in 2019.",
	} {
		title, lead, _ := strings.Cut(c, "|")
		expectAlerted(t, m, title, lead, false)
	}
}
