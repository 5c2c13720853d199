package sources

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"
)

// The oracle for parseRSS is gofeed's own RSS parser and translator
// (parseGofeedRSS), compared through the whole of Parse: the same bytes
// must give the same Feed, item by item, on every RSS document of the
// corpus, on the edge cases below and under fuzzing.

var (
	withOwnRSS = feedReaders{atom: parseAtom, rss: parseRSS}
	gofeedRSS  = feedReaders{atom: parseAtom}
)

// isRSSDocument reports whether Parse would read body as RSS, first time
// or after repairXML.
func isRSSDocument(body []byte) bool {
	b := prepared(body)
	return detectType(b) == gofeed.FeedTypeRSS || detectType(repairXML(b)) == gofeed.FeedTypeRSS
}

// ownRSSReads reports whether parseRSS itself reads the document as Parse
// first hands it over, rather than leaving it to gofeed.
func ownRSSReads(body []byte) error {
	b := prepared(body)
	if detectType(b) != gofeed.FeedTypeRSS {
		return errRSSFallback
	}
	b, err := limitXML(b, "item", 3, maxItems)
	if err != nil {
		return err
	}
	_, _, err = parseRSS(b)
	return err
}

// rssCorpus returns every RSS document under ../shared/feeds/dir, by path
// relative to ../shared/feeds.
func rssCorpus(tb testing.TB, dir string) map[string][]byte {
	tb.Helper()
	return feedCorpus(tb, dir, isRSSDocument)
}

// compareRSS parses body with the own reader and with gofeed's alone and
// reports any difference.
func compareRSS(t *testing.T, body []byte, now time.Time) (items int) {
	t.Helper()
	for _, feedURL := range atomOracleURLs {
		own, ownErr := parseWith(body, feedURL, now, withOwnRSS)
		want, wantErr := parseWith(body, feedURL, now, gofeedRSS)
		if (ownErr != nil) != (wantErr != nil) {
			t.Fatalf("feed URL %q: errors: own reader %v, gofeed %v", feedURL, ownErr, wantErr)
		}
		if d := feedDiff(own, want); d != "" {
			t.Errorf("feed URL %q: own reader differs from gofeed: %s", feedURL, d)
		}
		if want != nil {
			items += len(want.Items)
		}
	}
	return items
}

func TestRSSOracleCorpus(t *testing.T) {
	checkOracleCorpus(t, "RSS", rssCorpus(t, "."), "the own reader", ownRSSReads, compareRSS)
}

// rssDoc wraps items in an RSS 2.0 channel that declares the usual
// extension namespaces.
func rssDoc(items string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:atom="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title><link>https://site.example/</link>` +
		items + `</channel></rss>`
}

// rssEdgeCases are hand-written documents where the own reader most easily
// parts from gofeed. own says it reads the document itself rather than
// leaving it to gofeed.
var rssEdgeCases = []struct {
	name string
	doc  string
	own  bool
}{
	{"plain items", rssDoc(`<item><title>Kaspersky banned</title><link>https://site.example/1</link><guid isPermaLink="false">g1</guid>
		<pubDate>Tue, 01 Jul 2025 10:00:00 +0000</pubDate><description>&lt;p&gt;Body &amp;amp; more&lt;/p&gt;</description><author>a@site.example (Ann Author)</author></item>
		<item><title>Two</title><link>https://site.example/2</link><pubDate>Tue, 01 Jul 2025 10:00:00 GMT</pubDate><author>Bob Writer</author></item>`), true},
	{"content encoded", rssDoc(`<item><title>A</title><description>short</description><content:encoded><![CDATA[<p>Long &amp; <b>full</b></p>]]></content:encoded><content:encoded>second wins</content:encoded></item>
		<item xmlns:c="http://purl.org/rss/1.0/modules/content/"><title>B</title><c:encoded>other prefix</c:encoded></item>
		<item><title>C</title><encoded>native encoded is custom</encoded><description>desc</description></item>`), true},
	{"undeclared content prefix", `<rss version="2.0"><channel><item><title>U</title><content:encoded>undeclared</content:encoded><dc:creator>Undeclared DC</dc:creator></item></channel></rss>`, true},
	{"dublin core", rssDoc(`<item><dc:title>DC title</dc:title><dc:description>DC desc</dc:description><dc:date>2024-02-03T04:05:06Z</dc:date><dc:creator>Creator &amp; Co</dc:creator><dc:creator>Second</dc:creator></item>
		<item><title>t</title><dc:date>2024-02-03T04:05:06+05:30</dc:date><dc:author>DC Author</dc:author><dc:creator>C</dc:creator></item>
		<item><title>t2</title><pubDate>not a date</pubDate><dc:date>1969-12-31T23:30:00-01:00</dc:date></item>
		<item><title>t3</title><pubDate>Wed, 02 Jul 2025 10:00:00 GMT</pubDate><pubDate>garbage</pubDate><dc:Creator>Capital C</dc:Creator></item>`), true},
	{"itunes", rssDoc(`<item><title>i</title><itunes:summary>Summary text</itunes:summary><itunes:author>Pod Author</itunes:author></item>
		<item><title>j</title><description></description><itunes:summary></itunes:summary><atom:summary>Atom summary</atom:summary></item>`), true},
	{"atom inside rss", rssDoc(`<item><atom:title>not read</atom:title><atom:summary>S <b>x</b></atom:summary><atom:content type="html">C &lt;i&gt;</atom:content>
		<atom:published>2024-05-01T00:00:00Z</atom:published><atom:updated>2024-05-02T00:00:00Z</atom:updated><atom:author><atom:name>Atom Name</atom:name><atom:email>e@x</atom:email></atom:author></item>
		<item xmlns:atom10="urn:not-atom"><title>k</title><atom10:summary>not atom</atom10:summary><atom:author><atom:email>only@mail</atom:email></atom:author></item>`), true},
	{"atom link as feed link", `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title><atom:link rel="self" href="https://site.example/feed"/>
		<atom:link href="rel/path" xmlns:rel="x"/><atom:link rel="alternate" href="https://site.example/alt"/><item><title>a</title><link>/relative</link></item></channel></rss>`, true},
	{"links", rssDoc(`<item><title>a</title><link href="https://site.example/href"/></item><item><title>b</title><link>  https://site.example/spaced  </link><link></link></item>
		<item><title>c</title><link>javascript:alert(1)</link><link>https://site.example/second</link></item>
		<item><title>d</title><link x:href="https://site.example/ns" xmlns:x="urn:x"></link></item>`), true},
	{"xml base", `<rss version="2.0" xml:base="http://example.com/blog/"><channel><title>B</title><link>index.html</link>
		<item xml:base="posts/"><title>one</title><link>one.html</link></item><item><title>two</title><link href="../up" xml:base="a/b"/></item>
		<item xml:base="http://[bad"><title>three</title><link>three</link></item></channel></rss>`, true},
	{"rdf", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
		<channel rdf:about="https://r.example/"><title>RDF</title><link>https://r.example/</link></channel>
		<item rdf:about="https://r.example/1"><title>R1</title><link>https://r.example/1</link><dc:date>2024-01-01T00:00:00Z</dc:date><dc:creator>R</dc:creator></item>
		<item rdf:about="https://r.example/2"><title>R2</title><link>https://r.example/2</link></item></rdf:RDF>`, true},
	{"rss 0.91 with doctype", `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
		<rss version="0.91"><channel><title>Old</title><item><title>o</title><link>http://old.example/</link><description>d</description></item></channel></rss>`, true},
	{"doctype with internal subset", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY custom "Custom">]><rss><channel><item><title>&custom; x</title></item></channel></rss>`, false},
	{"two channels and items at the root", `<rss><channel><title>First</title><item><title>lost</title></item></channel><channel><title>Second</title><ttl>30</ttl><item><title>kept</title></item></channel><item><title>root</title></item></rss>`, true},
	{"bogus default namespace", `<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>NS</title><item><title>in ns</title><link>https://ns.example/</link></item></channel></rss>`, true},
	{"atom default namespace on rss", `<rss xmlns="http://www.w3.org/2005/Atom"><channel><title>A</title><item><title>x</title></item></channel></rss>`, true},
	{"empty namespace binding", `<rss xmlns:e=""><e:channel><e:title>E</e:title><e:item><e:title>empty ns</e:title></e:item></e:channel></rss>`, true},
	{"entities", rssDoc(`<item><title>AT&amp;T &lt;b&gt; &#x41;&#66; &nbsp;Caf&eacute; &copy=2; &amp;amp;</title><dc:creator>Dc &amp;amp; &#169; &nbsp;x &#xZZ; &;</dc:creator>
		<description>&#1114112; &#99999999999999999999; &amp;#150; &amp;lt;b&amp;gt;</description></item>`), true},
	{"CDATA and text mixed", rssDoc(`<item><title>lead <![CDATA[<b>bold</b> &amp;]]> tail &amp; <![CDATA[more]]></title><dc:creator><![CDATA[ CData Creator ]]> tail</dc:creator>
		<description><![CDATA[unterminated? no]]> &lt;![CDATA[ fake</description></item>`), true},
	{"CRLF", strings.ReplaceAll(rssDoc("<item>\n<title>Line\none</title>\n<dc:creator>Cr\rLf\r\nx</dc:creator><description>a\r\n\r\nb</description>\n</item>"), "\n", "\r\n"), true},
	{"comments and PIs", rssDoc(`<!-- c --><item><?pi x?><title>A <!-- c --> B</title><dc:creator>C<!-- x -->D<?p?>E</dc:creator><description><!-- only --></description></item>`), true},
	{"self-closing and upper case", `<RSS><CHANNEL><TITLE>Up</TITLE><ITEM><TITLE>Upper</TITLE><LINK>https://u.example/</LINK><PUBDATE>Mon, 02 Jan 2006 15:04:05 -0700</PUBDATE><GUID/><description/></ITEM><item/></CHANNEL></RSS>`, true},
	{"nested markup in title", rssDoc(`<item><title>A <b>bold</b> <x:y xmlns:x="urn:x">ns</x:y></title><dc:creator>outer <i>inner</i> end</dc:creator></item>`), true},
	{"authors", rssDoc(`<item><title>1</title><author>a@b.example</author></item><item><title>2</title><author>Name (a@b.example)</author></item>
		<item><title>3</title><author>a@b.example (Name)</author></item><item><title>4</title><author>(odd) @</author><dc:creator>fallback</dc:creator></item>
		<item><title>5</title><author>&#32;</author><dc:creator>DC used</dc:creator></item>`), true},
	{"dates", rssDoc(`<item><title>1</title><pubDate>Tue, 01 Jul 2025 10:00:00 EST</pubDate></item><item><title>2</title><pubDate>2025-07-01T10:00:00Z</pubDate></item>
		<item><title>3</title><pubDate>Jul 23, 2025 00:00:00-0500</pubDate></item><item><title>4</title><pubDate>01/02/2025</pubDate></item>
		<item><title>5</title><pubDate>Tue, 01 Jul 2025 10:00:00 XYZ</pubDate></item><item><title>6</title><pubDate>+2025-07-01</pubDate></item>
		<item><title>7</title><pubDate>2099-01-01T00:00:00Z</pubDate></item><item><title>8</title><dc:date>2025-07-01 10:00:00 PDT</dc:date></item>`), true},
	{"ttl", `<rss><channel><ttl> 45 </ttl><item><title>x</title></item></channel></rss>`, true},
	{"ISO-8859-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><channel><title>Caf\xe9</title><item><title>D\xe9j\xe0 vu</title><dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\xa9 \xe9t\xe9</dc:creator></item></channel></rss>", true},
	{"unknown charset", "<?xml version=\"1.0\" encoding=\"x-no-such\"?><rss><channel><item><title>a</title></item></channel></rss>", true},
	{"two declarations", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><?xml version=\"1.0\" encoding=\"windows-1252\"?><channel><item><title>D\xe9j\xe0 \x80</title></item></channel></rss>", false},
	{"xml 1.1", `<?xml version="1.1"?><rss><channel><item><title>a</title></item></channel></rss>`, false},
	{"control bytes", rssDoc("<item><title>Con\x0btrol\x00 bytes</title><description>x\x1f</description></item>"), true},
	{"illegal character reference", rssDoc(`<item><title>a &#1; b</title></item>`), false},
	{"mismatched end tags", rssDoc(`<item><title>One</titl><description>Body</description></item><item><title>Two</title></item>`), false},
	{"unquoted attributes", `<rss version=2.0><channel><item><title>q</title></item></channel></rss>`, false},
	{"truncated", rssDoc(`<item><title>Complete</title></item><item><title>Cut`)[:300], false},
	{"unescaped ]]> in text", rssDoc(`<item><title>a ]]> b</title></item>`), false},
	{"garbage after the root", rssDoc(`<item><title>a</title></item>`) + `<junk><<<&&&`, true},
	{"root not rss", `<?xml version="1.0"?><!-- x --><rss/>`, true},
	{"no channel", `<rss version="2.0"></rss>`, true},
	{"rss prefix undeclared", `<rss:rss><rss:channel><rss:title>P</rss:title><rss:item><rss:title>prefixed</rss:title></rss:item></rss:channel></rss:rss>`, true},
	{"invalid UTF-8 after a utf-8 declaration", "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>caf\xe9</title></item></channel></rss>", true},
	{"non-ASCII element names", rssDoc(`<item><title>a</title><café>x</café></item>`), false},
	{"many namespace declarations", manyNamespaces(3000, false), true},
	{"a namespace bound again and again", manyNamespaces(200, true), false},
	{"extension attributes and children", rssDoc(`<item><title>m</title><media:content xmlns:media="http://search.yahoo.com/mrss/" url="https://m.example/a.jpg" type="image/jpeg"><media:title>T</media:title></media:content>
		<enclosure url="https://e.example/a.mp3" length="1" type="audio/mpeg"/><category domain="d">Cat</category><source url="https://s.example/">Src</source><comments>https://c.example/</comments></item>`), true},
}

// manyNamespaces is an RSS document that declares n namespaces on its
// root after first="urn:dc"; with rebound, each of them binds a prefix to
// urn:dc and then again to another namespace, so that every declaration
// of urn:dc but the first is hidden.
func manyNamespaces(n int, rebound bool) string {
	var b strings.Builder
	b.WriteString(`<rss version="2.0" xmlns:first="urn:dc"`)
	for i := range n {
		if rebound {
			fmt.Fprintf(&b, ` xmlns:p%d="urn:dc" xmlns:p%d="urn:x%d"`, i, i, i)
		} else {
			fmt.Fprintf(&b, ` xmlns:p%d="urn:x%d"`, i, i)
		}
	}
	b.WriteString(`><channel><title>T</title>`)
	for i := range 20 {
		fmt.Fprintf(&b, `<item><title>t%d</title><p0:x>a</p0:x><first:y>b</first:y><p%d:z/></item>`, i, n-1)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func TestRSSOracleEdgeCases(t *testing.T) {
	for _, tc := range rssEdgeCases {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(tc.doc)
			if err := ownRSSReads(body); (err == nil) != tc.own {
				t.Errorf("own reader error %v, want it to read the document itself: %v", err, tc.own)
			}
			compareRSS(t, body, testNow)
		})
	}
}

// rssDates are date strings of the shapes feeds use and some they should
// not.
var rssDates = []string{
	"Tue, 01 Jul 2025 10:00:00 +0000", "Tue, 01 Jul 2025 10:00:00 GMT", "Tue, 1 Jul 2025 10:00:00 EST", "Tue, 01 Jul 2025 10:00:00 XYZ",
	"2025-07-01T10:00:00Z", "2025-07-01T10:00:00+02:00", "2025-07-01T10:00:00.123Z", "2025-07-01", "2025-7-1", "2025-07-01 10:00:00",
	"Jul 23, 2025 00:00:00-0500", "July 23, 2025", "01/02/2025", "1/2/2025 3:04:05 PM", "Tuesday, July 1, 2025", "+2025-07-01", "-0001-01-01",
	"Tue Jul  1 10:00:00 2025", "Tue Jul 1 10:00:00 UTC 2025", "02 Jan 06 15:04 MST", "Mon, 02 Jan 2006 15:04:05 Z", "Mon, 02 Jan 2006 15:04:05 UT",
	"2006-01-02T15:04:05Z0700", " Tue, 01 Jul 2025 10:00:00 +0000 ", "", "garbage", "Tue, 31 Feb 2025 10:00:00 +0000", "Tue, 01 Jul 2025 25:00:00 +0000",
}

// gofeedDate is the date gofeed reads from a dc:date, not converted to
// UTC: its own ParseDate.
func gofeedDate(t *testing.T, s string) (time.Time, bool) {
	t.Helper()
	var b strings.Builder
	xmlEscape(&b, s)
	gf, _, err := parseGofeedRSS([]byte(`<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><dc:date>` + b.String() + `</dc:date></item></channel></rss>`))
	if err != nil || len(gf.Items) != 1 {
		t.Fatalf("gofeed: %v", err)
	}
	if p := gf.Items[0].PublishedParsed; p != nil {
		return *p, true
	}
	return time.Time{}, false
}

func xmlEscape(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
}

func checkRSSDate(t *testing.T, s string) {
	t.Helper()
	want, wantOK := gofeedDate(t, strings.TrimSpace(s))
	got, err := rssParseDate(strings.TrimSpace(s))
	if (err == nil) != wantOK {
		t.Fatalf("rssParseDate(%q): error %v, gofeed parsed it: %v (%v)", s, err, wantOK, want)
	}
	_, gotOff := got.Zone()
	_, wantOff := want.Zone()
	if !got.Equal(want) || gotOff != wantOff {
		t.Fatalf("rssParseDate(%q) = %v, gofeed %v", s, got, want)
	}
}

func TestRSSParseDate(t *testing.T) {
	for _, s := range rssDates {
		checkRSSDate(t, s)
	}
}

func FuzzRSSParseDate(f *testing.F) {
	for _, s := range rssDates {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\r") || !validXMLChars([]byte(s)) {
			return
		}
		checkRSSDate(t, s)
	})
}

func FuzzRSSOracle(f *testing.F) {
	for _, tc := range rssEdgeCases {
		f.Add([]byte(tc.doc))
	}
	f.Add(readTestdata(f, "small_rss.xml"))
	if dir, err := shareddir.Find(); err == nil {
		if _, err := os.Stat(filepath.Join(dir, "feeds")); err == nil {
			for _, body := range rssCorpus(f, ".") {
				// Large documents make slow fuzzing inputs: their first
				// items are seed enough.
				f.Add(body[:min(len(body), 8<<10)])
			}
		}
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		const feedURL = "https://example.org/feed"
		own, ownErr := parseWith(body, feedURL, testNow, withOwnRSS)
		want, wantErr := parseWith(body, feedURL, testNow, gofeedRSS)
		if (ownErr != nil) != (wantErr != nil) {
			t.Fatalf("errors: own reader %v, gofeed %v", ownErr, wantErr)
		}
		if d := feedDiff(own, want); d != "" {
			t.Fatalf("own reader differs from gofeed: %s", d)
		}
	})
}
