package match

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestR25StageDump lists every readable silent event with the stage
// where the learned rescue's paths (rescue, early24, reach24, exit24)
// stop on it now, and the probability.
func TestR25StageDump(t *testing.T) {
	out := dumpPath(t, "R25_STAGE")
	m := defaultMatcher(t)
	var b strings.Builder
	counts := map[string]int{}
	eachReadable(t, func(set string, c devCase) {
		if _, ok := m.Match(c.title, c.body); ok {
			return
		}
		st, p := m.r25Stage(c.title, c.body)
		if !c.positive {
			if p < 0.85 {
				return
			}
			st = "LOOK " + st
		}
		counts[st]++
		fmt.Fprintf(&b, "%s\t%.3f\t%s\t%s\t%v/%v\t%s\t%.240s\n", st, p, set, eventKind(c), c.vendors, c.category, c.title, learnLead(stripCredit(c.body)))
	})
	for k, v := range counts {
		fmt.Fprintf(&b, "# %s %d\n", k, v)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// r25Stage is where the rescue's paths stop on a silent item.
func (m *Matcher) r25Stage(title, text string) (string, float64) {
	title = nx13Unlabel(title)
	plain := *m
	plain.learned = nil
	var rs reachState
	if _, ok := plain.match(nm12Present(title), text, false, &rs, newItem(nm12Present(title))); ok {
		return "rules alert, dropped", -1
	}
	f := &feats{}
	sig, hasSig := m.learnFeatures(title, text, f, false)
	p := m.learned.score(f, 0)
	vendor := false
	for _, h := range f.hits {
		if m.hasVendor[h.pat] {
			vendor = true
		}
	}
	if !hasSig {
		pre := "nosig"
		if vendor {
			pre = "nosig+vendor"
		}
		if !rs.reached {
			return pre + " early exit", p
		}
		if !reachGate(title) {
			return pre + " gate refused", p
		}
		u, src, ok := m.reachUnit(title, text, f)
		if !ok {
			return pre + " no candidate", p
		}
		if p < reachSure {
			return fmt.Sprintf("%s under bar %.2f", pre, reachSure-p), p
		}
		u.category = headCategory(m.learned.head.category(f.idx), u.category)
		if u.category == "" || !rescueHeldText(src, u.category, title, text, u.vendors) {
			return pre + " held text", p
		}
		if !reachForm(title, text, u.category, u.vendors) {
			return pre + " reachForm", p
		}
		if !m.reachEvent(text, f, u.vendors[0].Name) {
			return pre + " lead check", p
		}
		if hasWordIn(title, reachSpeech) {
			return pre + " speech", p
		}
		return pre + " rescued, dropped later", p
	}
	if !rs.reached {
		if !rs.leadSignal {
			return "sig early exit, no lead signal", p
		}
		if !exitGate(title) {
			return "sig early exit, gate refused", p
		}
	}
	if p < m.learned.threshold-rescueBandWidth {
		return "sig low p", p
	}
	vs, src, ok := m.rescueCandidate(title, text, sig, f)
	if !ok {
		return "sig no candidate", p
	}
	bar := rescueSure(src)
	if p < bar-rescueBandWidth {
		return fmt.Sprintf("sig under bar %.2f", bar-p), p
	}
	u, ok := rescueUnit(title, vs, sig, src)
	if !ok {
		return "sig compared", p
	}
	u.category = headCategory(m.learned.head.category(f.idx), u.category)
	if !rescueHeldText(src, u.category, title, text, u.vendors) {
		return "sig held text", p
	}
	if p < bar && !early24Band(title, text, u, src) {
		return "sig band refused", p
	}
	return "sig rescued, dropped later", p
}

// TestR25Figures counts the readable sets as TestR23SilentDump does
// (r23Right), reach25 off and on (R25_FIGURES=1).
func TestR25Figures(t *testing.T) {
	if os.Getenv("R25_FIGURES") == "" {
		t.Skip("R25_FIGURES not set")
	}
	m := defaultMatcher(t)
	defer func() { reach25Off = false }()
	for _, off := range []bool{true, false} {
		reach25Off = off
		var events, right, caught, silent, coverage, looks, looksAlerting int
		eachReadable(t, func(set string, c devCase) {
			a, ok := m.Match(c.title, c.body)
			if !c.positive {
				looks++
				if ok && !a.Coverage {
					looksAlerting++
				}
				return
			}
			events++
			switch {
			case !ok:
				silent++
			case a.Coverage:
				coverage++
			default:
				caught++
				if r23Right(c, a) {
					right++
				}
			}
		})
		t.Logf("reach25Off=%v: events %d right %d caught %d silent %d coverage %d; look-alikes alerting %d of %d", off, events, right, caught, silent, coverage, looksAlerting, looks)
	}
}

// TestR25CorpusDiff lists the corpus's articles whose answer reach25
// changes (R25_CORPUS=path of news-dev.jsonl).
func TestR25CorpusDiff(t *testing.T) {
	path := os.Getenv("R25_CORPUS")
	if path == "" {
		t.Skip("R25_CORPUS not set")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := defaultMatcher(t)
	defer func() { reach25Off = false }()
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		var a struct{ Title, Summary string }
		if json.Unmarshal([]byte(line), &a) != nil {
			continue
		}
		n++
		reach25Off = true
		x, okx := m.Match(a.Title, a.Summary)
		reach25Off = false
		y, oky := m.Match(a.Title, a.Summary)
		if okx != oky || x.Why() != y.Why() {
			t.Logf("%v -> %v %q: %s", okx, oky, a.Title, y.Why())
		}
	}
	t.Logf("%d articles", n)
}
