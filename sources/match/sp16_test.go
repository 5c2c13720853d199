package match

import (
	"slices"
	"strings"
	"testing"
)

// sp16Words is wordScan's reading written plainly: runs of ASCII letters
// and hyphens, lower-cased, a run longer than wordScan's buffer dropped.
func sp16Words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		word := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] == '-')
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			if i-start <= len(wordScan{}.buf) {
				out = append(out, strings.ToLower(s[start:i]))
			}
			start = -1
		}
	}
	return out
}

// sp16Scan is every word wordScan returns for s.
func sp16Scan(s string) []string {
	var out []string
	sc := wordScan{s: s}
	for w := sc.next(); w != nil; w = sc.next() {
		out = append(out, string(w))
	}
	return out
}

// TestWordScan holds wordScan's table-driven reading to the plain one.
func TestWordScan(t *testing.T) {
	for _, s := range []string{
		"",
		"   ",
		"Huawei added to Entity List",
		"U.S. bans ZTE's gear; TP-Link next?",
		"  leading and trailing  ",
		"Huawéi Straße — naïve",
		"a-very-long-hyphenated-compound-word-beyond-the-buffer and after",
		"exactly-twenty-four-byte then",
		"x",
		"-",
		"1,200 apps pulled",
	} {
		if got, want := sp16Scan(s), sp16Words(s); !slices.Equal(got, want) {
			t.Errorf("wordScan(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzCheapScans holds the hand-written scans to the plain readings they
// replace.
func FuzzCheapScans(f *testing.F) {
	f.Add("Huawei added to Entity List")
	f.Add("a-very-long-hyphenated-compound-word-beyond-the-buffer x")
	f.Add("Hua\u200dwei\xff ZTE")
	f.Add("caption. | Image: X |")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := sp16Scan(s), sp16Words(s); !slices.Equal(got, want) {
			t.Fatalf("wordScan(%q) = %q, want %q", s, got, want)
		}
		if got, want := captionBar(s), strings.Index(s, " | "); got != want {
			t.Fatalf("captionBar(%q) = %d, want %d", s, got, want)
		}
		checkLowerCase(t, s)
	})
}

// checkLowerCase holds every word's lc to strings.ToLower of its text,
// read fresh and appended to a buffer already holding other words (the
// rescue's pooled form).
func checkLowerCase(t *testing.T, s string) {
	t.Helper()
	for _, words := range [][]titleWord{titleWords(s), appendTitleWords(titleWords("Older WORDS here"), s)} {
		for _, w := range words {
			if got, want := w.lc(), strings.ToLower(w.text); got != want {
				t.Fatalf("lc of %q in %q = %q, want %q", w.text, s, got, want)
			}
		}
	}
}

// TestLowerCase holds titleWord.lc to strings.ToLower over ASCII and
// other letters, possessives, capitals alone and none.
func TestLowerCase(t *testing.T) {
	for _, s := range []string{"", "Huawei's ZTE added to US Entity List", "all lower case words",
		"ÉCOLE Straße İstanbul Tenmark’s NAS", "AT&T drops Huawei phones", "x", "Ünïcode and ASCII Mixed", "CamelCase iOS eBPF"} {
		checkLowerCase(t, s)
	}
}

// TestCaptionBar holds captionBar to strings.Index.
func TestCaptionBar(t *testing.T) {
	for _, s := range []string{"", "|", " | ", "a|b | c", "caption. | Image: X", "a ||  | b", "no bar here", "x |", "| x", "a | b | c"} {
		if got, want := captionBar(s), strings.Index(s, " | "); got != want {
			t.Errorf("captionBar(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestGateSetsBits holds the gate bits the readers ask in place of their
// own pass over the title (hasWordIn) to that pass, over the titles and
// leads of the sets those readers were written on: a bit out of
// gateSets' order would ask another set.
func TestGateSetsBits(t *testing.T) {
	bits := []struct {
		name string
		bit  gateBit
		set  map[string]bool
	}{
		{"ds15Actors", gDs15Actors, ds15Actors},
		{"ds15Trades", gDs15Trades, ds15Trades},
		{"qt15Heads", gQt15Head, qt15Heads},
		{"qt15Holds", gQt15Hold, qt15Holds},
		{"describedHeads", gDescribedHeads, describedHeads},
		{"warnVerbs", gWarnVerbs, warnVerbs},
		{"futileCheap", gFutileCheap, futileCheap},
		{"stMakers9", gStMakers9, stMakers9},
		{"stPull9", gStPull9, stPull9},
		{"stTurns9", gStTurns9, stTurns9},
		{"lk14Countries", gLk14Country, lk14Countries},
		{"actingVerbs", gActingVerbs, actingVerbs},
		{"classShapeCues", gClassShapeCues, classShapeCues},
		{"st10Gate", gSt10Gate, st10Gate},
		{"lk14Gate", gLk14Gate, lk14Gate},
		{"lk14GateOrgans", gLk14Organ, lk14GateOrgans},
		{"lk14TitleVoices", gLk14Voice, lk14TitleVoices},
	}
	var texts []string
	for _, path := range []string{"testdata/desc15.tsv", "testdata/quiet15.tsv", "testdata/store9.tsv", "testdata/links14.tsv",
		"testdata/authority.tsv", "testdata/class9.tsv", "testdata/devset.tsv"} {
		for _, c := range readCases(t, path) {
			texts = append(texts, c.title, c.body)
		}
	}
	seen := make([]int, len(bits))
	for _, s := range texts {
		g := gateSets.in(s)
		for i, b := range bits {
			want := hasWordIn(s, b.set)
			if got := g.has(b.bit); got != want {
				t.Fatalf("gate bit of %s = %v on %q, hasWordIn %v", b.name, got, s, want)
			}
			if want {
				seen[i]++
			}
		}
	}
	for i, b := range bits {
		if seen[i] == 0 {
			t.Errorf("no text holds a word of %s: the check proves nothing for it", b.name)
		}
	}
}
