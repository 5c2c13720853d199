package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pk24Packages are the package names the grid writes, in every shape a
// title writes one: plain, hyphenated, dotted, with digits, scoped.
var pk24Packages = []string{"zorbkit", "quux-mq", "zorb.js", "zorb2fa", "@zorb/kit", "Zorbly Tabs", "QuuxLog"}

// TestPk24Grid holds pk24Name: a package alert whose name is a
// registry not itself hit, a part after "its", the result of a turning,
// a quoted nickname, an attacker group or a maintainer takes the package
// the title or lead writes, and a speaker keeps the product it tells of
// beside it; the
// look-alikes built from the same parts (fakes, typosquats, look-alike
// copies of the package) stay silent. The grid fails when the reader no
// longer renames (it gains fewer than a quarter of the alerting cells).
func TestPk24Grid(t *testing.T) {
	m := defaultMatcher(t)
	type cell struct{ title, lead, want, role string }
	var cells, looks []cell
	code := func(p string) bool { return p == strings.ToLower(p) }
	for _, p := range pk24Packages {
		for _, r := range []string{"Maven Central", "PyPI", "npm", "RubyGems", "Packagist"} {
			for _, form := range []string{"%s artifact from %s swapped for backdoored build", "%s release from %s swapped for malicious build"} {
				cells = append(cells, cell{fmt.Sprintf(form, r, p), "Version 3.4.2 of the library was republished by an attacker using the project's leaked signing key; the registry removed it.", p, "registry"})
			}
			looks = append(looks,
				cell{fmt.Sprintf("Fake %s package on %s steals developers' credentials", p, r), "The typosquat imitates the popular library and was downloaded 2,000 times.", p, "registry"},
				cell{fmt.Sprintf("Typosquat of %s on %s ships infostealer", p, r), "Attackers published a look-alike package with a similar name to trick developers.", p, "registry"})
		}
		if code(p) {
			for _, x := range []string{"CJS", "ESM", "UMD", "Windows"} {
				for _, form := range []string{"%s strikes again: new release hides infostealer in its %s bundle", "%s hijacked again: malicious release hides stealer in its %s build"} {
					cells = append(cells, cell{fmt.Sprintf(form, p, x), "Version 12.0.1 of the package was published to npm with an obfuscated credential stealer that is not in the official repository.", p, "part"})
				}
				looks = append(looks, cell{fmt.Sprintf("Fake %s clone hides infostealer in its %s bundle", p, x), "The typosquat copies the popular package's name to trick developers.", p, "part"})
			}
		}
		for _, x := range []string{"affiliate-fraud", "ad-injection", "click-fraud"} {
			for _, k := range []string{"Tab manager extension with 400,000 users", "Popular browser extension"} {
				cells = append(cells, cell{fmt.Sprintf("%s turned into %s tool after developer phished", k, x),
					fmt.Sprintf("An update to %s pushed from its developer's hijacked store account rewrote shopping links and sent visited URLs to a remote server.", p), p, "result"})
			}
			looks = append(looks, cell{fmt.Sprintf("Fake copy of %s turned into %s tool", p, x), "The look-alike extension imitates the popular one and was never published by its developer.", p, "result"})
		}
		for _, n := range []string{"zorbstorm", "qu1xote", "Quuxfall"} {
			for _, form := range []string{"'%s': compromised build tool enlisted AI agents to hunt secrets", "'%s': hijacked package pushed credential stealer to developers"} {
				cells = append(cells, cell{fmt.Sprintf(form, n), fmt.Sprintf("Malicious versions of the %s build system published to npm searched developers' machines for credentials and uploaded them.", p), p, "nickname"})
			}
			looks = append(looks, cell{fmt.Sprintf("'%s': fake packages imitating %s hunt developers' secrets", n, p), "Typosquatted copies of the popular library were uploaded to npm to trick developers.", p, "nickname"})
		}
		for _, g := range []string{"Lazarus hackers", "APT41", "UNC4899"} {
			cells = append(cells, cell{fmt.Sprintf("%s hijack %s package to push credential stealer", g, p),
				fmt.Sprintf("Malicious versions of %s were published to npm after its maintainer's account was phished.", p), p, "actor"})
			looks = append(looks, cell{fmt.Sprintf("%s publish fake %s packages to steal credentials", g, p), "The typosquats imitate the popular library's name.", p, "actor"})
		}
		for _, who := range []string{"developer Zorb Quux", "maintainer Quux Zorbman"} {
			cells = append(cells, cell{fmt.Sprintf("npm %s pushes update of %s that wipes files", who, p),
				fmt.Sprintf("Versions 1.4.1 and 1.4.2 of %s carried code that overwrote files on machines in two countries.", p), p, "maintainer"})
		}
		if !code(p) {
			for _, sp := range []string{"Zorbcorp", "QuuxSoft"} {
				for _, v := range []string{"confirms", "says"} {
					cells = append(cells, cell{fmt.Sprintf("%s %s %s compromise, users' crypto drained", sp, v, p),
						"The company said a leaked developer token was used to push three versions of the web player that prompted visitors to connect their wallets.", p, "speaker"})
				}
				looks = append(looks, cell{fmt.Sprintf("%s warns of fake %s copies draining users' crypto", sp, p), "The look-alike copies imitate the popular web player.", p, "speaker"})
			}
		}
	}
	right := func(a trust.Alert, ok bool, want string) bool {
		return ok && !a.Coverage && (a.Category == trust.CategoryOSS || a.Category == trust.CategoryCompromise) && namesLoosely(a, want)
	}
	var on, off, alerting int
	byRole := map[string][3]int{}
	for _, c := range cells {
		pk24Off = true
		b, okb := m.Match(c.title, c.lead)
		pk24Off = false
		a, ok := m.Match(c.title, c.lead)
		if !okb || b.Coverage {
			continue // the reader renames alerts only
		}
		alerting++
		r := byRole[c.role]
		r[1]++
		if right(b, okb, c.want) {
			off++
			r[2]++
		}
		if right(a, ok, c.want) {
			on++
			r[0]++
		} else {
			t.Logf("miss: %q / %q: %v %v", c.title, c.lead, a.VendorNames(), a.Category)
		}
		byRole[c.role] = r
	}
	for role, r := range byRole {
		t.Logf("%s: %d/%d right, %d without the reader", role, r[0], r[1], r[2])
	}
	t.Logf("grid: %d alerting cells of %d, right %d with the reader, %d without", alerting, len(cells), on, off)
	if alerting < len(cells)/2 || on < alerting*9/10 {
		t.Errorf("grid: %d of %d alerting cells right (of %d cells), want 90%% of at least half", on, alerting, len(cells))
	}
	if on-off < alerting/4 {
		t.Errorf("grid: %d cells right with the reader, %d without, of %d: want it to gain a quarter (the grid no longer needs it)", on, off, alerting)
	}
	for _, c := range looks {
		if a, ok := m.Match(c.title, c.lead); ok && !a.Coverage {
			t.Errorf("look-alike alerted: %q / %q: %v %v", c.title, c.lead, a.VendorNames(), a.Category)
		}
	}
	t.Logf("look-alikes: %d", len(looks))
}

// TestPk24Role holds pk24Role's reading of a title's name.
func TestPk24Role(t *testing.T) {
	for _, c := range []struct {
		title, name string
		want        int
	}{
		{"Maven Central artifact from LogRelay swapped for backdoored build", "Maven Central", pk24Registry},
		{"npm registry hacked, packages backdoored", "npm", pk24Package},
		{"zorbkit strikes again: new release hides infostealer in its CJS bundle", "CJS", pk24Part},
		{"zorbkit strikes again: new release hides infostealer in its CJS bundle", "zorbkit", pk24Package},
		{"Tab extension turned into affiliate-fraud tool", "affiliate-fraud", pk24Result},
		{"Attackers slip RAT into axios", "axios", pk24Package},
		{"'s1ngularity': compromised build tool hunts secrets", "s1ngularity", pk24Nickname},
		{"'zorbkit' compromised: build tool hunts secrets", "zorbkit", pk24Package},
		{"Lazarus hackers hijack zorbkit package", "Lazarus", pk24Actor},
		{"npm developer Zorb Quux sabotages zorbkit", "Zorb Quux", pk24Maintainer},
		{"Zorbkit developers say build server was hacked", "Zorbkit", pk24Package},
		{"LottieFiles confirms Lottie Player compromise", "LottieFiles", pk24Speaker},
		{"LottieFiles confirms compromise of its player", "LottieFiles", pk24Package},
	} {
		if got := pk24Role(c.title, titleWords(c.title), c.name); got != c.want {
			t.Errorf("pk24Role(%q, %q) = %d, want %d", c.title, c.name, got, c.want)
		}
	}
}

// TestPk24TakenGrid holds pk24Taken: a package's releases hijacked, or a
// package written as code after its keeper's account was hijacked,
// alerts naming the package; the look-alikes from the same parts (fakes,
// typosquats, a question) stay silent or alert no more than without it
// (the rules alert on some "fake ... package" cells already). The grid fails when the cells
// alert as often without the reader.
func TestPk24TakenGrid(t *testing.T) {
	m := defaultMatcher(t)
	lead := "The compromised releases stole environment variables and tokens from developers' machines before the maintainers pulled them."
	var all, on, off int
	for _, p := range append(pk24Packages, "rc", "coa") {
		var cells []string
		for _, who := range []string{"Hackers", "Attackers", "North Korean hackers"} {
			for _, v := range []string{"hijack", "backdoor", "poison"} {
				cells = append(cells, fmt.Sprintf("%s %s versions 1.2.3 and 1.2.4 of %s to push credential stealer", who, v, p),
					fmt.Sprintf("%s %s releases 4.0.1 through 4.0.3 of %s", who, v, p))
			}
		}
		for _, c := range cells {
			all++
			pk24Off = true
			b, okb := m.Match(c, lead)
			pk24Off = false
			a, ok := m.Match(c, lead)
			if okb && !b.Coverage && namesLoosely(b, p) {
				off++
			}
			if ok && !a.Coverage && a.Category == trust.CategoryOSS && namesLoosely(a, p) {
				on++
			} else {
				t.Logf("miss: %q: %v %v", c, a.VendorNames(), ok)
			}
		}
		for _, c := range []string{
			fmt.Sprintf("Hackers publish fake versions 1.2.3 and 1.2.4 of %s to push credential stealer", p),
			fmt.Sprintf("Typosquatted releases 4.0.1 of %s hijack developers' wallets", p),
			fmt.Sprintf("Could hackers hijack versions 1.2.3 and 1.2.4 of %s?", p),
			fmt.Sprintf("Hackers hijack fake %s package after maintainer account hijack", p),
		} {
			pk24Off = true
			_, before := m.Match(c, lead)
			pk24Off = false
			if a, ok := m.Match(c, lead); ok && !a.Coverage && !before {
				t.Errorf("look-alike alerted: %q: %v %v", c, a.VendorNames(), a.Category)
			} else if ok && !a.Coverage {
				t.Logf("look-alike alerting with and without the reader: %q", c)
			}
		}
	}
	t.Logf("taken: %d of %d right with the reader, %d without", on, all, off)
	if on < all*9/10 || on-off < all/4 {
		t.Errorf("taken: %d of %d right with the reader, %d without", on, all, off)
	}
}

// TestPk24Keeps holds what pk24Name leaves: a name the lead's releases
// confirm, a part after "its" under a capitalised subject (only a
// subject written as code is taken), a name in a package's role.
func TestPk24Keeps(t *testing.T) {
	for _, c := range []struct{ title, lead, name string }{
		{"'zorbkit': hijacked package pushed stealer to developers", "Malicious versions of zorbkit and quuxlib were published to npm.", "zorbkit"},
		{"Zorbcorp says its Bash Uploader was compromised", "Versions of the quuxlib script were altered.", "Bash Uploader"},
		{"zorbkit compromised in supply-chain attack", "Versions 1.2.3 of quuxlib were altered.", "zorbkit"},
	} {
		a := trust.Alert{Category: trust.CategoryOSS, Vendors: []trust.VendorHit{{Name: c.name, Term: c.name, Unlisted: true}}}
		pk24Name(c.title, c.lead, &a)
		if got := a.VendorNames(); len(got) != 1 || got[0] != c.name {
			t.Errorf("pk24Name(%q) = %v, want [%s]", c.title, got, c.name)
		}
	}
}
