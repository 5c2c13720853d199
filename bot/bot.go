// Package bot is vendorwatch's Discord side. Run connects to the gateway
// (guilds intent only; as many shards as Discord recommends, see shard.go)
// with a deadline of its own, registers the slash
// commands with one bulk overwrite, answers interactions (commands and
// autocomplete, within Discord's 3-second deadline or deferred), and runs the
// outbox dispatcher: it takes pending alert rows from the Store, renders each
// as an escaped embed within Discord's limits, posts it with a nonce and no
// allowed mentions, and marks it sent, retried (429 after retry_after, 5xx
// with capped backoff) or dropped; a channel the bot may no longer post to
// has its subscriptions disabled. With Events, an alert that joins an event
// already posted in a channel edits that message instead (re-rendered whole
// from the event, at most once per EditInterval), and a deleted message is
// replaced by a new post with a nonce of its own.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// DefaultAPIBase is Discord's REST base URL as discordgo v0.29.0 builds it.
const DefaultAPIBase = "https://discord.com/api/v9"

// Options configure a Bot. Token and Store are required.
type Options struct {
	Token string // bot token, without the "Bot " prefix; never logged
	// APIBase replaces DefaultAPIBase in every REST URL (tests, compatible
	// servers). The gateway URL comes from GET /gateway through it.
	APIBase string
	// GuildID registers the commands to one guild (instant, for testing)
	// instead of globally.
	GuildID string
	Store   Store
	// Watchlist returns the global vendors (with their timelines). It is
	// called on every use, so a reloaded config shows at once.
	Watchlist func() []trust.Vendor
	Logger    *slog.Logger
	Now       func() time.Time

	MaxSubscriptionsPerGuild int           // default 50
	DispatchInterval         time.Duration // poll for due outbox rows; default 5s
	Workers                  int           // channels sent to at once; default 4
	RequestTimeout           time.Duration // every REST call; default 10s
	// GlobalRate is the REST requests a second the bot keeps under
	// (Discord's global limit); default DefaultGlobalRate. Negative turns
	// pacing off (benchmarks against a fake without that limit).
	GlobalRate  int
	OpenTimeout time.Duration // gateway connect; default 30s
	// DeferAfter is how long a command may work before the bot defers its
	// answer (Discord drops answers after 3 s); default 1.5s, which leaves
	// the deferral itself half the budget on a loaded machine or network.
	DeferAfter  time.Duration
	MaxAttempts int           // sends before a row is dropped; default 10
	MinBackoff  time.Duration // first retry delay after a 5xx; default 2s
	MaxBackoff  time.Duration // default 5m (Discord keeps nonces for minutes)
	// NoReconnect turns off discordgo's endless reconnecting (tests).
	NoReconnect bool
	// Shards is how many gateway shards to run; 0 runs the count Discord
	// recommends (GET /gateway/bot). See shard.go.
	Shards int
	// IdentifyInterval is the least time between two batches of shard
	// IDENTIFYs (Discord allows max_concurrency of them per 5 s); default
	// 5s.
	IdentifyInterval time.Duration
	// Observer, if set, hears how each send ended (metrics).
	Observer Observer

	// Events, if set, makes alerts that belong to an event one message
	// per channel: posted with the event's state and edited as sources
	// join. Without it every alert is its own message.
	Events Events
	// EditInterval is the least time between two edits of one event's
	// message in a channel, so that a burst of sources makes one edit;
	// default 3m.
	EditInterval time.Duration
	// Explain, if set, answers /explain: what the bot knows about an
	// article's link, for a guild.
	Explain func(ctx context.Context, link, guildID string) (Explanation, error)
	// FetchAttachment, if set, reads a file a user attached to a command
	// (/watch import) from the URL Discord gave in the interaction, which
	// the bot has checked is Discord's CDN (or APIBase's host). It must
	// cap the size at MaxImportBytes and have a timeout.
	FetchAttachment func(ctx context.Context, url string) ([]byte, error)

	// ReadFeed, if set, reads a feed a server is adding (/sources add)
	// once, through the fetcher's private-address guard; a reason the
	// user should hear is a *trust.FeedUnreadable. Unset, servers add no
	// feeds.
	ReadFeed func(ctx context.Context, url string) (trust.FeedPreview, error)
	// FeedsChanged, if set, is called when a server added or removed a
	// feed, so that the poller takes it up at once.
	FeedsChanged func()
	// MaxFeedsPerGuild caps the feeds one server adds; 0 takes
	// DefaultMaxFeedsPerGuild, a negative value turns adding off.
	MaxFeedsPerGuild int
}

// Bot is a Discord connection with its commands and outbox dispatcher.
type Bot struct {
	opts    Options
	log     *slog.Logger
	observe Observer
	session *discordgo.Session

	appID atomic.Value // string
	// shards are the gateway connections, set once by Run; shard 0's
	// session is session, which alone makes REST calls.
	shards atomic.Pointer[[]*shard]
	wake   chan struct{}
	cmdErr atomic.Pointer[error] // why the commands are not registered; nil once they are
	// badSchedules remembers digest schedules already logged as broken.
	badSchedules scheduleLog
	// imports are the previewed /watch imports awaiting their button.
	imports importBook
	// rounds counts the dispatcher's rounds, for tests to wait on.
	rounds dispatchRounds

	// runCtx is Run's context, for interaction handlers started by
	// discordgo's goroutines.
	mu      sync.Mutex
	runCtx  context.Context
	closing bool
	wg      sync.WaitGroup
}

// New checks opts, fills in defaults and builds the (unconnected) session.
func New(opts Options) (*Bot, error) {
	if strings.TrimSpace(opts.Token) == "" {
		return nil, errors.New("new bot: no token")
	}
	if opts.Store == nil {
		return nil, errors.New("new bot: no store")
	}
	if opts.Watchlist == nil {
		opts.Watchlist = func() []trust.Vendor { return nil }
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxSubscriptionsPerGuild <= 0 {
		opts.MaxSubscriptionsPerGuild = 50
	}
	if opts.DispatchInterval <= 0 {
		opts.DispatchInterval = 5 * time.Second
	}
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = 10 * time.Second
	}
	if opts.GlobalRate == 0 {
		opts.GlobalRate = DefaultGlobalRate
	}
	if opts.OpenTimeout <= 0 {
		opts.OpenTimeout = 30 * time.Second
	}
	if opts.DeferAfter <= 0 {
		opts.DeferAfter = 1500 * time.Millisecond
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 10
	}
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = 2 * time.Second
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 5 * time.Minute
	}
	if opts.MaxFeedsPerGuild == 0 {
		opts.MaxFeedsPerGuild = DefaultMaxFeedsPerGuild
	}
	if opts.EditInterval <= 0 {
		opts.EditInterval = 3 * time.Minute
	}
	if opts.Shards < 0 {
		return nil, fmt.Errorf("new bot: bad shard count %d", opts.Shards)
	}
	if opts.IdentifyInterval <= 0 {
		opts.IdentifyInterval = 5 * time.Second
	}

	s, err := discordgo.New("Bot " + strings.TrimPrefix(opts.Token, "Bot "))
	if err != nil {
		return nil, fmt.Errorf("new bot: %w", err)
	}
	s.Identify.Intents = discordgo.IntentsGuilds
	s.ShouldReconnectOnError = !opts.NoReconnect
	// The dispatcher handles 429s itself, per channel; commands use the
	// same setting so that no call sleeps without a deadline.
	s.ShouldRetryOnRateLimit = false
	// No state cache: discordgo's keeps every thread it ever hears of
	// (archiving one removes nothing) and the channels of guilds the bot
	// has left, which grows without bound in busy servers. The bot needs
	// only its own user, which discordgo keeps anyway, and looks a channel
	// up by REST when a command's resolved data lacks it.
	s.StateEnabled = false
	transport := http.DefaultTransport
	if opts.APIBase != "" && strings.TrimRight(opts.APIBase, "/") != DefaultAPIBase {
		base, err := url.Parse(strings.TrimRight(opts.APIBase, "/"))
		if err != nil || base.Scheme == "" || base.Host == "" {
			return nil, fmt.Errorf("new bot: bad api base %q", opts.APIBase)
		}
		transport = &rewriteTransport{base: base, next: http.DefaultTransport}
	}
	if opts.GlobalRate > 0 {
		transport = newPacedTransport(opts.GlobalRate, transport)
	}
	// The client timeout backs up the per-request context deadline.
	s.Client = &http.Client{Timeout: opts.RequestTimeout + 5*time.Second, Transport: transport}

	b := &Bot{
		opts:    opts,
		log:     opts.Logger,
		observe: opts.Observer,
		session: s,
		wake:    make(chan struct{}, 1),
	}
	if b.observe == nil {
		b.observe = noObserver{}
	}
	b.appID.Store("")
	return b, nil
}

// rewriteTransport sends requests for Discord's API to another base URL.
type rewriteTransport struct {
	base *url.URL
	next http.RoundTripper
}

func (t *rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	const prefix = DefaultAPIBase + "/"
	u := req.URL.String()
	if !strings.HasPrefix(u, prefix) {
		return t.next.RoundTrip(req)
	}
	nu, err := url.Parse(t.base.String() + "/" + strings.TrimPrefix(u, prefix))
	if err != nil {
		return nil, fmt.Errorf("rewrite %s: %w", req.URL.Path, err)
	}
	r := req.Clone(req.Context())
	r.URL = nu
	r.Host = nu.Host
	return t.next.RoundTrip(r)
}

// Notify wakes the dispatcher: new outbox rows exist. It never blocks.
func (b *Bot) Notify() {
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

// Run connects, registers the commands and delivers alerts until ctx is
// done; then it closes the connections and waits for its goroutines. It
// returns nil when ctx ends it, and is called once per Bot.
func (b *Bot) Run(ctx context.Context) error {
	b.mu.Lock()
	b.runCtx = ctx
	b.mu.Unlock()

	defer func() {
		b.mu.Lock()
		b.closing = true
		b.mu.Unlock()
		b.closeShards()
		b.wg.Wait()
	}()
	if err := b.connect(ctx); err != nil {
		return err
	}
	b.log.Info("connected to discord", "application_id", b.applicationID(), "shards", len(b.shardList()))

	b.register(ctx) // in the background, retried until it works
	b.dispatch(ctx)
	return nil
}

func (b *Bot) applicationID() string { return b.appID.Load().(string) }

// registerCommands replaces all the bot's commands with one request; a bulk
// overwrite only counts new commands against the daily creation limit.
func (b *Bot) registerCommands(ctx context.Context) error {
	for attempt := 1; ; attempt++ {
		var cmds []*discordgo.ApplicationCommand
		err := b.rest(ctx, func(opt discordgo.RequestOption) error {
			var err error
			cmds, err = b.session.ApplicationCommandBulkOverwrite(b.applicationID(), b.opts.GuildID, Commands(), opt)
			return err
		})
		var rl *discordgo.RateLimitError
		if errors.As(err, &rl) && attempt < 3 {
			b.log.Warn("rate limited registering commands", "retry_after", rl.RetryAfter)
			select {
			case <-time.After(rl.RetryAfter):
				continue
			case <-ctx.Done():
				return fmt.Errorf("register commands: %w", ctx.Err())
			}
		}
		if err != nil {
			return fmt.Errorf("register commands: %w", err)
		}
		b.log.Info("registered commands", "count", len(cmds), "guild_id", b.opts.GuildID)
		return nil
	}
}

// noMentions is sent with every message: feed text must ping nobody.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
