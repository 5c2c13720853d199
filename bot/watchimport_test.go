package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/trust"
)

// withAttachments wires FetchAttachment as the daemon does: the feed
// fetcher with its size cap, timeout and private-address guard, letting
// through exactly the fake's address (its CDN).
func withAttachments(fakeURL string) func(*bot.Options) {
	return func(o *bot.Options) {
		f := sources.NewFetcher(sources.FetcherOptions{
			Timeout: 10 * time.Second, MaxBody: bot.MaxImportBytes, BlockPrivate: true,
			AllowHosts: []string{strings.TrimPrefix(fakeURL, "http://")},
		})
		o.FetchAttachment = func(ctx context.Context, url string) ([]byte, error) {
			resp, err := f.Fetch(ctx, url, sources.Validators{})
			if err != nil {
				return nil, err
			}
			return resp.Body, nil
		}
	}
}

func setupImport(t *testing.T, mods ...func(*bot.Options)) *env {
	var e *env
	// The fake's URL is known only once it runs: FetchAttachment reads it
	// through e.
	e = setup(t, func(o *bot.Options) {
		o.FetchAttachment = func(ctx context.Context, url string) ([]byte, error) {
			var inner bot.Options
			withAttachments(e.fake.URL())(&inner)
			return inner.FetchAttachment(ctx, url)
		}
		for _, m := range mods {
			m(o)
		}
	})
	return e
}

// TestWatchImportDeferred takes the slow paths: every answer deferred, so
// the preview's buttons come in an @original edit, the click is a
// deferred update (6) then an edit, and the export's file goes up in a
// multipart PATCH.
func TestWatchImportDeferred(t *testing.T) {
	e := setupImport(t, func(o *bot.Options) { o.DeferAfter = time.Nanosecond })
	r, text := e.importFile("a.csv", []byte("name,aliases,country,categories\nAcme,Acme Corp; AcmeCorp,China,routers\nBeta,,,\n"), alice)
	if r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || !strings.Contains(text, "Would add **2**") {
		t.Fatalf("preview: type %d, %q", r.Type, text)
	}
	ids := buttons(t, r.Message)
	if len(ids) != 2 {
		t.Fatalf("deferred preview buttons %v", ids)
	}
	r, text = e.click(ids[0], r.Message.ID, alice)
	if r.Type != discordgo.InteractionResponseDeferredMessageUpdate || !strings.Contains(text, "Added **2**") {
		t.Errorf("click: type %d, %q", r.Type, text)
	}
	if got := buttons(t, r.Message); len(got) != 0 {
		t.Errorf("the edit keeps buttons %v", got)
	}
	r, _ = e.run(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("export")}})
	want := "name,aliases,country,categories\nAcme,Acme Corp; AcmeCorp,China,routers\nBeta,,,\n"
	if len(r.Message.Files) != 1 || string(r.Message.Files[0].Data) != want {
		t.Errorf("deferred export: %+v", r.Message.Files)
	}
}

// importFile runs /watch import with data attached as name.
func (e *env) importFile(name string, data []byte, user string) (*discordtest.Response, string) {
	e.t.Helper()
	att := e.fake.AddAttachment(chanA1, name, "text/csv", data)
	return e.run(discordtest.Interaction{Name: "watch", UserID: user,
		Options:  []*discordgo.ApplicationCommandInteractionDataOption{sub("import", &discordgo.ApplicationCommandInteractionDataOption{Name: "file", Type: discordgo.ApplicationCommandOptionAttachment, Value: att.ID})},
		Resolved: &discordgo.ApplicationCommandInteractionDataResolved{Attachments: map[string]*discordgo.MessageAttachment{att.ID: att}},
	})
}

// buttons returns the custom IDs of a message's buttons.
func buttons(t *testing.T, m *discordtest.Message) []string {
	t.Helper()
	var body struct {
		Data struct {
			Components []discordgo.ActionsRow `json:"components"`
		} `json:"data"`
		Components []discordgo.ActionsRow `json:"components"`
	}
	if err := json.Unmarshal(m.Raw, &body); err != nil {
		t.Fatalf("message body: %v", err)
	}
	rows := append(body.Data.Components, body.Components...)
	var ids []string
	for _, r := range rows {
		for _, c := range r.Components {
			if b, ok := c.(*discordgo.Button); ok {
				ids = append(ids, b.CustomID)
			}
		}
	}
	return ids
}

func (e *env) click(customID, messageID, user string) (*discordtest.Response, string) {
	e.t.Helper()
	return e.run(discordtest.Interaction{Type: discordgo.InteractionMessageComponent, Name: "button", UserID: user, CustomID: customID, MessageID: messageID})
}

const alice, bob = "1150000000000000100", "1150000000000000200"

func TestWatchImportSupplierList(t *testing.T) {
	e := setupImport(t)
	ctx := context.Background()
	// One vendor the server watches already, which the list updates.
	if err := e.db.AddGuildVendor(ctx, trust.Vendor{Name: "Zorg Semiconductor", Guild: guildA}); err != nil {
		t.Fatal(err)
	}
	list, err := os.ReadFile("testdata/suppliers.csv")
	if err != nil {
		t.Fatal(err)
	}
	// 200 rows: 190 good vendors (one already watched), 10 bad ones.
	r, text := e.importFile("suppliers.csv", list, alice)
	if !r.Message.Ephemeral() {
		t.Error("the preview is public")
	}
	for _, want := range []string{
		"Would add **189**, update **1**, leave **0** unchanged; **10** row(s) refused.",
		"Row 12: no name",
		"Row 27 (XXXX", "the name is longer than 100 characters",
		"the same name as row 5",
		"a spreadsheet formula",
		"25 aliases, at most 20",
		"Row 102 (Kaspersky Lab): already on the global watchlist (as Kaspersky)",
		"the country is longer than 64 characters",
		"21 categories, at most 20",
		"5 cells, but the header has 4 columns",
		"(Huawei): already on the global watchlist",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("preview lacks %q:\n%s", want, text)
		}
	}
	if own, _ := e.db.GuildVendors(ctx, guildA); len(own) != 1 {
		t.Fatalf("the preview stored %d vendors", len(own))
	}
	ids := buttons(t, r.Message)
	if len(ids) != 2 || !strings.Contains(ids[0], ":apply:") || !strings.Contains(ids[1], ":cancel:") {
		t.Fatalf("preview buttons %v, want apply and cancel", ids)
	}

	// Someone else's click changes nothing.
	_, text = e.click(ids[0], r.Message.ID, bob)
	if !strings.Contains(text, "Only the person who started this import") {
		t.Errorf("bob's click: %q", text)
	}
	r2, text := e.click(ids[0], r.Message.ID, alice)
	if r2.Type != discordgo.InteractionResponseUpdateMessage && r2.Type != discordgo.InteractionResponseDeferredMessageUpdate {
		t.Errorf("the click was answered with type %d, want an update of the preview", r2.Type)
	}
	if !strings.Contains(text, "Added **189**, updated **1**") {
		t.Errorf("after Import: %q", text)
	}
	if got := buttons(t, r2.Message); len(got) != 0 {
		t.Errorf("the answer keeps buttons %v", got)
	}
	own, err := e.db.GuildVendors(ctx, guildA)
	if err != nil {
		t.Fatal(err)
	}
	if len(own) != 190 {
		t.Fatalf("stored %d vendors, want 190", len(own))
	}
	// A second click on the same preview does nothing.
	_, text = e.click(ids[0], r.Message.ID, alice)
	if !strings.Contains(text, "expired or was replaced") {
		t.Errorf("second click: %q", text)
	}

	// Export, then import the export: nothing to change.
	r, text = e.run(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("export")}})
	if len(r.Message.Files) != 1 || r.Message.Files[0].Name != "vendors.csv" {
		t.Fatalf("export: files %+v, text %q", r.Message.Files, text)
	}
	export := r.Message.Files[0].Data
	r, text = e.importFile("vendors.csv", export, alice)
	if !strings.Contains(text, "Would add **0**, update **0**, leave **190** unchanged; **0** row(s) refused.") || len(buttons(t, r.Message)) != 0 {
		t.Errorf("re-import of the export: %q, buttons %v", text, buttons(t, r.Message))
	}
	r, _ = e.run(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("export")}})
	if !bytes.Equal(r.Message.Files[0].Data, export) {
		t.Error("a second export differs from the first")
	}
}

func TestWatchImportRefusals(t *testing.T) {
	e := setupImport(t)
	ctx := context.Background()
	tests := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"no header", "a.csv", []byte("Acme,Acme Corp\n"), "unknown column"},
		{"no name column", "a.csv", []byte("aliases,country\nAcme,US\n"), "header with a name column"},
		{"broken quotes", "a.csv", []byte("name\n\"Acme\n"), "is not valid CSV"},
		{"not UTF-8", "a.csv", []byte("name\nAcm\xff\n"), "not UTF-8"},
		{"header only", "a.csv", []byte("name,aliases\n"), "no vendors"},
		{"too large", "a.csv", append([]byte("name\n"), bytes.Repeat([]byte("a\n"), bot.MaxImportBytes)...), "at most 256 KiB"},
		{"too many rows", "a.csv", []byte("name\n" + manyRows(bot.MaxGuildVendors+1)), "more than 1000 rows"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, text := e.importFile(tc.file, tc.data, alice)
			if !strings.Contains(text, tc.want) {
				t.Errorf("answer %q, want it to mention %q", text, tc.want)
			}
			if len(buttons(t, r.Message)) != 0 {
				t.Error("a refused file got buttons")
			}
		})
	}
	if own, _ := e.db.GuildVendors(ctx, guildA); len(own) != 0 {
		t.Errorf("refused files stored %d vendors", len(own))
	}

	// A URL that is not Discord's CDN is never fetched.
	att := &discordgo.MessageAttachment{ID: "1", Filename: "x.csv", Size: 10, URL: "http://169.254.169.254/latest/meta-data"}
	e.wantError(discordtest.Interaction{Name: "watch",
		Options:  []*discordgo.ApplicationCommandInteractionDataOption{sub("import", &discordgo.ApplicationCommandInteractionDataOption{Name: "file", Type: discordgo.ApplicationCommandOptionAttachment, Value: "1"})},
		Resolved: &discordgo.ApplicationCommandInteractionDataResolved{Attachments: map[string]*discordgo.MessageAttachment{"1": att}},
	}, "only read files uploaded to Discord")

	// Cancel stores nothing.
	r, _ := e.importFile("a.csv", []byte("name\nAcme\n"), alice)
	ids := buttons(t, r.Message)
	if len(ids) != 2 {
		t.Fatalf("buttons %v", ids)
	}
	_, text := e.click(ids[1], r.Message.ID, alice)
	if !strings.Contains(text, "cancelled") {
		t.Errorf("cancel: %q", text)
	}
	if own, _ := e.db.GuildVendors(ctx, guildA); len(own) != 0 {
		t.Errorf("a cancelled import stored %d vendors", len(own))
	}
}

func manyRows(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("vendor ")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(strconv.Itoa(i))
		b.WriteString("\n")
	}
	return b.String()
}

func TestVendorTrendChart(t *testing.T) {
	now := time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)
	e := setup(t, func(o *bot.Options) { o.Now = func() time.Time { return now } })
	for k, cat := range []trust.Category{trust.CategorySanctions, trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective} {
		e.alert(func(a *trust.Alert) {
			a.Published = now.AddDate(0, -k*2, -1)
			a.Category = cat
		})
	}
	r, _ := e.run(discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", "Kaspersky")}})
	if len(r.Message.Files) != 1 || r.Message.Files[0].ContentType != "image/png" {
		t.Fatalf("/vendor attached %d files, want one PNG", len(r.Message.Files))
	}
	img, err := png.Decode(bytes.NewReader(r.Message.Files[0].Data))
	if err != nil {
		t.Fatalf("the chart is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != bot.ChartWidth || b.Dy() != bot.ChartHeight {
		t.Errorf("chart is %v, want %dx%d", b, bot.ChartWidth, bot.ChartHeight)
	}
	if n := len(r.Message.Files[0].Data); n > 60<<10 {
		t.Errorf("chart is %d bytes, want at most 60 KiB", n)
	}
	if img := r.Message.Embeds[0].Image; img == nil || img.URL != "attachment://trend.png" {
		t.Errorf("embed image %+v, want the attachment", img)
	}
	// No alerts, no chart.
	r, _ = e.run(discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", "Huawei")}})
	if len(r.Message.Files) != 0 {
		t.Errorf("/vendor Huawei attached %d files without alerts", len(r.Message.Files))
	}
}
