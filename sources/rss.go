package sources

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"
)

// The own RSS reader. gofeed's rss.Parser reads every element through
// goxpp, which copies each token, builds a namespace map for every element
// and reads each text with encoding/xml's DecodeElement (two buffers per
// byte); its translator then tries a hundred date layouts and runs
// regular expressions over every author. That was about two fifths of the
// ingest cycle. parseRSS reads the document with rssScanner (rss_scan.go)
// and builds the fields Parse and the normaliser read (feed title, link
// and TTL; each item's title, link, links, GUID, description, content,
// dates and author) the way rss.Parser and gofeed.DefaultRSSTranslator
// build them, RSS 0.9x, 1.0 (RDF) and 2.0 alike, with the extensions gofeed
// promotes: content:encoded, Dublin Core, iTunes, and Atom elements inside
// RSS. What the scanner does not read exactly as encoding/xml does, it
// leaves to gofeed (errRSSFallback), as it does any document gofeed fails
// on. rss_oracle_test.go holds it to gofeed's results on the corpus and
// under fuzzing.

// Namespaces gofeed's RSS parser reads as its own ("rss" and "rdf" are
// undeclared prefixes, which the decoder leaves as they are).
var rssNativeNS = []string{
	"", "rss", "rdf",
	"http://www.w3.org/1999/02/22-rdf-syntax-ns#",
	"http://purl.org/rss/1.0/",
	"http://channel.netscape.com/rdf/simple/0.9/",
	"http://my.netscape.com/rdf/simple/0.9/",
}

// parseRSS reads an RSS document into the gofeed.Feed fields that Parse
// and the normaliser read, and returns the channel's <ttl> as written.
func parseRSS(body []byte) (feed *gofeed.Feed, ttl string, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, ttl, err = nil, "", fmt.Errorf("rss: internal error: %v", r)
		}
	}()
	s, err := newRSSScanner(body)
	if err != nil {
		return nil, "", err
	}
	r := &rssReader{s: s}
	return r.root()
}

type rssReader struct {
	s      *rssScanner
	native []string
}

// rssExtValue is an extension element gofeed promotes to a field: its
// prefix key and local name, its text, and for an Atom author the text of
// its children, for an Atom link the attributes.
type rssExtValue struct {
	key, name string
	value     string
	kids      map[string]string
	rel, href string
}

type rssChannel struct {
	title, link, ttl string
	exts             []rssExtValue
	items            []*gofeed.Item
}

// rssItem is what gofeed's rss.Item holds of an item, for translate.
type rssItem struct {
	title, description, content, author, pubDate string
	pubDateParsed                                *time.Time
	link                                         string
	links                                        []string
	guid                                         *string
	exts                                         []rssExtValue
}

func (r *rssReader) isExtension() bool {
	space := strings.TrimSpace(r.s.space)
	for _, n := range r.native {
		if space == n {
			return false
		}
	}
	return true
}

// children calls handle for each child element of the element whose start
// was just read, with its lower-cased local name, as gofeed's ForEachChild
// does; handle consumes the child through its end.
func (r *rssReader) children(handle func(name string) error) error {
	for {
		if err := r.s.next(); err != nil {
			return err
		}
		switch r.s.kind {
		case tokEnd:
			return nil
		case tokStart:
			if err := handle(strings.ToLower(r.s.name.local)); err != nil {
				return err
			}
		}
	}
}

func (r *rssReader) root() (*gofeed.Feed, string, error) {
	s := r.s
	for {
		if err := s.next(); err != nil {
			return nil, "", err
		}
		if s.kind == tokEOF {
			return nil, "", errRSSFallback
		}
		if s.kind == tokStart {
			break
		}
	}
	if name := strings.ToLower(s.name.local); name != "rss" && name != "rdf" {
		return nil, "", errRSSFallback
	}
	r.native = rssNativeNS
	if space := strings.TrimSpace(s.space); space != "" {
		if _, canonical := canonicalPrefix[space]; !canonical {
			r.native = append([]string{space}, rssNativeNS...)
		}
	}
	var (
		ch        *rssChannel
		rootItems []*gofeed.Item
	)
	err := r.children(func(name string) error {
		if r.isExtension() {
			return s.skip()
		}
		switch name {
		case "channel":
			c, err := r.channel()
			if err == nil {
				ch = c // the last channel, as gofeed keeps
			}
			return err
		case "item":
			it, err := r.item()
			if err == nil {
				rootItems = append(rootItems, it)
			}
			return err
		}
		return s.skip()
	})
	if err == nil {
		err = s.finish()
	}
	if err != nil {
		return nil, "", err
	}
	if ch == nil {
		ch = &rssChannel{}
	}
	feed := &gofeed.Feed{FeedType: "rss", Title: ch.title, Link: ch.link}
	if feed.Title == "" {
		feed.Title, _ = firstExt(ch.exts, "dc", "title")
	}
	if feed.Link == "" {
		feed.Link = atomAlternate(ch.exts)
	}
	feed.Items = make([]*gofeed.Item, 0, len(ch.items)+len(rootItems))
	feed.Items = append(feed.Items, ch.items...)
	feed.Items = append(feed.Items, rootItems...)
	return feed, ch.ttl, nil
}

// atomAlternate is DefaultRSSTranslator's fallback for the feed's link:
// the first Atom link whose rel is empty or alternate.
func atomAlternate(exts []rssExtValue) string {
	for _, key := range []string{"atom", "atom10", "atom03"} {
		for _, e := range exts {
			if e.key == key && e.name == "link" && (e.rel == "" || e.rel == "alternate") {
				return e.href
			}
		}
	}
	return ""
}

func (r *rssReader) channel() (*rssChannel, error) {
	c := &rssChannel{}
	err := r.children(func(name string) error {
		if r.isExtension() {
			return r.extension(&c.exts, true)
		}
		var err error
		switch name {
		case "title":
			c.title, err = r.s.parseText()
		case "link":
			c.link, err = r.link()
		case "ttl":
			c.ttl, err = r.s.parseText()
		case "item":
			var it *gofeed.Item
			if it, err = r.item(); err == nil {
				c.items = append(c.items, it)
			}
		default:
			err = r.s.skip()
		}
		return err
	})
	return c, err
}

func (r *rssReader) item() (*gofeed.Item, error) {
	var it rssItem
	s := r.s
	err := r.children(func(name string) error {
		var err error
		if name == "encoded" && s.prefixFor(s.space) == "content" {
			it.content, err = s.parseText()
			return err
		}
		if r.isExtension() {
			return r.extension(&it.exts, false)
		}
		switch name {
		case "title":
			it.title, err = s.parseText()
		case "description":
			it.description, err = s.parseText()
		case "link":
			if it.link, err = r.link(); err == nil {
				it.links = append(it.links, it.link)
			}
		case "author":
			it.author, err = s.parseText()
		case "pubdate":
			if it.pubDate, err = s.parseText(); err == nil {
				if t, derr := rssParseDate(it.pubDate); derr == nil {
					t = t.UTC()
					it.pubDateParsed = &t
				}
			}
		case "guid":
			var g string
			if g, err = s.parseText(); err == nil {
				it.guid = &g
			}
		default:
			err = s.skip()
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return it.translate(), nil
}

// link is gofeed's parseLink: the element's text, else its href, resolved
// against the xml:base in scope.
func (r *rssReader) link() (string, error) {
	s := r.s
	base := s.base()
	var href, fallback string
	found, plain := false, false
	for _, a := range s.attrs {
		if a.name.local != "href" {
			continue
		}
		if a.space == "" {
			href, plain = a.resolved(base), true
			break
		}
		if !found {
			fallback, found = a.resolved(base), true
		}
	}
	if !plain {
		href = fallback
	}
	text, err := s.parseText()
	if err != nil {
		return "", err
	}
	if text == "" && href != "" {
		text = href
	}
	if base == nil || text == "" {
		return text, nil
	}
	return resolveURL(base, text), nil
}

// resolved is a URI attribute's value as gofeed reads it on an element
// reached through ForEachChild: decoded, and resolved against the xml:base
// in scope (resolveAttrs).
func (a xmlAttr) resolved(base *url.URL) string {
	return resolveURL(base, xmlText(a.raw))
}

// rssPromoted lists, by prefix key, the extension elements whose text the
// translator reads.
var rssPromoted = map[string][]string{
	"dc":     {"title", "description", "date", "author", "creator"},
	"itunes": {"summary", "author"},
	"atom":   {"summary", "content", "published", "updated", "author", "link"},
	"atom10": {"summary", "content", "published", "updated", "author", "link"},
	"atom03": {"summary", "content", "published", "updated", "author", "link"},
}

// extension reads an extension element as gofeed's ParseExtension files
// it, keeping it only when the translator reads it.
func (r *rssReader) extension(exts *[]rssExtValue, channel bool) error {
	s := r.s
	key := s.prefixFor(s.space)
	name := s.name.local
	promoted := false
	for _, n := range rssPromoted[key] {
		if n == name {
			promoted = true
			break
		}
	}
	if !promoted {
		return s.skip()
	}
	e := rssExtValue{key: key, name: name}
	if name == "link" {
		if !channel {
			return s.skip()
		}
		base := s.base()
		for _, a := range s.attrs { // the last of a local name wins
			switch a.name.local {
			case "rel":
				e.rel = xmlText(a.raw)
			case "href":
				e.href = resolveURL(base, xmlText(a.raw))
			}
		}
	}
	var err error
	e.value, e.kids, err = s.charData(name == "author")
	if err != nil {
		return err
	}
	*exts = append(*exts, e)
	return nil
}

// firstExt returns the text of the first extension element of a key and
// name, and whether there is one.
func firstExt(exts []rssExtValue, key, name string) (string, bool) {
	for _, e := range exts {
		if e.key == key && e.name == name {
			return e.value, true
		}
	}
	return "", false
}

// atomExtText is DefaultRSSTranslator's atomExtValue: the text of the
// first Atom element of a name, under the first prefix key that has one.
func atomExtText(exts []rssExtValue, name string) string {
	for _, key := range []string{"atom", "atom10", "atom03"} {
		if v, ok := firstExt(exts, key, name); ok {
			return v
		}
	}
	return ""
}

// atomExtChild is DefaultRSSTranslator's atomExtChild: the text of a child
// of the first Atom element of a name, under the first prefix key whose
// first such element has that child.
func atomExtChild(exts []rssExtValue, parent, child string) string {
	for _, key := range []string{"atom", "atom10", "atom03"} {
		for _, e := range exts {
			if e.key == key && e.name == parent {
				if v, ok := e.kids[child]; ok {
					return v
				}
				break
			}
		}
	}
	return ""
}

// translate is DefaultRSSTranslator's translateFeedItem for the fields
// the normaliser reads.
func (it *rssItem) translate() *gofeed.Item {
	gi := &gofeed.Item{Link: it.link, Links: it.links}
	gi.Title = it.title
	if gi.Title == "" {
		gi.Title, _ = firstExt(it.exts, "dc", "title")
	}

	switch dcDesc, ok := firstExt(it.exts, "dc", "description"); {
	case it.description != "":
		gi.Description = it.description
	case ok:
		gi.Description = dcDesc
	default:
		gi.Description, _ = firstExt(it.exts, "itunes", "summary")
	}
	if gi.Description == "" {
		gi.Description = atomExtText(it.exts, "summary")
	}

	gi.Content = it.content
	if gi.Content == "" {
		gi.Content = atomExtText(it.exts, "content")
	}

	dcDate, hasDCDate := firstExt(it.exts, "dc", "date")
	switch {
	case it.pubDate != "":
		gi.Published = it.pubDate
	case hasDCDate:
		gi.Published = dcDate
	default:
		gi.Published = atomExtText(it.exts, "published")
	}
	if it.pubDateParsed != nil {
		gi.PublishedParsed = it.pubDateParsed
	} else {
		text := dcDate
		if text == "" {
			text = atomExtText(it.exts, "published")
		}
		if text != "" {
			if t, err := rssParseDate(text); err == nil {
				gi.PublishedParsed = &t
			}
		}
	}
	gi.Updated = dcDate
	if gi.Updated == "" {
		gi.Updated = atomExtText(it.exts, "updated")
	}
	if gi.Updated != "" {
		if t, err := rssParseDate(gi.Updated); err == nil {
			gi.UpdatedParsed = &t
		}
	}

	creator, hasCreator := firstExt(it.exts, "dc", "creator")
	if hasCreator {
		gi.DublinCoreExt = &ext.DublinCoreExtension{Creator: []string{creator}}
	}
	var author *gofeed.Person
	if it.author != "" {
		author = &gofeed.Person{Name: rssAuthorName(it.author)}
	} else if a, ok := firstExt(it.exts, "dc", "author"); ok {
		author = &gofeed.Person{Name: rssAuthorName(a)}
	} else if hasCreator {
		author = &gofeed.Person{Name: rssAuthorName(creator)}
	} else if a, _ := firstExt(it.exts, "itunes", "author"); a != "" {
		author = &gofeed.Person{Name: rssAuthorName(a)}
	} else if name, email := atomExtChild(it.exts, "author", "name"), atomExtChild(it.exts, "author", "email"); name != "" || email != "" {
		author = &gofeed.Person{Name: name}
	}
	if author != nil {
		gi.Author = author
		gi.Authors = []*gofeed.Person{author}
	}
	if it.guid != nil {
		gi.GUID = *it.guid
	}
	return gi
}
