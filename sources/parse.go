package sources

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	gofeedjson "github.com/mmcdole/gofeed/json"
	"github.com/mmcdole/gofeed/rss"

	"github.com/vendorwatch/vendorwatch/trust"
)

const (
	// maxTextBytes caps an item's plain text: the matcher needs sentences,
	// not whole books that some feeds put in <content:encoded>.
	maxTextBytes = 64 << 10
	// maxTitleChars and maxAuthorChars cap the other stored text: a
	// headline is a line (Discord shows 256 characters of an embed title),
	// not a document.
	maxTitleChars  = 300
	maxAuthorChars = 100
	// maxRawTitle is how much of a raw title or name is read, markup and
	// entities included, before it is cut to its stored length.
	maxRawTitle = 64 << 10
	// maxGUIDBytes caps a GUID as stored: a longer one is replaced by its
	// hash, which keeps it apart from other GUIDs as the whole would.
	maxGUIDBytes = 1024
	// maxParseBody caps a gzip body decompressed by Parse itself, which
	// happens only for callers that read a body without Fetch (Fetch
	// unpacks every layer within its own cap).
	maxParseBody = DefaultMaxBody
	// futureSlack is how far ahead of now a date may be before it is taken
	// for a wrong clock or time zone and replaced by now.
	futureSlack = 24 * time.Hour
)

// Feed is a parsed and normalised feed.
type Feed struct {
	Title string
	TTL   time.Duration // RSS <ttl>, 0 when absent
	Items []trust.Item
	// RepeatedGUIDs counts items whose GUID was already used in this
	// fetch by a different item; they were given another key.
	RepeatedGUIDs int
}

// Parse reads an RSS, Atom or JSON Feed document (gzip-compressed or not,
// in any encoding) and normalises its entries. feedURL resolves relative
// links; now dates entries that have no usable date. Parse never panics;
// a document that is not a feed gives an error starting "not a feed".
func Parse(body []byte, feedURL string, now time.Time) (*Feed, error) {
	return parseWith(body, feedURL, now, ownReaders)
}

// feedReaders are the own readers tried before gofeed's for a format; nil
// leaves the format to gofeed, as does a reader's error. The oracle tests
// compare the two.
type feedReaders struct {
	atom func([]byte) (*gofeed.Feed, error)
	rss  func([]byte) (*gofeed.Feed, string, error) // and the <ttl> text
}

// ownReaders are the readers Parse uses.
var ownReaders = feedReaders{atom: parseAtom, rss: parseRSS}

// parse is Parse with the Atom parser to try first (none when nil).
func parse(body []byte, feedURL string, now time.Time, atomParser func([]byte) (*gofeed.Feed, error)) (*Feed, error) {
	r := ownReaders
	r.atom = atomParser
	return parseWith(body, feedURL, now, r)
}

func parseWith(body []byte, feedURL string, now time.Time, readers feedReaders) (feed *Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("parse feed: internal error: %v", r)
		}
	}()
	if isGzip(body) {
		body, err = gunzip(body, maxParseBody)
		if err != nil {
			return nil, fmt.Errorf("parse feed: %w", err)
		}
	}
	body = normaliseEncoding(body)
	body = repairProlog(body)

	gf, ttl, err := parseFeed(body, readers)
	if err != nil {
		if t := bytes.TrimSpace(body); len(t) == 0 || t[0] == '{' || t[0] == '[' || !bytes.Contains(t, []byte("<")) || errors.Is(err, errTooComplex) {
			return nil, err
		}
		var rerr error
		if gf, ttl, rerr = parseFeed(repairXML(body), readers); rerr != nil {
			return nil, err // the first error describes the document
		}
	}
	base := baseURL(feedURL, gf.Link)
	feed = &Feed{Title: boundedTitle(gf.Title, maxTitleChars), TTL: ttl}
	n := normaliser{now: now, base: base, seen: make(map[string]int, len(gf.Items))}
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		n.add(feed, gi)
	}
	return feed, nil
}

// parseGofeed detects the type over the whole body, not only the first
// 4 KB as gofeed.Parser.Parse does, so feeds with a long preamble before
// the root element are still found. Atom and RSS go through the own
// readers first.
func parseGofeed(body []byte) (*gofeed.Feed, time.Duration, error) {
	return parseFeed(body, ownReaders)
}

// parseFeed is parseGofeed with the readers to try before gofeed's.
func parseFeed(body []byte, readers feedReaders) (*gofeed.Feed, time.Duration, error) {
	var (
		gf  *gofeed.Feed
		ttl time.Duration
		err error
	)
	// Before a parser reads it, a document is cut after its first
	// maxItems entries, and refused when its shape is past any real
	// feed's (limit.go).
	switch detectType(body) {
	case gofeed.FeedTypeRSS:
		if body, err = limitXML(body, "item", 3, maxItems); err != nil {
			break
		}
		// parseRSS reads what the normaliser uses without goxpp's
		// per-element copies and maps; what it cannot match exactly, or
		// cannot read, it leaves to gofeed.
		var ttlText string
		err = errRSSFallback
		if readers.rss != nil {
			gf, ttlText, err = readers.rss(body)
		}
		if err != nil {
			gf, ttlText, err = parseGofeedRSS(body)
		}
		if err == nil {
			if m, perr := strconv.Atoi(strings.TrimSpace(ttlText)); perr == nil && m > 0 && m < 60*24*365 {
				ttl = time.Duration(m) * time.Minute
			}
		}
	case gofeed.FeedTypeAtom:
		if body, err = limitXML(body, "entry", 2, maxItems); err != nil {
			break
		}
		// parseAtom skips gofeed's HTML parsing of every entry's text,
		// half of its time on Atom; what it cannot match exactly, or
		// cannot read, it leaves to gofeed.
		err = errAtomFallback
		if readers.atom != nil {
			gf, err = readers.atom(body)
		}
		if err != nil {
			gf, err = parseGofeedAtom(body)
		}
	case gofeed.FeedTypeJSON:
		var jf *gofeedjson.Feed
		jf, err = (&gofeedjson.Parser{}).Parse(bytes.NewReader(limitJSON(body, maxItems)))
		if err == nil {
			if jf.Version == "" && len(jf.Items) == 0 {
				return nil, 0, errors.New("not a feed: JSON without a JSON Feed version or items")
			}
			gf, err = (&gofeed.DefaultJSONTranslator{}).Translate(jf)
		}
	default:
		return nil, 0, fmt.Errorf("not a feed: %s", whatIsIt(body))
	}
	if err != nil {
		return nil, 0, fmt.Errorf("parse feed: %w", err)
	}
	if gf == nil {
		return nil, 0, errors.New("parse feed: empty result")
	}
	return gf, ttl, nil
}

// parseGofeedRSS reads an RSS document with gofeed's parser and
// translator, and returns the channel's <ttl> as written.
func parseGofeedRSS(body []byte) (*gofeed.Feed, string, error) {
	rf, err := (&rss.Parser{}).Parse(bytes.NewReader(body))
	if err != nil {
		return nil, "", err
	}
	// Without the image scan, which parses every item's HTML into a tree
	// to find an <img> we never use: it was a fifth of the ingest cycle's
	// parsing time.
	gf, err := (&gofeed.DefaultRSSTranslator{DisableContentImageScan: true}).Translate(rf)
	return gf, rf.TTL, err
}

// parseGofeedAtom reads an Atom document with gofeed's parser and
// translator.
func parseGofeedAtom(body []byte) (*gofeed.Feed, error) {
	af, err := (&atom.Parser{}).Parse(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return (&gofeed.DefaultAtomTranslator{}).Translate(af)
}

// detectType is gofeed.DetectFeedType over the first 4 KB, where nearly
// every feed's root element is, and over the whole body only when that
// finds nothing: detection over whole bodies was a sixth of parseGofeed's
// own time in the ingest profile.
func detectType(body []byte) gofeed.FeedType {
	const head = 4 << 10
	if len(body) > head {
		if t := gofeed.DetectFeedType(bytes.NewReader(body[:head])); t != gofeed.FeedTypeUnknown {
			return t
		}
	}
	return gofeed.DetectFeedType(bytes.NewReader(body))
}

// whatIsIt describes a body that is not a feed, for the error message.
func whatIsIt(body []byte) string {
	t := bytes.TrimSpace(body)
	if len(t) == 0 {
		return "empty body"
	}
	head := bytes.ToLower(t[:min(len(t), 2048)])
	switch {
	case bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html")):
		return "an HTML page"
	case t[0] == '<':
		return "XML without an rss, rdf or feed root element"
	case t[0] == '[':
		return "a JSON array"
	}
	return "neither XML nor JSON"
}

// repairProlog fixes a doubled XML declaration ("<?xml?xml version=...??>",
// seen in the wild), which makes the XML decoder stop before the root.
func repairProlog(b []byte) []byte {
	i := bytes.Index(b[:min(len(b), 4096)], []byte("<?xml?xml"))
	if i < 0 {
		return b
	}
	end := bytes.Index(b[i:], []byte("?>"))
	if end < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	out = append(out, b[:i]...)
	out = append(out, b[i+end+2:]...)
	return out
}

// baseURL picks what relative links resolve against: the feed's own URL,
// else the site link it declares. User info is dropped so that credentials
// in a feed URL never leak into item links.
func baseURL(feedURL, siteLink string) *url.URL {
	for _, s := range []string{feedURL, siteLink} {
		u, err := url.Parse(strings.TrimSpace(s))
		if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			u.User = nil
			return u
		}
	}
	return nil
}

type normaliser struct {
	now  time.Time
	base *url.URL
	seen map[string]int // key -> index in Feed.Items
}

func (n *normaliser) add(feed *Feed, gi *gofeed.Item) {
	it := trust.Item{
		GUID:  boundedGUID(gi.GUID),
		Link:  n.link(gi),
		Title: boundedTitle(gi.Title, maxTitleChars),
	}
	it.CanonicalLink = CanonicalLink(it.Link)
	body := gi.Content
	if strings.TrimSpace(body) == "" {
		body = gi.Description
	}
	it.Text = truncateUTF8(PlainText(body), maxTextBytes)
	it.Published, it.DateKnown = n.date(gi)
	it.Author = author(gi)

	hash := "hash:" + contentHash(it.Title, it.Text)
	var candidates []string
	if it.GUID != "" {
		candidates = append(candidates, "guid:"+it.GUID)
	}
	if it.CanonicalLink != "" {
		candidates = append(candidates, "link:"+it.CanonicalLink)
	} else if it.Link != "" {
		candidates = append(candidates, "link:"+it.Link)
	}
	candidates = append(candidates, hash)

	for i, key := range candidates {
		j, taken := n.seen[key]
		if !taken {
			if i > 0 && it.GUID != "" {
				feed.RepeatedGUIDs++
			}
			n.add1(feed, key, it)
			return
		}
		if same(feed.Items[j], it) {
			return // the very same entry listed twice
		}
	}
	// Every natural key is taken by different items: derive one from
	// everything we have so nothing is lost, and keep it stable across
	// fetches.
	if it.GUID != "" {
		feed.RepeatedGUIDs++
	}
	date := ""
	if it.DateKnown { // an unknown date is the fetch time, which changes
		date = it.Published.Format(time.RFC3339)
	}
	base := "hash:" + contentHash(it.GUID, it.Link, it.Title, it.Text, date)
	key := base
	for k := 2; ; k++ {
		if _, taken := n.seen[key]; !taken {
			break
		}
		key = base + "-" + strconv.Itoa(k)
	}
	n.add1(feed, key, it)
}

func (n *normaliser) add1(feed *Feed, key string, it trust.Item) {
	it.Key = key
	n.seen[key] = len(feed.Items)
	feed.Items = append(feed.Items, it)
}

func same(a, b trust.Item) bool {
	return a.GUID == b.GUID && a.Link == b.Link && a.Title == b.Title && a.Text == b.Text
}

func contentHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// link returns the item's first link that is a web page (see webLink),
// resolved against the feed's URL.
func (n *normaliser) link(gi *gofeed.Item) string {
	if l := webLink(gi.Link, n.base); l != "" {
		return l
	}
	for _, l := range gi.Links {
		if l = webLink(l, n.base); l != "" {
			return l
		}
	}
	return ""
}

func author(gi *gofeed.Item) string {
	name := func(s string) string { return truncateRunes(PlainText(cutRaw(s)), maxAuthorChars) }
	for _, p := range gi.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			return name(p.Name)
		}
	}
	if gi.Author != nil {
		if n := name(gi.Author.Name); n != "" {
			return n
		}
	}
	if gi.DublinCoreExt != nil && len(gi.DublinCoreExt.Creator) > 0 {
		return name(gi.DublinCoreExt.Creator[0])
	}
	return ""
}

// boundedTitle is plainTitle cut to at most n characters.
func boundedTitle(s string, n int) string {
	return truncateRunes(plainTitle(cutRaw(s)), n)
}

// cutRaw cuts raw markup to maxRawTitle bytes, so that a title of megabytes
// is not turned into plain text only to be cut.
func cutRaw(s string) string {
	if len(s) <= maxRawTitle {
		return s
	}
	n := maxRawTitle
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// boundedGUID returns the GUID trimmed, or its hash when it is longer than
// maxGUIDBytes.
func boundedGUID(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > maxGUIDBytes {
		return "hash:" + contentHash(s)
	}
	return s
}

// date returns the item's publish date, else its update date, else now
// with known=false. Dates more than a day ahead are a wrong clock or time
// zone; they become now so they neither sort above everything nor wait.
func (n *normaliser) date(gi *gofeed.Item) (time.Time, bool) {
	// In order: gofeed's parsed dates, then our fallback parse of the raw
	// strings, which runs only when gofeed's gave nothing usable (it was
	// a fifth of normalising's time when run for every item).
	for k := range 4 {
		var t time.Time
		switch k {
		case 0, 1:
			p := gi.PublishedParsed
			if k == 1 {
				p = gi.UpdatedParsed
			}
			if p == nil {
				continue
			}
			t = *p
		case 2, 3:
			raw := gi.Published
			if k == 3 {
				raw = gi.Updated
			}
			var ok bool
			if t, ok = parseDate(raw); !ok {
				continue
			}
		}
		if t.IsZero() || t.Year() < 1970 {
			continue
		}
		if t.After(n.now.Add(futureSlack)) {
			return n.now, false
		}
		return t.UTC(), true
	}
	return n.now, false
}

// dateLayouts are formats gofeed does not read but feeds use.
var dateLayouts = []string{
	"Jan 2, 2006 15:04:05-0700",  // CrowdStrike
	"Jan 2, 2006 15:04:05 -0700", //
	"Jan 2, 2006 15:04:05 MST",
	"Jan 2, 2006 15:04:05",
	"January 2, 2006 15:04:05",
	"January 2, 2006 3:04 PM",
	"Jan 2, 2006 3:04 PM",
	"January 2, 2006",
	"Jan 2, 2006",
	"Monday, January 2, 2006 - 15:04",
	"Monday, January 2, 2006",
	"2 January 2006",
	"02 Jan 2006",
	"Mon, 2 Jan 2006",
	"Mon, 2 Jan 2006 15:04:05",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 January 2006 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05-07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04:05.999999999-0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
}

func parseDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, true
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// truncateRunes cuts s to at most n characters, the last an ellipsis when
// it was cut.
func truncateRunes(s string, n int) string {
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for k < n-1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		k++
	}
	return strings.TrimSpace(s[:i]) + "…"
}

// truncateUTF8 cuts s to at most n bytes without splitting a rune.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimSpace(s[:n])
}

// ParseError is a feed that was fetched but could not be read as RSS,
// Atom or JSON Feed. Callers branch on its type (metrics, source health),
// never on its text.
type ParseError struct {
	Source string
	Err    error
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse %s: %v", e.Source, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }
