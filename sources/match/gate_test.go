package match

import (
	"slices"
	"testing"
)

// TestGateHeadlines holds the matcher to testdata/gate.tsv: trust events
// whose title has no lexicon word, said with paraphrase verbs ("sneaks",
// "laces", "cuts off", "revokes licence", "poses threat"), against
// look-alikes using the same verbs in other senses.
func TestGateHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/gate.tsv", 0)
}

// TestInflect holds the cue families' inflection to English spelling.
func TestInflect(t *testing.T) {
	cases := map[string][]string{
		"slip":       {"slip", "slips", "slipped", "slipping"},
		"sneak":      {"sneak", "snuck", "sneaks", "sneaked", "sneaking"},
		"hide":       {"hide", "hid", "hidden", "hides", "hiding"},
		"lace":       {"lace", "laces", "laced", "lacing"},
		"rig":        {"rig", "rigs", "rigged", "rigging"},
		"nix":        {"nix", "nixes", "nixed", "nixing"},
		"revoke":     {"revoke", "revokes", "revoked", "revoking"},
		"booby-trap": {"booby-trap", "booby-traps", "booby-trapped", "booby-trapping"},
		"cut":        {"cut", "cut", "cuts", "cutting"},
		"deny":       {"deny", "denies", "denied", "denying"},
		"plant":      {"plant", "plants", "planted", "planting"},
		"poison":     {"poison", "poisons", "poisoned", "poisoning"},
	}
	for base, want := range cases {
		if got := inflect(base); !slices.Equal(got, want) {
			t.Errorf("inflect(%q) = %v, want %v", base, got, want)
		}
	}
}
