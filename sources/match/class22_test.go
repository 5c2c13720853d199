package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCl22Tune holds the matcher to testdata/cl22_tune.tsv, the class-level
// family's file written blind for the twenty-second round (100 events, 67
// of them class-level, and 100 look-alikes): 74/100 right (class 48/67,
// named 26/33; 66/100 with every vendor named) and 7/100 look-alikes
// alerting at the start; 75/100 (class 48/67, named 27/33; 66/100) and
// 5/100 after class22.
func TestCl22Tune(t *testing.T) {
	testBatchFP(t, "testdata/cl22_tune.tsv", 0.64, 0.06)
}

// TestCl22WarnedGrid holds class22's readings on a grid of their parts:
// an authority's warning about a kind of a country's make told with a
// risk or a harm after the kind (authorities × countries × kinds ×
// clauses, with and without an advisory lead), against warnings by
// lawmakers, researchers or reports, warnings of hackers, flaws or
// safety, and a finding with no risk told; and a ban floated (any voice,
// any kind) against one passed.
func TestCl22WarnedGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	authorities := []string{"CISA and FBI warn", "DHS warns", "FBI warns", "NCSC warns", "Cyber agency warns", "NSA warned"}
	kinds := []string{"Chinese-made drones", "Chinese-made routers", "Russian-made software", "Chinese-manufactured drones", "China-made cameras"}
	clauses := []string{"pose risk to critical infrastructure", "may be sending data to their makers", "pose national security risk",
		"threaten critical infrastructure", "may be collecting sensitive data"}
	leads := []string{"", "The agencies urged operators to review their fleets."}
	for _, a := range authorities {
		for _, k := range kinds {
			for i, c := range clauses {
				title := a + " " + k + " " + c
				g.check(title, leads[i%2], []string{a, k, c}, gridAlerts(trust.CategoryDirective, ""), "warn/"+c)
			}
		}
	}
	voices := []string{"Lawmakers warn", "Researchers warn", "Report warns", "Analysts warn", "Senators warn"}
	for _, v := range voices {
		for _, k := range kinds {
			look.check(v+" "+k+" pose risk to critical infrastructure", "", []string{"voice", v}, gridSilent)
		}
	}
	for _, a := range authorities {
		for _, t2 := range []string{"Chinese hackers may be targeting routers", "flaws in Chinese-made cameras pose risk to networks",
			"Chinese-made power banks pose fire risk", "Chinese-made drones are popular with farmers", "Chinese hackers pose risk to critical infrastructure",
			"of Russia-linked APT28 attacks on French entities"} {
			look.check(a+" "+t2, "", []string{"threat", a}, gridSilent)
		}
	}
	for _, v := range []string{"Lawmakers float", "Senators float", "MPs floated", "Commerce floats", "Regulator floats"} {
		for _, o := range []string{"ban on Chinese-made surveillance cameras", "ban on Chinese drones in federal projects",
			"rule to bar Chinese connected-vehicle software", "ban on Chinese CCTV in government buildings"} {
			look.check(v+" "+o, "", []string{"floated", v}, gridSilent)
		}
	}
	for _, title := range []string{"Lawmakers pass ban on Chinese drones", "Commerce bars Chinese connected-vehicle software",
		"FCC bans Chinese-made surveillance cameras"} {
		g.check(title, "", []string{"passed"}, gridBanOrDirective(""), "passed")
	}
	g.holdWithLookalikes(t, look, "class22 grid", 0.9)
	g.stat.log(t, "%s: %d/%d")
}

// TestCl22SplitGrid holds cl22SplitOut on a grid: a riddance verb split
// from its "out" by a named vendor's product (actors × verbs × objects ×
// places), against the same verbs and particle with no authority or no
// vendor (a maker's lineup, a market's ranking, people).
func TestCl22SplitGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, actor := range []string{"China moves to", "China to", "Beijing tells state firms to", "Germany to", "Ministry orders carriers to"} {
		for _, verb := range []string{"phase", "rip", "strip"} {
			for _, obj := range [][2]string{{"Intel and AMD chips", "Intel"}, {"Huawei components", "Huawei"}, {"ZTE equipment", "ZTE"}, {"Hikvision cameras", "Hikvision"}} {
				for _, place := range []string{"out of government computers", "out of 5G networks", "out"} {
					title := actor + " " + verb + " " + obj[0] + " " + place
					g.check(title, "", []string{verb, obj[1], place}, gridBanOrDirective(obj[1]), "split/"+verb)
				}
			}
		}
	}
	for _, title := range []string{"Carmaker phases diesel engines out of its lineup", "Police kick protesters out of the square",
		"Apple pushes Samsung out of top spot in phone sales", "Fans phase Nike shoes out of their wardrobes",
		"Samsung phases older Galaxy phones out of update schedule", "Intel phases AMD out of first place in chip sales",
		"Huawei pushes Apple out of China's top five", "Microsoft phases Internet Explorer out of Windows 11"} {
		look.check(title, "", []string{"look-alike"}, gridSilent)
	}
	g.holdWithLookalikes(t, look, "class22 split grid", 0.85) // 159/180: cells the unsplit title misses too ("strip ... chips")
	g.stat.log(t, "%s: %d/%d")
}

// TestCl22WithoutGrid holds cl22Without: a rule adopted "without" a bar
// on a vendor is silent (actors × instruments × gerunds × vendors),
// while the bar itself alerts and "without" elsewhere ("without delay")
// leaves it alone.
func TestCl22WithoutGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, actor := range []string{"Brazil approves 5G auction rules", "Germany adopts 5G security law", "India clears 5G trials"} {
		for _, ger := range []string{"barring", "banning", "excluding", "restricting"} {
			for _, v := range []string{"Huawei", "ZTE", "Hikvision"} {
				look.check(actor+" without "+ger+" "+v, "", []string{ger, v}, gridSilent)
			}
		}
	}
	for _, v := range []string{"Huawei", "ZTE", "Hikvision"} {
		for _, title := range []string{"Brazil bars " + v + " from 5G auction", "UK moves to ban " + v + " without delay",
			"Canada bans " + v + ", without compensation for carriers"} {
			g.check(title, "", []string{v}, gridBanOrDirective(v), "bar")
		}
	}
	g.holdWithLookalikes(t, look, "class22 without grid", 1)
}
