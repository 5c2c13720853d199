package match

import (
	"strings"
	"testing"
)

// TestRankedCandidateGrid: the rescue's last source (rankedCandidate,
// nocand25.go) over grids of invented names × the structures the rules'
// title and lead readers name no one in, and look-alikes built from the
// same parts with a word in the name's place that names no one (a word
// capitalised for opening the title, an adjective in lower case, a
// lead's first word, a reporter). The candidate is read as
// rescueCandidate names it (the model's probability aside: invented
// headlines are no training rows, and a cell with no signal word is
// read as reach24's rescue reads it). With the source off, no cell of
// either grid is named.
func TestRankedCandidateGrid(t *testing.T) {
	m := defaultMatcher(t)
	type cell struct{ title, lead, want string }
	var cells, looks []cell
	cand := func(c cell) string {
		f := &feats{}
		sig, _ := m.learnFeatures(c.title, c.lead, f, true)
		vs, _, ok := m.rescueCandidate(c.title, c.lead, sig, f)
		if !ok {
			return ""
		}
		return vs[0].Name
	}
	titles := []string{
		"%s website briefly served a Windows trojan",
		"%s browser extension pulled from Chrome Web Store for spying on users",
		"%s website's download page served a malicious zip for days",
		"%s urges extension users to update after wallets drained",
	}
	leads := []string{
		"Visitors who clicked the download button received an archive with a stealer instead of the installer.",
		"The extension, installed by two million people, sent every visited address to a server abroad.",
		"",
	}
	for _, title := range titles {
		for _, lead := range leads {
			for _, n := range []string{"Zorbuntu", "Arvoro", "Quillpath", "Tovrika Wallet"} {
				cells = append(cells, cell{strings.Replace(title, "%s", n, 1), lead, n})
			}
			for _, n := range []string{"Popular", "Expired", "Visitors", "Allies", "Legitimate", "Official", "Compromised"} {
				looks = append(looks, cell{strings.Replace(title, "%s", n, 1), lead, n})
			}
		}
	}
	// A package in lower case before a channel's word, beside another
	// name the rules do not read.
	for _, p := range []string{"quuxqueue", "zorbmail", "flarnlib"} {
		for _, title := range []string{"Second wave of phishing hits %s packages", "Developer sabotages his own %s library, breaking thousands of apps"} {
			cells = append(cells, cell{strings.Replace(title, "%s", p, 1), "Attackers phished the maintainer and published malicious versions that steal environment variables.", p})
		}
	}
	for _, a := range []string{"cheap", "popular", "small", "widely"} {
		looks = append(looks, cell{"Malware preinstalled on 30,000 " + a + " devices sold online", "The firmware of " + a + " digital picture frames shipped with a backdoor.", a})
	}
	// Hyphenated English and a word's form in lower case before a
	// channel's word; a threat group the lead calls hackers.
	for _, w := range []string{"anti-war", "self-hosted", "two-year", "end-to-end", "five-year"} {
		looks = append(looks, cell{"npm maintainers publish " + w + " report after token theft", "Attackers published malicious versions of the package that steal tokens.", w})
	}
	// ("faster" is not refused: a comparative has a package's shape,
	// "faker".)
	for _, w := range []string{"broken", "hijacked", "signed", "stolen"} {
		looks = append(looks, cell{"Attackers push " + w + " package update to steal tokens", "The maintainers said the account was phished.", w})
	}
	for _, n := range []string{"Zorbtek", "Quorvex", "Arvoro"} {
		looks = append(looks, cell{n + " Group hijacks software updates of South Korean vendor", "The North Korean hackers compromised the update server of a security software maker.", n})
	}
	// A lead's first word, capitalised for standing there.
	for _, w := range []string{"Amended", "Chairman", "Criminals", "Visitors"} {
		looks = append(looks, cell{"Backdoor found in firmware of devices sold online", w + " rules let attackers push a malicious update to devices.", w})
	}

	right := 0
	for _, c := range cells {
		if got := cand(c); strings.EqualFold(got, c.want) {
			right++
		} else {
			t.Logf("miss: %q | %q: got %q, want %q", c.title, c.lead, got, c.want)
		}
	}
	for _, c := range looks {
		if got := cand(c); strings.EqualFold(got, c.want) {
			t.Errorf("look-alike named: %q | %q: got %q", c.title, c.lead, got)
		}
	}
	t.Logf("ranked candidates: %d of %d right, %d look-alikes", right, len(cells), len(looks))
	if right < len(cells)*8/10 {
		t.Errorf("ranked candidates: %d of %d right, want 80%%", right, len(cells))
	}
	nocand25Off = true
	defer func() { nocand25Off = false }()
	off := 0
	for _, c := range cells {
		if got := cand(c); strings.EqualFold(got, c.want) {
			off++
		}
	}
	t.Logf("with the source off: %d of %d right", off, len(cells))
	if off > len(cells)/2 {
		t.Errorf("with the source off %d of %d right: the grid no longer needs the source", off, len(cells))
	}
}
