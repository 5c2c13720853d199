package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of sanc16's family: a name that may be outside the
// registry as the subject or object of sanctions, a listing (Entity List,
// the Pentagon's list), a state-links finding and a reversal of them.
// Cells differ in structure only: the form (active with its actor, a
// list of actors, passive, the subject of "hit with"), the name's shape
// (one unknown word, a name with a trade suffix, a product, two names
// joined, a registry vendor), the evidence that it is a business (a kind
// before it in the title, an appositive, a lead describing its subject,
// a lead naming it with a description, none) and where the name stands
// (in the title, or only in the lead under a title that describes it).

type sn16Form struct {
	form, tmpl string
	cats       []trust.Category
	// self marks a form whose own words hold only businesses (Entity
	// List, the Pentagon's list of Chinese military companies).
	self bool
	// describe is the form with a description in the name's place, for
	// the cells whose name is only in the lead ("" when the form has
	// none).
	describe string
}

var (
	sn16San = []trust.Category{trust.CategorySanctions}
	sn16Rev = []trust.Category{trust.CategoryReversal}
	sn16St  = []trust.Category{trust.CategoryStateLinks, trust.CategoryEspionage}
	// "Pentagon says X is a Chinese military company" is the 1260H
	// list's designation (settle's listAs reads it as sanctions).
	sn16PentagonSays = []trust.Category{trust.CategorySanctions, trust.CategoryStateLinks}
)

var sn16Forms = []sn16Form{
	{"us-sanctions", "US sanctions {V}", sn16San, false, "US sanctions {D}"},
	{"treasury-sanctions", "Treasury sanctions {V} over ransomware hosting", sn16San, false, "Treasury sanctions {D} over ransomware hosting"},
	{"allies-sanction", "US, UK and Australia sanction {V}", sn16San, false, "US, UK and Australia sanction {D}"},
	{"eu-sanctions", "EU sanctions {V} over Russian cyberattacks", sn16San, false, "EU sanctions {D} over Russian cyberattacks"},
	{"sanctioned-by", "{V} sanctioned by US, UK and Australia", sn16San, false, "{D} sanctioned by US, UK and Australia"},
	{"hit-list", "{V} hit with US, UK, Australia sanctions", sn16San, false, "{D} hit with US, UK, Australia sanctions"},
	{"hit-plain", "{V} hit with sanctions", sn16San, false, ""},
	{"commerce-adds", "Commerce adds {V} to Entity List", sn16San, true, "Commerce adds {D} to Entity List"},
	{"us-blacklists", "US blacklists {V}", sn16San, false, "US blacklists {D}"},
	{"lands-on", "{V} lands on US Entity List", sn16San, true, "{D} lands on US Entity List"},
	{"added-to", "{V} added to Entity List over Egypt surveillance", sn16San, true, "{D} added to Entity List over Egypt surveillance"},
	{"pentagon-adds", "Pentagon adds {V} to Chinese military companies list", sn16San, true, "Pentagon adds {D} to Chinese military companies list"},
	{"lifts-on", "US lifts sanctions on {V}", sn16Rev, false, "US lifts sanctions on {D}"},
	{"treasury-lifts", "Treasury lifts sanctions on {V}", sn16Rev, false, "Treasury lifts sanctions on {D}"},
	{"court-blocks", "Court blocks Pentagon blacklisting of {V}", sn16Rev, true, "Court blocks Pentagon blacklisting of {D}"},
	{"judge-halts", "Judge halts US investment ban on {V}", sn16Rev, true, "Judge halts US investment ban on {D}"},
	{"removed-entity", "{V} removed from Entity List", sn16Rev, true, "{D} removed from Entity List"},
	{"us-removes", "US removes {V} from Entity List", sn16Rev, true, "US removes {D} from Entity List"},
	{"sends-data", "Regulator says {V} app sends user data to China", sn16St, false, ""},
	{"fbi-says-ran", "FBI says {V} ran botnet for Chinese government", sn16St, false, "FBI says {D} ran botnet for Chinese government"},
	{"sent-regulator-finds", "{V} app secretly sent user data to China, regulator finds", sn16St, false, ""},
	{"regulator-finds", "Regulator finds {V} transferred user data to China", sn16St, false, "Regulator finds {D} transferred user data to China"},
	{"ties-military", "Report: {V} has ties to Chinese military", sn16St, false, "Report: {D} has ties to Chinese military"},
	{"linked-intel", "{V} linked to Chinese intelligence, FBI says", sn16St, false, "{D} linked to Chinese intelligence, FBI says"},
	{"fbi-ties", "FBI ties {V} to Chinese intelligence", sn16St, false, "FBI ties {D} to Chinese intelligence"},
	{"probe-finds-routers", "Investigation finds {V} routers send data to Chinese servers", sn16St, false, ""},
	// The Pentagon's finding is its list's designation: sanctions.
	{"pentagon-says", "Pentagon says {V} is a Chinese military company", sn16PentagonSays, true, "Pentagon says {D} is a Chinese military company"},
}

type sn16Name struct {
	shape, written string
	want           []string
	business       bool
}

var sn16Names = []sn16Name{
	{"word", "Arvoro", []string{"Arvoro"}, false},
	{"suffix", "Tenmark Systems", []string{"Tenmark Systems"}, true},
	{"long", "Arvoro Information Technology", []string{"Arvoro Information Technology"}, true},
	{"group", "Arvoro Group", []string{"Arvoro Group"}, false},
	{"two", "Arvoro and Tenmark Systems", []string{"Arvoro", "Tenmark Systems"}, true},
	{"registry", "Kaspersky", []string{"Kaspersky"}, true},
}

var sn16Evidences = []struct{ kind, before, lead string }{
	{"none", "", ""},
	{"title", "Russian hosting provider ", ""},
	{"lead", "", "The Russia-based bulletproof hosting provider rented servers to ransomware gangs, officials said."},
	{"lead-named", "", "{N}, a Chinese cybersecurity company, denied wrongdoing."},
	{"lead-only", "", "The Treasury said {N}, a Chinese cybersecurity company, supported state hackers."},
}

type sn16Cell struct {
	title, lead string
	want        []string
	cats        []trust.Category
	expect      bool // false: a bare unknown name no word vouches for (ambiguous: counted, no floor)
	axes        []string
}

func sn16Grid() []sn16Cell {
	var cells []sn16Cell
	for _, f := range sn16Forms {
		for _, n := range sn16Names {
			for _, e := range sn16Evidences {
				if e.kind == "title" && n.shape != "word" && n.shape != "suffix" {
					continue
				}
				title := strings.ReplaceAll(f.tmpl, "{V}", e.before+n.written)
				if e.kind == "lead-only" {
					if f.describe == "" || n.shape == "registry" || n.shape == "two" {
						continue // a title describing one firm does not name two
					}
					title = strings.ReplaceAll(f.describe, "{D}", "Chinese cybersecurity firm")
					if strings.HasPrefix(f.describe, "{D}") {
						title = "Chinese cybersecurity firm" + strings.TrimPrefix(title, "Chinese cybersecurity firm")
					}
				}
				lead := strings.ReplaceAll(e.lead, "{N}", n.written)
				expect := n.business || e.kind != "none" || f.self
				cells = append(cells, sn16Cell{title, lead, n.want, f.cats, expect,
					[]string{"form=" + f.form, "name=" + n.shape, "evidence=" + e.kind, "cat=" + string(f.cats[0])}})
			}
		}
	}
	return cells
}

// TestSanc16Grid runs the grid: every expected cell's share by axis, and
// the ambiguous cells counted apart. SN16_GRID=path writes the failing
// cells.
func TestSanc16Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, ambiguous := newProbeGrid(m), newProbeGrid(m)
	for _, c := range sn16Grid() {
		right := func(a trust.Alert, ok bool) bool {
			if !ok || a.Coverage || !slices.Contains(c.cats, a.Category) {
				return false
			}
			for _, w := range c.want {
				if !namesLoosely(a, w) {
					return false
				}
			}
			return true
		}
		if !c.expect {
			ambiguous.check(c.title, c.lead, nil, right)
			continue
		}
		g.check(c.title, c.lead, c.axes, right, c.axes...)
	}
	g.holdExpected(t, ambiguous, "SN16_GRID", sn16GridFloor)
}

const sn16GridFloor = 0.95

// sn16Lookalikes are the grid's forms on what is no vendor (countries,
// people, gangs, malware, militias) and the names in what is no trust
// event (a proposal, a call, compliance, commentary, a store's pull at a
// censor's request): silent.
var sn16Lookalikes = [][2]string{
	{"Nicaragua removed from US sanctions list", ""},
	{"Trickbot removed from Entity List", ""},
	{"Emotet removed from US sanctions list", ""},
	{"US lifts sanctions on Syria", "The Treasury said the move would help rebuild the country's economy."},
	{"Venezuela removed from Entity List", ""},
	{"Trickbot hit with US, UK, Australia sanctions", "The malware has infected more than a million computers."},
	{"Evil Corp hit with US, UK and Australian sanctions", "The Russian hacking crew is led by Maksim Yakubets."},
	{"Wagner Group hit with US, UK, Australia sanctions", "The Russian mercenary group works with Chinese drone makers."},
	{"Lazarus Group sanctioned by US, UK and Australia", "The North Korean hacking group stole billions in cryptocurrency."},
	{"US sanctions Lazarus Group over crypto theft", "The North Korean hackers stole billions in cryptocurrency."},
	{"Treasury sanctions LockBit ransomware gang leader", "Dmitry Khoroshev ran the LockBit operation, the Treasury said."},
	{"US sanctions Russian national behind Zservers hosting", "Alexander Mishin, an administrator of the bulletproof hosting provider, was designated."},
	{"Senators urge sanctions on Arvoro over spyware", "The Chinese company sells surveillance tools, the lawmakers said."},
	{"Lawmakers want Tenmark Systems added to Entity List", "The company makes network gear used by Chinese police."},
	{"Arvoro says it complies with US sanctions", "The Chinese company said it had stopped selling to Russian customers."},
	{"Arvoro halts sales to Russia to comply with sanctions", "The network equipment maker said it would follow the new rules."},
	{"Apple removes VPN apps from App Store in Russia", "Apple removed Arvoro VPN and Tenmark VPN from its Russian store at the request of Roskomnadzor."},
	{"Apple pulls Arvoro app from App Store in China at censor's request", "The Cyberspace Administration of China ordered the messaging app removed over illegal content."},
	{"Google removes Arvoro VPN from Play Store in Russia", "The removal followed a demand from Roskomnadzor, the Russian media regulator."},
	{"Apple removes Arvoro app from Russian App Store after government demand", "Roskomnadzor said the app let users bypass the country's internet blocks."},
	{"Arvoro Group hit with sanctions? Not yet, officials say", ""},
	{"Why sanctions on Tenmark Systems will not stop ransomware", "The bulletproof hosting provider was sanctioned last year."},
}

// sn16Bans are a government ordering a store to remove an app for its
// security or its state's ties: a ban, kept beside the censorship
// look-alike.
var sn16Bans = [][3]string{
	{"India orders Google and Apple to remove Arvoro app over ties to China", "The IT ministry said the app posed a threat to national security.", "Arvoro"},
}

// TestSanc16Lookalikes holds the look-alike grid silent and keeps the
// security-motivated store removal.
func TestSanc16Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, l := range sn16Lookalikes {
		t.Run(l[0], func(t *testing.T) { expectAlert(t, m, l[0], l[1], "") })
	}
	for _, b := range sn16Bans {
		t.Run(b[0], func(t *testing.T) {
			expectAlert(t, m, b[0], b[1], b[2], trust.CategoryBan, trust.CategoryDirective)
		})
	}
}
