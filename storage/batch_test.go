package storage

import (
	"context"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestSaveItemsLikeSaveItem stores the same sequence one item at a time
// and as one batch and wants the same results and rows.
// One transaction for a whole batch, duplicates inside it included, stores
// what one transaction per item stores.
func TestSaveItemsLikeSaveItem(t *testing.T) {
	ctx := context.Background()
	noLink := trust.Item{Key: "hash:1", Title: "No link", Published: t0}
	items := []trust.Item{
		item("guid:1", "x"), item("guid:1", "x"), item("guid:1-bis", "x"),
		item("guid:2", "y"), noLink, item("guid:3", "z"),
	}
	withAlert := []bool{true, true, false, false, true, true}
	alerts := make([]*trust.Alert, len(items))
	for i, it := range items {
		if withAlert[i] {
			alerts[i] = alertFor(it, trust.SeverityHigh, global("Huawei"))
		}
	}
	one, batch := openTestDB(t), openTestDB(t)
	var want []SaveResult
	for _, db := range []*DB{one, batch} {
		if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: "c", MinSeverity: trust.SeverityLow}, 0); err != nil {
			t.Fatal(err)
		}
	}
	src := ensureSource(t, one, "a")
	for i, it := range items {
		r, err := one.SaveItem(ctx, src, it, alerts[i])
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, r)
	}
	got, err := batch.SaveItems(ctx, ensureSource(t, batch, "a"), items, alerts)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("SaveItems returned %d results, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d: SaveItems %+v, SaveItem %+v", i, got[i], want[i])
		}
	}
	for _, table := range []string{"items", "sightings", "alerts", "alert_vendors", "outbox"} {
		if a, b := count(t, one, table), count(t, batch, table); a != b {
			t.Errorf("%s: %d rows one by one, %d in a batch", table, a, b)
		}
	}
	if _, err := batch.SaveItems(ctx, 1, items, alerts[:1]); err == nil {
		t.Error("SaveItems with mismatched alerts: no error")
	}
	if _, err := batch.SaveItems(ctx, 1, []trust.Item{{Title: "no key"}}, nil); err == nil {
		t.Error("SaveItems with an empty key: no error")
	}
}

func TestFillSynthetic(t *testing.T) {
	db := openTestDB(t)
	err := db.FillSynthetic(context.Background(), Synthetic{Items: 1000, Alerts: 100, Vendors: 5, Guilds: 3, Sources: 2, Span: 24 * time.Hour, Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	for table, want := range map[string]int{"items": 1000, "sightings": 1000, "alerts": 100, "sources": 2} {
		if n := count(t, db, table); n != want {
			t.Errorf("%d %s, want %d", n, table, want)
		}
	}
	n, err := db.CountAlerts(context.Background(), AlertQuery{Vendor: "Vendor00", Guild: "g1"})
	if err != nil || n == 0 {
		t.Errorf("CountAlerts(Vendor00) = %d, %v; want some", n, err)
	}
}
