package match

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestName26CauseDump sorts every readable named event whose alert has
// the right category and another vendor than its labels by the cause
// the clause shows, and writes the rows and a tally to $NAME26_CAUSES:
// the alert's name in a role beside the action (name26RoleAt), a class,
// a name that is no maker's, the labelled vendor written in neither
// field, or the labelled vendor written as the product or the maker of
// the alert's (a tie of the two), else "other".
func TestName26CauseDump(t *testing.T) {
	out := dumpPath(t, "NAME26_CAUSES")
	m := defaultMatcher(t)
	var b strings.Builder
	tally := map[string]int{}
	roles := []string{"none", "addressee", "victim", "attacker", "reporter", "opening", "fronted"}
	eachReadable(t, func(set string, c devCase) {
		if !c.positive || eventKind(c) != "named" {
			return
		}
		a, ok := m.Match(c.title, c.body)
		if !ok || a.Coverage || r23Right(c, a) || !r23Right(devCase{category: c.category}, a) {
			return
		}
		it := m.rankRead(c.title, c.body)
		lead := learnLead(stripCredit(c.body))
		written := slices.ContainsFunc(c.vendors, func(v string) bool {
			return containsFold(c.title, strings.ToLower(v)) || containsFold(lead, strings.ToLower(v))
		})
		cause := "other"
		switch {
		case len(a.Vendors) > 0 && a.Vendors[0].Class != "":
			cause = "class"
		case !written:
			cause = "unwritten"
		}
		if cause == "other" {
			for _, v := range a.Vendors {
				k := rankFind(it, v)
				if k < 0 {
					continue
				}
				cd := &it.cands[k]
				for _, f := range [...]struct {
					ws   []titleWord
					i, n int
				}{{it.tw, cd.ti, cd.tn}, {it.lw, cd.li, cd.ln}} {
					if r, _ := name26RoleAt(f.ws, f.i, f.i+f.n); r != n26None {
						cause = "role:" + roles[r]
					}
				}
				if cause == "other" && !rankMakerLike(it, cd) {
					cause = "nonmaker"
				}
			}
		}
		if cause == "other" && name26Tied(c.title+". "+lead, a.VendorNames(), c.vendors) {
			cause = "maker/product"
		}
		tally[cause]++
		fmt.Fprintf(&b, "%s\t%s:%d\t%v\t%v/%s\t%s\t%.200s\n", cause, set, c.line, c.vendors, a.VendorNames(), a.Category, c.title, c.body)
	})
	var keys []string
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "# %s %d\n", k, tally[k])
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// name26Tied: text writes one of names and one of labels within four
// words of each other with a possessive, "from", "by" or "of" between:
// a maker and its product.
func name26Tied(text string, names, labels []string) bool {
	ws := titleWords(text)
	at := func(n string) []int {
		var out []int
		if i, _ := rankSpan(ws, n); i >= 0 {
			out = append(out, i)
		}
		return out
	}
	for _, n := range names {
		for _, l := range labels {
			for _, i := range at(n) {
				for _, j := range at(l) {
					lo, hi := min(i, j), max(i, j)
					if hi-lo > 5 {
						continue
					}
					for k := lo; k < hi; k++ {
						w := ws[k].lc()
						if w == "from" || w == "by" || w == "of" || w == "its" || ws[k].text != cutPossessive(text[ws[k].start:ws[k].end]) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}
