package match

import "testing"

// TestRv22Batch holds the reversal detector's look-alike training set
// (rv22.tsv: index providers and exchanges dropping companies, bans of
// people, accounts, sports and goods lifted, "lifts" in other senses,
// beside reversals of trust actions) to its floor and its ceiling.
func TestRv22Batch(t *testing.T) {
	testHeadlines(t, "testdata/rv22.tsv", rv22Floor)
}

// rv22Floor is TestRv22Batch's floor on the strict share of its
// reversals.
const rv22Floor = 0.6

// TestRevLookAlike pins which non-events the reversal detector trains
// on: a title telling an undoing of a hold, not an undoing alone or a
// hold alone.
func TestRevLookAlike(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Huawei removed from stock index after sanctions", true},
		{"Twitter lifts ban on Donald Trump's account", true},
		{"Court overturns Manchester City's Champions League ban", true},
		{"Nvidia lifts revenue forecast on AI chip demand", false},
		{"Fortnite returns to Apple's App Store", false},
		{"Germany bans internet-connected doll", false},
		{"Huawei unveils new foldable phone", false},
	} {
		if got := revLookAlike(c.title); got != c.want {
			t.Errorf("revLookAlike(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
