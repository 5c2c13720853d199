package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLK22Tune holds the matcher to testdata/lk22_tune.tsv, written blind
// from trust-events.md and the feed guide before the round read the
// matcher: 40 events and 160 hard look-alikes (commentary, webinars,
// exploited CVEs, brand abuse, a vendor's own bans, content and sports
// bans, proposals, a security vendor's reports, breaches shipping
// nothing). 38/40 right (33 naming every labelled vendor) and 7/160
// alerting at the start; after prec22.go, 38/40 (33) and 1/160 (a
// censor's ban on a messaging app lifted).
func TestLK22Tune(t *testing.T) {
	testBatchFP(t, "testdata/lk22_tune.tsv", 0.8, 0.01)
}

// prec22Cell is one wording of a prec22 grid: {V} is a vendor of the
// registry; cat is the event's category, "" for a look-alike.
type prec22Cell struct {
	shape, wording string
	cat            trust.Category
}

// prec22Cells are the structures of prec22.go, each beside the events of
// the same words that must still alert.
var prec22Cells = []prec22Cell{
	// A topic's label, then a question or an explainer.
	{"label", "{V}'s emergency directive: did the disconnect order work?", ""},
	{"label", "{V}'s emergency directive: how agencies scrambled to comply", ""},
	{"label", "The {V} backdoor: how a hijacked algorithm ended up in firewalls", ""},
	{"label", "The {V} backdoor: why it still matters", ""},
	{"label", "{V} ban: will it survive in court?", ""},
	{"label", "The {V} ban: is it working?", ""},
	{"label", "{V}'s blacklisting: what comes next?", ""},
	{"label", "CISA issues emergency directive: agencies must disconnect {V} appliances", trust.CategoryDirective},
	{"label", "Emergency directive orders agencies to disconnect {V} devices", trust.CategoryDirective},
	{"label", "Senate passes {V} ban: bill heads to the House", trust.CategoryBan},
	{"label", "Breaking: US bans {V} on federal devices", trust.CategoryBan},
	// A newsletter's label.
	{"newsletter", "Risky Bulletin: China sanctions U.S. defense firms, {V} denies breach", ""},
	{"newsletter", "Risky Bulletin: US sanctions {V} executives, Oracle denies breach", ""},
	{"newsletter", "SANS NewsBites: backdoor found in {V} firmware updates", ""},
	{"newsletter", "Daily Dispatch: Commerce adds {V} to Entity List", ""},
	{"newsletter", "Map: countries that banned {V} 5G gear", ""},
	{"newsletter", "Commerce adds {V} to Entity List", trust.CategorySanctions},
	// A ban on people or media.
	{"people", "European Parliament bars {V} lobbyists after bribery raids", ""},
	{"people", "European Parliament bans {V} lobbyists from its premises", ""},
	{"people", "Parliament suspends access for {V} lobbyists", ""},
	{"people", "European Parliament lifts ban on {V} lobbyists", ""},
	{"people", "{V} executives banned from entering US", ""},
	{"people", "{V} lobbyists barred from Parliament after bribery probe", ""},
	{"people", "European Parliament bans {V} devices for staff", trust.CategoryBan},
	{"people", "European Parliament lifts ban on {V} devices", trust.CategoryReversal},
	{"people", "Federal employees banned from using {V}", trust.CategoryBan},
	{"people", "Government staff barred from {V} apps", trust.CategoryBan},
	{"people", "European Parliament bars staff from using {V} apps", trust.CategoryBan},
	{"people", "European Parliament bans {V} over security concerns", trust.CategoryBan},
	{"people", "Government bans {V} apps on officials' phones", trust.CategoryBan},
	{"people", "US bans {V} equipment over national security risks", trust.CategoryBan},
	// A reason of trade or content.
	{"motive", "India bans {V} over tax dispute", ""},
	{"motive", "Indonesia blocks {V} under new licensing rules", ""},
	{"motive", "Amazon bans {V} over fake reviews", ""},
	{"motive", "Steam bans {V} games over payment rules", ""},
	{"motive", "Indonesia blocks {V} over security concerns", trust.CategoryBan},
	{"motive", "India bans {V} over data security concerns", trust.CategoryBan},
	{"motive", "Amazon stops selling {V} products over security flaws", trust.CategoryDelisting},
	{"motive", "Vietnam bans {V} under national security law", trust.CategoryBan},
	// A breach of sanctions, beside a listing.
	{"breach", "{V} pays fine to settle sanctions violations", ""},
	{"breach", "{V} pleads guilty to violating US sanctions on Iran", ""},
	{"breach", "Supplier charged over shipments to {V} in breach of export controls", ""},
	{"breach", "{V} agrees to $1 billion penalty over sanctions breaches", ""},
	{"breach", "US slaps export ban on {V} for violating sanctions on Iran", trust.CategorySanctions},
	{"breach", "Commerce adds {V} to Entity List for violating export controls", trust.CategorySanctions},
	{"breach", "US sanctions {V} over sanctions evasion", trust.CategorySanctions},
	// An idea floated.
	{"floated", "FCC chair floats banning {V} from testing devices", ""},
	{"floated", "Trump floats sanctions on {V}", ""},
	{"floated", "Minister floats a ban on {V} cameras", ""},
	{"floated", "Commerce teased adding {V} to Entity List", ""},
	{"floated", "FCC bans {V} from testing devices", trust.CategoryBan},
	{"floated", "US imposes sanctions on {V}", trust.CategorySanctions},
	{"floated", "Minister announces ban on {V} cameras", trust.CategoryBan},
	// A gerund weighed.
	{"gerund", "Banning {V} won't fix America's data problem", ""},
	{"gerund", "Banning {V} on government phones won't stop the data flowing", ""},
	{"gerund", "Blacklisting {V} could backfire", ""},
	{"gerund", "Sanctioning {V} isn't enough", ""},
	{"gerund", "US bans {V} on government phones", trust.CategoryBan},
	{"gerund", "Commerce blacklists {V}", trust.CategorySanctions},
	// A venue after "from".
	{"venue", "{V} banned from UK 5G networks", trust.CategoryBan},
	{"venue", "Denmark bans {V} from government networks", trust.CategoryBan},
}

// prec22Others are bans of people, media and countries by bodies that
// name no vendor: none may alert.
var prec22Others = []string{
	"Wimbledon bans Russian and Belarusian players",
	"FIFA bans Russian teams from World Cup qualifiers",
	"UEFA bars Russian and Belarusian clubs",
	"IOC suspends Russian athletes",
	"Meta bans RT and other Russian state media networks",
	"YouTube blocks RT and Sputnik channels across Europe",
	"Twitter suspends Chinese state media accounts",
	"Facebook bans Sputnik and other state-run outlets",
	"Russia banned from Olympics for four years",
	"Belarus barred from Eurovision",
	"FIFA bans Russia from World Cup",
	"Russian athletes banned from Paris Olympics",
	"Belarusian skaters barred from Winter Games",
	"NBA bans Chinese sponsor after Xinjiang row",
	"Amazon bans Chinese electronics brands Aukey and Mpow over review abuse",
	"Indonesia blocks Steam, Epic Games and PayPal under new licensing rules",
	"Risky Bulletin: China sanctions U.S. defense firms, Oracle denies breach",
}

// prec22Leads are the leads every cell is read with: the matcher reads
// names and motives from the lead too.
var prec22Leads = []string{
	"The step was announced on Tuesday.",
	"The decision followed Russia's invasion of Ukraine, officials said.",
	"The company said it acted after a review of its policies.",
}

func TestPrec22Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, lead := range prec22Leads {
		for _, c := range prec22Cells {
			for _, v := range []string{"Huawei", "Kaspersky", "TikTok", "Hikvision", "Ivanti", "Juniper"} {
				title := strings.ReplaceAll(c.wording, "{V}", v)
				switch c.cat {
				case "":
					look.check(title, lead, []string{c.shape, "look-alike"}, gridSilent, c.shape+"/look-alike")
				default:
					g.check(title, lead, []string{c.shape, "event"}, gridAlerts(c.cat, v), c.shape+"/event")
				}
			}
		}
		for _, title := range prec22Others {
			look.check(title, lead, []string{"others", "look-alike"}, gridSilent, "others/look-alike")
		}
	}
	g.stat.log(t, "%s: %d/%d")
	look.stat.log(t, "%s: %d/%d")
	g.holdWithLookalikes(t, look, "prec22", 1)
}
