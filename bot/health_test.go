package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// The poller's failures: FetchErrors as the fetcher builds them (the URL
// carries a key that must never reach Discord), and a parse error as the
// pipeline wraps it. The store gets their values and their text, as the
// poller records them.
var (
	secretFeedURL = "https://news.example/feed?key=SECRET"
	err404        = &sources.FetchError{URL: secretFeedURL, Kind: sources.KindStatus, Status: 404, Err: errors.New("not found")}
	errCloudflare = &sources.FetchError{URL: secretFeedURL, Kind: sources.KindCloudflare, Status: 403, Err: errors.New("blocked by a Cloudflare challenge")}
	errTimeout    = &sources.FetchError{URL: secretFeedURL, Kind: sources.KindTimeout, Err: context.DeadlineExceeded}
	errTooLarge   = &sources.FetchError{URL: secretFeedURL, Kind: sources.KindTooLarge, Status: 200, Cap: 2 << 20, Err: errors.New("body over the 2097152-byte cap")}
	errParse      = &sources.ParseError{Source: "Example News", Err: errors.New("parse feed: XML syntax error on line 12: unexpected EOF")}
)

// pollError is a poll's failure: its values and its text.
type pollError interface {
	error
	Failure() trust.Failure
}

// healthClock is the sources' clock in these tests: failures are recorded
// at times the test picks, so hysteresis needs no waiting.
var healthClock = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// poll records one poll of the env's source at healthClock+at: "fail" (a
// 404), "304" or "ok" (a stored feed), and wakes the dispatcher.
func (e *env) poll(policy storage.HealthPolicy, at time.Duration, outcome string) {
	e.t.Helper()
	ctx := context.Background()
	when := healthClock.Add(at)
	var err error
	switch outcome {
	case "fail":
		_, err = e.db.RecordFailure(ctx, e.src, err404.Failure(), err404.Error(), when, when.Add(time.Minute), policy)
	case "304":
		_, err = e.db.RecordNotModified(ctx, e.src, when, when.Add(time.Minute))
	case "ok":
		_, err = e.db.SaveFeed(ctx, e.src, nil, nil, &storage.PollSuccess{At: when, Next: when.Add(time.Minute)})
	}
	if err != nil {
		e.t.Fatalf("%s at +%v: %v", outcome, at, err)
	}
	e.bot.Notify()
}

// TestHealthNoticesFlapping: a source that fails now and then tells
// nobody; one that stays down is told once when it goes down and once when
// it is back, per state change, however many polls come between.
func TestHealthNoticesFlapping(t *testing.T) {
	e := setup(t, nil)
	ctx := context.Background()
	if err := e.db.SetHealthChannel(ctx, "", chanA3); err != nil { // the config's channel
		t.Fatal(err)
	}
	policy := storage.HealthPolicy{Failures: 3, After: 30 * time.Minute}
	min := time.Minute

	// Flapping below the thresholds: never three failures in a row.
	for k, o := range []string{"fail", "fail", "304", "fail", "fail", "ok", "fail", "304"} {
		e.poll(policy, time.Duration(k)*10*min, o)
	}
	// Down: the third failure in a row is under 30 min after the first,
	// the fourth is past it. More failures tell nobody again.
	for k, at := range []time.Duration{100 * min, 110 * min, 120 * min, 130 * min, 200 * min, 400 * min} {
		e.poll(policy, at, "fail")
		if k == 3 {
			e.waitFor("the down notice", func() bool { return len(e.messages(chanA3)) == 1 })
		}
	}
	e.poll(policy, 430*min, "304")
	e.waitFor("the up notice", func() bool { return len(e.messages(chanA3)) == 2 })
	e.poll(policy, 440*min, "304")
	// A transient failure after the recovery, then a second outage that
	// ends with a stored feed.
	e.poll(policy, 450*min, "fail")
	e.poll(policy, 460*min, "ok")
	for _, at := range []time.Duration{500 * min, 520 * min, 540 * min} {
		e.poll(policy, at, "fail")
	}
	e.poll(policy, 600*min, "ok")
	e.poll(policy, 610*min, "ok")

	recs := e.settled(chanA3, 4)
	msgs := e.messages(chanA3)
	if len(msgs) != 4 {
		t.Fatalf("%d messages, want 4 (down, up, down, up)", len(msgs))
	}
	want := []struct{ title, desc string }{
		{"🔴 Example News is down", fmt.Sprintf("The feed's address is gone (HTTP 404 Not Found).\nFailing since <t:%d:f>, 4 failures in a row.", healthClock.Add(100*min).Unix())},
		{"🟢 Example News is back", fmt.Sprintf("It works again; it was down for 5 h 30 min (failing since <t:%d:f>).", healthClock.Add(100*min).Unix())},
		{"🔴 Example News is down", ", 3 failures in a row."},
		{"🟢 Example News is back", "it was down for 1 h 40 min"},
	}
	for k, m := range msgs {
		if recs[k].Kind != "health" || recs[k].Status != "sent" {
			t.Errorf("outbox row %d: %+v, want a sent health notice", k, recs[k])
		}
		if len(m.Embeds) != 1 {
			t.Fatalf("message %d: %d embeds, want 1", k, len(m.Embeds))
		}
		em := m.Embeds[0]
		if em.Title != want[k].title || !strings.Contains(em.Description, want[k].desc) {
			t.Errorf("message %d: %q / %q, want %q / …%q…", k, em.Title, em.Description, want[k].title, want[k].desc)
		}
		if !strings.Contains(string(m.AllowedMentions), `"parse":[]`) {
			t.Errorf("message %d: allowed_mentions %s, want an empty parse list", k, m.AllowedMentions)
		}
		if raw := string(m.Raw); strings.Contains(raw, "SECRET") || strings.Contains(raw, "news.example") {
			t.Errorf("message %d shows the feed's URL: %s", k, raw)
		}
	}
}

// TestHealthNoticeEscapesName: a source name is shown as text.
func TestHealthNoticeEscapesName(t *testing.T) {
	em := bot.HealthEmbed(trust.HealthEvent{Source: "@everyone *Evil* <@&1>", State: "down", Failures: 3, Failure: errTimeout.Failure(), Error: errTimeout.Error(),
		Since: healthClock, At: healthClock.Add(time.Hour)})
	if em.Title != "🔴 @\u200beveryone \\*Evil\\* \\<@&1\\> is down" {
		t.Errorf("title %q", em.Title)
	}
	if !strings.HasPrefix(em.Description, "Timed out: the server did not answer in time.\nFailing since") {
		t.Errorf("description %q", em.Description)
	}
}

func notifyOpt(id string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: "channel", Type: discordgo.ApplicationCommandOptionChannel, Value: id}
}

// subOpt is a subcommand with its options, as Discord nests them.
func subOpt(name string, o ...*discordgo.ApplicationCommandInteractionDataOption) []*discordgo.ApplicationCommandInteractionDataOption {
	return []*discordgo.ApplicationCommandInteractionDataOption{{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: o}}
}

// sourcesList is /sources list.
func sourcesList(perms int64) discordtest.Interaction {
	return discordtest.Interaction{Name: "sources", Permissions: perms, Options: subOpt("list")}
}

// TestSourcesNotify: /sources notify channel:#channel sets the guild's
// health channel (Manage Channels only), which then gets the notices;
// off:True stops them. /sources list is for everyone.
func TestSourcesNotify(t *testing.T) {
	e := setup(t, nil)
	ctx := context.Background()
	opts := func(o ...*discordgo.ApplicationCommandInteractionDataOption) []*discordgo.ApplicationCommandInteractionDataOption {
		return subOpt("notify", o...)
	}
	member := int64(discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionUseApplicationCommands)
	channel := func(guild string) string {
		ch, err := e.db.HealthChannel(ctx, guild)
		if err != nil {
			t.Fatal(err)
		}
		return ch
	}

	e.wantError(discordtest.Interaction{Name: "sources", Permissions: member, Options: opts(notifyOpt(chanA2))}, "Manage Channels")
	e.wantError(discordtest.Interaction{Name: "sources", Permissions: member, Options: opts(boolOpt("off", true))}, "Manage Channels")
	e.wantError(discordtest.Interaction{Name: "sources", Options: opts(notifyOpt(chanVoic))}, "text or announcement channel")
	e.wantError(discordtest.Interaction{Name: "sources", Options: opts(notifyOpt(chanB1))}, "not in this server")
	e.wantError(discordtest.Interaction{Name: "sources", Options: opts(notifyOpt(chanA2), boolOpt("off", true))}, "not both")
	if ch := channel(guildA); ch != "" {
		t.Fatalf("refused commands set the health channel to %s", ch)
	}

	r, text := e.run(sourcesList(member))
	if r.Message.Ephemeral() || !strings.Contains(text, "No health channel") {
		t.Errorf("/sources by a member: ephemeral %v:\n%s", r.Message.Ephemeral(), text)
	}

	r, text = e.run(discordtest.Interaction{Name: "sources", Permissions: member | discordgo.PermissionManageChannels, Options: opts(notifyOpt(chanA2))})
	if !r.Message.Ephemeral() || !strings.Contains(text, "now go to <#"+chanA2+">") {
		t.Errorf("/sources notify: ephemeral %v, %q", r.Message.Ephemeral(), text)
	}
	if ch := channel(guildA); ch != chanA2 {
		t.Errorf("health channel %q, want %s", ch, chanA2)
	}
	if ch := channel(guildB); ch != "" {
		t.Errorf("guild B's health channel %q, want none", ch)
	}
	_, text = e.run(sourcesList(member))
	if !strings.Contains(text, "Feed-health notices go to <#"+chanA2+">") {
		t.Errorf("/sources does not show the health channel:\n%s", text)
	}

	// The guild's channel gets the notice.
	e.poll(storage.HealthPolicy{Failures: 1}, 0, "fail")
	e.waitFor("the down notice in A2", func() bool { return len(e.messages(chanA2)) == 1 })

	_, text = e.run(discordtest.Interaction{Name: "sources", Options: opts(boolOpt("off", true))})
	if !strings.Contains(text, "<#"+chanA2+"> are off") {
		t.Errorf("/sources notify_off: %q", text)
	}
	if ch := channel(guildA); ch != "" {
		t.Errorf("health channel %q after notify_off, want none", ch)
	}
	e.wantError(discordtest.Interaction{Name: "sources", Options: opts(boolOpt("off", true))}, "no health channel")
	e.poll(storage.HealthPolicy{Failures: 1}, time.Hour, "304")
	e.settled(chanA2, 1)
	e.settle()
	if n := len(e.messages(chanA2)); n != 1 {
		t.Errorf("%d messages in A2 after notify_off, want 1", n)
	}
}

// TestSourcesShowsProblems: /sources gives each failure in words a user
// understands, never the raw error with its URL, and tells a source
// reported down from one failing for a moment.
func TestSourcesShowsProblems(t *testing.T) {
	e := setup(t, nil)
	ctx := context.Background()
	tests := []struct {
		name     string
		err      pollError
		failures int
		want     string
	}{
		{"Cloudflare Feed", errCloudflare, 1, "🟡 **Cloudflare Feed** — failing: blocked by a Cloudflare challenge (the site wants a browser, not a bot); 1 failure, last success never"},
		{"Gone Feed", err404, 5, fmt.Sprintf("🔴 **Gone Feed** — **down** since <t:%d:f>: the feed's address is gone (HTTP 404 Not Found); 5 failures in a row, last success never", healthClock.Unix())},
		{"Broken Feed", errParse, 2, "🟡 **Broken Feed** — failing: the feed could not be read as RSS, Atom or JSON Feed; 2 failures in a row, last success never"},
		{"Slow Feed", errTimeout, 1, "🟡 **Slow Feed** — failing: timed out: the server did not answer in time; 1 failure, last success never"},
		{"Huge Feed", errTooLarge, 1, "🟡 **Huge Feed** — failing: the feed is too large (over the 2 MiB limit); 1 failure, last success never"},
	}
	for _, tt := range tests {
		s, err := e.db.EnsureSource(ctx, tt.name, secretFeedURL)
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < tt.failures; k++ {
			at := healthClock.Add(time.Duration(k) * time.Hour)
			if _, err := e.db.RecordFailure(ctx, s.ID, tt.err.Failure(), tt.err.Error(), at, at, storage.HealthPolicy{Failures: 5, After: time.Hour}); err != nil {
				t.Fatal(err)
			}
		}
	}
	_, text := e.run(sourcesList(0))
	for _, tt := range tests {
		if !strings.Contains(text, tt.want) {
			t.Errorf("/sources lacks %q:\n%s", tt.want, text)
		}
	}
	if strings.Contains(text, "SECRET") || strings.Contains(text, "fetch ") || strings.Contains(text, "XML syntax") {
		t.Errorf("/sources shows a raw error:\n%s", text)
	}
	if !strings.Contains(text, "🟢 working") || !strings.Contains(text, "🔴 down") {
		t.Errorf("/sources has no legend:\n%s", text)
	}
}

// goneHealthStore answers every health event as gone, as when its source
// was deleted after the notice was queued.
type goneHealthStore struct{ bot.Store }

func (goneHealthStore) HealthEvent(ctx context.Context, id int64) (trust.HealthEvent, error) {
	return trust.HealthEvent{}, fmt.Errorf("health event %d: %w", id, bot.ErrNotFound)
}

// TestGoneNoticeDroppedAtOnce: a row whose content is gone is dropped on
// its first attempt instead of being retried MaxAttempts times.
func TestGoneNoticeDroppedAtOnce(t *testing.T) {
	e := setup(t, func(o *bot.Options) { o.Store = goneHealthStore{o.Store} })
	if err := e.db.SetHealthChannel(context.Background(), guildA, chanA3); err != nil {
		t.Fatal(err)
	}
	policy := storage.HealthPolicy{Failures: 1}
	e.poll(policy, 0, "fail")
	recs := e.settled(chanA3, 1)
	if r := recs[0]; r.Status != "dropped" || r.Attempts != 0 || !strings.Contains(r.LastError, "nothing to send") {
		t.Errorf("row for a gone health event: %+v, want dropped at once", r)
	}
	if n := len(e.messages(chanA3)); n != 0 {
		t.Errorf("%d messages posted for a gone health event", n)
	}
}
