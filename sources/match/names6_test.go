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
	testHeadlines(t, "testdata/names6.tsv", 0.85)
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

// TestSentenceWord holds the rule of names6.go to words and names it did
// not come from: a word's form and how title and lead write it.
func TestSentenceWord(t *testing.T) {
	cases := []struct {
		name, title, lead string
		word              bool
	}{
		{"Released", "Maven Maintainer Accounts Hijacked, Tainted Versions Released", "Attackers pushed new builds.", true},
		{"Uploaded", "Trusted NuGet Libraries Poisoned, Malicious Builds Uploaded", "", true},
		{"Contributors Accounts", "Open VSX Contributors' Accounts Hijacked to Push Malware", "Several extensions were updated.", true},
		{"credentials", "Popular gems backdoored", "Attackers who phished owners' credentials pushed new versions.", true},
		{"steal", "Popular crates backdoored", "The tainted releases steal SSH keys.", true},
		{"libraries", "Widely Used PyPI Libraries Hijacked", "Attackers hijacked several libraries.", true},
		// Names that look like words survive.
		{"Threads", "Apple removes WhatsApp and Threads from China App Store", "", false},
		{"Signal", "Apple pulls Signal from App Store in China", "", false},
		{"Notion", "Notion Banned on Government Devices Over Data Security", "Ministries must remove Notion from laptops.", false},
		{"colors", "Developer sabotages npm package colors", "", false},
		{"faker", "npm libraries colors and faker sabotaged", "", false},
		{"eScan", "eScan Antivirus Updates Hijacked", "", false},
		{"Safe{Wallet}", "Safe{Wallet} Front End Tampered With", "", false},
		{"Zorbtabs", "Zorbtabs Firefox add-on turns malicious", "", false},
		{"Battlegrounds", "Battlegrounds Mobile India returns to app stores", "", false},
		{"Cyberhaven", "Cyberhaven's Chrome Extension Hijacked to Steal User Data", "Cyberhaven said its extension was compromised.", false},
		{"npm", "Popular npm Packages Hijacked", "", false},
		{"gems", "Developer Accounts Compromised on RubyGems", "Attackers published malicious versions of popular gems.", false},
	}
	for _, c := range cases {
		w, lw := titleWords(c.title), titleWords(c.lead)
		if got := sentenceWord(c.name, c.lead, w, lw, titleCased(w)); got != c.word {
			t.Errorf("sentenceWord(%q) in %q | %q = %v, want %v", c.name, c.title, c.lead, got, c.word)
		}
	}
}
