package discordtest

import (
	"strconv"
	"time"
)

// Sharding as Discord does it: a guild belongs to shard
// (guild_id >> 22) % num_shards; only that shard's connection hears of it
// (READY, GUILD_CREATE, GUILD_DELETE, its interactions). An IDENTIFY is
// refused when its connection would serve more than GuildsPerShard
// guilds (4011), when its shard is out of range (4010), or when it comes
// sooner than IdentifyInterval after the last one of its bucket,
// shard_id % max_concurrency (4008).

// ShardOf is the shard of a guild among count shards, by Discord's
// formula; 0 for an ID that is not a snowflake (a DM).
func ShardOf(guildID string, count int) int {
	if count <= 1 {
		return 0
	}
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

// serves reports whether a connection identified with shard hears of the
// guild; an unsharded connection hears of every guild. DMs ("") go to
// shard 0, as on Discord.
func serves(shard *[2]int, guildID string) bool {
	if shard == nil || shard[1] <= 1 {
		return true
	}
	return ShardOf(guildID, shard[1]) == shard[0]
}

// admitIdentifyLocked checks an IDENTIFY's shard against the fake's
// limits and, when it passes, counts it in its bucket. It returns the
// close code and text that refuse it, or 0.
func (f *Fake) admitIdentifyLocked(shard *[2]int, now time.Time) (int, string) {
	id, count := 0, 1
	if shard != nil {
		id, count = shard[0], shard[1]
	}
	if count < 1 || id < 0 || id >= count {
		return 4010, "Invalid shard."
	}
	bucket := id % f.opts.MaxConcurrency
	if last, ok := f.lastIdentify[bucket]; ok && f.opts.IdentifyInterval > 0 && now.Sub(last) < f.opts.IdentifyInterval {
		line := "gateway IDENTIFY shard " + strconv.Itoa(id) + "/" + strconv.Itoa(count) + ": within " +
			f.opts.IdentifyInterval.String() + " of the last IDENTIFY of bucket " + strconv.Itoa(bucket)
		f.violations = append(f.violations, line)
		f.opts.Logf("discordtest: violation: %s", line)
		return 4008, "Rate limited."
	}
	f.lastIdentify[bucket] = now
	n := 0
	for _, gid := range f.guildOrder {
		if serves(shard, gid) {
			n++
		}
	}
	if n > f.opts.GuildsPerShard {
		return 4011, "Sharding required."
	}
	return 0, ""
}

// recommendedShardsLocked is what GET /gateway/bot answers.
func (f *Fake) recommendedShardsLocked() int {
	if f.opts.RecommendedShards > 0 {
		return f.opts.RecommendedShards
	}
	per := max(1, f.opts.GuildsPerShard*2/5)
	return max(1, (len(f.guildOrder)+per-1)/per)
}

// gatewayBot is GET /gateway/bot's answer: the gateway, the recommended
// shard count and the session start limit, whose remaining count goes
// down with every IDENTIFY.
func (f *Fake) gatewayBot() map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	const total = 1000
	used := 0
	for _, id := range f.identifies {
		if !id.Resume {
			used++
		}
	}
	return map[string]any{
		"url":    f.GatewayURL(),
		"shards": f.recommendedShardsLocked(),
		"session_start_limit": map[string]any{
			"total": total, "remaining": max(0, total-used), "reset_after": 86400000,
			"max_concurrency": f.opts.MaxConcurrency,
		},
	}
}

// connsFor is every ready connection whose shard serves the guild.
func (f *Fake) connsFor(guildID string) []*gwConn {
	var out []*gwConn
	for _, c := range f.readyConns() {
		if s := c.session(); s != nil && serves(s.shard, guildID) {
			out = append(out, c)
		}
	}
	return out
}

// RemoveGuild removes a guild (the bot was kicked) and sends GUILD_DELETE
// to the connections whose shard served it. Its channels stay, so that
// later requests to them can be refused as a test sets up.
func (f *Fake) RemoveGuild(id string) {
	conns := f.connsFor(id)
	f.mu.Lock()
	if _, ok := f.guilds[id]; !ok {
		f.mu.Unlock()
		return
	}
	delete(f.guilds, id)
	for i, gid := range f.guildOrder {
		if gid == id {
			f.guildOrder = append(f.guildOrder[:i:i], f.guildOrder[i+1:]...)
			break
		}
	}
	f.mu.Unlock()
	for _, c := range conns {
		c.event("GUILD_DELETE", map[string]any{"id": id})
	}
}

// DropShard closes, without a close frame, the ready connections
// identified as shard id (with any count; id 0 includes unsharded ones),
// like a network failure on that shard alone. It returns how many it
// closed.
func (f *Fake) DropShard(id int) int {
	n := 0
	for _, c := range f.readyConns() {
		s := c.session()
		if s == nil {
			continue
		}
		sid := 0
		if s.shard != nil {
			sid = s.shard[0]
		}
		if sid == id {
			c.ws.NetConn().Close()
			n++
		}
	}
	return n
}
