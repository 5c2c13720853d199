package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The pk19 probe grid: a title that only describes the package ("Popular
// AI library on PyPI compromised") and a summary that names it by its
// releases, varied one axis at a time: how the releases are told
// ({V}), the package's form ({P}) and the title's description ({T}).
// Every cell must alert in category oss naming the package (the grid
// judges the name only on cells that alert, so a description no shape
// reads is counted apart). Before pk19 the grid's alerting cells named
// the package in 134 of 288; after, 288 of 288. The name grid beside
// it holds the words pk19 must never take for the package: a
// description after "of the", an owner's lower-case word, a verb before
// a version, a dependency beside a package the title writes as code.
var (
	// {P} a package as its registry writes it
	pk19GridPkgs = []string{"zorbkit", "zorb-kit", "zorbkit.js", "@zorb/kit", "zorb2", "zorb_kit"}
	// {V} the releases told in the summary's first sentence
	pk19GridReleases = []string{
		"Versions 4.2.1 and 4.2.2 of {P}, a library with 9 million weekly downloads, contained a password stealer.",
		"Version 4.2.1 of {P} carried a remote access trojan, the maintainers said.",
		"Releases 4.2.1 through 4.2.4 of {P} were published with a stolen token and mined Monero.",
		"Malicious versions of {P}, downloaded millions of times a week, dropped an infostealer.",
		"Attackers used a stolen token to publish versions of {P} that downloaded an XMRig miner.",
		"{P} versions 4.2.1 and 4.2.2 were built from a poisoned workflow and installed a miner.",
		"The attackers phished the maintainer and published {P} 4.2.1 with a malicious install script.",
		"Attackers published versions 4.2.1 to 4.2.3 of Zorbcorp's {P} with a wallet drainer.",
		"Versions 4.2.1 and 4.2.2 of the {P} Python package, downloaded 60,000 times a day, ran XMRig.",
		"Several versions of the {P} package on npm, published through a compromised account, sent wallet seeds to attackers.",
	}
	// {T} a title describing the package, none naming it
	pk19GridTitles = []string{
		"Popular AI library on PyPI compromised to deliver crypto miner",
		"Popular animation library hijacked to drain crypto wallets",
		"Popular JavaScript bundler packages compromised with crypto miner",
		"Protestware: popular npm package wipes files on Russian machines",
		"Two more hijacked npm packages break builds worldwide",
		"Popular YOLO library on PyPI shipped a cryptominer",
	}
)

func TestPk19Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, quiet := newProbeGrid(m), newProbeGrid(m)
	for ti, title := range pk19GridTitles {
		for vi, v := range pk19GridReleases {
			for _, p := range pk19GridPkgs {
				lead := strings.ReplaceAll(v, "{P}", p)
				axes := []string{"T" + string(rune('0'+ti)), "V" + string(rune('0'+vi)), p}
				if _, ok := m.Match(title, lead); !ok {
					quiet.check(title, lead, nil, gridSilent, axes...)
					continue
				}
				right := gridAlerts(trust.CategoryOSS, p)
				if strings.Contains(v, "Zorbcorp's") {
					// the owner is a name for its package too
					right = func(a trust.Alert, ok bool) bool {
						return gridAlerts(trust.CategoryOSS, p)(a, ok) || gridAlerts(trust.CategoryOSS, "Zorbcorp")(a, ok)
					}
				}
				g.check(title, lead, axes, right, axes...)
			}
		}
	}
	t.Logf("cells no shape alerts on: %d of %d", quiet.all, quiet.all+g.all)
	g.holdExpected(t, quiet, "PK19_FAILS", 1.0)
	g.stat.hold(t, map[string]float64{"V7": 1, "zorb2": 1})
}

// pk19NameCells are look-alikes of the names: the alert may name
// anything but the word not.
var pk19NameCells = []nameCell{
	// a description after "of the", "of its": no name
	{"Hackers slipped backdoor into Linux xz library in multi-year operation", "A maintainer inserted a backdoor into versions 5.6.0 and 5.6.1 of the compression library.", "compression", "xz"},
	{"Wallet theft traced to hijacked Zorbpay SDK", "Version 5.1.2 of the payment SDK sent private keys to the attackers.", "payment", "Zorbpay"},
	{"Google disables Zorbhaven extension after it turned malicious", "A phishing attack on a developer let attackers publish a malicious version of the data-loss-prevention extension.", "data-loss-prevention", "Zorbhaven"},
	// an owner's lower-case word: a description
	{"Zorbcorp AI coding agent hacked to inject data wiping commands", "A hacker planted data wiping code in a version of Zorbcorp's generative AI-powered assistant for Visual Studio Code.", "generative", "Zorbcorp"},
	// the owner the title names keeps its name
	{"Zorbledger library hijacked in supply-chain attack to drain crypto wallets", "Attackers published malicious versions of Zorbledger's connect-kit package to npm after phishing a former employee.", "connect-kit", "Zorbledger"},
	// a verb or a conjunction before a version
	{"Attackers push cryptominer in Zorbgress Controller Docker image after token theft", "Zorbgress says a stolen Docker Hub token was used to publish a tampered 3.4.0 image.", "tampered", "Zorbgress"},
	{"Abandoned Go repo taken over and tagged with backdoored release", "The quuxfmt repository, still imported by 3,000 modules, was claimed by a new account that pushed v1.9.9 with a reverse shell.", "pushed", "quuxfmt"},
	{"Prettier ESLint config package hit by phishing, pushes Windows malware", "Attackers phished the maintainer of zorb-config-prettier and published versions 8.10.1 and 10.1.6 with a malicious install script.", "published", "zorb-config-prettier"},
	{"zorbmark Markdown library hijacked to steal browser cookies", "Versions 4.2.1 and 4.2.2 of the package, which has 900,000 weekly downloads, carried an infostealer.", "and", "zorbmark"},
	// a reporter in apposition, a speaker under a title describing no
	// owner
	{"Chrome extension with 300,000 users turned into adware", "Zorbsec, a security firm that tracks browser threats, found that the Quuxtab extension began injecting ads.", "Zorbsec", "Quuxtab"},
	{"Five Open VSX extensions backdoored to steal tokens", "Zorbsec says attackers pushed trojanized updates of legitimate extensions, including Quuxtab.", "Zorbsec", "Quuxtab"},
	// a title's description before a channel's word is no product run
	{"Code-signing plugin for Jenkins hijacked to steal build secrets", "Attackers who took over the abandoned quuxsign plugin released version 2.1 with a credential stealer.", "Code-signing", "quuxsign"},
	{"Popular IDE plugin pulled from marketplace after malicious update", "The Zorb Brackets plugin, installed more than 800,000 times, added code in its latest version that uploads environment variables.", "Popular IDE", "Zorb Brackets"},
	{"Open VSX extension with 50,000 installs turned into credential stealer", "The Quux Prettier Theme extension was updated with code that exfiltrates GitHub tokens after its publisher's account was taken over.", "Open VSX", "Quux Prettier"},
	// a name the title writes in code keeps it against the lead's
	// "of the ... Python library"
	{"Phished maintainer's token used to publish malicious zorb2words release on PyPI", "Version 0.5.15 of the number-to-words Python library contained the Scavenger loader.", "number-to-words", "zorb2words"},
	// a package the title writes as code outranks the lead's dependency
	{"zorb-cli npm package hijacked to steal tokens", "Versions 1.0.3 and 1.0.4 of quux-dep, which zorb-cli pulls in, were published by the attacker.", "quux-dep", "zorb-cli"},
}

func TestPk19NameLookalikes(t *testing.T) {
	checkNameCells(t, defaultMatcher(t), pk19NameCells)
}

// pk19Silent are typosquats, fresh malicious packages, flaws and
// research told with versions of the same parts: none may alert.
var pk19Silent = []string{
	"Typosquat mimicking {P} on npm steals crypto wallets|Versions 1.0.1 and 1.0.2 of {P}s, uploaded this week by a new account, contain a stealer.",
	"Malicious PyPI packages target {P} developers|The packages, published in versions 0.0.1 to 0.0.4 by a fresh account, steal tokens.",
	"Critical flaw in {P} lets attackers run code|Versions 4.2.1 and 4.2.2 of {P} fix the bug; users should update.",
	"Researchers find 200 npm packages imitating {P}|Versions of the fakes stole environment variables.",
	"{P} maintainers release 4.2.3 to patch deserialization bug|No malicious code was found.",
}

func TestPk19Silent(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range pk19Silent {
		tl, ld, _ := strings.Cut(c, "|")
		for _, p := range pk19GridPkgs {
			g.check(strings.ReplaceAll(tl, "{P}", p), strings.ReplaceAll(ld, "{P}", p), []string{p}, gridSilent)
		}
	}
	for _, f := range g.fails {
		t.Errorf("look-alike alerting: %s", f)
	}
}

// The pk19 platform grid: a title that names only the platform, store
// or registry the thing was on ({T}; or the thing's run before a
// channel's word), a summary that names the thing by a quote beside a
// channel's word, as the first of a counted list, as the speaker of a
// title's described owner, or in apposition ({L}). Before pk19 30 of 44
// cells named the thing; after, 44 of 44.
var (
	pk19PlatformNames  = []string{"Zorb Share", "Quuxtab"}
	pk19PlatformTitles = []string{
		"{N} image on Docker Hub shipped a crypto miner",
		"{N} extension on Chrome Web Store turned into adware",
		"Backdoors slipped into five WordPress.org plugins",
		"Chrome extension with 300,000 users turned into adware",
		"Security startup's Chrome extension hijacked on Christmas Eve",
		"Five Open VSX extensions backdoored to steal tokens",
		"Firefox add-on turned into spyware after developer phished",
	}
	pk19PlatformLeads = []string{
		"Researchers found that updates to {N} and four other plugins had been injected with code that creates rogue administrator accounts.",
		"{N}, a tab manager with 300,000 users, began injecting ads after an update.",
		"{N} says a phished employee's publishing rights were used to upload a version that exfiltrated cookies.",
		"{N} and 16 other extensions were updated with code that steals sessions.",
	}
)

func TestPk19PlatformGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, quiet := newProbeGrid(m), newProbeGrid(m)
	for ti, title := range pk19PlatformTitles {
		for li, l := range pk19PlatformLeads {
			if li == 2 && ti != 4 {
				continue // a speaker names the thing only for a described owner
			}
			for _, n := range pk19PlatformNames {
				lead := strings.ReplaceAll(l, "{N}", n)
				title := strings.ReplaceAll(title, "{N}", n)
				axes := []string{"T" + string(rune('0'+ti)), "L" + string(rune('0'+li)), n}
				if a, ok := m.Match(title, lead); !ok || a.Coverage {
					quiet.check(title, lead, nil, gridSilent, axes...)
					continue
				}
				g.check(title, lead, axes, gridAlerts(trust.CategoryOSS, n), axes...)
			}
		}
	}
	t.Logf("cells no shape alerts on: %d of %d", quiet.all, quiet.all+g.all)
	g.holdExpected(t, quiet, "PK19P_FAILS", 1.0)
}
