package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// guildVendors returns the vendors a guild sees: the global watchlist and
// its own.
func (b *Bot) guildVendors(ctx context.Context, guildID string) ([]trust.Vendor, error) {
	out := append([]trust.Vendor(nil), b.opts.Watchlist()...)
	own, err := b.opts.Store.GuildVendors(ctx, guildID)
	if err != nil {
		return nil, fmt.Errorf("guild vendors: %w", err)
	}
	for _, v := range own {
		if v.Guild == "" {
			v.Guild = guildID
		}
		out = append(out, v)
	}
	return out, nil
}

// findVendor resolves a name or alias, ignoring case, to a vendor.
func findVendor(vendors []trust.Vendor, name string) (trust.Vendor, bool) {
	name = strings.TrimSpace(name)
	for _, v := range vendors {
		if strings.EqualFold(v.Name, name) {
			return v, true
		}
	}
	for _, v := range vendors {
		for _, a := range v.Aliases {
			if strings.EqualFold(a, name) {
				return v, true
			}
		}
	}
	return trust.Vendor{}, false
}

// checkVendorName rejects an empty or over-long vendor name.
func checkVendorName(name string) (reply, bool) {
	if strings.TrimSpace(name) == "" {
		return userError("The vendor name is empty."), false
	}
	if runes(name) > maxVendorName {
		return userError("A vendor name can be at most %d characters long.", maxVendorName), false
	}
	return reply{}, true
}

// alertChannel returns the channel a command targets and checks that the
// bot can post alerts there (a text or announcement channel of this guild).
func (b *Bot) alertChannel(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) (string, reply, bool) {
	id := i.ChannelID
	var ch *discordgo.Channel
	if o, ok := opts["channel"]; ok {
		if o.Type != discordgo.ApplicationCommandOptionChannel {
			return "", userError("The channel option is not a channel."), false
		}
		id, _ = o.Value.(string)
		if data.Resolved != nil {
			ch = data.Resolved.Channels[id]
		}
	}
	if id == "" {
		return "", userError("I can't tell which channel you mean."), false
	}
	if ch == nil {
		err := b.rest(ctx, func(opt discordgo.RequestOption) error {
			var err error
			ch, err = b.session.Channel(id, opt)
			return err
		})
		if err != nil {
			return "", userError("I can't see <#%s>; check that I have the View Channel permission there.", id), false
		}
	}
	if ch.GuildID != "" && ch.GuildID != i.GuildID {
		return "", userError("That channel is not in this server."), false
	}
	if ch.Type != discordgo.ChannelTypeGuildText && ch.Type != discordgo.ChannelTypeGuildNews {
		return "", userError("Alerts can only go to a text or announcement channel, and <#%s> is neither.", id), false
	}
	return id, reply{}, true
}
