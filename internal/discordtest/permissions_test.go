package discordtest

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestPermitted(t *testing.T) {
	manage := int64(discordgo.PermissionManageChannels | discordgo.PermissionManageGuild)
	zero := int64(0)
	cases := []struct {
		required *int64
		perms    int64
		want     bool
	}{
		{nil, 0, true},
		{nil, discordgo.PermissionSendMessages, true},
		{&manage, discordgo.PermissionManageChannels | discordgo.PermissionManageGuild | discordgo.PermissionSendMessages, true},
		{&manage, discordgo.PermissionManageChannels, false}, // every bit is needed
		{&manage, discordgo.PermissionSendMessages, false},
		{&manage, discordgo.PermissionAdministrator, true},
		{&zero, discordgo.PermissionAll &^ discordgo.PermissionAdministrator, false},
		{&zero, discordgo.PermissionAdministrator, true},
	}
	for k, c := range cases {
		if got := permitted(c.required, c.perms); got != c.want {
			t.Errorf("case %d: permitted(..., %#x) = %v, want %v", k, c.perms, got, c.want)
		}
	}
}

// TestDefaultMemberPermissions checks that a member without a command's
// default_member_permissions cannot use it: the bot never sees the
// interaction, as with Discord, whose client does not offer the command.
func TestDefaultMemberPermissions(t *testing.T) {
	f := newFake(t, Options{})
	var seen atomic.Int32
	s := openSession(t, f, false, func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		seen.Add(1)
		if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "ok"},
		}); err != nil {
			t.Errorf("respond: %v", err)
		}
	})
	guildOnly := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	cmds := []*discordgo.ApplicationCommand{
		{Name: "open", Description: "Anyone", Contexts: guildOnly},
		{Name: "manage", Description: "Manage Channels", Contexts: guildOnly,
			DefaultMemberPermissions: ptr(int64(discordgo.PermissionManageChannels))},
		{Name: "admins", Description: "Administrators only", Contexts: guildOnly,
			DefaultMemberPermissions: ptr(int64(0))},
	}
	if _, err := s.ApplicationCommandBulkOverwrite(f.ApplicationID(), testGuild, cmds); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	member := int64(discordgo.PermissionViewChannel | discordgo.PermissionSendMessages)
	cases := []struct {
		name  string
		perms int64
		ok    bool
	}{
		{"open", member, true},
		{"manage", member, false},
		{"manage", member | discordgo.PermissionManageChannels, true},
		{"manage", discordgo.PermissionAdministrator, true},
		{"manage", 0, true}, // 0: the fake's default, every permission
		{"admins", member | discordgo.PermissionManageChannels, false},
		{"admins", discordgo.PermissionAdministrator, true},
	}
	delivered := int32(0)
	for _, c := range cases {
		in := Interaction{Name: c.name, GuildID: testGuild, ChannelID: testChannel, Permissions: c.perms}
		resp, err := f.Interact(ctx, in)
		if !c.ok {
			if !errors.Is(err, ErrNotPermitted) {
				t.Errorf("/%s with %#x: err = %v, want ErrNotPermitted", c.name, c.perms, err)
			}
			continue
		}
		delivered++
		if err != nil || resp.Data == nil || resp.Data.Content != "ok" {
			t.Errorf("/%s with %#x: %+v, %v; want answered ok", c.name, c.perms, resp, err)
		}
	}
	// Autocomplete of a command the member cannot use is not sent either.
	_, err := f.Interact(ctx, Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete,
		Name: "manage", GuildID: testGuild, ChannelID: testChannel, Permissions: member})
	if !errors.Is(err, ErrNotPermitted) {
		t.Errorf("autocomplete: err = %v, want ErrNotPermitted", err)
	}
	if got := seen.Load(); got != delivered {
		t.Errorf("bot saw %d interactions, want %d", got, delivered)
	}
	r := f.Refusals()
	if len(r) != 3 || r[0].Name != "manage" || r[0].Permissions != member ||
		r[0].Required != discordgo.PermissionManageChannels || r[1].Name != "admins" || r[0].GuildID != testGuild {
		t.Errorf("refusals = %+v", r)
	}
	noViolations(t, f)
}
