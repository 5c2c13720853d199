package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of delist14's family, delisting: a retailer, app store,
// marketplace, platform, carrier or partner pulling or halting a vendor's
// products. Cells differ only in structure: the actor (named of each kind,
// or unnamed "retailers"), the verb in every form (active, passive,
// nominal), the object (products of a kind, an app, an extension, the
// brand), the reason (none, in the title, only in the lead), the vendor
// (registry, one unknown word, two unknown words, a product name) and
// where the name and the signal stand (title, or only the lead). The
// look-alike grid crosses the same parts with the family's other senses:
// fake and typosquat apps, account and content bans, recalls, the
// vendor's own withdrawal, business and rules reasons, stock-exchange
// listings, proposals, denials and commentary.

// dl14Actor is one actor of the grid: {A} as written at the title's
// start, and its kind.
type dl14Actor struct{ name, kind string }

var dl14Actors = []dl14Actor{
	{"Walmart", "retailer"}, {"Best Buy", "retailer"}, {"Home Depot", "retailer"},
	{"Amazon", "marketplace"}, {"eBay", "marketplace"},
	{"Google Play", "store"}, {"Apple", "store"},
	{"Microsoft", "platform"}, {"Verizon", "carrier"},
	{"Retailers", "unnamed"}, {"Major US retailers", "unnamed"},
}

// dl14Vendor is a vendor as written and the name its alert must carry.
type dl14Vendor struct{ written, want, kind string }

var dl14Vendors = []dl14Vendor{
	{"Hikvision", "Hikvision", "registry"},
	{"Quillstack", "Quillstack", "word"},
	{"Tenmark Systems", "Tenmark Systems", "words"},
}

// dl14Objects are what is pulled: {V} the vendor; the kind word after
// it. Apps go to stores, devices to shops: a cell pairs them by actor.
var dl14Objects = map[string][]string{
	"device": {"{V} routers", "{V} cameras", "{V} smart plugs", "{V} products"},
	"app":    {"{V} apps", "{V} app"},
}

// dl14GridVerbs are the verb's forms: {A} actor, {O} object, {R} reason
// (empty or " over security concerns"); the form is the axis.
var dl14GridVerbs = []struct{ form, tmpl, object string }{
	{"pulls", "{A} pulls {O}{R}", ""},
	{"pulls-shelves", "{A} pulls {O} from shelves{R}", "device"},
	{"drops", "{A} drops {O}{R}", ""},
	{"removes", "{A} removes {O}{R}", ""},
	{"removes-shelves", "{A} removes {O} from shelves{R}", "device"},
	{"removes-store", "{A} removes {O} from its store{R}", ""},
	{"halts-sales", "{A} halts sales of {O}{R}", "device"},
	{"stops-sales", "{A} stops sales of {O}{R}", "device"},
	{"suspends-sales", "{A} suspends sales of {O}{R}", "device"},
	{"ends-sales", "{A} ends sales of {O}{R}", "device"},
	{"stops-selling", "{A} stops selling {O}{R}", "device"},
	{"stop-carrying", "{A} stops carrying {O}{R}", "device"},
	{"stop-stocking", "{A} stops stocking {O}{R}", "device"},
	{"stop-offering", "{A} stops offering {O}{R}", ""},
	{"no-longer-sell", "{A} will no longer sell {O}{R}", "device"},
	{"delists", "{A} delists {O}{R}", ""},
	{"bans", "{A} bans {O}{R}", ""},
	{"bans-store", "{A} bans {O} from its store{R}", ""},
	{"kicks-off", "{A} kicks {O} off its platform{R}", ""},
	{"yanks", "{A} yanks {O}{R}", ""},
	{"takes-down", "{A} takes down {O}{R}", ""},
	{"phases-out", "{A} phases out {O}{R}", "device"},
	{"dumps", "{A} dumps {O}{R}", ""},
	{"cuts-ties", "{A} cuts ties with {V}{R}", ""},
	{"passive-pulled", "{O} pulled from {A}{R}", ""},
	{"passive-removed", "{O} removed from {A}{R}", ""},
	{"passive-was", "{O} was pulled from {A}{R}", ""},
	{"passive-banned", "{O} banned from {A}{R}", ""},
	{"passive-delisted", "{O} delisted by {A}{R}", ""},
	{"sales-halted", "Sales of {O} halted at {A}{R}", "device"},
	{"nominal-removal", "{A} announces removal of {O}{R}", ""},
	{"nominal-poss", "{A}'s removal of {O}{R}", ""},
	{"has-pulled", "{A} has pulled {O}{R}", ""},
	{"to-pull", "{A} to pull {O}{R}", ""},
	{"is-pulling", "{A} is pulling {O}{R}", ""},
}

// dl14Reasons: none, in the title, or only in the lead.
var dl14Reasons = []struct{ axis, title, lead string }{
	{"none", "", ""},
	{"title-concerns", " over security concerns", ""},
	{"title-backdoor", " after backdoor report", ""},
	{"title-china", " over data sent to China", ""},
	{"lead", "", "The move follows a report that the devices contained a hidden backdoor account."},
}

// dl14Cell is one probe.
type dl14Cell struct {
	title, lead, want string
	axes              []string // actor kind, verb form, vendor kind, reason, object kind, lead
}

// dl14Cells builds the title grid: every actor, verb, vendor, reason and
// one object of the actor's kind.
func dl14Cells() []dl14Cell {
	var cells []dl14Cell
	for _, a := range dl14Actors {
		okind := "device"
		if a.kind == "store" {
			okind = "app"
		}
		for _, vb := range dl14GridVerbs {
			if vb.object != "" && vb.object != okind {
				continue
			}
			for vi, v := range dl14Vendors {
				objs := dl14Objects[okind]
				obj := strings.ReplaceAll(objs[vi%len(objs)], "{V}", v.written)
				for _, r := range dl14Reasons {
					for _, named := range []bool{false, true} {
						lead, leadAxis := r.lead, "lead:empty"
						if okind == "app" && lead != "" {
							lead = "The move follows a report that the app sent users' data to servers in China."
						}
						if named {
							// A summary names the vendor again, as real
							// ones do: the evidence that a title's first
							// word is a name, not capitalised for its place.
							lead, leadAxis = "A spokesperson said "+v.written+" had been told of the decision.", "lead:names"
							if r.lead != "" {
								lead = "The move follows a report that " + v.written + " devices contained a hidden backdoor account."
								if okind == "app" {
									lead = "The move follows a report that the " + v.written + " app sent users' data to servers in China."
								}
							}
						}
						tmpl, actor := vb.tmpl, a.name
						if a.kind == "unnamed" {
							tmpl = dl14Plural(tmpl)
							if !strings.HasPrefix(tmpl, "{A}") {
								actor = strings.ToLower(actor[:1]) + actor[1:] // "pulled from major US retailers"
							}
						}
						t := strings.NewReplacer("{A}", actor, "{O}", obj, "{V}", v.written, "{R}", r.title).Replace(tmpl)
						t = strings.ToUpper(t[:1]) + t[1:]
						cells = append(cells, dl14Cell{t, lead, v.want, []string{a.kind, vb.form, v.kind, r.axis, okind, leadAxis}})
					}
				}
			}
		}
	}
	return cells
}

// dl14Plural puts the verb after a plural actor in its plural form:
// "{A} pulls" is "{A} pull", "{A} has pulled" is "{A} have pulled".
func dl14Plural(tmpl string) string {
	rest, ok := strings.CutPrefix(tmpl, "{A} ")
	if !ok {
		return tmpl
	}
	verb, tail, _ := strings.Cut(rest, " ")
	switch {
	case verb == "has":
		verb = "have"
	case verb == "is":
		verb = "are"
	case strings.HasSuffix(verb, "es") && (strings.HasSuffix(verb, "ches") || strings.HasSuffix(verb, "shes")):
		verb = strings.TrimSuffix(verb, "es")
	case strings.HasSuffix(verb, "s"):
		verb = strings.TrimSuffix(verb, "s")
	}
	return "{A} " + verb + " " + strings.ReplaceAll(tail, " its ", " their ")
}

// dl14LeadCells hold the name or the signal in the lead alone.
var dl14LeadCells = []struct{ axis, title, lead, want string }{
	{"name-in-lead", "Walmart pulls routers after backdoor report", "The retailer removed Tenmark Systems routers from its stores and website after researchers found a hidden account in their firmware.", "Tenmark Systems"},
	{"name-in-lead", "Best Buy stops selling webcams over spying fears", "The electronics chain has pulled Quillstack webcams from its shelves after a report that they sent footage to servers in China.", "Quillstack"},
	{"name-in-lead", "Google removes popular VPN app from Play Store", "Quillstack VPN, downloaded ten million times, was taken down after researchers found it routed users' traffic through a Chinese state company.", "Quillstack"},
	{"name-in-lead", "Retailers pull smart plugs after backdoor report", "Amazon and Walmart removed Tenmark Systems smart plugs from sale after researchers found a hidden remote-access account.", "Tenmark Systems"},
	{"signal-in-lead", "Tenmark Systems routers vanish from US stores", "Walmart and Best Buy have stopped selling the routers after a report found a backdoor account in their firmware.", "Tenmark Systems"},
	{"signal-in-lead", "Bad week for Quillstack as retailers act", "Best Buy and Home Depot have pulled Quillstack cameras from their shelves over security concerns.", "Quillstack"},
	{"signal-in-lead", "Hikvision cameras gone from Home Depot", "The retailer stopped selling the Chinese-made cameras over security concerns.", "Hikvision"},
	{"signal-in-lead", "Quillstack app disappears from Google Play", "Google removed the app after researchers found it collected users' contacts and sent them to servers in China.", "Quillstack"},
}

// dl14Ambiguous names cells left out of the floor: "drops", "dumps" and
// "bans" with no reason beside an unknown name (a price drop and a
// platform's rules read alike); the floors below hold the rest.

// TestDl14Grid holds the title grid and the lead cells to their floors,
// logging each axis. DL14_FAILS=<file> writes the failing cells.
func TestDl14Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range dl14Cells() {
		g.check(c.title, c.lead, c.axes, gridAlerts(trust.CategoryDelisting, c.want),
			"actor:"+c.axes[0], "verb:"+c.axes[1], "vendor:"+c.axes[2], "reason:"+c.axes[3], c.axes[5], "all")
	}
	for _, c := range dl14LeadCells {
		// A lead cell may alert as coverage: the title alone is no event.
		g.check(c.title, c.lead, []string{c.axis}, func(a trust.Alert, ok bool) bool {
			return ok && a.Category == trust.CategoryDelisting && namesLoosely(a, c.want)
		}, c.axis)
	}
	g.stat.log(t, "%-24s %d/%d")
	// Floors a little under the figures at the round's end (all 0.92,
	// reasons in the title 0.93-0.96, no reason 0.82). Left ambiguous,
	// below them: an app store's pull with no motive (its own rules, as
	// often as trust), a platform's pull of goods it may make
	// ("Microsoft pulls Quillstack routers"), a tie cut with no goods or
	// motive ("Walmart cuts ties with Quillstack"), a single unknown word
	// opening the title with a lead that does not write it again.
	g.stat.hold(t, map[string]float64{"all": 0.9, "reason:title-concerns": 0.9, "reason:title-backdoor": 0.9,
		"reason:title-china": 0.9, "reason:lead": 0.9, "reason:none": 0.78, "actor:retailer": 0.95, "actor:unnamed": 0.95})
	writeFails(t, "DL14_FAILS", g.fails)
}

// dl14LookalikeTemplates are the family's parts in their other senses:
// {A} a seller, {V} a vendor. Every cell must stay silent.
var dl14LookalikeTemplates = []string{
	// never trusted: fakes, impersonators, typosquats
	"{A} removes fake {V} apps",
	"{A} pulls 17 fake apps impersonating {V}",
	"{A} removes malicious extensions posing as {V}",
	"{A} takes down typosquatted {V} extensions",
	"Counterfeit {V} routers pulled from {A}",
	"{A} bans knockoff {V} chargers",
	// accounts, posts, ads, content
	"{A} bans {V} accounts for spam",
	"{A} removes {V} posts over misinformation",
	"{A} suspends {V} seller account over fake reviews",
	"{A} pulls {V} ads after complaints",
	"{A} removes {V} app over violent content",
	// recalls and safety of another sense
	"{A} recalls {V} chargers over fire hazard",
	"{A} pulls {V} space heaters over fire risk",
	"{A} halts sales of {V} e-scooters after battery fires",
	"{V} power banks recalled, pulled from {A} over overheating",
	// the store's own rules, business
	"{A} pulls {V} app over copyright complaint",
	"{A} removes {V} app for breaking gambling rules",
	"{A} pulls {V} game after payment dispute",
	"{A} drops prices on {V} routers",
	"{A} drops {V} routers to $49 in holiday deal",
	"{A} halts sales of {V} phones amid chip shortage",
	"{A} stops selling {V} TVs over pricing dispute",
	"{A} pulls {V} products over tariff costs",
	// the vendor's own act
	"{V} pulls its cameras from {A}",
	"{V} discontinues routers sold at {A}",
	"{V} pulls out of deal with {A}",
	"{V} drops support for older routers sold at {A}",
	// stock exchanges
	"Nasdaq delists {V} after accounting scandal",
	"{V} shares delisted from NYSE",
	// proposals, denials, questions, commentary
	"Lawmakers urge {A} to pull {V} cameras",
	"Senators call on {A} to stop selling {V} routers",
	"Should {A} stop selling {V} cameras?",
	"{A} denies pulling {V} cameras",
	"{A} denies it has removed {V} routers from its stores",
	"{A} denied reports it would stop selling {V} phones",
	"{A} won't stop selling {V} routers despite pressure",
	"{A} refuses to remove {V} apps",
	"{A} says it will not drop {V} products",
	"Why {A} should not pull {V} cameras",
	// use, flaws, attacks
	"Hackers exploit flaw in {V} routers sold at {A}",
	"{V} cameras sold on {A} found vulnerable to remote attacks",
	"Attackers abuse {A} listings to push fake {V} software",
}

// dl14LookalikeSellers and dl14LookalikeVendors cross the templates.
var (
	dl14LookalikeSellers = []string{"Walmart", "Best Buy", "Amazon", "Google Play", "Apple", "Retailers"}
	dl14LookalikeVendors = []string{"Hikvision", "Quillstack", "Tenmark Systems"}
)

// TestDl14Lookalikes holds the look-alike grid silent.
func TestDl14Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	var cells []string
	for _, tmpl := range dl14LookalikeTemplates {
		for _, a := range dl14LookalikeSellers {
			for _, v := range dl14LookalikeVendors {
				cells = append(cells, strings.NewReplacer("{A}", a, "{V}", v).Replace(tmpl))
			}
		}
	}
	checkSilent(t, m, cells...)
}
