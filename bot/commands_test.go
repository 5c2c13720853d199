package bot_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

func str(name, v string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
}

func focused(name, v string) *discordgo.ApplicationCommandInteractionDataOption {
	o := str(name, v)
	o.Focused = true
	return o
}

func channelOpt(id string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: "channel", Type: discordgo.ApplicationCommandOptionChannel, Value: id}
}

func boolOpt(name string, v bool) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionBoolean, Value: v}
}

func intOpt(name string, v int) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionInteger, Value: float64(v)}
}

func sub(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}
}

// run sends a command in guild A's first channel (unless in says
// otherwise) and returns the visible answer's text: content, embed titles,
// descriptions and fields.
func (e *env) run(in discordtest.Interaction) (*discordtest.Response, string) {
	e.t.Helper()
	if in.GuildID == "" {
		in.GuildID = guildA
	}
	if in.ChannelID == "" {
		in.ChannelID = chanA1
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	r, err := e.fake.Interact(ctx, in)
	if err != nil {
		e.t.Fatalf("/%s: %v", in.Name, err)
	}
	if r.Message == nil {
		if r.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
			return r, ""
		}
		e.t.Fatalf("/%s: answer of type %d without a message", in.Name, r.Type)
	}
	if string(r.Message.AllowedMentions) == "" || !strings.Contains(string(r.Message.AllowedMentions), `"parse":[]`) {
		e.t.Errorf("/%s: allowed_mentions %s, want an empty parse list", in.Name, r.Message.AllowedMentions)
	}
	var b strings.Builder
	b.WriteString(r.Message.Content)
	for _, em := range r.Message.Embeds {
		b.WriteString("\n" + em.Title + "\n" + em.Description)
		for _, f := range em.Fields {
			b.WriteString("\n" + f.Name + ": " + f.Value)
		}
		if em.Footer != nil {
			b.WriteString("\n" + em.Footer.Text)
		}
	}
	return r, b.String()
}

// wantError checks that the answer is an ephemeral error mentioning want.
func (e *env) wantError(in discordtest.Interaction, want string) {
	e.t.Helper()
	r, text := e.run(in)
	if !r.Message.Ephemeral() {
		e.t.Errorf("/%s: error answer is public: %q", in.Name, text)
	}
	if !strings.Contains(text, want) {
		e.t.Errorf("/%s: answer %q, want it to mention %q", in.Name, text, want)
	}
}

func TestCommandsRegistered(t *testing.T) {
	e := setup(t, nil)
	got := map[string]bool{}
	for _, c := range e.fake.Commands() {
		got[c.Name] = true
		if c.GuildID != "" {
			t.Errorf("/%s registered to guild %s, want global", c.Name, c.GuildID)
		}
	}
	for _, want := range []string{"subscribe", "unsubscribe", "subscriptions", "vendor", "vendors", "sources", "watch"} {
		if !got[want] {
			t.Errorf("/%s not registered", want)
		}
	}
	puts := func() int {
		n := 0
		for _, r := range e.fake.Requests() {
			if r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands") {
				n++
			}
		}
		return n
	}
	// The fake stores the commands before it logs their request, and setup
	// waited only for the commands: wait for the log too.
	e.waitFor("the bulk overwrite logged", func() bool { return puts() > 0 })
	if n := puts(); n != 1 {
		t.Errorf("%d bulk overwrites, want 1", n)
	}
}

func TestCommandsToOneGuild(t *testing.T) {
	e := setup(t, func(o *bot.Options) { o.GuildID = guildA })
	for _, c := range e.fake.Commands() {
		if c.GuildID != guildA {
			t.Errorf("/%s registered to %q, want guild A", c.Name, c.GuildID)
		}
	}
}

func TestSubscribeFlow(t *testing.T) {
	e := setup(t, nil)
	// Alerts already stored: the reply previews the latest three.
	for k := 0; k < 4; k++ {
		e.alert(nil)
	}
	r, text := e.run(discordtest.Interaction{Name: "subscribe", Options: []*discordgo.ApplicationCommandInteractionDataOption{
		channelOpt(chanA2), str("vendor", "kaspersky lab"), str("min_severity", "medium"),
	}})
	if !r.Message.Ephemeral() {
		t.Errorf("subscribe answer is public")
	}
	for _, want := range []string{"<#" + chanA2 + ">", "**Kaspersky**", "medium or above", "Alert 4", "Alert 3", "Alert 2"} {
		if !strings.Contains(text, want) {
			t.Errorf("subscribe answer lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Alert 1:") {
		t.Errorf("subscribe preview shows more than 3 alerts:\n%s", text)
	}
	if n := len(e.messages(chanA2)); n != 0 {
		t.Errorf("preview posted %d messages to the channel", n)
	}
	subs, _ := e.store.Subscriptions(context.Background(), guildA)
	if len(subs) != 1 || subs[0].ChannelID != chanA2 || subs[0].Vendor != "Kaspersky" || subs[0].MinSeverity != trust.SeverityMedium {
		t.Fatalf("subscriptions %+v", subs)
	}

	// The default channel is the one the command was used in.
	e.run(discordtest.Interaction{Name: "subscribe"})
	e.wantError(discordtest.Interaction{Name: "subscribe"}, "already has that subscription")

	_, text = e.run(discordtest.Interaction{Name: "subscriptions"})
	for _, want := range []string{"<#" + chanA1 + "> — alerts for every watched vendor at severity low", "<#" + chanA2 + "> — alerts for **Kaspersky**"} {
		if !strings.Contains(text, want) {
			t.Errorf("/subscriptions lacks %q:\n%s", want, text)
		}
	}

	// New alerts now go to both channels.
	e.alert(nil)
	e.waitFor("a message in each channel", func() bool { return len(e.messages(chanA1)) == 1 && len(e.messages(chanA2)) == 1 })

	_, text = e.run(discordtest.Interaction{Name: "unsubscribe", Options: []*discordgo.ApplicationCommandInteractionDataOption{channelOpt(chanA2)}})
	if !strings.Contains(text, "Removed all its subscriptions") {
		t.Errorf("/unsubscribe: %q", text)
	}
	e.wantError(discordtest.Interaction{Name: "unsubscribe", Options: []*discordgo.ApplicationCommandInteractionDataOption{channelOpt(chanA2)}}, "no such subscription")
	subs, _ = e.store.Subscriptions(context.Background(), guildA)
	if len(subs) != 1 || subs[0].ChannelID != chanA1 {
		t.Errorf("after unsubscribe: %+v", subs)
	}
}

func TestBadInputStoresNothing(t *testing.T) {
	e := setup(t, func(o *bot.Options) { o.MaxSubscriptionsPerGuild = 2 })
	opts := func(o ...*discordgo.ApplicationCommandInteractionDataOption) []*discordgo.ApplicationCommandInteractionDataOption {
		return o
	}
	e.wantError(discordtest.Interaction{Name: "subscribe", Options: opts(str("vendor", "NoSuchCorp"))}, "don't watch a vendor")
	e.wantError(discordtest.Interaction{Name: "subscribe", Options: opts(channelOpt(chanVoic))}, "text or announcement channel")
	e.wantError(discordtest.Interaction{Name: "subscribe", ChannelID: chanVoic}, "text or announcement channel")
	e.wantError(discordtest.Interaction{Name: "subscribe", Options: opts(str("vendor", strings.Repeat("x", 101)))}, "at most 100 characters")
	e.wantError(discordtest.Interaction{Name: "subscribe", Options: opts(str("vendor", "  "))}, "empty")
	e.wantError(discordtest.Interaction{Name: "subscribe", Options: opts(channelOpt(chanB1))}, "not in this server")
	e.wantError(discordtest.Interaction{Name: "watch", Options: opts(sub("add", str("name", strings.Repeat("y", 101))))}, "at most 100 characters")
	e.wantError(discordtest.Interaction{Name: "watch", Options: opts(sub("add", str("name", "")))}, "empty")
	e.wantError(discordtest.Interaction{Name: "watch", Options: opts(sub("add", str("name", "kaspersky")))}, "global watchlist")
	e.wantError(discordtest.Interaction{Name: "vendor", Options: opts(str("name", "NoSuchCorp"))}, "don't watch a vendor")
	e.wantError(discordtest.Interaction{Name: "vendors", Options: opts(intOpt("page", 9))}, "page")
	subs, _ := e.store.Subscriptions(context.Background(), guildA)
	own, _ := e.store.GuildVendors(context.Background(), guildA)
	if len(subs) != 0 || len(own) != 0 {
		t.Fatalf("bad input stored %d subscriptions and %d vendors", len(subs), len(own))
	}

	// The per-guild limit.
	e.run(discordtest.Interaction{Name: "subscribe"})
	e.run(discordtest.Interaction{Name: "subscribe", Options: opts(channelOpt(chanA2))})
	e.wantError(discordtest.Interaction{Name: "subscribe", Options: opts(channelOpt(chanA3))}, "maximum of 2 subscriptions")
	subs, _ = e.store.Subscriptions(context.Background(), guildA)
	if len(subs) != 2 {
		t.Errorf("%d subscriptions after the limit, want 2", len(subs))
	}
}

func TestVendorCommand(t *testing.T) {
	e := setup(t, nil)
	e.alert(func(a *trust.Alert) { a.Title = "Old [one]"; a.Published = time.Now().Add(-60 * 24 * time.Hour) })
	e.alert(func(a *trust.Alert) { a.Title = "Recent one"; a.Published = time.Now().Add(-24 * time.Hour) })
	r, text := e.run(discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", "Kaspersky Lab")}})
	if r.Message.Ephemeral() {
		t.Errorf("/vendor answer is ephemeral by default")
	}
	for _, want := range []string{"Kaspersky", "**1** alert(s) in the last 30 days", "[Recent one](https://news.example/a/2)", "Old \\[one\\]", "Trust timeline", "US Commerce bans"} {
		if !strings.Contains(text, want) {
			t.Errorf("/vendor lacks %q:\n%s", want, text)
		}
	}
	if i, j := strings.Index(text, "US Commerce"), strings.Index(text, "DHS BOD"); i > j {
		t.Errorf("timeline not newest first:\n%s", text)
	}
	r, _ = e.run(discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", "Huawei"), boolOpt("private", true)}})
	if !r.Message.Ephemeral() {
		t.Errorf("/vendor private:true answer is public")
	}
}

func TestVendorsAndSources(t *testing.T) {
	e := setup(t, nil)
	_, text := e.run(discordtest.Interaction{Name: "vendors"})
	if !strings.Contains(text, "**Huawei** — HiSilicon") || !strings.Contains(text, "Page 1 of 1") {
		t.Errorf("/vendors:\n%s", text)
	}
	ctx := context.Background()
	if _, err := e.db.RecordFailure(ctx, e.src, storage.Failure{Kind: "status", Detail: "HTTP 503 <@&1>"}, "HTTP 503 <@&1>", time.Now(), time.Now().Add(time.Hour), storage.HealthPolicy{}); err != nil {
		t.Fatal(err)
	}
	_, text = e.run(sourcesList(0))
	// The failure in words, never the raw error (see TestSourcesShowsProblems).
	if !strings.Contains(text, "🟡 **Example News** — failing: the server answered with an error; 1 failure") || strings.Contains(text, "<@&1") {
		t.Errorf("/sources:\n%s", text)
	}
}

func TestWatchIsPerGuild(t *testing.T) {
	e := setup(t, nil)
	_, text := e.run(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{
		sub("add", str("name", "Acme Routers"), str("aliases", "Acme, AcmeCorp ,")),
	}})
	if !strings.Contains(text, "now watches **Acme Routers** (also: Acme, AcmeCorp)") {
		t.Errorf("/watch add: %q", text)
	}
	e.wantError(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("add", str("name", "acme routers"))}}, "already on this server's watchlist")
	// What export writes must import again: no formula cell, no ";" in an alias.
	e.wantError(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("add", str("name", "=cmd()"))}}, "formula")
	e.wantError(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("add", str("name", "Zed"), str("aliases", "Zed;Co"))}}, "separator")

	// Guild A sees it everywhere, guild B nowhere.
	_, text = e.run(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("list")}})
	if !strings.Contains(text, "Acme Routers") {
		t.Errorf("A's /watch list: %q", text)
	}
	_, text = e.run(discordtest.Interaction{Name: "watch", GuildID: guildB, ChannelID: chanB1, Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("list")}})
	if strings.Contains(text, "Acme") {
		t.Errorf("B's /watch list shows A's vendor: %q", text)
	}
	_, text = e.run(discordtest.Interaction{Name: "vendors", GuildID: guildB, ChannelID: chanB1})
	if strings.Contains(text, "Acme") {
		t.Errorf("B's /vendors shows A's vendor: %q", text)
	}
	e.wantError(discordtest.Interaction{Name: "subscribe", GuildID: guildB, ChannelID: chanB1, Options: []*discordgo.ApplicationCommandInteractionDataOption{str("vendor", "Acme")}}, "don't watch a vendor")
	r, _ := e.run(discordtest.Interaction{Name: "vendor", GuildID: guildB, ChannelID: chanB1, Type: discordgo.InteractionApplicationCommandAutocomplete,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{focused("name", "acm")}})
	if len(r.Data.Choices) != 0 {
		t.Errorf("B's autocomplete offers %+v", r.Data.Choices)
	}
	r, _ = e.run(discordtest.Interaction{Name: "vendor", Type: discordgo.InteractionApplicationCommandAutocomplete,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{focused("name", "acm")}})
	if len(r.Data.Choices) != 1 || r.Data.Choices[0].Value != "Acme Routers" {
		t.Errorf("A's autocomplete offers %+v", r.Data.Choices)
	}

	// A's subscription to its own vendor gets alerts naming it, B's
	// all-vendor subscription does not.
	e.run(discordtest.Interaction{Name: "subscribe", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("vendor", "AcmeCorp")}})
	e.subscribe(guildB, chanB1, "", trust.SeverityLow)
	e.alert(func(a *trust.Alert) {
		a.Title = "Acme routers banned"
		a.Vendors = []trust.VendorHit{{Name: "Acme Routers", Term: "Acme", Guild: guildA}}
	})
	e.alert(nil) // Kaspersky: only B (A subscribed to Acme only)
	e.waitFor("A's Acme alert and B's Kaspersky alert", func() bool {
		return len(e.messages(chanA1)) == 1 && len(e.messages(chanB1)) == 1
	})
	if got := e.messages(chanA1)[0].Embeds[0].Title; got != "Acme routers banned" {
		t.Errorf("A got %q", got)
	}
	if got := e.messages(chanB1)[0].Embeds[0].Title; strings.Contains(got, "Acme") {
		t.Errorf("B got A's vendor alert %q", got)
	}

	_, text = e.run(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("remove", str("name", "acme"))}})
	if !strings.Contains(text, "no longer watches **Acme Routers**") {
		t.Errorf("/watch remove: %q", text)
	}
	e.wantError(discordtest.Interaction{Name: "watch", Options: []*discordgo.ApplicationCommandInteractionDataOption{sub("remove", str("name", "Acme Routers"))}}, "doesn't watch")
}

func TestAutocomplete(t *testing.T) {
	e := setup(t, nil)
	r, _ := e.run(discordtest.Interaction{Name: "subscribe", Type: discordgo.InteractionApplicationCommandAutocomplete,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{focused("vendor", "hisil")}})
	if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(r.Data.Choices) != 1 || r.Data.Choices[0].Value != "Huawei" {
		t.Errorf("autocomplete: type %d, choices %+v", r.Type, r.Data.Choices)
	}
	r, _ = e.run(discordtest.Interaction{Name: "vendor", Type: discordgo.InteractionApplicationCommandAutocomplete,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{focused("name", "")}})
	if len(r.Data.Choices) != 2 {
		t.Errorf("empty autocomplete: %+v", r.Data.Choices)
	}

	// A vendor first seen in the news is offered by /vendor (after the
	// watchlist's), once, and not by /subscribe, which takes watched ones.
	e.alert(func(a *trust.Alert) {
		a.Vendors = []trust.VendorHit{{Name: "Zorblax Networks", Term: "Zorblax Networks", Unlisted: true}}
	})
	e.alert(nil) // Kaspersky, in the news and watched: offered once
	r, _ = e.run(discordtest.Interaction{Name: "vendor", Type: discordgo.InteractionApplicationCommandAutocomplete,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{focused("name", "zor")}})
	if len(r.Data.Choices) != 1 || r.Data.Choices[0].Value != "Zorblax Networks" || r.Data.Choices[0].Name != "Zorblax Networks (in the news)" {
		t.Errorf("news vendor autocomplete: %+v", r.Data.Choices)
	}
	r, _ = e.run(discordtest.Interaction{Name: "vendor", Type: discordgo.InteractionApplicationCommandAutocomplete,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{focused("name", "")}})
	var values []string
	for _, c := range r.Data.Choices {
		values = append(values, c.Value.(string))
	}
	if len(values) != 3 || !slices.Contains(values, "Zorblax Networks") || !slices.Contains(values, "Kaspersky") {
		t.Errorf("empty /vendor autocomplete with news vendors: %v", values)
	}
	r, _ = e.run(discordtest.Interaction{Name: "subscribe", Type: discordgo.InteractionApplicationCommandAutocomplete,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{focused("vendor", "zor")}})
	if len(r.Data.Choices) != 0 {
		t.Errorf("/subscribe offers a news vendor: %+v", r.Data.Choices)
	}
}

// slowStore makes the alert queries slower than Discord's 3 seconds.
type slowStore struct {
	bot.Store
	delay time.Duration
}

func (s slowStore) RecentAlerts(ctx context.Context, q bot.AlertQuery) ([]trust.Alert, error) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.Store.RecentAlerts(ctx, q)
}

func (s slowStore) GuildVendors(ctx context.Context, guildID string) ([]trust.Vendor, error) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.Store.GuildVendors(ctx, guildID)
}

func TestSlowCommandIsDeferred(t *testing.T) {
	e := setup(t, func(o *bot.Options) {
		o.Store = slowStore{Store: o.Store, delay: 3500 * time.Millisecond}
		// Well inside Discord's 3 s, so that a loaded machine still
		// delivers the deferral in time; the work still outlasts the 3 s.
		o.DeferAfter = 500 * time.Millisecond
	})
	e.alert(nil)
	r, text := e.run(discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", "Kaspersky")}})
	if r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Errorf("first answer of type %d, want a deferral (5)", r.Type)
	}
	if !strings.Contains(text, "Alert 1") {
		t.Errorf("deferred answer lacks the alert:\n%s", text)
	}
	if r.Message.Ephemeral() {
		t.Errorf("deferred /vendor answer is ephemeral")
	}
	// An error after a public deferral still reaches only the user.
	r, text = e.run(discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", "NoSuchCorp")}})
	if !r.Message.Ephemeral() || !strings.Contains(text, "don't watch") {
		t.Errorf("error answer: ephemeral %v, %q", r.Message.Ephemeral(), text)
	}
}

// TestAutocompleteSlowStore: when the guild's own vendors cannot be read
// within the autocomplete's budget, the global vendors are still offered.
func TestAutocompleteSlowStore(t *testing.T) {
	e := setup(t, func(o *bot.Options) {
		o.Store = slowStore{Store: o.Store, delay: time.Minute}
		o.DeferAfter = 50 * time.Millisecond
	})
	r, _ := e.run(discordtest.Interaction{Name: "vendor", Type: discordgo.InteractionApplicationCommandAutocomplete,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{focused("name", "kas")}})
	if len(r.Data.Choices) != 1 || r.Data.Choices[0].Value != "Kaspersky" {
		t.Errorf("autocomplete with a slow store offers %+v, want Kaspersky", r.Data.Choices)
	}
}

// TestAnswersLeaveNoBuckets: answering commands, deferred ones and
// autocompletes leaves nothing behind in discordgo's rate limiter.
// Through discordgo's own methods each callback, delete and follow-up
// added a bucket keyed by its interaction token, kept for good.
func TestAnswersLeaveNoBuckets(t *testing.T) {
	e := setup(t, func(o *bot.Options) {
		o.Store = slowStore{Store: o.Store, delay: 100 * time.Millisecond}
		o.DeferAfter = time.Millisecond // every command deferred, then edited
	})
	e.alert(nil)
	before := e.bot.RateLimitBuckets()
	for range 10 {
		r, _ := e.run(discordtest.Interaction{Name: "vendor", Type: discordgo.InteractionApplicationCommandAutocomplete,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{focused("name", "kas")}})
		if len(r.Data.Choices) == 0 {
			t.Fatal("autocomplete offered nothing")
		}
		r, text := e.run(discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", "Kaspersky")}})
		if r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || !strings.Contains(text, "Alert 1") {
			t.Fatalf("/vendor: answer type %d, %q", r.Type, text)
		}
		// A user error after a public deferral: delete and follow-up.
		r, text = e.run(discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", "NoSuchCorp")}})
		if !r.Message.Ephemeral() || !strings.Contains(text, "don't watch") {
			t.Fatalf("error answer: ephemeral %v, %q", r.Message.Ephemeral(), text)
		}
	}
	if after := e.bot.RateLimitBuckets(); after != before {
		t.Errorf("discordgo holds %d rate-limit buckets after 30 answered interactions, %d before", after, before)
	}
}

var _ = errors.Is
