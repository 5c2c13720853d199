package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cov23Events are real events as their first reports wrote them, of
// several kinds and paths (a ban, a grounding, a distrust, a listing, a
// package hijacked, a delisting, a directive, a compromise, a regulator's
// halt, a reversal, a class), with the vendor each must name.
var cov23Events = [][2]string{
	{"Commerce bans sale of Kaspersky software in the US", "Kaspersky"},
	{"US Army grounds DJI drones", "DJI"},
	{"Mozilla distrusts Turkish certificate authority e-Tugra", "e-Tugra"},
	{"Commerce adds Chinese quantum firm QuantumCTek to Entity List", "QuantumCTek"},
	{"PyPI package 'ctx' hijacked to steal AWS keys", "ctx"},
	{"Pentagon labels drone maker DJI a Chinese military company", "DJI"},
	{"Apple and Google pull TikTok from US app stores", "TikTok"},
	{"NSA urges owners to retire SonicWall SMA appliances", "SonicWall"},
	{"Ledger's Connect Kit hit by supply-chain attack", "Ledger"},
	{"Italy's privacy regulator halts nudify app Clothoff", "Clothoff"},
	{"Court blocks Montana's TikTok ban", "TikTok"},
	{"Chrome to distrust Entrust certificates", "Entrust"},
	{"Transsion's Tecno W2 phones shipped with preinstalled malware", "Tecno"},
	{"Taiwan bans government agencies from using Chinese-made AI services", ""},
}

// cov23Coverage wrap an event's title in the forms of coverage: a genre
// label, an opener or a tail that explains, looks back or answers
// questions, and a question asked after the clause.
var cov23Coverage = []string{
	"Explained: %s", "Explainer: %s", "Q&A: %s", "FAQ: %s", "Background: %s", "Timeline: %s", "Factbox: %s",
	"Everything you need to know: %s", "What we know so far: %s", "The backstory: %s",
	"%s, explained", "%s: what it means for you", "%s — what it means", "%s, and why it matters",
	"%s: the backstory", "%s: what we know", "%s: everything you need to know", "%s: a timeline",
	"%s: your questions answered", "%s: where things stand", "%s – what happens next", "%s, one year later",
	"%s, the regulator explains",
	"%s: are you affected?", "%s — what comes next?", "%s: what does it mean?", "%s, who is next?", "%s - should you worry?",
}

// cov23News wrap the same titles in the same parts used as news: a
// finding an analysis shows, a timeline or questions as objects, a
// leading question, a question after a full stop (statementOnly).
var cov23News = []string{
	"%s, analysis shows", "%s, timeline shows", "%s, citing unanswered questions",
	"Who is %[2]s? %[1]s", "%s. Could others be next?", "%s in what officials call a first",
}

// TestCov23Grid holds cov23Form's structure: every real event alerts as
// written and under the news wrappers (cov23 changes none of those
// answers), and never alerts as news under a coverage wrapper. With cov23
// off, most coverage cells alerted: the test fails if the reader stops
// reading them.
func TestCov23Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	leaked := 0
	for _, ev := range cov23Events {
		title, v := ev[0], ev[1]
		right := func(a trust.Alert, ok bool) bool { return ok && !a.Coverage && (v == "" || namesLoosely(a, v)) }
		g.check(title, "", []string{"event", title}, right, "event")
		for _, f := range cov23News {
			news := fmt.Sprintf(f, title)
			if strings.Contains(f, "[2]") {
				if v == "" {
					continue
				}
				news = fmt.Sprintf(f, title, v)
			}
			// A news cell the rules leave silent without cov23 is no
			// cell of this structure.
			cov23Off = true
			a, ok := m.Match(news, "")
			cov23Off = false
			if right(a, ok) {
				g.check(news, "", []string{f, title}, right, f)
			}
		}
		for _, f := range cov23Coverage {
			framed := fmt.Sprintf(f, title)
			look.check(framed, "", []string{f, title}, gridSilent, f)
			cov23Off = true
			if a, ok := m.Match(framed, ""); ok && !a.Coverage {
				leaked++
			}
			cov23Off = false
		}
	}
	g.holdWithLookalikes(t, look, "cov23", 1)
	t.Logf("coverage cells alerting with cov23 off: %d of %d", leaked, look.all)
	if leaked < look.all/2 {
		t.Errorf("coverage cells alerting with cov23 off: %d of %d, want at least half (the grid no longer needs the reader)", leaked, look.all)
	}
}

// TestCov23Form holds cov23Form's reading of single titles: the forms, and
// the same words where they are news.
func TestCov23Form(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Chrome to stop trusting Symantec certificates, Google explains timeline", true},
		{"Ban on Kaspersky software, explained", true},
		{"FAQ: the US ban on Kaspersky software", true},
		{"Everything you need to know about the Kaspersky ban", true},
		{"PyPI package hijacked: are you affected?", true},
		{"Will the US ban TikTok?", true},
		{"DeepSeek prompts sent to China Mobile servers, analysis shows", false},
		{"Google: podcast app's update shipped spyware to 2 million phones", false},
		{"Italy just banned Flumbo chatbot over privacy. Could the US be next?", false},
		{"Is Temu spyware? Arkansas attorney general says yes in new lawsuit", false},
		{"Who is TrustCor? Browsers stop trusting certificate authority after Post report", false},
		{"U.S. to ban ZTE?", true},
		{"Commerce bans Kaspersky, citing questions over Russian access", false},
	} {
		if got := cov23Form(c.title); got != c.want {
			t.Errorf("cov23Form(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestVoicesAskGrid holds voicesAsk's structure: a commission's member
// asking for an action, and legislators asking where the lead gives the
// signal, never alert; the same vendors under a commission's vote, an
// agency's order, a one-person regulator's request or a chamber's passing
// alert as before. With cov23 off, a third of the asking cells alerted.
func TestVoicesAskGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	vendors := []string{"TikTok", "DJI", "Hikvision", "Kaspersky"}
	leaked := 0
	off := func(title, lead string) {
		cov23Off = true
		if a, ok := m.Match(title, lead); ok && !a.Coverage {
			leaked++
		}
		cov23Off = false
	}
	for _, v := range vendors {
		for _, who := range []string{"FCC commissioner", "FTC commissioner", "SEC commissioner", "EU commissioner"} {
			for _, ask := range []string{"asks Apple and Google to remove %s from app stores", "calls for %s to be added to Covered List",
				"urges Commerce to blacklist %s", "wants %s banned from federal networks"} {
				title := who + " " + fmt.Sprintf(ask, v)
				look.check(title, "", []string{who, ask}, gridSilent, who)
				off(title, "")
			}
		}
		for _, who := range []string{"Lawmakers", "Senators", "House Republicans"} {
			for _, ask := range []string{"ask Commerce to look into %s", "urge FCC to review %s", "press Commerce to investigate %s"} {
				for _, lead := range []string{
					"They cited the company's ties to Beijing.",
					"The letter says the company has ties to the Chinese military and could be compelled to hand over data.",
				} {
					title := who + " " + fmt.Sprintf(ask, v)
					look.check(title, lead, []string{who, ask}, gridSilent, who)
					off(title, lead)
				}
			}
		}
		for _, news := range []string{"Berlin data commissioner asks Apple and Google to remove %s from app stores",
			"FCC votes to add %s to Covered List", "FCC orders carriers to rip out %s gear",
			"Senate passes bill to ban %s on government devices", "Commerce adds %s to Entity List after lawmakers' urging"} {
			title := fmt.Sprintf(news, v)
			cov23Off = true
			a, ok := m.Match(title, "")
			cov23Off = false
			right := func(b trust.Alert, okb bool) bool {
				return okb && !b.Coverage && okb == ok && b.Category == a.Category && namesLoosely(b, v)
			}
			if ok && !a.Coverage {
				g.check(title, "", []string{news}, right, news)
			}
		}
	}
	g.holdWithLookalikes(t, look, "voicesAsk", 1)
	t.Logf("asking cells alerting with cov23 off: %d of %d", leaked, look.all)
	if leaked < look.all/4 {
		t.Errorf("asking cells alerting with cov23 off: %d of %d, want at least a quarter", leaked, look.all)
	}
}

// TestCov23PurposeGrid holds cov23Purpose: a vendor's own move to cope
// with a hold on it never alerts as news of the hold; an authority's act
// with a purpose clause, and a hold on someone who helped another evade
// one, alert as before.
func TestCov23PurposeGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23Off)
	for _, v := range []string{"Huawei", "ZTE", "SMIC", "Hikvision", "DJI"} {
		for _, move := range []string{"sells its budget phone brand", "spins off its chip unit", "restructures its US arm", "stockpiles equipment", "moves production to Malaysia"} {
			for _, cope := range []string{"to escape US sanctions", "to survive US sanctions", "to evade Entity List restrictions", "to weather sanctions", "to dodge export blacklisting"} {
				title := v + " " + move + " " + cope
				o.silent(title, "", []string{move, cope}, cope)
			}
		}
		for _, news := range []string{"US sanctions %s to curb China's chip ambitions", "Commerce adds %s to Entity List to stop it evading export controls",
			"Treasury sanctions %s for helping Russia evade sanctions", "US bans %s to protect federal networks"} {
			title := fmt.Sprintf(news, v)
			o.news(title, "", []string{news}, v, news)
		}
	}
	o.hold(t, "cov23Purpose", "coping", 4, 0)
}

// TestSpiedOnGrid holds spiedOn: a vendor the object of spying never
// alerts; the same verbs with the vendor as the spy, or the vendor's
// users spied on by its own staff, alert as before.
func TestSpiedOnGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23Off)
	for _, v := range []string{"Huawei", "Kaspersky", "TP-Link", "Cisco", "ZTE"} {
		for _, spy := range []string{"NSA", "Chinese hackers", "Russian intelligence", "GCHQ"} {
			for _, f := range []string{"%s spied on %s for years, documents show", "%s spied on %s executives", "%s eavesdropped on %s engineers, leak shows", "%s has been spying on %s since 2009"} {
				title := fmt.Sprintf(f, spy, v)
				o.silent(title, "", []string{spy, f}, f)
			}
		}
		for _, news := range []string{"%s spied on African Union headquarters for years, report says", "Lawsuit accuses %s of spying on users for Chinese government",
			"%s staff snooped on %[1]s users' locations, probe finds", "Court finds %s spied on journalists"} {
			title := fmt.Sprintf(news, v)
			o.news(title, "", []string{news}, v, news)
		}
	}
	o.hold(t, "spiedOn", "spied-on", 4, 0)
}
