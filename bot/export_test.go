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
