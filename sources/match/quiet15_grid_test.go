package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of quiet15's family: a vendor that may be outside the
// registry as the SUBJECT of a passive or experiencer form ("X hit with
// sanctions", "X slapped with export ban", "X faces US ban as Commerce
// finalizes rule", "X among firms put on Entity List", "X banned in
// Germany", "X removed from approved vendor list", "X loses root store
// status", "X wins lawsuit, removed from list") and reversals by an
// authority ("Treasury delists X", "Judge blocks ban on X"). Cells differ
// in structure only: the form and its category, its tense, the name's
// shape (one unknown word, two words with a legal or trade suffix, a
// product, a registry vendor) and the evidence that the name is a
// business (in the title: a suffix, a kind before it; only in the lead;
// none). The look-alike grid holds the same forms on persons, countries,
// militias, gangs, malware, clubs, athletes and films, and the same names
// in content and account bans, fines, lawsuits, bans avoided, proposals,
// denials and stock listings.

// qt15Form is one wording: {V} the subject. self marks a wording whose
// own words say its subject is a business ("among firms", "approved
// vendor list", "root store", "Entity List", "Chinese military list"):
// a bare unknown name is expected there too.
type qt15Form struct {
	form, tmpl string
	cats       []trust.Category
	self       bool
}

var (
	qt15San = []trust.Category{trust.CategorySanctions}
	qt15Ban = []trust.Category{trust.CategoryBan}
	qt15Dis = []trust.Category{trust.CategoryDistrust}
	qt15Rev = []trust.Category{trust.CategoryReversal}
	// Leaving a state's approved vendor list: the state stops buying
	// (a ban on buying) or its marketplace stops carrying the vendor
	// (delisting); category9's rows take either, never a directive
	// (nobody is told to remove anything).
	qt15Appr = []trust.Category{trust.CategoryDelisting, trust.CategoryBan}
)

var qt15Forms = []qt15Form{
	// Sanctions and listings, the subject first.
	{"hit-with", "{V} hit with US sanctions", qt15San, false},
	{"hit-with-reason", "{V} hit with US sanctions over Iran drone parts", qt15San, false},
	{"hit-with-past", "{V} was hit with US sanctions on Tuesday", qt15San, false},
	{"hit-with-perfect", "{V} has been hit with new Treasury sanctions", qt15San, false},
	{"slapped-with", "{V} slapped with US sanctions", qt15San, false},
	{"slapped-export", "{V} slapped with export ban", qt15San, false},
	{"hit-by", "{V} hit by new US sanctions", qt15San, false},
	{"targeted-by", "{V} targeted by new Treasury sanctions", qt15San, false},
	{"among-put-on", "{V} among firms put on Entity List", qt15San, true},
	{"among-added", "{V} among Chinese companies added to US trade blacklist", qt15San, true},
	{"among-entities", "{V} among 12 entities added to Entity List", qt15San, true},
	{"lands-on", "{V} lands on US Entity List", qt15San, true},
	{"among-targets", "{V} among targets of new US sanctions", qt15San, false},
	{"named-in", "{V} named in new US sanctions", qt15San, false},
	{"sanctions-hit", "New US sanctions hit {V}", qt15San, false},
	// Bans, the subject first.
	{"banned-in", "{V} banned in Germany over spying fears", qt15Ban, false},
	{"banned-perfect", "{V} has been banned in Australia over national security concerns", qt15Ban, false},
	{"banned-by-past", "{V} was banned by the Pentagon over spying fears", qt15Ban, false},
	{"banned-devices", "{V} banned on government devices in Texas", qt15Ban, false},
	{"faces-final", "{V} faces US ban as Commerce finalizes rule", qt15Ban, false},
	{"faces-effect", "{V} faces nationwide ban as rule takes effect", qt15Ban, false},
	{"hit-with-ban", "{V} hit with ban on federal devices", qt15Ban, false},
	{"slapped-ban", "{V} slapped with Pentagon ban over spying concerns", qt15Ban, false},
	// Off a state's approved list.
	{"approved-list", "{V} removed from US government's approved vendor list", qt15Appr, true},
	{"approved-products", "{V} dropped from GSA approved products list", qt15Appr, true},
	// Distrust, the CA first.
	{"loses-root", "{V} loses Mozilla root store status", qt15Dis, true},
	{"loses-trusted", "{V} loses trusted status in Chrome", qt15Dis, true},
	{"lost-root", "{V} lost root status in Apple's trust store", qt15Dis, true},
	{"to-lose-root", "{V} to lose Chrome root store trust", qt15Dis, true},
	{"kicked-program", "{V} kicked out of Mozilla root program", qt15Dis, true},
	{"no-longer-trusted", "{V} certificates no longer trusted by Chrome", qt15Dis, true},
	// Reversals: the subject first, and an authority undoing.
	{"wins-removed", "{V} wins lawsuit, removed from Pentagon's Chinese military list", qt15Rev, true},
	{"removed-after", "{V} removed from Pentagon's Chinese military list after lawsuit", qt15Rev, true},
	{"removed-entity", "{V} removed from Entity List", qt15Rev, true},
	{"removed-sanctions", "{V} removed from US sanctions list", qt15Rev, false},
	{"delisted-by", "{V} delisted by Treasury", qt15Rev, false},
	{"wins-court", "{V} wins court fight over Pentagon blacklisting", qt15Rev, false},
	{"treasury-delists", "Treasury delists {V}", qt15Rev, false},
	{"ofac-delists", "OFAC delists {V}", qt15Rev, false},
	{"judge-blocks", "Judge blocks ban on {V}", qt15Rev, false},
	{"court-overturns", "Court overturns ban on {V}", qt15Rev, false},
	{"judge-blocks-commerce", "Judge blocks Commerce ban on {V}", qt15Rev, false},
	{"lifts-sanctions", "Treasury lifts sanctions on {V}", qt15Rev, false},
}

// qt15Name is a name shape: as written, the name the alert must carry,
// and whether the name itself says it is a business (a legal or trade
// suffix, a product word).
type qt15Name struct {
	shape, written, want string
	business             bool
}

var qt15Names = []qt15Name{
	{"word", "Arvoro", "Arvoro", false},
	{"suffix", "Arvoro Technologies", "Arvoro Technologies", true},
	{"suffix", "Tenmark Systems", "Tenmark Systems", true},
	{"suffix", "Arvoro Labs", "Arvoro Labs", true},
	{"product", "Quillstack VPN", "Quillstack", true},
	{"product", "Quillstack Router", "Quillstack", true},
	{"registry", "Hikvision", "Hikvision", true},
}

// qt15Evidences say the name is a business in the title (a kind before
// it), only in the lead, or nowhere.
var qt15Evidences = []struct{ kind, before, lead string }{
	{"none", "", ""},
	{"title", "Chinese firm ", ""},
	{"appositive", "", ""},
	{"lead", "", "The company is based in Shenzhen, officials said."},
	{"lead-firm", "", "The Shenzhen-based firm denied wrongdoing."},
}

type qt15Cell struct {
	title, lead, want string
	cats              []trust.Category
	expect            bool // false: a bare unknown name no word vouches for (ambiguous: counted, no floor)
	axes              []string
}

func qt15Grid() []qt15Cell {
	var cells []qt15Cell
	for _, f := range qt15Forms {
		for _, n := range qt15Names {
			for _, e := range qt15Evidences {
				if (e.kind == "title" || e.kind == "appositive") && n.shape != "word" {
					continue // a kind beside a suffixed name says it twice
				}
				subject := e.before + n.written
				if e.kind == "appositive" {
					subject = n.written + ", a Chinese drone maker,"
					if !strings.HasPrefix(f.tmpl, "{V}") {
						subject = strings.TrimSuffix(subject, ",")
					}
				}
				if e.before != "" && strings.HasPrefix(f.tmpl, "{V}") {
					subject = "Chinese firm " + n.written
				}
				title := strings.ReplaceAll(f.tmpl, "{V}", subject)
				expect := n.business || e.kind != "none" || f.self
				cells = append(cells, qt15Cell{title, e.lead, n.want, f.cats, expect,
					[]string{"form=" + f.form, "name=" + n.shape, "evidence=" + e.kind, "cat=" + string(f.cats[0])}})
			}
		}
	}
	return cells
}

// qt15Lookalikes are the same forms on what is no vendor: persons,
// countries, militias, gangs, malware, clubs, athletes, films.
var qt15Lookalikes = []string{
	// The forms on persons, countries, militias, gangs, malware, clubs,
	// athletes and films.
	"Nicaragua hit with US sanctions",
	"Nicaragua slapped with new US sanctions over election",
	"Wagner hit with EU sanctions",
	"Wagner Group slapped with EU sanctions",
	"Prigozhin slapped with UK sanctions",
	"Prigozhin hit by new US sanctions",
	"Trickbot hit with US and UK sanctions",
	"New US sanctions hit Russian economy",
	"New US sanctions hit Nicaragua",
	"Prigozhin named in new US sanctions",
	"LockBit leader hit with sanctions after takedown",
	"Hezbollah financiers hit with US sanctions",
	"Russia banned from Olympics over doping",
	"Russia banned in Germany over spying fears",
	"Iran faces US ban as Commerce finalizes rule",
	"Djokovic banned in Australia over vaccine rules",
	"Chelsea hit with sanctions as Abramovich assets frozen",
	"Barbie banned in Vietnam over map",
	"Oppenheimer banned in Germany over nudity",
	"Treasury delists Venezuela oil official",
	"Treasury delists Prigozhin",
	"Judge blocks ban on Bolsonaro",
	"Judge blocks ban on drag shows",
	"Court overturns ban on Wikipedia",
	// Left: "Nicaragua removed from US sanctions list" and "Trickbot
	// removed from Entity List" alert through the lexicon's "removed
	// from entity list" reversal, before and after this family's reader.
}

// qt15OtherNews are the family's names in what is no trust event: silent
// also with a lead that calls the name a company.
var qt15OtherNews = []string{
	"Arvoro banned from Twitch",
	"Arvoro banned from Twitter over hate speech",
	"Arvoro Technologies banned from Instagram for spam",
	"Arvoro avoids US sanctions",
	"Arvoro escapes Pentagon ban",
	"Arvoro could face US ban",
	"Arvoro faces possible US ban as lawmakers push bill",
	"Arvoro Technologies faces US ban, senators say",
	"Lawmakers want Arvoro added to Entity List",
	"Arvoro denies it was added to Entity List",
	"Arvoro removed from S&P 500 index",
	"Arvoro Technologies removed from Nasdaq",
	"Arvoro loses lawsuit over Pentagon list",
	"Arvoro loses bid to overturn US ban",
	"Arvoro hit with $5 million fine over sanctions violations",
	"Arvoro Technologies hit with lawsuit over data breach",
	"Arvoro Technologies hit with ransomware attack",
	"Arvoro slapped with antitrust fine",
	"Arvoro loses Twitter verification status",
	"Arvoro wins lawsuit against former employee",
	"Arvoro among firms hit by ransomware attack",
	"Tenmark Systems among firms targeted by Chinese hackers",
	"Arvoro among most downloaded apps",
	"Arvoro banned from Premier League for two years",
	"Arvoro founder hit with US sanctions",
	"Arvoro executives slapped with UK sanctions",
	"Arvoro Labs hit by outage after Chrome update",
	"Popular VPN app banned by Apple in Russia at regulator's request",
	"Why was Arvoro hit with US sanctions?",
	"Arvoro hit with US sanctions? Not yet, officials say",
}

// qt15LeadLookalikes are the forms on what is no vendor with a lead that
// says so, or that calls someone else a company.
var qt15LeadLookalikes = [][2]string{
	{"Trickbot hit with US and UK sanctions", "The malware has infected more than a million computers."},
	{"Nicaragua hit with new US sanctions over election", "The Treasury targeted officials and a state mining company."},
	{"Wagner Group hit with EU sanctions", "The Russian mercenary group works with Chinese drone makers."},
	{"Evil Corp hit with US sanctions over Dridex", "The Russian hacking crew is led by Maksim Yakubets."},
	{"Prigozhin slapped with US sanctions", "Yevgeny Prigozhin, a Russian businessman, funds troll firms."},
}

// TestQuiet15Grid runs the grid: every expected cell's share by axis,
// and the ambiguous cells (a bare unknown name no word vouches for)
// counted apart. QT15_GRID=path writes the failing cells.
func TestQuiet15Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, ambiguous := newProbeGrid(m), newProbeGrid(m)
	for _, c := range qt15Grid() {
		right := func(a trust.Alert, ok bool) bool {
			return ok && !a.Coverage && slices.Contains(c.cats, a.Category) && namesLoosely(a, c.want)
		}
		if !c.expect {
			ambiguous.check(c.title, c.lead, nil, right)
			continue
		}
		g.check(c.title, c.lead, c.axes, right, c.axes...)
	}
	g.holdExpected(t, ambiguous, "QT15_GRID", qt15GridFloor)
}

const qt15GridFloor = 0.92

// TestQuiet15Lookalikes holds the look-alike grids silent: the other
// news also with a lead that calls the name a company.
func TestQuiet15Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	checkSilent(t, m, qt15Lookalikes...)
	checkSilent(t, m, qt15OtherNews...)
	for _, l := range qt15LeadLookalikes {
		t.Run("lead/"+l[0], func(t *testing.T) { expectAlert(t, m, l[0], l[1], "") })
	}
	for _, title := range qt15OtherNews {
		t.Run("lead/"+title, func(t *testing.T) {
			expectAlert(t, m, title, "The company is based in Shenzhen, officials said.", "")
		})
	}
}
