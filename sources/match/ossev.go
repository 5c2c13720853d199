package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Package compromises read from evidence, not from one word order
// (testdata/ossev.tsv, issue 11's eighth round). Seven rounds of shapes
// each read one headline template; the package news they missed is a long
// tail of wordings ("eslint-config-prettier hijacked after maintainer
// falls for npm phishing lure", "Code generator npm package pushed
// credential stealer to 90,000 weekly users", "Maintainer account
// takeover turns fastapi-jwt-toolkit into a credential stealer"). What
// those share is three independent pieces of evidence, found anywhere in
// the title and the lead:
//
//   - a compromise, in the title, in any verb form of a broad family
//     (hijack, compromise, backdoor, trojanize, weaponize, poison, tamper,
//     infect, take over; turn into a stealer; push, ship or publish harm;
//     a malicious update or release);
//   - a package channel: a kind noun (package, library, crate, gem,
//     extension, add-on, plugin, action, image, chart), a registry (npm,
//     PyPI, Packagist, Docker Hub...), a maintainer, an install script or
//     a download count, in the title or the lead;
//   - the package's name: written as code, quoted, next to its kind noun
//     or the compromise verb in the title, or, for a title that only
//     describes it, in code form in the lead.
//
// The look-alikes are vetoed by what the title says the packages are
// (malicious, fake, typosquatted, impersonating: never trusted) and by
// whom an attack was aimed at (developers lured, maintainers phished with
// nothing published); demos, "could" and counts are the vetoes every oss
// alert meets in match.

// evTurns are the compromise family's words a title's gate reads (every
// verb form); evKinds the channel's. A title with neither set's word
// costs the shape nothing (gateSets).
var (
	evTurns = union(evStrong, evShip, evTakeVerbs, wordSet(`malicious rogue backdoors poisoning tamper tampers infect
		malware stealer infostealer cryptominer trojan wiper spyware skimmer`))
	evKinds = union(packageKinds, wordSet(`action actions image images chart charts sdk sdks
		dependency dependencies npm pypi rubygems nuget packagist maven helm maintainer
		maintainers postinstall preinstall`))  // packageKinds: ossnames.go
)

// union is the set of every word of sets.
func union(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			u[w] = true
		}
	}
	return u
}

// ossevOpen reports whether a title may hold the evidence shape: a word
// of the compromise family, and a channel word or a name written as code.
func ossevOpen(title, lead string, g gateBits) bool {
	return g.has(gEvTurn) && (g.has(gEvKind) || codeTokenIn(title) || lead != "" && gateSets.in(firstSentence(lead)).has(gEvKind))
}

// codeTokenIn reports, without allocating, whether title has a word
// written as code: lower case with an inner hyphen, dot, slash or
// underscore ("eslint-config-prettier", "xrpl.js"). A word with a capital
// is a brand's or English.
func codeTokenIn(title string) bool {
	inner, upper, n, letters, digits := false, false, 0, 0, 0
	for i := 0; i <= len(title); i++ {
		c := byte(' ')
		if i < len(title) {
			c = title[i]
		}
		switch {
		case c >= 'a' && c <= 'z':
			n++
			letters++
		case c >= '0' && c <= '9':
			n++
			digits++
		case c >= 'A' && c <= 'Z':
			upper = true
			n++
		case (c == '-' || c == '.' || c == '/' || c == '_') && n > 0 && i+1 < len(title) && title[i+1] >= 'a' && title[i+1] <= 'z':
			inner = true
		default:
			if !upper && (inner && n > 3 || !inner && letters >= 3 && digits > 0 && title[i-n] >= 'a') {
				return true // code, or a lower-case name with digits ("num2words", digitCode)
			}
			inner, upper, n, letters, digits = false, false, 0, 0, 0
		}
	}
	return false
}

// evStrong are the compromise verbs that say alone that something trusted
// was turned; evShip put harm out ("pushed credential stealer", "ships
// web shell", "updated to steal"), which needs the harm after it.
var (
	evStrong = wordSet("hijack hijacks hijacked hijacking compromise compromises compromised compromising",
		"backdoor backdoored backdooring trojanize trojanizes trojanized trojanised trojanizing",
		"trojanise weaponize weaponizes weaponized weaponised weaponizing poison poisons poisoned",
		"tampered tampering infects infected sabotaged takeover takeovers",
		// A release made impure: "Tainted quux-utils npm package release
		// steals cloud keys" (the twelfth round's grid).
		"tainted taints")
	evShip = wordSet(`push pushes pushed pushing ship ships shipped shipping publish publishes
		published republished deliver delivers delivered drops dropped serves served laced
		updated turns turned turn turning contain contains contained carry carries carried
		hid hides hiding sneak sneaks sneaked snuck slip slips slipped inject injects
		injected plant plants planted bundle bundles bundled goes went gone repointed
		retagged replaced swapped overwritten rewritten rewrote rewrites force-pushed repoints`)
	evHarm = wordSet(`stealer stealers infostealer infostealers malware backdoor backdoors shell webshell
		cryptominer cryptominers miner miners coinminer trojan trojans rat wiper spyware
		skimmer skimmers keylogger ransomware drainer loader dropper malicious worm rootkit
		rogue adware`)
	evHarmVerbs = wordSet(`steal wipe spy track mine exfiltrate drain harvest inject siphon leak
		dump delete erase`)
	// evFake call a title's packages never trusted, whatever their name.
	evFake = wordSet(`fake typosquat typosquats typosquatted typosquatting typo-squatted lookalike look-alike
		impersonate impersonates impersonating impersonation mimic mimics mimicking masquerade
		masquerades masquerading counterfeit copycat clone cloned spoofed bogus knockoff pirated
		cracked slopsquatting`)
	// evLeadKinds say in a lead that the subject is a package.
	evLeadKinds = wordSet("postinstall preinstall maintainer maintainers downloads downloaded installs")
	// evLeadTurn say in a lead that releases were turned.
	evLeadTurn = wordSet(`malicious compromised hijacked backdoored trojanized tampered stolen phished
		published pushed republished takeover poisoned infected obfuscated`)
)

// ossevAlert reads a package compromise from its evidence: a compromise
// word in the title, a package channel in the title or the lead, and a
// name (see the file's comment). Called when no shape read the title.
func (m *Matcher) ossevAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	if !ossevOpen(title, lead, gate.gateBits) {
		return unit{}
	}
	words := headline(gate.words(title))
	lo, hi := evTurnAt(words)
	if lo < 0 || evLookalike(words) || evAttempt(words, lo) {
		return unit{}
	}
	if oneOf(lower(words[lo]), "malicious", "rogue") {
		// "rogue Cline CLI version": a release turned; the channel is
		// untrusted only if another word says so.
		for i, w := range words {
			if (i < lo || i > hi) && neverTrusted[lower(w)] {
				return unit{}
			}
		}
	} else if untrustedChannel(words) {
		return unit{}
	}
	first := firstSentence(lead)
	lw := gate.words(first)
	if evLeadFake(lw) {
		return unit{} // "A typosquat of the popular BoltDB module": never trusted
	}
	if evShip[lower(words[lo])] && !evTrusted(words) && !evTrusted(lw) {
		// "npm package 'quuxify' drops malware": harm put out, and no
		// word that the package was trusted before (a release, an
		// update, its users, its maintainer's account).
		return unit{}
	}
	kindTitle, kindLead := evKindIn(words), evKindIn(lw) || evLeadKind(lw)
	numbered := !kindTitle && !kindLead && (evNumbered(words) || evCodeTurned(words, lo, hi))
	if !kindTitle && !kindLead && !numbered {
		return unit{}
	}
	name := evTitleName(title, words, lo, hi, first, kindTitle)
	if numbered && !codeName(name) && !digitCode(name) && !strings.Contains(name, "/") {
		// "Versions 4.2.1 to 4.2.4 of xrpl.js contained backdoor": the
		// numbered releases are a package's when its name is code; a
		// brand's are its firmware's.
		return unit{}
	}
	across := false
	if name == "" {
		if !kindTitle || evAttributive(words, lo, hi) {
			// "tool to detect compromised npm packages": the packages
			// described, not the news's predicate; the lead's name is no
			// subject of the title's.
			return unit{}
		}
		// A title that only describes the package ("Code generator npm
		// package pushed credential stealer"): the lead's name in code
		// form.
		if oneOf(lower(words[lo]), "laced", "infected") {
			return unit{} // "images laced with cryptominers": uploaded so, mostly (takeoverVerbs)
		}
		if name = leadCodeToken(lw); name == "" || evKinds[strings.ToLower(name)] || isNumber(strings.TrimPrefix(name, "v")) {
			name = evLeadTitleName(lw)
		}
		if name == "" {
			// "Versions 2.1.0 and 2.1.1 of quuxparse": a lower-case name
			// after "of" or a release verb (names4.go); not one before a
			// place ("public GitHub repositories").
			if n := codeNameInLead(lw); n != "" && evAfterOf(lw, n) {
				name = n
			}
		}
		if name == "" || registryWord(name) || evKinds[strings.ToLower(name)] {
			return unit{}
		}
		across = true
	} else if !kindTitle && !numbered && !codeName(name) && !evLeadTurned(lw) {
		// A plain word named again in the lead ("coa") needs the lead to
		// say the releases were turned; a name written as code is a
		// package's already.
		return unit{}
	}
	if threatActor(words, name) || malwareName(name) {
		return unit{}
	}
	u := m.shapeUnit(words, lo, hi, trust.CategoryOSS, hits, question, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{m.hitFor(name)}
	u.category = trust.CategoryOSS
	u.evidence = clean(title)
	if across {
		u.across = true
		u.evidence = clean(title) + " — " + clean(first)
	}
	u.shapeEnd = words[hi].end
	return u
}

// evTurnAt finds the title's compromise: a strong verb ("hijacked",
// "weaponized", "account takeover"), harm put out ("pushed credential
// stealer", "ships web shell", "updated to steal", "turns X into a
// credential stealer"), a malicious release ("after malicious update"), or
// a channel hit ("npm packages hit"). It returns the span, or -1.
func evTurnAt(words []titleWord) (int, int) {
	for i, w := range words {
		l := lower(w)
		if evStrong[l] || l == "backdoors" && i > 0 && i+1 < len(words) && !w.stop && evCodeWord(words, i+1) {
			return i, i // "Worm backdoors quux-fmt": the noun's form a verb before a name written as code
		}
		if i+2 < len(words) && !w.stop && !words[i+1].stop && evCodeWord(words, i+2) &&
			(evTakeVerbs[l] && lower(words[i+1]) == "over" || oneOf(l, "tamper", "tampers", "tampered") && lower(words[i+1]) == "with") {
			return i, i + 1 // "Attackers take over quux-fmt", "tampered with zorb_utils"
		}
		if l != "malicious" && l != "rogue" {
			continue
		}
		if i+1 < len(words) && !w.stop && (releaseNouns[lower(words[i+1])] || oneOf(lower(words[i+1]), "update", "updates", "version", "versions", "release", "releases")) {
			return i, i + 1
		}
		if i+2 < len(words) && !w.stop && !words[i+1].stop && codeForm(words[i+1].text) && versionWord(words[i+2].text) {
			return i, i + 2 // "Malicious quux-fmt 2.6.2": a release of a package named as code
		}
		for k := i + 2; k < len(words) && k <= i+3 && !words[k-1].stop; k++ {
			if oneOf(lower(words[k]), "update", "version", "release") ||
				k == i+2 && oneOf(lower(words[k]), "updates", "versions", "releases") && codeName(words[i+1].text) {
				return i, k // "rogue Cline CLI version"
			}
		}
	}
	for i, w := range words {
		l := lower(w)
		if !evShip[l] {
			continue
		}
		// The harm within a few words, in one clause: "pushed credential
		// stealer", "shipped with a prompt to wipe", "turns X into a
		// credential stealer", "updated to steal"; a purpose clause may
		// stand past the channel it names ("force-pushed tags of the
		// zorb-cache GitHub Action to steal secrets").
		for k := i + 1; k < len(words) && k <= i+8; k++ {
			lk := lower(words[k])
			if k <= i+6 && (evHarm[lk] && !(lk == "malicious" && k+1 < len(words) && evKindWord(lower(words[k+1]))) ||
				evHarmAdjective(lk)) || lk == "to" && k+1 < len(words) && evHarmVerbs[lower(words[k+1])] {
				return i, min(k+1, len(words)-1)
			}
			if words[k].stop {
				break
			}
		}
	}
	// Harm put into a package named as code: "leads to malware in
	// eslint-config-prettier"; harm found running after a token's theft:
	// "image for kube-lineage found running cryptominer after registry
	// token theft".
	for i := 0; i+2 < len(words); i++ {
		if evHarm[lower(words[i])] && lower(words[i]) != "malicious" && oneOf(lower(words[i+1]), "in", "into") && !words[i].stop &&
			(codeName(words[i+2].text) && !hyphenAdjective(lower(words[i+2])) || releaseOfCode(words, i+2)) {
			return i, i + 1
		}
	}
	for i := 0; i+1 < len(words); i++ {
		a, b := lower(words[i]), lower(words[i+1])
		if oneOf(a, "token", "tokens", "key", "keys", "credential", "credentials", "password") && oneOf(b, "theft", "leak", "stolen", "leaked") ||
			oneOf(a, "stolen", "leaked", "phished") && oneOf(b, "token", "tokens", "key", "keys", "credentials", "password") {
			for _, w := range words {
				if evHarm[lower(w)] && lower(w) != "malicious" || evHarmAdjective(lower(w)) {
					return i, i + 1
				}
			}
		}
	}
	return -1, -1
}

// releaseOfCode reports whether the words from i are a release of a
// package named as code: "new release of zorb-logger", "latest version of
// quux-utils" (harm put in a release of it).
func releaseOfCode(words []titleWord, i int) bool {
	if i < len(words) && oneOf(lower(words[i]), "new", "latest", "recent", "a", "the") {
		i++
	}
	return i+2 < len(words) && oneOf(lower(words[i]), "release", "version", "update", "build") && !words[i].stop &&
		lower(words[i+1]) == "of" && codeName(words[i+2].text) && !hyphenAdjective(lower(words[i+2]))
}

// evTrust say a package had users or owners before it was turned: a
// release or update, a maintainer, an account or token taken, a count of
// users or downloads, a sale.
var evTrust = wordSet(`update updates updated version versions release releases patch maintainer
	maintainers maintainer's account accounts token tokens phished hijacked compromised
	popular weekly sold owner owners official
	legitimate trusted takeover`)

// evTrusted reports whether words hold a word of evTrust.
func evTrusted(words []titleWord) bool {
	for _, w := range words {
		if evTrust[lower(w)] {
			return true
		}
	}
	return false
}

// evHarmAdjective is a harm written as an adjective: "credential-stealing",
// "data-harvesting", "wallet-draining".
func evHarmAdjective(l string) bool {
	for _, suf := range []string{"-stealing", "-harvesting", "-draining", "-wiping", "-mining", "-spying"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// evKindWord is a package channel's kind or registry word.
func evKindWord(l string) bool {
	return evKinds[l] && !evLeadKinds[l] || evRegistries[l]
}

// evRegistries are the package registries among registries: a browser,
// a host or a language alone ("Chrome", "GitHub", "Python") is no
// package.
var evRegistries = wordSet(`npm pypi rubygems crates.io nuget packagist openvsx open-vsx maven cargo
	composer homebrew conda cocoapods jetbrains vscode`)

// evKindIn reports whether words name a package channel.
func evKindIn(words []titleWord) bool {
	for i, w := range words {
		l := lower(w)
		if evKindWord(l) && !(oneOf(l, "action", "actions", "image", "images", "chart", "charts") && !evChannelContext(words, i)) ||
			oneOf(l, "maintainer", "maintainers", "postinstall", "preinstall", "downloads") {
			return true
		}
		if i+1 < len(words) {
			if _, ok := registryPairs[l+" "+lower(words[i+1])]; ok {
				return true
			}
		}
	}
	return false
}

// evChannelContext reports whether an ambiguous kind word (an action, an
// image, a chart) is a package's: "GitHub Action", "Docker image", "Helm
// chart", or a name written as code beside it.
func evChannelContext(words []titleWord, i int) bool {
	if i > 0 && oneOf(lower(words[i-1]), "github", "docker", "helm", "container", "ci", "workflow") {
		return true
	}
	return i > 0 && codeName(words[i-1].text) || i+1 < len(words) && codeName(words[i+1].text)
}

// evLeadKind reports whether a lead tells of a package: an install
// script, a maintainer, a download count, an owner's path, malicious
// versions.
func evLeadKind(lw []titleWord) bool {
	for i, w := range lw {
		l := lower(w)
		if evLeadKinds[l] || w.slash && i+1 < len(lw) && lw[i+1].start == w.end+1 && w.lc() == w.text {
			return true // a maintainer, a download count, an owner's path ("reviewdog/action-setup")
		}
		if oneOf(l, "version", "versions", "release", "releases") && i > 0 && oneOf(lower(lw[i-1]), "malicious", "tampered", "trojanized", "rogue", "poisoned") {
			return true // "malicious versions": releases turned, a package's (a vendor's firmware is "vulnerable versions")
		}
	}
	return false
}

// evLeadTurned reports whether a lead says releases were turned, in words
// of its own (a lead under a title that only describes its package, or a
// title with no channel word).
func evLeadTurned(lw []titleWord) bool {
	for _, w := range lw {
		if l := lower(w); evLeadTurn[l] || evHarm[l] {
			return true
		}
	}
	return false
}

// evLookalike reports whether a title says its packages never were
// trusted: fakes, typosquats, impersonations, pirated copies, lures
// aimed at developers; malicious or rogue packages ("60 malicious npm
// packages"), which were uploaded so, not turned.
func evLookalike(words []titleWord) bool {
	for i, w := range words {
		l := lower(w)
		if evFake[l] {
			return true
		}
		if (l == "malicious" || l == "rogue" || l == "new") && !w.stop {
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				lk := lower(words[k])
				if evKinds[lk] && !evLeadKinds[lk] && strings.HasSuffix(lk, "s") {
					return true
				}
				if words[k].stop || releaseNouns[lk] {
					break
				}
			}
		}
		if oneOf(l, "could", "would", "lets", "allows") || i < len(words)-1 && oneOf(l, "flaw", "flaws", "vulnerability", "vulnerabilities", "bug") &&
			!evStrong[lower(words[i+1])] {
			return true // "plugin could let hackers hijack sites", "flaw in npm package lets attackers ..."
		}
		if oneOf(l, "target", "targets", "targeting", "targeted") && i+1 < len(words) &&
			oneOf(lower(words[i+1]), "developers", "maintainers", "devs", "programmers", "engineers") {
			return true
		}
	}
	return false
}

// evTitleName is the package the title names: next to its kind noun
// ("Helm chart image for kube-lineage", "DuckDB npm packages", "Nx build
// system packages"), inside a malicious release ("rogue Cline CLI
// version"), quoted ("the 'rc' npm package", never a campaign's "'s1ngularity'
// attack"), written as code beside the compromise or a kind noun, or
// named again in the lead ("eslint-config-prettier hijacked"), or beside
// the compromise verb and named again in the lead ("parser coa
// compromised"). A name with no mark of a package's (code form, a quote,
// a capital inside) must stand beside its kind noun, or be named again in
// the lead.
func evTitleName(title string, words []titleWord, lo, hi int, lead string, kindTitle bool) string {
	ok := func(i int) bool {
		if i < 0 || i >= len(words) || i >= lo && i <= hi && !(i > lo && i < hi) {
			return false
		}
		l := lower(words[i])
		return !evKinds[l] && !registryWord(l) && !evTurns[l] && !evHarm[l] && !generic[l] && nameWord(words[i]) &&
			!strings.HasPrefix(l, "cve-") && vendorName(words[i].text) && !webDomain(words[i].text)
	}
	marked := func(i int) bool {
		t := words[i].text
		return words[i].quoted || codeName(t) && !hyphenAdjective(lower(words[i])) || words[i].slash ||
			i > 0 && words[i-1].slash || len(t) > 1 && hasUpperOrDigit(t[1:]) && !isAllUpper(t)
	}
	again := func(i int) bool { return lead != "" && wordIn(lead, words[i].text) }
	if kindTitle {
		for c, w := range words {
			if !evKindWord(lower(w)) || registries[lower(w)] {
				continue
			}
			// After the kind noun: "extension Ethcode", "image for kube-lineage".
			a := c + 1
			if a < len(words) && !w.stop && oneOf(lower(words[a]), "for", "of") && a+1 < len(words) && codeName(words[a+1].text) {
				a++
			}
			if a < len(words) && !words[a-1].stop && ok(a) && (marked(a) || hasUpperOrDigit(words[a].text) && again(a)) {
				return slashPath(words, a)
			}
			// Before it, past registries and lower-case descriptors:
			// "DuckDB npm packages", "Toptal's Picasso design system
			// packages", "Amazon's AI coding extension".
			b, skipped := c-1, 0
			for b >= 0 && !words[b].stop {
				lb := lower(words[b])
				if registryWord(lb) || evKindWord(lb) {
					b--
					continue
				}
				descr := !hasUpperOrDigit(words[b].text) || generic[lb] || notVendors[lb] || isAllUpper(words[b].text) && len(lb) <= 3
				if skipped == 3 || !descr || evTurns[lb] || marked(b) || stopWords[lb] {
					break
				}
				skipped++
				b--
			}
			if b >= 0 && ok(b) && !marked(b) && !again(b) && isTitleCase(words) {
				// A title in title case capitalises its descriptors too
				// ("Nx Build System Packages"): the word the lead names
				// again, a word or two further back.
				for k := b - 1; k >= 0 && k >= b-2 && !words[k].stop; k-- {
					if ok(k) && again(k) {
						b = k
						break
					}
				}
			}
			if b >= 0 && ok(b) && (marked(b) || hasUpperOrDigit(words[b].text) && (b > 0 || again(b))) {
				return slashPath(words, b)
			}
		}
	}
	// After its registry: "npm's rc configuration loader", "PyPI
	// package ctx".
	for i := 1; i < len(words); i++ {
		if evRegistries[lower(words[i-1])] && !words[i-1].stop && ok(i) && (marked(i) || again(i)) {
			return slashPath(words, i)
		}
	}
	// Inside a malicious release: "rogue Cline CLI version".
	if hi-lo >= 2 && ok(lo+1) && hasUpperOrDigit(words[lo+1].text) {
		return words[lo+1].text
	}
	if hi-lo == 2 && codeForm(words[lo+1].text) && (versionWord(words[hi].text) || oneOf(lower(words[hi]), "versions", "releases", "updates")) {
		return words[lo+1].text // "Malicious pytorch-lightning 2.6.2" (evTurnAt)
	}
	for i := range words {
		// A quoted word is a name whatever word it is ("the 'is'
		// package"), but no campaign's ("'s1ngularity' attack").
		if l := lower(words[i]); words[i].quoted && i != lo && !evKinds[l] && !registryWord(l) && !evTurns[l] &&
			!(i+1 < len(words) && campaignNouns[lower(words[i+1])]) {
			return words[i].text
		}
	}
	// Written as code: beside the compromise or a kind noun, named again
	// in the lead, or plainly code (a dot, a slash, an underscore, two
	// hyphens); "follow-up" far from both is English.
	for i := range words {
		if !codeName(words[i].text) || !ok(i) || hyphenAdjective(lower(words[i])) {
			continue
		}
		t := words[i].text
		near := i >= lo-2 && i <= hi+2 || i > 0 && evKindWord(lower(words[i-1])) || i+1 < len(words) &&
			(evKindWord(lower(words[i+1])) || oneOf(lower(words[i+1]), "release", "releases", "version", "versions", "update", "updates"))
		if near || again(i) || strings.ContainsAny(t, "./_") || strings.Count(t, "-") >= 2 {
			return slashPath(words, i)
		}
	}
	// Beside the compromise verb: "parser coa compromised", "turns
	// Zorbkit into".
	for _, i := range []int{lo - 1, hi + 1} {
		if ok(i) && (marked(i) || again(i) && (packageToken(words[i].text) || hasUpperOrDigit(words[i].text))) {
			return slashPath(words, i)
		}
	}
	// A lower-case name right before a strong verb in a title that names
	// a registry or a kind: "Crypto API client aiocpa backdoored on
	// PyPI" (what stands there is otherwise the channel's own noun:
	// "PyPI account hijacked", "npm registry compromised").
	if e := lo - 1; kindTitle && evStrong[lower(words[lo])] && !evBeforeKind(words, hi) && e > 0 && !oneOf(lower(words[e-1]), "to", "and", "or") &&
		ok(e) && !hasUpperOrDigit(words[e].text) && packageToken(words[e].text) && !strings.HasSuffix(lower(words[e]), "ly") &&
		!oneOf(lower(words[e]), "never", "not", "now", "also", "still", "again", "been", "being", "was", "were", "got", "gets") &&
		!evNotName[lower(words[e])] && !kindNouns[lower(words[e])] && !channelModifiers[lower(words[e])] && !placeWords[lower(words[e])] {
		return words[e].text
	}
	// A capitalised name right before it, its first word named again in
	// the lead: "Kong Ingress Controller compromised with cryptominer" —
	// "Kong says ...".
	if e := lo - 1; e > 0 && !words[e].stop && nameWord(words[e]) && hasUpperOrDigit(words[e].text[:1]) && !registryWord(lower(words[e])) {
		b := e
		for b > 0 && b > e-2 && !words[b-1].stop && nameWord(words[b-1]) && hasUpperOrDigit(words[b-1].text[:1]) &&
			!registryWord(lower(words[b-1])) && !evKinds[lower(words[b-1])] {
			b--
		}
		if n := joinSpan(words, b, e); b < e && again(b) && vendorName(n) && !threatActor(words, n) {
			return n
		}
	}
	return ""
}

// evBeforeKind reports whether the compromise ending at hi describes the
// kind noun or registry after it ("to curb hijacked packages"): no
// predicate whose subject stands before it.
func evBeforeKind(words []titleWord, hi int) bool {
	return hi+1 < len(words) && !words[hi].stop && (evKindWord(lower(words[hi+1])) || registryWord(lower(words[hi+1])))
}

// evNotName are the nouns that stand before a compromise verb in a
// package title and are none of its names: the registry's parts, the
// developer's, the build's.
var evNotName = wordSet(`registry registries ecosystem ecosystems infrastructure token tokens credentials
	keys key server servers site website pipeline pipelines workflow workflows build
	builds developer developers maintainer maintainers users code project projects release
	releases version versions update updates supply chain network networks system systems
	app apps tool tools devices device firm company websites portal store utility
	utilities parser helper helpers framework client loader formatter linter generator`)

// evAfterOf reports whether name stands in lw after "of" or a release
// verb ("versions 2.1.0 and 2.1.1 of quuxparse", "published quuxparse
// 2.1.0"), where a lead names a package; before a channel word it is as
// often a description ("public GitHub repositories", "checks package
// versions").
func evAfterOf(lw []titleWord, name string) bool {
	for i := 1; i < len(lw); i++ {
		if lw[i].text == name || lw[i].slash && lw[i].text+"/"+lw[min(i+1, len(lw)-1)].text == name {
			return lower(lw[i-1]) == "of" && !lw[i-1].stop || releasedAs(lw, i)
		}
	}
	return false
}

// evCodeTurned reports whether a strong compromise word (lo..hi) stands
// beside a name written as code, its object or its subject: "Attackers
// hijack zorb_utils", "Trojanized quux-fmt releases", "zorb-utils
// backdoored to steal keys". A name written as code is a package's, so
// the title is its own channel with no registry or kind word; a plain
// word there ("hijack accounts") is none.
func evCodeTurned(words []titleWord, lo, hi int) bool {
	if hi == lo+2 && oneOf(lower(words[lo]), "malicious", "rogue") && codeForm(words[lo+1].text) {
		return true // "Malicious quux-fmt versions", "Malicious quux-fmt 2.6.2"
	}
	if hi == lo+1 && oneOf(lower(words[hi]), "over", "with") {
		lo = hi // "take over", "tamper with": the name after the particle
	} else if !evStrong[lower(words[lo])] && lower(words[lo]) != "backdoors" || lo != hi {
		return false
	}
	for _, i := range []int{lo - 1, hi + 1} {
		if i < 0 || i >= len(words) || i < lo && words[i].stop || i > hi && words[hi].stop {
			continue
		}
		// What follows the name, or the verb after it, ends the phrase:
		// "hijack quux-fmt to steal", "quux-fmt backdoored in ...";
		// a word it describes is English ("backdoor business-grade
		// routers", "auto-isolates compromised accounts").
		e := i
		if e < lo && lower(words[lo]) == lower(words[hi]) && oneOf(lower(words[hi]), "over", "with") {
			continue
		}
		if e < lo {
			if !strings.HasSuffix(lower(words[lo]), "ed") {
				continue // a noun after it: "the lottie-player compromise", "late-night compromise"
			}
			e = hi
		} else if oneOf(lower(words[lo]), "takeover", "takeovers") {
			continue
		} else if words[e].slash && e+1 < len(words) {
			e++ // "zorb/utils"
		}
		if evCodeWord(words, i) && (words[e].stop || e+1 == len(words) || evPhraseEnd(lower(words[e+1]))) {
			return true
		}
	}
	return false
}

// evTakeVerbs take a package over ("took over quux-fmt").
var evTakeVerbs = wordSet("take takes took taken taking")

// evPhraseEnd reports whether l ends the phrase of a compromise and the
// package it names: a preposition, the package's releases or kind, or a
// verb of what the release did ("Hijacked quux-fmt steals keys").
func evPhraseEnd(l string) bool {
	return oneOf(l, "to", "in", "into", "with", "on", "via", "after", "for", "as", "at", "from", "by", "amid", "and",
		"release", "releases", "version", "versions", "update", "updates", "package", "packages", "library") ||
		evShip[l] || strings.HasSuffix(l, "s") && evHarmVerbs[strings.TrimSuffix(l, "s")] || oneOf(l, "spreads", "installs", "mines", "steals")
}

// evCodeRecast reports whether a compromise alert is a package's: its one
// vendor is unlisted and written as code beside the title's strong
// compromise word ("num2zorb hijacked in supply chain attack",
// "@zorb/utils backdoored"), which evCodeTurned reads as a package
// compromise whatever shape alerted first. Read on compromise alerts
// only.
func evCodeRecast(title string, a *trust.Alert) bool {
	if len(a.Vendors) != 1 || !a.Vendors[0].Unlisted || evLookalikeTitle(title) {
		return false
	}
	words := headline(titleWords(title))
	lo, hi := evTurnAt(words)
	if lo < 0 || !evCodeTurned(words, lo, hi) {
		return false
	}
	n := a.Vendors[0].Name
	for _, i := range []int{lo - 1, hi + 1} {
		if i >= 0 && i < len(words) && evCodeWord(words, i) && strings.Contains(slashPath(words, i), n) {
			return true
		}
	}
	return false
}

// evLookalikeTitle is evLookalike and untrustedChannel of a title.
func evLookalikeTitle(title string) bool {
	words := headline(titleWords(title))
	return evLookalike(words) || untrustedChannel(words)
}

// evCodeWord reports whether words[i] is a package's name as a registry
// writes it: code ("quux-fmt", "zorb_utils"), a scope's or an owner's
// path ("@zorb/utils", "zorb/utils"), or a lower-case word with digits
// in it ("num2words", "zorb2"); a version, a CVE or a web domain is none.
func evCodeWord(words []titleWord, i int) bool {
	t := words[i].text
	if webDomain(t) {
		return false
	}
	if codeName(t) {
		return !hyphenAdjective(lower(words[i]))
	}
	path := func(a int) bool { // a lower-case owner/repo pair from a
		return a >= 0 && a+1 < len(words) && words[a].slash && words[a+1].start == words[a].end+1 &&
			strings.ToLower(words[a].text) == words[a].text && strings.ToLower(words[a+1].text) == words[a+1].text &&
			len(words[a].text) > 1 && len(words[a+1].text) > 1 && !stopWords[words[a].text] && !stopWords[words[a+1].text]
	}
	return path(i) || path(i-1) || digitCode(t)
}

// codeForm reports whether w is written as code, lower case with an
// inner dot, hyphen or underscore, whatever its last part: before a
// version "pytorch-lightning" is a package, not a hyphenated adjective
// (codeName).
func codeForm(w string) bool {
	return strings.ToLower(w) == w && strings.ContainsAny(strings.Trim(w, ".-_"), ".-_") && !isNumber(w)
}

// digitCode reports whether w is a lower-case name with letters and
// digits ("num2words", "zorb2"), not a version, a count or a CVE: three
// letters at least, first a letter.
func digitCode(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || strings.HasPrefix(w, "cve") {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		default:
			return false
		}
	}
	return letters >= 3 && digits > 0
}

// evNumbered reports whether a title numbers the releases it tells of
// ("Versions 4.2.1 to 4.2.4 of", "v2.3.0 of").
func evNumbered(words []titleWord) bool {
	for i := 0; i+1 < len(words); i++ {
		if oneOf(lower(words[i]), "version", "versions", "release", "releases") && strings.Contains(words[i+1].text, ".") &&
			isNumber(strings.TrimPrefix(lower(words[i+1]), "v")) {
			return true
		}
	}
	return false
}

// evLeadFake reports whether a lead calls the package a fake: a fake
// word before a kind noun or "of" ("a typosquat of the BoltDB module",
// "the fake extension"), not before a phishing site ("a typosquatted
// npmjs domain", "a fake npm login page": the registry there is the
// site's, and its phrase ends in the lure's noun).
func evLeadFake(lw []titleWord) bool {
	for i, w := range lw {
		if !evFake[lower(w)] || oneOf(lower(w), "cracked", "lure", "lures") {
			continue
		}
		for k := i + 1; k < len(lw) && k <= i+3; k++ {
			lk := lower(lw[k])
			if evKindWord(lk) || lk == "of" && k == i+1 {
				if !phishingPhrase(lw, k) {
					return true
				}
				break
			}
			if lw[k-1].stop {
				break
			}
		}
	}
	return false
}

// phishingSites are the nouns a phishing lure's phrase ends in.
var phishingSites = wordSet(`login page pages site sites website websites domain domains email
	emails portal form prompt prompts link links message messages`)

// phishingPhrase reports whether the phrase of the registry word at k
// ends in a phishing site's noun within two words ("npm login page",
// "PyPI support email").
func phishingPhrase(lw []titleWord, k int) bool {
	for j := k; j < len(lw) && j <= k+2; j++ {
		if j > k && phishingSites[lower(lw[j])] {
			return true
		}
		if lw[j].stop {
			break
		}
	}
	return false
}

// evAttempt reports whether the compromise at lo was only tried ("tried
// to hijack quux-date, but the maintainer spotted the phishing email").
func evAttempt(words []titleWord, lo int) bool {
	for k := max(0, lo-3); k < lo; k++ {
		if oneOf(lower(words[k]), "tried", "tries", "try", "trying", "attempt", "attempts", "attempted", "failed", "foiled",
			"thwarted", "nearly", "almost") {
			return true
		}
	}
	return false
}

// evAttributive reports whether the compromise at lo..hi only describes
// a kind noun right after it ("detect compromised npm packages"), in a
// title whose own verb is another.
func evAttributive(words []titleWord, lo, hi int) bool {
	if lo != hi || lo == 0 || hi+1 >= len(words) || words[hi].stop {
		return false
	}
	next := lower(words[hi+1])
	if !evKindWord(next) && !registryWord(next) {
		return false
	}
	// The verb before it: "to detect", "scans for", "warns of".
	for k := lo - 1; k >= 0 && k >= lo-3; k-- {
		l := lower(words[k])
		if oneOf(l, "to", "for", "of", "detect", "detects", "find", "finds", "spot", "spots", "flag", "flags", "scan", "scans", "about", "against") {
			return true
		}
	}
	return false
}

// evLeadTitleName is the name a lead gives in title case for a title that
// only describes its package ("Mozilla blocked Tab Saver Plus", "Versions
// of Nano Defender pushed by its new owners", "the Quick Tab Switcher
// extension"): two to four capitalised words, not the sentence's first,
// after an object's word (of, the, a store's removal verb) or before a
// kind noun. A single word needs a capital inside ("DuckDB").
func evLeadTitleName(lw []titleWord) string {
	for i := 0; i < len(lw); i++ {
		if !hasUpperOrDigit(lw[i].text[:1]) || !nameWord(lw[i]) || registryWord(lower(lw[i])) || generic[lower(lw[i])] {
			continue
		}
		e := i
		for e+1 < len(lw) && e < i+3 && !lw[e].stop && hasUpperOrDigit(lw[e+1].text[:1]) && nameWord(lw[e+1]) &&
			!registryWord(lower(lw[e+1])) && !generic[lower(lw[e+1])] {
			e++
		}
		var before bool
		if i == 0 {
			// The lead's subject: "Zorb Dark Mode, with 800,000 users,
			// now ...", "Quux Translate's new owner pushed ...".
			before = e > i && e+1 < len(lw) && (lw[e].stop && oneOf(lower(lw[e+1]), "with", "which", "whose", "a", "an") ||
				oneOf(lower(lw[e+1]), "new", "owner", "owners", "developer", "developers", "maintainer", "maintainers") && !lw[e].stop)
		} else {
			prev := lower(lw[i-1])
			before = !lw[i-1].stop && (oneOf(prev, "of", "the", "removed", "pulled", "blocked", "disabled", "delisted", "killed", "banned") ||
				prev == "to" && i > 1 && oneOf(lower(lw[i-2]), "update", "updates", "version", "release"))
		}
		next := e + 1
		for next < len(lw) && next <= e+2 && registryWord(lower(lw[next])) {
			next++
		}
		kind := next < len(lw) && evKindWord(lower(lw[next]))
		t := lw[i].text
		if (e > i || len(t) > 1 && hasUpperOrDigit(t[1:]) && !isAllUpper(t)) && (before || kind || releasedBy(lw, e)) {
			n := joinSpan(lw, i, e)
			if vendorName(n) && !threatActor(lw, n) {
				return n
			}
		}
		i = e
	}
	return ""
}

// releasedBy reports whether the name ending at word e is the subject of
// a release put out ("Months after it was sold, WP Cache Booster pushed
// an update that..."): a verb of pushing and a release within three
// words after it.
func releasedBy(lw []titleWord, e int) bool {
	if e+2 >= len(lw) || lw[e].stop || !oneOf(lower(lw[e+1]), "pushed", "pushes", "published", "publishes", "shipped", "ships",
		"released", "releases", "issued", "rolled") {
		return false
	}
	for k := e + 2; k < len(lw) && k <= e+4; k++ {
		if oneOf(lower(lw[k]), "update", "updates", "version", "versions", "release", "releases") {
			return true
		}
		if lw[k].stop {
			break
		}
	}
	return false
}

// slashPath is the owner's path a code word begins or ends
// ("reviewdog/action-setup"), else the word.
func slashPath(words []titleWord, i int) string {
	if words[i].slash && i+1 < len(words) {
		return words[i].text + "/" + words[i+1].text
	}
	if i > 0 && words[i-1].slash {
		return words[i-1].text + "/" + words[i].text
	}
	return words[i].text
}

// webDomain reports whether w is a web domain ("npmjs.help"), a phishing
// site's name rather than a package's.
func webDomain(w string) bool {
	j := strings.LastIndexByte(w, '.')
	return j > 0 && webTLDs[strings.ToLower(w[j+1:])]
}

// isAllUpper reports whether w has no lower-case letter ("AI", "CLI").
func isAllUpper(w string) bool { return strings.ToUpper(w) == w }

// wordIn reports whether s holds w as a whole word, case as written.
func wordIn(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		if (j == 0 || !isTitleRuneAt(s, j-1)) && (e >= len(s) || !isTitleRuneAt(s, e)) {
			return true
		}
		i = j + 1
	}
}
