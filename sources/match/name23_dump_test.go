package match

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestName23Dump writes, for every readable named event the matcher
// alerts on with a wrong vendor, the ranker's candidates with their
// scores, the alert's own and the labelled one, to the file NAME23_DUMP
// names.
func TestName23Dump(t *testing.T) {
	out := dumpPath(t, "NAME23_DUMP")
	m := defaultMatcher(t)
	var b strings.Builder
	eachReadable(t, func(set string, c devCase) {
		if !c.positive {
			return
		}
		a, ok := m.Match(c.title, c.body)
		st := pk22Status(c, a, ok)
		if st != "named:wrongname" {
			return
		}
		it := m.rankRead(nx13Unlabel(c.title), c.body)
		ch := rankChoose(it, &a, m.learned.rank)
		s := rankScores(it, m.learned.rank)
		fmt.Fprintf(&b, "%s:%d\t%q\twant %v got %v ok=%v cur=%d best=%d\n", set, c.line, c.title, c.vendors, a.VendorNames(), ch.ok, ch.cur, ch.best)
		for k, cd := range it.cands {
			lab := ""
			if slices.ContainsFunc(c.vendors, func(v string) bool { return looseName(cd.name, v) }) {
				lab = " LABEL"
			}
			fmt.Fprintf(&b, "    %2d %-40q ti=%d li=%d reg=%v maker=%v %.2f%s\n", k, cd.name, cd.ti, cd.li, cd.reg, rankMakerLike(it, &it.cands[k]), s[k], lab)
		}
	})
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
