package sources

import (
	"bytes"
	"errors"
	"fmt"
)

// maxItems is how many entries of one feed are read. Feeds list their
// newest entries first, and no real one holds more than a few hundred;
// what lies past the limit is cut from the document before a parser sees
// it, so that a body of a million empty entries costs no more than one of
// maxItems: the parsers' trees take about a hundred times the bytes of an
// empty entry.
const maxItems = 500

// maxJSONDepth is encoding/json's own nesting limit: deeper documents fail
// to parse, so limitJSON leaves them as they are.
const maxJSONDepth = 10000

// Limits on the shape of an XML feed, far above any real feed's (about
// 240 real-world feeds have at most 4,200 elements, 2,200 attributes and
// a depth of 10) and far below what makes a parser's tree large: gofeed
// keeps every extension element as a tree of maps, a few hundred bytes
// each, and encoding/xml a stack entry for every open element.
const (
	maxXMLNodes = 100000 // elements and attributes, in the part read
	maxXMLDepth = 100
)

// errTooComplex is a document past those limits: no repair is tried.
var errTooComplex = errors.New("document too complex to read")

// limitXML returns an RSS or Atom document cut before its first entry past
// max, with end tags for the elements still open there. An entry is
// an element whose local name is name ("item", "entry"), in any case and
// with any prefix, at a depth where a feed holds its entries: under the
// root (Atom, RSS 1.0) or under the root's child (RSS 2.0's channel), at
// most entryDepth from the root counted as 1. A document whose part to be
// read is deeper than maxXMLDepth or has more than maxXMLNodes elements
// and attributes is refused.
//
// It reads the markup as encoding/xml does for a well-formed document
// (comments, CDATA, processing instructions, DOCTYPE, quoted attribute
// values) without building anything; the body is returned as it is when
// it has no more than max entries.
func limitXML(body []byte, name string, entryDepth, max int) ([]byte, error) {
	var open [3][]byte // names of the open elements at depths 1 to 3
	depth, entries, nodes := 0, 0, 0
	for i := 0; ; {
		j := bytes.IndexByte(body[i:], '<')
		if j < 0 || i+j+1 >= len(body) {
			return body, nil
		}
		lt := i + j
		i = lt + 1
		switch c := body[i]; {
		case c == '!':
			switch {
			case bytes.HasPrefix(body[i:], []byte("!--")):
				i = skipPast(body, i+3, "-->")
			case bytes.HasPrefix(body[i:], []byte("![CDATA[")):
				i = skipPast(body, i+8, "]]>")
			default: // <!DOCTYPE ...>, with an internal subset in brackets
				i = declEnd(body, i)
			}
		case c == '?':
			i = skipPast(body, i+1, "?>")
		case c == '/':
			i, _ = tagEnd(body, i)
			if depth > 0 {
				depth--
			}
		case isNameStart(c):
			k := i
			for k < len(body) && isNameByte(body[k]) {
				k++
			}
			qname := body[i:k]
			end, attrs := tagEnd(body, k)
			selfClosing := end-2 >= k && body[end-2] == '/' && body[end-1] == '>'
			local := qname
			if p := bytes.LastIndexByte(qname, ':'); p >= 0 {
				local = qname[p+1:]
			}
			if depth+1 >= 2 && depth+1 <= entryDepth && bytes.EqualFold(local, []byte(name)) {
				entries++
				if entries > max {
					return closeAt(body[:lt], open[:min(depth, len(open))]), nil
				}
			}
			if nodes += 1 + attrs; nodes > maxXMLNodes {
				return nil, fmt.Errorf("%w: more than %d elements and attributes", errTooComplex, maxXMLNodes)
			}
			i = end
			if !selfClosing {
				if depth < len(open) {
					open[depth] = qname
				}
				if depth++; depth > maxXMLDepth {
					return nil, fmt.Errorf("%w: elements nested more than %d deep", errTooComplex, maxXMLDepth)
				}
			}
		}
	}
}

// closeAt returns head followed by end tags for the open elements,
// innermost first.
func closeAt(head []byte, open [][]byte) []byte {
	n := len(head)
	for _, o := range open {
		n += len(o) + 3
	}
	out := make([]byte, 0, n)
	out = append(out, head...)
	for k := len(open) - 1; k >= 0; k-- {
		out = append(out, "</"...)
		out = append(out, open[k]...)
		out = append(out, '>')
	}
	return out
}

// skipPast returns the offset just past the first end at or after i, or
// the end of b.
func skipPast(b []byte, i int, end string) int {
	if k := bytes.Index(b[i:], []byte(end)); k >= 0 {
		return i + k + len(end)
	}
	return len(b)
}

// tagEnd returns the offset just past the '>' that ends the tag going on
// at i, outside quoted attribute values, and the number of attributes
// (of '=' signs) on the way.
func tagEnd(b []byte, i int) (end, attrs int) {
	for i < len(b) {
		switch b[i] {
		case '>':
			return i + 1, attrs
		case '=':
			attrs++
			i++
		case '"', '\'':
			k := bytes.IndexByte(b[i+1:], b[i])
			if k < 0 {
				return len(b), attrs
			}
			i += k + 2
		default:
			i++
		}
	}
	return len(b), attrs
}

// declEnd returns the offset just past a <!...> declaration whose '!' is
// at i: its '>' outside quotes and outside an internal subset in brackets.
func declEnd(b []byte, i int) int {
	brackets := 0
	for i < len(b) {
		switch b[i] {
		case '[':
			brackets++
		case ']':
			if brackets > 0 {
				brackets--
			}
		case '"', '\'':
			k := bytes.IndexByte(b[i+1:], b[i])
			if k < 0 {
				return len(b)
			}
			i += k + 1
		case '>':
			if brackets == 0 {
				return i + 1
			}
		}
		i++
	}
	return len(b)
}

// isNameStart and isNameByte are XML's name characters as bytes: any byte
// of a multi-byte rune counts, as every such rune in a tag is part of a
// name in the documents that matter here.
func isNameStart(c byte) bool {
	return isASCIILetter(c) || c == '_' || c == ':' || c >= 0x80
}

func isNameByte(c byte) bool {
	return isNameStart(c) || '0' <= c && c <= '9' || c == '-' || c == '.'
}

// limitJSON returns a JSON document with every array cut to its first max
// elements: a JSON Feed's items, and the tags, authors and
// attachments inside them. It reads only strings and brackets, and
// returns the body as it is when nothing is cut or when the document is
// nested deeper than encoding/json reads.
func limitJSON(body []byte, max int) []byte {
	type frame struct {
		array  bool
		commas int
		cut    int // offset of the comma before the first element dropped; -1 when none
	}
	var (
		stack   []frame
		cuts    [][2]int // [from, to) ranges to drop, in order
		cutting int      // open arrays being cut, including the innermost
	)
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '"':
			for i++; i < len(body); i++ {
				k := bytes.IndexAny(body[i:], `"\`)
				if k < 0 {
					i = len(body)
					break
				}
				i += k
				if body[i] == '"' {
					break
				}
				i++ // the escaped byte
			}
		case '[', '{':
			if len(stack) == maxJSONDepth {
				return body
			}
			stack = append(stack, frame{array: body[i] == '[', cut: -1})
		case ']', '}':
			if len(stack) == 0 {
				return body
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if f.cut >= 0 {
				cutting--
				if cutting == 0 {
					cuts = append(cuts, [2]int{f.cut, i})
				}
			}
		case ',':
			if n := len(stack); n > 0 && stack[n-1].array {
				f := &stack[n-1]
				f.commas++
				if f.commas == max && f.cut < 0 {
					f.cut = i
					cutting++
				}
			}
		}
	}
	if len(cuts) == 0 {
		return body
	}
	dropped := 0
	for _, c := range cuts {
		dropped += c[1] - c[0]
	}
	out := make([]byte, 0, len(body)-dropped)
	prev := 0
	for _, c := range cuts {
		out = append(out, body[prev:c[0]]...)
		prev = c[1]
	}
	return append(out, body[prev:]...)
}
