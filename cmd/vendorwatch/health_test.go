package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
)

// TestRunFeedHealthDownAndUp runs the daemon with the bot against a fake
// Discord and a feed that answers 404, then is fixed: the config's
// operator channel hears once that the source is down (on the second
// failure, not the first) and once that it is back, and nothing more
// while it keeps working.
func TestRunFeedHealthDownAndUp(t *testing.T) {
	const guild, ops = "100000000000000001", "200000000000000042"
	fake, err := discordtest.New(discordtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	fake.AddGuild(guild, "Guild")
	fake.AddChannel(guild, ops, discordgo.ChannelTypeGuildText)
	fake.SpecAvailable() // see TestEventsEndToEnd

	var broken atomic.Bool
	var hits atomic.Int64
	broken.Store(true)
	body := feedXML([]feedItem{{guid: "a", title: "Quarterly update", pub: time.Now().Add(-time.Hour)}})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if broken.Load() {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	}))
	t.Cleanup(srv.Close)

	cfgPath, dbPath := runConfig{Schedule: "@every 1s", APIBase: fake.URL() + "/api/v9",
		Extra:   fmt.Sprintf("[health]\nchannel = %q\nfailures = 2\nafter = \"0s\"\n", ops),
		Sources: []runSource{{Name: "Test news", URL: srv.URL + "/feed?token=SECRET"}}}.write(t, t.TempDir())

	var stdout, stderr syncBuffer
	defer startRunReporting(t, cfgPath, tokenEnv(fake.Token()), &stdout, &stderr)()

	// run creates and migrates the database before it polls: opening it
	// here before then raced that migration (SQLITE_BUSY on a new file).
	waitFor(t, "the first poll", func() bool { return hits.Load() > 0 })
	ctx := context.Background()
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// A failed poll backs off for a minute: the test lets the next poll
	// come at once rather than wait, as if that minute had passed.
	raw, err := sql.Open("sqlite", dbPath+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	retryNow := func() {
		t.Helper()
		if _, err := raw.ExecContext(ctx, `UPDATE sources SET next_poll = 0`); err != nil {
			t.Fatal(err)
		}
	}
	// source is the feed's state; zero until run has registered it.
	source := func() storage.SourceState {
		t.Helper()
		srcs, err := db.Sources(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(srcs) == 0 {
			return storage.SourceState{}
		}
		return srcs[0]
	}
	msgs := func() []discordtest.Message { return fake.Messages(ops) }

	waitFor(t, "the first failure", func() bool { return source().Failures == 1 })
	want404 := storage.Failure{Kind: "status", Status: 404, Detail: "not found"}
	if s := source(); s.Down || s.LastFailure != want404 {
		t.Errorf("after one failure: down %v, failure %+v; want not down, %+v", s.Down, s.LastFailure, want404)
	}
	retryNow()
	waitFor(t, "the down notice", func() bool { return len(msgs()) == 1 })
	if s := source(); !s.Down || s.Failures != 2 {
		t.Errorf("after the notice: down %v, %d failures; want down after 2", s.Down, s.Failures)
	}

	broken.Store(false)
	retryNow()
	waitFor(t, "the up notice", func() bool { return len(msgs()) == 2 })
	// Three more polls, a second apart, all fine: nothing more to say.
	after := hits.Load()
	waitFor(t, "three more polls", func() bool { return hits.Load() >= after+3 })
	if rows, err := storagetest.ChannelOutbox(ctx, db, ops); err != nil || len(rows) != 2 {
		t.Errorf("%d notices queued for the operator channel (%v), want 2", len(rows), err)
	}
	got := msgs()
	if len(got) != 2 {
		t.Fatalf("%d messages in the operator channel, want 2 (down, up)", len(got))
	}
	if text := embedText(got[0]); !strings.HasPrefix(text, "🔴 Test news is down") || !strings.Contains(text, "The feed's address is gone (HTTP 404 Not Found)") {
		t.Errorf("down notice:\n%s", text)
	}
	if text := embedText(got[1]); !strings.HasPrefix(text, "🟢 Test news is back") {
		t.Errorf("up notice:\n%s", text)
	}
	for _, m := range got {
		if strings.Contains(string(m.Raw), "SECRET") || strings.Contains(string(m.Raw), srv.URL) {
			t.Errorf("a notice shows the feed's URL: %s", m.Raw)
		}
	}
	logs := stderr.String()
	if strings.Count(logs, `msg="source down"`) != 1 || strings.Count(logs, `msg="source back up"`) != 1 {
		t.Errorf("want one \"source down\" and one \"source back up\" in the log:\n%s", logs)
	}
}
