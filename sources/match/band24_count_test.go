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

// TestBand24Count counts the readable sets (never the blind or held ones)
// with band24's readers off and on: events right and caught, coverage only,
// look-alikes alerting. Set BAND24_COUNT=1 to run it.
func TestBand24Count(t *testing.T) {
	if os.Getenv("BAND24_COUNT") == "" {
		t.Skip("BAND24_COUNT not set")
	}
	m := defaultMatcher(t)
	forbidden := regexp.MustCompile(`^(blind.*|final|.*_held|sn16_tune)\.tsv$`)
	paths, _ := filepath.Glob("testdata/*.tsv")
	type tally struct{ events, right, caught, coverage, looks, lookAlert int }
	var before, after tally
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
			var res [2]string
			for i, off := range []bool{true, false} {
				band24Off = off
				a, ok := m.Match(cols[3], body)
				tl := &before
				if !off {
					tl = &after
				}
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
			band24Off = false
			if strings.Fields(res[0])[0] != strings.Fields(res[1])[0] {
				t.Logf("%s %s %q: %s -> %s", filepath.Base(p), cols[0], cols[3], strings.Fields(res[0])[0], res[1])
			}
		}
	}
	t.Logf("before: %+v", before)
	t.Logf("after:  %+v", after)
}
