package sources

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"

	"golang.org/x/net/html/charset"
)

// The repairs below run only after gofeed has failed on a document, so a
// well-formed feed is never altered.

var (
	tagRe        = regexp.MustCompile(`<[A-Za-z][^<>]*>`)
	unquotedAttr = regexp.MustCompile(`(\s[A-Za-z_][\w:.-]*\s*=\s*)([^\s"'<>=]+)`)
)

// repairXML fixes the mistakes seen in real feeds that stop the XML
// decoder: output before the XML declaration (a PHP warning), unquoted
// attribute values (`<rss version=2.0>`), RSS elements written with an
// undeclared "rss:" prefix, and a document cut short (truncated CDATA,
// missing end tags).
func repairXML(b []byte) []byte {
	if i := xmlDeclIndex(b); i > 0 {
		b = b[i:]
	}
	b = tagRe.ReplaceAllFunc(b, func(tag []byte) []byte {
		return unquotedAttr.ReplaceAll(tag, []byte(`$1"$2"`))
	})
	if bytes.Contains(b, []byte("<rss:channel")) && !bytes.Contains(b, []byte("xmlns:rss")) {
		b = bytes.ReplaceAll(b, []byte("<rss:"), []byte("<"))
		b = bytes.ReplaceAll(b, []byte("</rss:"), []byte("</"))
		b = bytes.ReplaceAll(b, []byte(" rss:version="), []byte(" version="))
	}
	return closeTruncated(b)
}

// xmlDeclIndex finds "<?xml" outside comments in the first 4 KB, or -1.
func xmlDeclIndex(b []byte) int {
	head := b[:min(len(b), 4096)]
	for off := 0; ; {
		i := bytes.Index(head[off:], []byte("<?xml"))
		if i < 0 {
			return -1
		}
		i += off
		before := head[:i]
		if bytes.LastIndex(before, []byte("<!--")) <= bytes.LastIndex(before, []byte("-->")) {
			return i
		}
		off = i + 1
	}
}

// closeTruncated appends what a document cut short is missing: the end of
// an open CDATA section or comment and the end tags of open elements.
func closeTruncated(b []byte) []byte {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	var stack []string
	for {
		tok, err := d.RawToken()
		if err != nil {
			if errors.Is(err, io.EOF) && len(stack) == 0 {
				return b
			}
			msg := err.Error()
			if !errors.Is(err, io.EOF) && !strings.Contains(msg, "unexpected EOF") {
				return b // a real syntax error, not truncation
			}
			out := bytes.Clone(b)
			switch {
			case strings.Contains(msg, "CDATA"):
				out = append(out, "]]>"...)
			case strings.Contains(msg, "comment"):
				out = append(out, "-->"...)
			default:
				// Cut inside a tag: drop the partial tag.
				if lt, gt := bytes.LastIndexByte(out, '<'), bytes.LastIndexByte(out, '>'); lt > gt {
					out = out[:lt]
				}
			}
			for i := len(stack) - 1; i >= 0; i-- {
				out = append(out, "</"+stack[i]+">"...)
			}
			return out
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, qname(t.Name))
		case xml.EndElement:
			// Non-strict decoding lets end tags mismatch; pop to the
			// matching start when there is one.
			name := qname(t.Name)
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == name {
					stack = stack[:i]
					break
				}
			}
		}
	}
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}
