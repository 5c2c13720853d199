package bot

import "reflect"

// RateLimitBuckets is how many buckets discordgo's rate limiter holds. It
// has no accessor; reflect reads the unexported map's length under the
// limiter's own lock.
func (b *Bot) RateLimitBuckets() int {
	rl := b.session.Ratelimiter
	rl.Lock()
	defer rl.Unlock()
	return reflect.ValueOf(rl).Elem().FieldByName("buckets").Len()
}

// StateGuilds is how many guilds discordgo's state cache holds.
func (b *Bot) StateGuilds() int {
	st := b.session.State
	st.RLock()
	defer st.RUnlock()
	return len(st.Guilds)
}

// ShardsShareREST reports whether every shard's session has the bot's
// HTTP client and rate limiter, so that per-route buckets are shared.
func (b *Bot) ShardsShareREST() bool {
	for _, sh := range b.shardList() {
		if sh.s.Client != b.session.Client || sh.s.Ratelimiter != b.session.Ratelimiter {
			return false
		}
	}
	return true
}

// DispatchRounds is how many rounds the dispatcher has begun.
func (b *Bot) DispatchRounds() int64 { return b.rounds.begun.Load() }

// SettledRound is the last round of the dispatcher that closed no digest
// and found no row due, and after which no turn was left running or
// waiting.
func (b *Bot) SettledRound() int64 { return b.rounds.settled.Load() }
