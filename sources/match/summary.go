package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Summary limits: short enough for a Discord embed field and a glance.
const (
	summarySentences = 3
	summaryRunes     = 400
)

// Summarize returns an extractive summary of at most 3 sentences and 400
// characters (runes): the evidence first, then the sentences of text that
// follow it (or, when the evidence is not in text, text's first
// sentences), skipping repeats of the title and sentences the evidence
// already holds. A sentence that does not fit ends the summary; evidence
// longer than the limit is cut on a word boundary and ends with "…".
// Space runs become one space, control characters are dropped and
// invalid UTF-8 is replaced, so the result is always valid UTF-8.
func Summarize(evidence, title, text string) string {
	ev := clean(evidence)
	if ev == "" {
		ev = clean(title)
	}
	sentences := Sentences(text)
	next := 0
	fev := Fold(ev)
	for i, s := range sentences {
		if foldsTo(s, fev) {
			next = i + 1
			break
		}
	}
	var b strings.Builder
	runes, count := 0, 0
	if ev != "" {
		ev = cut(ev, summaryRunes)
		b.WriteString(ev)
		runes, count = utf8.RuneCountInString(ev), 1
	}
	ftitle := Fold(clean(title))
	for _, s := range sentences[next:] {
		if count >= summarySentences {
			break
		}
		s = clean(s)
		if s == "" {
			continue
		}
		// The evidence of an alert read across title and lead holds the
		// lead's sentence ("title — sentence"): never say it twice.
		if f := Fold(s); f == ftitle || strings.Contains(fev, f) {
			continue
		}
		n := utf8.RuneCountInString(s)
		if count > 0 {
			n++ // the joining space
		}
		if runes+n > summaryRunes {
			if count == 0 {
				s = cut(s, summaryRunes)
				b.WriteString(s)
			}
			break
		}
		if count > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		runes += n
		count++
	}
	return b.String()
}

// clean makes s one line of valid UTF-8 without control or format
// characters.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldsTo reports whether Fold(clean(s)) == want without building
// either: it folds s as clean and Fold would and stops at the first byte
// that differs. Summarize looks for the evidence among every sentence of
// a text, which may be tens of kilobytes, and most differ at once.
func foldsTo(s, want string) bool {
	t := tables()
	p := 0           // bytes of want matched
	kept := false    // clean has written a rune
	space := false   // a space is due before the next rune kept
	invalid := false // the previous byte was invalid UTF-8 (strings.ToValidUTF8 replaces a run once)
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if size == 1 && r == utf8.RuneError {
			if invalid {
				continue
			}
			invalid = true
		} else {
			invalid = false
		}
		switch {
		case unicode.IsSpace(r):
			space = kept
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			continue
		}
		if space {
			if p == len(want) || want[p] != ' ' {
				return false
			}
			p++
			space = false
		}
		kept = true
		if r < tableRunes {
			f := &t.text[r]
			n := int(f.n)
			if len(want)-p < n || want[p:p+n] != string(f.b[:n]) {
				return false
			}
			p += n
			continue
		}
		f := foldRune(r)
		if !strings.HasPrefix(want[p:], f) {
			return false
		}
		p += len(f)
	}
	return p == len(want)
}

// containsLower reports whether strings.ToLower(s) contains low (a
// lower-cased string) without lower-casing s: titleProper asks it of a
// lead that may be tens of kilobytes. ToLower maps each rune on its own
// (an invalid byte to U+FFFD), and low is valid UTF-8, so a match starts
// and ends on a rune of s.
func containsLower(s, low string) bool {
	if low == "" {
		return true
	}
	for i := 0; i < len(s); {
		if lowerAt(s, i, low) {
			return true
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return false
}

// lowerAt reports whether the runes of s from i, lower-cased, spell low.
func lowerAt(s string, i int, low string) bool {
	for p := 0; p < len(low); {
		if i >= len(s) {
			return false
		}
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if low[p] != c {
				return false
			}
			p++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], unicode.ToLower(r))
		if len(low)-p < n || low[p:p+n] != string(b[:n]) {
			return false
		}
		p += n
		i += size
	}
	return true
}

// cut shortens s to at most limit runes, on a word boundary when there is
// one, marking the cut with "…".
func cut(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	// Keep limit-1 runes, leaving room for the ellipsis.
	end, n := 0, 0
	for i := range s {
		if n == limit-1 {
			end = i
			break
		}
		n++
	}
	head := s[:end]
	if sp := strings.LastIndexByte(head, ' '); sp > 0 {
		head = head[:sp]
	}
	head = strings.TrimRightFunc(head, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != ')' && r != '"'
	})
	return head + "…"
}
