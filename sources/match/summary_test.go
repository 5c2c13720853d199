package match

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFoldsTo holds foldsTo to what it stands for, Fold(clean(s)) ==
// want, on the inputs clean and Fold treat apart: invalid UTF-8 runs,
// format and control characters, marks, space runs, case, folds of
// several bytes.
func TestFoldsTo(t *testing.T) {
	pieces := []string{"a", "B", "Kaspersky", " ", "  ", "\t", "\n", "\u00a0", "\u200b", "\u200d", "\u00ad", "\x00", "\x7f",
		"\xff", "\xfe\xfd", "\xe2\x80", "\uFFFD", "é", "e\u0301", "ß", "Æ", "\u212a", "İ", "`", "’", "“", "…", "中", "ﬁ",
		"\U0001F600", "x.", "U.S."}
	r := rand.New(rand.NewPCG(3, 4))
	gen := func() string {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		return b.String()
	}
	for range 20000 {
		s, o := gen(), gen()
		want := Fold(clean(s))
		for _, w := range []string{want, Fold(clean(o)), want + " ", want + "a", strings.TrimSuffix(want, "a"), " " + want} {
			if got := foldsTo(s, w); got != (want == w) {
				t.Fatalf("foldsTo(%q, %q) = %v, Fold(clean) is %q", s, w, got, want)
			}
		}
	}
}

// TestContainsLower holds containsLower to what it spares,
// strings.Contains(strings.ToLower(s), strings.ToLower(n)), on capitals,
// runes whose lower case is another width (the Kelvin sign, "İ") and
// invalid UTF-8.
func TestContainsLower(t *testing.T) {
	pieces := []string{"a", "B", "k", "\u212a", "İ", "i", "\u0307", "é", "É", "\xff", "\uFFFD", "\xe2\x80", " ", "Ω", "ω", "ß"}
	r := rand.New(rand.NewPCG(5, 6))
	gen := func(n int) string {
		var b strings.Builder
		for range r.IntN(n) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		return b.String()
	}
	for range 50000 {
		s, n := gen(10), gen(3)
		low := strings.ToLower(n)
		if got, want := containsLower(s, low), strings.Contains(strings.ToLower(s), low); got != want {
			t.Fatalf("containsLower(%q, %q) = %v, want %v", s, low, got, want)
		}
	}
}
