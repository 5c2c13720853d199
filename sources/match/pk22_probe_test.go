package match

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestPk22Probe prints the matcher's answer to each "title TAB lead" line
// of the file PK22_PROBE names (a probing aid; skipped without it).
func TestPk22Probe(t *testing.T) {
	p := os.Getenv("PK22_PROBE")
	if p == "" {
		t.Skip("PK22_PROBE not set")
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := defaultMatcher(t)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		title, lead, _ := strings.Cut(sc.Text(), "\t")
		a, ok := m.Match(title, lead)
		if !ok {
			t.Logf("SILENT   %s", title)
			continue
		}
		t.Logf("%-8s %v cov=%v %s\n      %s", a.Category, a.VendorNames(), a.Coverage, title, a.Why())
	}
}
