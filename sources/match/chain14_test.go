package match

import (
	"testing"
)

// TestChain14Batch: chain14's own rows (testdata/chain14.tsv), real
// named-vendor compromises in the shapes its grid reads. Before chain14,
// 7 of 13 named every name of the label (11 of 13 one of them); the
// updates hijacked in the middle were written as a look-alike and
// relabelled an event, as precision9_test.go and the readable sets have
// it.
func TestChain14Batch(t *testing.T) {
	testHeadlines(t, "testdata/chain14.tsv", 0.9)
	logBatch(t, "testdata/chain14.tsv")
}

// TestChain14Untouched: chain14's untouched set (testdata/chain14_u.tsv),
// written before any change and never tuned on: 20 of 25 right (any name
// of the label) and 0 of 18 look-alikes alerting at the start.
//
// Measured here strictly (every name of the label): 16 of 25. By the
// readable-set measure (any name of the label) 21 of 25 at the end.
func TestChain14Untouched(t *testing.T) {
	testHeadlines(t, "testdata/chain14_u.tsv", 0.64)
	logBatch(t, "testdata/chain14_u.tsv")
}

// TestChain14Names: a compromise alert names the product and its maker
// when the text ties them, the maker first when the story is its own; a
// kind or a harm compound is no name.
func TestChain14Names(t *testing.T) {
	m := defaultMatcher(t)
	checkNameRows(t, m, true, []nameRow{
		{"", "Tenmark Systems confirms supply chain attack on Quillstack Desktop app", "",
			[]string{"Tenmark Systems", "Quillstack Desktop"}},
		{"", "Popular PDF tool's updates laced with malware",
			"Tenmark Systems said attackers compromised the build server for its PDF Forge product.",
			[]string{"Tenmark Systems", "PDF Forge"}},
		{"", "North Korean hackers trojanized Quillstack's VoIP app",
			"Tenmark Systems, which makes the app, said a signed build carried malicious code.",
			[]string{"Quillstack", "Tenmark Systems"}},
		{"", "Hackers trojanize Quillstack Desktop updates",
			"Quillstack Desktop, a VoIP app made by Tenmark Systems, shipped a signed installer with malicious code.",
			[]string{"Quillstack Desktop", "Tenmark Systems"}},
		{"", "Quillstack Desktop from Tenmark Systems hijacked to push malware", "",
			[]string{"Tenmark Systems", "Quillstack Desktop"}},
		{"", "Arvoro, the developer of PDF Forge, says its update server was breached to push malware", "",
			[]string{"Arvoro", "PDF Forge"}},
		{"", "Arvoro says hackers breached its build system, pushed tainted PDF Forge update", "",
			[]string{"Arvoro", "PDF Forge"}},
		{"", "Chat app from Mongolian developer Arvoro trojanized in supply chain attack", "", []string{"Arvoro"}},
		{"", "Malware-laced installer served from Arvoro website", "", []string{"Arvoro"}},
		{"", "Hackers compromise Tenmark Systems to push malicious Quillstack updates", "",
			[]string{"Quillstack", "Tenmark Systems"}},
		// A kind before a channel is a name; a kind acronym is no maker.
		{"", "Ransomware gang encrypts clients via MSP's Corvex software update", "", []string{"Corvex"}},
	})
}

// TestChain14Held: what no compromise alert may stand on, whatever path
// made it.
func TestChain14Held(t *testing.T) {
	for _, c := range []struct {
		title string
		held  bool
	}{
		{"Arvoro investigates claims its update server was hacked", false},
		{"Arvoro says hackers breached its network, stole data", false},
		{"MOVEit hack: BBC, BA and Boots staff data stolen in supply chain attack", false},
		{"Hackers hijack 3CX accounts to push scams", false},
		{"Arvoro update server hijacked to push malware", true},
		{"Undocumented backdoor account found in Zyxel firewalls", true},
		{"Codecov's Bash Uploader script modified to steal credentials", true},
	} {
		if got := ch14Held(c.title); got != c.held {
			t.Errorf("ch14Held(%q) = %v, want %v", c.title, got, c.held)
		}
	}
}
