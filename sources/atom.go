package sources

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// The fast Atom path. gofeed's atom.Parser runs every entry's title,
// summary and content through golang.org/x/net/html (to strip the wrapping
// <div> of xhtml text and to resolve relative URLs in the markup against
// xml:base), which was about a fifth of its time in the ingest profile; the
// normaliser then turns the same text into plain text with PlainText, which
// does not look at attributes and strips the tags itself. parseAtom reads
// the document with the same encoding/xml decoder, configured as gofeed
// configures it, and builds the fields the normaliser reads the way
// atom.Parser and gofeed.DefaultAtomTranslator build them, without the HTML
// trees. atom_oracle_test.go holds it to gofeed's results on the real-world
// feeds and under fuzzing.
//
// Where its result could differ from gofeed's it returns an error instead,
// and parseGofeed falls back to gofeed: a date neither RFC 3339 nor a bare
// date (gofeed tries a hundred more layouts), a document that switches its
// charset twice, an empty <script/> in markup that gofeed renders (see
// checkRendered), an xhtml or html div with a mismatched end tag inside
// and text after it (see text), and anything the decoder rejects. Elsewhere the text
// differs only where the HTML parser would rebuild markup so that its text
// changes (text moved out of a table, a leading <title> moved into <head>):
// the fast path keeps the text as the feed wrote it.

// errAtomFallback means the document is left to gofeed's parser.
var errAtomFallback = errors.New("atom: left to gofeed")

// Namespaces and names as gofeed's atom parser and goxpp use them.
const (
	atom10NS = "http://www.w3.org/2005/Atom"
	atom03NS = "http://purl.org/atom/ns#"
	xmlNS    = "http://www.w3.org/XML/1998/namespace"
)

// atomHTML holds the x/net/html steps of gofeed's parseAtomText. Both are
// nil in production: the text goes to PlainText, which reads the markup as
// it is. The oracle test sets gofeed's own versions, to check that
// everything else matches gofeed exactly.
type atomHTML struct {
	stripWrappingDiv func(string) string
	resolveHTML      func(base *url.URL, s string) string
}

// parseAtom reads an Atom document into the gofeed.Feed fields that Parse
// and the normaliser read: feed title and links; each entry's title,
// summary, content, id, links, dates and authors.
func parseAtom(body []byte) (*gofeed.Feed, error) {
	return parseAtomWith(body, atomHTML{})
}

func parseAtomWith(body []byte, h atomHTML) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("atom: internal error: %v", r)
		}
	}()
	p := newAtomParser(body, h)
	feed, err = p.feed()
	if err == nil && (p.switches > 1 || p.fallback) {
		// Offsets past a second charset switch are unknown.
		err = errAtomFallback
	}
	if err != nil {
		return nil, err
	}
	return feed, nil
}

// atomParser reads one document.
type atomParser struct {
	d    *xml.Decoder
	in   []byte        // body without the control bytes gofeed drops
	r    *bytes.Reader // over in
	html atomHTML
	// When the XML declaration names another charset, the decoder reads
	// its converted bytes from conv, which starts at stream offset convAt.
	conv     []byte
	convAt   int64
	switches int
	bases    []*url.URL // xml:base in scope, one per open element
	fallback bool       // leave the document to gofeed
	// skew is how many bytes of character data skipText moved the reader
	// past behind the decoder's back: stream offsets are the decoder's
	// InputOffset plus skew (see offset).
	skew int64
	// afterStart is set while the decoder's last token was a start tag.
	afterStart bool
}

func newAtomParser(body []byte, h atomHTML) *atomParser {
	p := &atomParser{in: dropControlBytes(body), html: h, convAt: -1}
	p.r = bytes.NewReader(p.in)
	p.d = xml.NewDecoder(p.r)
	// As gofeed's shared.NewXMLParser: non-strict, with charset conversion.
	p.d.Strict = false
	p.d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		conv, err := charset.NewReaderLabel(label, r)
		if err != nil {
			return nil, err
		}
		p.switches++
		if p.switches == 1 {
			p.convAt = int64(len(p.in) - p.r.Len())
		}
		return &recordingReader{r: conv, buf: &p.conv}, nil
	}
	return p
}

// dropControlBytes is gofeed's NewControlCharFilterReader on a slice: the
// C0 control bytes that XML forbids (all but tab, LF and CR) are removed.
func dropControlBytes(b []byte) []byte {
	i := 0
	for i < len(b) && !isDroppedControl(b[i]) {
		i++
	}
	if i == len(b) {
		return b
	}
	out := make([]byte, i, len(b))
	copy(out, b[:i])
	for _, c := range b[i:] {
		if !isDroppedControl(c) {
			out = append(out, c)
		}
	}
	return out
}

func isDroppedControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
}

// recordingReader keeps what the charset converter produced, so that raw
// element content can be sliced out of the converted stream.
type recordingReader struct {
	r   io.Reader
	buf *[]byte
}

func (r *recordingReader) Read(b []byte) (int, error) {
	n, err := r.r.Read(b)
	*r.buf = append(*r.buf, b[:n]...)
	return n, err
}

// raw returns the stream's bytes from offset a to b as a string.
func (p *atomParser) raw(a, b int64) string {
	if a >= b {
		return ""
	}
	if p.convAt < 0 || b <= p.convAt {
		return string(p.in[a:b])
	}
	if a >= p.convAt {
		return string(p.conv[a-p.convAt : b-p.convAt])
	}
	return string(p.in[a:p.convAt]) + string(p.conv[:b-p.convAt])
}

// rawByte returns the stream's byte at offset a, or 0.
func (p *atomParser) rawByte(a int64) byte {
	switch {
	case p.convAt < 0 || a < p.convAt:
		if a < int64(len(p.in)) {
			return p.in[a]
		}
	case a-p.convAt < int64(len(p.conv)):
		return p.conv[a-p.convAt]
	}
	return 0
}

// token returns the decoder's next token, past any character data
// skipText can skip; the end of the input inside the document is an
// error, as it is for gofeed. Every caller ignores character data: text
// constructs are read from the raw bytes between offsets.
func (p *atomParser) token() (xml.Token, error) {
	p.skipText()
	tok, err := p.d.Token()
	_, p.afterStart = tok.(xml.StartElement)
	if err == io.EOF {
		return nil, errors.New("atom: document ended before the feed")
	}
	return tok, err
}

// offset is the stream offset of the decoder's next byte.
func (p *atomParser) offset() int64 { return p.d.InputOffset() + p.skew }

// skipText moves the reader past the character data before the next '<'
// when the decoder would read it as one text token, without error, and
// nothing else: the decoder copies every byte of text through a buffer,
// decoding entities, to return a token every caller here ignores, and that
// was most of the time of reading an Atom document (Atom content is
// usually escaped HTML, one long text token). It skips nothing when the
// decoder's next byte is not the reader's (a byte pushed back), unless
// the last token was a start tag (after an end tag the decoder may owe
// another end, which non-strict mode makes up for a mismatched one), after
// a self-closing tag (the decoder still owes its end), in a converted
// charset, or when the text holds what the decoder rejects: characters
// outside XML's range, written or as references, or "]]>".
func (p *atomParser) skipText() {
	if !p.afterStart || p.switches > 0 || p.convAt >= 0 {
		return
	}
	pos := int64(len(p.in) - p.r.Len())
	if pos != p.offset() || pos < 2 || (p.in[pos-2] == '/' && p.in[pos-1] == '>') {
		return
	}
	k := bytes.IndexByte(p.in[pos:], '<')
	if k <= 0 { // no text, or text to the end: the decoder's end of input
		return
	}
	run := p.in[pos : pos+int64(k)]
	if bytes.Contains(run, []byte("]]>")) || badCharRefs(run) || !validXMLChars(run) {
		return
	}
	if _, err := p.r.Seek(int64(k), io.SeekCurrent); err != nil {
		return
	}
	p.skew += int64(k)
}

// push records the xml:base of an element that has just started, as goxpp
// does: resolved against the parent's, and ignored when it does not parse.
func (p *atomParser) push(se xml.StartElement) {
	var parent *url.URL
	if n := len(p.bases); n > 0 {
		parent = p.bases[n-1]
	}
	var raw string
	for _, a := range se.Attr {
		if a.Name.Local == "base" && a.Name.Space == xmlNS {
			raw = a.Value
			break
		}
	}
	if raw == "" {
		p.bases = append(p.bases, parent)
		return
	}
	u, err := url.Parse(raw)
	if err != nil {
		p.bases = append(p.bases, parent)
		return
	}
	if parent != nil {
		u = parent.ResolveReference(u)
	}
	p.bases = append(p.bases, u)
}

func (p *atomParser) pop() { p.bases = p.bases[:len(p.bases)-1] }

func (p *atomParser) base() *url.URL {
	if n := len(p.bases); n > 0 {
		return p.bases[n-1]
	}
	return nil
}

// skip consumes the rest of the element whose start was just read.
func (p *atomParser) skip() error {
	for depth := 0; ; {
		tok, err := p.token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// children calls handle for each child element of the element whose start
// was just read, with its lower-cased local name, as gofeed's ForEachChild
// does, and returns after the element's end. handle must consume the child
// through its end tag. Children outside the Atom namespaces are skipped
// when native is set, as gofeed files them under extensions.
func (p *atomParser) children(native bool, handle func(se xml.StartElement, name string) error) error {
	for {
		tok, err := p.token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			p.push(t)
			if native && !isAtomSpace(t.Name.Space) {
				err = p.skip()
			} else {
				err = handle(t, strings.ToLower(t.Name.Local))
			}
			p.pop()
			if err != nil {
				return err
			}
		}
	}
}

func isAtomSpace(s string) bool {
	switch strings.TrimSpace(s) {
	case "", atom10NS, atom03NS:
		return true
	}
	return false
}

func (p *atomParser) feed() (*gofeed.Feed, error) {
	var root xml.StartElement
	for {
		tok, err := p.d.Token()
		if err == io.EOF {
			return nil, errors.New("atom: no root element")
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			root = se
			break
		}
	}
	if !strings.EqualFold(root.Name.Local, "feed") {
		return nil, fmt.Errorf("atom: root element is <%s>, not <feed>", root.Name.Local)
	}
	p.push(root)
	feed := &gofeed.Feed{FeedType: "atom"}
	var links []atomLink
	var items []*gofeed.Item
	err := p.children(true, func(se xml.StartElement, name string) error {
		var err error
		switch name {
		case "title":
			feed.Title, err = p.text(se, name)
		case "link":
			var l atomLink
			if l, err = p.link(se); err == nil {
				links = append(links, l)
			}
		case "entry":
			var it *gofeed.Item
			if it, err = p.entry(); err == nil {
				items = append(items, it)
			}
		default:
			err = p.skip()
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	feed.Link, feed.Links = atomLinks(links)
	feed.Items = items
	return feed, nil
}

type atomLink struct{ href, rel string }

// atomLinks is DefaultAtomTranslator's choice: the first rel="alternate"
// link (a link without rel is one), and every alternate or self link.
func atomLinks(links []atomLink) (link string, all []string) {
	found := false
	for _, l := range links {
		if !found && l.rel == "alternate" {
			link, found = l.href, true
		}
		if l.rel == "" || l.rel == "alternate" || l.rel == "self" {
			all = append(all, l.href)
		}
	}
	return link, all
}

func (p *atomParser) entry() (*gofeed.Item, error) {
	it := &gofeed.Item{}
	var (
		links                []atomLink
		authors              []*gofeed.Person
		published, updated   string
		publishedP, updatedP *time.Time
		content              string
	)
	err := p.children(true, func(se xml.StartElement, name string) error {
		var err error
		switch name {
		case "title":
			it.Title, err = p.text(se, name)
		case "id":
			it.GUID, err = p.text(se, name)
		case "summary":
			it.Description, err = p.text(se, name)
		case "content":
			content, err = p.text(se, name)
		case "updated", "modified":
			if updated, err = p.text(se, name); err == nil {
				updatedP, err = atomDate(updated)
			}
		case "published", "issued":
			if published, err = p.text(se, name); err == nil {
				publishedP, err = atomDate(published)
			}
		case "author":
			var n string
			if n, err = p.person(); err == nil {
				authors = append(authors, &gofeed.Person{Name: n})
			}
		case "link":
			var l atomLink
			if l, err = p.link(se); err == nil {
				links = append(links, l)
			}
		default:
			// source, contributor, category, rights: nothing the
			// normaliser reads.
			err = p.skip()
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	it.Content = content
	it.Link, it.Links = atomLinks(links)
	it.Updated, it.UpdatedParsed = updated, updatedP
	it.Published, it.PublishedParsed = published, publishedP
	if it.Published == "" {
		it.Published = updated
	}
	if it.PublishedParsed == nil {
		it.PublishedParsed = updatedP
	}
	if len(authors) > 0 {
		it.Authors = authors
		it.Author = authors[0]
	}
	return it, nil
}

// atomDate is gofeed's parseDateUTC for the RFC 3339 dates Atom requires
// and for bare dates ("2011-10-30"). gofeed's shared.ParseDate tries its
// layouts in order and takes the first that parses: the only one before
// RFC 3339 is RFC 822 with a numeric zone, which no RFC 3339 date matches,
// and the first to match a bare date of digits is "2006-1-2", so the
// results agree. Any other date sends the document to gofeed, which knows
// a hundred more layouts.
func atomDate(s string) (*time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil && isBareDate(s) {
		t, err = time.Parse("2006-1-2", s)
	}
	if err != nil {
		return nil, errAtomFallback
	}
	t = t.UTC()
	return &t, nil
}

// isBareDate reports whether s is four digits, '-', one or two digits,
// '-', one or two digits.
func isBareDate(s string) bool {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return s != ""
	}
	y, rest, ok1 := strings.Cut(s, "-")
	m, d, ok2 := strings.Cut(rest, "-")
	return ok1 && ok2 && len(y) == 4 && digits(y) && len(m) <= 2 && digits(m) && len(d) <= 2 && digits(d)
}

// person returns an author's name, as gofeed's parsePerson reads it: the
// last <name> child, in any namespace.
func (p *atomParser) person() (string, error) {
	var name string
	err := p.children(false, func(se xml.StartElement, n string) error {
		if n == "name" {
			var err error
			name, err = p.text(se, n)
			return err
		}
		return p.skip()
	})
	return name, err
}

// link reads a <link> as gofeed's parseLink, its href resolved as gofeed's
// resolveAttrs resolves it.
func (p *atomParser) link(se xml.StartElement) (atomLink, error) {
	var l atomLink
	if href, ok := attribute(se.Attr, "href"); ok {
		l.href = resolveURL(p.base(), href)
	}
	l.rel, _ = attribute(se.Attr, "rel")
	if l.rel == "" {
		l.rel = "alternate"
	}
	return l, p.skip()
}

// attribute is goxpp's Parser.Attribute: an exact local name, preferring
// an attribute without a namespace to the first one with.
func attribute(attrs []xml.Attr, name string) (string, bool) {
	var fallback string
	found := false
	for _, a := range attrs {
		if a.Name.Local == name {
			if a.Name.Space == "" {
				return a.Value, true
			}
			if !found {
				fallback, found = a.Value, true
			}
		}
	}
	return fallback, found
}

// resolveURL is gofeed's XmlBaseResolveUrl with its result used the way
// gofeed uses it: the value goes through url.Parse and String even
// without a base, and stays as it is when it does not parse.
func resolveURL(b *url.URL, s string) string {
	rel, err := url.Parse(strings.TrimLeft(s, " "))
	if err != nil {
		return s
	}
	if b == nil {
		return rel.String()
	}
	base := *b
	if base.Path != "" && s != "" && base.Path[len(base.Path)-1] != '/' {
		base.Path += "/"
	}
	return base.ResolveReference(rel).String()
}

// text reads an Atom text construct as gofeed's parseAtomText does, from
// the raw XML inside the element, except for the x/net/html steps (see
// atomHTML).
func (p *atomParser) text(se xml.StartElement, name string) (string, error) {
	base := p.base()
	var typ, mode string
	for _, a := range se.Attr { // encoding/xml: the last, in any namespace
		switch a.Name.Local {
		case "type":
			typ = a.Value
		case "mode":
			mode = a.Value
		}
	}
	// Read to the end tag, noting where the inside of the element begins
	// and ends, whether it is a single <div> element, which
	// stripWrappingDiv would unwrap, and whether an end tag in it was
	// mismatched. The non-strict decoder closes the open element at a
	// mismatched end tag and then invents ends for the elements above it
	// until one has the tag's name: an invented end reads no input and
	// follows another end (a self-closing tag's follows its start).
	start := p.offset()
	var end, divStart, divEnd, afterDiv int64
	elems, depth := 0, 0
	div, mismatched, prevEnd := false, false, false
loop:
	for {
		p.skipText()
		off := p.offset()
		tok, err := p.token()
		if err != nil {
			return "", err
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				elems++
				if elems == 1 {
					div = p.isDivTag(off)
					divStart = p.offset()
				}
			}
			depth++
		case xml.EndElement:
			if prevEnd && p.offset() == off {
				mismatched = true
			}
			if depth == 0 {
				end = off
				break loop
			}
			depth--
			if depth == 0 && elems == 1 {
				divEnd, afterDiv = off, p.offset()
			}
		}
		_, prevEnd = tok.(xml.EndElement)
	}
	div = div && elems == 1
	// With a mismatched end tag inside, whether the HTML parser still sees
	// one div with nothing beside it depends on what it does with the
	// elements the tag left open: formatting elements (<i>, <a>, ...) are
	// opened again for the text after the div, which then stays, as the
	// div does; others are not. That is HTML tree construction, not
	// worth copying for markup this broken: when text follows the div,
	// the document goes to gofeed (see stripWrappingDiv).
	unsure := div && mismatched && strings.TrimSpace(p.raw(afterDiv, end)) != ""

	result := strings.TrimSpace(p.raw(start, end))
	lowerType := strings.ToLower(typ)
	lowerMode := strings.ToLower(mode)
	switch {
	case strings.Contains(result, "<![CDATA["):
		result = stripCDATA(result)
		if lowerType == "html" || strings.Contains(lowerType, "xhtml") {
			result = p.resolveHTML(base, result)
		}
	case lowerType == "text" || strings.HasPrefix(lowerType, "text/") || (lowerType == "" && lowerMode == ""):
		result = atomEntities(result)
	case strings.Contains(lowerType, "xhtml"):
		result = p.stripWrappingDiv(result, div, unsure, divStart, divEnd)
		result = p.resolveHTML(base, result)
	case lowerType == "html":
		result = p.stripWrappingDiv(result, div, unsure, divStart, divEnd)
		result = atomEntities(result)
		result = p.resolveHTML(base, result)
	case lowerMode == "base64" || isBinaryMediaType(lowerType):
		if decoded, err := base64.StdEncoding.DecodeString(result); err == nil {
			result = string(decoded)
		}
	}
	switch name { // atomUriElements
	case "icon", "id", "logo", "uri", "url":
		result = resolveURL(base, result)
	}
	return result, nil
}

// isDivTag reports whether the start tag at offset off is <div> as an HTML
// parser reads it: no prefix, any case.
func (p *atomParser) isDivTag(off int64) bool {
	if p.rawByte(off) != '<' || p.rawByte(off+1)|0x20 != 'd' || p.rawByte(off+2)|0x20 != 'i' || p.rawByte(off+3)|0x20 != 'v' {
		return false
	}
	switch p.rawByte(off + 4) {
	case ' ', '\t', '\n', '\r', '/', '>':
		return true
	}
	return false
}

// stripWrappingDiv stands in for gofeed's, which parses the text as HTML
// and, when its body holds exactly one element and that is a div, returns
// the div's content rendered back to HTML. Here the single top-level
// element of the XML is unwrapped, as it is: PlainText reads the same text
// in it. The one place the rendering shows is an empty result, which
// makes the normaliser use the summary instead. unsure leaves the document
// to gofeed: the HTML parser may not unwrap the div (see text).
func (p *atomParser) stripWrappingDiv(s string, div, unsure bool, start, end int64) string {
	if p.html.stripWrappingDiv != nil {
		return p.html.stripWrappingDiv(s)
	}
	if !div {
		return s
	}
	if unsure {
		p.fallback = true
		return s
	}
	p.checkRendered(s)
	return blankAsHTML(p.raw(start, end))
}

// resolveHTML stands in for gofeed's shared.ResolveHTML, which, when an
// xml:base is in scope, parses the text as HTML, resolves URLs in its
// attributes and renders it back. PlainText reads no attributes, so only
// an empty rendering matters here.
func (p *atomParser) resolveHTML(base *url.URL, s string) string {
	if p.html.resolveHTML != nil {
		return p.html.resolveHTML(base, s)
	}
	if base == nil {
		return s
	}
	p.checkRendered(s)
	return blankAsHTML(s)
}

// checkRendered leaves the document to gofeed when markup that gofeed
// renders through the HTML parser has an XML-style empty <script/>,
// <style/>, <noscript/> or <iframe/>: the HTML parser ignores the '/' and
// drops the rest of the text as the element's content, while PlainText,
// which follows the tokenizer, shows that rest as text, markup and all.
// Neither is right, and such markup is rare: gofeed's answer is kept.
func (p *atomParser) checkRendered(s string) {
	if !strings.Contains(s, "/>") {
		return
	}
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 || i+j+1 >= len(s) {
			return
		}
		i += j + 1
		if !isASCIILetter(s[i]) {
			continue
		}
		t, ok := scanTag(s, i)
		if !ok {
			return
		}
		if tag := lookupTag(s[i:t.nameEnd]); tag.class == tagSkip && tag.raw != rawNone && t.selfClosing(s) {
			p.fallback = true
			return
		}
		i = t.end
	}
}

// blankAsHTML returns "" for markup-free text that HTML rendering turns
// into white space only ("&nbsp;" for one), else s.
func blankAsHTML(s string) string {
	if strings.IndexByte(s, '<') >= 0 || strings.TrimSpace(s) == "" {
		return s
	}
	if strings.IndexByte(s, '&') >= 0 && strings.TrimSpace(html.UnescapeString(s)) == "" {
		return ""
	}
	return s
}

// isBinaryMediaType is gofeed's: an Atom content type whose text is base64.
func isBinaryMediaType(t string) bool {
	if t == "" || strings.HasPrefix(t, "text/") || strings.Contains(t, "xml") {
		return false
	}
	if strings.HasPrefix(t, "image/") ||
		strings.HasPrefix(t, "audio/") ||
		strings.HasPrefix(t, "video/") {
		return true
	}
	switch t {
	case "application/octet-stream", "application/pdf", "application/zip",
		"application/gzip", "application/x-gzip", "application/ogg":
		return true
	}
	return false
}

// stripCDATA is gofeed's shared.StripCDATA: CDATA sections verbatim, the
// text around them through atomEntities.
func stripCDATA(s string) string {
	const open, close = "<![CDATA[", "]]>"
	var b strings.Builder
	b.Grow(len(s))
	for cur := 0; cur < len(s); {
		i := strings.Index(s[cur:], open)
		if i < 0 {
			b.WriteString(atomEntities(s[cur:]))
			break
		}
		i += cur
		b.WriteString(atomEntities(s[cur:i]))
		j := strings.Index(s[i+len(open):], close)
		if j < 0 {
			b.WriteString(atomEntities(s[i:]))
			break
		}
		j += i + len(open)
		b.WriteString(s[i+len(open) : j])
		cur = j + len(close)
	}
	return b.String()
}

// atomEntities is gofeed's shared.DecodeEntities: HTML entities are
// decoded only when they end in ';' within 64 bytes and contain no white
// space, and only when the ';' is part of the entity ("&copy=2;" stays).
// The entities that escaped HTML is made of are decoded without calling
// html.UnescapeString twice for each.
func atomEntities(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	const maxEntityLen = 64
	var b strings.Builder
	b.Grow(len(s))
	for {
		b.WriteString(s[:i])
		s = s[i:]
		window := s[:min(len(s), maxEntityLen)]
		end := strings.IndexByte(window, ';')
		if end < 0 && len(window) == len(s) {
			b.WriteString(s)
			break
		}
		if end < 0 || strings.ContainsAny(s[1:end], " \t\r\n") {
			b.WriteByte('&')
			s = s[1:]
		} else if r := commonEntityRef(s[:end+1]); r != "" {
			b.WriteString(r)
			s = s[end+1:]
		} else {
			span := s[:end+1]
			dec := html.UnescapeString(span)
			if dec == html.UnescapeString(span[:len(span)-1])+";" {
				b.WriteByte('&')
				s = s[1:]
			} else {
				b.WriteString(dec)
				s = s[end+1:]
			}
		}
		if i = strings.IndexByte(s, '&'); i < 0 {
			b.WriteString(s)
			break
		}
	}
	return b.String()
}

// commonEntityRef decodes the references escaped HTML is mostly made of,
// which atomEntities accepts whole, or returns "".
func commonEntityRef(ref string) string {
	switch ref {
	case "&lt;":
		return "<"
	case "&gt;":
		return ">"
	case "&amp;":
		return "&"
	case "&quot;", "&#34;":
		return `"`
	case "&apos;", "&#39;":
		return "'"
	}
	return ""
}
