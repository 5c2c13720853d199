package sources

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestFetchGated: the gate is called before a body is read, never for a
// 304; its wait does not count towards the timeout; its error fails the
// fetch; a server too slow with its headers still times out.
func TestFetchGated(t *testing.T) {
	// Bigger than the socket buffers, so that the body is still being
	// sent when the gate opens.
	body := `<rss version="2.0"><channel><title>t</title><description>` + strings.Repeat("x", 4<<20) + `</description></channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hang" {
			<-r.Context().Done()
			return
		}
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte(body))
	}))
	defer srv.Close()
	const timeout = time.Second
	f := NewFetcher(FetcherOptions{Timeout: timeout})
	ctx := context.Background()

	var calls atomic.Int64
	counting := func(context.Context) error { calls.Add(1); return nil }
	r, err := f.FetchGated(ctx, srv.URL, Validators{ETag: `"v1"`}, counting)
	if err != nil || !r.NotModified {
		t.Fatalf("304: %+v, %v", r, err)
	}
	if n := calls.Load(); n != 0 {
		t.Errorf("gate called %d times for a 304, want none", n)
	}

	// The gate outwaits the timeout several times over; the body is still
	// read.
	slow := func(ctx context.Context) error {
		calls.Add(1)
		select {
		case <-time.After(2 * timeout):
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	r, err = f.FetchGated(ctx, srv.URL, Validators{}, slow)
	if err != nil {
		t.Fatalf("200 behind a gate longer than the timeout: %v", err)
	}
	if string(r.Body) != body || calls.Load() != 1 {
		t.Errorf("body of %d bytes after %d gate calls, want the feed's %d after 1", len(r.Body), calls.Load(), len(body))
	}

	refused := errors.New("no slot")
	_, err = f.FetchGated(ctx, srv.URL, Validators{}, func(context.Context) error { return refused })
	if !errors.Is(err, refused) {
		t.Errorf("gate error: fetch error %v, want it to wrap %v", err, refused)
	}

	_, err = f.FetchGated(ctx, srv.URL+"/hang", Validators{}, counting)
	var fe *FetchError
	if !errors.As(err, &fe) || fe.Kind != KindTimeout || !strings.Contains(err.Error(), "deadline exceeded") {
		t.Errorf("headers never sent: %v, want a timeout (deadline exceeded)", err)
	}
}
