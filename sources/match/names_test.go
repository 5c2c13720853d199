package match

import (
	"slices"
	"strings"
	"testing"
)

// TestNames holds the matcher to testdata/names.tsv: security-news titles
// whose right vendor is hard to read (coordinations, descriptors,
// possessives, a product beside its maker, package names, threat actors
// beside victims), against look-alikes naming the same kinds of words.
func TestNames(t *testing.T) {
	testHeadlines(t, "testdata/names.tsv", 0.0)
	right, pos := strictNames(t, "testdata/names.tsv")
	t.Logf("strict names: %d/%d positives name exactly their vendors", right, pos)
	if float64(right) < 0.0*float64(pos) {
		t.Errorf("strict names %d/%d", right, pos)
	}
}

// strictNames scores a set on who its alerts name, more strictly than
// testHeadlines: each of a row's vendors must be contained in a name of
// the alert ("WIZVERA VeraPort" holds "WIZVERA"; "Free" does not hold
// "Free Download Manager"), and every name of the alert must hold one of
// the row's vendors (no attacker, descriptor or product word beside them).
func strictNames(t *testing.T, path string) (right, pos int) {
	t.Helper()
	m := defaultMatcher(t)
	holds := func(n, v string) bool { return strings.Contains(strings.ToLower(n), strings.ToLower(v)) }
	for _, c := range readCases(t, path) {
		if !c.positive {
			continue
		}
		pos++
		a, ok := m.Match(c.title, c.body)
		if !ok || a.Coverage || !slices.Contains(c.category, a.Category) {
			continue
		}
		names := a.VendorNames()
		good := true
		for _, v := range c.vendors {
			if !slices.ContainsFunc(names, func(n string) bool { return holds(n, v) }) {
				good = false
			}
		}
		for _, n := range names {
			if !slices.ContainsFunc(c.vendors, func(v string) bool { return holds(n, v) }) {
				good = false
			}
		}
		if !good {
			t.Logf("strict name (line %d): %q names %q, want %v", c.line, c.title, names, c.vendors)
			continue
		}
		right++
	}
	return right, pos
}

// extraNames scores a headline set strictly on who its alerts name: a
// caught positive whose alert also names something none of the row's
// vendors loosely matches (an attacker, a descriptor, a product word)
// counts, since that name posts under the wrong vendor and splits the
// event from its other reports.
func extraNames(t *testing.T, path string) (extra int) {
	t.Helper()
	m := defaultMatcher(t)
	for _, c := range readCases(t, path) {
		if !c.positive {
			continue
		}
		a, ok := m.Match(c.title, c.body)
		if !ok || a.Coverage || !slices.Contains(c.category, a.Category) {
			continue
		}
		for _, n := range a.VendorNames() {
			if !slices.ContainsFunc(c.vendors, func(v string) bool { return looseName(n, v) }) {
				extra++
				t.Logf("extra name (%s line %d): %q names %q, want %v", path, c.line, c.title, n, c.vendors)
			}
		}
	}
	return extra
}

// TestNamesNoExtra holds every headline set to a ceiling of alerts naming
// something beside the row's vendors. Most of devset's and recent's are
// rows listing one vendor of a coordination ("Huawei and ZTE") or a class
// action's registry members; the ceilings are today's counts.
func TestNamesNoExtra(t *testing.T) {
	for _, tc := range []struct {
		path string
		max  int
	}{
		{"testdata/names.tsv", 0},
		{"testdata/devset.tsv", 9},
		{"testdata/recent.tsv", 58},
		{"testdata/supplychain.tsv", 3},
		{"testdata/gov.tsv", 1},
		{"testdata/vendorcomp.tsv", 4},
		{"testdata/precision.tsv", 7},
	} {
		t.Run(tc.path, func(t *testing.T) {
			if got := extraNames(t, tc.path); got > tc.max {
				t.Errorf("%d extra names, want <= %d", got, tc.max)
			}
		})
	}
}
