package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The pkName probe grid: a title that names only the platform, store or
// ecosystem the package was on, or describes it ({T}), and a summary
// that writes the package in one candidate's shape ({S}: told by its
// versions, by an update to it, quoted beside a channel's word, first of
// a counted list, beside its ecosystem and kind, in apposition), for
// packages written as code, scoped or as a product's name ({N}). Every
// alerting cell must name the package. Beside it, the look-alikes of the
// same parts: the platform, the ecosystem, a maintainer's or an
// attacker's name, a version's word, a verb after "update to", a
// channel's plural after a platform's name.
var (
	pkGridTitles = []string{
		"Popular npm package hijacked to steal crypto wallets",
		"Chrome extension with 300,000 users turned into adware",
		"WordPress plugin with 200,000 installs backdoored after change of ownership",
		"Five Open VSX extensions backdoored to steal tokens",
		"Popular Python library on PyPI compromised to drop a miner",
	}
	// {S}: the shapes; code marks those that take a package written as
	// code only (a quote, an ecosystem's word before a kind).
	pkGridShapes = []struct {
		lead string
		code bool
	}{
		{"Versions 4.2.1 and 4.2.2 of {N} carried a password stealer after its maintainer was phished.", false},
		{"An update to {N}, pushed weeks after the project changed hands, added a password stealer.", false},
		{"The popular '{N}' package was hijacked after its maintainer was phished.", true},
		{"{N} and four other plugins were updated with code that steals sessions.", false},
		{"The {N} npm package was hijacked after its maintainer was phished.", true},
		{"{N}, a tab manager with 300,000 users, began injecting ads after an update.", false},
	}
	pkGridNames = []string{"zorbkit", "zorb-kit", "@zorb/kit", "Zorb Tabs", "Quuxtab"}
)

func TestPkNameGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, quiet := newProbeGrid(m), newProbeGrid(m)
	for ti, title := range pkGridTitles {
		for si, s := range pkGridShapes {
			for _, n := range pkGridNames {
				if s.code && n != strings.ToLower(n) {
					continue
				}
				lead := strings.ReplaceAll(s.lead, "{N}", n)
				axes := []string{"T" + string(rune('0'+ti)), "S" + string(rune('0'+si)), n}
				if a, ok := m.Match(title, lead); !ok || a.Coverage {
					quiet.check(title, lead, nil, gridSilent, axes...)
					continue
				}
				g.check(title, lead, axes, gridAlerts(trust.CategoryOSS, n), axes...)
			}
		}
	}
	t.Logf("cells no shape alerts on: %d of %d", quiet.all, quiet.all+g.all)
	g.holdExpected(t, quiet, "PKNAME_FAILS", 1.0)
	g.stat.hold(t, map[string]float64{"S1": 1})
}

// pkNameCells are look-alikes of the candidates: the alert may name
// anything but not, and names want.
var pkNameCells = []struct {
	title, lead, not, want string
}{
	// a verb after "update to", a version after it: no name
	{"Zorbtabs extension hijacked to inject ads", "An update to track users was pushed after the developer was phished.", "track", "Zorbtabs"},
	{"Zorbtabs extension hijacked to inject ads", "The attacker pushed an update to version 3.2.1 that injected ads.", "version", "Zorbtabs"},
	// a channel's plural after a platform's name is a description
	{"Open VSX developer accounts hijacked to push malware", "Leaked tokens let attackers publish malicious updates to VS Code extensions; the quuxlint extension was among them.", "VS Code", "quuxlint"},
	// the platform, an ecosystem, a maintainer named beside the package
	{"Popular npm package hijacked to steal crypto wallets", "Versions 4.2.1 and 4.2.2 of zorbkit, maintained by Quux Smith, carried a stealer.", "npm", "zorbkit"},
	{"Chrome extension with 300,000 users turned into adware", "An update to Zorb Tabs, sold by its developer Quux Smith in May, injected ads.", "Chrome", "Zorb Tabs"},
	{"WordPress plugin backdoored after change of ownership", "An update to Quux Footer Tools added hidden admin accounts; WordPress.org closed the plugin.", "WordPress.org", "Quux Footer Tools"},
	// a name the title writes as code keeps its place against the lead's
	// update to its owner's product
	{"zorb-cli npm package hijacked to steal tokens", "An update to Quuxcorp Tools, which zorb-cli pulls in, was published by the attacker.", "Quuxcorp Tools", "zorb-cli"},
}

func TestPkNameLookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range pkNameCells {
		a, ok := m.Match(c.title, c.lead)
		if !ok || a.Coverage {
			t.Errorf("%q: no alert, want one naming %q", c.title, c.want)
			continue
		}
		for _, n := range a.VendorNames() {
			if strings.EqualFold(n, c.not) {
				t.Errorf("%q: names %q (%v)", c.title, c.not, a.VendorNames())
			}
		}
		if !namesLoosely(a, c.want) {
			t.Errorf("%q: names %v, want %q", c.title, a.VendorNames(), c.want)
		}
	}
}
