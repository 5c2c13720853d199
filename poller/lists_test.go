package poller

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// listServer serves one capture at a time over real HTTP, with
// Last-Modified and conditional GET (http.ServeContent), or a failure.
type listServer struct {
	mu     sync.Mutex
	body   []byte
	mod    time.Time
	status int // non-zero: answer this instead
	hits   int
}

func (s *listServer) set(body []byte, mod time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.body, s.mod, s.status = body, mod, 0
}

// serveList serves body as last modified at mod until t ends; it returns
// the server, to change what it serves, and the list's URL.
func serveList(t *testing.T, body []byte, mod time.Time) (*listServer, string) {
	srv := &listServer{}
	srv.set(body, mod)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	return srv, hs.URL + "/sdn.csv"
}

func (s *listServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	body, mod, status := s.body, s.mod, s.status
	s.hits++
	s.mu.Unlock()
	if status != 0 {
		http.Error(w, "down", status)
		return
	}
	http.ServeContent(w, r, "sdn.csv", mod, bytes.NewReader(body))
}

type listRig struct {
	ctx   context.Context
	cfg   *config.Config
	db    *storage.DB
	d     *Poller
	clock time.Time
	l     config.ListConfig
	id    int64

	mu      sync.Mutex
	emitted []*trust.Alert
}

func newListRig(t *testing.T, db *storage.DB, url string, clock time.Time) *listRig {
	t.Helper()
	ctx := context.Background()
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := &listRig{ctx: ctx, cfg: cfg, db: db, clock: clock}
	now := func() time.Time { return r.clock }
	p, err := NewPipeline(cfg, now)
	if err != nil {
		t.Fatal(err)
	}
	r.d = New(cfg, db, p, slog.New(slog.DiscardHandler), now)
	r.d.Emit = func(a *trust.Alert, _ int) {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.emitted = append(r.emitted, a)
	}
	r.l = config.ListConfig{Name: "OFAC SDN list", URL: url, Format: "ofac-sdn"}
	st, err := db.EnsureList(ctx, r.l.Name, r.l.URL)
	if err != nil {
		t.Fatal(err)
	}
	r.id = st.ID
	if err := db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := db.SetPrimarySources(ctx, []string{r.l.Name}); err != nil {
		t.Fatal(err)
	}
	return r
}

// poll runs one poll, due whatever the backoff, and returns the alerts
// it emitted.
func (r *listRig) poll(t *testing.T, at time.Time) []*trust.Alert {
	t.Helper()
	r.clock = at
	r.mu.Lock()
	n := len(r.emitted)
	r.mu.Unlock()
	r.d.PollList(r.ctx, r.l, r.id)
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.emitted[n:])
}

func readCapture(t *testing.T, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(shareddir.OrSkip(t, "lists", rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func vendorsOf(as []*trust.Alert) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.VendorNames()...)
	}
	slices.Sort(out)
	return out
}

var (
	sdnMar4 = time.Date(2024, 3, 4, 18, 43, 38, 0, time.UTC)
	sdnMar5 = time.Date(2024, 3, 5, 18, 43, 24, 0, time.UTC)
)

// TestListPoll: the first read of a list is its baseline and alerts
// nothing; the next capture's trust changes alert once, dated when the
// list changed; neither a restart, nor a crash before the capture was
// saved, nor a server that ignores conditional GET alerts them again.
func TestListPoll(t *testing.T) {
	old, cur := readCapture(t, "ofac-sdn/2024-03-04-sdn.csv"), readCapture(t, "ofac-sdn/2024-03-05-sdn.csv")
	srv, url := serveList(t, old, sdnMar4)
	db := openDB(t)
	r := newListRig(t, db, url, sdnMar4.Add(time.Hour))

	if got := r.poll(t, sdnMar4.Add(time.Hour)); len(got) != 0 {
		t.Fatalf("baseline alerted %v", vendorsOf(got))
	}
	snap, ok, err := db.ListSnapshot(r.ctx, r.id)
	if err != nil || !ok || snap.Entries < 14000 {
		t.Fatalf("baseline snapshot: ok %v, %d entries, err %v", ok, snap.Entries, err)
	}
	if got := r.poll(t, sdnMar4.Add(2*time.Hour)); len(got) != 0 {
		t.Fatalf("unchanged list alerted %v", vendorsOf(got))
	}

	srv.set(cur, sdnMar5)
	got := r.poll(t, sdnMar5.Add(time.Hour))
	if want := []string{"Cytrox", "Intellexa", "THALESTRIS LIMITED"}; !slices.Equal(vendorsOf(got), want) {
		t.Fatalf("change alerted %v, want %v", vendorsOf(got), want)
	}
	for _, a := range got {
		if !a.Published.Equal(sdnMar5) || a.Source != "OFAC SDN list" || a.Category != trust.CategorySanctions {
			t.Errorf("alert %q: published %v source %q category %s; want the list's Last-Modified, the list, sanctions", a.Title, a.Published, a.Source, a.Category)
		}
	}
	changes, err := db.ListChanges(r.ctx, "OFAC SDN list", sdnMar5, 0)
	if err != nil || len(changes) != 8 {
		t.Fatalf("stored %d changes (err %v), want 8", len(changes), err)
	}
	if !slices.ContainsFunc(changes, func(c storage.ListChange) bool {
		return c.Op == "removed" && c.Key == "23306" && strings.Contains(c.Detail, "RONDON RIJO")
	}) {
		t.Errorf("the GLOMAG removal is not in the stored diff: %+v", changes)
	}

	// A restart, and a server that ignores the validators: the capture
	// is the stored one, nothing is new.
	r2 := newListRig(t, db, url, sdnMar5.Add(2*time.Hour))
	if got := r2.poll(t, sdnMar5.Add(2*time.Hour)); len(got) != 0 {
		t.Errorf("after a restart: %v alerted again", vendorsOf(got))
	}
	srv.set(cur, time.Time{}) // no Last-Modified: every GET is a full 200
	if got := r2.poll(t, sdnMar5.Add(3*time.Hour)); len(got) != 0 {
		t.Errorf("a full re-fetch alerted %v again", vendorsOf(got))
	}
	// A crash after the alerts were stored but before the capture was:
	// the same diff is made again and its alerts are known.
	if err := db.SaveListSnapshot(r.ctx, r.id, storage.ListCapture{URL: r.l.URL, Format: "ofac-sdn", Version: "old", Body: old, Entries: 1, TakenAt: sdnMar4}, nil); err != nil {
		t.Fatal(err)
	}
	if got := r2.poll(t, sdnMar5.Add(4*time.Hour)); len(got) != 0 {
		t.Errorf("the diff made again alerted %v again", vendorsOf(got))
	}

	// A failing server backs off and counts towards the list's health.
	srv.mu.Lock()
	srv.status = http.StatusBadGateway
	srv.mu.Unlock()
	r2.poll(t, sdnMar5.Add(5*time.Hour))
	st, err := db.Source(r.ctx, r.id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Failures != 1 || !st.NextPoll.After(sdnMar5.Add(5*time.Hour)) {
		t.Errorf("after a 502: failures %d, next poll %v; want 1 and a backoff", st.Failures, st.NextPoll)
	}
	srv.mu.Lock()
	hits := srv.hits
	srv.mu.Unlock()
	r2.poll(t, sdnMar5.Add(5*time.Hour+time.Second))
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.hits != hits {
		t.Errorf("polled during the backoff")
	}
}

// TestListJoinsNews: a list's change and the news of the same happening
// are one event whose confirmation is the list, with the day it changed,
// whichever came first.
func TestListJoinsNews(t *testing.T) {
	old, cur := readCapture(t, "ofac-sdn/2024-03-04-sdn.csv"), readCapture(t, "ofac-sdn/2024-03-05-sdn.csv")
	for _, order := range []string{"news first", "list first"} {
		t.Run(order, func(t *testing.T) {
			srv, url := serveList(t, old, sdnMar4)
			db := openDB(t)
			r := newListRig(t, db, url, sdnMar4)
			r.poll(t, sdnMar4.Add(time.Hour)) // baseline

			news := func(at time.Time) *trust.Alert {
				src := trust.Source{Name: "The Record"}
				st, err := db.EnsureSource(r.ctx, src.Name, "https://therecord.example/feed")
				if err != nil {
					t.Fatal(err)
				}
				it := trust.Item{Key: "guid:1", Link: "https://therecord.example/intellexa",
					Title: "US Treasury sanctions Intellexa, maker of Predator spyware", Published: at, DateKnown: true,
					Text: "The Treasury Department imposed sanctions on the Intellexa Consortium and two of its founders."}
				a, ok := r.d.pipe.Analyse(src, it)
				if !ok || a.Category != trust.CategorySanctions {
					t.Fatalf("the article is not a sanctions alert: %v %+v", ok, a)
				}
				res, err := db.SaveFeed(r.ctx, st.ID, []trust.Item{it}, []*trust.Alert{&a}, nil)
				if err != nil || res[0].AlertID == 0 {
					t.Fatalf("save article: %v", err)
				}
				return &a
			}
			var article *trust.Alert
			if order == "news first" {
				article = news(sdnMar5.Add(-2 * time.Hour))
			}
			srv.set(cur, sdnMar5)
			listed := r.poll(t, sdnMar5.Add(time.Hour))
			if order == "list first" {
				article = news(sdnMar5.Add(5 * time.Hour))
			}
			var intellexa *trust.Alert
			for _, a := range listed {
				if slices.Contains(a.VendorNames(), "Intellexa") {
					intellexa = a
				}
			}
			if intellexa == nil {
				t.Fatalf("no list alert for Intellexa: %v", vendorsOf(listed))
			}
			if article.EventID == 0 || article.EventID != intellexa.EventID {
				t.Fatalf("article in event %d, list change in event %d: want one event", article.EventID, intellexa.EventID)
			}
			ev, alerts, err := db.Event(r.ctx, article.EventID)
			if err != nil {
				t.Fatal(err)
			}
			if want := "OFAC SDN list, 5 March 2024"; ev.ConfirmedBy != want || len(alerts) != 2 {
				t.Errorf("event confirmed by %q with %d alerts, want %q with 2", ev.ConfirmedBy, len(alerts), want)
			}
			embed := bot.EventEmbed(ev, alerts, "")
			var status string
			for _, f := range embed.Fields {
				if f.Name == "Status" {
					status = f.Value
				}
			}
			if status != "Confirmed by OFAC SDN list, 5 March 2024" {
				t.Errorf("message status %q, want the list and the day it changed", status)
			}
		})
	}
}

// TestListBadCapture: a capture that does not parse is a failure of the
// list (kind parse, backoff) and loses nothing: the stored capture stays
// the baseline of the next good one.
func TestListBadCapture(t *testing.T) {
	old := readCapture(t, "ofac-sdn/2024-03-04-sdn.csv")
	srv, url := serveList(t, old, sdnMar4)
	db := openDB(t)
	r := newListRig(t, db, url, sdnMar4)
	r.poll(t, sdnMar4.Add(time.Hour))
	srv.set([]byte("<html>maintenance</html>"), sdnMar5)
	r.poll(t, sdnMar5)
	st, err := db.Source(r.ctx, r.id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Failures != 1 || st.LastFailure.Kind != "parse" || !strings.Contains(st.LastError, "parse ofac-sdn") {
		t.Errorf("after a bad capture: failures %d kind %q error %q", st.Failures, st.LastFailure.Kind, st.LastError)
	}
	snap, _, err := db.ListSnapshot(r.ctx, r.id)
	if err != nil || !bytes.Equal(snap.Body, old) {
		t.Errorf("the stored capture changed after a bad one (err %v)", err)
	}
}
