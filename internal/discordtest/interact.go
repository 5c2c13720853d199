package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Errors returned by Interact.
var (
	ErrInteractionTimeout = errors.New("discordtest: interaction not answered within the deadline")
	ErrNotConnected       = errors.New("discordtest: no ready gateway connection for the guild")
	ErrUnknownCommand     = errors.New("discordtest: command not registered")
	// ErrNotPermitted: the member lacks the command's
	// default_member_permissions, so Discord's client would not offer the
	// command and nothing is sent to the bot.
	ErrNotPermitted = errors.New("discordtest: member lacks the command's default_member_permissions")
	ErrClosed       = errors.New("discordtest: closed")
)

// tokenLifetime is how long an interaction token serves follow-ups and edits.
const tokenLifetime = 15 * time.Minute

// Interaction is a user action the fake sends to the bot as INTERACTION_CREATE.
type Interaction struct {
	// Type is InteractionApplicationCommand (default) or
	// InteractionApplicationCommandAutocomplete.
	Type discordgo.InteractionType
	// Name of a registered chat input command (guild commands of GuildID
	// first, then global ones).
	Name      string
	GuildID   string // empty: a DM (the payload has user instead of member)
	ChannelID string
	UserID    string // default "1150000000000000100"
	Username  string // default "tester"
	// Permissions of the member and of the app in the channel; 0 means all.
	// A guild command registered with default_member_permissions is not
	// delivered to a member without them (ErrNotPermitted).
	Permissions    int64
	AppPermissions int64
	// Options as Discord sends them: subcommands nest, Focused marks the
	// option being autocompleted.
	Options []*discordgo.ApplicationCommandInteractionDataOption
	// Resolved holds the objects options refer to by ID, such as the
	// attachments of attachment options (see AddAttachment).
	Resolved *discordgo.ApplicationCommandInteractionDataResolved
	// CustomID and MessageID make an InteractionMessageComponent: a click
	// on the button CustomID of the bot's message MessageID; Name is then
	// not needed.
	CustomID  string
	MessageID string
}

// ResponseData is the data of an interaction callback.
type ResponseData struct {
	Content         string                                     `json:"content"`
	Embeds          []discordgo.MessageEmbed                   `json:"embeds"`
	Flags           int                                        `json:"flags"`
	Choices         []discordgo.ApplicationCommandOptionChoice `json:"choices"`
	AllowedMentions json.RawMessage                            `json:"allowed_mentions"`
	TTS             bool                                       `json:"tts"`
}

// Ephemeral reports whether the callback set flag 64.
func (d ResponseData) Ephemeral() bool { return d.Flags&int(discordgo.MessageFlagsEphemeral) != 0 }

// Response is what the bot answered to an interaction.
type Response struct {
	InteractionID string
	Token         string
	Type          discordgo.InteractionResponseType
	Data          *ResponseData   // nil when the callback had no data
	Raw           json.RawMessage // the callback body
	Elapsed       time.Duration   // from dispatch to the callback's arrival
	// Shard is the [id, count] of the gateway connection that carried the
	// interaction; [0, 1] for an unsharded one.
	Shard [2]int
	// Message is the visible answer: the callback's message for type 4, the
	// first @original edit or follow-up after a deferral (type 5), with any
	// later edits to @original applied.
	Message   *Message
	Followups []Message
}

type pending struct {
	id, token, channelID string
	typ                  discordgo.InteractionType
	sentAt               time.Time
	deadline             time.Duration
	acked, expired       bool
	inFlight             int           // callbacks that arrived in time and are being checked
	update               chan struct{} // closed and replaced on every change
	resp                 Response
	original             *Message
	followups            []*Message
}

func (p *pending) signalLocked() {
	close(p.update)
	p.update = make(chan struct{})
}

func (p *pending) snapshotLocked() *Response {
	r := p.resp
	r.Raw = append(json.RawMessage(nil), r.Raw...)
	r.Message = nil
	if p.original != nil {
		m := p.original.clone()
		r.Message = &m
	}
	r.Followups = nil
	for _, m := range p.followups {
		r.Followups = append(r.Followups, m.clone())
	}
	return &r
}

// Interact sends an interaction to the bot over the gateway and waits for
// its answer. Like Discord it allows InteractionDeadline for the first
// callback (ErrInteractionTimeout after it; a later callback gets 404 code
// 10062). When the bot defers (type 5), Interact also waits, bounded by
// ctx, for the first follow-up or @original edit.
func (f *Fake) Interact(ctx context.Context, in Interaction) (*Response, error) {
	if in.Type == 0 {
		in.Type = discordgo.InteractionApplicationCommand
	}
	if in.UserID == "" {
		in.UserID = "1150000000000000100"
	}
	if in.Username == "" {
		in.Username = "tester"
	}
	if in.Permissions == 0 {
		in.Permissions = discordgo.PermissionAll
	}
	if in.AppPermissions == 0 {
		in.AppPermissions = discordgo.PermissionAll
	}
	if in.ChannelID == "" {
		return nil, errors.New("discordtest: interaction without a channel ID")
	}

	f.mu.Lock()
	var cmd *Command
	if in.Type == discordgo.InteractionMessageComponent {
		cmd = &Command{}
	}
	for _, gid := range []string{in.GuildID, ""} {
		if cmd != nil {
			break
		}
		for _, c := range f.commands[gid] {
			if c.Name == in.Name && c.Type == discordgo.ChatApplicationCommand {
				cmd = c
				break
			}
		}
		if cmd != nil || gid == "" {
			break
		}
	}
	chType := discordgo.ChannelTypeGuildText
	if ch := f.channels[in.ChannelID]; ch != nil {
		chType = ch.typ
	}
	f.mu.Unlock()
	if cmd == nil {
		return nil, fmt.Errorf("interact /%s: %w", in.Name, ErrUnknownCommand)
	}
	if in.GuildID != "" && in.Type != discordgo.InteractionMessageComponent && !permitted(cmd.DefaultMemberPermissions, in.Permissions) {
		f.mu.Lock()
		f.refusals = append(f.refusals, Refusal{Name: in.Name, GuildID: in.GuildID, UserID: in.UserID,
			Required: *cmd.DefaultMemberPermissions, Permissions: in.Permissions})
		f.mu.Unlock()
		return nil, fmt.Errorf("interact /%s: member permissions %#x, command needs %#x: %w",
			in.Name, in.Permissions, *cmd.DefaultMemberPermissions, ErrNotPermitted)
	}
	conn := f.connFor(in.GuildID)
	if conn == nil {
		return nil, fmt.Errorf("interact /%s: %w", in.Name, ErrNotConnected)
	}

	p := &pending{
		id: f.newID(), token: "aW50ZXJhY3Rpb246" + randomToken(40), channelID: in.ChannelID, typ: in.Type,
		deadline: f.opts.InteractionDeadline, update: make(chan struct{}),
	}
	p.resp.InteractionID, p.resp.Token = p.id, p.token
	p.resp.Shard = [2]int{0, 1}
	if s := conn.session(); s != nil && s.shard != nil {
		p.resp.Shard = *s.shard
	}
	data := map[string]any{"id": cmd.ID, "name": cmd.Name, "type": int(discordgo.ChatApplicationCommand)}
	if cmd.GuildID != "" {
		data["guild_id"] = cmd.GuildID
	}
	if len(in.Options) > 0 {
		data["options"] = in.Options
	}
	if in.Resolved != nil {
		data["resolved"] = in.Resolved
	}
	var message map[string]any
	if in.Type == discordgo.InteractionMessageComponent {
		data = map[string]any{"custom_id": in.CustomID, "component_type": int(discordgo.ButtonComponent)}
		message = map[string]any{"id": in.MessageID, "channel_id": in.ChannelID, "type": 0, "content": "",
			"author": f.botUser(), "timestamp": time.Now().UTC().Format(time.RFC3339)}
	}
	user := map[string]any{"id": in.UserID, "username": in.Username, "discriminator": "0", "global_name": in.Username, "avatar": nil}
	payload := map[string]any{
		"id": p.id, "application_id": f.opts.ApplicationID, "type": in.Type, "data": data, "token": p.token,
		"version": 1, "channel_id": in.ChannelID, "locale": "en-US",
		"channel":         map[string]any{"id": in.ChannelID, "type": chType},
		"app_permissions": strconv.FormatInt(in.AppPermissions, 10),
		"entitlements":    []any{},
	}
	if message != nil {
		payload["message"] = message
	}
	if in.GuildID != "" {
		payload["guild_id"] = in.GuildID
		payload["guild_locale"] = "en-US"
		payload["context"] = 0
		payload["authorizing_integration_owners"] = map[string]any{"0": in.GuildID}
		payload["channel"].(map[string]any)["guild_id"] = in.GuildID
		payload["member"] = map[string]any{
			"user": user, "roles": []any{}, "permissions": strconv.FormatInt(in.Permissions, 10),
			"joined_at": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339), "deaf": false, "mute": false,
			"flags": 0, "nick": nil, "pending": false,
		}
	} else {
		payload["user"] = user
		payload["context"] = 1
		payload["authorizing_integration_owners"] = map[string]any{"1": in.UserID}
	}

	f.mu.Lock()
	p.sentAt = time.Now()
	f.interactions[p.id] = p
	f.byToken[p.token] = p
	f.mu.Unlock()
	if err := conn.event("INTERACTION_CREATE", payload); err != nil {
		return nil, fmt.Errorf("interact /%s: send dispatch: %w", in.Name, err)
	}

	timer := time.NewTimer(time.Until(p.sentAt.Add(p.deadline)))
	defer timer.Stop()
	for {
		f.mu.Lock()
		if p.acked {
			deferred := p.resp.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource ||
				p.resp.Type == discordgo.InteractionResponseDeferredMessageUpdate
			if !deferred || p.resp.Message != nil {
				r := p.snapshotLocked()
				f.mu.Unlock()
				return r, nil
			}
		} else if time.Since(p.sentAt) > p.deadline && p.inFlight == 0 {
			p.expired = true
			f.mu.Unlock()
			return nil, fmt.Errorf("interact /%s: no callback within %v: %w", in.Name, p.deadline, ErrInteractionTimeout)
		}
		upd := p.update
		f.mu.Unlock()
		select {
		case <-upd:
		case <-timer.C:
		case <-f.done:
			return nil, ErrClosed
		case <-ctx.Done():
			f.mu.Lock()
			defer f.mu.Unlock()
			if p.acked {
				return p.snapshotLocked(), fmt.Errorf("interact /%s: waiting for the deferred answer: %w", in.Name, ctx.Err())
			}
			p.expired = true
			return nil, fmt.Errorf("interact /%s: %w", in.Name, ctx.Err())
		}
	}
}

// callbackArrived counts a callback that arrived within the deadline before
// its (possibly slow) validation, so that Interact does not time it out
// meanwhile. The returned func ends the count.
func (f *Fake) callbackArrived(apiPath string, at time.Time) func() {
	seg := strings.Split(strings.Trim(apiPath, "/"), "/")
	if len(seg) != 4 || seg[0] != "interactions" || seg[3] != "callback" {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	p := f.interactions[seg[1]]
	if p == nil || p.expired || at.Sub(p.sentAt) > p.deadline {
		return nil
	}
	p.inFlight++
	return func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		p.inFlight--
		p.signalLocked()
	}
}

func (f *Fake) callback(w http.ResponseWriter, r *http.Request, id, token string, body []byte) {
	at := arrival(r)
	var cb struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data json.RawMessage                   `json:"data"`
	}
	if err := json.Unmarshal(body, &cb); err != nil {
		f.invalid(w, r, []string{"body: invalid JSON: " + err.Error()})
		return
	}
	f.mu.Lock()
	p := f.interactions[id]
	switch {
	case p == nil || p.token != token:
		f.mu.Unlock()
		f.violation(r, "callback for an unknown interaction")
		writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownInteraction, "Unknown interaction")
		return
	case p.acked:
		f.mu.Unlock()
		f.violation(r, "interaction has already been acknowledged")
		writeError(w, http.StatusBadRequest, discordgo.ErrCodeInteractionHasAlreadyBeenAcknowledged, "Interaction has already been acknowledged.")
		return
	case p.expired || at.Sub(p.sentAt) > p.deadline:
		p.expired = true
		f.mu.Unlock()
		f.violation(r, fmt.Sprintf("callback %v after the interaction, deadline %v", at.Sub(p.sentAt).Round(time.Millisecond), p.deadline))
		writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownInteraction, "Unknown interaction")
		return
	}
	typ := p.typ
	f.mu.Unlock()

	msg, problems := checkCallback(typ, cb.Type, cb.Data, filesOf(r))
	if len(problems) > 0 {
		f.invalid(w, r, problems)
		return
	}
	var rd *ResponseData
	if present(cb.Data) {
		rd = new(ResponseData)
		if err := json.Unmarshal(cb.Data, rd); err != nil {
			f.invalid(w, r, []string{"data: " + err.Error()})
			return
		}
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	if p.acked {
		f.violation(r, "interaction has already been acknowledged")
		writeError(w, http.StatusBadRequest, discordgo.ErrCodeInteractionHasAlreadyBeenAcknowledged, "Interaction has already been acknowledged.")
		return
	}
	p.acked = true
	p.resp.Type = cb.Type
	p.resp.Data = rd
	p.resp.Raw = append(json.RawMessage(nil), body...)
	p.resp.Elapsed = at.Sub(p.sentAt)
	if msg != nil {
		p.original = newMessage(f.newID(), p.channelID, msg, cb.Data)
	}
	p.signalLocked()
	w.WriteHeader(http.StatusNoContent)
}

// checkCallback checks a callback body and returns its message, if any.
func checkCallback(it discordgo.InteractionType, rt discordgo.InteractionResponseType, data json.RawMessage, files []File) (*messageBody, []string) {
	valid := map[discordgo.InteractionResponseType]bool{}
	switch it {
	case discordgo.InteractionApplicationCommand:
		valid[discordgo.InteractionResponseChannelMessageWithSource] = true
		valid[discordgo.InteractionResponseDeferredChannelMessageWithSource] = true
		valid[discordgo.InteractionResponseModal] = true
	case discordgo.InteractionApplicationCommandAutocomplete:
		valid[discordgo.InteractionApplicationCommandAutocompleteResult] = true
	case discordgo.InteractionMessageComponent:
		valid[discordgo.InteractionResponseChannelMessageWithSource] = true
		valid[discordgo.InteractionResponseDeferredChannelMessageWithSource] = true
		valid[discordgo.InteractionResponseDeferredMessageUpdate] = true
		valid[discordgo.InteractionResponseUpdateMessage] = true
	}
	if !valid[rt] {
		return nil, []string{fmt.Sprintf("type: response type %d is not valid for interaction type %d", rt, it)}
	}
	switch rt {
	case discordgo.InteractionApplicationCommandAutocompleteResult:
		var d struct {
			Choices []choiceBody `json:"choices"`
		}
		if !present(data) || json.Unmarshal(data, &d) != nil {
			return nil, []string{"data.choices: required for an autocomplete result"}
		}
		return nil, checkChoices("data.choices", d.Choices)
	case discordgo.InteractionResponseUpdateMessage:
		if !present(data) {
			return nil, []string{"data: required to update a message"}
		}
		b, err := parseMessage(data)
		if err != nil {
			return nil, []string{"data: " + err.Error()}
		}
		b.files = files
		return b, checkMessage(b)
	case discordgo.InteractionResponseChannelMessageWithSource:
		if !present(data) {
			return nil, []string{"data: cannot send an empty message"}
		}
		b, err := parseMessage(data)
		if err != nil {
			return nil, []string{"data: " + err.Error()}
		}
		b.files = files
		problems := checkMessage(b)
		if b.empty() {
			problems = append(problems, "data: cannot send an empty message")
		}
		return b, problems
	}
	return nil, nil
}

// interactionByToken finds the interaction of a webhook route, answering
// like Discord when there is none.
func (f *Fake) interactionByToken(w http.ResponseWriter, r *http.Request, appID, token string) *pending {
	f.mu.Lock()
	p := f.byToken[token]
	var problem string
	switch {
	case appID != f.opts.ApplicationID || p == nil:
		problem = "unknown webhook"
	case time.Since(p.sentAt) > tokenLifetime:
		f.mu.Unlock()
		f.violation(r, "interaction token used after 15 minutes")
		writeError(w, http.StatusUnauthorized, discordgo.ErrCodeInvalidWebhookTokenProvided, "Invalid Webhook Token")
		return nil
	case !p.acked:
		problem = "follow-up or edit before the interaction was acknowledged"
	}
	f.mu.Unlock()
	if problem != "" {
		f.violation(r, problem)
		writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownWebhook, "Unknown Webhook")
		return nil
	}
	return p
}

func (f *Fake) followup(w http.ResponseWriter, r *http.Request, appID, token string, body []byte) {
	p := f.interactionByToken(w, r, appID, token)
	if p == nil {
		return
	}
	b := f.acceptMessage(w, r, body)
	if b == nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	m := newMessage(f.newID(), p.channelID, b, body)
	if p.resp.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource && p.original == nil {
		// The first follow-up after a deferral replaces the "thinking" message.
		p.original = m
		c := m.clone()
		p.resp.Message = &c
	} else {
		p.followups = append(p.followups, m)
	}
	p.signalLocked()
	if r.URL.Query().Get("wait") == "true" {
		writeJSON(w, http.StatusOK, f.messageJSON(m))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (f *Fake) webhookMessage(w http.ResponseWriter, r *http.Request, appID, token, messageID string, body []byte) {
	p := f.interactionByToken(w, r, appID, token)
	if p == nil {
		return
	}
	var b *messageBody
	if r.Method == http.MethodPatch {
		if b = f.acceptEdit(w, r, body); b == nil {
			return
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	deferred := p.resp.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource ||
		p.resp.Type == discordgo.InteractionResponseDeferredMessageUpdate
	var target **Message
	if messageID == "@original" {
		if p.original == nil && deferred && r.Method == http.MethodPatch {
			p.original = &Message{ID: f.newID(), ChannelID: p.channelID, Created: time.Now()}
			if p.resp.Data != nil {
				p.original.Flags = p.resp.Data.Flags
			}
		}
		target = &p.original
	} else {
		for i := range p.followups {
			if p.followups[i].ID == messageID {
				target = &p.followups[i]
			}
		}
	}
	if target == nil || *target == nil {
		writeError(w, http.StatusNotFound, discordgo.ErrCodeUnknownMessage, "Unknown Message")
		return
	}
	m := *target
	switch r.Method {
	case http.MethodDelete:
		if messageID == "@original" {
			p.original = nil
		} else {
			for i, fm := range p.followups {
				if fm == m {
					p.followups = append(p.followups[:i:i], p.followups[i+1:]...)
					break
				}
			}
		}
		w.WriteHeader(http.StatusNoContent)
	case http.MethodPatch:
		m.apply(b)
		m.Edits++
		m.Raw = append(json.RawMessage(nil), body...)
		if messageID == "@original" {
			c := m.clone()
			p.resp.Message = &c
		}
		p.signalLocked()
		writeJSON(w, http.StatusOK, f.messageJSON(m))
	default:
		writeJSON(w, http.StatusOK, f.messageJSON(m))
	}
}
