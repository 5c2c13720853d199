package match

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestName25WrongDump lists every readable named event whose alert
// names another vendor than its labels, with the ranker's candidates
// and scores, and writes every event's named vendors (NAME25_ALL) so
// that two runs can be compared row by row.
func TestName25WrongDump(t *testing.T) {
	out := dumpPath(t, "NAME25_WRONG")
	m := defaultMatcher(t)
	var b, all strings.Builder
	tally := map[string][2]int{}
	eachReadable(t, func(set string, c devCase) {
		if !c.positive {
			return
		}
		kind := eventKind(c)
		a, ok := m.Match(c.title, c.body)
		right := ok && !a.Coverage && r23Right(c, a)
		n := tally[kind]
		n[1]++
		if right {
			n[0]++
		}
		tally[kind] = n
		fmt.Fprintf(&all, "%s:%d\t%s\t%v\t%v\t%v\t%v\n", set, c.line, kind, ok && !a.Coverage, right, a.VendorNames(), a.Category)
		if kind != "named" || !ok || a.Coverage || right {
			return
		}
		// vendor wrong only: the category right.
		if !r23Right(devCase{category: c.category}, a) {
			return
		}
		fmt.Fprintf(&b, "%s:%d\t%v\t%v/%s\t%s\t%.240s\n", set, c.line, c.vendors, a.VendorNames(), a.Category, c.title, c.body)
		if m.learned != nil && m.learned.rank != nil {
			it := m.rankRead(c.title, c.body)
			s := rankScores(it, m.learned.rank)
			fmt.Fprintf(&b, "\t\ttsig=%d lsig=%d\n", it.tsig, it.lsig)
			for k, cd := range it.cands {
				fmt.Fprintf(&b, "\t\t%q reg=%v ti=%d li=%d maker=%v aside=%v %.1f\n", cd.name, cd.reg, cd.ti, cd.li, rankMakerLike(it, &it.cands[k]), rankAsideOnly(it, &it.cands[k]), s[k])
			}
		}
		for _, sg := range a.Signals {
			fmt.Fprintf(&b, "\t\tsig %s\n", sg.Term)
		}
	})
	fmt.Fprintf(&b, "# %v\n", tally)
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("NAME25_ALL"); p != "" {
		if err := os.WriteFile(p, []byte(all.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
