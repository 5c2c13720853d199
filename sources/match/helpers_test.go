package match

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"

	"github.com/BurntSushi/toml"
	"github.com/vendorwatch/vendorwatch/trust"
)

// defaultRules decodes the project's default rules, config/rules.toml.
func defaultRules(tb testing.TB) trust.Rules {
	tb.Helper()
	var doc struct {
		Matching trust.Rules `toml:"matching"`
	}
	md, err := toml.DecodeFile(filepath.Join("..", "..", "config", "rules.toml"), &doc)
	if err != nil {
		tb.Fatalf("decode rules.toml: %v", err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		tb.Fatalf("rules.toml: unknown key %s", u[0])
	}
	// The registry's names-only tier, as config.Default sets it.
	if doc.Matching.Known, err = config.KnownOrgs(); err != nil {
		tb.Fatalf("config.KnownOrgs: %v", err)
	}
	return doc.Matching
}

// defaultVendors is the project's default watchlist, config/vendors.toml,
// as the daemon reads it (names, aliases, countries, categories).
func defaultVendors(tb testing.TB) []trust.Vendor {
	tb.Helper()
	cfg, err := config.Default()
	if err != nil {
		tb.Fatalf("config.Default: %v", err)
	}
	return cfg.Watchlist()
}

func defaultMatcher(tb testing.TB) *Matcher {
	tb.Helper()
	m, err := Compile(defaultVendors(tb), defaultRules(tb))
	if err != nil {
		tb.Fatalf("Compile: %v", err)
	}
	return m
}

// sharedDir returns ../shared beside the module root, or skips.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	return shareddir.OrSkip(tb)
}

// testBatch holds the matcher to a batch (testHeadlines) and logs the
// README's measure of it (logBatch).
func testBatch(t *testing.T, path string, floor float64) {
	testHeadlines(t, path, floor)
	logBatch(t, path)
}

// testBatchFP is testBatch with its own ceiling on the share of
// look-alikes alerting (testHeadlinesFP).
func testBatchFP(t *testing.T, path string, floor, fpCeiling float64) {
	testHeadlinesFP(t, path, floor, fpCeiling)
	logBatch(t, path)
}

// shapeCase is one row of a shape table: a headline (title and lead)
// that must alert naming vendor first, of category ("" for either oss or
// compromise), with each of why in its explanation; or, with vendor "",
// must not alert (coverage only at most).
type shapeCase struct {
	name, title, body string
	vendor            string
	category          trust.Category
	why               []string
}

// checkShapes runs the rows of a shape table as subtests.
func checkShapes(t *testing.T, m *Matcher, cases []shapeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, ok := m.Match(c.title, c.body)
			if !expectNews(t, &a, ok, c.vendor) {
				return
			}
			if names := a.VendorNames(); len(names) == 0 || names[0] != c.vendor {
				t.Errorf("vendors %v, want %q (%s)", names, c.vendor, a.Why())
			}
			if c.category != "" && a.Category != c.category {
				t.Errorf("category %s, want %s", a.Category, c.category)
			}
			for _, w := range c.why {
				if !strings.Contains(a.Why(), w) {
					t.Errorf("why %q lacks %q", a.Why(), w)
				}
			}
		})
	}
}

// expectNews holds a headline's answer (a, ok) to a table row: with vendor
// "" no alert (coverage at most), else an alert that is not coverage. It
// reports what is wrong and returns whether there is an alert to check
// further.
func expectNews(t testing.TB, a *trust.Alert, ok bool, vendor string) bool {
	t.Helper()
	if vendor == "" {
		if ok && !a.Coverage {
			t.Errorf("alert, want none: %s", a.Why())
		}
		return false
	}
	if !ok || a.Coverage {
		t.Errorf("no alert (ok %v, coverage %v: %s), want one for %s", ok, a.Coverage, a.Why(), vendor)
		return false
	}
	return true
}

// expectAlert matches a headline and holds it to a row of a loose table:
// with vendor "" no alert (coverage at most), else an alert naming vendor
// among its vendors (looseName), of a category among cats. It returns the
// alert and whether there is one to check further.
func expectAlert(t testing.TB, m *Matcher, title, lead, vendor string, cats ...trust.Category) (trust.Alert, bool) {
	t.Helper()
	a, ok := m.Match(title, lead)
	if !expectNews(t, &a, ok, vendor) {
		return a, false
	}
	if names := a.VendorNames(); !slices.ContainsFunc(names, func(n string) bool { return looseName(n, vendor) }) ||
		!slices.Contains(cats, a.Category) {
		t.Errorf("got %v/%s, want %s/%v [%s]", names, a.Category, vendor, cats, a.Why())
	}
	return a, true
}

// titleRow is a row of a loose table of titles alone (expectAlert), its
// vendor "" for no alert.
type titleRow struct {
	name, title string
	vendor      string
	category    trust.Category
}

// leadRow is a titleRow with a lead.
type leadRow struct {
	name, title, lead string
	vendor            string
	category          trust.Category
}

// checkTitleRows runs the rows of a loose table of titles as subtests.
func checkTitleRows(t *testing.T, m *Matcher, rows []titleRow) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name+"/"+r.title, func(t *testing.T) {
			expectAlert(t, m, r.title, "", r.vendor, r.category)
		})
	}
}

// checkLeadRows runs the rows of a loose table of titles and leads as
// subtests.
func checkLeadRows(t *testing.T, m *Matcher, rows []leadRow) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name+"/"+r.title, func(t *testing.T) {
			expectAlert(t, m, r.title, r.lead, r.vendor, r.category)
		})
	}
}

// checkSilent holds each title, without a lead, to no alert (coverage at
// most), as subtests: the look-alike half of a family's table.
func checkSilent(t *testing.T, m *Matcher, titles ...string) {
	t.Helper()
	for _, title := range titles {
		t.Run(title, func(t *testing.T) { expectAlert(t, m, title, "", "") })
	}
}

// nameRow is a row of a table of the names an alert gives: want, or nil
// for no alert (coverage at most).
type nameRow struct {
	name, title, lead string
	want              []string
}

// checkNameRows runs the rows of a names table as subtests: an alert
// that is not coverage naming exactly want, in its order when inOrder,
// else in any order.
func checkNameRows(t *testing.T, m *Matcher, inOrder bool, rows []nameRow) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name+"/"+r.title, func(t *testing.T) {
			a, ok := m.Match(r.title, r.lead)
			if r.want == nil {
				if ok && !a.Coverage {
					t.Errorf("alert naming %v, want none (%s)", a.VendorNames(), a.Why())
				}
				return
			}
			if !ok || a.Coverage {
				t.Fatalf("no alert (ok %v, coverage %v), want one naming %v (%s)", ok, a.Coverage, r.want, a.Why())
			}
			got, want := a.VendorNames(), r.want
			if !inOrder {
				got, want = slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))
			}
			if !slices.Equal(got, want) {
				t.Errorf("names %q, want %q (%s)", a.VendorNames(), r.want, a.Why())
			}
		})
	}
}

// expectAlerted matches a headline and holds it to a row that says only
// whether it alerts (coverage is no alert). It returns the alert and
// whether there is one.
func expectAlerted(t testing.TB, m *Matcher, title, lead string, want bool) (trust.Alert, bool) {
	t.Helper()
	a, ok := m.Match(title, lead)
	got := ok && !a.Coverage
	if got != want {
		t.Errorf("%q: alert %v, want %v (%s)", title, got, want, a.Why())
	}
	return a, got
}

// axisTally counts, by axis of a probe grid, the cells right and the
// cells in all.
type axisTally map[string][2]int

// add counts one cell on each of axes.
func (at axisTally) add(ok bool, axes ...string) {
	for _, ax := range axes {
		n := at[ax]
		n[1]++
		if ok {
			n[0]++
		}
		at[ax] = n
	}
}

// log writes every axis's right and total, sorted by axis.
func (at axisTally) log(t *testing.T, format string) {
	t.Helper()
	for _, k := range slices.Sorted(maps.Keys(at)) {
		t.Logf(format, k, at[k][0], at[k][1])
	}
}

// hold fails t for every axis of floors whose share of right cells is
// under its floor.
func (at axisTally) hold(t *testing.T, floors map[string]float64) {
	t.Helper()
	for _, ax := range slices.Sorted(maps.Keys(floors)) {
		if s := at[ax]; float64(s[0]) < floors[ax]*float64(s[1]) {
			t.Errorf("%s: %d of %d cells right, want at least %.0f%%", ax, s[0], s[1], 100*floors[ax])
		}
	}
}

// gridFail is one failing cell of a probe grid as writeFails lists it:
// its axes, title and lead, and what the matcher answered.
func gridFail(axes []string, title, lead string, a trust.Alert, ok bool) string {
	got := "none"
	if ok {
		got = fmt.Sprintf("%s %v cov=%v", a.Category, a.VendorNames(), a.Coverage)
	}
	return fmt.Sprintf("%s\t%s | %s\t-> %s", strings.Join(axes, "/"), title, lead, got)
}

// writeFails writes a grid's failing cells, one per line, to the file
// the environment variable env names, when it names one.
func writeFails(t *testing.T, env string, fails []string) {
	t.Helper()
	if p := os.Getenv(env); p != "" {
		if err := os.WriteFile(p, []byte(strings.Join(fails, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// probeGrid runs the cells of a probe grid: it matches each headline,
// judges the answer by the grid's own idea of right (category, vendor,
// silence), counts the cell on its axes and lists the wrong ones as
// gridFail writes them.
type probeGrid struct {
	m          *Matcher
	stat       axisTally
	right, all int
	fails      []string
}

func newProbeGrid(m *Matcher) *probeGrid {
	return &probeGrid{m: m, stat: axisTally{}}
}

// check matches title and lead and judges the answer with right. It
// counts the cell on each of count and, when it is wrong, lists it under
// axes; a cell with nil axes is counted but never listed. It returns
// whether the cell was right.
func (g *probeGrid) check(title, lead string, axes []string, right func(a trust.Alert, ok bool) bool, count ...string) bool {
	a, ok := g.m.Match(title, lead)
	good := right(a, ok)
	g.stat.add(good, count...)
	g.all++
	if good {
		g.right++
	} else if axes != nil {
		g.fails = append(g.fails, gridFail(axes, title, lead, a, ok))
	}
	return good
}

// holdExpected closes a grid whose cells are expected or ambiguous
// (ambiguous: run on their own probeGrid, only counted, how many are
// right): it logs the expected cells' tally and both counts, writes the
// failing expected cells to the file env names and holds the expected
// cells to floor.
func (g *probeGrid) holdExpected(t *testing.T, ambiguous *probeGrid, env string, floor float64) {
	t.Helper()
	g.stat.log(t, "%s: %d/%d")
	t.Logf("grid: %d of %d expected cells right; ambiguous cells alerting %d of %d", g.right, g.all, ambiguous.right, ambiguous.all)
	writeFails(t, env, g.fails)
	if float64(g.right) < floor*float64(g.all) {
		t.Errorf("grid: %d of %d right, want at least %.0f%%", g.right, g.all, 100*floor)
	}
}

// holdWithLookalikes closes a grid of alerting cells g beside its
// look-alike grid look: it logs g's misses, fails on every look-alike
// that alerted, logs both counts under name and holds g to floor.
func (g *probeGrid) holdWithLookalikes(t *testing.T, look *probeGrid, name string, floor float64) {
	t.Helper()
	for _, f := range g.fails {
		t.Logf("miss: %s", f)
	}
	for _, f := range look.fails {
		t.Errorf("look-alike alerted: %s", f)
	}
	t.Logf("%s: %d/%d alerting cells right, %d look-alikes", name, g.right, g.all, look.all)
	if float64(g.right) < floor*float64(g.all) {
		t.Errorf("%s: %d/%d right, floor %.2f", name, g.right, g.all, floor)
	}
}

// gridSilent judges a look-alike cell: no alert, coverage at most.
func gridSilent(a trust.Alert, ok bool) bool { return !ok || a.Coverage }

// gridAlerts judges a cell right when it alerts (not coverage) in
// category cat naming want among its vendors (looseName).
func gridAlerts(cat trust.Category, want string) func(trust.Alert, bool) bool {
	return func(a trust.Alert, ok bool) bool {
		return ok && !a.Coverage && a.Category == cat && namesLoosely(a, want)
	}
}

// gridBanOrDirective judges a cell right when it alerts (not coverage)
// as a ban or a directive naming want (looseName), or, with want empty,
// any vendor (a class reaches the registry's vendors).
func gridBanOrDirective(want string) func(trust.Alert, bool) bool {
	return func(a trust.Alert, ok bool) bool {
		if !ok || a.Coverage || a.Category != trust.CategoryBan && a.Category != trust.CategoryDirective {
			return false
		}
		if want == "" {
			return len(a.Vendors) > 0
		}
		return namesLoosely(a, want)
	}
}

// namesLoosely reports whether one of the alert's vendor names is want
// or holds it or is held in it (looseName).
func namesLoosely(a trust.Alert, want string) bool {
	return slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, want) })
}

// nameCell is a headline that must alert naming want (any name when want
// is "") and never not: the package-naming grids' rows.
type nameCell struct {
	title, lead, not, want string
}

// checkNameCells holds m to each nameCell.
func checkNameCells(t *testing.T, m *Matcher, cells []nameCell) {
	t.Helper()
	for _, c := range cells {
		a, ok := m.Match(c.title, c.lead)
		if !ok || a.Coverage {
			t.Errorf("%q: no alert, want one naming %q", c.title, c.want)
			continue
		}
		for _, n := range a.VendorNames() {
			if strings.EqualFold(n, c.not) {
				t.Errorf("%q: names %q (%v)", c.title, c.not, a.VendorNames())
			}
		}
		if c.want != "" && !namesLoosely(a, c.want) {
			t.Errorf("%q: names %v, want %q", c.title, a.VendorNames(), c.want)
		}
	}
}
