package match

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// readableSet reports whether a testdata set may be read by a dump: never
// a blind batch, final.tsv, a held set or sn16_tune.tsv, which are only
// counted.
func readableSet(name string) bool {
	return !strings.HasPrefix(name, "blind") && name != "final.tsv" &&
		!strings.HasSuffix(name, "_held.tsv") && name != "sn16_tune.tsv"
}

// dumpPath returns the file the environment variable env names for a
// dump test, skipping the test when it is unset.
func dumpPath(t *testing.T, env string) string {
	t.Helper()
	out := os.Getenv(env)
	if out == "" {
		t.Skip(env + " not set")
	}
	return out
}

// eachReadable calls fn with every row of every readable testdata set
// (readableSet) and the set's file name.
func eachReadable(t *testing.T, fn func(set string, c devCase)) {
	t.Helper()
	paths, _ := filepath.Glob("testdata/*.tsv")
	for _, p := range paths {
		if !readableSet(filepath.Base(p)) {
			continue
		}
		for _, c := range readCases(t, p) {
			fn(filepath.Base(p), c)
		}
	}
}

// TestR23SilentDump lists every readable event the matcher makes no alert
// of, with where the rescue stops on it under the embedded model.
func TestR23SilentDump(t *testing.T) {
	out := dumpPath(t, "R23_SILENT")
	m := defaultMatcher(t)
	var b strings.Builder
	var events, right, caught, silent, coverage, looks, looksAlerting int
	eachReadable(t, func(set string, c devCase) {
		a, ok := m.Match(c.title, c.body)
		if !c.positive {
			looks++
			if ok && !a.Coverage {
				looksAlerting++
				fmt.Fprintf(&b, "LOOK\t%s\t%v/%s\t%s\n", set, a.VendorNames(), a.Category, c.title)
			}
			return
		}
		events++
		switch {
		case !ok:
			silent++
		case a.Coverage:
			coverage++
		default:
			caught++
			if r23Right(c, a) {
				right++
			}
		}
		if ok {
			return
		}
		f := &feats{}
		pr := -1.0
		if _, ok := m.learnFeatures(c.title, c.body, f, false); ok {
			pr = m.learned.score(f, 0)
		}
		st := m.RescueStage(c.title, c.body, pr)
		fmt.Fprintf(&b, "%s\t%.3f\t%s\t%s\t%v/%v\t%s\t%.200s\n", st, pr, set, eventKind(c), c.vendors, c.category, c.title, c.body)
	})
	fmt.Fprintf(&b, "# events %d right %d caught %d silent %d coverage %d; look-alikes alerting %d of %d\n", events, right, caught, silent, coverage, looksAlerting, looks)
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// r23Right is logBatch's right: the category (supply and state
// categories as one) and one of the vendors.
func r23Right(c devCase, a trust.Alert) bool {
	supply := func(k trust.Category) bool { return k == trust.CategoryOSS || k == trust.CategoryCompromise }
	state := func(k trust.Category) bool { return k == trust.CategoryStateLinks || k == trust.CategoryEspionage }
	catOK := slices.Contains(c.category, a.Category) || supply(a.Category) && slices.ContainsFunc(c.category, supply) ||
		state(a.Category) && slices.ContainsFunc(c.category, state)
	return catOK && (len(c.vendors) == 0 || slices.ContainsFunc(c.vendors, func(v string) bool {
		return slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, v) })
	}))
}
