package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestFP20Headlines holds the matcher to testdata/fp20.tsv, written from
// trust-events.md's non-events before the matcher was read: 29/30 events
// right and 6/125 look-alikes alerting at the start, 29/30 and 2/125 at
// the end: a threat to ban TikTok unless it is sold (ultimatum reads a
// demand to sell as a decision, as the corpus labels "US threatens TikTok
// ban if Chinese owners don't sell") and a court letting WhatsApp's suit
// against NSO go on (courtCase: a ruling against a spyware maker). That
// ruling is an event by trust-events.md (court orders against a spyware
// maker), as the other sets label "Appeals court rules NSO Group can be
// sued over WhatsApp hacks": its row is labelled one, 31 events and 124
// look-alikes.
func TestFP20Headlines(t *testing.T) {
	testHeadlinesFP(t, "testdata/fp20.tsv", 0.93, 0.025)
	logBatch(t, "testdata/fp20.tsv")
}

// fp20Cell is one wording of a grid: {V} is the vendor.
type fp20Cell struct {
	shape, wording string
	cat            trust.Category // the event's category; "" for a look-alike
}

// The grid of fp20's shapes: each look-alike beside the events built from
// the same parts (the vendor, the verb, the object), which must stay
// alerts.
var fp20Cells = []fp20Cell{
	// A ban noun beside a passing that decides nothing, and the chamber's.
	{"passing", "{V} ban deadline passes", ""},
	{"passing", "{V} ban deadline passes without enforcement", ""},
	{"passing", "Lawmakers hold hearing on {V} ban two years after law passed", ""},
	{"passing", "Senate holds hearing on {V} ban after bill passed House", ""},
	{"passing", "Senate passes {V} ban", trust.CategoryBan},
	{"passing", "{V} ban passes Senate", trust.CategoryBan},
	{"passing", "House passes bill to ban {V}", trust.CategoryBan},
	{"passing", "State {V} ban takes effect after law passed", trust.CategoryBan},
	// Sanctions on a country hitting the vendor, and sanctions on it.
	{"state", "{V} hit by sanctions on Russia", ""},
	{"state", "{V} sales fall as sanctions on Russia bite", ""},
	{"state", "{V} warns sanctions on China will hurt revenue", ""},
	{"state", "{V} hit with US sanctions", trust.CategorySanctions},
	{"state", "US imposes sanctions on {V}", trust.CategorySanctions},
	{"state", "US slaps export ban on {V} for violating sanctions on Iran", trust.CategorySanctions},
	// Sanctions on people tied to the vendor, and on its leaders.
	{"actors", "US sanctions Russian hackers who used {V} software", ""},
	{"actors", "Treasury sanctions hackers behind attacks on {V} devices", ""},
	{"actors", "Treasury sanctions former {V} employee", ""},
	{"actors", "Treasury sanctions {V} executives", trust.CategorySanctions},
	{"actors", "US sanctions {V}", trust.CategorySanctions},
	// A hold lifted on a person, and on the vendor.
	{"lifted", "Treasury lifts sanctions on {V} developer", ""},
	{"lifted", "US lifts sanctions on {V} CFO", ""},
	{"lifted", "Treasury lifts sanctions on {V}", trust.CategoryReversal},
	{"lifted", "US removes {V} from sanctions list", trust.CategoryReversal},
	// A seller turning the vendor away (a market exit is fp20MarketCells).
	{"seller", "Best Buy stops selling {V} products", trust.CategoryDelisting},
	{"seller", "Amazon stops selling {V} devices in US", trust.CategoryDelisting},
}

// fp20MarketCells are makers outside the registry leaving a market with
// their own goods: no seller turning a vendor away.
var fp20MarketCells = []string{
	"Apple stops selling iPhones in Russia as sanctions bite",
	"Apple stops selling iPhones in Russia",
	"Zorblax halts sales of phones in Russia",
	"Zorblax stops selling laptops in Belarus over sanctions",
	"Quillstack suspends sales of routers in Iran",
}

// fp20CourtCells are a court and a spyware maker: a civil dispute, or a
// ruling against the maker.
var fp20CourtCells = []fp20Cell{
	{"court", "Court rules {V} must pay damages in patent case", ""},
	{"court", "Judge rules {V} violated antitrust law", ""},
	{"court", "Court orders {V} to pay $10 million in copyright case", ""},
	{"court", "Appeals court rules against {V} in contract dispute", ""},
	{"court", "Judge orders {V} to stop targeting WhatsApp users", "any"},
	{"court", "Judge bars {V} from targeting WhatsApp", "any"},
	{"court", "Court allows WhatsApp lawsuit against {V} to proceed", "any"},
}

func TestFP20Grid(t *testing.T) {
	m := defaultMatcher(t)
	const lead = "Officials announced the step on Tuesday."
	alerts := func(cat trust.Category, want string) func(trust.Alert, bool) bool {
		if cat == "any" {
			return func(a trust.Alert, ok bool) bool { return ok && !a.Coverage && namesLoosely(a, want) }
		}
		return gridAlerts(cat, want)
	}
	run := func(g *probeGrid, cells []fp20Cell, vendors []string) {
		for _, c := range cells {
			for _, v := range vendors {
				title := strings.ReplaceAll(c.wording, "{V}", v)
				right, kind := gridSilent, "look-alike"
				if c.cat != "" {
					right, kind = alerts(c.cat, v), "event"
				}
				g.check(title, lead, []string{c.shape, kind}, right, c.shape+"/"+kind)
			}
		}
	}
	g := newProbeGrid(m)
	run(g, fp20Cells, []string{"TikTok", "Huawei", "Kaspersky", "DJI", "Hikvision"})
	run(g, fp20CourtCells, []string{"NSO Group", "Intellexa"})
	for _, title := range fp20MarketCells {
		g.check(title, lead, []string{"market", "look-alike"}, gridSilent, "market/look-alike")
	}
	g.stat.log(t, "%s: %d/%d")
	for _, f := range g.fails {
		t.Error(f)
	}
}
