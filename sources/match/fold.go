package match

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tableRunes is how many runes get a precomputed fold: Latin, Greek,
// Cyrillic, Hebrew, Arabic and Latin Extended Additional (Vietnamese) all
// fall below it, and so do the typographic quotes, dashes and ellipsis of
// General Punctuation (U+2000..U+206F) and the currency signs, which
// English news text is full of, so ordinary text never takes the slow path.
const tableRunes = 0x2100

// folded is the fold of one rune, at most 4 bytes (no rune below
// tableRunes needs more after dropping marks).
type folded struct {
	b [4]byte
	n uint8
}

// foldTables holds, for each rune below tableRunes, its fold as Fold
// returns it and as the matcher sees it (every non-word rune a space).
// They are immutable once built, so sharing them is safe.
type foldTables struct {
	text [tableRunes]folded
	word [tableRunes]folded
}

var tables = sync.OnceValue(func() *foldTables {
	t := new(foldTables)
	for r := rune(0); r < tableRunes; r++ {
		f := foldRune(r)
		if len(f) <= 4 {
			t.text[r].n = uint8(copy(t.text[r].b[:], f))
		}
		w := wordFold(r)
		t.word[r].n = uint8(copy(t.word[r].b[:], w))
	}
	return t
})

// special are letters that Unicode decomposition leaves alone but readers
// see as a base letter plus a stroke or as a ligature.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
	'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t",
}

// foldRune returns the fold of r: lower case without diacritics, quotes
// unified, invisible format characters (zero-width joiners, direction
// marks, soft hyphens, BOM) dropped.
func foldRune(r rune) string {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r == '`' {
			r = '\''
		}
		return string(r)
	case r == utf8.RuneError:
		return string(r)
	case unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Mn, r):
		return ""
	}
	switch r {
	case '‘', '’', '‚', '‛', 'ʼ', '′', '´', 'ʻ', '＇':
		return "'"
	case '“', '”', '„', '‟', '«', '»', '″', '＂':
		return "\""
	}
	if s, ok := special[r]; ok {
		return s
	}
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		if s, ok := special[d]; ok {
			b.WriteString(s)
			continue
		}
		b.WriteRune(unicode.ToLower(d))
	}
	if b.Len() > 4 {
		// Some Indic vowels decompose into two spacing marks; keep them whole.
		return string(unicode.ToLower(r))
	}
	return b.String()
}

// wordFold is foldRune as the matcher sees it: a rune that is not a
// letter or digit is a space, so punctuation and hyphens separate words.
func wordFold(r rune) string {
	f := foldRune(r)
	if f == "" {
		return ""
	}
	for _, c := range f {
		if !isWordRune(c) {
			return " "
		}
	}
	return f
}

// isWordRune: letters and digits, plus "+" and "&" so that names like
// "Face++" or "AT&T" do not shrink to the common words "face" or "at t".
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z' || r == '+' || r == '&'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mc, r))
}

// Fold returns s in lower case with diacritics removed, apostrophes and
// quotes unified to ' and ", and invisible format characters dropped.
// Invalid UTF-8 becomes U+FFFD. It is the folding the matcher applies to
// terms and text before comparing them.
func Fold(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '`' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	t := tables()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < tableRunes {
			f := &t.text[r]
			b.Write(f.b[:f.n])
			continue
		}
		b.WriteString(foldRune(r))
	}
	return b.String()
}
