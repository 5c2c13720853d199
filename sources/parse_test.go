package sources

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

var testNow = time.Date(2025, 8, 1, 12, 0, 0, 0, time.UTC)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseRSS(t *testing.T) {
	feed, err := Parse(readTestdata(t, "small_rss.xml"), "https://news.example.org/feed/", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if feed.Title != "Security & Trust News" {
		t.Errorf("title %q", feed.Title)
	}
	if feed.TTL != 30*time.Minute {
		t.Errorf("TTL %s, want 30m", feed.TTL)
	}
	if len(feed.Items) != 3 {
		t.Fatalf("got %d items, want 3", len(feed.Items))
	}
	first := feed.Items[0]
	checks := []struct{ name, got, want string }{
		{"key", first.Key, "guid:post-101"},
		{"title", first.Title, "Commerce adds Huawei to the <Entity List>"},
		{"text", first.Text, "The US Commerce Department added Huawei to the Entity List.\n\nSecond paragraph here."},
		{"canonical", first.CanonicalLink, "https://news.example.org/2019/05/huawei-entity-list"},
		{"author", first.Author, "Jane Reporter"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if want := time.Date(2019, 5, 16, 21, 0, 0, 0, time.UTC); !first.Published.Equal(want) || !first.DateKnown {
		t.Errorf("published %v known=%v, want %v", first.Published, first.DateKnown, want)
	}

	rel := feed.Items[1]
	if rel.Link != "https://news.example.org/2024/06/kaspersky-ban" || rel.Key != "link:https://news.example.org/2024/06/kaspersky-ban" {
		t.Errorf("relative link: got link %q key %q", rel.Link, rel.Key)
	}
	if rel.Text != "Kaspersky software sales banned." {
		t.Errorf("escaped HTML description: got %q", rel.Text)
	}
	// CrowdStrike's layout, which gofeed does not read.
	if want := time.Date(2025, 7, 23, 5, 0, 0, 0, time.UTC); !rel.Published.Equal(want) || !rel.DateKnown {
		t.Errorf("CrowdStrike date: got %v known=%v, want %v", rel.Published, rel.DateKnown, want)
	}

	bare := feed.Items[2]
	if !strings.HasPrefix(bare.Key, "hash:") || len(bare.Key) != len("hash:")+32 {
		t.Errorf("no guid/link: key %q, want hash:<32 hex>", bare.Key)
	}
	if !bare.Published.Equal(testNow) || bare.DateKnown {
		t.Errorf("no date: got %v known=%v, want now and unknown", bare.Published, bare.DateKnown)
	}
}

func TestParseAtomAndJSON(t *testing.T) {
	atom, err := Parse(readTestdata(t, "small_atom.xml"), "https://atom.example.org/feed.atom", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if atom.Title != "Vendor Watch" || len(atom.Items) != 1 {
		t.Fatalf("atom: title %q, %d items", atom.Title, len(atom.Items))
	}
	if it := atom.Items[0]; it.Key != "guid:tag:atom.example.org,2024:entrust" || it.Text != "Google Chrome will distrust Entrust." || it.Author != "Blog Author" || !it.DateKnown {
		t.Errorf("atom item: %+v", it)
	}

	js, err := Parse(readTestdata(t, "small.json"), "https://json.example.org/feed.json", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(js.Items) != 2 {
		t.Fatalf("json: %d items, want 2", len(js.Items))
	}
	if got, want := js.Items[0].Text, "A backdoor was found in xz-utils.\n\nDistributions reverted."; got != want {
		t.Errorf("json content_text: got %q, want %q", got, want)
	}
	if got, want := js.Items[1].Link, "https://json.example.org/post/2"; got != want {
		t.Errorf("json relative url: got %q, want %q", got, want)
	}
}

// largeJSONFeed builds a JSON Feed of at least size bytes.
func largeJSONFeed(t testing.TB, size int) ([]byte, int) {
	t.Helper()
	type item struct {
		ID          string `json:"id"`
		URL         string `json:"url"`
		Title       string `json:"title"`
		ContentHTML string `json:"content_html"`
		Date        string `json:"date_published"`
	}
	feed := struct {
		Version string `json:"version"`
		Title   string `json:"title"`
		Items   []item `json:"items"`
	}{Version: "https://jsonfeed.org/version/1.1", Title: "Big JSON"}
	for i := 0; ; i++ {
		feed.Items = append(feed.Items, item{
			ID: fmt.Sprint(i), URL: fmt.Sprintf("https://big.example.org/%d", i),
			Title:       fmt.Sprintf("Item %d", i),
			ContentHTML: "<p>" + strings.Repeat("Vendor trust news. ", 10) + "</p>",
			Date:        "2025-07-01T10:00:00Z",
		})
		b, err := json.Marshal(feed)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) >= size {
			return b, len(feed.Items)
		}
	}
}

// TestParseLargeJSONFeed guards against gofeed issue 344: v1.4.0 and
// v1.4.1 detected the type from the first 4 KB only, failing every JSON
// Feed larger than that.
func TestParseLargeJSONFeed(t *testing.T) {
	body, n := largeJSONFeed(t, 6<<10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/feed+json")
		w.Write(body)
	}))
	defer srv.Close()
	resp, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL+"/feed.json", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Body) <= 5<<10 {
		t.Fatalf("test feed is only %d bytes", len(resp.Body))
	}
	feed, err := Parse(resp.Body, resp.URL, testNow)
	if err != nil {
		t.Fatalf("Parse of a %d-byte JSON Feed: %v", len(resp.Body), err)
	}
	if len(feed.Items) != n {
		t.Errorf("got %d items, want %d", len(feed.Items), n)
	}
}

func TestParseRootAfter4KB(t *testing.T) {
	body := `<?xml version="1.0"?>` + "\n<!--" + strings.Repeat(" padding", 1000) + " -->\n" +
		`<rss version="2.0"><channel><title>Late</title><item><guid>a</guid><title>A</title></item></channel></rss>`
	feed, err := Parse([]byte(body), "", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != 1 {
		t.Errorf("got %d items, want 1", len(feed.Items))
	}
}

func TestParseRepeatedGUIDs(t *testing.T) {
	body := `<rss version="2.0"><channel><title>T</title>
<item><guid>same</guid><title>First</title><link>https://x.example/1</link></item>
<item><guid>same</guid><title>Second</title><link>https://x.example/2</link></item>
<item><guid>same</guid><title>Third, same link as second</title><link>https://x.example/2</link></item>
<item><guid>same</guid><title>First</title><link>https://x.example/1</link></item>
<item><guid>other</guid><title>Other</title><link>https://x.example/3</link></item>
<item><guid>other</guid><title>Other</title><link>https://x.example/3</link></item>
</channel></rss>`
	feed, err := Parse([]byte(body), "https://x.example/feed", testNow)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	keys := map[string]bool{}
	for _, it := range feed.Items {
		titles = append(titles, it.Title)
		if keys[it.Key] {
			t.Errorf("key %q used twice", it.Key)
		}
		keys[it.Key] = true
	}
	if got, want := strings.Join(titles, "|"), "First|Second|Third, same link as second|Other"; got != want {
		t.Errorf("items %q, want %q (exact repeats kept once, different items all kept)", got, want)
	}
	if feed.RepeatedGUIDs != 2 {
		t.Errorf("RepeatedGUIDs %d, want 2", feed.RepeatedGUIDs)
	}
	if feed.Items[0].Key != "guid:same" || feed.Items[1].Key != "link:https://x.example/2" || !strings.HasPrefix(feed.Items[2].Key, "hash:") {
		t.Errorf("keys %q %q %q, want guid, then link, then hash", feed.Items[0].Key, feed.Items[1].Key, feed.Items[2].Key)
	}

	// Keys must be stable from one fetch to the next.
	again, err := Parse([]byte(body), "https://x.example/feed", testNow.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	for i := range feed.Items {
		if feed.Items[i].Key != again.Items[i].Key {
			t.Errorf("item %d: key %q then %q", i, feed.Items[i].Key, again.Items[i].Key)
		}
	}
}

func TestParseDates(t *testing.T) {
	tests := []struct {
		name, pub string
		want      time.Time
		known     bool
	}{
		{"rfc1123z", "Tue, 29 Jul 2025 10:00:00 +0000", time.Date(2025, 7, 29, 10, 0, 0, 0, time.UTC), true},
		{"crowdstrike", "Jul 23, 2025 00:00:00-0500", time.Date(2025, 7, 23, 5, 0, 0, 0, time.UTC), true},
		{"date only", "July 4, 2025", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), true},
		{"garbage", "sometime last week", testNow, false},
		{"empty", "", testNow, false},
		{"far future", "Fri, 01 Jan 2100 00:00:00 +0000", testNow, false},
		{"slightly ahead", "Fri, 01 Aug 2025 20:00:00 +0000", time.Date(2025, 8, 1, 20, 0, 0, 0, time.UTC), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := `<rss version="2.0"><channel><title>T</title><item><guid>g</guid><title>x</title><pubDate>` + tt.pub + `</pubDate></item></channel></rss>`
			feed, err := Parse([]byte(body), "", testNow)
			if err != nil {
				t.Fatal(err)
			}
			it := feed.Items[0]
			if !it.Published.Equal(tt.want) || it.DateKnown != tt.known {
				t.Errorf("got %v known=%v, want %v known=%v", it.Published, it.DateKnown, tt.want, tt.known)
			}
		})
	}
}

func TestParseTextCap(t *testing.T) {
	long := strings.Repeat("é", 40000) // 80,000 bytes, 2 bytes a rune
	body := `<rss version="2.0"><channel><title>T</title><item><guid>g</guid><title>x</title><description>` + long + `</description></item></channel></rss>`
	feed, err := Parse([]byte(body), "", testNow)
	if err != nil {
		t.Fatal(err)
	}
	text := feed.Items[0].Text
	if len(text) > maxTextBytes || len(text) < maxTextBytes-4 || !utf8.ValidString(text) {
		t.Errorf("text is %d bytes (valid UTF-8: %v), want about %d", len(text), utf8.ValidString(text), maxTextBytes)
	}
}

func TestParseEncodings(t *testing.T) {
	const title = "Café Überwachung – naïve"
	doc := func(decl string) string {
		return `<?xml version="1.0"` + decl + `?><rss version="2.0"><channel><title>` + title + `</title><item><guid>g</guid><title>` + title + `</title></item></channel></rss>`
	}
	mustEncode := func(s string, enc interface{ Bytes([]byte) ([]byte, error) }) []byte {
		b, err := enc.Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	latin1 := mustEncode(doc(""), charmap.Windows1252.NewEncoder())
	tests := []struct {
		name string
		body []byte
	}{
		{"utf-8", []byte(doc(` encoding="utf-8"`))},
		{"utf-8 BOM", append([]byte("\xef\xbb\xbf"), doc("")...)},
		{"utf-16le BOM", mustEncode(doc(` encoding="utf-16"`), unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder())},
		{"utf-16be BOM", mustEncode(doc(` encoding="utf-16"`), unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder())},
		{"utf-16le no BOM", mustEncode(doc(` encoding="utf-16"`), unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder())},
		{"utf-32be BOM", mustEncode(doc(` encoding="utf-32"`), utf32.UTF32(utf32.BigEndian, utf32.UseBOM).NewEncoder())},
		{"utf-32le no BOM", mustEncode(doc(""), utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM).NewEncoder())},
		{"utf-8 declared utf-16", []byte(doc(` encoding="utf-16"`))},
		{"latin-1 undeclared", latin1},
		{"latin-1 declared utf-8", mustEncode(doc(` encoding="utf-8"`), charmap.Windows1252.NewEncoder())},
		{"iso-8859-1 declared", mustEncode(doc(` encoding="ISO-8859-1"`), charmap.Windows1252.NewEncoder())},
		{"utf-8 declared iso-8859-1", []byte(doc(` encoding="ISO-8859-1"`))},
		{"unknown label", []byte(doc(` encoding="no-such-charset"`))},
		{"gzip", gzipped(t, []byte(doc("")))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feed, err := Parse(tt.body, "", testNow)
			if err != nil {
				t.Fatal(err)
			}
			if feed.Title != title || len(feed.Items) != 1 || feed.Items[0].Title != title {
				t.Errorf("got title %q, %d items, want %q", feed.Title, len(feed.Items), title)
			}
		})
	}
}

func TestParseCharsetsFromCorpus(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"miniflux/encoding__koi8r.xml", "Пример RSS ленты"},
		{"miniflux/encoding__iso-8859-1.xml", "Café"},
		{"miniflux/encoding__windows-1252.xml", "Euro €"},
		{"miniflux/encoding__windows-1252-incorrect-prolog.xml", "Euro €"},
		{"miniflux/encoding__utf8-incorrect-prolog.xml", "테스트 피드"},
		{"miniflux/encoding__invalid-prolog.xml", "테스트 피드"},
		{"miniflux/parser__encoding_WINDOWS-1251.xml", "iBash.Org.Ru"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			feed := parseSharedFeed(t, tt.file, "", testNow)
			if feed.Title != tt.want {
				t.Errorf("title %q, want %q", feed.Title, tt.want)
			}
		})
	}
}

func TestParseDeclaredCharsets(t *testing.T) {
	tests := []struct{ file, wantInFirstTitle string }{
		{"miniflux/parser__encoding_WINDOWS-1251.xml", "Цитата"},
		{"miniflux/parser__encoding_ISO-8859-1.xml", "ü"},
		{"miniflux/parser__no_encoding_ISO-8859-1.xml", "à"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			feed := parseSharedFeed(t, tt.file, "", testNow)
			var all strings.Builder
			for _, it := range feed.Items {
				all.WriteString(it.Title + it.Text)
			}
			if strings.ContainsRune(all.String(), '\uFFFD') {
				t.Errorf("replacement character in the text: bytes were not decoded")
			}
			if !strings.Contains(feed.Items[0].Title+all.String(), tt.wantInFirstTitle) {
				t.Errorf("no %q in the items", tt.wantInFirstTitle)
			}
		})
	}
}

func TestParseCrowdStrikeDates(t *testing.T) {
	feed := parseSharedFeed(t, "security/crowdstrike.xml", "https://www.crowdstrike.com/blog/feed", testNow)
	for _, it := range feed.Items {
		if !it.DateKnown || it.Published.Year() != 2025 {
			t.Errorf("%q: Published %v known=%v, want its 2025 date read", it.Title, it.Published, it.DateKnown)
		}
	}
}

func TestParseNotAFeed(t *testing.T) {
	tests := []struct {
		name, body, want string // want "" means the document must be repaired and parsed
	}{
		{"empty", "", "not a feed: empty body"},
		{"html", "<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>", "not a feed: an HTML page"},
		{"other xml", `<?xml version="1.0"?><note><to>x</to></note>`, "not a feed"},
		{"text", "Service Unavailable", "not a feed"},
		{"json array", `[1,2,3]`, "not a feed"},
		{"json object", `{"hello": "world"}`, "not a feed"},
		{"broken gzip", "\x1f\x8b\x08garbage", "gzip"},
		{"truncated rss", `<rss version="2.0"><channel><title>T</title><item><title>`, ""},
		{"junk before prolog", "Warning: include(x.php) failed on line 3<br />\n" + `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>a</guid></item></channel></rss>`, ""},
		{"unquoted attribute", `<rss version=2.0><channel><title>T</title><item><guid>a</guid></item></channel></rss>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feed, err := Parse([]byte(tt.body), "", testNow)
			if tt.want == "" {
				if err != nil {
					t.Errorf("got %v, want the truncated feed repaired", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("got a feed with %d items, want an error", len(feed.Items))
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	root := sharedFeeds(b)
	body, err := os.ReadFile(filepath.Join(root, "security", "bleepingcomputer.xml"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := Parse(body, "https://www.bleepingcomputer.com/feed/", testNow); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseLarge(b *testing.B) {
	root := sharedFeeds(b)
	body, err := os.ReadFile(filepath.Join(root, "security", "cybersecurity-advisories.xml"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := Parse(body, "https://www.cisa.gov/cybersecurity-advisories/all.xml", testNow); err != nil {
			b.Fatal(err)
		}
	}
}
