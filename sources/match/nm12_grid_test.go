package match

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of named12's family: events that name a vendor, told in
// every structure the parts allow (who acted, the verb's form and tense,
// the kind of name, where name and signal stand, the headline's style),
// and look-alikes built of the same parts. Each cell is one title and
// lead; the axes are its labels, so a failing axis shows as a share.

// nm12Cell is one cell of the grid: want is the vendor ("" for a
// look-alike) and cats the categories accepted.
type nm12Cell struct {
	axes        []string
	title, lead string
	want        string
	cats        []trust.Category
}

// nm12Vendor is a name of a kind: kind is its axis, name as written in
// the title, bare the name the alert must carry.
type nm12Vendor struct{ kind, name, bare string }

// nm12Form is a verb form: a template with {A} for the actor and {V}
// for the vendor, its tense as the axis.
type nm12Form struct{ tense, tmpl string }

// nm12Fill expands a template.
func nm12Fill(tmpl, actor, vendor string) string {
	return strings.NewReplacer("{A}", actor, "{V}", vendor).Replace(tmpl)
}

// nm12Family is one category's parts.
type nm12Family struct {
	name    string
	cats    []trust.Category
	actors  []string
	vendors []nm12Vendor
	forms   []nm12Form
	// leadOnly is a title with no name whose lead names the vendor
	// ({V} in lead); signalLead a title with the name and no signal,
	// whose lead tells the action.
	leadOnly   [][2]string
	signalLead [][2]string
}

var nm12Families = []nm12Family{
	{
		name: "ban", cats: []trust.Category{trust.CategoryBan},
		actors: []string{"Pentagon", "Australia", "Texas", "The Dutch government"},
		vendors: []nm12Vendor{{"registry", "Kaspersky", "Kaspersky"}, {"registry", "DeepSeek", "DeepSeek"},
			{"unknown", "Tenmark Systems", "Tenmark Systems"}, {"unknown-desc", "Chinese app maker Arvoro", "Arvoro"}},
		forms: []nm12Form{
			{"present", "{A} bans {V} on government devices"},
			{"present-bar", "{A} bars agencies from using {V}"},
			{"progressive", "{A} is banning {V} on government devices"},
			{"future", "{A} will ban {V} from government networks"},
			{"future-to", "{A} to ban {V} over security concerns"},
			{"perfect", "{A} has banned {V} from government devices"},
			{"passive", "{V} banned on government devices by {A}"},
			{"passive-was", "{V} was banned from government networks by {A}"},
			{"nominal", "{A}'s ban on {V} takes effect"},
			{"prohibit", "{A} prohibits use of {V} on official phones"},
			{"stop-buying", "{A} will stop buying {V} products over security risks"},
			{"stop-using", "{A} stops using {V} software over security concerns"},
			{"rid", "{A} ditches {V} software over security concerns"},
			{"phase-out", "{A} phases out {V} products over security concerns"},
		},
		leadOnly: [][2]string{
			{"{A} bans Chinese AI app on government devices", "The order covers {V}, which officials said posed a security risk."},
		},
		signalLead: [][2]string{
			{"What {A}'s decision means for {V}", "{A} banned {V} from all government devices on Tuesday, citing national security risks."},
		},
	},
	{
		name: "sanctions", cats: []trust.Category{trust.CategorySanctions},
		actors: []string{"Treasury", "Commerce", "The UK", "The EU"},
		vendors: []nm12Vendor{{"registry", "Hikvision", "Hikvision"}, {"registry", "Kaspersky", "Kaspersky"},
			{"unknown", "Tenmark Systems", "Tenmark Systems"}, {"unknown-desc", "Chinese firm Arvoro", "Arvoro"},
			{"unknown-placed", "Beijing-based Quillstack Technology", "Quillstack Technology"}},
		forms: []nm12Form{
			{"present", "{A} sanctions {V} over hacking"},
			{"progressive", "{A} is sanctioning {V} over cyberattacks"},
			{"perfect", "{A} has sanctioned {V}"},
			{"passive", "{V} sanctioned by {A} over cyberattacks"},
			{"list-add", "{A} adds {V} to Entity List"},
			{"list-progressive", "{A} is adding {V} to its trade blacklist"},
			{"list-perfect", "{A} has added {V} to the Entity List"},
			{"list-passive", "{V} added to Entity List"},
			{"list-passive-was", "{V} was added to the Entity List by {A}"},
			{"list-nominal", "{V}'s addition to the Entity List takes effect"},
			{"blacklist", "{A} blacklists {V}"},
			{"future", "{A} will sanction {V} over hacking"},
		},
		leadOnly: [][2]string{
			{"{A} sanctions Chinese cybersecurity company over hacking campaign", "The sanctions target {V}, which officials said supported state-sponsored hackers."},
		},
		signalLead: [][2]string{
			{"Trade tensions rise over {V}", "{A} added {V} to its Entity List on Thursday. The company denied wrongdoing."},
		},
	},
	{
		name: "delisting", cats: []trust.Category{trust.CategoryDelisting},
		actors: []string{"Best Buy", "Amazon", "Google", "Apple"},
		vendors: []nm12Vendor{{"registry", "Kaspersky", "Kaspersky"}, {"registry", "Hikvision", "Hikvision"},
			{"unknown", "Tenmark Systems", "Tenmark Systems"}, {"unknown-desc", "Chinese camera maker Arvoro", "Arvoro"}},
		forms: []nm12Form{
			{"present", "{A} pulls {V} products over security concerns"},
			{"progressive", "{A} is pulling {V} products from its stores"},
			{"future", "{A} will stop selling {V} products"},
			{"perfect", "{A} has stopped selling {V} products over security concerns"},
			{"passive", "{V} products pulled from {A} over security concerns"},
			{"remove", "{A} removes {V} apps from its store over security concerns"},
			{"drop", "{A} drops {V} over national security concerns"},
			{"dumps", "{A} dumps {V} products over spying concerns"},
			{"stops-carrying", "{A} stops carrying {V} products over spying concerns"},
		},
		leadOnly: [][2]string{
			{"{A} pulls Chinese security cameras over spying fears", "The retailer stopped selling cameras made by {V} after reports of ties to Beijing."},
		},
	},
	{
		name: "directive", cats: []trust.Category{trust.CategoryDirective, trust.CategoryBan},
		actors: []string{"CISA", "Germany's BSI", "The Czech cyber agency"},
		vendors: []nm12Vendor{{"registry", "Kaspersky", "Kaspersky"}, {"registry", "Huawei", "Huawei"},
			{"unknown", "Tenmark Systems", "Tenmark Systems"}, {"unknown-desc", "Chinese vendor Arvoro", "Arvoro"}},
		forms: []nm12Form{
			{"order", "{A} orders agencies to remove {V} software"},
			{"tell", "{A} tells agencies to disconnect {V} devices"},
			{"progressive", "{A} is ordering agencies to remove {V} software"},
			{"warn", "{A} warns against using {V} products"},
			{"urge", "{A} urges users to replace {V} software"},
			{"passive", "Agencies ordered to disconnect {V} devices"},
		},
		leadOnly: [][2]string{
			{"{A} orders agencies to disconnect Chinese devices", "The directive covers devices made by {V}, which it said could be controlled remotely."},
		},
	},
	{
		name: "distrust", cats: []trust.Category{trust.CategoryDistrust},
		actors: []string{"Microsoft", "Google", "Mozilla", "Apple", "Chrome"},
		vendors: []nm12Vendor{{"registry", "Entrust", "Entrust"},
			{"unknown", "Arvoro", "Arvoro"}, {"unknown-desc", "certificate authority Arvoro", "Arvoro"}},
		forms: []nm12Form{
			{"progressive", "{A} is removing {V} from its trusted root list"},
			{"present", "{A} removes {V} from its root store"},
			{"perfect", "{A} has removed {V} from its trusted root program"},
			{"future", "{A} will stop trusting {V} certificates"},
			{"future-no-longer", "{A} will no longer trust {V} certificates"},
			{"future-to", "{A} to distrust {V} certificates"},
			{"present-distrust", "{A} distrusts {V} certificates after compliance failures"},
			{"passive", "{V} certificates distrusted by {A}"},
			{"passive-removed", "{V} removed from {A}'s root store"},
			{"nominal", "{A}'s removal of {V} from its root store takes effect"},
			{"drop", "{A} drops {V} from its root store"},
			{"progressive-distrust", "{A} is distrusting {V} certificates"},
		},
		leadOnly: [][2]string{
			{"{A} to distrust another certificate authority", "Certificates issued by {V} after November will no longer be trusted, the company said."},
		},
	},
	{
		name: "reversal", cats: []trust.Category{trust.CategoryReversal},
		actors: []string{"Commerce", "Montana", "The Pentagon"},
		vendors: []nm12Vendor{{"registry", "Xiaomi", "Xiaomi"}, {"registry", "TikTok", "TikTok"},
			{"unknown", "Tenmark Systems", "Tenmark Systems"}},
		forms: []nm12Form{
			{"court-blocks", "Court blocks {A}'s ban on {V}"},
			{"lifts", "{A} lifts ban on {V}"},
			{"progressive", "{A} is lifting its ban on {V}"},
			{"future", "{A} will lift restrictions on {V}"},
			{"passive", "{V} ban lifted by {A}"},
			{"list-removed", "{V} removed from {A}'s blacklist"},
			{"judge-halts", "Judge halts {A}'s {V} ban"},
		},
	},
	{
		name: "state-links", cats: []trust.Category{trust.CategoryStateLinks, trust.CategoryEspionage, trust.CategorySanctions},
		actors: []string{"Pentagon", "FBI", "US officials", "Dutch intelligence"},
		vendors: []nm12Vendor{{"registry", "Huawei", "Huawei"}, {"registry", "Hikvision", "Hikvision"},
			{"unknown", "Tenmark Systems", "Tenmark Systems"}, {"unknown-desc", "Chinese chipmaker Arvoro", "Arvoro"}},
		forms: []nm12Form{
			{"says-ties", "{A} says {V} has ties to Chinese military"},
			{"finds-linked", "{A} finds {V} is linked to Chinese intelligence"},
			{"says-after", "{V} has links to China's military, {A} says"},
			{"passive", "{V} tied to Chinese military, {A} says"},
			{"lists-as", "{A} lists {V} as a Chinese military company"},
		},
	},
	{
		name: "espionage", cats: []trust.Category{trust.CategoryEspionage, trust.CategoryStateLinks},
		actors: []string{"Researchers", "Texas", "Regulators"},
		vendors: []nm12Vendor{{"registry", "TikTok", "TikTok"}, {"registry", "Xiaomi", "Xiaomi"},
			{"unknown", "Tenmark Systems", "Tenmark Systems"}, {"product", "Quillstack keyboard app", "Quillstack"}},
		forms: []nm12Form{
			{"sent-data", "{V} secretly sent user data to China, {A} find"},
			{"accuses", "{A} accuses {V} of spying on users"},
			{"caught", "{V} caught sending users' data to Chinese servers"},
			{"lawsuit", "Lawsuit says {V} sends user data to China"},
		},
	},
	{
		name: "compromise", cats: []trust.Category{trust.CategoryCompromise},
		actors: []string{"Hackers", "North Korean hackers"},
		vendors: []nm12Vendor{{"registry", "Kaspersky", "Kaspersky"},
			{"unknown", "Tenmark Systems", "Tenmark Systems"}, {"product", "Quillstack Desktop", "Quillstack Desktop"}},
		forms: []nm12Form{
			{"hijack", "{A} hijacked {V}'s update server to push malware"},
			{"progressive", "{A} are pushing malware through {V} updates"},
			{"passive", "{V} update mechanism hijacked to deliver malware"},
			{"installer", "{V} installer trojanized in supply chain attack"},
			{"abuse", "{A} abused {V} software updates to plant backdoors"},
			{"nominal", "The compromise of {V}'s update server pushed malware to customers"},
		},
	},
}

// nm12Styles are headline styles applied to a present-tense title.
var nm12Styles = []struct{ axis, pre, post string }{
	{"plain", "", ""},
	{"exclusive", "Exclusive: ", ""},
	{"report", "Report: ", ""},
	{"quote", "'Security risk': ", ""},
}

// nm12Leads are leads put under a title that already tells it all.
var nm12Leads = []struct{ axis, lead string }{
	{"no-lead", ""},
	{"neutral-lead", "The decision follows months of review, officials said."},
}

// nm12Grid lists the event cells.
func nm12Grid() []nm12Cell {
	var cells []nm12Cell
	for _, f := range nm12Families {
		for _, v := range f.vendors {
			for i, fm := range f.forms {
				a := f.actors[i%len(f.actors)]
				for _, s := range nm12Styles {
					for _, l := range nm12Leads {
						if (s.axis != "plain" || l.axis != "no-lead") && i%3 != 0 {
							continue // styles and leads on every third form
						}
						cells = append(cells, nm12Cell{
							axes:  []string{"cat=" + f.name, "kind=" + v.kind, "form=" + f.name + "/" + fm.tense, "style=" + s.axis, "lead=" + l.axis, "actor=" + a},
							title: s.pre + nm12Fill(fm.tmpl, a, v.name) + s.post, lead: l.lead, want: v.bare, cats: f.cats,
						})
					}
				}
			}
			for _, p := range f.leadOnly {
				for _, a := range f.actors {
					cells = append(cells, nm12Cell{
						axes:  []string{"cat=" + f.name, "kind=" + v.kind, "form=" + f.name + "/name-in-lead", "actor=" + a},
						title: nm12Fill(p[0], a, v.name), lead: nm12Fill(p[1], a, v.name), want: v.bare, cats: f.cats,
					})
				}
			}
			for _, p := range f.signalLead {
				for _, a := range f.actors {
					cells = append(cells, nm12Cell{
						axes:  []string{"cat=" + f.name, "kind=" + v.kind, "form=" + f.name + "/signal-in-lead", "actor=" + a},
						title: nm12Fill(p[0], a, v.name), lead: nm12Fill(p[1], a, v.name), want: v.bare, cats: f.cats,
					})
				}
			}
		}
	}
	return cells
}

// nm12Lookalikes are the same parts in stories that are no event.
var nm12Lookalikes = []nm12Form{
	{"vuln", "{V} zero-day exploited in attacks on government networks"},
	{"kev", "CISA adds {V} flaw to Known Exploited Vulnerabilities catalog"},
	{"attackers-use", "Hackers abuse {V} software to deliver malware"},
	{"attackers-exploit", "{A} exploit {V} devices to spread malware"},
	{"breach", "{V} confirms breach, says source code was stolen"},
	{"proposal", "Lawmakers call on {A} to ban {V}"},
	{"hearing", "Senate holds hearing on {V}'s ties to China"},
	{"denial", "{V} denies ties to Chinese government"},
	{"avoided", "{A} will not ban {V}, officials say"},
	{"reporter", "{V} researchers find backdoor in hacked government servers"},
	{"content-ban", "YouTube bans {V}'s channel over misinformation"},
	{"privacy-fine", "{V} fined €10 million over GDPR violations"},
	{"lawsuit", "{V} sued over patent infringement"},
	{"fake", "Fake {V} installer pushes malware"},
	{"self-revoke", "{V} to revoke certificates issued with a bug"},
}

// nm12LookalikeGrid lists the look-alike cells.
func nm12LookalikeGrid() []nm12Cell {
	var cells []nm12Cell
	for _, v := range []nm12Vendor{{"registry", "Kaspersky", ""}, {"registry", "Entrust", ""}, {"unknown", "Tenmark Systems", ""}, {"product", "Quillstack Desktop", ""}} {
		for i, fm := range nm12Lookalikes {
			a := []string{"Commerce", "Hackers", "Texas"}[i%3]
			for _, l := range nm12Leads {
				cells = append(cells, nm12Cell{
					axes:  []string{"kind=" + v.kind, "look=" + fm.tense, "lead=" + l.axis},
					title: nm12Fill(fm.tmpl, a, v.name), lead: l.lead,
				})
			}
		}
	}
	return cells
}

// nm12Right judges a cell: silent (coverage at most) where it wants no
// vendor, else an alert, not coverage, of one of its categories naming
// its vendor.
func nm12Right(c nm12Cell) func(trust.Alert, bool) bool {
	if c.want == "" {
		return gridSilent
	}
	return func(a trust.Alert, ok bool) bool {
		return ok && !a.Coverage && namesLoosely(a, c.want) && slices.Contains(c.cats, a.Category)
	}
}

// nm12Run scores cells, returning the share right; NM12_GRID=1 logs the
// failing cells and, by axis, the right and total counts.
func nm12Run(t *testing.T, m *Matcher, cells []nm12Cell) float64 {
	g := newProbeGrid(m)
	for _, c := range cells {
		g.check(c.title, c.lead, c.axes, nm12Right(c), c.axes...)
	}
	if os.Getenv("NM12_GRID") != "" {
		for _, f := range g.fails {
			t.Log(f)
		}
		g.stat.log(t, "%-40s %d/%d")
	}
	share := float64(g.right) / float64(g.all)
	t.Logf("right %d/%d (%.2f)", g.right, g.all, share)
	return share
}

// TestNm12Grid holds the event grid to a floor (0.74 at named12's
// start). Left failing, and why: a title with the name and the action
// only in the lead ("What X's decision means for V") is read as coverage
// by design; a title describing a class whose lead names one maker ("bans
// Chinese AI app" — "covers V") alerts on the class; "will stop buying"
// is read as a directive; reversals and warnings on an unknown name.
func TestNm12Grid(t *testing.T) {
	m := defaultMatcher(t)
	if share := nm12Run(t, m, nm12Grid()); share < nm12GridFloor {
		t.Errorf("event grid right %.2f, want at least %.2f (NM12_GRID=1 lists the cells)", share, nm12GridFloor)
	}
}

const nm12GridFloor = 0.88

// TestNm12LookalikeGrid: every look-alike cell stays silent.
func TestNm12LookalikeGrid(t *testing.T) {
	m := defaultMatcher(t)
	if share := nm12Run(t, m, nm12LookalikeGrid()); share < 1 {
		t.Errorf("look-alike grid right %.2f, want all (NM12_GRID=1 lists the cells)", share)
	}
}
