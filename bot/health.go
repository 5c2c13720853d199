package bot

import (
	"context"
	"fmt"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// Colours of the feed-health notices.
const (
	healthDownColour = 0xe74c3c
	healthUpColour   = 0x2ecc71
)

// healthMessage renders feed-health notice row.RefID: a source the
// operators are told is down, or back. The source's name comes from the
// config but is escaped like feed text; its URL is left out, since a feed
// URL may carry a key.
func (b *Bot) healthMessage(ctx context.Context, row OutboxEntry) (discordgo.MessageSend, error) {
	ev, err := b.opts.Store.HealthEvent(ctx, row.RefID)
	if err != nil {
		return discordgo.MessageSend{}, fmt.Errorf("render health notice: %w", err)
	}
	return discordgo.MessageSend{
		Embeds:          []*discordgo.MessageEmbed{HealthEmbed(ev)},
		AllowedMentions: noMentions(),
	}, nil
}

// HealthEmbed renders a source's change of state for an operators'
// channel: "🔴 Name is down" with the failure in words, since when and how
// many failures, or "🟢 Name is back" with how long it was down.
func HealthEmbed(ev trust.HealthEvent) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Footer: &discordgo.MessageEmbedFooter{Text: "vendorwatch · feed health"}}
	if !ev.At.IsZero() {
		e.Timestamp = ev.At.UTC().Format(time.RFC3339)
	}
	name := EscapeTrunc(oneLine(ev.Source), 200)
	if ev.State == "up" {
		e.Title = "🟢 " + name + " is back"
		e.Color = healthUpColour
		e.Description = "It works again"
		if !ev.Since.IsZero() {
			e.Description += "; it was down for " + HumanDuration(ev.At.Sub(ev.Since)) + " (failing since " + discordTime(ev.Since) + ")"
		}
		e.Description += "."
		return e
	}
	e.Title = "🔴 " + name + " is down"
	e.Color = healthDownColour
	problem := SourceProblem(ev.Failure)
	if problem == "" {
		problem = "the last checks failed"
	}
	desc := capitalise(problem) + ".\n"
	if !ev.Since.IsZero() {
		desc += "Failing since " + discordTime(ev.Since) + ", " + failureCount(ev.Failures) + ". "
	}
	e.Description = desc + "News from this source is missed until it works again; you will hear when it does."
	return e
}

// discordTime is a timestamp each reader's Discord client shows in their
// own time zone: "1 March 2026 12:00".
func discordTime(t time.Time) string {
	return "<t:" + strconv.FormatInt(t.Unix(), 10) + ":f>"
}

// capitalise upper-cases a sentence's first letter.
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

func failureCount(n int) string {
	if n == 1 {
		return "1 failure"
	}
	return strconv.Itoa(n) + " failures in a row"
}

// healthLine is one source's line in /sources: a down source (the
// operators were told) is told apart from a transient failure, and a
// failure is given in words, never the raw error, which may carry the
// feed's URL.
func healthLine(s SourceState, now time.Time) string {
	name := "**" + EscapeTrunc(oneLine(s.Name), 100) + "**"
	switch {
	case s.Down:
		l := "🔴 " + name + " — **down**"
		if !s.FailingSince.IsZero() {
			l += " since " + discordTime(s.FailingSince)
		}
		return l + ": " + problemOr(s) + "; " + failureCount(s.Failures) + ", last success " + ago(now, s.LastSuccess)
	case s.Failures > 0:
		return "🟡 " + name + " — failing: " + problemOr(s) + "; " + failureCount(s.Failures) + ", last success " + ago(now, s.LastSuccess)
	case s.LastSuccess.IsZero():
		return "⚪ " + name + " — not read yet"
	}
	return "🟢 " + name + " — last success " + ago(now, s.LastSuccess)
}

func problemOr(s SourceState) string {
	if p := SourceProblem(s.LastFailure); p != "" {
		return p
	}
	return "the last check failed"
}

// healthLegend explains /sources' marks.
const healthLegend = "🟢 working · 🟡 failing, maybe briefly · 🔴 down (reported to the health channels) · ⚪ not read yet"

// healthChannelLine says where this guild's feed-health notices go.
func healthChannelLine(channelID string) string {
	if channelID == "" {
		return "No health channel: set one with `/sources notify channel:#channel` to hear when a source goes down and comes back."
	}
	return "Feed-health notices go to <#" + channelID + "> (`/sources notify off:True` stops them)."
}
