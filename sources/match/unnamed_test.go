package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestUnnamedHeadlines holds the matcher to testdata/unnamed.tsv:
// compromises of legitimate packages whose title and lead name no package
// (the ecosystem is named as written), against packages malicious from
// the start, attacks on developers, "could" warnings, registry policy and
// roundups (floor: today's 0.61 over both batches less a margin).
func TestUnnamedHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/unnamed.tsv", 0.55)
}

// TestUnnamedShapes holds unnamed.go's evidence rule to wordings the batch
// did not use, one family at a time (ecosystem and kind, trusted before,
// the act), and to look-alikes that must not alert. The vendor is the
// ecosystem as written and `why` says no package was named.
func TestUnnamedShapes(t *testing.T) {
	m := defaultMatcher(t)
	oss := trust.CategoryOSS
	named := []string{unnamedTerm}
	checkShapes(t, m, []shapeCase{
		// Owners' accounts taken, harm put in.
		{name: "maintainers' accounts phished, malware in", title: "npm Maintainers Phished, Malware Slipped Into Popular Packages",
			body: "Attackers used the stolen credentials to publish new versions that hijack crypto transactions.", vendor: "npm", category: oss}, // supply shapes name the registry
		{name: "developer accounts compromised, lead's harm", title: "Developer Accounts Compromised in Credential Stuffing Attack on RubyGems",
			body: "Attackers used the accounts to publish malicious versions of popular gems.", vendor: "gems", category: oss}, // another shape names the kind (left alone)
		{name: "developers compromised, lead's injection", title: "Prominent PyPI Developers Compromised in Phishing Wave",
			body: "Attackers injected malware into popular PyPI packages after taking over several maintainer accounts.", vendor: "PyPI packages", category: oss, why: named},
		{name: "lapsed buckets, lead's modules", title: "Supply Chain Attack Abuses Abandoned Cloud Buckets to Deliver Malicious Binaries",
			body: "Threat actors took over expired storage buckets that legitimate open-source modules download binaries from.", vendor: "open-source modules", category: oss, why: named},
		{name: "publisher accounts hijacked", title: "Hijacked Publisher Accounts Used to Push Malicious Updates to VS Code Extensions",
			body: "The updates installed a remote access trojan on developers' machines.", vendor: "VS Code", category: oss}, // ossev names the marketplace
		// Trusted before, said by their reach.
		{name: "downloads, backdoored", title: "Python Libraries With Millions of Downloads Backdoored in Supply Chain Attack",
			body: "Attackers pushed versions that open a reverse shell.", vendor: "Python packages", category: oss, why: named},
		{name: "legitimate add-ons poisoned", title: "Legitimate Firefox Add-ons Poisoned With Data-Stealing Code",
			body: "The attackers took over the developers' accounts on addons.mozilla.org.", vendor: "Firefox", category: oss}, // ossev names the browser
		// A lapsed resource taken over.
		{name: "expired domain, lead's modules", title: "Supply Chain Attack Exploits Expired Domains to Serve Malware Through Trusted Go Modules",
			body: "Attackers re-registered domains the modules fetch their assets from.", vendor: "Go Modules", category: oss}, // another shape, as written
		// Look-alikes.
		{name: "a wave uploaded", title: "Dozens of npm Packages Deliver Malware to Windows Developers",
			body: "The packages were published by a new account last week."},
		{name: "fake extensions", title: "Fake VS Code Extensions Push Infostealer to Developers",
			body: "The extensions mimic popular themes."},
		{name: "new package", title: "New PyPI Package Hijacks Developers' Discord Tokens",
			body: "The package was downloaded 500 times."},
		{name: "a warning of what could be", title: "Expired Maintainer Domains Could Let Attackers Hijack Popular npm Packages",
			body: "Researchers found 2,800 maintainers with email on expired domains."},
		{name: "policy after takeovers", title: "PyPI Requires 2FA After Wave of Maintainer Account Hijacks",
			body: "The registry says malicious versions of several popular packages were published last month."},
		{name: "a lure at developers", title: "Developers Targeted With Malicious npm Packages in Fake Job Interviews",
			body: "The attackers pose as recruiters and ask candidates to run a project."},
		{name: "malware found in packages", title: "Researchers Discover Malware in PyPI Packages Aimed at Crypto Developers",
			body: "The packages were uploaded in March."},
	})
}
