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

// The tests that hold a read to counting the rows share what they do
// around their check: a made-up history to read, every query of a grid,
// and the same check again after rows are deleted and edited as no
// storage method does (the cases a trigger or an index can get wrong).

// syntheticDB opens a test database holding 3000 items of three sources
// over the 120 days before now, alerts of them alerting on six vendors in
// three guilds.
func syntheticDB(t *testing.T, now time.Time, alerts int, seed uint64) *storage.DB {
	t.Helper()
	db := storage.OpenTestDB(t)
	if err := storagetest.FillSynthetic(context.Background(), db, storagetest.Synthetic{Items: 3000, Alerts: alerts, Vendors: 6, Guilds: 3, Sources: 3,
		Span: 120 * 24 * time.Hour, Now: now, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	return db
}

// eachAlertQuery calls fn with every query of a vendor in a guild since a
// time at a severity, and a name for it in messages, stage first.
func eachAlertQuery(stage string, vendors, guilds []string, sinces []time.Time, sevs []trust.Severity, fn func(q storage.AlertQuery, name string)) {
	for _, vendor := range vendors {
		for _, guild := range guilds {
			for _, since := range sinces {
				for _, sev := range sevs {
					fn(storage.AlertQuery{Vendor: vendor, Guild: guild, Since: since, MinSeverity: sev},
						fmt.Sprintf("%s: %s in %q since %v at %v", stage, vendor, guild, since, sev))
				}
			}
		}
	}
}

// checkThroughChanges runs check on the rows as stored, after the
// statements deletes and after the statements edits.
func checkThroughChanges(t *testing.T, db *storage.DB, check func(stage string), deletes, edits []string) {
	t.Helper()
	check("stored")
	execAll(t, db, deletes)
	check("after deletes")
	execAll(t, db, edits)
	check("after edits")
}

func execAll(t *testing.T, db *storage.DB, stmts []string) {
	t.Helper()
	for _, stmt := range stmts {
		if err := db.ExecRaw(context.Background(), stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
}
