package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The pkq19 probe grid: a title-only package compromise whose package
// the title writes as code, with no registry or kind word ("Attackers
// hijack zorb_utils to spread cryptominer", "Trojanized quux-fmt
// releases steal cloud credentials"), or in Title Case beside its registry's word, varied one
// axis at a time: the compromise's form ({S}: subject and verb, a
// passive, an adjective), the package ({P}) and what follows ({T}).
// Every cell must alert in category oss naming the package. The
// look-alike grid beside it puts the same packages in the titles that
// must stay silent: fakes and typosquats, lures aimed at a package's
// developers, flaws, reports, an ordinary release, the package as a
// tool attackers used.
var (
	// {P} the package as its registry writes it, or Title Case beside its
	// registry's word.
	pkq19Pkgs = []string{"quux-fmt", "zorb_utils", "zorbkit.js", "@zorb/utils", "zorb/setup-env", "num2zorb",
		"Zorb Utils npm package", "Zorbkit PyPI package", "Zorb Tabs Chrome extension",
		"Zorb Lint VS Code extension", "zorb/setup GitHub Action", "Zorbgress Docker image"}
	// {S} the compromise told around {P}
	pkq19Shapes = []string{
		"Attackers hijack {P}",
		"Hackers hijacked {P}",
		"Worm backdoors {P}",
		"Attackers trojanize {P}",
		"Hackers poison {P}",
		"Attackers compromise {P}",
		"Stolen token used to backdoor {P}",
		"{P} hijacked",
		"{P} backdoored",
		"{P} compromised",
		"Hijacked {P}",
		"Trojanized {P}",
		"Attackers push malicious versions of {P}",
		"Hackers publish malicious releases of {P}",
		"Attackers take over {P}",
		"Hackers took over {P}",
		"Attackers tamper with {P}",
	}
	// {T} what follows
	pkq19Tails = []string{"to steal cloud credentials", "to spread cryptominer", "in supply chain attack", ""}

	// pkq19Quiet are the look-alikes: {P} as above, never a trusted
	// release turned.
	pkq19Quiet = []string{
		"Malicious packages mimicking {P} steal cloud credentials",
		"Fake {P} package steals cloud credentials",
		"Typosquat of {P} spreads cryptominer",
		"Malicious {P} clone steals cloud credentials",
		"Attackers target {P} developers with fake job offers",
		"Malicious packages targeting {P} developers steal tokens",
		"Vulnerability in {P} lets attackers hijack servers",
		"Flaw in {P} could let hackers hijack accounts",
		"Attackers abuse {P} to hijack cloud accounts",
		"Attackers hijack servers running {P}",
		"Report: supply chain attacks on {P} users rose in 2025",
		"Researchers publish report on {P} security",
		"Maintainer releases {P} 4.2.1 with faster builds",
		"{P} 4.2.1 fixes bug that let attackers hijack sessions",
		"Lessons from the {P} compromise, one year on",
		"Attackers take over {P} users' cloud accounts",
	}
	// pkq19English are hyphenated English beside a compromise word: a
	// description of the noun after it, or a noun the compromise is.
	pkq19English = []string{
		"Threat actors use custom malware to backdoor business-grade routers",
		"Botnet infects low-cost Android TV boxes for DDoS attacks",
		"Zorbsoft Defender now auto-isolates compromised accounts",
		"Lawmakers strike late-night compromise on AI rules",
		"Attackers hijack high-value accounts with session cookies",
		"Hijacked third-party scripts skim card data",
	}
)

// pkq19Name is the name a cell must alert with: the code, or the Title
// Case name before its registry's word.
func pkq19Name(p string) string {
	for _, kind := range []string{" npm", " PyPI", " Chrome", " VS Code", " GitHub", " Docker"} {
		if i := strings.Index(p, kind); i > 0 {
			return p[:i]
		}
	}
	return p
}

func TestPkq19Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for si, s := range pkq19Shapes {
		for ti, tail := range pkq19Tails {
			for _, p := range pkq19Pkgs {
				title := strings.TrimSpace(strings.ReplaceAll(s, "{P}", p) + " " + tail)
				axes := []string{"S" + string(rune('a'+si)), "T" + string(rune('0'+ti)), p}
				g.check(title, "", axes, gridAlerts(trust.CategoryOSS, pkq19Name(p)), axes...)
			}
		}
	}
	// "Attackers tamper with Zorbkit PyPI package" (18 cells, Title Case
	// beside a kind word) no shape reads yet: every other cell is right.
	g.holdExpected(t, newProbeGrid(m), "PKQ19_FAILS", 0.977)
}

func TestPkq19Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for qi, q := range pkq19Quiet {
		for _, p := range pkq19Pkgs {
			title := strings.ReplaceAll(q, "{P}", p)
			axes := []string{"Q" + string(rune('a'+qi)), p}
			g.check(title, "", axes, gridSilent, axes...)
		}
	}
	for _, title := range pkq19English {
		g.check(title, "", []string{"english"}, gridSilent, "english")
	}
	g.stat.log(t, "%s: %d/%d")
	writeFails(t, "PKQ19_QUIET_FAILS", g.fails)
	// Every cell of a package written as code stays silent. Of the Title
	// Case ones beside a registry's word, "Attackers abuse Zorbkit PyPI
	// package to hijack cloud accounts", "Attackers hijack servers
	// running ..." and "Attackers take over ... users' cloud accounts"
	// (18 cells) alerted before pkq19 and still do: a gap of the
	// kind-word shapes, held here to no more.
	kind := 0
	for _, f := range g.fails {
		if !strings.Contains(f, " package") && !strings.Contains(f, " extension") && !strings.Contains(f, " Action") && !strings.Contains(f, " image") {
			t.Errorf("alerts: %s", f)
		} else {
			kind++
		}
	}
	if kind > 18 {
		t.Errorf("look-alikes beside a kind word alerting: %d, want at most 18", kind)
	}
	t.Logf("look-alikes: %d of %d silent", g.right, g.all)
}
