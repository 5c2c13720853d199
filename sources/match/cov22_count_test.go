package match

import "testing"

// TestCov22Count counts the readable sets with cov22Rescue off and on
// (countSwitched). Set COV22_COUNT=1 to run it.
func TestCov22Count(t *testing.T) {
	countSwitched(t, "COV22_COUNT", []string{"before", "after"}, func(i int) { cov22Off = i == 0 })
}
