package sources

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// oraclePlainText is PlainText as it was before the hand-written scanner:
// golang.org/x/net/html's Tokenizer feeding a textWriter. The scanner must
// give the same output; this copy, and oracleTextWriter below, are frozen so
// that a change to text.go cannot change the reference too.
func oraclePlainText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !strings.ContainsAny(s, "<&") {
		var w oracleTextWriter
		w.text(s)
		return w.String()
	}
	var w oracleTextWriter
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

// oraclePlainTitle is plainTitle over oraclePlainText and oracleTextWriter.
func oraclePlainTitle(s string) string {
	for _, m := range titleHTMLRe.FindAllStringSubmatch(s, -1) {
		tag := strings.ToLower(m[1])
		if inlineTags[tag] || blockTags[tag] || skipTags[tag] || tag == "br" || tag == "img" {
			return oraclePlainText(s)
		}
	}
	var w oracleTextWriter
	w.text(html.UnescapeString(strings.ToValidUTF8(s, "\uFFFD")))
	return w.String()
}

// oracleTextWriter is textWriter as it was before the scanner.
type oracleTextWriter struct {
	b       strings.Builder
	pending int // 0 none, 1 space, 2 newline, 3 paragraph
}

func (w *oracleTextWriter) want(n int) {
	if n > w.pending {
		w.pending = n
	}
}

func (w *oracleTextWriter) lineBreak() { w.want(2) }
func (w *oracleTextWriter) paragraph() { w.want(3) }

func (w *oracleTextWriter) text(s string) {
	w.b.Grow(len(s))
	newlines := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r == '\n':
			newlines++
			if newlines >= 2 {
				w.want(3)
			} else {
				w.want(1)
			}
		case r == ' ' || (r < utf8.RuneSelf && '\t' <= r && r <= '\r') || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			w.want(1)
		case r < ' ' || r == 0x7f || (r >= utf8.RuneSelf && (r == '\u200b' || r == '\ufeff' || r == '\u00ad' || unicode.IsControl(r))),
			oracleHidden(r):
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

func (w *oracleTextWriter) String() string { return w.b.String() }

// oracleHidden lists the invisible format characters dropped since the
// scanner was written (bidirectional controls and their kin): the list is
// policy, not scanning, so the reference follows it.
func oracleHidden(r rune) bool {
	switch r {
	case 0x061c, 0x180e, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
		0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2065, 0x2066, 0x2067, 0x2068, 0x2069,
		0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, 0xfff9, 0xfffa, 0xfffb:
		return true
	}
	return false
}

// corpusTexts returns every item title, content and description (and feed
// title) in the real-world feeds, as gofeed hands them to PlainText: the
// files go through the same steps as Parse up to gofeed's result.
func corpusTexts(tb testing.TB) []string {
	tb.Helper()
	root, files := corpusFiles(tb)
	var texts []string
	for _, rel := range files {
		body, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			tb.Fatal(err)
		}
		if raceEnabled && len(body) > 300<<10 {
			continue
		}
		if isGzip(body) {
			if body, err = gunzip(body, maxParseBody); err != nil {
				continue
			}
		}
		body = repairProlog(normaliseEncoding(body))
		gf, _, err := parseGofeed(body)
		if err != nil {
			if gf, _, err = parseGofeed(repairXML(body)); err != nil {
				continue
			}
		}
		texts = append(texts, gf.Title)
		for _, it := range gf.Items {
			if it != nil {
				texts = append(texts, it.Title, it.Content, it.Description)
			}
		}
	}
	return texts
}

func TestPlainTextOracleCorpus(t *testing.T) {
	texts := corpusTexts(t)
	seen := make(map[string]bool, len(texts))
	compared, diffs := 0, 0
	for _, s := range texts {
		if seen[s] {
			continue
		}
		seen[s] = true
		compared++
		for _, in := range []string{s, strings.ReplaceAll(s, "\n", "\r\n")} {
			if got, want := PlainText(in), oraclePlainText(in); got != want {
				diffs++
				if diffs <= 5 {
					t.Errorf("PlainText differs from the tokenizer on %.300q\ngot  %.300q\nwant %.300q", in, got, want)
				}
			}
		}
		if got, want := plainTitle(s), oraclePlainTitle(s); got != want {
			diffs++
			t.Errorf("plainTitle(%.300q) = %.300q, was %.300q", s, got, want)
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d comparisons differ", diffs, 3*compared)
	}
	t.Logf("%d strings (%d distinct) compared: as they are and with CRLF line endings through PlainText, and through plainTitle", len(texts), compared)
}

// oracleCases are the inputs where a scanner most easily parts from the
// tokenizer.
var oracleCases = []string{
	"", "plain", "a < b", "1<2", "a <3 b", "x<", "x</", "x<!", "x<!-", "x<?", "</>", "a</>b", "< /p>x", "a</ p>b</ p",
	"a<!-- a > b -->b", "a<!-->b", "a<!--->b", "a<!---->b", "a<!-- x --!>b", "a<!-- x --!-->b", "a<!-- x -- >b-->c",
	"a<!--", "a<!-- x", "a<!-- x -", "a<!-- x --", "a<!-- x --!", "a<!-- --!x -->b",
	"<!DOCTYPE html><p>a</p>", "<!doctype html", "<!DOCTYP>a", "a<!>b", "a<!x>b",
	`<?xml version="1.0"?><p>a</p>`, "a<?php echo 1 ?>b", "a<?x",
	"a<![CDATA[x > y]]>b", "a<![CDATA[x]]>b", "a<![CDATA[",
	`<a title="x>y">link</a> after`, `<a title='x>y' href=z>link</a>`, `<a b=c>d`, `<a b= >c`, `<a =b>c`, `<a b="c`, `<a b='`, `<a b=`, `<a b`, `<a `, "<a\tb\nc\fd\re>x",
	"<SCRIPT>x</SCRIPT>y", "<script>x</script >y", "<script>x</script\n>y", "<script>x</scriptx>y</script>z",
	`<script>var s = "</script>"; t</script>after`, "<script>a<!--b</script>c", "<script>a<!--<script>b</script>c-->d</script>e",
	"<script>a<!-- <script> </script> --> b</script>c", "<script><!--x--></script>y", "<script>a<!-</script>b", "<script>a<!</script>b",
	"<script>a<!--", "<script>a<!--<script", "<script>a<!--<scriptx</script>b", "<script>a<!--<script>x</SCRIPT>y</script>z",
	"<script>a<!--<SCRIPT>b</script>c-->d</script>e", "<script>a<!--<ScRiPt/>b</SCRIPT\tc-->d</script>e", "<script>a<!-- <script>b</script> c</script>d",
	"<script>a<!--<script>x--></script>y", "<script>a<!--<script>x<!--y</script>z", "<script>x</scr", "<script>x</script",
	"<script/>x</script>y", "<script a=b/>x</script>y", "<script a=b a=/>x</script>y", "<script a=/ a=b>x</script>y",
	"<script a='b'/>x</script>y", "<script a/>x</script>y", "<SCRIPT A=B/ >x</script>y", "<script a=b b=/>x</script>y",
	"<style>p{} <p>x</p></style>y", "<STYLE>a</Style>b", "<noscript><p>x</p></noscript>y", "<iframe src=x>a<b></iframe>c",
	"<template><p>x</p></template>y", "<head><title>T</title></head><body>b</body>",
	"<svg><style></svg></style>a</svg>b", "<svg><svg></svg>a</svg>b", "<math><mi>x</mi></math>y", "<object>x</object>y",
	"<p>a<script>x<p>y</script>b</p>", "<div><script>x</div>",
	"<title>a &amp; <b>b</b></title>c", "<title>a</title", "<title>a</title ", "<title>a</titlex>b</title>c", "<title></title>x",
	"<textarea>a&lt;b <p>c</p>\r\nd</textarea>e", "<xmp>a&amp;<b></xmp>c", "<noembed>a&amp;</noembed>", "<noframes>&lt;</noframes>x",
	"<plaintext>a</plaintext><p>b&amp;</p>", "x<plaintext>\x00a",
	"&amp; &amp &AMP; &AMP &nbsp;x&nbsp &#8217; &#x2019; &#X2019 &#8217 &notit; &notin; &bogus; &; & &# &#; &#x &#x; &#xg &#1 &#",
	"&lt;p&gt;escaped&lt;/p&gt;", "&apos x &rsquo x &hellip. &QUOT &Amp;", "&quot;a&quot; &apos;b&apos; &rsquo;&lsquo;&ldquo;&rdquo;&mdash;&ndash;&hellip;",
	"&ampx &ltx; &copy2024 &eacute; &NewLine;&NewLine;x &Tab;y &nGt; &acE;", "&#0; &#x0; &#13;&#10;&#10;x &#128; &#x80;&#x9f;&#159; &#x9d;",
	"&#xD800; &#55296; &#x10FFFF; &#x110000; &#1114112; &#99999999999999999999; &#4294967361; &#x100000041;",
	"&#x200b;a&#xad;b&#xfeff;c&#160;d&#x85;e&#x2028;f", "a&#10;&#10;b<p>c",
	"<br/>a<br>b<BR />c</br>d<br/ >e", "<p>a</p><p>b</p>", "<P>a<DIV>b</Div>c", "a<hr/>b", "<h1>x</h1 >y", "<li>a<li>b",
	"<b>a</b> <i>b</i>", "a <b>b</b>c", "a<span> </span>b", "a\n<b>\n</b>\nb", "a\n\n<b>c</b>", "a\n<!---->\nb", "a\n<br>\nb",
	"a\x00b<p>c\x00d</p>", "<title>\x00</title>", "<textarea>a\x00b</textarea>", "<script/>\x00", "a\x00<b>",
	"\xff\xfe", "\xffa", "\ufffd", "é", "éa b", "\u2019s", "\u00a0x", "€ 1", "\U0001F600 x", "x\U0001F600",
	"a\u00a0", "a\u2003", "x\u00ad", "x\u00a9", "x\u2019", "bad \xff byte <p>\xfe\xff</p>", "<p\xff>a</p>", "\xef\xbb\xbfa<p>b</p>", "a\u200bb\u00adc<p>\u00a0d\u3000e\u2028f\u0085g",
	"a\r\nb<p>c\r\n\r\nd\re\r\rf</p>", "a\r\n\r\n<b>x</b>", "<p>a\r</p>b", "x\r&#10;y<b>", "a\r\r<b>",
	"<p a=\"&quot;>\">x</p>", "<a href=\"x\"title=y>z</a>", "<img src=x.png alt=\"a > b\">c", "<a\x00b>c</a\x00b>d",
	"<blockquote>q</blockquote><figcaption>f</figcaption><BLOCKQUOTE>x", "<blockquotes>x</blockquotes>y",
	"<p/>a<p/ >b", "<p =>x", "<a b=c/>x", "<a b=\"c\"/>x", "<a b/>x", "<a / b>x", "<a b=c d=\"e\" f='g' h>x</a>",
}

func TestPlainTextOracleCases(t *testing.T) {
	for _, in := range oracleCases {
		if got, want := PlainText(in), oraclePlainText(in); got != want {
			t.Errorf("PlainText(%q) = %q, the tokenizer gives %q", in, got, want)
		}
		if got, want := plainTitle(in), oraclePlainTitle(in); got != want {
			t.Errorf("plainTitle(%q) = %q, was %q", in, got, want)
		}
	}
}

// TestPlainTextOracleRunes checks every rune, where the scanner's fast
// runs of visible text decide without decoding what is white space or
// invisible.
func TestPlainTextOracleRunes(t *testing.T) {
	var b strings.Builder
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r == 0x800 {
			r = 0x1000
		}
		if !utf8.ValidRune(r) {
			continue
		}
		b.Reset()
		b.WriteString("a ")
		b.WriteRune(r)
		b.WriteString("b ")
		b.WriteRune(r)
		b.WriteString(" \n")
		b.WriteRune(r)
		b.WriteString("\nc")
		b.WriteRune(r)
		if in := b.String(); PlainText(in) != oraclePlainText(in) {
			t.Errorf("PlainText(%q) = %q, the tokenizer gives %q", in, PlainText(in), oraclePlainText(in))
		}
	}
}

func TestLookupTag(t *testing.T) {
	raw := map[string]rawKind{
		"iframe": rawText, "noembed": rawText, "noframes": rawText, "noscript": rawText, "style": rawText, "xmp": rawText,
		"textarea": rawRCData, "title": rawRCData, "script": rawScript, "plaintext": rawPlaintext,
	}
	names := []string{"br", "a", "b", "img", "span", "blockquotes", "figcaptions", "scripts", "p2", "", "\x00"}
	for name := range skipTags {
		names = append(names, name)
	}
	for name := range blockTags {
		names = append(names, name)
	}
	for name := range raw {
		names = append(names, name)
	}
	for _, name := range names {
		want := tagInfo{raw: raw[name]}
		switch {
		case skipTags[name]:
			want.class = tagSkip
		case name == "br":
			want.class = tagBreak
		case blockTags[name]:
			want.class = tagBlock
		}
		if want.class == tagSkip || want.raw != rawNone {
			want.name = name
		}
		for _, in := range []string{name, strings.ToUpper(name)} {
			if got := lookupTag(in); got != want {
				t.Errorf("lookupTag(%q) = %+v, want %+v", in, got, want)
			}
		}
	}
}

func TestCommonEntities(t *testing.T) {
	for _, name := range []string{"quot", "amp", "lt", "gt", "nbsp", "apos", "rsquo", "lsquo", "ldquo", "rdquo", "mdash", "ndash", "hellip"} {
		if commonEntity(name+";") == 0 {
			t.Errorf("commonEntity(%q) = 0", name+";")
		}
		for _, name := range []string{name, name + ";", strings.ToUpper(name), strings.ToUpper(name) + ";"} {
			if got, want := commonEntity(name), html.UnescapeString("&"+name); got != 0 && string(got) != want {
				t.Errorf("commonEntity(%q) = %q, want %q", name, got, want)
			}
		}
	}
}

// oracleFragments are the pieces of markup that decide how the tokenizer
// reads what follows them.
var oracleFragments = []string{
	"<", ">", "/", "/>", "</", "<!", "<?", "<!--", "-->", "--!>", "-", "!", "=", `"`, "'", " ", "\t", "\n", "\r", "\r\n", "\f", "\v",
	"a", "x", "9", "é", "\u00a0", "\u200b", "\xff", "\x00", "&", "&amp", "&amp;", "&#", "&#x", "1", "f", ";", "&not", "it",
	"<p>", "</p>", "<br>", "<b>", "</b>", "<a href=", "<script>", "</script>", "<SCRIPT", "script", "<style>", "</style>",
	"<title>", "</title", "<textarea>", "</textarea>", "<svg>", "</svg>", "<head>", "</head>", "<plaintext>", "<xmp>", "</xmp>",
	"<![CDATA[", "]]>", "<!DOCTYPE", "<script/>", "<div ", "p", "div", "br",
}

// fromFragments turns each byte of b into one of oracleFragments.
func fromFragments(b string) string {
	var out strings.Builder
	for i := 0; i < len(b); i++ {
		out.WriteString(oracleFragments[int(b[i])%len(oracleFragments)])
	}
	return out.String()
}

// TestPlainTextOracleFragments compares the two on random strings of
// oracleFragments, which reach the tokenizer's states far more often than
// random bytes.
func TestPlainTextOracleFragments(t *testing.T) {
	n := 200000
	if testing.Short() || raceEnabled {
		n = 20000
	}
	rng := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 0, 40)
	for range n {
		b = b[:0]
		for range 1 + rng.IntN(cap(b)) {
			b = append(b, byte(rng.IntN(256)))
		}
		in := fromFragments(string(b))
		if got, want := PlainText(in), oraclePlainText(in); got != want {
			t.Fatalf("PlainText(%q) = %q, the tokenizer gives %q", in, got, want)
		}
		if got, want := plainTitle(in), oraclePlainTitle(in); got != want {
			t.Fatalf("plainTitle(%q) = %q, was %q", in, got, want)
		}
	}
}

// FuzzPlainTextOracle compares PlainText (and plainTitle) with the
// tokenizer on the input, and on the input read as a string of
// oracleFragments.
func FuzzPlainTextOracle(f *testing.F) {
	for _, s := range oracleCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, in := range []string{in, fromFragments(in)} {
			if got, want := PlainText(in), oraclePlainText(in); got != want {
				t.Errorf("PlainText(%q) = %q, the tokenizer gives %q", in, got, want)
			}
			if got, want := plainTitle(in), oraclePlainTitle(in); got != want {
				t.Errorf("plainTitle(%q) = %q, was %q", in, got, want)
			}
		}
	})
}
