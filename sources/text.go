package sources

import (
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// skipTags hold no readable text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"head": true, "svg": true, "math": true, "iframe": true, "object": true,
}

// blockTags end a paragraph: the matcher looks for a vendor and a signal
// in one sentence, so text from two blocks must never run together.
var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "dl": true,
	"dt": true, "dd": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "pre": true, "table": true,
	"tr": true, "td": true, "th": true, "thead": true, "tbody": true,
	"section": true, "article": true, "header": true, "footer": true,
	"aside": true, "nav": true, "figure": true, "figcaption": true, "hr": true,
	"address": true, "main": true, "details": true, "summary": true,
	"caption": true, "form": true, "fieldset": true, "body": true, "html": true,
	"title": true,
}

// PlainText turns an HTML fragment (or plain text) into plain text:
// entities decoded, <script>, <style> and similar dropped, block elements
// separated by a blank line ("\n\n"), <br> by a newline, and other runs of
// white space collapsed to one space. Line breaks in the result are always
// sentence boundaries. The result is valid UTF-8 and trimmed.
//
// It scans the markup itself rather than running golang.org/x/net/html's
// Tokenizer: the tokenizer was most of PlainText's time in the ingest
// profile, and only the text is needed here, not a DOM or attributes. The
// scanner follows the tokenizer wherever the text depends on it (where a
// tag, comment or raw-text element ends, which entities decode, "\r\n"),
// and text_oracle_test.go holds it to the tokenizer's output on the
// real-world feeds and under fuzzing.
func PlainText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var w textWriter
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 {
		// No tokenizer ever ran on such text, so "\r" stays a space here.
		w.text(s)
		return w.String()
	}
	w.b.Grow(len(s))
	skip := "" // the skipTags element being skipped, until its end tag
	for i := 0; i < len(s); {
		// Text runs to the next '<' that opens markup: one followed by a
		// letter, '/', '!' or '?'. Any other '<' is text.
		k := i
		for {
			j := strings.IndexByte(s[k:], '<')
			if j < 0 || k+j+1 >= len(s) {
				k = len(s)
				break
			}
			k += j
			if c := s[k+1]; isASCIILetter(c) || c == '/' || c == '!' || c == '?' {
				break
			}
			k++
		}
		if skip == "" && k > i {
			w.write(s[i:k], textData)
		}
		if k == len(s) {
			break
		}
		switch c := s[k+1]; {
		case isASCIILetter(c):
			t, ok := scanTag(s, k+1)
			if !ok {
				// A tag cut off by the end of s ends the tokenizer's output.
				return w.String()
			}
			tag := lookupTag(s[k+1 : t.nameEnd])
			if skip == "" {
				switch tag.class {
				case tagSkip:
					if !t.selfClosing(s) {
						skip = tag.name
					}
				case tagBreak:
					w.lineBreak()
				case tagBlock:
					w.paragraph()
				}
			}
			i = t.end
			// The tokenizer reads the content of some elements as raw
			// text, skipped or not: "<p>" there is text, not a tag.
			if tag.raw != rawNone {
				end, mode := len(s), rawData
				switch tag.raw {
				case rawText:
					end = rawTextEnd(s, i, tag.name)
				case rawRCData:
					end, mode = rawTextEnd(s, i, tag.name), rcData
				case rawScript:
					end = scriptEnd(s, i)
				}
				if skip == "" && end > i {
					w.write(s[i:end], mode)
				}
				i = end
			}
		case c == '/':
			if k+2 == len(s) {
				// "</" at the end is text.
				if skip == "" {
					w.write(s[k:], textData)
				}
				return w.String()
			}
			switch c := s[k+2]; {
			case c == '>':
				i = k + 3 // "</>" is nothing at all
			case isASCIILetter(c):
				t, ok := scanTag(s, k+2)
				if !ok {
					return w.String()
				}
				name := s[k+2 : t.nameEnd]
				if skip != "" {
					if equalFoldASCII(name, skip) {
						skip = ""
					}
				} else {
					switch lookupTag(name).class {
					case tagBreak:
						w.lineBreak()
					case tagBlock:
						w.paragraph()
					}
				}
				i = t.end
			default:
				i = closeAngle(s, k+2) // a bogus comment, "</ p>"
			}
		case c == '!':
			switch {
			case k+3 >= len(s):
				i = len(s) // "<!" or "<!x" at the end: a comment to the end
			case s[k+2] == '-' && s[k+3] == '-':
				i = commentEnd(s, k+4)
			default:
				// <!DOCTYPE ...>, or a bogus comment up to the first '>':
				// <![CDATA[...]]> is one too, as the tokenizer reads it
				// unless told it is inside SVG or MathML.
				i = closeAngle(s, k+2)
			}
		default: // '?': <?xml ...?> is a bogus comment
			i = closeAngle(s, k+1)
		}
	}
	return w.String()
}

// tagClass is what PlainText does with an element.
type tagClass uint8

const (
	tagInline tagClass = iota
	tagSkip            // skipTags
	tagBreak           // <br>
	tagBlock           // blockTags
)

// rawKind is how the tokenizer reads an element's content.
type rawKind uint8

const (
	rawNone      rawKind = iota
	rawText              // up to its end tag, entities as they are
	rawRCData            // up to its end tag, entities decoded
	rawScript            // up to </script>, with the script data escapes
	rawPlaintext         // to the end
)

type tagInfo struct {
	name  string // lower case, for skip and raw-text elements
	class tagClass
	raw   rawKind
}

// lookupTag classifies a tag name, in any case. It is skipTags, blockTags
// and the tokenizer's raw-text elements as a switch, which is faster than
// lower-casing into a new string for map look-ups; TestLookupTag keeps the
// two in step.
func lookupTag(name string) tagInfo {
	var buf [10]byte // "blockquote", "figcaption": longer names are inline
	if len(name) > len(buf) {
		return tagInfo{}
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(name)]) {
	case "script":
		return tagInfo{"script", tagSkip, rawScript}
	case "style":
		return tagInfo{"style", tagSkip, rawText}
	case "noscript":
		return tagInfo{"noscript", tagSkip, rawText}
	case "iframe":
		return tagInfo{"iframe", tagSkip, rawText}
	case "template":
		return tagInfo{"template", tagSkip, rawNone}
	case "head":
		return tagInfo{"head", tagSkip, rawNone}
	case "svg":
		return tagInfo{"svg", tagSkip, rawNone}
	case "math":
		return tagInfo{"math", tagSkip, rawNone}
	case "object":
		return tagInfo{"object", tagSkip, rawNone}
	case "br":
		return tagInfo{class: tagBreak}
	case "title":
		return tagInfo{"title", tagBlock, rawRCData}
	case "textarea":
		return tagInfo{"textarea", tagInline, rawRCData}
	case "xmp":
		return tagInfo{"xmp", tagInline, rawText}
	case "noembed":
		return tagInfo{"noembed", tagInline, rawText}
	case "noframes":
		return tagInfo{"noframes", tagInline, rawText}
	case "plaintext":
		return tagInfo{"plaintext", tagInline, rawPlaintext}
	case "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
		"h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
		"thead", "tbody", "section", "article", "header", "footer", "aside",
		"nav", "figure", "figcaption", "hr", "address", "main", "details",
		"summary", "caption", "form", "fieldset", "body", "html":
		return tagInfo{class: tagBlock}
	}
	return tagInfo{}
}

// tagScan is where the parts of a start or end tag are in the input.
type tagScan struct {
	nameEnd int // the name runs from the letter after "<" or "</" to here
	attrs   int // the first attribute, if any
	end     int // just after the closing '>'
	// The last attribute with a name: its name and the end of its value.
	lastKey, lastKeyEnd, lastValueEnd int
}

// scanTag reads the tag whose name starts at s[p], the way the tokenizer's
// readTag does, so that a '>' inside a quoted attribute value does not end
// it. ok is false when s ends inside the tag.
func scanTag(s string, p int) (t tagScan, ok bool) {
	q := p + 1
	for q < len(s) && tagBytes[s[q]]&(tagSpace|tagSlash|tagClose) == 0 {
		q++
	}
	t.nameEnd = q
	q = skipTagSpace(s, q)
	t.attrs, t.lastKey = q, -1
	for q < len(s) {
		if s[q] == '>' {
			t.end = q + 1
			return t, true
		}
		ks, ke, ve, next, ok := scanAttr(s, q)
		if !ok {
			return t, false
		}
		if ke > ks {
			t.lastKey, t.lastKeyEnd, t.lastValueEnd = ks, ke, ve
		}
		q = skipTagSpace(s, next)
	}
	return t, false
}

// scanAttr reads the attribute at s[q] as the tokenizer's readTagAttrKey
// and readTagAttrVal do: its name is s[ks:ke], its value ends at ve, and
// the tag goes on at next. ok is false when s ends inside the attribute.
func scanAttr(s string, q int) (ks, ke, ve, next int, ok bool) {
	ks = q
	if s[q] == '=' {
		q++ // "<p =x>": a leading '=' is part of the name
	}
	for q < len(s) && tagBytes[s[q]] == 0 {
		q++
	}
	ke, ve = q, q
	if q = skipTagSpace(s, q); q >= len(s) {
		return ks, ke, ve, q, false
	}
	switch s[q] {
	case '/':
		return ks, ke, ve, q + 1, true
	case '=':
	default:
		return ks, ke, ve, q, true
	}
	if q = skipTagSpace(s, q+1); q >= len(s) {
		return ks, ke, ve, q, false
	}
	switch quote := s[q]; quote {
	case '>':
		return ks, ke, ve, q, true
	case '"', '\'':
		j := strings.IndexByte(s[q+1:], quote)
		if j < 0 {
			return ks, ke, ve, len(s), false
		}
		ve = q + 1 + j
		return ks, ke, ve, ve + 1, true
	}
	q++ // an unquoted value, up to white space or '>'
	for q < len(s) && tagBytes[s[q]]&(tagSpace|tagClose) == 0 {
		q++
	}
	switch {
	case q >= len(s):
		return ks, ke, q, q, false
	case s[q] == '>':
		return ks, ke, q, q, true
	}
	return ks, ke, q, q + 1, true
}

// selfClosing reports whether the start tag is self-closing for the
// tokenizer: it ends in "/>", and that '/' is not the end of the last
// attribute's unquoted value ("<script src=a/>"), unless that attribute
// repeats an earlier one's name, which the tokenizer drops.
func (t tagScan) selfClosing(s string) bool {
	if s[t.end-2] != '/' {
		return false
	}
	if t.lastKey < 0 || t.lastValueEnd != t.end-1 {
		return true
	}
	key := s[t.lastKey:t.lastKeyEnd]
	for q := t.attrs; q < t.lastKey; {
		ks, ke, _, next, _ := scanAttr(s, q)
		if ke > ks && equalFoldASCII(s[ks:ke], key) {
			return true
		}
		q = skipTagSpace(s, next)
	}
	return false
}

// rawTextEnd returns where the raw text at s[p:] ends: at the "</name"
// (in any case) followed by white space, '/' or '>', or at the end of s.
func rawTextEnd(s string, p int, name string) int {
	for {
		j := strings.Index(s[p:], "</")
		if j < 0 {
			return len(s)
		}
		g := p + j
		if endTagAt(s, g+2, name) {
			return g
		}
		p = g + 2
	}
}

// endTagAt reports whether s[p:] is name (in any case) followed by white
// space, '/' or '>': the end of a raw-text element once "</" is read.
func endTagAt(s string, p int, name string) bool {
	if len(s)-p <= len(name) {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := s[p+i]; c != name[i] && c != name[i]-('a'-'A') {
			return false
		}
	}
	switch s[p+len(name)] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true
	}
	return false
}

// scriptEnd returns where the script data at s[p:] ends, following the
// tokenizer's readScript state by state: a "</script>" inside
// "<!-- <script> -->" does not end it.
func scriptEnd(s string, p int) int {
	n := len(s)
	var c byte

	// endTag is readRawEndTag after "</": a match ends the script at the
	// '<'; a mismatch goes on at the mismatching byte; so does running
	// out of input, to the end.
	endTag := func(p int) (next int, match bool) {
		for i := 0; i < len("script"); i++ {
			if p+i >= n {
				return n, false
			}
			if c := s[p+i]; c != "script"[i] && c != "SCRIPT"[i] {
				return p + i, false
			}
		}
		if p+len("script") >= n {
			return n, false
		}
		switch s[p+len("script")] {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return p - 2, true
		}
		return p + len("script"), false
	}

scriptData:
	if j := strings.IndexByte(s[p:], '<'); j >= 0 {
		p += j + 1
	} else {
		return n
	}
	// scriptDataLessThanSign
	if p >= n {
		return n
	}
	switch s[p] {
	case '/':
		q, match := endTag(p + 1)
		if match || q >= n {
			return q
		}
		p = q
		goto scriptData
	case '!':
		p++
		// scriptDataEscapeStart, scriptDataEscapeStartDash
		if p+1 < n && s[p] == '-' && s[p+1] == '-' {
			p += 2
			goto scriptDataEscapedDashDash
		}
		if p+1 >= n && (p >= n || s[p] == '-') {
			return n
		}
	}
	goto scriptData

scriptDataEscaped:
	if p >= n {
		return n
	}
	c, p = s[p], p+1
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	if p >= n {
		return n
	}
	c, p = s[p], p+1
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	if p >= n {
		return n
	}
	c, p = s[p], p+1
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	if p >= n {
		return n
	}
	c = s[p]
	if c == '/' {
		q, match := endTag(p + 1)
		if match || q >= n {
			return q
		}
		p = q
		goto scriptDataEscaped
	}
	if !isASCIILetter(c) {
		goto scriptData
	}
	// scriptDataDoubleEscapeStart
	for i := 0; i < len("script"); i++ {
		if p >= n {
			return n
		}
		if c := s[p]; c != "script"[i] && c != "SCRIPT"[i] {
			goto scriptDataEscaped
		}
		p++
	}
	if p >= n {
		return n
	}
	switch s[p] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		p++
		goto scriptDataDoubleEscaped
	}
	goto scriptDataEscaped

scriptDataDoubleEscaped:
	if p >= n {
		return n
	}
	c, p = s[p], p+1
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	if p >= n {
		return n
	}
	c, p = s[p], p+1
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	if p >= n {
		return n
	}
	c, p = s[p], p+1
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	if p >= n {
		return n
	}
	if s[p] != '/' {
		goto scriptDataDoubleEscaped
	}
	// scriptDataDoubleEscapeEnd: "</script>" ends the double escape only.
	if q, match := endTag(p + 1); match {
		p = q + len("</script>")
	} else if q >= n {
		return n
	} else {
		p = q
		goto scriptDataDoubleEscaped
	}
	goto scriptDataEscaped
}

// commentEnd returns the end of the comment whose body starts at s[p],
// after "<!--", as the tokenizer's readComment finds it: the first "-->"
// or "--!>", or a '>' after nothing but dashes ("<!-->", "<!--->").
func commentEnd(s string, p int) int {
	q := p
	for q < len(s) && s[q] == '-' {
		q++
	}
	if q < len(s) && s[q] == '>' {
		return q + 1
	}
	for q < len(s) {
		j := strings.IndexByte(s[q:], '>')
		if j < 0 {
			break
		}
		g := q + j
		if body := s[p:g]; strings.HasSuffix(body, "--") || strings.HasSuffix(body, "--!") {
			return g + 1
		}
		q = g + 1
	}
	return len(s)
}

// closeAngle returns the end of a bogus comment or doctype: just after
// the first '>' at or after p, or the end of s.
func closeAngle(s string, p int) int {
	if j := strings.IndexByte(s[p:], '>'); j >= 0 {
		return p + j + 1
	}
	return len(s)
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// Kinds of byte inside a tag.
const (
	tagSpace = 1 << iota // the tokenizer's white space: no '\v'
	tagSlash
	tagClose // '>'
	tagEquals
)

var tagBytes = func() (t [256]uint8) {
	for _, c := range " \n\r\t\f" {
		t[c] = tagSpace
	}
	t['/'], t['>'], t['='] = tagSlash, tagClose, tagEquals
	return t
}()

func skipTagSpace(s string, q int) int {
	for q < len(s) && tagBytes[s[q]] == tagSpace {
		q++
	}
	return q
}

// equalFoldASCII is strings.EqualFold for ASCII letters only, as the
// tokenizer lower-cases names.
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// inlineTags are the HTML elements that appear in feed titles.
var inlineTags = map[string]bool{
	"a": true, "b": true, "i": true, "em": true, "strong": true, "span": true,
	"code": true, "sup": true, "sub": true, "small": true, "u": true, "s": true,
	"mark": true, "abbr": true, "cite": true, "q": true, "font": true, "del": true,
	"ins": true, "tt": true, "kbd": true, "var": true, "big": true, "time": true,
}

// titleHTMLRe finds a start or end tag in a title.
var titleHTMLRe = regexp.MustCompile(`</?([A-Za-z][A-Za-z0-9]*)[\s/>]`)

// plainTitle is PlainText for titles, which are mostly plain text already:
// "Huawei added to the <Entity List>" must keep its words, so markup is
// stripped only when the title holds a real HTML tag.
func plainTitle(s string) string {
	for _, m := range titleHTMLRe.FindAllStringSubmatch(s, -1) {
		tag := strings.ToLower(m[1])
		if inlineTags[tag] || blockTags[tag] || skipTags[tag] || tag == "br" || tag == "img" {
			return PlainText(s)
		}
	}
	var w textWriter
	w.text(html.UnescapeString(strings.ToValidUTF8(s, "\uFFFD")))
	return w.String()
}

// textWriter collapses white space as text is added.
type textWriter struct {
	b       strings.Builder
	pending int // 0 none, 1 space, 2 newline, 3 paragraph
}

func (w *textWriter) want(n int) {
	if n > w.pending {
		w.pending = n
	}
}

func (w *textWriter) lineBreak() { w.want(2) }
func (w *textWriter) paragraph() { w.want(3) }

// text adds plain text as it is: no entities, "\r" a space.
func (w *textWriter) text(s string) {
	w.b.Grow(len(s))
	w.write(s, 0)
}

// textMode is what the tokenizer did to a text token before handing it
// over.
type textMode uint8

const (
	decodeEntities textMode = 1 << iota // character references decoded (not in raw text)
	crlfNewlines                        // "\r\n" and a lone "\r" turned into "\n"
	nulReplaced                         // NUL replaced by U+FFFD (raw text), not dropped

	textData = decodeEntities | crlfNewlines
	rawData  = crlfNewlines | nulReplaced
	rcData   = decodeEntities | crlfNewlines | nulReplaced // <title>, <textarea>
)

// write adds s, valid UTF-8 and one text token of the tokenizer: a blank
// line inside it (two newlines with only white space or invisible
// characters between) is a paragraph break; one split by markup is not.
//
// Runs of visible characters with single spaces between them, most of any
// text, are found eight bytes at a time (runEnd) and copied with one
// WriteString: writing them byte by byte was, after the tokenizer, the
// main cost of PlainText in the ingest profile.
func (w *textWriter) write(s string, mode textMode) {
	newlines := 0
	for i := 0; i < len(s); {
		c := s[i]
		if k := runBytes[c]; k == runVisible || k == runCheck && visibleAt(s, i) {
			j := runEnd(s, i+utf8Len(c))
			w.flush()
			w.b.WriteString(s[i:j])
			newlines = 0
			i = j
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			w.rune(r, &newlines)
			i += size
			continue
		}
		i++
		switch {
		case c == '\r' && mode&crlfNewlines != 0:
			if i < len(s) && s[i] == '\n' {
				continue // the '\n' is the newline
			}
			w.rune('\n', &newlines)
		case c == '&' && mode&decodeEntities != 0:
			i += w.entity(s[i-1:], &newlines) - 1
		case c == 0 && mode&nulReplaced != 0:
			w.rune(utf8.RuneError, &newlines)
		default:
			w.rune(rune(c), &newlines)
		}
	}
}

// rune adds one character; newlines counts the newlines since the last
// visible character of the text token.
func (w *textWriter) rune(r rune, newlines *int) {
	switch {
	case r == '\n':
		*newlines++
		// A blank line inside text is a paragraph break in plain-text
		// content (JSON Feed content_text, RSS descriptions without HTML).
		if *newlines >= 2 {
			w.want(3)
		} else {
			w.want(1)
		}
	case r == ' ' || (r < utf8.RuneSelf && '\t' <= r && r <= '\r') || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
		w.want(1)
	case !visibleRune(r):
		// zero-width space, BOM, soft hyphen and control characters
		// carry nothing a reader sees.
	default:
		w.flush()
		*newlines = 0
		w.b.WriteRune(r)
	}
}

// visibleRune reports whether r, not white space, is written as it is.
func visibleRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= ' ' && r != 0x7f
	}
	return r != '\u200b' && r != '\ufeff' && r != '\u00ad' && !unicode.IsControl(r)
}

// flush writes the white space pending before a visible character,
// none at the start.
func (w *textWriter) flush() {
	if w.pending != 0 && w.b.Len() > 0 {
		switch w.pending {
		case 1:
			w.b.WriteByte(' ')
		case 2:
			w.b.WriteByte('\n')
		case 3:
			w.b.WriteString("\n\n")
		}
	}
	w.pending = 0
}

// String returns the text.
func (w *textWriter) String() string {
	s := w.b.String()
	// PlainText grows the builder to the length of its input: an item
	// that is mostly markup would keep a buffer several times its text.
	if w.b.Cap() > 2*len(s)+4096 {
		return strings.Clone(s)
	}
	return s
}

// Kinds of byte for runEnd.
const (
	runStop         = iota // white space, control characters, '&'
	runVisible             // visible ASCII, or the first byte of a rune that is always visible
	runCheck               // the first byte of a rune that may be white space or invisible
	runContinuation        // a UTF-8 continuation byte
)

// runBytes sorts the bytes for runEnd. The runes textWriter does not write
// as they are (unicode.IsSpace, unicode.IsControl, U+200B, U+FEFF, U+00AD)
// are ASCII or start with 0xC2, 0xE1, 0xE2, 0xE3 or 0xEF in UTF-8.
var runBytes = func() (t [256]uint8) {
	for c := 0x21; c < 0x7f; c++ {
		t[c] = runVisible
	}
	t['&'] = runStop
	for c := 0x80; c < 0xc0; c++ {
		t[c] = runContinuation
	}
	for c := 0xc3; c < 0xf5; c++ {
		t[c] = runVisible
	}
	for _, c := range []byte{0xc2, 0xe1, 0xe2, 0xe3, 0xef} {
		t[c] = runCheck
	}
	return t
}()

// runEnd returns the end of the run of visible characters, with single
// spaces between them, that goes on at s[i]. It looks at eight bytes at a
// time while they are ASCII.
func runEnd(s string, i int) int {
	for {
		for i+9 <= len(s) {
			// Bytes that end a run, flagged in their high bit: those of
			// hiddenBytes, except a space before a byte that is not one.
			x := load64(s, i)
			hidden, space := hiddenBytes(x), spaceBytes(x)
			next := hidden>>8 | uint64(asciiHidden[s[i+8]])<<56
			if stop := hidden&^space | space&next; stop != 0 {
				i += bits.TrailingZeros64(stop) >> 3
				break
			}
			i += 8
		}
		if i >= len(s) {
			return len(s) // not beyond it, were s not valid UTF-8
		}
		switch c := s[i]; runBytes[c] {
		case runVisible:
			i += utf8Len(c)
		case runContinuation:
			i++
		case runCheck:
			if !visibleAt(s, i) {
				return i
			}
			i += utf8Len(c)
		default:
			if c != ' ' || i+1 >= len(s) || runBytes[s[i+1]] != runVisible {
				return i
			}
			i += 2
		}
	}
}

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// load64 returns s[i:i+8] as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hiddenBytes flags, in the high bit of each byte of x, the bytes that
// are not visible ASCII: white space, control characters, DEL, '&' (an
// entity) and every byte of a multi-byte rune, which runEnd looks at one
// by one. Each byte is computed on its own, without carries between them.
func hiddenBytes(x uint64) uint64 {
	low := x &^ msb
	below21 := ^(low + (0x80-0x21)*lsb) & msb  // low < 0x21
	del := (low + lsb) & msb                   // low == 0x7f
	amp := ^((low ^ '&'*lsb) + 0x7f*lsb) & msb // low == '&'
	return x&msb | below21 | del | amp
}

// spaceBytes flags the ' ' bytes of x.
func spaceBytes(x uint64) uint64 {
	low := x &^ msb
	return ^((low ^ ' '*lsb) + 0x7f*lsb | x) & msb
}

// asciiHidden is hiddenBytes for one byte.
var asciiHidden = func() (t [256]uint8) {
	for c := range t {
		if c < 0x21 || c >= 0x7f || c == '&' {
			t[c] = 0x80
		}
	}
	return t
}()

// utf8Len is the length of the UTF-8 sequence that starts with c, an
// ASCII or leading byte.
func utf8Len(c byte) int {
	switch {
	case c < 0xe0:
		return 1 + int(c>>7)
	case c < 0xf0:
		return 3
	}
	return 4
}

// visibleAt reports whether the rune at s[i], which starts with a
// runCheck byte, is written as it is. The bytes decide for the runes
// that are not, without decoding: U+0080 to U+00A0 and U+00AD (0xC2),
// U+1680 (0xE1), U+2000 to U+200B, U+2028, U+2029, U+202F and U+205F
// (0xE2), U+3000 (0xE3) and U+FEFF (0xEF).
func visibleAt(s string, i int) bool {
	if i+2 >= len(s) || s[i+1] < 0x80 || s[i+1] > 0xbf || s[i] >= 0xe0 && (s[i+2] < 0x80 || s[i+2] > 0xbf) {
		r, size := utf8.DecodeRuneInString(s[i:])
		return size > 1 && !unicode.IsSpace(r) && visibleRune(r)
	}
	b1, b2 := s[i+1], s[i+2]
	switch s[i] {
	case 0xc2:
		return b1 > 0xa0 && b1 != 0xad
	case 0xe1:
		return b1 != 0x9a || b2 != 0x80
	case 0xe2:
		if b1 == 0x80 {
			return b2 > 0x8b && b2 != 0xa8 && b2 != 0xa9 && b2 != 0xaf
		}
		return b1 != 0x81 || b2 != 0x9f
	case 0xe3:
		return b1 != 0x80 || b2 != 0x80
	}
	return b1 != 0xbb || b2 != 0xbf // 0xef
}

// entity adds the character reference at the start of s (s[0] is '&'), or
// the '&' when there is none, and returns the bytes it took. It decodes as
// the tokenizer does, which the standard library's html.UnescapeString
// does not quite: it reads "&#x;", "&#1" at the end and numbers past
// U+10FFFF differently, and lacks "&nGt;" and "&nLt;".
func (w *textWriter) entity(s string, newlines *int) int {
	if len(s) > 1 && s[1] == '#' {
		r, n := numericEntity(s)
		if n == 0 {
			r, n = '&', 1
		}
		w.rune(r, newlines)
		return n
	}
	n := 1
	for n < len(s) && (isASCIILetter(s[n]) || '0' <= s[n] && s[n] <= '9') {
		n++
	}
	if n < len(s) && s[n] == ';' {
		n++
	}
	if n == 1 || n == 2 && s[1] == ';' {
		w.rune('&', newlines)
		return 1
	}
	if r := commonEntity(s[1:n]); r != 0 {
		w.rune(r, newlines)
		return n
	}
	// The tokenizer's own decoding, with its entity table: the name may
	// decode in full, in part ("&notit;" is "¬it;") or not at all, and
	// nothing after the name can change that.
	for _, r := range html.UnescapeString(s[:n]) {
		w.rune(r, newlines)
	}
	return n
}

// commonEntity decodes the named references most frequent in feeds
// without a look-up in the table of 2,231; TestCommonEntities checks them
// against it.
func commonEntity(name string) rune {
	switch name {
	case "quot;", "quot":
		return '"'
	case "amp;", "amp":
		return '&'
	case "lt;", "lt":
		return '<'
	case "gt;", "gt":
		return '>'
	case "nbsp;", "nbsp":
		return '\u00a0'
	case "apos;":
		return '\''
	case "rsquo;":
		return '\u2019'
	case "lsquo;":
		return '\u2018'
	case "ldquo;":
		return '\u201c'
	case "rdquo;":
		return '\u201d'
	case "mdash;":
		return '\u2014'
	case "ndash;":
		return '\u2013'
	case "hellip;":
		return '\u2026'
	}
	return 0
}

// numericEntity decodes the numeric reference at the start of s (s starts
// "&#") as the tokenizer's unescapeEntity does; n is 0 when there is none.
func numericEntity(s string) (r rune, n int) {
	if len(s) <= 2 {
		return 0, 0
	}
	i := 2
	hex := s[i] == 'x' || s[i] == 'X'
	if hex {
		i++
	}
	start := i
	for ; i < len(s); i++ {
		c := s[i]
		var d, base rune
		switch {
		case '0' <= c && c <= '9':
			d = rune(c - '0')
		case hex && 'a' <= c && c <= 'f':
			d = rune(c-'a') + 10
		case hex && 'A' <= c && c <= 'F':
			d = rune(c-'A') + 10
		default:
			goto done
		}
		base = 10
		if hex {
			base = 16
		}
		if r <= unicode.MaxRune {
			r = base*r + d
		}
	}
done:
	if i == start {
		return 0, 0
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	switch {
	case 0x80 <= r && r <= 0x9f:
		r = windows1252[r-0x80]
	case r == 0 || 0xd800 <= r && r <= 0xdfff || r > unicode.MaxRune:
		r = utf8.RuneError
	}
	return r, i
}

// windows1252 is what numeric references to C1 controls stand for, as in
// the tokenizer: pages that meant Windows-1252.
var windows1252 = [32]rune{
	'\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
	'\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
	'\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
	'\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
}
