// Package explain says what the daemon did with one article: where it was
// seen, whether it alerted and why (or why not), which event it joined, and
// for each subscription whether it went there. The command line's
// `vendorwatch explain` and the bot's /explain both call Explain.
package explain

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/poller"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// Explain tells what vendorwatch did with the article at link: where it
// was seen, whether it alerted and why (or why not), which event it
// joined, and where it went or why not. guildID limits the deliveries to
// one guild's subscriptions (and the vendors to what it may see); "" is
// every guild (the command line).
func Explain(ctx context.Context, db *storage.DB, p *poller.Pipeline, cfg *config.Config, link, guildID string) (bot.Explanation, error) {
	link = strings.TrimSpace(link)
	art, err := db.AlertByLink(ctx, link)
	if errors.Is(err, storage.ErrNotFound) {
		if c := sources.CanonicalLink(link); c != "" && c != link {
			art, err = db.AlertByLink(ctx, c)
		}
	}
	if errors.Is(err, storage.ErrNotFound) {
		return bot.Explanation{Lines: []string{"Not seen: no source has carried " + link + " since this database was made."}}, nil
	}
	if err != nil {
		return bot.Explanation{}, err
	}
	ex := bot.Explanation{Seen: true, Title: art.Title, Link: art.Link}
	add := func(format string, args ...any) { ex.Lines = append(ex.Lines, fmt.Sprintf(format, args...)) }

	var seen []string
	for _, s := range art.Sightings {
		seen = append(seen, s.Source+" ("+s.SeenAt.UTC().Format("2006-01-02 15:04")+")")
	}
	add("Seen in: %s.", strings.Join(seen, ", "))
	if art.DateKnown {
		add("Published %s; first seen %s.", art.Published.UTC().Format("2006-01-02 15:04 MST"), art.FirstSeen.UTC().Format("2006-01-02 15:04 MST"))
	} else {
		add("No publication date in the feed; first seen %s.", art.FirstSeen.UTC().Format("2006-01-02 15:04 MST"))
	}
	threshold := cfg.Matching.Threshold

	a := art.Alert
	if a == nil {
		explainNoAlert(p, cfg, art, add)
		return ex, nil
	}
	if guildID != "" {
		a.Vendors = slices.DeleteFunc(a.Vendors, func(v trust.VendorHit) bool { return v.Guild != "" && v.Guild != guildID })
		if len(a.Vendors) == 0 {
			// The alert is other servers' only: their own vendors, or
			// their own feed's (trust.GuildOnly).
			add("No alert for this server: it was alerted only for other servers (their own watchlists or feeds).")
			return ex, nil
		}
	}
	add("Alerted: %s, against the threshold %.1f; severity %s, category %s.", a.Why(), threshold, a.Severity, a.Category.Label())
	if a.Evidence != "" {
		add("Evidence: %q", a.Evidence)
	}
	if err := explainList(ctx, db, cfg, a, add); err != nil {
		return bot.Explanation{}, err
	}
	if a.EventID != 0 {
		ev, alerts, err := db.Event(ctx, a.EventID)
		if err != nil {
			return bot.Explanation{}, err
		}
		how := "started it"
		if len(alerts) > 0 && alerts[0].ID != a.ID {
			how = fmt.Sprintf("joined it (first report: %q from %s)", alerts[0].Title, alerts[0].Source)
		}
		confirmed := "press reports only"
		if ev.ConfirmedBy != "" {
			confirmed = "confirmed by " + ev.ConfirmedBy
		}
		add("Event %d: %d report(s) from %d source(s), %s; this article %s.", ev.ID, ev.Alerts, ev.Sources, confirmed, how)
	}
	return ex, explainDeliveries(ctx, db, a, guildID, add)
}

// explainNoAlert says why an article made no alert. Its body is not kept,
// so the matcher is run again on the title alone.
func explainNoAlert(p *poller.Pipeline, cfg *config.Config, art storage.Article, add func(string, ...any)) {
	backfill := cfg.Backfill.D()
	old := !art.DateKnown || art.Published.Before(art.FirstSeen.Add(-backfill))
	m, ok := p.Matcher().Match(art.Title, "")
	switch {
	case ok && old:
		add("No alert: its source was read for the first time and the article was older than the backfill window (%s), so it was stored without an alert. Its title alone matches now: %s.", backfill, m.Why())
	case ok:
		add("No alert when it was read. Its title alone matches now (%s), so the watchlist or the rules changed since, or another feed carried it first.", m.Why())
	case old:
		add("No alert: older than the backfill window (%s) when its source was first read; and its title alone names no watched vendor with a trust signal scoring %.1f or more.", backfill, cfg.Matching.Threshold)
	default:
		add("No alert: no watched vendor next to a trust signal scoring %.1f or more (the title alone, checked again now, does not match; the body is not kept). A vendor in the title with the signal only in the lead, or the reverse, is coverage: it joins an open event as a further report and never starts a post.", cfg.Matching.Threshold)
	}
}

// explainDeliveries goes through the subscriptions and says, for each,
// whether the alert went there and why not.
func explainDeliveries(ctx context.Context, db *storage.DB, a *trust.Alert, guildID string, add func(string, ...any)) error {
	subs, err := db.Subscriptions(ctx, guildID)
	if err != nil {
		return err
	}
	dels, err := db.AlertDeliveries(ctx, a.ID)
	if err != nil {
		return err
	}
	byChannel := map[string]storage.EventDelivery{}
	for _, d := range dels {
		byChannel[d.ChannelID] = d
	}
	if len(subs) == 0 {
		add("Subscriptions: none, so it was posted nowhere.")
		return nil
	}
	told := map[string]bool{}
	mutes := map[string][]trust.Mute{}
	for _, s := range subs {
		if _, ok := mutes[s.GuildID]; !ok {
			ms, err := db.Mutes(ctx, s.GuildID, a.CreatedAt)
			if err != nil {
				return err
			}
			mutes[s.GuildID] = ms
		}
	}
	for _, s := range subs {
		what := "every vendor"
		if s.Vendor != "" {
			what = s.Vendor
		}
		scope := ""
		if s.Scope == trust.ScopeAny {
			scope = ", any vendor"
		}
		if s.OSS {
			scope += ", open-source packages"
		}
		where := fmt.Sprintf("Channel %s (subscription %d: %s%s, %s and up)", s.ChannelID, s.ID, what, scope, max(s.MinSeverity, trust.SeverityLow))
		if guildID == "" {
			where = fmt.Sprintf("Guild %s channel %s (subscription %d: %s%s, %s and up)", s.GuildID, s.ChannelID, s.ID, what, scope, max(s.MinSeverity, trust.SeverityLow))
		}
		// The rule as it stood when the alert was routed: its mutes then.
		muted := func(vendor string) bool {
			for _, m := range mutes[s.GuildID] {
				if m.ChannelID == s.ChannelID && (m.Vendor == "" || strings.EqualFold(m.Vendor, vendor)) {
					return true
				}
			}
			return false
		}
		dv := s.Deliver(a, a.CreatedAt, muted)
		d, delivered := byChannel[s.ChannelID]
		switch {
		case s.Disabled:
			add("%s: no, the subscription is disabled (%s).", where, s.DisabledReason)
		case delivered && told[s.ChannelID]:
			add("%s: duplicate, the channel gets it once, through its other subscription.", where)
		case delivered && d.Kind == "post":
			status := d.Status
			if d.LastError != "" {
				status += " (" + d.LastError + ")"
			}
			add("%s: posted, %s.", where, status)
			told[s.ChannelID] = true
		case delivered && d.Kind == "held":
			why := "for the channel's digest"
			if d.LastError == "quiet" {
				why = "until the end of quiet hours, for one digest then"
			}
			if d.Status == "waiting" {
				add("%s: held %s.", where, why)
			} else {
				add("%s: held %s; the digest is %s.", where, why, d.Status)
			}
			told[s.ChannelID] = true
		case delivered:
			add("%s: not posted again: it joined an event already posted there, whose message is edited instead (edit %s).", where, d.Status)
			told[s.ChannelID] = true
		case s.CreatedAt.After(a.CreatedAt):
			add("%s: no, subscribed after the alert was made.", where)
		case !dv.Receives:
			add("%s: no, %s.", where, deliveryWhy(dv.Why, a, s))
		default:
			add("%s: no, it was not routed there.", where)
		}
	}
	return nil
}

// deliveryWhy puts trust.Delivery's reason into words.
func deliveryWhy(why string, a *trust.Alert, s storage.Subscription) string {
	switch why {
	case "severity":
		return fmt.Sprintf("filtered by severity: %s is below %s", a.Severity, s.MinSeverity)
	case "guild":
		return "the alert's vendors are not this server's"
	case "vendor":
		return "filtered by vendor: the alert is about " + strings.Join(a.VendorNames(), ", ")
	case "scope":
		return "the alert's vendors are not in the registry, and the subscription's scope is the watchlist"
	case "oss":
		return "an open-source package compromise, which the subscription has not opted into"
	case "muted":
		return "its vendors were muted in the channel"
	}
	return why
}
