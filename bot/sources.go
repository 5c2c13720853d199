package bot

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

func sourcesDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "sources",
		Description: "Show each news source's health; set where this server hears when one goes down.",
		Contexts:    guildOnly(),
		// Everyone may look; notify and notify_off need Manage
		// Channels, checked by setHealthChannel.
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:         discordgo.ApplicationCommandOptionChannel,
				Name:         "notify",
				Description:  "Post a message here when a source goes down and when it is back (Manage Channels)",
				ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews},
			},
			{
				Type:        discordgo.ApplicationCommandOptionBoolean,
				Name:        "notify_off",
				Description: "Stop this server's source-health messages (Manage Channels)",
			},
		},
	}
}

// setsHealthChannel reports whether /sources was given notify or
// notify_off:True: then it sets the health channel, and says so to the
// user only, instead of showing every source's health to the channel.
func setsHealthChannel(opts options) bool {
	_, notify := opts["notify"]
	return notify || boolOpt(opts, "notify_off")
}

// sources answers /sources: every source's health, or with notify or
// notify_off the guild's health channel set.
func (b *Bot) sources(ctx context.Context, log *slog.Logger, c call) reply {
	if setsHealthChannel(c.opts) {
		return b.setHealthChannel(ctx, log, c)
	}
	srcs, err := b.opts.Store.Sources(ctx)
	if err != nil {
		log.Error("sources", "error", err)
		return errGeneric
	}
	if len(srcs) == 0 {
		return reply{content: "No sources are configured."}
	}
	notify, err := b.opts.Store.HealthChannel(ctx, c.i.GuildID)
	if err != nil {
		log.Error("sources: health channel", "error", err)
		return errGeneric
	}
	now := b.opts.Now()
	// The health channel first: a long list is cut at its end.
	lines := make([]string, 0, len(srcs)+1)
	lines = append(lines, healthChannelLine(notify))
	for _, s := range srcs {
		lines = append(lines, healthLine(s, now))
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Sources (" + strconv.Itoa(len(srcs)) + ")",
		Description: fitLines(lines, maxDescription),
		Footer:      &discordgo.MessageEmbedFooter{Text: healthLegend},
	}}}
}

// setHealthChannel is /sources notify:#channel or notify_off:true: where
// this guild hears of sources going down and coming back. It needs Manage
// Channels, though /sources itself is for everyone.
func (b *Bot) setHealthChannel(ctx context.Context, log *slog.Logger, c call) reply {
	notify, hasNotify := c.opts["notify"]
	off := boolOpt(c.opts, "notify_off")
	if c.i.Member == nil || c.i.Member.Permissions&(discordgo.PermissionManageChannels|discordgo.PermissionAdministrator) == 0 {
		return userError("Choosing the health channel needs the Manage Channels permission; /sources on its own shows every source's health.")
	}
	if hasNotify && off {
		return userError("Give either notify (a channel) or notify_off, not both.")
	}
	if !hasNotify && !off {
		return userError("Name a channel with notify, or stop the notices with notify_off:True.")
	}
	if off {
		prev, err := b.opts.Store.HealthChannel(ctx, c.i.GuildID)
		if err != nil {
			log.Error("health channel", "error", err)
			return errGeneric
		}
		if prev == "" {
			return reply{content: "This server has no health channel; nothing to stop.", ephemeral: true}
		}
		if err := b.opts.Store.SetHealthChannel(ctx, c.i.GuildID, ""); err != nil {
			log.Error("health channel", "error", err)
			return errGeneric
		}
		return reply{content: "Feed-health notices to <#" + prev + "> are off.", ephemeral: true}
	}
	// alertChannel checks a "channel" option: the same checks apply.
	channelID, r, ok := b.alertChannel(ctx, c.i, c.data, options{"channel": notify})
	if !ok {
		r.content = strings.Replace(r.content, "Alerts can only go", "Health notices can only go", 1)
		return r
	}
	if err := b.opts.Store.SetHealthChannel(ctx, c.i.GuildID, channelID); err != nil {
		log.Error("health channel", "error", err)
		return errGeneric
	}
	return reply{content: "Feed-health notices now go to <#" + channelID + ">: one message when a news source stays broken, and one when it works again.", ephemeral: true}
}

// ago says how long before now t was, roughly.
func ago(now, t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return strconv.Itoa(int(d/time.Minute)) + " min ago"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d/time.Hour)) + " h ago"
	}
	return strconv.Itoa(int(d/(24*time.Hour))) + " days ago"
}
