package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Interaction answers (the callback, and the edit, delete or follow-up of
// the answer) are sent here rather than through discordgo's REST methods.
// discordgo keys its rate-limit buckets by route, and for the callback,
// the delete and the follow-up the route holds the interaction's token:
// one bucket per interaction, never removed from its map. Every command,
// and every keystroke of an autocomplete, added one, for the life of the
// process. These calls need no bucket: Discord exempts them from the
// global limit, and each token serves a handful of calls within 15
// minutes. Requests and errors are built as discordgo builds them, so
// callers still get a *discordgo.RESTError.

// maxAnswerBody bounds what is read of an answer's response.
const maxAnswerBody = 1 << 20

// interactionCall sends one interaction answer call with the request
// deadline; the response body, if any, is not needed. Like discordgo it
// retries a 502 up to the session's MaxRestRetries. With files the body is
// multipart/form-data (payload_json and files[n]) as discordgo builds it.
func (b *Bot) interactionCall(ctx context.Context, method, endpoint string, body any, files []*discordgo.File) error {
	ctx, cancel := context.WithTimeout(ctx, b.opts.RequestTimeout)
	defer cancel()
	var payload []byte
	contentType := "application/json"
	if len(files) > 0 {
		var err error
		if contentType, payload, err = discordgo.MultipartBodyWithJSON(body, files); err != nil {
			return fmt.Errorf("%s %s: encode: %w", method, redactToken(endpoint), err)
		}
	} else if body != nil {
		var err error
		if payload, err = json.Marshal(body); err != nil {
			return fmt.Errorf("%s %s: encode: %w", method, redactToken(endpoint), err)
		}
	}
	s := b.session
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, method, endpoint, bytes.NewReader(payload))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", s.Token)
		req.Header.Set("User-Agent", s.UserAgent)
		if payload != nil {
			req.Header.Set("Content-Type", contentType)
		}
		resp, err := s.Client.Do(req)
		if err != nil {
			var ue *url.Error
			if errors.As(err, &ue) {
				ue.URL = redactToken(ue.URL)
			}
			return b.onServer(err)
		}
		data, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBody))
		resp.Body.Close()
		if err != nil {
			return err
		}
		switch {
		case resp.StatusCode == http.StatusBadGateway && attempt < s.MaxRestRetries:
			continue
		case resp.StatusCode < 200 || resp.StatusCode > 299:
			rest := &discordgo.RESTError{Request: req, Response: resp, ResponseBody: data}
			var msg discordgo.APIErrorMessage
			if json.Unmarshal(data, &msg) == nil {
				rest.Message = &msg
			}
			return rest
		}
		return nil
	}
}

// redactToken cuts an endpoint after the interaction or application id,
// before the token, for errors and logs: a token answers for its
// interaction for 15 minutes.
func redactToken(endpoint string) string {
	for _, marker := range []string{"/interactions/", "/webhooks/"} {
		i := strings.Index(endpoint, marker)
		if i < 0 {
			continue
		}
		idEnd := i + len(marker)
		if j := strings.IndexByte(endpoint[idEnd:], '/'); j >= 0 {
			return endpoint[:idEnd+j] + "/…"
		}
	}
	return endpoint
}

// answerRespond sends an interaction's callback (its first answer).
func (b *Bot) answerRespond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	var files []*discordgo.File
	if resp.Data != nil {
		files = resp.Data.Files
	}
	return b.interactionCall(ctx, http.MethodPost, discordgo.EndpointInteractionResponse(i.ID, i.Token), resp, files)
}

// answerEdit replaces the answer (after a deferral).
func (b *Bot) answerEdit(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error {
	return b.interactionCall(ctx, http.MethodPatch, discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original"), edit, edit.Files)
}

// answerDelete deletes the answer.
func (b *Bot) answerDelete(ctx context.Context, i *discordgo.Interaction) error {
	return b.interactionCall(ctx, http.MethodDelete, discordgo.EndpointInteractionResponseActions(i.AppID, i.Token), nil, nil)
}

// answerFollowup sends a follow-up message and waits for it to exist.
func (b *Bot) answerFollowup(ctx context.Context, i *discordgo.Interaction, params *discordgo.WebhookParams) error {
	return b.interactionCall(ctx, http.MethodPost, discordgo.EndpointWebhookToken(i.AppID, i.Token)+"?wait=true", params, params.Files)
}
