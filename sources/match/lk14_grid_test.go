package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of links14's family, state links and espionage
// (trust-events.md: "an authority or a credible investigation ties the
// vendor to a state's intelligence, or accuses the vendor itself of
// spying or exfiltrating data"): every tie (ties to, linked to, controlled
// by, funded by, worked for, a front for, shares data with, spies for,
// could be used for espionage) crossed with the state body it ties to,
// who says it, the voice and verb form, the name's shape (a registry
// vendor, one unknown word, two words, a product and its kind) and
// whether name or signal is only in the lead. The look-alike grid uses
// the same parts where no vendor is tied: a threat group tied to a state,
// state hackers using or attacking a vendor's product, a vendor reporting
// an attack, a denial, a proposal or hearing, investors, commentary, a
// person charged.

// lk14Name is a name's shape: as written in the title, as the alert must
// carry it, and the shape's axis.
type lk14Name struct{ written, want, axis string }

var lk14Names = []lk14Name{
	{"Hikvision", "Hikvision", "registry"},
	{"Arvoro", "Arvoro", "one-word"},
	{"Tenmark Systems", "Tenmark Systems", "two-words"},
	{"Quillstack app", "Quillstack", "product"},
}

// lk14GBodies are the state bodies a tie reaches, as a title writes them.
var lk14GBodies = []string{
	"Chinese military intelligence", "Russian intelligence", "China's military", "the PLA",
	"China's Ministry of State Security", "Russia's FSB", "the GRU", "the Chinese Communist Party",
	"the Chinese government", "Beijing", "Moscow", "Tehran", "Pyongyang", "Iranian intelligence",
}

// lk14GVoices are who says it, as a trailing attribution.
var lk14GVoices = []string{
	"report says", "investigation finds", "FBI says", "regulator says", "lawsuit alleges", "court finds",
	"parliament committee says", "Reuters reports", "Dutch intelligence says", "US officials say",
}

// lk14Ties are the ties, {N} the name and {S} the state body; a tie told
// without a voice takes one of lk14GVoices after it.
var lk14Ties = []string{
	"{N} has ties to {S}",
	"{N} has links to {S}",
	"{N} is linked to {S}",
	"{N} linked to {S}",
	"{N} tied to {S}",
	"{N} is connected to {S}",
	"{N} is controlled by {S}",
	"{N} secretly owned by {S}",
	"{N} is funded by {S}",
	"{N} works with {S}",
	"{N} worked for {S}",
	"{N} is a front for {S}",
	"{N} shares user data with {S}",
	"{N} sent user data to {S}",
	"{N} spies for {S}",
	"{N} accused of spying for {S}",
	"{N} employees worked for {S}",
	"{N} has been linked to {S}",
	"{N} was founded by former officers of {S}",
	"{N} is run by {S}",
	"{N} is backed by {S}",
	"{N} staff hacked for {S}",
	"{N} supplies {S}",
	"{N} sold surveillance tools to {S}",
	"{N} is a Chinese military company",
	"{N} is obliged to cooperate with {S}",
	"{N} is subject to {S}",
}

// lk14Voiced are ties with the voice as their subject or label.
var lk14Voiced = []string{
	"Report ties {N} to {S}",
	"Report links {N} to {S}",
	"Investigation links {N} to {S}",
	"FBI says {N} has ties to {S}",
	"US intelligence says {N} is controlled by {S}",
	"Lawsuit accuses {N} of spying for {S}",
	"Regulator finds {N} shared user data with {S}",
	"Report: {N} has ties to {S}",
	"Exclusive: {N} has ties to {S}",
	"Pentagon lists {N} as a company tied to {S}",
	"FBI: {N} has ties to {S}",
	"{N} \"has ties to {S},\" FBI says",
	"Report reveals {N}'s ties to {S}",
	"Investigation exposes links between {N} and {S}",
	"{N}'s links to {S} exposed in leaked documents",
	"{N} accused of espionage by Dutch intelligence",
	"Leaked documents show {N} worked with {S}",
	"The Wall Street Journal finds {N} is controlled by {S}",
	"Court rules {N} is a front for {S}",
	"Pentagon designates {N} a Chinese military company",
	"Pentagon names {N} among Chinese military companies",
}

// lk14Espionage are the vendor's own spying, no state body needed.
var lk14Espionage = []string{
	"Dutch intelligence warns {N} cameras could be used for espionage",
	"{N} cameras could be used for espionage, Dutch intelligence warns",
	"Lawsuit accuses {N} of spying on users",
	"{N} accused of spying on users, lawsuit says",
	"Regulator accuses {N} of spying on users",
	"{N} spied on its users, investigation finds",
	"{N} secretly sent user data to China, researchers find",
	"FBI warns {N} is used by Chinese intelligence to spy on Americans",
}

type lk14Cell struct {
	title, lead, want string
	cats              []trust.Category
	axes              []string // name shape, where (title/lead-name/lead-signal), form
}

var lk14GTie = []trust.Category{trust.CategoryStateLinks, trust.CategoryEspionage, trust.CategorySanctions}
var lk14GSpy = []trust.Category{trust.CategoryEspionage, trust.CategoryStateLinks}

func lk14Fill(s string, n lk14Name, body string) string {
	return strings.NewReplacer("{N}", n.written, "{S}", body).Replace(s)
}

// lk14Cells builds the grid's cells.
func lk14Cells() []lk14Cell {
	var cells []lk14Cell
	for _, n := range lk14Names {
		for bi, body := range lk14GBodies {
			for ti, tie := range lk14Ties {
				voice := lk14GVoices[(bi+ti)%len(lk14GVoices)]
				cells = append(cells, lk14Cell{lk14Fill(tie, n, body) + ", " + voice, "", n.want, lk14GTie,
					[]string{n.axis, "title", "tie:" + strings.Fields(strings.TrimPrefix(tie, "{N} "))[0]}})
			}
			for _, tie := range lk14Voiced {
				cells = append(cells, lk14Cell{lk14Fill(tie, n, body), "", n.want, lk14GTie,
					[]string{n.axis, "title", "voiced:" + strings.Fields(tie)[0]}})
			}
			// The signal only in the lead: the title names the vendor and
			// a voice.
			cells = append(cells, lk14Cell{"FBI warns companies about " + n.written,
				lk14Fill("The bureau says {N} has ties to {S}.", n, body), n.want, lk14GTie,
				[]string{n.axis, "lead-signal", "lead"}})
			// The name only in the lead: the title tells the tie of a kind.
			cells = append(cells, lk14Cell{lk14Fill("Report ties Chinese camera maker to {S}", n, body),
				"The report says " + n.want + ", a Shenzhen-based maker of security cameras, has worked with the state for years.",
				n.want, lk14GTie, []string{n.axis, "lead-name", "lead"}})
			cells = append(cells, lk14Cell{lk14Fill("US says Chinese satellite firm is helping {S}", n, body),
				"The State Department said " + n.want + " provided imagery to the state's forces.",
				n.want, lk14GTie, []string{n.axis, "lead-name", "lead"}})
		}
		for _, e := range lk14Espionage {
			cells = append(cells, lk14Cell{lk14Fill(e, n, ""), "", n.want, lk14GSpy,
				[]string{n.axis, "title", "spy:" + strings.Fields(e)[0]}})
		}
	}
	return cells
}

// lk14Lookalikes are the family's parts where no vendor is tied to a
// state: none may alert.
func lk14Lookalikes() []string {
	var out []string
	for _, n := range lk14Names {
		for _, body := range []string{"Russian intelligence", "China's military", "the Chinese government", "the GRU"} {
			for _, s := range []string{
				"APT28 hackers linked to {S}, {N} says",
				"{N} researchers tie hacking campaign to {S}",
				"{N} links new malware to {S}",
				"{N} denies ties to {S}",
				"{N} denies claims it works with {S}",
				"Lawmakers call for probe into {N} ties to {S}",
				"Senators question {N} over alleged ties to {S}",
				"Hearing examines {N}'s ties to {S}",
				"Opinion: {N}'s ties to {S} should worry Europe",
				"Why {N}'s links to {S} matter",
				"Hackers tied to {S} exploit {N} flaw",
				"Hackers linked to {S} breached {N}",
				"Spies from {S} used {N} to hunt for secrets",
				"Former {N} engineer charged with spying for {S}",
				"Ex-{N} employee accused of stealing secrets for {S}",
				"{N} could face ban over ties to {S}",
				"{N} says {S} hackers spied on its customers",
				"Investigation exposes links between APT41 and {S}, {N} says",
				"Report reveals links between Salt Typhoon and {S}",
				"FBI: Volt Typhoon hackers tied to {S} hid in {N} routers",
				"Report reveals links between {N} founder and {S}",
				"Sandworm linked to {S}, {N} researchers say",
				"Wealthy {N} investor with ties to {S} jailed",
			} {
				out = append(out, lk14Fill(s, n, body))
			}
		}
		for _, s := range []string{
			"Does {N} have ties to Chinese intelligence?",
			"{N} says it has no ties to the Chinese government",
			"{N} cuts ties with Chinese supplier after report",
			"{N} hires former NSA official as security chief",
			"{N} raises $50 million from Chinese investors",
			"{N} to work with Chinese chip firm on new phone",
			"{N} says it is subject to Chinese law",
			"{N} works with the government on smart city project, officials say",
			"{N} opens research lab in Beijing",
			"{N} wins contract with China's military hospitals",
			"Chinese state hackers target {N} customers in espionage campaign",
			"Espionage group abuses {N} flaw to spy on diplomats",
			// A voice in the title, the lead telling attackers or a
			// denial, not a tie.
			"FBI warns companies about {N} flaw|The bureau says hackers linked to China's Ministry of State Security are exploiting it.",
			"Report looks at {N}|The company denies it has ties to Russian intelligence.",
			"FBI says {N} was hacked|Officials say spies from Russia's FSB stole customer data.",
			"US says Chinese hacking group is helping China's military|The State Department said APT41 targeted {N} customers.",
		} {
			out = append(out, lk14Fill(s, n, ""))
		}
	}
	return out
}

// TestLk14Grid logs the share of cells right per axis (the vendor named
// and the category a state link, espionage, or the listing a list
// tells) and holds the title and lead cells to floors. Cells left
// failing, ambiguous by their structure:
//   - "X spies for S": "spies" is as often the noun ("Chinese spies
//     hacked X"), and the spies-as-attackers veto reads it so;
//   - "Exclusive: X has ties to S": the wire's label is dropped before
//     any rule reads the title (nx13.go), so an unlisted name's tie has
//     no voice left: a bare claim;
//   - "FBI warns X is used by Chinese intelligence to spy": a product
//     used by a state's spies is read as attackers using it;
//   - a state body with a tie no structure names ("X is connected to
//     Beijing") for some voices, and "sold ... to Pyongyang".
//
// LK14_FAILS=<file> writes the failing cells.
func TestLk14Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range lk14Cells() {
		// Coverage is right only where the name is not in the title.
		g.check(c.title, c.lead, c.axes, func(a trust.Alert, ok bool) bool {
			return ok && (!a.Coverage || c.axes[1] != "title") && namesLoosely(a, c.want) && slices.Contains(c.cats, a.Category)
		}, c.axes[0], c.axes[1], c.axes[2], c.axes[0]+"/"+c.axes[1])
	}
	g.stat.log(t, "%-28s %d/%d")
	g.stat.hold(t, map[string]float64{"registry/title": 0.95, "one-word/title": 0.9, "two-words/title": 0.9,
		"product/title": 0.9, "lead-name": 0.95, "lead-signal": 0.95})
	writeFails(t, "LK14_FAILS", g.fails)
}

// TestLk14Lookalikes holds the look-alike grid silent (LK14_LFAILS=<file>
// writes the alerting cells).
func TestLk14Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range lk14Lookalikes() {
		title, lead, _ := strings.Cut(c, "|")
		g.check(title, lead, []string{"lookalike"}, gridSilent)
	}
	fp, fails := len(g.fails), g.fails
	t.Logf("look-alikes alerting: %d of %d", fp, g.all)
	if fp > 0 {
		t.Errorf("%d look-alikes alert", fp)
	}
	writeFails(t, "LK14_LFAILS", fails)
}
