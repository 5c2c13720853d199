package match

import "testing"

// TestLeftoversHeadlines holds the matcher to testdata/leftovers.tsv:
// named-vendor authority actions in security-news shapes (a government
// barring its own staff, a store removing apps at a state's security
// demand, a sanctioned firm named with a descriptor, an order to cease
// operations, several vendors listed), against look-alikes (private
// companies barring staff, censors' removals, persons sanctioned).
func TestLeftoversHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/leftovers.tsv", 0.0)
}
