package match

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestClass25Dump counts every readable set with class25.go's readers off
// and on in one run (all events and class-level ones: right, caught,
// silent, coverage only; look-alikes alerting), lists every row whose
// verdict moved, and, with the readers on, every class-level event that
// is silent, coverage only or of another category.
func TestClass25Dump(t *testing.T) {
	out := dumpPath(t, "CLASS25_DUMP")
	m := defaultMatcher(t)
	type tally struct{ events, right, caught, silent, coverage, looks, looksAlerting int }
	var b strings.Builder
	var all, class [2]tally
	eachReadable(t, func(set string, c devCase) {
		var verdict [2]string
		for i, off := range []bool{true, false} {
			class25Off = off
			a, ok := m.Match(c.title, c.body)
			class25Off = false
			verdict[i] = fmt.Sprintf("%v %v %s %v", ok, a.Coverage, a.Category, a.VendorNames())
			tl := []*tally{&all[i]}
			if c.positive && eventKind(c) == "class" {
				tl = append(tl, &class[i])
			}
			for _, x := range tl {
				if !c.positive {
					x.looks++
					if ok && !a.Coverage {
						x.looksAlerting++
					}
					continue
				}
				x.events++
				switch {
				case !ok:
					x.silent++
				case a.Coverage:
					x.coverage++
				default:
					x.caught++
					if r23Right(c, a) {
						x.right++
					}
				}
			}
			if off || !c.positive || eventKind(c) != "class" {
				continue
			}
			switch {
			case !ok:
				fmt.Fprintf(&b, "SILENT\t%s\t%v\t%s\t%.240s\n", set, c.category, c.title, c.body)
			case a.Coverage:
				fmt.Fprintf(&b, "COVER\t%s\t%v\t%s\t%.240s\n", set, c.category, c.title, c.body)
			case !r23Right(c, a):
				fmt.Fprintf(&b, "WRONG\t%s\t%v got %v/%s\t%s\n", set, c.category, a.VendorNames(), a.Category, c.title)
			}
		}
		if verdict[0] != verdict[1] {
			fmt.Fprintf(&b, "MOVED\t%s\t%v %v/%v\t%s -> %s\t%s\n", set, c.positive, c.vendors, c.category, verdict[0], verdict[1], c.title)
		}
	})
	for i, name := range []string{"off", "on"} {
		fmt.Fprintf(&b, "# %s: all events %d right %d caught %d silent %d coverage %d; look-alikes alerting %d of %d\n", name,
			all[i].events, all[i].right, all[i].caught, all[i].silent, all[i].coverage, all[i].looksAlerting, all[i].looks)
		fmt.Fprintf(&b, "# %s: class events %d right %d caught %d silent %d coverage %d\n", name,
			class[i].events, class[i].right, class[i].caught, class[i].silent, class[i].coverage)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
