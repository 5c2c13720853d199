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
