package bot

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

func sampleAlert() trust.Alert {
	return trust.Alert{
		ID:        7,
		Title:     "FCC adds Kaspersky to Covered List",
		Link:      "https://example.com/news/kaspersky",
		Source:    "Example News",
		Published: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC),
		Vendors:   []trust.VendorHit{{Name: "Kaspersky", Term: "Kaspersky"}},
		Signals:   []trust.SignalHit{{Term: "Covered List", Category: trust.CategorySanctions, Weight: 3}},
		Category:  trust.CategorySanctions,
		Score:     4.5,
		Severity:  trust.SeverityHigh,
		InTitle:   true,
		Summary:   "The FCC added Kaspersky to its Covered List.",
	}
}

// checkEmbedLimits fails when e breaks one of Discord's embed limits.
func checkEmbedLimits(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	n := func(s string) int { return utf8.RuneCountInString(s) }
	if n(e.Title) > 256 || n(e.Description) > 4096 || len(e.Fields) > 25 {
		t.Errorf("title %d, description %d, fields %d: over a limit", n(e.Title), n(e.Description), len(e.Fields))
	}
	for _, f := range e.Fields {
		if n(f.Name) > 256 || n(f.Value) > 1024 || strings.TrimSpace(f.Value) == "" || strings.TrimSpace(f.Name) == "" {
			t.Errorf("field %q: name %d, value %d characters", f.Name, n(f.Name), n(f.Value))
		}
	}
	if total := embedLength(e); total > 6000 {
		t.Errorf("embed has %d characters in all, want at most 6000", total)
	}
}

func TestAlertEmbed(t *testing.T) {
	a := sampleAlert()
	e := AlertEmbed(&a, "g1")
	checkEmbedLimits(t, e)
	if e.URL != a.Link {
		t.Errorf("URL = %q, want %q", e.URL, a.Link)
	}
	if e.Color != severityColour(trust.SeverityHigh) {
		t.Errorf("Color = %#x, want the high colour", e.Color)
	}
	if e.Timestamp != "2026-11-20T10:00:00Z" {
		t.Errorf("Timestamp = %q", e.Timestamp)
	}
	var all []string
	for _, f := range e.Fields {
		all = append(all, f.Name+"="+f.Value)
	}
	got := strings.Join(all, "\n")
	for _, want := range []string{"Vendor=Kaspersky", "Severity=High", "Category=Sanctions / export control", "Example News · 2026-11-20", "Why="} {
		if !strings.Contains(got, want) {
			t.Errorf("fields lack %q:\n%s", want, got)
		}
	}
}

func TestAlertEmbedHostile(t *testing.T) {
	a := sampleAlert()
	a.Title = "@everyone <@&123> [link](https://evil.example) **Kaspersky** banned"
	a.Summary = "@here <@42> `code` ||spoiler||"
	a.Link = "javascript:alert(1)"
	e := AlertEmbed(&a, "g1")
	for _, s := range []string{e.Title, e.Description} {
		if strings.Contains(s, "@everyone") || strings.Contains(s, "@here") {
			t.Errorf("mention left in %q", s)
		}
		if regexp.MustCompile(`(^|[^\\])<@`).MatchString(s) {
			t.Errorf("unescaped user or role mention in %q", s)
		}
		if regexp.MustCompile(`(^|[^\\])\[`).MatchString(s) {
			t.Errorf("unescaped link in %q", s)
		}
	}
	if e.URL != "" {
		t.Errorf("URL = %q, want none for a javascript: link", e.URL)
	}
}

func TestAlertEmbedOverflow(t *testing.T) {
	a := sampleAlert()
	a.Title = strings.Repeat("Kaspersky banned again ", 40)
	a.Summary = strings.Repeat("A long summary sentence with *stars* and words. ", 400)
	a.Source = strings.Repeat("Source ", 500)
	for k := 0; k < 40; k++ {
		a.Vendors = append(a.Vendors, trust.VendorHit{Name: strings.Repeat("V", 90) + string(rune('a'+k%26)), Term: "v"})
		a.Signals = append(a.Signals, trust.SignalHit{Term: strings.Repeat("signal ", 10), Category: trust.CategoryBan, Weight: 1})
	}
	e := AlertEmbed(&a, "g1")
	checkEmbedLimits(t, e)
	if !strings.HasSuffix(e.Title, "…") || !strings.HasSuffix(e.Description, "…") {
		t.Errorf("title %q / description end %q: want ellipses", e.Title, e.Description[len(e.Description)-20:])
	}
	if strings.HasSuffix(strings.TrimSuffix(e.Description, "…"), `\`) {
		t.Errorf("description cut inside an escape")
	}
}

func TestAlertEmbedHidesOtherGuildsVendors(t *testing.T) {
	a := sampleAlert()
	a.Vendors = append(a.Vendors, trust.VendorHit{Name: "SecretCo", Term: "SecretCo", Guild: "g2"})
	for _, tt := range []struct {
		guild string
		want  bool
	}{{"g1", false}, {"g2", true}} {
		e := AlertEmbed(&a, tt.guild)
		var text strings.Builder
		for _, f := range e.Fields {
			text.WriteString(f.Value)
		}
		if got := strings.Contains(text.String(), "SecretCo"); got != tt.want {
			t.Errorf("guild %s sees SecretCo = %v, want %v", tt.guild, got, tt.want)
		}
	}
}

func TestFitLines(t *testing.T) {
	lines := []string{strings.Repeat("a", 40), strings.Repeat("b", 40), strings.Repeat("c", 40)}
	got := fitLines(lines, 110)
	if utf8.RuneCountInString(got) > 110 {
		t.Fatalf("fitLines gave %d characters", utf8.RuneCountInString(got))
	}
	if !strings.Contains(got, "and 1 more") {
		t.Errorf("fitLines = %q, want a note about the line left out", got)
	}
	if got := fitLines(lines[:2], 100); got != lines[0]+"\n"+lines[1] {
		t.Errorf("fitLines = %q, want both lines", got)
	}
}

func FuzzAlertEmbed(f *testing.F) {
	f.Add("@everyone <@&1> [x](y)", "summary *", "src", "https://e.com")
	f.Add(strings.Repeat("é ", 500), strings.Repeat("w ", 5000), strings.Repeat("s", 2000), "x")
	f.Fuzz(func(t *testing.T, title, summary, source, link string) {
		a := sampleAlert()
		a.Title, a.Summary, a.Source, a.Link = title, summary, source, link
		e := AlertEmbed(&a, "g")
		checkEmbedLimits(t, e)
		if e.Title == "" {
			t.Fatal("empty title")
		}
	})
}

func TestCommands(t *testing.T) {
	name := regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)
	var check func(path string, opts []*discordgo.ApplicationCommandOption)
	check = func(path string, opts []*discordgo.ApplicationCommandOption) {
		if len(opts) > 25 {
			t.Errorf("%s: %d options", path, len(opts))
		}
		for _, o := range opts {
			p := path + " " + o.Name
			if !name.MatchString(o.Name) || strings.ToLower(o.Name) != o.Name {
				t.Errorf("%s: bad name", p)
			}
			if n := utf8.RuneCountInString(o.Description); n < 1 || n > 100 {
				t.Errorf("%s: description of %d characters", p, n)
			}
			for _, c := range o.Choices {
				if v, _ := c.Value.(string); len(v) > 100 || c.Name == "" {
					t.Errorf("%s: bad choice %q", p, c.Name)
				}
			}
			check(p, o.Options)
		}
	}
	manage := map[string]bool{"subscribe": true, "unsubscribe": true, "mute": true, "unmute": true}
	for _, c := range Commands() {
		if !name.MatchString(c.Name) {
			t.Errorf("%s: bad name", c.Name)
		}
		if n := utf8.RuneCountInString(c.Description); n < 1 || n > 100 {
			t.Errorf("%s: description of %d characters", c.Name, n)
		}
		if c.Contexts == nil || len(*c.Contexts) != 1 || (*c.Contexts)[0] != discordgo.InteractionContextGuild {
			t.Errorf("%s: not guild-only", c.Name)
		}
		gotManage := c.DefaultMemberPermissions != nil && *c.DefaultMemberPermissions == discordgo.PermissionManageChannels
		if gotManage != manage[c.Name] {
			t.Errorf("%s: Manage Channels required = %v, want %v", c.Name, gotManage, manage[c.Name])
		}
		check(c.Name, c.Options)
	}
}

func TestVendorChoices(t *testing.T) {
	var vendors []trust.Vendor
	for k := 0; k < 40; k++ {
		vendors = append(vendors, trust.Vendor{Name: "Vendor" + string(rune('A'+k%26)) + strings.Repeat("x", k)})
	}
	vendors = append(vendors, trust.Vendor{Name: "Kaspersky", Aliases: []string{"Kaspersky Lab", "AO Kaspersky"}},
		trust.Vendor{Name: "Huawei", Aliases: []string{"HiSilicon"}})
	if got := vendorChoices(vendors, ""); len(got) != 25 {
		t.Errorf("empty query: %d choices, want 25", len(got))
	}
	got := vendorChoices(vendors, "hisi")
	if len(got) != 1 || got[0].Value != "Huawei" || got[0].Name != "Huawei (HiSilicon)" {
		t.Errorf("alias query: got %+v", got)
	}
	got = vendorChoices(vendors, "kasp")
	if len(got) != 1 || got[0].Value != "Kaspersky" {
		t.Errorf("name query: got %+v", got)
	}
	for _, c := range vendorChoices(vendors, "v") {
		if utf8.RuneCountInString(c.Name) > 100 || len(c.Value.(string)) > 100 {
			t.Errorf("choice %q too long", c.Name)
		}
	}
}

// TestAlertEmbedSummaryAfterTitle: the embed's title shows the headline,
// so the description drops it from the summary's start, and gives nothing
// when the summary is only the headline.
func TestAlertEmbedSummaryAfterTitle(t *testing.T) {
	tests := []struct{ title, summary, want string }{
		{"X hacked", "X hacked — The update server shipped malware.", "The update server shipped malware."},
		{"X hacked", "X hacked The update server shipped malware.", "The update server shipped malware."},
		{"X hacked", "X hacked", ""},
		{"X hack", "X hacked today.", "X hacked today."},
		{"X hacked", "Earlier, X hacked.", "Earlier, X hacked."},
	}
	for _, tt := range tests {
		a := sampleAlert()
		a.Title, a.Summary = tt.title, tt.summary
		if got := AlertEmbed(&a, "").Description; got != tt.want {
			t.Errorf("title %q, summary %q: description %q, want %q", tt.title, tt.summary, got, tt.want)
		}
	}
}
