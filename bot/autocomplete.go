package bot

import (
	"context"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// autocomplete suggests vendors for the focused option: names and aliases
// of the global and this guild's vendors (only the guild's own for
// /watch remove), at most 25.
func (b *Bot) autocomplete(ctx context.Context, i *discordgo.Interaction) {
	data := i.ApplicationCommandData()
	log := b.log.With("command", data.Name, "guild_id", i.GuildID, "interaction_id", i.ID)
	opts := data.Options
	if data.Name == "sources" {
		b.feedAutocomplete(ctx, log, i, data)
		return
	}
	ownOnly := false
	if data.Name == "watch" && len(opts) == 1 && opts[0].Type == discordgo.ApplicationCommandOptionSubCommand {
		ownOnly = opts[0].Name == "remove"
		opts = opts[0].Options
	}
	typed := ""
	for _, o := range opts {
		if o != nil && o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if i.GuildID != "" {
		sctx, cancel := context.WithTimeout(ctx, b.opts.DeferAfter)
		var vendors []trust.Vendor
		var err error
		if ownOnly {
			vendors, err = b.opts.Store.GuildVendors(sctx, i.GuildID)
		} else {
			vendors, err = b.guildVendors(sctx, i.GuildID)
		}
		cancel()
		if err != nil {
			log.Warn("autocomplete", "error", err)
			if !ownOnly {
				// The global list needs no database: offer it rather
				// than nothing when the guild's own vendors are slow.
				vendors = b.opts.Watchlist()
			}
		}
		choices = vendorChoices(vendors, typed)
	}
	err := b.answerRespond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if err != nil {
		log.Warn("answer autocomplete", "error", err)
	}
}

// vendorChoices ranks vendors against what the user typed: name prefix,
// alias prefix, then substring anywhere; at most 25, names sorted within a
// rank.
func vendorChoices(vendors []trust.Vendor, typed string) []*discordgo.ApplicationCommandOptionChoice {
	q := strings.ToLower(strings.TrimSpace(typed))
	type cand struct {
		rank  int
		label string
		value string
	}
	var cands []cand
	seen := map[string]bool{}
	for _, v := range vendors {
		key := strings.ToLower(v.Name)
		if v.Name == "" || seen[key] || runes(v.Name) > maxChoiceValue {
			continue
		}
		rank, alias := -1, ""
		name := strings.ToLower(v.Name)
		switch {
		case q == "" || strings.HasPrefix(name, q):
			rank = 0
		default:
			for _, a := range v.Aliases {
				la := strings.ToLower(a)
				if strings.HasPrefix(la, q) {
					rank, alias = 1, a
					break
				}
				if rank < 0 && strings.Contains(la, q) {
					rank, alias = 3, a
				}
			}
			if rank != 1 && strings.Contains(name, q) {
				rank, alias = 2, ""
			}
		}
		if rank < 0 {
			continue
		}
		seen[key] = true
		label := v.Name
		if alias != "" {
			label += " (" + alias + ")"
		}
		cands = append(cands, cand{rank, Truncate(label, maxChoiceName), v.Name})
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].rank != cands[b].rank {
			return cands[a].rank < cands[b].rank
		}
		return strings.ToLower(cands[a].label) < strings.ToLower(cands[b].label)
	})
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, c := range cands {
		if len(out) == maxChoices {
			break
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: c.label, Value: c.value})
	}
	return out
}
