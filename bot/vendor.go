package bot

import (
	"bytes"
	"context"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

func vendorDef() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "vendor",
		Description: "Show a vendor's recent trust alerts and known trust events.",
		Contexts:    guildOnly(),
		Options: []*discordgo.ApplicationCommandOption{
			vendorOpt("name", "Vendor name or alias", true),
			{
				Type:        discordgo.ApplicationCommandOptionBoolean,
				Name:        "private",
				Description: "Answer only to you",
			},
		},
	}
}

// vendorPrivate is /vendor's visibility: public unless asked for
// private:True.
func vendorPrivate(opts options) bool { return boolOpt(opts, "private") }

func (b *Bot) vendor(ctx context.Context, log *slog.Logger, c call) reply {
	name, _ := stringOpt(c.opts, "name")
	if r, ok := checkVendorName(name); !ok {
		return r
	}
	vendors, err := b.guildVendors(ctx, c.i.GuildID)
	if err != nil {
		log.Error("vendor", "error", err)
		return errGeneric
	}
	v, ok := findVendor(vendors, name)
	unlisted := false
	if !ok {
		// A vendor first seen in the news: known by the alerts that
		// named it.
		seen, err := b.opts.Store.RecentAlerts(ctx, AlertQuery{Vendor: strings.TrimSpace(name), Guild: c.i.GuildID, Limit: 1})
		if err != nil {
			log.Error("vendor alerts", "error", err)
			return errGeneric
		}
		if len(seen) == 0 {
			return userError("I don't watch a vendor called %q and no alert has named it; see /vendors.", Truncate(name, maxVendorName))
		}
		v, unlisted = trust.Vendor{Name: strings.TrimSpace(name)}, true
		for _, h := range seen[0].Vendors {
			if strings.EqualFold(h.Name, v.Name) {
				v.Name = h.Name
			}
		}
	}
	now := b.opts.Now()
	recent, err := b.opts.Store.RecentAlerts(ctx, AlertQuery{Vendor: v.Name, Guild: c.i.GuildID, Limit: 10})
	if err != nil {
		log.Error("vendor alerts", "error", err)
		return errGeneric
	}
	count, err := b.opts.Store.CountAlerts(ctx, AlertQuery{Vendor: v.Name, Guild: c.i.GuildID, Since: now.Add(-30 * 24 * time.Hour)})
	if err != nil {
		log.Error("vendor count", "error", err)
		return errGeneric
	}
	e := &discordgo.MessageEmbed{Title: EscapeTrunc(v.Name, maxTitle)}
	var desc []string
	if len(v.Aliases) > 0 {
		desc = append(desc, "Also known as: "+EscapeTrunc(strings.Join(v.Aliases, ", "), 500))
	}
	if v.Guild != "" {
		desc = append(desc, "Watched by this server (/watch).")
	}
	if unlisted {
		desc = append(desc, "Not in the registry: first seen in the news (subscriptions with scope:any get its alerts; /watch add it to follow it by name).")
	}
	desc = append(desc, "**"+strconv.Itoa(count)+"** alert(s) in the last 30 days.")
	e.Description = fitLines(desc, maxDescription)
	if len(recent) > 0 {
		lines := make([]string, 0, len(recent))
		for k := range recent {
			lines = append(lines, alertLine(&recent[k]))
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Recent alerts", Value: fitLines(lines, maxFieldValue)})
		e.Color = severityColour(recent[0].Severity)
	} else {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Recent alerts", Value: "None stored yet."})
	}
	// The timeline: the config's known events and every event the bot has
	// seen, newest first.
	tl := append([]trust.TimelineEntry(nil), v.Timeline...)
	if b.opts.Events != nil {
		evs, err := b.opts.Events.VendorEvents(ctx, v.Name, 25)
		if err != nil {
			log.Error("vendor events", "error", err)
			return errGeneric
		}
		for _, ev := range evs {
			tl = append(tl, timelineEntry(ev))
		}
	}
	if len(tl) > 0 {
		sort.SliceStable(tl, func(a, b int) bool { return tl[a].Date.After(tl[b].Date) })
		lines := make([]string, 0, len(tl))
		for _, t := range tl {
			text := EscapeTrunc(oneLine(t.Text), 300)
			if u := safeURL(t.URL); u != "" {
				text = "[" + text + "](" + u + ")"
			}
			lines = append(lines, "`"+dateText(t.Date)+"` "+text)
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Trust timeline", Value: fitLines(lines, maxFieldValue)})
	}
	r := reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: vendorPrivate(c.opts)}
	if png, ok := b.trend(ctx, log, v.Name, c.i.GuildID, now); ok {
		r.files = []*discordgo.File{{Name: trendFile, ContentType: "image/png", Reader: bytes.NewReader(png)}}
		e.Image = &discordgo.MessageEmbedImage{URL: "attachment://" + trendFile}
	}
	return r
}

const trendFile = "trend.png"

// trend draws the vendor's alerts per month of the last twelve months,
// when it had any. A failure leaves the chart out of the answer.
func (b *Bot) trend(ctx context.Context, log *slog.Logger, vendor, guildID string, now time.Time) ([]byte, bool) {
	months, err := b.opts.Store.AlertMonths(ctx, AlertQuery{Vendor: vendor, Guild: guildID, Since: chartSince(now)})
	if err != nil {
		log.Error("vendor trend", "error", err)
		return nil, false
	}
	if len(months) == 0 {
		return nil, false
	}
	png, err := TrendChart(vendor+": alerts per month", months, now)
	if err != nil {
		log.Error("vendor trend", "error", err)
		return nil, false
	}
	return png, true
}

func vendorsDef() *discordgo.ApplicationCommand {
	one := 1.0
	return &discordgo.ApplicationCommand{
		Name:        "vendors",
		Description: "List the watched vendors.",
		Contexts:    guildOnly(),
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:        discordgo.ApplicationCommandOptionInteger,
				Name:        "page",
				Description: "Page number (default: 1)",
				MinValue:    &one,
			},
		},
	}
}

const vendorsPerPage = 20

func (b *Bot) vendors(ctx context.Context, log *slog.Logger, c call) reply {
	page := 1
	if o, ok := c.opts["page"]; ok && o.Type == discordgo.ApplicationCommandOptionInteger {
		page = int(o.IntValue())
	}
	vendors, err := b.guildVendors(ctx, c.i.GuildID)
	if err != nil {
		log.Error("vendors", "error", err)
		return errGeneric
	}
	if len(vendors) == 0 {
		return reply{content: "The watchlist is empty; add a vendor with /watch add."}
	}
	sort.SliceStable(vendors, func(a, b int) bool { return strings.ToLower(vendors[a].Name) < strings.ToLower(vendors[b].Name) })
	pages := (len(vendors) + vendorsPerPage - 1) / vendorsPerPage
	if page < 1 || page > pages {
		return userError("There are %d page(s); pick a page from 1 to %d.", pages, pages)
	}
	var lines []string
	for _, v := range vendors[(page-1)*vendorsPerPage : min(page*vendorsPerPage, len(vendors))] {
		l := "**" + EscapeTrunc(v.Name, maxVendorName) + "**"
		if len(v.Aliases) > 0 {
			l += " — " + EscapeTrunc(strings.Join(v.Aliases, ", "), 120)
		}
		if v.Guild != "" {
			l += " (this server)"
		}
		lines = append(lines, l)
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Watched vendors (" + strconv.Itoa(len(vendors)) + ")",
		Description: fitLines(lines, maxDescription),
		Footer:      &discordgo.MessageEmbedFooter{Text: "Page " + strconv.Itoa(page) + " of " + strconv.Itoa(pages)},
	}}}
}
