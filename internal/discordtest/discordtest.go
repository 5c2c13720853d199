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
package discordtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
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
	// SpecPath is Discord's openapi.json. Default: walk up from the working
	// directory to go.mod, then ../shared/discord-api-spec/openapi.json.
	SpecPath string
	// Logf, when set, receives one line per request and per violation.
	Logf func(format string, args ...any)
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
	closed       bool
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
		tr:           &http.Transport{MaxIdleConnsPerHost: 16, IdleConnTimeout: 30 * time.Second},
	}
	f.idSeq.Store(1)

	path := opts.SpecPath
	if path == "" {
		path, err = findSpec()
	}
	switch {
	case err != nil:
		f.specMsg = fmt.Sprintf("discordtest: Discord OpenAPI spec not found (%v): schema validation skipped, limit checks still on", err)
	default:
		if _, statErr := statFile(path); statErr != nil {
			f.specMsg = fmt.Sprintf("discordtest: Discord OpenAPI spec %s absent: schema validation skipped, limit checks still on", path)
		} else {
			f.spec = loadSpec(path)
		}
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
	return fmt.Sprintf("discordtest: validating against %s (validator built in %v)", f.spec.path, f.spec.buildTime.Round(time.Millisecond))
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

// AddGuild adds a guild, sent in READY and GUILD_CREATE (and as
// GUILD_CREATE to connections that are already ready).
func (f *Fake) AddGuild(id, name string) {
	f.mu.Lock()
	if _, ok := f.guilds[id]; !ok {
		f.guilds[id] = &guild{id: id, name: name}
		f.guildOrder = append(f.guildOrder, id)
	} else {
		f.guilds[id].name = name
	}
	d := f.guildCreateLocked(id)
	var conns []*gwConn
	for c := range f.conns {
		if c.isReady() {
			conns = append(conns, c)
		}
	}
	f.mu.Unlock()
	for _, c := range conns {
		c.event("GUILD_CREATE", d)
	}
}

// AddChannel adds a channel to a guild (created when missing); for an
// existing channel it only changes the type. Messages can only be sent to
// channels that were added.
func (f *Fake) AddChannel(guildID, channelID string, typ discordgo.ChannelType) {
	f.mu.Lock()
	defer f.mu.Unlock()
	g, ok := f.guilds[guildID]
	if !ok {
		g = &guild{id: guildID, name: "guild-" + guildID}
		f.guilds[guildID] = g
		f.guildOrder = append(f.guildOrder, guildID)
	}
	if c, ok := f.channels[channelID]; ok {
		c.typ = typ
		return
	}
	g.channels = append(g.channels, channelID)
	f.channels[channelID] = &channel{id: channelID, guildID: guildID, typ: typ, nonces: map[string]*Message{}}
}

// DeleteChannel makes every later request to the channel fail with 404 code
// 10003 Unknown Channel.
func (f *Fake) DeleteChannel(channelID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if c, ok := f.channels[channelID]; ok {
		c.deleted = true
	}
}

// DenyAccess makes requests to the channel fail with 403 and code (50001
// Missing Access or 50013 Missing Permissions); code 0 lifts the denial.
func (f *Fake) DenyAccess(channelID string, code int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if c, ok := f.channels[channelID]; ok {
		c.denyCode = code
	}
}

// SetChannelRateLimit limits message creates to n per window in every
// channel (Discord: 5 per 5 s). n <= 0 removes the limit.
func (f *Fake) SetChannelRateLimit(n int, per time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rateN, f.ratePer = n, per
	for _, c := range f.channels {
		c.window, c.used = time.Time{}, 0
	}
}

// SetGlobalRateLimit limits the bot to n REST requests within any window
// of length per, as Discord's global limit does (50 a second), counted on
// arrival. Interaction callbacks and follow-ups (/interactions/...,
// /webhooks/...) are exempt, as on Discord; a refused request does not
// count. Over the limit the fake answers 429 with global set. n <= 0
// removes the limit.
func (f *Fake) SetGlobalRateLimit(n int, per time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.globalN, f.globalPer, f.globalTimes, f.globalHits = n, per, nil, 0
}

// GlobalLimited is how many requests the global limit refused.
func (f *Fake) GlobalLimited() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.globalHits
}

// globalLimited applies SetGlobalRateLimit to a request; it reports
// whether it answered 429. A sliding window: stricter than fixed
// one-second windows, so a bot that passes here passes those. Times are
// taken under the lock, so the window stays in order.
func (f *Fake) globalLimited(w http.ResponseWriter, apiPath string) bool {
	if tokenRoute(apiPath) {
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.globalN <= 0 {
		return false
	}
	now := time.Now()
	keep := 0
	for keep < len(f.globalTimes) && now.Sub(f.globalTimes[keep]) >= f.globalPer {
		keep++
	}
	f.globalTimes = f.globalTimes[keep:]
	if len(f.globalTimes) < f.globalN {
		f.globalTimes = append(f.globalTimes, now)
		return false
	}
	f.globalHits++
	after := f.globalTimes[0].Add(f.globalPer).Sub(now).Seconds()
	h := w.Header()
	h.Set("X-RateLimit-Global", "true")
	h.Set("X-RateLimit-Scope", "global")
	h.Set("Retry-After", strconv.Itoa(int(after+0.999)))
	writeJSON(w, http.StatusTooManyRequests, map[string]any{"message": "You are being rate limited.", "retry_after": after, "global": true})
	return true
}

// SetLatency delays every REST answer by d (0 removes the delay). The
// interaction deadline is measured on arrival, before the delay.
func (f *Fake) SetLatency(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.latency = d
}

// SetAnswerDelay holds every REST answer for d after the fake has carried
// the request out (0 removes the hold): a message exists, and shows in
// Messages, while its creator still waits for the answer. A crash test that
// kills the bot meanwhile hits the gap between Discord's answer and the
// bot's own record of it.
func (f *Fake) SetAnswerDelay(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.answerDelay = d
}

// FailNext makes the next n message creates in the channel fail with status
// (500, 502, 503, or 429 for a rate limit the headers did not announce, as
// Discord's shared limits do). discordgo retries 502 itself, each retry
// using one of the n.
func (f *Fake) FailNext(channelID string, status, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if c, ok := f.channels[channelID]; ok {
		c.failStatus, c.failN = status, n
	}
}

// Messages returns copies of the messages created in a channel, oldest
// first. Interaction responses are not channel messages here: see Response.
func (f *Fake) Messages(channelID string) []Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	c, ok := f.channels[channelID]
	if !ok {
		return nil
	}
	out := make([]Message, 0, len(c.msgs))
	for _, m := range c.msgs {
		out = append(out, m.clone())
	}
	return out
}

// MessageCount is how many messages the channels hold in all, for
// waiting on many without copying them.
func (f *Fake) MessageCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.channels {
		n += len(c.msgs)
	}
	return n
}

// Commands returns the registered commands: global ones first, then guild
// ones by guild ID, each list in registration order.
func (f *Fake) Commands() []Command {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Command
	for _, c := range f.commands[""] {
		out = append(out, *c)
	}
	gids := make([]string, 0, len(f.commands))
	for gid := range f.commands {
		if gid != "" {
			gids = append(gids, gid)
		}
	}
	sort.Strings(gids)
	for _, gid := range gids {
		for _, c := range f.commands[gid] {
			out = append(out, *c)
		}
	}
	return out
}

// Requests returns every REST request received so far.
func (f *Fake) Requests() []Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Request(nil), f.requests...)
}

// Violations returns one line per request Discord would have rejected as
// the bot's fault (bad body, limits, late or repeated interaction answers,
// unknown routes). A test of a well-behaved bot asserts it is empty.
func (f *Fake) Violations() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.violations...)
}

func (f *Fake) violation(r *http.Request, problems ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range problems {
		line := r.Method + " " + r.URL.Path + ": " + p
		f.violations = append(f.violations, line)
		f.opts.Logf("discordtest: violation: %s", line)
	}
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

// statusWriter remembers the status for the request log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

type ctxKey int

const arrivalKey ctxKey = 0

func arrival(r *http.Request) time.Time {
	if t, ok := r.Context().Value(arrivalKey).(time.Time); ok {
		return t
	}
	return time.Now()
}

func (f *Fake) serveHTTP(w http.ResponseWriter, r *http.Request) {
	now := time.Now()
	if r.URL.Path == "/" && websocket.IsWebSocketUpgrade(r) {
		f.serveGateway(w, r)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 16<<20))
	if err != nil {
		http.Error(w, "read body", http.StatusBadRequest)
		return
	}
	if len(body) == 0 {
		body = nil
	}
	r = r.WithContext(context.WithValue(r.Context(), arrivalKey, now))
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		f.mu.Lock()
		f.requests = append(f.requests, Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Body: body, Status: sw.status, Time: now})
		f.mu.Unlock()
		f.opts.Logf("discordtest: %s %s -> %d", r.Method, r.URL.Path, sw.status)
	}()

	f.mu.Lock()
	latency, answerDelay := f.latency, f.answerDelay
	f.mu.Unlock()
	if latency > 0 {
		t := time.NewTimer(latency)
		select {
		case <-t.C:
		case <-f.done:
			t.Stop()
		}
	}

	version, apiPath, ok := splitAPIPath(r.URL.Path)
	if !ok || (version != "v9" && version != "v10") {
		f.violation(r, "route not implemented by discordtest")
		writeError(sw, http.StatusNotFound, 0, "404: Not Found")
		return
	}
	if !tokenRoute(apiPath) && r.Header.Get("Authorization") != f.opts.Token {
		f.violation(r, "missing or wrong Authorization header")
		writeError(sw, http.StatusUnauthorized, 0, "401: Unauthorized")
		return
	}
	if f.globalLimited(sw, apiPath) {
		return
	}
	if done := f.callbackArrived(apiPath, now); done != nil {
		defer done()
	}
	if f.spec != nil {
		ct := r.Header.Get("Content-Type")
		if problems := f.spec.validate(r.Method, apiPath, r.URL.RawQuery, ct, body); len(problems) > 0 {
			f.invalid(sw, r, problems)
			return
		}
	}
	if answerDelay <= 0 {
		f.route(sw, r, apiPath, body)
		return
	}
	held := &heldWriter{header: sw.Header()}
	f.route(held, r, apiPath, body)
	t := time.NewTimer(answerDelay)
	select {
	case <-t.C:
	case <-f.done:
		t.Stop()
	}
	held.flush(sw)
}

// heldWriter keeps an answer until flush, for SetAnswerDelay.
type heldWriter struct {
	header http.Header
	status int
	body   []byte
}

func (w *heldWriter) Header() http.Header { return w.header }

func (w *heldWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}

func (w *heldWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	w.body = append(w.body, b...)
	return len(b), nil
}

func (w *heldWriter) flush(to http.ResponseWriter) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	to.WriteHeader(w.status)
	_, _ = to.Write(w.body)
}

// splitAPIPath turns /api/v9/channels/1 into ("v9", "/channels/1").
func splitAPIPath(p string) (version, rest string, ok bool) {
	after, found := strings.CutPrefix(p, "/api/")
	if !found {
		return "", "", false
	}
	version, rest, _ = strings.Cut(after, "/")
	return version, "/" + rest, true
}

// tokenRoute reports routes authorised by a token in the path (or not at all).
func tokenRoute(apiPath string) bool {
	return strings.HasPrefix(apiPath, "/interactions/") || strings.HasPrefix(apiPath, "/webhooks/") ||
		apiPath == "/gateway"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func writeError(w http.ResponseWriter, status, code int, msg string) {
	writeJSON(w, status, map[string]any{"message": msg, "code": code})
}

// invalid answers 400 Invalid Form Body and records the problems. The
// errors object is flat (one key per problem path) rather than Discord's
// nested one: tests read Violations, not this body.
func (f *Fake) invalid(w http.ResponseWriter, r *http.Request, problems []string) {
	f.violation(r, problems...)
	errs := map[string]any{}
	for _, p := range problems {
		key, msg, _ := strings.Cut(p, ": ")
		errs[key] = map[string]any{"_errors": []map[string]string{{"code": "BASE_TYPE_INVALID", "message": msg}}}
	}
	writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": discordgo.ErrCodeInvalidFormBody, "errors": errs})
}

// route dispatches an authorised, schema-valid API request.
func (f *Fake) route(w http.ResponseWriter, r *http.Request, apiPath string, body []byte) {
	seg := strings.Split(strings.Trim(apiPath, "/"), "/")
	m := r.Method
	match := func(method string, pattern ...string) bool {
		if m != method || len(seg) != len(pattern) {
			return false
		}
		for i, p := range pattern {
			if p != "*" && p != seg[i] {
				return false
			}
		}
		return true
	}
	genericHeaders(w, apiPath)
	switch {
	case match("GET", "gateway"):
		writeJSON(w, 200, map[string]any{"url": f.GatewayURL()})
	case match("GET", "gateway", "bot"):
		writeJSON(w, 200, map[string]any{"url": f.GatewayURL(), "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 86400000, "max_concurrency": 1}})
	case match("GET", "users", "@me"):
		writeJSON(w, 200, f.botUser())
	case match("GET", "applications", "@me"), match("GET", "oauth2", "applications", "@me"):
		writeJSON(w, 200, map[string]any{"id": f.opts.ApplicationID, "name": f.opts.BotUsername, "description": "",
			"bot_public": false, "bot_require_code_grant": false, "verify_key": "0", "flags": 0, "bot": f.botUser()})
	case match("GET", "channels", "*"):
		f.getChannel(w, r, seg[1])
	case match("POST", "channels", "*", "messages"):
		f.createMessage(w, r, seg[1], body)
	case match("GET", "channels", "*", "messages"):
		f.listMessages(w, r, seg[1])
	case match("GET", "channels", "*", "messages", "*"), match("PATCH", "channels", "*", "messages", "*"),
		match("DELETE", "channels", "*", "messages", "*"):
		f.channelMessage(w, r, seg[1], seg[3], body)
	case seg[0] == "applications" && len(seg) >= 3 && seg[2] == "commands":
		f.commandsRoute(w, r, seg[1], "", seg[3:], body)
	case seg[0] == "applications" && len(seg) >= 5 && seg[2] == "guilds" && seg[4] == "commands":
		f.commandsRoute(w, r, seg[1], seg[3], seg[5:], body)
	case match("POST", "interactions", "*", "*", "callback"):
		f.callback(w, r, seg[1], seg[2], body)
	case match("POST", "webhooks", "*", "*"):
		f.followup(w, r, seg[1], seg[2], body)
	case match("GET", "webhooks", "*", "*", "messages", "*"), match("PATCH", "webhooks", "*", "*", "messages", "*"),
		match("DELETE", "webhooks", "*", "*", "messages", "*"):
		f.webhookMessage(w, r, seg[1], seg[2], seg[4], body)
	default:
		f.violation(r, "route not implemented by discordtest")
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
	}
}

// genericHeaders gives every answer rate-limit headers with room to spare;
// message creates overwrite them with their channel's real state.
func genericHeaders(w http.ResponseWriter, apiPath string) {
	h := w.Header()
	h.Set("X-RateLimit-Limit", "50")
	h.Set("X-RateLimit-Remaining", "49")
	h.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", float64(time.Now().Add(time.Second).UnixMilli())/1000))
	h.Set("X-RateLimit-Reset-After", "1.000")
	h.Set("X-RateLimit-Bucket", bucketHash(apiPath))
}

func bucketHash(s string) string {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return strconv.FormatUint(h, 16)
}

func (f *Fake) botUser() map[string]any {
	return map[string]any{"id": f.opts.BotUserID, "username": f.opts.BotUsername, "discriminator": "0",
		"global_name": nil, "avatar": nil, "bot": true, "flags": 0}
}

// channelErr answers for a missing, deleted or denied channel; it must be
// called with f.mu held and reports whether it answered.
func channelErr(w http.ResponseWriter, c *channel) bool {
	switch {
	case c == nil || c.deleted:
		writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownChannel, "Unknown Channel")
	case c.denyCode == discordgo.ErrCodeMissingPermissions:
		writeError(w, http.StatusForbidden, c.denyCode, "Missing Permissions")
	case c.denyCode != 0:
		writeError(w, http.StatusForbidden, c.denyCode, "Missing Access")
	default:
		return false
	}
	return true
}

func (f *Fake) getChannel(w http.ResponseWriter, r *http.Request, id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.channels[id]
	if channelErr(w, c) {
		return
	}
	writeJSON(w, 200, f.channelJSONLocked(c))
}

func (f *Fake) channelJSONLocked(c *channel) map[string]any {
	return map[string]any{"id": c.id, "type": c.typ, "guild_id": c.guildID, "name": "channel-" + c.id,
		"position": 0, "permission_overwrites": []any{}, "nsfw": false, "parent_id": nil, "flags": 0}
}

func (f *Fake) guildCreateLocked(id string) map[string]any {
	g := f.guilds[id]
	chans := []any{}
	for _, cid := range g.channels {
		if c := f.channels[cid]; c != nil && !c.deleted {
			chans = append(chans, f.channelJSONLocked(c))
		}
	}
	return map[string]any{"id": g.id, "name": g.name, "unavailable": false, "owner_id": "1",
		"channels": chans, "threads": []any{}, "roles": []any{}, "emojis": []any{}, "members": []any{},
		"voice_states": []any{}, "presences": []any{}, "stage_instances": []any{}, "member_count": 1,
		"joined_at": time.Now().UTC().Format(time.RFC3339), "large": false, "features": []any{}}
}

func (f *Fake) messageJSON(m *Message) map[string]any {
	var embeds any = []any{}
	if len(m.Embeds) > 0 {
		embeds = m.Embeds
	}
	out := map[string]any{
		"id": m.ID, "channel_id": m.ChannelID, "type": 0, "content": m.Content, "embeds": embeds,
		"author": f.botUser(), "timestamp": m.Created.UTC().Format(time.RFC3339Nano), "edited_timestamp": nil,
		"tts": false, "mention_everyone": false, "mentions": []any{}, "mention_roles": []any{},
		"attachments": []any{}, "components": []any{}, "pinned": false, "flags": m.Flags,
	}
	if m.Nonce != "" {
		out["nonce"] = m.Nonce
	}
	return out
}

// parseMessage decodes a message body; a body the spec check let through
// can still fail here when the spec is absent.
func parseMessage(body []byte) (*messageBody, error) {
	var b messageBody
	if err := json.Unmarshal(body, &b); err != nil {
		return nil, fmt.Errorf("body: invalid JSON: %v", err)
	}
	return &b, nil
}

// acceptEdit parses a message edit's body and checks its limits,
// answering 400 (and recording the violation) when they are broken.
func (f *Fake) acceptEdit(w http.ResponseWriter, r *http.Request, body []byte) *messageBody {
	b, err := parseMessage(body)
	if err != nil {
		f.invalid(w, r, []string{err.Error()})
		return nil
	}
	if problems := checkMessage(b); len(problems) > 0 {
		f.invalid(w, r, problems)
		return nil
	}
	return b
}

// acceptMessage parses a new message's body and checks it as Discord would,
// answering 400 (and recording the violation) when it is not acceptable.
func (f *Fake) acceptMessage(w http.ResponseWriter, r *http.Request, body []byte) *messageBody {
	b := f.acceptEdit(w, r, body)
	if b == nil {
		return nil
	}
	if b.empty() {
		f.violation(r, "cannot send an empty message")
		writeError(w, http.StatusBadRequest, discordgo.ErrCodeCannotSendEmptyMessage, "Cannot send an empty message")
		return nil
	}
	return b
}

func (f *Fake) createMessage(w http.ResponseWriter, r *http.Request, channelID string, body []byte) {
	f.mu.Lock()
	c := f.channels[channelID]
	if channelErr(w, c) {
		f.mu.Unlock()
		return
	}
	if c.typ == discordgo.ChannelTypeGuildCategory || c.typ == discordgo.ChannelTypeGuildForum || c.typ == discordgo.ChannelTypeGuildMedia {
		f.mu.Unlock()
		f.violation(r, fmt.Sprintf("cannot send messages in a channel of type %d", c.typ))
		writeError(w, http.StatusBadRequest, discordgo.ErrCodeCannotSendMessagesInVoiceChannel, "Cannot send messages in a non-text channel")
		return
	}
	if f.rateLimitLocked(w, c) {
		f.mu.Unlock()
		return
	}
	if c.failN > 0 {
		c.failN--
		status := c.failStatus
		f.mu.Unlock()
		if status == http.StatusTooManyRequests {
			writeTooMany(w, channelID, 1.5, 5)
			return
		}
		writeError(w, status, 0, fmt.Sprintf("%d: %s", status, http.StatusText(status)))
		return
	}
	f.mu.Unlock()

	b := f.acceptMessage(w, r, body)
	if b == nil {
		return
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	nonce := b.nonce()
	if b.EnforceNonce && nonce != "" {
		if m, ok := c.nonces[nonce]; ok {
			writeJSON(w, http.StatusOK, f.messageJSON(m))
			return
		}
	}
	m := newMessage(f.newID(), channelID, b, body)
	c.msgs = append(c.msgs, m)
	if b.EnforceNonce && nonce != "" {
		c.nonces[nonce] = m
	}
	writeJSON(w, http.StatusOK, f.messageJSON(m))
}

func newMessage(id, channelID string, b *messageBody, raw []byte) *Message {
	m := &Message{ID: id, ChannelID: channelID, Flags: b.Flags, Nonce: b.nonce(), EnforceNonce: b.EnforceNonce,
		Raw: append(json.RawMessage(nil), raw...), Created: time.Now()}
	m.apply(b)
	return m
}

// apply sets the fields a body carries; absent fields keep their value, as
// in a PATCH.
func (m *Message) apply(b *messageBody) {
	if b.Content != nil {
		m.Content = *b.Content
	}
	if b.Embeds != nil {
		m.Embeds = b.Embeds
	}
	if present(b.AllowedMentions) || string(b.AllowedMentions) == "{}" {
		m.AllowedMentions = append(json.RawMessage(nil), b.AllowedMentions...)
	}
	if b.Flags != 0 {
		m.Flags = b.Flags
	}
}

// rateLimitLocked applies SetChannelRateLimit to a message create and sets
// the channel's rate-limit headers; it reports whether it answered 429.
func (f *Fake) rateLimitLocked(w http.ResponseWriter, c *channel) bool {
	if f.rateN <= 0 {
		return false
	}
	now := time.Now()
	if c.window.IsZero() || now.Sub(c.window) >= f.ratePer {
		c.window, c.used = now, 0
	}
	reset := c.window.Add(f.ratePer)
	after := reset.Sub(now).Seconds()
	h := w.Header()
	h.Set("X-RateLimit-Limit", strconv.Itoa(f.rateN))
	h.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", float64(reset.UnixMilli())/1000))
	h.Set("X-RateLimit-Reset-After", fmt.Sprintf("%.3f", after))
	h.Set("X-RateLimit-Bucket", bucketHash("channel-messages-"+c.id))
	if c.used >= f.rateN {
		writeTooMany(w, c.id, after, f.rateN)
		return true
	}
	c.used++
	h.Set("X-RateLimit-Remaining", strconv.Itoa(f.rateN-c.used))
	return false
}

func writeTooMany(w http.ResponseWriter, channelID string, after float64, limit int) {
	h := w.Header()
	h.Set("X-RateLimit-Limit", strconv.Itoa(limit))
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset-After", fmt.Sprintf("%.3f", after))
	h.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", float64(time.Now().Add(time.Duration(after*float64(time.Second))).UnixMilli())/1000))
	h.Set("X-RateLimit-Bucket", bucketHash("channel-messages-"+channelID))
	h.Set("X-RateLimit-Scope", "user")
	h.Set("Retry-After", strconv.Itoa(int(after+0.999)))
	writeJSON(w, http.StatusTooManyRequests, map[string]any{"message": "You are being rate limited.", "retry_after": after, "global": false})
}

func (f *Fake) listMessages(w http.ResponseWriter, r *http.Request, channelID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.channels[channelID]
	if channelErr(w, c) {
		return
	}
	out := []any{}
	for i := len(c.msgs) - 1; i >= 0; i-- {
		out = append(out, f.messageJSON(c.msgs[i]))
	}
	writeJSON(w, 200, out)
}

func (f *Fake) channelMessage(w http.ResponseWriter, r *http.Request, channelID, messageID string, body []byte) {
	var b *messageBody
	if r.Method == http.MethodPatch {
		if b = f.acceptEdit(w, r, body); b == nil {
			return
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.channels[channelID]
	if channelErr(w, c) {
		return
	}
	for i, m := range c.msgs {
		if m.ID != messageID {
			continue
		}
		switch r.Method {
		case http.MethodDelete:
			c.msgs = append(c.msgs[:i:i], c.msgs[i+1:]...)
			w.WriteHeader(http.StatusNoContent)
		case http.MethodPatch:
			m.apply(b)
			m.Edits++
			m.Raw = append(json.RawMessage(nil), body...)
			writeJSON(w, 200, f.messageJSON(m))
		default:
			writeJSON(w, 200, f.messageJSON(m))
		}
		return
	}
	writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownMessage, "Unknown Message")
}

func (f *Fake) commandsRoute(w http.ResponseWriter, r *http.Request, appID, guildID string, rest []string, body []byte) {
	if appID != f.opts.ApplicationID {
		f.violation(r, fmt.Sprintf("application ID %s is not the bot's (%s)", appID, f.opts.ApplicationID))
		writeError(w, http.StatusForbidden, discordgo.ErrCodeMissingAccess, "Missing Access")
		return
	}
	if guildID != "" {
		f.mu.Lock()
		_, ok := f.guilds[guildID]
		f.mu.Unlock()
		if !ok {
			writeError(w, http.StatusForbidden, discordgo.ErrCodeMissingAccess, "Missing Access")
			return
		}
	}
	switch {
	case len(rest) == 0 && r.Method == http.MethodGet:
		f.mu.Lock()
		out := []any{}
		for _, c := range f.commands[guildID] {
			out = append(out, c.ApplicationCommand)
		}
		f.mu.Unlock()
		writeJSON(w, 200, out)
	case len(rest) == 0 && (r.Method == http.MethodPut || r.Method == http.MethodPost):
		var raws []json.RawMessage
		if r.Method == http.MethodPut {
			if err := json.Unmarshal(body, &raws); err != nil {
				f.invalid(w, r, []string{"body: expected an array of commands: " + err.Error()})
				return
			}
		} else {
			raws = []json.RawMessage{body}
		}
		var bodies []commandBody
		for _, raw := range raws {
			var cb commandBody
			if err := json.Unmarshal(raw, &cb); err != nil {
				f.invalid(w, r, []string{"body: invalid command: " + err.Error()})
				return
			}
			bodies = append(bodies, cb)
		}
		if problems := checkCommands(bodies); len(problems) > 0 {
			f.invalid(w, r, problems)
			return
		}
		cmds, err := f.toCommands(guildID, raws)
		if err != nil {
			f.invalid(w, r, []string{"body: " + err.Error()})
			return
		}
		f.mu.Lock()
		if r.Method == http.MethodPut {
			f.commands[guildID] = cmds
		} else {
			f.upsertLocked(guildID, cmds[0])
		}
		f.mu.Unlock()
		if r.Method == http.MethodPut {
			out := make([]any, len(cmds))
			for i, c := range cmds {
				out[i] = c.ApplicationCommand
			}
			writeJSON(w, 200, out)
		} else {
			writeJSON(w, 201, cmds[0].ApplicationCommand)
		}
	case len(rest) == 1:
		f.mu.Lock()
		defer f.mu.Unlock()
		list := f.commands[guildID]
		for i, c := range list {
			if c.ID != rest[0] {
				continue
			}
			switch r.Method {
			case http.MethodDelete:
				f.commands[guildID] = append(list[:i:i], list[i+1:]...)
				w.WriteHeader(http.StatusNoContent)
			case http.MethodGet:
				writeJSON(w, 200, c.ApplicationCommand)
			default:
				f.violation(r, "command edit not implemented by discordtest")
				writeError(w, http.StatusMethodNotAllowed, 0, "405: Method Not Allowed")
			}
			return
		}
		writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownApplicationCommand, "Unknown application command")
	default:
		f.violation(r, "route not implemented by discordtest")
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
	}
}

// toCommands builds registered commands, keeping the ID of an existing
// command of the same name and type as Discord does on overwrite.
func (f *Fake) toCommands(guildID string, raws []json.RawMessage) ([]*Command, error) {
	f.mu.Lock()
	existing := map[string]string{}
	for _, c := range f.commands[guildID] {
		existing[fmt.Sprintf("%d/%s", c.Type, c.Name)] = c.ID
	}
	f.mu.Unlock()
	var out []*Command
	for _, raw := range raws {
		var ac discordgo.ApplicationCommand
		if err := json.Unmarshal(raw, &ac); err != nil {
			return nil, err
		}
		if ac.Type == 0 {
			ac.Type = discordgo.ChatApplicationCommand
		}
		if id, ok := existing[fmt.Sprintf("%d/%s", ac.Type, ac.Name)]; ok {
			ac.ID = id
		} else {
			ac.ID = f.newID()
		}
		ac.ApplicationID = f.opts.ApplicationID
		ac.GuildID = guildID
		ac.Version = f.newID()
		out = append(out, &Command{GuildID: guildID, ApplicationCommand: ac, Raw: append(json.RawMessage(nil), raw...)})
	}
	return out, nil
}

func (f *Fake) upsertLocked(guildID string, c *Command) {
	for i, old := range f.commands[guildID] {
		if old.ID == c.ID {
			f.commands[guildID][i] = c
			return
		}
	}
	f.commands[guildID] = append(f.commands[guildID], c)
}
