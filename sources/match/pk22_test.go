package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPk22Tune holds the matcher to testdata/pk22_tune.tsv, the package
// family written blind from the guides at the twenty-second round's
// start: 110 package compromises in hard naming shapes, 90 look-alikes.
// At the start 84 of 110 right (one vendor named, category right; silent
// 16, coverage 1, wrong name 6, wrong category 3) and 2 of 90 look-alikes
// alerting; after pkg22 89 right (silent 12, wrong name 5), 97 caught, 2
// look-alikes. Left: SDK updates turning apps, a title naming the
// ecosystem or the maintainer only with the package in the lead, a
// function word named with no package in the lead, descriptors named
// ("affiliate-fraud", "CJS"), a malicious dependency named for the
// package it entered (axios), delisting and espionage for a turned
// extension or SDK. At the twenty-third round the Mintegral row became
// compromise|espionage (a closed SDK its maker turned, never a hijacked
// package: labelling.md's oss), leaving 109 packages: 89 right, 96
// caught.
func TestPk22Tune(t *testing.T) {
	m := defaultMatcher(t)
	n := map[string]int{}
	for _, c := range readCases(t, "testdata/pk22_tune.tsv") {
		a, ok := m.Match(c.title, c.body)
		st := pk22Status(c, a, ok)
		n[st]++
		if st != "package:right" && st != "look:quiet" {
			t.Logf("%s (line %d): %q: %v %s", st, c.line, c.title, a.VendorNames(), a.Category)
		}
	}
	right, looks := n["package:right"], n["look:alert"]
	caught := right + n["package:wrongname"] + n["package:wrongcat"]
	t.Logf("pk22_tune: %d of 109 right, %d caught, silent %d, coverage %d; %d of 90 look-alikes alerting",
		right, caught, n["package:silent"], n["package:coverage"], looks)
	if right < 89 || caught < 96 || looks > 2 {
		t.Errorf("pk22_tune: %d right (want 89), %d caught (want 96), %d look-alikes (want at most 2)", right, caught, looks)
	}
}

// TestPk22Grid holds pk22's shapes over other packages, ecosystems and
// orders, beside look-alikes built from the same parts: packages never
// trusted, researchers, questions, threat actors, malware fought rather
// than carried, lower-case words the lead does not write again. ("X
// library contains detection for cryptominers" alerts by an older rule,
// not pk22: left.)
func TestPk22Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	type name struct{ title, lead, want string }
	names := []name{
		{"Zorbquux", "", "Zorbquux"},
		{"QuuxPay", "", "QuuxPay"},
		{"zorb-ui", "", "zorb-ui"},
		{"quux.js", "", "quux.js"},
		{"zorbkit", "Poisoned releases of the zorbkit parser were published overnight.", "zorbkit"},
		{"Zorbsec's quux-core", "", "Zorbsec"},
	}
	waves := []string{
		"'Quuxdrop' npm worm hits %s packages",
		"Worm returns, hitting 42 %s packages",
		"Malware hits %s and Quuxlytics packages",
		"Shai-Hulud hits %s, Quuxbase packages and 9,000 GitHub repos",
		"Campaign compromises %s npm packages",
	}
	carried := []string{
		"%s npm package briefly carried infostealer",
		"%s PyPI package shipped cryptominer",
		"%s library contained backdoor",
		"%s CLI package carried Shai-Hulud payload",
	}
	for _, nm := range names {
		for _, f := range append(append([]string{}, waves...), carried...) {
			title := strings.Replace(f, "%s", nm.title, 1)
			if strings.HasPrefix(f, "%s") && strings.HasSuffix(nm.title, "'s quux-core") {
				continue // a possessive opening a title is another shape
			}
			g.check(title, nm.lead, []string{f}, gridAlerts(trust.CategoryOSS, nm.want), f)
		}
	}
	// Reach between the packages and their verb.
	for _, nm := range []string{"Zorbquux", "zorb-ui", "QuuxPay"} {
		for _, f := range []string{
			"%s npm packages with 950,000 weekly downloads hit by supply chain attack",
			"%s library with 2 million weekly downloads hijacked to push malware",
		} {
			g.check(strings.Replace(f, "%s", nm, 1), "", []string{f}, gridAlerts(trust.CategoryOSS, nm), f)
		}
	}
	lookalikes := []string{
		"Typosquatting campaign hits developers with fake %s packages",
		"Fake %s npm package carried malware",
		"Typosquatted %s package carried infostealer",
		"Malicious npm packages mimicking %s carried infostealer",
		"Will the worm hit %s packages?",
		"%s package ships protection against infostealers",
		"Malicious packages with 5,000 downloads found on PyPI",
		"Typosquatted %s packages with 10,000 downloads hit developers",
		"%s packages with 300 stars removed from npm",
	}
	for _, nm := range []string{"Zorbquux", "zorb-ui", "QuuxPay"} {
		for _, f := range lookalikes {
			look.check(strings.Replace(f, "%s", nm, 1), "", []string{f}, gridSilent)
		}
	}
	// Title Case: whom the packages reached, and how, are no name.
	for _, f := range []string{"Luna Grabber Malware Hits Roblox Devs Through npm Packages",
		"Zorbgrab Malware Hits Quuxcraft Players Via PyPI Packages", "New Worm Hits Zorbquux Users Through Fake npm Packages"} {
		look.check(f, "", []string{f}, gridSilent)
	}
	// A lower-case word the lead does not write again is no name.
	for _, f := range []string{"Worm hits zorbquux packages", "Malware hits popular packages", "Worm hits quuxline and zorbline packages"} {
		look.check(f, "The worm stole tokens from developers.", []string{f}, gridSilent)
	}
	g.holdWithLookalikes(t, look, "pk22 grid", 0.9)
}

// TestPk22Rename holds pk22Rename: a package alert named by a function
// word takes the package the lead says was turned; a package whose name
// is a function word, quoted, keeps it; with no package in the lead the
// alert is left as it was.
func TestPk22Rename(t *testing.T) {
	m := defaultMatcher(t)
	title := "Campaign backdoors 900 GitHub repositories through stolen tokens"
	for _, c := range []struct{ lead, want string }{
		{"Attackers pushed malicious workflows after compromised versions of the zorbchat package were published to npm.", "zorbchat"},
		{"SafeDep traced the commits to compromised packages of the Quuxdesk chat platform.", "Quuxdesk"},
		{"Attackers pushed malicious workflows after malicious versions of zorb-ui were published.", "zorb-ui"},
	} {
		expectAlert(t, m, title, c.lead, c.want, trust.CategoryOSS)
	}
	for _, title := range []string{"npm package 'is' compromised after maintainer phished", "npm package 'is' hijacked in supply chain attack"} {
		expectAlert(t, m, title, "", "is", trust.CategoryOSS)
	}
}
