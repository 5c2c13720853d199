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

// MaxGuildVendors is how many vendors one guild may watch of its own,
// by /watch add or a supplier list import; each one costs every poll a
// little matching work. A team's supplier list is often 200 to 1,000
// vendors.
const MaxGuildVendors = 1000

// SourceState is a feed source and its fetch state.
type SourceState struct {
	ID                       int64
	Name, URL                string
	ETag, LastModified       string
	LastAttempt, LastSuccess time.Time
	NextPoll                 time.Time
	Failures                 int
	// LastError is the last failure's text, for operators: it holds the
	// feed's URL, so Discord never shows it.
	LastError string
	// LastFailure is the last failure as values. Failures stored before
	// its status, cap and detail were kept have only a Kind; older ones
	// not even that.
	LastFailure Failure
	// FailingSince is when the current run of failures began; zero while
	// the source is healthy.
	FailingSince time.Time
	// Down is true once the operators were told the source is down, until
	// they are told it recovered.
	Down bool
	// Seeded is true once a successful fetch has been stored: before that,
	// the poller treats the feed's backlog as already seen.
	Seeded bool
	// Server is true for a feed that servers added for themselves
	// (/sources add) rather than the config; Title is its own title,
	// shown instead of Name ("feed:" and its URL).
	Server bool
	Title  string
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

	// Mode is ModeInstant (post each alert) or ModeDigest (hold alerts for
	// a digest on Schedule, a cron expression in Zone).
	Mode     string
	Schedule string
	// Zone is the IANA time zone of Schedule and Quiet; "" means UTC.
	Zone string
	// PingRole is a role ID mentioned on alerts at or above PingMin; ""
	// for none.
	PingRole string
	PingMin  Severity
	// Quiet holds instant alerts below Quiet.Below during quiet hours and
	// releases them as one digest when they end. Quiet.Zone is Zone.
	Quiet QuietHours
	// LastDigest is when the last scheduled digest was closed; zero
	// before the first.
	LastDigest time.Time
	// Scope is ScopeWatchlist (alerts about registry vendors: the
	// default) or ScopeAny (also vendors the news names that are in no
	// registry). OSS opts into open-source package compromises, which
	// name a package rather than a vendor.
	Scope string
	OSS   bool
}

// Subscription scopes.
const (
	ScopeWatchlist = "watchlist"
	ScopeAny       = "any"
)

// Subscription modes.
const (
	ModeInstant = "instant"
	ModeDigest  = "digest"
)

// OutboxEntry is an alert waiting to be posted in a channel.
type OutboxEntry struct {
	ID             int64
	SubscriptionID int64 // 0 once the subscription is gone
	GuildID        string
	ChannelID      string
	// Nonce identifies the message to Discord (enforce_nonce), so that a
	// send retried after a lost answer is not posted twice. At most 25
	// characters, unique, and the same on every read of the row.
	Nonce string
	// Kind is OutboxAlert (Alert is set; with RefID, the summary of flood
	// RefID, which Alert leads), OutboxDigest (part Part of digest RefID)
	// or OutboxHealth (health event RefID).
	Kind      string
	RefID     int64
	Part      int
	Alert     Alert
	PingRole  string // a role to mention with the alert; "" for none
	Attempts  int
	NotBefore time.Time
}

// Outbox row kinds.
const (
	OutboxAlert  = "alert"
	OutboxDigest = "digest"
	OutboxHealth = "health"
)

// Mute keeps a vendor's alerts (every vendor's when Vendor is "") out of
// a channel until Until.
type Mute struct {
	GuildID, ChannelID string
	Vendor             string
	Until              time.Time
	CreatedBy          string
}

// HealthEvent is a source going down (failing for long enough) or coming
// back up, told to the operators' channels.
type HealthEvent struct {
	ID       int64
	Source   string
	URL      string
	State    string // "down" or "up"
	Failures int
	Since    time.Time // when the failures began
	Failure  Failure   // the last failure, as values
	Error    string    // the last failure's text, for operators (see SourceState.LastError)
	At       time.Time
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

// MonthCount is how many alerts of one category a vendor had in a
// calendar month (Month is its first instant, in UTC).
type MonthCount struct {
	Month    time.Time
	Category Category
	Count    int
}
