package sources

import (
	"bytes"
	"errors"
	"io"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// rssScanner reads the XML of an RSS document the way encoding/xml's
// Decoder, configured as gofeed configures it (non-strict, with charset
// conversion), tokenises it, for the documents on which the two agree by
// construction: quoted attribute values, matching end tags, valid UTF-8 in
// the XML character range, at most one XML declaration. Anything else
// (everything non-strict mode forgives, and everything the decoder rejects)
// is errRSSFallback, so that gofeed reads the document. It reads text as
// byte ranges of the input and decodes only what the RSS reader uses,
// where encoding/xml copies every byte through two buffers.
type rssScanner struct {
	b []byte
	i int
	// The current token.
	kind     int
	name     xmlQName
	space    string // name's namespace, as Decoder.Token translates it
	attrs    []xmlAttr
	selfEnd  bool   // a start tag written <x/>
	tokStart int    // offset of the token's first byte
	tokEnd   int    // offset just past the token
	text     []byte // text token: the raw bytes, CDATA markers stripped
	cdata    bool

	open      []rssOpen
	ns        []nsBinding    // the declarations in scope, innermost last
	nsPrefix  map[string]int // prefix -> index of its binding in ns
	nsURI     map[string]int // trimmed namespace -> index of its last declaration
	err       error          // a failure found outside next
	declSeen  bool
	unchecked int  // offset from which validXMLChars has not been checked
	pendEnd   bool // the end half of a self-closing tag is next
}

const (
	tokStart = iota + 1
	tokEnd
	tokText
	tokEOF
)

type xmlQName struct{ prefix, local string }

type xmlAttr struct {
	name  xmlQName
	space string // as Decoder.Token translates it
	raw   []byte // the value as written, between the quotes
}

type rssOpen struct {
	qname []byte
	base  *url.URL
	nsLen int
}

// nsBinding is one xmlns declaration; uri is as written (the decoder's
// view), trimmed is goxpp's. prev and prevSame are the indexes of the
// declaration it hides of the same prefix, and of the previous one of the
// same namespace, or -1.
type nsBinding struct {
	prefix, uri, trimmed string
	prev, prevSame       int
}

// maxPrefixWalk is how many declarations of one namespace prefixFor
// looks through, passing those whose prefix was bound again to another:
// real feeds have none of those, and a document made of them is left to
// gofeed rather than read in time that grows with the square of its size.
const maxPrefixWalk = 64

// errRSSFallback means the document is left to gofeed's parser.
var errRSSFallback = errors.New("rss: left to gofeed")

// newRSSScanner checks the characters up to the first <?xml, past which
// the text may be in another charset; finish checks the rest.
func newRSSScanner(body []byte) (*rssScanner, error) {
	s := &rssScanner{b: dropControlBytes(body)}
	s.unchecked = bytes.Index(s.b, []byte("<?xml"))
	if s.unchecked < 0 {
		s.unchecked = len(s.b)
	}
	if !validXMLChars(s.b[:s.unchecked]) {
		return nil, errRSSFallback
	}
	return s, nil
}

// finish checks the characters not checked yet.
func (s *rssScanner) finish() error {
	if s.err != nil {
		return s.err
	}
	if s.unchecked < len(s.b) && !validXMLChars(s.b[s.unchecked:]) {
		return errRSSFallback
	}
	s.unchecked = len(s.b)
	return nil
}

// validXMLChars reports whether b is valid UTF-8 with only characters that
// XML allows: the decoder rejects others in text and attribute values, and
// this reader does not tell where they are.
func validXMLChars(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	// U+FFFE and U+FFFF.
	return !bytes.Contains(b, []byte("\xef\xbf\xbe")) && !bytes.Contains(b, []byte("\xef\xbf\xbf"))
}

func (s *rssScanner) base() *url.URL {
	if n := len(s.open); n > 0 {
		return s.open[n-1].base
	}
	return nil
}

// next reads the next start tag, end tag or text; comments, processing
// instructions and directives are passed over, as goxpp's Next does.
func (s *rssScanner) next() error {
	if s.err != nil {
		return s.err
	}
	if s.pendEnd {
		s.pendEnd = false
		return s.end()
	}
	for {
		if s.i >= len(s.b) {
			if len(s.open) > 0 {
				return errRSSFallback // the decoder's "unexpected EOF"
			}
			s.kind = tokEOF
			return nil
		}
		s.tokStart = s.i
		if s.b[s.i] != '<' {
			j := bytes.IndexByte(s.b[s.i:], '<')
			if j < 0 {
				j = len(s.b) - s.i
			}
			t := s.b[s.i : s.i+j]
			if bytes.Contains(t, []byte("]]>")) || badCharRefs(t) {
				return errRSSFallback
			}
			s.i += j
			s.kind, s.text, s.cdata, s.tokEnd = tokText, t, false, s.i
			return nil
		}
		if s.i+1 >= len(s.b) {
			return errRSSFallback
		}
		switch c := s.b[s.i+1]; {
		case c == '/':
			return s.endTag()
		case c == '?':
			if err := s.procInst(); err != nil {
				return err
			}
		case c == '!':
			done, err := s.bang()
			if err != nil || done {
				return err
			}
		default:
			return s.startTag()
		}
	}
}

// bang reads <!-- -->, <![CDATA[ ]]> (a text token: done) or a directive.
func (s *rssScanner) bang() (done bool, err error) {
	rest := s.b[s.i+2:]
	switch {
	case bytes.HasPrefix(rest, []byte("--")):
		body := rest[2:]
		k := bytes.Index(body, []byte("--"))
		if k < 0 || k+2 >= len(body) || body[k+2] != '>' {
			return false, errRSSFallback
		}
		s.i += 2 + 2 + k + 3
		return false, nil
	case bytes.HasPrefix(rest, []byte("[CDATA[")):
		body := rest[7:]
		k := bytes.Index(body, []byte("]]>"))
		if k < 0 {
			return false, errRSSFallback
		}
		s.kind, s.text, s.cdata = tokText, body[:k], true
		s.i += 2 + 7 + k + 3
		s.tokEnd = s.i
		return true, nil
	case len(rest) == 0 || rest[0] == '-' || rest[0] == '[':
		return false, errRSSFallback
	}
	// A directive: it ends at the first '>' outside quotes; a '<' outside
	// quotes nests, which is left to the decoder.
	var quote byte
	for k := 1; k < len(rest); k++ {
		c := rest[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '<':
			return false, errRSSFallback
		case c == '>':
			s.i += 2 + k + 1
			return false, nil
		}
	}
	return false, errRSSFallback
}

// procInst reads <?target ...?>. The first <?xml?> declaration may switch
// the charset of the rest of the document, as the decoder's CharsetReader
// does; a second is left to gofeed.
func (s *rssScanner) procInst() error {
	j := s.i + 2
	target, k, ok := s.readName(j)
	if !ok {
		return errRSSFallback
	}
	j = skipXMLSpace(s.b, k)
	end := bytes.Index(s.b[j:], []byte("?>"))
	if end < 0 {
		return errRSSFallback
	}
	content := string(s.b[j : j+end])
	s.i = j + end + 2
	if target != "xml" {
		return nil
	}
	if s.declSeen {
		return errRSSFallback
	}
	s.declSeen = true
	if ver := procInst("version", content); ver != "" && ver != "1.0" {
		return errRSSFallback
	}
	enc := procInst("encoding", content)
	if enc == "" || strings.EqualFold(enc, "utf-8") {
		return nil
	}
	r, err := charset.NewReaderLabel(enc, bytes.NewReader(s.b[s.i:]))
	if err != nil {
		return errRSSFallback
	}
	conv, err := io.ReadAll(r)
	if err != nil {
		return errRSSFallback
	}
	b := make([]byte, 0, s.i+len(conv))
	b = append(b, s.b[:s.i]...)
	s.b = append(b, conv...)
	return s.finish()
}

// procInst is encoding/xml's procInst, which reads a parameter of the XML
// declaration.
func procInst(param, s string) string {
	param = param + "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// readName reads an XML name of ASCII characters at j and returns it and
// the offset past it; a name with other characters is left to the decoder.
func (s *rssScanner) readName(j int) (string, int, bool) {
	k := j
	for k < len(s.b) && isXMLNameByte(s.b[k]) {
		k++
	}
	if k == j || k >= len(s.b) || s.b[k] >= utf8.RuneSelf {
		return "", k, false
	}
	if c := s.b[j]; !isASCIILetter(c) && c != '_' && c != ':' {
		return "", k, false
	}
	return string(s.b[j:k]), k, true
}

func isXMLNameByte(c byte) bool {
	return isASCIILetter(c) || '0' <= c && c <= '9' || c == '_' || c == ':' || c == '.' || c == '-'
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\r' || c == '\n' || c == '\t' }

func skipXMLSpace(b []byte, j int) int {
	for j < len(b) && isXMLSpace(b[j]) {
		j++
	}
	return j
}

// splitQName splits a name as the decoder's nsname does.
func splitQName(s string) (xmlQName, bool) {
	if strings.Count(s, ":") > 1 {
		return xmlQName{}, false
	}
	if p, l, ok := strings.Cut(s, ":"); ok && p != "" && l != "" {
		return xmlQName{p, l}, true
	}
	return xmlQName{local: s}, true
}

func (s *rssScanner) startTag() error {
	raw, j, ok := s.readName(s.i + 1)
	if !ok {
		return errRSSFallback
	}
	name, ok := splitQName(raw)
	if !ok {
		return errRSSFallback
	}
	qraw := s.b[s.i+1 : j]
	s.attrs = s.attrs[:0]
	self := false
	for {
		j = skipXMLSpace(s.b, j)
		if j >= len(s.b) {
			return errRSSFallback
		}
		if s.b[j] == '/' {
			if j+1 >= len(s.b) || s.b[j+1] != '>' {
				return errRSSFallback
			}
			self = true
			j += 2
			break
		}
		if s.b[j] == '>' {
			j++
			break
		}
		araw, k, ok := s.readName(j)
		if !ok {
			return errRSSFallback
		}
		an, ok := splitQName(araw)
		if !ok {
			return errRSSFallback
		}
		k = skipXMLSpace(s.b, k)
		if k >= len(s.b) || s.b[k] != '=' {
			return errRSSFallback
		}
		k = skipXMLSpace(s.b, k+1)
		if k >= len(s.b) || (s.b[k] != '"' && s.b[k] != '\'') {
			return errRSSFallback
		}
		q := bytes.IndexByte(s.b[k+1:], s.b[k])
		if q < 0 {
			return errRSSFallback
		}
		v := s.b[k+1 : k+1+q]
		if bytes.IndexByte(v, '<') >= 0 || badCharRefs(v) {
			return errRSSFallback
		}
		s.attrs = append(s.attrs, xmlAttr{name: an, raw: v})
		j = k + 1 + q + 1
	}
	// Token: the element's own declarations apply to it and its
	// attributes.
	nsLen := len(s.ns)
	for _, a := range s.attrs {
		switch {
		case a.name.prefix == "xmlns":
			s.declare(a.name.local, xmlText(a.raw))
		case a.name.prefix == "" && a.name.local == "xmlns":
			s.declare("", xmlText(a.raw))
		}
	}
	s.name = name
	s.space = s.translate(name, true)
	for k := range s.attrs {
		s.attrs[k].space = s.translate(s.attrs[k].name, false)
	}
	s.open = append(s.open, rssOpen{qname: qraw, base: s.pushBase(), nsLen: nsLen})
	s.kind, s.selfEnd, s.tokEnd = tokStart, self, j
	s.i = j
	s.pendEnd = self
	return nil
}

// translate is the decoder's namespace translation of a name.
func (s *rssScanner) translate(n xmlQName, element bool) string {
	switch {
	case n.prefix == "xmlns":
		return n.prefix
	case n.prefix == "" && !element:
		return ""
	case n.prefix == "xml":
		return xmlNS
	case n.prefix == "" && n.local == "xmlns":
		return ""
	}
	if k, ok := s.nsPrefix[n.prefix]; ok {
		return s.ns[k].uri
	}
	return n.prefix
}

// declare binds a prefix ("" for the default namespace) in the element
// just started.
func (s *rssScanner) declare(prefix, uri string) {
	if s.nsPrefix == nil {
		s.nsPrefix, s.nsURI = map[string]int{}, map[string]int{}
	}
	d := nsBinding{prefix: prefix, uri: uri, trimmed: strings.TrimSpace(uri), prev: -1, prevSame: -1}
	if k, ok := s.nsPrefix[prefix]; ok {
		d.prev = k
	}
	if k, ok := s.nsURI[d.trimmed]; ok {
		d.prevSame = k
	}
	s.nsPrefix[prefix] = len(s.ns)
	s.nsURI[d.trimmed] = len(s.ns)
	s.ns = append(s.ns, d)
}

// undeclare ends the scope of the declarations from index n on.
func (s *rssScanner) undeclare(n int) {
	for k := len(s.ns) - 1; k >= n; k-- {
		d := s.ns[k]
		if d.prev >= 0 {
			s.nsPrefix[d.prefix] = d.prev
		} else {
			delete(s.nsPrefix, d.prefix)
		}
		if d.prevSame >= 0 {
			s.nsURI[d.trimmed] = d.prevSame
		} else {
			delete(s.nsURI, d.trimmed)
		}
	}
	s.ns = s.ns[:n]
}

// pushBase is goxpp's: the element's xml:base resolved against its
// parent's, ignored when empty or unparseable.
func (s *rssScanner) pushBase() *url.URL {
	parent := s.base()
	var raw string
	for _, a := range s.attrs {
		if a.name.local == "base" && a.space == xmlNS {
			raw = xmlText(a.raw)
			break
		}
	}
	if raw == "" {
		return parent
	}
	u, err := url.Parse(raw)
	if err != nil {
		return parent
	}
	if parent != nil {
		u = parent.ResolveReference(u)
	}
	return u
}

func (s *rssScanner) endTag() error {
	raw, j, ok := s.readName(s.i + 2)
	if !ok {
		return errRSSFallback
	}
	j = skipXMLSpace(s.b, j)
	if j >= len(s.b) || s.b[j] != '>' {
		return errRSSFallback
	}
	n := len(s.open)
	// A mismatched end tag is an error, or in non-strict mode an implied
	// end: both are left to the decoder.
	if n == 0 || string(s.open[n-1].qname) != raw {
		return errRSSFallback
	}
	s.tokStart = s.i
	s.i = j + 1
	return s.end()
}

// end reports the end of the innermost open element, whose name and
// namespace stay the current ones, and closes its scope.
func (s *rssScanner) end() error {
	n := len(s.open)
	o := s.open[n-1]
	s.name, _ = splitQName(string(o.qname))
	s.space = s.translate(s.name, true)
	s.undeclare(o.nsLen)
	s.open = s.open[:n-1]
	s.kind, s.tokEnd = tokEnd, s.i
	return nil
}

// skip consumes the rest of the element whose start was just read.
func (s *rssScanner) skip() error {
	for depth := 0; ; {
		if err := s.next(); err != nil {
			return err
		}
		switch s.kind {
		case tokStart:
			depth++
		case tokEnd:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// inner consumes the rest of the element whose start was just read and
// returns its content as written (encoding/xml's innerxml).
func (s *rssScanner) inner() (string, error) {
	if s.selfEnd {
		return "", s.next()
	}
	start := s.tokEnd
	if err := s.skip(); err != nil {
		return "", err
	}
	return string(s.b[start:s.tokStart]), nil
}

// parseText is gofeed's shared.ParseText: the element's content as
// written, trimmed, with CDATA sections unwrapped and entities decoded.
func (s *rssScanner) parseText() (string, error) {
	raw, err := s.inner()
	if err != nil {
		return "", err
	}
	raw = strings.TrimSpace(raw)
	if strings.Contains(raw, "<![CDATA[") {
		return stripCDATA(raw), nil
	}
	return atomEntities(raw), nil
}

// charData consumes the rest of the element whose start was just read and
// returns its own text (not its children's) as the decoder gives it. When
// children is set, it returns the text of each child element by local
// name, first one kept, as gofeed's extension elements hold them.
func (s *rssScanner) charData(children bool) (string, map[string]string, error) {
	var b strings.Builder
	var kids map[string]string
	for {
		if err := s.next(); err != nil {
			return "", nil, err
		}
		switch s.kind {
		case tokText:
			if s.cdata {
				b.WriteString(normaliseNewlines(s.text))
			} else {
				b.WriteString(xmlText(s.text))
			}
		case tokStart:
			local := s.name.local
			v, _, err := s.charData(false)
			if err != nil {
				return "", nil, err
			}
			if children {
				if kids == nil {
					kids = map[string]string{}
				}
				if _, ok := kids[local]; !ok {
					kids[local] = v
				}
			}
		case tokEnd:
			return strings.TrimSpace(b.String()), kids, nil
		}
	}
}

var xmlEntity = map[string]string{"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": `"`}

// xmlText decodes raw character data as the non-strict decoder does:
// the five predefined entities and character references, other
// references kept as written, and \r\n and \r read as \n.
func xmlText(raw []byte) string {
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		return string(raw)
	}
	var b strings.Builder
	b.Grow(len(raw))
	prevCR := false
	for i := 0; i < len(raw); {
		c := raw[i]
		if c == '&' {
			text, n, ok := charRef(raw[i:])
			if ok {
				b.WriteString(text)
			} else {
				b.Write(raw[i : i+n])
			}
			i += n
			prevCR = false
			continue
		}
		switch {
		case c == '\r':
			b.WriteByte('\n')
		case prevCR && c == '\n':
		default:
			b.WriteByte(c)
		}
		prevCR = c == '\r'
		i++
	}
	return b.String()
}

// charRef reads the reference at the start of s ('&') as the decoder's
// text does: it returns its text and length when it decodes, else the
// length of what the decoder keeps as written before reading on.
func charRef(s []byte) (text string, n int, ok bool) {
	at := func(j int) byte {
		if j < len(s) {
			return s[j]
		}
		return '<' // the byte after a text segment
	}
	j := 1
	if at(j) == '#' {
		j++
		base := 10
		if at(j) == 'x' {
			base = 16
			j++
		}
		start := j
		for c := at(j); '0' <= c && c <= '9' || base == 16 && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F'); c = at(j) {
			j++
		}
		if at(j) != ';' {
			return "", j, false
		}
		v, err := strconv.ParseUint(string(s[start:j]), base, 64)
		if err != nil || v > unicode.MaxRune {
			return "", j + 1, false
		}
		return string(rune(v)), j + 1, true
	}
	for c := at(j); c >= utf8.RuneSelf || isXMLNameByte(c); c = at(j) {
		j++
	}
	if at(j) != ';' {
		return "", j, false
	}
	if t, ok := xmlEntity[string(s[1:j])]; ok {
		return t, j + 1, true
	}
	return "", j + 1, false
}

// badCharRefs reports whether raw text has a character reference to a
// character XML does not allow, which the decoder rejects.
func badCharRefs(raw []byte) bool {
	for {
		k := bytes.Index(raw, []byte("&#"))
		if k < 0 {
			return false
		}
		raw = raw[k:]
		text, n, ok := charRef(raw)
		if ok {
			r, _ := utf8.DecodeRuneInString(text)
			if !(r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF) {
				return true
			}
		}
		raw = raw[max(n, 1):]
	}
}

// normaliseNewlines reads \r\n and \r as \n, as the decoder does in CDATA.
func normaliseNewlines(raw []byte) string {
	if bytes.IndexByte(raw, '\r') < 0 {
		return string(raw)
	}
	var b strings.Builder
	for i, c := range raw {
		switch {
		case c == '\r':
			b.WriteByte('\n')
		case c == '\n' && i > 0 && raw[i-1] == '\r':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// prefixFor is gofeed's PrefixForNamespace: the canonical prefix of a
// namespace, else the innermost prefix the document binds to it (when not
// the default one), else the namespace itself.
func (s *rssScanner) prefixFor(space string) string {
	space = strings.TrimSpace(space)
	if p, ok := canonicalPrefix[space]; ok {
		return p
	}
	k, ok := s.nsURI[space]
	for walked := 0; ok && k >= 0; walked++ {
		if walked == maxPrefixWalk {
			s.err = errRSSFallback
			return space
		}
		d := s.ns[k]
		if b, bound := s.nsPrefix[d.prefix]; bound && s.ns[b].trimmed == space {
			if d.prefix != "" {
				return d.prefix
			}
			break
		}
		k = d.prevSame
	}
	return space
}
