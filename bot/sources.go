package bot

import (
	"context"
	"log/slog"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

func (b *Bot) sources(ctx context.Context, log *slog.Logger, i *discordgo.Interaction) reply {
	srcs, err := b.opts.Store.Sources(ctx)
	if err != nil {
		log.Error("sources", "error", err)
		return errGeneric
	}
	if len(srcs) == 0 {
		return reply{content: "No sources are configured."}
	}
	notify, err := b.opts.Store.HealthChannel(ctx, i.GuildID)
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
