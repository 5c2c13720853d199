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

func watchDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "watch",
		Description: "Manage vendors this server watches in addition to the global list.",
		Contexts:    guildOnly(),
		// Everyone may list and export; add, remove and import need Manage
		// Channels, checked by their handlers (canManage).
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
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        "import",
				Description: "Add or update many vendors from a CSV supplier list (preview first).",
				Options: []*discordgo.ApplicationCommandOption{{
					Type:        discordgo.ApplicationCommandOptionAttachment,
					Name:        "file",
					Description: "CSV: name,aliases,country,categories (see /watch export)",
					Required:    true,
				}},
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        "export",
				Description: "This server's own vendors as a CSV file that imports again.",
			},
		},
	}
}

const maxAliases = 20

func (b *Bot) watchAdd(ctx context.Context, log *slog.Logger, c call) reply {
	if !canManage(c.i) {
		return needManage("Adding a vendor", "/watch list shows this server's vendors.")
	}
	name, _ := stringOpt(c.opts, "name")
	if r, ok := checkVendorName(name); !ok {
		return r
	}
	name = oneLine(name)
	// What /watch export writes must import again unchanged: no cell a
	// spreadsheet would run, no ";" (the list separator) in an alias.
	if formula(name) {
		return userError("A vendor name cannot start with =, + or @ (a spreadsheet would run it as a formula).")
	}
	var aliases []string
	if raw, ok := stringOpt(c.opts, "aliases"); ok {
		for _, a := range strings.Split(raw, ",") {
			a = oneLine(a)
			if a == "" || strings.EqualFold(a, name) {
				continue
			}
			if runes(a) > maxVendorName {
				return userError("An alias can be at most %d characters long.", maxVendorName)
			}
			if formula(a) || strings.Contains(a, ";") {
				return userError("An alias cannot start with =, + or @, nor contain \";\" (the separator of /watch export's alias list).")
			}
			aliases = append(aliases, a)
		}
		if len(aliases) > maxAliases {
			return userError("A vendor can have at most %d aliases.", maxAliases)
		}
	}
	if _, found := findVendor(b.opts.Watchlist(), name); found {
		return userError("%q is already on the global watchlist.", name)
	}
	err := b.opts.Store.AddGuildVendor(ctx, trust.Vendor{Name: name, Aliases: aliases, Guild: c.i.GuildID})
	switch {
	case errors.Is(err, ErrExists):
		return userError("%q is already on this server's watchlist.", name)
	case errors.Is(err, ErrLimit):
		return userError("This server already watches the maximum number of its own vendors; remove one with /watch remove first.")
	case err != nil:
		log.Error("watch add", "error", err)
		return errGeneric
	}
	msg := "This server now watches **" + Escape(name) + "**"
	if len(aliases) > 0 {
		msg += " (also: " + Escape(strings.Join(aliases, ", ")) + ")"
	}
	return reply{content: Truncate(msg+"; matching starts with the next poll. Subscribe with /subscribe.", maxContent), ephemeral: true}
}

func (b *Bot) watchRemove(ctx context.Context, log *slog.Logger, c call) reply {
	if !canManage(c.i) {
		return needManage("Removing a vendor", "/watch list shows this server's vendors.")
	}
	name, _ := stringOpt(c.opts, "name")
	if r, ok := checkVendorName(name); !ok {
		return r
	}
	own, err := b.opts.Store.GuildVendors(ctx, c.i.GuildID)
	if err != nil {
		log.Error("watch remove", "error", err)
		return errGeneric
	}
	canonical := oneLine(name)
	if v, ok := findVendor(own, name); ok {
		canonical = v.Name
	}
	err = b.opts.Store.RemoveGuildVendor(ctx, c.i.GuildID, canonical)
	switch {
	case errors.Is(err, ErrNotFound):
		return userError("This server doesn't watch a vendor called %q of its own; see /watch list.", Truncate(name, maxVendorName))
	case err != nil:
		log.Error("watch remove", "error", err)
		return errGeneric
	}
	return reply{content: "This server no longer watches **" + Escape(canonical) + "**.", ephemeral: true}
}

func (b *Bot) watchList(ctx context.Context, log *slog.Logger, c call) reply {
	own, err := b.opts.Store.GuildVendors(ctx, c.i.GuildID)
	if err != nil {
		log.Error("watch list", "error", err)
		return errGeneric
	}
	if len(own) == 0 {
		return reply{content: "This server watches no vendors of its own; add one with /watch add.", ephemeral: true}
	}
	lines := make([]string, 0, len(own))
	for _, v := range own {
		l := "**" + EscapeTrunc(v.Name, maxVendorName) + "**"
		if len(v.Aliases) > 0 {
			l += " — " + EscapeTrunc(strings.Join(v.Aliases, ", "), 300)
		}
		lines = append(lines, l)
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "This server's vendors (" + strconv.Itoa(len(own)) + ")",
		Description: fitLines(lines, maxDescription),
	}}, ephemeral: true}
}
