package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// closeDigests closes the digests due at now: a digest subscription's
// scheduled digest once its next fire time after the last digest has
// come, and the alerts a subscription held during quiet hours once they
// have ended. Closing queues the digest's messages in the outbox, which
// the dispatcher reads next. One query when nothing is due. It reports
// whether it closed a digest or failed: then the round has not settled.
func (b *Bot) closeDigests(ctx context.Context, now time.Time) bool {
	due, err := b.opts.Store.DigestSubscriptions(ctx)
	if err != nil {
		if ctx.Err() == nil {
			b.log.Error("read digest subscriptions", "error", err)
		}
		return true
	}
	busy := false
	for _, d := range due {
		s := d.Subscription
		log := b.log.With("subscription_id", s.ID, "channel_id", s.ChannelID)
		if s.Mode == trust.ModeDigest && b.closeScheduled(ctx, log, s, now) {
			busy = true
		}
		if d.HeldQuiet > 0 && b.releaseQuiet(ctx, log, s, d.OldestQuiet, now) {
			busy = true
		}
	}
	b.badSchedules.keep(due)
	return busy
}

// closeScheduled closes s's scheduled digest when a fire time after its
// last digest has come. A bot that was down across several fire times
// sends one digest, fired at the latest of them, rather than one per
// missed time. It reports whether it closed a digest or failed to; a
// schedule that no longer parses is neither.
func (b *Bot) closeScheduled(ctx context.Context, log *slog.Logger, s Subscription, now time.Time) bool {
	sched, err := ParseDigestSchedule(s.Schedule, s.Zone)
	if err != nil {
		// The schedule was checked when it was set; a zone database
		// without the zone any more, say, is worth one line, not one a tick.
		if b.badSchedules.first(s) {
			log.Error("digest schedule no longer parses; no digest is sent", "schedule", s.Schedule, "zone", s.Zone, "error", err)
		}
		return false
	}
	fire := lastFire(sched, s.LastDigest, now)
	if fire.IsZero() {
		return false
	}
	id, err := b.opts.Store.CloseDigest(ctx, s.ID, "digest", s.LastDigest, fire)
	if err != nil {
		if ctx.Err() == nil {
			log.Error("close digest", "error", err)
		}
		return true
	}
	if id != 0 {
		log.Info("digest closed", "digest_id", id, "fired_at", fire)
	}
	return id != 0
}

// releaseQuiet sends the alerts s held during quiet hours as one digest
// once the quiet hours are over (or were turned off). When quiet hours
// hold now but the oldest held alert's ended meanwhile (the bot was down
// across their end), the alerts held in those earlier hours go out, and
// tonight's wait for tonight's end. A zone that no longer loads releases
// them: nothing stays held for good. It reports whether it released
// alerts or failed to.
func (b *Bot) releaseQuiet(ctx context.Context, log *slog.Logger, s Subscription, oldest, now time.Time) bool {
	cut := now
	active, err := s.Quiet.Active(now)
	if err != nil {
		log.Warn("quiet hours' zone no longer loads; releasing held alerts", "zone", s.Quiet.Zone, "error", err)
	} else if active {
		end, err := s.Quiet.EndAfter(oldest)
		if err != nil || end.After(now) {
			return false
		}
		cut = end
	}
	id, err := b.opts.Store.CloseDigest(ctx, s.ID, "quiet", s.LastDigest, cut)
	if err != nil {
		if ctx.Err() == nil {
			log.Error("release alerts held in quiet hours", "error", err)
		}
		return true
	}
	if id != 0 {
		log.Info("quiet hours over; held alerts released", "digest_id", id)
	}
	return id != 0
}

// lastFire returns the latest fire time of sched after last and at or
// before now, or the zero time when there is none. The usual case (one
// fire time due, or none) costs one or two Next calls; after downtime the
// search looks back from now in growing windows, so that it steps through
// a few fire times rather than every one missed.
func lastFire(sched DigestSchedule, last, now time.Time) time.Time {
	f := sched.Next(last)
	if f.IsZero() || f.After(now) {
		return time.Time{}
	}
	if n := sched.Next(f); n.IsZero() || n.After(now) {
		return f
	}
	for _, w := range []time.Duration{time.Hour, 48 * time.Hour, 62 * 24 * time.Hour, 800 * 24 * time.Hour, 0} {
		from := f
		if w > 0 && now.Add(-w).After(f) {
			from = now.Add(-w)
		}
		g := sched.Next(from)
		if g.IsZero() || g.After(now) {
			continue
		}
		for {
			h := sched.Next(g)
			if h.IsZero() || h.After(now) {
				return g
			}
			g = h
		}
	}
	return f
}

// scheduleLog remembers the subscriptions whose broken schedule was
// logged, so that it is logged once while it stays broken.
type scheduleLog struct {
	mu     sync.Mutex
	logged map[int64]string // subscription → schedule and zone logged
}

// first reports whether s's schedule was not logged as broken yet, and
// remembers it.
func (l *scheduleLog) first(s Subscription) bool {
	key := s.Schedule + "\x00" + s.Zone
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.logged[s.ID] == key {
		return false
	}
	if l.logged == nil {
		l.logged = map[int64]string{}
	}
	l.logged[s.ID] = key
	return true
}

// keep forgets the subscriptions no longer among due, and those whose
// schedule changed, so that the map does not grow.
func (l *scheduleLog) keep(due []trust.DigestDue) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.logged) == 0 {
		return
	}
	still := make(map[int64]string, len(due))
	for _, d := range due {
		s := d.Subscription
		still[s.ID] = s.Schedule + "\x00" + s.Zone
	}
	for id, key := range l.logged {
		if still[id] != key {
			delete(l.logged, id)
		}
	}
}

// digestMessage renders part row.Part of digest row.RefID. Digests never
// ping: allowed_mentions stays empty.
func (b *Bot) digestMessage(ctx context.Context, row OutboxEntry) (discordgo.MessageSend, error) {
	d, err := b.opts.Store.Digest(ctx, row.RefID)
	if err != nil {
		return discordgo.MessageSend{}, fmt.Errorf("digest message: %w", err)
	}
	return discordgo.MessageSend{
		Embeds:          []*discordgo.MessageEmbed{DigestEmbed(d, row.Part, row.GuildID)},
		AllowedMentions: noMentions(),
	}, nil
}

// digestLine is the room one event's line of a digest may take: a full
// part's lines and the note on left-out events fit the description.
const digestLine = (maxDescription - 96) / trust.DigestPerMessage

// DigestEmbed renders part (from 0) of a digest for a guild as one embed
// within Discord's limits: a title with the number of events and, for a
// scheduled digest, the time of the previous one in d.Zone; one line per
// event, most severe first (severity, linked headline, vendors, category,
// number of reports); and on the last part the number of events left out
// when the digest had more than DigestMaxMessages messages can show. All
// feed text is escaped.
func DigestEmbed(d trust.Digest, part int, guildID string) *discordgo.MessageEmbed {
	parts := max(d.Parts, 1)
	events := len(d.Groups)
	title := "Vendor-trust digest — " + countNoun(events, "event")
	if d.Reason == "quiet" {
		title = "Held during quiet hours — " + countNoun(events, "event")
	} else if !d.Since.IsZero() {
		loc, err := trust.LoadZone(d.Zone)
		name := d.Zone
		if err != nil || name == "" {
			loc, name = time.UTC, "UTC"
		}
		title += " since " + d.Since.In(loc).Format("Mon 2 Jan 15:04") + " (" + name + ")"
	}
	e := &discordgo.MessageEmbed{Title: Truncate(title, maxTitle), Color: severityColour(trust.SeverityLow)}
	if !d.FiredAt.IsZero() {
		e.Timestamp = d.FiredAt.UTC().Format(time.RFC3339)
	}

	from := min(part*trust.DigestPerMessage, events)
	to := min(from+trust.DigestPerMessage, events)
	lines := make([]string, 0, to-from)
	for _, g := range d.Groups[from:to] {
		if len(g.Alerts) > 0 {
			lines = append(lines, digestGroupLine(g, guildID))
		}
	}
	if from < to {
		e.Color = severityColour(d.Groups[from].Severity)
	}
	desc := fitLines(lines, maxDescription-96)
	if len(lines) == 0 {
		desc = "These events are no longer stored."
	}
	if left := events - parts*trust.DigestPerMessage; left > 0 && part == parts-1 {
		desc += "\n\n*" + countNoun(left, "more event") + " left out: a digest shows at most " +
			strconv.Itoa(parts*trust.DigestPerMessage) + ".*"
	}
	e.Description = desc

	footer := "vendorwatch · " + countNoun(d.Alerts, "report")
	if parts > 1 {
		footer += " · part " + strconv.Itoa(part+1) + " of " + strconv.Itoa(parts)
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	return e
}

// digestGroupLine is one event of a digest on one line within digestLine
// characters: its headline is its lead report's (the oldest held one when
// the lead was not held), linked when the link fits.
func digestGroupLine(g trust.DigestGroup, guildID string) string {
	lead := &g.Alerts[0]
	for i := range g.Alerts {
		if g.Event.ID != 0 && g.Alerts[i].ID == g.Event.LeadAlertID {
			lead = &g.Alerts[i]
		}
	}
	var vendors []string
	seen := map[string]bool{}
	for i := range g.Alerts {
		for _, v := range visibleVendors(&g.Alerts[i], guildID) {
			if !seen[strings.ToLower(v)] {
				seen[strings.ToLower(v)] = true
				vendors = append(vendors, v)
			}
		}
	}
	rest := ""
	if len(vendors) > 0 {
		rest += " — " + EscapeTrunc(strings.Join(vendors, ", "), 80)
	}
	if c := lead.Category.Label(); c != "" {
		rest += " · " + EscapeTrunc(c, 60)
	}
	if len(g.Alerts) > 1 {
		rest += " · " + strconv.Itoa(len(g.Alerts)) + " reports"
	}
	head := "**" + severityText(g.Severity) + "** · "
	title := orDash(EscapeTrunc(oneLine(lead.Title), 150), "(untitled)")
	// A long link shortens the headline, down to 40 characters; a longer
	// one is left out.
	if u := safeURL(lead.Link); u != "" {
		if room := digestLine - runes(head) - runes(rest) - runes(u) - 4; room >= 40 {
			title = "[" + orDash(EscapeTrunc(oneLine(lead.Title), min(room, 150)), "(untitled)") + "](" + u + ")"
		}
	}
	return head + title + rest
}

// countNoun is "1 event", "2 events".
func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
