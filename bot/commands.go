package bot

import (
	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// Commands returns the slash commands the bot registers. All are
// guild-only; the ones that change settings need Manage Channels by default.
func Commands() []*discordgo.ApplicationCommand {
	manage := int64(discordgo.PermissionManageChannels)
	guildOnly := func() *[]discordgo.InteractionContextType {
		return &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	}
	no := false
	channelOpt := func(desc string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type:         discordgo.ApplicationCommandOptionChannel,
			Name:         "channel",
			Description:  desc,
			ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews},
		}
	}
	vendorOpt := func(name, desc string, required bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type:         discordgo.ApplicationCommandOptionString,
			Name:         name,
			Description:  desc,
			Required:     required,
			Autocomplete: true,
			MaxLength:    maxVendorName,
		}
	}
	severities := make([]*discordgo.ApplicationCommandOptionChoice, 0, 4)
	for s := trust.SeverityLow; s <= trust.SeverityCritical; s++ {
		severities = append(severities, &discordgo.ApplicationCommandOptionChoice{Name: s.String(), Value: s.String()})
	}
	one := 1.0
	return []*discordgo.ApplicationCommand{
		{
			Name:                     "subscribe",
			Description:              "Post vendor-trust alerts to a channel (this one by default).",
			DefaultMemberPermissions: &manage,
			DMPermission:             &no,
			Contexts:                 guildOnly(),
			Options: []*discordgo.ApplicationCommandOption{
				channelOpt("Channel to post alerts in (default: this channel)"),
				vendorOpt("vendor", "Only this vendor (default: every watched vendor)", false),
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "min_severity",
					Description: "Lowest severity to post (default: low)",
					Choices:     severities,
				},
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
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "ping_min",
					Description: "Lowest severity that pings the role (default: high)",
					Choices:     severities,
				},
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
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "quiet_below",
					Description: "Alerts below this severity wait out quiet hours (default: high)",
					Choices:     severities,
				},
			},
		},
		{
			Name:                     "unsubscribe",
			Description:              "Stop posting alerts to a channel (this one by default).",
			DefaultMemberPermissions: &manage,
			DMPermission:             &no,
			Contexts:                 guildOnly(),
			Options: []*discordgo.ApplicationCommandOption{
				channelOpt("Channel to stop (default: this channel)"),
				vendorOpt("vendor", "Only this vendor's subscription (default: all of the channel's)", false),
			},
		},
		{
			Name:         "subscriptions",
			Description:  "List this server's alert subscriptions.",
			DMPermission: &no,
			Contexts:     guildOnly(),
			Options:      []*discordgo.ApplicationCommandOption{},
		},
		{
			Name:         "vendor",
			Description:  "Show a vendor's recent trust alerts and known trust events.",
			DMPermission: &no,
			Contexts:     guildOnly(),
			Options: []*discordgo.ApplicationCommandOption{
				vendorOpt("name", "Vendor name or alias", true),
				{
					Type:        discordgo.ApplicationCommandOptionBoolean,
					Name:        "private",
					Description: "Answer only to you",
				},
			},
		},
		{
			Name:         "vendors",
			Description:  "List the watched vendors.",
			DMPermission: &no,
			Contexts:     guildOnly(),
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionInteger,
					Name:        "page",
					Description: "Page number (default: 1)",
					MinValue:    &one,
				},
			},
		},
		{
			Name:         "explain",
			Description:  "Explain what the bot did with an article: alert or not, why, and where it went.",
			DMPermission: &no,
			Contexts:     guildOnly(),
			Options: []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "url",
				Description: "The article's link",
				Required:    true,
				MaxLength:   maxURL,
			}},
		},
		{
			Name:         "sources",
			Description:  "Show each news source's health; set where this server hears when one goes down.",
			DMPermission: &no,
			Contexts:     guildOnly(),
			// Everyone may look; notify and notify_off need Manage
			// Channels, checked by the handler.
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
		},
		{
			Name:                     "watch",
			Description:              "Manage vendors this server watches in addition to the global list.",
			DefaultMemberPermissions: &manage,
			DMPermission:             &no,
			Contexts:                 guildOnly(),
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "add",
					Description: "Watch a vendor on this server.",
					Options: []*discordgo.ApplicationCommandOption{
						{
							Type:        discordgo.ApplicationCommandOptionString,
							Name:        "name",
							Description: "Vendor name",
							Required:    true,
							MaxLength:   maxVendorName,
						},
						{
							Type:        discordgo.ApplicationCommandOptionString,
							Name:        "aliases",
							Description: "Other names, comma separated",
							MaxLength:   1000,
						},
					},
				},
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "remove",
					Description: "Stop watching one of this server's vendors.",
					Options: []*discordgo.ApplicationCommandOption{
						vendorOpt("name", "Vendor name", true),
					},
				},
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "list",
					Description: "List this server's own vendors.",
				},
			},
		},
		{
			Name:                     "mute",
			Description:              "Stop a vendor's alerts in a channel for a while (no vendor: snooze the channel).",
			DefaultMemberPermissions: &manage,
			DMPermission:             &no,
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
		},
		{
			Name:                     "unmute",
			Description:              "End a mute or snooze early.",
			DefaultMemberPermissions: &manage,
			DMPermission:             &no,
			Contexts:                 guildOnly(),
			Options: []*discordgo.ApplicationCommandOption{
				vendorOpt("vendor", "Vendor to unmute (default: the channel's snooze)", false),
				channelOpt("Channel (default: this channel)"),
			},
		},
		{
			Name:         "mutes",
			Description:  "List this server's mutes and snoozes in force.",
			DMPermission: &no,
			Contexts:     guildOnly(),
			Options:      []*discordgo.ApplicationCommandOption{},
		},
	}
}
