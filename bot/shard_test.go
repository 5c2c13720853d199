package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
)

// shardGuild and shardChannel are IDs of guild k, on shard k%count for
// counts up to 6: Discord's formula reads the bits above the low 22, here
// a multiple of 6 plus k.
func shardGuild(k int) string   { return fmt.Sprint(uint64(24_000_001_200+k) << 22) }
func shardChannel(k int) string { return fmt.Sprint(uint64(25_000_000_000+k) << 22) }

// shardEnv is a bot against a fake Discord that shards like Discord with
// a small guild limit, and guilds spread over its shards.
func shardEnv(t *testing.T, fopts discordtest.Options, guilds int, mod func(*bot.Options)) (*env, func() error) {
	t.Helper()
	fake := newFake(t, fopts)
	for k := range guilds {
		fake.AddGuild(shardGuild(k), fmt.Sprint("guild ", k))
		fake.AddChannel(shardGuild(k), shardChannel(k), discordgo.ChannelTypeGuildText)
	}
	e := newEnv(t, fake)
	lw := &testLogWriter{t: t, on: true}
	interval := 2 * fopts.IdentifyInterval // the bot's margin over the fake's
	if interval == 0 {
		interval = 10 * time.Millisecond
	}
	opts := e.options(lw)
	opts.IdentifyInterval = interval
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
	var runErr error
	finished := false
	wait := func() error {
		if !finished {
			runErr, finished = <-done, true
		}
		return runErr
	}
	t.Cleanup(func() {
		cancel()
		wait()
		lw.mu.Lock()
		lw.on = false
		lw.mu.Unlock()
		for _, v := range fake.Violations() {
			t.Errorf("fake discord violation: %s", v)
		}
	})
	return e, wait
}

// TestShards: a bot in more guilds than one shard may serve runs the 3
// shards Discord recommends, identifying one bucket at a time; each
// guild's interactions and events reach its own shard and are answered;
// commands are registered once; a cut shard shows in the bot's health.
func TestShards(t *testing.T) {
	const shards, guilds = 3, 9
	e, _ := shardEnv(t, discordtest.Options{
		GuildsPerShard: 4, RecommendedShards: shards, MaxConcurrency: 1, IdentifyInterval: 100 * time.Millisecond,
	}, guilds, nil)
	e.waitFor("3 shards connected and commands registered", func() bool {
		return e.bot.Connected() && len(e.fake.Commands()) > 0
	})

	// One IDENTIFY per shard, in order; the fake refused none (4011 past
	// 4 guilds, 4008 too soon in the bucket: either is also a violation
	// or a failed Run).
	var got [][2]int
	for _, id := range e.fake.Identifies() {
		if id.Shard == nil || id.Refused != 0 {
			t.Errorf("IDENTIFY %+v, want a sharded one that was accepted", id)
			continue
		}
		got = append(got, *id.Shard)
	}
	if want := [][2]int{{0, 3}, {1, 3}, {2, 3}}; !slices.Equal(got, want) {
		t.Errorf("IDENTIFY shards %v, want %v", got, want)
	}
	if !e.bot.ShardsShareREST() {
		t.Error("a shard's session has an HTTP client or rate limiter of its own")
	}

	// Guild events: each shard heard of its own 3 guilds.
	e.waitFor("each shard's guilds", func() bool {
		for _, s := range e.bot.Shards() {
			if s.Guilds != guilds/shards {
				return false
			}
		}
		return true
	})

	// Each guild's command arrives on its shard and is answered.
	for k := range guilds {
		r, text := e.run(discordtest.Interaction{Name: "subscribe", GuildID: shardGuild(k), ChannelID: shardChannel(k)})
		if want := [2]int{k % shards, shards}; r.Shard != want {
			t.Errorf("guild %d: interaction carried by shard %v, want %v", k, r.Shard, want)
		}
		if !strings.Contains(text, "<#"+shardChannel(k)+">") {
			t.Errorf("guild %d: /subscribe answered %q", k, text)
		}
		subs, err := e.store.Subscriptions(context.Background(), shardGuild(k))
		if err != nil || len(subs) != 1 || subs[0].ChannelID != shardChannel(k) {
			t.Errorf("guild %d: subscriptions %+v, %v; want one in its channel", k, subs, err)
		}
	}
	// Delivery is REST, through the one shared client: every guild's
	// channel gets the alert.
	e.alert(nil)
	e.waitFor("the alert in every guild's channel", func() bool {
		for k := range guilds {
			if len(e.fake.Messages(shardChannel(k))) != 1 {
				return false
			}
		}
		return true
	})

	// A guild joined and one left reach their shards (2 and 1) alone.
	e.fake.AddGuild(shardGuild(guilds+2), "joined")
	e.fake.RemoveGuild(shardGuild(1))
	e.waitFor("guild counts 3, 2, 4 after the join and the leave", func() bool {
		var n []int
		for _, s := range e.bot.Shards() {
			n = append(n, s.Guilds)
		}
		return slices.Equal(n, []int{3, 2, 4})
	})

	// The commands were registered once for all shards (the fake logs a
	// request when it has answered it, so this is read late).
	puts := 0
	for _, r := range e.fake.Requests() {
		if r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands") {
			puts++
		}
	}
	if puts != 1 {
		t.Errorf("%d command registrations, want 1 for all shards", puts)
	}

	// Cutting shard 2 leaves the others up, and health says which.
	if n := e.fake.DropShard(2); n != 1 {
		t.Fatalf("DropShard(2) closed %d connections, want 1", n)
	}
	e.waitFor("shard 2 reported down", func() bool {
		return slices.Equal(e.bot.Problems(), []string{"shard 2/3 disconnected"}) && !e.bot.Connected()
	})
	st := e.bot.Shards()
	if !st[0].Connected || !st[1].Connected || st[2].Connected {
		t.Errorf("shard states %+v, want 0 and 1 up, 2 down", st)
	}
	// Shard 0 still carries its guilds' commands.
	if r, _ := e.run(discordtest.Interaction{Name: "subscriptions", GuildID: shardGuild(0), ChannelID: shardChannel(0)}); r.Shard != [2]int{0, shards} {
		t.Errorf("after the cut, guild 0's interaction carried by %v", r.Shard)
	}
}

// TestShardingRequired: a bot told to run one shard while in more guilds
// than one may serve is refused with 4011, and Run says so; left to
// Discord's recommendation, it shards and is not.
func TestShardingRequired(t *testing.T) {
	fopts := discordtest.Options{GuildsPerShard: 4, RecommendedShards: 3}
	_, wait := shardEnv(t, fopts, 9, func(o *bot.Options) { o.Shards = 1 })
	err := wait()
	if err == nil || !strings.Contains(err.Error(), "4011") || !strings.Contains(err.Error(), "more shards") {
		t.Fatalf("Run with 1 shard for 9 guilds over a limit of 4: %v, want a 4011 sharding-required error", err)
	}

	e, _ := shardEnv(t, fopts, 9, nil)
	e.waitFor("all shards connected", e.bot.Connected)
	for _, id := range e.fake.Identifies() {
		if id.Refused != 0 {
			t.Errorf("IDENTIFY %+v refused", id)
		}
	}
}

// TestSingleShard: a small bot (Discord recommends 1) runs one unsharded
// connection, as before sharding existed.
func TestSingleShard(t *testing.T) {
	e, _ := shardEnv(t, discordtest.Options{}, 2, nil)
	e.waitFor("connected", e.bot.Connected)
	ids := e.fake.Identifies()
	if len(ids) != 1 || ids[0].Shard != nil {
		t.Errorf("IDENTIFYs %+v, want one without a shard", ids)
	}
	e.waitFor("one shard with 2 guilds", func() bool {
		st := e.bot.Shards()
		return len(st) == 1 && st[0].Guilds == 2
	})
	if p := e.bot.Problems(); len(p) != 0 {
		t.Errorf("problems %q while connected", p)
	}
	e.fake.DropShard(0)
	e.waitFor("not connected", func() bool { return slices.Equal(e.bot.Problems(), []string{"not connected"}) })
}

// TestShardConcurrency: with max_concurrency 3, the 3 shards are in 3
// identify buckets and start together: the bot does not wait its
// IdentifyInterval (here two hours), and the fake sees no IDENTIFY twice
// in a bucket within its hour.
func TestShardConcurrency(t *testing.T) {
	e, _ := shardEnv(t, discordtest.Options{
		GuildsPerShard: 4, RecommendedShards: 3, MaxConcurrency: 3, IdentifyInterval: time.Hour,
	}, 9, nil)
	e.waitFor("all shards connected", e.bot.Connected)
	if n := len(e.fake.Identifies()); n != 3 {
		t.Errorf("%d IDENTIFYs, want 3", n)
	}
}
