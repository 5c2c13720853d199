package bot

import (
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// severityColour gives each severity a colour, from grey-blue to red.
func severityColour(s trust.Severity) int {
	switch s {
	case trust.SeverityLow:
		return 0x5b8def
	case trust.SeverityMedium:
		return 0xf1c40f
	case trust.SeverityHigh:
		return 0xe67e22
	case trust.SeverityCritical:
		return 0xe74c3c
	}
	return 0x95a5a6
}

func severityText(s trust.Severity) string {
	switch s {
	case trust.SeverityLow:
		return "Low"
	case trust.SeverityMedium:
		return "Medium"
	case trust.SeverityHigh:
		return "High"
	case trust.SeverityCritical:
		return "Critical"
	}
	return "Unknown"
}

// visibleVendors returns the names of the alert's vendors a guild may see:
// the global ones and the guild's own, never another guild's.
func visibleVendors(a *trust.Alert, guildID string) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range a.Vendors {
		if v.Guild != "" && v.Guild != guildID {
			continue
		}
		if seen[strings.ToLower(v.Name)] {
			continue
		}
		seen[strings.ToLower(v.Name)] = true
		out = append(out, v.Name)
	}
	return out
}

// visibleWhy is the "why" line limited to what the guild may see: vendor
// terms of other guilds are left out.
func visibleWhy(a *trust.Alert, guildID string) string {
	b := *a
	b.Vendors = nil
	for _, v := range a.Vendors {
		if v.Guild == "" || v.Guild == guildID {
			b.Vendors = append(b.Vendors, v)
		}
	}
	return b.Why()
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return "unknown date"
	}
	return t.UTC().Format("2006-01-02")
}

// AlertEmbed renders an alert for a guild as one embed within every Discord
// limit. All feed text is escaped.
func AlertEmbed(a *trust.Alert, guildID string) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title: orDash(EscapeTrunc(oneLine(a.Title), maxTitle), "(untitled)"),
		URL:   safeURL(a.Link),
		Color: severityColour(a.Severity),
	}
	if !a.Published.IsZero() {
		e.Timestamp = a.Published.UTC().Format(time.RFC3339)
	}
	vendors := visibleVendors(a, guildID)
	vendorText := "—"
	if len(vendors) > 0 {
		vendorText = strings.Join(vendors, ", ")
	}
	category := a.Category.Label()
	if category == "" {
		category = "—"
	}
	source := a.Source
	if source == "" {
		source = "unknown source"
	}
	e.Fields = []*discordgo.MessageEmbedField{
		{Name: "Vendor", Value: orDash(EscapeTrunc(vendorText, maxFieldValue), "—"), Inline: true},
		{Name: "Severity", Value: severityText(a.Severity), Inline: true},
		{Name: "Category", Value: orDash(EscapeTrunc(category, maxFieldValue), "—"), Inline: true},
		{Name: "Source", Value: EscapeTrunc(oneLine(source), maxFieldValue-20) + " · " + dateText(a.Published), Inline: false},
	}
	if len(a.Signals) > 0 || len(vendors) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name: "Why", Value: orDash(EscapeTrunc(oneLine(visibleWhy(a, guildID)), maxFieldValue), "—"),
		})
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: "vendorwatch"}
	// The summary gets what the 6000 total leaves, up to its own limit.
	room := maxEmbedTotal - embedLength(e)
	if room > maxDescription {
		room = maxDescription
	}
	if s := a.SummaryBody(); s != "" && room > 1 {
		e.Description = EscapeTrunc(s, room)
	}
	return e
}

// orDash returns s, or alt when s is blank: Discord rejects empty titles
// and field values.
func orDash(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return s
}

// embedLength counts the characters Discord adds up for the 6000 limit.
func embedLength(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	if e.Author != nil {
		n += runes(e.Author.Name)
	}
	return n
}

// fitLines joins lines with newlines, stopping before the line that would
// take the text over max, and says how many were left out.
func fitLines(lines []string, max int) string {
	const tailRoom = 24 // "\n… and NNNN more"
	var b strings.Builder
	n := 0
	for i, l := range lines {
		add := l
		if i > 0 {
			add = "\n" + l
		}
		need := runes(add)
		if i < len(lines)-1 {
			need += tailRoom
		}
		if n+need > max {
			tail := "… and " + strconv.Itoa(len(lines)-i) + " more"
			if i > 0 {
				tail = "\n" + tail
			}
			if n+runes(tail) <= max {
				b.WriteString(tail)
			}
			return b.String()
		}
		b.WriteString(add)
		n += runes(add)
	}
	return b.String()
}

// alertLine is one alert as a line of a list: date, severity, linked title
// and source.
func alertLine(a *trust.Alert) string {
	title := orDash(EscapeTrunc(oneLine(a.Title), 150), "(untitled)")
	if u := safeURL(a.Link); u != "" {
		title = "[" + title + "](" + u + ")"
	}
	return "`" + dateText(a.Published) + "` **" + severityText(a.Severity) + "** " + title + " — " + EscapeTrunc(oneLine(a.Source), 60)
}
