package storage

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

func TestSaveItem(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a := ensureSource(t, db, "a")
	b := ensureSource(t, db, "b")
	noLink := trust.Item{Key: "hash:1", Title: "No link", Published: t0}

	steps := []struct {
		name      string
		source    int64
		item      trust.Item
		alert     bool
		want      SaveResult // ItemID and AlertID: 0 = zero, -1 = any non-zero
		sameAs    int        // step whose ItemID this one must have; -1 none
		articles  int        // articles stored after the step
		sightings int
		alerts    int
	}{
		{"new with alert", a, item("guid:1", "x"), true, SaveResult{ItemID: -1, New: true, AlertID: -1}, -1, 1, 1, 1},
		{"same key again", a, item("guid:1", "x"), true, SaveResult{ItemID: -1}, 0, 1, 1, 1},
		{"same link, other source", b, item("link:x", "x"), true, SaveResult{ItemID: -1, New: true, SeenElsewhere: true}, 0, 1, 2, 1},
		{"that sighting again", b, item("link:x", "x"), true, SaveResult{ItemID: -1}, 0, 1, 2, 1},
		{"same link, same source, new key", a, item("guid:1-bis", "x"), false, SaveResult{ItemID: -1, New: true, SeenElsewhere: true}, 0, 1, 3, 1},
		{"new without alert", b, item("guid:2", "y"), false, SaveResult{ItemID: -1, New: true}, -1, 2, 4, 1},
		{"no link", a, noLink, true, SaveResult{ItemID: -1, New: true, AlertID: -1}, -1, 3, 5, 2},
		// Without a link nothing ties two feeds' entries together.
		{"no link, other source", b, noLink, false, SaveResult{ItemID: -1, New: true}, -1, 4, 6, 2},
	}
	ids := make([]int64, len(steps))
	for i, st := range steps {
		var al *trust.Alert
		if st.alert {
			al = alertFor(st.item, trust.SeverityHigh, global("Huawei"))
		}
		got, err := db.SaveItem(ctx, st.source, st.item, al)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		ids[i] = got.ItemID
		if (got.ItemID != 0) != (st.want.ItemID != 0) || (got.AlertID != 0) != (st.want.AlertID != 0) ||
			got.New != st.want.New || got.SeenElsewhere != st.want.SeenElsewhere {
			t.Errorf("%s: got %+v, want %+v (-1 = any id)", st.name, got, st.want)
		}
		if st.sameAs >= 0 && got.ItemID != ids[st.sameAs] {
			t.Errorf("%s: item %d, want %d as in %q", st.name, got.ItemID, ids[st.sameAs], steps[st.sameAs].name)
		}
		if st.sameAs < 0 {
			for j := range i {
				if ids[j] == got.ItemID {
					t.Errorf("%s: item %d is the item of %q, want a new one", st.name, got.ItemID, steps[j].name)
				}
			}
		}
		for table, want := range map[string]int{"items": st.articles, "sightings": st.sightings, "alerts": st.alerts} {
			if n := count(t, db, table); n != want {
				t.Errorf("%s: %d %s, want %d", st.name, n, table, want)
			}
		}
	}

	known, err := db.KnownKeys(ctx, a, []string{"guid:1", "guid:2", "link:x", "hash:1", "guid:1-bis", "nope"})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]bool{"guid:1": true, "hash:1": true, "guid:1-bis": true}; !reflect.DeepEqual(known, want) {
		t.Errorf("KnownKeys(a) = %v, want %v", known, want)
	}
	if known, err := db.KnownKeys(ctx, b, nil); err != nil || len(known) != 0 {
		t.Errorf("KnownKeys(b, nil) = %v, %v; want empty", known, err)
	}

	if _, err := db.SaveItem(ctx, 999, item("guid:9", "z"), nil); err == nil {
		t.Error("SaveItem for an unknown source: no error")
	}
}

func TestSaveItemKnownKeysLarge(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	// More keys than SQLite's default limit on bound variables.
	keys := make([]string, 40000)
	for i := range keys {
		keys[i] = fmt.Sprintf("guid:%d", i)
	}
	for _, k := range []string{"guid:7", "guid:39999"} {
		if _, err := db.SaveItem(ctx, src, trust.Item{Key: k, Published: t0}, nil); err != nil {
			t.Fatal(err)
		}
	}
	known, err := db.KnownKeys(ctx, src, keys)
	if err != nil {
		t.Fatal(err)
	}
	if len(known) != 2 || !known["guid:7"] || !known["guid:39999"] {
		t.Errorf("KnownKeys = %v, want guid:7 and guid:39999", known)
	}
}

// TestSaveItemAtomic shows that SaveItem is one transaction: when a late
// step fails, the item, its sighting, the alert and its outbox rows that
// earlier steps wrote are all gone.
func TestSaveItemAtomic(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	src := ensureSource(t, db, "a")
	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g1", ChannelID: "c1"}, 0); err != nil {
		t.Fatal(err)
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()

	tests := []struct {
		name  string
		ctx   context.Context
		alert *trust.Alert
	}{
		// The second vendor breaks a CHECK after the item, its sighting,
		// the alert and the first vendor were written.
		{"constraint on the last vendor", ctx, alertFor(item("k", "k"), trust.SeverityHigh, global("Huawei"), global(""))},
		{"severity out of range", ctx, alertFor(item("k", "k"), 9, global("Huawei"))},
		{"canceled context", canceled, alertFor(item("k", "k"), trust.SeverityHigh, global("Huawei"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.SaveItem(tc.ctx, src, item("k", "k"), tc.alert)
			if err == nil {
				t.Fatal("SaveItem: no error")
			}
			t.Logf("SaveItem: %v", err)
			for _, table := range []string{"items", "sightings", "alerts", "alert_vendors", "outbox"} {
				if n := count(t, db, table); n != 0 {
					t.Errorf("%d rows in %s, want 0", n, table)
				}
			}
		})
	}
	// And the same item saves cleanly afterwards.
	res, err := db.SaveItem(ctx, src, item("k", "k"), alertFor(item("k", "k"), trust.SeverityHigh, global("Huawei")))
	if err != nil || !res.New || res.Outbox != 1 {
		t.Errorf("SaveItem after failures = %+v, %v; want new with 1 outbox row", res, err)
	}
}

func TestAlertRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	it := item("guid:1", "x")
	want := trust.Alert{
		Title: "Commerce adds Acme to Entity List", Link: it.CanonicalLink, Source: "The Record",
		Published: time.Date(2026, 2, 27, 8, 30, 0, 250e6, time.UTC),
		Vendors: []trust.VendorHit{
			{Name: "Zeta", Term: "Zeta Corp"},
			{Name: "Acme", Term: "ACME Inc", Guild: "g1"},
			{Name: "zeta", Term: "zeta"},              // same vendor again: dropped
			{Name: "ZETA", Term: "zeta", Guild: "g1"}, // g1's own copy of a global vendor: dropped
		},
		Signals: []trust.SignalHit{
			{Term: "entity list", Category: trust.CategorySanctions, Weight: 3},
			{Term: "backdoor", Category: trust.CategoryCompromise, Weight: 2.5},
		},
		Category: trust.CategorySanctions, Score: 5.5, Severity: trust.SeverityCritical,
		Evidence: "Commerce adds Acme to Entity List", InTitle: true, Summary: "Acme was added to the Entity List.",
		EventID: 42, CreatedAt: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
	}
	res, err := db.SaveItem(ctx, src, it, &want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Alert(ctx, res.AlertID)
	if err != nil {
		t.Fatal(err)
	}
	want.ID = res.AlertID
	want.Vendors = want.Vendors[:2]
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Alert:\n got %+v\nwant %+v", got, want)
	}

	// Without CreatedAt and EventID: now and 0.
	it2 := item("guid:2", "y")
	res, err = db.SaveItem(ctx, src, it2, alertFor(it2, trust.SeverityLow, global("Huawei")))
	if err != nil {
		t.Fatal(err)
	}
	got, err = db.Alert(ctx, res.AlertID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.CreatedAt.Equal(t0) || got.EventID != 0 {
		t.Errorf("CreatedAt, EventID = %v, %d; want %v, 0", got.CreatedAt, got.EventID, t0)
	}

	if _, err := db.Alert(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Alert(999) error = %v, want ErrNotFound", err)
	}
}

func TestAlertByLink(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a := ensureSource(t, db, "a")
	b := ensureSource(t, db, "b")
	it := item("guid:1", "x")
	res, err := db.SaveItem(ctx, a, it, alertFor(it, trust.SeverityHigh, global("Huawei")))
	if err != nil {
		t.Fatal(err)
	}
	db.now = func() time.Time { return t0.Add(time.Minute) }
	if _, err := db.SaveItem(ctx, b, item("link:x", "x"), nil); err != nil {
		t.Fatal(err)
	}
	quiet := item("guid:2", "quiet")
	if _, err := db.SaveItem(ctx, a, quiet, nil); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		link      string
		sightings []Sighting
		alert     bool
	}{
		{it.CanonicalLink, []Sighting{{a, "a", "guid:1", t0}, {b, "b", "link:x", t0.Add(time.Minute)}}, true},
		{it.Link, []Sighting{{a, "a", "guid:1", t0}, {b, "b", "link:x", t0.Add(time.Minute)}}, true},
		{quiet.CanonicalLink, []Sighting{{a, "a", "guid:2", t0.Add(time.Minute)}}, false},
	}
	for _, tc := range tests {
		got, err := db.AlertByLink(ctx, tc.link)
		if err != nil {
			t.Errorf("AlertByLink(%s): %v", tc.link, err)
			continue
		}
		if !reflect.DeepEqual(got.Sightings, tc.sightings) {
			t.Errorf("AlertByLink(%s) sightings = %+v, want %+v", tc.link, got.Sightings, tc.sightings)
		}
		if (got.Alert != nil) != tc.alert || (tc.alert && got.Alert.ID != res.AlertID) {
			t.Errorf("AlertByLink(%s) alert = %+v, want one: %v", tc.link, got.Alert, tc.alert)
		}
	}
	got, _ := db.AlertByLink(ctx, it.CanonicalLink)
	if got.Title != it.Title || got.CanonicalLink != it.CanonicalLink || !got.Published.Equal(it.Published) || !got.DateKnown {
		t.Errorf("AlertByLink article = %+v, want the fields of %+v", got, it)
	}
	if _, err := db.AlertByLink(ctx, "https://nowhere.example/"); !errors.Is(err, ErrNotFound) {
		t.Errorf("AlertByLink(unknown) error = %v, want ErrNotFound", err)
	}
}

// TestSaveItemConcurrent saves from several goroutines at once, with
// overlapping articles: every call must succeed (writers wait for each
// other instead of failing with SQLITE_BUSY) and each article is stored once.
func TestSaveItemConcurrent(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g1", ChannelID: "c1"}, 0); err != nil {
		t.Fatal(err)
	}
	const workers, perWorker, articles = 6, 40, 50
	srcs := make([]int64, workers)
	for w := range srcs {
		srcs[w] = ensureSource(t, db, fmt.Sprintf("s%d", w))
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	alerts := make(chan int64, workers*perWorker)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWorker {
				it := item(fmt.Sprintf("guid:%d", i), fmt.Sprintf("a%d", (w*7+i)%articles))
				res, err := db.SaveItem(ctx, srcs[w], it, alertFor(it, trust.SeverityHigh, global("Huawei")))
				if err != nil {
					errs <- err
					return
				}
				if res.AlertID != 0 {
					alerts <- res.AlertID
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(alerts)
	for err := range errs {
		t.Error(err)
	}
	n := 0
	for range alerts {
		n++
	}
	distinct := count(t, db, "items")
	if n != distinct || count(t, db, "alerts") != distinct || count(t, db, "outbox") != distinct {
		t.Errorf("%d alerts returned, %d items, %d alerts, %d outbox rows; want all equal",
			n, distinct, count(t, db, "alerts"), count(t, db, "outbox"))
	}
	if s := count(t, db, "sightings"); s != workers*perWorker {
		t.Errorf("%d sightings, want %d", s, workers*perWorker)
	}
}

// TestItemsLinkIndexIsPartial: the raw-link index holds only the articles
// whose raw link is not their canonical link, and AlertByLink's fallback
// still uses it.
func TestItemsLinkIndexIsPartial(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	tracked := item("guid:1", "tracked") // link has ?utm_source=rss
	plain := item("guid:2", "plain")
	plain.Link = plain.CanonicalLink
	for _, it := range []trust.Item{tracked, plain} {
		if _, err := db.SaveItem(ctx, src, it, nil); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM items INDEXED BY items_link WHERE link IS NOT canonical_link`).Scan(&n); err != nil || n != 1 {
		t.Errorf("items_link holds %d entries (%v), want 1", n, err)
	}
	rows, err := db.db.QueryContext(ctx, `EXPLAIN QUERY PLAN SELECT id FROM items WHERE link = ?1 AND link IS NOT canonical_link`, tracked.Link)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	plan := ""
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan += detail + "\n"
	}
	if !strings.Contains(plan, "items_link") {
		t.Errorf("the fallback does not use items_link:\n%s", plan)
	}
	for _, link := range []string{tracked.Link, plain.Link} {
		if _, err := db.AlertByLink(ctx, link); err != nil {
			t.Errorf("AlertByLink(%s): %v", link, err)
		}
	}
}
