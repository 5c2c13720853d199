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
		// One budget for every read, well inside Discord's 3 s.
		sctx, cancel := context.WithTimeout(ctx, b.opts.DeferAfter)
		defer cancel()
		var vendors []trust.Vendor
		var err error
		if ownOnly {
			vendors, err = b.opts.Store.GuildVendors(sctx, i.GuildID)
		} else {
			vendors, err = b.guildVendors(sctx, i.GuildID)
		}
		if err != nil {
			log.Warn("autocomplete", "error", err)
			if !ownOnly {
				// The global list needs no database: offer it rather
				// than nothing when the guild's own vendors are slow.
				vendors = b.opts.Watchlist()
			}
		}
		choices = vendorChoices(vendors, typed)
		if data.Name == "vendor" && len(choices) < maxChoices && sctx.Err() == nil {
			// /vendor answers for vendors first seen in the news too:
			// offer them after the registry's and the guild's own.
			names, err := b.opts.Store.AlertVendors(sctx, i.GuildID, strings.TrimSpace(typed), maxChoices)
			if err != nil {
				log.Warn("autocomplete: vendors in the news", "error", err)
			}
			choices = appendNewsVendors(choices, names)
		}
	}
	err := b.answerRespond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if err != nil {
		log.Warn("answer autocomplete", "error", err)
	}
}

// appendNewsVendors adds names of vendors seen in the news that choices
// lacks (case folded), marked as such, up to Discord's 25.
func appendNewsVendors(choices []*discordgo.ApplicationCommandOptionChoice, names []string) []*discordgo.ApplicationCommandOptionChoice {
	have := map[string]bool{}
	for _, c := range choices {
		if v, ok := c.Value.(string); ok {
			have[strings.ToLower(v)] = true
		}
	}
	for _, n := range names {
		if len(choices) == maxChoices {
			break
		}
		if n == "" || have[strings.ToLower(n)] || runes(n) > maxChoiceValue {
			continue
		}
		have[strings.ToLower(n)] = true
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: Truncate(n+" (in the news)", maxChoiceName), Value: n})
	}
	return choices
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
