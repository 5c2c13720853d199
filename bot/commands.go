package bot

import (
	"context"
	"log/slog"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// A command is one slash command: what is registered with Discord and what
// answers it. Each command's file builds its definition and handler.
type command struct {
	def *discordgo.ApplicationCommand
	// run answers the command. A command with subcommands has sub
	// instead: the handler of each subcommand, by name.
	run handler
	sub map[string]handler
	// ephemeral says from the options whether the answer is for the user
	// only. It is asked before the handler runs: a deferred answer is
	// public or ephemeral from the moment it is deferred.
	ephemeral func(options) bool
}

// commandTable is every slash command, in the order they are registered.
func commandTable() []command {
	return []command{
		{def: subscribeDef(), run: (*Bot).subscribe, ephemeral: userOnly},
		{def: unsubscribeDef(), run: (*Bot).unsubscribe, ephemeral: userOnly},
		{def: subscriptionsDef(), run: (*Bot).subscriptions, ephemeral: userOnly},
		{def: vendorDef(), run: (*Bot).vendor, ephemeral: vendorPrivate},
		{def: vendorsDef(), run: (*Bot).vendors, ephemeral: inChannel},
		{def: explainDef(), run: (*Bot).explain, ephemeral: userOnly},
		{def: sourcesDef(), sub: map[string]handler{
			"list":   (*Bot).sources,
			"add":    (*Bot).addServerFeed,
			"remove": (*Bot).removeServerFeed,
			"notify": (*Bot).setHealthChannel,
		}, ephemeral: sourcesPrivate},
		{def: watchDef(), sub: map[string]handler{
			"add":    (*Bot).watchAdd,
			"remove": (*Bot).watchRemove,
			"list":   (*Bot).watchList,
			"import": (*Bot).watchImport,
			"export": (*Bot).watchExport,
		}, ephemeral: userOnly},
		{def: muteDef(), run: (*Bot).mute, ephemeral: userOnly},
		{def: unmuteDef(), run: (*Bot).unmute, ephemeral: userOnly},
		{def: mutesDef(), run: (*Bot).mutes, ephemeral: userOnly},
	}
}

// Commands returns the slash commands the bot registers. All are
// guild-only; the ones that change settings need Manage Channels by default.
func Commands() []*discordgo.ApplicationCommand {
	table := commandTable()
	defs := make([]*discordgo.ApplicationCommand, 0, len(table))
	for _, c := range table {
		defs = append(defs, c.def)
	}
	return defs
}

// A handler does a command's work and returns its answer.
type handler func(b *Bot, ctx context.Context, log *slog.Logger, c call) reply

// call is one use of a command, as its handler sees it.
type call struct {
	i    *discordgo.Interaction
	data discordgo.ApplicationCommandInteractionData
	opts options // the command's options, or its subcommand's
}

// options are a command's options by name.
type options = map[string]*discordgo.ApplicationCommandInteractionDataOption

// Answer visibilities of commands that answer the same way whatever the
// options.
func userOnly(options) bool  { return true }
func inChannel(options) bool { return false }

// lookup finds a command in the table and returns its work and whether
// its answer (when deferred) is ephemeral; the work is nil for a command
// or subcommand the bot does not know.
func (b *Bot) lookup(i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) (func(context.Context, *slog.Logger) reply, bool) {
	for _, cmd := range commandTable() {
		if cmd.def.Name != data.Name {
			continue
		}
		c := call{i: i, data: data, opts: optionMap(data.Options)}
		run := cmd.run
		if cmd.sub != nil {
			if len(data.Options) != 1 || data.Options[0].Type != discordgo.ApplicationCommandOptionSubCommand {
				return nil, true
			}
			sub := data.Options[0]
			run = cmd.sub[sub.Name]
			c.opts = optionMap(sub.Options)
		}
		if run == nil {
			return nil, true
		}
		return func(ctx context.Context, log *slog.Logger) reply { return run(b, ctx, log, c) }, cmd.ephemeral(c.opts)
	}
	return nil, true
}

func optionMap(opts []*discordgo.ApplicationCommandInteractionDataOption) options {
	m := make(options, len(opts))
	for _, o := range opts {
		if o != nil {
			m[o.Name] = o
		}
	}
	return m
}

// stringOpt returns a string option's value and whether it was given.
func stringOpt(opts options, name string) (string, bool) {
	o, ok := opts[name]
	if !ok || o.Type != discordgo.ApplicationCommandOptionString {
		return "", false
	}
	s, _ := o.Value.(string)
	return s, true
}

// boolOpt reports whether a boolean option was given as true.
func boolOpt(opts options, name string) bool {
	o, ok := opts[name]
	return ok && o.Type == discordgo.ApplicationCommandOptionBoolean && o.BoolValue()
}

// The parts that command definitions share. Each call returns new values:
// a definition owns what it points to.

// guildOnly is the Contexts of every command: none works in DMs.
func guildOnly() *[]discordgo.InteractionContextType {
	return &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
}

// manageChannels is the DefaultMemberPermissions of the commands that
// change settings.
func manageChannels() *int64 {
	p := int64(discordgo.PermissionManageChannels)
	return &p
}

func channelOpt(desc string) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type:         discordgo.ApplicationCommandOptionChannel,
		Name:         "channel",
		Description:  desc,
		ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews},
	}
}

func vendorOpt(name, desc string, required bool) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type:         discordgo.ApplicationCommandOptionString,
		Name:         name,
		Description:  desc,
		Required:     required,
		Autocomplete: true,
		MaxLength:    maxVendorName,
	}
}

// severityOpt is an option choosing a severity, from low to critical.
func severityOpt(name, desc string) *discordgo.ApplicationCommandOption {
	choices := make([]*discordgo.ApplicationCommandOptionChoice, 0, 4)
	for s := trust.SeverityLow; s <= trust.SeverityCritical; s++ {
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: s.String(), Value: s.String()})
	}
	return &discordgo.ApplicationCommandOption{
		Type:        discordgo.ApplicationCommandOptionString,
		Name:        name,
		Description: desc,
		Choices:     choices,
	}
}
