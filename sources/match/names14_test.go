package match

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of names14's family: WHO a government action is about
// when the vendor may not be in the registry. Each wording of an action
// (sanctions, a list, a ban, a reversal, a state-links finding, a CA
// distrusted) is crossed with the shapes a name takes (one unknown word,
// two words with a legal form, an acronym, a registry vendor) and, apart,
// with the positions a name stands in (object, possessive, after "on" or
// "against", an appositive, only in the lead) and with a spyware or drone
// class beside the name, whose reach must never replace the name written.
// The look-alike grid uses the same actions on people, countries, banks,
// tankers, gangs and threat groups, and the same names in proposals,
// denials, commentary and reports.

// nm14Family is one category's wordings: {A} the actor, {V} the name.
type nm14Family struct {
	name     string
	cats     []trust.Category
	actors   []string
	wordings []string
}

// nm14Names are the name shapes: its axis, as written, the name the alert
// must carry, and the lead. A bare one-word name in the title alone is
// ambiguous for sanctions and reversals (the same structure holds "EU
// sanctions Wagner", "UK sanctions Prigozhin", "US sanctions Nicaragua":
// nm14Vouched), so those cells count but are not all expected; with a
// lead that calls it a company, and no word of technology, they are.
var nm14Names = [][4]string{
	{"one", "Quillstack", "Quillstack", ""},
	{"one+company", "Quillstack", "Quillstack", "The company is based in Shenzhen, officials said."},
	{"legal", "Arvoro Technologies", "Arvoro Technologies", ""},
	{"acronym", "QSX", "QSX", "The company is based in Shenzhen, officials said."},
	{"registry", "ZTE", "ZTE", ""},
}

var nm14Families = []nm14Family{
	{"sanctions", []trust.Category{trust.CategorySanctions}, []string{"US", "Treasury", "Commerce", "EU", "UK", "Japan"},
		[]string{
			"{A} sanctions {V}",
			"{A} sanctions {V} over cyberattacks",
			"{A} adds {V} to sanctions list",
			"{A} adds {V} to Entity List",
			"{A} adds {V} to trade blacklist",
			"{A} blacklists {V}",
			"{A} designates {V}",
			"{A} imposes sanctions on {V}",
			"{A} slaps sanctions on {V}",
			"{A} announces sanctions against {V}",
			"{A} targets {V} with sanctions",
			"{A} has sanctioned {V}",
			"{A} to sanction {V}",
			"{V} sanctioned by {A}",
			"{V} added to {A} sanctions list",
			"{V} hit with {A} sanctions",
			"{A} sanctions on {V} take effect",
		}},
	{"covered", []trust.Category{trust.CategorySanctions, trust.CategoryBan}, []string{"FCC"},
		[]string{
			"{A} adds {V} to Covered List",
			"{V} added to {A} Covered List",
			"{A} puts {V} on Covered List",
		}},
	{"ban", []trust.Category{trust.CategoryBan}, []string{"US", "Montana", "Australia", "Pentagon"},
		[]string{
			"{A} bans {V} over national security concerns",
			"{A} bans {V} on government devices",
			"{A} bars agencies from using {V}",
			"{V} banned on government devices in {A}",
			"{A} restricts {V} over security fears",
			"{A} has banned {V} over spying fears",
			"{A} imposes ban on {V} over security concerns",
		}},
	{"reversal", []trust.Category{trust.CategoryReversal}, []string{"US", "Treasury", "EU", "Commerce"},
		[]string{
			"{A} lifts sanctions on {V}",
			"{A} eases sanctions on {V}",
			"{A} removes {V} from sanctions list",
			"{A} removes {V} from Entity List",
			"{A} delists {V}",
			"{A} drops sanctions against {V}",
			"{A} ends sanctions on {V}",
			"Sanctions on {V} lifted by {A}",
			"{V} removed from {A} sanctions list",
		}},
	{"court", []trust.Category{trust.CategoryReversal}, []string{"Judge", "Court", "Appeals court"},
		[]string{
			"{A} halts Montana's ban on {V}",
			"{A} blocks Montana's ban on {V}",
			"{A} strikes down Montana's ban on {V}",
			"{A} overturns ban on {V}",
			"{A} pauses ban on {V}",
			"{A} blocks Pentagon blacklisting of {V}",
			"{A} overturns sanctions on {V}",
		}},
	{"state-links", []trust.Category{trust.CategoryStateLinks, trust.CategoryEspionage}, []string{"FBI", "NSA", "Pentagon"},
		[]string{
			"{A} says {V} works for Chinese intelligence",
			"{A} ties {V} to Chinese military",
			"{A} links {V} to Russian intelligence",
			"{A} finds {V} has ties to Chinese military",
		}},
	{"distrust", []trust.Category{trust.CategoryDistrust}, []string{"Google", "Mozilla", "Chrome"},
		[]string{
			"{A} to distrust {V} certificates",
			"{A} distrusts {V} certificates",
			"{A} will stop trusting {V} certificates",
			"{A} to distrust certificate authority {V}",
		}},
}

// nm14Positions are the other axes, on one unknown word, two words and a
// registry vendor: an appositive, the class beside the name, the name
// after "against" or in a possessive, the signal or the name only in the
// lead. A cell is {title, lead, category}.
var nm14Positions = [][3]string{
	{"appositive", "Treasury sanctions {V}, a Chinese drone maker", ""},
	{"appositive", "Commerce adds {V}, a spyware vendor, to Entity List", ""},
	{"class-beside", "Treasury targets {V} over spyware sales", ""},
	{"class-beside", "Treasury sanctions {V}, a spyware vendor", ""},
	{"class-beside", "US sanctions {V} for selling spyware to regimes", ""},
	{"class-beside", "Commerce blacklists drone maker {V}", ""},
	{"class-beside", "US sanctions spyware maker {V}", ""},
	{"kind-first", "US sanctions Chinese firm {V} over hacking", ""},
	{"kind-first", "Judge bars Pentagon from blacklisting Chinese mapping firm {V}", ""},
	{"possessive", "{V}'s products banned in US over security fears", ""},
	{"list", "Treasury sanctions {V} and two Russian nationals", ""},
	{"list", "Commerce adds {V}, Zorblin and 20 other firms to Entity List", ""},
	{"lead-name", "Treasury sanctions Chinese cybersecurity firm over hacks", "The Treasury Department said {V} supplied tools to state hackers."},
	{"lead-name", "Commerce adds Chinese chipmaker to Entity List", "The Commerce Department added {V} to the list on Thursday."},
	{"lead-signal", "{V} hit by new US measures", "The Treasury Department sanctioned the company for supplying hacking tools to Russian intelligence."},
	{"colon", "Sanctions: Treasury targets {V}", ""},
}

var nm14PositionNames = [][3]string{
	{"one", "Quillstack", "Quillstack"},
	{"legal", "Arvoro Technologies", "Arvoro Technologies"},
	{"registry", "Hikvision", "Hikvision"},
}

var nm14PositionCats = map[string][]trust.Category{
	"possessive":  {trust.CategoryBan},
	"lead-signal": {trust.CategorySanctions},
}

// nm14Cell is one probe: title, lead, the name the alert must carry and
// the categories it may have, and its axes.
type nm14Cell struct {
	title, lead, want string
	cats              []trust.Category
	axes              []string
}

func nm14Grid() []nm14Cell {
	var cells []nm14Cell
	for _, f := range nm14Families {
		for _, w := range f.wordings {
			for ai, a := range f.actors {
				for _, n := range nm14Names {
					if ai > 0 && n[0] != "one+company" {
						continue // other actors on one shape only: the actor is its own axis
					}
					title := strings.NewReplacer("{A}", a, "{V}", n[1]).Replace(w)
					cells = append(cells, nm14Cell{title, n[3], n[2], f.cats,
						[]string{"family=" + f.name, "name=" + n[0], "actor=" + a, "family+name=" + f.name + "/" + n[0]}})
				}
			}
		}
	}
	for _, p := range nm14Positions {
		cats, ok := nm14PositionCats[p[0]]
		if !ok {
			cats = []trust.Category{trust.CategorySanctions, trust.CategoryReversal}
		}
		for _, n := range nm14PositionNames {
			title := strings.ReplaceAll(p[1], "{V}", n[1])
			lead := strings.ReplaceAll(p[2], "{V}", n[1])
			cells = append(cells, nm14Cell{title, lead, n[2], cats,
				[]string{"position=" + p[0], "name=" + n[0], "position+name=" + p[0] + "/" + n[0]}})
		}
	}
	return cells
}

// nm14Lookalikes are the same actions on what is no vendor, and the same
// names in what is no action.
var nm14Lookalikes = [][2]string{
	{"person", "Treasury sanctions Russian national behind ransomware attacks"},
	{"person", "US sanctions Dmitry Khoroshev, LockBit's leader"},
	{"person", "EU sanctions six Russian hackers over cyberattacks"},
	{"person", "US lifts sanctions on former Quillstack executive"},
	{"person", "Treasury sanctions Quillstack founder over spyware sales"},
	{"country", "US lifts sanctions on Venezuela"},
	{"country", "EU extends sanctions on Russia for six months"},
	{"country", "Japan eases sanctions on Iran"},
	{"bank", "US sanctions Russian bank Gazprombank"},
	{"bank", "EU adds three banks to sanctions list"},
	{"tanker", "UK sanctions oil tankers in Russia's shadow fleet"},
	{"tanker", "Treasury sanctions shipping firms moving Iranian oil"},
	{"gang", "US sanctions members of Trickbot ransomware gang"},
	{"gang", "UK sanctions Evil Corp cybercrime group"},
	{"group", "US sanctions North Korean hacking group Kimsuky"},
	{"group", "Treasury sanctions APT39 hackers"},
	{"proposal", "Senators urge Commerce to add Quillstack to Entity List"},
	{"proposal", "Lawmakers call for sanctions on Quillstack"},
	{"proposal", "Bill would ban Quillstack on government devices"},
	{"proposal", "Commerce weighs adding Arvoro Technologies to Entity List"},
	{"denial", "Quillstack denies ties to Chinese military"},
	{"denial", "Arvoro Technologies says it is not on any sanctions list"},
	{"avoided", "Quillstack avoids US sanctions in latest round"},
	{"avoided", "Judge upholds Montana's ban on Quillstack app"},
	{"commentary", "What sanctions on Quillstack mean for customers"},
	{"commentary", "Opinion: The ban on Quillstack is a mistake"},
	{"reporter", "Quillstack researchers find Russian hackers evading sanctions"},
	{"reporter", "Arvoro Technologies report tracks sanctioned Russian groups"},
	{"non-name", "US sanctions Russia over cyberattacks on Monday"},
	{"non-name", "Congress passes sanctions on Russia"},
	{"non-name", "Treasury sanctions hackers, Reuters reports"},
	{"non-name", "US lifts sanctions on Syria"},
	{"vendor-reports", "Quillstack warns sanctioned group is back with new malware"},
	{"question", "Why did Treasury sanction Quillstack?"},
	{"with", "US hits Russia with sanctions over cyberattacks"},
	{"with", "EU targets Wagner with sanctions"},
	{"with", "Treasury targets Kimsuky hackers with sanctions"},
	{"denial", "Quillstack says it has no ties to Chinese military"},
	{"attackers", "NSA says Russian intelligence used Quillstack servers"},
	{"attackers", "Pentagon links Chinese military hackers to Quillstack router breaches"},
	{"country", "US sanctions Nicaragua"},
	{"militia", "EU sanctions Wagner"},
	{"person", "UK sanctions Prigozhin"},
	{"gang", "US and UK sanction Trickbot"},
	{"fine", "Quillstack to pay $4 billion over sanctions violations"},
	{"court", "Judge sanctions Quillstack for destroying evidence"},
	{"delisted-stock", "US delists Quillstack shares from Nasdaq"},
	{"ban-undone", "Court lifts ban on Bolsonaro"},
	{"ban-undone", "Turkey lifts ban on Wikipedia"},
	{"person-list", "Treasury sanctions Quillstack executives over spyware sales"},
}

// nm14Run scores cells, logs the failures when NM14_GRID is set and the
// tally by axis, and returns the share right.
func nm14Run(t *testing.T, m *Matcher, cells []nm14Cell) float64 {
	t.Helper()
	g := newProbeGrid(m)
	for _, c := range cells {
		g.check(c.title, c.lead, c.axes, func(a trust.Alert, ok bool) bool {
			return ok && !a.Coverage && slices.Contains(c.cats, a.Category) && namesLoosely(a, c.want)
		}, c.axes...)
	}
	if os.Getenv("NM14_GRID") != "" {
		for _, f := range g.fails {
			t.Log(f)
		}
	}
	g.stat.log(t, "%s: %d/%d")
	share := float64(g.right) / float64(g.all)
	t.Logf("grid: %d of %d right (%.3f)", g.right, g.all, share)
	return share
}

// TestNames14Grid holds the event grid to a floor.
func TestNames14Grid(t *testing.T) {
	m := defaultMatcher(t)
	if share := nm14Run(t, m, nm14Grid()); share < nm14GridFloor {
		t.Errorf("event grid right %.3f, want at least %.3f (NM14_GRID=1 lists the cells)", share, nm14GridFloor)
	}
}

const nm14GridFloor = 0.80

// TestNames14Lookalikes holds every look-alike silent.
func TestNames14Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, l := range nm14Lookalikes {
		if a, ok := m.Match(l[1], ""); ok && !a.Coverage {
			t.Errorf("%s: %q alerts: %v/%s [%s]", l[0], l[1], a.VendorNames(), a.Category, a.Why())
		}
	}
}

// TestNames14Batch measures the untouched set (logged, never tuned on).
func TestNames14Batch(t *testing.T) {
	logBatch(t, "testdata/names14_u.tsv")
}

// TestNames14Set holds names14's own set (written from the grid's axes).
func TestNames14Set(t *testing.T) {
	testHeadlines(t, "testdata/names14.tsv", 0.9)
}
