package bot_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

const pingRole = "300000000000000007"

// routeClock is the bot's and the database's clock: set to a time, it
// runs on from there with the wall clock, so that backoffs and retries
// still come due.
type routeClock struct {
	mu    sync.Mutex
	at    time.Time
	start time.Time
}

func (c *routeClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at, c.start = t, time.Now()
}

func (c *routeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at.IsZero() {
		return time.Now()
	}
	return c.at.Add(time.Since(c.start))
}

// setupClock is setup with c, set to start, as the bot's and the
// database's clock. c is set before the bot starts, never the wall clock
// it would otherwise begin with: a dispatcher round that read that clock
// just before the test moved it could act on the test's first rows with
// the wall clock's time of day (releasing alerts held in quiet hours, or
// firing a digest, when the real time says so). It is set again once the
// bot is connected, so that however long that took the test starts at
// start; nothing is stored yet, so going back that far changes nothing.
func setupClock(t *testing.T, c *routeClock, start time.Time) *env {
	c.set(start)
	e := setup(t, func(o *bot.Options) {
		o.Now = c.now
		o.Store.(*storage.DB).SetClock(c.now)
	})
	c.set(start)
	return e
}

func roleOpt(name, id string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionRole, Value: id}
}

func subscribeCmd(opts ...*discordgo.ApplicationCommandInteractionDataOption) discordtest.Interaction {
	return discordtest.Interaction{Name: "subscribe", Options: opts}
}

// mentions decodes a message's allowed_mentions and fails unless it allows
// no parsed mention type, no user and at most the roles returned.
func mentions(t *testing.T, m discordtest.Message) []string {
	t.Helper()
	var am struct {
		Parse       *[]string `json:"parse"`
		Roles       []string  `json:"roles"`
		Users       []string  `json:"users"`
		RepliedUser bool      `json:"replied_user"`
	}
	if err := json.Unmarshal(m.AllowedMentions, &am); err != nil || am.Parse == nil {
		t.Fatalf("allowed_mentions %s: want an object with a parse list (%v)", m.AllowedMentions, err)
	}
	var extra map[string]json.RawMessage
	_ = json.Unmarshal(m.AllowedMentions, &extra)
	for k := range extra {
		if k != "parse" && k != "roles" && k != "users" && k != "replied_user" {
			t.Errorf("allowed_mentions %s has unexpected key %q", m.AllowedMentions, k)
		}
	}
	if len(*am.Parse) != 0 || len(am.Users) != 0 || am.RepliedUser {
		t.Errorf("allowed_mentions %s allows more than roles", m.AllowedMentions)
	}
	return am.Roles
}

// digestLines are the event lines of a digest message, first embed.
func digestLines(m discordtest.Message) []string {
	if len(m.Embeds) == 0 {
		return nil
	}
	var out []string
	for _, l := range strings.Split(m.Embeds[0].Description, "\n") {
		if strings.HasPrefix(l, "**") {
			out = append(out, l)
		}
	}
	return out
}

// wantDigest checks a digest message: its title, and one line per wanted
// headline in that order, and nothing else.
func wantDigest(t *testing.T, m discordtest.Message, title string, headlines ...string) {
	t.Helper()
	if len(m.Embeds) != 1 {
		t.Fatalf("digest has %d embeds, want 1", len(m.Embeds))
	}
	if got := m.Embeds[0].Title; got != title {
		t.Errorf("digest title %q, want %q", got, title)
	}
	if roles := mentions(t, m); len(roles) != 0 || m.Content != "" {
		t.Errorf("digest pings: content %q, roles %v", m.Content, roles)
	}
	lines := digestLines(m)
	if len(lines) != len(headlines) {
		t.Fatalf("digest has %d lines, want %d:\n%s", len(lines), len(headlines), m.Embeds[0].Description)
	}
	for k, h := range headlines {
		if !strings.Contains(lines[k], h) {
			t.Errorf("digest line %d %q, want %q", k+1, lines[k], h)
		}
	}
}

// nothingMore waits for the dispatcher to catch up and checks that the
// channel still has n messages.
func (e *env) nothingMore(channel string, n int, why string) {
	e.t.Helper()
	e.settle()
	if got := len(e.messages(channel)); got != n {
		e.t.Fatalf("%s: %d messages, want %d", why, got, n)
	}
}

// story makes an alert of its own event: a headline, vendor, category and
// severity.
func story(title, vendor string, cat trust.Category, sev trust.Severity) func(*trust.Alert) {
	return func(a *trust.Alert) {
		a.Title, a.Category, a.Severity = title, cat, sev
		a.Vendors = []trust.VendorHit{{Name: vendor, Term: vendor}}
		a.Signals = []trust.SignalHit{{Term: string(cat), Category: cat, Weight: 3}}
		a.Summary = title + "."
	}
}

// TestRolePingThreshold: the role is mentioned only on alerts at or above
// its threshold, and allowed_mentions never allows more than that role,
// whatever the feed text names.
func TestRolePingThreshold(t *testing.T) {
	e := setup(t, nil)
	_, text := e.run(subscribeCmd(roleOpt("ping_role", pingRole)))
	if !strings.Contains(text, "mentioning <@&"+pingRole+"> at high or above") {
		t.Errorf("subscribe answer:\n%s", text)
	}
	e.alert(func(a *trust.Alert) { a.Title = "Medium one"; a.Severity = trust.SeverityMedium })
	e.alert(func(a *trust.Alert) { a.Title = "High one"; a.Severity = trust.SeverityHigh })
	e.alert(func(a *trust.Alert) { a.Title = "Critical one"; a.Severity = trust.SeverityCritical })
	e.alert(func(a *trust.Alert) {
		a.Title = "@everyone <@123> <@&999> Kaspersky banned"
		a.Summary = "@here <@&999> <@123>"
		a.Severity = trust.SeverityCritical
	})
	e.alert(func(a *trust.Alert) { a.Title = "Low one"; a.Severity = trust.SeverityLow })
	e.waitFor("5 messages", func() bool { return len(e.messages(chanA1)) == 5 })
	// The outbox goes most severe first: the order of posting depends on
	// what was queued when, so each message is found by its title.
	byTitle := map[string]discordtest.Message{}
	for _, m := range e.messages(chanA1) {
		byTitle[m.Embeds[0].Title] = m
	}
	for _, c := range []struct {
		title string
		ping  bool
	}{
		{"Medium one", false},
		{"High one", true},
		{"Critical one", true},
		{"@\u200beveryone \\<@123\\> \\<@&999\\> Kaspersky banned", true},
		{"Low one", false},
	} {
		m, ok := byTitle[c.title]
		if !ok {
			t.Errorf("no message titled %q", c.title)
			continue
		}
		roles := mentions(t, m)
		if c.ping {
			if m.Content != "<@&"+pingRole+">" || !slices.Equal(roles, []string{pingRole}) {
				t.Errorf("%q: content %q, allowed roles %v; want the role alone", c.title, m.Content, roles)
			}
			continue
		}
		if m.Content != "" || len(roles) != 0 || string(m.AllowedMentions) != `{"parse":[],"replied_user":false}` && string(m.AllowedMentions) != `{"parse":[]}` {
			t.Errorf("%q: content %q, allowed_mentions %s; want no mention at all", c.title, m.Content, m.AllowedMentions)
		}
	}

	// no_ping turns it off again.
	_, text = e.run(subscribeCmd(boolOpt("no_ping", true)))
	if !strings.Contains(text, "Pings: <@&"+pingRole+"> at high or above → off") {
		t.Errorf("no_ping answer:\n%s", text)
	}
	e.alert(func(a *trust.Alert) { a.Title = "Critical, unpinged"; a.Severity = trust.SeverityCritical })
	e.waitFor("6 messages", func() bool { return len(e.messages(chanA1)) == 6 })
	if m := e.messages(chanA1)[5]; m.Content != "" || len(mentions(t, m)) != 0 {
		t.Errorf("after no_ping: content %q, allowed_mentions %s", m.Content, m.AllowedMentions)
	}
}

// TestDigestSchedule: a weekday 08:00 Europe/Berlin digest holds alerts
// until 07:00 UTC (08:00 CET), then posts exactly the events since the
// last digest, most severe first; a bot down across several fire times
// sends one digest; weekends send none.
func TestDigestSchedule(t *testing.T) {
	utc := func(day, hour, min, sec int) time.Time { return time.Date(2026, 11, day, hour, min, sec, 0, time.UTC) }
	c := &routeClock{}
	e := setupClock(t, c, utc(27, 10, 0, 0)) // Friday, 11:00 in Berlin
	ctx := context.Background()
	if err := e.db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	_, text := e.run(subscribeCmd(str("mode", "digest"), str("schedule", "0 8 * * 1-5"), str("tz", "Europe/Berlin")))
	fire := time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)
	for _, want := range []string{"as a digest at `0 8 * * 1-5` (Europe/Berlin)", fmt.Sprintf("First digest: <t:%d:f>", fire.Unix())} {
		if !strings.Contains(text, want) {
			t.Errorf("subscribe answer lacks %q:\n%s", want, text)
		}
	}

	e.alert(story("Kaspersky added to the Entity List", "Kaspersky", trust.CategorySanctions, trust.SeverityCritical))
	e.alert(func(a *trust.Alert) {
		story("Kaspersky added to the Entity List", "Kaspersky", trust.CategorySanctions, trust.SeverityHigh)(a)
		a.Source = "Other News"
	})
	e.alert(story("Huawei banned from state networks", "Huawei", trust.CategoryBan, trust.SeverityLow))
	e.alert(story("Kaspersky delisted from app store", "Kaspersky", trust.CategoryDelisting, trust.SeverityMedium))
	e.nothingMore(chanA1, 0, "alerts of a digest subscription")

	c.set(utc(28, 7, 0, 30)) // Saturday 08:00 in Berlin
	e.nothingMore(chanA1, 0, "Saturday")
	c.set(utc(30, 6, 59, 0)) // Monday 07:59 in Berlin
	e.nothingMore(chanA1, 0, "Monday 07:59 Berlin")
	c.set(utc(30, 7, 0, 30)) // Monday 08:00:30 in Berlin
	e.bot.Notify()
	e.waitFor("the first digest", func() bool { return len(e.messages(chanA1)) == 1 })
	first := e.messages(chanA1)[0]
	wantDigest(t, first, "Vendor-trust digest — 3 events since Fri 27 Nov 11:00 (Europe/Berlin)",
		"**Critical** · [Kaspersky added to the Entity List](https://news.example/a/1) — Kaspersky · Sanctions / export control · 2 reports",
		"**Medium** · [Kaspersky delisted from app store]",
		"**Low** · [Huawei banned from state networks]")
	if f := first.Embeds[0].Footer; f == nil || f.Text != "vendorwatch · 4 reports" {
		t.Errorf("footer %+v", f)
	}
	e.nothingMore(chanA1, 1, "after the first digest")

	// The second digest holds exactly what came after the first.
	c.set(utc(30, 7, 10, 0))
	e.alert(story("Huawei directive issued", "Huawei", trust.CategoryDirective, trust.SeverityHigh))
	e.alert(story("Kaspersky update server compromised", "Kaspersky", trust.CategoryCompromise, trust.SeverityCritical))
	c.set(time.Date(2026, 12, 1, 6, 59, 0, 0, time.UTC))
	e.nothingMore(chanA1, 1, "Tuesday 07:59 Berlin")
	c.set(time.Date(2026, 12, 1, 7, 0, 30, 0, time.UTC))
	e.bot.Notify()
	e.waitFor("the second digest", func() bool { return len(e.messages(chanA1)) == 2 })
	wantDigest(t, e.messages(chanA1)[1], "Vendor-trust digest — 2 events since Mon 30 Nov 08:00 (Europe/Berlin)",
		"**Critical** · [Kaspersky update server compromised]",
		"**High** · [Huawei directive issued]")

	// Down from Tuesday to Saturday: one digest, fired Friday 08:00.
	c.set(time.Date(2026, 12, 1, 7, 10, 0, 0, time.UTC))
	e.alert(story("Huawei distrusted by browsers", "Huawei", trust.CategoryDistrust, trust.SeverityMedium))
	c.set(time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC))
	e.bot.Notify()
	e.waitFor("the catch-up digest", func() bool { return len(e.messages(chanA1)) == 3 })
	wantDigest(t, e.messages(chanA1)[2], "Vendor-trust digest — 1 event since Tue 1 Dec 08:00 (Europe/Berlin)",
		"**Medium** · [Huawei distrusted by browsers]")
	e.nothingMore(chanA1, 3, "after the catch-up digest")

	// The weekend sends nothing; Monday sends what came on Saturday.
	e.alert(story("Kaspersky espionage probe", "Kaspersky", trust.CategoryEspionage, trust.SeverityHigh))
	c.set(time.Date(2026, 12, 6, 7, 0, 30, 0, time.UTC))
	e.nothingMore(chanA1, 3, "Sunday")
	c.set(time.Date(2026, 12, 7, 7, 0, 30, 0, time.UTC))
	e.bot.Notify()
	e.waitFor("Monday's digest", func() bool { return len(e.messages(chanA1)) == 4 })
	wantDigest(t, e.messages(chanA1)[3], "Vendor-trust digest — 1 event since Fri 4 Dec 08:00 (Europe/Berlin)",
		"**High** · [Kaspersky espionage probe]")

	for _, r := range e.settled(chanA1, 4) {
		if r.Kind != "digest" || r.Status != "sent" || r.PingRole != "" {
			t.Errorf("outbox row %+v: want a sent digest part without ping", r)
		}
	}
}

// TestQuietHours: alerts below quiet_below wait out the quiet hours, one at
// or above it posts at once, and the held ones come as one digest when
// the quiet hours end.
func TestQuietHours(t *testing.T) {
	c := &routeClock{}
	e := setupClock(t, c, time.Date(2026, 11, 27, 21, 30, 0, 0, time.UTC)) // Friday 22:30 in Berlin
	_, text := e.run(subscribeCmd(str("quiet", "22:00-07:00"), str("tz", "Europe/Berlin")))
	if !strings.Contains(text, "with quiet hours 22:00–07:00 (Europe/Berlin), holding alerts below high") {
		t.Errorf("subscribe answer:\n%s", text)
	}
	e.alert(story("Huawei banned from state networks", "Huawei", trust.CategoryBan, trust.SeverityLow))
	e.alert(story("Kaspersky added to the Entity List", "Kaspersky", trust.CategorySanctions, trust.SeverityHigh))
	e.alert(story("Kaspersky delisted from app store", "Kaspersky", trust.CategoryDelisting, trust.SeverityMedium))
	e.waitFor("the high alert", func() bool { return len(e.messages(chanA1)) == 1 })
	if got := e.messages(chanA1)[0].Embeds[0].Title; got != "Kaspersky added to the Entity List" {
		t.Errorf("posted during quiet hours: %q", got)
	}
	e.nothingMore(chanA1, 1, "quiet hours")
	c.set(time.Date(2026, 11, 28, 5, 59, 0, 0, time.UTC)) // 06:59 in Berlin
	e.nothingMore(chanA1, 1, "06:59 Berlin")

	c.set(time.Date(2026, 11, 28, 6, 0, 30, 0, time.UTC)) // 07:00:30 in Berlin
	e.bot.Notify()
	e.waitFor("the release", func() bool { return len(e.messages(chanA1)) == 2 })
	wantDigest(t, e.messages(chanA1)[1], "Held during quiet hours — 2 events",
		"**Medium** · [Kaspersky delisted from app store]",
		"**Low** · [Huawei banned from state networks]")
	e.nothingMore(chanA1, 2, "after the release")

	// After the quiet hours a low alert posts at once.
	e.alert(story("Huawei directive issued", "Huawei", trust.CategoryDirective, trust.SeverityLow))
	e.waitFor("the low alert", func() bool { return len(e.messages(chanA1)) == 3 })
	if got := e.messages(chanA1)[2].Embeds[0].Title; got != "Huawei directive issued" {
		t.Errorf("after quiet hours: %q", got)
	}
	recs := e.settled(chanA1, 3)
	if kinds := []string{recs[0].Kind, recs[1].Kind, recs[2].Kind}; !slices.Equal(kinds, []string{"alert", "digest", "alert"}) {
		t.Errorf("outbox kinds %v", kinds)
	}
}

// TestQuietHoursCatchUp: a bot that was down from the end of one night's
// quiet hours into the next night's releases what it held the night
// before at once, and holds tonight's until tonight's end.
func TestQuietHoursCatchUp(t *testing.T) {
	c := &routeClock{}
	e := setupClock(t, c, time.Date(2026, 11, 27, 21, 30, 0, 0, time.UTC)) // Friday 22:30 in Berlin
	e.run(subscribeCmd(str("quiet", "22:00-07:00"), str("tz", "Europe/Berlin")))
	e.alert(story("Huawei banned from state networks", "Huawei", trust.CategoryBan, trust.SeverityLow))
	e.nothingMore(chanA1, 0, "Friday night")

	// Saturday 23:00 in Berlin: quiet again, but Friday night's are due.
	c.set(time.Date(2026, 11, 28, 22, 0, 0, 0, time.UTC))
	e.alert(story("Kaspersky delisted from app store", "Kaspersky", trust.CategoryDelisting, trust.SeverityMedium))
	e.bot.Notify()
	e.waitFor("Friday night's release", func() bool { return len(e.messages(chanA1)) == 1 })
	wantDigest(t, e.messages(chanA1)[0], "Held during quiet hours — 1 event", "**Low** · [Huawei banned from state networks]")
	e.nothingMore(chanA1, 1, "Saturday night")

	c.set(time.Date(2026, 11, 29, 6, 0, 30, 0, time.UTC)) // Sunday 07:00:30 in Berlin
	e.bot.Notify()
	e.waitFor("Saturday night's release", func() bool { return len(e.messages(chanA1)) == 2 })
	wantDigest(t, e.messages(chanA1)[1], "Held during quiet hours — 1 event", "**Medium** · [Kaspersky delisted from app store]")
}

// TestRoutingBadInput: every bad setting is refused with a clear answer
// and nothing is stored or changed.
func TestRoutingBadInput(t *testing.T) {
	e := setup(t, nil)
	for _, c := range []struct {
		opts []*discordgo.ApplicationCommandInteractionDataOption
		want string
	}{
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("mode", "digest")}, "A digest needs a schedule"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("mode", "digest"), str("schedule", "0 8 * *")}, "expected 5 fields"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("schedule", "61 8 * * 1-5")}, "the minute field"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("schedule", "* * * * *")}, "at most every 15 minutes"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("schedule", "0 8 31 2 *")}, "never fires"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("mode", "instant"), str("schedule", "0 8 * * *")}, "A schedule is for mode:digest"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("schedule", "0 8 * * *"), str("tz", "Mars/Olympus")}, "Unknown time zone"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("schedule", "0 8 * * *"), str("tz", "Local")}, "Unknown time zone"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("tz", "Europe/Berlin")}, "tz is the time zone of a digest"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("quiet", "25:00-07:00")}, "hour 25 is out of range"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("quiet", "22:00")}, "HH:MM-HH:MM"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("quiet", "07:00-07:00")}, "same time"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("quiet_below", "high")}, "set them with quiet"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("quiet", "22-7"), str("quiet_below", "low")}, "would hold nothing"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("quiet", "off"), str("quiet_below", "high")}, "leave out quiet_below"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{roleOpt("ping_role", guildA)}, "never pings @everyone"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{roleOpt("ping_role", "<@&1>")}, "not a role"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("ping_min", "critical")}, "name the role with ping_role"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{roleOpt("ping_role", pingRole), boolOpt("no_ping", true)}, "no_ping turns pings off"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("schedule", "@daily"), roleOpt("ping_role", pingRole)}, "Digests never ping"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("schedule", "@daily"), str("quiet", "22:00-07:00")}, "Quiet hours are for instant alerts"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("mode", "weekly")}, "instant or digest"},
	} {
		e.wantError(subscribeCmd(c.opts...), c.want)
	}
	if subs, _ := e.store.Subscriptions(context.Background(), guildA); len(subs) != 0 {
		t.Fatalf("bad input stored %+v", subs)
	}

	// Bad changes to an existing subscription change nothing.
	e.run(subscribeCmd(str("quiet", "22:00-07:00"), str("tz", "Europe/Berlin"), roleOpt("ping_role", pingRole)))
	before, _ := e.store.Subscriptions(context.Background(), guildA)
	e.wantError(subscribeCmd(str("quiet", "22:00-24:00")), "hour 24")
	e.wantError(subscribeCmd(str("tz", "Europe/Nowhere")), "Unknown time zone")
	e.wantError(subscribeCmd(str("mode", "digest")), "A digest needs a schedule")
	e.wantError(subscribeCmd(str("schedule", "0 8 * * 1-5"), str("ping_min", "low")), "Digests never ping")
	after, _ := e.store.Subscriptions(context.Background(), guildA)
	if len(before) != 1 || !slices.Equal(before, after) {
		t.Errorf("bad changes changed %+v into %+v", before, after)
	}
}

// TestSubscribeUpdates: /subscribe with settings changes the channel's
// subscription and says what changed; without any it is "already has".
func TestSubscribeUpdates(t *testing.T) {
	e := setup(t, nil)
	ctx := context.Background()
	e.run(subscribeCmd(str("vendor", "Kaspersky")))
	e.wantError(subscribeCmd(str("vendor", "kaspersky lab")), "already has that subscription")

	_, text := e.run(subscribeCmd(str("vendor", "Kaspersky"), roleOpt("ping_role", pingRole), str("quiet", "10pm-7am")))
	for _, want := range []string{"Subscription updated", "Pings: off → <@&" + pingRole + "> at high or above",
		"Quiet hours: off → 22:00–07:00 (UTC), holding alerts below high"} {
		if !strings.Contains(text, want) {
			t.Errorf("update answer lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Minimum severity") || strings.Contains(text, "Delivery") {
		t.Errorf("update answer lists unchanged settings:\n%s", text)
	}
	_, text = e.run(subscribeCmd(str("vendor", "Kaspersky"), str("ping_min", "critical"), str("quiet_below", "medium")))
	for _, want := range []string{"Pings: <@&" + pingRole + "> at high or above → <@&" + pingRole + "> at critical or above",
		"holding alerts below high → 22:00–07:00 (UTC), holding alerts below medium"} {
		if !strings.Contains(text, want) {
			t.Errorf("update answer lacks %q:\n%s", want, text)
		}
	}
	_, text = e.run(subscribeCmd(str("vendor", "Kaspersky"), str("ping_min", "critical")))
	if !strings.Contains(text, "Nothing to change") {
		t.Errorf("repeated update: %q", text)
	}

	subs, _ := e.store.Subscriptions(ctx, guildA)
	if len(subs) != 1 {
		t.Fatalf("subscriptions %+v", subs)
	}
	s := subs[0]
	if s.PingRole != pingRole || s.PingMin != trust.SeverityCritical || s.Quiet.Start != 22*60 || s.Quiet.End != 7*60 || s.Quiet.Below != trust.SeverityMedium {
		t.Errorf("stored %+v", s)
	}

	// Into a digest: pings and quiet hours go, and say so.
	_, text = e.run(subscribeCmd(str("vendor", "Kaspersky"), str("schedule", "@daily"), str("tz", "America/New_York")))
	for _, want := range []string{"Delivery: each alert at once → a digest at `@daily` (America/New\\_York)", "Pings: <@&" + pingRole + "> at critical or above → off", "Quiet hours: 22:00–07:00 (UTC), holding alerts below medium → off", "First digest: <t:"} {
		if !strings.Contains(text, want) {
			t.Errorf("digest update lacks %q:\n%s", want, text)
		}
	}
	_, text = e.run(discordtest.Interaction{Name: "subscriptions"})
	if !strings.Contains(text, "alerts for **Kaspersky** at severity low or above, as a digest at `@daily` (America/New\\_York)") {
		t.Errorf("/subscriptions:\n%s", text)
	}
	// And back; quiet:off on an instant subscription without them is no change.
	_, text = e.run(subscribeCmd(str("vendor", "Kaspersky"), str("mode", "instant"), str("min_severity", "high")))
	for _, want := range []string{"Minimum severity: low → high", "Delivery: a digest at `@daily` (America/New\\_York) → each alert at once"} {
		if !strings.Contains(text, want) {
			t.Errorf("instant update lacks %q:\n%s", want, text)
		}
	}
	_, text = e.run(subscribeCmd(str("vendor", "Kaspersky"), str("quiet", "off")))
	if !strings.Contains(text, "Nothing to change") {
		t.Errorf("quiet:off without quiet hours: %q", text)
	}
}

// TestDigestEmbedLimits: a digest of many long, hostile events stays
// within Discord's limits in every part, escapes feed text, says which
// part it is and, in the last, how many events it left out.
func TestDigestEmbedLimits(t *testing.T) {
	long := "https://news.example/" + strings.Repeat("p", 1900)
	d := trust.Digest{ID: 1, Reason: "digest", Since: time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC), Parts: trust.DigestMaxMessages}
	n := trust.DigestMaxMessages*trust.DigestPerMessage + 7
	for k := range n {
		var alerts []trust.Alert
		for j := range 3 {
			alerts = append(alerts, trust.Alert{
				ID:       int64(k*3 + j + 1),
				Title:    fmt.Sprintf("@everyone <@&999> **%d** ", k) + strings.Repeat("[x](y) ", 60),
				Link:     long,
				Category: trust.CategorySanctions,
				Severity: trust.SeverityHigh,
				Vendors: []trust.VendorHit{{Name: strings.Repeat("Vendor_", 5)}, {Name: "Other guild's", Guild: guildB},
					{Name: "Own", Guild: guildA}},
			})
		}
		d.Groups = append(d.Groups, trust.DigestGroup{Alerts: alerts, Severity: trust.SeverityHigh})
		d.Alerts += len(alerts)
	}
	d.Zone = "Europe/Berlin"
	for part := range trust.DigestMaxMessages {
		em := bot.DigestEmbed(d, part, guildA)
		total := utf8.RuneCountInString(em.Title) + utf8.RuneCountInString(em.Description) + utf8.RuneCountInString(em.Footer.Text)
		if total > 6000 || utf8.RuneCountInString(em.Title) > 256 || utf8.RuneCountInString(em.Description) > 4096 || len(em.Fields) > 0 {
			t.Errorf("part %d: total %d, title %d, description %d: over a limit", part, total,
				utf8.RuneCountInString(em.Title), utf8.RuneCountInString(em.Description))
		}
		if lines := digestLines(discordtest.Message{Embeds: []discordgo.MessageEmbed{*em}}); len(lines) != trust.DigestPerMessage {
			t.Errorf("part %d shows %d events, want %d", part, len(lines), trust.DigestPerMessage)
		}
		for _, bad := range []string{"@everyone", "<@&999>", "Other guild", "**0**"} {
			if strings.Contains(em.Description, bad) {
				t.Errorf("part %d keeps %q", part, bad)
			}
		}
		if !strings.Contains(em.Description, "Own") || !strings.Contains(em.Description, "3 reports") {
			t.Errorf("part %d lacks the guild's own vendor or the report count", part)
		}
		wantFooter := fmt.Sprintf("vendorwatch · %d reports · part %d of %d", d.Alerts, part+1, trust.DigestMaxMessages)
		if em.Footer.Text != wantFooter {
			t.Errorf("footer %q, want %q", em.Footer.Text, wantFooter)
		}
		left := strings.Contains(em.Description, "7 more events left out")
		if left != (part == trust.DigestMaxMessages-1) {
			t.Errorf("part %d: says events were left out: %v", part, left)
		}
	}
	d.Zone = ""
	if title := bot.DigestEmbed(d, 0, guildA).Title; title != fmt.Sprintf("Vendor-trust digest — %d events since Mon 30 Nov 07:00 (UTC)", n) {
		t.Errorf("title in UTC: %q", title)
	}
}

// lockedBuffer is a log destination safe for the bot's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestBrokenScheduleLoggedOnce: a stored schedule that no longer parses is
// logged once, not on every round of the dispatcher.
func TestBrokenScheduleLoggedOnce(t *testing.T) {
	var logs lockedBuffer
	e := setup(t, func(o *bot.Options) { o.Logger = slog.New(slog.NewTextHandler(&logs, nil)) })
	if _, err := e.store.AddSubscription(context.Background(), bot.Subscription{GuildID: guildA, ChannelID: chanA1,
		MinSeverity: trust.SeverityLow, Mode: trust.ModeDigest, Schedule: "every full moon"}, 0); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		e.nothingMore(chanA1, 0, "broken schedule")
	}
	if n := strings.Count(logs.String(), "digest schedule no longer parses"); n != 1 {
		t.Errorf("logged %d times, want once:\n%s", n, logs.String())
	}
}
