package match

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestExit24Count counts the readable sets (never the blind or held ones)
// with exit24 off, on behind its gate and on with no gate: events right and caught, coverage only,
// look-alikes alerting. Set EXIT24_COUNT=1 to run it.
func TestExit24Count(t *testing.T) {
	if os.Getenv("EXIT24_COUNT") == "" {
		t.Skip("EXIT24_COUNT not set")
	}
	m := defaultMatcher(t)
	forbidden := regexp.MustCompile(`^(blind.*|final|.*_held|sn16_tune)\.tsv$`)
	paths, _ := filepath.Glob("testdata/*.tsv")
	type tally struct{ events, right, caught, coverage, looks, lookAlert int }
	var tallies [3]tally
	for _, p := range paths {
		if forbidden.MatchString(filepath.Base(p)) {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 4 || (cols[0] != "+" && cols[0] != "-") {
				continue
			}
			var vendors []string
			if cols[1] != "" && cols[1] != "-" {
				for _, v := range strings.Split(cols[1], ",") {
					vendors = append(vendors, strings.TrimSpace(v))
				}
			}
			var cats []trust.Category
			for _, k := range strings.Split(cols[2], "|") {
				cats = append(cats, trust.Category(k))
			}
			body := ""
			if len(cols) > 4 {
				body = cols[4]
			}
			var res [3]string
			for i := range 3 {
				exit24Off, exitGateOff = i == 0, i == 2
				a, ok := m.Match(cols[3], body)
				tl := &tallies[i]
				state := "silent"
				if cols[0] == "-" {
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
						right := slices.Contains(cats, a.Category)
						for _, v := range vendors {
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
			}
			exit24Off, exitGateOff = false, false
			if res[0] != res[1] {
				t.Logf("%s %s %q: %s -> %s", filepath.Base(p), cols[0], cols[3], strings.Fields(res[0])[0], res[1])
			}
			if res[1] != res[2] {
				t.Logf("ungated %s %s %q: %s -> %s", filepath.Base(p), cols[0], cols[3], strings.Fields(res[1])[0], res[2])
			}
		}
	}
	t.Logf("off:     %+v", tallies[0])
	t.Logf("gated:   %+v", tallies[1])
	t.Logf("ungated: %+v", tallies[2])
}
