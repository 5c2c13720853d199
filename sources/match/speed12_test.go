package match

import "testing"

// TestSt10OpenGate checks that st10Open, read from the title's gate bits,
// opens exactly where a word of st10Gate and a word of st10Beside are in
// the title, as its own pass over the title had read them.
func TestSt10OpenGate(t *testing.T) {
	for _, title := range []string{
		"TikTok staff in China accessed US user data",
		"Chinese engineers took users' browsing data",
		"Employees charged with spying for China",
		"Military ties alleged", // a gate word and a word beside it: the same word may be both
		"Staff layoffs at Arvoro",
		"Arvoro data breach exposes users",
		"",
		"Quillstack executives-charged",
	} {
		want := hasWordIn(title, st10Gate) && hasWordIn(title, st10Beside)
		if got := st10Open(gateSets.in(title)); got != want {
			t.Errorf("st10Open(%q) = %v, want %v", title, got, want)
		}
	}
}
