package match

import (
	"fmt"
	"testing"
)

// pk25Titles name no package: a registry, a platform, a class of
// packages or no one, told compromised.
var pk25Titles = []string{
	"Popular npm package hijacked to steal crypto",
	"Hackers hijack popular PyPI project to push infostealer",
	"VS Code extension with 100,000 installs turned malicious in update",
	"Chrome extension with 2 million users hijacked to inject ads",
	"GitHub Action compromised, CI secrets leaked",
	"WordPress plugin backdoored after developer account takeover",
	"Rust crate compromised to steal SSH keys",
	"npm supply chain attack: maintainer phished, packages backdoored",
	"Malicious update to popular open-source library steals developer credentials",
	"Supply chain attack hits npm again",
	"Attackers compromise JavaScript library used by millions",
	"Docker Hub image backdoored with cryptominer after token leak",
}

// pk25Leads name the package in the roles a lead gives it: its keeper's,
// its users', an appositive, the object of a finding, of a publisher,
// of attackers, of a passive turning.
var pk25Leads = []string{
	"The maintainer of %s said a phishing email gave attackers the account's token.",
	"%s, a library with 2 million weekly downloads, was published with a credential stealer after its maintainer was phished.",
	"Attackers compromised %s, a popular project, and published versions that steal tokens.",
	"The compromised package, %s, shipped a credential stealer in two releases.",
	"Socket researchers found that %s had been updated with code that steals tokens.",
	"Users of %s are urged to update after versions 1.2.3 and 1.2.4 shipped a stealer.",
	"%s's maintainer said the account was taken over and malicious versions were published.",
	"The attacker took over the account that publishes %s and uploaded two releases.",
	"Aikido says the popular %s package was compromised and now steals credentials.",
	"An attacker pushed a malicious release of %s that steals credentials.",
}

// pk25Lookalikes are the same parts told of packages never trusted, of a
// dependency or payload, or of a fake: none may alert naming the name.
var pk25Lookalikes = [][2]string{
	{"Malicious npm packages steal developer credentials", "The typosquat %s imitates a popular library and was downloaded 2,000 times."},
	{"Fake VS Code extension steals crypto wallets", "A fake %s extension posing as a popular theme was published by attackers."},
	{"Researchers find 60 malicious packages on PyPI", "The packages, published by one account, include a dependency called %s that downloads a stealer."},
	{"Typosquatted Rust crates steal SSH keys", "Attackers published look-alike crates such as %s to trick developers."},
}

// TestPk25Grid holds pk25LeadCode and the rescue's pk25LeadPackage: a
// title naming no package (pk25Titles) with a lead naming it in a role
// (pk25Leads) alerts naming the package for at least 90% of the cells,
// and for half the cells wrong with pk25 off; the look-alikes built from
// the same names never alert naming them.
func TestPk25Grid(t *testing.T) {
	m := defaultMatcher(t)
	pk := []string{"zorbkit", "quux-mq", "zorb.js", "@zorb/kit", "Zorbly Tabs", "QuuxLog"}
	var on, off, total int
	for _, title := range pk25Titles {
		for _, l := range pk25Leads {
			for _, p := range pk {
				lead := fmt.Sprintf(l, p)
				total++
				pk25Off = true
				b, okb := m.Match(title, lead)
				pk25Off = false
				a, ok := m.Match(title, lead)
				if okb && !b.Coverage && namesLoosely(b, p) {
					off++
				}
				if ok && !a.Coverage && namesLoosely(a, p) {
					on++
				} else {
					t.Logf("miss: %q / %q: %v %v", title, lead, a.VendorNames(), a.Category)
				}
			}
		}
	}
	t.Logf("grid: %d cells, right %d with pk25, %d without", total, on, off)
	if on < total*9/10 {
		t.Errorf("grid: %d of %d cells right, want 90%%", on, total)
	}
	if on-off < (total-off)/2 {
		t.Errorf("grid: %d right with pk25, %d without, of %d: want it to right half the cells wrong without it", on, off, total)
	}
	looks := 0
	for _, c := range pk25Lookalikes {
		for _, p := range pk {
			looks++
			lead := fmt.Sprintf(c[1], p)
			if a, ok := m.Match(c[0], lead); ok && !a.Coverage && namesLoosely(a, p) {
				t.Errorf("look-alike alerted: %q / %q: %v %v", c[0], lead, a.VendorNames(), a.Category)
			}
		}
	}
	t.Logf("look-alikes: %d", looks)
}

// TestPk25Role holds pk25Role's and pk25Code's readings of a lead.
func TestPk25Role(t *testing.T) {
	for _, c := range []struct{ lead, role, code string }{
		{"QuuxLog's maintainer said the account was hijacked.", "QuuxLog", ""},
		{"Users of zorbkit are urged to update.", "zorbkit", ""},
		{"Versions 1.2.3 and 1.2.4 of zorbkit shipped a stealer.", "zorbkit", ""},
		{"Zorbly Tabs was compromised last week.", "Zorbly Tabs", ""},
		{"GlassWorm has compromised seven extensions.", "", ""},
		{"The compromised package, @zorb/kit, shipped a stealer.", "", "@zorb/kit"},
		{"A popular tab-management extension was pulled.", "", ""},
		{"One of the project's mirrors delivered third-party installers.", "", ""},
		{"A malicious dependency called zorb.js was added.", "", ""},
		{"The phishing site npmjs.help stole the token.", "", ""},
		{"See vk.com/press/app-store for the notice.", "", ""},
	} {
		lw := titleWords(c.lead)
		role := pk25Role(c.lead, lw)
		if !pk25RoleName(lw, role, "") {
			role = ""
		}
		if code := pk25Code(c.lead, lw, ""); role != c.role || code != c.code {
			t.Errorf("%q: role %q code %q, want %q %q", c.lead, role, code, c.role, c.code)
		}
	}
}
