package trust

import (
	"errors"
	"time"
)

// Errors a store returns where callers branch: the bot tells a user
// "already subscribed" or "limit reached" from these.
var (
	ErrNotFound = errors.New("not found")
	ErrExists   = errors.New("already exists")
	ErrLimit    = errors.New("limit reached")
)

// SourceState is a feed source and its fetch state.
type SourceState struct {
	ID                       int64
	Name, URL                string
	ETag, LastModified       string
	LastAttempt, LastSuccess time.Time
	NextPoll                 time.Time
	Failures                 int
	LastError                string
	// Seeded is true once a successful fetch has been stored: before that,
	// the poller treats the feed's backlog as already seen.
	Seeded bool
}

// Subscription asks for a guild channel to receive alerts.
type Subscription struct {
	ID             int64
	GuildID        string
	ChannelID      string
	Vendor         string // "" for every vendor the guild can see
	MinSeverity    Severity
	CreatedAt      time.Time
	Disabled       bool
	DisabledReason string
}

// OutboxEntry is an alert waiting to be posted in a channel.
type OutboxEntry struct {
	ID             int64
	SubscriptionID int64 // 0 once the subscription is gone
	GuildID        string
	ChannelID      string
	// Nonce identifies the message to Discord (enforce_nonce), so that a
	// send retried after a lost answer is not posted twice. At most 25
	// characters, unique, and the same on every read of the row.
	Nonce     string
	Alert     Alert
	Attempts  int
	NotBefore time.Time
}

// AlertQuery selects alerts. Recent means by published date, newest first.
type AlertQuery struct {
	Vendor string // "" for any vendor; otherwise matched case-insensitively
	// Guild is whose view to take: alerts naming a global vendor or one
	// of that guild's own. "" is the global view alone.
	Guild       string
	MinSeverity Severity  // 0 for any
	Since       time.Time // published at or after; zero for any time
	Limit       int       // 0 means the store's default
}
