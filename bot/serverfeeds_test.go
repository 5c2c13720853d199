package bot_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/poller"
	"github.com/vendorwatch/vendorwatch/trust"
)

func sourcesAdd(perms int64, url string) discordtest.Interaction {
	return discordtest.Interaction{Name: "sources", Permissions: perms, Options: subOpt("add",
		&discordgo.ApplicationCommandInteractionDataOption{Name: "url", Type: discordgo.ApplicationCommandOptionString, Value: url})}
}

// TestServerFeedRefusesPrivate: with the production guard (the config's
// default), /sources add refuses a feed on loopback, private or
// link-local addresses, or reached through a name that resolves to one,
// before any request reaches it, and says why; and a local file. It also
// needs Manage Channels, and stops at the server's cap.
func TestServerFeedRefusesPrivate(t *testing.T) {
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Fetch.AllowPrivateServerFeeds {
		t.Fatal("the default config allows private addresses for servers' feeds")
	}
	p, err := poller.NewPipeline(cfg, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Local</title></channel></rss>`)
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	var changed atomic.Int64
	e := setup(t, func(o *bot.Options) {
		o.ReadFeed = p.ReadServerFeed
		o.FeedsChanged = func() { changed.Add(1) }
		o.MaxFeedsPerGuild = 1
	})

	for _, u := range []string{srv.URL + "/feed", "http://localhost:" + port + "/feed", "http://[::1]:" + port + "/",
		"http://10.0.0.1/feed", "http://169.254.169.254/latest/meta-data/"} {
		e.wantError(sourcesAdd(0, u), "the address points to a private network, which is not allowed")
	}
	e.wantError(sourcesAdd(0, "file:///etc/passwd"), "not an http or https link")
	member := int64(discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionUseApplicationCommands)
	e.wantError(sourcesAdd(member, "https://feeds.example/rss"), "Manage Channels")
	e.wantError(discordtest.Interaction{Name: "sources", Permissions: member, Options: subOpt("remove",
		&discordgo.ApplicationCommandInteractionDataOption{Name: "feed", Type: discordgo.ApplicationCommandOptionString, Value: "x"})}, "Manage Channels")
	if n := hits.Load(); n != 0 {
		t.Errorf("the local feed was fetched %d times", n)
	}
	ctx := context.Background()
	if feeds, err := e.db.ServerFeeds(ctx, guildA); err != nil || len(feeds) != 0 {
		t.Errorf("feeds after refusals: %+v, %v", feeds, err)
	}

	// At the cap, nothing is fetched.
	if _, err := e.db.AddServerFeed(ctx, trust.ServerFeed{GuildID: guildA, Name: "One"}, "https://one.example/rss", "", 1); err != nil {
		t.Fatal(err)
	}
	e.wantError(sourcesAdd(0, "https://two.example/rss"), "1 feeds of its own, the most it may have")
	// /sources remove suggests this server's feeds.
	for guild, want := range map[string]int{guildA: 1, guildB: 0} {
		r, _ := e.run(discordtest.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, Name: "sources", GuildID: guild,
			ChannelID: map[string]string{guildA: chanA1, guildB: chanB1}[guild], Options: subOpt("remove",
				&discordgo.ApplicationCommandInteractionDataOption{Name: "feed", Type: discordgo.ApplicationCommandOptionString, Value: "on", Focused: true})})
		if r.Data == nil || len(r.Data.Choices) != want || want == 1 && r.Data.Choices[0].Value != "One" {
			t.Errorf("autocomplete in %s: %+v, want %d choice(s)", guild, r.Data, want)
		}
	}
	_, text := e.run(discordtest.Interaction{Name: "sources", Options: subOpt("remove",
		&discordgo.ApplicationCommandInteractionDataOption{Name: "feed", Type: discordgo.ApplicationCommandOptionString, Value: "one"})})
	if !strings.Contains(text, "Removed One") || changed.Load() != 1 {
		t.Errorf("/sources remove: %q, %d changes told", text, changed.Load())
	}
	e.wantError(discordtest.Interaction{Name: "sources", Options: subOpt("remove",
		&discordgo.ApplicationCommandInteractionDataOption{Name: "feed", Type: discordgo.ApplicationCommandOptionString, Value: "one"})}, "no feed of its own called one")
}
