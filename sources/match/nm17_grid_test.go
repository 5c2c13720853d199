package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The nm17 grid puts a compromised package or product where the title
// names only the platform, store or ecosystem it was on, a word of prose,
// the code's victim or the firm that reported it, and writes the package
// in the title beside a channel's word or in the summary (an appositive,
// "whose update", a product's run before its kind, the object of a
// compromise verb). Each cell must alert naming the package. Its
// look-alikes (a platform hit itself, a store's takedown, typosquats, a
// flaw) must keep the name they had (the platform's) or stay silent as
// before. Before nm17 54 of 96 cells were right; after, 96 of 96; the
// look-alikes unchanged.
var (
	// {P} a package as a registry writes it
	nm17GridPkgs = []string{"arvoro-utils", "@arvoro/core", "zorb.js"}
	// {E} a registry's word
	nm17GridEcos = []string{"npm", "PyPI", "RubyGems"}
	// {N} a product's capitalised name
	nm17GridProducts = []string{"Quillnote", "Tessera Sync", "BrightPad"}
	// {S} a platform or store
	nm17GridPlatforms = []string{"WordPress", "Chrome", "Firefox"}
)

var nm17PkgCells = []struct{ title, lead string }{
	{"A second {E} library with 14 million weekly downloads turns malicious", "Versions 1.2.9 and 2.3.9 of {P}, a configuration loader, were published by an attacker who took over the maintainer's account."},
	{"Days after quuxlib, a second {E} library turns malicious", "Versions 1.2.9 and 2.3.9 of {P}, a configuration loader, were published by an attacker who took over the maintainer's account."},
	{"Widely used {E} module {P} backdoored with code that targeted bitcoin wallets", "A new maintainer who had been handed the package added a dependency that tried to steal funds from the Quillpay wallet."},
	{"Backdoor found in widely used Linux utility targets SSH connections", "Researchers have found a malicious backdoor in a compression tool that made its way into widely used Linux distributions, including releases from Red Hat and Debian. The compromised {P} versions shipped in testing releases."},
	{"Orphaned {E} package {P} adopted and laced with malware", "A package left without a maintainer on the Arch Linux user repository was adopted by a user who added a script collecting system information."},
	{"Stolen {E} tokens used to publish malware in established projects", "Attackers uploaded releases of {P}, a popular HTTP client, that exfiltrate environment variables."},
}

var nm17ProductCells = []struct{ title, lead string }{
	{"Five {S} plugins backdoored after developer accounts were compromised", "The first to be found was {N}, whose update added code that creates admin accounts; four more plugins carried the same injection."},
	{"{N} among {S} extensions hijacked to steal Facebook cookies", "Attackers who phished developers pushed malicious updates to at least 35 extensions."},
	{"Crypto wallet app update on App Store drained users' funds", "A malicious update to the {N} wallet app, pushed through the official app stores after a developer account compromise, stole seed phrases."},
	{"{N} installer was backdoored for a month, Avast confirms", "Avast said a 32-bit version of the utility, served from the official download servers, carried a backdoor."},
	{"Kaspersky: PC maker's update tool pushed backdoor to a million users", "Attackers hijacked the {N} utility and signed the malicious file with the maker's own certificate."},
	{"{N} {S} plugin backdoored after sale to a new owner", "The plugin's new owner pushed an update that creates admin accounts, and the store removed it."},
	{"Kaspersky: ShadowHammer attackers hijacked {N} to push backdoor", "Hackers compromised the update server and signed a trojanized utility with the company's certificate."},
	{"{N} browser's auto-update hijacked by state hackers to install spyware", "Researchers said the updater fetched a malicious build from a compromised server."},
}

// nm17Look are look-alikes: a platform hit itself keeps its name, a
// store's takedown, typosquats and a flaw stay as they were.
var nm17Look = []struct {
	title, lead string
	keep        string // the name an alert must carry; "" for silence
}{
	{"{E} registry hacked, attackers publish malicious versions", "Attackers breached the {E} registry and pushed versions of {P} that stole tokens.", "{P}"},
	{"Typosquatted {E} package {P}-dev steals credentials", "The fake package mimics the popular {P} library.", ""},
	{"Malicious {E} packages impersonate {P} to steal keys", "The packages copy the popular library's name.", ""},
	{"Chrome Web Store removes extensions that stole cookies", "Google removed 32 extensions including {N} after researchers found them stealing data.", "{N}"},
	{"Popular {S} add-on sold to new owner turned into spyware", "", "{S}"},
	{"{S} plugin {N} flaw exploited in attacks on 100,000 sites", "Attackers are exploiting a critical vulnerability in the plugin.", ""},
}

func nm17Fill(s, p, e, n, pl string) string {
	return strings.NewReplacer("{P}", p, "{E}", e, "{N}", n, "{S}", pl).Replace(s)
}

func TestNm17Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	check := func(title, lead, want string) {
		g.check(title, lead, []string{"want=" + want}, func(a trust.Alert, ok bool) bool {
			return ok && !a.Coverage && pk16Names(a.VendorNames(), []string{want})
		})
	}
	for _, c := range nm17PkgCells {
		for _, p := range nm17GridPkgs {
			for _, e := range nm17GridEcos {
				check(nm17Fill(c.title, p, e, "", ""), nm17Fill(c.lead, p, e, "", ""), p)
			}
		}
	}
	for _, c := range nm17ProductCells {
		for _, n := range nm17GridProducts {
			for _, pl := range nm17GridPlatforms {
				if !strings.Contains(c.title+c.lead, "{S}") && pl != nm17GridPlatforms[0] {
					continue
				}
				check(nm17Fill(c.title, "", "", n, pl), nm17Fill(c.lead, "", "", n, pl), n)
			}
		}
	}
	for _, f := range g.fails {
		t.Logf("cell: %s", f)
	}
	if g.right < g.all {
		t.Errorf("nm17 grid: %d of %d cells right, want all", g.right, g.all)
	}
	look := newProbeGrid(m)
	for _, c := range nm17Look {
		for i, p := range nm17GridPkgs {
			e, n, pl := nm17GridEcos[i], nm17GridProducts[i], nm17GridPlatforms[i]
			// Right: silent where the cell keeps no name, else an alert
			// still naming the one it keeps.
			keep := nm17Fill(c.keep, p, e, n, pl)
			look.check(nm17Fill(c.title, p, e, n, pl), nm17Fill(c.lead, p, e, n, pl), []string{"keep=" + keep}, func(a trust.Alert, ok bool) bool {
				alert := ok && !a.Coverage
				return keep == "" && !alert || alert && keep != "" && pk16Names(a.VendorNames(), []string{keep})
			})
		}
	}
	for _, f := range look.fails {
		t.Logf("look-alike: %s", f)
	}
	bad := len(look.fails)
	if bad > 0 {
		t.Errorf("nm17 look-alike grid: %d cells changed", bad)
	}
}
