package match

import (
	"strings"
	"testing"
)

// TestBigramsNeverMiss holds the bigram filter to its one promise: a word
// in a text always passes (mayHold), so l22Gate finds every word
// strings.Contains finds. Every substring of real titles is tried, and
// the filter must also turn away most words that are not there, or it
// saves nothing.
func TestBigramsNeverMiss(t *testing.T) {
	titles := []string{
		"Trust Wallet urges users to update Chrome extension after hijack",
		"NHS trusts ban staff from using TikTok on work phones",
		"Treasury lifts sanctions on crypto mixer Tornado Cash",
		"Kremlin orders state firms to drop U.S. software by 2025",
		"Hijacked npm packages chalk and debug pushed crypto-stealing code",
	}
	var tried, refused int
	for _, title := range titles {
		b := bigramsOf(title)
		for i := range len(title) {
			for j := i + 1; j <= len(title); j++ {
				if !b.mayHold(title[i:j]) {
					t.Fatalf("%q: substring %q refused", title, title[i:j])
				}
			}
		}
		for _, group := range l22Shapes {
			for _, g := range group.gate {
				for _, w := range g {
					if strings.Contains(title, w) {
						continue
					}
					tried++
					if !b.mayHold(w) {
						refused++
					}
				}
			}
		}
	}
	if refused*2 < tried {
		t.Errorf("the filter refused %d of %d gate words not in the titles; want most", refused, tried)
	}
}
