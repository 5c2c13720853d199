package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSS4Headlines holds the matcher to testdata/oss4.tsv: open-source
// package compromises as security news titled them (active voice, a count
// of packages for a subject, a campaign's name, the package only in the
// lead) against typosquats, fake packages, research, flaws, policy and
// coverage.
func TestOSS4Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss4.tsv", 0.70)
}

// TestOSS4Shapes holds each shape of registry.go and the active-voice
// and count shapes beside it to a made-up package or count, so that only
// the shape can carry it, with a look-alike that must not alert.
func TestOSS4Shapes(t *testing.T) {
	m := defaultMatcher(t)
	cases := []shapeCase{
		// A count of packages, no name anywhere: the registry as written.
		{name: "count subject", title: "60+ npm packages compromised in self-spreading attack", vendor: "npm", category: trust.CategoryOSS},
		{name: "count object", title: "Quuxworm malware infects 300 PyPI packages, leaks tokens", vendor: "PyPI", category: trust.CategoryOSS},
		{name: "attackers and a count", title: "Hackers hijacked 12 Firefox add-ons in phishing wave", vendor: "Firefox", category: trust.CategoryOSS},
		{name: "packages acting, not taken", title: "Firefox extensions hijack 2 million users' searches"},
		{name: "an actor's own packages, uncounted", title: "Quuxgroup hackers backdoor PyPI packages in new campaign"},
		{name: "popular packages taken", title: "Quuxgroup hackers backdoor popular PyPI packages", vendor: "PyPI", category: trust.CategoryOSS},
		{name: "malicious packages as the subject", title: "Malicious npm packages hijack developers' Zorblat accounts"},
		{name: "malicious named versions published", title: "Malicious Zorbl versions published in quux attack", vendor: "Zorbl", category: trust.CategoryOSS},
		{name: "a participle describing the packages", title: "Attack involving compromised npm packages blocked by EDR"},
		{name: "how to", title: "Compromised PyPI packages: how to check your projects"},
		{name: "what could be", title: "Could your Firefox add-ons be hijacked next?"},
		{name: "researchers demonstrate", title: "Researchers hijack popular RubyGems package to show registry risk"},
		{name: "researchers as the agent", title: "Dozens of PyPI packages hijacked by researcher to prove point"},
		{name: "researchers show", title: "Quux packages hijacked through expired domains, researchers show"},
		{name: "researchers report an attack", title: "Researchers: 40 PyPI packages hijacked in supply chain attack", vendor: "PyPI", category: trust.CategoryOSS},
		{name: "a label, not an event", title: "PyPI packages flagged as compromised were false positives"},
		// A long count between the channel and its verb.
		{
			name:     "count phrase before the verb, the package in the lead",
			title:    "12 popular npm packages with 900 million weekly downloads hijacked",
			body:     "Attackers published malicious versions of quuxify and zorblib after phishing their maintainer.",
			vendor:   "quuxify",
			category: trust.CategoryOSS,
		},
		// Active voice: attackers put malware into or in the package.
		{name: "inject into", title: "Hackers inject malware into popular quux-parser npm library", vendor: "quux-parser", category: trust.CategoryOSS},
		{name: "slip into", title: "Attackers slip backdoor into Zorblat Python package", vendor: "Zorblat", category: trust.CategoryOSS},
		{name: "plant in", title: "Hacker plants data-wiping code in Quuxo VS Code extension", vendor: "Quuxo", category: trust.CategoryOSS},
		{name: "inject into a fake package", title: "Attackers inject malware into fake npm packages posing as quux-parser"},
		{name: "plant in sites through a flaw", title: "Hackers plant backdoor in unpatched WordPress sites via plugin bug"},
		// Released with something harmful.
		{name: "extension shipped with", title: "Quuxo coding assistant extension shipped with wiper prompt", vendor: "Quuxo", category: trust.CategoryOSS},
		{name: "malicious extension shipped with", title: "Malicious VS Code extension ships with ransomware"},
		// A maintainer turning their own package.
		{name: "maintainer sabotages", title: "quux-ipc maintainer sabotages popular npm package to wipe files", vendor: "quux-ipc", category: trust.CategoryOSS},
		// The next clause names what the first counted; source code; a
		// platform's own product.
		{name: "next clause names", title: "PyPI account hijacked: quuxify, zorblib packages compromised", vendor: "zorblib", category: trust.CategoryOSS},
		{name: "source code backdoored", title: "Hackers backdoor Zorblang source code after breaching its git server", vendor: "Zorblang", category: trust.CategoryOSS},
		{name: "source code stolen", title: "Hackers steal Zorblang source code after breaching its git server"},
		{name: "platform's own product", title: "Google AI coding assistant hacked to push data wiping commands", vendor: "Google", category: trust.CategoryOSS},
		// The package only in the lead: its maintainers, "the X package".
		{
			name:     "maintainers of",
			title:    "Popular npm package hijacked to steal credentials",
			body:     "The maintainers of quux-parser warned that three malicious versions were published after their account was taken over.",
			vendor:   "quux-parser",
			category: trust.CategoryOSS,
		},
		{
			name:     "the X package",
			title:    "Hackers hijack popular Python library to steal cloud keys",
			body:     "The zorbctx package on PyPI was updated with code that sends environment variables to a remote server.",
			vendor:   "zorbctx",
			category: trust.CategoryOSS,
		},
		{
			name:     "the Name extension",
			title:    "Chrome extension with 400,000 users hijacked to steal data",
			body:     "The Quuxo Shield extension was compromised after an employee was phished.",
			vendor:   "Quuxo Shield",
			category: trust.CategoryOSS,
		},
		{
			name:     "the lead's subject, taken",
			title:    "Popular npm package hijacked to steal passwords",
			body:     "zorbify, which has 10 million weekly downloads, was hijacked on Friday.",
			vendor:   "zorbify",
			category: trust.CategoryOSS,
		},
		{
			name:     "two names a count explains",
			title:    "Popular PyPI packages hijacked to steal tokens",
			body:     "Attackers compromised quuxify and zorblib, two PyPI packages with millions of downloads.",
			vendor:   "zorblib",
			category: trust.CategoryOSS,
		},
		{
			name:     "an appositive after that",
			title:    "Popular npm package hijacked to steal passwords",
			body:     "Quuxsec researchers found that zorbify, a package with 2M weekly downloads, had been compromised.",
			vendor:   "zorbify",
			category: trust.CategoryOSS,
		},
		{
			name:     "victims taken in the lead are no package",
			title:    "Popular npm package hijacked to steal passwords",
			body:     "Developers were compromised after installing it.",
			vendor:   "npm",
			category: trust.CategoryOSS,
		},
		{
			name:     "a supply chain title of packages, the developer behind",
			title:    "Supply chain attack hits PyPI",
			body:     "Attackers took over the account of the developer behind zorb-utils and pushed malicious releases.",
			vendor:   "zorb-utils",
			category: trust.CategoryOSS,
		},
		{
			name:  "a supply chain title, victims in the lead",
			title: "Supply chain attack targets PyPI developers",
			body:  "The campaign hit companies such as Zorblat and Quuxco.",
		},
		// "take over", releases that contain malware, malicious code or
		// malware in a trusted package, a brand before a package's kind.
		{name: "takes over a popular package", title: "Hacker takes over popular PyPI package to push cryptominer", vendor: "PyPI", category: trust.CategoryOSS},
		{name: "took over the account of a package", title: "Attackers took over maintainer account of zorbify gem", vendor: "zorbify", category: trust.CategoryOSS},
		{name: "takes over a company", title: "Quuxco takes over Zorblat in $2 billion deal"},
		{name: "takes over accounts", title: "Hackers take over Zorbnet accounts in phishing campaign"},
		{name: "versions contain malware", title: "Quuxlib versions contain malware, maintainers warn", vendor: "Quuxlib", category: trust.CategoryOSS},
		{name: "uncounted packages contain malware", title: "Hundreds of PyPI packages contain malware"},
		{name: "malicious code in a named package", title: "Malicious code discovered in zorb-utils npm package", vendor: "zorb-utils", category: trust.CategoryOSS},
		{name: "malicious code in a fake package", title: "Malicious code found in fake npm package zorb-utilz"},
		{name: "malware in a popular library", title: "Malware in popular Quuxlib library steals wallet keys", vendor: "Quuxlib", category: trust.CategoryOSS},
		{name: "malware in the wild", title: "Malware in Quuxland targets banks"},
		{name: "a brand before a package's kind", title: "Zorbl config packages compromised in phishing attack", vendor: "Zorbl config", category: trust.CategoryOSS},
		// A taken account exploited; a backdoored version of a popular
		// package; a flaw exploited.
		{name: "exploit a compromised account", title: "Hackers exploit compromised PyPI account to push malicious versions of popular package", vendor: "PyPI", category: trust.CategoryOSS},
		{name: "exploit a flaw", title: "Hackers exploit flaw to push malicious versions of popular plugin"},
		{name: "backdoored version of a popular library", title: "Hacker uploads backdoored version of popular Ruby library", vendor: "Ruby", category: trust.CategoryOSS},
		// "supply-chain" is one title word and two of the lexicon's.
		{name: "hyphenated supply-chain attack", title: "Zorbl Player supply-chain attack steals crypto", vendor: "Zorbl Player", category: trust.CategoryCompromise},
		{name: "hyphenated, attackers using a flaw", title: "Quuxland and Zorbia: hackers use zero-day in supply-chain attack"},
		// A count with a comma, a kind of package, Homebrew's channels,
		// the people whose packages a lead lists.
		{name: "a count with a comma", title: "Quuxworm wave compromises 12,000 GitHub repositories", vendor: "GitHub", category: trust.CategoryOSS},
		{name: "a kind of package is no name", title: "Popular Rust parsing crate hijacked to steal keys", vendor: "Rust", category: trust.CategoryOSS},
		{name: "a Homebrew cask", title: "Homebrew cask compromised to serve infostealer", vendor: "Homebrew", category: trust.CategoryOSS},
		{
			name:     "including those of",
			title:    "Hackers hijack dozens of Firefox add-ons in phishing campaign",
			body:     "The attackers phished add-on developers, including those of Quuxo Shield, and pushed malicious updates.",
			vendor:   "Quuxo Shield",
			category: trust.CategoryOSS,
		},
		// "Malicious <Name> packages": the lead tells a compromise from a
		// typosquat.
		{
			name:     "malicious named packages, releases of it in the lead",
			title:    "Malicious Zorbx packages leak thousands of cloud credentials",
			body:     "Attackers published malicious versions of the Zorbx build system to npm after stealing a maintainer's token.",
			vendor:   "Zorbx",
			category: trust.CategoryOSS,
		},
		{
			name:  "malicious named packages imitating it",
			title: "Malicious Zorbx packages steal wallet keys",
			body:  "The packages impersonate versions of the Zorbx SDK and were uploaded by a new account.",
		},
		{
			name:  "malicious named packages, no release of it",
			title: "Malicious Zorbx packages target developers",
			body:  "The packages, published to npm in March, steal private keys.",
		},
		// A package named as code alone, no channel word.
		{name: "code name hijacked", title: "Zorb's quux.js hijacked to steal private keys", vendor: "quux.js", category: trust.CategoryOSS}, // pk15: the package, then its owner
		{name: "code name compromised", title: "zorb-utils compromised to steal wallet keys", vendor: "zorb-utils", category: trust.CategoryOSS},
		{name: "an English compound", title: "Popular e-commerce compromised to steal cards"},
		{name: "servers of a platform", title: "node.js servers compromised to steal data"},
		{name: "a slash names an owner, a space does not", title: "Popular zorb bridge-utils package hijacked", vendor: "bridge-utils", category: trust.CategoryOSS},
		// A list of packages before the channel; a worm's count; a worm as
		// the agent.
		{name: "a list ending in and other", title: "Quuxo, Zorb Labs, and Other Prominent PyPI Packages Compromised", vendor: "Quuxo", category: trust.CategoryOSS},
		{name: "one describing word is no list", title: "Trusted Firefox add-ons compromised in phishing wave", vendor: "Firefox", category: trust.CategoryOSS},
		{name: "a worm's count", title: "Quux 2.0 PyPI worm hits 300 packages", vendor: "PyPI", category: trust.CategoryOSS},
		{name: "packages hit by a worm", title: "Quuxo, Zorbl, Blip npm packages hit by Zorbworm", vendor: "Quuxo", category: trust.CategoryOSS},
		{name: "a lower-case package and a counted rest", title: "zorb-utils and 40 other PyPI packages compromised by self-spreading malware", vendor: "zorb-utils", category: trust.CategoryOSS},
		{name: "a worm strikes again", title: "Quuxworm strikes again: 30 new extensions hit on Open VSX", vendor: "Open VSX", category: trust.CategoryOSS},
		{name: "a worm strikes again, no registry", title: "Quuxworm strikes again: hackers arrested in Europe"},
		// Malware slipped into a package in the passive; a build swapped
		// for a miner; a two-word registry.
		{name: "slipped into, passive", title: "Backdoor slipped into zorb-json crate after token leak", vendor: "zorb-json", category: trust.CategoryOSS},
		{name: "injected into websites", title: "Malicious code injected into websites via ad network"},
		{name: "replaced with a miner", title: "Official Docker Hub image of zorb-agent replaced with cryptojacking build", vendor: "zorb-agent", category: trust.CategoryOSS},
		{name: "cryptojacking victims", title: "Quuxbank hit by cryptojacking"},
		// "leads to malicious X releases"; a theme; a skimmer put into an
		// extension; trojanized updates of a named extension; researchers
		// who take over accounts.
		{name: "leads to malicious named releases", title: "Account takeover leads to malicious quuxcli releases on PyPI", vendor: "quuxcli", category: trust.CategoryOSS},
		{name: "a theme", title: "Popular WordPress theme hijacked to install backdoor", vendor: "WordPress", category: trust.CategoryOSS},
		{name: "a skimmer into an extension", title: "Attackers inject card skimmer into Magento extension ZorbPay", vendor: "ZorbPay", category: trust.CategoryOSS},
		{name: "a skimmer into stores", title: "Magecart hackers inject skimmer into online stores"},
		{name: "trojanized updates of a named extension", title: "Trojanized updates of popular Firefox add-on Zorbnote push spyware", vendor: "Zorbnote"},
		{name: "researchers take over", title: "Expired domains let researchers take over 900 PyPI maintainer accounts"},
		// The people and kinds of the news are no names.
		{name: "a maintainer is no name", title: "Maintainer of popular PyPI package adds code that wipes files"},
		{name: "sold is no name", title: "Popular Firefox add-on sold to new owner turned into spyware", vendor: "Firefox", category: trust.CategoryOSS},
		{name: "an attack hits packages", title: "Supply chain attack hits popular PyPI package 'zorbify'", vendor: "zorbify", category: trust.CategoryOSS},
		{name: "an attack hits the registry itself", title: "Ransomware attack hits popular PyPI package registry"},
		// A worm through a registry: the campaign and the registry only.
		{name: "worm returns to a registry", title: "Quuxworm malware returns to Open VSX with new extensions", vendor: "Open VSX", category: trust.CategoryOSS},
		{name: "worm strikes a registry", title: "Zorbl worm strikes npm again, hitting 800 packages", vendor: "npm", category: trust.CategoryOSS},
		{name: "worm among a registry's users", title: "Quuxworm hits PyPI developers' machines via malicious packages"},
		{name: "worm on platform hosts", title: "Worm infects thousands of Docker hosts via exposed APIs"},
		{name: "worm looked back on", title: "PyPI revokes tokens after Quuxworm attack"},
		{name: "worm of fake packages", title: "Quuxworm spreads through npm via fake packages posing as quux-parser"},
		// Releases of a named package made malicious.
		{name: "push malicious named versions", title: "Hackers push malicious Quuxo Player versions to steal crypto", vendor: "Quuxo Player", category: trust.CategoryOSS},
		{name: "publish malicious registry packages", title: "Hackers publish malicious npm packages to steal crypto"},
		// The package in the lead: an appositive after a preposition, the
		// object of "modified" past a package's own name.
		{
			name:     "appositive after behind",
			title:    "Popular Rust crate hijacked to push backdoor to developers",
			body:     "Attackers took over the account behind quuxjson, a JSON library used by thousands of projects, and published a release that opens a reverse shell.",
			vendor:   "quuxjson",
			category: trust.CategoryOSS,
		},
		{
			name:     "modified the named action",
			title:    "GitHub Action compromise exposes CI secrets in thousands of repositories",
			body:     "Attackers modified the popular quux-org/setup-zorb GitHub Action to leak secrets into build logs.",
			vendor:   "quux-org/setup-zorb", // pk15: the action as written
			category: trust.CategoryOSS,
		},
	}
	checkShapes(t, m, cases)
}
