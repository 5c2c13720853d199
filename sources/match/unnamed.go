package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Package compromises that name no package (testdata/unnamed.tsv, issue
// 11's eighth round). News often tells a hijack of trusted packages
// without naming one: "High-Value NPM Developers Compromised in New
// Phishing Campaign" — "Hackers have injected malware into popular NPM
// packages after compromising several developer accounts". The shapes that
// read a name find none and the alert was dropped, yet the release channel
// of legitimate packages was turned (trust-events.md: oss). unnamedAlert
// reads it from three independent pieces of evidence in the title and the
// lead's first sentence, when no other shape alerted:
//
//   - an ecosystem written out (npm, PyPI, RubyGems, crates.io, NuGet,
//     Packagist, Maven, Go, VS Code, Open VSX, Chrome, Firefox,
//     WordPress, Docker Hub, open source) and a kind noun (packages,
//     libraries, modules, extensions, add-ons, plugins, gems, crates,
//     projects, images);
//   - that the packages were trusted before: popular, legitimate, widely
//     used, trusted, established, existing, their downloads, or their
//     maintainers', developers' or publishers' accounts;
//   - the act: a takeover word (hijacked, compromised, backdoored,
//     poisoned, taken over, phished, seized) or harm put into them
//     (injected, pushed, published with malware; malicious versions,
//     updates, releases; rogue binaries served).
//
// The vendor is the ecosystem as written with its kind ("npm packages",
// "open-source modules"), its Term "package not named" so that `why` says
// so. Kept out: packages malicious from the start (a count of them,
// "malicious npm packages", fakes, typosquats, uploaded, mimicking),
// attacks aimed at developers (job offers, interviews, lures, repositories),
// policy (require, 2FA, revoke, deprecate, suspend), research and roundups.
// "could" is read by its place: a title that says what "could" happen is a
// warning (couldOnly, in match); a lead's "could seize ... to serve rogue
// binaries" under a title that states the attack ("New Supply Chain
// Attack Exploits Abandoned S3 Buckets") tells the mechanism of a real one.

// unnamedTerm marks an alert's vendor as an ecosystem, the package unnamed.
const unnamedTerm = "package not named"

var (
	unEcosystems = wordSet(`npm pypi rubygems crates.io nuget packagist maven go vs vscode
		open open-source chrome firefox wordpress docker python rust ruby java javascript php edge`)
	unKinds   = union(packageKinds, wordSet("project projects image images")) // packageKinds: ossnames.go
	unTrusted = wordSet(`popular legitimate widely widely-used trusted established existing long-standing
		high-value downloads downloaded weekly installs altering modifying
		bought acquired purchased sold`)  // bought: a sale hands over what users trust
	// unOwners own trusted packages when their accounts were taken
	// (unAccount): "developer accounts compromised", "maintainers phished".
	unOwners  = wordSet("maintainer maintainers maintainer's maintainers' publisher publishers developer developers developers'")
	unAccount = wordSet(`account accounts credentials token tokens compromised compromising hijacked phished
		takeover takeovers`)
	unAct = wordSet(`hijack hijacked hijacks hijacking compromise compromised compromises compromising
		backdoored poisoned takeover takeovers phished seize seized trojanized trojanised
		injected pushed pushes published publish serve serves served distribute over
		planted plants`)
	unHarm = wordSet(`malware malicious rogue stealer infostealer backdoor backdoors backdoored trojan
		trojanized spyware adware cryptominer clipper drainer poisoned`)
	// unVeto in a title: packages never trusted, attacks aimed at
	// developers, policy, research and roundups. unLeadVeto in the lead:
	// what says the packages never were trusted or the target was a
	// developer ("rogue binaries" and "uploaded" tell turned releases too).
	unVeto = union(neverTrusted, evFake, foundIn, wordSet(`uncover uncovers discover discovers uploaded upload uploads found finds spam flooded
		job jobs interview interviews recruiter recruiters lure lures targets target
		targeting repositories repos require requires 2fa revokes revoke deprecates
		suspends study report warn warns could webinar review roundup recap show
		confusion hallucinated names`))
	unNumbers = wordSet(`two three four five six seven eight nine ten dozen dozens hundreds
		thousands`)
	unLapsed   = wordSet("abandoned expired unclaimed orphaned deleted dangling lapsed")
	unLeadVeto = union(evFake, wordSet(`newly disguised posing poses posed job jobs interview
		interviews recruiter recruiters candidates typosquatting spoofing`))
)

// unnamedAlert is best, or, when nothing alerted or best's package
// compromise names only words that are no name (nonNameVendors would drop
// it: "Python Libraries With Millions of Downloads Backdoored"), the
// compromise of trusted packages read without a name (the file's comment).
func (m *Matcher) unnamedAlert(title, lead string, hits []hit, question bool, gate *item, best unit) unit {
	if !ossevOpen(title, lead, gate.gateBits) {
		return best
	}
	if best.ok {
		if best.category != trust.CategoryOSS && best.category != trust.CategoryCompromise {
			return best
		}
		for _, v := range best.vendors {
			if !v.Unlisted || v.Class != "" {
				return best
			}
		}
		if c := best; m.nonNameVendors(title, lead, &c) {
			return best // a name stays
		}
	}
	if u := m.unnamed(title, lead, hits, question); u.ok {
		return u
	}
	return best
}

// unnamed reads a compromise of trusted packages that names none.
func (m *Matcher) unnamed(title, lead string, hits []hit, question bool) unit {
	words := headline(titleWords(title))
	first := firstSentence(lead)
	lw := titleWords(first)
	if evLookalike(words) || evLeadFake(lw) || unVetoed(words, unVeto) || unVetoed(lw, unLeadVeto) || unCounted(words) && !boughtCount(words) {
		return unit{}
	}
	if unNewPackage(words) {
		return unit{}
	}
	eco, kind := unEcosystem(words)
	if eco == "" {
		eco, _ = unEcosystem(lw)
	}
	if kind == "" {
		_, kind = unEcosystem(lw)
	}
	if eco == "" || kind == "" {
		return unit{}
	}
	trusted, owner, account, harm, act, leadAct := false, false, false, false, -1, false
	for i, w := range words {
		l := lower(w)
		trusted, harm = trusted || unTrusted[l], harm || unHarm[l]
		owner, account = owner || unOwners[l], account || unAccount[l]
		if act < 0 && unActAt(words, i) {
			act = i
		}
	}
	for i, w := range lw {
		l := lower(w)
		trusted, harm = trusted || unTrusted[l], harm || unHarm[l]
		owner, account = owner || unOwners[l], account || unAccount[l]
		leadAct = leadAct || unActAt(lw, i)
	}
	if !(trusted || owner && account) || !harm {
		return unit{}
	}
	if act < 0 && leadAct {
		// The title's own harm word ("Distribute Malicious Binaries") is
		// its act when the lead says the harm was served or put in.
		for i, w := range words {
			if unHarm[lower(w)] {
				act = i
				break
			}
		}
	}
	if act < 0 {
		return unit{}
	}
	u := m.shapeUnit(words, act, act, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{{Name: eco + " " + kind, Term: unnamedTerm, Unlisted: true}}
	u.category = trust.CategoryOSS
	u.across = true
	u.evidence = clean(title) + " — " + clean(first)
	return u
}

// unActAt reports whether words[i] is a word of the act ("taken over"
// needs its verb).
func unActAt(words []titleWord, i int) bool {
	l := lower(words[i])
	return unAct[l] && (l != "over" || i > 0 && oneOf(lower(words[i-1]), "take", "takes", "taken", "took", "taking"))
}

// unVetoed reports whether words hold a word of veto. A lapsed resource
// exploited ("exploits abandoned S3 buckets", "exploiting expired
// domains") is the channel taken over, not a flaw used.
func unVetoed(words []titleWord, veto map[string]bool) bool {
	for i, w := range words {
		if veto[lower(w)] && !(strings.HasPrefix(lower(w), "exploit") && i+1 < len(words) && unLapsed[lower(words[i+1])]) {
			return true
		}
	}
	return false
}

// unNewPackage reports whether the title calls its package new ("New npm
// package pushes infostealer"): uploaded so, never trusted.
func unNewPackage(words []titleWord) bool {
	for i, w := range words {
		if lower(w) != "new" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+2; k++ {
			if unKinds[lower(words[k])] {
				return true
			}
		}
	}
	return false
}

// unCounted reports whether the title counts or calls its packages
// malicious ("Hundreds of Malicious npm Packages", "3 PyPI Packages
// Spreading Malware"): a wave found or uploaded so, never trusted (a
// count of trusted ones hijacked is told with their names; a count of
// ones bought, boughtCount in oss12.go, is of trusted ones).
func unCounted(words []titleWord) bool {
	for i, w := range words {
		if isNumber(lower(w)) || unNumbers[lower(w)] {
			// "3 PyPI Packages", "dozens of npm packages": a count.
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				if unKinds[lower(words[k])] {
					return true
				}
			}
		}
		if lower(w) != "malicious" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if unKinds[lower(words[k])] {
				return true
			}
			if words[k-1].stop {
				break
			}
		}
	}
	return false
}

// unEcosystem finds the ecosystem as written ("npm", "VS Code", "Open
// VSX", "open-source", "Docker Hub") and the first kind noun, in plural.
func unEcosystem(words []titleWord) (eco, kind string) {
	lang := false
	for i, w := range words {
		l := lower(w)
		if unKinds[l] && (kind == "" || kind == "packages" && !oneOf(l, "library", "libraries", "project", "projects")) {
			kind = unPlural(l) // a specific kind over a vague one ("projects ... modules")
		}
		if eco != "" && !lang || !unEcosystems[l] {
			continue
		}
		lang = false
		next := ""
		if i+1 < len(words) {
			next = lower(words[i+1])
		}
		switch l {
		case "vs":
			if next == "code" {
				eco = w.text + " " + words[i+1].text
			}
		case "open-source":
			eco = "open-source"
		case "open":
			if next == "source" {
				eco = "open-source"
			} else if next == "vsx" {
				eco = w.text + " " + words[i+1].text
			}
		case "docker":
			if next == "hub" {
				eco = w.text + " " + words[i+1].text
			}
		case "python", "rust", "ruby", "java", "javascript", "php":
			if unKinds[next] {
				eco, lang = w.text, true // "Python libraries", unless a registry is written too
			}
			continue
		case "go", "edge", "chrome", "firefox", "wordpress":
			if unKinds[next] {
				eco = w.text // "Go modules", "Chrome extensions": the kind beside it
			}
		default:
			eco = w.text
		}
	}
	if strings.EqualFold(eco, "crates.io") && kind == "" {
		kind = "crates"
	}
	return eco, kind
}

// unPlural writes a kind noun in plural, so that one ecosystem's stories
// name one vendor ("npm packages") for subscribers and events.
func unPlural(k string) string {
	switch {
	case oneOf(k, "library", "libraries", "project", "projects"):
		return "packages" // a registry's packages, however an outlet calls them
	case strings.HasSuffix(k, "s"):
		return k
	}
	return k + "s"
}
