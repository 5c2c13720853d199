package bot

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestErrorsNameTheServerUsed: with APIBase set, a failed connect names
// that server, not discord.com, which the request never went to.
func TestErrorsNameTheServerUsed(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	base := srv.URL + "/api/v9"
	srv.Close() // nothing listens there now: the connect is refused

	b, err := New(Options{Token: "tok", Store: nopStore{}, APIBase: base, NoReconnect: true, OpenTimeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = b.Run(context.Background())
	if err == nil {
		t.Fatal("Run against a closed server: no error")
	}
	if msg := err.Error(); !strings.Contains(msg, base+"/gateway") || strings.Contains(msg, "discord.com") {
		t.Errorf("error %q: want it to name %s/gateway and not discord.com", msg, base)
	}
}
