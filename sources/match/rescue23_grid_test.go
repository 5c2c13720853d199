package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRescueClassWrittenGrid: the rescue's last class candidate
// (rescue23.go) over governments × verbs × qualifiers × kinds, and
// look-alikes built from the same parts: no government or law acting, a
// kind that is a firm's ("its", a possessive), no kind of product, no
// technology, a category no class is acted on in, a step not taken. The
// candidate is checked as learnClassWritten names it; the cells through
// Match are counted (the model decides on invented rows) and the
// look-alikes held silent there.
func TestRescueClassWrittenGrid(t *testing.T) {
	m := defaultMatcher(t)
	ban := trust.SignalHit{Term: "bars", Category: trust.CategoryBan, Weight: 5}
	written := func(title string, sig trust.SignalHit) string {
		f := &feats{}
		m.learnFeatures(title, "", f, false)
		vs := m.learnClassWritten(headline(titleWords(title)), nil, sig, f)
		if len(vs) == 0 {
			return ""
		}
		return vs[0].Class
	}
	type cell struct{ title, want string }
	var cells []cell
	govs := []string{"Kremlin", "The government", "Parliament", "Federal regulators", "Ministry"}
	verbs := []string{"orders state firms to drop", "bars officials from using", "tells agencies to remove", "bans"}
	quals := []string{"foreign", "connected", "foreign-made", ""}
	kinds := []string{"software", "smartphones", "routers", "drones", "equipment"}
	for _, g := range govs {
		for _, v := range verbs {
			for _, q := range quals {
				for _, k := range kinds {
					want := strings.TrimSpace(q + " " + k)
					cells = append(cells, cell{g + " " + v + " " + want, want})
				}
			}
		}
	}
	type look struct {
		title string
		sig   trust.SignalHit
	}
	var looks []look
	for _, k := range kinds {
		looks = append(looks,
			// No government or law acting.
			look{"Retailers drop foreign " + k, ban},
			look{"Users switch to connected " + k, ban},
			// A firm's kind.
			look{"Zorbtek sues Commerce over ban on its " + k, ban},
			look{"Ministry bars Zorbtek's connected " + k, ban},
			// A step not taken.
			look{"Ministry proposes banning foreign " + k, ban},
			// A category no class is acted on in.
			look{"Ministry says foreign " + k + " were hacked", trust.SignalHit{Term: "hacked", Category: trust.CategoryCompromise, Weight: 5}},
		)
	}
	// No kind of product, no technology.
	for _, o := range []string{"foreign grain", "imported timber", "officials from travelling"} {
		looks = append(looks, look{"Ministry bars " + o, ban})
	}
	right := 0
	for _, c := range cells {
		if got := written(c.title, ban); got == c.want {
			right++
		} else {
			t.Logf("miss: %q: got %q, want %q", c.title, got, c.want)
		}
	}
	for _, c := range looks {
		if got := written(c.title, c.sig); got != "" && !cl15Vetoed(c.title, unit{ok: true, category: c.sig.Category, vendors: []trust.VendorHit{{Name: got, Class: got, Unlisted: true}}}) {
			t.Errorf("look-alike class: %q: got %q", c.title, got)
		}
	}
	t.Logf("written classes: %d of %d right, %d look-alikes", right, len(cells), len(looks))
	if right < len(cells)*9/10 {
		t.Errorf("written classes: %d of %d right, want 90%%", right, len(cells))
	}
	g, lg := newProbeGrid(m), newProbeGrid(m)
	for _, c := range cells {
		g.check(c.title, "", nil, func(a trust.Alert, ok bool) bool { return ok && !a.Coverage })
	}
	for _, c := range looks {
		lg.check(c.title, "", []string{"look"}, func(a trust.Alert, ok bool) bool {
			// Only the rescue's alerts are this file's: the rules' are
			// logged.
			if ok && !a.Coverage && !strings.HasPrefix(a.Signals[len(a.Signals)-1].Term, "learned") {
				t.Logf("known look-alike alerting (rules): %q -> %v", c.title, a.VendorNames())
				return true
			}
			return gridSilent(a, ok)
		})
	}
	g.holdWithLookalikes(t, lg, "written class cells through Match", 0)
}

// TestRescueSureBySource: the bars the held-out folds chose, by source.
func TestRescueSureBySource(t *testing.T) {
	for _, c := range []struct {
		src  rescueSource
		want float64
	}{
		{rescueTitleVendor, learnThreshold}, {rescueTitle, learnThreshold}, {rescuePackage, learnThreshold},
		{rescueLeadName, learnThreshold}, {rescueClass, learnThreshold}, {rescueClassWritten, learnThreshold},
		{rescueLead, learnSure}, {rescueTitleName, learnSure},
	} {
		if got := rescueSure(c.src); got != c.want {
			t.Errorf("rescueSure(%s) = %.2f, want %.2f", rescueSourceNames[c.src], got, c.want)
		}
	}
}
