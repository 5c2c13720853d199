package bot

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// TestInteractionCall: the direct answer path retries a 502 as discordgo
// does, returns Discord's errors as *discordgo.RESTError, and keeps the
// interaction token out of its errors.
func TestInteractionCall(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		if r.Header.Get("Authorization") != "Bot tok" || r.Header.Get("Content-Type") != "application/json" {
			t.Errorf("headers %v", r.Header)
		}
		switch {
		case strings.Contains(r.URL.Path, "/flaky/") && n == 1:
			w.WriteHeader(http.StatusBadGateway)
		case strings.Contains(r.URL.Path, "/gone/"):
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte(`{"message": "Unknown interaction", "code": 10062}`))
		default:
			w.WriteHeader(http.StatusNoContent)
		}
	}))
	defer srv.Close()
	b, err := New(Options{Token: "tok", Store: nopStore{}, APIBase: srv.URL + "/api/v9"})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "ok"}}

	if err := b.answerRespond(ctx, &discordgo.Interaction{ID: "1", Token: "flaky/secret-token"}, resp); err != nil {
		t.Errorf("502 then 204: %v", err)
	}
	if got := calls.Load(); got != 2 {
		t.Errorf("%d calls, want 2 (one retry after the 502)", got)
	}

	err = b.answerRespond(ctx, &discordgo.Interaction{ID: "2", Token: "gone/secret-token"}, resp)
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Message == nil || rest.Message.Code != discordgo.ErrCodeUnknownInteraction || rest.Response.StatusCode != 404 {
		t.Errorf("unknown interaction: %v (%T), want a RESTError with code 10062", err, err)
	}

	cctx, cancel := context.WithTimeout(ctx, time.Nanosecond)
	defer cancel()
	<-cctx.Done()
	err = b.answerRespond(cctx, &discordgo.Interaction{ID: "3", Token: "secret-token"}, resp)
	if err == nil || strings.Contains(err.Error(), "secret-token") {
		t.Errorf("transport error %q: want an error without the token", err)
	}
	if got := redactToken("https://discord.com/api/v9/webhooks/77/tok/messages/@original"); got != "https://discord.com/api/v9/webhooks/77/…" {
		t.Errorf("redactToken = %q", got)
	}
}

// nopStore satisfies Store for tests that never reach the database.
type nopStore struct{ Store }
