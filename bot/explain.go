package bot

import (
	"context"
	"log/slog"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Explanation is what the bot knows about an article, for /explain: each
// line one plain-text fact (sources, alert and why, event, deliveries).
type Explanation struct {
	Seen  bool // false: the bot has not seen the link; Lines may say more
	Title string
	Link  string
	Lines []string
}

func explainDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "explain",
		Description: "Explain what the bot did with an article: alert or not, why, and where it went.",
		Contexts:    guildOnly(),
		Options: []*discordgo.ApplicationCommandOption{{
			Type:        discordgo.ApplicationCommandOptionString,
			Name:        "url",
			Description: "The article's link",
			Required:    true,
			MaxLength:   maxURL,
		}},
	}
}

// explain answers /explain url: what the bot knows about the article.
func (b *Bot) explain(ctx context.Context, log *slog.Logger, c call) reply {
	link, _ := stringOpt(c.opts, "url")
	link = strings.TrimSpace(link)
	if link == "" {
		return userError("Give the article's link.")
	}
	if b.opts.Explain == nil {
		return userError("/explain is not available on this bot.")
	}
	ex, err := b.opts.Explain(ctx, link, c.i.GuildID)
	if err != nil {
		log.Error("explain", "error", err)
		return errGeneric
	}
	return reply{embeds: []*discordgo.MessageEmbed{ExplainEmbed(ex)}, ephemeral: true}
}

// ExplainEmbed renders an Explanation within Discord's limits, all text
// escaped.
func ExplainEmbed(ex Explanation) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: "Not seen", Color: 0x95a5a6}
	if ex.Seen {
		e.Title = orDash(EscapeTrunc(oneLine(ex.Title), maxTitle), "(untitled)")
		e.URL = safeURL(ex.Link)
		e.Color = 0x5b8def
	}
	lines := make([]string, 0, len(ex.Lines))
	for _, l := range ex.Lines {
		lines = append(lines, EscapeTrunc(oneLine(l), 600))
	}
	e.Description = orDash(fitLines(lines, maxDescription), "—")
	return e
}
