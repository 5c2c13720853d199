package cluster

import (
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRegistryWaves: an open-source wave told by its count or its
// campaign is named after its registry ("npm", match/registry.go), so
// every wave in one registry shares that one name, and only the wording
// keeps two waves of one window apart. Reports of one wave join; another
// wave in the same registry, or a wave in another registry, starts its
// own event. Titles as outlets wrote them (2025); the second wave's pair
// scores 0.05, the closest unrelated pair measured 0.14 against the 0.15
// threshold, so this guards the margin, not a wide one.
func TestRegistryWaves(t *testing.T) {
	at := time.Date(2025, 11, 24, 12, 0, 0, 0, time.UTC)
	npm := []string{"npm"}
	open := func(title string, vendors ...string) []Event {
		return []Event{{ID: 1, Vendors: vendors, Category: trust.CategoryOSS, First: at.Add(-6 * time.Hour),
			Last: at.Add(-2 * time.Hour), Sig: Sign(title, "")}}
	}
	shaiHulud := "Shai-Hulud 2.0 worm hits 800 npm packages, exposes 25,000 GitHub repos"
	for _, c := range []struct {
		name, title string
		open        []Event
		want        int
	}{
		{"one wave, two outlets", "New Shai-Hulud wave compromises hundreds of npm packages", open(shaiHulud, "npm"), 0},
		{"another wave, same registry", "40 npm packages compromised in supply chain attack to steal crypto wallets", open(shaiHulud, "npm"), -1},
		{"another wave, maintainer phished", "Malicious versions of npm packages published after maintainer phished", open(shaiHulud, "npm"), -1},
		{"another registry", "New Shai-Hulud wave compromises hundreds of npm packages", open("GlassWorm returns to Open VSX with new extensions", "Open VSX"), -1},
	} {
		if got := Assign(Options{}, c.open, npm, trust.CategoryOSS, at, Sign(c.title, "")); got != c.want {
			t.Errorf("%s: Assign = %d, want %d", c.name, got, c.want)
		}
	}
}
