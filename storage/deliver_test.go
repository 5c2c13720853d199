package storage

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRouteFollowsDeliver holds route, the delivery rule in SQL, to
// trust.Subscription.Deliver, the rule in Go that explain and the
// /subscribe preview use: on generated subscriptions (guild, vendor filter
// in any case, severity, scope, open-source opt-in, mode, disabled), mutes
// and alerts (global, guild and unlisted vendors, package compromises),
// every channel gets exactly what Deliver says, held or posted alike.
func TestRouteFollowsDeliver(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	now := t0
	db.SetClock(func() time.Time { return now })
	src := ensureSource(t, db, "src")
	// Servers' own feeds: g1's, g1's and g2's, and g3's (no subscriptions).
	// Their alerts reach their guilds only.
	owned := map[int64][]string{src: nil}
	var feeds []int64
	for i, owners := range [][]string{{"g1"}, {"g1", "g2"}, {"g3"}} {
		var id int64
		for _, g := range owners {
			f, err := db.AddServerFeed(ctx, ServerFeed{GuildID: g, Name: fmt.Sprint("Feed ", i)}, fmt.Sprintf("https://feed%d.test/rss", i), "", 0)
			if err != nil {
				t.Fatal(err)
			}
			id = f.Source.ID
		}
		owned[id] = owners
		feeds = append(feeds, id)
	}
	rng := rand.New(rand.NewPCG(13, 13))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }

	var subs []Subscription
	for i := range 48 {
		s := Subscription{
			GuildID: pick("g1", "g2"), ChannelID: fmt.Sprintf("c%02d", i),
			Vendor:      pick("", "", "Huawei", "huawei", "Acme", "Zorblax", "left-pad"),
			MinSeverity: trust.Severity(1 + rng.IntN(4)),
			Scope:       pick(trust.ScopeWatchlist, trust.ScopeAny),
			OSS:         rng.IntN(2) == 0,
		}
		if rng.IntN(4) == 0 {
			s.Mode, s.Schedule = trust.ModeDigest, "0 8 * * *"
		}
		got, err := db.AddSubscription(ctx, s, 0)
		if err != nil {
			t.Fatal(err)
		}
		if rng.IntN(8) == 0 {
			if _, err := db.DisableChannel(ctx, got.ChannelID, "gone"); err != nil {
				t.Fatal(err)
			}
			got.Disabled = true
		}
		subs = append(subs, got)
	}
	mutes := map[string]string{} // channel → vendor ("" for all)
	for _, s := range subs {
		if rng.IntN(5) == 0 {
			v := pick("", "Huawei", "zorblax")
			if err := db.Mute(ctx, trust.Mute{GuildID: s.GuildID, ChannelID: s.ChannelID, Vendor: v, Until: now.Add(time.Hour)}); err != nil {
				t.Fatal(err)
			}
			mutes[s.ChannelID] = v
		}
	}
	vendors := []trust.VendorHit{
		global("Huawei"), global("ZTE"), guildHit("Acme", "g1"), guildHit("Acme", "g2"),
		{Name: "Zorblax", Term: "Zorblax", Unlisted: true}, {Name: "left-pad", Term: "left-pad", Unlisted: true},
	}
	for n := range 60 {
		it := item(fmt.Sprintf("k%d", n), fmt.Sprintf("a%d", n))
		// Far apart, so that no two alerts make one event (an event's
		// later reports edit its message rather than route anew).
		it.Published = t0.Add(time.Duration(n) * 200 * time.Hour)
		a := alertFor(it, trust.Severity(1+rng.IntN(4)))
		a.Title = fmt.Sprintf("Story %d about %d things", n, n*7919)
		if rng.IntN(4) == 0 {
			a.Category = trust.CategoryOSS
		}
		for _, v := range vendors {
			if rng.IntN(3) == 0 {
				a.Vendors = append(a.Vendors, v)
			}
		}
		if len(a.Vendors) == 0 {
			a.Vendors = []trust.VendorHit{vendors[rng.IntN(len(vendors))]}
		}
		from := src
		if rng.IntN(2) == 0 {
			from = feeds[rng.IntN(len(feeds))]
		}
		res, err := db.SaveItem(ctx, from, it, a)
		if err != nil || res.AlertID == 0 {
			t.Fatalf("save: %+v %v", res, err)
		}
		posted := routed(t, db, res.AlertID)
		held := map[string]string{}
		rows, err := db.db.Query(`SELECT channel_id, reason FROM held WHERE alert_id = ?`, res.AlertID)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var ch, why string
			if err := rows.Scan(&ch, &why); err != nil {
				t.Fatal(err)
			}
			held[ch] = why
		}
		rows.Close()
		for _, s := range subs {
			mv, isMuted := mutes[s.ChannelID]
			muted := func(v string) bool { return isMuted && (mv == "" || strings.EqualFold(mv, v)) }
			d := s.Deliver(a, now, muted)
			_, p := posted[s.ChannelID]
			h := held[s.ChannelID]
			if owners := owned[from]; from != src && !slices.Contains(owners, s.GuildID) && (p || h != "" || d.Receives) {
				t.Errorf("alert %d from the own feed of %v reached guild %s (posted %v, held %q, Deliver %v)", n, owners, s.GuildID, p, h, d.Receives)
			}
			switch {
			case !d.Receives && (p || h != ""):
				t.Errorf("alert %d %+v, subscription %+v: routed (posted %v, held %q), Deliver says no (%s)", n, a.Vendors, s, p, h, d.Why)
			case d.Receives && d.Held == "" && !p:
				t.Errorf("alert %d %+v, subscription %+v: not posted, Deliver says post", n, a.Vendors, s)
			case d.Receives && d.Held != "" && h != d.Held:
				t.Errorf("alert %d %+v, subscription %+v: held %q, Deliver says held %q", n, a.Vendors, s, h, d.Held)
			}
		}
	}
}
