package match

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestAcr25Dump writes every readable row's alert (set, line, label,
// category, vendors, right) to $ACR25_DUMP, with the acronym pairing
// off when ACR25_OFF is set: two runs' diff is the pairing's moves.
func TestAcr25Dump(t *testing.T) {
	out := dumpPath(t, "ACR25_DUMP")
	acr25Off = os.Getenv("ACR25_OFF") != ""
	defer func() { acr25Off = false }()
	m := defaultMatcher(t)
	var b strings.Builder
	eachReadable(t, func(set string, c devCase) {
		a, ok := m.Match(c.title, c.body)
		right := c.positive && ok && !a.Coverage && r23Right(c, a)
		fmt.Fprintf(&b, "%s:%d\t%s\tpos=%v\tok=%v\tcov=%v\t%s\t%q\tlabel=%q\tright=%v\t%s\t%s\n", set, c.line, eventKind(c), c.positive, ok, a.Coverage,
			a.Category, a.VendorNames(), c.vendors, right, c.title, firstSentence(c.body))
	})
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
