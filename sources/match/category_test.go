package match

import "testing"

// TestCategoryHeadlines holds the matcher to testdata/category.tsv: events
// of every category as security news titled them, each with the category
// trust-events.md gives it, against look-alikes that must not alert.
func TestCategoryHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/category.tsv", 0.0)
}
