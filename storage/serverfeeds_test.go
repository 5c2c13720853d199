package storage

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

func addFeed(t *testing.T, db *DB, guild, name, url string, max int) (ServerFeed, error) {
	t.Helper()
	return db.AddServerFeed(context.Background(), ServerFeed{GuildID: guild, Name: name, AddedBy: "u1"}, url, "Feed title", max)
}

// TestServerFeedsOnePerURL: guilds that add one URL share one source, a
// guild's feeds are capped and unique by URL and by name, a URL that is a
// config source's is that source, and a feed no guild has is not polled.
func TestServerFeedsOnePerURL(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	const url = "https://blog.test/rss"
	a, err := addFeed(t, db, "g1", "Blog", url, 2)
	if err != nil {
		t.Fatal(err)
	}
	b, err := addFeed(t, db, "g2", "Their blog", url, 2)
	if err != nil {
		t.Fatal(err)
	}
	if a.Source.ID != b.Source.ID || !a.Source.Server || a.Source.Title != "Feed title" || a.Source.URL != url {
		t.Errorf("two guilds, one URL: sources %+v and %+v, want one server source", a.Source, b.Source)
	}
	for _, tc := range []struct {
		name, url string
		want      error
	}{
		{"Other", url, ErrExists},
		{"blog", "https://other.test/rss", ErrExists},
	} {
		if _, err := addFeed(t, db, "g1", tc.name, tc.url, 5); !errors.Is(err, tc.want) {
			t.Errorf("add %s %s: %v, want %v", tc.name, tc.url, err, tc.want)
		}
	}
	if _, err := addFeed(t, db, "g1", "Second", "https://second.test/rss", 2); err != nil {
		t.Fatal(err)
	}
	if _, err := addFeed(t, db, "g1", "Third", "https://third.test/rss", 2); !errors.Is(err, ErrLimit) {
		t.Errorf("third feed over a cap of 2: %v, want ErrLimit", err)
	}

	// A config source's URL: its row, still built in.
	cfg, err := db.EnsureSource(ctx, "Krebs", "https://krebs.test/feed/")
	if err != nil {
		t.Fatal(err)
	}
	k, err := addFeed(t, db, "g2", "Krebs", "https://krebs.test/feed/", 0)
	if err != nil || k.Source.ID != cfg.ID || k.Source.Server {
		t.Errorf("config URL added: %+v %v, want the config's source %d, built in", k.Source, err, cfg.ID)
	}
	// A config source cannot take a server feed's name over.
	if _, err := db.EnsureSource(ctx, "feed:"+url, "https://evil.test/"); err == nil {
		t.Error("EnsureSource took over a server feed's source")
	}
	srcs, err := db.Sources(ctx)
	if err != nil || len(srcs) != 1 || srcs[0].ID != cfg.ID {
		t.Errorf("Sources = %+v, %v; want the config's only", srcs, err)
	}

	polled := func() map[int64]bool {
		t.Helper()
		ss, err := db.PolledServerFeeds(ctx, []int64{cfg.ID})
		if err != nil {
			t.Fatal(err)
		}
		m := map[int64]bool{}
		for _, s := range ss {
			m[s.ID] = true
		}
		return m
	}
	if p := polled(); len(p) != 2 || !p[a.Source.ID] {
		t.Errorf("polled = %v, want blog and second", p)
	}
	g1, err := db.ServerFeeds(ctx, "g1")
	if err != nil || len(g1) != 2 || g1[0].Name != "Blog" || g1[1].Name != "Second" || g1[0].AddedBy != "u1" {
		t.Errorf("ServerFeeds(g1) = %+v, %v", g1, err)
	}

	// Removing by name or URL; the source stays while g2 has it.
	if _, err := db.RemoveServerFeed(ctx, "g1", "BLOG"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.RemoveServerFeed(ctx, "g1", "BLOG"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second remove: %v, want ErrNotFound", err)
	}
	if !polled()[a.Source.ID] {
		t.Error("feed g2 still has is no longer polled")
	}
	if _, err := db.RemoveServerFeed(ctx, "g2", url); err != nil {
		t.Fatal(err)
	}
	if polled()[a.Source.ID] {
		t.Error("feed no guild has is still polled")
	}
	// Added again after a while: read afresh, so its backlog is not posted.
	if _, err := db.db.Exec(`UPDATE sources SET seeded = 1, etag = 'x' WHERE id = ?`, a.Source.ID); err != nil {
		t.Fatal(err)
	}
	again, err := addFeed(t, db, "g3", "Blog", url, 0)
	if err != nil || again.Source.ID != a.Source.ID || again.Source.Seeded || again.Source.ETag != "" {
		t.Errorf("added again: %+v %v; want the same source, not seeded, no validators", again.Source, err)
	}
}

// TestServerFeedAlertsStayWithTheirGuilds: an alert from a guild's own
// feed reaches that guild's subscriptions only, is seen in that guild's
// views only, and joins no event; when a built-in feed carries the same
// article, everyone gets it, once.
func TestServerFeedAlertsStayWithTheirGuilds(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	if err := db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	builtin := ensureSource(t, db, "builtin")
	f, err := addFeed(t, db, "g1", "Own", "https://own.test/rss", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []Subscription{{GuildID: "g1", ChannelID: "c1"}, {GuildID: "g2", ChannelID: "c2"}} {
		if _, err := db.AddSubscription(ctx, s, 0); err != nil {
			t.Fatal(err)
		}
	}
	it := item("k1", "story")
	res, err := db.SaveItem(ctx, f.Source.ID, it, alertFor(it, trust.SeverityHigh, global("Huawei"), guildHit("Acme", "g2")))
	if err != nil || res.AlertID == 0 {
		t.Fatalf("save: %+v %v", res, err)
	}
	if got := routed(t, db, res.AlertID); len(got) != 1 {
		t.Errorf("own feed's alert routed to %v, want c1 only", got)
	} else if _, ok := got["c1"]; !ok {
		t.Errorf("own feed's alert routed to %v, want c1", got)
	}
	a, err := db.Alert(ctx, res.AlertID)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Vendors) != 1 || a.Vendors[0] != (trust.VendorHit{Name: "Huawei", Term: "Huawei", Guild: "g1"}) || a.EventID != 0 {
		t.Errorf("stored alert: vendors %+v, event %d; want Huawei for g1 only, no event", a.Vendors, a.EventID)
	}
	for guild, want := range map[string]int{"g1": 1, "g2": 0} {
		for _, vendor := range []string{"", "Huawei"} {
			n, err := db.CountAlerts(ctx, AlertQuery{Guild: guild, Vendor: vendor})
			if err != nil || n != want {
				t.Errorf("CountAlerts(%s, %q) = %d, %v; want %d", guild, vendor, n, err, want)
			}
		}
	}

	// A built-in feed carries the article: everyone's now, c1 keeps one.
	it2 := it
	it2.Key = "other-key"
	res2, err := db.SaveItem(ctx, builtin, it2, alertFor(it2, trust.SeverityHigh, global("Huawei")))
	if err != nil || !res2.SeenElsewhere {
		t.Fatalf("save in the built-in feed: %+v %v", res2, err)
	}
	if got := routed(t, db, res.AlertID); len(got) != 2 {
		t.Errorf("after a built-in feed carried it: routed to %v, want c1 and c2", got)
	}
	if rows, _ := db.ChannelOutbox(ctx, "c1"); len(rows) != 1 {
		t.Errorf("c1 has %d rows, want 1", len(rows))
	}
	if n, err := db.CountAlerts(ctx, AlertQuery{Guild: "g1", Vendor: "Huawei"}); n != 1 || err != nil {
		t.Errorf("g1's Huawei alerts after widening: %d, %v; want 1 (no duplicate row)", n, err)
	}
	if n, _ := db.CountAlerts(ctx, AlertQuery{Guild: "g2"}); n != 1 {
		t.Errorf("g2 sees %d alerts after widening, want 1", n)
	}
}

// TestServerFeedHealthNotices: a server's feed going down is told to the
// health channels of the guilds that added it, not to others nor to the
// operators' channel, and under its title, not its URL.
func TestServerFeedHealthNotices(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f, err := addFeed(t, db, "g1", "Own", "https://own.test/rss?token=SECRET", 0)
	if err != nil {
		t.Fatal(err)
	}
	for guild, ch := range map[string]string{"": "ops", "g1": "h1", "g2": "h2"} {
		if err := db.SetHealthChannel(ctx, guild, ch); err != nil {
			t.Fatal(err)
		}
	}
	c, err := db.RecordFailure(ctx, f.Source.ID, Failure{Kind: "status", Status: 404}, "fetch: 404", t0, t0, HealthPolicy{Failures: 1})
	if err != nil || !c.Down || c.Notices != 1 {
		t.Fatalf("RecordFailure = %+v, %v; want down, one notice", c, err)
	}
	rows, err := db.ChannelOutbox(ctx, "h1")
	if err != nil || len(rows) != 1 {
		t.Fatalf("h1 outbox = %+v, %v", rows, err)
	}
	for _, ch := range []string{"ops", "h2"} {
		if rows, _ := db.ChannelOutbox(ctx, ch); len(rows) != 0 {
			t.Errorf("%s got the notice of g1's feed", ch)
		}
	}
	ev, err := db.HealthEvent(ctx, rows[0].RefID)
	if err != nil || ev.Source != "Feed title" {
		t.Errorf("health event source %q (%v), want the feed's title", ev.Source, err)
	}
}
