package storage

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// heldRows returns a channel's held alerts by reason and whether they are
// in a digest: "digest", "quiet", "digest:in" or "quiet:in".
func heldRows(t *testing.T, db *DB, channel string) map[int64]string {
	t.Helper()
	rows, err := db.db.Query(`SELECT alert_id, reason, digest_id IS NOT NULL FROM held WHERE channel_id = ?`, channel)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var reason string
		var in bool
		if err := rows.Scan(&id, &reason, &in); err != nil {
			t.Fatal(err)
		}
		if in {
			reason += ":in"
		}
		out[id] = reason
	}
	return out
}

// digestEnv is a database with a clock, one source and helpers to save
// alerts of distinct events.
type digestEnv struct {
	t   *testing.T
	db  *DB
	now time.Time
	src int64
	n   int
}

func newDigestEnv(t *testing.T) *digestEnv {
	e := &digestEnv{t: t, db: openTestDB(t), now: t0}
	e.db.SetClock(func() time.Time { return e.now })
	e.src = ensureSource(t, e.db, "src")
	return e
}

func (e *digestEnv) add(s Subscription) Subscription {
	e.t.Helper()
	out, err := e.db.AddSubscription(context.Background(), s, 0)
	if err != nil {
		e.t.Fatal(err)
	}
	return out
}

// save stores an alert of severity sev naming vendor; its id.
func (e *digestEnv) save(sev trust.Severity, vendor string) int64 {
	e.t.Helper()
	e.n++
	it := item(fmt.Sprintf("k%d", e.n), fmt.Sprintf("s%d", e.n))
	it.Published = e.now.Add(time.Duration(e.n) * time.Minute)
	res, err := e.db.SaveItem(context.Background(), e.src, it, alertFor(it, sev, global(vendor)))
	if err != nil || res.AlertID == 0 {
		e.t.Fatalf("save: %+v %v", res, err)
	}
	return res.AlertID
}

func (e *digestEnv) due() map[int64]trust.DigestDue {
	e.t.Helper()
	ds, err := e.db.DigestSubscriptions(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	out := map[int64]trust.DigestDue{}
	for _, d := range ds {
		out[d.Subscription.ID] = d
	}
	return out
}

// TestRouteHolds: a digest subscription's alerts are held for its digest;
// a quiet subscription holds alerts below its threshold while quiet and
// posts the rest, with its ping role where they reach it; outside the
// quiet hours everything posts.
func TestRouteHolds(t *testing.T) {
	e := newDigestEnv(t)
	ctx := context.Background()
	dig := e.add(Subscription{GuildID: "g", ChannelID: "cd", MinSeverity: trust.SeverityLow, Mode: trust.ModeDigest, Schedule: "0 8 * * *", Zone: "Europe/Berlin"})
	// t0 is 12:00 UTC: quiet 11:00-13:00 UTC.
	quiet := e.add(Subscription{GuildID: "g", ChannelID: "cq", MinSeverity: trust.SeverityLow, PingRole: "r", PingMin: trust.SeverityCritical,
		Quiet: trust.QuietHours{Start: 11 * 60, End: 13 * 60, Below: trust.SeverityHigh}})
	if !dig.LastDigest.Equal(t0) || dig.Mode != trust.ModeDigest || quiet.Quiet.Below != trust.SeverityHigh {
		t.Fatalf("stored %+v / %+v", dig, quiet)
	}

	low, high, crit := e.save(trust.SeverityLow, "Huawei"), e.save(trust.SeverityHigh, "Huawei"), e.save(trust.SeverityCritical, "ZTE")
	for id, want := range map[int64]map[string]string{low: {}, high: {"cq": ""}, crit: {"cq": "r"}} {
		if got := routed(t, e.db, id); len(got) != len(want) || got["cq"] != want["cq"] {
			t.Errorf("alert %d: outbox %v, want %v", id, got, want)
		}
	}
	if got := heldRows(t, e.db, "cd"); len(got) != 3 || got[low] != "digest" || got[high] != "digest" || got[crit] != "digest" {
		t.Errorf("digest channel holds %v", got)
	}
	if got := heldRows(t, e.db, "cq"); len(got) != 1 || got[low] != "quiet" {
		t.Errorf("quiet channel holds %v", got)
	}
	due := e.due()
	if len(due) != 2 || due[dig.ID].HeldDigest != 3 || due[dig.ID].HeldQuiet != 0 || due[quiet.ID].HeldQuiet != 1 || due[quiet.ID].HeldDigest != 0 {
		t.Errorf("DigestSubscriptions %+v", due)
	}
	if q := due[quiet.ID].Subscription.Quiet; q.Zone != "" || q.Start != 660 || q.End != 780 {
		t.Errorf("quiet hours read back as %+v", q)
	}

	// After the quiet hours a low alert posts.
	e.now = t0.Add(2 * time.Hour)
	if later := e.save(trust.SeverityLow, "Huawei"); len(routed(t, e.db, later)) != 1 {
		t.Errorf("after quiet hours: outbox %v", routed(t, e.db, later))
	}

	// Released: the quiet digest holds the one alert and no "since".
	id, err := e.db.CloseDigest(ctx, quiet.ID, "quiet", quiet.LastDigest, e.now)
	if err != nil || id == 0 {
		t.Fatalf("CloseDigest quiet = %d, %v", id, err)
	}
	d, err := e.db.Digest(ctx, id)
	if err != nil || d.Reason != "quiet" || !d.Since.IsZero() || d.Alerts != 1 || d.Parts != 1 || len(d.Groups) != 1 || d.Groups[0].Alerts[0].ID != low {
		t.Errorf("quiet digest %+v, %v", d, err)
	}
	if _, ok := e.due()[quiet.ID]; ok {
		t.Errorf("an instant subscription with nothing held is still due")
	}
	if id, err := e.db.CloseDigest(ctx, quiet.ID, "quiet", quiet.LastDigest, e.now); id != 0 || err != nil {
		t.Errorf("second quiet release = %d, %v; want nothing", id, err)
	}
	if _, err := e.db.CloseDigest(ctx, quiet.ID, "weekly", quiet.LastDigest, e.now); err == nil {
		t.Errorf("a bad reason was accepted")
	}
}

// TestCloseDigest: a scheduled digest closes once for a given LastDigest,
// takes exactly the alerts held since the last one, groups them by event
// most severe first, and queues one outbox row per part.
func TestCloseDigest(t *testing.T) {
	e := newDigestEnv(t)
	ctx := context.Background()
	if err := e.db.SetEventWindow(ctx, 48*time.Hour); err != nil {
		t.Fatal(err)
	}
	sub := e.add(Subscription{GuildID: "g", ChannelID: "c", MinSeverity: trust.SeverityLow, Mode: trust.ModeDigest, Schedule: "@daily"})
	// Two reports of one event (same vendor, category and wording) and a
	// more severe alert of its own.
	low1 := e.save(trust.SeverityLow, "Huawei")
	low2 := e.save(trust.SeverityMedium, "Huawei")
	crit := e.save(trust.SeverityCritical, "ZTE")

	fire := t0.Add(12 * time.Hour)
	id, err := e.db.CloseDigest(ctx, sub.ID, "digest", sub.LastDigest, fire)
	if err != nil || id == 0 {
		t.Fatalf("CloseDigest = %d, %v", id, err)
	}
	// Idempotent: the same LastDigest closes nothing more.
	if again, err := e.db.CloseDigest(ctx, sub.ID, "digest", sub.LastDigest, fire); again != 0 || err != nil {
		t.Errorf("second CloseDigest = %d, %v; want 0", again, err)
	}
	d, err := e.db.Digest(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Reason != "digest" || !d.Since.Equal(t0) || !d.FiredAt.Equal(fire) || d.Alerts != 3 || d.Parts != 1 || d.ChannelID != "c" || d.GuildID != "g" {
		t.Errorf("digest %+v", d)
	}
	if len(d.Groups) != 2 || d.Groups[0].Severity != trust.SeverityCritical || d.Groups[0].Alerts[0].ID != crit ||
		d.Groups[1].Severity != trust.SeverityMedium || len(d.Groups[1].Alerts) != 2 ||
		d.Groups[1].Alerts[0].ID != low1 || d.Groups[1].Alerts[1].ID != low2 || d.Groups[1].Event.ID == 0 {
		t.Errorf("groups %+v", d.Groups)
	}
	recs, err := e.db.ChannelOutbox(ctx, "c")
	if err != nil || len(recs) != 1 || recs[0].Kind != "digest" || recs[0].RefID != id || recs[0].Part != 0 || recs[0].PingRole != "" || recs[0].AlertID != 0 {
		t.Errorf("outbox %+v, %v", recs, err)
	}
	pending, err := e.db.PendingOutbox(ctx, e.now, 0)
	if err != nil || len(pending) != 1 || pending[0].Kind != trust.OutboxDigest || pending[0].RefID != id || pending[0].SubscriptionID != sub.ID {
		t.Errorf("pending %+v, %v", pending, err)
	}
	subs, _ := e.db.Subscriptions(ctx, "g")
	if len(subs) != 1 || !subs[0].LastDigest.Equal(fire) {
		t.Fatalf("LastDigest after closing: %+v", subs)
	}
	if got := heldRows(t, e.db, "c"); got[low1] != "digest:in" || got[crit] != "digest:in" {
		t.Errorf("held rows %v", got)
	}

	// Nothing held: the digest closes empty (no message) and LastDigest
	// still moves on, so the next fire time is measured from it.
	fire2 := fire.Add(24 * time.Hour)
	if id, err := e.db.CloseDigest(ctx, sub.ID, "digest", fire, fire2); id != 0 || err != nil {
		t.Errorf("empty CloseDigest = %d, %v", id, err)
	}
	subs, _ = e.db.Subscriptions(ctx, "g")
	if !subs[0].LastDigest.Equal(fire2) {
		t.Errorf("LastDigest after an empty digest = %v, want %v", subs[0].LastDigest, fire2)
	}
	// The next digest holds only what came after.
	e.now = fire2.Add(time.Hour)
	next := e.save(trust.SeverityHigh, "Xiaomi")
	id3, err := e.db.CloseDigest(ctx, sub.ID, "digest", fire2, fire2.Add(24*time.Hour))
	if err != nil || id3 == 0 {
		t.Fatalf("third CloseDigest = %d, %v", id3, err)
	}
	d3, _ := e.db.Digest(ctx, id3)
	if len(d3.Groups) != 1 || d3.Groups[0].Alerts[0].ID != next || !d3.Since.Equal(fire2) {
		t.Errorf("third digest %+v", d3)
	}
	if _, err := e.db.Digest(ctx, 999); err == nil {
		t.Errorf("Digest of an unknown id succeeded")
	}
}

// TestCloseDigestParts: a digest takes one message per DigestPerMessage
// events, at most DigestMaxMessages.
func TestCloseDigestParts(t *testing.T) {
	for _, c := range []struct{ events, parts int }{
		{1, 1},
		{trust.DigestPerMessage, 1},
		{trust.DigestPerMessage + 1, 2},
		{trust.DigestPerMessage*trust.DigestMaxMessages + 3, trust.DigestMaxMessages},
	} {
		t.Run(fmt.Sprint(c.events), func(t *testing.T) {
			e := newDigestEnv(t)
			ctx := context.Background()
			sub := e.add(Subscription{GuildID: "g", ChannelID: "c", MinSeverity: trust.SeverityLow, Mode: trust.ModeDigest, Schedule: "@hourly"})
			for k := range c.events {
				e.save(trust.SeverityLow, fmt.Sprintf("Vendor%d", k))
			}
			id, err := e.db.CloseDigest(ctx, sub.ID, "digest", sub.LastDigest, t0.Add(time.Hour))
			if err != nil || id == 0 {
				t.Fatalf("CloseDigest = %d, %v", id, err)
			}
			d, err := e.db.Digest(ctx, id)
			if err != nil || d.Parts != c.parts || len(d.Groups) != c.events || d.Alerts != c.events {
				t.Errorf("digest: parts %d, groups %d, alerts %d (%v); want %d parts of %d events", d.Parts, len(d.Groups), d.Alerts, err, c.parts, c.events)
			}
			recs, _ := e.db.ChannelOutbox(ctx, "c")
			if len(recs) != c.parts {
				t.Fatalf("%d outbox rows, want %d", len(recs), c.parts)
			}
			for k, r := range recs {
				if r.Kind != "digest" || r.RefID != id || r.Part != k {
					t.Errorf("row %d: %+v", k, r)
				}
			}
		})
	}
}

// TestDigestSubscriptionChanges: switching to a digest restarts its count
// from now; alerts held for quiet hours survive turning them off, and an
// unsubscribed channel's held alerts go with it.
func TestDigestSubscriptionChanges(t *testing.T) {
	e := newDigestEnv(t)
	ctx := context.Background()
	sub := e.add(Subscription{GuildID: "g", ChannelID: "c", MinSeverity: trust.SeverityLow,
		Quiet: trust.QuietHours{Start: 11 * 60, End: 13 * 60, Below: trust.SeverityCritical}})
	held := e.save(trust.SeverityHigh, "Huawei")
	if got := heldRows(t, e.db, "c"); got[held] != "quiet" {
		t.Fatalf("held %v", got)
	}
	e.now = t0.Add(10 * time.Minute)
	sub.Mode, sub.Schedule, sub.Quiet = trust.ModeDigest, "@daily", trust.QuietHours{}
	up, err := e.db.UpdateSubscription(ctx, sub)
	if err != nil || up.Mode != trust.ModeDigest || !up.LastDigest.Equal(e.now) || up.Quiet.Set() {
		t.Fatalf("UpdateSubscription = %+v, %v", up, err)
	}
	d := e.due()[sub.ID]
	if d.HeldQuiet != 1 || d.HeldDigest != 0 {
		t.Errorf("after the switch: %+v", d)
	}
	// Unchanged schedule: LastDigest stays.
	e.now = t0.Add(20 * time.Minute)
	up.MinSeverity = trust.SeverityMedium
	if again, err := e.db.UpdateSubscription(ctx, up); err != nil || !again.LastDigest.Equal(up.LastDigest) {
		t.Errorf("LastDigest moved on a severity change: %+v, %v", again, err)
	}
	if _, err := e.db.UpdateSubscription(ctx, Subscription{GuildID: "g", ChannelID: "nope"}); err == nil {
		t.Errorf("UpdateSubscription of a missing subscription succeeded")
	}
	if _, err := e.db.RemoveSubscriptions(ctx, "g", "c", ""); err != nil {
		t.Fatal(err)
	}
	if got := heldRows(t, e.db, "c"); len(got) != 0 {
		t.Errorf("held rows after unsubscribe: %v", got)
	}
}
