package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Kaspersky banned", "Kaspersky banned"},
		{"everyone", "hi @everyone and @here", "hi @\u200beveryone and @\u200bhere"},
		{"everyone upper", "@EVERYONE", "@\u200bEVERYONE"},
		{"role mention", "<@&123>", `\<@&123\>`},
		{"user mention", "<@!42>", `\<@!42\>`},
		{"channel mention", "<#42>", `\<\#42\>`},
		{"link", "[link](evil)", `\[link\]\(evil\)`},
		{"markdown", "*b* _i_ ~~s~~ `c` ||sp|| > q # h - l", `\*b\* \_i\_ \~\~s\~\~ \` + "`" + `c\` + "`" + ` \|\|sp\|\| \> q \# h \- l`},
		{"backslash", `a\b`, `a\\b`},
		{"control", "a\x00b\rc", "abc"},
		{"plain email", "x@example.com", "x@example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Escape(tt.in); got != tt.want {
				t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"fits", "short text", 20, "short text"},
		{"exact", "12345", 5, "12345"},
		{"word boundary", "the quick brown fox", 12, "the quick…"},
		{"long word", strings.Repeat("a", 50), 10, "aaaaaaaaa…"},
		{"runes", "ééééé ééééé", 8, "ééééé…"},
		{"one", "abc", 1, "…"},
		{"zero", "abc", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Truncate(tt.in, tt.max)
			if got != tt.want {
				t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
		})
	}
}

func TestEscapeTruncKeepsEscapesWhole(t *testing.T) {
	in := strings.Repeat("*", 100)
	got := EscapeTrunc(in, 11)
	if got != strings.Repeat(`\*`, 5)+"…" {
		t.Errorf("EscapeTrunc = %q, want five escaped stars and an ellipsis", got)
	}
}

// checkEscaped fails when s contains markdown or mention syntax that is
// not escaped.
func checkEscaped(t *testing.T, s string) {
	t.Helper()
	backslashes := 0
	for i, r := range s {
		if strings.ContainsRune("*_~`|<>[]()#-\\", r) {
			if r == '\\' && backslashes%2 == 0 && i+1 < len(s) {
				backslashes++
				continue
			}
			if backslashes%2 == 0 {
				t.Fatalf("unescaped %q at %d in %q", r, i, s)
			}
		}
		backslashes = 0
	}
	low := strings.ToLower(s)
	if strings.Contains(low, "@everyone") || strings.Contains(low, "@here") {
		t.Fatalf("mention left in %q", s)
	}
}

func FuzzEscapeTrunc(f *testing.F) {
	for _, s := range []string{"", "@everyone", "<@&123> [x](y)", "a *b* c", strings.Repeat("word ", 300), "é\\\\*"} {
		f.Add(s, 10)
		f.Add(s, 256)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > 10000 {
			return
		}
		got := EscapeTrunc(s, max)
		if n := utf8.RuneCountInString(got); n > max {
			t.Fatalf("EscapeTrunc(%q, %d) has %d characters", s, max, n)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("EscapeTrunc(%q, %d) = %q is not valid UTF-8", s, max, got)
		}
		checkEscaped(t, strings.TrimSuffix(got, ellipsis))
		if full := Escape(s); utf8.RuneCountInString(full) <= max && got != full {
			t.Fatalf("EscapeTrunc(%q, %d) = %q, want the whole %q", s, max, got, full)
		}
	})
}

func FuzzTruncate(f *testing.F) {
	f.Add("the quick brown fox", 12)
	f.Add("ééééé ééééé", 8)
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > 10000 {
			return
		}
		got := Truncate(s, max)
		s = strings.ToValidUTF8(s, "")
		if n := utf8.RuneCountInString(got); n > max {
			t.Fatalf("Truncate(%q, %d) has %d characters", s, max, n)
		}
		if got != s && !strings.HasSuffix(got, ellipsis) && max > 0 {
			t.Fatalf("Truncate(%q, %d) = %q: cut without an ellipsis", s, max, got)
		}
		if !strings.HasPrefix(s, strings.TrimSuffix(got, ellipsis)) {
			t.Fatalf("Truncate(%q, %d) = %q is not a prefix", s, max, got)
		}
	})
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a", "https://example.com/a"},
		{"https://example.com/a_(b)", "https://example.com/a_%28b%29"},
		{"javascript:alert(1)", ""},
		{"/relative", ""},
		{"https://exa mple.com", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := safeURL(tt.in); got != tt.want {
			t.Errorf("safeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
