package sources

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"
)

// The oracle for parseAtom is gofeed's own Atom parser and translator
// (parseGofeedAtom), compared through the whole of Parse: the same bytes
// must give the same Feed, item by item.
//
// parseAtom leaves out two steps of gofeed's parseAtomText that run text
// through golang.org/x/net/html (stripWrappingDiv, and ResolveHTML when an
// xml:base is in scope). gofeedHTML below is those two steps copied from
// gofeed v1.4.2 (internal/shared/xmlbase.go and atom/parser.go, MIT
// licence); parseAtom given them must match gofeed exactly on any input,
// which checks everything else it does. Without them, the result matches on
// every Atom document of the corpus; it differs only where the HTML parser
// rebuilds markup so that its text changes, and there the fast path keeps
// the text as the feed wrote it (atomDifferences lists the cases).

// atomOracleURL is the feed URL the comparisons use; "" makes links resolve
// against the feed's own link instead.
var atomOracleURLs = []string{"https://example.org/feed", ""}

// gofeedHTML is parseAtom with gofeed's x/net/html steps.
var gofeedHTML = atomHTML{stripWrappingDiv: gofeedStripWrappingDiv, resolveHTML: gofeedResolveHTML}

func parseAtomGofeedHTML(body []byte) (*gofeed.Feed, error) { return parseAtomWith(body, gofeedHTML) }

// gofeedStripWrappingDiv is gofeed's atom.(*Parser).stripWrappingDiv.
func gofeedStripWrappingDiv(content string) string {
	doc, err := html.Parse(strings.NewReader(content))
	if err != nil {
		return content
	}
	body := gofeedFindElement(doc, "body")
	if body == nil {
		return content
	}
	var div *html.Node
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if div != nil || c.Data != "div" {
			return content
		}
		div = c
	}
	if div == nil {
		return content
	}
	var buf bytes.Buffer
	for c := div.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(&buf, c); err != nil {
			return content
		}
	}
	return buf.String()
}

func gofeedFindElement(n *html.Node, name string) *html.Node {
	if n.Type == html.ElementNode && n.Data == name {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if found := gofeedFindElement(c, name); found != nil {
			return found
		}
	}
	return nil
}

// gofeedResolveHTML is gofeed's shared.ResolveHTML (resolveURL is its
// XmlBaseResolveUrl as ResolveHTML uses it).
func gofeedResolveHTML(base *url.URL, relHTML string) string {
	if base == nil {
		return relHTML
	}
	doc, err := html.Parse(strings.NewReader(relHTML))
	if err != nil {
		return relHTML
	}
	uriAttrs := map[string]bool{
		"action": true, "background": true, "cite": true, "codebase": true,
		"data": true, "href": true, "poster": true, "profile": true,
		"scheme": true, "src": true, "uri": true, "usemap": true,
	}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for i, a := range n.Attr {
				if uriAttrs[a.Key] {
					n.Attr[i].Val = resolveURL(base, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	var w bytes.Buffer
	if err := html.Render(&w, doc); err != nil {
		return relHTML
	}
	s := strings.TrimPrefix(w.String(), "<html><head></head><body>")
	return strings.TrimSuffix(s, "</body></html>")
}

// atomResults parses body three ways: the fast path, the fast path with
// gofeed's HTML steps, and gofeed.
type atomResults struct {
	fast, fastHTML, gofeed          *Feed
	fastErr, fastHTMLErr, gofeedErr error
}

func parseAtomThreeWays(body []byte, feedURL string, now time.Time) atomResults {
	var r atomResults
	r.fast, r.fastErr = parse(body, feedURL, now, parseAtom)
	r.fastHTML, r.fastHTMLErr = parse(body, feedURL, now, parseAtomGofeedHTML)
	r.gofeed, r.gofeedErr = parse(body, feedURL, now, nil)
	return r
}

// feedDiff describes the first difference between two parsed feeds, or "".
func feedDiff(got, want *Feed) string {
	if got == nil || want == nil {
		if got != want {
			return fmt.Sprintf("feed %v, want %v", got, want)
		}
		return ""
	}
	if got.Title != want.Title {
		return fmt.Sprintf("feed title %q, want %q", got.Title, want.Title)
	}
	if got.TTL != want.TTL {
		return fmt.Sprintf("TTL %v, want %v", got.TTL, want.TTL)
	}
	if got.RepeatedGUIDs != want.RepeatedGUIDs {
		return fmt.Sprintf("RepeatedGUIDs %d, want %d", got.RepeatedGUIDs, want.RepeatedGUIDs)
	}
	for i := range max(len(got.Items), len(want.Items)) {
		if i >= len(got.Items) || i >= len(want.Items) {
			return fmt.Sprintf("%d items, want %d", len(got.Items), len(want.Items))
		}
		g, w := got.Items[i], want.Items[i]
		gv, wv := reflect.ValueOf(g), reflect.ValueOf(w)
		for f := range gv.NumField() {
			if !reflect.DeepEqual(gv.Field(f).Interface(), wv.Field(f).Interface()) {
				return fmt.Sprintf("item %d: %s %.300q, want %.300q", i, gv.Type().Field(f).Name,
					fmt.Sprint(gv.Field(f).Interface()), fmt.Sprint(wv.Field(f).Interface()))
			}
		}
	}
	if !reflect.DeepEqual(got, want) {
		return "feeds differ"
	}
	return ""
}

// prepared is the body as Parse hands it to the parsers.
func prepared(body []byte) []byte {
	if isGzip(body) {
		if b, err := gunzip(body, maxParseBody); err == nil {
			body = b
		}
	}
	return repairProlog(normaliseEncoding(body))
}

// isAtomDocument reports whether Parse would read body with an Atom
// parser, first time or after repairXML.
func isAtomDocument(body []byte) bool {
	b := prepared(body)
	return detectType(b) == gofeed.FeedTypeAtom || detectType(repairXML(b)) == gofeed.FeedTypeAtom
}

// atomCorpus returns every Atom document under ../shared/feeds/dir, by
// path relative to ../shared/feeds.
func atomCorpus(tb testing.TB, dir string) map[string][]byte {
	tb.Helper()
	return feedCorpus(tb, dir, isAtomDocument)
}

// feedCorpus returns every document under ../shared/feeds/dir that keep
// takes, by path relative to ../shared/feeds.
func feedCorpus(tb testing.TB, dir string, keep func(body []byte) bool) map[string][]byte {
	tb.Helper()
	root := sharedFeeds(tb)
	docs := map[string][]byte{}
	err := filepath.WalkDir(filepath.Join(root, dir), func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.HasPrefix(e.Name(), "LICENSE") || strings.HasSuffix(e.Name(), ".md") {
			return err
		}
		body, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if keep(body) {
			rel, _ := filepath.Rel(root, path)
			docs[filepath.ToSlash(rel)] = body
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

func TestAtomOracleCorpus(t *testing.T) {
	checkOracleCorpus(t, "Atom", atomCorpus(t, "."), "the fast path", ownAtomReads, compareAtom)
}

// checkOracleCorpus holds a reader to gofeed on every document of a
// corpus of a kind, each a subtest: compare reports the differences and
// returns the items compared, ownReads whether the reader (named so in
// the log) reads the document itself rather than leaving it to gofeed.
func checkOracleCorpus(t *testing.T, kind string, docs map[string][]byte, reader string,
	ownReads func(body []byte) error, compare func(t *testing.T, body []byte, now time.Time) (items int)) {
	t.Helper()
	if len(docs) == 0 {
		t.Fatalf("no %s documents in the corpus", kind)
	}
	names := make([]string, 0, len(docs))
	for rel := range docs {
		names = append(names, rel)
	}
	sort.Strings(names)
	items, own := 0, 0
	for i, rel := range names {
		body := docs[rel]
		t.Run(rel, func(t *testing.T) {
			// The race detector makes this ten times slower and has
			// nothing to find in single-goroutine code: sample as
			// TestParseCorpus does.
			if raceEnabled && (i%5 != 0 || len(body) > 300<<10) {
				t.Skip("sampled out under the race detector")
			}
			if err := ownReads(body); err == nil {
				own++
			} else {
				t.Logf("left to gofeed: %v", err)
			}
			items += compare(t, body, corpusNow)
		})
	}
	t.Logf("%d %s documents (%d read by %s itself, the rest left to gofeed), %d items compared for each of %d feed URLs",
		len(docs), kind, own, reader, items/len(atomOracleURLs), len(atomOracleURLs))
}

// ownAtomReads reports whether parseAtom itself reads the document as
// Parse first hands it over, rather than leaving it to gofeed.
func ownAtomReads(body []byte) error {
	_, err := parseAtom(prepared(body))
	return err
}

// compareAtom parses body with the fast path, with the fast path taking
// gofeed's HTML steps, and with gofeed's alone, and reports any
// difference.
func compareAtom(t *testing.T, body []byte, now time.Time) (items int) {
	t.Helper()
	for _, feedURL := range atomOracleURLs {
		r := parseAtomThreeWays(body, feedURL, now)
		if (r.fastErr != nil) != (r.gofeedErr != nil) || (r.fastHTMLErr != nil) != (r.gofeedErr != nil) {
			t.Fatalf("feed URL %q: errors: fast %v, fast with gofeed's HTML %v, gofeed %v", feedURL, r.fastErr, r.fastHTMLErr, r.gofeedErr)
		}
		if d := feedDiff(r.fast, r.gofeed); d != "" {
			t.Errorf("feed URL %q: fast path differs from gofeed: %s", feedURL, d)
		}
		if d := feedDiff(r.fastHTML, r.gofeed); d != "" {
			t.Errorf("feed URL %q: fast path with gofeed's HTML steps differs from gofeed: %s", feedURL, d)
		}
		if r.gofeed != nil {
			items += len(r.gofeed.Items)
		}
	}
	return items
}

// atomDoc wraps entries in an Atom 1.0 feed.
func atomDoc(entries string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href="https://site.example/"/>` + entries + `</feed>`
}

// atomEdgeCases are hand-written documents where the fast path most easily
// parts from gofeed. fast says the fast path reads the document itself
// rather than leaving it to gofeed.
var atomEdgeCases = []struct {
	name string
	doc  string
	fast bool
}{
	// skipText: text it skips and text it must leave to the decoder.
	{"escaped html content with character references", atomDoc(`<entry><id>a</id><content type="html">&lt;p&gt;AT&amp;T&#8217;s &#x2014; ban&lt;/p&gt;</content></entry>`), true},
	{"text after a self-closing child", atomDoc(`<entry><id>a</id><content type="xhtml"><div><br/>after the break</div></content><summary type="html">s<b/>tail</summary></entry>`), true},
	{"text after a mismatched end tag", atomDoc(`<entry><id>a</id><content type="xhtml"><div><i>x y</div></content><title>t<b>u</title></entry>`), true},
	{"reference to a character XML forbids", atomDoc(`<entry><id>a</id><content type="html">bad &#1; ref</content></entry>`), false},
	{"]]> outside CDATA", atomDoc(`<entry><id>a</id><content type="html">a ]]> b</content></entry>`), false},
	{"xhtml with wrapping div", atomDoc(`<entry><id>a</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">AT&amp;T &lt;Entity List&gt; <b>now</b></div></title>
		<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>world</b></p><p>Two&#160;&amp; three</p></div></content></entry>`), true},
	{"xhtml without wrapping div", atomDoc(`<entry><id>a</id><content type="xhtml"><p>One</p><p>Two</p></content></entry>`), true},
	{"xhtml with prefixed div", atomDoc(`<entry><id>a</id><content type="xhtml"><x:div xmlns:x="http://www.w3.org/1999/xhtml"><x:p>One</x:p></x:div></content></entry>`), true},
	{"xhtml text beside the div", atomDoc(`<entry><id>a</id><content type="xhtml">Lead <div>Body</div> tail</content></entry>`), true},
	{"xhtml empty div, summary used", atomDoc(`<entry><id>a</id><summary>The summary</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
		</div></content></entry><entry><id>b</id><summary>Second summary</summary><content type="xhtml"><DIV>&#160;</DIV></content></entry>
		<entry><id>c</id><summary>Third</summary><content type="xhtml"><div/></content></entry>`), true},
	{"html with entities", atomDoc(`<entry><id>a</id><title type="html">AT&amp;amp;T &amp;copy; &lt;b&gt;bold&lt;/b&gt; &amp;lt;Entity List&amp;gt;</title>
		<content type="html">&lt;p&gt;Kaspersky &amp;amp; &amp;nbsp;friends &amp;copy=2; &amp;#150; &amp;#x41;&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</content></entry>`), true},
	{"html with elements", atomDoc(`<entry><id>a</id><content type="html"><div>&lt;b&gt;x&lt;/b&gt; &amp;amp; y</div></content></entry>
		<entry><id>b</id><content type="html"><p>one</p><div>two</div></content></entry>`), true},
	{"html in CDATA", atomDoc(`<entry><id>a</id><title type="html"><![CDATA[Huawei &amp; ZTE <em>banned</em>]]></title>
		<content type="html">lead &amp;amp; <![CDATA[<p>Kaspersky &amp; friends</p>]]> &lt;tail&gt; <![CDATA[more]]></content></entry>`), true},
	{"unterminated CDATA marker in text", atomDoc(`<entry><id>a</id><content type="html">&lt;![CDATA[ no end</content></entry>`), true},
	{"text type with markup characters", atomDoc(`<entry><id>a</id><title type="text">Huawei added to the &lt;Entity List&gt; &amp; more</title>
		<summary>1 &lt; 2 &amp;&amp; 3 &gt; 2 &amp;nbsp; <b>inner</b></summary></entry>`), true},
	{"text/plain and unknown types", atomDoc(`<entry><id>a</id><summary type="text/plain">a &amp;lt; b</summary><content type="application/x-custom">c &amp;lt; d</content></entry>`), true},
	{"base64 mode", atomDoc(`<entry><id>a</id><content mode="base64">PHA+SGVsbG8gPGI+YmFzZTY0PC9iPjwvcD4=</content><summary type="image/png">aGk=</summary></entry>
		<entry><id>b</id><content mode="BASE64">not base64!</content></entry>`), true},
	{"Atom 0.3 modes", atomDoc(`<entry><id>a</id><content mode="xml"><p>x &amp;amp; y</p></content><summary mode="escaped">&lt;b&gt;e&lt;/b&gt; &amp;amp;</summary></entry>
		<entry><id>b</id><title type="HTML">&lt;i&gt;Upper&lt;/i&gt; type</title><content type="application/xhtml+xml"><div><p>x</p></div></content></entry>`), true},
	{"nested xml:base and relative links", `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/blog/"><title>T</title><link href="index.html"/>
		<entry xml:base="posts/"><id>one</id><link href="one.html"/><title type="html">&lt;a href="x"&gt;One&lt;/a&gt;</title>
		<content type="html" xml:base="/other/">&lt;p&gt;&lt;img src="i.png"&gt;Text&lt;/p&gt;</content></entry>
		<entry xml:base="http://elsewhere.example/a/b"><id>two</id><link href="../up"/><link rel="alternate" href="?q=1" xml:base="c/"/></entry>
		<entry><link href=" spaced path/x y"/><link href=""/></entry></feed>`, true},
	{"relative links without base", atomDoc(`<entry><id>a</id><link href="/posts/1?utm_source=x#frag"/></entry><entry><link href="rel/2"/><title>b</title></entry>`), true},
	{"missing ids", atomDoc(`<entry><title>One</title><link href="https://site.example/1"/></entry><entry><title>Two</title><content>Body</content></entry><entry><title>Two</title><content>Body</content></entry>`), true},
	{"repeated ids", atomDoc(`<entry><id>same</id><title>One</title></entry><entry><id>same</id><title>Two</title></entry>`), true},
	{"multiple links with rel", atomDoc(`<entry><id>a</id><link rel="self" href="https://site.example/self"/><link rel="enclosure" href="https://site.example/file.mp3"/>
		<link rel="alternate" type="text/html" href="https://site.example/alt"/><link href="https://site.example/norel"/></entry>
		<entry><id>b</id><link rel="replies" href="https://site.example/replies"/><link rel="self" href="https://site.example/self2"/></entry>
		<entry><id>c</id><link rel="Alternate" href="https://site.example/case"/><link HREF="https://site.example/upper"/></entry>`), true},
	{"Atom 0.3", `<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title><link rel="alternate" type="text/html" href="http://old.example/"/>
		<entry><title>Zero three</title><link rel="alternate" type="text/html" href="http://old.example/1"/><id>tag:old.example,2004:1</id>
		<issued>2004-01-02T03:04:05Z</issued><modified>2004-01-03T03:04:05Z</modified><author><name>Old Author</name></author>
		<content type="text/html" mode="escaped">&lt;p&gt;Escaped &amp;amp; fine&lt;/p&gt;</content></entry></feed>`, true},
	{"no namespace", `<feed><title>Bare</title><entry><title>No ns</title><id>x</id><updated>2024-05-01T00:00:00+02:00</updated></entry></feed>`, true},
	{"prefixed Atom", `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title><a:entry><a:title>Prefixed</a:title><a:id>p1</a:id><a:link href="https://p.example/1"/></a:entry></a:feed>`, true},
	{"entries with source", atomDoc(`<entry><id>a</id><title>Entry title</title><source><title>Source title</title><id>source-id</id><link href="https://other.example/"/>
		<author><name>Source author</name></author><updated>2020-01-01T00:00:00Z</updated></source><link href="https://site.example/a"/></entry>`), true},
	{"foreign elements named like Atom ones", atomDoc(`<entry xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
		<media:title>Foreign title</media:title><id>a</id><title>Atom title</title><media:link href="https://wrong.example/"/><link href="https://right.example/"/>
		<dc:creator>DC Creator</dc:creator><media:content url="https://wrong.example/v.mp4"><media:title>Inner</media:title></media:content>
		<undeclared:title>Undeclared prefix</undeclared:title><summary xmlns="urn:other">Other default namespace</summary></entry>
		<entry><id>b</id><author><media:name xmlns:media="http://search.yahoo.com/mrss/">Any namespace name</media:name></author></entry>`), true},
	{"authors", atomDoc(`<entry><id>a</id><author><name> </name></author><author><name>Second &amp;amp; Co</name><email>x@y</email></author></entry>
		<entry><id>b</id><author><email>only@mail</email></author><author><name>First</name><name>Last name wins</name></author></entry>
		<entry><id>c</id><author><name type="html">&lt;b&gt;HTML&lt;/b&gt; name</name></author><contributor><name>Contributor</name></contributor></entry>`), true},
	{"dates", atomDoc(`<entry><id>a</id><published>2024-02-03T04:05:06.789-05:00</published><updated>2024-02-04T00:00:00Z</updated></entry>
		<entry><id>b</id><updated> 2024-02-05T00:00:00Z </updated></entry>
		<entry><id>c</id><published>1969-12-31T23:59:59Z</published><updated>2024-02-06T00:00:00Z</updated></entry>
		<entry><id>d</id><published>2099-01-01T00:00:00Z</published></entry>
		<entry><id>e</id><published></published><updated>2024-02-07T00:00:00Z</updated></entry>
		<entry><id>f</id><updated>2011-10-30</updated></entry><entry><id>g</id><published>2011-1-5</published></entry>
		<entry><id>h</id><published>0001-01-01</published><updated>2012-02-29</updated></entry>`), true},
	{"bare dates gofeed does not read", atomDoc(`<entry><id>a</id><published>2011-13-40</published></entry>`), false},
	{"dates gofeed reads in other layouts", atomDoc(`<entry><id>a</id><published>Mon, 02 Jan 2006 15:04:05 -0700</published></entry>
		<entry><id>b</id><updated>Jul 23, 2025 00:00:00-0500</updated></entry><entry><id>c</id><published>not a date</published></entry>`), false},
	{"ids as URLs", `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/dir"><entry><id>relative/id</id></entry><entry><id>http://example.com/a b</id></entry>
		<entry><id>tag:example.com,2024:1</id></entry><entry><id>  http://[bad</id></entry><entry><id>%zz</id></entry></feed>`, true},
	{"mismatched end tags", atomDoc(`<entry><id>a</id><title>One</titl><content>Body</content></entry><entry><id>b</id><title>Two</title></entry>`), true},
	{"stray end tag in content", atomDoc(`<entry><id>a</id><content type="xhtml"><div>x</content></entry>`), true},
	// A mismatched end tag inside the div: the HTML parser opens the
	// formatting elements it left open again for the text after the div,
	// which then is not unwrapped, and drops that text after others.
	{"mismatched end tag in the div, text after it", atomDoc(`<entry><id>a</id><content type="xhtml"><div><i>x</div>tail</content><title type="xhtml"><div><span>y</div>tail</title></entry>`), false},
	{"mismatched end tag inside the div's child, text after it", atomDoc(`<entry><id>a</id><content type="xhtml"><div><b><i>x</b></div> <!-- c --></content></entry>`), false},
	{"mismatched end tag in an html div, text after it", atomDoc(`<entry><id>a</id><content type="html"><div><A>x</div>tail</content></entry>`), false},
	{"mismatched end tag in the div, nothing after it", atomDoc(`<entry><id>a</id><content type="xhtml"><div><i>x</div> </content><summary type="xhtml">
		<div><b><i>y</b></div>
		</summary></entry>`), true},
	{"mismatched end tag in text, text after it", atomDoc(`<entry><id>a</id><content type="text"><div><i>x</div>tail</content><title><div><i>y</div>tail</title></entry>`), true},
	{"truncated", atomDoc(`<entry><id>a</id><title>Complete</title></entry><entry><id>b</id><title>Cut`)[:180], false},
	{"truncated in CDATA", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><content type="html"><![CDATA[<p>cut`, false},
	{"garbage after the root", atomDoc(`<entry><id>a</id></entry>`) + `<junk><<<&&&`, true},
	{"unquoted attributes", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><link href=https://q.example/x /><title type=html>&lt;b&gt;Q&lt;/b&gt;</title></entry></feed>`, false},
	{"undefined entities", atomDoc(`<entry><id>a</id><title>Caf&eacute; &nbsp;&AMP;lt;x&gt; &#150;</title><content type="html">&copy; &mdash;&lt;p&gt;</content></entry>`), true},
	{"control bytes", atomDoc("<entry><id>a\x01</id><title>Con\x0btrol\x00 bytes</title><content type=\"html\">&lt;p&gt;x\x1f&lt;/p&gt;</content></entry>"), true},
	{"CRLF", strings.ReplaceAll(atomDoc("<entry>\n<id>a</id>\n<title>Line\none</title>\n<content type=\"html\">&lt;p&gt;one\ntwo&lt;/p&gt;\n\n&lt;p&gt;three&lt;/p&gt;</content>\n</entry>"), "\n", "\r\n"), true},
	{"ISO-8859-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Caf\xe9</title><entry><id>a</id><title>D\xe9j\xe0 vu</title><content type=\"html\">&lt;p&gt;\xa9 \xe9t\xe9&lt;/p&gt;</content></entry></feed>", true},
	{"two charset switches", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><?xml version=\"1.0\" encoding=\"windows-1252\"?><entry><id>a</id><title>D\xe9j\xe0 \x80</title></entry></feed>", false},
	{"unknown charset", "<?xml version=\"1.0\" encoding=\"x-no-such\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>a</id></entry></feed>", true},
	{"self-closing script in xhtml", atomDoc(`<entry><id>a</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><script src="x.js"/><p>Visible</p></div></content></entry>`), false},
	{"self-closing script in html without base", atomDoc(`<entry><id>a</id><content type="html">&lt;style/&gt;&lt;p&gt;Shown&lt;/p&gt;</content></entry>`), true},
	{"root not feed", `<?xml version="1.0"?><!-- a feed --><feed/>`, true},
	{"empty feed", `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`, true},
	{"upper-case names", `<FEED xmlns="http://www.w3.org/2005/Atom"><TITLE>Up</TITLE><ENTRY><ID>u</ID><TITLE>Upper</TITLE><LINK HREF="https://u.example/" href="https://lower.example/"/></ENTRY></FEED>`, true},
	{"comments and PIs", atomDoc(`<!-- c --><entry><?pi x?><id>a<!-- inside --></id><title>A <!-- c --> B</title><content type="html"><!-- only a comment --></content><summary>S</summary></entry>`), true},
	{"doctype with entities", `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY custom "Custom">]><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><title>&custom; entity</title></entry></feed>`, true},
}

// atomDifferences are inputs on which the fast path's text differs from
// gofeed's because gofeed rebuilds the markup with an HTML parser; want is
// the fast path's result, with why it is the better one.
var atomDifferences = []struct {
	name, doc string
	field     string // "title" or "text" of the first item
	want, why string
}{
	{
		name:  "table with stray text, under xml:base",
		doc:   atomDoc(`<entry xml:base="https://site.example/"><id>a</id><content type="html">&lt;table&gt;&lt;tr&gt;&lt;td&gt;first&lt;/td&gt;&lt;/tr&gt;second&lt;/table&gt;</content></entry>`),
		field: "text", want: "first\n\nsecond",
		why: "the HTML parser moves text out of a table (foster parenting), so gofeed puts 'second' before 'first'; the feed's order is kept",
	},
	{
		name:  "unknown tag in an html title, under xml:base",
		doc:   atomDoc(`<entry xml:base="https://site.example/"><id>a</id><title type="html">Huawei added to the &lt;Entity List&gt;</title></entry>`),
		field: "title", want: "Huawei added to the <Entity List>",
		why: `gofeed renders "<Entity List>" back as "<entity list=""></entity>"; the title as written is kept`,
	},
	{
		name:  "title element at the start of html content, under xml:base",
		doc:   atomDoc(`<entry xml:base="https://site.example/"><id>a</id><content type="html">&lt;title&gt;Heading&lt;/title&gt;&lt;p&gt;Body&lt;/p&gt;</content></entry>`),
		field: "text", want: "Heading\n\nBody",
		why: "the HTML parser moves a leading <title> into <head>, which PlainText skips, so gofeed loses 'Heading'",
	},
	{
		name:  "stray end tag of a block, under xml:base",
		doc:   atomDoc(`<entry xml:base="https://site.example/"><id>a</id><content type="html">one&lt;/div&gt;two</content></entry>`),
		field: "text", want: "one\n\ntwo",
		why: "the HTML parser drops an end tag that closes nothing, so gofeed runs 'onetwo' together; PlainText keeps the block break it does everywhere else",
	},
}

func TestAtomOracleEdgeCases(t *testing.T) {
	for _, tc := range atomEdgeCases {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(tc.doc)
			if err := ownAtomReads(body); (err == nil) != tc.fast {
				t.Errorf("parseAtom error %v, want the fast path to read it: %v", err, tc.fast)
			}
			compareAtom(t, body, testNow)
		})
	}
}

func TestAtomOracleDifferences(t *testing.T) {
	for _, tc := range atomDifferences {
		t.Run(tc.name, func(t *testing.T) {
			r := parseAtomThreeWays([]byte(tc.doc), atomOracleURLs[0], testNow)
			if r.fastErr != nil || r.fastHTMLErr != nil || r.gofeedErr != nil {
				t.Fatalf("errors: fast %v, fast with gofeed's HTML %v, gofeed %v", r.fastErr, r.fastHTMLErr, r.gofeedErr)
			}
			// With gofeed's HTML steps the result is gofeed's: the
			// difference comes from them alone.
			if d := feedDiff(r.fastHTML, r.gofeed); d != "" {
				t.Errorf("fast path with gofeed's HTML steps differs from gofeed: %s", d)
			}
			if len(r.fast.Items) == 0 || len(r.gofeed.Items) == 0 {
				t.Fatal("no items")
			}
			got, gofeedGot := r.fast.Items[0].Text, r.gofeed.Items[0].Text
			if tc.field == "title" {
				got, gofeedGot = r.fast.Items[0].Title, r.gofeed.Items[0].Title
			}
			if got != tc.want {
				t.Errorf("fast %s %q, want %q", tc.field, got, tc.want)
			}
			if gofeedGot == tc.want {
				t.Errorf("gofeed's %s is %q too: no longer a difference", tc.field, gofeedGot)
			}
		})
	}
}

func FuzzAtomOracle(f *testing.F) {
	for _, tc := range atomEdgeCases {
		f.Add([]byte(tc.doc))
	}
	for _, tc := range atomDifferences {
		f.Add([]byte(tc.doc))
	}
	f.Add(readTestdata(f, "small_atom.xml"))
	if dir, err := shareddir.Find(); err == nil {
		if _, err := os.Stat(filepath.Join(dir, "feeds")); err == nil {
			for _, body := range atomCorpus(f, ".") {
				// Large documents make slow fuzzing inputs: their first
				// entries are seed enough.
				f.Add(body[:min(len(body), 8<<10)])
			}
		}
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		const feedURL = "https://example.org/feed"
		r := parseAtomThreeWays(body, feedURL, testNow)
		if r.gofeedErr != nil || r.fastHTMLErr != nil {
			return
		}
		// Whether gofeed's HTML steps rewrite any text of this input.
		htmlRan := false
		spy := atomHTML{
			stripWrappingDiv: func(s string) string {
				out := gofeedStripWrappingDiv(s)
				htmlRan = htmlRan || out != s
				return out
			},
			resolveHTML: func(base *url.URL, s string) string {
				htmlRan = htmlRan || base != nil
				return gofeedResolveHTML(base, s)
			},
		}
		parse(body, feedURL, testNow, func(b []byte) (*gofeed.Feed, error) { return parseAtomWith(b, spy) })
		// Both succeeded: with gofeed's HTML steps the fast path must
		// give gofeed's result exactly.
		if d := feedDiff(r.fastHTML, r.gofeed); d != "" {
			t.Fatalf("fast path with gofeed's HTML steps differs from gofeed: %s", d)
		}
		// Without them the text may differ only where those steps
		// rewrite markup (atomDifferences); nothing else can.
		if r.fastErr != nil {
			t.Fatalf("fast path failed where gofeed did not: %v", r.fastErr)
		}
		if !htmlRan {
			if d := feedDiff(r.fast, r.gofeed); d != "" {
				t.Fatalf("fast path differs from gofeed where gofeed parses no HTML: %s", d)
			}
		}
	})
}
