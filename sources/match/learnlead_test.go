package match

import (
	"strings"
	"testing"
)

// TestLearnedLeadName: a title that reports an event without naming whom
// ("Security firm's update server hacked to push backdoor") gets its
// vendor from the lead's sentence when the model is sure: a name the
// sentence has away from its start, or a company telling of its own
// ("its download server"). A reporter, a sentence's first word that is
// no brand and a threat group are never it; each refused lead below
// reaches the model's sure probability, so the rule is what refuses it.
func TestLearnedLeadName(t *testing.T) {
	m := defaultMatcher(t)
	off, err := m.WithLearned(nil)
	if err != nil {
		t.Fatal(err)
	}
	const title = "Security firm's update server hacked to push backdoor"
	for _, c := range []struct{ title, lead, vendor string }{
		{title, "Zentrik said on Monday that attackers had replaced an installer on its download server with a trojanized copy.", "Zentrik"},
		{"Smartphones from Finnish maker infected through compromised update server",
			"Tovrika confirmed that an update server used by its older phones was compromised and installed malware on some devices.", "Tovrika"},
	} {
		if _, ok := off.Match(c.title, c.lead); ok {
			t.Errorf("%q: the rules alert: no rescue to test", c.lead)
			continue
		}
		a, ok := m.Match(c.title, c.lead)
		if !ok || a.Coverage || len(a.Vendors) != 1 || a.Vendors[0].Name != c.vendor || !a.Vendors[0].Unlisted {
			t.Errorf("%q: got ok=%v %v, want %s (not in the registry)", c.lead, ok, a.VendorNames(), c.vendor)
			continue
		}
		if why := a.Why(); !strings.Contains(why, `"learned `) {
			t.Errorf("%q: why %s: no learned term", c.lead, why)
		}
	}
	for _, lead := range []string{
		"Zentrik said on Monday that attackers had replaced an installer on a download server with a trojanized copy.",
		"Researchers at Zentrik said attackers had replaced an installer on a download server with a trojanized copy.",
		"The Qarvo group replaced an installer on a download server with a trojanized copy.",
		"Attackers replaced the installer served to CI pipelines with a trojanized copy.",
	} {
		if a, ok := m.Match(title, lead); ok {
			t.Errorf("%q: alert naming %v, want none", lead, a.VendorNames())
		}
	}
}
