package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSS10Headlines holds the matcher to testdata/oss10.tsv: releases
// published with stolen tokens or a phished account, a vendor's packages
// caught up in another package's campaign or worm, a maintainer sabotaging
// their own package, and worm or generic titles whose lead names the
// package, against researchers' named techniques, "could have" comparisons
// with past victims, policy responses and typosquats.
func TestOSS10Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss10.tsv", 0.85)
}

// TestOSS10Shapes holds each shape of oss10.go to made-up packages, in
// wordings the batch did not use, with look-alikes that must not alert.
func TestOSS10Shapes(t *testing.T) {
	m := defaultMatcher(t)
	oss := trust.CategoryOSS
	cases := []shapeCase{
		// A package caught up in a campaign, wave or worm.
		{name: "swept up in worm", title: "Zorbcloud's npm packages swept up in GlassWorm attack", vendor: "Zorbcloud", category: oss},
		{name: "ensnared in phishing wave", title: "quux-grid extension ensnared in developer phishing wave", vendor: "quux-grid", category: oss},
		{name: "trojanized in campaign", title: "Zorbpay SDK packages trojanized in ongoing npm campaign", vendor: "Zorbpay", category: oss},
		{name: "caught in a flaw: no campaign", title: "Zorbcloud npm packages caught in dependency bug"},
		{name: "caught up in typosquats", title: "Developers caught up in typosquatting campaign on PyPI"},
		{name: "caught up after: looks back", title: "Firms audit packages after zorbjs caught up in worm"},
		// A wave, campaign or worm hitting named packages.
		{name: "campaign hits two named packages", title: "New phishing campaign hits zorb-log, quux-ui npm packages", vendor: "zorb-log", category: oss},
		{name: "wave hits a count: the registry", title: "Second wave hits 300 more npm packages", vendor: "npm", category: oss},
		{name: "wave hits developers: no package", title: "Phishing wave hits npm developers"},
		// A supply chain attack on one channel.
		{name: "attack on a named package", title: "Supply chain attack on Zorbflow packages steals cloud keys", vendor: "Zorbflow", category: oss},
		{name: "attack on a channel, the lead's name", title: "Supply-chain attack on popular PyPI library drops infostealer",
			body: "Versions 2.4.1 and 2.4.2 of quux-requests were published with a stolen API token.", vendor: "quux-requests", category: oss},
		{name: "attacks on packages at large", title: "Supply chain attacks on open-source packages doubled in 2025, report says"},
		{name: "attack on the ecosystem", title: "Supply chain attack on npm ecosystem feared, experts warn"},
		// Releases put out with harmful code.
		{name: "published with a stealer", title: "Zorbtrace npm packages published with credential stealer", vendor: "Zorbtrace", category: oss},
		{name: "released with a drainer", title: "quux-wallet library versions released with wallet drainer", vendor: "quux-wallet", category: oss},
		{name: "published with support: routine", title: "Zorbtrace npm packages published with TypeScript support"},
		{name: "published with a fix", title: "Zorbsdk packages pushed with fix for malicious dependency"},
		{name: "published with malware detection", title: "Zorbtrace npm packages published with new malware detection"},
		// An attempt that failed.
		{name: "attempted attack thwarted", title: "Attempted supply chain attack on quux-js package thwarted"},
		{name: "failed attack blocked", title: "Failed supply chain attack on Zorbkit repository blocked by GitHub"},
		// A maintainer's destructive code.
		{name: "developer commits code that deletes", title: "Developer commits code that deletes user files to popular zorbdate library", vendor: "zorbdate", category: oss},
		{name: "author slips code, the lead's name", title: "Package author slips code that wipes disks into npm module",
			body: "The maintainer of quuxcolor added the payload in version 4.0.1.", vendor: "quuxcolor", category: oss},
		{name: "maintainer adds code that adds support", title: "Maintainer adds code that improves speed of popular npm package"},
		// What could have happened, a named technique.
		{name: "could have let attackers hijack", title: "Leaked token could have let attackers hijack Quuxlang packages"},
		{name: "could have been backdoored", title: "Flaw meant thousands of crates could have been backdoored"},
		{name: "modal after the event", title: "Zorbnet npm package hijacked, could have hit millions of developers", vendor: "Zorbnet", category: oss},
		{name: "named technique exposes", title: "'Tag Swap' attack exposes GitHub Actions to hijacking"},
		{name: "named technique's past victim", title: "'Name Revival' technique could have hijacked packages like Zorbml"},
		// A release published through a taken account.
		{name: "phish the maintainer, publish", title: "Hackers phish quux-store maintainer, push backdoored versions", vendor: "quux-store", category: oss},
		{name: "leaked token used to upload", title: "Leaked publisher token used to upload malicious release of Zorbplot", vendor: "Zorbplot", category: oss},
		{name: "token could let: no event", title: "Exposed npm tokens could let attackers publish malicious versions of top packages"},
		{name: "phishing, nothing published", title: "Phishing emails target zorbkit maintainer, no malicious versions published"},
		{name: "stolen token to publish a named package with harm", title: "Hackers use stolen npm token to publish zorb-utils with infostealer", vendor: "zorb-utils", category: oss},
		{name: "republishes with harm", title: "Attacker with leaked credentials republishes quux-env with infostealer", vendor: "quux-env", category: oss},
		{name: "code name hijacked, a token leaked", title: "quux-env hijacked after maintainer's npm token leaked in CI logs", vendor: "quux-env", category: oss},
		{name: "publishes with harm, no token: own upload", title: "Hackers publish zorb-utils with infostealer"},
		{name: "compromised accounts are the verb's", title: "Zorbguard now auto-isolates compromised accounts"},
		{name: "a brand hijacked, credentials stolen", title: "Zorbsoft hijacked after employee credentials stolen"},
		// Harm told first, pushed into a channel.
		{name: "stealer added to a named library", title: "Credential stealer added to zorb-auth library in supply chain attack", vendor: "zorb-auth", category: oss},
		{name: "harm pushed to packages at large", title: "Malicious code pushed to npm packages by North Korean hackers",
			body: "The packages, named zorb-utils and quux-log, were uploaded by a new account."},
		// A maintainer turning their own package.
		{name: "bricks own, the lead's name", title: "Maintainer bricks own npm package in protest over corporate use",
			body: "The author of quuxfmt pushed version 5.0.0, which runs an endless loop.", vendor: "quuxfmt", category: oss},
		{name: "named maintainer pushes code", title: "zorbtime developer pushes update that erases user files", vendor: "zorbtime", category: oss},
		{name: "protestware of a named package", title: "Developer of npm package quux-ipc pushes protestware", vendor: "quux-ipc", category: oss},
		{name: "update that breaks builds: a bug", title: "Maintainer pushes update that breaks builds for thousands of projects"},
		{name: "code that deletes telemetry", title: "Developer pushes update that deletes telemetry from popular npm package"},
		{name: "own package moved in protest", title: "Developer pushes own package to PyPI in protest of npm changes"},
		{name: "deletes own package in protest", title: "Maintainer deletes own npm package in protest over license dispute"},
		// A package named as a campaign's victim.
		{name: "latest victim of npm campaign", title: "Zorbdb becomes latest victim of npm phishing campaign", vendor: "Zorbdb", category: oss},
		{name: "falls victim to a worm", title: "quux-ui falls victim to Shai-Hulud worm", vendor: "quux-ui", category: oss},
		{name: "packages among those hijacked", title: "Zorbdb packages among those hijacked in npm phishing attack", vendor: "Zorbdb", category: oss},
		{name: "a firm's phishing: no package", title: "Crypto firm Zorbex falls victim to phishing attack"},
		{name: "developers as victims", title: "Developers latest victims of npm phishing campaign"},
		// A pull request is a change offered, not a request for a backdoor.
		{name: "merge request slips backdoor", title: "Merge request slips backdoor into zorb-ci plugin", vendor: "zorb-ci", category: oss},
		{name: "a government's request for a backdoor", title: "UK request for backdoor in Zorbchat encryption sparks row"},
		// A past case compared with is not the vendor.
		{name: "like a past victim", title: "Like SolarWinds, Zorbsoft updates hijacked to push backdoor", vendor: "Zorbsoft"},
		{name: "a past victim's style, no other name", title: "3CX-style supply chain attack hits desktop app installer"},
		{name: "a vendor's style of ban", title: "Texas imposes Kaspersky-style ban on Zorbsoft apps"},
		// The lead's package for a generic or a project title.
		{name: "trusted extensions, among them", title: "Trusted Firefox add-ons hijacked to steal cookies",
			body: "Eight add-ons, among them quux-tabs and ZorbNotes, pushed malicious updates.", vendor: "quux-tabs", category: oss},
		{name: "project title, the lead's code name", title: "Quuxledger SDK hijacked to steal private keys",
			body: "Two malicious versions of the official zorbl.js npm package were published with a stolen token.", vendor: "zorbl.js", category: oss},
		{name: "project title, the lead names it again", title: "Quuxbase npm packages hijacked to steal tokens",
			body: "Attackers published malicious versions of Quuxbase packages after phishing a maintainer.", vendor: "Quuxbase", category: oss},
		{name: "project title, the lead's package holding its name", title: "Zorbfmt formatter packages hijacked via phishing",
			body: "The attacker published malicious versions of eslint-config-zorbfmt and zorbfmt-cli.", vendor: "eslint-config-zorbfmt", category: oss},
		{name: "a lower-case name with digits is the package's own", title: "PyPI package zorb2quux compromised after maintainer phishing",
			body: "A malicious release of the zorb-to-quux converter carried a loader.", vendor: "zorb2quux", category: oss},
		{name: "a host read for a module: the whole path", title: "Popular Go module hijacked via abandoned GitHub namespace",
			body: "Attackers re-registered the owner of github.com/zorbio/quuxlog and pushed a backdoored version.", vendor: "github.com/zorbio/quuxlog", category: oss},
		{name: "among the affected packages is X", title: "Quuxworm 2.0 compromises hundreds of npm packages",
			body: "Among the affected packages is @zorb/sdk, with 2 million weekly downloads.", vendor: "@zorb/sdk", category: oss}, // pk15: its scope kept
		{name: "namespace: the lead's module path", title: "Hackers re-register abandoned Go module namespace to push backdoor",
			body: "The github.com/quuxlabs/zorbcache module, used by 90 projects, was taken over.", vendor: "github.com/quuxlabs/zorbcache", category: oss},
	}
	checkShapes(t, m, cases)
}
