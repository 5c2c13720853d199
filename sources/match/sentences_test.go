package match

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSentenceSpansUpTo holds the lead's early stop to the full split:
// its ranges are the first ones sentenceSpans gives, whatever the text.
func TestSentenceSpansUpTo(t *testing.T) {
	texts := []string{
		"",
		"One sentence without a stop",
		"First one. Second one. Third one.",
		"Dr. Smith said U.S. agencies must act. Then more.\nA new line. And Japanese。Next",
		"A stop at the end.",
		"Quote ends here.\" Then another! And a question? Yes…",
		"   leading spaces. Trailing spaces.   ",
	}
	for _, text := range texts {
		all := sentenceSpans(text, nil)
		for limit := 1; limit <= len(all)+1; limit++ {
			got := sentenceSpansUpTo(text, nil, limit)
			want := all[:min(limit, len(all))]
			if !slices.Equal(got, want) {
				t.Errorf("%q, up to %d: %v, want %v", text, limit, got, want)
			}
		}
	}
}

// TestSentencesMayScore holds the sentence loop's fast path to the loop:
// wherever sentencesMayScore lets match skip the split, reading every
// sentence (and, with lead_sentences, the title with the lead) finds no
// unit that scores. The items are a table of shapes and every batch of
// testdata that may be read (not the blind or final ones).
func TestSentencesMayScore(t *testing.T) {
	items := []devCase{
		{title: "Roundup", body: "Huawei was added to the Entity List. Other news follows."},
		{title: "Roundup", body: "Huawei shipped phones. The Entity List grew. Kaspersky ban."},
		{title: "Roundup", body: "Huawei shipped phones. Kaspersky released a report."},
		{title: "Roundup", body: "The Entity List grew. A backdoor was found. Ban on drones."},
		{title: "US bans Chinese cameras", body: "The FCC named Hikvision and Dahua."},
		{title: "Huawei", body: "A ban on its phones. Entity List."},
		{title: "", body: ""},
		{title: "Kaspersky ban", body: "   "},
	}
	paths, err := filepath.Glob(filepath.Join("testdata", "*.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if base := filepath.Base(p); strings.HasPrefix(base, "blind") || strings.HasPrefix(base, "final") {
			continue
		}
		items = append(items, readCases(t, p)...)
	}
	for _, lead := range []int{0, 1} {
		rules := defaultRules(t)
		rules.LeadSentences = lead
		m, err := Compile(defaultVendors(t), rules)
		if err != nil {
			t.Fatal(err)
		}
		skipped, scored := 0, 0
		for _, it := range items {
			// The hits as match scans them.
			title, text := statementOnly(it.title), m.lead(stripCredit(it.body))
			ss := m.ac.scan(scanState{grow: true}, title)
			nTitle := len(ss.hits)
			ss = m.ac.scan(ss, text)
			markClauses(title, ss.hits[:nTitle])
			u := m.sentenceUnits(title, text, ss.hits, nTitle, isQuestion(title))
			if m.sentencesMayScore(ss.hits[nTitle:], nTitle) {
				if u.ok {
					scored++
				}
				continue
			}
			skipped++
			if u.ok {
				t.Errorf("lead_sentences = %d: %q — %q: the split was skipped, but a unit scores %v", lead, it.title, it.body, u.score)
			}
		}
		// Both sides of the fast path are exercised.
		if skipped < 100 || scored < 100 {
			t.Errorf("lead_sentences = %d: %d items skipped the split, %d scored in it: want 100 of each", lead, skipped, scored)
		}
	}
}

// TestSetHasLower holds setHasLower to the lookup it spares,
// set[strings.ToLower(s)], on ASCII, capitals, non-ASCII (the Kelvin
// sign lower-cases to "k") and words longer than its buffer.
func TestSetHasLower(t *testing.T) {
	set := map[string]bool{"inc": true, "kaspersky": true, "éa": true, strings.Repeat("a", 40): true}
	for _, s := range []string{"inc", "Inc", "INC", "in", "\u212aaspersky", "Kaspersky", "ÉA", "éa", strings.Repeat("A", 40),
		strings.Repeat("a", 39), "", "in.c"} {
		if got, want := setHasLower(set, s), set[strings.ToLower(s)]; got != want {
			t.Errorf("setHasLower(%q) = %v, want %v", s, got, want)
		}
	}
}
