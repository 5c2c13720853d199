package sources

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/vendorwatch/vendorwatch/trust"
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

// manyEntries builds a feed of n entries in the given format, entry i
// with GUID (or id) "i".
func manyEntries(format string, n int) []byte {
	var b strings.Builder
	switch format {
	case "rss":
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://x.example/</link>`)
		for i := range n {
			fmt.Fprintf(&b, `<item><guid>%d</guid><title>Item %d</title></item>`, i, i)
		}
		b.WriteString(`</channel></rss>`)
	case "rdf":
		b.WriteString(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">` +
			`<channel><title>T</title><link>https://x.example/</link></channel>`)
		for i := range n {
			fmt.Fprintf(&b, `<item rdf:about="https://x.example/%d"><title>Item %d</title><link>https://x.example/%d</link></item>`, i, i, i)
		}
		b.WriteString(`</rdf:RDF>`)
	case "atom", "atom (gofeed)":
		b.WriteString(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>`)
		for i := range n {
			date := "2025-07-01T10:00:00Z"
			if format == "atom (gofeed)" && i == 0 {
				date = "Tue, 01 Jul 2025 10:00:00 GMT" // not RFC 3339: parseAtom leaves the document to gofeed
			}
			fmt.Fprintf(&b, `<entry><id>%d</id><title>Item %d</title><updated>%s</updated></entry>`, i, i, date)
		}
		b.WriteString(`</feed>`)
	case "json":
		b.WriteString(`{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"id":"%d","title":"Item %d","tags":["a","b"]}`, i, i)
		}
		b.WriteString(`]}`)
	}
	return []byte(b.String())
}

// TestParseKeepsFirstEntries: a feed is read up to its first maxItems
// entries, newest first as feeds list them, in every format and through
// both Atom parsers.
func TestParseKeepsFirstEntries(t *testing.T) {
	for _, format := range []string{"rss", "rdf", "atom", "atom (gofeed)", "json"} {
		t.Run(format, func(t *testing.T) {
			feed, err := Parse(manyEntries(format, 2*maxItems+7), "https://x.example/feed", testNow)
			if err != nil {
				t.Fatal(err)
			}
			if len(feed.Items) != maxItems {
				t.Fatalf("got %d items, want the first %d", len(feed.Items), maxItems)
			}
			for i, it := range feed.Items {
				if want := fmt.Sprintf("Item %d", i); it.Title != want {
					t.Fatalf("item %d is %q, want %q", i, it.Title, want)
				}
			}
			if feed.Title != "T" {
				t.Errorf("feed title %q, want T", feed.Title)
			}
			few, err := Parse(manyEntries(format, maxItems), "https://x.example/feed", testNow)
			if err != nil || len(few.Items) != maxItems {
				t.Errorf("a feed of exactly %d entries: %d items, error %v", maxItems, len(bodyItems(few)), err)
			}
		})
	}
}

func bodyItems(f *Feed) []trust.Item {
	if f == nil {
		return nil
	}
	return f.Items
}

// TestParseRefusesComplexDocuments: a document nested deeper, or with
// more elements and attributes, than any real feed is refused before a
// parser builds its tree.
func TestParseRefusesComplexDocuments(t *testing.T) {
	const rssHead = `<rss version="2.0" xmlns:x="urn:x"><channel><title>T</title><item><title>a</title>`
	const rssTail = `</item></channel></rss>`
	tests := []struct {
		name, doc string
		refused   bool
	}{
		{"extension elements", rssHead + strings.Repeat(`<x:a/>`, maxXMLNodes) + rssTail, true},
		{"attributes", rssHead + `<x:a ` + strings.Repeat(`b="" `, maxXMLNodes) + `/>` + rssTail, true},
		{"nesting", rssHead + strings.Repeat(`<x:a>`, maxXMLDepth) + strings.Repeat(`</x:a>`, maxXMLDepth) + rssTail, true},
		{"atom nesting", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>a</title><content type="xhtml">` +
			strings.Repeat(`<div>`, maxXMLDepth) + strings.Repeat(`</div>`, maxXMLDepth) + `</content></entry></feed>`, true},
		{"elements within the limit", rssHead + strings.Repeat(`<x:a/>`, maxXMLNodes/2) + rssTail, false},
		{"nesting within the limit", rssHead + strings.Repeat(`<x:a>`, maxXMLDepth-10) + strings.Repeat(`</x:a>`, maxXMLDepth-10) + rssTail, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feed, err := Parse([]byte(tt.doc), "", testNow)
			switch {
			case tt.refused && (err == nil || !strings.Contains(err.Error(), "too complex")):
				t.Errorf("got %d items, error %v; want it refused as too complex", len(bodyItems(feed)), err)
			case !tt.refused && (err != nil || len(feed.Items) != 1):
				t.Errorf("got %d items, error %v; want the one item", len(bodyItems(feed)), err)
			}
		})
	}
}

// TestLimitCorpus: the limits leave every real-world feed as it is, but
// for the few with more than maxItems entries, which are cut.
func TestLimitCorpus(t *testing.T) {
	root, files := corpusFiles(t)
	cut := 0
	for _, rel := range files {
		body, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		if isGzip(body) {
			if body, err = gunzip(body, maxParseBody); err != nil {
				continue
			}
		}
		body = repairProlog(normaliseEncoding(body))
		var out []byte
		switch detectType(body) {
		case gofeed.FeedTypeRSS:
			out, err = limitXML(body, "item", 3, maxItems)
		case gofeed.FeedTypeAtom:
			out, err = limitXML(body, "entry", 2, maxItems)
		case gofeed.FeedTypeJSON:
			out = limitJSON(body, maxItems)
		default:
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		if bytes.Equal(out, body) {
			continue
		}
		cut++
		feed, err := Parse(body, "https://example.org/feed", corpusNow)
		if err != nil || len(feed.Items) == 0 || len(feed.Items) > maxItems {
			t.Errorf("%s: cut to %d of %d bytes, then %d items, error %v; want 1 to %d items",
				rel, len(out), len(body), len(bodyItems(feed)), err, maxItems)
		}
	}
	t.Logf("%d files, %d cut after %d entries", len(files), cut, maxItems)
}

func TestLimitXML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"under the limit", `<rss><channel><item/><item/></channel></rss>`, `<rss><channel><item/><item/></channel></rss>`},
		{"rss", `<rss><channel><title>T</title><item>1</item><item>2</item><item>3</item></channel></rss>`,
			`<rss><channel><title>T</title><item>1</item><item>2</item></channel></rss>`},
		{"prefixed and upper case", `<r:rss><r:channel><r:ITEM/><r:Item/><r:item/></r:channel></r:rss>`,
			`<r:rss><r:channel><r:ITEM/><r:Item/></r:channel></r:rss>`},
		{"rdf", `<rdf:RDF><channel/><item a="1"/><item a="2"/><item a="3"/></rdf:RDF>`, `<rdf:RDF><channel/><item a="1"/><item a="2"/></rdf:RDF>`},
		{"not markup", `<rss><channel><!-- <item/> --><![CDATA[<item/>]]><?pi <item/>?><!DOCTYPE rss [<!ENTITY e "<item/>">]>` +
			`<item a=">"/><item b='<item/>'/><item/></channel></rss>`,
			`<rss><channel><!-- <item/> --><![CDATA[<item/>]]><?pi <item/>?><!DOCTYPE rss [<!ENTITY e "<item/>">]>` +
				`<item a=">"/><item b='<item/>'/></channel></rss>`},
		{"deeper items are content", `<rss><channel><item><x><item/><item/></x></item><item/><item/></channel></rss>`,
			`<rss><channel><item><x><item/><item/></x></item><item/></channel></rss>`},
		{"unclosed", `<rss><channel><item><item><item>`, `<rss><channel><item><item><item>`},
		{"truncated", `<rss><channel><item/><item/><item`, `<rss><channel><item/><item/></channel></rss>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := limitXML([]byte(tt.in), "item", 3, 2)
			if err != nil || string(got) != tt.want {
				t.Errorf("limitXML(%q)\n got %q, %v\nwant %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestLimitJSON(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"under the limit", `{"items":[1,2]}`, `{"items":[1,2]}`},
		{"items", `{"items":[{"a":1},{"b":2},{"c":3}],"title":"t"}`, `{"items":[{"a":1},{"b":2}],"title":"t"}`},
		{"nested arrays", `{"items":[{"tags":["a","b","c","d"]},{"tags":[]},{"tags":["x","y","z"]}]}`,
			`{"items":[{"tags":["a","b"]},{"tags":[]}]}`},
		{"strings", `{"items":["[,]","\"],[","\\",",",4],"t":"]"}`, `{"items":["[,]","\"],["],"t":"]"}`},
		{"white space", "[ 1 ,\n2 , 3 ]", "[ 1 ,\n2 ]"},
		{"unbalanced", `]]],,,[`, `]]],,,[`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(limitJSON([]byte(tt.in), 2)); got != tt.want {
				t.Errorf("limitJSON(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzLimit: the cut documents stay well-formed.
func FuzzLimit(f *testing.F) {
	for _, s := range []string{`{"items":[{"a":[1,2,3]},2,3]}`, `["\"",[[],[]],{}]`, `<rss><channel><item/><item><a/></item><item/></channel></rss>`,
		`<feed><entry/><!-- x --><entry a=">"/><entry/></feed>`, `<a><![CDATA[<entry/>]]><entry/><entry/><entry/></a>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if out := limitJSON(in, 2); json.Valid(in) && !json.Valid(out) {
			t.Errorf("limitJSON(%q) = %q, not valid JSON", in, out)
		}
		out, err := limitXML(in, "entry", 2, 2)
		if err == nil && wellFormed(in) && !wellFormed(out) {
			t.Errorf("limitXML(%q) = %q, not well-formed", in, out)
		}
	})
}

// wellFormed reports whether encoding/xml reads b strictly to its end.
func wellFormed(b []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return false
		}
	}
}

// BenchmarkParseMillionEmptyEntries measures what the first maxItems
// entries of a million cost (the rest are cut before parsing).
func BenchmarkParseMillionEmptyEntries(b *testing.B) {
	docs := []struct{ name, doc string }{
		{"rss", `<rss version="2.0"><channel><title>T</title>` + strings.Repeat(`<item/>`, 1_000_000) + `</channel></rss>`},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>` + strings.Repeat(`<entry/>`, 1_000_000) + `</feed>`},
		{"json", `{"version":"https://jsonfeed.org/version/1.1","items":[{}` + strings.Repeat(`,{}`, 1_000_000-1) + `]}`},
	}
	for _, d := range docs {
		b.Run(d.name, func(b *testing.B) {
			body := []byte(d.doc)
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := Parse(body, "", testNow); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestStripsBidiControls: bidirectional embeddings, overrides, isolates
// and marks never reach a title or a text, written as characters or as
// references; the joiners scripts and emoji need stay.
func TestStripsBidiControls(t *testing.T) {
	for _, r := range []rune{0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x2060, 0xfff9} {
		for _, in := range []string{"Kaspersky" + string(r) + " banned", fmt.Sprintf("Kaspersky&#x%x; banned", r), "<p>Kaspersky" + string(r) + " banned</p>"} {
			if got := PlainText(in); got != "Kaspersky banned" {
				t.Errorf("PlainText(%+q) = %+q, want %q", in, got, "Kaspersky banned")
			}
			if got := plainTitle(in); got != "Kaspersky banned" {
				t.Errorf("plainTitle(%+q) = %+q, want %q", in, got, "Kaspersky banned")
			}
		}
	}
	for _, keep := range []string{"می\u200cخواهم", "👩\u200d💻", "مرحبا"} {
		if got := PlainText(keep); got != keep {
			t.Errorf("PlainText(%+q) = %+q, want it kept", keep, got)
		}
	}
	// "Kaspersky dennab" shown as "Kaspersky banned" by a right-to-left
	// override, in a feed's title.
	title := "Kaspersky \u202edennab\u202c and \u2067isolated\u2069"
	for name, doc := range map[string]string{
		"rss":  `<rss version="2.0"><channel><title>T</title><item><guid>g</guid><title>` + title + `</title><description>` + title + `</description></item></channel></rss>`,
		"atom": `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>g</id><title>` + title + `</title><content>` + title + `</content></entry></feed>`,
		"json": `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"g","title":"` + title + `","content_text":"` + title + `"}]}`,
	} {
		feed, err := Parse([]byte(doc), "", testNow)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		it := feed.Items[0]
		if want := "Kaspersky dennab and isolated"; it.Title != want || it.Text != want {
			t.Errorf("%s: title %+q, text %+q; want %q", name, it.Title, it.Text, want)
		}
	}
}

// TestItemLinksAreWebLinks: an item's link is an http(s) URL without user
// info, or none; a feed served over HTTP cannot put a script, a data: or
// file: URL, or a password into an alert.
func TestItemLinksAreWebLinks(t *testing.T) {
	links := []struct{ link, want string }{
		{"javascript:alert(document.cookie)", ""},
		{"JavaScript:alert(1)", ""},
		{" javascript:alert(1)", ""},
		{"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", ""},
		{"file:///etc/passwd", ""},
		{"vbscript:msgbox(1)", ""},
		{"mailto:a@b.example", ""},
		{"ftp://files.example/a", ""},
		{"https:no-host", ""},
		{"https://user:secret@news.example/a", "https://news.example/a"},
		{"https://user@news.example/b", "https://news.example/b"},
		{"HTTPS://News.Example/c", "https://News.Example/c"},
		{"//news.example/d", "http://news.example/d"}, // the feed is served over http
		{"/e?x=1", "/e?x=1"},                          // relative to the feed's server
		{"https://news.example/" + strings.Repeat("f", maxLinkBytes), ""},
	}
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>T</title>`)
	for i, l := range links {
		fmt.Fprintf(&b, "<item><guid>%d</guid><title>t%d</title><link>%s</link></item>", i, i, html.EscapeString(l.link))
	}
	b.WriteString(`</channel></rss>`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, b.String()) }))
	defer srv.Close()
	resp, err := NewFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL+"/feed", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	feed, err := Parse(resp.Body, resp.URL, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != len(links) {
		t.Fatalf("got %d items, want %d", len(feed.Items), len(links))
	}
	for i, l := range links {
		want := l.want
		if strings.HasPrefix(want, "/") {
			want = srv.URL + want
		}
		it := feed.Items[i]
		if it.Link != want {
			t.Errorf("link %q: got %q, want %q", l.link, it.Link, want)
		}
		if strings.Contains(it.Key+it.CanonicalLink, "secret") || strings.Contains(it.Key, "script") {
			t.Errorf("link %q: key %q, canonical %q", l.link, it.Key, it.CanonicalLink)
		}
	}

	// Atom: the first link that is a web page, whichever its rel.
	atom := `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><title>t</title>` +
		`<link href="javascript:alert(1)"/><link rel="self" href="https://u:p@news.example/x"/></entry></feed>`
	af, err := Parse([]byte(atom), "https://news.example/feed", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if got := af.Items[0].Link; got != "https://news.example/x" {
		t.Errorf("atom: link %q, want https://news.example/x", got)
	}
}

func FuzzWebLink(f *testing.F) {
	for _, s := range []string{"https://u:p@x.example/a?b#c", "javascript:x", "//x.example/", "/a/../b", "HTTP://X/%zz", "http://[::1]:80/"} {
		f.Add(s)
	}
	base, _ := url.Parse("https://base.example/feed/")
	f.Fuzz(func(t *testing.T, raw string) {
		got := webLink(raw, base)
		if got == "" {
			return
		}
		u, err := url.Parse(got)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.User != nil || u.Hostname() == "" || len(got) > maxLinkBytes {
			t.Fatalf("webLink(%q) = %q, not a web link without user info", raw, got)
		}
		if again := webLink(got, nil); again != got {
			t.Errorf("webLink(%q) = %q, then %q", raw, got, again)
		}
	})
}
