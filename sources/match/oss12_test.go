package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSS12Headlines holds the matcher to testdata/oss12.tsv: package
// compromises told by a campaign, a finder, an owner's packages, a plugin
// or extension sold and turned, an action's tags rewritten, against
// typosquats, malicious uploads, fakes, flaws exploited, takedowns,
// policy, the field's statistics, looks back and denials.
func TestOSS12Headlines(t *testing.T) {
	testBatch(t, "testdata/oss12.tsv", 0.9)
}

// TestOSS12Shapes holds each rule of oss12.go, and the edits it made to
// the older package rules, to made-up packages in wordings the batches
// did not use, with look-alikes that must not alert.
func TestOSS12Shapes(t *testing.T) {
	m := defaultMatcher(t)
	oss := trust.CategoryOSS
	cases := []shapeCase{
		// A wave's packages named in the lead (waveLeadAlert).
		{name: "campaign first, lead's list", title: "QuuxStorm attack drains wallets of Rust developers",
			body: "Attackers published malicious versions of 30 crates, including zorb-hex and quux-sig, after phishing their maintainers.", vendor: "zorb-hex", category: oss},
		{name: "campaign first, lead's first package", title: "ZorbLoom campaign steals CI secrets from GitHub projects",
			body: "The attackers pushed malicious workflow files to 400 repositories, starting with the QuuxKit project.", vendor: "QuuxKit", category: oss},
		{name: "finder first, updates turned them", title: "Firefox trusted them for years. Then they turned into spyware.",
			body: "Koi Security found 11 Firefox add-ons, including the featured Zorb Notes, that were clean for years before updates turned them into credential stealers.", vendor: "Zorb Notes", category: oss},
		{name: "flipped through silent updates", title: "QuuxPanda browser extensions reach 2M users in malicious campaign",
			body: "A threat actor spent years building trusted Chrome extensions, including Zorb Reader, before flipping them into spyware through silent updates.", vendor: "Zorb Reader", category: oss},
		{name: "ones from an owner", title: "ZorbHulud returns: thousands of repositories exposed in new PyPI wave",
			body: "The worm has compromised hundreds of PyPI packages, including ones from Quuxbase and Zorbcloud, and published stolen tokens.", vendor: "Quuxbase", category: oss},
		{name: "an owner's packages in the title", title: "Ongoing supply chain attack targets Zorbsec PyPI packages",
			body: "Malicious versions of several PyPI packages published under the zorbsec-bot account steal cloud keys, Socket says.", vendor: "Zorbsec", category: oss},
		{name: "a wave of previously trusted extensions", title: "Second wave of QuuxLoom hits Open VSX",
			body: "Attackers pushed malicious updates to nine previously trusted extensions on Open VSX, including Zorb Lint, using stolen tokens.", vendor: "Zorb Lint", category: oss},
		{name: "went rogue: a turn, and updates that hijack", title: "Chrome extensions trusted by 1 million users went rogue after a silent sale",
			body:   "Researchers found that the extensions, including Zorb Dark Reader, changed hands last year and then pushed updates that hijack search results.",
			vendor: "Zorb Dark Reader", category: oss},
		{name: "a descriptor before the registry names nothing", title: "Prominent Quuxhub Developers Hit in Supply Chain Attack",
			body: "Attackers pushed malicious updates to dozens of packages after phishing their maintainers."},
		{name: "malicious uploads: never trusted", title: "QuuxStorm campaign floods npm with typosquatted packages",
			body: "Attackers published malicious versions of hundreds of packages, including zorb-hex, that copy popular names."},
		{name: "a look back", title: "How the ZorbLoom attackers stole 1,200 secrets",
			body: "The attackers pushed malicious workflow files to 400 repositories, starting with the QuuxKit project."},
		{name: "packages built to deceive", title: "QuuxPanda malware campaign hits Chrome users",
			body: "The actor published extensions posing as ad blockers, including Zorb Block, and pushed malicious updates to them."},
		// Names that are no package's (ossNames).
		{name: "an event word gives way to the code name", title: "PyPI maintainer account takeover pushes stealer in quux-env",
			vendor: "quux-env", category: oss},
		{name: "tags give way to the name before the action", title: "Zorbscan GitHub Action tags hijacked in credential-stealing attack",
			vendor: "Zorbscan", category: oss},
		{name: "a platform's makers in the lead", title: "Zorbcart supply chain attack compromises hundreds of online stores",
			body:   "A supply chain attack involving 14 Zorbcart extensions from vendors Quuxsoft and Zorbware has backdoored hundreds of shops, with the code planted on the vendors' download servers.",
			vendor: "Quuxsoft", category: trust.CategoryCompromise},
		// Verbs and phrases the older package rules now read.
		{name: "tags rewritten", title: "quux-setup action tags rewritten to dump CI secrets",
			body: "An attacker with a stolen maintainer token rewrote every tag of the action.", vendor: "quux-setup", category: oss},
		{name: "a purpose past the action", title: "Attackers force-pushed tags of the quux-lint GitHub Action to steal tokens",
			vendor: "quux-lint", category: oss},
		{name: "a release of a code name", title: "Socket finds stealer in latest version of zorb-yaml",
			body: "Version 2.0.1 of the zorb-yaml npm package was published from a hijacked maintainer account.", vendor: "zorb-yaml", category: oss},
		{name: "a fake login page is no fake package", title: "Quux detects malware in zorb-native-kit after maintainer phishing",
			body: "A package with 200,000 weekly downloads was compromised after its maintainer used a fake npm login page.", vendor: "zorb-native-kit", category: oss},
		{name: "a fake package in the lead", title: "Quux detects malware in zorb-native-kits after developer phishing",
			body: "The package is a fake npm package that copies a popular library."},
		{name: "the lead's maker pushed an update", title: "Chrome extension bought by new owner turns into adware on 90,000 browsers",
			body: "Weeks after it was sold, Zorb Tab Manager pushed an update that injects ads and tracks visits.", vendor: "Zorb Tab Manager", category: oss},
		{name: "an SEO plugin is no SEO poisoning", title: "New owner weaponized popular WordPress SEO plugin",
			body: "After buying it, the new owner of Quux SEO Pack shipped an update that adds a hidden admin account.", vendor: "Quux SEO Pack", category: oss},
		{name: "previously legitimate extensions compromised", title: "ZorbWorm returns with new wave of compromised Open VSX extensions",
			body: "Attackers used stolen tokens to push malicious updates to 20 previously legitimate extensions on Open VSX.", vendor: "Open VSX", category: oss},
		{name: "bought and backdoored, none named", title: "Attacker bought 12 Chrome extensions and planted spyware in all of them",
			body: "The buyer acquired the extensions from their developers and later shipped updates that track every visited URL.", vendor: "Chrome extensions", category: oss},
		{name: "a count found, not bought", title: "Researchers found 12 Chrome extensions with spyware planted in updates",
			body: "The extensions were uploaded this year by one developer."},
		// An analysis tracing a known attack to its cause (tracedBack).
		{name: "traced to a stolen token: coverage", title: "Zorbsec traces quux-actions/setup compromise to stolen maintainer token"},
		{name: "passive, traced to phishing: coverage", title: "zorb-ci action hijack traced to phishing of its maintainer"},
		{name: "traced to another channel's compromise stays news", title: "Zorbbank breach traced to the compromise of the quuxdog action",
			vendor: "quuxdog", category: oss},
		// A registry's takedown (registryTakedown).
		{name: "a registry removes junk packages", title: "RubyGems removes hundreds of junk gems uploaded in dependency confusion spam",
			body: "The registry deleted gems named after internal projects that one account uploaded in bulk."},
		{name: "a registry purges malicious packages", title: "npm purges 600 malicious packages after typosquatting wave"},
		{name: "a registry pulling hijacked releases stays news", title: "PyPI pulls hijacked versions of quux-auth after maintainer phishing",
			vendor: "quux-auth", category: oss},
		// The field's statistics (fieldTrend).
		{name: "attacks surged by a figure", title: "Zorbtype: software supply chain attacks surged 250%",
			body: "Attacks that inject malicious code into open-source projects have grown, according to Zorbtype's annual report."},
		{name: "packages jumped by a figure", title: "Malicious packages on npm jumped 300 percent last year"},
		{name: "a trend word without a figure stays news", title: "Attacks surge as hackers hijack popular zorb-utils npm package",
			vendor: "zorb-utils", category: oss},
	}
	checkShapes(t, m, cases)
}
