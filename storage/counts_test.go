package storage_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestCountAlertsMatchesRows holds the counts that migration 7's triggers
// keep to a count of the rows themselves, for every vendor, guild, window
// and severity asked, after alerts are stored, deleted in cascade with
// their items, and edited.
func TestCountAlertsMatchesRows(t *testing.T) {
	ctx := context.Background()
	db := storage.OpenTestDB(t)
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	if err := storagetest.FillSynthetic(ctx, db, storagetest.Synthetic{Items: 3000, Alerts: 800, Vendors: 6, Guilds: 3, Sources: 3,
		Span: 120 * 24 * time.Hour, Now: now, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	check := func(stage string) {
		t.Helper()
		nonzero := 0
		for _, vendor := range []string{"Vendor00", "vendor00", "VENDOR03", "Vendor05", "Own01", "Nobody"} {
			for _, guild := range []string{"", "g0", "g1", "g2"} {
				for _, since := range []time.Time{{}, now.Add(-30 * 24 * time.Hour), now.Add(-90 * time.Minute), now.Add(-200 * 24 * time.Hour), now.Add(time.Hour), time.UnixMilli(0), time.UnixMilli(-5)} {
					for _, sev := range []trust.Severity{0, trust.SeverityMedium, trust.SeverityCritical} {
						q := storage.AlertQuery{Vendor: vendor, Guild: guild, Since: since, MinSeverity: sev}
						name := fmt.Sprintf("%s: %s in %q since %v at %v", stage, vendor, guild, since, sev)
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
					}
				}
			}
		}
		if nonzero < 100 {
			t.Fatalf("%s: only %d of the queries count any alert: the check checks little", stage, nonzero)
		}
	}
	check("stored")
	// Items deleted take their alerts and alert vendors in cascade.
	if err := db.ExecRaw(ctx, `DELETE FROM items WHERE id % 3 = 0`); err != nil {
		t.Fatal(err)
	}
	check("after deletes")
	if err := db.ExecRaw(ctx, `UPDATE alert_vendors SET severity = 4, published = published - 86400000 WHERE alert_id % 5 = 0`); err != nil {
		t.Fatal(err)
	}
	check("after edits")
}
