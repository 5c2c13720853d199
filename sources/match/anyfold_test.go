package match

import (
	"strings"
	"testing"
)

// TestAnyFoldOnePass holds anyFold's single pass to the plain reading it
// replaced (every sub searched for on its own), on titles and on edges:
// a sub at either end, one longer than the text, case and non-ASCII bytes.
func TestAnyFoldOnePass(t *testing.T) {
	plain := func(s string, subs []string) bool {
		for _, sub := range subs {
			for i := 0; i+len(sub) <= len(s); i++ {
				if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
					return true
				}
			}
		}
		return false
	}
	sets := [][]string{certMarks, certVerbMarks, channelMarks, {"a"}, {"kelvin", "k"}}
	texts := []string{"", "C", "Cert", "xxROOT", "Mozilla drops root certificates", "Replacing the APP OF record",
		"Apple restores app", "Setup", "setup o", "Ünïcode ᴋelvin \u212aelvin", "Kick", "re-add", "ab"}
	for _, s := range texts {
		for _, subs := range sets {
			if got, want := anyFold(s, subs), plain(s, subs); got != want {
				t.Errorf("anyFold(%q, %q) = %v, want %v", s, subs, got, want)
			}
		}
	}
}
