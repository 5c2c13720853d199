package bot

import (
	"context"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Errors the Store returns where the bot tells the user something specific:
// the domain's, so that *storage.DB is a Store as it is.
var (
	ErrNotFound = trust.ErrNotFound
	ErrExists   = trust.ErrExists
	ErrLimit    = trust.ErrLimit
)

// The domain types the Store speaks, under short names.
type (
	Subscription = trust.Subscription
	OutboxEntry  = trust.OutboxEntry
	AlertQuery   = trust.AlertQuery
	SourceState  = trust.SourceState
	Failure      = trust.Failure
)

// Outbox is what the dispatcher needs: pending rows (at most the oldest
// per channel, due at now; or one channel's next) and the three ways a
// send ends.
type Outbox interface {
	PendingOutbox(ctx context.Context, now time.Time, limit int) ([]OutboxEntry, error)
	// NextOutbox is the channel's oldest pending row, when it is due.
	NextOutbox(ctx context.Context, channelID string, now time.Time) (OutboxEntry, bool, error)
	MarkSent(ctx context.Context, id int64, messageID string) error
	MarkRetry(ctx context.Context, id int64, notBefore time.Time, errText string) error
	MarkDropped(ctx context.Context, id int64, reason string) error
	// DisableChannel disables every subscription of a channel the bot can
	// no longer post to (and drops their pending rows).
	DisableChannel(ctx context.Context, channelID, reason string) (int, error)
}

// Store is what the bot needs from the database: the outbox plus what the
// slash commands read and change. The dispatcher's workers and the command
// handlers call it concurrently.
type Store interface {
	Outbox
	RecentAlerts(ctx context.Context, q AlertQuery) ([]trust.Alert, error)
	CountAlerts(ctx context.Context, q AlertQuery) (int, error)
	// AddGuildVendor returns ErrExists or ErrLimit.
	AddGuildVendor(ctx context.Context, v trust.Vendor) error
	// RemoveGuildVendor returns ErrNotFound.
	RemoveGuildVendor(ctx context.Context, guildID, name string) error
	GuildVendors(ctx context.Context, guildID string) ([]trust.Vendor, error)
	// ImportGuildVendors adds or updates many in one transaction; ErrLimit
	// (nothing stored) when the guild would have more than
	// MaxGuildVendors.
	ImportGuildVendors(ctx context.Context, guildID string, vs []trust.Vendor) error
	// AlertMonths counts a vendor's alerts by month and category.
	AlertMonths(ctx context.Context, q AlertQuery) ([]trust.MonthCount, error)
	// AlertVendors returns up to limit names of vendors with alerts the
	// guild sees that start with prefix (vendors first seen in the news
	// included), for autocompletion.
	AlertVendors(ctx context.Context, guild, prefix string, limit int) ([]string, error)
	// AddSubscription returns ErrExists or ErrLimit (more than maxPerGuild).
	AddSubscription(ctx context.Context, s Subscription, maxPerGuild int) (Subscription, error)
	// RemoveSubscriptions removes a channel's subscriptions: all of them
	// when vendor is "", else the one for vendor.
	RemoveSubscriptions(ctx context.Context, guildID, channelID, vendor string) (int, error)
	Subscriptions(ctx context.Context, guildID string) ([]Subscription, error)
	// UpdateSubscription replaces an existing subscription's delivery
	// settings; ErrNotFound when there is none.
	UpdateSubscription(ctx context.Context, s Subscription) (Subscription, error)
	Sources(ctx context.Context) ([]SourceState, error)
	// A server's own feeds: AddServerFeed returns ErrExists (the guild has
	// the URL, or a feed of that name) or ErrLimit (maxPerGuild reached);
	// RemoveServerFeed, by name or URL, ErrNotFound.
	AddServerFeed(ctx context.Context, f trust.ServerFeed, url, title string, maxPerGuild int) (trust.ServerFeed, error)
	RemoveServerFeed(ctx context.Context, guildID, feed string) (trust.ServerFeed, error)
	ServerFeeds(ctx context.Context, guildID string) ([]trust.ServerFeed, error)

	// Digests: the subscriptions that may have one to close, closing one
	// (once, see storage.CloseDigest), and reading one to render.
	DigestSubscriptions(ctx context.Context) ([]trust.DigestDue, error)
	CloseDigest(ctx context.Context, subscriptionID int64, reason string, last, firedAt time.Time) (int64, error)
	Digest(ctx context.Context, id int64) (trust.Digest, error)

	// Flood returns the summary of a poll's alerts beyond what it may
	// post one by one (an alert row's RefID).
	Flood(ctx context.Context, id int64) (trust.Flood, error)

	// Feed health: a notice to render, and each guild's channel for them.
	HealthEvent(ctx context.Context, id int64) (trust.HealthEvent, error)
	SetHealthChannel(ctx context.Context, guildID, channelID string) error
	HealthChannel(ctx context.Context, guildID string) (string, error)

	// Mutes; Unmute returns ErrNotFound when there is no such mute.
	Mute(ctx context.Context, m trust.Mute) error
	Unmute(ctx context.Context, guildID, channelID, vendor string) error
	Mutes(ctx context.Context, guildID string, now time.Time) ([]trust.Mute, error)
}

// Events is what the bot needs for one message per event: the event with
// its alerts to render, the vendor's events for /vendor, and the messages
// to re-render with the three ways an edit ends.
type Events interface {
	Event(ctx context.Context, id int64) (trust.Event, []trust.Alert, error)
	VendorEvents(ctx context.Context, vendor string, limit int) ([]trust.Event, error)
	PendingEdits(ctx context.Context, now time.Time, gap time.Duration, limit int) ([]trust.EventEdit, error)
	// EditDone records the edit; repostID names a replacement message
	// posted because the old one was gone.
	EditDone(ctx context.Context, e trust.EventEdit, repostID string) error
	EditRetry(ctx context.Context, e trust.EventEdit, notBefore time.Time, errText string) error
	EditDropped(ctx context.Context, e trust.EventEdit, reason string) error
}
