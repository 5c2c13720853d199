package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSS9Headlines holds the matcher to testdata/oss9.tsv: package
// compromises whose lead lists packages, a kind word between the name and
// the channel noun, a wheel or model swapped, a crate yanked or a NuGet
// package hijacked, against denials ("no packages were compromised"),
// typosquats, fake uploads and routine releases.
func TestOSS9Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss9.tsv", 0.8)
}

// TestOSS9Shapes holds each shape of oss9.go to made-up packages, in
// wordings the batch did not use, with look-alikes that must not alert.
func TestOSS9Shapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []shapeCase{
		// A denial in the shape's clause.
		{name: "no extensions were hijacked", title: "Mozilla says no Firefox add-ons were hijacked in developer phishing wave"},
		{name: "packages were not compromised", title: "Zorbsoft: our npm packages were not compromised"},
		{name: "no evidence releases were tampered with", title: "RubyGems finds no evidence gems were tampered with after breach"},
		{name: "never backdoored", title: "Quuxlog maintainers say library was never backdoored"},
		{name: "a denial elsewhere: still news", title: "Zorbtab Chrome extension hijacked to steal cookies, no fix yet", vendor: "Zorbtab", category: trust.CategoryOSS},
		{name: "a clause before the denial", title: "Quuxdb npm package hijacked; maintainer says no other packages hit", vendor: "Quuxdb", category: trust.CategoryOSS},
		// A kind word between the name and the channel noun.
		{name: "JSON library", title: "zorbjson JSON library hijacked to steal tokens", vendor: "zorbjson", category: trust.CategoryOSS},
		{name: "HTTP package", title: "quux-req HTTP package compromised to install backdoor", vendor: "quux-req", category: trust.CategoryOSS},
		{name: "two kind words", title: "quuxtoml TOML parser package backdoored", vendor: "quuxtoml", category: trust.CategoryOSS},
		{name: "React package", title: "zorb-grid React package backdoored to drain wallets", vendor: "zorb-grid", category: trust.CategoryOSS},
		{name: "kind word alone: the lead's pair", title: "Go and Rust libraries hijacked to steal secrets",
			body: "An attacker took over the quuxhash and zorbsync packages after phishing their maintainer.", vendor: "quuxhash", category: trust.CategoryOSS},
		{name: "CLI tool", title: "zorbdeploy CLI tool compromised to push infostealer", vendor: "zorbdeploy", category: trust.CategoryOSS},
		{name: "a brand's tool stays the vendor's", title: "Zorbsoft backup tool compromised to push infostealer", vendor: "Zorbsoft", category: trust.CategoryCompromise},
		{name: "a kind word's flaw: vulnerability", title: "zorbjson JSON library fixes deserialization flaw"},
		// A removal verb after the channel names nothing.
		{name: "package unpublished after hijack", title: "quuxstream package unpublished after hijacked release stole credentials", vendor: "quuxstream", category: trust.CategoryOSS},
		{name: "gem deprecated after compromised version", title: "zorbauth gem deprecated after compromised version shipped backdoor", vendor: "zorbauth", category: trust.CategoryOSS},
		{name: "crate yanked after hijack", title: "zorbhash crate yanked after hijacked version stole tokens", vendor: "zorbhash", category: trust.CategoryOSS},
		{name: "yanked over a bug: routine", title: "zorbauth crate yanked after release broke builds"},
		// The lead's listed packages.
		{name: "lead: packages X and Y", title: "Popular npm libraries hijacked to steal crypto wallets",
			body: "Attackers published malicious versions of packages zorbfetch and quuxcache.", vendor: "zorbfetch", category: trust.CategoryOSS},
		{name: "lead: the X and Y extensions", title: "Chrome extensions hijacked to steal session cookies",
			body: "The attacker pushed updates to the Zorbnote and Quuxclip extensions after phishing their developer.", vendor: "Zorbnote", category: trust.CategoryOSS},
		// A wheel for a project.
		{name: "backdoored wheels of a project", title: "Malicious wheels of quuxnum project published with stolen token", vendor: "quuxnum", category: trust.CategoryOSS},
		{name: "malicious wheels imitating: typosquat", title: "Malicious wheels imitating zorbnum flood PyPI"},
		{name: "wheels without a project", title: "Malicious wheels found on PyPI steal browser data"},
	}
	checkShapes(t, m, cases)
}
