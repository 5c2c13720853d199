package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence ("Inc.",
// "Corp.", "Dr.", "Sept."). Tokens with inner periods ("U.S.", "e.g.")
// and single capitals ("John F. Kennedy") are caught by rule, not listed.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "llc": true, "plc": true, "gmbh": true,
	"bros": true, "dept": true, "gov": true, "govt": true, "sen": true, "rep": true, "gen": true,
	"lt": true, "col": true, "capt": true, "no": true, "nos": true, "vs": true, "v": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "est": true,
	"fig": true, "al": true, "ca": true, "cf": true, "mt": true, "ft": true, "pres": true,
}

// maxAbbrev bounds the look-back for an abbreviation, which keeps the
// splitter linear on text like "a.a.a.a.a...".
const maxAbbrev = 12

// Sentences splits text into sentences, trimmed of surrounding space. A
// sentence ends at a line break, at "。！？", or at ".", "!" or "?" (with
// closing quotes or brackets) followed by space, unless the period ends
// an abbreviation ("U.S.", "Inc.") or the next word starts in lower case.
// Decimals ("1.5") never split because no space follows the period.
func Sentences(text string) []string {
	spans := sentenceSpans(text, nil)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = text[sp[0]:sp[1]]
	}
	return out
}

// sentenceSpans appends the byte ranges of the sentences of text.
func sentenceSpans(text string, spans [][2]int) [][2]int {
	return sentenceSpansUpTo(text, spans, 0)
}

// sentenceSpansUpTo is sentenceSpans stopping once spans holds limit
// ranges (limit > 0): the lead needs its first sentence, and reading the
// rest of a 2 KiB summary for it was a quarter of the matcher's time.
func sentenceSpansUpTo(text string, spans [][2]int, limit int) [][2]int {
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		for end > start && isSpaceByte(text[end-1]) {
			end--
		}
		if end > start {
			spans = append(spans, [2]int{start, end})
		}
		start = -1
	}
	n := len(text)
	full := func() bool { return limit > 0 && len(spans) >= limit }
	for i := 0; i < n && !full(); {
		c := text[i]
		if c == '\n' || c == '\r' {
			emit(i)
			i++
			continue
		}
		if isSpaceByte(c) {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				if r == '\u2028' || r == '\u2029' {
					emit(i)
				}
				i += size
				continue
			}
			if start < 0 {
				start = i
			}
			i += size
			if r == '。' || r == '！' || r == '？' || r == '…' && endsHere(text, i) {
				emit(i)
			}
			continue
		}
		if start < 0 {
			start = i
		}
		if c != '.' && c != '!' && c != '?' {
			// Inside a sentence every other ASCII byte only moves on:
			// skip them in a loop of their own (a text read to its end
			// is split whole).
			for i++; i < n && inSentence[text[i]]; i++ {
			}
			continue
		}
		j := i + 1
		for j < n && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		j = skipClosers(text, j)
		if !endsHere(text, j) {
			i = j
			continue
		}
		if c == '.' && j == i+1 && isAbbrev(text, i) {
			i = j
			continue
		}
		emit(j)
		i = j
	}
	if !full() {
		emit(n)
	}
	return spans
}

// endsHere reports whether a sentence may end before text[j]: at the end,
// or before space and a word that does not start in lower case.
func endsHere(text string, j int) bool {
	if j >= len(text) {
		return true
	}
	if !isSpaceByte(text[j]) && text[j] != '\n' && text[j] != '\r' {
		r, _ := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			return false
		}
	}
	k := j
	for k < len(text) && k-j < 64 {
		r, size := utf8.DecodeRuneInString(text[k:])
		if r == '\n' || r == '\r' {
			return true
		}
		if !unicode.IsSpace(r) {
			return !unicode.IsLower(r)
		}
		k += size
	}
	return true
}

func skipClosers(text string, j int) int {
	for j < len(text) {
		switch {
		case text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']':
			j++
		case strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’"):
			j += 3
		case strings.HasPrefix(text[j:], "»"):
			j += 2
		default:
			return j
		}
	}
	return j
}

// isAbbrev reports whether the period at text[dot] ends an abbreviation.
func isAbbrev(text string, dot int) bool {
	k := dot
	for k > 0 && dot-k < maxAbbrev {
		c := text[k-1]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '.') {
			break
		}
		k--
	}
	tok := text[k:dot]
	if tok == "" || k > 0 && dot-k >= maxAbbrev {
		return false
	}
	if strings.Contains(tok, ".") {
		return true
	}
	if len(tok) == 1 && 'A' <= tok[0] && tok[0] <= 'Z' {
		return true
	}
	return setHasLower(abbreviations, tok)
}

// inSentence are the bytes that neither end a sentence nor need decoding:
// ASCII but line breaks and ".!?".
var inSentence = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c != '\n' && c != '\r' && c != '.' && c != '!' && c != '?'
	}
	return t
}()

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\v' || c == '\f'
}
