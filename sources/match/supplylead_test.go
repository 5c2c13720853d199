package match

import (
	"strings"
	"testing"
)

// TestSupplyLead holds the supply-chain titles whose vendor is in the
// summary: the name is read from the first sentences only, the title must
// tell the attack as news, and why says the vendor came from beside the
// title (across the title and lead) with the shape that made the alert.
func TestSupplyLead(t *testing.T) {
	m := defaultMatcher(t)
	const named = "The group used a malware-laced version of the legitimate Cobra DocGuard software to infect its targets."
	cases := []struct {
		name, title, body string
		vendor            string // "" for no alert
		why               []string
		evidence          string
	}{
		{
			name:     "vendor in the second sentence",
			title:    "Carderbee APT targets Hong Kong orgs via supply chain attacks",
			body:     "A previously unknown group was behind a supply chain attack against organizations in Asia. " + named,
			vendor:   "Cobra DocGuard",
			why:      []string{`"Cobra DocGuard" (not in the registry)`, `"supply chain attacks" [compromise +4]`, "across the title and lead"},
			evidence: named,
		},
		{
			name:     "turned updates as the way in",
			title:    "Hong Kong organizations targeted via malicious software updates",
			body:     named,
			vendor:   "Cobra DocGuard",
			why:      []string{`"malicious software updates" [compromise +4]`, "across the title and lead"},
			evidence: named,
		},
		{
			name:  "vendor beyond the first sentences",
			title: "Carderbee APT targets Hong Kong orgs via supply chain attacks",
			body:  "A group attacked organizations. It was new. It used PlugX. " + named,
		},
		{
			name:  "looking back on the attack",
			title: "Hong Kong firms rethink software buying after supply chain attack",
			body:  named,
		},
		{
			name:  "talk lowers the title below a headline's bar",
			title: "Webinar: what the latest supply chain attacks mean for defenders",
			body:  named,
		},
		{
			name:     "a hack whose lead says what it shipped",
			title:    "JumpCloud hack linked to North Korean APT",
			body:     "JumpCloud says nation-state hackers breached its network and pushed malicious commands to a small number of customers.",
			vendor:   "JumpCloud",
			why:      []string{`"JumpCloud hack" [compromise +4]`, "across the title and lead"},
			evidence: "JumpCloud hack linked to North Korean APT — JumpCloud says",
		},
		{
			name:  "a hack that shipped nothing",
			title: "Okta hack linked to stolen employee credentials",
			body:  "Okta says hackers breached its support system and stole files belonging to customers.",
		},
		{
			name:     "the lead's name for the product the title runs into",
			title:    "Lazarus X_TRADER Hack Impacts Critical Infrastructure Beyond 3CX Breach",
			body:     "Lazarus also breached two energy organizations using the trojanized X_TRADER application.",
			vendor:   "X_TRADER",
			why:      []string{`"X_TRADER" (not in the registry)`, "across the title and lead"},
			evidence: "trojanized X_TRADER application",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, ok := m.Match(c.title, c.body)
			if !expectNews(t, &a, ok, c.vendor) {
				return
			}
			if got := a.VendorNames(); len(got) != 1 || got[0] != c.vendor || !a.Vendors[0].Unlisted {
				t.Fatalf("vendors %v (%+v), want unlisted %s", got, a.Vendors, c.vendor)
			}
			if a.InTitle || !a.Across {
				t.Errorf("InTitle %v Across %v, want the vendor read across the title and lead", a.InTitle, a.Across)
			}
			why := a.Why()
			for _, w := range c.why {
				if !strings.Contains(why, w) {
					t.Errorf("why %q lacks %q", why, w)
				}
			}
			if !strings.Contains(a.Evidence, c.evidence) {
				t.Errorf("evidence %q lacks %q", a.Evidence, c.evidence)
			}
		})
	}
}
