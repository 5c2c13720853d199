package match

import "testing"

// TestRescueTitleCodeName: a package-shaped title word beside a channel's
// word is the rescue's package candidate with no ecosystem named; the
// lead sentence's package outranks a description written in that shape,
// and a word not written as a package is none. (Invented names.)
func TestRescueTitleCodeName(t *testing.T) {
	m := defaultMatcher(t)
	f := &feats{}
	for _, c := range []struct{ title, lead, want string }{
		{"Rogue developer sabotages zorb-ipc package with backdoor", "", "zorb-ipc"},
		{"Three quux-parser-js versions found to drop cryptominer", "", "quux-parser-js"},
		{"Vendor says stolen token used to push crypto-drainer versions of its player", "Attackers published versions of the zorb-player package that drained wallets.", "zorb-player"},
	} {
		sig, ok := m.learnFeatures(c.title, c.lead, f, true)
		if !ok {
			t.Errorf("%q: no signal", c.title)
			continue
		}
		vs, src, ok := m.rescueCandidate(c.title, c.lead, sig, f)
		got := ""
		if ok {
			got = vs[0].Name
		}
		if got != c.want || ok && src != rescuePackage {
			t.Errorf("%q: got %q from %s, want %q from package", c.title, got, rescueSourceNames[src], c.want)
		}
	}
	for _, w := range []string{"Node-IPC", "x", "2.1.0"} {
		if n := learnTitleCodeName(headline(titleWords(w + " package hijacked"))); n != "" {
			t.Errorf("%q package: got %q, want none", w, n)
		}
	}
}
