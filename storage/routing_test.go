package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestMigration4KeepsOutbox upgrades a version-3 database whose outbox's
// newest rows were deleted: the rebuilt outbox keeps every row as an alert
// row, and the next id (hence nonce) is past every id ever handed out.
func TestMigration4KeepsOutbox(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vw.db")
	raw, err := sql.Open("sqlite", path+"?"+dsnOptions)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.version > 3 {
			break
		}
		if _, err := raw.ExecContext(ctx, m.sql); err != nil {
			t.Fatalf("migration %d: %v", m.version, err)
		}
	}
	if _, err := raw.ExecContext(ctx, `
		CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL);
		INSERT INTO schema_migrations VALUES (1, 'init', 0), (2, 'events', 0), (3, 'items_link_partial', 0);
		INSERT INTO sources (id, name, url) VALUES (1, 's', 'https://s.example/feed');
		INSERT INTO items (id, source_id, title, link, canonical_link, published, date_known, first_seen)
			VALUES (1, 1, 't', 'https://a.example/1', 'https://a.example/1', 0, 1, 0);
		INSERT INTO alerts (id, item_id, title, link, source, published, category, score, severity, evidence, in_title, summary, created_at)
			VALUES (1, 1, 't', 'https://a.example/1', 's', 0, 'ban', 3, 3, 'e', 1, 's', 0);
		INSERT INTO subscriptions (id, guild_id, channel_id, min_severity, created_at) VALUES (1, 'g', 'c', 1, 0);`); err != nil {
		t.Fatal(err)
	}
	for k := 1; k <= 5; k++ {
		if _, err := raw.ExecContext(ctx, `INSERT INTO outbox (subscription_id, alert_id, guild_id, channel_id, status, not_before, created_at, updated_at)
			VALUES (1, 1, 'g', ?, 'sent', 0, 0, 0)`, "c"+string(rune('0'+k))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := raw.ExecContext(ctx, `DELETE FROM outbox WHERE id >= 4`); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	defer db.Close()
	recs, err := db.ChannelOutbox(ctx, "c2")
	if err != nil || len(recs) != 1 || recs[0].ID != 2 || recs[0].Kind != "alert" || recs[0].AlertID != 1 || recs[0].Status != "sent" {
		t.Fatalf("row 2 after the upgrade: %+v (%v)", recs, err)
	}
	var id int64
	if err := db.db.QueryRowContext(ctx, `INSERT INTO outbox (kind, ref_id, guild_id, channel_id, not_before, created_at, updated_at)
		VALUES ('health', 1, 'g', 'c9', 0, 0, 0) RETURNING id`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	if id != 6 {
		t.Errorf("first id after the upgrade = %d, want 6 (ids 4 and 5 were handed out before)", id)
	}
	// An alert row needs its alert, and only an alert row has one.
	if _, err := db.db.ExecContext(ctx, `INSERT INTO outbox (kind, guild_id, channel_id, not_before, created_at, updated_at)
		VALUES ('alert', 'g', 'c9', 0, 0, 0)`); err == nil {
		t.Error("an alert row without an alert was accepted")
	}
}

// routed returns the channels with an outbox row for the alert, and their
// ping roles.
func routed(t *testing.T, db *DB, alertID int64) map[string]string {
	t.Helper()
	rows, err := db.db.Query(`SELECT channel_id, ping_role FROM outbox WHERE alert_id = ?`, alertID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var ch, role string
		if err := rows.Scan(&ch, &role); err != nil {
			t.Fatal(err)
		}
		out[ch] = role
	}
	return out
}

func TestRouteMutes(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	now := t0
	db.SetClock(func() time.Time { return now })
	src := ensureSource(t, db, "src")
	for _, ch := range []string{"c1", "c2"} {
		if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: ch, MinSeverity: trust.SeverityLow}, 0); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	save := func(vendors ...trust.VendorHit) map[string]string {
		t.Helper()
		n++
		it := item("k"+string(rune('a'+n)), "a"+string(rune('a'+n)))
		res, err := db.SaveItem(ctx, src, it, alertFor(it, trust.SeverityHigh, vendors...))
		if err != nil || res.AlertID == 0 {
			t.Fatalf("save: %+v %v", res, err)
		}
		return routed(t, db, res.AlertID)
	}
	if err := db.Mute(ctx, trust.Mute{GuildID: "g", ChannelID: "c1", Vendor: "huawei", Until: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if got := save(global("Huawei")); len(got) != 1 || got["c2"] != "" {
		t.Errorf("muted vendor routed to %v, want c2 only", got)
	} else if _, ok := got["c2"]; !ok {
		t.Errorf("muted vendor routed to %v, want c2", got)
	}
	// An alert naming a muted and an unmuted vendor still reaches c1.
	if got := save(global("Huawei"), global("ZTE")); len(got) != 2 {
		t.Errorf("alert with an unmuted vendor routed to %v, want both channels", got)
	}
	// Snooze: nothing reaches c2.
	if err := db.Mute(ctx, trust.Mute{GuildID: "g", ChannelID: "c2", Until: now.Add(30 * time.Minute)}); err != nil {
		t.Fatal(err)
	}
	if got := save(global("ZTE")); len(got) != 1 {
		t.Errorf("snoozed channel: routed to %v, want c1 only", got)
	}
	ms, err := db.Mutes(ctx, "g", now)
	if err != nil || len(ms) != 2 {
		t.Errorf("Mutes = %+v, %v; want 2", ms, err)
	}
	// Both expire.
	now = now.Add(time.Hour)
	if got := save(global("Huawei")); len(got) != 2 {
		t.Errorf("after the mutes expired: routed to %v, want both", got)
	}
	if ms, _ := db.Mutes(ctx, "g", now); len(ms) != 0 {
		t.Errorf("expired mutes still listed: %+v", ms)
	}
	if err := db.Unmute(ctx, "g", "c1", "Huawei"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Unmute of an expired mute = %v, want ErrNotFound", err)
	}
	if err := db.Mute(ctx, trust.Mute{GuildID: "g", ChannelID: "c1", Until: now}); err == nil {
		t.Error("a mute ending now was accepted")
	}
}

func TestRoutePingRole(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "src")
	// c1 pings role r1 from high; c2 has two subscriptions, the second
	// pinging r2 from critical.
	for _, s := range []Subscription{
		{GuildID: "g", ChannelID: "c1", MinSeverity: trust.SeverityLow, PingRole: "r1", PingMin: trust.SeverityHigh},
		{GuildID: "g", ChannelID: "c2", MinSeverity: trust.SeverityLow},
		{GuildID: "g", ChannelID: "c2", Vendor: "Huawei", MinSeverity: trust.SeverityLow, PingRole: "r2", PingMin: trust.SeverityCritical},
	} {
		if _, err := db.AddSubscription(ctx, s, 0); err != nil {
			t.Fatal(err)
		}
	}
	for k, c := range []struct {
		sev  trust.Severity
		want map[string]string
	}{
		{trust.SeverityMedium, map[string]string{"c1": "", "c2": ""}},
		{trust.SeverityHigh, map[string]string{"c1": "r1", "c2": ""}},
		{trust.SeverityCritical, map[string]string{"c1": "r1", "c2": "r2"}},
	} {
		it := item("p"+string(rune('a'+k)), "p"+string(rune('a'+k)))
		res, err := db.SaveItem(ctx, src, it, alertFor(it, c.sev, global("Huawei")))
		if err != nil {
			t.Fatal(err)
		}
		got := routed(t, db, res.AlertID)
		if len(got) != len(c.want) || got["c1"] != c.want["c1"] || got["c2"] != c.want["c2"] {
			t.Errorf("%s alert: routed %v, want %v", c.sev, got, c.want)
		}
	}
}

func TestDisableChannelEndsHealthNotices(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	if err := db.SetHealthChannel(ctx, "g", "ops"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.DisableChannel(ctx, "ops", "the channel no longer exists"); err != nil {
		t.Fatal(err)
	}
	if ch, err := db.HealthChannel(ctx, "g"); err != nil || ch != "" {
		t.Errorf("health channel after DisableChannel = %q, %v; want none", ch, err)
	}
}

// TestMuteDropsQueued: alerts queued or held for a channel when it is
// muted are not sent after all, unless they name an unmuted vendor too.
func TestMuteDropsQueued(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "src")
	for _, s := range []Subscription{
		{GuildID: "g", ChannelID: "c1", MinSeverity: trust.SeverityLow},
		{GuildID: "g", ChannelID: "c2", MinSeverity: trust.SeverityLow, Mode: trust.ModeDigest, Schedule: "@daily"},
	} {
		if _, err := db.AddSubscription(ctx, s, 0); err != nil {
			t.Fatal(err)
		}
	}
	for k, vs := range [][]trust.VendorHit{{global("Huawei")}, {global("ZTE")}, {global("Huawei"), global("ZTE")}} {
		it := item(fmt.Sprintf("m%d", k), fmt.Sprintf("m%d", k))
		if _, err := db.SaveItem(ctx, src, it, alertFor(it, trust.SeverityHigh, vs...)); err != nil {
			t.Fatal(err)
		}
	}
	for _, ch := range []string{"c1", "c2"} {
		if err := db.Mute(ctx, trust.Mute{GuildID: "g", ChannelID: ch, Vendor: "Huawei", Until: t0.Add(time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	recs, err := db.ChannelOutbox(ctx, "c1")
	if err != nil || len(recs) != 3 {
		t.Fatalf("c1 outbox %+v, %v", recs, err)
	}
	for k, want := range []string{"dropped", "pending", "pending"} {
		if recs[k].Status != want {
			t.Errorf("c1 row %d (alert %d): %s (%s), want %s", k, recs[k].AlertID, recs[k].Status, recs[k].LastError, want)
		}
	}
	if n := count(t, db, "held WHERE channel_id = 'c2'"); n != 2 {
		t.Errorf("c2 holds %d alerts after the mute, want 2 (ZTE, and Huawei with ZTE)", n)
	}
}
