package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSS6Headlines holds the matcher to testdata/oss6.tsv: package
// compromises through abandoned resources taken over, extensions turned
// into malware, maintainer phishing and stolen tokens, campaign titles and
// CI/CD pipelines, against takeover research, typosquats, registry policy
// and coverage.
func TestOSS6Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss6.tsv", 0.80)
}

// TestOSS6Shapes holds each shape of osstakeover.go (and the edits beside
// it) to made-up packages, so that only the shape can carry them, with
// look-alikes that must not alert.
func TestOSS6Shapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []shapeCase{
		// A resource its owner left, taken, and a package that shipped malware.
		{name: "expired bucket hijacked, package named", title: "Attackers hijack expired S3 bucket of zorbsharp npm package to serve infostealer",
			vendor: "zorbsharp", category: trust.CategoryOSS},
		{name: "lapsed domain bought, lead names the gem", title: "Hacker buys lapsed domain to take over Ruby gem and push backdoor",
			body: "The quuxtime gem, downloaded 9 million times, shipped a release with a reverse shell.", vendor: "quuxtime", category: trust.CategoryOSS},
		{name: "deleted crate re-registered", title: "Deleted Rust crate zorbfmt re-registered to deliver cryptominer", vendor: "zorbfmt", category: trust.CategoryOSS},
		{name: "abandoned plugin serves malware", title: "Abandoned WordPress plugin Quuxforms now serves skimmer after new owner takes over",
			vendor: "Quuxforms", category: trust.CategoryOSS},
		{name: "research: buckets could be hijacked", title: "Abandoned S3 buckets could be hijacked to push malware through npm packages"},
		{name: "research: researchers re-register", title: "Researchers re-register expired domains to take over 20 npm packages"},
		{name: "no malware: expired domains", title: "Expired maintainer domains leave 2,800 npm packages open to hijack"},
		{name: "a technique", title: "New revival technique lets attackers hijack deleted PyPI packages to push malware"},
		{name: "registry policy on expired domains", title: "npm blocks password resets for maintainers with expired domains"},
		// Repojacking as an attack.
		{name: "repojacking attack on a named module", title: "Repojacking attack backdoors popular Go package zorbcache", vendor: "zorbcache", category: trust.CategoryOSS},
		{name: "repojacked repository pushes malware", title: "Repojacked GitHub repository of quux-deploy pushes cryptominer to users",
			vendor: "quux-deploy", category: trust.CategoryOSS},
		{name: "repojacking research", title: "Thousands of repositories vulnerable to repojacking, researchers warn"},
		// Extensions turned into malware, counted in words.
		{name: "twelve extensions, the lead lists", title: "Twelve Edge extensions turned into browser hijackers",
			body: "The extensions, including Quuxdark and Zorb Translate, had millions of users before the update.", vendor: "Quuxdark", category: trust.CategoryOSS},
		{name: "among the extensions", title: "Nine Firefox add-ons turned into spyware after ownership change",
			body: "Zorbclip was among the add-ons that began sending browsing history to a remote server.", vendor: "Zorbclip", category: trust.CategoryOSS},
		{name: "sold, then turned", title: "Six Chrome extensions turned into ad injectors",
			body: "Quuxpad, a note-taking tool with 90,000 users, was sold in March to a new developer.", vendor: "Quuxpad", category: trust.CategoryOSS},
		{name: "ad blocker turned", title: "Popular ad blocker turned into cryptominer after sale",
			body: "Zorbblock and Zorbshield were updated last week with code that mines Monero.", vendor: "Zorbblock", category: trust.CategoryOSS},
		{name: "malicious extensions from the start", title: "Seven malicious Chrome extensions turned out to steal passwords"},
		{name: "extensions could be turned", title: "Browser extensions can be turned into password stealers, study shows"},
		// A release that stole from its users.
		{name: "wallet update drained", title: "Quuxvault browser extension update drained $3 million from users", vendor: "Quuxvault", category: trust.CategoryOSS},
		{name: "a version that siphoned", title: "Zorbpay SDK version siphoned crypto from apps", vendor: "Zorbpay"},
		{name: "a fake update drains", title: "Fake Chrome update drains crypto wallets"},
		{name: "a malicious app drains", title: "Malicious wallet app drained $2 million from users"},
		{name: "hackers drain an exchange", title: "Hackers drain $40 million from Quuxex crypto exchange"},
		// What phishing or a stolen token led to.
		{name: "phishing led to malicious versions", title: "Phishing email led to malicious zorb-date versions on npm", vendor: "zorb-date", category: trust.CategoryOSS},
		{name: "token leak leads to compromise of a library", title: "Token leak leads to compromise of quuxparse library", vendor: "quuxparse", category: trust.CategoryOSS},
		{name: "lead lists a count's members", title: "Phishing on npm leads to malicious package releases",
			body: "Three popular packages, zorb-color and quux-fmt among them, were published with a stealer.", vendor: "zorb-color", category: trust.CategoryOSS},
		{name: "led to a breach, nothing shipped", title: "Phishing email led to breach of Quuxsoft customer data"},
		{name: "led to policy", title: "Maintainer phishing leads to new npm login rules"},
		// A campaign whose lead names what it hit.
		{name: "the wave hit", title: "Zorbworm returns with 40 more compromised npm packages",
			body: "The new wave hit quux-icons and zorb-grid, both with millions of downloads.", vendor: "quux-icons", category: trust.CategoryOSS},
		{name: "the maintainer's account", title: "Operation Zorbfall poisons open-source logging framework",
			body: "The attackers phished the quux-log maintainer and published a version with a backdoor.", vendor: "quux-log", category: trust.CategoryOSS},
		// Look-alikes the lead gives away, and risks.
		{name: "lead calls it a typosquat", title: "Go module proxy served backdoored package for two years",
			body: "The typosquat zorbdb-go impersonated the popular ZorbDB module."},
		{name: "at risk, nothing shipped", title: "Renamed GitHub accounts put 4,000 packages at risk of hijack"},
		{name: "at risk after a compromise stays", title: "Compromised quux-scan action puts CI secrets at risk in 10,000 repositories",
			vendor: "quux-scan", category: trust.CategoryOSS},
		// Releases made to carry malware after a flaw let attackers in.
		// ("Flaw let attackers ..." and "zero-day" stay routine wording of
		// a vulnerability in the lexicon, and lower such titles below the
		// bar: "Zero-day let hackers push backdoor in Quuxdesk updates"
		// does not alert.)
		{name: "a flaw, then malware in a package's versions", title: "Workflow bug let hackers publish stealer into zorbml versions",
			vendor: "zorbml", category: trust.CategoryOSS},
		{name: "a flaw exploited to infect sites", title: "Hackers exploit Quuxforms plugin flaw to inject malware into sites"},
		{name: "fake releases", title: "Hackers exploit flaw to push malware in fake Zorbcode releases"},
		// A channel called taken, delivering.
		{name: "hijacked workflow pushed malicious builds", title: "Hijacked GitHub workflow pushed malicious Zorbdesk builds", vendor: "Zorbdesk", category: trust.CategoryOSS},
		{name: "a new package pushes malware", title: "New npm package pushes infostealer to developers"},
		// A named campaign, the lead's project.
		{name: "quoted campaign, releases of the project", title: "'Zorbstorm' campaign steals 4,000 cloud keys",
			body: "Backdoored releases of the quux-orm library were published to PyPI after a token leak.", vendor: "quux-orm", category: trust.CategoryOSS},
		{name: "coined campaign name, passive lead", title: "QuuxShadow attack hits hundreds of developers",
			body: "Zorbtest was hijacked on Monday and pushed a credential stealer to its users.", vendor: "Zorbtest", category: trust.CategoryOSS},
		{name: "campaign, the lead names a victim company", title: "'Zorbstorm' campaign hits 40 banks",
			body: "Quuxbank said attackers stole customer data."},
		{name: "campaign, the lead names a typosquat", title: "'Zorbstorm' campaign steals developer keys",
			body: "Malicious versions of the typosquatted zorb-requests package mimicked the real library."},
		{name: "plain English before attack", title: "Massive attack hits thousands of developers",
			body: "Malicious versions of the Quuxlib package were published to npm."},
		// A publisher's account or token taken, used to turn a package.
		{name: "stolen token used to backdoor, lead names", title: "Developer's stolen token used to backdoor popular Python library",
			body: "The quuxhttp library, with 30 million monthly downloads, shipped a release that steals cloud keys.", vendor: "quuxhttp", category: trust.CategoryOSS},
		{name: "phished account used to trojanize", title: "Phished maintainer account used to trojanize Rust crate",
			body: "Attackers published version 2.4 of the zorbcrypt crate with a keylogger.", vendor: "zorbcrypt", category: trust.CategoryOSS},
		{name: "tokens stolen, nothing shipped", title: "Hackers steal npm tokens from developers in phishing wave",
			body: "The stolen tokens give access to 200 packages."},
		{name: "stolen token used to read private code", title: "Stolen GitHub token used to access Quuxsoft private repositories"},
		// Words of the shapes are no names.
		{name: "an abandoned package, counted", title: "Hacker hijacks abandoned npm package with 2 million downloads to push malware", vendor: "npm", category: trust.CategoryOSS},
		{name: "what an account led to", title: "Compromised maintainer account leads to malicious releases of zorb-utils", vendor: "zorb-utils", category: trust.CategoryOSS},
		// Malware added to a package; a package quoted as code; the
		// one extension a lead names in apposition; a kind is no name.
		{name: "added to its SDK", title: "Quuxcomm says hackers added skimmer code to its JavaScript SDK", vendor: "Quuxcomm"},
		{name: "added to a named package", title: "Attackers added cryptominer to zorb-sdk npm package", vendor: "zorb-sdk", category: trust.CategoryOSS},
		{name: "added protections", title: "Quuxsoft added new protections to its SDK after audit"},
		{name: "added a backdoor to servers", title: "Hackers added backdoor to hacked Exchange servers"},
		{name: "quoted code hijacked", title: "Attackers hijack 'quux-fetch' to push stealer", vendor: "quux-fetch", category: trust.CategoryOSS},
		{name: "quoted brand accounts", title: "Hackers hijack 'Quuxgram' accounts to push scams"},
		{name: "researchers hijack quoted code", title: "Researchers hijack 'zorb-lib' to show takeover risk"},
		{name: "the extension, X,", title: "Popular Firefox add-on turned into spyware after sale",
			body: "The add-on, Zorbsave, had 200,000 users when the new owner pushed the update.", vendor: "Zorbsave", category: trust.CategoryOSS},
		{name: "a kind only", title: "Malware found in popular npm library after account takeover"},
		// A package targeted in a supply chain attack; a coined wave
		// hitting a registry; a release that stole; names after "popular".
		{name: "package targeted in a supply chain attack", title: "Quuxlog PyPI library targeted in supply chain attack", vendor: "Quuxlog", category: trust.CategoryOSS},
		{name: "victims targeted", title: "Crypto developers targeted in supply chain attack"},
		{name: "a package targeted by phishing", title: "Zorbify npm package targeted by phishing campaign"},
		{name: "coined wave hits a registry", title: "Zorb-Hulud 2.0 hits PyPI",
			body: "The worm compromised quux-sdk and zorb-cli, among others.", vendor: "quux-sdk", category: trust.CategoryOSS},
		{name: "coined wave, no package in the lead", title: "Zorb-Hulud hits npm", body: "Researchers are still counting the victims."},
		{name: "an update that stole", title: "Zorbwallet extension update stole seed phrases", vendor: "Zorbwallet", category: trust.CategoryOSS},
		{name: "hackers stole", title: "Hackers stole $30 million from Quuxswap exchange"},
		{name: "malicious version of a popular package", title: "Hackers publish malicious version of popular quux-yaml package", vendor: "quux-yaml", category: trust.CategoryOSS},
		{name: "published is no name", title: "Quuxify hit by supply chain attack, malicious versions published", vendor: "Quuxify"},
		// A language names the kind, the package follows.
		{name: "language, kind, then the package", title: "Attackers compromise PHP package quuxmailer to push stealer", vendor: "quuxmailer", category: trust.CategoryOSS},
		{name: "language and kind, then a preposition", title: "Hackers push backdoor into PHP source code through stolen keys", vendor: "PHP", category: trust.CategoryOSS},
		// What a channel became, in the present and with "rogue".
		{name: "turns malicious", title: "Zorbtabs Firefox add-on turns malicious after ownership change", vendor: "Zorbtabs", category: trust.CategoryOSS},
		{name: "goes rogue", title: "Quuxgrab Chrome extension goes rogue", vendor: "Quuxgrab", category: trust.CategoryOSS},
		{name: "a rogue extension from the start", title: "Rogue Chrome extension steals passwords"},
		{name: "a chatbot goes rogue", title: "Quuxbot AI chatbot goes rogue, insults users"},
		{name: "malware's own toolkit turns", title: "Open-source ransomware toolkit Zorbnite turns into accidental wiper"},
		// A build's way in, then the package it reached.
		{name: "compromised pipeline, then releases", title: "Compromised build pipeline pushed stealer into quux-grpc releases", vendor: "quux-grpc", category: trust.CategoryOSS},
		{name: "a build cache poisoned", title: "Attackers poison Zorbvision build cache to ship cryptominer", vendor: "Zorbvision"},
		{name: "a web cache poisoned", title: "Web cache poisoning attack hits Quuxshop checkout pages"},
	}
	checkShapes(t, m, cases)
}
