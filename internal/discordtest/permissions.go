package discordtest

import "github.com/bwmarrin/discordgo"

// A Refusal is an interaction Interact did not deliver because the member
// lacked the command's default_member_permissions.
type Refusal struct {
	Name, GuildID, UserID string
	Required, Permissions int64
}

// permitted reports whether a member with perms may use a command
// registered with default_member_permissions required, as Discord decides
// when no server admin has overridden it (Server Settings → Integrations):
// nil lets everyone in, Administrator passes everything, "0" lets only
// administrators in, and any other set needs every one of its bits.
func permitted(required *int64, perms int64) bool {
	switch {
	case required == nil:
		return true
	case perms&discordgo.PermissionAdministrator != 0:
		return true
	case *required == 0:
		return false
	}
	return perms&*required == *required
}

// Refusals returns the interactions not delivered for lack of permissions,
// oldest first.
func (f *Fake) Refusals() []Refusal {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Refusal(nil), f.refusals...)
}
