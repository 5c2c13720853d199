package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestExit24Grid holds the rescue's turn on items the rules' early exit
// ends (no word of the lexicon in the title, no registry vendor
// anywhere): titles of a headline's structure (a channel, a kind of
// product, an authority) or naming a vendor, beside lead sentences that
// tell the event (a vendor's channel turned, a store's removal, a
// government's ban), alert; the same titles beside leads built from the
// same parts that tell no event (a fix, a sale, a channel's ordinary
// release, a ban only weighed) stay silent. With exit24 off no news cell
// alerts through it: the grid counts the cells that need the path.
func TestExit24Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	titles := []string{
		"Operation Quietgate: how a PC maker's own updater became the delivery vehicle",
		"Quillfeather's updater became the delivery vehicle",
		"Brellix wipes Quillfeather apps from its store",
		"Stonebridge wipes Quillfeather apps from its marketplace",
		"The Quillfeather installer that fooled half a million PCs",
	}
	type lead struct{ text, vendor string }
	news := []lead{
		{"Attackers hijacked Quillfeather's Live Update utility and used the company's servers and a valid certificate to push a backdoor to an estimated 500,000 Windows machines.", "Quillfeather"},
		{"Hackers compromised the Quillfeather update server and pushed a trojanized installer to the company's customers.", "Quillfeather"},
		{"Google removed the Quillfeather apps from the Play Store after researchers found they carried a hidden backdoor.", "Quillfeather"},
	}
	looks := []string{
		"Quillfeather patched a flaw in its update server that researchers reported in March.",
		"Tarnwick Software released a new version of its installer with faster downloads.",
		"Brellix said it would sell its Live Update business to a private equity firm.",
		"Lawmakers asked whether Quillfeather's updater could be hijacked to push a backdoor.",
		"Quillfeather apps rose to the top of the Play Store charts after a marketing push.",
		"Researchers said a fake Quillfeather installer carried a backdoor; the real one was never touched.",
	}
	need := 0
	for _, title := range titles {
		for _, l := range news {
			if g.check(title, l.text, []string{"lead", l.vendor}, func(a trust.Alert, ok bool) bool { return ok && !a.Coverage && namesLoosely(a, l.vendor) }) {
				exit24Off = true
				if _, ok := m.Match(title, l.text); !ok {
					need++
				}
				exit24Off = false
			}
		}
		for _, r := range looks {
			look.check(title, r, []string{"look-alike"}, gridSilent)
		}
	}
	g.holdWithLookalikes(t, look, "exit24 grid", 0.6)
	t.Logf("exit24 grid: %d news cells alert only through exit24", need)
	if need < 4 {
		t.Errorf("%d news cells need exit24, want at least 4: the grid no longer tests it", need)
	}
}

// TestExit24Gate holds exitGate, the cheap test of a title before the
// rescue reads an early exit's item: a word of the headline's structure
// or a name (a capital after the first word in a title not in Title
// Case) passes; a Title Case title passes only on its structure, and a
// title of neither (a roundup, a feature's line) never.
func TestExit24Gate(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Operation Quietgate: how a PC maker's own updater became the delivery vehicle", true},
		{"Brellix wipes Quillfeather from its shelves", true},
		{"Interior grounds its drone fleet over Chinese-made parts", true},
		{"A Trusted Tool Turned Against Its Own Users", false},
		{"A Trusted Tool Turned Against Its Own Updater", true},
		{"Weekly roundup: what we read this week", false},
		{"A trusted tool turned against its own users", false},
		{"Why the week felt so long", false},
	} {
		if got := exitGate(c.title); got != c.want {
			t.Errorf("exitGate(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { exitGate("Operation Quietgate: how a PC maker's own updater became the delivery vehicle") }); n != 0 {
		t.Errorf("exitGate allocates %v times, want 0", n)
	}
}
