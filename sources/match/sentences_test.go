package match

import (
	"slices"
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
