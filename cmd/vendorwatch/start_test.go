package main

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
)

// TestRunEndsWhenStartFails makes the poller's start fail (the database
// refuses to register sources) while the bot connects: run must end with
// that error. It used to wait for the bot, which delivers until stopped,
// so the process hung after "registered commands" without ever saying
// "vendorwatch started" or why not.
func TestRunEndsWhenStartFails(t *testing.T) {
	const guildID, channelID = "1170000000000000100", "1170000000000000200"
	fake, err := discordtest.New(discordtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	fake.AddGuild(guildID, "start test")
	fake.AddChannel(guildID, channelID, discordgo.ChannelTypeGuildText)

	cfgPath, dbPath := runConfig{LogFormat: "auto", Schedule: "@every 1h", APIBase: fake.URL() + "/api/v9",
		Sources: []runSource{{Name: "Feed", URL: "http://127.0.0.1:1/feed.xml"}}}.write(t, t.TempDir())

	ctx := context.Background()
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	_, err = raw.Exec(`CREATE TRIGGER refuse_sources BEFORE INSERT ON sources
		BEGIN SELECT RAISE(ABORT, 'sources refused by the test'); END`)
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}

	env := tokenEnv(fake.Token())
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(runCtx, []string{"run", "--config", cfgPath}, &stdout, &stderr, env) }()

	// A hang detector, not a timing target: run ends at once when healthy.
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "sources refused by the test") {
			t.Errorf("run = %v, want the error registering the source", err)
		}
	case <-time.After(time.Minute):
		cancel()
		<-done
		t.Fatalf("run still running a minute after its start failed\nstdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	}
	if strings.Contains(stderr.String(), "vendorwatch started") {
		t.Errorf("logged a start that failed:\n%s", stderr.String())
	}
}
