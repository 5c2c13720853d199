package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestSupplyOSS holds the open-source shapes of supplyoss.go, each with a
// look-alike that must not alert: made-up package names, so that only the
// shape can carry them. why must name the shape that made the alert, and
// say so when the name came from the lead.
func TestSupplyOSS(t *testing.T) {
	m := defaultMatcher(t)
	cases := []shapeCase{
		{
			name:     "a verb whose object is the package",
			title:    "Hackers backdoor popular Python library 'quuxparse'",
			vendor:   "quuxparse",
			category: trust.CategoryOSS,
			why:      []string{`"backdoor popular Python library" [oss +4]`, "in the title"},
		},
		{
			name:  "the packages' own doing before the verb",
			title: "Malicious PyPI packages backdoor developers' machines",
		},
		{
			name:     "the publisher in the lead",
			title:    "Worm backdoors hundreds of npm packages",
			body:     "The self-spreading worm trojanized npm packages from Zorblat, Quuxco and others, stealing CI secrets.",
			vendor:   "Zorblat",
			category: trust.CategoryOSS,
			why:      []string{`"backdoors hundreds of npm packages" [oss +4]`, "across the title and lead"},
		},
		{
			name:     "the channel's list in the lead",
			title:    "PyPI packages hijacked after maintainers fall for phishing",
			body:     "Attackers used stolen credentials to push malicious versions of legitimate projects such as quuxparse and zorblib.",
			vendor:   "quuxparse",
			category: trust.CategoryOSS,
			why:      []string{`"PyPI packages hijacked" [oss +4]`, "across the title and lead"},
		},
		{
			// The title is still news of hijacked packages: it names
			// only their registry (registry.go), never the victims.
			name:     "a list of victims is no package",
			title:    "PyPI packages hijacked after maintainers fall for phishing",
			body:     "The campaign hit companies such as Zorblat and Quuxco.",
			vendor:   "PyPI",
			category: trust.CategoryOSS,
		},
		{
			name:     "what the versions were of",
			title:    "Popular npm package hijacked to drop cryptominer",
			body:     "Versions 1.2.3 to 1.2.5 of quuxify shipped an XMRig miner.",
			vendor:   "quuxify",
			category: trust.CategoryOSS,
		},
		{
			name:     "sold, then turned; a count's comma inside the phrase",
			title:    "Chrome extension with 200,000 users sold to new owner, turned into adware",
			body:     "Quux Tab, a popular new-tab extension, was bought by a developer who pushed an update injecting ads.",
			vendor:   "Quux Tab",
			category: trust.CategoryOSS,
			why:      []string{"sold", "across the title and lead"},
		},
		{
			name:  "sold, nothing shipped",
			title: "Popular Chrome extension Quux Tab sold to new owner",
		},
		{
			name:     "malware put into a shipping channel",
			title:    "Hackers drain $8 million from Zorblat via malicious script injected into its front end",
			vendor:   "Zorblat",
			category: trust.CategoryCompromise,
			why:      []string{`"injected into its front end" [compromise +4]`},
		},
		{
			name:  "malware put into sites: their owners are victims",
			title: "Hackers inject malicious script into WordPress sites",
		},
		{
			name:     "a release altered with malware",
			title:    "Zorblat's JavaScript SDK modified with malicious code",
			vendor:   "Zorblat",
			category: trust.CategoryOSS,
		},
		{
			name:  "what could be altered",
			title: "Researchers show Zorblat's JavaScript SDK could be modified with malicious code",
		},
		{
			name:     "what a turned channel was made to add",
			title:    "Hackers compromise WordPress plugins to add rogue admin accounts",
			body:     "Five plugins in the official repository, including Quux Forms and Zorblat Widget, were modified with malicious code.",
			vendor:   "Quux Forms",
			category: trust.CategoryOSS,
		},
		{
			name:  "a channel called rogue never was trusted",
			title: "Rogue WordPress plugins hijacked to steal admin credentials",
		},
		{
			name:     "an opening participle is no name",
			title:    "Verified Chrome extensions turned into spyware through updates",
			body:     "Eighteen legitimate extensions, including the Quux Picker eyedropper, were hijacked through updates.",
			vendor:   "Quux Picker",
			category: trust.CategoryOSS,
		},
		{
			name:     "how the channel was turned, after it",
			title:    "Ruby gem quuxlib laced with cryptominer after maintainer account hijack",
			vendor:   "quuxlib",
			category: trust.CategoryOSS,
		},
		{
			name:     "releases shipped with malware",
			title:    "Quuxwallet desktop releases shipped with malicious dependency code",
			vendor:   "Quuxwallet",
			category: trust.CategoryOSS,
			why:      []string{`"desktop releases shipped" [oss +4]`},
		},
		{
			name:  "devices shipped with malware are soldWith's, with a backdoor",
			title: "Cheap laptops shipped with malware",
		},
		{
			name:     "two packages joined by and",
			title:    "Zorblat and Quuxco npm packages hijacked to steal tokens",
			vendor:   "Zorblat",
			category: trust.CategoryOSS,
			why:      []string{`"Zorblat" (not in the registry), "Quuxco" (not in the registry)`},
		},
		{
			name:  "a malware loader is no package",
			title: "Hackers use IcedID loader to push ransomware",
		},
		{
			name:     "an update whose malware ends the headline",
			title:    "VS Code extension 'Quux Theme' update pushes infostealer",
			vendor:   "Quux Theme",
			category: trust.CategoryCompromise,
			why:      []string{`"update pushes" [compromise +4]`},
		},
		{
			name:  "trojanized copies delivering spyware",
			title: "Trojanized Zorblat and Quuxco apps on Google Play delivered spyware",
		},
		{
			name:     "a package delivering malware after its account was taken",
			title:    "Maintainer's account phished, npm package 'quuxify' ships malware",
			vendor:   "quuxify",
			category: trust.CategoryOSS,
		},
		{
			name:  "a package delivering malware: malicious from the start",
			title: "npm package 'quuxify' drops malware",
		},
		{
			name:  "a cracked copy",
			title: "Cracked macOS Software Laced with New Trojan Proxy Malware",
		},
	}
	checkShapes(t, m, cases)
}
