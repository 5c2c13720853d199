package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

const (
	testGuild   = "1150000000000001000"
	testChannel = "1150000000000002000"
	otherChan   = "1150000000000002001"
)

// newFake starts a fake with one guild and two text channels and closes it
// at the end of the test.
func newFake(t *testing.T, opts Options) *Fake {
	t.Helper()
	if opts.Logf == nil {
		opts.Logf = t.Logf
	}
	f, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(f.Close)
	f.AddGuild(testGuild, "test guild")
	f.AddChannel(testGuild, testChannel, discordgo.ChannelTypeGuildText)
	f.AddChannel(testGuild, otherChan, discordgo.ChannelTypeGuildText)
	return f
}

// openSession opens a real discordgo session against the fake, with a
// timeout of its own because Open can hang (see the guide).
func openSession(t *testing.T, f *Fake, reconnect bool, handlers ...any) *discordgo.Session {
	t.Helper()
	s, err := discordgo.New(f.Token())
	if err != nil {
		t.Fatalf("discordgo.New: %v", err)
	}
	f.Configure(s)
	s.SyncEvents = true
	s.ShouldReconnectOnError = reconnect
	s.Identify.Intents = discordgo.IntentsGuilds
	s.LogLevel = -1
	for _, h := range handlers {
		s.AddHandler(h)
	}
	done := make(chan error, 1)
	go func() { done <- s.Open() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("Open did not return")
	}
	t.Cleanup(func() {
		s.ShouldReconnectOnError = false
		s.Close()
	})
	return s
}

func restCode(t *testing.T, err error) (int, int) {
	t.Helper()
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		t.Fatalf("got error %v (%T), want *discordgo.RESTError", err, err)
	}
	if re.Message == nil {
		t.Fatalf("RESTError without message: %v", err)
	}
	return re.Response.StatusCode, re.Message.Code
}

func noViolations(t *testing.T, f *Fake) {
	t.Helper()
	if v := f.Violations(); len(v) > 0 {
		t.Errorf("violations:\n%s", strings.Join(v, "\n"))
	}
}

var testCommands = []*discordgo.ApplicationCommand{
	{
		Name:                     "vendor",
		Description:              "Recent trust events for a vendor",
		DefaultMemberPermissions: ptr(int64(discordgo.PermissionManageGuild)),
		Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		Options: []*discordgo.ApplicationCommandOption{{
			Type:         discordgo.ApplicationCommandOptionString,
			Name:         "name",
			Description:  "Vendor name",
			Required:     true,
			Autocomplete: true,
		}},
	},
	{
		Name:        "watch",
		Description: "Manage the watch list",
		Options: []*discordgo.ApplicationCommandOption{{
			Type:        discordgo.ApplicationCommandOptionSubCommand,
			Name:        "list",
			Description: "List watched vendors",
		}, {
			Type:        discordgo.ApplicationCommandOptionSubCommand,
			Name:        "slow",
			Description: "Deferred answer, then an edit",
		}, {
			Type:        discordgo.ApplicationCommandOptionSubCommand,
			Name:        "later",
			Description: "Deferred answer, then a follow-up",
		}},
	},
}

// parseEmpty reports whether allowed_mentions has a present, empty parse list.
func parseEmpty(raw json.RawMessage) bool {
	var am struct {
		Parse *[]string `json:"parse"`
	}
	return json.Unmarshal(raw, &am) == nil && am.Parse != nil && len(*am.Parse) == 0
}

func ptr[T any](v T) *T { return &v }

func TestSpecStartup(t *testing.T) {
	f := newFake(t, Options{})
	start := time.Now()
	ok := f.SpecAvailable()
	t.Log(f.SpecStatus())
	if !ok {
		t.Skip(f.SpecStatus())
	}
	t.Logf("validator build %v (waited %v after New)", f.SpecBuildTime(), time.Since(start))
}

func TestEndToEnd(t *testing.T) {
	f := newFake(t, Options{})
	t.Log(f.SpecStatus())
	ready := make(chan *discordgo.Ready, 1)
	guilds := make(chan string, 4)
	s := openSession(t, f, false,
		func(_ *discordgo.Session, r *discordgo.Ready) { ready <- r },
		func(_ *discordgo.Session, g *discordgo.GuildCreate) { guilds <- g.ID },
		func(s *discordgo.Session, i *discordgo.InteractionCreate) {
			var err error
			switch {
			case i.Type == discordgo.InteractionApplicationCommandAutocomplete:
				err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionApplicationCommandAutocompleteResult,
					Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{
						{Name: "Kaspersky", Value: "kaspersky"}, {Name: "Huawei", Value: "huawei"},
					}},
				})
			case i.ApplicationCommandData().Name == "vendor":
				name := i.ApplicationCommandData().Options[0].StringValue()
				err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{
						Content:         "events for " + name,
						Embeds:          []*discordgo.MessageEmbed{{Title: name, Description: "none"}},
						Flags:           discordgo.MessageFlagsEphemeral,
						AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
					},
				})
			case i.ApplicationCommandData().Options[0].Name == "slow":
				err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
				})
				if err == nil {
					go func() {
						if _, err := s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: ptr("done")}); err != nil {
							t.Errorf("InteractionResponseEdit: %v", err)
						}
					}()
				}
			case i.ApplicationCommandData().Options[0].Name == "later":
				err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
				})
				if err == nil {
					go func() {
						m, err := s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "followed up",
							AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}})
						if err != nil || m == nil || m.Content != "followed up" {
							t.Errorf("FollowupMessageCreate = %+v, %v", m, err)
						}
					}()
				}
			default:
				err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Content: "kaspersky, huawei"},
				})
			}
			if err != nil {
				t.Errorf("respond: %v", err)
			}
		},
	)

	select {
	case r := <-ready:
		if r.User.ID != f.BotUserID() || !r.User.Bot {
			t.Errorf("READY user = %+v, want bot %s", r.User, f.BotUserID())
		}
		if r.SessionID == "" {
			t.Error("READY without session_id")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no READY")
	}
	select {
	case id := <-guilds:
		if id != testGuild {
			t.Errorf("GUILD_CREATE %s, want %s", id, testGuild)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no GUILD_CREATE")
	}
	if ids := f.Identifies(); len(ids) != 1 || ids[0].Intents != discordgo.IntentsGuilds {
		t.Errorf("identifies = %+v, want one with intents %d", ids, discordgo.IntentsGuilds)
	}
	// The fake marks the connection ready after writing the last
	// GUILD_CREATE, which the client may already have handled.
	wctx, wcancel := context.WithTimeout(context.Background(), 20*time.Second)
	if err := f.WaitConnected(wctx, 1); err != nil {
		t.Errorf("WaitConnected: %v", err)
	}
	wcancel()
	if got := f.Connected(); got != 1 {
		t.Errorf("Connected() = %d, want 1", got)
	}

	cmds, err := s.ApplicationCommandBulkOverwrite(f.ApplicationID(), "", testCommands)
	if err != nil {
		t.Fatalf("bulk overwrite: %v", err)
	}
	if len(cmds) != 2 || cmds[0].ID == "" || cmds[0].ApplicationID != f.ApplicationID() {
		t.Fatalf("bulk overwrite returned %+v", cmds)
	}
	again, err := s.ApplicationCommandBulkOverwrite(f.ApplicationID(), "", testCommands)
	if err != nil {
		t.Fatalf("second bulk overwrite: %v", err)
	}
	if again[0].ID != cmds[0].ID {
		t.Errorf("overwrite changed the command ID: %s -> %s", cmds[0].ID, again[0].ID)
	}
	if _, err := s.ApplicationCommandBulkOverwrite(f.ApplicationID(), testGuild, testCommands[:1]); err != nil {
		t.Fatalf("guild bulk overwrite: %v", err)
	}
	if got := len(f.Commands()); got != 3 {
		t.Errorf("Commands() has %d, want 3", got)
	}
	listed, err := s.ApplicationCommands(f.ApplicationID(), "")
	if err != nil || len(listed) != 2 {
		t.Errorf("ApplicationCommands = %d commands, %v; want 2", len(listed), err)
	}
	if p := f.Commands()[0].DefaultMemberPermissions; p == nil || *p != discordgo.PermissionManageGuild {
		t.Errorf("default_member_permissions = %v, want %d", p, discordgo.PermissionManageGuild)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	t.Run("command", func(t *testing.T) {
		resp, err := f.Interact(ctx, Interaction{Name: "vendor", GuildID: testGuild, ChannelID: testChannel,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "name", Type: discordgo.ApplicationCommandOptionString, Value: "kaspersky"}}})
		if err != nil {
			t.Fatalf("Interact: %v", err)
		}
		if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil {
			t.Fatalf("response = %+v", resp)
		}
		if resp.Data.Content != "events for kaspersky" || !resp.Data.Ephemeral() || len(resp.Data.Embeds) != 1 {
			t.Errorf("data = %+v", resp.Data)
		}
		if !parseEmpty(resp.Data.AllowedMentions) {
			t.Errorf("allowed_mentions = %s, want parse []", resp.Data.AllowedMentions)
		}
		if resp.Message == nil || resp.Message.Content != "events for kaspersky" {
			t.Errorf("message = %+v", resp.Message)
		}
	})
	t.Run("subcommand", func(t *testing.T) {
		resp, err := f.Interact(ctx, Interaction{Name: "watch", GuildID: testGuild, ChannelID: testChannel,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "list", Type: discordgo.ApplicationCommandOptionSubCommand}}})
		if err != nil {
			t.Fatalf("Interact: %v", err)
		}
		if resp.Data == nil || resp.Data.Content != "kaspersky, huawei" {
			t.Errorf("data = %+v", resp.Data)
		}
	})
	t.Run("autocomplete", func(t *testing.T) {
		resp, err := f.Interact(ctx, Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, Name: "vendor", GuildID: testGuild, ChannelID: testChannel,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "name", Type: discordgo.ApplicationCommandOptionString, Value: "ka", Focused: true}}})
		if err != nil {
			t.Fatalf("Interact: %v", err)
		}
		if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult || resp.Data == nil || len(resp.Data.Choices) != 2 {
			t.Fatalf("response = %+v", resp)
		}
		if resp.Data.Choices[0].Value != "kaspersky" {
			t.Errorf("choice value = %v", resp.Data.Choices[0].Value)
		}
	})
	t.Run("deferred", func(t *testing.T) {
		resp, err := f.Interact(ctx, Interaction{Name: "watch", GuildID: testGuild, ChannelID: testChannel,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "slow", Type: discordgo.ApplicationCommandOptionSubCommand}}})
		if err != nil {
			t.Fatalf("Interact: %v", err)
		}
		if resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			t.Errorf("type = %d, want 5", resp.Type)
		}
		if resp.Message == nil || resp.Message.Content != "done" {
			t.Errorf("final message = %+v, want content done", resp.Message)
		}
	})
	t.Run("deferred follow-up", func(t *testing.T) {
		f.SetLatency(20 * time.Millisecond)
		defer f.SetLatency(0)
		resp, err := f.Interact(ctx, Interaction{Name: "watch", GuildID: testGuild, ChannelID: testChannel,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "later", Type: discordgo.ApplicationCommandOptionSubCommand}}})
		if err != nil {
			t.Fatalf("Interact: %v", err)
		}
		if resp.Data == nil || !resp.Data.Ephemeral() {
			t.Errorf("deferral data = %+v, want ephemeral", resp.Data)
		}
		if resp.Message == nil || resp.Message.Content != "followed up" {
			t.Errorf("final message = %+v, want the follow-up", resp.Message)
		}
	})
	t.Run("unknown command", func(t *testing.T) {
		_, err := f.Interact(ctx, Interaction{Name: "nope", GuildID: testGuild, ChannelID: testChannel})
		if !errors.Is(err, ErrUnknownCommand) {
			t.Errorf("err = %v, want ErrUnknownCommand", err)
		}
	})

	t.Run("message", func(t *testing.T) {
		m, err := s.ChannelMessageSendComplex(testChannel, &discordgo.MessageSend{
			Content:         "Kaspersky added to the Entity List",
			Embeds:          []*discordgo.MessageEmbed{{Title: "Kaspersky", URL: "https://example.com/a", Color: 0xff0000, Fields: []*discordgo.MessageEmbedField{{Name: "Signal", Value: "entity list"}}}},
			AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
		})
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		msgs := f.Messages(testChannel)
		if len(msgs) != 1 || msgs[0].ID != m.ID || m.ChannelID != testChannel {
			t.Fatalf("Messages = %+v, sent %+v", msgs, m)
		}
		if !parseEmpty(msgs[0].AllowedMentions) || msgs[0].Embeds[0].Fields[0].Value != "entity list" {
			t.Errorf("recorded allowed_mentions %s, embeds %+v", msgs[0].AllowedMentions, msgs[0].Embeds)
		}
		edited, err := s.ChannelMessageEdit(testChannel, m.ID, "edited")
		if err != nil || edited.Content != "edited" {
			t.Fatalf("edit = %+v, %v", edited, err)
		}
		if got := f.Messages(testChannel)[0]; got.Content != "edited" || got.Edits != 1 {
			t.Errorf("after edit %+v", got)
		}
		if err := s.ChannelMessageDelete(testChannel, m.ID); err != nil {
			t.Fatalf("delete: %v", err)
		}
		if got := len(f.Messages(testChannel)); got != 0 {
			t.Errorf("%d messages after delete", got)
		}
		ch, err := s.Channel(testChannel)
		if err != nil || ch.GuildID != testGuild || ch.Type != discordgo.ChannelTypeGuildText {
			t.Errorf("Channel = %+v, %v", ch, err)
		}
		if u, err := s.User("@me"); err != nil || u.ID != f.BotUserID() {
			t.Errorf("User(@me) = %+v, %v", u, err)
		}
	})
	noViolations(t, f)
	if len(f.Requests()) == 0 {
		t.Error("no requests recorded")
	}
}

func TestInvalidRequests(t *testing.T) {
	f := newFake(t, Options{})
	s := openSession(t, f, false)
	tests := []struct {
		name string
		send func() error
		want string
	}{
		{"content too long", func() error {
			_, err := s.ChannelMessageSend(testChannel, strings.Repeat("x", 2001))
			return err
		}, "content: must be 2000"},
		{"embed total", func() error {
			e := func() *discordgo.MessageEmbed { return &discordgo.MessageEmbed{Description: strings.Repeat("y", 4000)} }
			_, err := s.ChannelMessageSendEmbeds(testChannel, []*discordgo.MessageEmbed{e(), e()})
			return err
		}, "total text must be 6000"},
		{"uppercase command", func() error {
			_, err := s.ApplicationCommandBulkOverwrite(f.ApplicationID(), "", []*discordgo.ApplicationCommand{{Name: "Vendor", Description: "x"}})
			return err
		}, "must be lowercase"},
		{"long choice value", func() error {
			_, err := s.ApplicationCommandBulkOverwrite(f.ApplicationID(), "", []*discordgo.ApplicationCommand{{Name: "v", Description: "x",
				Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "o", Description: "d",
					Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "n", Value: strings.Repeat("v", 101)}}}}}})
			return err
		}, "value: must be 100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(f.Violations())
			err := tt.send()
			status, code := restCode(t, err)
			if status != http.StatusBadRequest || code != discordgo.ErrCodeInvalidFormBody {
				t.Errorf("got %d code %d, want 400 code 50035", status, code)
			}
			v := f.Violations()
			if len(v) <= before || !strings.Contains(strings.Join(v[before:], "\n"), tt.want) {
				t.Errorf("violations %q, want one containing %q", v[before:], tt.want)
			}
		})
	}

	t.Run("schema", func(t *testing.T) {
		if !f.SpecAvailable() {
			t.Skip(f.SpecStatus())
		}
		before := len(f.Violations())
		_, err := s.RequestWithBucketID("POST", discordgo.EndpointChannelMessages(testChannel), map[string]any{"content": 5}, "x")
		if _, code := restCode(t, err); code != discordgo.ErrCodeInvalidFormBody {
			t.Errorf("code %d, want 50035", code)
		}
		if v := f.Violations(); len(v) != before+1 || !strings.Contains(v[before], "schema") {
			t.Errorf("violations = %q", v[before:])
		}
	})
}

func TestChannelErrors(t *testing.T) {
	f := newFake(t, Options{})
	s := openSession(t, f, false)
	const gone, denied, noPerm = "1150000000000002100", "1150000000000002101", "1150000000000002102"
	for _, id := range []string{gone, denied, noPerm} {
		f.AddChannel(testGuild, id, discordgo.ChannelTypeGuildText)
	}
	f.DeleteChannel(gone)
	f.DenyAccess(denied, discordgo.ErrCodeMissingAccess)
	f.DenyAccess(noPerm, discordgo.ErrCodeMissingPermissions)
	tests := []struct {
		channel      string
		status, code int
	}{
		{gone, 404, discordgo.ErrCodeUnknownChannel},
		{"1150000000000009999", 404, discordgo.ErrCodeUnknownChannel},
		{denied, 403, discordgo.ErrCodeMissingAccess},
		{noPerm, 403, discordgo.ErrCodeMissingPermissions},
	}
	for _, tt := range tests {
		_, err := s.ChannelMessageSend(tt.channel, "hello")
		if status, code := restCode(t, err); status != tt.status || code != tt.code {
			t.Errorf("channel %s: got %d code %d, want %d code %d", tt.channel, status, code, tt.status, tt.code)
		}
	}

	f.FailNext(testChannel, http.StatusInternalServerError, 1)
	_, err := s.ChannelMessageSend(testChannel, "a")
	if status, _ := restCode(t, err); status != 500 {
		t.Errorf("FailNext 500: status %d", status)
	}
	f.FailNext(testChannel, http.StatusBadGateway, 1)
	if _, err := s.ChannelMessageSend(testChannel, "b"); err != nil {
		t.Errorf("502 once should be retried by discordgo: %v", err)
	}
	if got := len(f.Messages(testChannel)); got != 1 {
		t.Errorf("%d messages, want 1", got)
	}
	noViolations(t, f)
}

func TestGlobalRateLimit(t *testing.T) {
	f := newFake(t, Options{})
	s := openSession(t, f, false)
	f.SetGlobalRateLimit(3, time.Minute)
	// Three requests to three different routes: the limit is the bot's,
	// not a bucket's.
	if _, err := s.ChannelMessageSend(testChannel, "a", discordgo.WithRetryOnRatelimit(false)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ChannelMessageSend(otherChan, "b", discordgo.WithRetryOnRatelimit(false)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApplicationCommands(f.ApplicationID(), "", discordgo.WithRetryOnRatelimit(false)); err != nil {
		t.Fatal(err)
	}
	ep := discordgo.EndpointChannelMessages(testChannel)
	req, _ := http.NewRequest("POST", ep, strings.NewReader(`{"content":"c"}`))
	req.Header.Set("Authorization", f.Token())
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.Client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var body struct {
		Global     bool    `json:"global"`
		RetryAfter float64 `json:"retry_after"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || !body.Global || resp.Header.Get("X-RateLimit-Global") != "true" ||
		resp.Header.Get("X-RateLimit-Scope") != "global" || body.RetryAfter <= 0 || body.RetryAfter > 60 {
		t.Errorf("fourth request: %d global=%v header %q scope %q retry_after %v, want a global 429",
			resp.StatusCode, body.Global, resp.Header.Get("X-RateLimit-Global"), resp.Header.Get("X-RateLimit-Scope"), body.RetryAfter)
	}
	// Interaction callbacks are exempt: an unknown interaction answers
	// 404, not 429.
	cb, _ := http.NewRequest("POST", discordgo.EndpointInteractionResponse("1", "tok"), strings.NewReader(`{"type":4,"data":{"content":"x"}}`))
	cb.Header.Set("Content-Type", "application/json")
	if resp, err := s.Client.Do(cb); err != nil {
		t.Fatal(err)
	} else {
		resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests {
			t.Error("an interaction callback counted toward the global limit")
		}
	}
	if got := f.GlobalLimited(); got != 1 {
		t.Errorf("GlobalLimited = %d, want 1", got)
	}
	if got := len(f.Messages(testChannel)); got != 1 {
		t.Errorf("%d messages in the channel, want 1 (the refused one not created)", got)
	}
	f.SetGlobalRateLimit(0, 0)
	if _, err := s.ChannelMessageSend(testChannel, "d", discordgo.WithRetryOnRatelimit(false)); err != nil {
		t.Errorf("limit removed: %v", err)
	}
}

func TestRateLimit(t *testing.T) {
	f := newFake(t, Options{})
	a := openSession(t, f, false)
	f.SetChannelRateLimit(2, time.Minute)
	for i := range 2 {
		if _, err := a.ChannelMessageSend(testChannel, "x"); err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
	}
	// A second client does not know the bucket is empty, as with a restart.
	b := openSession(t, f, false)
	_, err := b.ChannelMessageSend(testChannel, "y", discordgo.WithRetryOnRatelimit(false))
	var rl *discordgo.RateLimitError
	if !errors.As(err, &rl) {
		t.Fatalf("err = %v (%T), want *discordgo.RateLimitError", err, err)
	}
	if rl.RetryAfter <= 0 || rl.RetryAfter > time.Minute {
		t.Errorf("RetryAfter = %v", rl.RetryAfter)
	}
	if _, err := b.ChannelMessageSend(otherChan, "z", discordgo.WithRetryOnRatelimit(false)); err != nil {
		t.Errorf("other channel is a separate bucket: %v", err)
	}

	// Raw check of the 429 shape and headers.
	req, _ := http.NewRequest("POST", f.URL()+"/api/v9/channels/"+testChannel+"/messages", strings.NewReader(`{"content":"raw"}`))
	req.Header.Set("Authorization", f.Token())
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Message    string  `json:"message"`
		RetryAfter float64 `json:"retry_after"`
		Global     *bool   `json:"global"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 429 || body.RetryAfter <= 0 || body.Global == nil || *body.Global {
		t.Errorf("429 answer: %d %+v", resp.StatusCode, body)
	}
	for _, h := range []string{"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Reset-After", "X-RateLimit-Bucket", "Retry-After"} {
		if resp.Header.Get(h) == "" {
			t.Errorf("429 without %s", h)
		}
	}

	f.SetChannelRateLimit(0, 0)
	f.FailNext(otherChan, http.StatusTooManyRequests, 1)
	if _, err := b.ChannelMessageSend(otherChan, "z", discordgo.WithRetryOnRatelimit(false)); !errors.As(err, &rl) {
		t.Errorf("FailNext 429: err = %v, want *discordgo.RateLimitError", err)
	}
	noViolations(t, f)
}

// nonceSend is MessageSend plus the fields discordgo v0.29.0 lacks.
type nonceSend struct {
	discordgo.MessageSend
	Nonce        string `json:"nonce,omitempty"`
	EnforceNonce bool   `json:"enforce_nonce,omitempty"`
}

func TestNonce(t *testing.T) {
	f := newFake(t, Options{})
	s := openSession(t, f, false)
	send := func(channel string, enforce bool) string {
		t.Helper()
		ep := discordgo.EndpointChannelMessages(channel)
		body := nonceSend{MessageSend: discordgo.MessageSend{Content: "alert",
			AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}},
			Nonce: "alert-42", EnforceNonce: enforce}
		b, err := s.RequestWithBucketID("POST", ep, body, ep)
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		var m discordgo.Message
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m.ID
	}
	first := send(testChannel, true)
	if again := send(testChannel, true); again != first {
		t.Errorf("repeat with enforce_nonce created %s, want existing %s", again, first)
	}
	if got := len(f.Messages(testChannel)); got != 1 {
		t.Errorf("%d messages, want 1", got)
	}
	if other := send(otherChan, true); other == first {
		t.Error("same nonce in another channel returned the first channel's message")
	}
	send(testChannel, false)
	if got := len(f.Messages(testChannel)); got != 2 {
		t.Errorf("without enforce_nonce: %d messages, want 2", got)
	}
	if m := f.Messages(testChannel)[0]; m.Nonce != "alert-42" || !m.EnforceNonce {
		t.Errorf("recorded nonce %q enforce %v", m.Nonce, m.EnforceNonce)
	}
	noViolations(t, f)
}

// TestReadyWhenOpenReturns: a client whose Open has returned (it read
// READY) can be sent an interaction at once. The fake used to count the
// connection ready only after also writing the GUILD_CREATEs, and
// TestInteractionDeadline failed in CI with ErrNotConnected.
func TestReadyWhenOpenReturns(t *testing.T) {
	f := newFake(t, Options{})
	for i := range 5 {
		f.AddGuild(strconv.Itoa(1160000000000000000+i), "guild")
	}
	// Sessions stay open (openSession's cleanup closes them), so each
	// round must add one ready connection.
	for i := range 20 {
		openSession(t, f, false)
		if got := f.Connected(); got != i+1 {
			t.Fatalf("round %d: Open returned but the fake has %d ready connections, want %d", i, got, i+1)
		}
	}
}

func TestInteractionDeadline(t *testing.T) {
	// Deadline and delay far apart, so that a loaded machine cannot make
	// the fast answer late or the slow one early.
	f := newFake(t, Options{InteractionDeadline: time.Second})
	var mu sync.Mutex
	var errs []error
	answered := make(chan struct{}, 4)
	s := openSession(t, f, false, func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		slow := i.ApplicationCommandData().Name == "watch"
		if slow {
			time.Sleep(2500 * time.Millisecond)
		}
		resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "ok"}}
		err := s.InteractionRespond(i.Interaction, resp)
		if !slow {
			// Answering twice is a bug Discord rejects.
			err = s.InteractionRespond(i.Interaction, resp)
		}
		mu.Lock()
		errs = append(errs, err)
		mu.Unlock()
		answered <- struct{}{}
	})
	if _, err := s.ApplicationCommandBulkOverwrite(f.ApplicationID(), "", testCommands); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	_, err := f.Interact(ctx, Interaction{Name: "watch", GuildID: testGuild, ChannelID: testChannel})
	if !errors.Is(err, ErrInteractionTimeout) {
		t.Fatalf("slow answer: err = %v, want ErrInteractionTimeout", err)
	}
	<-answered
	mu.Lock()
	first := errs[0]
	mu.Unlock()
	if _, code := restCode(t, first); code != discordgo.ErrCodeUnknownInteraction {
		t.Errorf("late callback code %d, want 10062", code)
	}

	resp, err := f.Interact(ctx, Interaction{Name: "vendor", GuildID: testGuild, ChannelID: testChannel,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "name", Type: discordgo.ApplicationCommandOptionString, Value: "x"}}})
	if err != nil {
		t.Fatalf("fast answer: %v", err)
	}
	if resp.Elapsed > time.Second {
		t.Errorf("accepted answer after %v", resp.Elapsed)
	}
	<-answered
	mu.Lock()
	second := errs[1]
	mu.Unlock()
	if status, code := restCode(t, second); status != 400 || code != discordgo.ErrCodeInteractionHasAlreadyBeenAcknowledged {
		t.Errorf("second callback: %d code %d, want 400 code 40060", status, code)
	}
	v := strings.Join(f.Violations(), "\n")
	if !strings.Contains(v, "deadline") || !strings.Contains(v, "already been acknowledged") {
		t.Errorf("violations = %s", v)
	}
}

func TestReconnect(t *testing.T) {
	f := newFake(t, Options{})
	s := openSession(t, f, true, func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		_ = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "still here"}})
	})
	if _, err := s.ApplicationCommandBulkOverwrite(f.ApplicationID(), "", testCommands); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, tt := range []struct {
		name   string
		break_ func()
	}{{"op 7", f.SendReconnect}, {"dropped", f.DropConnections}} {
		t.Run(tt.name, func(t *testing.T) {
			before := len(f.Identifies())
			tt.break_()
			for len(f.Identifies()) == before {
				if err := f.WaitConnected(ctx, 1); err != nil {
					t.Fatalf("no reconnect: %v", err)
				}
				time.Sleep(10 * time.Millisecond)
			}
			if err := f.WaitConnected(ctx, 1); err != nil {
				t.Fatal(err)
			}
			if last := f.Identifies()[len(f.Identifies())-1]; !last.Resume {
				t.Errorf("reconnected with %+v, want a RESUME", last)
			}
			resp, err := f.Interact(ctx, Interaction{Name: "watch", GuildID: testGuild, ChannelID: testChannel})
			if err != nil || resp.Data.Content != "still here" {
				t.Errorf("after reconnect: %+v, %v", resp, err)
			}
		})
	}
	noViolations(t, f)
}

func TestDirectAddressing(t *testing.T) {
	f := newFake(t, Options{})
	get := func(path, auth string) (int, string) {
		req, _ := http.NewRequest("GET", f.URL()+path, nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if st, body := get("/api/v9/gateway", ""); st != 200 || !strings.Contains(body, f.GatewayURL()) {
		t.Errorf("gateway: %d %s", st, body)
	}
	if st, body := get("/api/v10/users/@me", f.Token()); st != 200 || !strings.Contains(body, f.BotUserID()) {
		t.Errorf("v10 users/@me: %d %s", st, body)
	}
	if st, _ := get("/api/v9/users/@me", "Bot wrong"); st != 401 {
		t.Errorf("wrong token: %d, want 401", st)
	}
	if st, _ := get("/api/v9/channels/"+testChannel, f.Token()); st != 200 {
		t.Errorf("channel: %d", st)
	}
	if _, err := f.HTTPClient().Get("https://example.com/"); err == nil {
		t.Error("transport reached a non-Discord host")
	}
}

func TestCheckMessage(t *testing.T) {
	long := func(n int) string { return strings.Repeat("é", n) }
	tests := []struct {
		name string
		body messageBody
		bad  bool
	}{
		{"ok", messageBody{Content: ptr("hi")}, false},
		{"2000 runes", messageBody{Content: ptr(long(2000))}, false},
		{"2001 runes", messageBody{Content: ptr(long(2001))}, true},
		{"title 257", messageBody{Embeds: []discordgo.MessageEmbed{{Title: long(257)}}}, true},
		{"description 4096", messageBody{Embeds: []discordgo.MessageEmbed{{Description: long(4096)}}}, false},
		{"field value 1025", messageBody{Embeds: []discordgo.MessageEmbed{{Fields: []*discordgo.MessageEmbedField{{Name: "n", Value: long(1025)}}}}}, true},
		{"empty field name", messageBody{Embeds: []discordgo.MessageEmbed{{Fields: []*discordgo.MessageEmbedField{{Name: "", Value: "v"}}}}}, true},
		{"11 embeds", messageBody{Embeds: make([]discordgo.MessageEmbed, 11)}, true},
		{"26 fields", messageBody{Embeds: []discordgo.MessageEmbed{{Fields: func() []*discordgo.MessageEmbedField {
			var fs []*discordgo.MessageEmbedField
			for range 26 {
				fs = append(fs, &discordgo.MessageEmbedField{Name: "n", Value: "v"})
			}
			return fs
		}()}}}, true},
		{"whitespace not counted in total", messageBody{Embeds: []discordgo.MessageEmbed{{Description: long(4000)}, {Description: long(1999) + strings.Repeat(" ", 50)}}}, false},
		{"footer 2049", messageBody{Embeds: []discordgo.MessageEmbed{{Footer: &discordgo.MessageEmbedFooter{Text: long(2049)}}}}, true},
		{"nonce 26", messageBody{Content: ptr("x"), Nonce: json.RawMessage(`"` + strings.Repeat("n", 26) + `"`)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkMessage(&tt.body)
			if (len(got) > 0) != tt.bad {
				t.Errorf("checkMessage = %q, want bad=%v", got, tt.bad)
			}
		})
	}
}

func TestCheckCommands(t *testing.T) {
	tests := []struct {
		name string
		cmd  commandBody
		bad  bool
	}{
		{"ok", commandBody{Name: "vendor", Description: "d"}, false},
		{"hyphen apostrophe digits", commandBody{Name: "top-10_it's", Description: "d"}, false},
		{"devanagari", commandBody{Name: "नमस्ते", Description: "d"}, false},
		{"thai", commandBody{Name: "สวัสดี", Description: "d"}, false},
		{"upper", commandBody{Name: "Vendor", Description: "d"}, true},
		{"space", commandBody{Name: "a b", Description: "d"}, true},
		{"33 chars", commandBody{Name: strings.Repeat("a", 33), Description: "d"}, true},
		{"no description", commandBody{Name: "a"}, true},
		{"description 101", commandBody{Name: "a", Description: strings.Repeat("d", 101)}, true},
		{"user command may be upper case", commandBody{Name: "Report User", Type: 2}, false},
		{"26 choices", commandBody{Name: "a", Description: "d", Options: []commandOptionBody{{Type: 3, Name: "o", Description: "d",
			Choices: make([]choiceBody, 26)}}}, true},
		{"required after optional", commandBody{Name: "a", Description: "d", Options: []commandOptionBody{
			{Type: 3, Name: "o", Description: "d"}, {Type: 3, Name: "p", Description: "d", Required: true}}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkCommands([]commandBody{tt.cmd})
			if (len(got) > 0) != tt.bad {
				t.Errorf("checkCommands = %q, want bad=%v", got, tt.bad)
			}
		})
	}
}

func TestNormaliseBody(t *testing.T) {
	got := string(normaliseBody("/applications/1/commands", []byte(`[{"name":"a","default_member_permissions":"32"}]`)))
	if !strings.Contains(got, `"default_member_permissions":32`) {
		t.Errorf("normaliseBody = %s", got)
	}
	msg := `{"content":"default_member_permissions"}`
	if got := string(normaliseBody("/channels/1/messages", []byte(msg))); got != msg {
		t.Errorf("message body changed: %s", got)
	}
}

func BenchmarkValidatorBuild(b *testing.B) {
	path, err := findSpec()
	if err != nil {
		b.Skip(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("spec absent: %v", err)
	}
	for b.Loop() {
		if _, err := buildValidator(path, raw); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSpecAbsent(t *testing.T) {
	f := newFake(t, Options{SpecPath: t.TempDir() + "/missing.json"})
	if f.SpecAvailable() {
		t.Fatal("SpecAvailable with a missing file")
	}
	if !strings.Contains(f.SpecStatus(), "schema validation skipped") {
		t.Errorf("SpecStatus = %q", f.SpecStatus())
	}
	s := openSession(t, f, false)
	_, err := s.ChannelMessageSend(testChannel, strings.Repeat("x", 2001))
	if _, code := restCode(t, err); code != discordgo.ErrCodeInvalidFormBody {
		t.Errorf("limit check without spec: code %d, want 50035", code)
	}
}

func TestAnswerDelay(t *testing.T) {
	f := newFake(t, Options{})
	s := openSession(t, f, false)
	f.SetAnswerDelay(time.Hour)
	ep := discordgo.EndpointChannelMessages(testChannel)
	body := nonceSend{MessageSend: discordgo.MessageSend{Content: "alert",
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}},
		Nonce: "alert-7", EnforceNonce: true}

	// The first send gives up (as a killed bot would) while its answer is
	// held; the message exists all the same.
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := s.RequestWithBucketID("POST", ep, body, ep, discordgo.WithContext(ctx))
		done <- err
	}()
	deadline := time.Now().Add(10 * time.Second)
	for len(f.Messages(testChannel)) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the message was not created while its answer was held")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; err == nil {
		t.Fatal("the held send returned without an answer")
	}

	f.SetAnswerDelay(0)
	b, err := s.RequestWithBucketID("POST", ep, body, ep)
	if err != nil {
		t.Fatalf("resend: %v", err)
	}
	var m discordgo.Message
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	msgs := f.Messages(testChannel)
	if len(msgs) != 1 || m.ID != msgs[0].ID {
		t.Errorf("resend with the same nonce: %d messages, answer %s; want the held one", len(msgs), m.ID)
	}
	noViolations(t, f)
}
