package match

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestEarly24Dump lists every readable row and real feed article the
// rules' early exit ends (no registry vendor, no term in the title), with
// what the rescue would make of it.
func TestEarly24Dump(t *testing.T) {
	out := dumpPath(t, "EARLY24_DUMP")
	m := defaultMatcher(t)
	plain := *m
	plain.learned = nil
	var b strings.Builder
	row := func(kind, set, title, body string) {
		if _, ok := m.Match(title, body); ok {
			return
		}
		var rs reachState
		unl := nx13Unlabel(title)
		present := nm12Present(unl)
		if _, ok := plain.match(present, body, false, &rs, nil); ok || rs.reached {
			return
		}
		f := &feats{}
		sig, ok := m.learnFeatures(unl, body, f, false)
		if !ok {
			fmt.Fprintf(&b, "%s\tnosig\t\t%s\t%s\t%.160s\n", kind, set, title, body)
			return
		}
		p := m.learned.score(f, 0)
		st := "cand"
		vs, src, ok := m.rescueCandidate(unl, body, sig, f)
		if !ok {
			st = "nocand"
		}
		a, alerted := m.rescue(unl, body)
		res := ""
		if alerted {
			res = fmt.Sprintf("ALERT %v/%s cov=%v", a.VendorNames(), a.Category, a.Coverage)
		}
		fmt.Fprintf(&b, "%s\t%s\t%.3f\t%v:%s\t%s\t%s\t%s\t%.160s\n", kind, st, p, vs, rescueSourceNames[src], res, set, title, body)
	}
	eachReadable(t, func(set string, c devCase) {
		k := "LOOK"
		if c.positive {
			k = "EVENT"
		}
		row(k, set, c.title, c.body)
	})
	arts, _ := realArticles(t)
	for _, a := range arts {
		row("FEED", "feeds", a.title, a.text)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
