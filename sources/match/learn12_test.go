package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLearn12Untouched logs testdata/learn12_u.tsv, written before any
// change to the rescue and never tuned on: the learned rescue's honest
// figure for the twelfth round.
func TestLearn12Untouched(t *testing.T) {
	logBatch(t, "testdata/learn12_u.tsv")
}

// TestLearnPrecondition: the rescue reads an item whose signal is in the
// title or only in the lead's first sentence, and no other: a signal in
// the lead's second sentence is not the news.
func TestLearnPrecondition(t *testing.T) {
	m := defaultMatcher(t)
	f := &feats{}
	for _, c := range []struct {
		title, lead string
		ok, inTitle bool
	}{
		{"Zorvane warns customers after hackers hijacked its update server", "", true, true},
		{"Click Studios tells customers to reset every password", "Attackers compromised the upgrade mechanism and delivered a malicious DLL.", true, false},
		{"Arvoro sees record growth", "The company sold more routers. Later a backdoor was found in a rival's firmware.", false, false},
		{"Quillstack appoints a new CEO", "The firm named a former banker to lead it.", false, false},
	} {
		_, ok := m.learnFeatures(c.title, c.lead, f, true)
		if ok != c.ok || ok && f.sigTitle != c.inTitle {
			t.Errorf("%q | %q: ok %v in title %v, want %v %v", c.title, c.lead, ok, f.sigTitle, c.ok, c.inTitle)
		}
	}
}

// TestLearnTitlePackage: a package the title writes as code beside an
// ecosystem's word, in every order a title uses; the look-alikes name an
// ecosystem or a count, never a package. A plain word is a name only when
// the lead writes it again.
func TestLearnTitlePackage(t *testing.T) {
	const lead = "The ctx, quuxtool and ultralytics projects were hit, the maintainers said."
	for title, want := range map[string]string{
		"Popular npm package ua-parser-js hijacked to drop miners":     "ua-parser-js",
		"ua-parser-js npm package hijacked to drop miners":             "ua-parser-js",
		"PyPI package ctx hijacked to steal AWS keys":                  "ctx",
		"PyPI library quuxtool backdoored in supply chain attack":      "quuxtool",
		"Cryptominer found in two ultralytics releases on PyPI":        "ultralytics",
		"Malicious versions of @zorb/core pushed to npm":               "",
		"zorb-utils versions on npm ship a password stealer":           "zorb-utils",
		"Hijacked rubygems gem strong_password shipped a backdoor":     "strong_password",
		"Popular npm library hijacked to drop miners":                  "",
		"npm package manager adds provenance checks":                   "",
		"15 npm packages caught stealing Discord tokens":               "",
		"PyPI suspends new registrations after malware flood":          "",
		"Attackers publish malicious npm packages impersonating React": "",
		"Node.js packages on npm found vulnerable to ReDoS":            "",
		"PyPI package quuxcore hijacked to steal AWS keys":             "",
	} {
		if got := learnTitlePackage(titleWords(title), titleWords(lead)); got != want {
			t.Errorf("%q: got %q, want %q", title, got, want)
		}
	}
}

// TestLearnClass: a class of products with its make and a government
// acting reaches the registry's vendors; a company's or newspaper's rule,
// a class of people and a vulnerability do not.
func TestLearnClass(t *testing.T) {
	m := defaultMatcher(t)
	ban := trust.SignalHit{Term: "bars", Category: trust.CategoryBan, Weight: 4}
	for _, c := range []struct {
		title string
		sig   trust.SignalHit
		want  bool
	}{
		{"Florida governor bars state agencies from flying Chinese-made drones", ban, true},
		{"Pentagon told to stop buying Chinese drones", ban, true},
		{"Swedish newspaper bars staff from using Chinese apps", ban, false},
		{"Texas bars Chinese citizens and companies from buying land", ban, false},
		{"Florida governor bars state agencies from flying Chinese-made drones", trust.SignalHit{Term: "backdoor", Category: trust.CategoryCompromise, Weight: 4}, false},
	} {
		vs := m.learnClass(titleWords(c.title), c.sig)
		if (len(vs) > 0) != c.want {
			t.Errorf("%q: got %v, want any %v", c.title, vs, c.want)
		}
	}
}

// TestRescueCandidateSources: where a rescue's candidate comes from, for
// each source; and the names none may come from (a campaign, a reporter,
// a lead's vendor when the title names its own).
func TestRescueCandidateSources(t *testing.T) {
	m := defaultMatcher(t)
	f := &feats{}
	for _, c := range []struct {
		title, lead, want string
		src               rescueSource
	}{
		{"Hackers poison firmware updates of smart lock maker Norvanta", "The lock maker Norvanta said attackers swapped images on its update server.", "Norvanta", rescueTitle},
		{"Popular npm package zorb-utils hijacked to steal tokens", "", "zorb-utils", rescuePackage},
		{"Popular npm library hijacked to drop miners", "The ua-parser-js package, downloaded millions of times a week, was hijacked.", "ua-parser-js", rescuePackage},
		{"Florida governor bars state agencies from flying Chinese-made drones", "", "DJI", rescueClass},
		{"State sues Chinese-owned shopping app over data sent to China", "Arkansas alleges that Temu is dangerous malware.", "Temu", rescueLead},
		{"Operation StealthyTrident: corporate software hijacked to deliver backdoor", "", "", 0},
		{"As Trump entertains Xi, 'Operation Tradesecret' spy campaign backdoors firms", "", "", 0},
	} {
		sig, ok := m.learnFeatures(c.title, c.lead, f, true)
		if !ok {
			t.Errorf("%q: no signal", c.title)
			continue
		}
		vs, src, ok := m.rescueCandidate(c.title, c.lead, sig, f)
		got := ""
		if ok {
			got = vs[0].Name
		}
		if got != c.want || ok && src != c.src {
			t.Errorf("%q: got %q from %s, want %q from %s", c.title, got, rescueSourceNames[src], c.want, rescueSourceNames[c.src])
		}
	}
}

// TestRescueHeld: a rescued candidate held to its category.
func TestRescueHeld(t *testing.T) {
	for _, c := range []struct {
		src   rescueSource
		cat   trust.Category
		title string
		name  string
		want  bool
	}{
		{rescueTitle, trust.CategoryDistrust, "Chrome to stop trusting certificates with weak SHA-1 signatures", "SHA-1", false},
		{rescueTitle, trust.CategoryDistrust, "Chrome will stop trusting Camerfirma certificates", "Chrome", false},
		{rescueTitle, trust.CategoryDistrust, "Chrome will stop trusting Camerfirma certificates", "Camerfirma", true},
		{rescueClass, trust.CategoryCompromise, "Chinese-made drones found with backdoors", "DJI", false},
		{rescueClass, trust.CategoryBan, "Pentagon bans Chinese-made drones", "DJI", true},
		{rescueLead, trust.CategoryBan, "Swedish newspaper bars staff from using Chinese apps", "TikTok", false},
		{rescueLead, trust.CategoryBan, "State government bars staff from using Chinese apps", "TikTok", true},
		{rescueLead, trust.CategoryEspionage, "State sues Chinese-owned shopping app over data sent to China", "Temu", true},
	} {
		if got := rescueHeld(c.src, c.cat, c.title, []trust.VendorHit{{Name: c.name, Term: c.name}}); got != c.want {
			t.Errorf("%q %s %s: got %v", c.title, c.name, c.cat, got)
		}
	}
}

// TestLearnStructure: the structure flags read stems, whatever the verb
// form, in the field they stand in.
func TestLearnStructure(t *testing.T) {
	m := defaultMatcher(t)
	f := &feats{explain: true}
	m.learnFeatures("Popular npm package zorb-utils was hijacked", "Chinese government bans drones.", f, false)
	has := map[string]bool{}
	for _, n := range f.names {
		has[n] = true
	}
	for _, want := range []string{"t+eco", "t+pkg", "t+eco+pkg", "t+pass", "t+chan", "l+auth", "l+make", "l+kind", "l+make+kind"} {
		if !has[want] {
			t.Errorf("no feature %q in %v", want, f.names)
		}
	}
	if has["l+eco"] || has["t+auth"] {
		t.Errorf("a flag in the wrong field: %v", f.names)
	}
}
