package bot

import (
	"context"
	"errors"
	"log/slog"
	"strconv"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// mute answers /mute duration [vendor] [channel]: no alert for the vendor
// (any vendor when none is given: a snooze) is routed to the channel until
// the duration has passed. The mute is kept in the database, so it
// survives restarts and ends on its own.
func (b *Bot) mute(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) reply {
	text, _ := stringOpt(opts, "duration")
	d, err := ParseMuteDuration(text)
	if err != nil {
		return userError("%s", capitalise(err.Error())+".")
	}
	vendor, r, ok := b.muteVendor(ctx, log, i, opts)
	if !ok {
		return r
	}
	channelID, r, ok := b.alertChannel(ctx, i, data, opts)
	if !ok {
		return r
	}
	until := b.opts.Now().Add(d)
	who := ""
	if i.Member != nil && i.Member.User != nil {
		who = i.Member.User.ID
	}
	if err := b.opts.Store.Mute(ctx, trust.Mute{GuildID: i.GuildID, ChannelID: channelID, Vendor: vendor, Until: until, CreatedBy: who}); err != nil {
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
func (b *Bot) unmute(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) reply {
	vendor, r, ok := b.muteVendor(ctx, log, i, opts)
	if !ok {
		return r
	}
	channelID := i.ChannelID
	if o, ok := opts["channel"]; ok {
		if o.Type != discordgo.ApplicationCommandOptionChannel {
			return userError("The channel option is not a channel.")
		}
		channelID, _ = o.Value.(string)
	}
	err := b.opts.Store.Unmute(ctx, i.GuildID, channelID, vendor)
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
func (b *Bot) muteVendor(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) (string, reply, bool) {
	name, given := stringOpt(opts, "vendor")
	if !given {
		return "", reply{}, true
	}
	if r, ok := checkVendorName(name); !ok {
		return "", r, false
	}
	vendors, err := b.guildVendors(ctx, i.GuildID)
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
func (b *Bot) mutes(ctx context.Context, log *slog.Logger, i *discordgo.Interaction) reply {
	ms, err := b.opts.Store.Mutes(ctx, i.GuildID, b.opts.Now())
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
