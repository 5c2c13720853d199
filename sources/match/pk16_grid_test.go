package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The pkg16 probe grid puts a package's name where package compromises'
// news puts it: in the title, only in the summary (its first sentence or
// a later one), beside its owner company, a campaign or worm, a first
// victim, an ecosystem or a count, in every form a package's name takes
// (hyphen, scope, dot, underscore). Each cell must alert, in category
// oss, naming the package (or its owner where the label may be either).
// Before pkg16 196 of 360 cells were right and 40 of 240 look-alike
// cells alerted; after, 358 of 360 and 0. The two cells left: a scoped
// name opening the title before "turns malicious after ..." (npm,
// PyPI).
var (
	// {P} a package as a registry writes it
	pk16GridPkgs = []string{"arvoro-utils", "@arvoro/core", "arvoro.js", "arvoro_rs", "zorb-cli"}
	// {E} an ecosystem's or registry's word
	pk16GridEcos = []string{"npm", "PyPI", "RubyGems"}
)

// pk16Cell is one structure: {P} package, {E} ecosystem; want the names
// of which one must be named ({P} itself unless set).
type pk16Cell struct {
	title, lead string
	want        []string
}

var pk16GridCells = []pk16Cell{
	// the package in the title
	{"{P} {E} package hijacked to steal credentials", "The maintainer said an attacker took over the account.", nil},
	{"Hackers hijack {P} {E} package to push stealer", "", nil},
	{"Backdoor found in {P} {E} package", "Version 2.3.1 carried a backdoor.", nil},
	{"Malicious versions of {P} published to {E}", "The maintainer said his account was taken over.", nil},
	{"Zorbworm malware compromises {P} {E} package", "The self-replicating worm stole tokens.", nil},
	{"Zorbworm campaign hits {E}: {P} backdoored", "Attackers stole maintainers' tokens.", nil},
	// the package only in the summary
	{"Popular {E} package hijacked to steal credentials", "Versions 2.3.1 and 2.3.2 of {P}, a library with 5 million weekly downloads, contained a password stealer.", nil},
	{"Zorbworm malware compromises popular {E} package", "The self-replicating worm published a malicious version of {P} that steals tokens.", nil},
	{"Attackers trojanize 16 React Native packages", "Packages in the {P} scope were updated with a remote access trojan.", nil},
	{"Second {E} library turns malicious days after first", "Versions of {P}, a configuration loader, were published by an attacker and carried a stealer.", nil},
	{"Popular {E} packages hijacked via phishing to drop malware", "Popular libraries were hijacked this week and turned into droppers after a maintainer's token was stolen. Among the compromised packages is {P}, which has 30 million weekly downloads.", nil},
	{"Popular {E} linter packages hijacked via phishing to drop malware", "Libraries were hijacked after a maintainer's token was stolen through a typosquatted login page. Among the compromised packages is {P}, which has 30 million weekly downloads.", nil},
	// the owner company in the title, its packages in the summary
	{"Tenmark Systems {E} packages compromised in supply chain attack", "Attackers published malicious versions of @tenmark/cli and @tenmark/sdk that stole tokens.", []string{"@tenmark/cli"}},
	{"Tenmark Systems says its {E} package was hijacked", "Attackers published malicious versions of @tenmark/cli that stole tokens.", []string{"@tenmark/cli"}},
	{"Tenmark {E} packages caught up in Zorbworm supply chain attack", "Several packages published under the tenmark-publisher account, including @tenmark/commitlint, were trojanized by the worm that first hit {P}.", []string{"@tenmark/commitlint"}},
	// the turn told without a channel's word: a release by its version,
	// a possessive owner, a supply-chain attack
	{"{P} 2.3.1 ships info-stealer", "The maintainer said his {E} account was taken over.", nil},
	{"{P} versions 2.3.1 and 2.3.2 carry credential stealer", "The maintainer said his {E} account was taken over.", nil},
	{"Tenmark's {P} hit by supply-chain attack", "Attackers uploaded {E} releases that stole keys.", nil},
	{"{P} hit by supply chain attack", "Attackers uploaded {E} releases that stole keys.", nil},
	// an "after" clause telling the turn, the harm before it
	{"Crypto wallets drained after {P} {E} package hijacked", "Attackers pushed a malicious version.", nil},
	{"Crypto exchange Tenmark loses $2 million after {P} {E} package hijacked", "Attackers pushed a malicious version.", nil},
	{"{P} turns malicious after maintainer account takeover", "Attackers published a stealer to {E}.", nil},
	{"{P} {E} package ships stealer after maintainer phished", "", nil},
	// owners listed in the summary
	{"Zorbworm returns, infects hundreds of {E} packages", "A new wave of the self-replicating Zorbworm malware has compromised packages belonging to Tenmark, Quillstack and Arvoro, among others.", []string{"Tenmark"}},
}

// pk16Silent are look-alikes from the same parts: typosquats and fresh
// malicious packages, flaws, registry policy and removals, research.
var pk16Silent = []pk16Cell{
	{"Typosquatted {P} package on {E} steals cryptocurrency", "The package imitates a popular library.", nil},
	{"Malicious {E} packages steal developers' credentials", "The packages, uploaded this week by a new account, imitate {P}.", nil},
	{"{E} removes 12 malicious packages stealing tokens", "The packages posed as {P} and were downloaded 4,000 times.", nil},
	{"Critical flaw in {P} {E} package lets attackers run code", "A patch is available.", nil},
	{"{E} to require two-factor authentication for maintainers", "The move follows account takeovers of packages such as {P}.", nil},
	{"Fake {P} package on {E} steals wallet keys", "", nil},
	{"{E} revokes tokens after {P} package hijacked", "The registry said maintainers must use trusted publishing.", nil},
	{"{E} removes malicious packages after maintainer accounts hijacked", "Versions of {P} were pulled.", nil},
	{"{E} packages hijacked to steal tokens, researchers say", "The typosquatted packages imitate {P} and were uploaded this week.", nil},
	{"GitHub suspends account of developer who sabotaged {P}", "The developer pushed {E} updates that broke the library in protest.", nil},
	{"Backdoored images downloaded 5 million times finally removed from Docker Hub", "The images, published by a single account, ran miners; one imitated {P}.", nil},
	{"Malicious packages pulled from {E} after 10,000 downloads", "The packages imitated {P}.", nil},
	{"Hijacked {E} accounts used to alter 14 packages", "An attacker pointed {P} to a fork. The registry says the forks contained no malicious code and were reverted.", nil},
	// ("Malicious {P} 2.3.1 steals wallet keys" alerts, before pkg16
	// too: a version makes it read as a trusted release turned.)
	{"Malicious {P} package steals wallet keys", "The package was uploaded this week by a new account.", nil},
}

func pk16Fill(s, p, e string) string {
	return strings.NewReplacer("{P}", p, "{E}", e).Replace(s)
}

func TestPkg16Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, c := range pk16GridCells {
		for _, p := range pk16GridPkgs {
			for _, e := range pk16GridEcos {
				want := c.want
				if want == nil {
					want = []string{p}
				}
				g.check(pk16Fill(c.title, p, e), pk16Fill(c.lead, p, e), []string{p, e}, func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && a.Category == trust.CategoryOSS && pk16Names(a.VendorNames(), want)
				})
			}
		}
	}
	for _, f := range g.fails {
		t.Logf("cell: %s", f)
	}
	good, total := g.right, g.all
	t.Logf("pk16 grid: %d of %d cells right", good, total)
	if good < total*95/100 {
		t.Errorf("pk16 grid: %d of %d cells right, want 95%%", good, total)
	}
	for _, c := range pk16Silent {
		for _, p := range pk16GridPkgs {
			for _, e := range pk16GridEcos {
				look.check(pk16Fill(c.title, p, e), pk16Fill(c.lead, p, e), []string{p, e}, gridSilent)
			}
		}
	}
	for _, f := range look.fails {
		t.Logf("look-alike alerting: %s", f)
	}
	alerting := len(look.fails)
	if alerting > 0 {
		t.Errorf("pk16 look-alike grid: %d cells alerting, want 0", alerting)
	}
}

// pk16Names reports whether names holds one of want.
func pk16Names(names, want []string) bool {
	for _, w := range want {
		for _, n := range names {
			if strings.EqualFold(n, w) {
				return true
			}
		}
	}
	return false
}
