package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSS5Headlines holds the matcher to testdata/oss5.tsv: package
// compromises whose title names only the registry or a worm while the lead
// names the package, actions, Docker Hub and RubyGems accounts named
// without their platform, a trusted release modified, and named packages
// in "supply chain attack" titles, against typosquats, malicious uploads,
// researchers' demos, registry policy and vendor supply chain attacks.
func TestOSS5Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss5.tsv", 0.80)
}

// TestOSS5Shapes holds each shape of ossnames.go to made-up packages, so
// that only the shape can carry them, with look-alikes that must not
// alert or must keep the registry's name.
func TestOSS5Shapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []shapeCase{
		// A registry-only title, the lead's package.
		{name: "lead: an owner's extension", title: "Hackers hijack 20 Firefox add-ons in phishing wave",
			body: "Quuxsoft's extension was one of them, updated with code that steals cookies.", vendor: "Quuxsoft", category: trust.CategoryOSS},
		{name: "lead: packages include", title: "Dozens of npm packages compromised after maintainer phished",
			body: "The compromised packages include zorb-color and quux-util, with 300 million weekly downloads.", vendor: "zorb-color", category: trust.CategoryOSS},
		{name: "lead: among them is", title: "Zorbworm compromises 120 npm packages",
			body: "Among the packages compromised is @quux/zorbify, which has a million weekly downloads.", vendor: "@quux/zorbify", category: trust.CategoryOSS}, // pk15: its scope kept
		{name: "lead: began with", title: "Self-replicating worm hits 60 PyPI packages",
			body: "The campaign started with the popular zorbtool package and spread through stolen tokens.", vendor: "zorbtool", category: trust.CategoryOSS},
		{name: "lead: first appeared in two", title: "Self-replicating worm hits 60 PyPI packages",
			body: "The worm first appeared in zorbauth and quuxcli, two libraries with millions of downloads.", vendor: "zorbauth", category: trust.CategoryOSS},
		{name: "lead names no package: the registry", title: "Self-replicating worm hits 60 PyPI packages",
			body: "The campaign spread through stolen tokens and published itself.", vendor: "PyPI", category: trust.CategoryOSS},
		{name: "lead: victims are no package", title: "Self-replicating worm hits 60 PyPI packages",
			body: "Affected organizations include Quuxbank and Zorbco.", vendor: "PyPI", category: trust.CategoryOSS},
		// Packages hit by a campaign.
		{name: "list hit by a named campaign", title: "Quuxpay, Zorb Labs, Blipr npm packages hit by Zorb-Hulud 3.0", vendor: "Quuxpay", category: trust.CategoryOSS},
		{name: "pair hit by a new worm", title: "Quuxpay and Blipr packages hit by new Zorbl worm", vendor: "Quuxpay", category: trust.CategoryOSS},
		{name: "list hit by DDoS", title: "Quuxpay, Blipr npm packages hit by DDoS"},
		{name: "one package hit by a name", title: "Popular npm packages hit by Zorbl"},
		{name: "pair hit by a flaw", title: "Quuxpay and Blipr packages hit by critical flaw"},
		{name: "parcels hit by a name", title: "Quuxpay and Blipr packages hit by Brexit tariffs"},
		{name: "a list ending in and N other, hit by a campaign", title: "Quuxpay, Blipr and 30 other npm packages hit by z3rbworx", vendor: "Quuxpay", category: trust.CategoryOSS},
		{name: "lead: victims include", title: "Zorbworm hijacks 40 more npm packages",
			body: "The latest victims include zorb-table and several other packages.", vendor: "zorb-table", category: trust.CategoryOSS},
		{name: "a two-word registry cut short", title: "Hackers compromise 12 Open VSX extensions in phishing wave",
			body: "Among the extensions hit was Quuxfmt, a formatter with 50,000 installs.", vendor: "Quuxfmt", category: trust.CategoryOSS},
		// A CI action named without "GitHub".
		{name: "compromise of the owner/name action", title: "Compromise of the quux-org/zorb-setup action leaked tokens from 5,000 repositories", vendor: "quux-org/zorb-setup", category: trust.CategoryOSS},
		{name: "hyphenated action compromised", title: "zorb-scan action compromised to dump CI secrets", vendor: "zorb-scan", category: trust.CategoryOSS},
		{name: "compromise of a one-word action", title: "Quuxbank breach traced to the compromise of the zorbdog action", vendor: "zorbdog", category: trust.CategoryOSS},
		{name: "class action", title: "Quuxbank hit with class action after data breach"},
		{name: "the enforcement action", title: "Zorbco compromised accounts prompt the enforcement action"},
		{name: "judged in hindsight", title: "The hijacking of the Quuxo npm package was avoidable, maintainers admit"},
		{name: "legal action", title: "Quuxsoft takes legal action after source code compromise"},
		// A shipping channel modified by attackers.
		{name: "attackers modified an uploader", title: "Attackers modified Quuxcov's uploader script to harvest tokens", vendor: "Quuxcov"},
		{name: "hackers alter an installer", title: "Hackers alter Zorbsoft installer script for three months", vendor: "Zorbsoft"},
		{name: "a vendor modifies its own", title: "Zorbsoft modifies its update mechanism after audit"},
		{name: "researchers modified", title: "Researchers modified Quuxcov's updater to show risk"},
		{name: "attackers modify their malware", title: "Attackers modified their malware to evade detection"},
		{name: "modified copies describe", title: "Zorbspy spyware discovered in modified Quuxchat versions"},
		// A registry's publishing account of (behind) a package.
		{name: "Docker Hub account of", title: "Docker Hub account of quuxproxy hijacked, images backdoored", vendor: "quuxproxy", category: trust.CategoryOSS},
		{name: "RubyGems account behind", title: "RubyGems account behind zorbjson compromised to publish malicious versions", vendor: "zorbjson", category: trust.CategoryOSS},
		{name: "Packagist account of, active", title: "Attackers hijack Packagist account of Quuxlog to push backdoor", vendor: "Quuxlog", category: trust.CategoryOSS},
		{name: "users' registry accounts", title: "Docker Hub accounts hijacked in credential stuffing attack"},
		{name: "a registry account's policy", title: "RubyGems account security gets mandatory MFA"},
		// A named package in a supply chain attack title: oss.
		{name: "supply chain attack, the kind after the name", title: "Quuxo library supply chain attack steals wallet keys", vendor: "Quuxo", category: trust.CategoryOSS},
		{name: "supply chain attack on a named npm package", title: "Supply chain attack on Zorbify npm package steals keys", vendor: "Zorbify", category: trust.CategoryOSS},
		{name: "supply chain attack, the lead calls it a package", title: "Zorbl Player supply chain attack steals crypto",
			body: "Attackers published malicious versions of the Zorbl Player npm package after stealing a token.", vendor: "Zorbl Player", category: trust.CategoryOSS},
		{name: "supply chain attack, the vendor's npm module in the lead", title: "Quuxwallet supply chain attack steals $2 million",
			body: "Attackers pushed a malicious version of the '@quux/connect' npm module developed by the wallet maker Quuxwallet.", vendor: "Quuxwallet", category: trust.CategoryOSS},
		{name: "a vendor's supply chain attack stays compromise", title: "Zorbsoft supply chain attack hits 1,500 businesses with ransomware", vendor: "Zorbsoft", category: trust.CategoryCompromise},
		{name: "a vendor's software in the lead stays compromise", title: "Quuxlink supply chain attack spreads backdoor",
			body: "Hackers are distributing a trojanized version of the Quuxlink software in a supply chain attack.", vendor: "Quuxlink", category: trust.CategoryCompromise},
	}
	checkShapes(t, m, cases)
}
