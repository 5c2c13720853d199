package storage

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

func TestRecentAlerts(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	day := 24 * time.Hour
	// Each alert's title is its name in the table; published days ago.
	fixtures := []struct {
		title   string
		daysAgo int
		sev     trust.Severity
		vendors []trust.VendorHit
	}{
		{"k-old", 40, trust.SeverityHigh, []trust.VendorHit{global("Kaspersky")}},
		{"k-low", 10, trust.SeverityLow, []trust.VendorHit{global("Kaspersky")}},
		{"k-crit", 5, trust.SeverityCritical, []trust.VendorHit{global("Kaspersky"), global("Huawei")}},
		{"acme-g1", 4, trust.SeverityHigh, []trust.VendorHit{guildHit("Acme", "g1")}},
		{"acme-g2", 3, trust.SeverityHigh, []trust.VendorHit{guildHit("Acme", "g2")}},
		// Acme both global and g1's own: one alert, not two.
		{"acme-both", 2, trust.SeverityMedium, []trust.VendorHit{global("Acme"), guildHit("Acme", "g1")}},
		{"h-new", 1, trust.SeverityMedium, []trust.VendorHit{global("Huawei")}},
	}
	for i, f := range fixtures {
		it := item(fmt.Sprintf("guid:%d", i), f.title)
		it.Title, it.Published = f.title, t0.Add(-time.Duration(f.daysAgo)*day)
		if _, err := db.SaveItem(ctx, src, it, alertFor(it, f.sev, f.vendors...)); err != nil {
			t.Fatal(err)
		}
	}

	month := t0.Add(-30 * day)
	tests := []struct {
		name string
		q    AlertQuery
		want []string
	}{
		{"global view", AlertQuery{}, []string{"h-new", "acme-both", "k-crit", "k-low", "k-old"}},
		{"g1 view", AlertQuery{Guild: "g1"}, []string{"h-new", "acme-both", "acme-g1", "k-crit", "k-low", "k-old"}},
		{"limit", AlertQuery{Limit: 2}, []string{"h-new", "acme-both"}},
		{"since", AlertQuery{Since: t0.Add(-3 * day)}, []string{"h-new", "acme-both"}},
		{"min severity", AlertQuery{MinSeverity: trust.SeverityHigh}, []string{"k-crit", "k-old"}},
		{"vendor", AlertQuery{Vendor: "kaspersky"}, []string{"k-crit", "k-low", "k-old"}},
		{"vendor, 30 days", AlertQuery{Vendor: "Kaspersky", Since: month}, []string{"k-crit", "k-low"}},
		{"vendor, min severity", AlertQuery{Vendor: "Kaspersky", MinSeverity: trust.SeverityHigh}, []string{"k-crit", "k-old"}},
		{"vendor named second", AlertQuery{Vendor: "Huawei"}, []string{"h-new", "k-crit"}},
		{"guild vendor, global view", AlertQuery{Vendor: "Acme"}, []string{"acme-both"}},
		{"guild vendor, g1 view", AlertQuery{Vendor: "Acme", Guild: "g1"}, []string{"acme-both", "acme-g1"}},
		{"guild vendor, g2 view", AlertQuery{Vendor: "Acme", Guild: "g2"}, []string{"acme-both", "acme-g2"}},
		{"unknown vendor", AlertQuery{Vendor: "Nobody"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			alerts, err := db.RecentAlerts(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range alerts {
				got = append(got, a.Title)
				if len(a.Vendors) == 0 || len(a.Signals) == 0 {
					t.Errorf("%s: vendors %v, signals %v; want both", a.Title, a.Vendors, a.Signals)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("RecentAlerts = %v, want %v", got, tc.want)
			}
			cq := tc.q
			cq.Limit = 0
			wantCount := len(tc.want)
			if tc.q.Limit > 0 {
				wantCount = 5
			}
			if n, err := db.CountAlerts(ctx, cq); err != nil || n != wantCount {
				t.Errorf("CountAlerts = %d, %v; want %d", n, err, wantCount)
			}
		})
	}
}

func TestAlertVendors(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	for i, hits := range [][]trust.VendorHit{
		{global("Huawei")}, {global("Hikvision")}, {global("huawei")}, {global("Kaspersky")},
		{guildHit("Hytera", "g1")}, {guildHit("Acme", "g2")}, {global("Hikvision")},
	} {
		it := item(fmt.Sprintf("guid:%d", i), fmt.Sprint(i))
		if _, err := db.SaveItem(ctx, src, it, alertFor(it, trust.SeverityHigh, hits...)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		guild, prefix string
		limit         int
		want          []string
	}{
		{"", "h", 0, []string{"Hikvision", "Huawei"}},
		{"g1", "H", 0, []string{"Hikvision", "Huawei", "Hytera"}},
		{"g1", "hu", 0, []string{"Huawei"}},
		{"g1", "", 2, []string{"Hikvision", "Huawei"}},
		{"g2", "", 0, []string{"Acme", "Hikvision", "Huawei", "Kaspersky"}},
		{"g1", "z", 0, nil},
	}
	for _, tc := range tests {
		got, err := db.AlertVendors(ctx, tc.guild, tc.prefix, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("AlertVendors(%q, %q, %d) = %v, want %v", tc.guild, tc.prefix, tc.limit, got, tc.want)
		}
	}
}

// TestQueryPlans pins the indexes the hot reads rely on (see
// BenchmarkRecentAlerts for their cost at scale): no table scans (a walk
// along an index in ORDER BY order is fine) and no sorting in a temporary
// B-tree.
func TestQueryPlans(t *testing.T) {
	db := openTestDB(t)
	explain := func(query string, args ...any) string {
		t.Helper()
		rows, err := db.db.Query("EXPLAIN QUERY PLAN "+query, args...)
		if err != nil {
			t.Fatalf("explain %s: %v", query, err)
		}
		defer rows.Close()
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			if strings.HasPrefix(detail, "SCAN") && !strings.Contains(detail, "USING") {
				detail = "TABLE " + detail
			}
			plan = append(plan, detail)
		}
		return strings.Join(plan, "; ")
	}
	recent := func(q AlertQuery) (string, []any) {
		if q.Vendor != "" {
			return vendorRecentQuery(q, 10)
		}
		from, where, order, args := alertFilter(q)
		return `SELECT ` + alertColumns + ` FROM ` + from + ` WHERE ` + where + ` ORDER BY ` + order + ` LIMIT 10`, args
	}
	counted := func(q AlertQuery) (string, []any) {
		from, where, _, args := alertFilter(q)
		if q.Vendor != "" {
			from = "alert_vendors av"
		}
		return `SELECT count(*) FROM ` + from + ` WHERE ` + where, args
	}
	month := t0.Add(-30 * 24 * time.Hour)
	// merged is how many bounded reads (each a seek along uses, up to a
	// limit) a query merges; their rows, up to the limit each, may be
	// scanned and sorted.
	tests := []struct {
		name   string
		query  func() (string, []any)
		uses   string
		merged int
	}{
		{"vendor recent", func() (string, []any) { return recent(AlertQuery{Vendor: "X", Guild: "g"}) }, "COVERING INDEX alert_vendors_scope (vendor=? AND guild=?)", 2},
		{"vendor recent, no guild", func() (string, []any) { return recent(AlertQuery{Vendor: "X"}) }, "COVERING INDEX alert_vendors_scope (vendor=? AND guild=?)", 1},
		{"vendor recent, min severity", func() (string, []any) {
			return recent(AlertQuery{Vendor: "X", Guild: "g", MinSeverity: trust.SeverityHigh})
		}, "COVERING INDEX alert_vendors_scope (vendor=? AND guild=?)", 2},
		{"vendor recent since", func() (string, []any) { return recent(AlertQuery{Vendor: "X", Guild: "g", Since: month}) }, "COVERING INDEX alert_vendors_scope (vendor=? AND guild=? AND published>?)", 2},
		{"vendor count 30 days", func() (string, []any) { return counted(AlertQuery{Vendor: "X", Guild: "g", Since: month}) }, "COVERING INDEX alert_vendors_scope", 0},
		{"any recent", func() (string, []any) { return recent(AlertQuery{Guild: "g"}) }, "alerts_published", 0},
		{"any count 30 days", func() (string, []any) { return counted(AlertQuery{Guild: "g", Since: month}) }, "alerts_published", 0},
		{"vendor months", func() (string, []any) {
			return alertMonthsQuery(AlertQuery{Vendor: "X", Guild: "g", Since: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
		}, "SEARCH alert_months USING PRIMARY KEY (vendor=? AND guild=? AND month>?)", 1},
		{"autocomplete", func() (string, []any) { return alertVendorsQuery("g", "", 25) }, "SEARCH alert_totals USING COVERING INDEX alert_totals_guild (guild=?)", 2},
		{"autocomplete prefix", func() (string, []any) { return alertVendorsQuery("g", "hu", 25) }, "SEARCH alert_totals USING COVERING INDEX alert_totals_guild (guild=? AND vendor>? AND vendor<?)", 2},
	}
	merging := regexp.MustCompile(`TABLE SCAN (\(subquery-\d+\)|av|names|CONSTANT ROW)|USE TEMP B-TREE FOR (ORDER|GROUP) BY`)
	for _, tc := range tests {
		query, args := tc.query()
		plan := explain(query, args...)
		rest, want := plan, "without TABLE SCAN or TEMP B-TREE"
		if tc.merged > 0 {
			rest, want = merging.ReplaceAllString(plan, ""), fmt.Sprintf("%d time(s), its rows merged", tc.merged)
		}
		if !strings.Contains(plan, tc.uses) || (tc.merged > 0 && strings.Count(plan, tc.uses) != tc.merged) ||
			strings.Contains(rest, "TABLE SCAN") || strings.Contains(rest, "TEMP B-TREE") {
			t.Errorf("%s: plan %q, want %s %s", tc.name, plan, tc.uses, want)
		}
	}
}
