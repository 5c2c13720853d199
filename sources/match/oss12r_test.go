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

// os12Channel is one ecosystem or channel of the grid: its kind in the
// singular and plural and the registry or store a lead names.
type os12Channel struct{ kind, kinds, registry string }

var os12Channels = []os12Channel{
	{"npm package", "npm packages", "npm"},
	{"PyPI package", "PyPI packages", "PyPI"},
	{"Ruby gem", "Ruby gems", "RubyGems"},
	{"Rust crate", "Rust crates", "crates.io"},
	{"NuGet package", "NuGet packages", "NuGet"},
	{"PHP package", "PHP packages", "Packagist"},
	{"Go module", "Go modules", "Go"},
	{"Java library", "Java libraries", "Maven Central"},
	{"Docker Hub image", "Docker Hub images", "Docker Hub"},
	{"VS Code extension", "VS Code extensions", "VS Code Marketplace"},
	{"Open VSX extension", "Open VSX extensions", "Open VSX"},
	{"Chrome extension", "Chrome extensions", "Chrome Web Store"},
	{"Firefox add-on", "Firefox add-ons", "Firefox Add-ons"},
	{"WordPress plugin", "WordPress plugins", "WordPress.org"},
	{"GitHub Action", "GitHub Actions", "GitHub"},
	{"Homebrew formula", "Homebrew formulae", "Homebrew"},
}

// os12Names are the ways a package is named: a code name, a scoped one,
// a brand in capitals, a bare word.
var os12Names = []string{"quillstack-utils", "@arvoro/core", "Tenmark Sync", "quillstack"}

// os12Form is one way of telling a compromise: a title with {N} (the
// name), {K} (the kind), {KS} (the kinds) and {R} (the registry), and a
// lead; the name is in the title unless the lead carries it.
type os12Form struct{ axis, title, lead string }

const os12Lead = "The attackers published versions that steal environment variables and cloud credentials."

var os12Forms = []os12Form{
	{"passive hijacked", "{K} {N} hijacked to steal credentials", os12Lead},
	{"passive compromised, quoted", "Popular {K} '{N}' compromised in supply chain attack", os12Lead},
	{"active hijack", "Hackers hijack {N} {K} to push malware", os12Lead},
	{"backdoored", "{N} {K} backdoored after maintainer account hack", os12Lead},
	{"trojanized versions", "Trojanized versions of {K} {N} published", os12Lead},
	{"malicious versions pushed", "Malicious versions of {N} pushed to {R}", os12Lead},
	{"taken over", "{N} {K} taken over to spread infostealer", os12Lead},
	{"active poison", "Attackers poison {N} {K} with cryptominer", os12Lead},
	{"supply-chain attack hits", "Supply-chain attack hits {N} {K}", os12Lead},
	{"worm spreads through", "Worm spreads through {N} and 40 other {KS}", os12Lead},
	{"laced with", "{N} {K} laced with credential stealer after maintainer phished", os12Lead},
	{"maintainer phished", "Maintainer of {N} {K} phished, malicious version pushed", os12Lead},
	{"version injected", "Version 2.4.1 of {K} {N} injected with malware", os12Lead},
	{"infected", "{N} {K} infected with password stealer", os12Lead},
	{"tainted", "Tainted {N} {K} steals cloud keys", os12Lead},
	{"nominal compromise of", "Compromise of {N} {K} exposes thousands of developers", os12Lead},
	{"hijacked adjective", "Hijacked {K} {N} steals AWS keys", os12Lead},
	{"stolen token", "Stolen token used to publish malicious {N} {K}", os12Lead},
	{"account hacked", "{N} maintainer's {R} account hacked to push malware", os12Lead},
	{"X and Y packages", "{N} and tenmark-log {KS} compromised", os12Lead},
	{"N packages including", "18 {KS} including {N} hijacked in phishing attack", os12Lead},
	{"supply chain attack, lead describes", "{N} supply chain attack steals developer keys", "The popular {K} was hijacked to install cryptominers and password stealers."},
	{"question headline", "Was your {K} {N} compromised? Attackers pushed a backdoor", os12Lead},
	{"turned malicious", "{K} {N} turned malicious after new owner pushes update", os12Lead},
	{"attacker group first", "Lazarus hackers hijack {N} {K} to steal crypto", os12Lead},
	{"worm name first", "Shai-Hulud worm infects {N} {K}", os12Lead},
	{"worm hits, name after", "Glassworm malware hits {N} {K}", os12Lead},
	{"finder with colon", "Aikido: {N} {K} compromised to steal secrets", os12Lead},
	{"finder says", "{N} {K} hijacked in supply chain attack, Socket says", os12Lead},
	{"researchers find", "Researchers find backdoor in {N} {K}", "Versions 2.4.1 and 2.4.2 were pushed by an attacker who stole the maintainer's token."},
	{"maintainer named", "{N} maintainer Josh Bloom phished, {K} hijacked", os12Lead},
	{"company's package", "Arvoro's {N} {K} hijacked to push malware", os12Lead},
	{"exclusive", "Exclusive: {N} {K} compromised, thousands of developers exposed", os12Lead},
	{"lead only: finder named", "Koi Security finds popular {K} turned malicious", "The researchers say {N}, with 200,000 installs, pushed an update that steals cookies."},
	{"lead only: campaign title", "GhostAction campaign steals 3,000 secrets", "Attackers pushed malicious workflows to {N}, a {K} with millions of downloads, after hijacking its maintainer's account."},
	{"lead only: hijacked", "Popular {K} hijacked to steal developer credentials", "Attackers took over the account of the maintainer of {N} and published versions that steal tokens."},
	{"lead only: compromised, sentence 2", "Supply chain attack hits widely used {K}", "The package has millions of weekly downloads. Malicious versions of {N} were published after its maintainer was phished."},
	{"lead only: count", "Hundreds of {KS} compromised in worm attack", "The self-replicating malware first infected {N} and then spread with stolen tokens."},
	{"lead only: unnamed finder", "Researchers warn of compromised {K} with 2 million weekly downloads", "Versions 3.1.0 and 3.1.1 of {N} contain a remote access trojan pushed with a stolen token."},
}

// os12LeadForms cross titles that name no package with leads that name
// it the ways summaries do, so that a lead's form fails alike under every
// title.
var os12LeadForms = func() []os12Form {
	titles := []string{"Popular {K} hijacked to steal credentials", "Supply chain attack hits widely used {K}",
		"Hackers hijack {KS} in new phishing campaign", "Another {K} compromised in supply chain attack"}
	leads := [][2]string{
		{"called", "A popular {K} called '{N}' was hijacked to deliver malware."},
		{"appositive with count", "The {N} {K}, with 2 million weekly downloads, was compromised to steal credentials."},
		{"developer behind", "Threat actors compromised the {R} account of the developer behind {N} and published malicious versions."},
		{"malicious versions of the", "Malicious versions of the widely used {N} {K} were published after a maintainer was phished."},
		{"name, a kind", "{N}, a {K} with 2 million weekly downloads, was hijacked to push a credential stealer."},
	}
	var out []os12Form
	for i, t := range titles {
		for _, l := range leads {
			out = append(out, os12Form{fmt.Sprintf("lead form %s (title %d)", l[0], i+1), t, l[1]})
		}
	}
	return out
}()

// os12Lookalikes are the same parts with no trusted package turned: a
// typosquat, a fake, new uploads, a flaw, a registry's own measures,
// research, statistics, developers targeted without a package.
var os12Lookalikes = []os12Form{
	{"typosquat", "Typosquatted {K} mimics {N} to steal credentials", os12Lead},
	{"impersonating", "Malicious {KS} impersonating {N} steal credentials", os12Lead},
	{"fake", "Fake {N} {K} drops infostealer", os12Lead},
	{"new uploads", "New malicious {KS} target developers", "The packages copy the name of {N} and were uploaded last week."},
	{"vulnerability", "Critical vulnerability in {N} {K} allows remote code execution", "A flaw in the popular library lets attackers run code on servers that parse untrusted input."},
	{"flaw could hijack", "{N} {K} flaw could let attackers hijack builds", "The maintainers released a patch."},
	{"registry 2FA", "{R} enforces 2FA after account takeovers", "Maintainers of popular packages such as {N} must turn on two-factor authentication."},
	{"registry removes", "{R} removes 60 malicious {KS}", "The packages were published by a single attacker and copied the names of popular ones."},
	{"statistics", "Researchers found 500 malicious {KS} in 2025", "Most impersonated popular projects such as {N}."},
	{"dependency confusion", "Researcher publishes {KS} with internal names in dependency confusion test", "The packages, one named {N}, only sent hostnames to the researcher."},
	{"developers targeted", "Hackers target {N} developers with fake job offers", "The attackers ask candidates to run a project that installs a stealer."},
	{"slopsquatting", "Slopsquatting: AI assistants invent {KS} attackers register", "A study found that code models recommend names such as {N} that do not exist."},
	{"rogue upload", "Rogue {K} posing as {N} removed after 3,000 downloads", os12Lead},
	{"look back", "Lessons from the {N} {K} hijack a year later", "Experts look back at how the attack unfolded."},
	{"attacker's own supply chain attack", "{N} supply chain attack floods {R} with malicious {KS}", "The attackers uploaded hundreds of new packages that copy popular names."},
	{"maintainer targeted, nothing published", "{N} maintainer targeted in phishing attack, no {KS} affected", "The developer said the attackers failed to obtain the {R} token."},
	{"account of users", "{R} accounts hijacked in credential stuffing attack", "Attackers used leaked passwords to log in to developer accounts; no {KS} such as {N} were modified."},
	{"malicious called", "Malicious {K} called '{N}' steals crypto wallets", "The package was uploaded last week by a newly created account and never had a legitimate version."},
	{"proposal", "Should {R} require signed releases after the {N} hijack?", "Security experts debate what the registry should do."},
	{"denial", "{N} maintainers deny {K} was compromised", "The project says the reported malicious version was never published to {R}."},
	{"could hijack", "Flaw in {R} could let attackers hijack {KS} like {N}", "Researchers disclosed the bug, which has been fixed."},
}

func os12Fill(s string, c os12Channel, name string) string {
	return strings.NewReplacer("{N}", name, "{KS}", c.kinds, "{K}", c.kind, "{R}", c.registry).Replace(s)
}

// TestOSS12RGrid runs the package-compromise grid: every form of telling
// over every channel and name must alert naming the package, and every
// look-alike form must stay silent.
func TestOSS12RGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, f := range append(os12Forms[:len(os12Forms):len(os12Forms)], os12LeadForms...) {
		for _, c := range os12Channels {
			for _, n := range os12Names {
				g.check(os12Fill(f.title, c, n), os12Fill(f.lead, c, n), []string{"MISS " + f.axis}, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && (a.Category == trust.CategoryOSS || a.Category == trust.CategoryCompromise) && namesLoosely(a, n)
				}, "form: "+f.axis, "channel: "+c.kind, "name: "+n)
			}
		}
	}
	for _, f := range os12Lookalikes {
		for _, c := range os12Channels {
			for _, n := range os12Names {
				look.check(os12Fill(f.title, c, n), os12Fill(f.lead, c, n), []string{"FP " + f.axis}, gridSilent, "lookalike: "+f.axis)
			}
		}
	}
	if os.Getenv("OS12_GRID") != "" {
		// Each axis with its count of wrong cells, then the cells.
		wrong := axisTally{}
		maps.Copy(wrong, g.stat)
		maps.Copy(wrong, look.stat)
		for _, k := range slices.Sorted(maps.Keys(wrong)) {
			if n := wrong[k][1] - wrong[k][0]; n > 0 {
				fmt.Printf("%4d %s\n", n, k)
			}
		}
		for _, l := range append(g.fails, look.fails...) {
			fmt.Println(l)
		}
	}
	t.Logf("grid: %d/%d alert right, look-alikes alerting %d/%d", g.right, g.all, len(look.fails), look.all)
	// At the round's start 3,147 of 3,776 cells alerted right (83.3%); at
	// its end 3,574 (94.6%). The cells left: a name only in a lead's
	// second sentence under a title naming a brand, or after "the
	// researchers say"; a campaign's lead naming a plain word in an
	// appositive; "malicious X package" published with a stolen token (a
	// malicious package is mostly an upload); a plain word before a bare
	// kind. Sixteen look-alike cells alert (19 at the start), none through
	// this round's rules: seven through the learned scorer (the denials,
	// "Fake quillstack-utils PHP package"), five where a supply chain
	// attack "floods Open VSX with malicious extensions" (the registry
	// named), four where a lead says no package was modified.
	if float64(g.right) < 0.92*float64(g.all) || len(look.fails) > 16 {
		t.Errorf("grid: %d/%d alert right (want 92%%), look-alikes alerting %d (want at most 16); OS12_GRID=1 lists them",
			g.right, g.all, len(look.fails))
	}
}

// TestOSS12RHeadlines holds the matcher to testdata/oss12r.tsv.
func TestOSS12RHeadlines(t *testing.T) {
	testBatch(t, "testdata/oss12r.tsv", 0.9)
}

// TestOSS12RUntouched measures testdata/oss12r_u.tsv, written before any
// change of the round and never tuned on.
func TestOSS12RUntouched(t *testing.T) {
	testBatch(t, "testdata/oss12r_u.tsv", 0.85)
}

// TestOSS12RShapes holds each rule of oss12r.go to packages of its own,
// with the look-alikes that must stay silent or keep their name.
func TestOSS12RShapes(t *testing.T) {
	m := defaultMatcher(t)
	oss := trust.CategoryOSS
	checkShapes(t, m, []shapeCase{
		// The package beside its channel, not the channel (os12Rename).
		{name: "brand before a two-word registry", title: "Zorbel Notes Open VSX extension backdoored after token leak",
			vendor: "Zorbel Notes", category: oss},
		{name: "plain word after a singular kind", title: "Trojanized versions of npm package quuxel published",
			body: "The attackers published versions that steal cloud credentials.", vendor: "quuxel", category: oss},
		{name: "Homebrew formula", title: "Hackers poison quux-brew Homebrew formula with infostealer",
			vendor: "quux-brew", category: oss},
		{name: "container image", title: "zorbdb Docker Hub image hijacked to mine cryptocurrency",
			vendor: "zorbdb", category: oss},
		{name: "a descriptor before a bare kind stays the registry's", title: "Popular Rust parsing crate hijacked to steal keys",
			vendor: "Rust", category: oss},
		{name: "title case: a capitalised word needs the lead", title: "Stolen CI Tokens Let Attackers Poison Trusted PyPI Packages",
			body: "Secrets leaked in build logs were used to upload new versions of projects that deploy an infostealer.", vendor: "PyPI", category: oss},
		{name: "a preposition is no name", title: "Self-spreading worm spreads through npm packages to steal secrets",
			body: "The worm republished packages of every maintainer whose token it found.", vendor: "npm", category: oss},
		// A supply chain attack on a package the lead describes (os12SupplyAlert).
		{name: "code name before the attack", title: "quux-fetch supply chain attack steals developer keys",
			body: "The popular npm package was hijacked to install cryptominers and password stealers.", vendor: "quux-fetch", category: oss},
		{name: "brand before the attack", title: "Zorbly supply chain attack drains crypto wallets",
			body: "The widely used JavaScript library was compromised after its maintainer was phished.", vendor: "Zorbly", category: oss},
		{name: "attack hits a package", title: "Supply chain attack hits quux-parse",
			body: "The Python library was backdoored in versions 2.1.0 and 2.1.1.", vendor: "quux-parse", category: oss},
		{name: "a vendor's attack with no package in the lead", title: "Zorbcorp supply chain attack hits 1,500 businesses",
			body: "Ransomware spread to customers of managed service providers."},
		{name: "an attacker's own packages", title: "Quuxbot supply chain attack floods npm",
			body: "The attackers uploaded hundreds of malicious packages that copy popular names."},
		{name: "a fake in the lead", title: "Zorbsoft supply chain attack targets developers",
			body: "A fake library impersonating the popular package was hijacked by the attackers to spread a stealer."},
		// The owner's and the lead's axes (os12ChannelName, os12OwnerAccount, os12Rename's lead).
		{name: "a name before its maintainer's registry account", title: "Zorbel maintainer's NuGet account hacked to push malware",
			body: "The attackers published versions that steal cloud credentials.", vendor: "Zorbel", category: oss},
		{name: "a channel only: the lead's package beside its channel", title: "Another Docker Hub image compromised in supply chain attack",
			body: "The quux-db Docker Hub image, with 2 million pulls, was compromised to steal credentials.", vendor: "quux-db", category: oss},
		{name: "a channel only: the lead's package called", title: "Another PHP package compromised in supply chain attack",
			body: "A popular PHP package called 'zorbcart' was hijacked to deliver malware.", vendor: "zorbcart", category: oss},
		{name: "a lead's plain word describes", title: "Compromised RubyGems Accounts Used to Push Backdoored Versions of Popular Gems",
			body: "The attacker published new releases of several established gems that open a reverse shell on install.", vendor: "RubyGems", category: oss},
		{name: "where the worm began", title: "Hundreds of npm packages compromised in worm attack",
			body: "The self-replicating malware first infected Zorb Table and then spread with stolen tokens.", vendor: "Zorb Table", category: oss},
		{name: "a channel only: the lead's second sentence", title: "Supply chain attack hits widely used PHP package",
			body:   "The package has millions of weekly downloads. Malicious versions of zorb-mail were published after its maintainer was phished.",
			vendor: "zorb-mail", category: oss},
		{name: "a registry hosts the channel, it does not own it", title: "Hackers push malicious update to Open VSX extension with 20,000 installs",
			body: "The Zorb Solid extension was compromised after its publisher's access token leaked.", vendor: "Zorb Solid"},
		// A campaign's title, the lead's package (os12CampaignPackage).
		{name: "campaign: the maintainer account of", title: "QuuxAction campaign steals 3,000 secrets",
			body: "Attackers hijacked the maintainer account of zorb-env, a popular npm package, and pushed malicious versions.", vendor: "zorb-env", category: oss},
		{name: "campaign: the package beside its channel", title: "QuuxAction campaign steals 3,000 secrets",
			body: "The attackers compromised the popular zorb-env npm package and pushed malicious versions.", vendor: "zorb-env", category: oss},
		{name: "campaign: the attackers' own packages", title: "QuuxAction campaign steals 3,000 secrets",
			body: "The attackers published 67 malicious packages, including zorb-env, that copy popular names."},
		{name: "tainted", title: "Tainted quux-log npm package steals cloud keys",
			body: "Attackers published versions with a stealer after phishing the maintainer.", vendor: "quux-log", category: oss},
	})
}
