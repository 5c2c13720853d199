package bot

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// subscribe answers /subscribe: a new subscription for the channel and
// vendor, with the delivery settings given (instant or digest, role ping,
// quiet hours); or, when the channel has that subscription already, those
// settings changed. Every option is checked before anything is stored.
func (b *Bot) subscribe(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) reply {
	vendorName, hasVendor := stringOpt(opts, "vendor")
	if hasVendor {
		if r, ok := checkVendorName(vendorName); !ok {
			return r
		}
	}
	set, r, ok := parseSubSettings(i, opts)
	if !ok {
		return r
	}
	channelID, r, ok := b.alertChannel(ctx, i, data, opts)
	if !ok {
		return r
	}
	canonical := ""
	if hasVendor {
		vendors, err := b.guildVendors(ctx, i.GuildID)
		if err != nil {
			log.Error("subscribe", "error", err)
			return errGeneric
		}
		v, found := findVendor(vendors, vendorName)
		if !found {
			return userError("I don't watch a vendor called %q; see /vendors, or add it with /watch add.", Truncate(vendorName, maxVendorName))
		}
		canonical = v.Name
	}
	subs, err := b.opts.Store.Subscriptions(ctx, i.GuildID)
	if err != nil {
		log.Error("subscribe", "error", err)
		return errGeneric
	}
	for _, old := range subs {
		if old.ChannelID == channelID && strings.EqualFold(old.Vendor, canonical) && !old.Disabled {
			if !set.any {
				return userError("<#%s> already has that subscription; see /subscriptions.", channelID)
			}
			return b.updateSubscription(ctx, log, old, set)
		}
	}

	want, r, ok := set.apply(Subscription{
		GuildID:     i.GuildID,
		ChannelID:   channelID,
		Vendor:      canonical,
		MinSeverity: trust.SeverityLow,
		Mode:        trust.ModeInstant,
		CreatedAt:   b.opts.Now(),
	})
	if !ok {
		return r
	}
	sub, err := b.opts.Store.AddSubscription(ctx, want, b.opts.MaxSubscriptionsPerGuild)
	switch {
	case errors.Is(err, ErrExists):
		return userError("<#%s> already has that subscription; see /subscriptions.", channelID)
	case errors.Is(err, ErrLimit):
		return userError("This server already has the maximum of %d subscriptions; remove one with /unsubscribe first.", b.opts.MaxSubscriptionsPerGuild)
	case err != nil:
		log.Error("subscribe", "error", err)
		return errGeneric
	}
	if sub.ChannelID == "" {
		sub = want
	}
	minSev := sub.MinSeverity

	e := &discordgo.MessageEmbed{
		Title:       "Subscribed",
		Description: "<#" + channelID + "> will get " + describeSubscription(sub) + "." + set.note,
		Color:       severityColour(minSev),
	}
	if next := b.nextDigest(sub); next != "" {
		e.Description += "\nFirst digest: " + next + "."
	}
	recent, err := b.opts.Store.RecentAlerts(ctx, AlertQuery{Vendor: canonical, Guild: i.GuildID, MinSeverity: minSev, Limit: 3})
	if err != nil {
		log.Warn("subscribe preview", "error", err)
	}
	value := "No matching alerts yet."
	if len(recent) > 0 {
		lines := make([]string, 0, len(recent))
		for k := range recent {
			lines = append(lines, alertLine(&recent[k]))
		}
		value = fitLines(lines, maxFieldValue)
	}
	e.Fields = []*discordgo.MessageEmbedField{{Name: "Latest alerts it would have posted", Value: value}}
	return reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true}
}

// updateSubscription applies /subscribe's settings to the channel's
// existing subscription and says what changed.
func (b *Bot) updateSubscription(ctx context.Context, log *slog.Logger, old Subscription, set subSettings) reply {
	want, r, ok := set.apply(old)
	if !ok {
		return r
	}
	changes := subscriptionChanges(old, want)
	if len(changes) == 0 {
		return reply{content: "Nothing to change: <#" + old.ChannelID + "> already gets " + describeSubscription(old) + ".", ephemeral: true}
	}
	sub, err := b.opts.Store.UpdateSubscription(ctx, want)
	switch {
	case errors.Is(err, ErrNotFound):
		return userError("That subscription was removed meanwhile; run /subscribe again.")
	case err != nil:
		log.Error("update subscription", "error", err)
		return errGeneric
	}
	desc := "<#" + sub.ChannelID + "> now gets " + describeSubscription(sub) + "." + set.note
	if next := b.nextDigest(sub); next != "" && old.Mode != trust.ModeDigest {
		desc += "\nFirst digest: " + next + "."
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Subscription updated",
		Description: desc,
		Color:       severityColour(sub.MinSeverity),
		Fields:      []*discordgo.MessageEmbedField{{Name: "Changed", Value: fitLines(changes, maxFieldValue)}},
	}}, ephemeral: true}
}

// nextDigest is when a digest subscription's first digest comes, as a
// Discord timestamp; "" for an instant subscription.
func (b *Bot) nextDigest(s Subscription) string {
	if s.Mode != trust.ModeDigest {
		return ""
	}
	sched, err := ParseDigestSchedule(s.Schedule, s.Zone)
	if err != nil {
		return ""
	}
	next := sched.Next(b.opts.Now())
	if next.IsZero() {
		return ""
	}
	return discordTime(next)
}

func (b *Bot) unsubscribe(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) reply {
	channelID := i.ChannelID
	if o, ok := opts["channel"]; ok {
		channelID, _ = o.Value.(string)
	}
	if channelID == "" {
		return userError("I can't tell which channel you mean.")
	}
	vendorName, hasVendor := stringOpt(opts, "vendor")
	canonical := ""
	if hasVendor {
		if r, ok := checkVendorName(vendorName); !ok {
			return r
		}
		canonical = strings.TrimSpace(vendorName)
		if vendors, err := b.guildVendors(ctx, i.GuildID); err == nil {
			if v, ok := findVendor(vendors, vendorName); ok {
				canonical = v.Name
			}
		}
	}
	n, err := b.opts.Store.RemoveSubscriptions(ctx, i.GuildID, channelID, canonical)
	if err != nil && !errors.Is(err, ErrNotFound) {
		log.Error("unsubscribe", "error", err)
		return errGeneric
	}
	if n == 0 {
		return userError("<#%s> has no such subscription; see /subscriptions.", channelID)
	}
	what := "all its subscriptions"
	if canonical != "" {
		what = "its subscription to **" + Escape(canonical) + "**"
	}
	return reply{content: "Removed " + what + " from <#" + channelID + ">.", ephemeral: true}
}

func (b *Bot) subscriptions(ctx context.Context, log *slog.Logger, i *discordgo.Interaction) reply {
	subs, err := b.opts.Store.Subscriptions(ctx, i.GuildID)
	if err != nil {
		log.Error("subscriptions", "error", err)
		return errGeneric
	}
	if len(subs) == 0 {
		return reply{content: "This server has no subscriptions; add one with /subscribe.", ephemeral: true}
	}
	lines := make([]string, 0, len(subs))
	for _, s := range subs {
		l := "<#" + s.ChannelID + "> — " + describeSubscription(s)
		if s.Disabled {
			reason := s.DisabledReason
			if reason == "" {
				reason = "unknown reason"
			}
			l = "~~" + l + "~~ — **disabled**: " + EscapeTrunc(oneLine(reason), 200)
		}
		lines = append(lines, l)
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Subscriptions (" + strconv.Itoa(len(subs)) + ")",
		Description: fitLines(lines, maxDescription),
	}}, ephemeral: true}
}
