package storage

import (
	"context"
	"fmt"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// floodFeed is n items of one source, each with an alert of sev naming
// vendor(i).
func floodFeed(prefix string, n int, sev trust.Severity, vendor func(i int) string) ([]trust.Item, []*trust.Alert) {
	items := make([]trust.Item, n)
	alerts := make([]*trust.Alert, n)
	for i := range n {
		items[i] = item(fmt.Sprintf("%s-%d", prefix, i), fmt.Sprintf("%s/%d", prefix, i))
		alerts[i] = alertFor(items[i], sev, global(vendor(i)))
		alerts[i].Source = prefix
	}
	return items, alerts
}

// drainUntil sends (marks sent) the channel's rows in the dispatcher's
// order up to alertID's, and returns how many went before it.
func drainUntil(t *testing.T, db *DB, channel string, alertID int64) int {
	t.Helper()
	ctx := context.Background()
	for ahead := 0; ; ahead++ {
		e, ok, err := db.NextOutbox(ctx, channel, t0)
		if err != nil || !ok {
			t.Fatalf("next outbox row after %d: %v, %v", ahead, ok, err)
		}
		if err := db.MarkSent(ctx, e.ID, fmt.Sprint("m", e.ID)); err != nil {
			t.Fatal(err)
		}
		if e.Kind == trust.OutboxAlert && e.Alert.ID == alertID && e.RefID == 0 {
			return ahead
		}
	}
}

// A critical alert goes out before a backlog of lower ones queued before
// it (here 1,000 from one source, the cap raised so that all are queued);
// rows of one severity keep their order.
func TestOutboxMostSevereFirst(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	if err := db.SetPostsPerPoll(ctx, 5000); err != nil {
		t.Fatal(err)
	}
	flood, other := ensureSource(t, db, "flood"), ensureSource(t, db, "other")
	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: "c"}, 0); err != nil {
		t.Fatal(err)
	}
	items, alerts := floodFeed("flood", 1000, trust.SeverityLow, func(int) string { return "Huawei" })
	res, err := db.SaveItems(ctx, flood, items, alerts)
	if err != nil {
		t.Fatal(err)
	}
	firstFlood := res[0].AlertID
	it := item("crit", "crit")
	crit, err := db.SaveItem(ctx, other, it, alertFor(it, trust.SeverityCritical, global("Kaspersky")))
	if err != nil {
		t.Fatal(err)
	}
	it = item("high", "high")
	high, err := db.SaveItem(ctx, other, it, alertFor(it, trust.SeverityHigh, global("Kaspersky")))
	if err != nil {
		t.Fatal(err)
	}

	pending, err := db.PendingOutbox(ctx, t0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 1 || pending[0].Alert.ID != crit.AlertID {
		t.Fatalf("PendingOutbox: %+v, want the critical alert %d", pending, crit.AlertID)
	}
	if n := drainUntil(t, db, "c", crit.AlertID); n != 0 {
		t.Errorf("the critical alert waits behind %d rows, want 0", n)
	}
	if n := drainUntil(t, db, "c", high.AlertID); n != 0 {
		t.Errorf("once the critical is sent, the high alert waits behind %d rows, want 0", n)
	}
	// Then the flood, oldest first.
	e, ok, err := db.NextOutbox(ctx, "c", t0)
	if err != nil || !ok || e.Alert.ID != firstFlood {
		t.Errorf("after the urgent ones: %+v %v %v, want the flood's first alert %d", e, ok, err, firstFlood)
	}
}

// One poll of one source posts at most posts_per_poll alerts to a channel,
// its most severe; the rest are one summary row whose flood says how many
// and of which vendors. Another channel of another guild counts apart.
func TestFloodSummedUp(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "flood")
	for _, s := range []Subscription{{GuildID: "g", ChannelID: "c"}, {GuildID: "h", ChannelID: "d", Vendor: "ZTE"}} {
		if _, err := db.AddSubscription(ctx, s, 0); err != nil {
			t.Fatal(err)
		}
	}
	// 995 low alerts (600 Huawei, then 395 ZTE) and, last in the feed,
	// 5 high ones about ZTE.
	items, alerts := floodFeed("flood", 1000, trust.SeverityLow, func(i int) string {
		if i < 600 {
			return "Huawei"
		}
		return "ZTE"
	})
	for i := 995; i < 1000; i++ {
		alerts[i].Severity = trust.SeverityHigh
	}
	res, err := db.SaveItems(ctx, src, items, alerts)
	if err != nil {
		t.Fatal(err)
	}

	rows, err := db.ChannelOutbox(ctx, "c")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != DefaultPostsPerPoll+1 {
		t.Fatalf("channel c has %d outbox rows, want %d alerts and a summary", len(rows), DefaultPostsPerPoll)
	}
	posted := map[int64]bool{}
	for _, r := range rows[:DefaultPostsPerPoll] {
		if r.RefID != 0 {
			t.Fatalf("row %+v: a summary before the posts", r)
		}
		posted[r.AlertID] = true
	}
	for i := 995; i < 1000; i++ {
		if !posted[res[i].AlertID] {
			t.Errorf("high alert %d (item %d) not posted one by one", res[i].AlertID, i)
		}
	}
	sum := rows[DefaultPostsPerPoll]
	if sum.RefID == 0 || posted[sum.AlertID] {
		t.Fatalf("last row %+v: want a summary led by an alert not posted", sum)
	}
	f, err := db.Flood(ctx, sum.RefID)
	if err != nil {
		t.Fatal(err)
	}
	want := []trust.FloodVendor{{Name: "Huawei", Alerts: 595}, {Name: "ZTE", Alerts: 395}}
	if f.Source != "flood" || f.Posted != DefaultPostsPerPoll || f.Alerts != 990 || fmt.Sprint(f.Vendors) != fmt.Sprint(want) {
		t.Errorf("flood %+v, want source flood, 10 posted, 990 summed up, vendors %v", f, want)
	}
	// Channel d sees only ZTE's 400: its own 10 and a summary of 390.
	rows, err = db.ChannelOutbox(ctx, "d")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != DefaultPostsPerPoll+1 {
		t.Fatalf("channel d has %d rows, want %d", len(rows), DefaultPostsPerPoll+1)
	}
	if f, err := db.Flood(ctx, rows[DefaultPostsPerPoll].RefID); err != nil || f.Alerts != 390 || f.GuildID != "h" {
		t.Errorf("flood of d: %+v, %v; want 390 alerts of guild h", f, err)
	}
	// The summary goes out after the poll's own posts, and before nothing
	// more severe.
	e, _, err := db.NextOutbox(ctx, "c", t0)
	if err != nil || e.RefID != 0 || e.Alert.Severity != trust.SeverityHigh {
		t.Errorf("first row of c: %+v, %v; want a high alert", e, err)
	}

	// The next poll has a limit of its own.
	items, alerts = floodFeed("later", 3, trust.SeverityLow, func(int) string { return "Huawei" })
	if _, err := db.SaveItems(ctx, src, items, alerts); err != nil {
		t.Fatal(err)
	}
	if rows, _ := db.ChannelOutbox(ctx, "c"); len(rows) != DefaultPostsPerPoll+4 {
		t.Errorf("after a poll of 3: %d rows in c, want %d", len(rows), DefaultPostsPerPoll+4)
	}
	// One alert over the limit is posted, not summed up.
	if err := db.SetPostsPerPoll(ctx, 2); err != nil {
		t.Fatal(err)
	}
	items, alerts = floodFeed("three", 3, trust.SeverityLow, func(int) string { return "Huawei" })
	res, err = db.SaveItems(ctx, src, items, alerts)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ = db.ChannelOutbox(ctx, "c")
	for _, r := range rows[len(rows)-3:] {
		if r.RefID != 0 {
			t.Errorf("a poll of 3 with a limit of 2: summary row %+v, want 3 plain posts", r)
		}
	}
	for _, r := range res {
		if r.Outbox != 1 {
			t.Errorf("result %+v: want 1 outbox row", r)
		}
	}
}
