package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Sharding. Discord requires a bot in more than 2,500 guilds to split its
// gateway into shards, each serving the guilds with
// (guild_id >> 22) % shards equal to its ID. The bot runs every shard in
// this process, one discordgo Session each (discordgo sends ShardID and
// ShardCount in IDENTIFY), with the count GET /gateway/bot recommends
// unless Options.Shards fixes it. Shards start in batches of
// max_concurrency, one IDENTIFY per bucket (shard_id % max_concurrency)
// per IdentifyInterval. Only shard 0's session, b.session, makes REST
// calls: the others share its HTTP client and rate limiter anyway, so that
// every route's bucket is counted once and commands are registered once.

// shard is one gateway connection and what the bot knows of it.
type shard struct {
	id, count int
	s         *discordgo.Session
	opened    bool // Open succeeded; Close is due
	connected atomic.Bool

	mu     sync.Mutex
	guilds map[string]struct{} // available guilds, from GUILD_CREATE/DELETE
}

// ShardState is one shard's state for health checks and tests.
type ShardState struct {
	ID, Count int
	Connected bool
	Guilds    int // guilds the shard has heard of (GUILD_CREATE) and not lost
}

// ShardOf is the shard that serves a guild among count shards, by
// Discord's formula; 0 for an ID that is not a snowflake (a DM).
func ShardOf(guildID string, count int) int {
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil || count <= 1 {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

func (b *Bot) shardList() []*shard {
	if p := b.shards.Load(); p != nil {
		return *p
	}
	return nil
}

// Shards reports each shard's state, by ID; nil before Run has planned
// them.
func (b *Bot) Shards() []ShardState {
	list := b.shardList()
	out := make([]ShardState, 0, len(list))
	for _, sh := range list {
		sh.mu.Lock()
		n := len(sh.guilds)
		sh.mu.Unlock()
		out = append(out, ShardState{ID: sh.id, Count: sh.count, Connected: sh.connected.Load(), Guilds: n})
	}
	return out
}

// Connected reports whether every gateway shard is up.
func (b *Bot) Connected() bool {
	list := b.shardList()
	for _, sh := range list {
		if !sh.connected.Load() {
			return false
		}
	}
	return len(list) > 0
}

// Problems says what is wrong with the gateway, one short phrase each
// ("not connected", "shard 2/3 disconnected": shard ID 2 of 3); none when
// every shard is up.
func (b *Bot) Problems() []string {
	list := b.shardList()
	if len(list) == 0 {
		return []string{"not connected"}
	}
	var out []string
	for _, sh := range list {
		if sh.connected.Load() {
			continue
		}
		if sh.count == 1 {
			return []string{"not connected"}
		}
		out = append(out, fmt.Sprintf("shard %d/%d disconnected", sh.id, sh.count))
	}
	return out
}

// plan decides the shard count and how many may IDENTIFY at once.
func (b *Bot) plan(ctx context.Context) (count, concurrency int, err error) {
	if b.opts.Shards > 0 {
		return b.opts.Shards, 1, nil
	}
	var gb *discordgo.GatewayBotResponse
	err = b.rest(ctx, func(opt discordgo.RequestOption) error {
		var err error
		gb, err = b.session.GatewayBot(opt)
		return err
	})
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusNotFound {
		// A Discord-compatible server without /gateway/bot: one shard.
		b.log.Warn("no recommended shard count (GET /gateway/bot: 404); running one shard")
		return 1, 1, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("connect to discord: ask the shard count: %w", b.onServer(err))
	}
	count, concurrency = max(1, gb.Shards), max(1, gb.SessionStartLimit.MaxConcurrency)
	if l := gb.SessionStartLimit; l.Total > 0 && l.Remaining < count {
		return 0, 0, fmt.Errorf("connect to discord: %d shards need %d session starts, Discord allows %d more until its limit resets in %s",
			count, count, l.Remaining, (time.Duration(l.ResetAfter) * time.Millisecond).Round(time.Second))
	}
	return count, concurrency, nil
}

// connect plans the shards and opens them in order, a batch of
// concurrency at a time (distinct identify buckets), waiting
// IdentifyInterval after each batch is ready before the next IDENTIFYs.
func (b *Bot) connect(ctx context.Context) error {
	count, concurrency, err := b.plan(ctx)
	if err != nil {
		return err
	}
	list := make([]*shard, count)
	for id := range list {
		s, err := b.shardSession(id, count)
		if err != nil {
			return err
		}
		sh := &shard{id: id, count: count, s: s, guilds: map[string]struct{}{}}
		b.addHandlers(sh)
		list[id] = sh
	}
	b.shards.Store(&list)
	if count > 1 {
		b.log.Info("starting discord shards", "shards", count, "max_concurrency", concurrency)
	}
	for start := 0; start < count; start += concurrency {
		if start > 0 {
			t := time.NewTimer(b.opts.IdentifyInterval)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				return fmt.Errorf("connect to discord: %w", ctx.Err())
			}
		}
		batch := list[start:min(count, start+concurrency)]
		errs := make([]error, len(batch))
		var wg sync.WaitGroup
		for i, sh := range batch {
			wg.Go(func() { errs[i] = b.open(ctx, sh) })
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return err
		}
	}
	return nil
}

// shardSession is the session of shard id: b.session for shard 0, else a
// gateway-only session sharing its HTTP client and rate limiter.
func (b *Bot) shardSession(id, count int) (*discordgo.Session, error) {
	s := b.session
	if id > 0 {
		var err error
		s, err = discordgo.New(b.session.Token)
		if err != nil {
			return nil, fmt.Errorf("connect to discord: shard %d: %w", id, err)
		}
		s.Identify.Intents = b.session.Identify.Intents
		s.ShouldReconnectOnError = b.session.ShouldReconnectOnError
		s.ShouldRetryOnRateLimit = b.session.ShouldRetryOnRateLimit
		s.StateEnabled = b.session.StateEnabled
		s.Client = b.session.Client
		s.Ratelimiter = b.session.Ratelimiter
		s.Dialer = b.session.Dialer
		s.UserAgent = b.session.UserAgent
	}
	s.ShardID, s.ShardCount = id, count
	return s, nil
}

func (b *Bot) addHandlers(sh *shard) {
	log := b.log
	if sh.count > 1 {
		log = log.With("shard", sh.id, "shards", sh.count)
	}
	sh.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Connect) { sh.connected.Store(true) })
	sh.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
		sh.connected.Store(false)
		b.mu.Lock()
		closing := b.closing
		b.mu.Unlock()
		if !closing {
			log.Warn("discord gateway disconnected; discordgo reconnects")
		}
	})
	sh.s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		sh.connected.Store(true)
		if r.Application != nil && r.Application.ID != "" {
			b.appID.Store(r.Application.ID)
		} else if r.User != nil {
			b.appID.Store(r.User.ID)
		}
	})
	sh.s.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildCreate) {
		if g.Guild == nil {
			return
		}
		if want := ShardOf(g.ID, sh.count); want != sh.id {
			log.Warn("guild on the wrong shard", "guild_id", g.ID, "want_shard", want)
		}
		sh.mu.Lock()
		sh.guilds[g.ID] = struct{}{}
		sh.mu.Unlock()
	})
	sh.s.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildDelete) {
		// Unavailable is an outage: the bot is still in the guild.
		if g.Guild == nil || g.Unavailable {
			return
		}
		sh.mu.Lock()
		delete(sh.guilds, g.ID)
		sh.mu.Unlock()
	})
	sh.s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { b.onInteraction(i) })
}

// open calls a shard's Open with a deadline: discordgo v0.29.0 can hang in
// Open forever (op 7 before READY deadlocks on the session lock). On a
// timeout the stuck goroutine is left behind; the caller should exit.
func (b *Bot) open(ctx context.Context, sh *shard) error {
	name := "connect to discord"
	if sh.count > 1 {
		name = fmt.Sprintf("connect to discord: shard %d/%d", sh.id, sh.count)
	}
	done := make(chan error, 1)
	go func() { done <- sh.s.Open() }()
	t := time.NewTimer(b.opts.OpenTimeout)
	defer t.Stop()
	select {
	case err := <-done:
		var ce *websocket.CloseError
		if errors.As(err, &ce) && ce.Code == 4011 {
			return fmt.Errorf("%s: Discord requires more shards for the bot's guilds (close 4011 %s)", name, ce.Text)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, b.onServer(err))
		}
	case <-t.C:
		return fmt.Errorf("%s: no ready after %s", name, b.opts.OpenTimeout)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", name, ctx.Err())
	}
	b.mu.Lock()
	sh.opened = true
	b.mu.Unlock()
	if b.applicationID() == "" && sh.s.State != nil && sh.s.State.User != nil {
		b.appID.Store(sh.s.State.User.ID)
	}
	if b.applicationID() == "" {
		return errors.New(name + ": ready without an application id")
	}
	sh.connected.Store(true)
	if sh.count > 1 {
		b.log.Info("discord shard ready", "shard", sh.id, "shards", sh.count)
	}
	return nil
}

// closeShards closes every shard that opened.
func (b *Bot) closeShards() {
	for _, sh := range b.shardList() {
		b.mu.Lock()
		opened := sh.opened
		b.mu.Unlock()
		if opened {
			if err := sh.s.Close(); err != nil {
				b.log.Warn("close discord session", "shard", sh.id, "error", err)
			}
		}
		sh.connected.Store(false)
	}
}
