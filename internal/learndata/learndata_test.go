package learndata

import "testing"

// TestManifestHoldsNoHeldOutSet: no held-out set is trained on, and
// Headlines would refuse one.
func TestManifestHoldsNoHeldOutSet(t *testing.T) {
	for _, name := range append(append([]string{}, Manifest...), ReversalOnly...) {
		if heldOut(name) {
			t.Errorf("Manifest names %s, a held-out set", name)
		}
	}
	for _, name := range []string{"final.tsv", "blind10.tsv", "blind16.tsv", "learn12_u.tsv", "dl16_held.tsv", "sn16_tune.tsv"} {
		if !heldOut(name) {
			t.Errorf("%s is not held out", name)
		}
	}
}

// TestReversalOnlyApart: a set only the reversal detector trains on is
// not in the Manifest, which the learned scorer trains on too.
func TestReversalOnlyApart(t *testing.T) {
	for _, name := range ReversalOnly {
		for _, m := range Manifest {
			if m == name {
				t.Errorf("%s is both in Manifest and in ReversalOnly", name)
			}
		}
	}
}
