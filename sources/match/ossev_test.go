package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSSEvHeadlines holds the matcher to testdata/ossev.tsv: package,
// extension, action and image compromises whose evidence is spread over
// the title and the lead (the name in one, the registry or the harm in
// the other), against packages malicious from the start, phishing aimed
// at maintainers, studies, demos and registry policy (floor: today's 0.85
// less a margin).
func TestOSSEvHeadlines(t *testing.T) {
	testHeadlines(t, "testdata/ossev.tsv", 0.8)
}

// TestOSSEvShapes holds ossev.go's evidence rule to made-up packages in
// wordings the batch did not use, one family at a time, with look-alikes
// that must not alert.
func TestOSSEvShapes(t *testing.T) {
	m := defaultMatcher(t)
	oss := trust.CategoryOSS
	cases := []shapeCase{
		// A name written as code and a compromise verb; the channel in the lead.
		{name: "code name, poisoned, registry in lead", title: "quux-table-utils poisoned after maintainer's token leaks",
			body: "Two releases of the npm library published on Friday carry a credential stealer.", vendor: "quux-table-utils", category: oss},
		{name: "code name, weaponised", title: "zorb_config weaponised to steal cloud keys",
			body: "Version 3.1.4 of the PyPI package sends AWS credentials to a Telegram bot, its maintainer says.", vendor: "zorb_config", category: oss},
		{name: "code name, tampered", title: "Attackers tampered with quux-cli-kit releases for six hours",
			body: "The maintainers of the npm tool say a stolen token was used to publish two versions with a postinstall backdoor.", vendor: "quux-cli-kit", category: oss},
		// A title that only describes the package; the lead names it in code.
		{name: "described crate, lead's code name", title: "Widely used Rust crate backdoored after maintainer account takeover",
			body: "The attacker published quux-serde-ext 0.9.2 to crates.io with a build script that uploads SSH keys.", vendor: "quux-serde-ext", category: oss},
		{name: "described gem ships a stealer", title: "RubyGems gem with 2 million downloads ships credential stealer in new version",
			body: "The zorb-auth-helper gem's 5.2.0 release sends environment variables to a remote host.", vendor: "zorb-auth-helper", category: oss},
		// The name beside its kind noun.
		{name: "name before its kind, past the registry", title: "Zorbline npm packages compromised in new wave of token theft",
			body: "Attackers published malicious versions of four packages.", vendor: "Zorbline", category: oss},
		{name: "name after its kind", title: "Browser extension QuuxNotes hijacked to inject ads and steal cookies",
			body: "An update pushed to the Chrome Web Store after the developer was phished adds tracking code.", vendor: "QuuxNotes", category: oss},
		{name: "image for a named project", title: "Docker image for zorb-exporter trojanized with cryptominer",
			body: "The project's maintainers say a leaked Docker Hub token was used to push version 1.4.0.", vendor: "zorb-exporter", category: oss},
		// A release turned, the name inside it.
		{name: "malicious Quux version", title: "Leaked key used to push malicious Zorbdesk SDK version to NuGet",
			body: "Version 7.2.1 of the library opened a reverse shell.", vendor: "Zorbdesk", category: oss},
		// Extensions sold, then turned.
		{name: "add-on sold then updated to spy", title: "Chrome extension with 500,000 users sold, then updated to spy on browsing",
			body: "Google removed Zorb Tab Manager after its new owner pushed a version that logs every visited page.", vendor: "Zorb Tab Manager", category: oss},
		// Look-alikes.
		{name: "malicious packages found", title: "Dozens of malicious PyPI packages found stealing browser cookies",
			body: "The packages were uploaded over two weeks by three accounts."},
		{name: "typosquat of a code name", title: "Typosquat of quux-table-utils on npm steals tokens",
			body: "The package quux-tabel-utils was published last week."},
		{name: "a package made to drop malware", title: "New npm package zorb-logger-pro drops malware on install",
			body: "The package appeared on the registry on Monday."},
		{name: "impersonating a library", title: "PyPI package impersonating zorb-requests hijacks Discord accounts",
			body: "The package was downloaded 400 times before removal."},
		{name: "a study of takeover risk", title: "Study finds 3,000 npm packages could be hijacked through expired domains",
			body: "Maintainers' lapsed email domains can be re-registered to reset passwords."},
		{name: "phishing aimed at maintainers", title: "Phishing campaign targets npm maintainers with fake security alerts",
			body: "The emails ask developers to log in to a lookalike site to keep their packages published."},
		{name: "a flaw in a library", title: "Flaw in quux-xml-parser npm package lets attackers run code",
			body: "Versions before 2.4.1 are vulnerable; the maintainer released a fix."},
		{name: "images laced with miners", title: "Thousands of Docker Hub images laced with cryptominers",
			body: "A scan of public images found miners in images from unknown publishers."},
		{name: "developers lured", title: "Fake recruiters target developers with trojanized npm packages",
			body: "Job seekers are told to run a coding test that installs a backdoor."},
		{name: "researchers' proof of concept", title: "Researchers hijack their own npm package to show how worms spread",
			body: "The demo package was never downloaded by anyone else."},
		// Rows found while checking the rule's precision and title case
		// (tuned on: regression rows, not a measure).
		{name: "title case, the descriptor's owner", title: "Nx Build System Packages Weaponized to Steal Secrets via AI CLIs",
			body: "Malicious versions of the Nx monorepo tool were published to npm.", vendor: "Nx", category: oss},
		{name: "title case, lead's name after of", title: "Malicious Update Pushed to Popular PyPI Library",
			body: "Versions 2.1.0 and 2.1.1 of quuxparse contain a backdoor, after its maintainer was phished.", vendor: "quuxparse", category: oss},
		{name: "a capitalised name the lead names again", title: "Kong Ingress Controller compromised with cryptominer",
			body: "Kong says a Docker Hub image 3.4.0 was tampered.", vendor: "Kong Ingress Controller", category: oss},
		{name: "a tool that detects compromised packages", title: "Researchers publish tool to detect compromised npm packages",
			body: "The open-source scanner checks package versions for install scripts."},
		{name: "a plugin's flaw could let hackers hijack", title: "Zorb Core WordPress plugin could let hackers hijack sites",
			body: "The flaw affects versions before 1.3.2 of the plugin."},
		{name: "numbered versions of a code name", title: "Versions 4.2.1 to 4.2.4 of zorb-ledger.js contained backdoor",
			vendor: "zorb-ledger.js", category: oss},
		{name: "carried harm for a time", title: "Popular zorb-yaml PyPI package carried infostealer for two days",
			body: "The maintainer says a stolen token was used.", vendor: "zorb-yaml", category: oss},
		{name: "the lead calls it a typosquat", title: "Go module contained backdoor for three years",
			body: "A typosquat of the popular Zorbdb module, github.com/zorbdb-go/zorb, was cached by the module mirror."},
		{name: "a count of downloads is no trust", title: "npm package with 1,200 downloads installs RAT",
			body: "The package appeared last week."},
		{name: "tried, not done", title: "Attackers tried to backdoor zorb-sync library, maintainers say",
			body: "The pull request was rejected and no release was published."},
		{name: "goes rogue, the lead's subject named", title: "Popular Chrome extension goes rogue after sale to new owner",
			body: "Zorb Dark Mode, with 800,000 users, now injects ads and tracks browsing after an update.", vendor: "Zorb Dark Mode", category: oss},
		{name: "tampering in a code name's releases", title: "Evidence of tampering found in zorb-crypto releases",
			body: "The maintainers of the Rust crate say versions 1.2.3 and 1.2.4 were not built by them.", vendor: "zorb-crypto", category: oss},
		{name: "a plain lower-case name before the verb", title: "Crypto API client zorbpay backdoored on PyPI to steal bot tokens",
			vendor: "zorbpay", category: oss},
		{name: "the registry's own noun before the verb", title: "PyPI registry compromised, Python foundation says"},
		{name: "hijacked packages described", title: "RubyGems adds trusted publishing to curb hijacked gems"},
	}
	checkShapes(t, m, cases)
}
