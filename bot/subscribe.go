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

// subscribeDef is /subscribe: a channel's subscription and its delivery
// settings.
func subscribeDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:                     "subscribe",
		Description:              "Post vendor-trust alerts to a channel (this one by default).",
		DefaultMemberPermissions: manageChannels(),
		Contexts:                 guildOnly(),
		Options: []*discordgo.ApplicationCommandOption{
			channelOpt("Channel to post alerts in (default: this channel)"),
			vendorOpt("vendor", "Only this vendor (default: every watched vendor)", false),
			severityOpt("min_severity", "Lowest severity to post (default: low)"),
			{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "mode",
				Description: "instant: post each alert (default); digest: one summary on a schedule",
				Choices: []*discordgo.ApplicationCommandOptionChoice{
					{Name: "instant", Value: trust.ModeInstant},
					{Name: "digest", Value: trust.ModeDigest},
				},
			},
			{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "schedule",
				Description: `Digest times as cron: "0 8 * * 1-5" is 08:00 on weekdays; or @daily, @weekly`,
				MaxLength:   100,
			},
			{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "tz",
				Description: "Time zone of the schedule and quiet hours, e.g. Europe/Berlin (default: UTC)",
				MaxLength:   64,
			},
			{
				Type:        discordgo.ApplicationCommandOptionRole,
				Name:        "ping_role",
				Description: "Role to mention on alerts at or above ping_min",
			},
			severityOpt("ping_min", "Lowest severity that pings the role (default: high)"),
			{
				Type:        discordgo.ApplicationCommandOptionBoolean,
				Name:        "no_ping",
				Description: "Stop mentioning a role",
			},
			{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "quiet",
				Description: `Quiet hours, e.g. "22:00-07:00": alerts below quiet_below wait until they end; "off"`,
				MaxLength:   40,
			},
			severityOpt("quiet_below", "Alerts below this severity wait out quiet hours (default: high)"),
			{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "scope",
				Description: "watchlist: registry vendors (default); any: also vendors the news names outside it",
				Choices: []*discordgo.ApplicationCommandOptionChoice{
					{Name: "watchlist", Value: trust.ScopeWatchlist},
					{Name: "any vendor", Value: trust.ScopeAny},
				},
			},
			{
				Type:        discordgo.ApplicationCommandOptionBoolean,
				Name:        "oss",
				Description: "Also post open-source package compromises (a hijacked npm, PyPI or extension release)",
			},
		},
	}
}

func unsubscribeDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:                     "unsubscribe",
		Description:              "Stop posting alerts to a channel (this one by default).",
		DefaultMemberPermissions: manageChannels(),
		Contexts:                 guildOnly(),
		Options: []*discordgo.ApplicationCommandOption{
			channelOpt("Channel to stop (default: this channel)"),
			vendorOpt("vendor", "Only this vendor's subscription (default: all of the channel's)", false),
		},
	}
}

func subscriptionsDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "subscriptions",
		Description: "List this server's alert subscriptions.",
		Contexts:    guildOnly(),
		Options:     []*discordgo.ApplicationCommandOption{},
	}
}

// subscribe answers /subscribe: a new subscription for the channel and
// vendor, with the delivery settings given (instant or digest, role ping,
// quiet hours); or, when the channel has that subscription already, those
// settings changed. Every option is checked before anything is stored.
func (b *Bot) subscribe(ctx context.Context, log *slog.Logger, c call) reply {
	vendorName, hasVendor := stringOpt(c.opts, "vendor")
	if hasVendor {
		if r, ok := checkVendorName(vendorName); !ok {
			return r
		}
	}
	set, err := parseSubSettings(subscribeOptionsOf(c))
	if err != nil {
		return userError("%s", err)
	}
	channelID, r, ok := b.alertChannel(ctx, c.i, c.data, c.opts)
	if !ok {
		return r
	}
	canonical := ""
	if hasVendor {
		vendors, err := b.guildVendors(ctx, c.i.GuildID)
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
	subs, err := b.opts.Store.Subscriptions(ctx, c.i.GuildID)
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

	want, err := set.apply(Subscription{
		GuildID:     c.i.GuildID,
		ChannelID:   channelID,
		Vendor:      canonical,
		MinSeverity: trust.SeverityLow,
		Mode:        trust.ModeInstant,
		CreatedAt:   b.opts.Now(),
	})
	if err != nil {
		return userError("%s", err)
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
	// The latest alerts the subscription would have received, by the rule
	// routing follows (trust.Subscription.Deliver); mutes aside.
	stored, err := b.opts.Store.RecentAlerts(ctx, AlertQuery{Vendor: canonical, Guild: c.i.GuildID, MinSeverity: minSev, Limit: 30})
	if err != nil {
		log.Warn("subscribe preview", "error", err)
	}
	var recent []trust.Alert
	for k := range stored {
		if len(recent) < 3 && sub.Deliver(&stored[k], b.opts.Now(), nil).Receives {
			recent = append(recent, stored[k])
		}
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

// subscribeOptionsOf reads /subscribe's delivery options out of the
// interaction. An option of another type than its definition's counts as
// left out, but for ping_role, which is then "" and refused.
func subscribeOptionsOf(c call) subscribeOptions {
	str := func(name string) *string {
		if v, ok := stringOpt(c.opts, name); ok {
			return &v
		}
		return nil
	}
	o := subscribeOptions{
		minSeverity: str("min_severity"),
		mode:        str("mode"),
		schedule:    str("schedule"),
		tz:          str("tz"),
		pingMin:     str("ping_min"),
		noPing:      boolOpt(c.opts, "no_ping"),
		quiet:       str("quiet"),
		quietBelow:  str("quiet_below"),
		scope:       str("scope"),
		guildID:     c.i.GuildID,
	}
	if v, given := c.opts["oss"]; given && v.Type == discordgo.ApplicationCommandOptionBoolean {
		oss := v.BoolValue()
		o.oss = &oss
	}
	if r, given := c.opts["ping_role"]; given {
		id, _ := r.Value.(string)
		if r.Type != discordgo.ApplicationCommandOptionRole {
			id = ""
		}
		o.pingRole = &id
		if c.data.Resolved != nil {
			if role := c.data.Resolved.Roles[id]; role != nil {
				o.roleResolved, o.roleManaged, o.roleMentionable = true, role.Managed, role.Mentionable
			}
		}
	}
	return o
}

// updateSubscription applies /subscribe's settings to the channel's
// existing subscription and says what changed.
func (b *Bot) updateSubscription(ctx context.Context, log *slog.Logger, old Subscription, set subSettings) reply {
	want, err := set.apply(old)
	if err != nil {
		return userError("%s", err)
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

func (b *Bot) unsubscribe(ctx context.Context, log *slog.Logger, c call) reply {
	channelID := c.i.ChannelID
	if o, ok := c.opts["channel"]; ok {
		channelID, _ = o.Value.(string)
	}
	if channelID == "" {
		return userError("I can't tell which channel you mean.")
	}
	vendorName, hasVendor := stringOpt(c.opts, "vendor")
	canonical := ""
	if hasVendor {
		if r, ok := checkVendorName(vendorName); !ok {
			return r
		}
		canonical = strings.TrimSpace(vendorName)
		if vendors, err := b.guildVendors(ctx, c.i.GuildID); err == nil {
			if v, ok := findVendor(vendors, vendorName); ok {
				canonical = v.Name
			}
		}
	}
	n, err := b.opts.Store.RemoveSubscriptions(ctx, c.i.GuildID, channelID, canonical)
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

func (b *Bot) subscriptions(ctx context.Context, log *slog.Logger, c call) reply {
	subs, err := b.opts.Store.Subscriptions(ctx, c.i.GuildID)
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
