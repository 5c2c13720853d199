package bot

import (
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestCommandTable: every registered command, and each of its
// subcommands, has a handler, under a name no other command has.
func TestCommandTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range commandTable() {
		name := c.def.Name
		if seen[name] {
			t.Errorf("/%s is in the table twice", name)
		}
		seen[name] = true
		if c.ephemeral == nil {
			t.Errorf("/%s: no visibility", name)
		}
		var subs []string
		for _, o := range c.def.Options {
			if o.Type == discordgo.ApplicationCommandOptionSubCommand {
				subs = append(subs, o.Name)
			}
		}
		switch {
		case len(subs) == 0 && (c.run == nil || c.sub != nil):
			t.Errorf("/%s: want run and no subcommand handlers, got run %v and %d", name, c.run != nil, len(c.sub))
		case len(subs) > 0 && (c.run != nil || len(c.sub) != len(subs)):
			t.Errorf("/%s: want a handler for each of %v and no run, got run %v and %d", name, subs, c.run != nil, len(c.sub))
		}
		for _, s := range subs {
			if c.sub[s] == nil {
				t.Errorf("/%s %s: no handler", name, s)
			}
		}
	}
}
