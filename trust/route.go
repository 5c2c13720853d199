package trust

import (
	"strings"
	"time"
)

// Delivery is whether and how a subscription receives an alert.
type Delivery struct {
	// Receives is false when the subscription does not get the alert;
	// Why then says which rule stopped it: "disabled", "severity",
	// "guild" (no vendor of the alert is the guild's to see), "vendor"
	// (filtered to another vendor), "scope" (only vendors outside the
	// registry, and the scope is the watchlist), "oss" (a package
	// compromise, not opted into), "muted".
	Receives bool
	Why      string
	// Held is "" for a post now, "digest" for the subscription's next
	// digest, "quiet" for the end of its quiet hours.
	Held string
	// Ping is true when the post mentions the subscription's role.
	Ping bool
	// Vendors are the alert's vendors this subscription is about.
	Vendors []string
}

// Deliver is the one rule for "does this subscription get this alert,
// and how": storage's routing (in SQL, held to this by a test), explain
// and the /subscribe preview all follow it. muted reports whether a
// vendor is muted in the subscription's channel at now; nil for none.
//
// An alert reaches a subscription when the subscription is enabled, the
// alert's severity is at least its minimum, and one of the alert's vendors
// is one the guild can see (global, or the guild's own), is the
// subscription's vendor when it has one (names compare case-insensitively),
// is within its scope (a vendor outside the registry only for scope
// "any"; a package compromise only when OSS is on), and is not muted. It
// is then held for a digest (digest mode) or for the end of quiet hours
// (below their severity), else posted, mentioning the role when the
// severity reaches the ping threshold.
func (s Subscription) Deliver(a *Alert, now time.Time, muted func(vendor string) bool) Delivery {
	switch {
	case s.Disabled:
		return Delivery{Why: "disabled"}
	case a.Severity < s.MinSeverity:
		return Delivery{Why: "severity"}
	case a.Category == CategoryOSS && !s.OSS:
		return Delivery{Why: "oss"}
	}
	why := "guild"
	var vendors []string
	for _, v := range a.Vendors {
		if v.Guild != "" && v.Guild != s.GuildID {
			continue
		}
		if s.Vendor != "" && !strings.EqualFold(v.Name, s.Vendor) {
			why = "vendor"
			continue
		}
		if v.Unlisted && s.Scope != ScopeAny && a.Category != CategoryOSS {
			why = "scope"
			continue
		}
		if muted != nil && muted(v.Name) {
			why = "muted"
			continue
		}
		vendors = append(vendors, v.Name)
	}
	if len(vendors) == 0 {
		return Delivery{Why: why}
	}
	d := Delivery{Receives: true, Vendors: vendors}
	d.Held, d.Ping = s.Manner(a.Severity, now)
	return d
}

// Manner is how a subscription that gets an alert of severity sev at now
// receives it: held for its digest ("digest") or for the end of its quiet
// hours ("quiet"), else posted, mentioning its role when ping is true.
// Deliver and storage's routing both use it.
func (s Subscription) Manner(sev Severity, now time.Time) (held string, ping bool) {
	switch {
	case s.Mode == ModeDigest:
		held = "digest"
	default:
		// A zone that no longer loads (it was checked when the
		// subscription was made) posts rather than holds: nothing is
		// lost.
		if quiet, err := s.Quiet.Holds(sev, now); err == nil && quiet {
			held = "quiet"
		}
	}
	return held, held == "" && s.PingRole != "" && sev >= s.PingMin
}
