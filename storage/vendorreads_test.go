package storage_test

import (
	"cmp"
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestVendorReadsMatchRows holds /vendor's reads of migration 14 to the
// reads they replace (storagetest's baselines) and to the rows: the
// counts alert_months keeps to a count of alert_vendors, AlertMonths to
// counting the rows, RecentAlerts to one walk over every scope, and
// AlertVendors to the names worked out in Go from every row, for many
// vendors, guilds, windows, severities and prefixes, after alerts are
// stored, deleted (in cascade with their items and sources, and alone)
// and edited.
func TestVendorReadsMatchRows(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	db := syntheticDB(t, now, 900, 11)
	// Names spelt another way, the oldest of them first or last, and a
	// name outside ASCII.
	src, err := db.EnsureSource(ctx, "extra", "https://extra.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range []struct {
		name, guild string
		age         time.Duration
		cat         trust.Category
	}{
		{"vendor01", "", 200 * 24 * time.Hour, trust.CategorySanctions},
		{"VENDOR02", "g1", time.Hour, trust.CategoryCompromise},
		{"Ünïcode AG", "", 40 * 24 * time.Hour, trust.CategoryCompromise},
		{"ünïcode ag", "g2", 2 * 24 * time.Hour, trust.CategorySanctions},
		{"own01", "g1", 300 * 24 * time.Hour, trust.CategoryCompromise},
	} {
		it := trust.Item{Key: fmt.Sprint("extra-", i), Title: h.name, Link: fmt.Sprint("https://extra.example/", i),
			CanonicalLink: fmt.Sprint("https://extra.example/", i), Published: now.Add(-h.age), DateKnown: true}
		a := &trust.Alert{Title: it.Title, Link: it.Link, Source: "extra", Published: it.Published,
			Vendors: []trust.VendorHit{{Name: h.name, Term: h.name, Guild: h.guild}}, Category: h.cat, Score: 4, Severity: trust.SeverityHigh,
			Signals: []trust.SignalHit{{Term: "backdoor", Category: h.cat, Weight: 3}}}
		if _, err := storagetest.SaveItem(ctx, db, src.ID, it, a); err != nil {
			t.Fatal(err)
		}
	}
	vendors := []string{"Vendor00", "vendor01", "VENDOR02", "Vendor05", "Own01", "ünïcode ag", "Nobody"}
	guilds := []string{"", "g0", "g1", "g2"}
	chart := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	sinces := []time.Time{{}, chart, time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), now.Add(-30 * 24 * time.Hour),
		now.Add(-90 * time.Minute), now.Add(time.Hour), time.UnixMilli(0), time.UnixMilli(-5)}
	sevs := []trust.Severity{0, trust.SeverityMedium, trust.SeverityCritical}
	prefixes := []string{"", "v", "VEN", "vendor0", "Vendor05", "vendor05x", "own", "ü", "Ün", "x"}

	check := func(stage string) {
		t.Helper()
		kept, rows := monthCounts(t, db, "SELECT vendor, guild, month, category, severity, n FROM alert_months WHERE n <> 0"),
			monthCounts(t, db, `SELECT av.vendor, av.guild, strftime('%Y-%m', av.published / 1000, 'unixepoch'), a.category, av.severity, count(*)
				FROM alert_vendors av JOIN alerts a ON a.id = av.alert_id GROUP BY av.vendor, av.guild, 3, 4, 5`)
		if len(rows) < 50 {
			t.Fatalf("%s: only %d counts in alert_vendors: the check checks little", stage, len(rows))
		}
		if !reflect.DeepEqual(kept, rows) {
			t.Errorf("%s: alert_months (%d counts) differs from counting alert_vendors (%d)", stage, len(kept), len(rows))
			for k, n := range rows {
				if kept[k] != n {
					t.Errorf("%s: %v: kept %d, rows %d", stage, k, kept[k], n)
				}
			}
		}
		nonzero := map[string]int{}
		eachAlertQuery(stage, vendors, guilds, sinces, sevs, func(q storage.AlertQuery, name string) {
			got, err := db.AlertMonths(ctx, q)
			if err != nil {
				t.Fatalf("%s: AlertMonths: %v", name, err)
			}
			want, err := storagetest.BaselineAlertMonths(ctx, db, q)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: AlertMonths = %v, rows say %v", name, got, want)
			}
			if len(want) > 0 {
				nonzero["months"]++
			}
			for _, limit := range []int{1, 10, 1000} {
				q.Limit = limit
				got, err := db.RecentAlerts(ctx, q)
				if err != nil {
					t.Fatalf("%s: RecentAlerts: %v", name, err)
				}
				want, err := storagetest.BaselineRecentAlerts(ctx, db, q, limit)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s, limit %d: RecentAlerts = %v, one walk over every scope = %v", name, limit, alertIDs(got), alertIDs(want))
				}
				if len(want) > 1 {
					nonzero["recent"]++
				}
			}
		})
		names := visibleNames(t, db)
		for _, guild := range append(guilds, "g9") {
			for _, prefix := range prefixes {
				for _, limit := range []int{1, 3, 25} {
					got, err := db.AlertVendors(ctx, guild, prefix, limit)
					if err != nil {
						t.Fatal(err)
					}
					base, err := storagetest.BaselineAlertVendors(ctx, db, guild, prefix, limit)
					if err != nil {
						t.Fatal(err)
					}
					var want []string
					for _, n := range names {
						if len(want) < limit && n.visible(guild) && strings.HasPrefix(asciiLower(n.spelling), asciiLower(prefix)) {
							want = append(want, n.spelling)
						}
					}
					if !slices.Equal(got, want) || !slices.Equal(base, want) {
						t.Errorf("%s: AlertVendors(%q, %q, %d) = %q, baseline %q, rows say %q", stage, guild, prefix, limit, got, base, want)
					}
					if len(want) > 1 {
						nonzero["names"]++
					}
				}
			}
		}
		for _, k := range []string{"months", "recent", "names"} {
			if nonzero[k] < 20 {
				t.Fatalf("%s: only %d %s queries find anything: the check checks little", stage, nonzero[k], k)
			}
		}
	}
	checkThroughChanges(t, db, check, []string{
		`DELETE FROM items WHERE id % 3 = 0`, // alerts and their vendors in cascade
		`DELETE FROM alerts WHERE id % 7 = 0`,
		`DELETE FROM alert_vendors WHERE alert_id % 5 = 0 AND pos = 1`,
		`DELETE FROM sources WHERE name = 'src2'`,
	}, []string{
		`UPDATE alert_vendors SET severity = 4, published = published - 40 * 86400000 WHERE alert_id % 4 = 0`,
		`UPDATE alert_vendors AS v SET vendor = 'vendor05' WHERE vendor = 'Vendor04' AND alert_id % 2 = 0
			AND NOT EXISTS (SELECT 1 FROM alert_vendors o WHERE o.alert_id = v.alert_id AND o.vendor = 'vendor05')`,
		`UPDATE alerts SET category = 'ban' WHERE id % 6 = 1`,
	})
}

func alertIDs(alerts []trust.Alert) []int64 {
	ids := make([]int64, len(alerts))
	for i, a := range alerts {
		ids[i] = a.ID
	}
	return ids
}

type monthKey struct {
	vendor, guild, month, category string
	severity                       int
}

// monthCounts reads rows of (vendor, guild, month, category, severity, n),
// the vendor folded as NOCASE folds it.
func monthCounts(t *testing.T, db *storage.DB, query string) map[monthKey]int {
	t.Helper()
	rows, err := db.RawQuery(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[monthKey]int{}
	for rows.Next() {
		var k monthKey
		var n int
		if err := rows.Scan(&k.vendor, &k.guild, &k.month, &k.category, &k.severity, &n); err != nil {
			t.Fatal(err)
		}
		k.vendor = asciiLower(k.vendor)
		out[k] += n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// asciiLower folds ASCII letters only, as SQLite's NOCASE does.
func asciiLower(s string) string {
	return strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

type vendorName struct {
	spelling string
	scopes   map[string]bool
}

func (n vendorName) visible(guild string) bool { return n.scopes[""] || n.scopes[guild] }

// visibleNames reads every alert vendor row and returns the names in
// NOCASE order, each spelt as in its earliest row (by published, then
// alert id), with the scopes it has rows in.
func visibleNames(t *testing.T, db *storage.DB) []vendorName {
	t.Helper()
	rows, err := db.RawQuery(context.Background(), `SELECT vendor, guild, published, alert_id FROM alert_vendors`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	type first struct {
		published, id int64
	}
	byKey := map[string]*vendorName{}
	earliest := map[string]first{}
	for rows.Next() {
		var vendor, guild string
		var f first
		if err := rows.Scan(&vendor, &guild, &f.published, &f.id); err != nil {
			t.Fatal(err)
		}
		k := asciiLower(vendor)
		n := byKey[k]
		if n == nil {
			n = &vendorName{spelling: vendor, scopes: map[string]bool{}}
			byKey[k], earliest[k] = n, f
		}
		if e := earliest[k]; f.published < e.published || (f.published == e.published && f.id < e.id) {
			n.spelling, earliest[k] = vendor, f
		}
		n.scopes[guild] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var out []vendorName
	for _, n := range byKey {
		out = append(out, *n)
	}
	slices.SortFunc(out, func(a, b vendorName) int { return cmp.Compare(asciiLower(a.spelling), asciiLower(b.spelling)) })
	return out
}
