package sources

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// nested wraps b in n gzip layers.
func nested(t testing.TB, b []byte, n int) []byte {
	t.Helper()
	for range n {
		b = gzipped(t, b)
	}
	return b
}

// rssWithTitle is a one-item RSS feed whose item has the given title.
func rssWithTitle(title string) string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://x.example/</link>` +
		`<item><guid>g</guid><title>` + title + `</title><link>https://x.example/a</link><description>d</description></item></channel></rss>`
}

// TestFetchNestedGzip: a gzip file served with Content-Encoding: gzip is
// two layers; the body cap holds for both together, over HTTP and for
// files.
func TestFetchNestedGzip(t *testing.T) {
	big := rssWithTitle(strings.Repeat("A", 200<<10)) // 200 KiB inside, a few hundred bytes on the wire
	tests := []struct {
		name   string
		body   []byte
		want   string    // the body Fetch returns, or
		kind   ErrorKind // the failure
		detail string
	}{
		{"two layers within the cap", nested(t, []byte(smallRSS), 2), smallRSS, "", ""},
		{"three layers within the cap", nested(t, []byte(smallRSS), 3), smallRSS, "", ""},
		{"two layers over the cap", nested(t, []byte(big), 2), "", KindTooLarge, "over 65536 bytes"},
		{"three layers over the cap", nested(t, []byte(big), 3), "", KindTooLarge, "over 65536 bytes"},
		{"too many layers", nested(t, []byte(smallRSS), 4), "", KindNetwork, "more than 3 layers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.body) >= 64<<10 {
				t.Fatalf("test body is %d bytes on the wire, want it under the cap", len(tt.body))
			}
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(tt.body)
			}))
			defer srv.Close()
			file := filepath.Join(t.TempDir(), "feed.xml.gz")
			if err := os.WriteFile(file, tt.body, 0o600); err != nil {
				t.Fatal(err)
			}
			f := NewFetcher(FetcherOptions{MaxBody: 64 << 10})
			for _, src := range []string{srv.URL, file} {
				resp, err := f.Fetch(context.Background(), src, Validators{})
				if tt.kind == "" {
					if err != nil {
						t.Fatalf("%s: %v", src, err)
					}
					if string(resp.Body) != tt.want {
						t.Errorf("%s: got a body of %d bytes starting %q, want the feed", src, len(resp.Body), resp.Body[:min(len(resp.Body), 20)])
					}
					continue
				}
				var fe *FetchError
				if !errors.As(err, &fe) {
					t.Fatalf("%s: got %v (body of %d bytes), want a %s failure", src, err, len(bodyOf(resp)), tt.kind)
				}
				want := tt.kind
				if want == KindNetwork && src == file {
					want = KindFile // a bad body read from a file
				}
				if fe.Kind != want || !strings.Contains(fe.Error(), tt.detail) {
					t.Errorf("%s: got %v, want %s naming %q", src, err, want, tt.detail)
				}
			}
		})
	}
}

func bodyOf(r *Response) []byte {
	if r == nil {
		return nil
	}
	return r.Body
}

// TestParseNestedGzip: Parse, given a body read without Fetch, unpacks
// every layer within its own cap.
func TestParseNestedGzip(t *testing.T) {
	feed, err := Parse(nested(t, []byte(smallRSS), 2), "https://example.org/feed", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != 1 || feed.Items[0].Title != "One" {
		t.Errorf("got %+v, want the one item", feed.Items)
	}
	bomb := nested(t, []byte(rssWithTitle(strings.Repeat("A", maxParseBody))), 2)
	if _, err := Parse(bomb, "", testNow); err == nil || !errors.Is(err, errTooLarge) {
		t.Errorf("gzip inside gzip over %d bytes: got %v, want too large", maxParseBody, err)
	}
}

// TestParseBoundsFields: whatever a feed holds, an item's stored fields
// stay small.
func TestParseBoundsFields(t *testing.T) {
	huge := strings.Repeat("Kaspersky banned ", 20000) // 340,000 bytes
	bodies := map[string]string{
		"rss": `<rss version="2.0"><channel><title>` + huge + `</title><item><guid>` + huge + `</guid><title>` + huge + `</title>` +
			`<author>` + huge + `</author><link>https://x.example/a</link><description>` + huge + `</description></item></channel></rss>`,
		"atom": `<feed xmlns="http://www.w3.org/2005/Atom"><title>` + huge + `</title><entry><id>` + huge + `</id><title>` + huge + `</title>` +
			`<author><name>` + huge + `</name></author><content type="html">` + huge + `</content></entry></feed>`,
		"json": `{"version":"https://jsonfeed.org/version/1.1","title":"` + huge + `","items":[{"id":"` + huge + `","title":"` + huge +
			`","authors":[{"name":"` + huge + `"}],"content_text":"` + huge + `"}]}`,
	}
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			feed, err := Parse([]byte(body), "https://x.example/feed", testNow)
			if err != nil {
				t.Fatal(err)
			}
			if len(feed.Items) != 1 {
				t.Fatalf("got %d items, want 1", len(feed.Items))
			}
			it := feed.Items[0]
			for _, f := range []struct {
				field string
				got   string
				max   int // characters
			}{
				{"feed title", feed.Title, maxTitleChars},
				{"title", it.Title, maxTitleChars},
				{"author", it.Author, maxAuthorChars},
				{"guid", it.GUID, maxGUIDBytes},
				{"key", it.Key, maxGUIDBytes + len("guid:")},
				{"text", it.Text, maxTextBytes},
			} {
				if n := utf8.RuneCountInString(f.got); n > f.max || n == 0 {
					t.Errorf("%s: %d characters, want 1 to %d", f.field, n, f.max)
				}
			}
			if !strings.HasPrefix(it.Title, "Kaspersky banned Kaspersky") || !strings.HasSuffix(it.Title, "…") {
				t.Errorf("title %q, want the start of the title, marked as cut", it.Title)
			}
		})
	}
}
