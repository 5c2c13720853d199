package sources

import "strings"

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
	var lt bool    // escapedText stopped at a '<'
	var dashes int // the '-' just read before scriptDataEscaped

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
			p, dashes = p+2, 2
			goto scriptDataEscaped
		}
		if p+1 >= n && (p >= n || s[p] == '-') {
			return n
		}
	}
	goto scriptData

scriptDataEscaped:
	p, lt = escapedText(s, p, dashes)
	dashes = 0
	if !lt {
		goto scriptData
	}

	// scriptDataEscapedLessThanSign
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
	p, lt = escapedText(s, p, 0)
	if !lt {
		goto scriptData
	}

	// scriptDataDoubleEscapedLessThanSign
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

// escapedText reads script data at s[p:] in the tokenizer's escaped
// states (scriptDataEscaped, ...Dash, ...DashDash), which the
// double-escaped states repeat but for where a '<' leads; dashes (0 to 2)
// is how many '-' were just read. It returns just after the '<' that
// leaves for a less-than-sign state (lt true), or just after the "-->"
// that returns to script data, or len(s) (lt false).
func escapedText(s string, p, dashes int) (next int, lt bool) {
	for p < len(s) {
		c := s[p]
		p++
		switch {
		case c == '-':
			dashes = min(dashes+1, 2)
		case c == '<':
			return p, true
		case c == '>' && dashes == 2:
			return p, false
		default:
			dashes = 0
		}
	}
	return len(s), false
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
