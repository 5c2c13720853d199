package storage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// channelsOf lists the channels an alert was queued for.
func channelsOf(t *testing.T, db *DB, alertID int64) []string {
	t.Helper()
	rows, err := db.db.Query(`SELECT channel_id FROM outbox WHERE alert_id = ? ORDER BY channel_id`, alertID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

func TestRouting(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	for _, s := range []Subscription{
		{GuildID: "g1", ChannelID: "c1"},
		{GuildID: "g1", ChannelID: "c1", Vendor: "Kaspersky"}, // same channel: still one message
		{GuildID: "g1", ChannelID: "c2", Vendor: "huawei"},    // vendor names match case-insensitively
		{GuildID: "g1", ChannelID: "c3", MinSeverity: trust.SeverityHigh},
		{GuildID: "g2", ChannelID: "c4"},
		{GuildID: "g2", ChannelID: "c5"},
		{GuildID: "g2", ChannelID: "c6", Vendor: "Acme"},
	} {
		if _, err := db.AddSubscription(ctx, s, 0); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.DisableChannel(ctx, "c5", "missing access"); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		severity trust.Severity
		vendors  []trust.VendorHit
		want     []string
	}{
		{"global vendor, medium", trust.SeverityMedium, []trust.VendorHit{global("Kaspersky")}, []string{"c1", "c4"}},
		{"global vendor, critical", trust.SeverityCritical, []trust.VendorHit{global("Huawei")}, []string{"c1", "c2", "c3", "c4"}},
		{"g1's own vendor", trust.SeverityHigh, []trust.VendorHit{guildHit("Acme", "g1")}, []string{"c1", "c3"}},
		{"g2's own vendor", trust.SeverityLow, []trust.VendorHit{guildHit("Acme", "g2")}, []string{"c4", "c6"}},
		// c2 wants Huawei, but g1 cannot see g3's Huawei.
		{"another guild's vendor", trust.SeverityCritical, []trust.VendorHit{guildHit("Huawei", "g3")}, nil},
		{"global and guild vendors", trust.SeverityLow, []trust.VendorHit{global("ZTE"), guildHit("Acme", "g2")}, []string{"c1", "c4", "c6"}},
		{"no vendors", trust.SeverityCritical, nil, nil},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := item(fmt.Sprintf("guid:%d", i), fmt.Sprintf("r%d", i))
			res, err := db.SaveItem(ctx, src, it, alertFor(it, tc.severity, tc.vendors...))
			if err != nil {
				t.Fatal(err)
			}
			got := channelsOf(t, db, res.AlertID)
			if !slices.Equal(got, tc.want) {
				t.Errorf("queued for %v, want %v", got, tc.want)
			}
			if res.Outbox != len(tc.want) {
				t.Errorf("SaveResult.Outbox = %d, want %d", res.Outbox, len(tc.want))
			}
		})
	}
	// c1's message names its first matching subscription.
	recs, err := db.ChannelOutbox(ctx, "c1")
	if err != nil {
		t.Fatal(err)
	}
	subs, _ := db.Subscriptions(ctx, "g1")
	for _, r := range recs {
		var sub int64
		db.db.QueryRow(`SELECT subscription_id FROM outbox WHERE id = ?`, r.ID).Scan(&sub)
		if sub != subs[0].ID || subs[0].Vendor != "" {
			t.Errorf("c1 row %d names subscription %d, want %d (the all-vendors one)", r.ID, sub, subs[0].ID)
		}
	}
}

func TestPendingOutbox(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	for _, c := range []string{"cA", "cB"} {
		if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: c, Vendor: map[string]string{"cA": "", "cB": "Huawei"}[c]}, 0); err != nil {
			t.Fatal(err)
		}
	}
	// Alerts 1..3 go to cA; only alert 2 (Huawei) also goes to cB.
	var alerts []int64
	for i, v := range []string{"ZTE", "Huawei", "ZTE"} {
		it := item(fmt.Sprintf("guid:%d", i), fmt.Sprintf("p%d", i))
		res, err := db.SaveItem(ctx, src, it, alertFor(it, trust.SeverityHigh, global(v)))
		if err != nil {
			t.Fatal(err)
		}
		alerts = append(alerts, res.AlertID)
	}
	if d, _ := db.OutboxDepth(ctx); d != 4 {
		t.Fatalf("OutboxDepth = %d, want 4", d)
	}

	type head struct {
		channel string
		alert   int64
	}
	pending := func(now time.Time) []head {
		t.Helper()
		es, err := db.PendingOutbox(ctx, now, 10)
		if err != nil {
			t.Fatal(err)
		}
		var out []head
		for _, e := range es {
			if !slices.Contains(alerts, e.Alert.ID) || len(e.Alert.Vendors) != 1 || e.Alert.Title == "" {
				t.Errorf("entry %d carries alert %+v, want a full alert", e.ID, e.Alert)
			}
			if len(e.Nonce) == 0 || len(e.Nonce) > 25 {
				t.Errorf("entry %d nonce %q: want 1..25 chars", e.ID, e.Nonce)
			}
			out = append(out, head{e.ChannelID, e.Alert.ID})
		}
		return out
	}
	entry := func(channel string) OutboxEntry {
		t.Helper()
		es, _ := db.PendingOutbox(ctx, t0.Add(24*time.Hour), 10)
		for _, e := range es {
			if e.ChannelID == channel {
				return e
			}
		}
		t.Fatalf("no pending entry for %s", channel)
		return OutboxEntry{}
	}

	if got, want := pending(t0), []head{{"cA", alerts[0]}, {"cB", alerts[1]}}; !slices.Equal(got, want) {
		t.Errorf("pending = %v, want %v", got, want)
	}
	// A retry in backoff holds back the rest of its channel.
	a1 := entry("cA")
	if err := db.MarkRetry(ctx, a1.ID, t0.Add(time.Minute), "503"); err != nil {
		t.Fatal(err)
	}
	if got, want := pending(t0), []head{{"cB", alerts[1]}}; !slices.Equal(got, want) {
		t.Errorf("pending during backoff = %v, want %v", got, want)
	}
	if got, want := pending(t0.Add(time.Minute)), []head{{"cA", alerts[0]}, {"cB", alerts[1]}}; !slices.Equal(got, want) {
		t.Errorf("pending after backoff = %v, want %v", got, want)
	}
	if again := entry("cA"); again.Attempts != 1 || again.Nonce != a1.Nonce || !again.NotBefore.Equal(t0.Add(time.Minute)) {
		t.Errorf("retried entry = %+v, want attempts 1, the same nonce %q, not before %v", again, a1.Nonce, t0.Add(time.Minute))
	}
	if err := db.MarkSent(ctx, a1.ID, "m1"); err != nil {
		t.Fatal(err)
	}
	if got, want := pending(t0.Add(time.Minute)), []head{{"cA", alerts[1]}, {"cB", alerts[1]}}; !slices.Equal(got, want) {
		t.Errorf("pending after send = %v, want %v", got, want)
	}
	if err := db.MarkDropped(ctx, entry("cA").ID, "too large"); err != nil {
		t.Fatal(err)
	}
	// Heads come in row order: cB's row for alert 2 is older than cA's for 3.
	if got, want := pending(t0.Add(time.Minute)), []head{{"cB", alerts[1]}, {"cA", alerts[2]}}; !slices.Equal(got, want) {
		t.Errorf("pending after drop = %v, want %v", got, want)
	}
	if d, _ := db.OutboxDepth(ctx); d != 2 {
		t.Errorf("OutboxDepth = %d, want 2", d)
	}
	// A limit of one takes the oldest head.
	if es, _ := db.PendingOutbox(ctx, t0.Add(time.Minute), 1); len(es) != 1 || es[0].ChannelID != "cB" {
		t.Errorf("PendingOutbox(limit 1) = %+v, want cB's row", es)
	}

	// Only pending rows can be retried or dropped.
	if err := db.MarkRetry(ctx, a1.ID, t0, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkRetry(sent row) error = %v, want ErrNotFound", err)
	}
	if err := db.MarkDropped(ctx, a1.ID, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkDropped(sent row) error = %v, want ErrNotFound", err)
	}
	if err := db.MarkSent(ctx, 999, "m"); !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkSent(999) error = %v, want ErrNotFound", err)
	}

	recs, err := db.ChannelOutbox(ctx, "cA")
	if err != nil {
		t.Fatal(err)
	}
	var states []string
	nonces := map[string]bool{}
	for _, r := range recs {
		states = append(states, r.Status+"/"+r.MessageID)
		nonces[r.Nonce] = true
	}
	if want := []string{"sent/m1", "dropped/", "pending/"}; !slices.Equal(states, want) {
		t.Errorf("cA rows = %v, want %v", states, want)
	}
	if len(nonces) != len(recs) {
		t.Errorf("nonces %v are not unique", nonces)
	}
}

func TestDisableChannel(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	for _, s := range []Subscription{
		{GuildID: "g", ChannelID: "gone"},
		{GuildID: "g", ChannelID: "gone", Vendor: "Huawei"},
		{GuildID: "g", ChannelID: "kept"},
	} {
		if _, err := db.AddSubscription(ctx, s, 0); err != nil {
			t.Fatal(err)
		}
	}
	save := func(key string) SaveResult {
		it := item(key, key)
		res, err := db.SaveItem(ctx, src, it, alertFor(it, trust.SeverityHigh, global("Huawei")))
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	save("one")
	save("two")

	n, err := db.DisableChannel(ctx, "gone", "Missing Access (50001)")
	if err != nil || n != 2 {
		t.Fatalf("DisableChannel = %d, %v; want 2", n, err)
	}
	if n, _ := db.DisableChannel(ctx, "gone", "again"); n != 0 {
		t.Errorf("DisableChannel again = %d, want 0", n)
	}
	recs, _ := db.ChannelOutbox(ctx, "gone")
	for _, r := range recs {
		if r.Status != "dropped" || r.LastError != "Missing Access (50001)" {
			t.Errorf("row %d = %s %q, want dropped with the reason", r.ID, r.Status, r.LastError)
		}
	}
	if len(recs) != 2 {
		t.Errorf("%d rows for the disabled channel, want 2", len(recs))
	}
	subs, _ := db.Subscriptions(ctx, "g")
	for _, s := range subs {
		if want := s.ChannelID == "gone"; s.Disabled != want || (want && s.DisabledReason != "Missing Access (50001)") {
			t.Errorf("subscription %+v: disabled %v, want %v with the reason", s, s.Disabled, want)
		}
	}
	if res := save("three"); res.Outbox != 1 {
		t.Errorf("alert after disabling queued %d rows, want 1 (kept)", res.Outbox)
	}

	// Subscribing again enables the subscription again.
	s, err := db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: "gone", MinSeverity: trust.SeverityMedium}, 0)
	if err != nil || s.Disabled || s.DisabledReason != "" || s.MinSeverity != trust.SeverityMedium {
		t.Errorf("re-subscribe = %+v, %v; want enabled, min medium", s, err)
	}
	if res := save("four"); res.Outbox != 2 {
		t.Errorf("alert after re-subscribing queued %d rows, want 2", res.Outbox)
	}
}

func TestSubscriptions(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	add := func(channel, vendor string) (Subscription, error) {
		return db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: channel, Vendor: vendor, MinSeverity: trust.SeverityLow}, 3)
	}
	tests := []struct {
		channel, vendor string
		want            error
	}{
		{"c1", "", nil},
		{"c1", "Huawei", nil},
		{"c1", "HUAWEI", ErrExists},
		{"c1", "", ErrExists},
		{"c2", "", nil},
		{"c3", "", ErrLimit},
	}
	for _, tc := range tests {
		s, err := add(tc.channel, tc.vendor)
		if !errors.Is(err, tc.want) {
			t.Errorf("add(%s, %q) error = %v, want %v", tc.channel, tc.vendor, err, tc.want)
		}
		if err == nil && (s.ID == 0 || !s.CreatedAt.Equal(t0) || s.GuildID != "g") {
			t.Errorf("add(%s, %q) = %+v, want it as stored", tc.channel, tc.vendor, s)
		}
		if errors.Is(err, ErrExists) && s.ID == 0 {
			t.Errorf("add(%s, %q) with ErrExists returned no existing subscription", tc.channel, tc.vendor)
		}
	}
	// Another guild has its own limit.
	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "h", ChannelID: "c9"}, 3); err != nil {
		t.Errorf("add in another guild: %v", err)
	}
	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: "c9", MinSeverity: 7}, 0); err == nil {
		t.Error("add with severity 7: no error")
	}

	removals := []struct {
		channel, vendor string
		want            int
	}{
		{"c1", "huawei", 1},
		{"c1", "huawei", 0},
		{"c2", "", 1},
		{"c9", "", 0}, // c9 is guild h's
	}
	for _, r := range removals {
		if n, err := db.RemoveSubscriptions(ctx, "g", r.channel, r.vendor); err != nil || n != r.want {
			t.Errorf("RemoveSubscriptions(%s, %q) = %d, %v; want %d", r.channel, r.vendor, n, err, r.want)
		}
	}
	subs, err := db.Subscriptions(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range subs {
		got = append(got, s.GuildID+"/"+s.ChannelID+"/"+s.Vendor)
	}
	if want := []string{"g/c1/", "h/c9/"}; !slices.Equal(got, want) {
		t.Errorf("Subscriptions = %v, want %v", got, want)
	}
}

func TestRemoveSubscriptionsDropsPending(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: "c"}, 0); err != nil {
		t.Fatal(err)
	}
	it := item("k", "k")
	if _, err := db.SaveItem(ctx, src, it, alertFor(it, trust.SeverityHigh, global("Huawei"))); err != nil {
		t.Fatal(err)
	}
	if _, err := db.RemoveSubscriptions(ctx, "g", "c", ""); err != nil {
		t.Fatal(err)
	}
	recs, _ := db.ChannelOutbox(ctx, "c")
	if len(recs) != 1 || recs[0].Status != "dropped" {
		t.Errorf("outbox after unsubscribing = %+v, want one dropped row", recs)
	}
	if d, _ := db.OutboxDepth(ctx); d != 0 {
		t.Errorf("OutboxDepth = %d, want 0", d)
	}
}

// TestNextOutbox walks one channel's rows in order, as a dispatcher worker
// does, and agrees with PendingOutbox's head for the channel.
func TestNextOutbox(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: "c"}, 0); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := db.NextOutbox(ctx, "c", t0); ok || err != nil {
		t.Errorf("NextOutbox of an empty channel = %v, %v; want none", ok, err)
	}
	var alerts []int64
	for i := range 3 {
		it := item(fmt.Sprintf("guid:%d", i), fmt.Sprintf("n%d", i))
		res, err := db.SaveItem(ctx, src, it, alertFor(it, trust.SeverityHigh, global("ZTE")))
		if err != nil {
			t.Fatal(err)
		}
		alerts = append(alerts, res.AlertID)
	}
	head, err := db.PendingOutbox(ctx, t0, 10)
	if err != nil || len(head) != 1 {
		t.Fatalf("PendingOutbox = %+v, %v", head, err)
	}
	for i, want := range alerts {
		e, ok, err := db.NextOutbox(ctx, "c", t0)
		if err != nil || !ok {
			t.Fatalf("row %d: NextOutbox = %v, %v", i, ok, err)
		}
		if e.Alert.ID != want || e.Alert.Title == "" || e.Nonce != db.nonce(e.ID) || e.ChannelID != "c" || e.GuildID != "g" {
			t.Errorf("row %d: %+v, want alert %d in full", i, e, want)
		}
		if i == 0 && (e.ID != head[0].ID || e.Nonce != head[0].Nonce) {
			t.Errorf("first row %d %q, PendingOutbox's head %d %q", e.ID, e.Nonce, head[0].ID, head[0].Nonce)
		}
		if i == 1 {
			// A row held back for a retry is not due, and holds the rest.
			if err := db.MarkRetry(ctx, e.ID, t0.Add(time.Minute), "rate limited"); err != nil {
				t.Fatal(err)
			}
			if _, ok, err := db.NextOutbox(ctx, "c", t0); ok || err != nil {
				t.Errorf("NextOutbox before the retry is due = %v, %v; want none", ok, err)
			}
			if e2, ok, _ := db.NextOutbox(ctx, "c", t0.Add(time.Minute)); !ok || e2.ID != e.ID || e2.Attempts != 1 {
				t.Errorf("NextOutbox when due = %+v, %v; want row %d after one attempt", e2, ok, e.ID)
			}
		}
		if err := db.MarkSent(ctx, e.ID, fmt.Sprint("m", i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, err := db.NextOutbox(ctx, "c", t0.Add(time.Hour)); ok || err != nil {
		t.Errorf("NextOutbox after the last row = %v, %v; want none", ok, err)
	}
}
