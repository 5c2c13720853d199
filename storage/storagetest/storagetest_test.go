package storagetest

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func openDB(t testing.TB) *storage.DB {
	t.Helper()
	db, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	db.SetClock(func() time.Time { return t0 })
	t.Cleanup(func() { db.Close() })
	return db
}

// count returns the number of rows in table.
func count(t testing.TB, db *storage.DB, table string) int {
	t.Helper()
	rows, err := db.RawQuery(context.Background(), `SELECT count(*) FROM `+table)
	if err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	defer rows.Close()
	var n int
	if !rows.Next() {
		t.Fatalf("count %s: no row", table)
	}
	if err := rows.Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}

func TestFillSynthetic(t *testing.T) {
	db := openDB(t)
	err := FillSynthetic(context.Background(), db, Synthetic{Items: 1000, Alerts: 100, Vendors: 5, Guilds: 3, Sources: 2, Span: 24 * time.Hour, Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	for table, want := range map[string]int{"items": 1000, "sightings": 1000, "alerts": 100, "sources": 2} {
		if n := count(t, db, table); n != want {
			t.Errorf("%d %s, want %d", n, table, want)
		}
	}
	n, err := db.CountAlerts(context.Background(), storage.AlertQuery{Vendor: "Vendor00", Guild: "g1"})
	if err != nil || n == 0 {
		t.Errorf("CountAlerts(Vendor00) = %d, %v; want some", n, err)
	}
}

// TestSaveItemAndChannelOutbox: an alert saved with SaveItem shows in its
// channel's outbox with the nonce the dispatcher would send, and in every
// state after.
func TestSaveItemAndChannelOutbox(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	src, err := db.EnsureSource(ctx, "News", "https://news.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddSubscription(ctx, storage.Subscription{GuildID: "g", ChannelID: "c", MinSeverity: trust.SeverityLow}, 0); err != nil {
		t.Fatal(err)
	}
	it := trust.Item{Key: "guid:1", Link: "https://news.example/1", CanonicalLink: "https://news.example/1", Title: "Huawei banned", Published: t0, DateKnown: true}
	a := &trust.Alert{Title: it.Title, Link: it.Link, Source: "News", Published: t0,
		Vendors: []trust.VendorHit{{Name: "Huawei", Term: "Huawei"}}, Category: trust.CategoryBan, Severity: trust.SeverityHigh}
	res, err := SaveItem(ctx, db, src.ID, it, a)
	if err != nil || !res.New || res.AlertID == 0 || res.Outbox != 1 {
		t.Fatalf("SaveItem = %+v, %v; want a new alert with one outbox row", res, err)
	}
	if again, err := SaveItem(ctx, db, src.ID, it, a); err != nil || again.New {
		t.Errorf("SaveItem again = %+v, %v; want nothing new", again, err)
	}

	pending, err := db.PendingOutbox(ctx, t0.Add(time.Minute), 10)
	if err != nil || len(pending) != 1 {
		t.Fatalf("PendingOutbox = %+v, %v; want one row", pending, err)
	}
	recs, err := ChannelOutbox(ctx, db, "c")
	if err != nil || len(recs) != 1 {
		t.Fatalf("ChannelOutbox = %+v, %v; want one row", recs, err)
	}
	want := OutboxRecord{ID: pending[0].ID, Kind: "alert", AlertID: res.AlertID, GuildID: "g", ChannelID: "c", Nonce: pending[0].Nonce, Status: "pending"}
	if recs[0] != want {
		t.Errorf("ChannelOutbox = %+v\nwant %+v", recs[0], want)
	}
	if err := db.MarkSent(ctx, want.ID, "m1"); err != nil {
		t.Fatal(err)
	}
	if recs, err := ChannelOutbox(ctx, db, "c"); err != nil || len(recs) != 1 || recs[0].Status != "sent" || recs[0].MessageID != "m1" {
		t.Errorf("after MarkSent: %+v, %v; want the row sent as m1", recs, err)
	}
	if recs, err := ChannelOutbox(ctx, db, "other"); err != nil || len(recs) != 0 {
		t.Errorf("another channel: %+v, %v; want none", recs, err)
	}
}
