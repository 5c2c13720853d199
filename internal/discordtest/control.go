package discordtest

import (
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// AddGuild adds a guild, sent in READY and GUILD_CREATE (and as
// GUILD_CREATE to the ready connections whose shard serves it).
func (f *Fake) AddGuild(id, name string) {
	f.mu.Lock()
	if _, ok := f.guilds[id]; !ok {
		f.guilds[id] = &guild{id: id, name: name}
		f.guildOrder = append(f.guildOrder, id)
	} else {
		f.guilds[id].name = name
	}
	d := f.guildCreateLocked(id)
	f.mu.Unlock()
	// Only the shard that serves the guild hears of it, as on Discord.
	for _, c := range f.connsFor(id) {
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
