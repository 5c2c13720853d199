package storage

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// story is one outlet's alert for the event tests.
type story struct {
	source, title, evidence string
	at                      time.Time
}

func saveStory(t *testing.T, db *DB, srcs map[string]int64, s story) trust.Alert {
	t.Helper()
	a := trust.Alert{
		Title: s.title, Link: "https://" + s.source + ".example/" + fmt.Sprint(s.at.Unix()) + "/" + fmt.Sprint(len(s.title)),
		Source: s.source, Published: s.at, Vendors: []trust.VendorHit{global("Kaspersky")},
		Signals:  []trust.SignalHit{{Term: "sanctions", Category: trust.CategorySanctions, Weight: 3}},
		Category: trust.CategorySanctions, Score: 4, Severity: trust.SeverityHigh, Evidence: s.evidence,
	}
	it := trust.Item{Key: "link:" + a.Link, Link: a.Link, CanonicalLink: a.Link, Title: a.Title, Published: a.Published, DateKnown: true}
	res, err := db.SaveItem(context.Background(), srcs[s.source], it, &a)
	if err != nil {
		t.Fatal(err)
	}
	a.ID = res.AlertID
	return a
}

func TestEvents(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	srcs := map[string]int64{}
	for _, n := range []string{"reuters", "register", "treasury", "bleeping"} {
		srcs[n] = ensureSource(t, db, n)
	}
	if err := db.SetPrimarySources(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if err := db.SetPrimarySources(ctx, []string{"treasury"}); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2024, 6, 21, 0, 0, 0, 0, time.UTC)

	// Off: nothing clusters.
	off := saveStory(t, db, srcs, story{"reuters", "Treasury sanctions 12 Kaspersky Lab executives", "", day.Add(-48 * time.Hour)})
	if off.EventID != 0 {
		t.Fatalf("clustering off: alert has event %d", off.EventID)
	}

	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g1", ChannelID: "c1"}, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	a1 := saveStory(t, db, srcs, story{"reuters", "Treasury sanctions 12 Kaspersky Lab executives",
		"The Treasury Department's OFAC sanctioned twelve members of Kaspersky Lab's leadership team, but not the company itself or Eugene Kaspersky.", day.Add(15 * time.Hour)})
	a2 := saveStory(t, db, srcs, story{"register", "OFAC designates Kaspersky leadership, spares founder",
		"The Office of Foreign Assets Control designated 12 senior Kaspersky executives, including its chief operating officer.", day.Add(16 * time.Hour)})
	other := saveStory(t, db, srcs, story{"bleeping", "Commerce adds three Kaspersky entities to Entity List",
		"The Bureau of Industry and Security added AO Kaspersky Lab and two affiliates in Russia and the UK to the Entity List for cooperating with Russian military intelligence.", day.Add(72 * time.Hour)})
	if a1.EventID == 0 || a2.EventID != a1.EventID {
		t.Fatalf("one story in two wordings: events %d and %d, want one", a1.EventID, a2.EventID)
	}
	if other.EventID == 0 || other.EventID == a1.EventID {
		t.Fatalf("a different story the same week joined event %d", other.EventID)
	}

	ev, alerts, err := db.Event(ctx, a1.EventID)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Alerts != 2 || ev.Sources != 2 || len(alerts) != 2 || ev.ConfirmedBy != "" || ev.LeadAlertID != a1.ID {
		t.Errorf("event = %+v (%d alerts), want 2 alerts from 2 press sources led by %d", ev, len(alerts), a1.ID)
	}
	// One post for the event, the second alert an edit of it.
	if got := channelsOf(t, db, a1.ID); len(got) != 1 {
		t.Errorf("first alert queued for %v, want c1", got)
	}
	if got := channelsOf(t, db, a2.ID); len(got) != 0 {
		t.Errorf("joining alert posted to %v, want an edit instead", got)
	}
	now := t0
	if edits, err := db.PendingEdits(ctx, now, time.Minute, 0); err != nil || len(edits) != 0 {
		t.Fatalf("edits before the post is sent = %v, %v; want none", edits, err)
	}
	rows, err := db.PendingOutbox(ctx, now, 10)
	if err != nil || len(rows) != 1 || rows[0].Alert.EventID != a1.EventID {
		t.Fatalf("pending outbox = %+v, %v", rows, err)
	}
	if err := db.MarkSent(ctx, rows[0].ID, "m1"); err != nil {
		t.Fatal(err)
	}
	edits, err := db.PendingEdits(ctx, now, time.Minute, 0)
	if err != nil || len(edits) != 1 || edits[0].MessageID != "m1" || edits[0].EventID != a1.EventID {
		t.Fatalf("edits = %+v, %v; want one of m1", edits, err)
	}

	// A primary source confirms while the edit is in flight: the edit
	// stays pending, led by the primary's headline, and waits for the gap.
	a3 := saveStory(t, db, srcs, story{"treasury", "Treasury sanctions Kaspersky Lab leadership",
		"OFAC designated twelve Kaspersky Lab executives and senior leaders.", day.Add(17 * time.Hour)})
	if a3.EventID != a1.EventID {
		t.Fatalf("primary confirmation made event %d, want %d", a3.EventID, a1.EventID)
	}
	if err := db.EditDone(ctx, edits[0], ""); err != nil {
		t.Fatal(err)
	}
	ev, _, _ = db.Event(ctx, a1.EventID)
	if ev.ConfirmedBy != "treasury" || ev.LeadAlertID != a3.ID || ev.Sources != 3 {
		t.Errorf("after confirmation event = %+v", ev)
	}
	if edits, _ := db.PendingEdits(ctx, now, time.Minute, 0); len(edits) != 0 {
		t.Errorf("edit within the gap: %+v", edits)
	}
	edits, err = db.PendingEdits(ctx, now.Add(2*time.Minute), time.Minute, 0)
	if err != nil || len(edits) != 1 {
		t.Fatalf("edits after the gap = %+v, %v", edits, err)
	}

	// The message was deleted: the replacement is edited from then on.
	if err := db.EditDone(ctx, edits[0], "m2"); err != nil {
		t.Fatal(err)
	}
	saveStory(t, db, srcs, story{"bleeping", "US slaps sanctions on a dozen Kaspersky bosses",
		"The US Treasury imposed sanctions on a dozen senior leaders of Kaspersky Lab a day after the sales ban.", day.Add(19 * time.Hour)})
	edits, err = db.PendingEdits(ctx, now.Add(time.Hour), time.Minute, 0)
	if err != nil || len(edits) != 1 || edits[0].MessageID != "m2" {
		t.Fatalf("edits after repost = %+v, %v; want one of m2", edits, err)
	}
	if n := edits[0].RepostNonce; len(n) > 25 || n == rows[0].Nonce {
		t.Errorf("repost nonce %q", n)
	}

	tl, err := db.VendorEvents(ctx, "kaspersky", 0)
	if err != nil || len(tl) != 2 || tl[0].ID != other.EventID || tl[1].Title != a3.Title {
		t.Errorf("timeline = %+v, %v; want the Entity List event, then the OFAC one led by the primary", tl, err)
	}
	if _, _, err := db.Event(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Event(999) = %v, want ErrNotFound", err)
	}
	d, err := db.AlertDeliveries(ctx, a2.ID)
	if err != nil || len(d) != 1 || d[0].Kind != "edit" {
		t.Errorf("deliveries of the joining alert = %+v, %v", d, err)
	}
}

func TestEventsBatchLikeSingle(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	if err := db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2024, 6, 20, 16, 0, 0, 0, time.UTC)
	titles := []string{"US bans Kaspersky antivirus sales", "Commerce Department prohibits sales of Kaspersky software in the US"}
	var items []trust.Item
	var alerts []*trust.Alert
	for i, title := range titles {
		link := fmt.Sprintf("https://a.example/%d", i)
		items = append(items, trust.Item{Key: "k" + fmt.Sprint(i), Link: link, CanonicalLink: link, Title: title, Published: at, DateKnown: true})
		alerts = append(alerts, &trust.Alert{Title: title, Link: link, Source: "a", Published: at, Vendors: []trust.VendorHit{global("Kaspersky")},
			Category: trust.CategoryBan, Severity: trust.SeverityHigh, Score: 4})
	}
	res, err := db.SaveItems(ctx, src, items, alerts)
	if err != nil {
		t.Fatal(err)
	}
	if alerts[0].EventID == 0 || alerts[1].EventID != alerts[0].EventID || res[1].AlertID == 0 {
		t.Errorf("batch: events %d, %d; want one", alerts[0].EventID, alerts[1].EventID)
	}
}

// eventsDB is a database that clusters alerts into events over 72 hours,
// with the sources reuters and register, by name, and a subscription of
// channel c1 in guild g1.
func eventsDB(t *testing.T) (*DB, map[string]int64) {
	t.Helper()
	ctx := context.Background()
	db := openTestDB(t)
	srcs := map[string]int64{"reuters": ensureSource(t, db, "reuters"), "register": ensureSource(t, db, "register")}
	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g1", ChannelID: "c1"}, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	return db, srcs
}

// TestDisableChannelDropsEdits: a channel the bot can no longer post to
// has no edit left pending for good.
func TestDisableChannelDropsEdits(t *testing.T) {
	ctx := context.Background()
	db, srcs := eventsDB(t)
	day := time.Date(2024, 6, 21, 0, 0, 0, 0, time.UTC)
	saveStory(t, db, srcs, story{"reuters", "Treasury sanctions 12 Kaspersky Lab executives",
		"The Treasury Department's OFAC sanctioned twelve members of Kaspersky Lab's leadership team, but not the company itself or Eugene Kaspersky.", day.Add(15 * time.Hour)})
	rows, err := db.PendingOutbox(ctx, t0, 10)
	if err != nil || len(rows) != 1 {
		t.Fatalf("pending outbox = %+v, %v", rows, err)
	}
	if err := db.MarkSent(ctx, rows[0].ID, "m1"); err != nil {
		t.Fatal(err)
	}
	saveStory(t, db, srcs, story{"register", "OFAC designates Kaspersky leadership, spares founder",
		"The Office of Foreign Assets Control designated 12 senior Kaspersky executives, including its chief operating officer.", day.Add(16 * time.Hour)})
	if edits, err := db.PendingEdits(ctx, t0, time.Minute, 0); err != nil || len(edits) != 1 {
		t.Fatalf("edits = %+v, %v; want one", edits, err)
	}
	if _, err := db.DisableChannel(ctx, "c1", "the channel no longer exists (Discord error 10003)"); err != nil {
		t.Fatal(err)
	}
	if edits, err := db.PendingEdits(ctx, t0.Add(time.Hour), time.Minute, 0); err != nil || len(edits) != 0 {
		t.Errorf("edits after the channel was disabled = %+v, %v; want none", edits, err)
	}
}

// TestCoverageStored: the daemon keeps a coverage alert only when it joins
// an open event (as one more report, an edit of the event's message); alone
// it is no alert, queues nothing, and its article is still stored.
func TestCoverageStored(t *testing.T) {
	ctx := context.Background()
	db, srcs := eventsDB(t)
	day := time.Date(2024, 6, 21, 0, 0, 0, 0, time.UTC)
	save := func(src, title string, at time.Time, coverage bool) SaveResult {
		t.Helper()
		a := trust.Alert{
			Title: title, Link: "https://" + src + ".example/" + fmt.Sprint(at.Unix()), Source: src, Published: at,
			Vendors:  []trust.VendorHit{global("Kaspersky")},
			Signals:  []trust.SignalHit{{Term: "sanctions", Category: trust.CategorySanctions, Weight: 3}},
			Category: trust.CategorySanctions, Score: 4, Severity: trust.SeverityHigh, Coverage: coverage,
		}
		it := trust.Item{Key: "link:" + a.Link, Link: a.Link, CanonicalLink: a.Link, Title: a.Title, Published: a.Published, DateKnown: true}
		res, err := db.SaveItem(ctx, srcs[src], it, &a)
		if err != nil {
			t.Fatal(err)
		}
		if !res.New || res.ItemID == 0 {
			t.Fatalf("%q: article not stored: %+v", title, res)
		}
		return res
	}
	alone := save("register", "Kaspersky sanctions: what the Treasury's designations mean", day, true)
	if alone.AlertID != 0 || alone.Outbox != 0 {
		t.Fatalf("coverage with no event: %+v, want no alert and nothing queued", alone)
	}
	news := save("reuters", "Treasury sanctions 12 Kaspersky Lab executives", day.Add(time.Hour), false)
	if news.AlertID == 0 || news.Outbox != 1 {
		t.Fatalf("news: %+v, want an alert queued for c1", news)
	}
	joined := save("register", "Treasury sanctions on Kaspersky Lab executives: the reaction", day.Add(2*time.Hour), true)
	if joined.AlertID == 0 {
		t.Fatal("coverage of an open event was not kept as a further report")
	}
	if got := channelsOf(t, db, joined.AlertID); len(got) != 0 {
		t.Errorf("coverage posted to %v, want only an edit of the event's message", got)
	}
}
