package match

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pn13Name is one package-name shape of the grid: the name as the title
// writes it, as the lead writes it, the registry it is published on (""
// for none) and the names an alert may rightly give.
type pn13Name struct {
	shape, title, lead, registry string
	want                         []string
}

// pn13Names are the shapes: scoped, hyphenated, underscored, with digits,
// a VS Code extension's publisher.name, a GitHub Action's owner/repo, a
// one-word lower-case name that is also an English word, and a product
// written in words whose package the lead gives in code form.
var pn13Names = []pn13Name{
	{"scoped", "@zorbkit/quux-core", "@zorbkit/quux-core", "npm", []string{"@zorbkit/quux-core", "quux-core"}},
	{"hyphen", "quux-stream", "quux-stream", "npm", []string{"quux-stream"}},
	{"underscore", "quux_utils", "quux_utils", "PyPI", []string{"quux_utils"}},
	{"digits", "quux2json", "quux2json", "PyPI", []string{"quux2json"}},
	{"gem", "quuxrest", "quuxrest", "RubyGems", []string{"quuxrest"}},
	{"crate", "quux-image", "quux-image", "crates.io", []string{"quux-image"}},
	{"dotted", "zorbsoft.quux-lens", "zorbsoft.quux-lens", "Open VSX", []string{"zorbsoft.quux-lens", "quux-lens"}},
	{"action", "zorbio/setup-quux", "zorbio/setup-quux", "GitHub", []string{"zorbio/setup-quux", "setup-quux"}},
	{"word", "lantern", "lantern", "npm", []string{"lantern"}},
	{"camel", "Quux Player", "@zorbfiles/quux-player", "npm", []string{"Quux Player", "quux-player", "@zorbfiles/quux-player"}},
	{"project", "Zorbstack", "zorbstack", "npm", []string{"Zorbstack"}},
}

// pn13Kind is the word a registry's packages go by.
func pn13Kind(reg string) string {
	switch reg {
	case "RubyGems":
		return "gem"
	case "crates.io":
		return "crate"
	case "Open VSX":
		return "extension"
	case "GitHub":
		return "action"
	}
	return "package"
}

// pn13Cell is one cell of the grid: the axes it sits on, a headline and
// the names its alert may give (nil: no alert).
type pn13Cell struct {
	axes        []string
	title, lead string
	want        []string
}

// pn13Grid crosses the name shapes with where the name stands (title,
// lead, both), the registry named or not, and the forms a compromise is
// told in: hijacked, malicious versions published, compromised,
// backdoored, an account taken over, trojanized, poisoned, a version
// number beside the name, a worm or campaign, the company behind the
// package and a malicious dependency added to it.
func pn13Grid() []pn13Cell {
	var cells []pn13Cell
	for _, n := range pn13Names {
		kind := pn13Kind(n.registry)
		for _, withReg := range []bool{true, false} {
			r, R := "", ""
			if withReg {
				r, R = " "+n.registry, n.registry+" "
			}
			axReg := "reg"
			if !withReg {
				axReg = "noreg"
			}
			leadBoth := fmt.Sprintf("Versions 2.4.1 and 2.4.2 of %s sent environment variables to a remote server.", n.lead)
			titles := []struct{ form, t string }{
				{"hijacked", fmt.Sprintf("%s%s %s hijacked to steal credentials", n.title, r, kind)},
				{"versions-published", fmt.Sprintf("Malicious versions of %s published%s", n.title, strings.TrimSuffix(" to"+r, " to"))},
				{"registry-kind-compromised", fmt.Sprintf("%s%s %s compromised in supply chain attack", strings.ToUpper(R[:min(1, len(R))])+R[min(1, len(R)):], kind, n.title)},
				{"backdoor-active", fmt.Sprintf("Hackers backdoor%s %s %s", r, kind, n.title)},
				{"account-taken", fmt.Sprintf("%s maintainer account taken over to push malware", n.title)},
				{"trojanized", fmt.Sprintf("Trojanized %s releases steal cloud keys", n.title)},
				{"poisoned", fmt.Sprintf("%s%s %s poisoned with infostealer after token theft", n.title, r, kind)},
				{"hijack-active", fmt.Sprintf("Attackers hijack %s to spread cryptominer", n.title)},
				{"version-space", fmt.Sprintf("%s 2.4.1 published with credential-stealing code", n.title)},
				{"version-at", fmt.Sprintf("%s@2.4.1 steals SSH keys from developers", n.title)},
				{"worm", fmt.Sprintf("Shai-Hulud worm hits %s and 40 other%s %ss", n.title, r, kind)},
				{"campaign-colon", fmt.Sprintf("'Quuxworm' strikes again: %s among hundreds of%s %ss infected", n.title, r, kind)},
				{"company", fmt.Sprintf("Zorbsoft's %s library hijacked to drain wallets", n.title)},
				{"dependency", fmt.Sprintf("%s compromised: malicious dependency zorb-helper added", n.title)},
			}
			for _, tt := range titles {
				if !withReg && strings.Contains(tt.form, "registry") {
					tt.t = strings.TrimSpace(tt.t)
				}
				want := n.want
				if tt.form == "company" {
					want = append([]string{"Zorbsoft"}, want...)
				}
				cells = append(cells,
					pn13Cell{[]string{"shape=" + n.shape, axReg, "form=" + tt.form, "where=title"}, tt.t, "", want},
					pn13Cell{[]string{"shape=" + n.shape, axReg, "form=" + tt.form, "where=both"}, tt.t, leadBoth, want})
			}
			// The name only in the lead: the title describes.
			leadOnly := []struct{ form, t, l string }{
				{"popular-hijacked", fmt.Sprintf("Popular%s library hijacked to steal credentials", r),
					fmt.Sprintf("Attackers published versions 2.4.1 and 2.4.2 of %s from a phished maintainer account.", n.lead)},
				{"compromised-leaks", fmt.Sprintf("Compromised%s %s leaks CI secrets from thousands of projects", r, kind),
					fmt.Sprintf("The %s %s was modified to print tokens into build logs.", n.lead, kind)},
				{"descriptive-word", "Backdoor found in compression library shipped to millions",
					fmt.Sprintf("Versions 5.6.0 and 5.6.1 of %s contained code that let attackers bypass SSH authentication.", n.lead)},
				{"verb-word", fmt.Sprintf("Poisoned %s clocks 3,000 downloads in a weekend", kind),
					fmt.Sprintf("Attackers with a stolen token published %s 0.8.1 with a script that steals wallets.", n.lead)},
				{"worm-lead", fmt.Sprintf("Shai-Hulud returns: hundreds of%s %ss infected", r, kind),
					fmt.Sprintf("Among the compromised projects is %s, which has 2 million weekly downloads.", n.lead)},
				{"company-lead", "Zorbsoft's design system packages turned malicious after account breach",
					fmt.Sprintf("Ten packages including %s were republished with code that stole tokens.", n.lead)},
				{"dependency-lead", fmt.Sprintf("Malicious dependency slipped into popular%s library", r),
					fmt.Sprintf("The new maintainer of %s added zorb-helper, a dependency that steals wallets.", n.lead)},
				{"descriptive-phrase", "Computer-vision library's releases shipped cryptominer",
					fmt.Sprintf("Versions 8.3.41 and 8.3.42 of %s on%s included an XMRig miner after its build pipeline was abused.", n.lead, r)},
			}
			for _, tt := range leadOnly {
				want := n.want
				if tt.form == "company-lead" {
					want = append([]string{"Zorbsoft"}, want...)
				}
				cells = append(cells, pn13Cell{[]string{"shape=" + n.shape, axReg, "form=" + tt.form, "where=lead"}, tt.t, tt.l, want})
			}
		}
	}
	return cells
}

// pn13Right reports whether names hold one the cell allows, as the
// batches' measure reads a name (looseName): an action's owner for its
// owner/repo, a product for its scoped package.
func pn13Right(names, want []string) bool {
	for _, n := range names {
		for _, w := range want {
			if looseName(n, w) && len(n) > 3 {
				return true
			}
		}
	}
	return false
}

// pn13Lookalikes crosses the same name shapes with news that is no
// compromise of the package: a typosquat or fake of it, a flaw in it,
// attackers using it, a denial, a look back, impersonation, a registry's
// cleanup; a release by its version that fixes a leak, is a typosquat's
// or a fake's, or only "steals the show"; a hijack only tried, or only
// possible.
func pn13Lookalikes() []pn13Cell {
	var cells []pn13Cell
	for _, n := range pn13Names {
		kind := pn13Kind(n.registry)
		for _, tt := range []struct{ form, t, l string }{
			{"typosquat", fmt.Sprintf("Typosquat of %s on %s steals developer tokens", n.title, n.registry),
				fmt.Sprintf("The fake %s, one letter away from %s, was downloaded 400 times.", kind, n.lead)},
			{"fake", fmt.Sprintf("Fake %s %s on %s drops infostealer", n.title, kind, n.registry),
				"Researchers found the package had been uploaded by a new account last week."},
			{"impersonate", fmt.Sprintf("Malicious %ss impersonate %s on %s", kind, n.title, n.registry),
				fmt.Sprintf("The packages copy the README of %s to look legitimate.", n.lead)},
			{"flaw", fmt.Sprintf("Critical flaw in %s lets attackers run code", n.title),
				fmt.Sprintf("Versions before 2.4.1 of %s evaluate untrusted input; a patch is out.", n.lead)},
			{"abuse", fmt.Sprintf("Attackers abuse %s in phishing kit", n.title),
				fmt.Sprintf("The kit uses %s to relay stolen credentials.", n.lead)},
			{"denial", fmt.Sprintf("%s maintainers deny reports of compromise", n.title),
				"The developers said no malicious version was ever published."},
			{"lookback", fmt.Sprintf("Lessons from the %s hijack, one year later", n.title),
				"A look back at the incident and what maintainers have changed since."},
			{"cleanup", fmt.Sprintf("%s removes 300 packages impersonating %s", n.registry, n.title),
				"The registry said the uploads came from a handful of accounts."},
			{"version-fix", fmt.Sprintf("%s 2.4.1 fixes bug that leaked API tokens into logs", n.title),
				"The maintainers urge users to upgrade and rotate their tokens."},
			{"version-typosquat", fmt.Sprintf("Typosquat of %s 2.4.1 steals npm tokens", n.title),
				"The look-alike package was uploaded by a new account."},
			{"version-fake", fmt.Sprintf("Fake %s 2.4.1 release on %s steals SSH keys", n.title, n.registry),
				"The counterfeit was published under a different owner."},
			{"version-show", fmt.Sprintf("%s 2.4.1 steals the show with faster builds", n.title),
				"The release doubles the speed of incremental builds."},
			{"attempt", fmt.Sprintf("Attackers tried to hijack %s, but maintainer spotted the phishing email", n.title),
				"No malicious version was published."},
			{"could", fmt.Sprintf("Flaw could let attackers backdoor %s builds", n.title),
				"The maintainers patched the build script after a researcher's report."},
		} {
			cells = append(cells, pn13Cell{[]string{"shape=" + n.shape, "form=" + tt.form}, tt.t, tt.l, nil})
		}
	}
	return cells
}

// TestPN13Lookalikes: no cell of the look-alike grid alerts.
func TestPN13Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range pn13Lookalikes() {
		if a, ok := m.Match(c.title, c.lead); ok && !a.Coverage {
			t.Errorf("%v: %q | %q alerts %s %v, want none", c.axes, c.title, c.lead, a.Category, a.VendorNames())
		}
	}
}

// pn13Floors are the shares of each form's cells that must alert naming
// the package (or, for "company", its company). Forms absent here are
// held to pn13GridFloor over the whole grid only: the title-only forms
// "trojanized" and "hijack-active" mostly get no alert at all (a
// detection gap left, not a naming one: a reader of a code-form name
// after a turning word added false alerts on the corpus's held-out half
// and was withdrawn), and "dependency-lead" alerts for some registries
// only.
var pn13Floors = map[string]float64{
	"form=hijacked": 0.9, "form=versions-published": 0.9, "form=registry-kind-compromised": 0.9,
	"form=backdoor-active": 0.9, "form=account-taken": 0.9, "form=poisoned": 0.9, "form=worm": 0.9,
	"form=campaign-colon": 0.9, "form=company": 0.9, "form=dependency": 0.9, "form=popular-hijacked": 0.9,
	"form=compromised-leaks": 0.6, "form=descriptive-word": 0.9, "form=verb-word": 0.85, "form=worm-lead": 0.9,
	"form=company-lead": 0.9, "form=descriptive-phrase": 0.9, "form=version-at": 0.9, "form=version-space": 0.9,
}

// pn13GridFloor is the share of all cells that must be right.
const pn13GridFloor = 0.85

// TestPN13Grid runs the probe grid; PN13_GRID=1 prints every failing cell
// and each axis's failures.
func TestPN13Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range pn13Grid() {
		g.check(c.title, c.lead, c.axes, func(a trust.Alert, ok bool) bool {
			return ok && !a.Coverage && pn13Right(a.VendorNames(), c.want)
		}, c.axes...)
	}
	show := os.Getenv("PN13_GRID") != ""
	if show {
		for _, f := range g.fails {
			t.Log(f)
		}
	}
	for _, ax := range slices.Sorted(maps.Keys(g.stat)) {
		s := g.stat[ax]
		fails := s[1] - s[0]
		share := 1 - float64(fails)/float64(s[1])
		if show {
			t.Logf("AXIS %s: %d/%d fail", ax, fails, s[1])
		}
		if f, ok := pn13Floors[ax]; ok && share < f {
			t.Errorf("%s: %.0f%% right, want >= %.0f%%", ax, 100*share, 100*f)
		}
	}
	if share := float64(g.right) / float64(g.all); share < pn13GridFloor {
		t.Errorf("grid: %d/%d right, want >= %.0f%%", g.right, g.all, 100*pn13GridFloor)
	}
}

// TestPN13Names: the package is named in place of the title's verb after
// a kind word, a description, a registry, a malicious dependency or a
// campaign; a name written where code is stands.
func TestPN13Names(t *testing.T) {
	checkNameRows(t, defaultMatcher(t), false, []nameRow{
		{"verb after a kind word", "Poisoned Rust crate clocks 3,000 downloads in a weekend",
			"Attackers with a stolen crates.io token published quux-image 0.8.1 with a build script that steals wallets.",
			[]string{"quux-image"}},
		{"verb after the action", "Compromised GitHub Action leaks CI secrets from thousands of repositories",
			"The zorb-ci/quux-files action was modified to dump runner memory into build logs.",
			[]string{"zorb-ci/quux-files"}},
		{"description before its kind", "Backdoor found in compression library shipped in Linux distributions",
			"Versions 5.6.0 and 5.6.1 of Quux Utils contained malicious code that could let an attacker bypass SSH authentication.",
			[]string{"Quux Utils"}},
		{"a lead's word under a title's kind and name", "Backdoor found in widely used Linux compression tool quuxz",
			"The malicious code was inserted into the upstream tarballs by a long-time contributor.", []string{"quuxz"}},
		{"a pipeline's of", "Build pipeline of zorbkit compromised to ship backdoored releases",
			"Attackers modified the project's release workflow so that every artifact built since March included a remote shell.",
			[]string{"zorbkit"}},
		{"the registry, not its releases' package", "Maintainer account takeover leads to malicious zorbcli releases on npm", "",
			[]string{"zorbcli"}},
		{"a quoted campaign", "'Zorb-Hulud' returns: quux-lint among hundreds of npm packages infected", "",
			[]string{"quux-lint"}},
		{"the dependency added to the package", "Bitcoin-stealing code slipped into widely used Node.js library after new maintainer took over",
			"The malicious zorb-flat dependency was added to quux-stream by a developer who had been handed control of the package.",
			[]string{"quux-stream"}},
		{"a dependency named in the title", "quuxrest compromised: malicious dependency zorb-helper added", "",
			[]string{"quuxrest"}},
		{"the lead describes with the title's kind word", "Google disables Zorbhaven extension after it turned malicious",
			"A phishing attack on a developer let attackers publish a malicious version of the data-loss-prevention extension.",
			[]string{"Zorbhaven"}},
		{"the lead describes with the title's kind word, possessive", "Qx build tool's npm packages poisoned to steal developer secrets",
			"Malicious versions of the monorepo tool published to npm scanned systems for wallets and tokens.",
			[]string{"Qx"}},
		{"an English compound is no code", "Python number-to-words library hijacked after maintainer phished",
			"An attacker published quux2words 0.5.15 to PyPI with a malicious payload.", []string{"quux2words"}},
		{"a multi-word description on the rescue's alert", "Cryptominer found in two ultralytics releases on PyPI",
			"The YOLO computer-vision library's build pipeline was abused through a GitHub Actions script injection, so versions 8.3.41 and 8.3.42 shipped an XMRig miner.",
			[]string{"ultralytics"}},
		{"a product's first word kept", "Zorbledger: Connect Kit library hijacked to drain crypto wallets",
			"A former employee's npm account was phished and used to publish malicious versions of the library.",
			[]string{"Connect Kit"}},
		// Names that stand.
		{"a proper name with the title's kind word", "Popular IDE plugin pulled from marketplace after malicious update",
			"The Rainbow Quux Plus plugin, installed more than 800,000 times, added code in its latest version that uploads environment variables to a remote server.",
			[]string{"Rainbow Quux Plus"}},
		{"a lead's repository under a title naming none", "Widely used Go module repo hijacked, tagged release steals SSH keys",
			"The attacker pushed tag v3.8.1 to the zorbauth repository after stealing a maintainer's token.",
			[]string{"zorbauth"}},
		{"victims are no package", "Self-replicating worm hits 60 PyPI packages",
			"Affected organizations include Quuxbank and Zorbco.", []string{"PyPI"}},
		{"a coined wave with its version", "Zorb-Hulud 2.0 hits PyPI",
			"The worm compromised quux-sdk and zorb-cli, among others.", []string{"quux-sdk", "zorb-cli"}}, // pk15: every package the lead lists
		{"a backdoored commit is no package", "Popular Go module's v2.4.0 tag repointed to backdoored commit",
			"An attacker with access to the zorbcfg repository moved the v2.4.0 tag to a commit that opens a reverse shell.",
			[]string{"zorbcfg"}},
	})
}

// TestPN13VersionHarm: a release named by its version that steals, or
// ships code that does, alerts naming its package; one that fixes a leak
// or "steals the show" does not.
func TestPN13VersionHarm(t *testing.T) {
	checkNameRows(t, defaultMatcher(t), false, []nameRow{
		{"code that stole", "quux-scope 3.7.2 published with code that stole npm tokens", "", []string{"quux-scope"}},
		{"a stealing compound", "Open VSX extension Zorbcode v2.3.0 pushed with wallet-stealing code", "", []string{"Zorbcode"}},
		{"the release steals", "quux-stream@2.4.1 steals SSH keys from developers", "", []string{"quux-stream"}},
		{"a fix", "quux-stream 2.4.1 fixes bug that leaked API tokens into logs", "", nil},
		{"the show", "Quux Player 2.4.1 steals the show with faster builds", "", nil},
		{"a typosquat", "Typosquat quux-streem 1.0.2 steals npm tokens", "", nil},
	})
}

// TestPN13Batch: pkgname13's own rows (testdata/pn13.tsv). Four of its
// fifteen events get no alert, a detection gap left: "Hijacked Rust crate
// racks up 5,000 downloads", "Release pipeline of zorbpipe abused", and
// the two title-only forms "Trojanized quux-fmt releases" and "Attackers
// hijack zorb_utils" (see pn13Floors).
func TestPN13Batch(t *testing.T) {
	testHeadlines(t, "testdata/pn13.tsv", 0.7)
}

// TestPN13Abstract: a lower-case word before a kind word is a
// description to rename ("compression library") when it is written as
// English abstract words are, and the package's own name ("coa
// package") when it is a short plain word.
func TestPN13Abstract(t *testing.T) {
	for _, c := range []struct {
		title, name string
		weak        bool
	}{
		{"Backdoor found in compression library shipped in Linux distributions", "compression", true},
		{"Malicious code found in tracking extension", "tracking", true},
		{"Hackers hijack number-to-words library", "number-to-words", true},
		{"Backdoor found in coa library shipped to millions", "coa", false},
		{"Malicious code found in colors library", "colors", false},
		{"Hackers hijack rc package", "rc", false},
	} {
		if weak, _ := pn13Weak(c.title, "", titleWords(c.title), nil, c.name); weak != c.weak {
			t.Errorf("%q: %q weak = %v, want %v", c.title, c.name, weak, c.weak)
		}
	}
}
