package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestReachGate: the gate passes a title naming what an event ships
// through or acts on, or who acts, and nothing else; it allocates
// nothing.
func TestReachGate(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Chrome extension Zorbly Tabs sold, then updated to inject ads", true},
		{"Interior Department grounds its drone fleet", true},
		{"Quillpad library altered after maintainer falls for phishing", true},
		{"Chinese AI app transferred user prompts abroad without consent", true},
		{"Version tags of a GitHub Action moved to malicious commit", true},
		{"Breton: Huawei and ZTE 'materially higher risk' than other 5G suppliers", false},
		{"Somehow we've made it to 2025, and here's how it went", false},
		{"Recent content on software is fun Hugo", true},
		{"Raccoon's Trash Can: a blog about hidden things", false},
		{"", false},
	} {
		if got := reachGate(c.title); got != c.want {
			t.Errorf("reachGate(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { reachGate("Popular Firefox add-on bought, then updated with tracking code") }); n != 0 {
		t.Errorf("reachGate allocates %.0f times, want 0", n)
	}
}

// TestReachEvent: the real-article check reads the lead sentence for the
// event the title tells: the candidate named, a lexicon term, who acts
// or what is acted on; a lead about something else is ordinary news.
func TestReachEvent(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		title, lead, name string
		want              bool
	}{
		{"Zorbly Tabs sold, then updated to inject ads", "The new owner of Zorbly Tabs pushed version 3.1 with code that rewrites search results.", "Zorbly Tabs", true},
		// reach25.go: the vendor's channel carrying something tells the event.
		{"Quillpad library altered after maintainer falls for phishing", "Version 1.2 of the package contained a loader.", "Quillpad", true},
		{"Quillpad library altered after maintainer falls for phishing", "Version 1.2 of the package drew praise.", "Quillpad", false},
		{"Interior Department grounds drone fleet", "The secretary ordered the department's 800 drones grounded.", "drone", true},
		{"Quillpad returns to top of app store charts", "Downloads rose after a marketing push.", "Quillpad", false},
		{"Quillpad returns to top of app store charts", "Weekly installs doubled in March.", "Quillpad", false},
		{"Quillpad returns to top of app store charts", "The government said the app may stay.", "Quillpad", true},
		{"Quillpad returns to top of app store charts", "", "Quillpad", true},
	} {
		f := &feats{}
		m.learnFeatures(c.title, c.lead, f, false)
		if got := m.reachEvent(c.lead, f, c.name); got != c.want {
			t.Errorf("reachEvent(%q, %q) = %v, want %v", c.lead, c.name, got, c.want)
		}
	}
}

// TestReachGrid: events told without a signal word, built from parts
// (an owner's channel sold or taken and turned, a kind of product a
// government grounds), alert through reachRescue and not without it;
// look-alikes of the same parts whose lead tells ordinary news, or
// whose title holds no structure, stay silent. The model decides on
// invented rows, so the events are counted against a floor.
func TestReachGrid(t *testing.T) {
	m := defaultMatcher(t)
	names := []string{"Zorbly Tabs", "Quillpad", "Tessarine", "Marlowe Notes"}
	channels := []string{"Chrome extension", "Firefox add-on", "browser extension"}
	turns := []string{"sold, then updated to inject ads", "bought, then updated with tracking code", "sold, turned into cookie-stealing extension"}
	leads := []string{
		"The new owner of %s pushed an update with code that sends every visited URL to an analytics server.",
		"Weeks after the developer sold %s, an update added code that uploads users' browsing activity.",
	}
	silent, caught := 0, 0
	for _, n := range names {
		for _, ch := range channels {
			for _, tu := range turns {
				for _, l := range leads {
					title := ch + " " + n + " " + tu
					lead := strings.Replace(l, "%s", n, 1)
					reach24Off = true
					_, ok := m.Match(title, lead)
					reach24Off = false
					if ok {
						continue // a signal word the rescue reads
					}
					silent++
					if a, ok := m.Match(title, lead); ok && !a.Coverage && namesLoosely(a, n) {
						caught++
					}
				}
			}
		}
	}
	t.Logf("paraphrased events silent without reach24: %d, alerting with it naming the owner's product: %d", silent, caught)
	if silent < 12 || caught < silent/2 {
		t.Errorf("paraphrased events silent without reach24: %d (want 12 or more), alerting with it: %d (want half)", silent, caught)
	}
	looks := 0
	for _, n := range names {
		for _, ch := range []string{"app", "extension", "add-on"} {
			for _, c := range [][2]string{
				{n + " " + ch + " returns to top of store charts", "Downloads rose after a marketing push."},
				{n + " " + ch + " returns to top of store charts", "Weekly installs doubled in March."},
				{n + " tops the charts again", "The " + ch + " gained users in March."},
				{n + " maintainer adds anti-war message to " + ch, "The maintainer of " + n + ", with millions of weekly downloads, added a script that prints a message."},
			} {
				looks++
				if a, ok := m.Match(c[0], c[1]); ok && !a.Coverage {
					t.Errorf("look-alike alerting: %q — %q: %v/%s", c[0], c[1], a.VendorNames(), a.Category)
				}
			}
		}
	}
	t.Logf("look-alikes: %d silent", looks)
}

// TestReachFormGrid holds reachForm (band24.go), the reach's reading of
// the look-alikes' forms, on its cells: a package that broke with no
// payload, a lawsuit over a vendor's own data collection read as a tie
// to a state naming no other state, a firm of influence, a document
// named as a vendor; and the events of the same parts that must pass.
func TestReachFormGrid(t *testing.T) {
	vs := func(n string) []trust.VendorHit { return []trust.VendorHit{{Name: n, Term: n}} }
	for _, n := range []string{"is-promise", "quux-tiles", "Zorbly Tabs"} {
		for _, c := range []struct {
			title, lead string
			cat         trust.Category
			want        bool
		}{
			{"One-line npm package " + n + " breaks thousands of JavaScript projects", "", trust.CategoryOSS, false},
			{"Popular " + n + " extension update crashes browsers", "", trust.CategoryCompromise, false},
			{"npm package " + n + " breaks builds after maintainer plants a wiper", "", trust.CategoryOSS, true},
			{n + " versions wipe files on Russian machines", "", trust.CategoryOSS, true},
			{"Texas sues " + n + ", alleging it collected drivers' data through apps", "The state says the insurer paid app makers to embed its tracking software.", trust.CategoryStateLinks, false},
			{"Ohio sues " + n + " over data it sold to brokers", "The attorney general says the company shared location data.", trust.CategoryEspionage, false},
			{"Iran's " + n + " helps government build its national internet", "", trust.CategoryStateLinks, true},
			{"Arkansas sues " + n + ", calling it 'dangerous malware'", "", trust.CategoryStateLinks, true},
			{"State sues " + n + " over data sent abroad", "The lawsuit says the app sends users' data to servers in China.", trust.CategoryStateLinks, true},
			{"Treasury targets Russian disinformation firm " + n, "", trust.CategorySanctions, false},
			{"Treasury targets Chinese drone maker " + n, "", trust.CategorySanctions, true},
		} {
			if got := reachForm(c.title, c.lead, c.cat, vs(n)); got != c.want {
				t.Errorf("reachForm(%q, %s) = %v, want %v", c.title, c.cat, got, c.want)
			}
			band24Off = true
			if !reachForm(c.title, c.lead, c.cat, vs(n)) {
				t.Errorf("reachForm(%q) with band24 off holds it back", c.title)
			}
			band24Off = false
		}
	}
	if reachForm("Spy agency warns leak designed to damage US intelligence", "", trust.CategoryEspionage, vs("WikiLeaks Dump")) {
		t.Errorf("reachForm passes a document named as a vendor")
	}
}
