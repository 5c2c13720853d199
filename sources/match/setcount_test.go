package match

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestSetCounts prints counts, never a row, over every headline set in
// testdata, so that a round's lead can count the unread sets on any tree
// without reading them (docs/detection.md, "Counting the sets"). Sets are
// grouped as unread (blind5 and later, *_held, sn16_tune), early (final,
// blind2–blind4: read in early rounds) and readable (the rest); within
// unread, VW_NEW (comma-separated set names, e.g. "blind33,blind34") splits
// the round's new batches from the old. Per set and per group it prints
// events, right (a labelled vendor named, category right), caught (an
// alert that is not coverage), silent, coverage only, category wrong,
// vendor wrong, look-alikes alerting, right by kind (named, class,
// package) and the strict share (every labelled vendor named, the
// category one of the labelled: testHeadlines' measure); LOSS lines count the losses by
// kind (named, class, package). VW_SETCOUNT=1 runs it; VW_SETCOUNT=readable
// counts the readable sets only, for helpers who must not see the rest.
func TestSetCounts(t *testing.T) {
	if os.Getenv("VW_SETCOUNT") == "" {
		t.Skip("VW_SETCOUNT unset")
	}
	m := defaultMatcher(t)
	newSets := map[string]bool{}
	for _, s := range strings.Split(os.Getenv("VW_NEW"), ",") {
		if s != "" {
			newSets[s] = true
		}
	}
	type agg struct{ sets, ev, right, caught, silent, cov, oth, fp, catW, vendW, strict int }
	tot := map[string]*agg{"unread": {}, "old": {}, "new": {}, "readable": {}, "early": {}}
	loss := map[string]int{}
	files, _ := filepath.Glob("testdata/*.tsv")
	sort.Strings(files)
	var lines []string
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".tsv")
		early := name == "final" || name == "blind2" || name == "blind3" || name == "blind4"
		unread := !early && (strings.HasPrefix(name, "blind") || strings.HasSuffix(name, "_held") || name == "sn16_tune")
		if (unread || early) && os.Getenv("VW_SETCOUNT") == "readable" {
			continue
		}
		var cases []devCase
		okRead := t.Run("read/"+name, func(t *testing.T) { cases = readCases(t, f) })
		if !okRead {
			continue
		}
		var a agg
		kinds := map[string][2]int{} // right, events
		pre := "readable "
		if unread {
			pre = "unread "
		} else if early {
			pre = "early "
		}
		a.sets = 1
		for _, c := range cases {
			al, ok := m.Match(c.title, c.body)
			news := ok && !al.Coverage
			if !c.positive {
				a.oth++
				if news {
					a.fp++
				}
				continue
			}
			a.ev++
			kind := eventKind(c)
			kr := kinds[kind]
			kr[1]++
			kinds[kind] = kr
			if !ok {
				a.silent++
				loss[pre+kind+" silent"]++
				continue
			}
			if al.Coverage {
				a.cov++
				loss[pre+kind+" cov"]++
				continue
			}
			a.caught++
			supply := func(k trust.Category) bool { return k == trust.CategoryOSS || k == trust.CategoryCompromise }
			state := func(k trust.Category) bool { return k == trust.CategoryStateLinks || k == trust.CategoryEspionage }
			catOK := slices.Contains(c.category, al.Category) || supply(al.Category) && slices.ContainsFunc(c.category, supply) ||
				state(al.Category) && slices.ContainsFunc(c.category, state)
			named := len(c.vendors) == 0 || slices.ContainsFunc(c.vendors, func(v string) bool {
				return slices.ContainsFunc(al.VendorNames(), func(n string) bool { return looseName(n, v) })
			})
			if slices.Contains(c.category, al.Category) && !slices.ContainsFunc(c.vendors, func(v string) bool {
				return !slices.ContainsFunc(al.VendorNames(), func(n string) bool { return looseName(n, v) })
			}) {
				a.strict++
			}
			switch {
			case catOK && named:
				a.right++
				kr := kinds[kind]
				kr[0]++
				kinds[kind] = kr
			case !named:
				a.vendW++
				loss[pre+kind+" vendor"]++
			default:
				a.catW++
				loss[pre+kind+" cat"]++
			}
		}
		strict := 0.0
		if a.ev > 0 {
			strict = 100 * float64(a.strict) / float64(a.ev)
		}
		lines = append(lines, fmt.Sprintf("SET %-14s unread=%v ev %3d right %3d caught %3d silent %3d cov %2d catW %2d vendW %2d fp %3d/%3d kinds %d/%d,%d/%d,%d/%d strict %.1f%%",
			name, unread, a.ev, a.right, a.caught, a.silent, a.cov, a.catW, a.vendW, a.fp, a.oth,
			kinds["named"][0], kinds["named"][1], kinds["class"][0], kinds["class"][1], kinds["package"][0], kinds["package"][1], strict))
		keys := []string{"readable"}
		if early {
			keys = []string{"early"}
		}
		if unread {
			keys = []string{"unread", "old"}
			if newSets[name] {
				keys = []string{"unread", "new"}
			}
		}
		for _, k := range keys {
			p := tot[k]
			p.sets += a.sets
			p.ev += a.ev
			p.right += a.right
			p.caught += a.caught
			p.silent += a.silent
			p.cov += a.cov
			p.oth += a.oth
			p.fp += a.fp
			p.catW += a.catW
			p.vendW += a.vendW
		}
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	var lk []string
	for k := range loss {
		lk = append(lk, k)
	}
	sort.Strings(lk)
	for _, k := range lk {
		fmt.Printf("LOSS %-16s %d\n", k, loss[k])
	}
	for _, k := range []string{"unread", "old", "new", "readable", "early"} {
		p := tot[k]
		fmt.Printf("TOTAL %-8s sets %3d ev %4d right %4d caught %4d silent %3d cov %3d catW %3d vendW %3d fp %3d/%4d\n",
			k, p.sets, p.ev, p.right, p.caught, p.silent, p.cov, p.catW, p.vendW, p.fp, p.oth)
	}
}
