package match

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of pkg15's family: which name a package compromise's
// alert gives. Cells differ only in structure: the ecosystem and its
// channel word, the name's shape (lower-case, scoped, owner/repo, a
// module path, dotted, a multi-word product, an owner's product), the
// verb in each form and voice, the name in the title or only in the
// lead. A cell is right when the alert is a package compromise and
// names the package as written (its scope or path kept), every one of
// them when the text lists several. The look-alike grid uses the same
// parts for what is no compromise of a trusted package.

// pk15Package is one package as written, with its channel word and its
// registry.
type pk15Package struct{ eco, name, channel, registry string }

var pk15Packages = []pk15Package{
	{"npm/lower", "arvoro-utils", "npm package", "npm"},
	{"npm/scoped", "@arvoro/core", "npm package", "npm"},
	{"npm/dotted", "arvoro.js", "npm library", "npm"},
	{"pypi/lower", "arvorolib", "PyPI package", "PyPI"},
	{"pypi/python", "quillparse", "Python library", "PyPI"},
	{"rubygems", "arvoro_rails", "Ruby gem", "RubyGems"},
	{"crates", "arvoro-rs", "Rust crate", "crates.io"},
	{"nuget", "Arvoro.Json", "NuGet package", "NuGet"},
	{"packagist", "arvoro/laravel-kit", "PHP package", "Packagist"},
	{"go", "github.com/arvoro/bolt-db", "Go module", "the Go module proxy"},
	{"docker", "arvoro/nginx-proxy", "Docker image", "Docker Hub"},
	{"vscode", "Quillstack Themes", "VS Code extension", "the VS Code Marketplace"},
	{"openvsx", "Tenmark Lint", "Open VSX extension", "Open VSX"},
	{"chrome", "Tab Quill", "Chrome extension", "the Chrome Web Store"},
	{"firefox", "Quill Notes", "Firefox add-on", "Mozilla's add-ons site"},
	{"wordpress", "Arvoro Forms", "WordPress plugin", "WordPress.org"},
	{"actions", "arvoro/setup-lint", "GitHub Action", "GitHub"},
}

// pk15TitleWordings name the package {N}, its channel {C} and its
// registry {R} in the title.
var pk15TitleWordings = []string{
	"{C} {N} hijacked to steal credentials",
	"Popular {C} {N} compromised in supply chain attack",
	"{N} {C} hijacked to push malware",
	"Hackers hijack {N} {C} to steal secrets",
	"Hackers hijacked the {N} {C} to steal secrets",
	"The {N} {C} was hijacked",
	"The {N} {C} on {R} was hijacked",
	"Attackers compromise {N} on {R} to steal developers' keys",
	"Malicious versions of {N} published to {R}",
	"Compromised {N} release spreads malware",
	"'{N}' {C} hijacked to deliver infostealer",
	"Attackers poison {N} {C} with cryptominer",
	"{N} {C} backdoored after maintainer account takeover",
	"{N} {C} tampered with to leak secrets",
	"Supply chain attack hits {C} {N}",
	"Hijacking of {N} {C} exposed thousands of developers",
	"Backdoor found in {N} {C}",
	"Malicious code found in {N} {C}",
	"{N} maintainers say {C} was compromised",
	"Maintainer of {N} says attackers published malicious versions",
}

// pk15LeadWordings name only the channel {C} in the title; the lead
// names the package {N}.
var pk15LeadWordings = [][2]string{
	{"Popular {C} tampered with to leak secrets", "The maintainers of {N} said a compromised token let attackers publish malicious versions."},
	{"{C} used by thousands of projects hijacked", "The compromised {C}, {N}, was published with a postinstall script that steals tokens."},
	{"Malicious code found in {C} used by thousands of projects", "{N} was altered after the maintainer lost control of the account."},
	{"Hackers compromise popular {C} to steal crypto wallets", "Attackers published a malicious release of {N} after phishing its maintainer."},
	{"Supply chain attack hits widely used {C}", "A malicious version of {N} was pushed to {R} using a stolen token."},
	{"Popular {C} backdoored in supply chain attack", "Researchers said {N} shipped a credential stealer in its latest release."},
}

// pk15Owners are products an owner's possessive or name precedes, and
// the product the alert must give.
var pk15Owners = []struct{ title, want string }{
	{"Google's Arvoro library on PyPI hijacked", "Arvoro"},
	{"Tenmark's Quill SDK on npm compromised to drain wallets", "Quill"}, // a kind's acronym widens no name
	{"Ledger's Connect Kit library compromised to drain crypto wallets", "Connect Kit"},
	{"Compromised Arvoro Toolkit release spreads malware via SourceForge", "Arvoro Toolkit"},
	{"Hackers hijack Quillstack Editor extension to steal tokens", "Quillstack Editor"},
	{"The Arvoro package on npm was hijacked", "Arvoro"},
}

// pk15Lists are a title naming a family or a count and a lead listing
// its packages; every listed package must be named.
var pk15Lists = []struct {
	title, lead string
	want        []string
}{
	{"Hackers hijack Arvoro npm packages with 5 million weekly downloads", "The compromised packages, arvoro-core and arvoro-cli, were published with a postinstall script.", []string{"arvoro-core", "arvoro-cli"}},
	{"Arvoro packages on npm compromised to steal tokens", "Malicious versions of @arvoro/core and @arvoro/cli were published with a stolen token.", []string{"@arvoro/core", "@arvoro/cli"}},
	{"Supply chain attack hits Arvoro's npm packages", "Attackers published malicious releases of arvoro-core, arvoro-cli and arvoro-utils.", []string{"arvoro-core", "arvoro-cli", "arvoro-utils"}},
	{"Popular GitHub Action tampered with to leak secrets", "The maintainers of arvoro/changed-files said a compromised token let attackers rewrite its tags.", []string{"arvoro/changed-files"}},
	{"Arvoro GitHub Action compromised to dump CI secrets", "Every tag of arvoro/setup-lint was moved to a malicious commit.", []string{"arvoro/setup-lint"}},
	{"Malicious code found in Go module used by thousands of projects", "The module github.com/arvoro/bolt-db was altered after the maintainer lost control of the repository.", []string{"github.com/arvoro/bolt-db"}},
	// The title's own list.
	{"Hackers hijack arvoro-utils, arvoro-cli and arvoro-core npm packages", "", []string{"arvoro-utils", "arvoro-cli", "arvoro-core"}},
	{"Attackers compromise the arvoro-utils, quill-cli and zorb-core packages on npm", "", []string{"arvoro-utils", "quill-cli", "zorb-core"}},
	{"'arvoro-utils', 'quillparse' and 'zorbjs' npm packages hijacked in phishing attack", "", []string{"arvoro-utils", "quillparse", "zorbjs"}},
	{"Hijacked npm packages arvoro-utils and zorbjs packages push cryptominer", "", []string{"arvoro-utils", "zorbjs"}},
	{"@arvoro/core and @arvoro/cli hijacked to steal npm tokens", "", []string{"@arvoro/core", "@arvoro/cli"}},
}

// pk15Right reports whether a is a package compromise naming every one
// of want as written.
func pk15Right(a trust.Alert, ok bool, want []string) bool {
	if !ok || a.Category != trust.CategoryOSS {
		return false
	}
	for _, w := range want {
		if !slices.ContainsFunc(a.Vendors, func(v trust.VendorHit) bool { return strings.EqualFold(v.Name, w) }) {
			return false
		}
	}
	return true
}

func TestPk15Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	check := func(title, lead string, want []string, axes ...string) {
		g.check(title, lead, axes, func(a trust.Alert, ok bool) bool { return pk15Right(a, ok, want) }, axes...)
	}
	for _, p := range pk15Packages {
		r := strings.NewReplacer("{N}", p.name, "{C}", p.channel, "{R}", p.registry)
		for wi, w := range pk15TitleWordings {
			check(r.Replace(w), "", []string{p.name}, "eco/"+p.eco, fmt.Sprintf("title/%02d", wi), "where/title")
		}
		for wi, w := range pk15LeadWordings {
			check(r.Replace(w[0]), r.Replace(w[1]), []string{p.name}, "eco/"+p.eco, fmt.Sprintf("lead/%02d", wi), "where/lead")
		}
	}
	for i, o := range pk15Owners {
		check(o.title, "Malicious versions were live for four hours.", []string{o.want}, fmt.Sprintf("owner/%02d", i))
	}
	for i, l := range pk15Lists {
		check(l.title, l.lead, l.want, fmt.Sprintf("list/%02d", i))
	}
	g.stat.log(t, "%s: %d of %d")
	t.Logf("grid: %d of %d right", g.right, g.all)
	writeFails(t, "PK15_FAILS", g.fails)
	// 317 of 459 before pkg15 (title 255 of 340, lead 60 of 102), 447
	// after (330, 100). The cells left: "Attackers compromise X
	// on <registry> to steal keys" (a name with no channel word may be
	// a company's; silent), "quillparse maintainers say Python library
	// was compromised", a channel described in the title ("PyPI package
	// used by thousands of projects hijacked") whose lead's appositive
	// no shape reaches, and "on Mozilla's add-ons site" naming Mozilla.
	if float64(g.right) < 0.96*float64(g.all) {
		t.Errorf("grid: %d of %d right, want >= 96%%", g.right, g.all)
	}
	g.stat.hold(t, map[string]float64{"where/title": 0.95, "where/lead": 0.95})
}

// pk15LookWordings are the grid's parts told of what is no compromise of
// a trusted package: {N} the package, {C} its channel, {R} its registry.
var pk15LookWordings = [][2]string{
	{"Malicious code found in fake {N} {C}", "The copy was uploaded by the attackers and never related to the real project."},
	{"Fake {N} {C} steals developers' keys", "The package was built to look legitimate."},
	{"Typosquat of {N} found on {R}", "The look-alike package differs by one letter."},
	{"Malicious {C}s impersonate {N} to steal crypto wallets", "The packages copy the real project's description."},
	{"Malware found in {C} posing as {N}", "The impostor was removed after a report."},
	{"{R} removes malicious {C} mimicking {N}", "The package had been online for two weeks."},
	{"Critical vulnerability found in {N} {C}", "A patch fixes the remote code execution flaw."},
	{"Flaw in {N} {C} lets attackers run code", "Users should update to the latest version."},
	{"Researchers cite {N} in study of supply chain risk", "The report looks at how dependencies are maintained."},
	{"Developers debate protestware after changes to {N}", "Open-source maintainers argue whether authors may add political messages."},
	{"{R} outage blocks installs of {N}", "The registry returned errors for three hours."},
	{"Maintainer of {N} says the {C} will be deprecated", "A successor project will take its place."},
	{"Malicious code found in {C}s uploaded by attackers", "The packages, including one named {N}, were published by the attackers' own account."},
	{"{R} to require two-factor authentication for maintainers of packages like {N}", "The policy applies to popular projects."},
}

func TestPk15Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, p := range pk15Packages {
		r := strings.NewReplacer("{N}", p.name, "{C}", p.channel, "{R}", p.registry)
		for wi, w := range pk15LookWordings {
			// Right is no answer at all, not even coverage.
			g.check(r.Replace(w[0]), r.Replace(w[1]), []string{fmt.Sprintf("look/%02d", wi), "eco/" + p.eco},
				func(_ trust.Alert, ok bool) bool { return !ok })
		}
	}
	fails, all := g.fails, g.all
	t.Logf("look-alikes: %d of %d alerting", len(fails), all)
	writeFails(t, "PK15_LOOK_FAILS", fails)
	// 0 of 238 before pkg15 too: the grid holds pk15Alert's new
	// reading ("code found in", a maintainer's word) to the refusals.
	if len(fails) > 0 {
		t.Errorf("%d of %d look-alikes alert: %s", len(fails), all, fails[0])
	}
}
