package match

// The probe grid of a vendor's site, CDN or update server that shipped
// malware, the malware told with an article and words of its kind
// ("Arvoro website served a Windows trojan", "update server pushed a
// remote access trojan"), and the look-alikes built from the same parts:
// fakes and copies, attackers' sites, malvertising, flaws, a vendor
// denying, and a vendor or its researchers acting on someone else's
// channel (tr19.go). Each cell crosses a channel, a verb of shipping, a
// payload and a vendor (registry, one unknown word, two unknown words).

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

var (
	tr19Chans    = []string{"website", "site", "download page", "CDN", "update server", "official website"}
	tr19Verbs    = []string{"served", "pushed", "delivered", "distributed", "dropped"}
	tr19Payloads = []string{"a Windows trojan", "an Android backdoor", "a macOS infostealer", "a remote access trojan",
		"a new backdoor", "a crypto wallet drainer"}
	tr19Vendors = []string{"Kaspersky", "Arvoro", "Tenmark Systems"}
)

// TestTr19Grid holds the shipped-malware grid's axes to their floors.
// TR19_FAILS=<file> writes the failing cells.
func TestTr19Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	const lead = "The company said it had removed the file and was investigating."
	for _, c := range tr19Chans {
		for _, v := range tr19Verbs {
			for _, p := range tr19Payloads {
				for _, n := range tr19Vendors {
					title := n + " " + c + " " + v + " " + p
					axes := []string{"chan:" + c, "verb:" + v, "payload:" + p, "vendor:" + n}
					g.check(title, lead, axes, gridAlerts(trust.CategoryCompromise, n), append([]string{"all"}, axes...)...)
				}
			}
		}
	}
	g.stat.log(t, "%-32s %d/%d")
	// Floors a little under the figures at the round's end (all 502 of
	// 540; 332 before it: the payload told with an article and words of
	// its kind was read only as one word). Left below: a download page or
	// CDN with a one-word kind ("download page served a Windows trojan").
	g.stat.hold(t, map[string]float64{"all": 0.9, "payload:a remote access trojan": 0.8, "payload:a crypto wallet drainer": 0.9,
		"chan:website": 0.95, "chan:site": 0.95, "chan:update server": 0.95, "vendor:Arvoro": 0.9, "vendor:Tenmark Systems": 0.9})
	writeFails(t, "TR19_FAILS", g.fails)
}

// tr19Lookalikes are the grid's parts in their other senses: {N} the
// vendor, {C} a channel, {V} a verb of shipping, {P} a payload. silent
// says whether every cell must stay silent; the others are counted and
// held to a ceiling (cells that alerted before this round and still do:
// a fake "official website", a registry vendor's lexicon words).
var tr19Lookalikes = []struct {
	tmpl   string
	silent bool
}{
	{"{N} researchers find {C} that {V} {P}", true},
	{"{N} blocks {C} that {V} {P}", true},
	{"{N} says its {C} never {V} {P}", true},
	{"{N} warns fake {C} {V} {P}", true},
	{"Malicious ads {V} {P} to {N} users", true},
	{"Hackers exploit {N} flaw and {V} {P}", true},
	{"Attackers {V} {P} through {N} vulnerability", true},
	{"{N} takes down phishing {C} that {V} {P}", false},
	{"Fake {N} {C} {V} {P}", false},
	{"Lookalike {N} {C} {V} {P}", false},
	{"Typosquatted {N} {C} {V} {P}", false},
	{"Cracked {N} {C} {V} {P}", false},
	{"Hackers' {C} posing as {N} {V} {P}", false},
}

// TestTr19Lookalikes holds the look-alike grid: its silent templates
// silent in every cell, the others under their ceiling.
func TestTr19Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	const lead = "Researchers said the campaign targeted users in Europe."
	var tally lookTally
	for _, l := range tr19Lookalikes {
		for _, c := range tr19Chans {
			for _, v := range tr19Verbs {
				for _, p := range tr19Payloads[:3] {
					for _, n := range tr19Vendors {
						title := strings.NewReplacer("{N}", n, "{C}", c, "{V}", v, "{P}", p).Replace(l.tmpl)
						a, ok := m.Match(title, lead)
						tally.judge(t, title, a, ok, l.silent)
					}
				}
			}
		}
	}
	t.Logf("counted look-alike cells alerting: %d of %d (651 of the 3,510 cells of all templates alerted before this round)", tally.alerting, tally.all)
	// 141 at the round's end, every one alerting before it.
	if tally.alerting > 150 {
		t.Errorf("counted look-alike cells alerting: %d of %d, want at most 150", tally.alerting, tally.all)
	}
}

// The probe grid of stores pulling a vendor's app with a reason of
// trust, the stores a plural subject ("Apple and Google pull ToTok",
// "Apple, Google remove ToTok", "Retailers pull Arvoro") or one store, the
// reason in the title's words or as what a report found ("after report
// says it is a spying tool"). Each cell crosses the subject's number, a
// verb, a vendor, an object and a reason.
var (
	tr19OneStore    = []string{"Apple", "Google", "Microsoft", "Amazon"}
	tr19Stores      = []string{"Apple and Google", "Apple, Google", "Google and Apple", "Retailers"}
	tr19PullVerbs   = [][2]string{{"pulls", "pull"}, {"removes", "remove"}, {"drops", "drop"}, {"yanks", "yank"}}
	tr19PullObjects = []string{"{V}", "{V} app", "{V} apps"}
	tr19PullReasons = [][2]string{
		{"title-spying", " over spying concerns"},
		{"title-ties", " over ties to UAE intelligence"},
		{"report-spying", " after report says it is a spying tool"},
		{"report-state", " after report ties it to Chinese intelligence"},
		{"report-data", " after investigation finds it sent data to China"},
	}
)

// TestTr19PullGrid holds the store-pull grid's axes to their floors.
// TR19_PULL_FAILS=<file> writes the failing cells.
func TestTr19PullGrid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, plural := range []bool{false, true} {
		subjects, number := tr19OneStore, "number:one"
		if plural {
			subjects, number = tr19Stores, "number:plural"
		}
		for _, vb := range tr19PullVerbs {
			verb := vb[0]
			if plural {
				verb = vb[1]
			}
			for _, n := range tr19Vendors {
				for _, o := range tr19PullObjects {
					for _, r := range tr19PullReasons {
						for _, s := range subjects {
							title := s + " " + verb + " " + strings.ReplaceAll(o, "{V}", n) + r[1]
							axes := []string{number, "verb:" + vb[1], "vendor:" + n, "reason:" + r[0]}
							g.check(title, "A spokesperson confirmed the decision.", axes, gridAlerts(trust.CategoryDelisting, n),
								append([]string{"all"}, axes...)...)
						}
					}
				}
			}
		}
	}
	g.stat.log(t, "%-24s %d/%d")
	// Floors a little under the figures at the round's end (all 1,348 of
	// 1,440, plural 678 of 720; before it 1,234 and 582: a plural
	// subject's base verb was read only through other shapes, a report's
	// clause only in its first three words). Left below: "over ties to
	// UAE intelligence" for an unknown name.
	g.stat.hold(t, map[string]float64{"all": 0.92, "number:plural": 0.93, "number:one": 0.9, "reason:report-spying": 0.9,
		"reason:report-state": 0.9, "reason:title-spying": 0.95})
	writeFails(t, "TR19_PULL_FAILS", g.fails)
}

// tr19PullLookalikes are the pull grid's parts in other senses: {S} the
// stores, {VB} the verb agreeing with them, {VBB} its base form, {V} a
// vendor. silent says whether every cell must stay silent; the others
// (a registry vendor's lexicon words, alerting before this round) are
// counted and held to a ceiling.
var tr19PullLookalikes = []struct {
	tmpl   string
	silent bool
}{
	{"{S} {VB} {V} over copyright complaint", true},
	{"{S} {VB} {V} after payment dispute", true},
	{"{S} {VB} {V} after it broke content rules", true},
	{"{S} {VB} fake {V} apps that stole passwords", true},
	{"{S} {VB} malicious {V} clones", true},
	{"{S} {VB} {V} ads over misleading claims", true},
	{"{S} {VB} {V} heaters over fire risk", true},
	{"{S} {VB} support for {V} after report says it is outdated", true},
	{"{S} {VB} {V} after report says sales fell", true},
	{"{S} {VB} {V} after report finds it misled advertisers", true},
	{"{S} {VB} {V} plan after report says it is a security risk to children", false},
	{"{S} {VB} {V} games after lawsuit", false},
	{"{S} {VB} {V} as default search engine", false},
	{"Lawmakers urge {S} to {VBB} {V} over spying concerns", false},
	{"{S} {VB} apps that spied for {V}", false},
}

// TestTr19PullLookalikes holds the pull look-alike grid: its silent
// templates silent in every cell, the others under their ceiling.
func TestTr19PullLookalikes(t *testing.T) {
	m := defaultMatcher(t)
	var tally lookTally
	for _, l := range tr19PullLookalikes {
		for _, plural := range []bool{false, true} {
			subjects := tr19OneStore[:2]
			if plural {
				subjects = tr19Stores[:2]
			}
			for _, vb := range tr19PullVerbs {
				verb := vb[0]
				if plural {
					verb = vb[1]
				}
				for _, n := range tr19Vendors {
					for _, s := range subjects {
						title := strings.NewReplacer("{S}", s, "{VB}", verb, "{VBB}", vb[1], "{V}", n).Replace(l.tmpl)
						a, ok := m.Match(title, "A spokesperson confirmed the decision.")
						tally.judge(t, title, a, ok, l.silent)
					}
				}
			}
		}
	}
	t.Logf("counted look-alike cells alerting: %d of %d", tally.alerting, tally.all)
	// 60 at the round's end and before it (92 with a report's clause
	// read for any motive: "security risk to children").
	if tally.alerting > 60 {
		t.Errorf("counted look-alike cells alerting: %d of %d, want at most 60", tally.alerting, tally.all)
	}
}

// The probe grid of attackers turning a vendor's product against its
// customers in the active voice (tr19TurnedToCustomers): "Hackers hijack
// Kaseya VSA to push ransomware to customers". Each cell crosses an
// attacker, a verb, the product as written, what was shipped and a
// vendor.
var (
	tr19Attackers = []string{"Hackers", "Attackers", "North Korean hackers", "Ransomware gang"}
	tr19TurnVerbs = []string{"hijack", "hijacked", "compromise", "compromised", "breach", "breached"}
	tr19Products  = []string{"{V} VSA", "{V}'s remote management tool", "{V} software", "{V}'s platform", "{V} partner",
		"{V}'s support portal"}
	tr19Shipped = []string{"to push ransomware to customers", "to send wipers to customers", "to push malware to its customers",
		"to deliver a backdoor to customers", "to push malicious updates to customers"}
	tr19TurnVendors = []string{"Kaseya", "Arvoro", "Tenmark Systems"}
)

// TestTr19CustomersGrid holds the grid's axes to their floors.
// TR19_CUSTOMERS_FAILS=<file> writes the failing cells.
func TestTr19CustomersGrid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, a := range tr19Attackers {
		for _, v := range tr19TurnVerbs {
			for _, p := range tr19Products {
				for _, s := range tr19Shipped {
					for _, n := range tr19TurnVendors {
						title := a + " " + v + " " + strings.ReplaceAll(p, "{V}", n) + " " + s
						axes := []string{"verb:" + v, "product:" + p, "shipped:" + s, "vendor:" + n}
						g.check(title, "The company said it was investigating.", axes, gridAlerts(trust.CategoryCompromise, n),
							append([]string{"all"}, axes...)...)
					}
				}
			}
		}
	}
	g.stat.log(t, "%-48s %d/%d")
	// At the round's end every cell (2,160); 640 before it, nearly all
	// "hijacked" or "malicious updates".
	g.stat.hold(t, map[string]float64{"all": 0.97, "verb:breach": 0.95, "verb:compromise": 0.95, "verb:hijack": 0.95,
		"shipped:to send wipers to customers": 0.95, "shipped:to push ransomware to customers": 0.95})
	writeFails(t, "TR19_CUSTOMERS_FAILS", g.fails)
}

// TestTr19CustomersLookalikes holds silent the grid's parts in other
// senses: a platform or devices attackers use to reach users or victims,
// a flaw, a driver, accounts, a brand, a fake installer, what only could
// happen, customers' own servers.
func TestTr19CustomersLookalikes(t *testing.T) {
	m := defaultMatcher(t)
	var titles []string
	for _, tmpl := range []string{
		"{H} {VB} Microsoft Teams to push malware to users",
		"{H} {VB} Google Ads to push malware to victims",
		"{H} {VB} routers to push malware to users",
		"{H} {VB} {V} flaw to push ransomware to customers",
		"{H} {VB} {V} driver to disable security tools",
		"{H} {VB} {V} accounts to send phishing emails to customers",
		"{H} {VB} {V} brand to push malware to users",
		"{H} {VB} fake {V} installer to push malware",
		"{V} warns {H} could {VBB} its tool to push ransomware to customers",
		"{H} {VB} {V} customers' servers to push ransomware",
	} {
		for _, h := range []string{"Hackers", "Attackers"} {
			for _, vb := range [][2]string{{"hijack", "hijack"}, {"abused", "abuse"}, {"compromise", "compromise"}} {
				for _, n := range tr19TurnVendors {
					titles = append(titles, strings.NewReplacer("{H}", h, "{VB}", vb[0], "{VBB}", vb[1], "{V}", n).Replace(tmpl))
				}
			}
		}
	}
	checkSilent(t, m, slices.Compact(slices.Sorted(slices.Values(titles)))...)
}

// lookTally counts a look-alike grid's cells: a template marked silent
// must not alert; the others are counted, alerting or not, against a
// ceiling.
type lookTally struct{ alerting, all int }

func (n *lookTally) judge(t *testing.T, title string, a trust.Alert, ok, silent bool) {
	t.Helper()
	switch {
	case gridSilent(a, ok):
		if !silent {
			n.all++
		}
	case silent:
		t.Errorf("%q: alert %s %v, want none (%s)", title, a.Category, a.VendorNames(), a.Why())
	default:
		n.alerting++
		n.all++
	}
}
