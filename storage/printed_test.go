package storage

import (
	"context"
	"fmt"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The print mark: set to the newest alert when missing (history is not
// printed again), moved by SetPrinted, dropped by ForgetPrinted; the
// alerts above it come back in id order, with their vendors.
func TestPrintMark(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	stored := 0
	save := func(n int) []int64 {
		var ids []int64
		for range n {
			stored++
			it := item(fmt.Sprintf("guid:%d", stored), fmt.Sprintf("story-%d", stored))
			res, err := db.SaveItem(ctx, src, it, alertFor(it, trust.SeverityHigh, global("Kaspersky")))
			if err != nil || res.AlertID == 0 {
				t.Fatalf("save: %+v, %v", res, err)
			}
			ids = append(ids, res.AlertID)
		}
		return ids
	}
	old := save(2)
	mark, err := db.StartPrinting(ctx)
	if err != nil || mark != old[1] {
		t.Fatalf("first StartPrinting = %d, %v; want the newest alert %d", mark, err, old[1])
	}
	fresh := save(3)
	got, err := db.AlertsAfter(ctx, mark, 2)
	if err != nil || len(got) != 2 || got[0].ID != fresh[0] || got[1].ID != fresh[1] || len(got[0].Vendors) != 1 {
		t.Fatalf("AlertsAfter(%d, 2) = %+v, %v; want alerts %v with their vendor", mark, got, err, fresh[:2])
	}
	if err := db.SetPrinted(ctx, fresh[0]); err != nil {
		t.Fatal(err)
	}
	// A restart keeps the mark, though newer alerts exist.
	if mark, err := db.StartPrinting(ctx); err != nil || mark != fresh[0] {
		t.Fatalf("StartPrinting after SetPrinted = %d, %v; want %d", mark, err, fresh[0])
	}
	if err := db.ForgetPrinted(ctx); err != nil {
		t.Fatal(err)
	}
	if mark, err := db.StartPrinting(ctx); err != nil || mark != fresh[2] {
		t.Fatalf("StartPrinting after ForgetPrinted = %d, %v; want the newest alert %d", mark, err, fresh[2])
	}
	if got, err := db.AlertsAfter(ctx, fresh[2], 10); err != nil || len(got) != 0 {
		t.Fatalf("AlertsAfter the newest = %+v, %v", got, err)
	}
}
