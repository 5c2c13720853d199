package discordtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

func (f *Fake) botUser() map[string]any {
	return map[string]any{"id": f.opts.BotUserID, "username": f.opts.BotUsername, "discriminator": "0",
		"global_name": nil, "avatar": nil, "bot": true, "flags": 0}
}

// channelErr answers for a missing, deleted or denied channel; it must be
// called with f.mu held and reports whether it answered.
func channelErr(w http.ResponseWriter, c *channel) bool {
	switch {
	case c == nil || c.deleted:
		writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownChannel, "Unknown Channel")
	case c.denyCode == discordgo.ErrCodeMissingPermissions:
		writeError(w, http.StatusForbidden, c.denyCode, "Missing Permissions")
	case c.denyCode != 0:
		writeError(w, http.StatusForbidden, c.denyCode, "Missing Access")
	default:
		return false
	}
	return true
}

func (f *Fake) getChannel(w http.ResponseWriter, r *http.Request, id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.channels[id]
	if channelErr(w, c) {
		return
	}
	writeJSON(w, 200, f.channelJSONLocked(c))
}

func (f *Fake) channelJSONLocked(c *channel) map[string]any {
	return map[string]any{"id": c.id, "type": c.typ, "guild_id": c.guildID, "name": "channel-" + c.id,
		"position": 0, "permission_overwrites": []any{}, "nsfw": false, "parent_id": nil, "flags": 0}
}

func (f *Fake) guildCreateLocked(id string) map[string]any {
	g := f.guilds[id]
	chans := []any{}
	for _, cid := range g.channels {
		if c := f.channels[cid]; c != nil && !c.deleted {
			chans = append(chans, f.channelJSONLocked(c))
		}
	}
	return map[string]any{"id": g.id, "name": g.name, "unavailable": false, "owner_id": "1",
		"channels": chans, "threads": []any{}, "roles": []any{}, "emojis": []any{}, "members": []any{},
		"voice_states": []any{}, "presences": []any{}, "stage_instances": []any{}, "member_count": 1,
		"joined_at": time.Now().UTC().Format(time.RFC3339), "large": false, "features": []any{}}
}

func (f *Fake) messageJSON(m *Message) map[string]any {
	var embeds any = []any{}
	if len(m.Embeds) > 0 {
		embeds = m.Embeds
	}
	out := map[string]any{
		"id": m.ID, "channel_id": m.ChannelID, "type": 0, "content": m.Content, "embeds": embeds,
		"author": f.botUser(), "timestamp": m.Created.UTC().Format(time.RFC3339Nano), "edited_timestamp": nil,
		"tts": false, "mention_everyone": false, "mentions": []any{}, "mention_roles": []any{},
		"attachments": []any{}, "components": []any{}, "pinned": false, "flags": m.Flags,
	}
	if m.Nonce != "" {
		out["nonce"] = m.Nonce
	}
	return out
}

// parseMessage decodes a message body; a body the spec check let through
// can still fail here when the spec is absent.
func parseMessage(body []byte) (*messageBody, error) {
	var b messageBody
	if err := json.Unmarshal(body, &b); err != nil {
		return nil, fmt.Errorf("body: invalid JSON: %v", err)
	}
	return &b, nil
}

// acceptEdit parses a message edit's body and checks its limits,
// answering 400 (and recording the violation) when they are broken.
func (f *Fake) acceptEdit(w http.ResponseWriter, r *http.Request, body []byte) *messageBody {
	b, err := parseMessage(body)
	if err != nil {
		f.invalid(w, r, []string{err.Error()})
		return nil
	}
	b.files = filesOf(r)
	if problems := checkMessage(b); len(problems) > 0 {
		f.invalid(w, r, problems)
		return nil
	}
	return b
}

// acceptMessage parses a new message's body and checks it as Discord would,
// answering 400 (and recording the violation) when it is not acceptable.
func (f *Fake) acceptMessage(w http.ResponseWriter, r *http.Request, body []byte) *messageBody {
	b := f.acceptEdit(w, r, body)
	if b == nil {
		return nil
	}
	if b.empty() {
		f.violation(r, "cannot send an empty message")
		writeError(w, http.StatusBadRequest, discordgo.ErrCodeCannotSendEmptyMessage, "Cannot send an empty message")
		return nil
	}
	return b
}

func (f *Fake) createMessage(w http.ResponseWriter, r *http.Request, channelID string, body []byte) {
	f.mu.Lock()
	c := f.channels[channelID]
	if channelErr(w, c) {
		f.mu.Unlock()
		return
	}
	if c.typ == discordgo.ChannelTypeGuildCategory || c.typ == discordgo.ChannelTypeGuildForum || c.typ == discordgo.ChannelTypeGuildMedia {
		f.mu.Unlock()
		f.violation(r, fmt.Sprintf("cannot send messages in a channel of type %d", c.typ))
		writeError(w, http.StatusBadRequest, discordgo.ErrCodeCannotSendMessagesInVoiceChannel, "Cannot send messages in a non-text channel")
		return
	}
	if f.rateLimitLocked(w, c) {
		f.mu.Unlock()
		return
	}
	if c.failN > 0 {
		c.failN--
		status := c.failStatus
		f.mu.Unlock()
		if status == http.StatusTooManyRequests {
			writeTooMany(w, channelID, 1.5, 5)
			return
		}
		writeError(w, status, 0, fmt.Sprintf("%d: %s", status, http.StatusText(status)))
		return
	}
	f.mu.Unlock()

	b := f.acceptMessage(w, r, body)
	if b == nil {
		return
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	nonce := b.nonce()
	if b.EnforceNonce && nonce != "" {
		if m, ok := c.nonces[nonce]; ok {
			writeJSON(w, http.StatusOK, f.messageJSON(m))
			return
		}
	}
	m := newMessage(f.newID(), channelID, b, body)
	c.msgs = append(c.msgs, m)
	if b.EnforceNonce && nonce != "" {
		c.nonces[nonce] = m
	}
	writeJSON(w, http.StatusOK, f.messageJSON(m))
}

func newMessage(id, channelID string, b *messageBody, raw []byte) *Message {
	m := &Message{ID: id, ChannelID: channelID, Flags: b.Flags, Nonce: b.nonce(), EnforceNonce: b.EnforceNonce,
		Raw: append(json.RawMessage(nil), raw...), Created: time.Now()}
	m.apply(b)
	return m
}

// apply sets the fields a body carries; absent fields keep their value, as
// in a PATCH.
func (m *Message) apply(b *messageBody) {
	if b.Content != nil {
		m.Content = *b.Content
	}
	if b.Embeds != nil {
		m.Embeds = b.Embeds
	}
	if present(b.AllowedMentions) || string(b.AllowedMentions) == "{}" {
		m.AllowedMentions = append(json.RawMessage(nil), b.AllowedMentions...)
	}
	if b.Flags != 0 {
		m.Flags = b.Flags
	}
	if b.files != nil {
		m.Files = cloneFiles(b.files)
	}
}

// rateLimitLocked applies SetChannelRateLimit to a message create and sets
// the channel's rate-limit headers; it reports whether it answered 429.
func (f *Fake) rateLimitLocked(w http.ResponseWriter, c *channel) bool {
	if f.rateN <= 0 {
		return false
	}
	now := time.Now()
	if c.window.IsZero() || now.Sub(c.window) >= f.ratePer {
		c.window, c.used = now, 0
	}
	reset := c.window.Add(f.ratePer)
	after := reset.Sub(now).Seconds()
	h := w.Header()
	h.Set("X-RateLimit-Limit", strconv.Itoa(f.rateN))
	h.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", float64(reset.UnixMilli())/1000))
	h.Set("X-RateLimit-Reset-After", fmt.Sprintf("%.3f", after))
	h.Set("X-RateLimit-Bucket", bucketHash("channel-messages-"+c.id))
	if c.used >= f.rateN {
		writeTooMany(w, c.id, after, f.rateN)
		return true
	}
	c.used++
	h.Set("X-RateLimit-Remaining", strconv.Itoa(f.rateN-c.used))
	return false
}

func writeTooMany(w http.ResponseWriter, channelID string, after float64, limit int) {
	h := w.Header()
	h.Set("X-RateLimit-Limit", strconv.Itoa(limit))
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset-After", fmt.Sprintf("%.3f", after))
	h.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", float64(time.Now().Add(time.Duration(after*float64(time.Second))).UnixMilli())/1000))
	h.Set("X-RateLimit-Bucket", bucketHash("channel-messages-"+channelID))
	h.Set("X-RateLimit-Scope", "user")
	h.Set("Retry-After", strconv.Itoa(int(after+0.999)))
	writeJSON(w, http.StatusTooManyRequests, map[string]any{"message": "You are being rate limited.", "retry_after": after, "global": false})
}

func (f *Fake) listMessages(w http.ResponseWriter, r *http.Request, channelID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.channels[channelID]
	if channelErr(w, c) {
		return
	}
	out := []any{}
	for i := len(c.msgs) - 1; i >= 0; i-- {
		out = append(out, f.messageJSON(c.msgs[i]))
	}
	writeJSON(w, 200, out)
}

func (f *Fake) channelMessage(w http.ResponseWriter, r *http.Request, channelID, messageID string, body []byte) {
	var b *messageBody
	if r.Method == http.MethodPatch {
		if b = f.acceptEdit(w, r, body); b == nil {
			return
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.channels[channelID]
	if channelErr(w, c) {
		return
	}
	for i, m := range c.msgs {
		if m.ID != messageID {
			continue
		}
		switch r.Method {
		case http.MethodDelete:
			c.msgs = append(c.msgs[:i:i], c.msgs[i+1:]...)
			w.WriteHeader(http.StatusNoContent)
		case http.MethodPatch:
			if r, ok := c.refuse[m.ID]; ok {
				writeError(w, r[0], r[1], "Edit refused")
				return
			}
			m.apply(b)
			m.Edits++
			m.Raw = append(json.RawMessage(nil), body...)
			writeJSON(w, 200, f.messageJSON(m))
		default:
			writeJSON(w, 200, f.messageJSON(m))
		}
		return
	}
	writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownMessage, "Unknown Message")
}
