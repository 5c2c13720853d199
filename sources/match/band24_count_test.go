package match

import "testing"

// TestBand24Count counts the readable sets with band24's readers off and
// on (countSwitched). Set BAND24_COUNT=1 to run it.
func TestBand24Count(t *testing.T) {
	countSwitched(t, "BAND24_COUNT", []string{"before", "after"}, func(i int) { band24Off = i == 0 })
}
