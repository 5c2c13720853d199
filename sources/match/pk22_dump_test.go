package match

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPk22Dump writes every readable row's answer (the blind batches,
// final.tsv and the sets kept from every reader are not read) to the file
// named by PK22_DUMP, one line a row, for comparing two builds: pkg22 must
// leave every answer that is not a package (oss) alert byte-identical.
func TestPk22Dump(t *testing.T) {
	out := dumpPath(t, "PK22_DUMP")
	m := defaultMatcher(t)
	var b strings.Builder
	eachReadable(t, func(set string, c devCase) {
		lab := "-"
		if c.positive {
			lab = "+"
		}
		a, ok := m.Match(c.title, c.body)
		st := pk22Status(c, a, ok)
		ans := "silent"
		if ok {
			ans = fmt.Sprintf("%s\t%v\t%v\t%s\t%.6f\t%s\t%s", a.Category, a.Coverage, a.VendorNames(), a.Severity, a.Score, a.Evidence, a.Why())
		}
		fmt.Fprintf(&b, "%s:%d\t%s\t%s\t%v\t%v\t%s\t%s\n", set, c.line, st, lab, c.vendors, c.category, c.title, ans)
	})
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// pk22Status is logBatch's reading of one row: for an event "right",
// "wrongname", "wrongcat", "coverage" or "silent", prefixed by its kind
// (package, named, class); for a look-alike "alert" or "quiet".
func pk22Status(c devCase, a trust.Alert, ok bool) string {
	if !c.positive {
		if ok && !a.Coverage {
			return "look:alert"
		}
		return "look:quiet"
	}
	kind := eventKind(c)
	if !ok {
		return kind + ":silent"
	}
	if a.Coverage {
		return kind + ":coverage"
	}
	supply := func(k trust.Category) bool { return k == trust.CategoryOSS || k == trust.CategoryCompromise }
	state := func(k trust.Category) bool { return k == trust.CategoryStateLinks || k == trust.CategoryEspionage }
	catOK := slices.Contains(c.category, a.Category) || supply(a.Category) && slices.ContainsFunc(c.category, supply) ||
		state(a.Category) && slices.ContainsFunc(c.category, state)
	named := len(c.vendors) == 0 || slices.ContainsFunc(c.vendors, func(v string) bool {
		return slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, v) })
	})
	switch {
	case !catOK:
		return kind + ":wrongcat"
	case !named:
		return kind + ":wrongname"
	}
	return kind + ":right"
}
