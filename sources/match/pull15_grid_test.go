package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of pull15's family, delisting, on the wordings the
// fourteenth round's grid (delist14_grid_test.go) did not hold: the sale
// noun after the vendor ("halts X sales"), several sellers ("Walmart,
// Target pull"), stores named by several words ("Chrome Web Store"),
// a handset maker taking preinstalled goods off its phones, a telecom
// operator ripping out or replacing a vendor's gear, goods taken off
// shelves, a name passive with "kicked off" and "booted from", and the
// name or the pull only in the lead. Each cell crosses a seller kind, a
// verb form, a vendor (registry, one unknown word, two unknown words)
// and a reason (none, in the title, only in the lead).

// pl15Form is one verb form: {S} seller, {V} vendor, {O} the vendor's
// goods of the seller's kind, {R} the title's reason; kinds lists the
// seller kinds it is written for.
type pl15Form struct {
	form, tmpl string
	kinds      []string
}

var pl15Forms = []pl15Form{
	{"halts-v-sales", "{S} halts {V} sales{R}", []string{"retailer", "marketplace", "operator"}},
	{"halt-v-sales", "{S} halt {V} sales{R}", []string{"sellers"}},
	{"suspends-v-sales", "{S} suspends {V} sales{R}", []string{"retailer", "marketplace", "operator"}},
	{"stops-v-sales", "{S} stops {O} sales{R}", []string{"retailer", "operator"}},
	{"v-sales-halted", "{V} sales halted at {S}{R}", []string{"retailer"}},
	{"pull", "{S} pull {O}{R}", []string{"sellers"}},
	{"pulls", "{S} pulls {O}{R}", []string{"retailer", "store", "marketplace"}},
	{"takes-off-shelves", "{S} takes {O} off its shelves{R}", []string{"retailer"}},
	{"take-off-shelves", "{S} take {O} off shelves{R}", []string{"sellers"}},
	{"pulled-from", "{O} pulled from {S}{R}", []string{"store", "browser", "retailer", "cloud"}},
	{"removed-from", "{O} removed from {S}{R}", []string{"store", "browser", "cloud"}},
	{"delisted-from", "{V} delisted from {S}{R}", []string{"store", "cloud", "marketplace"}},
	{"kicked-off", "{O} kicked off {S}{R}", []string{"store", "browser", "marketplace"}},
	{"booted-from", "{O} booted from {S}{R}", []string{"store", "browser"}},
	{"removes-from-phones", "{S} removes {O} from its phones{R}", []string{"oem"}},
	{"stops-preinstalling", "{S} stops preinstalling {O}{R}", []string{"oem"}},
	{"no-longer-preinstall", "{S} will no longer preinstall {O}{R}", []string{"oem"}},
	{"stops-using", "{S} stops using {O}{R}", []string{"operator"}},
	{"to-rip-out", "{S} to rip out {O}{R}", []string{"operator"}},
	{"strips", "{S} strips {O} from its network{R}", []string{"operator"}},
	{"replaces", "{S} replaces {O}{R}", []string{"operator"}},
	{"to-replace", "{S} to replace {O} with Nokia gear{R}", []string{"operator"}},
	{"drops-partner", "{S} drops {V} from its partner program{R}", []string{"partner"}},
	{"exclusive", "Exclusive: {S} pulls {O}{R}", []string{"retailer", "store"}},
}

// pl15Seller is a seller as written and its kind.
type pl15Seller struct{ name, kind string }

var pl15Sellers = []pl15Seller{
	{"Best Buy", "retailer"}, {"Walmart", "retailer"}, {"Staples", "retailer"},
	{"Walmart, Target", "sellers"}, {"Walmart and Best Buy", "sellers"}, {"Amazon and eBay", "sellers"},
	{"Google Play", "store"}, {"Apple", "store"}, {"the App Store", "store"},
	{"Chrome Web Store", "browser"}, {"Mozilla's add-ons site", "browser"},
	{"Amazon", "marketplace"}, {"eBay", "marketplace"},
	{"AWS Marketplace", "cloud"}, {"Azure Marketplace", "cloud"},
	{"Samsung", "oem"}, {"Xiaomi", "oem"},
	{"Vodafone", "operator"}, {"Telecom operator", "operator"}, {"BT", "operator"},
	{"Microsoft", "partner"},
}

// pl15Goods are a seller kind's goods of a vendor {V}.
var pl15Goods = map[string]string{
	"retailer": "{V} baby monitors", "sellers": "{V} routers", "store": "{V} messaging app", "browser": "{V} browser extension",
	"marketplace": "{V} security cameras", "cloud": "{V} antivirus", "oem": "{V} antivirus", "operator": "{V} equipment",
	"partner": "{V}",
}

var pl15Vendors = []dl14Vendor{
	{"Kaspersky", "Kaspersky", "registry"},
	{"Arvoro", "Arvoro", "word"},
	{"Tenmark Systems", "Tenmark Systems", "words"},
}

// pl15Reasons: none, in the title of several kinds, or only in the lead.
var pl15Reasons = []struct{ axis, title, lead string }{
	{"none", "", ""},
	{"title-concerns", " amid security concerns", ""},
	{"title-intel", " amid concerns over links to Russian intelligence", ""},
	{"title-hack", " after hacking report", ""},
	{"title-spying", " for spying on users", ""},
	{"lead", "", "The move follows a report that {V} products sent users' data to servers controlled by a foreign intelligence service."},
}

// pl15NeedsMotive are seller kinds whose pull with no reason is left
// out of the floor: an operator changes suppliers and a handset maker
// its bundled apps for business as often as for trust.
var pl15NeedsMotive = set("operator", "oem", "partner", "store", "browser", "cloud")

// pl15StoreKinds are stores: an app pulled "after hacking report" is
// their own rules on a flaw as often as trust, so out of the floor.
var pl15StoreKinds = set("store", "browser", "cloud")

// pl15Cell is one probe; want is the vendor an alert must name, or ""
// for a cell out of the floor (logged, not held).
type pl15Cell struct {
	title, lead, want string
	axes              []string
}

func pl15Cells() []pl15Cell {
	var cells []pl15Cell
	for _, f := range pl15Forms {
		for _, s := range pl15Sellers {
			if !slices.Contains(f.kinds, s.kind) || s.name == "Apple" && !strings.HasPrefix(f.tmpl, "{S}") {
				continue // "X pulled from Apple": news writes its store
			}
			for _, v := range pl15Vendors {
				for _, r := range pl15Reasons {
					goods := strings.ReplaceAll(pl15Goods[s.kind], "{V}", v.written)
					rep := strings.NewReplacer("{S}", s.name, "{V}", v.written, "{O}", goods, "{R}", r.title)
					t := rep.Replace(f.tmpl)
					t = strings.ToUpper(t[:1]) + t[1:]
					lead := strings.ReplaceAll(r.lead, "{V}", v.written)
					if lead == "" {
						lead = "A spokesperson said " + v.written + " had been told of the decision."
					}
					want := v.want
					if r.axis == "none" && (pl15NeedsMotive[s.kind] || f.form == "delisted-from") || r.axis == "title-hack" && pl15StoreKinds[s.kind] {
						want = ""
					}
					cells = append(cells, pl15Cell{t, lead, want, []string{"seller:" + s.kind, "form:" + f.form, "vendor:" + v.kind, "reason:" + r.axis}})
				}
			}
		}
	}
	return cells
}

// pl15LeadCells hold the name, or the pull, in the lead alone.
var pl15LeadCells = []pl15Cell{
	{"Best Buy pulls Russian antivirus software from its shelves", "Best Buy will stop selling Arvoro products amid concerns over the company's ties to Russian intelligence.", "Arvoro", []string{"name-in-lead"}},
	{"Best Buy halts sales of antivirus software amid Russia concerns", "The retailer is removing Tenmark Systems products from its stores and website.", "Tenmark Systems", []string{"name-in-lead"}},
	{"Apple removes Russia's largest social network from the App Store", "Apple has removed Arvoro's apps from the App Store after the UK sanctioned the company's executives.", "Arvoro", []string{"name-in-lead"}},
	{"Popular VPN app pulled from Google Play for spying on users", "Arvoro VPN, installed ten million times, sent users' browsing data to servers in China.", "Arvoro", []string{"name-in-lead"}},
	{"Walmart, Target pull baby monitors after hacking report", "The retailers removed Arvoro baby monitors from their shelves after researchers showed strangers could watch the video feeds.", "Arvoro", []string{"name-in-lead"}},
	{"Samsung removes antivirus app from its phones over Russia links", "Samsung said it would stop preinstalling Arvoro antivirus on its devices.", "Arvoro", []string{"name-in-lead"}},
	{"Telecom operator rips out Chinese equipment over security concerns", "Vodafone said it would remove Arvoro equipment from its core network within two years.", "Arvoro", []string{"name-in-lead"}},
	{"Arvoro: a setback as Best Buy acts", "Best Buy has stopped selling Arvoro cameras over security concerns.", "Arvoro", []string{"pull-in-lead"}},
	{"Arvoro cameras vanish from Best Buy shelves", "The retailer stopped selling the cameras over concerns about links to Chinese intelligence.", "Arvoro", []string{"pull-in-lead"}},
	{"Tenmark Systems routers no longer available at Walmart", "The retailer pulled the routers after a report found a hidden backdoor account.", "Tenmark Systems", []string{"pull-in-lead"}},
	{"Arvoro cameras vanish from Best Buy shelves", "The retailer stopped selling Arvoro cameras over concerns about links to Chinese intelligence.", "Arvoro", []string{"pull-in-lead"}},
	{"Tenmark Systems routers no longer available at Walmart", "Walmart pulled the Tenmark Systems routers after a report found a hidden backdoor account.", "Tenmark Systems", []string{"pull-in-lead"}},
	{"Arvoro app disappears from Google Play and the App Store", "Google and Apple removed the app after a report that it sent users' messages to servers in China.", "Arvoro", []string{"pull-in-lead"}},
}

// TestPl15Grid holds the grid's axes to their floors and logs each.
// PL15_FAILS=<file> writes the failing cells.
func TestPl15Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range append(pl15Cells(), pl15LeadCells...) {
		// A cell with no vendor wanted is counted apart and never listed.
		axes, count := c.axes, append([]string{"all"}, c.axes...)
		if c.want == "" {
			axes, count = nil, []string{"unheld"}
		}
		g.check(c.title, c.lead, axes, gridAlerts(trust.CategoryDelisting, c.want), count...)
	}
	g.stat.log(t, "%-28s %d/%d")
	// Floors a little under the figures at the round's end (all 0.99,
	// no reason 0.88, name in lead 7/7, pull in lead 3/6). Left below:
	// "suspends X sales" with no reason (a store's own suspension reads
	// alike), a platform's partner program left "after hacking report"
	// (a platform's pull wants spying or a state's reach), a title that
	// only names the vendor ("Arvoro: a setback as Best Buy acts"), goods
	// gone whose lead writes no name again, a lead whose motive is
	// "servers in China" alone.
	g.stat.hold(t, map[string]float64{"all": 0.97, "reason:none": 0.85, "name-in-lead": 0.85, "pull-in-lead": 0.4,
		"seller:operator": 0.97, "seller:oem": 0.97, "seller:sellers": 0.97, "seller:retailer": 0.95})
	writeFails(t, "PL15_FAILS", g.fails)
}

// pl15LookalikeTemplates are pull15's shapes in their other senses: {S}
// a seller, {V} a vendor. Every cell must stay silent.
var pl15LookalikeTemplates = []string{
	// prices, deals, shortages, recalls, disputes
	"{S} drops prices on {V} security cameras",
	"{S} halts {V} sales amid chip shortage",
	"{S} suspends {V} sales after recall",
	"{S} stops {V} heater sales over fire risk",
	"{S} halts {V} sales after pricing dispute",
	"{V} sales halted at {S} over battery fires",
	// never trusted: fakes and counterfeits
	"{S} takes counterfeit {V} chargers off its shelves",
	"{S} takes fake {V} apps off its store",
	"Fake {V} apps kicked off Google Play",
	"Counterfeit {V} cameras booted from Amazon",
	// a maker or operator changing suppliers with no motive of trust
	"Samsung removes {V} apps from its phones after user complaints",
	"Samsung stops preinstalling {V} apps to cut costs",
	"Xiaomi will no longer preinstall {V} apps",
	"Vodafone replaces {V} equipment in 5G upgrade",
	"Telecom operator stops using {V} gear as contract ends",
	"BT to rip out {V} equipment as it moves to the cloud",
	"Operator strips {V} equipment from its network after outage",
	"Google stops using {V} chips in Pixel phones",
	"Apple to replace {V} modems with its own",
	// the vendor's own act: leaving a market, its own goods
	"{V} halts Russia sales amid sanctions",
	"{V} suspends shipments to Russia over sanctions",
	"{V} halts iPhone sales in Russia",
	"Apple stops shipping chargers with iPhones",
	// goods gone with no pull told
	"{V} routers vanish from {S} shelves amid chip shortage",
	"{V} app disappears from Google Play",
	"{V} cameras no longer available at {S} as model is retired",
	// sellers as targets, requests, questions, denials
	"Hackers target Walmart, Target shoppers with fake {V} deals",
	"Lawmakers urge {S} to halt {V} sales",
	"Should {S} take {V} cameras off its shelves?",
	"{S} denies it will halt {V} sales",
	"{S} won't stop preinstalling {V} apps",
}

// TestPl15Lookalikes holds the look-alike grid silent for every seller
// and unknown vendor. A registry vendor's name beside "rip out" or "no
// longer available at" is read by the lexicon (older rules), not by
// these shapes, so it is not crossed here.
func TestPl15Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	var cells []string
	for _, tmpl := range pl15LookalikeTemplates {
		for _, s := range []string{"Walmart", "Best Buy", "Amazon", "Walmart, Target"} {
			for _, v := range []string{"Quillstack", "Arvoro", "Tenmark Systems"} {
				cells = append(cells, strings.NewReplacer("{S}", s, "{V}", v).Replace(tmpl))
			}
		}
	}
	checkSilent(t, m, slices.Compact(slices.Sorted(slices.Values(cells)))...)
}
