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

// TestPkg24Dump matches every readable row and every corpus item with
// pk24Name off and on, and lists every package row's name both ways
// (the set, the line, right or not, the labels and the names), every
// other row or item whose alert changed, and the counts of both runs:
// a renaming diffed row by row.
func TestPkg24Dump(t *testing.T) {
	out := dumpPath(t, "PKG24_DUMP")
	m := defaultMatcher(t)
	both := func(title, body string) (before, after trust.Alert, okb, oka bool) {
		pk24Off = true
		before, okb = m.Match(title, body)
		pk24Off = false
		after, oka = m.Match(title, body)
		return
	}
	var b strings.Builder
	var tb, ta pkgTally
	var gains, losses, spelling int
	eachReadable(t, func(set string, c devCase) {
		before, after, okb, oka := both(c.title, c.body)
		pkgCount(&tb, c, before, okb)
		pkgCount(&ta, c, after, oka)
		sb, sa := dumpShow(before, okb), dumpShow(after, oka)
		if c.positive && eventKind(c) == "package" && oka && !after.Coverage && !r23Right(c, after) && pk24Spelled(c, after) && r23Right(devCase{category: c.category}, after) {
			spelling++
			fmt.Fprintf(&b, "SPELLING\t%s:%d\t%v\t%q\t%s\n", set, c.line, c.vendors, after.VendorNames(), c.title)
		}
		if c.positive && eventKind(c) == "package" {
			fmt.Fprintf(&b, "PKG\t%s:%d\t%v\t%s %s\t%s %s\t%s\n", set, c.line, c.vendors, dumpState(c, before, okb), sb, dumpState(c, after, oka), sa, c.title)
		}
		if sb != sa {
			ta.changed++
			kind := "LOOK"
			if c.positive {
				kind = eventKind(c)
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
	fmt.Fprintf(&b, "# package rows wrong only by spelling (letters and digits equal): %d\n", spelling)
	fmt.Fprintf(&b, "# package rows %d: right %d -> %d, caught %d -> %d; look-alikes alerting %d -> %d; rows changed %d (wrong->right %d, right->wrong %d)\n",
		tb.rows, tb.right, ta.right, tb.caught, ta.caught, tb.looks, ta.looks, ta.changed, gains, losses)
	if f, err := os.Open(filepath.Join("..", "..", "..", "shared", "corpus", "news-dev.jsonl")); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		var supply, changed int
		for sc.Scan() {
			var art struct{ Title, Summary, Link string }
			if json.Unmarshal(sc.Bytes(), &art) != nil {
				continue
			}
			before, after, okb, oka := both(art.Title, art.Summary)
			if okb && (before.Category == trust.CategoryOSS || before.Category == trust.CategoryCompromise) {
				supply++
				fmt.Fprintf(&b, "CORPUS\t%s\t%s\t%s\t%s\n", art.Link, dumpShow(before, okb), dumpShow(after, oka), art.Title)
			}
			if sb, sa := dumpShow(before, okb), dumpShow(after, oka); sb != sa {
				changed++
				fmt.Fprintf(&b, "CORPUSCHANGED\t%s\t%s -> %s\t%s\n", art.Link, sb, sa, art.Title)
			}
		}
		fmt.Fprintf(&b, "# corpus supply alerts %d, alerts changed %d\n", supply, changed)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// pk24Spelled reports whether one of the alert's names and one of the
// row's vendors are one name spelled two ways: equal, or one holding the
// other, once case, spaces and punctuation are dropped ("Solana
// Web3.js", "@solana/web3.js"). A measure only: looseName, which the
// counts use, is left as it is.
func pk24Spelled(c devCase, a trust.Alert) bool {
	fold := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for _, v := range c.vendors {
		for _, n := range a.VendorNames() {
			if fv, fn := fold(v), fold(n); fv != "" && fn != "" && (strings.Contains(fv, fn) || strings.Contains(fn, fv)) {
				return true
			}
		}
	}
	return false
}

// dumpShow writes an alert as the package dumps list it: its names,
// category and coverage, or "-" for none.
func dumpShow(a trust.Alert, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%q/%s/%v", a.VendorNames(), a.Category, a.Coverage)
}

// dumpState is what an alert makes of row c: silent, coverage, right or
// wrong (r23Right).
func dumpState(c devCase, a trust.Alert, ok bool) string {
	switch {
	case !ok:
		return "silent"
	case a.Coverage:
		return "coverage"
	case r23Right(c, a):
		return "right"
	}
	return "wrong"
}

// pkgTally counts one run of the package dumps: package rows, right,
// caught, look-alikes alerting and rows changed.
type pkgTally struct{ rows, right, caught, looks, changed int }

// pkgCount adds row c's alert to t: a look-alike alerting, or a package
// event caught and right.
func pkgCount(t *pkgTally, c devCase, a trust.Alert, ok bool) {
	if !c.positive {
		if ok && !a.Coverage {
			t.looks++
		}
		return
	}
	if eventKind(c) != "package" {
		return
	}
	t.rows++
	if ok && !a.Coverage {
		t.caught++
		if r23Right(c, a) {
			t.right++
		}
	}
}
