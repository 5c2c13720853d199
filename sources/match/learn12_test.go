package match

import (
	"fmt"
	"strings"
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
	const lead = "The ctx, quuxtool and Ultralytics projects were hit, the maintainers said."
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
		{"Florida governor says Chinese-made drones were found with a backdoor", trust.SignalHit{Term: "backdoor", Category: trust.CategoryCompromise, Weight: 4}, false},
		// The head reads a ban where the signal reads espionage.
		{"Agency warns Chinese-made routers could be sending data to China", trust.SignalHit{Term: "data to china", Category: trust.CategoryEspionage, Weight: 4}, true},
		{"Canada bans Chinese firms from buying stakes in lithium miners", ban, false},
	} {
		f := &feats{}
		m.learnFeatures(c.title, "", f, true)
		vs := m.learnClass(titleWords(c.title), nil, c.sig, f)
		if (len(vs) > 0) != c.want {
			t.Errorf("%q: got %v, want any %v", c.title, vs, c.want)
		}
	}
}

// TestRescueCandidateSources: where a rescue's candidate comes from, for
// each source; and the names none may come from (a campaign, a reporter,
// a lead's vendor when the title names its own).
func TestRescueCandidateSources(t *testing.T) {
	checkRescueCandidates(t, []rescueCase{
		{"Hackers poison firmware updates of smart lock maker Norvanta", "The lock maker Norvanta said attackers swapped images on its update server.", "Norvanta", rescueTitle},
		{"Popular npm package zorb-utils hijacked to steal tokens", "", "zorb-utils", rescuePackage},
		{"Popular npm library hijacked to drop miners", "The ua-parser-js package, downloaded millions of times a week, was hijacked.", "ua-parser-js", rescuePackage},
		{"Florida governor bars state agencies from flying Chinese-made drones", "", "DJI", rescueClass},
		{"State sues Chinese-owned shopping app over data sent to China", "Arkansas alleges that Temu is dangerous malware.", "Temu", rescueLead},
		{"Operation StealthyTrident: corporate software hijacked to deliver backdoor", "", "", 0},
		{"As Trump entertains Xi, 'Operation Tradesecret' spy campaign backdoors firms", "", "", 0},
		// "Clean Network" is a plan, no name: the class it purges is the candidate.
		{"Pompeo unveils \"Clean Network\" plan to purge Chinese apps and cloud from US networks", "The State Department program would ban untrusted Chinese carriers from US networks.", "TikTok", rescueClass},
	})
}

// rescueCase is a title and lead and the candidate the rescue takes from
// them: its name ("" for none) and source.
type rescueCase struct {
	title, lead, want string
	src               rescueSource
}

// checkRescueCandidates holds rescueCandidate to each case.
func checkRescueCandidates(t *testing.T, cases []rescueCase) {
	t.Helper()
	m := defaultMatcher(t)
	f := &feats{}
	for _, c := range cases {
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
		// A state as the subject is its government (learnGovActs).
		{rescueLeadName, trust.CategoryBan, "India bans 118 more apps, citing 'sovereignty and integrity'", "PUBG Mobile", true},
		{rescueLeadName, trust.CategoryBan, "Indian newspaper bans 118 more apps from its office phones", "PUBG Mobile", false},
		{rescueLead, trust.CategoryEspionage, "State sues Chinese-owned shopping app over data sent to China", "Temu", true},
		{rescueTitle, trust.CategoryOSS, "Maintainers deny NuGet package was compromised", "NuGet", false},
		{rescueTitle, trust.CategoryOSS, "Zorbly package compromised to mine crypto", "Zorbly", true},
		{rescuePackage, trust.CategoryOSS, "zorb-utils maintainers deny package was compromised", "zorb-utils", false},
		{rescueTitle, trust.CategoryBan, "Norvanta denied it was banned by the ministry", "Norvanta", false},
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

// TestRescueGrid is the probe grid of the rescue's reach: the same event
// told with the name (a registry vendor, a package with its ecosystem,
// an unknown maker) in the title or only in the lead, the signal in the
// title, only in the lead's first sentence or only in its second, in
// several verb forms. An item reaches the rescue (precondition) when its
// signal is in the title or the first sentence; it has a candidate when
// the title names one, or the lead names a registry vendor or a package.
// The look-alike grid names who reports, a campaign or an algorithm: no
// candidate. The model's score is not asked here (it is measured on
// held-out files: go run ./cmd/vendorwatch-train -cv).
func TestRescueGrid(t *testing.T) {
	m := defaultMatcher(t)
	f := &feats{}
	type name struct{ title, lead, want string }
	names := []name{
		{"Kaspersky", "Kaspersky", "Kaspersky"},
		{"npm package zorb-utils", "the zorb-utils package", "zorb-utils"},
		{"smart lock maker Norvanta", "the lock maker Norvanta", "Norvanta"},
	}
	verbs := []struct{ title, lead string }{
		{"hijacked to push malware", "was hijacked to push malware"},
		{"backdoored in supply chain attack", "was backdoored by attackers"},
		{"compromised to deliver a trojan", "was compromised to deliver a trojan"},
	}
	var fails []string
	cells, ok := 0, 0
	for _, n := range names {
		for _, v := range verbs {
			for _, c := range []struct {
				title, lead   string
				reach, expect bool
			}{
				// name and signal in the title
				{n.title + " " + v.title, "The company said " + n.lead + " was affected.", true, true},
				// name in the title, signal in the lead's first sentence
				{n.title + " tells customers to reset passwords", "Investigators said " + n.lead + " " + v.lead + ".", true, true},
				// name in the title, signal only in the second sentence
				{n.title + " tells customers to reset passwords", "The firm issued guidance. Its update " + v.lead + ".", false, false},
				// no name in the title, name and signal in the lead
				{"Popular software update " + v.title, "Investigators said " + n.lead + " " + v.lead + ".", true, n.want != "Norvanta"},
			} {
				cells++
				sig, reached := m.learnFeatures(c.title, c.lead, f, true)
				got := ""
				if reached {
					if vs, _, found := m.rescueCandidate(c.title, c.lead, sig, f); found {
						got = vs[0].Name
					}
				}
				if reached == c.reach && (got == n.want) == c.expect {
					ok++
					continue
				}
				fails = append(fails, fmt.Sprintf("%q | %q: reached %v, candidate %q", c.title, c.lead, reached, got))
			}
		}
	}
	// A few cells may fail as the extractors change; the share must not.
	t.Logf("%d of %d cells right; failing:\n%s", ok, cells, strings.Join(fails, "\n"))
	if float64(ok) < 0.9*float64(cells) {
		t.Errorf("%d of %d cells right:\n%s", ok, cells, strings.Join(fails, "\n"))
	}
	for _, c := range [][2]string{
		{"Kaspersky researchers find update server hijacked to push malware", ""},
		{"Operation Quillstack: software updates hijacked to push malware", ""},
		{"Chrome to stop trusting certificates with weak SHA-1 signatures", ""},
		{"Popular software update hijacked to push malware", "Researchers at Kaspersky said the attackers used stolen keys."},
		{"Popular npm library hijacked to drop miners", "Researchers warned that more packages may follow."},
	} {
		sig, reached := m.learnFeatures(c[0], c[1], f, true)
		if !reached {
			continue
		}
		if vs, src, found := m.rescueCandidate(c[0], c[1], sig, f); found && rescueHeld(src, sig.Category, c[0], vs) {
			t.Errorf("%q | %q: candidate %v from %s, want none", c[0], c[1], vs, rescueSourceNames[src])
		}
	}
}
