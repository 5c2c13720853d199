package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRegistryNamesApart holds products and companies the registry once
// merged under one name to their own names: Pinduoduo is not Temu, Douyin
// not TikTok, Cytrox not Intellexa, StartCom not WoSign. Each row names
// one of a pair in a headline of the kind its news takes; the alert must
// name it and not the other.
func TestRegistryNamesApart(t *testing.T) {
	m := defaultMatcher(t)
	rows := []struct{ title, lead, want, not string }{
		{"Google suspends Pinduoduo app over malware", "", "Pinduoduo", "Temu"},
		{"Chinese shopping app Pinduoduo could spy on users, cybersecurity firms say", "", "Pinduoduo", "Temu"},
		{"Google suspends popular Chinese shopping app over malware", "Google has suspended Pinduoduo's app from the Play Store after malware was found in versions of it distributed outside Google Play.", "Pinduoduo", "Temu"},
		{"Arkansas sues Temu, calling the shopping app dangerous malware", "", "Temu", "Pinduoduo"},
		{"Kansas governor orders Temu removed from state-issued phones", "", "Temu", "Pinduoduo"},
		{"Taiwan bans Douyin on government devices", "", "Douyin", "TikTok"},
		{"Taiwan bans TikTok on government devices", "", "TikTok", "Douyin"},
		{"Commerce adds Cytrox to Entity List over spyware trafficking", "", "Cytrox", "Intellexa"},
		{"Commerce adds Intellexa to Entity List over spyware trafficking", "", "Intellexa", "Cytrox"},
		{"StartCom certificates no longer trusted by Chrome", "", "StartCom", "WoSign"},
		{"WoSign certificates no longer trusted by Chrome", "", "WoSign", "StartCom"},
	}
	for _, r := range rows {
		t.Run(r.title, func(t *testing.T) {
			a, ok := m.Match(r.title, r.lead)
			if !ok || a.Coverage {
				t.Fatalf("no alert (ok %v, coverage %v), want one naming %s (%s)", ok, a.Coverage, r.want, a.Why())
			}
			if names := a.VendorNames(); !slices.Contains(names, r.want) || slices.Contains(names, r.not) {
				t.Errorf("names %q, want %s and not %s (%s)", names, r.want, r.not, a.Why())
			}
		})
	}
}

// TestCommonWordVendorAsWord is the look-alike grid of a registry vendor
// whose name is a common word (Zoom, word = true): the word used as a
// verb or a noun, in the title or the lead, beside another vendor's trust
// news, with a class of products, or alone with a trust signal, never
// names Zoom. Its twin grid writes the name capitalised in the same
// sentences' places, and there an alert names Zoom.
func TestCommonWordVendorAsWord(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	notZoom := func(a trust.Alert, ok bool) bool {
		return !ok || !slices.Contains(a.VendorNames(), "Zoom")
	}
	subjects := []string{"Investigators", "Lawmakers", "Analysts", "Shares"}
	verbs := []string{"zoom in on", "zoom past", "zoom ahead after"}
	events := []string{
		"Taiwan's ban on Huawei gear",
		"the Pentagon's Kaspersky directive",
		"FCC ban on DJI drones",
		"the Temu app's data sent to China",
	}
	for _, s := range subjects {
		for _, v := range verbs {
			for _, e := range events {
				g.check(s+" "+v+" "+e, "", []string{"verb"}, notZoom, "verb")
			}
		}
	}
	// The noun: a camera's zoom, pinch-to-zoom, beside a ban or a class.
	nouns := []string{
		"Taiwan bans Chinese cameras with 30x zoom lenses from government buildings",
		"Pentagon bans drones with zoom cameras made in China",
		"Government bans app after pinch-to-zoom update leaked user data to China",
		"Taiwan tells agencies to stop using camera app with zoom feature over security concerns",
	}
	for _, n := range nouns {
		g.check(n, "", []string{"noun"}, notZoom, "noun")
	}
	// The lead's word under a title with a signal and no name.
	leads := []string{
		"Users can zoom in on the map to see where data went.",
		"Officials said the cameras' zoom lenses could read documents on desks.",
		"Stocks of rival makers zoom higher on the news.",
	}
	for _, title := range []string{"Taiwan bans government agencies from using video app over security concerns", "Pentagon warns personnel against using the app for official business"} {
		for _, l := range leads {
			g.check(title, l, []string{"lead"}, notZoom, "lead")
		}
	}
	g.stat.log(t, "%s: %d/%d")
	if g.right != g.all {
		t.Errorf("%d of %d look-alike cells name Zoom:\n%s", g.all-g.right, g.all, strings.Join(g.fails, "\n"))
	}

	// The twin: the same places with the vendor's name as written.
	twin := []struct{ title, lead string }{
		{"Taiwan bans government agencies from using Zoom", ""},
		{"Pentagon warns personnel against using Zoom for official business", ""},
		{"Taiwan bans government agencies from using video app over security concerns", "Taiwan's Executive Yuan told agencies to stop using Zoom."},
		{"New York City lets schools use Zoom again after security fixes", ""},
	}
	for _, c := range twin {
		if a, ok := m.Match(c.title, c.lead); !ok || a.Coverage || !slices.Contains(a.VendorNames(), "Zoom") {
			t.Errorf("%q / %q: names %v (ok %v, coverage %v), want Zoom (%s)", c.title, c.lead, a.VendorNames(), ok, a.Coverage, a.Why())
		}
	}
}

// TestWrittenAt holds the case check of a common-word vendor's hit to the
// text as written, a possessive's "'s" dropped.
func TestWrittenAt(t *testing.T) {
	for _, c := range []struct {
		s    string
		off  int // the byte after the match's last word, as the scan gives it
		want bool
	}{
		{"using Zoom", 10, true},
		{"using Zoom now", 10, true},
		{"Zoom's app", 6, true},
		{"Zoom’s app", 8, true},
		{"zoom in", 4, false},
		{"ZOOM app", 4, false},
		{"zoom's lens", 6, false},
	} {
		if got := writtenAt(c.s, c.off, "Zoom"); got != c.want {
			t.Errorf("writtenAt(%q, %d) = %v, want %v", c.s, c.off, got, c.want)
		}
	}
}

// TestCompileCommonWordClash: a common-word vendor's term that folds like
// a rules term could not be dropped for the vendor alone, so Compile
// refuses it; the same name without word = true compiles.
func TestCompileCommonWordClash(t *testing.T) {
	rules := defaultRules(t)
	v := trust.Vendor{Name: "Bans", Word: true}
	if _, err := Compile([]trust.Vendor{v}, rules); err == nil {
		t.Errorf("Compile with common-word vendor %q: no error, want one", v.Name)
	}
	v.Word = false
	if _, err := Compile([]trust.Vendor{v}, rules); err != nil {
		t.Errorf("Compile with vendor %q: %v", v.Name, err)
	}
}

// TestRegistryClassReach: a class-level action reaches the registry's
// vendors of its kind and country, the new ones among them, and not a
// vendor of another country (Zoom is American) or a holding company with
// no app category (PDD Holdings).
func TestRegistryClassReach(t *testing.T) {
	m := defaultMatcher(t)
	for _, r := range []struct {
		title     string
		want, not []string
	}{
		{"FCC adds foreign-made drones to Covered List", []string{"DJI", "Autel"}, []string{"Zoom"}},
		{"Commerce bans Chinese routers from US market", []string{"TP-Link", "Tenda", "FiberHome"}, nil},
		{"Government bans Chinese security cameras from federal buildings", []string{"Hikvision", "Xiongmai"}, nil},
		{"US bans Chinese antivirus software", []string{"Qihoo 360"}, []string{"Kaspersky"}},
		{"Texas bans Chinese apps on state devices", []string{"TikTok", "Temu", "Pinduoduo", "Douyin"}, []string{"Zoom", "PDD Holdings"}},
		{"US bans foreign apps on federal devices", []string{"TikTok"}, []string{"Zoom", "PDD Holdings"}},
		{"EU sanctions commercial spyware makers", []string{"NSO Group", "Intellexa", "Cytrox"}, nil},
	} {
		a, ok := m.Match(r.title, "")
		if !ok || a.Coverage {
			t.Errorf("%q: no alert (ok %v, coverage %v) (%s)", r.title, ok, a.Coverage, a.Why())
			continue
		}
		names := a.VendorNames()
		for _, w := range r.want {
			if !slices.Contains(names, w) {
				t.Errorf("%q: names %q, want %s among them", r.title, names, w)
			}
		}
		for _, n := range r.not {
			if slices.Contains(names, n) {
				t.Errorf("%q: names %q, want no %s", r.title, names, n)
			}
		}
	}
}
