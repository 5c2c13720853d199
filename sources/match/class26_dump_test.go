package match

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestClass26Dump lists every readable class-level event (no vendor
// labelled) that is silent, coverage only or of another category, and
// counts them.
func TestClass26Dump(t *testing.T) {
	out := dumpPath(t, "CLASS26_DUMP")
	m := defaultMatcher(t)
	var b strings.Builder
	var n, silent, cov, wrong int
	eachReadable(t, func(set string, c devCase) {
		if !c.positive || eventKind(c) != "class" {
			return
		}
		n++
		a, ok := m.Match(c.title, c.body)
		switch {
		case !ok:
			silent++
			fmt.Fprintf(&b, "SILENT\t%s\t%v\t%s\t%.300s\n", set, c.category, c.title, c.body)
		case a.Coverage:
			cov++
			fmt.Fprintf(&b, "COVER\t%s\t%v\t%s\t%.300s\n", set, c.category, c.title, c.body)
		case !r23Right(c, a):
			wrong++
			fmt.Fprintf(&b, "WRONG\t%s\t%v got %v/%s\t%s\t%.200s\n", set, c.category, a.VendorNames(), a.Category, c.title, c.body)
		}
	})
	fmt.Fprintf(&b, "# class events %d silent %d coverage %d wrong %d\n", n, silent, cov, wrong)
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestClass26Moved lists every readable row whose verdict class26.go
// changes, with the counts of rows gained and look-alikes alerting.
func TestClass26Moved(t *testing.T) {
	out := dumpPath(t, "CLASS26_MOVED")
	m := defaultMatcher(t)
	var b strings.Builder
	eachReadable(t, func(set string, c devCase) {
		var v [2]string
		for i, off := range []bool{true, false} {
			class26Off = off
			a, ok := m.Match(c.title, c.body)
			class26Off = false
			v[i] = "-"
			if ok && a.Coverage {
				v[i] = "cov"
			} else if ok {
				v[i] = fmt.Sprintf("%s %v", a.Category, a.VendorNames())
			}
		}
		if v[0] != v[1] {
			fmt.Fprintf(&b, "%v\t%s\t%v %v\t%s -> %s\t%s\t%.200s\n", c.positive, set, c.vendors, c.category, v[0], v[1], c.title, c.body)
		}
	})
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestClass26Probe reads C26_PROBE (want TAB title TAB lead rows; want a
// category or "-") and prints each row's verdict.
func TestClass26Probe(t *testing.T) {
	path := dumpPath(t, "C26_PROBE")
	m := defaultMatcher(t)
	class26Off = os.Getenv("C26_OFF") != ""
	defer func() { class26Off = false }()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var good, all int
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.SplitN(line, "\t", 3)
		for len(p) < 3 {
			p = append(p, "")
		}
		a, ok := m.Match(p[1], p[2])
		got := "-"
		if ok && !a.Coverage {
			got = string(a.Category)
		} else if ok {
			got = "cov"
		}
		mark := "ok "
		if !(p[0] == got || p[0] == "-" && got == "cov" || p[0] != "-" && strings.Contains(p[0], "|") && strings.Contains("|"+p[0]+"|", "|"+got+"|")) {
			mark = "BAD"
		} else {
			good++
		}
		all++
		fmt.Printf("%s want %-10s got %-10s %-40.40v %s\n", mark, p[0], got, a.VendorNames(), p[1])
	}
	fmt.Printf("# %d of %d\n", good, all)
}
