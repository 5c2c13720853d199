package match

import "testing"

// TestNocand25Count counts the readable sets with rankedCandidate off and
// on (NOCAND25_COUNT set), logging each row that moves.
func TestNocand25Count(t *testing.T) {
	countSwitched(t, "NOCAND25_COUNT", []string{"off", "on"}, func(i int) { nocand25Off = i == 0 })
}
