package trust

import "time"

// Event is one happening that several alerts (outlets) report: the same
// vendors, the same category, close in time and in wording. Its message
// grows as sources join instead of each alert being posted.
type Event struct {
	ID          int64
	Category    Category
	Vendors     []string // canonical names, sorted
	First, Last time.Time
	LeadAlertID int64  // the alert whose headline leads the message
	Title, Link string // the lead alert's
	Alerts      int    // alerts (articles) in the event
	Sources     int    // distinct sources among them
	ConfirmedBy string // the first primary source among them; "" = press reports only
}

// EventEdit is a channel's message for an event that must be re-rendered
// because the event changed.
type EventEdit struct {
	EventID   int64
	GuildID   string
	ChannelID string
	MessageID string // the message to edit
	Gen       int64  // the event's change count when read; see EditDone
	Attempts  int
	// RepostNonce is the nonce to post a replacement with when the message
	// is gone, so that a repost after a crash is not made twice.
	RepostNonce string
}

// Digest is a channel's held alerts sent together: on its subscription's
// schedule (Reason "digest") or when quiet hours end ("quiet").
type Digest struct {
	ID                 int64
	GuildID, ChannelID string
	Reason             string
	Zone               string    // the subscription's time zone; "" = UTC
	Since, FiredAt     time.Time // Since is zero for a subscription's first digest
	Alerts             int       // alerts in it
	Parts              int       // messages it takes
	// Groups are its events (and alerts without one), most severe first,
	// then oldest first; part k shows Groups[k*DigestPerMessage:].
	Groups []DigestGroup
}

// DigestGroup is one event of a digest: the event (ID 0 for an alert
// without one) and its alerts held for the digest, oldest first.
type DigestGroup struct {
	Event    Event
	Alerts   []Alert
	Severity Severity // the highest of Alerts
}

// Digest sizes: events per message and messages per digest. A digest with
// more events than fit says how many it left out.
const (
	DigestPerMessage  = 10
	DigestMaxMessages = 5
)

// DigestDue is a subscription that may have a digest to close: a digest
// subscription, or one with alerts held for the end of quiet hours.
type DigestDue struct {
	Subscription Subscription
	HeldDigest   int // alerts held for its next scheduled digest
	HeldQuiet    int // alerts held until its quiet hours end
	// OldestQuiet is when the oldest of those was held: if its quiet
	// period is over but another has begun (the bot was down across the
	// end), they are due all the same.
	OldestQuiet time.Time
}
