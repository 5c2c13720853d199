package match

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The probe grid of cp16's family: compromise through a named vendor's
// own channel and distrust of a certificate authority. Each title form
// (update server, installer, download site, build system, firmware,
// preinstalled, backdoor account, a vendor's platform used to push
// ransomware; active, passive, nominal; the passive with its auxiliary)
// is crossed with the name's shape (a registry vendor, one unknown word,
// two words, a product). A second axis puts the name only in the lead
// under a title that describes the vendor by a kind, in the lead's first
// or second sentence. The look-alike grid keeps the same names with what
// is no event: a flaw exploited in the product, devices taken over with
// default passwords, a breach that shipped nothing, fake installers on
// lookalike sites, stolen source code or keys, a CA's outage or
// revocation of its own certificates.

type cp16GName struct{ written, want, axis string }

var cp16GNames = []cp16GName{
	{"SolarWinds", "SolarWinds", "registry"},
	{"Arvoro", "Arvoro", "one-word"},
	{"Tenmark Systems", "Tenmark", "two-words"},
	{"Quillstack Editor", "Quillstack", "product"},
}

var cp16GCANames = []cp16GName{
	{"Symantec", "Symantec", "registry"},
	{"Arvoro", "Arvoro", "one-word"},
	{"Tenmark Trust", "Tenmark", "two-words"},
}

// cp16GForms are title forms; {N} the name.
var cp16GForms = []struct{ axis, title string }{
	{"update-server", "{N} update server hacked to push malware"},
	{"update-server", "Hackers breach {N} update server to deliver backdoor"},
	{"updates", "Hackers hijacked {N} software updates to install backdoors"},
	{"updates", "Malicious {N} update delivers ransomware to customers"},
	{"updates", "{N} updates were trojanized to spread malware"},
	{"installer", "Trojanized {N} installer used in supply chain attack"},
	{"installer", "{N} installer backdoored in supply chain attack"},
	{"site", "{N} website hacked to serve malware-laced installer"},
	{"site", "Hackers compromise {N} download site, replace app with trojan"},
	{"supply", "{N} hit by supply chain attack"},
	{"supply", "Supply chain attack hits {N} customers"},
	{"supply", "{N} supply chain attack pushed malware to thousands"},
	{"build", "Attackers compromised {N} build system to sign malware"},
	{"firmware", "Backdoor found in {N} firmware"},
	{"firmware", "{N} routers were shipped with a backdoor"},
	{"firmware", "{N} motherboards sold with firmware backdoor"},
	{"preinstalled", "{N} phones came preinstalled with malware"},
	{"account", "Hidden backdoor account discovered in {N} firewalls"},
	{"account", "{N} NAS devices ship with hard-coded backdoor account"},
	{"platform", "Ransomware gang used {N} to push ransomware to customers"},
}

// cp16GDescribed are titles that describe the vendor; the lead names it.
// A title of its own leads (own) reads only those: a device's maker is
// named beside the device, a region's companies in the lead's story.
var cp16GDescribed = []struct {
	axis, title string
	own         []string
}{
	{"described-popular", "Popular Server Management Software Hit in Supply Chain Attack", nil},
	{"described-kind", "Courtroom recording software backdoored in supply chain attack", nil},
	{"described-campaign", "'Kingslayer' supply chain attack backdoored sysadmin tool", nil},
	{"described-region", "Chinese bank forced Western companies to install malware-laced tax software", []string{
		"A Chinese bank required a Western company to install tax software called {N}, which contained a hidden backdoor.",
		"A Chinese bank required a Western company to install tax software made by {N} that contained a hidden backdoor."}},
	{"described-devices", "Millions of PC Motherboards Were Sold With a Firmware Backdoor", []string{
		"Hidden code in hundreds of models of {N} motherboards insecurely downloads programs, researchers say.",
		"Researchers say {N} motherboards download and run programs without checking them."}},
}

var cp16GLeads = []struct{ axis, lead string }{
	{"lead-apposition", "Researchers found a backdoor planted in the product. {N}, the maker of the software, pulled the tampered builds."},
	{"lead-first", "{N}, a software company, says attackers compromised its update mechanism to deliver malware to customers."},
	{"lead-website", "Attackers broke into the website of {N} and replaced its installer with a backdoored build."},
	{"lead-called", "Companies had to install software called {N}, which contained a hidden backdoor."},
}

var cp16GCAForms = []string{
	"Chrome to distrust {N} certificates",
	"Google Chrome will stop trusting {N} certificates",
	"Mozilla to remove certificate authority {N} from Firefox",
	"Mozilla removes {N} root certificates from Firefox",
	"{N} certificates to be distrusted by Chrome",
	"Google and Mozilla drop {N} as certificate authority",
	"Apple, Google and Mozilla block {N} root certificate",
}

// cp16GLookalikes must stay silent whatever the name.
var cp16GLookalikes = []struct{ axis, title, lead string }{
	{"flaw", "Hackers exploit {N} flaw to deploy backdoor on servers", ""},
	{"flaw", "Zero-day in {N} exploited to install implants", ""},
	{"passwords", "Botnet hijacks {N} routers with default passwords", "Attackers log in with factory default credentials."},
	{"breach", "{N} confirms breach of corporate network, says products not affected", ""},
	{"fake", "Fake {N} installers spread through lookalike websites", "The sites were never run by the developer."},
	{"fake", "Malvertising campaign pushes fake {N} downloads", ""},
	{"source", "Hackers steal {N} source code in cyberattack", ""},
	{"ca-outage", "{N} certificate outage disrupts thousands of websites", ""},
	{"ca-revoke", "{N} to revoke 50,000 certificates over validation bug", ""},
	{"ransomware", "Ransomware attack disrupts {N} operations", ""},
	{"ca-misissue", "{N} mis-issued certificates for Google domains, researchers say", ""},
	{"described", "Popular Server Management Software Hit by Vulnerability", "Researchers found a flaw in the product. {N}, the maker of the software, released a patch."},
}

type cp16Cell struct {
	title, lead, want string
	cat               trust.Category
	axes              []string
}

func cp16Cells() (pos, neg []cp16Cell) {
	for _, f := range cp16GForms {
		for _, n := range cp16GNames {
			pos = append(pos, cp16Cell{strings.ReplaceAll(f.title, "{N}", n.written), "", n.want, trust.CategoryCompromise,
				[]string{"compromise", f.axis, n.axis}})
		}
	}
	for _, d := range cp16GDescribed {
		leads := cp16GLeads
		if d.own != nil {
			leads = nil
			for i, l := range d.own {
				leads = append(leads, struct{ axis, lead string }{fmt.Sprintf("lead-own%d", i), l})
			}
		}
		for _, l := range leads {
			for _, n := range cp16GNames[1:] {
				pos = append(pos, cp16Cell{d.title, strings.ReplaceAll(l.lead, "{N}", n.written), n.want,
					trust.CategoryCompromise, []string{"compromise", d.axis, l.axis, n.axis}})
			}
		}
	}
	for _, f := range cp16GCAForms {
		for _, n := range cp16GCANames {
			pos = append(pos, cp16Cell{strings.ReplaceAll(f, "{N}", n.written), "", n.want, trust.CategoryDistrust,
				[]string{"distrust", n.axis}})
		}
	}
	for _, l := range cp16GLookalikes {
		for _, n := range cp16GNames {
			neg = append(neg, cp16Cell{strings.ReplaceAll(l.title, "{N}", n.written), strings.ReplaceAll(l.lead, "{N}", n.written),
				"", "", []string{"lookalike", l.axis, n.axis}})
		}
	}
	return pos, neg
}

// TestCp16Grid holds the grid's axes to their floors and the look-alikes
// to silence. CP16_FAILS=1 with -v lists the failing cells.
func TestCp16Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	pos, neg := cp16Cells()
	for _, c := range pos {
		g.check(c.title, c.lead, c.axes, gridAlerts(c.cat, c.want), append(c.axes, "all")...)
	}
	for _, c := range neg {
		g.check(c.title, c.lead, c.axes, gridSilent, append(c.axes, "all-lookalikes")...)
	}
	g.stat.log(t, "%s: %d/%d")
	if os.Getenv("CP16_FAILS") != "" {
		for _, f := range g.fails {
			t.Log(f)
		}
	}
	// Nine cells fail: an unknown name "hit by supply chain attack" or
	// whose customers one hits (six; a registry vendor alerts, an unknown
	// one may be the attack's victim, not its channel), and a campaign's
	// quoted title whose lead names the maker only in its second
	// sentence (three).
	g.stat.hold(t, map[string]float64{"all": 0.93, "all-lookalikes": 1, "distrust": 1, "platform": 1, "firmware": 1,
		"described-popular": 1, "described-kind": 1, "described-region": 1, "described-devices": 1})
}
