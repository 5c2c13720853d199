package match

import (
	"strings"
	"testing"
)

// TestLearnAside: the rescue's candidates refuse a name that stands aside
// from what the title reports: an authority, a platform named for what it
// hosts, a name of the cause after the signal's clause (learnTitleAside);
// in the lead, a place a download came from, an owner who bought it, a
// tester, an authority (learnLeadAside); a reporter's "its" that follows
// another name (ownNext).
func TestLearnAside(t *testing.T) {
	for _, c := range []struct {
		title, name string
		want        bool
	}{
		{"Backdoor in premium WordPress plugin lets attackers take over sites", "WordPress", true},
		{"Hijacked Rust crate racks up downloads", "Rust", true},
		{"Quillo Q extension for VS Code shipped with a wiper prompt", "VS Code", true},
		{"FDA: Unplug these patient monitors", "FDA", true},
		{"Zorvex among Russian firms sanctioned over SolarWinds hack", "SolarWinds", true},
		{"Gravex Forms plugin backdoored in supply chain attack", "Gravex Forms", false},
		{"VS Code extensions compromised in publisher token theft", "VS Code", false},
	} {
		if got := learnTitleAside(titleWords(c.title), c.name); got != c.want {
			t.Errorf("learnTitleAside(%q, %q) = %v, want %v", c.title, c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		lead, name string
		want       bool
	}{
		{"Versions downloaded from SourceForge contained a backdoor.", "SourceForge", true},
		{"The polyfill.io domain, bought by Funnull in February, served malware.", "Funnull", true},
		{"The Defense Department list now includes the company.", "Defense", true},
		{"The Ministry of Digital Development began issuing certificates.", "Digital Development", true},
		{"The official driver download of Jellyset shipped an infostealer.", "Jellyset", false},
		{"Inverters made by Sunvolt contain undocumented radios.", "Sunvolt", false},
	} {
		lw := titleWords(c.lead)
		parts := strings.Fields(c.name)
		j := 0
		for j < len(lw) && lw[j].text != parts[0] {
			j++
		}
		if got := learnLeadAside(lw, j, j+len(parts), strings.ToLower(parts[0])); got != c.want {
			t.Errorf("learnLeadAside(%q, %q) = %v, want %v", c.lead, c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		after string
		want  bool
	}{
		{"said on Monday that attackers replaced an installer on its download server", true},
		{"says attackers compromised the website of the Vietnam Government Certification Authority and swapped two of its installers", false},
	} {
		if got := ownNext(titleWords(c.after)); got != c.want {
			t.Errorf("ownNext(%q) = %v, want %v", c.after, got, c.want)
		}
	}
}

// TestLearnTitleName: the title's first acceptable name, past a word
// capitalised for standing first, never the later word of a refused run
// ("Typhoon" of "Salt Typhoon"), a description ("Western firm") or a
// count.
func TestLearnTitleName(t *testing.T) {
	refuse := func(names ...string) func(string) bool {
		return func(n string) bool {
			for _, x := range names {
				if n == x {
					return false
				}
			}
			return true
		}
	}
	for _, c := range []struct {
		title string
		deny  []string
		want  string
	}{
		{"Leaked files show Chinese firm i-Soon hacked foreign networks", []string{"Leaked"}, "i-Soon"},
		{"Agencies name firms behind Salt Typhoon hacks", []string{"Agencies", "Salt Typhoon"}, ""},
		{"Bank forced Western firm to install tax software", []string{"Bank"}, ""},
		{"Backdoor found in plugin with 200,000 Installations", []string{"Backdoor"}, ""},
	} {
		if got := learnTitleName(titleWords(c.title), false, nil, refuse(c.deny...)); got != c.want {
			t.Errorf("learnTitleName(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
