package bot

import (
	"context"
	"errors"
	"log/slog"
	"strconv"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

func muteDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:                     "mute",
		Description:              "Stop a vendor's alerts in a channel for a while (no vendor: snooze the channel).",
		DefaultMemberPermissions: manageChannels(),
		Contexts:                 guildOnly(),
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "duration",
				Description: "How long, e.g. 30m, 8h, 3d or 1w (at most 365 days)",
				Required:    true,
				MaxLength:   40,
			},
			vendorOpt("vendor", "Vendor to mute (default: every vendor, a snooze)", false),
			channelOpt("Channel to mute in (default: this channel)"),
		},
	}
}

func unmuteDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:                     "unmute",
		Description:              "End a mute or snooze early.",
		DefaultMemberPermissions: manageChannels(),
		Contexts:                 guildOnly(),
		Options: []*discordgo.ApplicationCommandOption{
			vendorOpt("vendor", "Vendor to unmute (default: the channel's snooze)", false),
			channelOpt("Channel (default: this channel)"),
		},
	}
}

func mutesDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "mutes",
		Description: "List this server's mutes and snoozes in force.",
		Contexts:    guildOnly(),
		Options:     []*discordgo.ApplicationCommandOption{},
	}
}

// mute answers /mute duration [vendor] [channel]: no alert for the vendor
// (any vendor when none is given: a snooze) is routed to the channel until
// the duration has passed. The mute is kept in the database, so it
// survives restarts and ends on its own.
func (b *Bot) mute(ctx context.Context, log *slog.Logger, c call) reply {
	text, _ := stringOpt(c.opts, "duration")
	d, err := ParseMuteDuration(text)
	if err != nil {
		return userError("%s", capitalise(err.Error())+".")
	}
	vendor, r, ok := b.muteVendor(ctx, log, c)
	if !ok {
		return r
	}
	channelID, r, ok := b.alertChannel(ctx, c.i, c.data, c.opts)
	if !ok {
		return r
	}
	until := b.opts.Now().Add(d)
	who := ""
	if c.i.Member != nil && c.i.Member.User != nil {
		who = c.i.Member.User.ID
	}
	if err := b.opts.Store.Mute(ctx, trust.Mute{GuildID: c.i.GuildID, ChannelID: channelID, Vendor: vendor, Until: until, CreatedBy: who}); err != nil {
		log.Error("mute", "error", err)
		return errGeneric
	}
	what := "All alerts are snoozed"
	if vendor != "" {
		what = "Alerts for **" + Escape(vendor) + "** are muted"
	}
	return reply{content: what + " in <#" + channelID + "> for " + HumanDuration(d) + ", until " + discordTime(until) +
		". Alerts that come in meanwhile are not posted there later; /unmute ends it early.", ephemeral: true}
}

// unmute answers /unmute [vendor] [channel].
func (b *Bot) unmute(ctx context.Context, log *slog.Logger, c call) reply {
	vendor, r, ok := b.muteVendor(ctx, log, c)
	if !ok {
		return r
	}
	channelID := c.i.ChannelID
	if o, ok := c.opts["channel"]; ok {
		if o.Type != discordgo.ApplicationCommandOptionChannel {
			return userError("The channel option is not a channel.")
		}
		channelID, _ = o.Value.(string)
	}
	err := b.opts.Store.Unmute(ctx, c.i.GuildID, channelID, vendor)
	switch {
	case errors.Is(err, ErrNotFound) && vendor == "":
		return userError("<#%s> is not snoozed; see /mutes for its mutes.", channelID)
	case errors.Is(err, ErrNotFound):
		return userError("**%s** is not muted in <#%s>; see /mutes.", Escape(vendor), channelID)
	case err != nil:
		log.Error("unmute", "error", err)
		return errGeneric
	}
	what := "The snooze"
	if vendor != "" {
		what = "The mute of **" + Escape(vendor) + "**"
	}
	return reply{content: what + " in <#" + channelID + "> has ended.", ephemeral: true}
}

// muteVendor resolves /mute's and /unmute's vendor option to a watched
// vendor's canonical name; "" when none was given.
func (b *Bot) muteVendor(ctx context.Context, log *slog.Logger, c call) (string, reply, bool) {
	name, given := stringOpt(c.opts, "vendor")
	if !given {
		return "", reply{}, true
	}
	if r, ok := checkVendorName(name); !ok {
		return "", r, false
	}
	vendors, err := b.guildVendors(ctx, c.i.GuildID)
	if err != nil {
		log.Error("mute vendor", "error", err)
		return "", errGeneric, false
	}
	v, found := findVendor(vendors, name)
	if !found {
		return "", userError("I don't watch a vendor called %q; see /vendors.", Truncate(name, maxVendorName)), false
	}
	return v.Name, reply{}, true
}

// mutes answers /mutes: the guild's mutes and snoozes in force.
func (b *Bot) mutes(ctx context.Context, log *slog.Logger, c call) reply {
	ms, err := b.opts.Store.Mutes(ctx, c.i.GuildID, b.opts.Now())
	if err != nil {
		log.Error("mutes", "error", err)
		return errGeneric
	}
	if len(ms) == 0 {
		return reply{content: "Nothing is muted on this server.", ephemeral: true}
	}
	lines := make([]string, 0, len(ms))
	for _, m := range ms {
		what := "everything (snoozed)"
		if m.Vendor != "" {
			what = "**" + Escape(m.Vendor) + "**"
		}
		lines = append(lines, "<#"+m.ChannelID+"> — "+what+" until "+discordTime(m.Until))
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Mutes (" + strconv.Itoa(len(ms)) + ")",
		Description: fitLines(lines, maxDescription),
	}}, ephemeral: true}
}
