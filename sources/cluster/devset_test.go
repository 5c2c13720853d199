package cluster

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// devAlert is one line of testdata/devset.txt.
type devAlert struct {
	group    string
	vendors  []string
	category trust.Category
	at       time.Time
	title    string
	evidence string
}

func loadDevset(tb testing.TB) []devAlert {
	return loadAlerts(tb, "devset.txt")
}

// loadAlerts reads a file in the format of testdata/devset.txt.
func loadAlerts(tb testing.TB, name string) []devAlert {
	tb.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []devAlert
	var group string
	var vendors []string
	var cat trust.Category
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "=="):
			p := fields(strings.TrimPrefix(line, "=="))
			if len(p) != 3 {
				tb.Fatalf("%s:%d: want == id | vendors | category", name, n)
			}
			group, vendors, cat = p[0], splitVendors(p[1]), trust.Category(p[2])
			if !cat.Valid() {
				tb.Fatalf("%s:%d: unknown category %q", name, n, cat)
			}
			continue
		}
		p := fields(line)
		if len(p) < 3 || len(p) > 4 || group == "" {
			tb.Fatalf("%s:%d: want time | title | evidence [| vendors] after a group line", name, n)
		}
		at, err := time.Parse("2006-01-02 15:04", p[0])
		if err != nil {
			tb.Fatalf("%s:%d: %v", name, n, err)
		}
		a := devAlert{group: group, vendors: vendors, category: cat, at: at, title: p[1], evidence: p[2]}
		if a.evidence == "" {
			a.evidence = a.title
		}
		if len(p) == 4 {
			a.vendors = splitVendors(p[3])
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

func fields(s string) []string {
	p := strings.Split(s, "|")
	for i := range p {
		p[i] = strings.TrimSpace(p[i])
	}
	return p
}

func splitVendors(s string) []string {
	v := fields(strings.ReplaceAll(s, ",", "|"))
	slices.Sort(v)
	return v
}

// clusterAll runs incremental clustering over alerts in the given order
// and returns each alert's event ID, as the bot would: every alert is
// compared with the events opened so far.
func clusterAll(opts Options, alerts []devAlert) []int64 {
	var open []Event
	ids := make([]int64, len(alerts))
	for i, a := range alerts {
		sig := Sign(a.title, a.evidence)
		j := Assign(opts, open, a.vendors, a.category, a.at, sig)
		if j < 0 {
			open = append(open, Event{
				ID: int64(len(open) + 1), Vendors: slices.Clone(a.vendors), Category: a.category,
				First: a.at, Last: a.at, Sig: sig,
			})
			ids[i] = int64(len(open))
			continue
		}
		e := &open[j]
		for _, v := range a.vendors {
			if !slices.Contains(e.Vendors, v) {
				e.Vendors = append(e.Vendors, v)
			}
		}
		slices.Sort(e.Vendors)
		if a.at.Before(e.First) {
			e.First = a.at
		}
		if a.at.After(e.Last) {
			e.Last = a.at
		}
		e.Sig = e.Sig.Merge(sig)
		ids[i] = e.ID
	}
	return ids
}

// TestDevset clusters the development set in several seeded shuffles
// (feeds arrive in any order) and scores the pairs: a pair of alerts is
// right when both are in one event exactly when both are in one group.
func TestDevset(t *testing.T) {
	alerts := loadDevset(t)
	groups := map[string]bool{}
	for _, a := range alerts {
		groups[a.group] = true
	}
	if len(groups) < 30 {
		t.Fatalf("devset has %d groups, want at least 30", len(groups))
	}
	if f1 := evaluate(t, alerts); f1 < 0.9 {
		t.Errorf("pairwise F1 %.3f, want at least 0.9", f1)
	}
}

// TestHoldout scores the held-out groups, which were not used for tuning.
// Its bar is lower: it is a smaller set, and its score is an estimate to
// report, not a target to tune to.
func TestHoldout(t *testing.T) {
	if f1 := evaluate(t, loadAlerts(t, "holdout.txt")); f1 < 0.75 {
		t.Errorf("pairwise F1 %.3f, want at least 0.75", f1)
	}
}

// evaluate logs pairwise precision and recall and the wrong pairs over
// five shuffles of alerts, and returns the F1 score.
func evaluate(t *testing.T, alerts []devAlert) float64 {
	groups := map[string]bool{}
	for _, a := range alerts {
		groups[a.group] = true
	}
	var tp, fp, fn int
	wrong := map[string]int{}
	const shuffles = 5
	for seed := range uint64(shuffles) {
		order := slices.Clone(alerts)
		r := rand.New(rand.NewPCG(seed, 6))
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		ids := clusterAll(Options{}, order)
		for i := range order {
			for j := i + 1; j < len(order); j++ {
				same, joined := order[i].group == order[j].group, ids[i] == ids[j]
				switch {
				case same && joined:
					tp++
				case joined:
					fp++
					wrong[pairKey("joined", order[i], order[j])]++
				case same:
					fn++
					wrong[pairKey("split", order[i], order[j])]++
				}
			}
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	f1 := 2 * precision * recall / max(precision+recall, 1e-9)
	keys := make([]string, 0, len(wrong))
	for k := range wrong {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		t.Logf("wrong in %d/%d shuffles: %s", wrong[k], shuffles, k)
	}
	t.Logf("%d alerts in %d groups, %d shuffles: pairwise precision %.3f, recall %.3f, F1 %.3f",
		len(alerts), len(groups), shuffles, precision, recall, f1)
	return f1
}

// pairKey names a wrong pair with its similarity (vendor names ignored,
// as Assign does; the event it met may have scored higher or lower).
func pairKey(what string, a, b devAlert) string {
	if a.title > b.title {
		a, b = b, a
	}
	sim := similarity(Sign(a.title, a.evidence), Sign(b.title, b.evidence), nameFeatures(nil, a.vendors, b.vendors))
	return fmt.Sprintf("%s (similarity %.2f): %s %q / %s %q", what, sim, a.group, a.title, b.group, b.title)
}
