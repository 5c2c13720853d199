package poller

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestUnchangedPollTakesNoParseSlot: a poll answered 304 completes while
// every parse slot is held (it has nothing to parse); a changed feed's
// poll fetches meanwhile but parses only once a parse slot is free,
// holding its fetch slot until then.
func TestUnchangedPollTakesNoParseSlot(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>a</guid><title>Quarterly update</title><pubDate>%s</pubDate></item></channel></rss>`, time.Now().Add(-time.Hour).Format(time.RFC1123Z))
	}))
	defer srv.Close()

	ctx := context.Background()
	d, db, _ := testPoller(t)
	unchanged := trust.Source{Name: "unchanged", URL: srv.URL + "/a"}
	changed := trust.Source{Name: "changed", URL: srv.URL + "/b"}
	u, err := db.EnsureSource(ctx, unchanged.Name, unchanged.URL)
	if err != nil {
		t.Fatal(err)
	}
	c, err := db.EnsureSource(ctx, changed.Name, changed.URL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveFeed(ctx, u.ID, nil, nil, &storage.PollSuccess{ETag: `"v1"`, At: time.Now().Add(-time.Hour)}); err != nil {
		t.Fatal(err)
	}

	for range cap(d.busy) {
		d.busy <- struct{}{}
	}
	done := make(chan struct{})
	go func() { d.Poll(ctx, unchanged, u.ID); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the 304 poll waited for a parse slot")
	}
	if n := counter(t, d, "not_modified"); n != 1 {
		t.Fatalf("not_modified polls %v, want 1", n)
	}

	done = make(chan struct{})
	go func() { d.Poll(ctx, changed, c.ID); close(done) }()
	deadline := time.Now().Add(30 * time.Second)
	for hits.Load() < 2 || len(d.fetching) != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("the changed feed's poll: %d requests, %d fetch slots held; want it fetched and waiting", hits.Load(), len(d.fetching))
		}
		time.Sleep(time.Millisecond)
	}
	if n := counter(t, d, "ok"); n != 0 {
		t.Fatalf("the changed feed was stored (%v polls ok) with every parse slot held", n)
	}
	<-d.busy
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the changed feed's poll did not finish once a parse slot was free")
	}
	if n := counter(t, d, "ok"); n != 1 {
		t.Errorf("ok polls %v, want 1", n)
	}
	if len(d.fetching) != 0 {
		t.Errorf("%d fetch slots still held", len(d.fetching))
	}
}

func counter(t *testing.T, d *Poller, result string) uint64 {
	t.Helper()
	return d.Metrics.Polls.WithLabelValues(result).Get()
}

// TestPollTakesStateReadAhead: a state the first round read ahead is the
// poll's (its validators are sent, the database not read), once; the
// source's next poll reads its own, and a source with no state ahead
// reads its own too.
func TestPollTakesStateReadAhead(t *testing.T) {
	var etags []string
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		etags = append(etags, r.Header.Get("If-None-Match"))
		mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
	}))
	defer srv.Close()
	ctx := context.Background()
	d, db, _ := testPoller(t)
	src := trust.Source{Name: "a", URL: srv.URL + "/a"}
	st, err := db.EnsureSource(ctx, src.Name, src.URL)
	if err != nil {
		t.Fatal(err)
	}
	record := func(etag string) {
		t.Helper()
		if _, err := db.SaveFeed(ctx, st.ID, nil, nil, &storage.PollSuccess{ETag: etag, At: time.Now().Add(-time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	record(`"ahead"`)
	d.readAhead(ctx, []int64{0, st.ID, 987654}) // a list's 0 and a missing id are skipped
	record(`"stored"`)                          // changed after the read ahead: only a test does this

	d.Poll(ctx, src, st.ID) // takes the state read ahead
	record(`"stored"`)      // the 304 kept "ahead"'s validators; make the next differ
	d.Poll(ctx, src, st.ID) // reads its own
	mu.Lock()
	defer mu.Unlock()
	if want := []string{`"ahead"`, `"stored"`}; !slices.Equal(etags, want) {
		t.Errorf("If-None-Match sent %q, want %q", etags, want)
	}
	if len(d.ahead) != 0 {
		t.Errorf("%d states left ahead, want 0", len(d.ahead))
	}
}

// testPoller is a poller with the default config over a fresh database,
// its alerts dropped.
func testPoller(t *testing.T) (*Poller, *storage.DB, *config.Config) {
	t.Helper()
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	db := openDB(t)
	p, err := NewPipeline(cfg, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	d := New(cfg, db, p, slog.New(slog.DiscardHandler), time.Now)
	d.Emit = func(*trust.Alert, int) {}
	return d, db, cfg
}
