package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// rank18Grid is a grid of general shapes of the ranker's case: the
// title names a platform, a reporter or a campaign beside the signal,
// the lead names the thing turned. Names are invented, so that no
// weight can hold them.
func rank18Grid() (cells []struct{ title, lead, want, other string }) {
	things := []struct{ name, kind string }{
		{"zorbix-utils", "package"}, {"quillpath", "library"}, {"@flarnjs/core", "package"},
		{"Brevik Notes", "extension"}, {"Zentrik Sync", "plugin"}, {"Tallowin", "app"},
	}
	shapes := []struct{ title, lead, other string }{
		{"Backdoored %[2]s found on %[3]s", "Researchers found that the %[1]s %[2]s had been compromised and pushed a malicious update to its users.", "%[3]s"},
		{"%[4]s warns of hijacked %[2]s on %[3]s", "Attackers compromised the %[1]s %[2]s and published a version that steals credentials.", "%[4]s"},
		{"%[3]s %[2]s hijacked to push malware", "The %[1]s %[2]s, installed 100,000 times, was taken over and shipped an infostealer in its latest update.", "%[3]s"},
		{"Popular %[2]s on %[3]s compromised, %[4]s says", "A malicious release of %[1]s was published after its maintainer's account was phished.", "%[4]s"},
	}
	platforms := []string{"GitHub", "npm", "PyPI", "the Chrome Web Store", "WordPress"}
	reporters := []string{"Sonatype", "ReversingLabs", "Socket", "Wordfence"}
	for _, th := range things {
		for si, sh := range shapes {
			for pi, p := range platforms {
				r := reporters[(si+pi)%len(reporters)]
				other := fmt.Sprintf(sh.other, th.name, th.kind, p, r)
				other = strings.TrimPrefix(other, "the ")
				cells = append(cells, struct{ title, lead, want, other string }{
					fmt.Sprintf(sh.title, th.name, th.kind, p, r), fmt.Sprintf(sh.lead, th.name, th.kind, p, r), th.name, other})
			}
		}
	}
	return cells
}

// TestRankGrid: on the grid, the ranker prefers the lead's thing to the
// title's platform or reporter, and rerank renames an alert naming the
// platform or reporter in part of the cells. A ranker whose weights or
// features are broken (all zero, read from the wrong field, a name's
// form lost) fails.
func TestRankGrid(t *testing.T) {
	m := defaultMatcher(t)
	if m.learned == nil || m.learned.rank == nil {
		t.Fatal("the embedded model has no ranker weights")
	}
	cells := rank18Grid()
	var top, renamed int
	for _, c := range cells {
		it := m.rankRead(c.title, c.lead)
		s := rankScores(it, m.learned.rank)
		best, want := -1, -1
		for k, cd := range it.cands {
			if best < 0 || s[k] > s[best] {
				best = k
			}
			if strings.EqualFold(cd.name, c.want) {
				want = k
			}
		}
		if want < 0 {
			t.Errorf("%q — %q: %q is not a candidate (%v)", c.title, c.lead, c.want, it.cands)
			continue
		}
		if best == want {
			top++
		}
		a := trust.Alert{Vendors: []trust.VendorHit{{Name: c.other, Term: c.other, Unlisted: true}}, Category: trust.CategoryOSS}
		m.rerank(c.title, c.lead, &a)
		if strings.EqualFold(a.Vendors[0].Name, c.want) {
			renamed++
			if !strings.Contains(a.Why(), "name chosen by the learned ranker") {
				t.Errorf("%q: why %q does not name the ranker", c.title, a.Why())
			}
		}
	}
	t.Logf("ranker's best is the lead's thing in %d of %d cells; renamed from the platform or reporter in %d", top, len(cells), renamed)
	// rerank renames only past rankMargin, chosen on held-out folds to
	// rename rarely: a sixth of the grid at least.
	if top*100 < len(cells)*85 {
		t.Errorf("the ranker's best is the lead's thing in %d of %d cells, want 85%%", top, len(cells))
	}
	if renamed*6 < len(cells) {
		t.Errorf("rerank renamed %d of %d cells, want a sixth", renamed, len(cells))
	}
}

// TestRankLeavesAlone: the ranker leaves a class's alert, an alert with
// several vendors and an alert whose name is the thing turned as they
// are.
func TestRankLeavesAlone(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range rank18Grid()[:8] {
		for _, a := range []trust.Alert{
			{Vendors: []trust.VendorHit{{Name: c.other, Class: "packages"}}, Category: trust.CategoryOSS},
			{Vendors: []trust.VendorHit{{Name: c.other}, {Name: "Quonset"}}, Category: trust.CategoryOSS},
			{Vendors: []trust.VendorHit{{Name: c.want, Term: c.want, Unlisted: true}}, Category: trust.CategoryOSS},
		} {
			before := a.VendorNames()
			m.rerank(c.title, c.lead, &a)
			if got := a.VendorNames(); fmt.Sprint(got) != fmt.Sprint(before) {
				t.Errorf("%q: renamed %v to %v", c.title, before, got)
			}
		}
	}
}
