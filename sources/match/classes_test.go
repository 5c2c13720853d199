package match

import (
	"slices"
	"testing"
)

// TestClassAction: an action on a class of products reaches the
// registry's vendors of that class; a country that acts is no class's
// country; and "foreign" when another state than the US acts is named as
// written, since that state's foreign products may be American.
func TestClassAction(t *testing.T) {
	m := defaultMatcher(t)
	for _, tc := range []struct {
		title     string
		want      []string // vendor names the alert must hold
		unlisted  string   // or: the one unlisted class it names
		noClassOf string   // a class phrase the alert must not hold
	}{
		{title: "US bans foreign-made drones from government use", want: []string{"DJI"}},
		{title: "FCC bars new approvals of Chinese telecom gear", want: []string{"Huawei", "ZTE"}},
		{title: "French government recommends against using foreign chat apps", unlisted: "foreign chat apps"},
		{title: "France bans recreational apps on government phones", unlisted: "recreational apps"},
		{title: "US bans Chinese and Russian cameras", want: []string{"Hikvision", "Dahua"}},
		// An authority's verb that alone weighs little; a destination
		// is no origin.
		{title: "Pentagon blocks Chinese drones", want: []string{"DJI"}},
		{title: "US restricts sale of AI training chips to China", noClassOf: "chips to China"},
		// A store's location is no class's country, and a store pulling
		// a kind of apps needs a motive of trust.
		{title: "Apple pulls VPN apps from Russian App Store at government request", noClassOf: "Russian App"},
		// A country's companies of no known class: named as written; a
		// participle describing them is no action on them.
		{title: "US adds Chinese supercomputer makers to Entity List", unlisted: "Chinese supercomputer makers"},
		{title: "Microsoft sold software to sanctioned Russian companies, says US government", noClassOf: "Russian companies"},
		{title: "China Bans Some Chip Sales of Zorblax, the US Company", noClassOf: "China Bans Some Chip"},
	} {
		a, ok := m.Match(tc.title, "")
		var names, classes []string
		for _, v := range a.Vendors {
			names = append(names, v.Name)
			classes = append(classes, v.Class)
		}
		switch {
		case tc.noClassOf != "":
			if slices.Contains(classes, tc.noClassOf) {
				t.Errorf("%q: the acting country made a class: %v", tc.title, a.Vendors)
			}
		case !ok:
			t.Errorf("%q: no alert", tc.title)
		case tc.unlisted != "":
			if len(a.Vendors) != 1 || !a.Vendors[0].Unlisted || a.Vendors[0].Name != tc.unlisted {
				t.Errorf("%q: vendors %v, want the class %q as written", tc.title, a.Vendors, tc.unlisted)
			}
		default:
			for _, w := range tc.want {
				if !slices.Contains(names, w) {
					t.Errorf("%q: vendors %v, want %s among them", tc.title, names, w)
				}
			}
		}
	}
}
