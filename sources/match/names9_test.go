package match

import (
	"slices"
	"strings"
	"testing"
)

// TestNames9Headlines holds the matcher to testdata/names9.tsv: events
// whose name would be a common noun, a release's part, a device plural, a
// place-tied adjective, the reporter, a buyer or an aside, and
// look-alikes that must stay silent.
func TestNames9Headlines(t *testing.T) {
	testHeadlines(t, "testdata/names9.tsv", 0.9)
}

// TestNames9Untouched logs names9_u.tsv, written before any change of
// the round and never tuned on: the naming family's honest figure.
func TestNames9Untouched(t *testing.T) {
	logBatch(t, "testdata/names9_u.tsv")
}

// TestNames9Shapes checks who an alert names where a word of the news
// would stand for the vendor (names9.go).
func TestNames9Shapes(t *testing.T) {
	m := defaultMatcher(t)
	checkNameRows(t, m, true, []nameRow{
		// A common noun heading a compound is no name; the title's
		// proper name beside it is.
		{"compound head", "Quuxedit download page hijacked to push infostealer",
			"The official Quuxedit website served a malicious installer for a week.", []string{"Quuxedit"}},
		{"account takeover, the title's package", "PyPI maintainer account takeover ships stealer in zorb-cache",
			"Attackers took over an inactive maintainer's account and published a version of zorb-cache that stole tokens.", []string{"zorb-cache"}},
		// A release's part beside a channel word.
		{"tags", "Quuxlint GitHub Action tags hijacked to leak CI secrets",
			"Every tag of the zorbsec/quuxlint-action GitHub Action was moved to a malicious commit.", []string{"zorbsec/quuxlint-action"}}, // pk15: the action as the lead writes it
		// A device plural or a platform and kind: the maker the title
		// or lead names.
		{"acronym plural", "Backdoor found in surveillance firmware built on Zentrasil chips",
			"A researcher found a backdoor in the firmware of DVRs and NVRs built on chips from Zentrasil.", []string{"Zentrasil"}},
		{"platform and kind", "Popular iOS SDK accused of spying on users",
			"Researchers say an advertising SDK from Chinese company Quuxmob, used in 900 apps, sends user data to its servers.", []string{"Quuxmob"}},
		// Where a maker stands, then its name in the lead's apposition.
		{"place-tied adjective", "Zorbpanda APT targets Japanese VPN provider in supply chain attack",
			"Zorbsec says a China-aligned group compromised Japanese VPN provider Quuxvpn and replaced its installer with a backdoored one.", []string{"Quuxvpn"}},
		{"apposition to the title's noun", "Korean certificate authority hacked to distribute backdoor",
			"A web server of Zorbsign, a major certification authority in South Korea, was breached and its client installer replaced.", []string{"Zorbsign"}},
		{"trade after a description", "US adds Chinese AI chip designer Quuxtensor to Entity List",
			"The Commerce Department added Quuxtensor to its trade blacklist, whose chips were found in Huawei servers.", []string{"Quuxtensor"}},
		{"a participle's by", "Government-funded Android phones come pre-installed with malware",
			"Budget smartphones handed out under a federal program by Quuxwireless ship with malware preinstalled.", []string{"Quuxwireless"}},
		// A platform's items and the makers they came from; a product
		// beside its maker.
		{"platform makers", "Zorbcart supply chain attack compromises hundreds of e-stores",
			"A supply chain attack involving 12 Zorbcart extensions from vendors Quuxpay, Zentrashop and QSX backdoored 400 stores.", []string{"Quuxpay", "Zentrashop", "QSX"}},
		// The lead's party under a title naming its own: the buyers an
		// order reaches, an aside.
		{"buyers", "China bans tech companies from buying Nvidia's AI chips",
			"Regulators told companies including ByteDance and Alibaba to cancel orders of Nvidia's RTX Pro 6000D.", []string{"Nvidia"}},
		// The title's name as the attacks' target is the victim: the lead's
		// listed or shipping party is named (attackTarget).
		{"the attacks' target", "US sanctions Chinese security firm over Zorbgate firewall attacks",
			"The Treasury Department sanctioned Quuxin Information Technology for the compromise of thousands of Zorbgate firewalls.", []string{"Quuxin Information Technology"}},
		{"a product of the title's maker", "Popular Zentrox backup tool hacked to push cryptominer",
			"Zentrox says attackers modified its Cloud Sync Agent installer and the tampered build installed a cryptominer.", []string{"Zentrox"}},
		// The reporter is never the vendor; the maker speaking of its
		// own channel is.
		{"reporter only", "Hackers hijack software updates on compromised routers",
			"Zorbsec says the group plants an implant on routers to redirect update requests to its servers.", nil},
		{"maker speaking", "Software vendor served trojanized installers from its own website",
			"Accounting software vendor Quuxledger says attackers replaced installers on its download site.", []string{"Quuxledger"}},
		// Real names written in lower case or as descriptions stay.
		{"a package after a function word", "RubyGems account behind zorbjson compromised to publish malicious versions", "", []string{"zorbjson"}},
		{"a description with no name", "Budget Android phones come pre-installed with malware", "", []string{"Budget Android phones"}},
	})
}

// TestNames9Members holds the members an action on a class names, and
// a campaign's name replaced by the lead's vendor.
func TestNames9Members(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		title, lead string
		want        []string
	}{
		{"US adds Zorbtek 360 and 20 other Chinese entities to economic blacklist",
			"The Commerce Department added 21 Chinese companies to the Entity List, including chip designer Zorbtek 360 and drone maker Quuxfly.",
			[]string{"Zorbtek 360", "Quuxfly"}},
		{"US adds Chinese robotics firms to trade blacklist",
			"The Commerce Department added 14 entities, including a dozen Chinese firms such as Quuxbot and New Zorb Robotics, to the Entity List.",
			[]string{"Quuxbot", "New Zorb Robotics"}},
		{"Operation QuuxSight: supply-chain attack against a certification authority in Southeast Asia",
			"Researchers found that the website of the Zorbland National Certification Authority was compromised and its installers were modified to include a backdoor.",
			[]string{"Zorbland National Certification Authority"}},
	} {
		a, ok := m.Match(c.title, c.lead)
		if !ok || a.Coverage {
			t.Errorf("%q: no alert, want %v", c.title, c.want)
			continue
		}
		for _, w := range c.want {
			if !slices.Contains(a.VendorNames(), w) {
				t.Errorf("%q: names %q, want %q among them", c.title, a.VendorNames(), w)
			}
		}
	}
}

// TestNames9Appositive holds the lead's forms of a name set beside the
// title's noun for the vendor.
func TestNames9Appositive(t *testing.T) {
	for _, c := range []struct{ title, lead, want, bad string }{
		{"Korean certificate authority hacked", "A server of Zorbsign, a major certification authority in Korea, was breached.", "Zorbsign", "authority"},
		{"Zorbgroup hackers abuse Japanese security software in supply-chain attack",
			"Researchers found the group abusing Quux SignGuard, integration software required by Japanese banking websites, to push malware.", "Quux SignGuard", ""},
		{"Second Chinese invoicing software found hiding a backdoor",
			"Researchers found a second official invoicing software, the Zorbtax edition, installing a malware loader.", "Zorbtax", ""},
		{"APT targets Japanese VPN provider", "The group compromised Japanese VPN provider Quuxvpn.", "Quuxvpn", ""},
		{"Popular iOS SDK accused of spying", "Researchers say an advertising SDK from Chinese company Quuxmob sends data.", "Quuxmob", "SDK"},
		{"Budget phones come with malware", "Smartphones handed out under a federal program by Quuxwireless ship with malware.", "Quuxwireless", "phones"},
		{"Korean certificate authority hacked", "Researchers say certificate authorities in Korea were targeted.", "", "authority"},
	} {
		words := titleWords(c.title)
		_, bad := findName(words, c.bad)
		if got := leadAppositive(titleWords(c.lead), titleHeads(words, bad)); got != c.want {
			t.Errorf("%q | %q: %q, want %q", c.title, c.lead, got, c.want)
		}
	}
}

// TestNames9Words holds the pieces of the rule to words they did not
// come from.
func TestNames9Words(t *testing.T) {
	for _, c := range []struct {
		parts []string
		want  bool
	}{
		{[]string{"iOS", "SDK"}, true}, {[]string{"Android", "phones"}, true}, {[]string{"DVRs"}, true},
		{[]string{"China-aligned"}, true}, {[]string{"Iran-nexus"}, true},
		{[]string{"Apple", "devices"}, false}, {[]string{"HiSilicon"}, false}, {[]string{"MEGA"}, false},
		{[]string{"Taiwanese", "ERP"}, false}, {[]string{"aquasecurity/trivy-action"}, false},
	} {
		if got := describesKind(c.parts); got != c.want {
			t.Errorf("describesKind(%q) = %v, want %v", strings.Join(c.parts, " "), got, c.want)
		}
	}
	for w, want := range map[string]bool{"DVRs": true, "PCs": true, "ISPs": true, "Ds": false, "MEGA": false, "AWS": false, "Docs": false} {
		if got := acronymPlural(w); got != want {
			t.Errorf("acronymPlural(%q) = %v, want %v", w, got, want)
		}
	}
}
