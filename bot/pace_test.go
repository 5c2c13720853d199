package bot

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// TestPacedTransport: past its burst the pacer makes a REST request wait
// for its turn (here longer than the context allows, so it fails at once
// without sending), while interaction answers and follow-ups pass.
func TestPacedTransport(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	client := &http.Client{Transport: newPacedTransport(2, http.DefaultTransport)} // 1.8/s, burst 1

	do := func(path string) error {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+path, nil)
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		return err
	}
	if err := do("/api/v9/channels/1/messages"); err != nil {
		t.Fatalf("first request: %v", err)
	}
	if err := do("/api/v9/channels/2/messages"); err == nil {
		t.Error("second request at once was not paced")
	}
	for _, p := range []string{"/api/v9/interactions/1/tok/callback", "/api/v10/webhooks/5/tok", "/api/v9/webhooks/5/tok/messages/@original"} {
		if err := do(p); err != nil {
			t.Errorf("%s: %v, want it unpaced", p, err)
		}
	}
	if n := hits.Load(); n != 4 {
		t.Errorf("server saw %d requests, want 4 (the paced one not sent)", n)
	}
	for path, want := range map[string]bool{
		"/api/v9/channels/1/messages":       false,
		"/api/v9/applications/1/commands":   false,
		"/api/v9/interactions/1/t/callback": true,
		"/interactions/1/t/callback":        false, // not an API path
		"/api/v9/guilds/1/webhooks/":        false,
	} {
		if got := unpacedRoute(path); got != want {
			t.Errorf("unpacedRoute(%q) = %v, want %v", path, got, want)
		}
	}
}
