package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

const (
	evGuild   = "100000000000000001"
	evChannel = "200000000000000001"
	evHuawei  = "200000000000000002" // subscribed to Huawei only
	evCrit    = "200000000000000003" // critical alerts only
)

// embedText flattens a message's embeds for assertions.
func embedText(m discordtest.Message) string {
	var b strings.Builder
	for _, e := range m.Embeds {
		b.WriteString(e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + ": " + f.Value)
		}
		if e.Footer != nil {
			b.WriteString("\n" + e.Footer.Text)
		}
	}
	return b.String()
}

// TestEventsEndToEnd runs the daemon with the bot against a fake Discord
// and four local feeds: three outlets and a primary source report one
// story in different words, a fourth outlet another story about the same
// vendor the same week. The story is one message, edited as sources
// arrive and when the primary confirms it; the other story is its own;
// once the story's message is deleted, the next source posts a new one.
// Then /explain and `vendorwatch explain` on alerted, filtered and unseen
// articles.
func TestEventsEndToEnd(t *testing.T) {
	fake, err := discordtest.New(discordtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	fake.AddGuild(evGuild, "Guild")
	fake.AddChannel(evGuild, evChannel, discordgo.ChannelTypeGuildText)
	fake.AddChannel(evGuild, evHuawei, discordgo.ChannelTypeGuildText)
	fake.AddChannel(evGuild, evCrit, discordgo.ChannelTypeGuildText)
	// The fake holds every request until its schema validator is built
	// (tens of seconds on a loaded machine), longer than the bot's request
	// deadline: wait for it before the bot connects.
	fake.SpecAvailable()

	now := time.Now()
	story := func(guid, title, body string, ago time.Duration) feedItem {
		return feedItem{guid: guid, title: title, body: body, pub: now.Add(-ago)}
	}
	pressA := newFeedServer(t, []feedItem{
		story("a1", "Treasury sanctions 12 Kaspersky Lab executives", "The Treasury Department's OFAC sanctioned twelve members of Kaspersky Lab's leadership team.", 5*time.Hour),
		story("a2", "Kaspersky reports record quarterly revenue", "Sales grew in every region.", 4*time.Hour),
	})
	pressC := newFeedServer(t, []feedItem{
		// Older than the backfill window when Press C is first read.
		story("c0", "FCC adds Hikvision to the Covered List", "", 72*time.Hour),
		story("c1", "Commerce adds three Kaspersky entities to Entity List", "The Bureau of Industry and Security added AO Kaspersky Lab and two affiliates to the Entity List for cooperating with Russian military intelligence.", 3*time.Hour),
	})
	primary := newFeedServer(t, nil)
	pressD := newFeedServer(t, nil)

	cfgPath, dbPath := runConfig{LogFormat: "auto", Schedule: "@every 1s", APIBase: fake.URL() + "/api/v9",
		Extra: "[events]\nwindow = \"72h\"\nedit_interval = \"10ms\"\n",
		Sources: []runSource{{Name: "Press A", URL: pressA.URL}, {Name: "Press C", URL: pressC.URL},
			{Name: "US Treasury", URL: primary.URL, Primary: true}, {Name: "Press D", URL: pressD.URL}}}.write(t, t.TempDir())
	ctx := context.Background()
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range []trust.Subscription{
		{GuildID: evGuild, ChannelID: evChannel},
		{GuildID: evGuild, ChannelID: evChannel, Vendor: "Kaspersky"}, // the channel still gets one message
		{GuildID: evGuild, ChannelID: evHuawei, Vendor: "Huawei"},
		{GuildID: evGuild, ChannelID: evCrit, MinSeverity: trust.SeverityCritical},
	} {
		if _, err := db.AddSubscription(ctx, s, 0); err != nil {
			t.Fatal(err)
		}
	}

	var stdout, stderr syncBuffer
	stop := startRunReporting(t, cfgPath, tokenEnv(fake.Token()), &stdout, &stderr)
	defer stop()

	msgs := func() []discordtest.Message { return fake.Messages(evChannel) }
	find := func(sub string) (discordtest.Message, bool) {
		for _, m := range msgs() {
			if strings.Contains(embedText(m), sub) {
				return m, true
			}
		}
		return discordtest.Message{}, false
	}
	waitFor(t, "both stories posted", func() bool { return len(msgs()) == 2 })
	first, _ := find("Treasury sanctions 12 Kaspersky")
	other, ok := find("Entity List")
	if !ok || !strings.Contains(embedText(first), "Press reports") || embedText(first) == embedText(other) {
		t.Fatalf("messages:\n%s\n---\n%s", embedText(first), embedText(other))
	}

	// The primary source confirms: the same message, edited, led by the
	// primary's headline.
	primary.set([]feedItem{story("p1", "Treasury sanctions Kaspersky Lab leadership", "OFAC designated twelve Kaspersky Lab executives and senior leaders.", 2*time.Hour)})
	waitFor(t, "the message edited to say confirmed", func() bool {
		m, ok := find("Confirmed by US Treasury")
		return ok && m.ID == first.ID && m.Edits > 0
	})
	m, _ := find("Confirmed by US Treasury")
	if text := embedText(m); m.Embeds[0].Title != "Treasury sanctions Kaspersky Lab leadership" || !strings.Contains(text, "+1 more report") ||
		!strings.Contains(text, "**Press A**: [Treasury sanctions 12 Kaspersky Lab executives](https://news.test/a1") {
		t.Errorf("confirmed message:\n%s", text)
	}
	if len(msgs()) != 2 {
		t.Fatalf("%d messages after the confirmation, want 2", len(msgs()))
	}

	// The event's message is deleted: the next report posts a new one
	// with the whole event.
	if !fake.DeleteMessage(evChannel, first.ID) {
		t.Fatal("message to delete not found")
	}
	pressD.set([]feedItem{story("d1", "US slaps sanctions on a dozen Kaspersky bosses", "The US Treasury imposed sanctions on a dozen senior leaders of Kaspersky Lab.", time.Hour)})
	waitFor(t, "a new message for the event", func() bool {
		m, ok := find("Confirmed by US Treasury")
		return ok && m.ID != first.ID && strings.Contains(embedText(m), "+2 more reports")
	})
	if len(msgs()) != 2 {
		t.Errorf("%d messages after the repost, want 2", len(msgs()))
	}
	m, _ = find("Confirmed by US Treasury")
	t.Logf("the event's message after the repost:\n%s", embedText(m))
	for _, ch := range []string{evHuawei, evCrit} {
		if got := fake.Messages(ch); len(got) != 0 {
			t.Errorf("channel %s got %d messages, want none (filtered)", ch, len(got))
		}
	}

	// /explain in Discord: alerted, filtered (no signal), unseen.
	ask := func(link string) string {
		t.Helper()
		ictx, icancel := context.WithTimeout(ctx, 20*time.Second)
		defer icancel()
		r, err := fake.Interact(ictx, discordtest.Interaction{Name: "explain", GuildID: evGuild, ChannelID: evChannel,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "url", Type: discordgo.ApplicationCommandOptionString, Value: link}}})
		if err != nil || r.Message == nil {
			t.Fatalf("/explain %s: %v", link, err)
		}
		if !r.Message.Ephemeral() {
			t.Errorf("/explain answer is not ephemeral")
		}
		return embedText(*r.Message)
	}
	for _, tc := range []struct {
		link string
		want []string
	}{
		{"https://news.test/a1?utm_source=rss", []string{"Seen in: Press A", "Alerted:", "against the threshold", "Event ", "this article started it",
			"Channel " + evChannel, "posted, sent", "filtered by vendor", "filtered by severity: medium is below critical",
			"duplicate, the channel gets it once"}},
		{"https://news.test/d1", []string{"joined it", "confirmed by US Treasury", "edited instead"}},
		{"https://news.test/a2", []string{"No alert", "no watched vendor next to a trust signal"}},
		{"https://news.test/c0", []string{"No alert", "older than the backfill window"}},
		{"https://news.test/nothing", []string{"Not seen"}},
	} {
		text := ask(tc.link)
		t.Logf("/explain %s:\n%s", tc.link, text)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("/explain %s: answer lacks %q:\n%s", tc.link, w, text)
			}
		}
	}
	stop()

	// The command line, on the daemon's database.
	for _, tc := range []struct {
		link string
		want []string
	}{
		{"https://news.test/c1", []string{"Alerted:", "Guild " + evGuild + " channel " + evChannel, "posted, sent"}},
		{"https://news.test/a2", []string{"No alert"}},
		{"https://news.test/nothing", []string{"Not seen"}},
	} {
		var out, errOut bytes.Buffer
		if err := run(ctx, []string{"explain", "--config", cfgPath, tc.link}, &out, &errOut, noEnv); err != nil {
			t.Fatalf("explain %s: %v\n%s", tc.link, err, errOut.String())
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("explain %s: output lacks %q:\n%s", tc.link, w, out.String())
			}
		}
	}
	for _, v := range fake.Violations() {
		t.Errorf("fake discord violation: %s", v)
	}
}

func TestScanJSONEvents(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	a, b := filepath.Join(dir, "a.xml"), filepath.Join(dir, "b.xml")
	writeFeed(t, a, []feedItem{
		{guid: "s1", title: "Treasury sanctions 12 Kaspersky Lab executives", pub: now.Add(-3 * time.Hour)},
		{guid: "o1", title: "Commerce adds three Kaspersky entities to Entity List", pub: now.Add(-2 * time.Hour)},
	})
	writeFeed(t, b, []feedItem{
		{guid: "s2", title: "US slaps sanctions on a dozen Kaspersky bosses", pub: now.Add(-time.Hour)},
		{guid: "h1", title: "FCC adds Huawei to the Covered List", pub: now.Add(-time.Hour)},
	})
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"scan", "--json", a, b}, &out, &errOut, noEnv); err != nil {
		t.Fatalf("scan: %v\n%s", err, errOut.String())
	}
	events := map[string]float64{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var v struct {
			Link  string   `json:"link"`
			Event *float64 `json:"event"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil || v.Event == nil {
			t.Fatalf("line without an event: %s (%v)", line, err)
		}
		events[v.Link[strings.LastIndex(v.Link, "/")+1:strings.Index(v.Link, "?")]] = *v.Event
	}
	if len(events) != 4 {
		t.Fatalf("events %v, want 4 alerts", events)
	}
	if events["s1"] != events["s2"] || events["s1"] == events["o1"] || events["h1"] == events["s1"] || events["h1"] == events["o1"] {
		t.Errorf("events %v: want s1 and s2 together, o1 and h1 each alone", events)
	}
	// Deterministic: ids by first report, oldest first.
	if events["s1"] != 1 || events["o1"] != 2 {
		t.Errorf("event ids %v, want s1's 1 and o1's 2", events)
	}
}
