// Package discordtest is an in-process fake of Discord's REST API and gateway
// that the real discordgo client (or a separate process configured with
// its API base URL) can talk to in tests.
//
// A Fake listens on 127.0.0.1. For each REST request it:
//  1. records the request (Requests),
//  2. checks the bot token (401 otherwise; interaction and webhook routes
//     are authorised by their token in the path, as on Discord),
//  3. checks the body against Discord's OpenAPI description, rewritten to
//     the v10 path Discord documents, and the limits the description does
//     not state (content length, embed sizes, command names...); a bad
//     request gets 400 code 50035 and is recorded (Violations),
//  4. applies injected faults (deleted channel, missing access, rate limit,
//     5xx) and answers like Discord.
//
// On the gateway it follows Discord's handshake (HELLO, IDENTIFY, READY,
// GUILD_CREATE, heartbeats, RESUME) and sends INTERACTION_CREATE
// dispatches for Interact, which then enforces the interaction deadlines.
// It shards like Discord (shard.go): each guild's events go to the
// connection of its shard, and an IDENTIFY with too few shards for the
// guilds is closed with 4011.
package discordtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Options configure a Fake. The zero value is usable.
type Options struct {
	// Token is the exact Authorization header (and IDENTIFY token) the fake
	// accepts, "Bot " prefix included. Default "Bot fake-token".
	Token string
	// ApplicationID defaults to "1150000000000000001".
	ApplicationID string
	// BotUserID defaults to ApplicationID, as for Discord applications.
	BotUserID string
	// BotUsername defaults to "vendorwatch-test".
	BotUsername string
	// InteractionDeadline is the time a bot has for its first answer to an
	// interaction. Default 3 s, as on Discord.
	InteractionDeadline time.Duration
	// HeartbeatInterval is sent in HELLO. Default 45 s.
	HeartbeatInterval time.Duration
	// SpecPath is Discord's openapi.json; when the file is absent, schema
	// validation is off. Default: ../shared/discord-api-spec/openapi.json
	// beside the module root (found by walking up from the working
	// directory to go.mod) when it is there, else the trimmed copy in
	// testdata/discord-api-spec, which validates the same requests.
	SpecPath string
	// Logf, when set, receives one line per request and per violation.
	Logf func(format string, args ...any)

	// Sharding (see shard.go). GuildsPerShard is the most guilds one
	// gateway connection may serve: an IDENTIFY without enough shards is
	// closed with 4011 Sharding required. Default 2,500, as on Discord.
	GuildsPerShard int
	// RecommendedShards is the count GET /gateway/bot recommends. Default:
	// one shard per GuildsPerShard*2/5 guilds (1,000 on Discord), at least 1.
	RecommendedShards int
	// MaxConcurrency is GET /gateway/bot's max_concurrency: how many
	// identify buckets (shard_id % max_concurrency) there are. Default 1.
	MaxConcurrency int
	// IdentifyInterval is the least time between two IDENTIFYs in one
	// bucket (5 s on Discord); a faster one is a violation, closed with
	// 4008 Rate limited. Default 0: not enforced, so that tests which
	// restart a bot against one fake need not wait.
	IdentifyInterval time.Duration
}

// Request is one REST request as the fake received it.
type Request struct {
	Method string
	Path   string // as received, e.g. /api/v9/channels/1/messages
	Query  string
	Body   []byte
	Status int // status the fake answered
	Time   time.Time
}

// Message is a message the bot created in a channel, or an interaction
// response, follow-up or edit.
type Message struct {
	ID              string
	ChannelID       string
	Content         string
	Embeds          []discordgo.MessageEmbed
	AllowedMentions json.RawMessage // as sent; nil when absent
	Flags           int
	Nonce           string
	EnforceNonce    bool
	Files           []File          // uploaded with the message or its last edit that had files
	Edits           int             // PATCHes applied since creation
	Raw             json.RawMessage // the body that created (or last edited) it
	Created         time.Time
}

// Ephemeral reports whether the message had flag 64.
func (m Message) Ephemeral() bool { return m.Flags&int(discordgo.MessageFlagsEphemeral) != 0 }

func (m Message) clone() Message {
	m.Embeds = append([]discordgo.MessageEmbed(nil), m.Embeds...)
	m.AllowedMentions = append(json.RawMessage(nil), m.AllowedMentions...)
	m.Raw = append(json.RawMessage(nil), m.Raw...)
	m.Files = cloneFiles(m.Files)
	return m
}

// Command is a registered application command.
type Command struct {
	GuildID string // empty for a global command
	discordgo.ApplicationCommand
	Raw json.RawMessage
}

type guild struct {
	id, name string
	channels []string
}

type channel struct {
	id, guildID string
	typ         discordgo.ChannelType
	deleted     bool
	denyCode    int
	msgs        []*Message
	nonces      map[string]*Message
	failStatus  int
	failN       int
	window      time.Time // start of the current rate-limit window
	used        int
	refuse      map[string][2]int // message ID → status and code its edits get
}

// Fake is an in-process Discord. Create it with New and stop it with Close.
type Fake struct {
	opts     Options
	ln       net.Listener
	srv      *http.Server
	addr     string
	spec     *spec // nil when no spec file was found
	specMsg  string
	upgrader websocket.Upgrader
	tr       *http.Transport
	done     chan struct{}
	wg       sync.WaitGroup
	idSeq    atomic.Int64

	mu          sync.Mutex
	guilds      map[string]*guild
	guildOrder  []string
	channels    map[string]*channel
	commands    map[string][]*Command // by guild ID, "" for global
	requests    []Request
	identifies  []Identify
	violations  []string
	rateN       int
	latency     time.Duration
	answerDelay time.Duration
	ratePer     time.Duration
	// Global limit (SetGlobalRateLimit): arrival times of the requests it
	// counted within the last globalPer, oldest first.
	globalN      int
	globalPer    time.Duration
	globalTimes  []time.Time
	globalHits   int
	conns        map[*gwConn]bool
	sessions     map[string]*gwSession
	changed      chan struct{}       // closed and replaced when connections change
	interactions map[string]*pending // by interaction ID
	byToken      map[string]*pending
	refusals     []Refusal         // interactions not delivered for lack of permissions
	lastIdentify map[int]time.Time // by identify bucket
	cdn          map[string]File   // AddAttachment's files by URL path
	closed       bool
	// cmdFail is the status, Discord code and count of the command
	// registrations to refuse (FailCommands).
	cmdFail [3]int
}

// New starts a fake Discord on 127.0.0.1. It does not wait for the OpenAPI
// validator, which is built once per process in the background; the first
// validated request (or SpecAvailable) waits for it.
func New(opts Options) (*Fake, error) {
	if opts.Token == "" {
		opts.Token = "Bot fake-token"
	}
	if opts.ApplicationID == "" {
		opts.ApplicationID = "1150000000000000001"
	}
	if opts.BotUserID == "" {
		opts.BotUserID = opts.ApplicationID
	}
	if opts.BotUsername == "" {
		opts.BotUsername = "vendorwatch-test"
	}
	if opts.InteractionDeadline <= 0 {
		opts.InteractionDeadline = 3 * time.Second
	}
	if opts.HeartbeatInterval <= 0 {
		opts.HeartbeatInterval = 45 * time.Second
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	if opts.GuildsPerShard <= 0 {
		opts.GuildsPerShard = 2500
	}
	if opts.MaxConcurrency <= 0 {
		opts.MaxConcurrency = 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	f := &Fake{
		opts:         opts,
		ln:           ln,
		addr:         ln.Addr().String(),
		done:         make(chan struct{}),
		guilds:       map[string]*guild{},
		channels:     map[string]*channel{},
		commands:     map[string][]*Command{},
		conns:        map[*gwConn]bool{},
		sessions:     map[string]*gwSession{},
		changed:      make(chan struct{}),
		interactions: map[string]*pending{},
		byToken:      map[string]*pending{},
		lastIdentify: map[int]time.Time{},
		tr:           &http.Transport{MaxIdleConnsPerHost: 16, IdleConnTimeout: 30 * time.Second},
	}
	f.idSeq.Store(1)

	if path := opts.SpecPath; path == "" {
		f.spec = defaultSpec()
	} else if _, err := statFile(path); err != nil {
		f.specMsg = fmt.Sprintf("discordtest: Discord OpenAPI spec %s absent: schema validation skipped, limit checks still on", path)
	} else {
		f.spec = loadSpecFile(path)
	}

	f.srv = &http.Server{Handler: http.HandlerFunc(f.serveHTTP), ReadHeaderTimeout: 10 * time.Second}
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		_ = f.srv.Serve(ln)
	}()
	return f, nil
}

// URL is the fake's base address, "http://127.0.0.1:PORT". A bot that
// takes an API base URL uses URL()+"/api/v9".
func (f *Fake) URL() string { return "http://" + f.addr }

// GatewayURL is the websocket address the fake hands out at /gateway.
func (f *Fake) GatewayURL() string { return "ws://" + f.addr }

// Token is the Authorization header the fake accepts.
func (f *Fake) Token() string { return f.opts.Token }

// ApplicationID is the fake application's ID.
func (f *Fake) ApplicationID() string { return f.opts.ApplicationID }

// BotUserID is the fake bot user's ID.
func (f *Fake) BotUserID() string { return f.opts.BotUserID }

// SpecAvailable waits for the OpenAPI validator (seconds the first time in
// a process) and reports whether request bodies are checked against it.
// When false, SpecStatus says why; limit checks stay on either way.
func (f *Fake) SpecAvailable() bool {
	return f.spec != nil && f.spec.wait()
}

// SpecStatus is a sentence for t.Log or t.Skip about schema validation,
// including the validator's build time.
func (f *Fake) SpecStatus() string {
	if f.spec == nil {
		return f.specMsg
	}
	if !f.spec.wait() {
		return fmt.Sprintf("discordtest: Discord OpenAPI spec unusable (%v): schema validation skipped, limit checks still on", f.spec.err)
	}
	return fmt.Sprintf("discordtest: validating against %s (validator built in %v)", f.spec.name, f.spec.buildTime.Round(time.Millisecond))
}

// SpecBuildTime is how long building the process-wide validator took (0
// when there is none). It waits for the build.
func (f *Fake) SpecBuildTime() time.Duration {
	if f.spec == nil || !f.spec.wait() {
		return 0
	}
	return f.spec.buildTime
}

// discordHosts are rewritten to the fake by Transport.
var discordHosts = map[string]bool{
	"discord.com":                 true,
	"discordapp.com":              true,
	"gateway.discord.gg":          true,
	"cdn.discordapp.com":          true,
	"media.discordapp.net":        true,
	"status.discord.com":          true,
	"discord.gg":                  true,
	"canary.discord.com":          true,
	"ptb.discord.com":             true,
	"images-ext-1.discordapp.net": true,
}

type transport struct{ f *Fake }

func (t transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !discordHosts[req.URL.Hostname()] && req.URL.Host != t.f.addr {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, fmt.Errorf("discordtest: refusing request to %s: not a Discord host", req.URL.Host)
	}
	r := req.Clone(req.Context())
	r.URL.Scheme = "http"
	r.URL.Host = t.f.addr
	r.Host = ""
	return t.f.tr.RoundTrip(r)
}

// Transport returns a RoundTripper that sends requests for Discord's hosts
// to the fake and refuses every other host.
func (f *Fake) Transport() http.RoundTripper { return transport{f} }

// HTTPClient returns a client using Transport.
func (f *Fake) HTTPClient() *http.Client {
	return &http.Client{Transport: f.Transport(), Timeout: time.Minute}
}

// Configure points a discordgo session at the fake: REST through Transport
// (the gateway address comes from the fake's /gateway answer). It does not
// touch ShouldReconnectOnError: tests usually want false (a closed fake
// otherwise makes discordgo reconnect forever), a reconnect test wants true.
func (f *Fake) Configure(s *discordgo.Session) {
	// Generous: the first validated request may wait for the validator.
	s.Client = f.HTTPClient()
	d := *websocket.DefaultDialer
	d.HandshakeTimeout = 10 * time.Second
	s.Dialer = &d
}

// Close stops the server, closes gateway connections and waits for the
// fake's goroutines. Pending Interact calls return ErrClosed.
func (f *Fake) Close() {
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		return
	}
	f.closed = true
	close(f.done)
	conns := make([]*gwConn, 0, len(f.conns))
	for c := range f.conns {
		conns = append(conns, c)
	}
	f.mu.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := f.srv.Shutdown(ctx); err != nil {
		f.srv.Close()
	}
	f.wg.Wait()
	f.tr.CloseIdleConnections()
}

// newID returns a snowflake: milliseconds since Discord's epoch and a
// process-unique increment.
func (f *Fake) newID() string {
	ms := time.Now().UnixMilli() - 1420070400000
	return strconv.FormatInt(ms<<22|(f.idSeq.Add(1)&0x3fffff), 10)
}

func randomToken(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func statFile(path string) (int64, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	if fi.IsDir() {
		return 0, errors.New("is a directory")
	}
	return fi.Size(), nil
}
