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
		Description: "News sources: their health, this server's own feeds, and where outages are told.",
		Contexts:    guildOnly(),
		// Everyone may list; add, remove and notify need Manage Channels,
		// checked by their handlers (canManage).
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        "list",
				Description: "Show each news source's health, this server's own feeds included",
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        "add",
				Description: "Add a feed of this server's own; its alerts go to this server only (Manage Channels)",
				Options: []*discordgo.ApplicationCommandOption{
					{
						Type:        discordgo.ApplicationCommandOptionString,
						Name:        "url",
						Description: "The feed's address (RSS, Atom or JSON Feed), http or https",
						Required:    true,
						MaxLength:   maxFeedURL,
					},
					{
						Type:        discordgo.ApplicationCommandOptionString,
						Name:        "name",
						Description: "What to call it here (default: the feed's own title)",
						MaxLength:   maxFeedName,
					},
				},
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        "remove",
				Description: "Remove one of this server's own feeds (Manage Channels)",
				Options: []*discordgo.ApplicationCommandOption{{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "feed",
					Description: "The feed's name here, or its address",
					Required:    true,
					// Suggests this server's feeds (feedAutocomplete).
					Autocomplete: true,
					MaxLength:    maxFeedURL,
				}},
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        "notify",
				Description: "Where this server hears when a source goes down and is back (Manage Channels)",
				Options: []*discordgo.ApplicationCommandOption{
					{
						Type:         discordgo.ApplicationCommandOptionChannel,
						Name:         "channel",
						Description:  "Post a message here when a source goes down and when it is back",
						ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews},
					},
					{
						Type:        discordgo.ApplicationCommandOptionBoolean,
						Name:        "off",
						Description: "Stop this server's source-health messages",
					},
				},
			},
		},
	}
}

// sourcesPrivate reports whether a /sources answer is for the user only:
// every subcommand's but the list's, which has no options.
func sourcesPrivate(opts options) bool { return len(opts) > 0 }

// canManage reports whether the member who used a command has Manage
// Channels (or is an administrator). It is the check of the subcommands
// that change settings in a command that also reads them (/sources,
// /watch); a command that only changes settings is registered with
// manageChannels() instead, so that server admins can override it (see
// README "Permissions").
func canManage(i *discordgo.Interaction) bool {
	return i.Member != nil && i.Member.Permissions&(discordgo.PermissionManageChannels|discordgo.PermissionAdministrator) != 0
}

// needManage is the refusal of a member without Manage Channels: what
// they tried, and what they may do instead.
func needManage(what, instead string) reply {
	return userError("%s needs the Manage Channels permission; %s", what, instead)
}

// sources answers /sources list: every built-in source's health, then
// this server's own feeds.
func (b *Bot) sources(ctx context.Context, log *slog.Logger, c call) reply {
	srcs, err := b.opts.Store.Sources(ctx)
	if err != nil {
		log.Error("sources", "error", err)
		return errGeneric
	}
	own, err := b.opts.Store.ServerFeeds(ctx, c.i.GuildID)
	if err != nil {
		log.Error("sources: server feeds", "error", err)
		return errGeneric
	}
	if len(srcs) == 0 && len(own) == 0 {
		return reply{content: "No sources are configured, and this server has added no feed of its own."}
	}
	notify, err := b.opts.Store.HealthChannel(ctx, c.i.GuildID)
	if err != nil {
		log.Error("sources: health channel", "error", err)
		return errGeneric
	}
	now := b.opts.Now()
	// The health channel first, this server's feeds next: a long list is
	// cut at its end, among the built-in sources.
	lines := make([]string, 0, len(srcs)+len(own)+3)
	lines = append(lines, healthChannelLine(notify))
	if len(own) > 0 {
		lines = append(lines, "**This server's own feeds** (alerts go to this server only):")
		for _, f := range own {
			s := f.Source
			s.Name = f.Name
			lines = append(lines, healthLine(s, now))
		}
		lines = append(lines, "**Built in:**")
	}
	for _, s := range srcs {
		lines = append(lines, healthLine(s, now))
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Sources (" + strconv.Itoa(len(srcs)+len(own)) + ")",
		Description: fitLines(lines, maxDescription),
		Footer:      &discordgo.MessageEmbedFooter{Text: healthLegend},
	}}}
}

// setHealthChannel is /sources notify channel:#channel or off:true: where
// this guild hears of sources going down and coming back. It needs Manage
// Channels, though /sources list is for everyone.
func (b *Bot) setHealthChannel(ctx context.Context, log *slog.Logger, c call) reply {
	notify, hasNotify := c.opts["channel"]
	off := boolOpt(c.opts, "off")
	if !canManage(c.i) {
		return userError("Choosing the health channel needs the Manage Channels permission; /sources list shows every source's health.")
	}
	if hasNotify && off {
		return userError("Give either a channel or off, not both.")
	}
	if !hasNotify && !off {
		return userError("Name a channel, or stop the notices with off:True.")
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
