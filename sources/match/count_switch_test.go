package match

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// switchTally is what countSwitched counts on the readable sets under one
// setting of the matcher's switches.
type switchTally struct{ events, right, caught, coverage, looks, lookAlert int }

// countSwitched counts the readable sets (never the blind or held ones)
// once for each name in settings: set(i) switches the readers for the
// i-th setting, and set(-1) restores the matcher as built. Each row whose
// answer differs from the previous setting's is logged, then every
// setting's tally: events right and caught, coverage only, look-alikes
// alerting. The test is skipped unless the environment variable env is
// set (the count reads every readable row several times).
func countSwitched(t *testing.T, env string, settings []string, set func(i int)) {
	t.Helper()
	if os.Getenv(env) == "" {
		t.Skip(env + " not set")
	}
	m := defaultMatcher(t)
	tallies := make([]switchTally, len(settings))
	defer set(-1)
	eachReadable(t, func(name string, c devCase) {
		label := "-"
		if c.positive {
			label = "+"
		}
		res := make([]string, len(settings))
		for i := range settings {
			set(i)
			a, ok := m.Match(c.title, c.body)
			tl := &tallies[i]
			state := "silent"
			if !c.positive {
				tl.looks++
				if ok && !a.Coverage {
					tl.lookAlert++
					state = "alert"
				}
			} else {
				tl.events++
				switch {
				case ok && a.Coverage:
					tl.coverage++
					state = "coverage"
				case ok:
					tl.caught++
					state = "caught"
					names := a.VendorNames()
					right := slices.Contains(c.category, a.Category)
					for _, v := range c.vendors {
						if !slices.Contains(names, v) {
							right = false
						}
					}
					if right {
						tl.right++
						state = "right"
					}
				}
			}
			res[i] = state + " " + a.Why()
			if i > 0 && res[i] != res[i-1] {
				t.Logf("%s %s %s %q: %s -> %s", settings[i], name, label, c.title, strings.Fields(res[i-1])[0], res[i])
			}
		}
		set(-1)
	})
	for i, s := range settings {
		t.Logf("%-8s %+v", s+":", tallies[i])
	}
}
