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

// Limits of /sources add's options.
const (
	maxFeedURL  = 2000
	maxFeedName = 100
)

// DefaultMaxFeedsPerGuild is how many feeds of its own a server may add
// when Options.MaxFeedsPerGuild is 0.
const DefaultMaxFeedsPerGuild = 20

// addServerFeed is /sources add url:<feed> [name]: the feed is read once,
// now, and the answer shows its title, how many items it has and its
// newest three, or why it cannot be read. Once added, it is polled like
// the built-in sources and its alerts go to this server's subscriptions
// only. It needs Manage Channels.
func (b *Bot) addServerFeed(ctx context.Context, log *slog.Logger, c call) reply {
	if !canManage(c.i) {
		return userError("Adding a feed needs the Manage Channels permission; /sources list shows the sources.")
	}
	limit := b.opts.MaxFeedsPerGuild
	if limit < 0 || b.opts.ReadFeed == nil {
		return userError("This bot does not take feeds of a server's own; /sources list shows the built-in sources.")
	}
	raw, _ := stringOpt(c.opts, "url")
	name, _ := stringOpt(c.opts, "name")
	name = strings.TrimSpace(oneLine(name))
	// The cap first: reading a feed for a server that cannot add it
	// would be a fetch for nothing. AddServerFeed checks it again.
	own, err := b.opts.Store.ServerFeeds(ctx, c.i.GuildID)
	if err != nil {
		log.Error("server feeds", "error", err)
		return errGeneric
	}
	if len(own) >= limit {
		return userError("This server has %d feeds of its own, the most it may have; remove one with /sources remove first.", limit)
	}

	feed, err := b.opts.ReadFeed(ctx, raw)
	if err != nil {
		var bad *trust.FeedUnreadable
		if !errors.As(err, &bad) {
			log.Error("read feed", "error", err)
			return errGeneric
		}
		reason := bad.Reason
		if reason == "" {
			reason = SourceProblem(bad.Failure)
		}
		log.Info("feed refused", "kind", bad.Failure.Kind)
		return userError("I cannot add that feed: %s.", reason)
	}
	if name == "" {
		name = strings.TrimSpace(oneLine(feed.Title))
	}
	if name == "" {
		name = hostOf(feed.URL)
	}
	name = Truncate(name, maxFeedName)
	userID := ""
	if c.i.Member != nil && c.i.Member.User != nil {
		userID = c.i.Member.User.ID
	}
	added, err := b.opts.Store.AddServerFeed(ctx, trust.ServerFeed{GuildID: c.i.GuildID, Name: name, AddedBy: userID},
		feed.URL, strings.TrimSpace(oneLine(feed.Title)), limit)
	switch {
	case errors.Is(err, ErrExists):
		return userError("This server already has that feed, or another feed called %s; /sources list shows them.", EscapeTrunc(name, maxFeedName))
	case errors.Is(err, ErrLimit):
		return userError("This server has %d feeds of its own, the most it may have; remove one with /sources remove first.", limit)
	case err != nil:
		log.Error("add server feed", "error", err)
		return errGeneric
	}
	if b.opts.FeedsChanged != nil {
		b.opts.FeedsChanged()
	}
	log.Info("server feed added", "source_id", added.Source.ID)
	return reply{ephemeral: true, embeds: []*discordgo.MessageEmbed{feedAddedEmbed(added, feed)}}
}

// feedAddedEmbed is /sources add's answer: the feed as read just now.
func feedAddedEmbed(f trust.ServerFeed, feed trust.FeedPreview) *discordgo.MessageEmbed {
	var b strings.Builder
	title := orDash(EscapeTrunc(oneLine(feed.Title), 200), "(no title)")
	b.WriteString("**" + title + "** — " + itemCount(feed.Items) + ".\n")
	if len(feed.Newest) > 0 {
		b.WriteString("Newest:\n")
		for _, it := range feed.Newest {
			t := orDash(EscapeTrunc(oneLine(it.Title), 150), "(untitled)")
			if u := safeURL(it.Link); u != "" {
				t = "[" + t + "](" + u + ")"
			}
			line := "• " + t
			if it.DateKnown {
				line += " — " + discordTime(it.Published)
			}
			b.WriteString(line + "\n")
		}
	}
	if !f.Source.Server {
		b.WriteString("\nThis is one of the built-in sources: its alerts already go to every server that subscribes.")
	} else {
		b.WriteString("\nIt is read on the built-in sources' schedule; its alerts go to this server's subscriptions only. " +
			"Its older articles are kept without alerting, so adding it does not flood your channels.")
	}
	return &discordgo.MessageEmbed{
		Title:       "Feed added: " + EscapeTrunc(oneLine(f.Name), 200),
		Description: Truncate(b.String(), maxDescription),
		Footer:      &discordgo.MessageEmbedFooter{Text: "Remove it with /sources remove feed:" + Truncate(oneLine(f.Name), 100)},
	}
}

func itemCount(n int) string {
	if n == 1 {
		return "1 item"
	}
	return strconv.Itoa(n) + " items"
}

// removeServerFeed is /sources remove feed:<name or URL>. The feed stays
// polled while other servers have it.
func (b *Bot) removeServerFeed(ctx context.Context, log *slog.Logger, c call) reply {
	if !canManage(c.i) {
		return userError("Removing a feed needs the Manage Channels permission; /sources list shows the sources.")
	}
	feed, _ := stringOpt(c.opts, "feed")
	removed, err := b.opts.Store.RemoveServerFeed(ctx, c.i.GuildID, feed)
	if errors.Is(err, ErrNotFound) {
		return userError("This server has no feed of its own called %s; /sources list shows them.", EscapeTrunc(oneLine(feed), 100))
	}
	if err != nil {
		log.Error("remove server feed", "error", err)
		return errGeneric
	}
	if b.opts.FeedsChanged != nil {
		b.opts.FeedsChanged()
	}
	return reply{ephemeral: true, content: "Removed " + EscapeTrunc(oneLine(removed.Name), 100) + ": this server gets no more alerts from it."}
}

// feedAutocomplete suggests this server's own feeds for /sources remove:
// those whose name contains what the user typed, at most 25.
func (b *Bot) feedAutocomplete(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) {
	typed := ""
	for _, sub := range data.Options {
		for _, o := range sub.Options {
			if o != nil && o.Focused {
				typed, _ = o.Value.(string)
			}
		}
	}
	q := strings.ToLower(strings.TrimSpace(typed))
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if i.GuildID != "" {
		sctx, cancel := context.WithTimeout(ctx, b.opts.DeferAfter)
		feeds, err := b.opts.Store.ServerFeeds(sctx, i.GuildID)
		cancel()
		if err != nil {
			log.Warn("autocomplete", "error", err)
		}
		for _, f := range feeds {
			if len(choices) == maxChoices {
				break
			}
			if runes(f.Name) > maxChoiceValue || !strings.Contains(strings.ToLower(f.Name), q) {
				continue
			}
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: f.Name, Value: f.Name})
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
