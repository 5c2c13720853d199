package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// floodMessage renders a flood summary row: the alerts of one poll of one
// source beyond what it may post to the channel one by one, led by the
// most severe of them (row.Alert). It pings nobody.
func (b *Bot) floodMessage(ctx context.Context, row OutboxEntry) (discordgo.MessageSend, error) {
	f, err := b.opts.Store.Flood(ctx, row.RefID)
	if err != nil {
		return discordgo.MessageSend{}, fmt.Errorf("render flood summary: %w", err)
	}
	return discordgo.MessageSend{
		Embeds:          []*discordgo.MessageEmbed{FloodEmbed(f, &row.Alert)},
		AllowedMentions: noMentions(),
	}, nil
}

// FloodEmbed says how many alerts of one poll of a source were not posted
// one by one, which vendors they name, the most severe of them (lead), and
// how to see them: /vendor lists a vendor's alerts. Feed text is escaped
// and the embed fits Discord's limits whatever the names.
func FloodEmbed(f trust.Flood, lead *trust.Alert) *discordgo.MessageEmbed {
	src := orDash(EscapeTrunc(oneLine(f.Source), 100), "one source")
	e := &discordgo.MessageEmbed{
		Title: Truncate(fmt.Sprintf("🌊 %s more alerts from %s", thousands(f.Alerts), src), maxTitle),
		Color: severityColour(lead.Severity),
		Footer: &discordgo.MessageEmbedFooter{
			Text: "vendorwatch · flood summary · one poll posts at most " + strconv.Itoa(f.Posted) + " alerts here",
		},
	}
	if !f.CreatedAt.IsZero() {
		e.Timestamp = f.CreatedAt.UTC().Format(time.RFC3339)
	}
	e.Description = fmt.Sprintf("One check of **%s** found %s alerts for this channel. The %s most severe were posted; "+
		"these %s are summed up here so that one source cannot bury the channel.",
		src, thousands(f.Posted+f.Alerts), thousands(f.Posted), thousands(f.Alerts))

	title := orDash(EscapeTrunc(oneLine(lead.Title), 200), "(untitled)")
	if u := safeURL(lead.Link); u != "" {
		title = "[" + title + "](" + u + ")"
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
		Name: "Most severe of them", Value: Truncate("**"+severityText(lead.Severity)+"** "+title, maxFieldValue),
	})
	var lines []string
	for _, v := range f.Vendors {
		lines = append(lines, "• "+EscapeTrunc(oneLine(v.Name), 100)+": "+thousands(v.Alerts))
	}
	if len(lines) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Vendors", Value: fitLines(lines, maxFieldValue)})
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
		Name:  "See them",
		Value: "`/vendor name:` with a vendor above lists its recent alerts, these included; `/explain url:` with an article's link tells why it was flagged.",
	})
	return e
}

// thousands writes n with thousands separators: 1,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
