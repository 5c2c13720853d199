package main

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestServerFeedEndToEnd runs the daemon with the bot against a fake
// Discord: guild A adds a feed of its own from a local test server with
// /sources add, and the answer shows the feed's title, item count and
// newest three items. The feed's matching article is posted to A's
// subscribed channel and not to B's, though B subscribes to everything.
// When B adds the same URL the two share one source, and the feed's next
// article reaches both.
func TestServerFeedEndToEnd(t *testing.T) {
	const (
		guildA, chanA = "100000000000000001", "200000000000000001"
		guildB, chanB = "100000000000000002", "200000000000000002"
	)
	fake, err := discordtest.New(discordtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	fake.AddGuild(guildA, "Guild A")
	fake.AddGuild(guildB, "Guild B")
	fake.AddChannel(guildA, chanA, discordgo.ChannelTypeGuildText)
	fake.AddChannel(guildB, chanB, discordgo.ChannelTypeGuildText)
	fake.SpecAvailable() // see TestEventsEndToEnd

	now := time.Now()
	builtin := newFeedServer(t, nil)
	own := newFeedServer(t, []feedItem{
		{guid: "o1", title: "Commerce adds Huawei to the Entity List", body: "The Bureau of Industry and Security added Huawei Technologies to the Entity List.", pub: now.Add(-time.Hour)},
		{guid: "o2", title: "Patch Tuesday roundup", pub: now.Add(-2 * time.Hour)},
		{guid: "o3", title: "Conference season opens", pub: now.Add(-3 * time.Hour)},
		{guid: "o4", title: "An old story nobody reads", pub: now.Add(-4 * time.Hour)},
	})
	// The daemon's fetcher reaches 127.0.0.1 because the operator allowed
	// it; TestServerFeedRefusesPrivate shows the default.
	cfgPath, dbPath := runConfig{Schedule: "@every 1s", APIBase: fake.URL() + "/api/v9",
		Extra:   "[fetch]\nallow_private_server_feeds = true\n",
		Sources: []runSource{{Name: "Built in", URL: builtin.URL}}}.write(t, t.TempDir())
	ctx := context.Background()
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range []trust.Subscription{{GuildID: guildA, ChannelID: chanA}, {GuildID: guildB, ChannelID: chanB}} {
		if _, err := db.AddSubscription(ctx, s, 0); err != nil {
			t.Fatal(err)
		}
	}

	var stdout, stderr syncBuffer
	stop := startRunReporting(t, cfgPath, tokenEnv(fake.Token()), &stdout, &stderr)
	defer stop()

	// ask runs a /sources subcommand once the bot is connected.
	ask := func(guild, channel, sub string, opts ...*discordgo.ApplicationCommandInteractionDataOption) string {
		t.Helper()
		in := discordtest.Interaction{Name: "sources", GuildID: guild, ChannelID: channel,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: sub, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}}}
		var r *discordtest.Response
		waitFor(t, "the bot to answer /sources "+sub, func() bool {
			ictx, cancel := context.WithTimeout(ctx, 20*time.Second)
			defer cancel()
			var err error
			r, err = fake.Interact(ictx, in)
			if errors.Is(err, discordtest.ErrNotConnected) || errors.Is(err, discordtest.ErrUnknownCommand) {
				return false
			}
			if err != nil || r.Message == nil {
				t.Fatalf("/sources %s: %v", sub, err)
			}
			return true
		})
		return r.Message.Content + embedText(*r.Message)
	}
	str := func(name, v string) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
	}

	text := ask(guildA, chanA, "add", str("url", own.URL+"/feed.xml#top"), str("name", "Our vendor news"))
	t.Logf("/sources add:\n%s", text)
	for _, w := range []string{"Feed added: Our vendor news", "**Test news** — 4 items", "Commerce adds Huawei to the Entity List",
		"Patch Tuesday roundup", "Conference season opens", "its alerts go to this server's subscriptions only"} {
		if !strings.Contains(text, w) {
			t.Errorf("/sources add answer lacks %q", w)
		}
	}
	if strings.Contains(text, "An old story") {
		t.Error("/sources add answer shows a fourth item")
	}

	hasHuawei := func(ch string) bool {
		for _, m := range fake.Messages(ch) {
			if strings.Contains(embedText(m), "Commerce adds Huawei") {
				return true
			}
		}
		return false
	}
	waitFor(t, "the own feed's alert in guild A", func() bool { return hasHuawei(chanA) })
	// The alert and its outbox rows are stored in one transaction: once
	// A's is sent, B would have a row if it were to get one.
	if rows, err := storagetest.ChannelOutbox(ctx, db, chanB); err != nil || len(rows) != 0 {
		t.Errorf("guild B's channel has %d outbox rows (%v), want none", len(rows), err)
	}
	if got := fake.Messages(chanB); len(got) != 0 {
		t.Errorf("guild B got %d messages, want none", len(got))
	}
	if text := ask(guildA, chanA, "list"); !strings.Contains(text, "This server's own feeds") || !strings.Contains(text, "Our vendor news") || !strings.Contains(text, "Built in") {
		t.Errorf("/sources list in A:\n%s", text)
	}
	if text := ask(guildB, chanB, "list"); strings.Contains(text, "Our vendor news") || strings.Contains(text, "own feeds") {
		t.Errorf("/sources list in B shows A's feed:\n%s", text)
	}

	// B adds the same feed under another spelling of its URL: one source.
	if text := ask(guildB, chanB, "add", str("url", strings.Replace(own.URL, "http://", "HTTP://", 1)+"/feed.xml")); !strings.Contains(text, "Feed added: Test news") {
		t.Errorf("/sources add in B:\n%s", text)
	}
	feeds, err := db.PolledServerFeeds(ctx, nil)
	if err != nil || len(feeds) != 1 {
		t.Fatalf("server feeds = %+v, %v; want one for both guilds", feeds, err)
	}
	own.set([]feedItem{{guid: "o5", title: "FCC adds ZTE to the Covered List", body: "The FCC added ZTE to the Covered List.", pub: time.Now()}})
	hasZTE := func(ch string) bool {
		for _, m := range fake.Messages(ch) {
			if strings.Contains(embedText(m), "ZTE") {
				return true
			}
		}
		return false
	}
	waitFor(t, "the next article in both guilds", func() bool { return hasZTE(chanA) && hasZTE(chanB) })
	if hasHuawei(chanB) {
		t.Error("guild B got the article from before it added the feed")
	}

	if text := ask(guildA, chanA, "remove", str("feed", "our VENDOR news")); !strings.Contains(text, "Removed Our vendor news") {
		t.Errorf("/sources remove:\n%s", text)
	}
	stop()
	for _, v := range fake.Violations() {
		t.Errorf("fake discord violation: %s", v)
	}
}
