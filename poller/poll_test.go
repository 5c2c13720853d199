package poller

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestPollSkippedWhileRunning: a source's scheduled poll that comes while
// its previous poll still runs is skipped, so a slow feed is never
// fetched twice at once and polls do not pile up behind it.
func TestPollSkippedWhileRunning(t *testing.T) {
	var hits atomic.Int64
	arrived, release := make(chan struct{}), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			close(arrived)
			<-release
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>a</guid><title>Quarterly update</title><pubDate>%s</pubDate></item></channel></rss>`, time.Now().Add(-time.Hour).Format(time.RFC1123Z))
	}))
	defer srv.Close()

	ctx := context.Background()
	d, db, _ := testPoller(t)
	src := trust.Source{Name: "slow", URL: srv.URL}
	st, err := db.EnsureSource(ctx, src.Name, src.URL)
	if err != nil {
		t.Fatal(err)
	}
	job := d.PollJob(ctx, src, st.ID)

	done := make(chan struct{})
	go func() { job(); close(done) }()
	<-arrived
	job() // the first still waits for the server: returns at once
	job()
	close(release)
	<-done
	if n := hits.Load(); n != 1 {
		t.Errorf("the feed was fetched %d times, want once", n)
	}
	if n := d.Metrics.Polls.WithLabelValues("skipped").Get(); n != 2 {
		t.Errorf("skipped polls metric %v, want 2", n)
	}
	// Once it has finished, the next run polls again (the server asked
	// for no wait, so the source is due).
	job()
	if n := hits.Load(); n != 2 {
		t.Errorf("after the first poll ended: %d fetches, want 2", n)
	}
}

// TestServeStoppedWhileStarting: a daemon stopped before it has registered
// its sources ends cleanly, not with "register source: context canceled".
func TestServeStoppedWhileStarting(t *testing.T) {
	d, _, cfg := testPoller(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := d.Serve(ctx, cfg); err != nil {
		t.Errorf("Serve after the stop = %v, want nil", err)
	}
}

// openDB opens a database in t's temporary directory, closed when t ends.
func openDB(t *testing.T) *storage.DB {
	t.Helper()
	db, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
