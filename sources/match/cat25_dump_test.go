package match

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestCat25WrongCategoryDump lists every readable event that alerts with
// one of its vendors named but a category logBatch counts wrong, and a
// tally of label category -> alert category.
func TestCat25WrongCategoryDump(t *testing.T) {
	out := dumpPath(t, "CAT25_DUMP")
	m := defaultMatcher(t)
	var b strings.Builder
	tally := map[string]int{}
	var right, caught, events int
	eachReadable(t, func(set string, c devCase) {
		if !c.positive {
			return
		}
		events++
		a, ok := m.Match(c.title, c.body)
		if !ok || a.Coverage {
			return
		}
		caught++
		if r23Right(c, a) {
			right++
			fmt.Fprintf(&b, "RIGHT\t%s\t%d\t%v -> %s\t%s\t%.200s\n", set, c.line, c.category, a.Category, c.title, c.body)
			return
		}
		named := len(c.vendors) == 0 || slices.ContainsFunc(c.vendors, func(v string) bool {
			return slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, v) })
		})
		if !named {
			return
		}
		labels := make([]string, len(c.category))
		for i, k := range c.category {
			labels[i] = string(k)
		}
		key := strings.Join(labels, "|") + " -> " + string(a.Category)
		tally[key]++
		fmt.Fprintf(&b, "WRONG\t%s\t%d\t%s\t%s\t%v\t%s\t%.300s\n", set, c.line, key, eventKind(c), a.VendorNames(), c.title, c.body)
	})
	keys := make([]string, 0, len(tally))
	for k := range tally {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y string) int { return tally[y] - tally[x] })
	for _, k := range keys {
		fmt.Fprintf(&b, "# %4d %s\n", tally[k], k)
	}
	fmt.Fprintf(&b, "# events %d caught %d right %d\n", events, caught, right)
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
