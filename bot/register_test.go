package bot_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
)

// A command registration Discord refuses at start (a 400 from a server
// that rejects a field, then 500s) does not end the bot: alerts are
// delivered meanwhile, CommandsErr says why the commands are missing,
// and the registration is retried until it works.
func TestRegistrationRetriedWhileDelivering(t *testing.T) {
	fake, err := discordtest.New(discordtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	fake.AddGuild(guildA, "Guild A")
	fake.AddChannel(guildA, chanA1, discordgo.ChannelTypeGuildText)
	fake.SpecAvailable()
	fake.FailCommands(400, discordgo.ErrCodeInvalidFormBody, 1<<30)

	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	src, err := db.EnsureSource(ctx, "Example News", "https://news.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddSubscription(ctx, bot.Subscription{GuildID: guildA, ChannelID: chanA1}, 50); err != nil {
		t.Fatal(err)
	}
	b, err := bot.New(bot.Options{
		Token: strings.TrimPrefix(fake.Token(), "Bot "), APIBase: fake.URL() + "/api/v9", Store: db,
		Logger: slog.New(slog.DiscardHandler), DispatchInterval: 50 * time.Millisecond,
		MinBackoff: 20 * time.Millisecond, MaxBackoff: 100 * time.Millisecond, NoReconnect: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	var ended atomic.Bool
	go func() { err := b.Run(runCtx); ended.Store(true); done <- err }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()

	e := &env{t: t, fake: fake, db: db, store: db, bot: b, src: src.ID}
	e.alert(nil)
	e.waitFor("the alert delivered while registration fails", func() bool {
		return ended.Load() || len(fake.Messages(chanA1)) == 1
	})
	if ended.Load() {
		t.Fatal("Run ended when the registration was refused")
	}
	e.waitFor("a refused registration reported", func() bool {
		err := b.CommandsErr()
		return err != nil && strings.Contains(err.Error(), "HTTP 400")
	})
	if n := len(fake.Commands()); n != 0 {
		t.Fatalf("%d commands registered through a refusal", n)
	}

	fake.FailCommands(500, 0, 2) // two more failures of another kind, then Discord takes them
	e.waitFor("the commands registered", func() bool { return b.CommandsErr() == nil && len(fake.Commands()) > 0 })
	if got, want := len(fake.Commands()), len(bot.Commands()); got != want {
		t.Errorf("%d commands registered, want %d", got, want)
	}
	for _, v := range fake.Violations() {
		t.Errorf("fake discord violation: %s", v)
	}
}
