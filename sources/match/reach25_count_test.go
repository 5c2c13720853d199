package match

import "testing"

// TestReach25Count counts the readable sets with reach25's readings off
// and on (REACH25_COUNT=1), logging every row that changes.
func TestReach25Count(t *testing.T) {
	countSwitched(t, "REACH25_COUNT", []string{"before", "after"}, func(i int) { reach25Off = i == 0 })
}
