package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
)

// memberPerms are the permissions of a member who may use commands but
// change nothing.
const memberPerms = int64(discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionUseApplicationCommands)

// TestPermissionModel checks README "Permissions": a command that only
// changes settings reaches only members with Manage Channels (Discord does
// not deliver it to others: default_member_permissions); in a command that
// also reads, the subcommands that change settings refuse such members
// with a clear message and the reading ones work for everyone.
func TestPermissionModel(t *testing.T) {
	e := setupImport(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	manager := memberPerms | discordgo.PermissionManageChannels

	// Whole commands that change settings: not delivered to a member.
	dur := str("duration", "1h")
	for _, in := range []discordtest.Interaction{
		{Name: "subscribe"},
		{Name: "unsubscribe"},
		{Name: "mute", Options: []*discordgo.ApplicationCommandInteractionDataOption{dur}},
		{Name: "unmute"},
	} {
		in.GuildID, in.ChannelID, in.Permissions = guildA, chanA1, memberPerms
		if _, err := e.fake.Interact(ctx, in); !errors.Is(err, discordtest.ErrNotPermitted) {
			t.Errorf("/%s by a member: err = %v, want ErrNotPermitted", in.Name, err)
		}
	}
	if subs, err := e.db.Subscriptions(ctx, guildA); err != nil || len(subs) != 0 {
		t.Fatalf("subscriptions after refusals: %v, %v", subs, err)
	}
	_, text := e.run(discordtest.Interaction{Name: "subscribe", Permissions: manager})
	if !strings.Contains(text, "<#"+chanA1+">") {
		t.Errorf("/subscribe with Manage Channels: %q", text)
	}
	_, text = e.run(discordtest.Interaction{Name: "mute", Permissions: discordgo.PermissionAdministrator,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{dur}})
	if strings.Contains(text, "Manage Channels") {
		t.Errorf("/mute by an administrator: %q", text)
	}
	// Reading commands are everyone's.
	if _, text = e.run(discordtest.Interaction{Name: "subscriptions", Permissions: memberPerms}); !strings.Contains(text, "<#"+chanA1+">") {
		t.Errorf("/subscriptions by a member: %q", text)
	}

	// /watch mixes: add, remove and import refuse a member in the handler.
	watch := func(perms int64, name string, o ...*discordgo.ApplicationCommandInteractionDataOption) discordtest.Interaction {
		return discordtest.Interaction{Name: "watch", Permissions: perms,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{sub(name, o...)}}
	}
	e.wantError(watch(memberPerms, "add", str("name", "Acme Routers")), "Adding a vendor needs the Manage Channels permission")
	e.wantError(watch(memberPerms, "remove", str("name", "Acme Routers")), "Manage Channels")
	att := e.fake.AddAttachment(chanA1, "s.csv", "text/csv", []byte("name\nAcme Routers\n"))
	imp := watch(memberPerms, "import", &discordgo.ApplicationCommandInteractionDataOption{Name: "file", Type: discordgo.ApplicationCommandOptionAttachment, Value: att.ID})
	imp.Resolved = &discordgo.ApplicationCommandInteractionDataResolved{Attachments: map[string]*discordgo.MessageAttachment{att.ID: att}}
	e.wantError(imp, "Importing vendors needs the Manage Channels permission")
	e.wantError(discordtest.Interaction{Type: discordgo.InteractionMessageComponent, Permissions: memberPerms,
		CustomID: "watch-import:apply:1", MessageID: "1150000000000009999"}, "Manage Channels")
	if own, err := e.db.GuildVendors(ctx, guildA); err != nil || len(own) != 0 {
		t.Fatalf("vendors after refusals: %v, %v", own, err)
	}
	if _, text = e.run(watch(manager, "add", str("name", "Acme Routers"))); strings.Contains(text, "Manage Channels") {
		t.Errorf("/watch add with Manage Channels: %q", text)
	}
	if _, text = e.run(watch(memberPerms, "list")); !strings.Contains(text, "Acme Routers") {
		t.Errorf("/watch list by a member: %q", text)
	}
	if r, _ := e.run(watch(memberPerms, "export")); len(r.Message.Files) != 1 || !strings.Contains(string(r.Message.Files[0].Data), "Acme Routers") {
		t.Errorf("/watch export by a member: %+v", r.Message.Files)
	}
	e.wantError(watch(memberPerms, "remove", str("name", "Acme Routers")), "Manage Channels")
	if own, _ := e.db.GuildVendors(ctx, guildA); len(own) != 1 {
		t.Errorf("a member removed a vendor: %v", own)
	}
}
