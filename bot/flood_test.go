package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// floodOf stores n low alerts from one new source in one poll (one
// SaveItems call, as the poller stores a feed) and wakes the dispatcher.
func (e *env) floodOf(source string, n int) {
	e.t.Helper()
	ctx := context.Background()
	src, err := e.db.EnsureSource(ctx, source, "https://flood.example/feed")
	if err != nil {
		e.t.Fatal(err)
	}
	items := make([]trust.Item, n)
	alerts := make([]*trust.Alert, n)
	for i := range n {
		it, a := e.newAlert(func(a *trust.Alert) {
			a.Severity, a.Source = trust.SeverityLow, source
			a.Title = fmt.Sprintf("Flood %d: Kaspersky mentioned again", i)
		})
		items[i], alerts[i] = it, a
	}
	if _, err := e.db.SaveItems(ctx, src.ID, items, alerts); err != nil {
		e.t.Fatal(err)
	}
	e.bot.Notify()
}

// A critical alert from one source does not wait behind a flood of 1,000
// low ones from another, at Discord's real rate of 5 messages per 5 s in a
// channel. The limit of posts per poll is raised so that all 1,000 are
// queued: the outbox's order alone gets the critical alert out. In
// first-in-first-out order it waited behind them all, 1,000 s.
func TestFloodDoesNotHoldBackCritical(t *testing.T) {
	e := setup(t, nil)
	e.fake.SetChannelRateLimit(5, 5*time.Second)
	if err := e.db.SetPostsPerPoll(context.Background(), 5000); err != nil {
		t.Fatal(err)
	}
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.floodOf("Flood Wire", 1000)
	// The channel's first window of 5 is spent: the worst moment for an
	// urgent alert to arrive.
	e.waitFor("the flood's first 5 messages", func() bool { return len(e.messages(chanA1)) >= 5 })

	before := len(e.messages(chanA1))
	start := time.Now()
	e.alert(func(a *trust.Alert) {
		a.Severity, a.Title = trust.SeverityCritical, "Zeroday: Kaspersky update servers compromised"
	})
	at := -1
	e.waitUpTo(60*time.Second, "the critical alert posted", func() bool {
		for i, m := range e.messages(chanA1) {
			if strings.Contains(embedTexts(m), "Zeroday") {
				at = i
				return true
			}
		}
		return false
	})
	waited := time.Since(start)
	// What was on its way when the alert was queued may go first: the
	// channel's one send in flight, and the row read for its next turn.
	if ahead := at - before; ahead > 2 {
		t.Errorf("the critical alert went out behind %d flood messages queued before it, want at most 2", ahead)
	}
	t.Logf("critical alert behind a queued 1,000-alert flood at 5 messages / 5 s: posted after %s, %d flood messages before it (first-in-first-out: 1,000, about 1,000 s)",
		waited.Round(10*time.Millisecond), at-before)
}

// One poll of a source yielding 1,000 alerts posts posts_per_poll (10) of
// them to a channel and one summary saying how many more there were and
// how to see them.
func TestFloodSummarised(t *testing.T) {
	e := setup(t, nil)
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.floodOf("Flood Wire", 1000)
	recs := e.settled(chanA1, 11)
	for _, r := range recs {
		if r.Status != "sent" {
			t.Errorf("row %+v not sent", r)
		}
	}
	msgs := e.messages(chanA1)
	if len(msgs) != 11 {
		t.Fatalf("%d messages, want 10 alerts and a summary", len(msgs))
	}
	text := embedTexts(msgs[10])
	for _, want := range []string{"990 more alerts from Flood Wire", "found 1,000 alerts", "Kaspersky: 990", "/vendor name:"} {
		if !strings.Contains(text, want) {
			t.Errorf("summary lacks %q:\n%s", want, text)
		}
	}
	if msgs[10].Content != "" {
		t.Errorf("summary content %q: want no mention", msgs[10].Content)
	}
}
