package match

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

type devCase struct {
	line     int
	positive bool
	vendors  []string
	category []trust.Category // any of these
	title    string
	body     string
}

// readCases reads a headline set (testdata/devset.tsv's columns).
func readCases(t *testing.T, path string) []devCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []devCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			t.Fatalf("%s:%d: want at least 4 tab-separated columns, got %d", path, n, len(cols))
		}
		c := devCase{line: n, positive: cols[0] == "+", title: cols[3]}
		if cols[2] != "" && cols[2] != "-" {
			for _, k := range strings.Split(cols[2], "|") {
				c.category = append(c.category, trust.Category(k))
			}
		}
		if cols[1] != "" {
			// "X, Y": sets written with a space after the comma name Y.
			for _, v := range strings.Split(cols[1], ",") {
				c.vendors = append(c.vendors, strings.TrimSpace(v))
			}
		}
		if len(cols) > 4 {
			c.body = cols[4]
		}
		if c.positive && len(c.category) == 0 {
			t.Fatalf("%s:%d: a positive needs a category", path, n)
		}
		for _, k := range c.category {
			if !k.Valid() {
				t.Fatalf("%s:%d: bad category %q", path, n, k)
			}
		}
		out = append(out, c)
	}
	return out
}

// TestDevset measures precision and recall on the development set and
// lists every miss.
func TestDevset(t *testing.T) {
	m := defaultMatcher(t)
	cases := readCases(t, "testdata/devset.tsv")
	var pos, neg, caught, falsePos, alerts int
	for _, c := range cases {
		a, ok := m.Match(c.title, c.body)
		if ok {
			alerts++
		}
		if !c.positive {
			neg++
			if ok {
				falsePos++
				t.Logf("false positive (line %d): %q: %s", c.line, c.title, a.Why())
			}
			continue
		}
		pos++
		if !ok {
			t.Logf("missed (line %d): %q", c.line, c.title)
			continue
		}
		names := a.VendorNames()
		var missing []string
		for _, v := range c.vendors {
			if !slices.Contains(names, v) {
				missing = append(missing, v)
			}
		}
		if len(missing) > 0 || !slices.Contains(c.category, a.Category) {
			t.Logf("wrong (line %d): %q: want %v/%s, got %s [%s]", c.line, c.title, c.vendors, c.category, a.Why(), a.Category)
			continue
		}
		caught++
	}
	recall := float64(caught) / float64(pos)
	fpRate := float64(falsePos) / float64(neg)
	precision := float64(alerts-falsePos) / float64(max(alerts, 1))
	t.Logf("devset: %d positives, %d negatives; recall (right vendor and category) %.1f%%, precision %.1f%%, false-positive rate %.1f%%",
		pos, neg, 100*recall, 100*precision, 100*fpRate)
	if pos < 60 || neg < 60 {
		t.Errorf("devset has %d positives and %d negatives, want at least 60 each", pos, neg)
	}
	if recall < 0.95 {
		t.Errorf("recall %.1f%%, want >= 95%%", 100*recall)
	}
	if fpRate > 0.05 {
		t.Errorf("false-positive rate %.1f%%, want <= 5%%", 100*fpRate)
	}
}
