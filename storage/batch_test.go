package storage

import (
	"context"
	"errors"
	"fmt"
	"sync"
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

// TestSaveFeedRecordsSuccess stores the items and the poll's validators
// together, and a feed with no new items still records its success.
func TestSaveFeedRecordsSuccess(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	ok := &PollSuccess{ETag: `"v1"`, LastModified: "Sat, 01 Mar 2026 11:00:00 GMT", At: t0, Next: t0.Add(time.Hour)}
	res, err := db.SaveFeed(ctx, src, []trust.Item{item("guid:1", "one")}, nil, ok)
	if err != nil || len(res) != 1 || !res[0].New {
		t.Fatalf("SaveFeed = %+v, %v; want one new item", res, err)
	}
	st, err := db.Source(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	if st.ETag != ok.ETag || st.LastModified != ok.LastModified || !st.Seeded || !st.NextPoll.Equal(ok.Next) || !st.LastSuccess.Equal(t0) {
		t.Errorf("source state %+v, want the validators, seeded, next poll %v", st, ok.Next)
	}
	ok2 := &PollSuccess{ETag: `"v2"`, At: t0.Add(time.Hour), Next: t0.Add(2 * time.Hour)}
	if res, err := db.SaveFeed(ctx, src, nil, nil, ok2); err != nil || len(res) != 0 {
		t.Fatalf("SaveFeed of no items = %+v, %v", res, err)
	}
	if st, _ := db.Source(ctx, src); st.ETag != `"v2"` || !st.NextPoll.Equal(ok2.Next) {
		t.Errorf("after an empty feed: etag %q next %v, want %q %v", st.ETag, st.NextPoll, ok2.ETag, ok2.Next)
	}
	// A source that is gone: nothing is stored, and the error says why.
	if _, err := db.SaveFeed(ctx, src+100, []trust.Item{item("guid:9", "nine")}, nil, ok); err == nil {
		t.Error("SaveFeed for a missing source succeeded")
	}
	if n := count(t, db, "items"); n != 1 {
		t.Errorf("%d items stored, want 1", n)
	}
}

// TestSaveBatchIsolatesFeeds stores five queued feeds in one commit,
// two failing and one whose caller gave up: the failure and the
// cancelled feed leave nothing behind, the others are stored whole.
func TestSaveBatchIsolatesFeeds(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, b := ensureSource(t, db, "a"), ensureSource(t, db, "b")
	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: "c", MinSeverity: trust.SeverityLow}, 0); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	alertsOf := map[*saveReq][]*trust.Alert{}
	req := func(ctx context.Context, src int64, ok *PollSuccess, items ...trust.Item) *saveReq {
		alerts := make([]*trust.Alert, len(items))
		for i, it := range items {
			alerts[i] = alertFor(it, trust.SeverityHigh, global("Huawei"))
		}
		r := &saveReq{ctx: ctx, sourceID: src, items: items, alertFor: func(i int) *trust.Alert { return alerts[i] }, ok: ok, done: make(chan struct{})}
		alertsOf[r] = alerts
		return r
	}
	good1 := req(ctx, a, &PollSuccess{ETag: `"a"`, At: t0, Next: t0.Add(time.Hour)}, item("guid:1", "one"), item("guid:2", "two"))
	// A missing source fails on its first item.
	missing := req(ctx, b+100, nil, item("guid:4", "four"))
	// This one fails on its second item's alert (a severity the schema
	// refuses), after its first item and alert were written: the
	// savepoint undoes both.
	half := req(ctx, a, nil, item("guid:7", "seven"), item("guid:8", "eight"))
	alertsOf[half][1].Severity = 99
	gaveUp := req(cancelled, b, nil, item("guid:5", "five"))
	good2 := req(ctx, b, &PollSuccess{ETag: `"b"`, At: t0, Next: t0.Add(time.Hour)}, item("guid:6", "six"))
	db.wmu.Lock()
	db.saveBatch(ctx, []*saveReq{good1, missing, half, gaveUp, good2})
	db.wmu.Unlock()
	for name, r := range map[string]*saveReq{"good1": good1, "good2": good2} {
		if r.err != nil || len(r.res) != len(r.items) {
			t.Errorf("%s: %+v, %v; want stored", name, r.res, r.err)
			continue
		}
		for _, x := range r.res {
			if !x.New || x.AlertID == 0 || x.Outbox != 1 {
				t.Errorf("%s: result %+v, want a new item with an alert routed once", name, x)
			}
		}
	}
	if missing.err == nil || missing.res != nil {
		t.Errorf("missing source: %+v, %v; want an error", missing.res, missing.err)
	}
	if half.err == nil || half.res != nil {
		t.Errorf("failing second alert: %+v, %v; want an error", half.res, half.err)
	}
	if !errors.Is(gaveUp.err, context.Canceled) {
		t.Errorf("cancelled caller: err %v, want context.Canceled", gaveUp.err)
	}
	for _, r := range []*saveReq{good1, missing, half, gaveUp, good2} {
		select {
		case <-r.done:
		default:
			t.Errorf("request for source %d not completed", r.sourceID)
		}
	}
	if n := count(t, db, "items"); n != 3 {
		t.Errorf("%d items, want 3 (guid:1, guid:2, guid:6)", n)
	}
	if n := count(t, db, "alerts"); n != 3 {
		t.Errorf("%d alerts, want 3", n)
	}
	if n := count(t, db, "outbox"); n != 3 {
		t.Errorf("%d outbox rows, want 3", n)
	}
	if st, _ := db.Source(ctx, a); st.ETag != `"a"` {
		t.Errorf("source a etag %q, want \"a\"", st.ETag)
	}
	if st, _ := db.Source(ctx, b); st.ETag != `"b"` {
		t.Errorf("source b etag %q, want \"b\"", st.ETag)
	}
}

// TestSaveFeedConcurrent stores feeds from many goroutines at once, as the
// poller does; every item is stored once and every caller hears back.
func TestSaveFeedConcurrent(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	const feeds, perFeed = 40, 10
	srcs := make([]int64, 8)
	for i := range srcs {
		srcs[i] = ensureSource(t, db, fmt.Sprintf("s%d", i))
	}
	var wg sync.WaitGroup
	errs := make(chan error, feeds)
	for f := range feeds {
		wg.Go(func() {
			items := make([]trust.Item, perFeed)
			for i := range items {
				items[i] = item(fmt.Sprintf("guid:%d-%d", f, i), fmt.Sprintf("%d-%d", f, i))
			}
			src := srcs[f%len(srcs)]
			res, err := db.SaveFeed(ctx, src, items, nil, &PollSuccess{At: t0, Next: t0.Add(time.Minute)})
			if err != nil {
				errs <- err
				return
			}
			for i, r := range res {
				if !r.New || r.ItemID == 0 {
					errs <- fmt.Errorf("feed %d item %d: %+v", f, i, r)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := count(t, db, "items"); n != feeds*perFeed {
		t.Errorf("%d items, want %d", n, feeds*perFeed)
	}
	if n := count(t, db, "sightings"); n != feeds*perFeed {
		t.Errorf("%d sightings, want %d", n, feeds*perFeed)
	}
}

// TestSaveKnownKeyChangesNothing: a key the source has stored is not new,
// even when its link has changed since (the article inserted on the way
// is taken back), and even without the caller asking KnownKeys first.
func TestSaveKnownKeyChangesNothing(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	first, err := db.SaveItem(ctx, src, item("guid:1", "old-link"), nil)
	if err != nil || !first.New {
		t.Fatalf("first save = %+v, %v", first, err)
	}
	for _, it := range []trust.Item{item("guid:1", "old-link"), item("guid:1", "new-link")} {
		al := alertFor(it, trust.SeverityHigh, global("ZTE"))
		res, err := db.SaveItems(ctx, src, []trust.Item{it}, []*trust.Alert{al})
		if err != nil || len(res) != 1 {
			t.Fatalf("SaveItems(%s) = %+v, %v", it.Link, res, err)
		}
		if res[0].New || res[0].ItemID != first.ItemID || res[0].AlertID != 0 {
			t.Errorf("SaveItems(%s) = %+v, want the stored article %d, not new, no alert", it.Link, res[0], first.ItemID)
		}
	}
	for table, want := range map[string]int{"items": 1, "sightings": 1, "alerts": 0} {
		if n := count(t, db, table); n != want {
			t.Errorf("%d rows in %s, want %d", n, table, want)
		}
	}
}
