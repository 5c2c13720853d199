package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// EventEmbed renders an event for a guild: its lead alert as AlertEmbed
// does, plus whether a primary source confirmed it and the outlets that
// reported it, linked. Like AlertEmbed it fits every Discord limit and
// escapes all feed text. alerts are the event's, oldest first.
func EventEmbed(ev trust.Event, alerts []trust.Alert, guildID string) *discordgo.MessageEmbed {
	lead := &trust.Alert{Title: ev.Title, Link: ev.Link, Category: ev.Category}
	for i := range alerts {
		if alerts[i].ID == ev.LeadAlertID {
			lead = &alerts[i]
		}
	}
	if lead.ID == 0 && len(alerts) > 0 {
		lead = &alerts[0]
	}
	e := AlertEmbed(lead, guildID)
	e.Description = ""

	status := "Press reports"
	if ev.ConfirmedBy != "" {
		status = "Confirmed by " + EscapeTrunc(oneLine(ev.ConfirmedBy), 200)
	}
	fields := []*discordgo.MessageEmbedField{{Name: "Status", Value: status, Inline: true}}
	if len(alerts) > 1 {
		lines := make([]string, 0, len(alerts))
		for i := range alerts {
			lines = append(lines, outletLine(&alerts[i]))
		}
		name := "+" + strconv.Itoa(len(alerts)-1) + " more report"
		if len(alerts) > 2 {
			name += "s"
		}
		if ev.Sources > 1 {
			name += " · " + strconv.Itoa(ev.Sources) + " sources"
		}
		fields = append(fields, &discordgo.MessageEmbedField{Name: name, Value: fitLines(lines, maxFieldValue)})
	}
	// After the lead's own fields, before "Why".
	at := len(e.Fields)
	if at > 0 && e.Fields[at-1].Name == "Why" {
		at--
	}
	e.Fields = append(e.Fields[:at:at], append(fields, e.Fields[at:]...)...)
	e.Footer = &discordgo.MessageEmbedFooter{Text: "vendorwatch · event " + strconv.FormatInt(ev.ID, 10)}
	room := min(maxEmbedTotal-embedLength(e), maxDescription)
	if s := lead.SummaryBody(); s != "" && room > 1 {
		e.Description = EscapeTrunc(s, room)
	}
	return e
}

// outletLine is one report of an event: linked source and headline.
func outletLine(a *trust.Alert) string {
	title := orDash(EscapeTrunc(oneLine(a.Title), 120), "(untitled)")
	src := orDash(EscapeTrunc(oneLine(a.Source), 60), "unknown source")
	if u := safeURL(a.Link); u != "" {
		title = "[" + title + "](" + u + ")"
	}
	return "• **" + src + "**: " + title
}

// postEmbed is the embed an outbox row posts: its event as it stands now
// when it has one, so that reports that joined before the post went out
// are in it; else the alert.
func (b *Bot) postEmbed(ctx context.Context, row OutboxEntry) *discordgo.MessageEmbed {
	if b.opts.Events != nil && row.Alert.EventID != 0 {
		ev, alerts, err := b.opts.Events.Event(ctx, row.Alert.EventID)
		if err == nil && len(alerts) > 0 {
			return EventEmbed(ev, alerts, row.GuildID)
		}
		if err != nil {
			b.log.Warn("read event; posting the alert alone", "event_id", row.Alert.EventID, "error", err)
		}
	}
	return AlertEmbed(&row.Alert, row.GuildID)
}

// messageEdit is the body of a message edit, with only the documented
// fields the bot sets. discordgo's MessageEdit has untagged ID and Channel
// fields, so as a body it sends "ID":"" and "Channel":"", which Discord
// ignores and stricter servers refuse.
type messageEdit struct {
	Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions,omitempty"`
}

// editEvent re-renders an event's message in one channel from the
// event's whole state, so that an edit repeated after a crash or a lost
// answer changes nothing. A message that is gone, or whose edit Discord
// refuses (editLost), is replaced by a new post whose nonce makes a
// repeated replacement one message.
func (b *Bot) editEvent(ctx context.Context, ed trust.EventEdit) {
	log := b.log.With("event_id", ed.EventID, "channel_id", ed.ChannelID, "message_id", ed.MessageID)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), b.opts.RequestTimeout)
	defer cancel()
	ev, alerts, err := b.opts.Events.Event(ctx, ed.EventID)
	if err != nil || len(alerts) == 0 {
		if ctx.Err() == nil {
			log.Error("read event for edit", "error", err)
			if err := b.opts.Events.EditRetry(sctx, ed, b.opts.Now().Add(b.backoff(ed.Attempts)), "read event"); err != nil {
				log.Error("mark edit for retry", "error", err)
			}
		}
		return
	}
	embeds := []*discordgo.MessageEmbed{EventEmbed(ev, alerts, ed.GuildID)}
	err = b.rest(ctx, func(opt discordgo.RequestOption) error {
		_, err := b.session.RequestWithBucketID(http.MethodPatch,
			discordgo.EndpointChannelMessage(ed.ChannelID, ed.MessageID),
			messageEdit{Embeds: embeds, AllowedMentions: noMentions()},
			discordgo.EndpointChannelMessage(ed.ChannelID, ""), opt, discordgo.WithRetryOnRatelimit(false))
		return err
	})
	repost := ""
	var rest *discordgo.RESTError
	if gone, refused := editLost(err); gone || refused {
		if refused {
			log.Warn("event message edit refused; posting a new one", "error", errText(err))
		} else {
			log.Info("event message gone; posting a new one")
		}
		repost, err = b.post(ctx, ed.ChannelID, outboxMessage{
			MessageSend:  discordgo.MessageSend{Embeds: embeds, AllowedMentions: noMentions()},
			Nonce:        ed.RepostNonce,
			EnforceNonce: ed.RepostNonce != "",
		})
	}
	if err == nil {
		b.observe.Delivered("edited")
		if err := b.opts.Events.EditDone(sctx, ed, repost); err != nil {
			log.Error("mark edit done", "error", err)
		}
		return
	}
	if ctx.Err() != nil {
		return
	}
	b.observeFailure(err)
	var rl *discordgo.RateLimitError
	now := b.opts.Now()
	drop := func(reason string) {
		log.Error("event edit dropped", "reason", reason)
		if err := b.opts.Events.EditDropped(sctx, ed, reason); err != nil {
			log.Error("mark edit dropped", "error", err)
		}
	}
	switch {
	case errors.As(err, &rl):
		wait := max(rl.RetryAfter, 0)
		if wait == 0 {
			wait = b.opts.MinBackoff
		}
		if err := b.opts.Events.EditRetry(sctx, ed, now.Add(wait), "rate limited"); err != nil {
			log.Error("mark edit for retry", "error", err)
		}
	case errors.As(err, &rest) && rest.Response != nil && permanent(rest):
		reason := disableReason(rest)
		if n, err := b.opts.Store.DisableChannel(sctx, ed.ChannelID, reason); err != nil {
			log.Error("disable channel", "error", err)
		} else {
			log.Warn("channel disabled", "reason", reason, "subscriptions", n)
		}
		drop(reason)
	case errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode < 500 &&
		rest.Response.StatusCode != http.StatusTooManyRequests && rest.Response.StatusCode != http.StatusUnauthorized:
		drop("rejected by discord: " + restSummary(rest))
	case ed.Attempts+1 >= b.opts.MaxAttempts:
		drop("gave up after " + strconv.Itoa(ed.Attempts+1) + " attempts: " + errText(err))
	default:
		log.Warn("event edit failed; will retry", "attempt", ed.Attempts+1, "error", errText(err))
		if err := b.opts.Events.EditRetry(sctx, ed, now.Add(b.backoff(ed.Attempts)), errText(err)); err != nil {
			log.Error("mark edit for retry", "error", err)
		}
	}
}

// editLost reports whether an edit failed for the message itself rather
// than the channel or the moment: it is gone (10008), or Discord refused
// this edit of it with another 4xx (30046, too many edits of an old
// message, say). Either way the event's state reaches the channel only as
// a new message. A 401, a 429 or a channel the bot may not use (403, or a
// 404 other than the message's) is not the message's fault.
func editLost(err error) (gone, refused bool) {
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response == nil {
		return false, false
	}
	if rest.Message != nil && rest.Message.Code == discordgo.ErrCodeUnknownMessage {
		return true, false
	}
	st := rest.Response.StatusCode
	return false, st >= 400 && st < 500 && !permanent(rest) &&
		st != http.StatusTooManyRequests && st != http.StatusUnauthorized
}

// post sends a channel message and returns its id ("" when Discord's
// answer had none).
func (b *Bot) post(ctx context.Context, channelID string, msg outboxMessage) (string, error) {
	var body []byte
	err := b.rest(ctx, func(opt discordgo.RequestOption) error {
		var err error
		body, err = b.session.RequestWithBucketID(http.MethodPost, discordgo.EndpointChannelMessages(channelID), msg,
			discordgo.EndpointChannelMessages(channelID), opt, discordgo.WithRetryOnRatelimit(false))
		return err
	})
	if err != nil {
		return "", fmt.Errorf("post to channel %s: %w", channelID, err)
	}
	var m struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(body, &m); err != nil {
		return "", nil
	}
	return m.ID, nil
}

// timelineEntry is an event as a line of a vendor's trust timeline.
func timelineEntry(ev trust.Event) trust.TimelineEntry {
	text := ev.Title
	if ev.Sources > 1 {
		text += " (" + strconv.Itoa(ev.Sources) + " sources)"
	}
	if ev.ConfirmedBy != "" {
		text += ", confirmed by " + ev.ConfirmedBy
	}
	return trust.TimelineEntry{Date: ev.First, Text: text, URL: ev.Link}
}
