package sources

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const smallRSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test</title><link>https://example.org/</link>
<item><title>One</title><link>/one</link><guid>1</guid><description>first</description></item>
</channel></rss>`

func gzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func asFetchError(t *testing.T, err error, kind ErrorKind) *FetchError {
	t.Helper()
	var fe *FetchError
	if !errors.As(err, &fe) {
		t.Fatalf("got error %v (%T), want *FetchError", err, err)
	}
	if fe.Kind != kind {
		t.Fatalf("got kind %q (%v), want %q", fe.Kind, err, kind)
	}
	return fe
}

func TestFetchConditional(t *testing.T) {
	const etag, lastMod = `"v1"`, "Mon, 02 Jan 2006 15:04:05 GMT"
	var gotINM, gotIMS string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotINM, gotIMS = r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		if gotINM == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Content-Type", "text/html") // must not matter
		fmt.Fprint(w, smallRSS)
	}))
	defer srv.Close()
	f := NewFetcher(FetcherOptions{})

	resp, err := f.Fetch(context.Background(), srv.URL, Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if resp.NotModified || string(resp.Body) != smallRSS {
		t.Fatalf("first fetch: NotModified=%v body=%q", resp.NotModified, resp.Body)
	}
	if want := (Validators{ETag: etag, LastModified: lastMod}); resp.Validators != want {
		t.Errorf("validators: got %+v, want %+v", resp.Validators, want)
	}
	if gotINM != "" || gotIMS != "" {
		t.Errorf("first fetch sent conditional headers %q %q", gotINM, gotIMS)
	}

	resp, err = f.Fetch(context.Background(), srv.URL, resp.Validators)
	if err != nil {
		t.Fatal(err)
	}
	if gotINM != etag || gotIMS != lastMod {
		t.Errorf("sent If-None-Match %q If-Modified-Since %q, want %q %q", gotINM, gotIMS, etag, lastMod)
	}
	if !resp.NotModified || resp.Status != http.StatusNotModified || len(resp.Body) != 0 {
		t.Errorf("second fetch: NotModified=%v status=%d body=%d bytes", resp.NotModified, resp.Status, len(resp.Body))
	}
	if resp.Validators.ETag != etag {
		t.Errorf("304 validators: got %+v, want the previous ones kept", resp.Validators)
	}
}

func TestFetchExpiresZeroDropsValidators(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"x"`)
		w.Header().Set("Expires", "0")
		fmt.Fprint(w, smallRSS)
	}))
	defer srv.Close()
	resp, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL, Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Validators != (Validators{}) {
		t.Errorf("got validators %+v, want none with Expires: 0", resp.Validators)
	}
}

func TestFetchGzip(t *testing.T) {
	zbody := gzipped(t, []byte(smallRSS))
	tests := []struct {
		name     string
		encoding string
	}{
		{"declared", "gzip"},
		{"undeclared", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gotAE string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				gotAE = r.Header.Get("Accept-Encoding")
				if tt.encoding != "" {
					w.Header().Set("Content-Encoding", tt.encoding)
				}
				w.Header().Set("Content-Type", "application/octet-stream")
				w.Write(zbody)
			}))
			defer srv.Close()
			resp, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL, Validators{})
			if err != nil {
				t.Fatal(err)
			}
			if string(resp.Body) != smallRSS {
				t.Errorf("got body %q, want the decompressed feed", resp.Body)
			}
			if !strings.Contains(gotAE, "gzip") {
				t.Errorf("Accept-Encoding %q does not offer gzip", gotAE)
			}
		})
	}
}

func TestFetchTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 5000)
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"content-length", func(w http.ResponseWriter, r *http.Request) { w.Write(big) }},
		{"chunked", func(w http.ResponseWriter, r *http.Request) {
			for range 4 {
				w.Write(big[:1024])
				w.(http.Flusher).Flush()
			}
			w.Write([]byte("x"))
		}},
		{"gzip bomb", func(w http.ResponseWriter, r *http.Request) {
			w.Write(gzipped(t, bytes.Repeat([]byte(" "), 1<<20)))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			_, err := NewFetcher(FetcherOptions{MaxBody: 4096}).Fetch(context.Background(), srv.URL, Validators{})
			asFetchError(t, err, KindTooLarge)
		})
	}
}

func TestFetchTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // never answers
	}))
	defer srv.Close()
	_, err := NewFetcher(FetcherOptions{Timeout: 100 * time.Millisecond}).Fetch(context.Background(), srv.URL, Validators{})
	asFetchError(t, err, KindTimeout)
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/mid", http.StatusMovedPermanently) })
	mux.HandleFunc("/mid", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/feed", http.StatusFound) })
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, smallRSS) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := NewFetcher(FetcherOptions{})

	resp, err := f.Fetch(context.Background(), srv.URL+"/old", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if resp.URL != srv.URL+"/feed" {
		t.Errorf("final URL %q, want %q", resp.URL, srv.URL+"/feed")
	}
	_, err = f.Fetch(context.Background(), srv.URL+"/loop", Validators{})
	asFetchError(t, err, KindNetwork)
}

func TestFetchStatusAndRateLimit(t *testing.T) {
	future := time.Now().Add(90 * time.Second).UTC().Format(http.TimeFormat)
	tests := []struct {
		name      string
		status    int
		header    map[string]string
		kind      ErrorKind
		retryMin  time.Duration
		retryMax  time.Duration
		wantError bool
	}{
		{"404", 404, nil, KindStatus, 0, 0, true},
		{"429 seconds", 429, map[string]string{"Retry-After": "120"}, KindRateLimited, 120 * time.Second, 120 * time.Second, true},
		{"503 date", 503, map[string]string{"Retry-After": future}, KindRateLimited, 60 * time.Second, 91 * time.Second, true},
		{"503 without Retry-After", 503, nil, KindStatus, 0, 0, true},
		{"cloudflare", 403, map[string]string{"cf-mitigated": "challenge", "Content-Type": "text/html"}, KindCloudflare, 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tt.header {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tt.status)
				fmt.Fprint(w, "<html>Just a moment...</html>")
			}))
			defer srv.Close()
			_, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL, Validators{})
			fe := asFetchError(t, err, tt.kind)
			if fe.Status != tt.status {
				t.Errorf("status %d, want %d", fe.Status, tt.status)
			}
			if fe.RetryAfter < tt.retryMin || fe.RetryAfter > tt.retryMax {
				t.Errorf("RetryAfter %s, want between %s and %s", fe.RetryAfter, tt.retryMin, tt.retryMax)
			}
		})
	}
}

func TestFetchMinInterval(t *testing.T) {
	tests := []struct {
		name   string
		header map[string]string
		want   time.Duration
	}{
		{"none", nil, 0},
		{"max-age", map[string]string{"Cache-Control": "public, max-age=600"}, 10 * time.Minute},
		{"retry-after larger", map[string]string{"Cache-Control": "max-age=60", "Retry-After": "300"}, 5 * time.Minute},
		{"bad max-age", map[string]string{"Cache-Control": "max-age=soon"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tt.header {
					w.Header().Set(k, v)
				}
				fmt.Fprint(w, smallRSS)
			}))
			defer srv.Close()
			resp, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL, Validators{})
			if err != nil {
				t.Fatal(err)
			}
			if resp.MinInterval != tt.want {
				t.Errorf("MinInterval %s, want %s", resp.MinInterval, tt.want)
			}
		})
	}
}

// TestFetchConcurrencyBounds counts handlers running at once in the server.
func TestFetchConcurrencyBounds(t *testing.T) {
	tests := []struct {
		name              string
		maxConns, perHost int
		want              int32
	}{
		{"per host", 16, 2, 2},
		{"overall", 1, 4, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cur, peak int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				n := atomic.AddInt32(&cur, 1)
				defer atomic.AddInt32(&cur, -1)
				for {
					p := atomic.LoadInt32(&peak)
					if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
						break
					}
				}
				time.Sleep(20 * time.Millisecond) // lets fetches overlap if the bound were missing
				fmt.Fprint(w, smallRSS)
			}))
			defer srv.Close()
			f := NewFetcher(FetcherOptions{MaxConns: tt.maxConns, MaxPerHost: tt.perHost})
			var wg sync.WaitGroup
			errs := make(chan error, 12)
			for i := range 12 {
				wg.Go(func() {
					_, err := f.Fetch(context.Background(), fmt.Sprintf("%s/?n=%d", srv.URL, i), Validators{})
					errs <- err
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
			if peak > tt.want {
				t.Errorf("peak concurrent requests %d, want at most %d", peak, tt.want)
			}
		})
	}
}

func TestFetchWaitHonoursContext(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	f := NewFetcher(FetcherOptions{MaxPerHost: 1})
	done := make(chan error, 1)
	go func() {
		_, err := f.Fetch(context.Background(), srv.URL, Validators{})
		done <- err
	}()
	<-entered // the first fetch now holds the host's only slot

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := f.Fetch(ctx, srv.URL, Validators{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("got %v, want context.DeadlineExceeded while waiting for a slot", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Errorf("first fetch: %v", err)
	}
}

func TestFetchUserAgent(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Get("User-Agent")
		fmt.Fprint(w, smallRSS)
	}))
	defer srv.Close()
	if _, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL, Validators{}); err != nil {
		t.Fatal(err)
	}
	if got != DefaultUserAgent {
		t.Errorf("User-Agent %q, want %q", got, DefaultUserAgent)
	}
}

func TestFetchErrorHidesSecrets(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
	}))
	defer srv.Close()
	src := strings.Replace(srv.URL, "http://", "http://user:hunter2@", 1) + "/feed?token=s3cret&page=2"
	_, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), src, Validators{})
	asFetchError(t, err, KindStatus)
	for _, secret := range []string{"hunter2", "s3cret"} {
		if strings.Contains(err.Error(), secret) {
			t.Errorf("error %q contains the secret %q", err, secret)
		}
	}
	// A network failure goes through *url.Error, which repeats the URL.
	srv.Close()
	_, err = NewFetcher(FetcherOptions{}).Fetch(context.Background(), src, Validators{})
	asFetchError(t, err, KindNetwork)
	if strings.Contains(err.Error(), "s3cret") || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("network error %q leaks a secret", err)
	}
}

func TestFetchBlockPrivate(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, smallRSS) }))
	defer srv.Close()
	_, err := NewFetcher(FetcherOptions{BlockPrivate: true}).Fetch(context.Background(), srv.URL, Validators{})
	fe := asFetchError(t, err, KindNetwork)
	if !errors.Is(fe, errPrivateAddress) {
		t.Errorf("got %v, want the private-address refusal", err)
	}
}

func TestFetchFile(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "feed.xml")
	if err := os.WriteFile(plain, []byte(smallRSS), 0o600); err != nil {
		t.Fatal(err)
	}
	zipped := filepath.Join(dir, "feed.xml.gz")
	if err := os.WriteFile(zipped, gzipped(t, []byte(smallRSS)), 0o600); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.xml")
	if err := os.WriteFile(big, bytes.Repeat([]byte("x"), 5000), 0o600); err != nil {
		t.Fatal(err)
	}
	f := NewFetcher(FetcherOptions{MaxBody: 4096})
	for _, src := range []string{plain, "file://" + plain, zipped} {
		resp, err := f.Fetch(context.Background(), src, Validators{})
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if string(resp.Body) != smallRSS {
			t.Errorf("%s: got %q", src, resp.Body)
		}
		again, err := f.Fetch(context.Background(), src, resp.Validators)
		if err != nil || !again.NotModified {
			t.Errorf("%s: unchanged file: NotModified=%v err=%v", src, again != nil && again.NotModified, err)
		}
	}
	_, err := f.Fetch(context.Background(), filepath.Join(dir, "missing.xml"), Validators{})
	asFetchError(t, err, KindFile)
	_, err = f.Fetch(context.Background(), dir, Validators{})
	asFetchError(t, err, KindFile)
	_, err = f.Fetch(context.Background(), big, Validators{})
	asFetchError(t, err, KindTooLarge)
}

// TestFetchBlockPrivateAddresses: with BlockPrivate the fetcher refuses
// loopback, private and link-local addresses, literal or reached through
// a host name (localhost), and local files; the refusal comes before any
// connection is made.
func TestFetchBlockPrivateAddresses(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, smallRSS)
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	f := NewFetcher(FetcherOptions{BlockPrivate: true, Timeout: 5 * time.Second})
	for _, u := range []string{
		srv.URL,
		"http://localhost:" + port + "/feed",
		"http://127.0.0.2/feed",
		"http://10.1.2.3/feed",
		"http://192.168.0.1/feed",
		"http://172.16.0.1/feed",
		"http://169.254.169.254/latest/meta-data/",
		"http://[::1]:" + port + "/feed",
		"http://[fe80::1]/feed",
		"http://[fd00::1]/feed",
		"http://[::ffff:127.0.0.1]:" + port + "/feed",
		"http://0.0.0.0:" + port + "/feed",
	} {
		_, err := f.Fetch(context.Background(), u, Validators{})
		var fe *FetchError
		if !errors.As(err, &fe) || !errors.Is(fe, errPrivateAddress) {
			t.Errorf("%s: %v, want the private-address refusal", u, err)
		}
	}
	for _, u := range []string{"/etc/passwd", "file:///etc/passwd"} {
		_, err := f.Fetch(context.Background(), u, Validators{})
		if fe := asFetchError(t, err, KindNetwork); !strings.Contains(fe.Error(), "unsupported scheme") {
			t.Errorf("%s: %v, want unsupported scheme", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the local server was reached %d times", n)
	}
	// Without BlockPrivate (the config's own sources), loopback is fine.
	if _, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), "http://localhost:"+port+"/feed", Validators{}); err != nil {
		t.Errorf("unguarded fetcher: %v", err)
	}
}

func TestFeedURL(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		err      error
	}{
		{"https://Example.COM/feed/", "https://example.com/feed/", nil},
		{"  HTTP://example.com:80  ", "http://example.com/", nil},
		{"https://example.com:443/rss?b=2&a=1#top", "https://example.com/rss?b=2&a=1", nil},
		{"https://example.com:8443/rss", "https://example.com:8443/rss", nil},
		{"http://[2001:DB8::1]/rss", "http://[2001:db8::1]/rss", nil},
		{"ftp://example.com/feed", "", ErrFeedScheme},
		{"file:///etc/passwd", "", ErrFeedScheme},
		{"/etc/passwd", "", ErrFeedScheme},
		{"example.com/feed", "", ErrFeedScheme},
		{"javascript:alert(1)", "", ErrFeedScheme},
		{"https:///feed", "", ErrFeedHost},
		{"https://user:pw@example.com/feed", "", ErrFeedUser},
		{"https://exa mple.com/", "", ErrFeedInvalid},
	} {
		got, err := FeedURL(tc.in)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("FeedURL(%q) = %q, %v; want %q, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}
