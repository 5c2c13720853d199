package discordtest

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/bwmarrin/discordgo"
)

func (f *Fake) commandsRoute(w http.ResponseWriter, r *http.Request, appID, guildID string, rest []string, body []byte) {
	if appID != f.opts.ApplicationID {
		f.violation(r, fmt.Sprintf("application ID %s is not the bot's (%s)", appID, f.opts.ApplicationID))
		writeError(w, http.StatusForbidden, discordgo.ErrCodeMissingAccess, "Missing Access")
		return
	}
	if guildID != "" {
		f.mu.Lock()
		_, ok := f.guilds[guildID]
		f.mu.Unlock()
		if !ok {
			writeError(w, http.StatusForbidden, discordgo.ErrCodeMissingAccess, "Missing Access")
			return
		}
	}
	switch {
	case len(rest) == 0 && r.Method == http.MethodGet:
		f.mu.Lock()
		out := []any{}
		for _, c := range f.commands[guildID] {
			out = append(out, c.ApplicationCommand)
		}
		f.mu.Unlock()
		writeJSON(w, 200, out)
	case len(rest) == 0 && (r.Method == http.MethodPut || r.Method == http.MethodPost) && f.failCommand(w):
	case len(rest) == 0 && (r.Method == http.MethodPut || r.Method == http.MethodPost):
		var raws []json.RawMessage
		if r.Method == http.MethodPut {
			if err := json.Unmarshal(body, &raws); err != nil {
				f.invalid(w, r, []string{"body: expected an array of commands: " + err.Error()})
				return
			}
		} else {
			raws = []json.RawMessage{body}
		}
		var bodies []commandBody
		for _, raw := range raws {
			var cb commandBody
			if err := json.Unmarshal(raw, &cb); err != nil {
				f.invalid(w, r, []string{"body: invalid command: " + err.Error()})
				return
			}
			bodies = append(bodies, cb)
		}
		if problems := checkCommands(bodies); len(problems) > 0 {
			f.invalid(w, r, problems)
			return
		}
		cmds, err := f.toCommands(guildID, raws)
		if err != nil {
			f.invalid(w, r, []string{"body: " + err.Error()})
			return
		}
		f.mu.Lock()
		if r.Method == http.MethodPut {
			f.commands[guildID] = cmds
		} else {
			f.upsertLocked(guildID, cmds[0])
		}
		f.mu.Unlock()
		if r.Method == http.MethodPut {
			out := make([]any, len(cmds))
			for i, c := range cmds {
				out[i] = c.ApplicationCommand
			}
			writeJSON(w, 200, out)
		} else {
			writeJSON(w, 201, cmds[0].ApplicationCommand)
		}
	case len(rest) == 1:
		f.mu.Lock()
		defer f.mu.Unlock()
		list := f.commands[guildID]
		for i, c := range list {
			if c.ID != rest[0] {
				continue
			}
			switch r.Method {
			case http.MethodDelete:
				f.commands[guildID] = append(list[:i:i], list[i+1:]...)
				w.WriteHeader(http.StatusNoContent)
			case http.MethodGet:
				writeJSON(w, 200, c.ApplicationCommand)
			default:
				f.violation(r, "command edit not implemented by discordtest")
				writeError(w, http.StatusMethodNotAllowed, 0, "405: Method Not Allowed")
			}
			return
		}
		writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownApplicationCommand, "Unknown application command")
	default:
		f.violation(r, "route not implemented by discordtest")
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
	}
}

// toCommands builds registered commands, keeping the ID of an existing
// command of the same name and type as Discord does on overwrite.
func (f *Fake) toCommands(guildID string, raws []json.RawMessage) ([]*Command, error) {
	f.mu.Lock()
	existing := map[string]string{}
	for _, c := range f.commands[guildID] {
		existing[fmt.Sprintf("%d/%s", c.Type, c.Name)] = c.ID
	}
	f.mu.Unlock()
	var out []*Command
	for _, raw := range raws {
		var ac discordgo.ApplicationCommand
		if err := json.Unmarshal(raw, &ac); err != nil {
			return nil, err
		}
		if ac.Type == 0 {
			ac.Type = discordgo.ChatApplicationCommand
		}
		if id, ok := existing[fmt.Sprintf("%d/%s", ac.Type, ac.Name)]; ok {
			ac.ID = id
		} else {
			ac.ID = f.newID()
		}
		ac.ApplicationID = f.opts.ApplicationID
		ac.GuildID = guildID
		ac.Version = f.newID()
		out = append(out, &Command{GuildID: guildID, ApplicationCommand: ac, Raw: append(json.RawMessage(nil), raw...)})
	}
	return out, nil
}

func (f *Fake) upsertLocked(guildID string, c *Command) {
	for i, old := range f.commands[guildID] {
		if old.ID == c.ID {
			f.commands[guildID][i] = c
			return
		}
	}
	f.commands[guildID] = append(f.commands[guildID], c)
}

// FailCommands makes the next n command registrations (bulk overwrites and
// creates) fail with status and Discord code: a 500, or a 400 from a
// server that rejects a field. n <= 0 ends it.
func (f *Fake) FailCommands(status, code, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.cmdFail = [3]int{status, code, max(n, 0)}
}

// failCommand answers a registration FailCommands refuses; false when it
// goes through.
func (f *Fake) failCommand(w http.ResponseWriter) bool {
	f.mu.Lock()
	st, code, n := f.cmdFail[0], f.cmdFail[1], f.cmdFail[2]
	if n > 0 {
		f.cmdFail[2]--
	}
	f.mu.Unlock()
	if n <= 0 {
		return false
	}
	writeError(w, st, code, "Registration refused")
	return true
}
