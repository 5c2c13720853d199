package trust

import (
	"strings"
	"time"
)

// ServerFeed is a feed one server added for itself (/sources add), as
// that server sees it: the shared source (one per URL, however many
// servers added it) and the server's own name for it.
type ServerFeed struct {
	Source  SourceState
	GuildID string
	Name    string // the server's name for the feed
	AddedBy string // the user ID of who added it
	AddedAt time.Time
}

// FeedPreview is a feed read once, when a server adds it: what the
// answer shows.
type FeedPreview struct {
	URL    string // normalised: the feed's key, however many servers add it
	Title  string // the feed's own title; "" when it has none
	Items  int    // entries in the feed
	Newest []Item // up to three, newest first
}

// GuildOnly returns an alert's vendor hits as the guilds that added the
// feed it came from see them, so that routing (Subscription.Deliver and
// storage's SQL) and every view keep the alert to those guilds: each hit
// once per guild that may see it (a global vendor for each of them, a
// guild's own vendor for that guild only), with Guild set to that guild.
// No guild, no hit: the alert reaches nobody.
func GuildOnly(hits []VendorHit, guilds []string) []VendorHit {
	var out []VendorHit
	for _, g := range guilds {
		seen := map[string]bool{}
		for _, h := range hits {
			if h.Guild != "" && h.Guild != g {
				continue
			}
			k := strings.ToLower(h.Name)
			if seen[k] {
				continue
			}
			seen[k] = true
			h.Guild = g
			out = append(out, h)
		}
	}
	return out
}

// FeedUnreadable is why a feed a server is adding cannot be read: a
// failure, which the bot puts into the words /sources uses, or Reason, a
// sentence for the user.
type FeedUnreadable struct {
	Failure Failure
	Reason  string
}

func (e *FeedUnreadable) Error() string {
	if e.Reason != "" {
		return "feed unreadable: " + e.Reason
	}
	return "feed unreadable: " + e.Failure.Kind + ": " + e.Failure.Detail
}
