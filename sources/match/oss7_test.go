package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestOSS7Headlines holds the matcher to testdata/oss7.tsv: package
// compromises named the way each ecosystem names its things (crates, Go
// modules, NuGet packages, gems, Composer packages, Maven artifacts, PyPI
// projects and wheels, Docker images, Hugging Face models, CMS plugins,
// browser and editor extensions, Homebrew formulae, AUR packages, snaps,
// scoped npm packages, "name 1.2.3"), against typosquats, malicious new
// uploads, plugin vulnerabilities, store closures and registry research.
// Floor: today's 45 of 56 over the three batches (the third one
// untouched) less a margin.
func TestOSS7Headlines(t *testing.T) {
	testHeadlines(t, "testdata/oss7.tsv", 0.72)
}

// TestOSS7Shapes holds each shape of ecosystems.go to made-up packages,
// so that only the shape can carry them, with look-alikes that must not
// alert.
func TestOSS7Shapes(t *testing.T) {
	m := defaultMatcher(t)
	oss := trust.CategoryOSS
	cases := []shapeCase{
		// A release named by its version, carrying malware.
		{name: "version ships a stealer", title: "blorp-utils 2.14.0 ships credential stealer", vendor: "blorp-utils", category: oss},
		{name: "two versions contained", title: "quux_parser 1.0.3 and 1.0.4 contained cryptominer, PyPI warns", vendor: "quux_parser", category: oss},
		{name: "v-prefixed version published with", title: "zibble v3.2.1 published with backdoor after token leak", vendor: "zibble", category: oss},
		{name: "'version' before the number", title: "zibble version 4.0.1 contains remote access trojan", vendor: "zibble", category: oss},
		{name: "payload then an -ing verb", title: "quux-db 1.2.3 ships spyware targeting Android users", vendor: "quux-db", category: oss},
		{name: "version ships protection", title: "Python 3.12.1 ships protection against malware"},
		{name: "version fixes a malware bug", title: "Firefox 128.0.3 fixes malware bug"},
		{name: "version released with a scanner", title: "zibble 2.1.0 released with new malware scanner"},
		{name: "payload describing a feature", title: "Malwarebytes 5.1.2 released with ransomware rollback"},
		{name: "payload describing a tool", title: "zibble 2.0.1 ships malware scanner"},
		{name: "version with fixes for flaws", title: "Go 1.22.1 contains fixes for crypto flaws"},
		{name: "distribution release", title: "Kali Linux 2024.1 released with new hacking tools"},
		{name: "a typosquat's version", title: "Typosquat quux-utils 1.0.2 ships infostealer"},
		{name: "malware's own version", title: "SmokeLoader v2.0 drops stealer"},
		{name: "versions of a package", title: "Versions 4.1.7 and 4.1.8 of zorbkit contained cryptominer", vendor: "zorbkit", category: oss},
		{name: "a version hijacked", title: "quuxlib 1.2.3 hijacked to steal keys", vendor: "quuxlib", category: oss},
		{name: "malicious code found in a version", title: "Malicious code found in quuxlib 4.5.6 on npm", vendor: "quuxlib", category: oss},
		{name: "the package's kind before the version", title: "quux-cli npm package 3.1.4 ships with a remote access trojan", vendor: "quux-cli", category: oss},
		{name: "the registry between version and verb", title: "zorb-ui 7.0.2 on npm ships cryptominer", vendor: "zorb-ui", category: oss},
		{name: "the kind between version and verb", title: "quuxgem 1.4.0.1 gem contained backdoor", vendor: "quuxgem", category: oss},
		{name: "two versions carry", title: "zorbz 2.0.0 and 2.0.1 carry infostealer", vendor: "zorbz", category: oss},
		{name: "an auxiliary between", title: "blorpjs 3.3.3 was published with a keylogger", vendor: "blorpjs", category: oss},
		{name: "a platform between and a feature", title: "Zorb 2.1.0 on Windows includes new ransomware protection"},
		{name: "a flaw in a version", title: "Flaw in quuxlib 1.2.3 exploited to drop backdoor"},
		{name: "a browser version and malware", title: "Chrome 120.1.2 hijacked by new malware"},
		{name: "defenses in a version", title: "Python 3.12.1 ships with new defenses to stop malware"},
		{name: "a botnet's version", title: "Kraken Botnet 2.1.1 drops miner"},
		{name: "a library with a bot's letters", title: "Botan 3.2.1 ships backdoor", vendor: "Botan", category: oss},
		{name: "fake package's version", title: "Fake quux-sdk 1.0.4 package on PyPI drops infostealer"},
		{name: "OS update ships protection", title: "Windows 11 24H2 ships with ransomware protection"},
		{name: "a fix for a flaw malware used", title: "OpenSSH 9.8.1 fixes flaw that let attackers install backdoor"},
		// Ecosystems' own channel words.
		{name: "underscored gem", title: "zorb_http gem hijacked to steal API keys", vendor: "zorb_http", category: oss},
		{name: "underscored crate", title: "Backdoored zorb_util crate found on crates.io", vendor: "zorb_util", category: oss},
		{name: "Helm chart for X", title: "Helm chart for quux-operator compromised to deploy cryptominer", vendor: "quux-operator", category: oss},
		{name: "AUR PKGBUILD for X", title: "AUR PKGBUILD for blorp-bin modified to drop backdoor", vendor: "blorp-bin", category: oss},
		{name: "Joomla component", title: "Joomla component QuuxGallery backdoored in supply chain attack", vendor: "QuuxGallery", category: oss},
		{name: "package-named image", title: "quux-agent image on Docker Hub hijacked to mine crypto", vendor: "quux-agent", category: oss},
		{name: "Homebrew cask for X", title: "Homebrew cask for Zorbnote altered to install infostealer", vendor: "Zorbnote", category: oss},
		{name: "snap package for X", title: "Snap package for blorpchat hijacked to push cryptominer", vendor: "blorpchat", category: oss},
		{name: "package-named artifact", title: "Attackers slip backdoor into quux-bom artifact", vendor: "quux-bom", category: oss},
		{name: "Hugging Face Space made to serve", title: "Hugging Face Space of Quuxlabs hijacked to serve malware", vendor: "Quuxlabs"},
		{name: "Hugging Face account of X", title: "Hugging Face account of zorb-ai hijacked to swap models", vendor: "zorb-ai", category: oss},
		{name: "Spaces breached, nothing shipped", title: "Hugging Face Spaces breached, secrets exposed"},
		{name: "a demo artifact", title: "Researchers plant backdoor in demo artifact to show risk"},
		{name: "build artifacts leak", title: "GitHub Actions artifacts leak tokens from popular projects"},
		{name: "malicious wheels impersonating", title: "Malicious wheels uploaded to PyPI impersonate popular libraries"},
		{name: "Snap the company", title: "Snap hacked to steal user data"},
		{name: "CocoaPods pod", title: "CocoaPods pod ZorbKit hijacked to push malware", vendor: "ZorbKit", category: oss},
		{name: "Ansible Galaxy role", title: "Ansible Galaxy role quux.nginx backdoored", vendor: "quux.nginx", category: oss},
		{name: "Chef cookbook", title: "Chef cookbook zorb-base compromised to install cryptominer", vendor: "zorb-base", category: oss},
		{name: "a Galaxy flaw", title: "Ansible Galaxy collection flaw lets attackers run code"},
		// The package's name as the ecosystem writes it.
		{name: "scoped npm package", title: "@blorp/sdk npm package compromised to steal cloud credentials", vendor: "@blorp/sdk", category: oss},
		{name: "Go module path", title: "Go module github.com/quux/zorb backdoored after maintainer account takeover", vendor: "github.com/quux/zorb", category: oss},
		{name: "Composer vendor/package", title: "Packagist package quux/log compromised to deploy web shell", vendor: "quux/log", category: oss},
		{name: "run into Homebrew", title: "Zorbterm Homebrew tap hijacked to serve malware", vendor: "Zorbterm", category: oss},
		{name: "a mirror's backdoored version of X", title: "Go module proxy caches backdoored version of quuxlog after repository hijack", vendor: "quuxlog", category: oss},
		{name: "an action keeps its owner", title: "Hijacked GitHub Action zorb/deploy-action steals AWS secrets", vendor: "zorb/deploy-action", category: oss}, // pk15: the action as written
	}
	checkShapes(t, m, cases)
}
