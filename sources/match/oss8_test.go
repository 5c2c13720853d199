package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSS8Headlines holds the matcher to testdata/oss8.tsv: package
// compromises told passively (altered, modified, tampered with, updated
// with malicious code), a lead naming the package with "which", a stolen
// token leading to a malicious release, versions live for hours,
// maintainers' destructive releases and backdoors found in a project,
// against typosquats, fake packages, registry research and policy,
// vulnerabilities and coverage of past compromises.
func TestOSS8Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss8.tsv", 0.75)
}

// TestOSS8Shapes holds each shape of osspassive.go to made-up packages,
// so that only the shape can carry them, with look-alikes that must not
// alert.
func TestOSS8Shapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []shapeCase{
		// A release changed, with a harm named.
		{name: "plugin altered by hackers", title: "Zorbpay SDK altered by hackers to siphon card data", vendor: "Zorbpay", category: trust.CategoryOSS},
		{name: "gem modified to drop", title: "quuxlog gem modified to drop backdoor on developer machines", vendor: "quuxlog", category: trust.CategoryOSS},
		{name: "crate tampered with", title: "Rust crate zorbhash tampered with to exfiltrate SSH keys", vendor: "zorbhash", category: trust.CategoryOSS},
		{name: "extension for a platform updated with malware", title: "Quuxtab extension for Chrome updated with infostealer", vendor: "Quuxtab", category: trust.CategoryOSS},
		{name: "updated to fix: routine", title: "Zorbpay SDK updated to fix crash on Android"},
		{name: "modified to add support: routine", title: "quuxlog gem modified to add support for Ruby 3.4"},
		{name: "researchers could modify", title: "Researchers show npm packages could be modified to steal tokens"},
		{name: "how a library can be altered", title: "How a PyPI library can be altered to steal secrets"},
		{name: "harm in a relative clause", title: "Quuxgrid library modified with a script which drained wallets", vendor: "Quuxgrid", category: trust.CategoryOSS},
		{name: "a relative clause of a fix", title: "Quuxgrid library updated with code that fixes login"},
		{name: "a verb is no name", title: "Zorbnav Chrome extension updated with malicious dependency", vendor: "Zorbnav", category: trust.CategoryOSS},
		// A cause that led to a bad release.
		{name: "phishing led to backdoored release", title: "Phishing attack on maintainer led to backdoored Zorbquery release", vendor: "Zorbquery", category: trust.CategoryOSS},
		{name: "developers say leak led to malicious versions", title: "Quuxmail developers say leaked API key led to malicious versions", vendor: "Quuxmail", category: trust.CategoryOSS},
		{name: "led to an outage: routine", title: "Zorbquery maintainers say bad config led to broken release"},
		// Short-lived bad versions.
		{name: "library briefly published trojanized update", title: "zorb-utils briefly published a trojanized update", vendor: "zorb-utils", category: trust.CategoryOSS},
		{name: "versions online for minutes", title: "Malicious Quuxcss versions were online for 40 minutes", vendor: "Quuxcss", category: trust.CategoryOSS},
		{name: "a site live: no release", title: "Phishing site was live for two hours before takedown"},
		{name: "hackers pushed: no package named", title: "Hackers briefly pushed a malicious version"},
		// Malicious code found, and what it could allow.
		{name: "backdoor in a library may let", title: "Backdoor in zorb-compress library may let attackers bypass login", vendor: "zorb-compress", category: trust.CategoryOSS},
		{name: "a flaw could allow: vulnerability", title: "Critical flaw in zorb-compress could allow attackers to bypass login"},
		{name: "guidance on a backdoor: coverage", title: "Agency issues guidance on backdoor in zorb-compress could allow takeover"},
		// A package's release turned is the package's, not the vendor's.
		{name: "extension's malicious update", title: "Quuxcode VS Code extension pushed malicious update", vendor: "Quuxcode", category: trust.CategoryOSS},
		{name: "malicious update to an extension", title: "Hackers push malicious update to Zorbdesk Chrome extension", vendor: "Zorbdesk", category: trust.CategoryOSS},
		{name: "a plugin's trojanized release", title: "Zorbforms WordPress plugin shipped trojanized release", vendor: "Zorbforms", category: trust.CategoryOSS},
		{name: "a vendor's update server stays compromise", title: "Zorbsoft update server hacked to push malicious update", vendor: "Zorbsoft", category: trust.CategoryCompromise},
		// A maintainer's own destructive release (protestware) is oss.
		{name: "protestware deletes files", title: "Protestware: zorbqueue npm package deletes files on Russian systems", vendor: "zorbqueue", category: trust.CategoryOSS},
		{name: "developer's update wipes files", title: "Developer of Quuxcolors npm library pushes update that wipes files", vendor: "Quuxcolors", category: trust.CategoryOSS},
		{name: "malicious package deleting files: never trusted", title: "Malicious npm package deletes files on developer machines"},
		{name: "protestware talk", title: "Protestware on the rise: why developers sabotage their own code"},
		{name: "a maintainer deletes his own repos: no harm shipped", title: "Zorbqueue maintainer deletes own package from npm in protest"},
		// A lead naming the package by its reach alone, "which".
		{name: "lead: name, which is downloaded", title: "Hackers backdoor popular JavaScript library",
			body: "Quuxdate, which is downloaded 8 million times a week, shipped code that stole tokens.", vendor: "Quuxdate", category: trust.CategoryOSS},
		{name: "lead: versions of name, which has weekly downloads", title: "Popular Python library compromised to steal cloud keys",
			body: "Attackers pushed two versions of zorbcache, which has 40,000 weekly downloads.", vendor: "zorbcache", category: trust.CategoryOSS},
		{name: "lead: which with no reach is no name", title: "Hackers backdoor popular JavaScript library",
			body: "The attack, which began on Monday, shipped code that stole tokens."},
	}
	checkShapes(t, m, cases)
}
