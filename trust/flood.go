package trust

import "time"

// Flood is what one poll of one source found for a channel beyond what it
// may post there one by one: those alerts are told in one summary message
// instead, so that a source yielding a thousand matches cannot bury the
// channel (or hold back another source's critical alert for a quarter of
// an hour at Discord's five messages per five seconds).
type Flood struct {
	ID        int64
	Source    string
	GuildID   string
	ChannelID string
	Posted    int           // alerts of the poll posted one by one
	Alerts    int           // alerts the summary stands for
	Vendors   []FloodVendor // the guild's view of their vendors, most alerts first
	CreatedAt time.Time
}

// FloodVendor is a vendor of a flood's alerts and how many of them name it.
type FloodVendor struct {
	Name   string `json:"name"`
	Alerts int    `json:"alerts"`
}
