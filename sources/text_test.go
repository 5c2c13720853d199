package sources

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPlainText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "  Kaspersky   banned\tagain ", "Kaspersky banned again"},
		{"entities", "AT&amp;T &ldquo;ban&rdquo; &#8211; &#x41;&nbsp;B", "AT&T \u201cban\u201d \u2013 A B"},
		{"bare ampersand", "Q&A on bans", "Q&A on bans"},
		{"script and style", "<p>a</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>b</p>", "a\n\nb"},
		{"blocks", "<h2>Heading</h2><p>One.</p><ul><li>x</li><li>y</li></ul>", "Heading\n\nOne.\n\nx\n\ny"},
		{"br", "line one<br>line two<br/>three", "line one\nline two\nthree"},
		{"inline", "an <b>Entity</b> <a href='/x'>List</a> entry", "an Entity List entry"},
		{"plain-text paragraphs", "First para.\n\nSecond para.\nSame para.", "First para.\n\nSecond para. Same para."},
		{"invalid utf-8", "bad \xff byte", "bad \uFFFD byte"},
		{"zero width", "Hua\u200bwei", "Huawei"},
		{"comment", "a<!-- hidden -->b", "ab"},
		{"unclosed script", "text<script>never closed", "text"},
		{"nested block whitespace", "<div>\n  <p>\n  x  \n</p>\n</div>", "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlainText(tt.in); got != tt.want {
				t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPlainTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Huawei added to the <Entity List>", "Huawei added to the <Entity List>"},
		{"Vendor <b>Watch</b>", "Vendor Watch"},
		{"Tom &amp; Jerry", "Tom & Jerry"},
		{"a < b > c", "a < b > c"},
	}
	for _, tt := range tests {
		if got := plainTitle(tt.in); got != tt.want {
			t.Errorf("plainTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"", "<p>a</p>b", "&amp;&#0;&#xD800;", "<script>x", "a\n\n\nb", "<br><br>", "\xff\xfe", "<p> </p><p>x</p>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, fn := range []func(string) string{PlainText, plainTitle} {
			out := fn(in)
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 %q", out)
			}
			if strings.TrimSpace(out) != out {
				t.Fatalf("not trimmed: %q", out)
			}
			if strings.Contains(out, "  ") || strings.Contains(out, "\n\n\n") || strings.Contains(out, " \n") || strings.Contains(out, "\n ") {
				t.Fatalf("white space not collapsed: %q", out)
			}
		}
	})
}
