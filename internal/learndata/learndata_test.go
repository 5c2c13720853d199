package learndata

import "testing"

// TestManifestHoldsNoHeldOutSet: no held-out set is trained on, and
// Headlines would refuse one.
func TestManifestHoldsNoHeldOutSet(t *testing.T) {
	for _, name := range Manifest {
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
