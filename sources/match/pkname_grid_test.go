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
	// {S}: the shapes; code marks those that take a package written in
	// lower case only (a quote, an ecosystem's word before a kind), marked
	// those that take one with a code's mark only (a hyphen, a scope).
	pkGridShapes = []struct {
		lead         string
		code, marked bool
	}{
		{"Versions 4.2.1 and 4.2.2 of {N} carried a password stealer after its maintainer was phished.", false, false},
		{"An update to {N}, pushed weeks after the project changed hands, added a password stealer.", false, false},
		{"The popular '{N}' package was hijacked after its maintainer was phished.", true, false},
		{"{N} and four other plugins were updated with code that steals sessions.", false, false},
		{"The {N} npm package was hijacked after its maintainer was phished.", true, false},
		{"{N}, a tab manager with 300,000 users, began injecting ads after an update.", false, false},
		{"Two commits to {N} added a backdoor that ran code sent in a 'User-Agentt' header.", true, true},
	}
	pkGridNames = []string{"zorbkit", "zorb-kit", "@zorb/kit", "Zorb Tabs", "Quuxtab"}
)

func TestPkNameGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, quiet := newProbeGrid(m), newProbeGrid(m)
	for ti, title := range pkGridTitles {
		for si, s := range pkGridShapes {
			for _, n := range pkGridNames {
				if s.code && n != strings.ToLower(n) || s.marked && !strings.ContainsAny(n, "-@/") {
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
// anything but not, and names want when want is set.
var pkNameCells = []nameCell{
	// a verb after "update to", a version after it: no name
	{"Zorbtabs extension hijacked to inject ads", "An update to track users was pushed after the developer was phished.", "track", "Zorbtabs"},
	{"Zorbtabs extension hijacked to inject ads", "The attacker pushed an update to version 3.2.1 that injected ads.", "version", "Zorbtabs"},
	// a channel's plural after a platform's name is a description
	{"Open VSX developer accounts hijacked to push malware", "Leaked tokens let attackers publish malicious updates to VS Code extensions; the quuxlint extension was among them.", "VS Code", "quuxlint"},
	// a quoted piece of code is no package, nor a file a backdoor was put
	// into
	{"Malicious commits pushed to PHP's Git server in suspected compromise", "Two commits made under the names of Quux Smith and Zorbo Quill added a backdoor to php-zorb that would run code sent in a 'Quux-Agent' header.", "Quux-Agent", "php-zorb"},
	{"Backdoor commits pushed to PHP's git server under maintainers' names", "Two commits to php-zorb, signed as Quux Smith and Zorbo Quill, would have run code sent in a 'Quux-Agent' header.", "Quux-Agent", "php-zorb"},
	{"Zorbmin backdoor: build server compromise slipped RCE into SourceForge downloads", "An attacker added a backdoor to password_change.cgi in versions 1.882 through 1.921.", "password_change.cgi", ""},
	// a lower-case word between a count and a channel's plural is the
	// packages' kind; a title opening on an attack's adjective names none
	{"Zorbstack supply chain attack: 17 react-native packages backdoored", "", "react-native", "Zorbstack"},
	{"Quuxui supply-chain attack hits 16 vue-native packages", "", "vue-native", "Quuxui"},
	{"Massive supply chain attack: 17 react-native packages backdoored", "", "Massive", ""},
	{"Ongoing supply chain attack hits dozens of react-native packages", "", "Ongoing", ""},
	{"Popular supply chain attack: 17 zorb packages backdoored", "", "Popular", ""},
	// the platform, an ecosystem, a maintainer named beside the package
	{"Popular npm package hijacked to steal crypto wallets", "Versions 4.2.1 and 4.2.2 of zorbkit, maintained by Quux Smith, carried a stealer.", "npm", "zorbkit"},
	{"Chrome extension with 300,000 users turned into adware", "An update to Zorb Tabs, sold by its developer Quux Smith in May, injected ads.", "Chrome", "Zorb Tabs"},
	{"WordPress plugin backdoored after change of ownership", "An update to Quux Footer Tools added hidden admin accounts; WordPress.org closed the plugin.", "WordPress.org", "Quux Footer Tools"},
	// a name the title writes as code keeps its place against the lead's
	// update to its owner's product
	{"zorb-cli npm package hijacked to steal tokens", "An update to Quuxcorp Tools, which zorb-cli pulls in, was published by the attacker.", "Quuxcorp Tools", "zorb-cli"},
}

func TestPkNameLookalikes(t *testing.T) {
	checkNameCells(t, defaultMatcher(t), pkNameCells)
}
