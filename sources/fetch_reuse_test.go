package sources

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
)

// TestFetchReusesConnectionsPerHost: polls of many feeds on one host, as
// many at once as the per-host limit allows, keep reusing that many
// connections. The transport's default idle pool (two per host) closed
// every connection above two once a wave of fetches ended, and the next
// wave dialled again.
func TestFetchReusesConnectionsPerHost(t *testing.T) {
	const perHost, waves = 4, 10
	arrived := make(chan struct{})
	release := make(chan struct{})
	var conns atomic.Int64
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-release
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte(`<rss version="2.0"><channel><title>t</title></channel></rss>`))
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()
	f := NewFetcher(FetcherOptions{MaxConns: 16, MaxPerHost: perHost})
	for w := range waves {
		var wg sync.WaitGroup
		errs := make(chan error, perHost)
		for i := range perHost {
			prev := Validators{}
			if i%2 == 0 {
				prev.ETag = `"v1"` // 304s and full answers alike
			}
			wg.Go(func() {
				if _, err := f.Fetch(context.Background(), srv.URL+"/feed", prev); err != nil {
					errs <- err
				}
			})
		}
		// All perHost requests in flight at once, then all answered.
		for range perHost {
			<-arrived
		}
		for range perHost {
			release <- struct{}{}
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatalf("wave %d: %v", w, err)
		}
	}
	if n := conns.Load(); n != perHost {
		t.Errorf("%d fetches, %d at a time, opened %d connections, want %d", waves*perHost, perHost, n, perHost)
	}
}
