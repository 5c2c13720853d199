package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRescueStructureGrid: the learned rescue's candidates read from a
// headline's structure (rescue21.go) over grids of invented names ×
// verbs × what befell, and look-alikes built from the same parts. The
// candidate is checked as rescueCandidate names it (the model's
// probability aside: invented headlines are no training rows); the same
// cells through Match are counted, and a look-alike must stay silent.
func TestRescueStructureGrid(t *testing.T) {
	m := defaultMatcher(t)
	type cell struct{ title, lead, want string }
	// known: look-alikes the rules or older readers already alert on,
	// whatever this file's readers do: logged, not held.
	var cells, looks, known []cell
	cand := func(c cell) string {
		f := &feats{}
		sig, ok := m.learnFeatures(c.title, c.lead, f, true)
		if !ok {
			return ""
		}
		vs, _, ok := m.rescueCandidate(c.title, c.lead, sig, f)
		if !ok {
			return ""
		}
		return vs[0].Name
	}
	// A name opening the title tells of its own compromise.
	for _, n := range []string{"Zentrik", "QuorvexPay", "Tovrika Systems", "Jellyset"} {
		for _, v := range []string{"says", "confirms", "admits", "discloses"} {
			for _, rest := range []string{"it was hacked to push a malicious update", "hackers breached its build server", "attackers hijacked its update server to ship malware"} {
				cells = append(cells, cell{n + " " + v + " " + rest, "", n})
			}
		}
		// A denial; another's compromise reported.
		for _, v := range []string{"says", "said"} {
			looks = append(looks,
				cell{n + " " + v + " it was not hacked after claims of a malicious update", "", n},
				cell{n + " " + v + " hackers breached Orbelle's build server", "", n})
		}
	}
	for _, n := range []string{"Researchers say", "Company says", "Report says", "Experts say"} {
		looks = append(looks, cell{n + " it was hacked to push a malicious update", "", strings.Fields(n)[0]})
	}
	// A package the lead writes as code after "of", its releases or
	// people before.
	for _, p := range []string{"zorb-utils", "quux.js", "ua-lite_core", "node-zorbpipe"} {
		for _, lead := range []string{"Versions 1.2.3 and 1.2.4 of %s, published after the maintainer's account was hijacked, installed a cryptominer.",
			"The maintainer of %s added code that wipes files on machines in Russia.",
			"Two releases of %s shipped a password stealer after a token leaked."} {
			for _, title := range []string{"Popular JavaScript library hijacked to steal passwords", "Backdoored build tool dependency wiped files"} {
				cells = append(cells, cell{title, strings.Replace(lead, "%s", p, 1), p})
			}
		}
	}
	// Hyphenated English after "of": learnLeadCodeOf refuses them (the
	// older lead readers, leadPackageNamed, still name some: logged).
	for _, p := range []string{"self-propagating", "anti-war", "e-mail", "two-factor"} {
		lead := "New versions of " + p + " protestware wiped files on machines in Russia."
		if got := learnLeadCodeOf(titleWords(lead)); got != "" {
			t.Errorf("look-alike learnLeadCodeOf(%q) = %q, want none", lead, got)
		}
		known = append(known, cell{"Popular JavaScript library hijacked to steal passwords", lead, p})
	}
	// A package-shaped word of the title, no channel's word beside it.
	for _, p := range []string{"zorb.io", "quux_lib", "node-zorbpipe"} {
		for _, rest := range []string{"%s protestware wipes files on computers in Russia", "%s domain injects malware into 100,000 sites", "Over 100,000 sites hit in %s supply chain attack"} {
			cells = append(cells, cell{strings.Replace(rest, "%s", p, 1), "The maintainer of the popular npm package added code that steals tokens.", p})
		}
	}
	for _, p := range []string{"malware-laced", "anti-war", "self-spreading", "long-running", "state-sponsored"} {
		lead := "The maintainer of the popular npm package added code that steals tokens."
		looks = append(looks, cell{strings.Replace("Npm package greets users with an %s message after takeover", "%s", p, 1), lead, p})
		c := cell{strings.Replace("Hackers push %s worm through hijacked npm account", "%s", p, 1), lead, p}
		if got := cand(c); strings.EqualFold(got, p) {
			t.Errorf("look-alike named: %q: got %q", c.title, got)
		}
		known = append(known, c)
	}
	// A package impersonated.
	for _, p := range []string{"zorb.io", "quux_lib", "node-zorbpipe"} {
		for _, title := range []string{"Fake %s GitHub Action drops infostealer", "Rogue Ruby gem posing as %s removed after 3,000 downloads", "Copycat %s steals cloud keys from developers"} {
			looks = append(looks, cell{strings.Replace(title, "%s", p, 1), "The attackers published versions that steal environment variables and cloud credentials.", p})
		}
	}
	// A project's own developers report in the lead.
	for _, n := range []string{"Webzorb", "Quorvex"} {
		for _, v := range []string{"say", "said", "confirmed"} {
			cells = append(cells, cell{"Backdoor sat in popular Linux admin tool's downloads for a year", n + " developers " + v + " a compromised build server inserted a remote shell into versions 1.8 to 1.9.", n})
		}
		looks = append(looks, cell{"Backdoor sat in popular Linux admin tool's downloads for a year", n + " researchers said a compromised build server inserted a remote shell into versions 1.8 to 1.9.", n})
	}
	// A count before a brand.
	for _, n := range []string{"QuorvexPay", "ZorbTheme", "WP4Shop"} {
		cells = append(cells, cell{"93 " + n + " themes and plugins backdoored at the source", "", n})
	}

	right := 0
	for _, c := range cells {
		if got := cand(c); strings.EqualFold(got, c.want) {
			right++
		} else {
			t.Logf("miss: %q | %q: got %q, want %q", c.title, c.lead, got, c.want)
		}
	}
	for _, c := range looks {
		if got := cand(c); strings.EqualFold(got, c.want) {
			t.Errorf("look-alike named: %q | %q: got %q", c.title, c.lead, got)
		}
	}
	t.Logf("structure candidates: %d of %d right, %d look-alikes", right, len(cells), len(looks))
	if right < len(cells)*9/10 {
		t.Errorf("structure candidates: %d of %d right, want 90%%", right, len(cells))
	}
	// Through Match: the cells counted (the model decides), the
	// look-alikes silent.
	g, look := newProbeGrid(m), newProbeGrid(m)
	anyAlert := func(want string) func(trust.Alert, bool) bool {
		return func(a trust.Alert, ok bool) bool { return ok && !a.Coverage && namesLoosely(a, want) }
	}
	for _, c := range cells {
		g.check(c.title, c.lead, nil, anyAlert(c.want))
	}
	for _, c := range looks {
		look.check(c.title, c.lead, []string{"look"}, func(a trust.Alert, ok bool) bool { return !anyAlert(c.want)(a, ok) })
	}
	for _, c := range known {
		if a, ok := m.Match(c.title, c.lead); ok && !a.Coverage {
			t.Logf("known look-alike alerting: %q | %q -> %v", c.title, c.lead, a.VendorNames())
		}
	}
	g.holdWithLookalikes(t, look, "structure cells through Match", 0)
}
