package match

import (
	"slices"
	"strings"
	"testing"
)

// TestNames6Headlines holds the matcher to testdata/names6.tsv: alerts
// whose vendor would be a word of the sentence (a participle, a plural
// noun, a Title-Case headline word, a verb of the lead), and real names
// that look like words and must survive.
func TestNames6Headlines(t *testing.T) {
	testHeadlines(t, "testdata/names6.tsv", 0.5)
}

// TestNames6NoWordNamed checks the whole batch for a name that is a word
// of the sentence: no alert of names6.tsv may name one.
func TestNames6NoWordNamed(t *testing.T) {
	m := defaultMatcher(t)
	bad := []string{"credentials", "projects", "project", "imported", "published", "established", "intercept",
		"republished", "developers accounts", "released", "installs", "tokens", "updates", "versions", "hijacked", "times", "public", "maintained"}
	for _, c := range readCases(t, "testdata/names6.tsv") {
		a, ok := m.Match(c.title, c.body)
		if !ok {
			continue
		}
		for _, n := range a.VendorNames() {
			if slices.Contains(bad, strings.ToLower(n)) && !slices.ContainsFunc(c.vendors, func(v string) bool { return strings.EqualFold(v, n) }) {
				t.Errorf("line %d: %q names the word %q", c.line, c.title, n)
			}
		}
	}
}
