package match

import (
	"path/filepath"
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
	var sets [][]string
	for _, f := range []*foldSubs{certMarks, certVerbMarks, channelMarks, newFoldSubs("a"), newFoldSubs("kelvin", "k"),
		bd10Marks, bd10Malicious, hiddenMarks, foundMarks, builtInMarks, loginMarks, campaignMarks, rc10HoldMarks, newFoldSubs("s’t")} {
		var subs []string
		for _, b := range f {
			subs = append(subs, b...)
		}
		sets = append(sets, subs)
	}
	texts := []string{"", "C", "Cert", "xxROOT", "Mozilla drops root certificates", "Replacing the APP OF record",
		"Apple restores app", "Setup", "setup o", "Ünïcode ᴋelvin \u212aelvin", "Kick", "re-add", "ab",
		"Router CAN’T be wiped", "It can\u2019t", "CAN'T", "cannoT", "a NPM worm", "PyPI", "Shai-Hulud ATTACK", "\u212aey", "ſtatic", "S’T", "s\u2019", "ca\xffn’t"}
	for _, s := range texts {
		for _, subs := range sets {
			if got, want := anyFold(s, newFoldSubs(subs...)), plain(s, subs); got != want {
				t.Errorf("anyFold(%q, %q) = %v, want %v", s, subs, got, want)
			}
		}
	}
}

// TestMakerCueKeepsCases holds makerCue, leadMakers's skip, to the cases
// it stands for: no word whose lower case opens one of them is skipped,
// over the words of every readable batch's titles and leads and the
// cases' own words in any case.
func TestMakerCueKeepsCases(t *testing.T) {
	opens := func(l string) bool { return makerParticiples[l] || leadMakerNouns[l] || makerOthers[l] }
	var words []string
	for _, set := range []map[string]bool{makerParticiples, leadMakerNouns, makerOthers} {
		for w := range set {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	files, _ := filepath.Glob("testdata/*.tsv")
	for _, p := range files {
		// The blind batches, final.tsv and the sets kept from every reader
		// (*_held.tsv, sn16_tune.tsv) are not read here either.
		if b := filepath.Base(p); strings.HasPrefix(b, "blind") || b == "final.tsv" ||
			strings.HasSuffix(b, "_held.tsv") || b == "sn16_tune.tsv" {
			continue
		}
		for _, c := range readCases(t, p) {
			for _, w := range titleWords(c.title + " " + c.body) {
				words = append(words, w.text)
			}
		}
	}
	skipped := 0
	for _, w := range words {
		if !makerCue(w) {
			skipped++
			if opens(strings.ToLower(w)) {
				t.Errorf("makerCue(%q) = false, but its lower case opens a leadMakers case", w)
			}
		}
	}
	if skipped == 0 {
		t.Error("makerCue skipped no word")
	}
}

// readableTexts are the titles and texts of every readable batch (the
// blind batches, final.tsv and the sets kept from every reader are not
// read) and their titles with the credit and label readers' cuts.
func readableTexts(t *testing.T) []string {
	files, _ := filepath.Glob("testdata/*.tsv")
	var texts []string
	for _, p := range files {
		if b := filepath.Base(p); strings.HasPrefix(b, "blind") || b == "final.tsv" ||
			strings.HasSuffix(b, "_held.tsv") || b == "sn16_tune.tsv" {
			continue
		}
		for _, c := range readCases(t, p) {
			u := nx13Unlabel(c.title)
			texts = append(texts, c.title, u, nm12Present(u), c.body, firstSentence(c.body))
		}
	}
	if len(texts) == 0 {
		t.Fatal("no readable batch")
	}
	return texts
}

// TestTitleBitsReadAsHasWordIn holds the gate bits match reads once a
// title (titleBits) to the passes they replaced: each gate set's bit is
// hasWordIn of its set, and cl9Of is cl9Bits, over the readable batches'
// titles and texts and words of every set in any case.
func TestTitleBitsReadAsHasWordIn(t *testing.T) {
	sets := []struct {
		bit gateBit
		set map[string]bool
	}{
		{gDl16Lists, dl16Lists}, {gDl16Off, dl16OffVerbs}, {gDl16Lose, dl16LoseVerbs}, {gDl16Revokes, dl16Revokes},
		{gDl16Again, dl16Again}, {gDl16Overstep, dl16Overstep}, {gRestoreVerbs, restoreVerbs},
		{gRootOwners, rootOwners}, {gCp16Cert, cp16CertWords}, {gCp16Customers, cp16Customers}, {gCp16Use, cp16UseVerbs},
		{gDs15Actors, ds15Actors}, {gFutileCheap, futileCheap},
	}
	texts := readableTexts(t)
	for _, s := range sets {
		for w := range s.set {
			texts = append(texts, "Oh "+strings.ToUpper(w)+" and", w)
		}
	}
	for w := range cl9Gates() {
		texts = append(texts, "The "+strings.ToUpper(w[:1])+w[1:]+"!")
	}
	seen := 0
	for _, s := range texts {
		g := titleBits(s)
		if got := gateSets.in(s); [gateWords]uint64(got[:gateWords]) != [gateWords]uint64(g[:gateWords]) {
			t.Fatalf("gateSets.in(%q) = %v, titleBits %v: the sets' words differ", s, got, g)
		}
		for i, set := range sets {
			want := hasWordIn(s, set.set)
			if g.has(set.bit) != want {
				t.Errorf("%q: bit of set %d is %v, hasWordIn %v", s, i, g.has(set.bit), want)
			}
			if want {
				seen++
			}
		}
		if got, want := cl9Of(g), cl9Bits(s); got != want {
			t.Errorf("%q: cl9Of = %b, cl9Bits %b", s, got, want)
		}
	}
	if seen == 0 {
		t.Error("no text held a word of the sets")
	}
}

// TestFoldSubsRefuseCase holds newFoldSubs to the subs anyFold's byte
// comparison reads as strings.EqualFold does.
func TestFoldSubsRefuseCase(t *testing.T) {
	for _, sub := range []string{"Npm", "ünicode", "\u212aelvin", "\xff"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("newFoldSubs(%q) took a sub anyFold cannot read as EqualFold", sub)
				}
			}()
			newFoldSubs(sub)
		}()
	}
	newFoldSubs("can’t", "re-add", "a b") // no panic
}
