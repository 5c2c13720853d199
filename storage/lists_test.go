package storage

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

func TestListStorage(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	at := time.Date(2024, 3, 5, 18, 43, 24, 0, time.UTC)

	list, err := db.EnsureList(ctx, "OFAC SDN list", "https://ofac.example/sdn.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := db.ListSnapshot(ctx, list.ID); ok || err != nil {
		t.Fatalf("snapshot before the first capture: ok %v err %v", ok, err)
	}
	c := ListCapture{URL: list.URL, Format: "ofac-sdn", Version: "v2", Body: []byte("body"), Entries: 1, TakenAt: at}
	changes := []ListChange{{Op: "added", Key: "48059", Name: "INTELLEXA S.A.", Detail: "added 48059", At: at}}
	for range 2 { // saved twice (a crash and a retry): one change
		if err := db.SaveListSnapshot(ctx, list.ID, c, changes); err != nil {
			t.Fatal(err)
		}
	}
	got, ok, err := db.ListSnapshot(ctx, list.ID)
	if err != nil || !ok || got.Version != "v2" || string(got.Body) != "body" || !got.TakenAt.Equal(at) {
		t.Fatalf("snapshot = %+v ok %v err %v", got, ok, err)
	}
	all, err := db.ListChanges(ctx, "OFAC SDN list", time.Time{}, 0)
	if err != nil || len(all) != 1 || all[0].Version != "v2" {
		t.Fatalf("changes = %+v err %v, want one of v2", all, err)
	}
	if other, err := db.ListChanges(ctx, "OFAC SDN list", at.Add(time.Hour), 0); err != nil || len(other) != 0 {
		t.Errorf("changes at another time = %+v err %v, want none", other, err)
	}

	// Vendors first seen in the news: unlisted vendors of press alerts,
	// not of the list's own alerts, and not older than asked.
	news, err := db.EnsureSource(ctx, "News", "https://news.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	save := func(src SourceState, key, vendor string, when time.Time) {
		t.Helper()
		a := &trust.Alert{Title: vendor + " sanctioned", Link: "https://x.example/" + key, Source: src.Name, Published: when,
			Vendors: []trust.VendorHit{{Name: vendor, Term: vendor, Unlisted: true}}, Category: trust.CategorySanctions, Severity: trust.SeverityHigh}
		if _, err := db.SaveItem(ctx, src.ID, trust.Item{Key: key, Link: a.Link, Title: a.Title, Published: when, DateKnown: true}, a); err != nil {
			t.Fatal(err)
		}
	}
	save(news, "1", "Thalestris", at)
	save(news, "2", "Old Spyware Co", at.Add(-400*24*time.Hour))
	save(list, "3", "THALESTRIS LIMITED", at)
	names, err := db.NewsVendors(ctx, at.Add(-90*24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Thalestris"}; !slices.Equal(names, want) {
		t.Errorf("NewsVendors = %v, want %v", names, want)
	}
}

// TestSQLDay holds the SQL date of a list's confirmation to the Go form
// the list's alerts use ("5 March 2024").
func TestSQLDay(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for m := time.January; m <= time.December; m++ {
		for _, d := range []int{1, 9, 10, 28} {
			at := time.Date(2024, m, d, 23, 59, 59, 0, time.UTC)
			var got string
			if err := db.db.QueryRowContext(ctx, `SELECT `+sqlDay("?1"), ms(at)).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if want := at.Format("2 January 2006"); got != want {
				t.Errorf("sqlDay(%v) = %q, want %q", at, got, want)
			}
		}
	}
}
