package sources

import (
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
func PlainText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !strings.ContainsAny(s, "<&") {
		var w textWriter
		w.text(s)
		return w.String()
	}
	var w textWriter
	z := html.NewTokenizer(strings.NewReader(s))
	skip := ""
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return w.String()
		case html.TextToken:
			if skip == "" {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skip != "" {
				if tt == html.EndTagToken && tag == skip {
					skip = ""
				}
				continue
			}
			switch {
			case skipTags[tag]:
				if tt == html.StartTagToken {
					skip = tag
				}
			case tag == "br":
				w.lineBreak()
			case blockTags[tag]:
				w.paragraph()
			}
		}
	}
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

func (w *textWriter) text(s string) {
	w.b.Grow(len(s))
	newlines := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		// ASCII, most of any feed, without the unicode tables: this loop
		// was half of PlainText's time in the ingest profile.
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r == '\n':
			newlines++
			// A blank line inside text is a paragraph break in plain-text
			// content (JSON Feed content_text, RSS descriptions without HTML).
			if newlines >= 2 {
				w.want(3)
			} else {
				w.want(1)
			}
		case r == ' ' || (r < utf8.RuneSelf && '\t' <= r && r <= '\r') || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			w.want(1)
		case r < ' ' || r == 0x7f || (r >= utf8.RuneSelf && (r == '\u200b' || r == '\ufeff' || r == '\u00ad' || unicode.IsControl(r))):
			// zero-width space, BOM, soft hyphen and control characters
			// carry nothing a reader sees.
		default:
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
			newlines = 0
			if r == utf8.RuneError && size == 1 {
				w.b.WriteString("\uFFFD")
			} else if size == 1 {
				w.b.WriteByte(byte(r))
			} else {
				w.b.WriteString(s[i-size : i])
			}
		}
	}
}

func (w *textWriter) String() string { return w.b.String() }
