package bot_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// clock is a settable Now for the bot.
type clock struct{ off atomic.Int64 }

func (c *clock) now() time.Time       { return time.Now().Add(time.Duration(c.off.Load())) }
func (c *clock) skip(d time.Duration) { c.off.Add(int64(d)) }
func withEvents(o *bot.Options)       { o.Events = o.Store.(*storage.DB) }
func embedTexts(m discordtest.Message) string {
	var b strings.Builder
	for _, e := range m.Embeds {
		b.WriteString(e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + ": " + f.Value)
		}
		if e.Footer != nil {
			b.WriteString("\n" + e.Footer.Text)
		}
	}
	return b.String()
}

func edits(m []discordtest.Message) int {
	if len(m) == 0 {
		return -1
	}
	return m[0].Edits
}

// An event is one message: a later report edits it at once, and reports
// within EditInterval of that edit make one more edit after it.
func TestEventEditedNotReposted(t *testing.T) {
	var c clock
	e := setup(t, func(o *bot.Options) { withEvents(o); o.Now = c.now; o.EditInterval = time.Hour })
	ctx := context.Background()
	if err := e.db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.alert(nil)
	e.waitFor("the event posted", func() bool { return len(e.messages(chanA1)) == 1 })
	if text := embedTexts(e.messages(chanA1)[0]); !strings.Contains(text, "Status: Press reports") || !strings.Contains(text, "event ") {
		t.Errorf("first message:\n%s", text)
	}

	e.alert(func(a *trust.Alert) { a.Source = "Other News" })
	e.waitFor("the message edited", func() bool { return edits(e.messages(chanA1)) == 1 })
	// The fake counts the edit before the bot hears back and records it
	// (EditDone): until then the edit is still pending and would look due.
	e.waitFor("the edit recorded", func() bool {
		due, err := e.db.PendingEdits(ctx, time.Now().Add(time.Hour), 0, 0)
		return err == nil && len(due) == 0
	})
	e.alert(func(a *trust.Alert) { a.Source = "Third News" })
	// Coalesced: the third report waits for the interval.
	if due, err := e.db.PendingEdits(ctx, time.Now(), time.Hour, 0); err != nil || len(due) != 0 {
		t.Fatalf("edits due within the interval: %+v, %v", due, err)
	}
	c.skip(2 * time.Hour)
	e.bot.Notify()
	e.waitFor("the second edit", func() bool { return edits(e.messages(chanA1)) == 2 })
	msgs := e.messages(chanA1)
	if len(msgs) != 1 {
		t.Fatalf("%d messages, want 1", len(msgs))
	}
	text := embedTexts(msgs[0])
	for _, want := range []string{"+2 more reports · 3 sources", "**Other News**: [Alert 2", "**Third News**: [Alert 3"} {
		if !strings.Contains(text, want) {
			t.Errorf("edited message lacks %q:\n%s", want, text)
		}
	}
}

// loseRepostDone loses the first EditDone that records a replacement
// message, as a crash between Discord's answer and the write would.
type loseRepostDone struct {
	*storage.DB
	mu   sync.Mutex
	lost bool
}

func (s *loseRepostDone) EditDone(ctx context.Context, ed trust.EventEdit, repostID string) error {
	s.mu.Lock()
	lose := repostID != "" && !s.lost
	if lose {
		s.lost = true
	}
	s.mu.Unlock()
	if lose {
		return errors.New("simulated crash before the write")
	}
	return s.DB.EditDone(ctx, ed, repostID)
}

// A deleted event message is replaced once, even when the replacement's
// record is lost: the retry's nonce makes Discord answer with the first.
func TestEventDeletedMessageReplacedOnce(t *testing.T) {
	var store *loseRepostDone
	e := setup(t, func(o *bot.Options) {
		store = &loseRepostDone{DB: o.Store.(*storage.DB)}
		o.Events = store
		o.EditInterval = time.Millisecond
	})
	ctx := context.Background()
	if err := e.db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.alert(nil)
	e.waitFor("the event posted", func() bool { return len(e.messages(chanA1)) == 1 })
	if !e.fake.DeleteMessage(chanA1, e.messages(chanA1)[0].ID) {
		t.Fatal("no message to delete")
	}
	e.alert(func(a *trust.Alert) { a.Source = "Other News" })
	e.waitFor("the replacement recorded", func() bool {
		due, _ := e.db.PendingEdits(ctx, time.Now().Add(time.Hour), 0, 0)
		store.mu.Lock()
		lost := store.lost
		store.mu.Unlock()
		return lost && len(due) == 0
	})
	msgs := e.messages(chanA1)
	if len(msgs) != 1 || !strings.Contains(embedTexts(msgs[0]), "+1 more report") {
		t.Fatalf("%d messages, want the one replacement with both reports", len(msgs))
	}
	// The next report edits the replacement.
	e.alert(func(a *trust.Alert) { a.Source = "Third News" })
	e.waitFor("the replacement edited", func() bool {
		m := e.messages(chanA1)
		return len(m) == 1 && strings.Contains(embedTexts(m[0]), "+2 more reports")
	})
}

func TestVendorTimelineHasEvents(t *testing.T) {
	e := setup(t, withEvents)
	ctx := context.Background()
	if err := e.db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	e.alert(func(a *trust.Alert) { a.Title = "Commerce adds Kaspersky to the Entity List" })
	e.alert(func(a *trust.Alert) { a.Title = "Kaspersky placed on US Entity List"; a.Source = "Other News" })
	_, text := e.run(discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", "Kaspersky")}})
	at := strings.Index(text, "Trust timeline")
	if at < 0 {
		t.Fatalf("no timeline:\n%s", text)
	}
	tl := text[at:]
	ev := strings.Index(tl, "Commerce adds Kaspersky to the Entity List \\(2 sources\\)")
	known := strings.Index(tl, "US Commerce bans")
	if ev < 0 || known < 0 || ev > known {
		t.Errorf("timeline, want the 2026 event before the 2024 entry:\n%s", tl)
	}
}

// An edit Discord refuses (a 4xx other than Unknown Message) does not
// lose the update: the event is posted anew, as after a deleted message,
// and the next report edits the new message.
func TestEventRefusedEditReposted(t *testing.T) {
	e := setup(t, func(o *bot.Options) { withEvents(o); o.EditInterval = time.Millisecond })
	ctx := context.Background()
	if err := e.db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.alert(nil)
	e.waitFor("the event posted", func() bool { return len(e.messages(chanA1)) == 1 })
	first := e.messages(chanA1)[0].ID
	if !e.fake.RefuseEdits(chanA1, first, 400, discordgo.ErrCodeMaximumNumberOfEditsToMessagesOlderThanOneHourReached) {
		t.Fatal("no message to lock")
	}
	e.alert(func(a *trust.Alert) { a.Source = "Other News" })
	e.waitFor("the event posted anew", func() bool {
		m := e.messages(chanA1)
		return len(m) == 2 && strings.Contains(embedTexts(m[1]), "+1 more report")
	})
	e.waitFor("the repost recorded", func() bool {
		due, err := e.db.PendingEdits(ctx, time.Now().Add(time.Hour), 0, 0)
		return err == nil && len(due) == 0
	})
	e.alert(func(a *trust.Alert) { a.Source = "Third News" })
	e.waitFor("the new message edited", func() bool {
		m := e.messages(chanA1)
		return len(m) == 2 && strings.Contains(embedTexts(m[1]), "+2 more reports")
	})
	if m := e.messages(chanA1); m[0].Edits != 0 {
		t.Errorf("the refused message shows %d edits, want 0", m[0].Edits)
	}
}
