package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCountAlertsMatchesRows holds the counts that migration 7's triggers
// keep to a count of the rows themselves, for every vendor, guild, window
// and severity asked, after alerts are stored, deleted in cascade with
// their items, and edited.
func TestCountAlertsMatchesRows(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	db := syntheticDB(t, now, 800, 7)
	check := func(stage string) {
		t.Helper()
		nonzero := 0
		eachAlertQuery(stage, []string{"Vendor00", "vendor00", "VENDOR03", "Vendor05", "Own01", "Nobody"},
			[]string{"", "g0", "g1", "g2"},
			[]time.Time{{}, now.Add(-30 * 24 * time.Hour), now.Add(-90 * time.Minute), now.Add(-200 * 24 * time.Hour), now.Add(time.Hour), time.UnixMilli(0), time.UnixMilli(-5)},
			[]trust.Severity{0, trust.SeverityMedium, trust.SeverityCritical},
			func(q storage.AlertQuery, name string) {
				got, err := db.CountAlerts(ctx, q)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				want, err := storage.CountAlertRows(db, ctx, q)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if got != want {
					t.Errorf("%s: CountAlerts = %d, rows = %d", name, got, want)
				}
				if want > 0 {
					nonzero++
				}
			})
		if nonzero < 100 {
			t.Fatalf("%s: only %d of the queries count any alert: the check checks little", stage, nonzero)
		}
	}
	checkThroughChanges(t, db, check,
		[]string{`DELETE FROM items WHERE id % 3 = 0`}, // alerts and their vendors in cascade
		[]string{`UPDATE alert_vendors SET severity = 4, published = published - 86400000 WHERE alert_id % 5 = 0`})
}
