package sources

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

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
		// Control and invisible format characters carry nothing a
		// reader sees, and bidirectional overrides make a title read
		// otherwise than its text.
	default:
		w.flush()
		*newlines = 0
		w.b.WriteRune(r)
	}
}

// visibleRune reports whether r, not white space, is written as it is.
// Dropped are control characters and the invisible format characters that
// can hide or disguise text: the soft hyphen, zero-width space, BOM, word
// joiner and invisible operators (U+2060 to U+2064), the bidirectional
// marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
// U+202A to U+202E, U+2066 to U+2069), the deprecated format characters
// U+206A to U+206F, the Mongolian vowel separator and the interlinear
// annotation characters. The zero-width joiner and non-joiner stay: scripts
// and emoji need them.
func visibleRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= ' ' && r != 0x7f
	}
	switch {
	case r == '\u00ad', r == '\u061c', r == '\u180e', r == '\u200b', r == '\u200e', r == '\u200f', r == '\ufeff',
		'\u202a' <= r && r <= '\u202e', '\u2060' <= r && r <= '\u206f', '\ufff9' <= r && r <= '\ufffb':
		return false
	}
	return !unicode.IsControl(r)
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
// as they are (unicode.IsSpace, and those visibleRune drops) are ASCII or
// start with 0xC2, 0xD8, 0xE1, 0xE2, 0xE3 or 0xEF in UTF-8.
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
	for _, c := range []byte{0xc2, 0xd8, 0xe1, 0xe2, 0xe3, 0xef} {
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
// U+061C (0xD8), U+1680 and U+180E (0xE1), U+2000 to U+200B, U+200E,
// U+200F, U+2028 to U+202F and U+205F to U+206F (0xE2), U+3000 (0xE3),
// U+FEFF and U+FFF9 to U+FFFB (0xEF).
func visibleAt(s string, i int) bool {
	if i+2 >= len(s) || s[i+1] < 0x80 || s[i+1] > 0xbf || s[i] >= 0xe0 && (s[i+2] < 0x80 || s[i+2] > 0xbf) {
		r, size := utf8.DecodeRuneInString(s[i:])
		return size > 1 && !unicode.IsSpace(r) && visibleRune(r)
	}
	b1, b2 := s[i+1], s[i+2]
	switch s[i] {
	case 0xc2:
		return b1 > 0xa0 && b1 != 0xad
	case 0xd8:
		return b1 != 0x9c
	case 0xe1:
		return (b1 != 0x9a || b2 != 0x80) && (b1 != 0xa0 || b2 != 0x8e)
	case 0xe2:
		switch b1 {
		case 0x80:
			return b2 > 0x8b && b2 != 0x8e && b2 != 0x8f && (b2 < 0xa8 || b2 > 0xaf)
		case 0x81:
			return b2 < 0x9f || b2 > 0xaf
		}
		return true
	case 0xe3:
		return b1 != 0x80 || b2 != 0x80
	}
	return (b1 != 0xbb || b2 != 0xbf) && (b1 != 0xbf || b2 < 0xb9 || b2 > 0xbb) // 0xef
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
