package bot

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Discord's limits, counted in characters (Unicode code points).
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedTotal  = 6000
	maxURL         = 2048
	maxChoiceName  = 100
	maxChoiceValue = 100
	maxChoices     = 25
	maxVendorName  = 100
)

const ellipsis = "…"

// zwsp breaks "@everyone" and "@here" so they render as text.
const zwsp = "\u200b"

// escapeUnits splits s into the pieces its escaped form is made of, one per
// rune of s, so that a cut between pieces never separates a backslash from
// the character it escapes.
func escapeUnits(s string) []string {
	// Drop what cannot be shown first, so that removing it cannot join
	// "@" and "everyone" after the check.
	s = strings.Map(func(r rune) rune {
		if r == utf8.RuneError || r == '\r' || (unicode.IsControl(r) && r != '\n' && r != '\t') {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	units := make([]string, 0, len(s))
	for i, r := range s {
		switch r {
		case '\\', '*', '_', '~', '`', '|', '>', '<', '[', ']', '(', ')', '#', '-':
			units = append(units, `\`+string(r))
		case '@':
			rest := s[i+1:]
			if hasPrefixFold(rest, "everyone") || hasPrefixFold(rest, "here") {
				units = append(units, "@"+zwsp)
			} else {
				units = append(units, "@")
			}
		default:
			units = append(units, string(r))
		}
	}
	return units
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// Escape makes untrusted text (a feed title or summary) render literally in
// Discord Markdown: formatting characters are backslash-escaped, mention,
// channel and emoji syntax (<@..>, <@&..>, <#..>, <:..>) is broken by the
// escaped "<", and @everyone/@here get a zero-width space. With
// allowed_mentions.parse empty nothing would ping anyway; escaping also
// keeps the text from looking like a mention.
func Escape(s string) string {
	return strings.Join(escapeUnits(s), "")
}

// EscapeTrunc escapes s and, when the result exceeds max characters, cuts
// the text at a rune and (where one is near) word boundary and appends an
// ellipsis, so that the result has at most max characters.
func EscapeTrunc(s string, max int) string {
	return fitUnits(escapeUnits(s), max)
}

// Truncate cuts s to at most max characters at a rune and, where one is
// near, a word boundary, appending an ellipsis when it cut.
func Truncate(s string, max int) string {
	s = strings.ToValidUTF8(s, "")
	units := make([]string, 0, len(s))
	for _, r := range s {
		units = append(units, string(r))
	}
	return fitUnits(units, max)
}

func fitUnits(units []string, max int) string {
	if max <= 0 {
		return ""
	}
	total := 0
	for _, u := range units {
		total += utf8.RuneCountInString(u)
	}
	if total <= max {
		return strings.Join(units, "")
	}
	if max == 1 {
		return ellipsis
	}
	// Take as many whole units as fit with room for the ellipsis.
	budget := max - 1
	n, used := 0, 0
	for n < len(units) {
		c := utf8.RuneCountInString(units[n])
		if used+c > budget {
			break
		}
		used += c
		n++
	}
	// Back up to the last space when it is not too far back, so that words
	// stay whole; a single very long word is cut mid-word.
	cut := n
	for j := n; j > 0 && j >= n-40; j-- {
		if j < len(units) && isSpaceUnit(units[j]) {
			cut = j
			break
		}
	}
	// Drop trailing spaces before the ellipsis.
	for cut > 0 && isSpaceUnit(units[cut-1]) {
		cut--
	}
	return strings.Join(units[:cut], "") + ellipsis
}

func isSpaceUnit(u string) bool {
	r, _ := utf8.DecodeRuneInString(u)
	return len(u) > 0 && unicode.IsSpace(r)
}

// runes counts characters as Discord does.
func runes(s string) int { return utf8.RuneCountInString(s) }

// safeURL returns u when it is an absolute http(s) URL Discord accepts in an
// embed or a Markdown link, else "". Parentheses are percent-encoded so that
// the URL cannot close a Markdown link early.
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" || len(u) > maxURL {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	if strings.ContainsAny(u, " \t\n<>\"") {
		return ""
	}
	u = strings.NewReplacer("(", "%28", ")", "%29").Replace(u)
	if len(u) > maxURL {
		return ""
	}
	return u
}

// oneLine collapses whitespace runs (including newlines) to single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
