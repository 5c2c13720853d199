package match

import "testing"

// TestExit24Count counts the readable sets with exit24 off, on behind its
// gate and on with no gate (countSwitched). Set EXIT24_COUNT=1 to run it.
func TestExit24Count(t *testing.T) {
	countSwitched(t, "EXIT24_COUNT", []string{"off", "gated", "ungated"}, func(i int) {
		exit24Off, exitGateOff = i == 0, i == 2
	})
}
