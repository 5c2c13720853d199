package sources

import (
	"regexp"
	"strings"
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
