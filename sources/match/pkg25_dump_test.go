package match

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPkg25Dump matches every readable row and every corpus item with
// pk25Off set and unset and lists every package row that is not right
// after (its lead too, and for a silent row where the rescue stops),
// every row or item whose alert changed, and the counts of both runs.
func TestPkg25Dump(t *testing.T) {
	out := dumpPath(t, "PKG25_DUMP")
	m := defaultMatcher(t)
	both := func(title, body string) (before, after trust.Alert, okb, oka bool) {
		pk25Off = true
		before, okb = m.Match(title, body)
		pk25Off = false
		after, oka = m.Match(title, body)
		return
	}
	var b strings.Builder
	var tb, ta pkgTally
	var gains, losses, named int
	eachReadable(t, func(set string, c devCase) {
		before, after, okb, oka := both(c.title, c.body)
		pkgCount(&tb, c, before, okb)
		pkgCount(&ta, c, after, oka)
		sb, sa := dumpShow(before, okb), dumpShow(after, oka)
		if c.positive && eventKind(c) == "package" && dumpState(c, after, oka) != "right" {
			stage := ""
			if !oka {
				f := &feats{}
				pr := -1.0
				if _, ok := m.learnFeatures(c.title, c.body, f, false); ok {
					pr = m.learned.score(f, 0)
				}
				stage = fmt.Sprintf(" %s %.3f", m.RescueStage(c.title, c.body, pr), pr)
			}
			fmt.Fprintf(&b, "PKG\t%s:%d\t%v\t%s %s%s\t%s\n\tLEAD\t%.300s\n", set, c.line, c.vendors, dumpState(c, after, oka), sa, stage, c.title, firstSentence(c.body))
		}
		if sb != sa {
			ta.changed++
			kind := "LOOK"
			if c.positive {
				kind = eventKind(c)
				if kind == "named" {
					named++
				}
				switch wb, wa := dumpState(c, before, okb), dumpState(c, after, oka); {
				case wb == "right" && wa != "right":
					losses++
				case wb != "right" && wa == "right":
					gains++
				}
			}
			fmt.Fprintf(&b, "CHANGED\t%s\t%s:%d\t%v\t%s -> %s\t%s\n", kind, set, c.line, c.vendors, sb, sa, c.title)
		}
	})
	fmt.Fprintf(&b, "# package rows %d: right %d -> %d, caught %d -> %d; look-alikes alerting %d -> %d; rows changed %d (wrong->right %d, right->wrong %d, named rows changed %d)\n",
		tb.rows, tb.right, ta.right, tb.caught, ta.caught, tb.looks, ta.looks, ta.changed, gains, losses, named)
	if f, err := os.Open(filepath.Join("..", "..", "..", "shared", "corpus", "news-dev.jsonl")); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		changed := 0
		for sc.Scan() {
			var art struct{ Title, Summary, Link string }
			if json.Unmarshal(sc.Bytes(), &art) != nil {
				continue
			}
			before, after, okb, oka := both(art.Title, art.Summary)
			if sb, sa := dumpShow(before, okb), dumpShow(after, oka); sb != sa {
				changed++
				fmt.Fprintf(&b, "CORPUSCHANGED\t%s\t%s -> %s\t%s\n", art.Link, sb, sa, art.Title)
			}
		}
		fmt.Fprintf(&b, "# corpus alerts changed %d\n", changed)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPkg25Spelling (env-gated PKG25_SPELLING) counts the readable rows
// right by r23Right's name comparison (looseName: one name holding the
// other, case aside) and right by a looser one that also drops spaces
// and punctuation (pk24Spelled: "Laravel Lang" and "laravel-lang"), by
// kind, and lists the rows the looser one adds and the look-alikes it
// would not change (a look-alike alerts whatever it names). A proposal
// for the tests' comparison, not a matcher change.
func TestPkg25Spelling(t *testing.T) {
	out := dumpPath(t, "PKG25_SPELLING")
	m := defaultMatcher(t)
	var b strings.Builder
	strict, loose := map[string]int{}, map[string]int{}
	eachReadable(t, func(set string, c devCase) {
		if !c.positive {
			return
		}
		a, ok := m.Match(c.title, c.body)
		if !ok || a.Coverage {
			return
		}
		k := eventKind(c)
		r := r23Right(c, a)
		if r {
			strict[k]++
		}
		if r || r23Right(devCase{category: c.category}, a) && pk24Spelled(c, a) {
			loose[k]++
			if !r {
				fmt.Fprintf(&b, "ADDED\t%s\t%s:%d\t%v\t%q\t%s\n", k, set, c.line, c.vendors, a.VendorNames(), c.title)
			}
		}
	})
	for _, k := range []string{"named", "class", "package"} {
		fmt.Fprintf(&b, "# %s right: looseName %d, spelled %d\n", k, strict[k], loose[k])
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
