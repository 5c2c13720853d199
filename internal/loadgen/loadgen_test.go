package loadgen

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"

	"github.com/vendorwatch/vendorwatch/sources"
)

// realTemplates loads ../shared/feeds/realworld/feeds beside the module
// root, or skips.
func realTemplates(t testing.TB) [][]byte {
	t.Helper()
	feeds := shareddir.OrSkip(t, "feeds", "realworld", "feeds")
	tpl, err := LoadTemplates(feeds)
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

func TestConditionalGet(t *testing.T) {
	s, err := Start(Options{Feeds: 3, Templates: [][]byte{[]byte(`<rss><channel><item><title>A</title><guid>g1</guid></item></channel></rss>`)}, Hosts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	get := func(url, etag, ims string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest("GET", url, nil)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		if ims != "" {
			req.Header.Set("If-Modified-Since", ims)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	u := s.URLs()[1]
	r1, body := get(u, "", "")
	if r1.StatusCode != 200 || body != `<rss><channel><item><title>A vw1v1</title><guid>g1-vw1v1</guid></item></channel></rss>` {
		t.Fatalf("first GET: %d %q", r1.StatusCode, body)
	}
	etag, lm := r1.Header.Get("ETag"), r1.Header.Get("Last-Modified")
	if etag == "" || lm == "" {
		t.Fatalf("validators missing: %q %q", etag, lm)
	}
	if r, _ := get(u, etag, ""); r.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", r.StatusCode)
	}
	if r, _ := get(u, "", lm); r.StatusCode != http.StatusNotModified {
		t.Errorf("If-Modified-Since: status %d, want 304", r.StatusCode)
	}
	if n := s.Change(0.5); n != 2 {
		t.Errorf("Change(0.5) of 3 feeds changed %d, want 2", n)
	}
	r2, body := get(u, etag, lm) // feeds 0 and 1 changed
	if r2.StatusCode != 200 || body != `<rss><channel><item><title>A vw1v2</title><guid>g1-vw1v2</guid></item></channel></rss>` {
		t.Errorf("after Change: %d %q", r2.StatusCode, body)
	}
	st := s.Stats()
	if st.Requests != 4 || st.NotModified != 2 {
		t.Errorf("stats %+v, want 4 requests, 2 not modified", st)
	}
	if st.Conns < 1 || st.Conns > st.Requests {
		t.Errorf("stats %+v: want 1 to 4 connections", st)
	}
	// A client that never reuses a connection: one more each request.
	once := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	for range 3 {
		resp, err := once.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	if got := s.Stats().Conns - st.Conns; got != 3 {
		t.Errorf("3 requests without keep-alive counted %d new connections, want 3", got)
	}
}

func TestVaryJSON(t *testing.T) {
	got := string(Vary([]byte(`{"title": "T", "items": [{"id":"1","url" : "https://x/a\"b","title":"x","content_text":"id"}]}`), "t"))
	want := `{"title": "T-t", "items": [{"id":"1-t","url" : "https://x/a\"b-t","title":"x-t","content_text":"id"}]}`
	if got != want {
		t.Errorf("Vary JSON:\n got %s\nwant %s", got, want)
	}
}

func TestVaryAtomHref(t *testing.T) {
	got := string(Vary([]byte(`<entry><id> urn:x </id><link rel="alternate" href='https://x/p'/><link>u</link></entry>`), "t"))
	want := `<entry><id> urn:x-t </id><link rel="alternate" href='https://x/p-t'/><link>u-t</link></entry>`
	if got != want {
		t.Errorf("Vary Atom:\n got %s\nwant %s", got, want)
	}
}

// TestVaryRealFeeds checks on every real feed that two versions share no
// item key and no canonical link, so that each version is all new items to
// the poller, and that varying loses no item.
func TestVaryRealFeeds(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, tpl := range realTemplates(t) {
		if raceEnabled && i%10 != 0 {
			continue // parsing is slow under the race detector; a tenth shows races
		}
		orig, err := sources.Parse(tpl, "https://feeds.example/f", now)
		if err != nil {
			continue // not a feed the parser takes; nothing to vary
		}
		a, errA := sources.Parse(Vary(tpl, "vw1v1"), "https://feeds.example/f", now)
		b, errB := sources.Parse(Vary(tpl, "vw1v2"), "https://feeds.example/f", now)
		if errA != nil || errB != nil {
			t.Errorf("template %d: parse of varied feed: %v, %v", i, errA, errB)
			continue
		}
		if len(a.Items) != len(orig.Items) || len(b.Items) != len(orig.Items) {
			t.Errorf("template %d: %d items, varied %d and %d", i, len(orig.Items), len(a.Items), len(b.Items))
			continue
		}
		keys, links := map[string]bool{}, map[string]bool{}
		for _, it := range a.Items {
			keys[it.Key] = true
			if it.CanonicalLink != "" {
				links[it.CanonicalLink] = true
			}
		}
		for _, it := range b.Items {
			if keys[it.Key] {
				t.Errorf("template %d: key %q in both versions", i, it.Key)
				break
			}
			if links[it.CanonicalLink] {
				t.Errorf("template %d: canonical link %q in both versions", i, it.CanonicalLink)
				break
			}
		}
	}
}

// TestSlowFeedsSpreadOverHosts: the slow feeds and the others each spread
// evenly over the hosts. Every 100th feed on host i mod Hosts put all the
// slow feeds of the bench's 50 hosts behind one server.
func TestSlowFeedsSpreadOverHosts(t *testing.T) {
	const feeds, every, hosts = 1000, 100, 5
	s, err := Start(Options{Feeds: feeds, Templates: [][]byte{[]byte(`<rss/>`)}, Hosts: hosts, SlowEvery: every})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(s.addrs) < hosts {
		t.Skipf("only %d of 127.0.0.1-%d can be bound here", len(s.addrs), hosts)
	}
	slow, other := map[string]int{}, map[string]int{}
	for i, u := range s.URLs() {
		host := strings.Split(strings.TrimPrefix(u, "http://"), "/")[0]
		if (i+1)%every == 0 {
			slow[host]++
		} else {
			other[host]++
		}
	}
	for name, m := range map[string]map[string]int{"slow": slow, "other": other} {
		if len(m) != hosts {
			t.Errorf("%s feeds on %d hosts, want all %d: %v", name, len(m), hosts, m)
		}
		lo, hi := feeds, 0
		for _, n := range m {
			lo, hi = min(lo, n), max(hi, n)
		}
		if hi-lo > 1 {
			t.Errorf("%s feeds per host from %d to %d, want even: %v", name, lo, hi, m)
		}
	}
}
