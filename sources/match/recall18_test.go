package match

import "testing"

// TestRescueTitleCodeName: a package-shaped title word beside a channel's
// word is the rescue's package candidate with no ecosystem named; the
// lead sentence's package outranks a description written in that shape,
// and a word not written as a package is none. (Invented names.)
func TestRescueTitleCodeName(t *testing.T) {
	checkRescueCandidates(t, []rescueCase{
		{"Rogue developer sabotages zorb-ipc package with backdoor", "", "zorb-ipc", rescuePackage},
		{"Three quux-parser-js versions found to drop cryptominer", "", "quux-parser-js", rescuePackage},
		{"Vendor says stolen token used to push crypto-drainer versions of its player", "Attackers published versions of the zorb-player package that drained wallets.", "zorb-player", rescuePackage},
	})
	for _, w := range []string{"Node-IPC", "x", "2.1.0"} {
		if n := learnTitleCodeName(headline(titleWords(w + " package hijacked"))); n != "" {
			t.Errorf("%q package: got %q, want none", w, n)
		}
	}
}
