package match

import (
	"fmt"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The parts of TestCov22Grid's cells: an actor's action on a vendor in
// the title, and a lead that recounts it with background the rules read
// as coverage (a warning cited, an order followed, a ban the act falls
// under).
var (
	cov22Actors  = []string{"Czech government", "South Korea", "Panasonic", "US", "Auburn University", "Home Affairs", "Germany", "Texas"}
	cov22Acts    = []string{"tells ministries to drop %s", "halts new downloads of %s", "orders %s off Commonwealth systems", "blocks %s on campus Wi-Fi", "halts shipments of some components to %s", "tightens the screws on %s with fresh chip curbs"}
	cov22Vendors = []string{"DeepSeek", "Kaspersky", "Huawei"}
	cov22Leads   = []string{
		"The cabinet banned the use of the Chinese company's products in public administration, citing the cybersecurity agency's warning.",
		"The regulator said the Chinese company's app was taken off local app stores until it addresses privacy concerns.",
		"The move follows the governor's executive order barring the Chinese company from state networks over concerns about data collection.",
		"The company said it had stopped supplying parts that fall under the US ban on the Chinese company.",
	}
	// cov22Frames wrap the same title in what makes an item coverage for
	// what it is: a webinar, a podcast, commentary, a roundup, background,
	// a question, talk.
	cov22Frames = []string{
		"Webinar: %s", "Podcast: %s", "Opinion: %s", "Analysis: %s", "Week in review: %s",
		"Why %s", "Lessons from when %s", "%s? Experts weigh in", "%s, explained",
		"%s last year, report says", "Roundup: %s and more", "Inside the fight as %s",
		"How %s", "Experts react as %s", "Study: %s", "Could %s",
	}
)

// TestCov22Grid holds cov22Rescue's structure. News: a title with an
// actor's action on the vendor, a lead the rules read as coverage only;
// the rescue's alert, naming the vendor, replaces the coverage (and at
// least half the cells need cov22Rescue: off, they stay coverage).
// Look-alikes: the same titles and leads framed as a webinar, podcast,
// commentary, roundup, background or a question; wherever the rules
// answer such a cell with coverage or silence, it stays so.
func TestCov22Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	needed, framedCov := 0, 0
	for _, actor := range cov22Actors {
		for _, act := range cov22Acts {
			for _, lead := range cov22Leads {
				for _, v := range cov22Vendors {
					title := actor + " " + fmt.Sprintf(act, v)
					cov22Off = true
					a, ok := m.Match(title, lead)
					cov22Off = false
					if ok && a.Coverage {
						needed++
					}
					right := func(a trust.Alert, ok bool) bool { return ok && !a.Coverage && namesLoosely(a, v) }
					g.check(title, lead, []string{actor, act, v}, right, "actor "+actor, "act "+act)
					for _, f := range cov22Frames {
						framed := fmt.Sprintf(f, title)
						cov22Off = true
						a, ok := m.Match(framed, lead)
						cov22Off = false
						if !gridSilent(a, ok) {
							continue // the rules' own alert, not cov22Rescue's
						}
						framedCov++
						look.check(framed, lead, []string{f, v}, gridSilent, "frame "+f)
					}
				}
			}
		}
	}
	g.stat.log(t, "%s: %d/%d")
	t.Logf("news cells needing cov22Rescue: %d of %d; framed cells the rules leave coverage or silent: %d", needed, g.all, framedCov)
	g.holdWithLookalikes(t, look, "cov22", 0.82)
	if 2*needed < g.all {
		t.Errorf("%d of %d news cells need cov22Rescue, want at least half", needed, g.all)
	}
	if framedCov < 1000 {
		t.Errorf("%d framed cells left coverage by the rules, want at least 1000", framedCov)
	}
}
