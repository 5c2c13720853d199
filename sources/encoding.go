package sources

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

var errTooLarge = errors.New("body too large")

// isGzip reports whether b starts with the gzip magic number. Some servers
// send gzip bodies without Content-Encoding, and some files are stored
// compressed, so the bytes are sniffed rather than trusted to headers.
func isGzip(b []byte) bool {
	return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b
}

// maxGzipLayers is how many gzip layers a body may have. Two are common: a
// file stored compressed and served with Content-Encoding: gzip. Each layer
// read costs a decompressor's window, so a body of thousands of nested
// layers is refused rather than read.
const maxGzipLayers = 3

// gunzip decompresses b and every gzip layer inside it, refusing to produce
// more than limit bytes in all so that a small gzip bomb cannot exhaust
// memory. The layers are read as one stream: only the innermost is kept, so
// gzip inside gzip gets no second allowance.
func gunzip(b []byte, limit int64) ([]byte, error) {
	var r io.Reader = bytes.NewReader(b)
	for layer := 0; ; layer++ {
		br := bufio.NewReader(r)
		if head, _ := br.Peek(2); !isGzip(head) {
			r = br
			break
		}
		if layer == maxGzipLayers {
			return nil, fmt.Errorf("gzip: more than %d layers", maxGzipLayers)
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	out, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("decompressed %w (over %d bytes)", errTooLarge, limit)
	}
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	// A truncated stream still yields what was decompressed: a feed cut
	// short is better parsed (gofeed tolerates a missing tail) than lost.
	return out, nil
}

// xmlDeclRe matches the XML declaration's encoding attribute.
var xmlDeclRe = regexp.MustCompile(`(?i)^(\s*<\?xml[^>]*?encoding\s*=\s*["']?)([A-Za-z0-9._:-]+)(["']?)`)

// declaredEncoding returns the encoding named in the XML declaration at the
// start of b, lower-cased, or "".
func declaredEncoding(b []byte) string {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	m := xmlDeclRe.FindSubmatch(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")))
	if m == nil {
		return ""
	}
	return strings.ToLower(string(m[2]))
}

// setDeclaredEncoding rewrites the declaration's encoding to utf-8, once the
// bytes have been converted, so gofeed's charset reader does not convert
// them a second time.
func setDeclaredEncoding(b []byte) []byte {
	loc := xmlDeclRe.FindSubmatchIndex(b)
	if loc == nil {
		return b
	}
	out := make([]byte, 0, len(b))
	out = append(out, b[:loc[4]]...)
	out = append(out, "utf-8"...)
	out = append(out, b[loc[5]:]...)
	return out
}

// singleByte are declared encodings gofeed converts itself (through
// golang.org/x/net/html/charset), so they are left alone unless the bytes
// are plainly UTF-8.
func isSingleByteLabel(label string) bool {
	switch label {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
		return false
	}
	return !isUTF16or32Label(label)
}

func isUTF16or32Label(label string) bool {
	return strings.HasPrefix(label, "utf-16") || strings.HasPrefix(label, "utf16") ||
		strings.HasPrefix(label, "utf-32") || strings.HasPrefix(label, "utf32") ||
		label == "ucs-2" || label == "ucs-4" || label == "unicode"
}

// normaliseEncoding returns the body as UTF-8 wherever gofeed would fail on
// it (see the feeds guide: this fixed 29 of about 5,600 corpus files and
// broke none):
//   - a UTF-32 or UTF-16 BOM, or the null-byte pattern of an unmarked
//     UTF-16/32 document, is decoded;
//   - a declaration of utf-16/32 on bytes that are not (they were decoded
//     above, or were UTF-8 all along) is rewritten to utf-8;
//   - bytes that are not valid UTF-8 with no declaration, or a utf-8 one,
//     are read as windows-1252, unless they are mostly UTF-8 with a few
//     stray bytes, which become U+FFFD;
//   - a declared single-byte encoding (ISO-8859-1, KOI8-R, windows-1251...)
//     is left to gofeed, except when the bytes are valid UTF-8 with non-ASCII
//     text, which means the declaration is wrong (Miniflux does the same).
func normaliseEncoding(b []byte) []byte {
	if dec := unicodeDecoder(b); dec != nil {
		if out, err := dec.Bytes(b); err == nil {
			b = out
		}
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	label := declaredEncoding(b)
	valid := utf8.Valid(b)
	switch {
	case isUTF16or32Label(label):
		// Any NUL pattern was decoded above, so what is left is 8-bit.
		b = setDeclaredEncoding(b)
		if !utf8.Valid(b) {
			b = fromInvalidUTF8(b)
		}
	case label == "" || label == "utf-8" || label == "utf8":
		if !valid {
			b = fromInvalidUTF8(b)
		}
	case !knownLabel(label):
		// gofeed's charset reader would refuse the whole feed for a label
		// it does not know; the bytes are the best guide left.
		b = setDeclaredEncoding(b)
		if !valid {
			b = fromInvalidUTF8(b)
		}
	case isSingleByteLabel(label) && valid && !isASCII(b):
		b = setDeclaredEncoding(b)
	}
	return b
}

// unicodeDecoder picks a UTF-16/32 decoder from a BOM or the position of
// NUL bytes around the first '<' or '{', or returns nil.
func unicodeDecoder(b []byte) *encoding.Decoder {
	switch {
	case bytes.HasPrefix(b, []byte{0x00, 0x00, 0xfe, 0xff}):
		return utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(b, []byte{0xff, 0xfe, 0x00, 0x00}):
		return utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	}
	if len(b) < 4 {
		return nil
	}
	switch {
	case b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0:
		return utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM).NewDecoder()
	case b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0:
		return utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM).NewDecoder()
	case b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
	case b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
	}
	return nil
}

// fromInvalidUTF8 repairs bytes that are not valid UTF-8. A document that is
// mostly UTF-8 keeps its UTF-8 and loses only the stray bytes; otherwise it
// is read as windows-1252, the usual encoding of undeclared Western feeds.
func fromInvalidUTF8(b []byte) []byte {
	multi, bad := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			bad++
		case n > 1:
			multi++
		}
		i += n
	}
	if multi > bad {
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return out
}

func knownLabel(label string) bool {
	e, _ := charset.Lookup(label)
	return e != nil
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
