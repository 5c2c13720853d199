package match

// The probe grid of delist16's family: delisting told as a list, a
// programme or a certification left ("struck from GSA procurement
// list", "expelled from Microsoft partner program", "stripped of
// certification"), goods no longer sold, ties and funding cut, beside
// the seller's pulls the earlier grids hold (delist14, pull15). Each
// cell crosses a seller kind, a verb form, a vendor (registry, one
// unknown word, two unknown words) and a reason (none, in the title, only
// in the lead).

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// dl16Form is one wording of a pull, a list removal or a reversal: {S}
// the seller or authority, {V} the vendor, {O} its goods, {R} a reason;
// kinds are the seller kinds it is written for, cat the category wanted.
type dl16Form struct {
	form, tmpl string
	kinds      []string
	cat        trust.Category
}

var dl16Forms = []dl16Form{
	// a seller's pull, active
	{"pulls", "{S} pulls {O}{R}", []string{"retailer", "store", "marketplace", "carrier"}, trust.CategoryDelisting},
	{"removes-from", "{S} removes {O} from its store{R}", []string{"retailer", "store", "marketplace"}, trust.CategoryDelisting},
	{"stops-selling", "{S} stops selling {O}{R}", []string{"retailer", "marketplace", "carrier"}, trust.CategoryDelisting},
	{"no-longer-sell", "{S} will no longer sell {O}{R}", []string{"retailer", "marketplace", "carrier"}, trust.CategoryDelisting},
	{"halts-sales-of", "{S} halts sales of {O}{R}", []string{"retailer", "marketplace", "carrier"}, trust.CategoryDelisting},
	{"bans-from", "{S} bans {O} from its store{R}", []string{"store", "marketplace"}, trust.CategoryDelisting},
	{"kicks-off", "{S} kicks {O} off its store{R}", []string{"store", "marketplace"}, trust.CategoryDelisting},
	{"yanks", "{S} yanks {O}{R}", []string{"retailer", "store", "marketplace"}, trust.CategoryDelisting},
	{"drops", "{S} drops {O}{R}", []string{"retailer", "carrier", "marketplace"}, trust.CategoryDelisting},
	{"cuts-ties", "{S} cuts ties with {V}{R}", []string{"retailer", "institution", "carrier"}, trust.CategoryDelisting},
	{"ends-relationship", "{S} ends relationship with {V}{R}", []string{"retailer", "institution", "carrier"}, trust.CategoryDelisting},
	{"suspends-funding", "{S} suspends funding from {V}{R}", []string{"institution"}, trust.CategoryDelisting},
	// a seller's pull, passive
	{"pulled-from", "{O} pulled from {S}{R}", []string{"retailer", "store", "marketplace"}, trust.CategoryDelisting},
	{"removed-from", "{O} removed from {S}{R}", []string{"store", "marketplace"}, trust.CategoryDelisting},
	{"banned-from", "{O} banned from {S}{R}", []string{"store", "marketplace"}, trust.CategoryDelisting},
	{"no-longer-sold", "{O} no longer sold at {S}{R}", []string{"retailer", "marketplace"}, trust.CategoryDelisting},
	{"dropped-by", "{V} dropped by {S}{R}", []string{"retailer", "carrier"}, trust.CategoryDelisting},
	// a list, a programme, a certification
	{"removes-from-list", "{S} removes {V} from approved vendor list{R}", []string{"government"}, trust.CategoryDelisting},
	{"drops-from-list", "{S} drops {V} from list of approved suppliers{R}", []string{"government"}, trust.CategoryDelisting},
	{"removed-from-list", "{V} removed from {S}'s approved products list{R}", []string{"government"}, trust.CategoryDelisting},
	{"struck-from-list", "{V} struck from {S} procurement list{R}", []string{"government"}, trust.CategoryDelisting},
	{"kicked-off-schedule", "{V} kicked off {S} schedule{R}", []string{"government"}, trust.CategoryDelisting},
	{"expelled-program", "{V} expelled from {S} partner program{R}", []string{"partner"}, trust.CategoryDelisting},
	{"suspended-program", "{V} suspended from {S} partner program{R}", []string{"partner"}, trust.CategoryDelisting},
	{"suspends-from-program", "{S} suspends {V} from its partner program{R}", []string{"partner"}, trust.CategoryDelisting},
	{"loses-certification", "{V} loses {S} certification{R}", []string{"partner"}, trust.CategoryDelisting},
	{"stripped-of", "{V} stripped of {S} certification{R}", []string{"partner"}, trust.CategoryDelisting},
}

// dl16Seller is a seller, authority or partner as written and its kind.
type dl16Seller struct{ name, kind string }

var dl16Sellers = []dl16Seller{
	{"Best Buy", "retailer"}, {"Walmart", "retailer"},
	{"Google Play", "store"}, {"Apple", "store"},
	{"Amazon", "marketplace"},
	{"Verizon", "carrier"},
	{"Oxford University", "institution"},
	{"GSA", "government"}, {"Pentagon", "government"},
	{"Microsoft", "partner"},
}

var dl16Goods = map[string]string{
	"retailer": "{V} antivirus", "store": "{V} app", "marketplace": "{V} security cameras", "carrier": "{V} phones",
}

// dl16Vendor is a vendor as written and the name an alert must give.
type dl16Vendor struct{ written, want, kind string }

var dl16Vendors = []dl16Vendor{
	{"Kaspersky", "Kaspersky", "registry"},
	{"Arvoro", "Arvoro", "word"},
	{"Tenmark Systems", "Tenmark Systems", "words"},
}

var dl16Reasons = []struct{ axis, title, lead string }{
	{"none", "", ""},
	{"title-concerns", " over security concerns", ""},
	{"title-state", " over ties to Russian intelligence", ""},
	{"lead", "", "The move follows concerns that {V} has ties to Russian intelligence."},
}

type dl16Cell struct {
	title, lead, want string
	cat               trust.Category
	axes              []string
}

func dl16Cells() []dl16Cell {
	var cells []dl16Cell
	for _, f := range dl16Forms {
		for _, s := range dl16Sellers {
			if !slices.Contains(f.kinds, s.kind) {
				continue
			}
			for _, v := range dl16Vendors {
				for _, r := range dl16Reasons {
					goods := strings.ReplaceAll(dl16Goods[s.kind], "{V}", v.written)
					if goods == "" {
						goods = v.written
					}
					rep := strings.NewReplacer("{S}", s.name, "{V}", v.written, "{O}", goods, "{R}", r.title)
					t := rep.Replace(f.tmpl)
					t = strings.ToUpper(t[:1]) + t[1:]
					lead := strings.ReplaceAll(r.lead, "{V}", v.written)
					if lead == "" {
						lead = "A spokesperson said " + v.written + " had been told of the decision."
					}
					want := v.want
					cells = append(cells, dl16Cell{t, lead, want, f.cat, []string{"seller:" + s.kind, "form:" + f.form, "vendor:" + v.kind, "reason:" + r.axis}})
				}
			}
		}
	}
	return cells
}

// TestDl16Grid holds the grid's axes to their floors and logs each.
// DL16_FAILS=<file> writes the failing cells.
func TestDl16Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range dl16Cells() {
		g.check(c.title, c.lead, c.axes, gridAlerts(c.cat, c.want), append([]string{"all"}, c.axes...)...)
	}
	g.stat.log(t, "%-28s %d/%d")
	// Floors a little under the figures at the round's end (all 875 of
	// 948; 740 at the start). Left below: a store's, a partner's or an
	// institution's act with no reason told (its own rules or business
	// as often), a one-word name a partner drops with no reason.
	g.stat.hold(t, map[string]float64{"all": 0.9, "reason:title-concerns": 0.9, "reason:title-state": 0.9, "reason:lead": 0.9,
		"form:no-longer-sold": 0.95, "form:struck-from-list": 0.95, "form:removed-from-list": 0.95, "form:drops-from-list": 0.95,
		"seller:government": 0.9})
	writeFails(t, "DL16_FAILS", g.fails)
}

// dl16LookalikeTemplates are the grid's parts in their other senses: {V}
// a vendor. Every cell must stay silent.
var dl16LookalikeTemplates = []string{
	// lists of rank, markets and money
	"{V} removed from Fortune 500 list",
	"{V} dropped from S&P 500 index",
	"NYSE to delist {V}",
	"Nasdaq delists {V} shares after accounting scandal",
	// a partner's place or a contract lost with no motive of trust
	"{V} loses Microsoft certification",
	"{V} loses Pentagon contract",
	"{V} expelled from partner program after dues dispute",
	"Turkey removed from F-35 partner program",
	// unsafe, fake, discontinued
	"Best Buy pulls {V} heaters over fire risk",
	"Apple removes fake {V} app that stole passwords",
	"{V} discontinues its partner program",
	"Microsoft suspends bug bounty program",
	// talk, questions, denials
	"Lawmakers urge GSA to remove {V} from approved vendor list",
	"Should GSA drop {V} from its schedule?",
	"{V} denies it was removed from GSA list",
	// returns with no hold, courts keeping a listing
	"{V} service available again after outage",
	"{V} returns to profit in third quarter",
	"Judge rules Commerce properly listed {V} as Chinese military company",
	// business, not trust
	"Verizon drops plans to sell {V} phones amid chip shortage",
	"{V} halts sales in Russia",
}

// TestDl16Lookalikes holds the look-alike grid silent for every
// vendor kind.
func TestDl16Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	var cells []string
	for _, tmpl := range dl16LookalikeTemplates {
		for _, v := range []string{"Kaspersky", "Arvoro", "Tenmark Systems"} {
			cells = append(cells, strings.ReplaceAll(tmpl, "{V}", v))
		}
	}
	checkSilent(t, m, slices.Compact(slices.Sorted(slices.Values(cells)))...)
}
