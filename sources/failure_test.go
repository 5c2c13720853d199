package sources

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestFetchFailureValues: a failed fetch gives its kind, status and cap
// as values, and a cause that holds neither the feed's URL nor its
// secret.
func TestFetchFailureValues(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 5000)
	tests := []struct {
		name    string
		handler http.HandlerFunc
		want    trust.Failure
	}{
		{"404", http.NotFound, trust.Failure{Kind: "status", Status: 404, Detail: "not found"}},
		{"429", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
		}, trust.Failure{Kind: "rate_limited", Status: 429, Detail: "Too Many Requests"}},
		{"cloudflare", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("cf-mitigated", "challenge")
			w.WriteHeader(http.StatusForbidden)
		}, trust.Failure{Kind: "cloudflare", Status: 403, Detail: "blocked by a Cloudflare challenge"}},
		{"too large by length", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "5000")
			w.Write(big)
		},
			trust.Failure{Kind: "too_large", Status: 200, Cap: 4096, Detail: "content length 5000 over the 4096-byte cap"}},
		{"too large, chunked", func(w http.ResponseWriter, r *http.Request) {
			for range 5 {
				w.Write(big[:1024])
				w.(http.Flusher).Flush()
			}
		}, trust.Failure{Kind: "too_large", Status: 200, Cap: 4096, Detail: "body over the 4096-byte cap"}},
		{"gzip bomb", func(w http.ResponseWriter, r *http.Request) { w.Write(gzipped(t, bytes.Repeat([]byte(" "), 1<<20))) },
			trust.Failure{Kind: "too_large", Status: 200, Cap: 4096, Detail: "decompressed body too large (over 4096 bytes)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			src := srv.URL + "/feed?token=SECRET"
			_, err := NewFetcher(FetcherOptions{MaxBody: 4096}).Fetch(context.Background(), src, Validators{})
			fe := asFetchError(t, err, ErrorKind(tt.want.Kind))
			if got := fe.Failure(); got != tt.want {
				t.Errorf("Failure() = %+v, want %+v", got, tt.want)
			}
		})
	}

	t.Run("refused", func(t *testing.T) {
		srv := httptest.NewServer(http.NotFoundHandler())
		src := srv.URL + "/feed?token=SECRET"
		srv.Close()
		_, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), src, Validators{})
		got := asFetchError(t, err, KindNetwork).Failure()
		if got.Status != 0 || got.Cap != 0 || got.Detail == "" {
			t.Errorf("Failure() = %+v, want a network cause without status or cap", got)
		}
		if strings.Contains(got.Detail, "SECRET") || strings.Contains(got.Detail, "/feed") || strings.Contains(got.Detail, "http") {
			t.Errorf("cause %q repeats the URL", got.Detail)
		}
	})

	t.Run("file", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "feed.xml")
		if err := os.WriteFile(path, big, 0o600); err != nil {
			t.Fatal(err)
		}
		f := NewFetcher(FetcherOptions{MaxBody: 4096})
		_, err := f.Fetch(context.Background(), path, Validators{})
		want := trust.Failure{Kind: "too_large", Cap: 4096, Detail: "file of 5000 bytes over the 4096-byte cap"}
		if got := asFetchError(t, err, KindTooLarge).Failure(); got != want {
			t.Errorf("too large file: Failure() = %+v, want %+v", got, want)
		}
		_, err = f.Fetch(context.Background(), filepath.Join(dir, "missing.xml"), Validators{})
		want = trust.Failure{Kind: "file", Detail: "no such file or directory"}
		if got := asFetchError(t, err, KindFile).Failure(); got != want {
			t.Errorf("missing file: Failure() = %+v, want %+v", got, want)
		}
	})
}

// TestParseFailureValues: a parse failure is kind "parse" with the cause,
// without the source's name.
func TestParseFailureValues(t *testing.T) {
	_, err := Parse([]byte("<!DOCTYPE html><html><body>Just a moment...</body></html>"), "https://x.example/feed", time.Now())
	if err == nil {
		t.Fatal("Parse of an HTML page: no error")
	}
	got := (&ParseError{Source: "Example News", Err: err}).Failure()
	if want := (trust.Failure{Kind: "parse", Detail: "not a feed: an HTML page"}); got != want {
		t.Errorf("Failure() = %+v, want %+v", got, want)
	}
}
