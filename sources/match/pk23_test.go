package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pk23Names are the package names of pk23's grids, one of each shape a
// package's name takes in news: plain and hyphenated lower case, a
// scope, a dotted name, CamelCase, and common English words.
var pk23Names = []string{"zorbkit", "quux-utils", "@zorbco/quux-sdk", "quux.js", "QuuxPay", "marble", "request"}

// pk23Dep is the malicious dependency a package pulled in, never the
// name of the alert.
const pk23Dep = "plain-quux-js"

// pk23Cell is a cell of pk23's grid: a title and a lead, %s the package.
type pk23Cell struct{ axis, title, lead string }

// pk23Events are package compromises in the shapes pk23 reads: the
// dependency a package pulled in, an ecosystem or a channel's kind in
// the title with the package in the lead, an SDK or library update, a
// version glued to the name, a name in code quotes.
var pk23Events = []pk23Cell{
	// The package a malicious dependency entered.
	{"dep", "%s npm package pulled in malicious " + pk23Dep + " dependency", ""},
	{"dep", "Hijacked %s release added malicious " + pk23Dep + " dependency", ""},
	{"dep", "%s compromised: new versions pull in malicious " + pk23Dep, ""},
	{"dep", "Attackers slip RAT into %s via malicious " + pk23Dep + " dependency", ""},
	{"dep", "Hackers slip RAT into %s, npm's popular HTTP client", "Versions 1.14.1 and 0.30.4 published through the maintainer's hijacked account added a " + pk23Dep + " dependency that installed a remote access trojan."},
	{"dep-lead", "Popular npm package hijacked to add malicious dependency", "Versions 2.3.1 and 2.3.2 of %s, published from a stolen token, pulled in " + pk23Dep + ", which installs a credential stealer."},
	{"dep-lead", "npm library backdoored through malicious dependency", "Attackers who phished the maintainer of %s published a release that added " + pk23Dep + " as a dependency; it steals cloud keys."},
	// The ecosystem or a kind in the title, the package in the lead.
	{"lead", "Popular npm package hijacked to steal cloud credentials", "Attackers phished the maintainer of %s and published versions that exfiltrate environment variables."},
	{"lead", "PyPI project compromised after maintainer's token leaked", "Malicious releases of %s were uploaded with code that steals SSH keys."},
	{"lead", "Hijacked RubyGems library ships backdoor", "Version 3.2.0 of %s, downloaded 2 million times, was republished with a reverse shell."},
	{"lead", "GitHub Action compromised to leak CI secrets", "Attackers rewrote the version tags of the %s action so that they pointed to a malicious commit."},
	{"lead", "Malicious update to popular VS Code extension steals tokens", "Version 1.4 of %s, pushed from the developer's hijacked publisher account, sent tokens to a remote server."},
	{"lead", "Maintainer phished via fake npm domain; popular packages ship malware", "Attackers published versions of %s that drop a loader on Windows."},
	{"lead", "npm maintainer's account hijacked, malicious versions published", "The attacker published version 4.1.2 of %s with a script that steals tokens."},
	{"lead", "Phishing attack on PyPI maintainers leads to malicious releases", "Malicious releases of %s and two other projects were uploaded."},
	{"lead", "Supply chain attack hits popular JavaScript library", "The %s library, with 3 million weekly downloads, was hijacked to install a cryptominer."},
	{"lead", "Crypto-stealing code found in popular Python package", "A new release of %s contained code that sends wallet keys to a remote server."},
	{"lead", "Hijacked npm account pushes malware to 18 packages", "Among them is %s, which has 2 million weekly downloads."},
	{"lead", "Popular Rust crate hijacked to steal SSH keys", "Attackers took over the crates.io account behind %s and published a malicious version."},
	{"lead", "Malicious versions of widely used npm package published", "%s 4.2.1 and 4.2.2 shipped a credential stealer after the maintainer was phished."},
	{"lead", "Maintainer's npm token stolen to push malware", "The attacker used it to publish a version of %s that installs a remote access trojan."},
	{"lead", "WordPress plugin with 300,000 installs backdoored", "The %s plugin's developer account was taken over and an update added a rogue administrator."},
	// Several packages in one item.
	{"several", "%s and zorb-lint npm packages hijacked to steal tokens", ""},
	{"several", "Maintainer phished; %s, zorb-lint and 18 other packages backdoored", ""},
	{"several", "Hijacked maintainer account pushes malware to 20 npm packages", "The compromised packages include %s and zorb-lint, with 4 million weekly downloads between them."},
	{"several", "Worm hits %s and zorb-lint packages on npm", "Malicious versions of %s and zorb-lint were published from a stolen token."},
	// An SDK or library update.
	{"sdk", "Malicious update to %s SDK steals users' data", ""},
	{"sdk", "%s SDK update backdoored after build server breach", ""},
	{"sdk", "Ad SDK '%s' update turns hundreds of Android apps into click bots", ""},
	{"sdk", "Android SDK update adds ad fraud to 300 apps", "A new version of the %s SDK quietly loaded invisible ads."},
	{"sdk", "Android SDK update turns apps into click bots", "Version 4.2 of the %s SDK, pushed to developers through its official Maven repository, added hidden ad-clicking code."},
	// A version glued to the name, a name in code quotes.
	{"version", "%s 4.2.1 published with credential stealer after maintainer phished", ""},
	{"version", "Malicious %s versions 4.2.1 and 4.2.2 steal npm tokens", ""},
	{"quoted", "Hijacked npm package '%s' steals crypto wallets", ""},
	{"quoted", "Popular PyPI package '%s' compromised to steal AWS keys", ""},
}

// pk23Lookalikes are built from the same parts and are no events:
// typosquats, fakes, impersonations, a package's own fix, a flaw, a
// denial, an attempt that failed.
var pk23Lookalikes = []pk23Cell{
	{"typosquat", "Typosquat of %s on npm steals credentials", ""},
	{"typosquat", "Malicious packages impersonating %s found on PyPI", ""},
	{"fake", "Fake %s package on npm pulled in malicious " + pk23Dep + " dependency", ""},
	{"fake", "Fake %s SDK steals developers' AWS keys", "The package, published by an unknown account, copied the real SDK's readme."},
	{"flaw", "Researchers find vulnerability in %s npm package", "Versions before 2.3.1 of %s allow prototype pollution."},
	{"deny", "%s maintainers deny package was compromised", ""},
	{"failed", "Attackers tried to hijack %s, but no release was published", ""},
	{"fix", "%s adds protection against malicious dependencies", ""},
	{"lead", "Popular npm package fixes vulnerability", "Version 2.3.1 of %s fixes a prototype pollution flaw."},
	{"lead", "Typosquats of popular npm packages steal credentials", "The fake packages mimic %s and install a stealer."},
	{"lure", "Developers phished via fake npm domain, no packages affected", "The maintainer of %s says the attacker never published a release."},
	{"lure", "Maintainers phished with fake PyPI login page, but 2FA stopped uploads", "The %s project's owner reset his password before any release."},
	{"lure", "Fake npm site phishes maintainers of popular packages", "Maintainers of %s were sent emails linking to the fake site."},
	{"lure", "Maintainer phished via fake npm domain", "The fake npmjs site copied the real login page of %s's registry."},
	{"versioned", "Popular npm packages fix prototype pollution", "%s 4.2.1 and 4.2.2 patch a flaw reported last week."},
	{"versioned", "Malicious npm packages mimic popular libraries", "%s 1.0.0, uploaded last week, copies a real package's name."},
	{"update", "Android SDK update fixes flaw that turned apps into click bots", "Version 4.2 of the %s SDK closes the hole."},
	{"update", "Android SDK update adds fraud detection", "Version 4.2 of the %s SDK flags fake clicks."},
	{"update", "Android SDK update adds dark mode", "Version 4.2 of the %s SDK ships new themes."},
	{"update", "Fake %s SDK update steals users' data", ""},
	{"update", "Could an SDK update turn apps into click bots?", "Researchers say the %s SDK lacks signing."},
	{"update", "Malicious SDK turns apps into click bots", "The %s SDK was never a real ad network's."},
	{"update", "Chrome extension update turns off tracking", "Version 2.0 of the %s extension removes analytics."},
	{"dep", "%s maintainers deny npm package pulled in malicious dependency", ""},
	{"dep", "How %s avoided pulling in malicious " + pk23Dep, ""},
	{"dep", "Could %s pull in a malicious dependency?", ""},
	{"dep", "Typosquatted %s package pulled in malicious " + pk23Dep + " dependency", ""},
	{"dep", "Researchers say %s could pull in malicious dependencies", ""},
}

// pk23Fill puts the package n into a cell's title and lead.
func pk23Fill(c pk23Cell, n string) (string, string) {
	return strings.ReplaceAll(c.title, "%s", n), strings.ReplaceAll(c.lead, "%s", n)
}

// TestPk23Grid holds the package events of pk23Events, over every name
// of pk23Names, to an alert of category oss naming the package and never
// the dependency it pulled in, and the look-alikes built of the same
// parts to silence.
func TestPk23Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, n := range pk23Names {
		for _, c := range pk23Events {
			title, lead := pk23Fill(c, n)
			g.check(title, lead, []string{c.axis, n}, func(a trust.Alert, ok bool) bool {
				named := func(want string) bool {
					return gridAlerts(trust.CategoryOSS, want)(a, ok) || gridAlerts(trust.CategoryCompromise, want)(a, ok)
				}
				// Of several packages hit, either is the event's name.
				return (named(n) || c.axis == "several" && named("zorb-lint")) && !namesLoosely(a, pk23Dep)
			}, c.axis, "name "+n)
		}
		for _, c := range pk23Lookalikes {
			title, lead := pk23Fill(c, n)
			look.check(title, lead, []string{c.axis, n}, gridSilent, "look "+c.axis)
		}
	}
	g.stat.log(t, "%s: %d/%d")
	look.stat.log(t, "%s: %d/%d quiet")
	writeFails(t, "PK23_FAILS", append(g.fails, look.fails...))
	g.holdWithLookalikes(t, look, "pk23 grid", 0.95)
}
