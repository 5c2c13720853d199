package bot_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

const (
	guildA   = "100000000000000001"
	guildB   = "100000000000000002"
	chanA1   = "200000000000000001"
	chanA2   = "200000000000000002"
	chanA3   = "200000000000000003"
	chanB1   = "200000000000000011"
	chanVoic = "200000000000000099"
)

// env is a running bot against a fake Discord and a real SQLite file.
type env struct {
	t     *testing.T
	fake  *discordtest.Fake
	db    *storage.DB
	store bot.Store
	bot   *bot.Bot
	src   int64
	seq   int
}

type testLogWriter struct {
	mu sync.Mutex
	t  *testing.T
	on bool
}

func (w *testLogWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.on {
		w.t.Log(strings.TrimRight(string(p), "\n"))
	}
	return len(p), nil
}

var globalVendors = []trust.Vendor{
	{Name: "Kaspersky", Aliases: []string{"Kaspersky Lab"}, Timeline: []trust.TimelineEntry{
		{Date: time.Date(2017, 9, 13, 0, 0, 0, 0, time.UTC), Text: "DHS BOD 17-01 orders removal from federal systems", URL: "https://www.cisa.gov/news-events/directives/bod-17-01"},
		{Date: time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC), Text: "US Commerce bans sales (Final Determination)", URL: "https://www.bis.gov/kaspersky"},
	}},
	{Name: "Huawei", Aliases: []string{"HiSilicon"}},
}

// setup starts a fake Discord with two guilds, a bot and its database. The
// bot is stopped and the fake closed at the end of the test; the fake's
// Violations must then be empty.
func setup(t *testing.T, mod func(*bot.Options)) *env {
	t.Helper()
	fake := newFake(t, discordtest.Options{})
	fake.AddGuild(guildA, "Guild A")
	fake.AddGuild(guildB, "Guild B")
	fake.AddChannel(guildA, chanA1, discordgo.ChannelTypeGuildText)
	fake.AddChannel(guildA, chanA2, discordgo.ChannelTypeGuildNews)
	fake.AddChannel(guildA, chanA3, discordgo.ChannelTypeGuildText)
	fake.AddChannel(guildA, chanVoic, discordgo.ChannelTypeGuildVoice)
	fake.AddChannel(guildB, chanB1, discordgo.ChannelTypeGuildText)
	e := newEnv(t, fake)
	lw := &testLogWriter{t: t, on: true}
	opts := e.options(lw)
	opts.MinBackoff = 50 * time.Millisecond
	opts.MaxBackoff = 200 * time.Millisecond
	if mod != nil {
		mod(&opts)
	}
	b, err := bot.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	e.bot = b
	runCtx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(runCtx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
		lw.mu.Lock()
		lw.on = false
		lw.mu.Unlock()
		t.Log(fake.SpecStatus())
		for _, v := range fake.Violations() {
			t.Errorf("fake discord violation: %s", v)
		}
	})
	e.waitFor("connected and commands registered", func() bool {
		return b.Connected() && len(fake.Commands()) > 0
	})
	return e
}

// newFake starts a fake Discord with fopts, logging what it does in
// verbose runs, closed at the end of the test.
func newFake(t *testing.T, fopts discordtest.Options) *discordtest.Fake {
	t.Helper()
	fopts.Logf = func(f string, a ...any) {
		if testing.Verbose() {
			t.Logf(f, a...)
		}
	}
	fake, err := discordtest.New(fopts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	return fake
}

// newEnv is the env of a bot yet to start against fake: a database, closed
// at the end of the test, with one source.
func newEnv(t *testing.T, fake *discordtest.Fake) *env {
	t.Helper()
	// The fake builds its schema validator once per process, in the
	// background, and holds every request until it is ready: 40 s on a
	// loaded machine under -race, past the bot's request deadline and
	// waitFor's. Wait for it here, outside any deadline.
	fake.SpecAvailable()
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	src, err := db.EnsureSource(ctx, "Example News", "https://news.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, fake: fake, db: db, store: db, src: src.ID}
}

// options are the bot's options against e's fake and store, logging to lw
// at debug level, quick to dispatch and never reconnecting.
func (e *env) options(lw *testLogWriter) bot.Options {
	return bot.Options{
		Token:            strings.TrimPrefix(e.fake.Token(), "Bot "),
		APIBase:          e.fake.URL() + "/api/v9",
		Store:            e.store,
		Watchlist:        func() []trust.Vendor { return globalVendors },
		Logger:           slog.New(slog.NewTextHandler(lw, &slog.HandlerOptions{Level: slog.LevelDebug})),
		DispatchInterval: 50 * time.Millisecond,
		NoReconnect:      true,
	}
}

// waitFor polls cond until it holds, for at most 20 s.
func (e *env) waitFor(what string, cond func() bool) {
	e.t.Helper()
	e.waitUpTo(20*time.Second, what, cond)
}

// waitUpTo is waitFor with a bound of its own, for conditions that
// rate limits make slow.
func (e *env) waitUpTo(bound time.Duration, what string, cond func() bool) {
	e.t.Helper()
	deadline := time.Now().Add(bound)
	for !cond() {
		if time.Now().After(deadline) {
			e.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// settle wakes the dispatcher and waits until it has caught up with
// everything done so far: a round begun after the call found nothing due
// (no digest to close, no outbox row) and no turn was left. Every message
// due by then has been sent, so a test can then check that no other was.
func (e *env) settle() {
	e.t.Helper()
	mark := e.bot.DispatchRounds()
	e.bot.Notify()
	e.waitFor("the dispatcher to settle", func() bool { return e.bot.SettledRound() > mark })
}

// settled waits until the channel has n outbox rows and none is pending,
// and returns them. The fake records a message before the bot hears back
// and marks its row: tests that read rows after waiting on the fake's
// messages raced that write.
func (e *env) settled(channel string, n int) []storagetest.OutboxRecord {
	e.t.Helper()
	var recs []storagetest.OutboxRecord
	e.waitFor(fmt.Sprintf("%d settled outbox rows in %s", n, channel), func() bool {
		var err error
		recs, err = storagetest.ChannelOutbox(context.Background(), e.db, channel)
		if err != nil || len(recs) != n {
			return false
		}
		for _, r := range recs {
			if r.Status == "pending" {
				return false
			}
		}
		return true
	})
	return recs
}

// subscribe stores a subscription directly.
func (e *env) subscribe(guild, channel, vendor string, min trust.Severity) {
	e.t.Helper()
	if _, err := e.store.AddSubscription(context.Background(), bot.Subscription{GuildID: guild, ChannelID: channel, Vendor: vendor, MinSeverity: min}, 50); err != nil {
		e.t.Fatal(err)
	}
}

// alert stores a new item with an alert (routing it to the outbox, as the
// poller does) and wakes the dispatcher.
func (e *env) alert(mod func(*trust.Alert)) trust.Alert {
	e.t.Helper()
	it, a := e.newAlert(mod)
	if _, err := storagetest.SaveItem(context.Background(), e.db, e.src, it, a); err != nil {
		e.t.Fatal(err)
	}
	e.bot.Notify()
	return *a
}

// newAlert builds the next item and its alert, changed by mod, unstored.
func (e *env) newAlert(mod func(*trust.Alert)) (trust.Item, *trust.Alert) {
	e.seq++
	a := trust.Alert{
		Title:     fmt.Sprintf("Alert %d: Kaspersky added to Entity List", e.seq),
		Link:      fmt.Sprintf("https://news.example/a/%d", e.seq),
		Source:    "Example News",
		Published: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(e.seq) * time.Hour),
		Vendors:   []trust.VendorHit{{Name: "Kaspersky", Term: "Kaspersky"}},
		Signals:   []trust.SignalHit{{Term: "Entity List", Category: trust.CategorySanctions, Weight: 3}},
		Category:  trust.CategorySanctions,
		Score:     4,
		Severity:  trust.SeverityHigh,
		InTitle:   true,
		Summary:   "The US added Kaspersky to the Entity List.",
	}
	if mod != nil {
		mod(&a)
	}
	it := trust.Item{Key: fmt.Sprintf("guid:%d", e.seq), Link: a.Link, CanonicalLink: a.Link, Title: a.Title, Published: a.Published, DateKnown: true}
	return it, &a
}

func (e *env) messages(channel string) []discordtest.Message { return e.fake.Messages(channel) }

// TestNoStateCache: the bot keeps no discordgo state cache (it grows with
// every thread of every server), and commands that need the current
// channel look it up instead.
func TestNoStateCache(t *testing.T) {
	e := setup(t, nil)
	if n := e.bot.StateGuilds(); n != 0 {
		t.Errorf("discordgo's state holds %d guilds, want none", n)
	}
	_, text := e.run(discordtest.Interaction{Name: "subscribe", Options: []*discordgo.ApplicationCommandInteractionDataOption{}})
	if !strings.Contains(text, "<#"+chanA1+">") {
		t.Errorf("/subscribe in the current channel: %q", text)
	}
	e.wantError(discordtest.Interaction{Name: "subscribe", ChannelID: chanVoic}, "neither")
}

func TestDeliveryInOrder(t *testing.T) {
	e := setup(t, nil)
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.subscribe(guildA, chanA2, "Kaspersky", trust.SeverityHigh)
	var want []string
	for k := 0; k < 5; k++ {
		a := e.alert(nil)
		want = append(want, bot.EscapeTrunc(a.Title, 256))
	}
	e.alert(func(a *trust.Alert) { a.Severity = trust.SeverityLow; a.Title = "Low one" })
	e.waitFor("6 messages in A1 and 5 in A2", func() bool {
		return len(e.messages(chanA1)) == 6 && len(e.messages(chanA2)) == 5
	})
	for k, m := range e.messages(chanA2) {
		if len(m.Embeds) != 1 || m.Embeds[0].Title != want[k] {
			t.Errorf("message %d: embeds %+v, want title %q", k, m.Embeds, want[k])
		}
		if string(m.AllowedMentions) != `{"parse":[]}` && !strings.HasPrefix(string(m.AllowedMentions), `{"parse":[]`) {
			t.Errorf("message %d: allowed_mentions %s, want an empty parse list", k, m.AllowedMentions)
		}
		if m.Nonce == "" || !m.EnforceNonce {
			t.Errorf("message %d: nonce %q enforce %v", k, m.Nonce, m.EnforceNonce)
		}
	}
	for _, r := range e.settled(chanA2, 5) {
		if r.Status != "sent" || r.MessageID == "" {
			t.Errorf("outbox row %+v: want sent with a message id", r)
		}
	}
}

func TestHostileTitle(t *testing.T) {
	e := setup(t, nil)
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.alert(func(a *trust.Alert) {
		a.Title = "@everyone <@&123456789012345678> [link](https://evil.example) Kaspersky **banned**"
		a.Summary = "@here <@42> ||spoiler|| `code`"
	})
	e.waitFor("the message", func() bool { return len(e.messages(chanA1)) == 1 })
	m := e.messages(chanA1)[0]
	if string(m.AllowedMentions) != `{"parse":[]}` && !strings.HasPrefix(string(m.AllowedMentions), `{"parse":[]`) {
		t.Errorf("allowed_mentions %s, want an empty parse list", m.AllowedMentions)
	}
	em := m.Embeds[0]
	wantTitle := "@\u200beveryone \\<@&123456789012345678\\> \\[link\\]\\(https://evil.example\\) Kaspersky \\*\\*banned\\*\\*"
	if em.Title != wantTitle {
		t.Errorf("title %q, want %q", em.Title, wantTitle)
	}
	if strings.Contains(em.Description, "@here") || strings.Contains(em.Description, " <@42>") {
		t.Errorf("description %q keeps a mention", em.Description)
	}
}

func TestOverflowAlertFits(t *testing.T) {
	e := setup(t, nil)
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.alert(func(a *trust.Alert) {
		a.Title = strings.Repeat("Kaspersky [banned] again ", 30)
		a.Summary = strings.Repeat("A very long summary with _markdown_ and words. ", 300)
		a.Source = strings.Repeat("Source name ", 200)
		for k := 0; k < 30; k++ {
			a.Signals = append(a.Signals, trust.SignalHit{Term: strings.Repeat("signal term ", 8), Category: trust.CategoryBan, Weight: 1})
		}
	})
	e.waitFor("the message", func() bool { return len(e.messages(chanA1)) == 1 })
	em := e.messages(chanA1)[0].Embeds[0]
	total := len([]rune(em.Title)) + len([]rune(em.Description))
	for _, f := range em.Fields {
		total += len([]rune(f.Name)) + len([]rune(f.Value))
	}
	if em.Footer != nil {
		total += len([]rune(em.Footer.Text))
	}
	if total > 6000 || len([]rune(em.Title)) > 256 || len([]rune(em.Description)) > 4096 {
		t.Errorf("embed total %d, title %d, description %d: over a limit", total, len([]rune(em.Title)), len([]rune(em.Description)))
	}
	if !strings.HasSuffix(em.Title, "…") || !strings.HasSuffix(em.Description, "…") {
		t.Errorf("title and description should end with an ellipsis: %q / …%q", em.Title, em.Description[len(em.Description)-30:])
	}
}

func TestRateLimitOneChannelOthersGoOn(t *testing.T) {
	e := setup(t, nil)
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.subscribe(guildA, chanA2, "", trust.SeverityLow)
	e.fake.FailNext(chanA1, 429, 1) // retry_after 1.5 s
	e.alert(nil)
	e.alert(nil)
	e.waitFor("two messages in each channel", func() bool {
		return len(e.messages(chanA1)) == 2 && len(e.messages(chanA2)) == 2
	})
	a1, a2 := e.messages(chanA1), e.messages(chanA2)
	if !a2[1].Created.Before(a1[0].Created) {
		t.Errorf("A2's messages (last at %v) waited for rate-limited A1 (first at %v)", a2[1].Created, a1[0].Created)
	}
	var retryAt time.Time
	for _, r := range e.fake.Requests() {
		if r.Status == 429 {
			retryAt = r.Time
		}
	}
	if a1[0].Created.Sub(retryAt) < 1500*time.Millisecond {
		t.Errorf("A1 was retried %v after its 429, before retry_after 1.5s", a1[0].Created.Sub(retryAt))
	}
	if a1[0].Embeds[0].Title >= a1[1].Embeds[0].Title {
		t.Errorf("A1 out of order: %q then %q", a1[0].Embeds[0].Title, a1[1].Embeds[0].Title)
	}
}

// TestGlobalRatePaced: with the fake enforcing Discord's global limit (50
// requests in any second), a burst of 160 messages to four channels goes
// out with no global 429 at the default pacing. With pacing off the same
// burst does get global 429s, so the test can tell the two apart. All
// messages arrive either way.
func TestGlobalRatePaced(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rate  int
		paced bool
	}{{"default pacing", 0, true}, {"pacing off", -1, false}} {
		t.Run(tc.name, func(t *testing.T) {
			e := setup(t, func(o *bot.Options) { o.GlobalRate = tc.rate })
			// Without pacing the test must see the burst refused, on a busy
			// machine too: the fake's limit is then a fifth of Discord's,
			// which the unpaced burst passes even where a loaded machine
			// sends under 50 requests a second.
			limit := bot.DefaultGlobalRate
			if !tc.paced {
				limit = bot.DefaultGlobalRate / 5
			}
			e.fake.SetGlobalRateLimit(limit, time.Second)
			chans := []string{chanA1, chanA2, chanA3, chanB1}
			for _, c := range chans {
				guild := guildA
				if c == chanB1 {
					guild = guildB
				}
				e.subscribe(guild, c, "", trust.SeverityLow)
			}
			// Stored at once, so that the burst is the dispatcher's: one
			// poll allowed to post them all.
			if err := e.db.SetPostsPerPoll(context.Background(), 1000); err != nil {
				t.Fatal(err)
			}
			var items []trust.Item
			var alerts []*trust.Alert
			// Paced, 40 messages a channel show a sustained stream stays
			// under the limit; unpaced, 10 a channel (40 in all, sent by 4
			// workers at once) are a burst past the fake's 10 a second.
			perChannel := 40
			if !tc.paced {
				perChannel = 10
			}
			for range perChannel { // each alert goes to every channel
				it, a := e.newAlert(nil)
				items, alerts = append(items, it), append(alerts, a)
			}
			if _, err := e.db.SaveItems(context.Background(), e.src, items, alerts); err != nil {
				t.Fatal(err)
			}
			e.bot.Notify()
			e.waitUpTo(90*time.Second, "every message in each of 4 channels", func() bool {
				for _, c := range chans {
					if len(e.messages(c)) != perChannel {
						return false
					}
				}
				return true
			})
			for _, c := range chans {
				e.settled(c, perChannel)
			}
			limited := e.fake.GlobalLimited()
			if tc.paced && limited != 0 {
				t.Errorf("%d requests refused by the global limit, want none", limited)
			}
			if !tc.paced && limited == 0 {
				t.Error("no global 429 without pacing: the burst does not test the pacing")
			}
			t.Logf("%d requests refused by the global limit", limited)
		})
	}
}

// TestSpentRateLimitFreesWorker has one worker and a channel whose rate
// limit (one message per 30 s) is spent after its first message: the
// worker hands that channel back instead of sleeping in discordgo until
// the reset, so another channel's alert goes out at once, and the first
// channel's second message waits for the reset without a 429.
func TestSpentRateLimitFreesWorker(t *testing.T) {
	e := setup(t, func(o *bot.Options) { o.Workers = 1 })
	e.subscribe(guildA, chanA1, "Kaspersky", trust.SeverityLow)
	e.subscribe(guildA, chanA2, "Huawei", trust.SeverityLow)
	e.fake.SetChannelRateLimit(1, 30*time.Second)
	e.alert(nil)
	e.alert(nil)
	e.waitFor("A1's first message", func() bool { return len(e.messages(chanA1)) == 1 })
	e.alert(func(a *trust.Alert) {
		a.Title = "Huawei added to the Entity List"
		a.Vendors = []trust.VendorHit{{Name: "Huawei", Term: "Huawei"}}
	})
	e.waitFor("A2's message while A1 waits for its reset", func() bool { return len(e.messages(chanA2)) == 1 })
	if n := len(e.messages(chanA1)); n != 1 {
		t.Errorf("A1 has %d messages inside its 30 s window, want 1", n)
	}
	for _, r := range e.fake.Requests() {
		if r.Status == 429 {
			t.Errorf("%s %s answered 429: the bot sent past a spent limit", r.Method, r.Path)
		}
	}
}

func TestServerErrorRetried(t *testing.T) {
	e := setup(t, nil)
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.fake.FailNext(chanA1, 500, 2)
	e.alert(nil)
	e.waitFor("the message", func() bool { return len(e.messages(chanA1)) == 1 })
	recs := e.settled(chanA1, 1)
	if len(recs) != 1 || recs[0].Status != "sent" || recs[0].Attempts != 3 {
		t.Errorf("outbox %+v, want one row sent on the third attempt", recs)
	}
}

func TestServerErrorGivesUp(t *testing.T) {
	e := setup(t, func(o *bot.Options) { o.MaxAttempts = 3 })
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.fake.FailNext(chanA1, 503, 100)
	e.alert(nil)
	e.waitFor("the row dropped", func() bool {
		recs, _ := storagetest.ChannelOutbox(context.Background(), e.db, chanA1)
		return len(recs) == 1 && recs[0].Status == "dropped"
	})
	if n := len(e.messages(chanA1)); n != 0 {
		t.Errorf("%d messages, want none", n)
	}
}

func TestForbiddenAndDeletedDisable(t *testing.T) {
	e := setup(t, nil)
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.subscribe(guildA, chanA2, "", trust.SeverityLow)
	e.subscribe(guildA, chanA3, "", trust.SeverityLow)
	e.fake.DenyAccess(chanA1, discordgo.ErrCodeMissingAccess)
	e.fake.DenyAccess(chanA3, discordgo.ErrCodeMissingPermissions)
	e.fake.DeleteChannel(chanA2)
	e.alert(nil)
	e.alert(nil)
	e.waitFor("three channels disabled", func() bool {
		subs, _ := e.store.Subscriptions(context.Background(), guildA)
		n := 0
		for _, s := range subs {
			if s.Disabled {
				n++
			}
		}
		return n == 3
	})
	subs, _ := e.store.Subscriptions(context.Background(), guildA)
	want := map[string]string{chanA1: "50001", chanA2: "10003", chanA3: "50013"}
	for _, s := range subs {
		if !strings.Contains(s.DisabledReason, want[s.ChannelID]) {
			t.Errorf("channel %s disabled with %q, want code %s", s.ChannelID, s.DisabledReason, want[s.ChannelID])
		}
	}
	// Later alerts are not even tried.
	before := len(e.fake.Requests())
	e.alert(nil)
	e.settle()
	for _, r := range e.fake.Requests()[before:] {
		if strings.Contains(r.Path, "/messages") {
			t.Errorf("request %s %s after the channels were disabled", r.Method, r.Path)
		}
	}
	if depth, _ := e.db.OutboxDepth(context.Background()); depth != 0 {
		t.Errorf("outbox depth %d, want 0", depth)
	}
}

// failFirstMarkSent loses the first MarkSent, as a crash between Discord's
// answer and the database write would.
type failFirstMarkSent struct {
	bot.Store
	mu     sync.Mutex
	failed bool
}

func (s *failFirstMarkSent) MarkSent(ctx context.Context, id int64, messageID string) error {
	s.mu.Lock()
	first := !s.failed
	s.failed = true
	s.mu.Unlock()
	if first {
		return errors.New("simulated crash before the write")
	}
	return s.Store.MarkSent(ctx, id, messageID)
}

func TestLostMarkSentPostsOnce(t *testing.T) {
	e := setup(t, func(o *bot.Options) { o.Store = &failFirstMarkSent{Store: o.Store} })
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.alert(nil)
	e.waitFor("the row marked sent", func() bool {
		recs, _ := storagetest.ChannelOutbox(context.Background(), e.db, chanA1)
		return len(recs) == 1 && recs[0].Status == "sent"
	})
	msgs := e.messages(chanA1)
	if len(msgs) != 1 {
		t.Fatalf("%d messages, want exactly 1", len(msgs))
	}
	recs, _ := storagetest.ChannelOutbox(context.Background(), e.db, chanA1)
	if recs[0].MessageID != msgs[0].ID {
		t.Errorf("row has message id %q, want %q", recs[0].MessageID, msgs[0].ID)
	}
	posts := 0
	for _, r := range e.fake.Requests() {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/channels/"+chanA1+"/messages") {
			posts++
		}
	}
	if posts != 2 {
		t.Errorf("%d posts, want 2 (the second answered from the nonce)", posts)
	}
}

func TestReconnect(t *testing.T) {
	e := setup(t, func(o *bot.Options) { o.NoReconnect = false })
	before := len(e.fake.Identifies())
	e.fake.DropConnections()
	e.waitFor("a new gateway session", func() bool {
		return len(e.fake.Identifies()) > before && e.fake.Connected() > 0 && e.bot.Connected()
	})
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.alert(nil)
	e.waitFor("the message", func() bool { return len(e.messages(chanA1)) == 1 })
	_, text := e.run(discordtest.Interaction{Name: "subscriptions"})
	if !strings.Contains(text, "<#"+chanA1+">") {
		t.Errorf("/subscriptions after reconnect: %q", text)
	}
}

// The real database is the bot's Store as it is: no adapter.
var _ bot.Store = (*storage.DB)(nil)
