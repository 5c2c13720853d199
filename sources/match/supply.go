package match

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A supply-chain headline has a shape the lexicon's phrases cannot list:
// a release channel (a package, an extension, a plugin, a GitHub Action,
// an update server, an installer) next to a verb that turns it against
// its users ("hijacked", "compromised", "backdoored", "hacked to steal"),
// whatever words stand between them ("Gluestack npm packages with 960K
// weekly downloads compromised", "Hijacked PyPI package ctx steals AWS
// keys", "its Chrome extension was hijacked"). Or a backdoor found in a
// product ("Backdoor account discovered in Zyxel firewalls"). The name
// of what was turned stands next to the channel's words, and packages are
// often written in lower case ("rand-user-agent npm package hijacked").
//
// A channel that was never trusted is no compromise (trust-events.md):
// a title that calls its packages fake, typosquatted or impersonating is
// not read.

// supplyHit is a supply-chain shape found in a title or sentence.
type supplyHit struct {
	category trust.Category // oss for a package, extension or repository; else compromise
	term     string         // the channel and verb as written, for why
	name     string         // what was turned, as written; "" when the words do not name it
	// leadNoun is the noun the lead names when the title does not: the
	// devices ("phones") or the maker ("printer company"); see leadBrand.
	leadNoun string
	// head is what a product the title only describes is ("monitors" of
	// "two healthcare patient monitors"): the lead's brand for that kind
	// names it when nothing else does (backdoor9.go).
	head string
	// lo and hi are the shape's first and last word.
	lo, hi int
}

// supplyWeight is the shape's weight: a core signal on its own.
const supplyWeight = 4.0

// Kinds of channel words.
const (
	chNone    = iota
	chModify  // a word that describes a channel: "npm", "popular", "Chrome"
	chOSS     // a package, extension, plugin, library, action, repository
	chVendor  // the vendor's own distribution: update server, installer, script
	chProduct // a product: turned only with a purpose ("app hacked to steal")
)

// channelKind classifies words[i] given its neighbours.
func channelKind(words []titleWord, i int) int {
	w := strings.ToLower(strings.TrimRight(words[i].text, "."))
	prev := ""
	if i > 0 && !words[i-1].stop {
		prev = words[i-1].lc()
	}
	switch w {
	case "package", "packages", "library", "libraries", "extension", "extensions", "plugin", "plugins", "addon",
		"addons", "add-on", "add-ons", "module", "modules", "gem", "gems", "crate", "crates", "sdk", "sdks",
		"repository", "repositories", "repo", "repos", "dependency", "dependencies", "version", "versions",
		"release", "releases", "mod", "mods", "builds", "wheel", "wheels", "lib", "libs":
		return chOSS
	case "action", "actions", "organization", "organisation", "org", "workflow", "workflows":
		if prev == "github" || prev == "gitlab" || (w == "workflow" || w == "workflows") && (prev == "actions" || prev == "action") ||
			(w == "action" || w == "actions") && actionNamed(words, i) {
			return chOSS
		}
	case "account", "accounts":
		// The account that publishes a package: "Toptal GitHub
		// account", "maintainer account".
		switch prev {
		case "github", "gitlab", "npm", "pypi", "maintainer", "maintainers", "publisher", "developer":
			return chOSS
		}
		if registryAccount(words, i) || os12OwnerAccount(words, i) {
			return chOSS // "Docker Hub account of X", "RubyGems account behind X" (ossnames.go); "X maintainer's NuGet account" (oss12r.go)
		}
	case "image", "images":
		// A container image: "Kong Ingress Controller image", "Docker
		// image"; not a picture.
		if prev == "docker" || prev == "hub" || prev == "container" || prev == "iso" ||
			i > 0 && hasUpperOrDigit(words[i-1].text) && nameWord(words[i-1]) && !words[i-1].stop {
			return chOSS
		}
	case "project", "projects":
		// "GitHub projects", "open-source projects": code others build.
		if channelModifiers[prev] && prev != "popular" && prev != "security" && prev != "data" {
			return chOSS
		}
	case "loader", "loaders", "middleware", "cli":
		// A package's kind after its ecosystem or name ("Webpack
		// loader"); a malware loader is not one.
		if channelModifiers[prev] && prev != "popular" ||
			i > 0 && hasUpperOrDigit(words[i-1].text) && nameWord(words[i-1]) && !words[i-1].stop {
			return chOSS
		}
	case "theme", "themes":
		// "VS Code theme", "WordPress themes": an editor's or a CMS's
		// extensions by another name.
		if channelModifiers[prev] && prev != "popular" && prev != "official" {
			return chOSS
		}
	case "tap", "taps", "formula", "formulae", "cask", "casks":
		// Homebrew's own channels: "Homebrew tap compromised".
		if prev == "homebrew" {
			return chOSS
		}
	case "assistant", "assistants", "agent", "agents":
		// An AI coding assistant ships as an editor extension ("Amazon
		// Q coding assistant"); an agent of a firm is no channel.
		if prev == "coding" {
			return chOSS
		}
	case "model", "models":
		if prev == "ai" || prev == "ml" || prev == "pypi" {
			return chOSS
		}
	case "update", "updates", "updater", "installer", "installers", "uploader", "cdn", "script", "scripts",
		"firmware", "mechanism", "mirror", "mirrors":
		return chVendor
	case "kit", "kits":
		// A vendor's own connect or developer kit ("Ledger Connect Kit"):
		// the vendor's code its customers load, read as the vendor's
		// channel; a phishing or exploit kit is no one's (leftovers4).
		if prev == "connect" || prev == "developer" || prev == "integration" || prev == "wallet" ||
			i > 1 && hasUpperOrDigit(words[i-1].text) && hasUpperOrDigit(words[i-2].text) && !words[i-2].stop {
			return chVendor
		}
	case "installation", "installations":
		// "VeraPort software installation": how a product installs
		// others; an installation alone is mostly malware's own.
		if prev == "software" {
			return chVendor
		}
	case "server", "servers", "system", "systems", "infrastructure", "environment", "environments":
		switch prev {
		case "git", "update", "build", "download", "distribution", "official", "release", "ci", "archive", "file",
			"ftp", "package", "signing", "mirror":
			return chVendor
		}
	case "pipeline":
		if prev == "ci" || prev == "build" || prev == "release" {
			return chVendor
		}
	case "cache", "caches":
		// A build's cache poisoned ships in every release built from it.
		if prev == "build" || prev == "ci" || prev == "actions" {
			return chVendor
		}
	case "app", "apps", "software", "client", "emulator", "manager", "antivirus", "tool", "vpn", "wallet",
		"framework", "toolkit", "linter", "provider", "vendor", "maker", "service", "tablet", "tablets", "platform":
		if openSourceBefore(words, i) {
			return chOSS // "poisons open-source UI toolkit": code others build (osstakeover.go)
		}
		return chProduct
	case "ad":
		// "ad blockers": what kind of blocker, no name.
		if i+1 < len(words) && oneOf(words[i+1].lc(), "blocker", "blockers") {
			return chModify
		}
	case "blocker", "blockers", "adblocker", "adblockers":
		// An ad blocker is a browser extension by another name.
		return chOSS
	case "box", "boxes":
		// Streaming boxes sold with malware in them (a tablet too); a
		// router or a camera infected is mostly one attacked.
		if prev == "tv" || prev == "android" || prev == "streaming" || prev == "set-top" {
			return chProduct
		}
	case "patch":
		// A game's or an app's patch is its update ("BlockBlasters
		// patch drops malware").
		return chVendor
	case "code":
		// "backdoor PHP source code": what every build ships.
		if prev == "source" {
			return chOSS
		}
	case "frontend", "front-end":
		// A web3 front end hijacked drains its own users.
		return chVendor
	case "end":
		if prev == "front" {
			return chVendor
		}
	case "website", "site":
		// A vendor's site is its channel when it served something
		// (hasPurpose's ship); many sites are hacked for other ends.
		return chProduct
	}
	if channelModifiers[w] {
		return chModify
	}
	return ecosystemKind(words, i, w, prev) // ecosystems.go
}

var channelModifiers = wordSet(`npm pypi github gitlab chrome firefox edge browser vs code
	vscode openvsx open-vsx wordpress drupal joomla magento python javascript js node
	node.js rust ruby go golang docker ai ml android ios mobile desktop
	windows macos linux open-source open source popular official legitimate legit
	widely used widely-used trusted crypto cryptocurrency git build bash password
	software security data linter web web3 ci cd release download distribution
	nuget maven rubygems composer cargo hugging face jetbrains sdk developer dev
	ecosystem third-party tv streaming set-top maintainer maintainers publisher nightly
	hub front coding central`)

// supplyVerbs turn a channel against its users on their own; weakVerbs
// only with a purpose ("hacked to steal", "hacked ... supply chain
// attack") or when the channel is a package or the vendor's own.
var supplyVerbs = wordSet(`hijack hijacks hijacked hijacking compromise compromises compromised
	compromising backdoored backdooring poisoned tampered subverted infected laced
	sabotaged sabotages sabotage corrupted corrupts corrupt`)

var weakVerbs = wordSet(`hacked hack hacks breached breach hit hits modified altered
	modify modifies alter alters trojanized trojanised`)

// deliverVerbs with a piece of malware after them are the channel
// shipping it ("plugin update pushed backdoor").
var deliverVerbs = wordSet(`push pushes pushed pushing deliver delivers delivered delivering
	drop drops dropped dropping install installs installed installing serve serves
	served serving spread spreads spreading distribute distributes distributed
	distributing ship ships shipped shipping deploy deploys deployed deploying inject
	injects injected steal steals stole stealing`)

// purposeVerbs after "to" say what a turned channel was made to do.
var purposeVerbs = wordSet(`steal push deliver deploy drop install spread infect distribute
	serve inject plant add mine publish upload exfiltrate harvest backdoor hijack
	siphon drain wipe insert load create leak send collect run execute open`)

// malwareNouns name what a turned channel ships.
var malwareNouns = wordSet(`malware backdoor backdoors cryptominer cryptominers miner miners
	stealer stealers password-stealer password-stealers infostealer infostealers trojan
	trojans rat wiper ransomware spyware skimmer drainer worm malicious keylogger
	rootkit implant payload payloads adware dropper loader cryptojacking cryptojacker
	hijacker hijackers injector injectors`) // "turned into browser hijackers", "ad injectors"

// neverTrusted words mark a channel that was not a vendor's to begin with.
var neverTrusted = wordSet("fake fakes typosquat typosquats typosquatted typosquatting impersonate",
	"impersonates impersonating impersonation mimic mimics mimicking posing poses",
	"counterfeit lookalike look-alike knockoff copycat spoofed bogus cloned masquerading",
	"masquerade masquerades rogue denies denied deny",
	// A cracked or pirated copy is one attackers spread, not the vendor's.
	"cracked pirated pirate warez repacked repackaged unofficial",
	// A vulnerability exploited is attackers using a product, not the
	// vendor's channel turned.
	"vulnerability vulnerabilities flaw flaws exploit exploits exploited exploiting",
	"zero-day 0-day bug bugs cve")

// deliveredKind reports whether the verb at v delivers malware told with
// an article and one or two words of its kind between ("website served a
// Windows trojan", "pushed a remote access trojan"): the words between
// are the malware's, not a clause or a thing of their own, so they may
// neither end one nor be a preposition or a fix.
func deliveredKind(words []titleWord, v int) bool {
	if v+3 >= len(words) || words[v].stop || !oneOf(words[v+1].lc(), "a", "an") {
		return false
	}
	for k := v + 2; k < len(words) && k <= v+4; k++ {
		if words[k-1].stop {
			return false
		}
		lw := words[k].lc()
		if malwareNouns[lw] {
			return k > v+2
		}
		if means[lw] || kindBreaks[lw] {
			return false
		}
	}
	return false
}

// kindBreaks end the words of a malware's kind: "pushed a fix for
// malware" delivers the fix.
var kindBreaks = wordSet("for of to against and or on at about after before that which new-found fix patch update warning")

// foundIn are the verbs of a backdoor found in a product.
var foundIn = wordSet("found discovered uncovered spotted detected lurking")

// supplyShapeFound finds the shape in words (a title or sentence, marked
// by mark), or reports false; supplyShape (oss9.go) drops its denials.
func supplyShapeFound(words []titleWord) (supplyHit, bool) {
	// The product's own flaws listed with its backdoor are no way in
	// (vendorcomp.go).
	if h, ok := backdoorWithFlaws(words); ok {
		return h, true
	}
	if h, ok := hiddenComponent(words); ok {
		return h, true // "rogue" here is what was found, not a channel never trusted
	}
	if h, ok := foundHiding(words); ok {
		return h, true // "tax software found hiding a backdoor" (backdoor9.go)
	}
	if h, ok := remoteStopShape(words); ok {
		return h, true // "operator finds Chinese buses can be stopped remotely" (backdoor9.go)
	}
	if h, ok := secretHarvest(words); ok {
		return h, true // "AdBridge SDK found secretly harvesting user data" (backdoor9.go)
	}
	if h, ok := covertReachShape(words); ok {
		return h, true // "Huawei can covertly access mobile networks, officials say" (state9.go)
	}
	if h, ok := updateTurnedApp(words); ok {
		return h, true // "Barcode Scanner app infects users with one update" (backdoor9.go)
	}
	if untrustedChannel(words) {
		if vulnOnly(words) {
			return shippedInRelease(words) // a flaw, then releases made to carry malware (osstakeover.go)
		}
		return supplyHit{}, false
	}
	purpose, ship, shipTo := hasPurpose(words)
	if h, ok := tr19TurnedToCustomers(words); ok {
		return h, true // "Hackers hijack Kaseya VSA to push ransomware to customers" (tr19.go)
	}
	if h, ok := soldWith(words); ok && h.name != "" {
		return h, true
	}
	if h, ok := hasBackdoor(words); ok {
		return h, true
	}
	if h, ok := foundWithBackdoor(words); ok { // leftovers2.go
		return h, true
	}
	if h, ok := viaUpdate(words); ok {
		return h, true
	}
	if h, ok := curbTurned(words); ok {
		return h, true
	}
	for v := range words {
		lv := words[v].lc()
		abuse := abuseVerbs[lv]
		if words[v].marked && !supplyVerbs[lv] && !weakVerbs[lv] && !deliverVerbs[lv] && !abuse && !objectVerbs[lv] && !takenOver(words, v) {
			continue
		}
		// "a tool to hijack applications", "can be exploited to hijack":
		// the verb is what something else is for, not what befell a
		// channel; "workflows can be hijacked": what could befall one.
		// "flagged as compromised": a label, not an event.
		if v > 0 && lv != "malicious" && oneOf(words[v-1].lc(), "to", "as") && !causeBefore(words, v) || hypothetical(words, v) ||
			researchSubject(words, v) {
			continue
		}
		// A backdoor or malware found in a product.
		if h, ok := foundInProduct(words, v); ok {
			return h, true
		}
		if objectVerbs[lv] {
			if h, ok := objectShape(words, v); ok {
				return h, true
			}
			continue
		}
		if turnForms[lv] {
			if h, ok := turnedInto(words, v); ok {
				return h, true
			}
		}
		if insertVerbs[lv] {
			if h, ok := insertShape(words, v); ok {
				return h, true
			}
		}
		strong, weak, deliver := supplyVerbs[lv] || takenOver(words, v), weakVerbs[lv], deliverVerbs[lv]
		if lv == "malicious" && maliciousRelease(words, v) {
			strong = true
		}
		// "turned into a backdoor", "replaced with malware": what was
		// shipped became the malware.
		became := becomeVerbs[lv] && becameMalware(words, v) // (osstakeover.go)
		if became {
			strong = true
		}
		// What a channel delivered: malware right after the verb ("pushed
		// malware"), not the means ("spread through malicious ads"); or a
		// turned release ("pushed backdoored updates"), which is itself
		// the vendor's channel.
		payload := false
		if siteRedirects(words, v) {
			// "site redirected Linux users to malware": the site delivered
			// it (leftovers3.go).
			deliver = true
		} else if deliver && v > 1 && oneOf(words[v-1].lc(), "that", "which") && tr19ActedOn(words) {
			// "takes down phishing site that served malware": the channel
			// is the object of someone else's act (tr19.go).
			deliver = false
		} else if deliver {
			switch {
			case v+1 < len(words) && !means[words[v+1].lc()] &&
				(malwareNouns[words[v+1].lc()] || v+2 < len(words) && malwareNouns[words[v+2].lc()]):
				// (the malware may end the headline: "update pushes infostealer")
			case deliveredKind(words, v):
			case v+2 < len(words) && turnedRelease[words[v+1].lc()] &&
				releaseNouns[words[v+2].lc()] && !words[v+1].stop:
				payload = true
			default:
				deliver = false
			}
		}
		if shippedWith(words, v) || releaseTheft(words, v) {
			strong = true // "Copay wallet releases shipped with malicious code"; "extension update drained" (osstakeover.go)
		}
		trojan := lv == "trojanized" || lv == "trojanised"
		if !strong && !weak && !deliver && !abuse {
			continue
		}
		if v > 0 && purpose && oneOf(lv, "hijacked", "compromised", "backdoored", "poisoned", "trojanized", "sabotaged", "tampered") {
			// A package named as code, right before the verb: "Solana's
			// web3.js hijacked to steal private keys", "xrpl.js compromised
			// to steal wallet keys" (registry.go, codeName).
			if n := nameBefore(words, v, false); codeName(n) {
				return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, v, v), name: n, lo: v, hi: v}, true
			}
		}
		if payload {
			// Who pushed them leads: "ASUS servers pushed backdoored
			// updates".
			if n := nameBefore(words, v, true); n != "" {
				return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, v+2), name: n, lo: v, hi: v + 2}, true
			}
			continue
		}
		// The channel: a run of channel words before the verb (its
		// subject, "npm package hijacked"), or after it (its object,
		// "hijack popular NPM package"), in the same clause.
		cs, ce, kind := channelBefore(words, v)
		if kind == chNone && (strong || deliver || weak) {
			// "extension sold to new owner, turned into adware": the
			// channel sold is what turned.
			cs, ce, kind = soldBefore(words, v)
		}
		after := false
		if kind == chModify && !deliver {
			// "node-ipc maintainer sabotages popular npm package": who
			// did it, then the channel.
			kind = chNone
		}
		if kind == chNone && !deliver {
			cs, ce, kind = channelAfter(words, v)
			after = true
		}
		via := false
		if kind == chNone && deliver {
			// "pushes REvil ransomware through software update"
			for i := v + 1; i < len(words) && i <= v+4; i++ {
				if l := words[i].lc(); l == "through" || l == "via" {
					cs, ce, kind = channelAfter(words, i)
					via = kind == chVendor
					break
				}
				if words[i].stop {
					break
				}
			}
			if !via {
				kind = chNone
			}
		}
		if kind == chNone && v > 0 && (shipTo && oneOf(lv, "compromised", "hijacked", "backdoored", "sabotaged", "trojanized") ||
			oneOf(lv, "hacked", "hack", "breached", "hit", "hits") && spreadTo(words)) {
			// The product is named alone: "CCleaner compromised to
			// distribute malware", "Comm100 hijacked in supply chain
			// attack", "MonPass hacked to distribute Cobalt Strike",
			// "Ledger Connect Kit hack: ... to push wallet drainer". A
			// break-in must have spread something to others: servers
			// "hacked to deploy ransomware" are victims.
			if n := nameBefore(words, v, false); n != "" {
				return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, v), name: n, lo: v, hi: v}, true
			}
		}
		if kind == chNone && strong && after {
			if n := quotedCode(words, v); n != "" {
				return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, v, v+1), name: n, lo: v, hi: v + 1}, true
			}
		}
		if kind == chNone || kind == chModify {
			continue
		}
		// A product is turned only when it is the subject and ships
		// something ("password manager hacked in supply chain attack",
		// "app hacked to push malware"), not when attackers hijack or
		// hack it ("hijack applications", "got hacked with ransomware").
		// A break-in alone ships nothing unless the channel is one that
		// ships ("extension hacked", "update server hacked"; not
		// "breach Okta's GitHub repositories").
		// A package delivering malware was mostly malicious from the
		// start ("npm package deploys rootkit"): delivery counts for the
		// vendor's own channel ("plugin update pushed backdoor"). A
		// trojanized copy is mostly one attackers spread (fake sites,
		// ads): it counts in a supply chain attack or as an update.
		ok := false
		switch {
		case abuse:
			// "abuse eScan antivirus updates to plant backdoors": the
			// vendor's own channel made to ship; a product abused is
			// attackers using it ("ScreenConnect abused to deploy"). The
			// channel is what is abused ("abuse X updates", "X updates
			// abused"), not what abuses ("packages abuse MSBuild").
			// An installer abused is mostly a signed binary attackers run
			// ("Teams installer abused to sideload"): only what pushes to
			// users counts, updates and a product's installing of others.
			ok = (updateChannel(words, cs, ce) || inWords(words[cs:ce+1], wordSet("installation installations")) ||
				kind == chOSS && shipping(words, cs, ce)) && shipTo && (after || lv == "abused")
		case kind == chProduct:
			// A product that itself turned malicious shipped it to its
			// users ("CamScanner app turned malicious after update").
			// Trojanized apps delivering something are copies attackers
			// spread ("Trojanized Signal and Telegram apps on Google Play
			// delivered spyware") unless a supply chain carried them.
			ok = !after && (deliver || ship || became && (lv == "turned" || lv == "went")) &&
				!(trojanCopy(words, cs) && !shipTo)
		case trojan:
			ok = ship || updateChannel(words, cs, ce)
		case strong:
			ok = true
		case deliver:
			// A package delivering malware counts when the title says
			// whose account or token was taken ("Maintainer's account
			// phished, npm package X ships malware").
			ok = via || vendorChannel(words, cs, ce) || kind == chOSS && !after && (takeover(words) || poisonedChannel(words, cs))
		case weak:
			// "X hacked", "breach of its script", "breach Toptal GitHub
			// account": the channel is what was broken into; "hacked
			// through a plugin" is how.
			// "Codecov rewrites its Bash Uploader after breach": an
			// intrusion after "after" is what the clause looks back on,
			// and the channel the object of the headline's own verb
			// (aftermath, not news of a compromise).
			subject := !after && !lookBackBetween(words, ce, v) || v+1 < len(words) && strings.EqualFold(words[v+1].text, "of") || accountChannel(words, cs, ce) ||
				modifyVerbs[lv] && shipping(words, cs, ce) && predicate(words, v) || // "modified the popular X GitHub Action", not "in modified WhatsApp versions"
				(lv == "hit" || lv == "hits") && kind == chOSS && (countedAt(words, v+1, cs) || attackSubject(words, v)) && !ofRegistry(words, ce) // "wave hits 800 npm packages"
			// An account broken into released nothing unless the words
			// say so ("breach Toptal GitHub account, publish malicious npm
			// packages"; not "Canonical's GitHub account hacked").
			ok = subject && (ship || shipping(words, cs, ce) && (purpose ||
				oneOf(lv, "hacked", "hack", "breached", "breach") && !accountChannel(words, cs, ce) ||
				attackerModified(words, v, after)))
			if ok && modifyVerbs[lv] && !after && !harmAfter(words, v) {
				ok = false // "gem modified to add support": a release changed, no harm (osspassive.go)
			}
		}
		if !ok && after && kind != chOSS && v > 0 && oneOf(lv, "hacked", "hack", "breached", "hit", "hits", "compromised",
			"hijacked") && spreadTo(words) {
			// "MonPass hacked to distribute backdoored installers": the
			// channel after the verb is what the named vendor was made to
			// pass on (vendorcomp.go).
			if n := nameBefore(words, v, false); n != "" {
				return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, ce), name: n, lo: v, hi: ce}, true
			}
		}
		if !ok {
			continue
		}
		cat := trust.CategoryCompromise
		if kind == chOSS {
			cat = trust.CategoryOSS
		}
		lo, hi := min(cs, v), max(ce, v)
		h := supplyHit{category: cat, term: joinSpan(words, lo, hi), lo: lo, hi: hi}
		if via {
			// The channel is how; who shipped it leads the headline.
			if n := firstName(words, isTitleCase(words)); n != "" && vendorName(n) && !threatActor(words, n) {
				h.name = n
			}
			return h, true
		}
		h.name = channelName(words, cs, ce, v, after, kind)
		if h.name == "" {
			h.name = releaseOf(words, v, ce) // "pushed malicious Quuxctl binaries" (osstakeover.go)
		}
		if openingWord(words, h.name) {
			h.name = ""
		}
		if n := openingSubject(words, lo); n != "" {
			h.name = n
		}
		return h, true
	}
	if h, ok := targetedIn(words); ok {
		return h, true // osstakeover.go
	}
	if h, ok := passiveShape(words); ok {
		return h, true // osspassive.go
	}
	if h, ok := oss10Shape(words); ok {
		return h, true // oss10.go
	}
	return abandonedShape(words) // osstakeover.go
}

// namedFamily reports whether the malware or backdoor at v is named by
// the word before it ("BellaCiao Malware discovered in", "Hive malware
// discovered in"): a family of malware found in attacks, not a backdoor
// found in a product. In Title Case every word is capitalised, so there a
// capitalised word before it counts unless it only describes.
func namedFamily(words []titleWord, v int) bool {
	if v == 0 || words[v-1].stop {
		return false
	}
	p := words[v-1].lc()
	switch p {
	case "a", "an", "the", "hidden", "secret", "undocumented", "undisclosed", "hardcoded", "hard-coded", "new",
		"another", "second", "third", "possible", "potential", "alleged", "suspected", "sneaky", "stealthy":
		return false
	}
	return hasUpperOrDigit(words[v-1].text)
}

// soldVictimVerbs are attackers putting something on devices (soldWith): a
// package-level set, built once, not per title.
var soldVictimVerbs = wordSet(`infect infects infected infecting exploit exploits exploited hijack
	hijacks hijacked`)

// deviceWords are products sold by the box, often under no brand.
var deviceWords = wordSet(`device devices phone phones smartphone smartphones tablet tablets box
	boxes projector projectors laptop laptops tv tvs motherboard motherboards router
	routers camera cameras computer computers printer printers modem modems`)

// soldWith finds devices sold with something in them ("Android devices
// shipped with backdoored firmware", "Thousands of Android devices come
// with unkillable backdoor preinstalled"): the devices, as written, are
// what lost trust, named by their brand when the words give one.
func soldWith(words []titleWord) (supplyHit, bool) {
	if inWords(words, attackers) || inWords(words, soldVictimVerbs) {
		return supplyHit{}, false // attackers planting it: the devices are victims
	}
	for d := range words {
		if !deviceWords[words[d].lc()] {
			continue
		}
		// The verb right after the devices, and what they came with.
		v := cp16PastAux(words, d+1) // "were sold with" (cp16.go)
		if v >= len(words) || words[d].stop {
			continue
		}
		lv := words[v].lc()
		if lv != "shipped" && lv != "sold" && lv != "come" && lv != "comes" && lv != "came" && lv != "ship" &&
			lv != "ships" && lv != "with" {
			continue
		}
		found := false
		for k := v; k < len(words) && k <= v+5; k++ {
			lk := words[k].lc()
			if lk == "backdoor" || lk == "backdoored" || lk == "backdoors" || lk == "preinstalled" || lk == "pre-installed" ||
				soldMalware[lk] {
				found = true
			}
			if words[k].stop {
				break
			}
		}
		if !found {
			continue
		}
		// The devices' words: a brand or a platform before the noun.
		s := d
		for s > 0 && !words[s-1].stop && s > d-3 && hasUpperOrDigit(words[s-1].text) {
			s--
		}
		if s < d && platformName(joinSpan(words, s, d-1)) && !platformWords[words[s].lc()] {
			s = d // "PC motherboards": a kind, whose maker the lead names
		}
		if s == d {
			// "devices come with...": whose? Only the lead can say
			// (leadBrand).
			return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, d, min(v+1, len(words)-1)),
				lo: d, hi: v, leadNoun: words[d].lc()}, true
		}
		return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, d, min(v+1, len(words)-1)),
			name: joinSpan(words, s, d), lo: s, hi: v, leadNoun: words[d].lc()}, true
	}
	return supplyHit{}, false
}

// maliciousRelease reports whether "malicious" at v describes a release
// of something trusted ("malicious Nx versions", "a malicious update"),
// not packages that never were ("malicious npm packages").
func maliciousRelease(words []titleWord, v int) bool {
	for i := v + 1; i < len(words) && i <= v+3; i++ {
		switch words[i].lc() {
		case "version", "versions", "update", "updates", "release", "releases", "build", "builds", "dependency", "dependencies":
			return true
		case "wheel", "wheels":
			return wheelOf(words, i) // "malicious wheel for X project" (oss9.go)
		}
		if words[i].stop {
			break
		}
	}
	return false
}

// channelBefore finds a channel phrase ending within six words before
// verb v, in its clause: the start and end word indexes and the phrase's
// strongest kind.
func channelBefore(words []titleWord, v int) (int, int, int) {
	limit := v - 5
	for e := v - 1; e >= 0 && e >= limit; e-- {
		if w := countWith(words, e); w > 0 {
			// "npm packages with 2 billion weekly downloads compromised":
			// the count is the channel's, however long.
			limit -= e - w + 1
			e = w
			continue
		}
		if hardStop(words, e) && e < v-1 {
			break
		}
		k := channelKind(words, e)
		if k == chNone || k == chModify {
			// What stands between a channel and its verb is a count, a
			// name or an auxiliary ("with 960K weekly downloads", "was"),
			// never another verb of the headline.
			lw := words[e].lc()
			if foundIn[lw] && e == v-1 {
				continue // "mods found infected with"
			}
			if e > 0 && (lw == "installs" || lw == "downloads") {
				if p := words[e-1].lc(); isNumber(p) || quantities[p] {
					continue // "with 10 million installs": a count
				}
			}
			if words[e].marked && !(e > 0 && registryAccount(words, e-1)) || deliverVerbs[lw] || supplyVerbs[lw] ||
				weakVerbs[lw] || foundIn[lw] || lw == "to" || attackers[lw] || lookBack[lw] && e < v-1 && !backPronoun(words, e+1, v) {
				break // ("Docker Hub account of X hijacked": "account of" is no routine there)
			}
			continue
		}
		s, kind := e, k
		for s > 0 && !words[s-1].stop {
			pk := channelKind(words, s-1)
			if pk == chNone {
				// "npm and PyPI packages": one channel of two
				// registries.
				if s > 1 && strings.EqualFold(words[s-1].text, "and") && !words[s-2].stop &&
					channelKind(words, s-2) != chNone {
					s--
					continue
				}
				break
			}
			s--
			kind = stronger(kind, pk)
		}
		// Further nouns right after ("update mechanism").
		for e+1 < v && !words[e].stop {
			nk := channelKind(words, e+1)
			if nk == chNone {
				break
			}
			e++
			kind = stronger(kind, nk)
		}
		return s, e, kind
	}
	return 0, 0, chNone
}

// channelAfter finds a channel phrase starting within four words after
// verb v ("hijack popular NPM package", "compromise Chrome extensions").
func channelAfter(words []titleWord, v int) (int, int, int) {
	if words[v].stop {
		return 0, 0, chNone
	}
	limit := v + 4
	for s := v + 1; s < len(words) && s <= limit; s++ {
		k := channelKind(words, s)
		if k == chNone {
			if hardStop(words, s) { // not the comma inside "25,000"
				break
			}
			if strings.ContainsAny(words[s].text, "-./") && !hasUpperOrDigit(words[s].text) {
				// A package's own name does not count against the window:
				// "modified the popular tj-actions/changed-files GitHub
				// Action".
				limit++
			}
			continue
		}
		e, kind := s, k
		for e+1 < len(words) && !words[e].stop {
			nk := channelKind(words, e+1)
			if nk == chNone {
				break
			}
			e++
			kind = stronger(kind, nk)
		}
		if kind == chModify {
			s = e
			continue
		}
		return s, e, kind
	}
	return 0, 0, chNone
}

// stronger orders kinds: a package outranks the vendor's channel, which
// outranks a product, which outranks a modifier.
func stronger(a, b int) int {
	rank := func(k int) int {
		switch k {
		case chOSS:
			return 4
		case chVendor:
			return 3
		case chProduct:
			return 2
		case chModify:
			return 1
		}
		return 0
	}
	if rank(b) > rank(a) {
		return b
	}
	return a
}

func hasChannel(words []titleWord, kind int) bool {
	for i := range words {
		if channelKind(words, i) == kind {
			return true
		}
	}
	return false
}

// hasPurpose reports whether words say what a turned channel was made to
// do: "to steal", "with cryptominer", a piece of malware (purpose); and
// whether it shipped it to users: a supply chain attack, "to push",
// "to deliver" (ship).
//
// shipTo is the narrower evidence a bare name needs to be the channel
// ("CCleaner compromised to distribute malware"): a supply chain attack
// or "to push"; computers "infected with" malware are victims.
func hasPurpose(words []titleWord) (purpose, ship, shipTo bool) {
	for i, w := range words {
		lw := w.lc()
		if malwareNouns[lw] && lw != "malicious" || lw == "malware-laced" {
			purpose = true
		}
		// "being used to spread": what attackers used something for.
		if lw == "to" && i+1 < len(words) && purposeVerbs[words[i+1].lc()] &&
			(i == 0 || !oneOf(words[i-1].lc(), "used", "using", "uses")) {
			purpose = true
			if shipVerbs[words[i+1].lc()] {
				ship, shipTo = true, true
			}
		}
		if lw == "supply" && i+1 < len(words) && strings.EqualFold(words[i+1].text, "chain") ||
			lw == "supply-chain" || lw == "repojacking" { // a renamed account re-registered to ship (osstakeover.go)
			purpose, ship, shipTo = true, true, true
		}
		// "ISOs replaced with backdoored version", "infected with
		// KeRanger ransomware": what users downloaded was the malware.
		// "hit by malicious torchtriton dependency": a name may stand
		// between.
		if lw == "backdoored" || lw == "trojanized" || lw == "trojanised" || lw == "malicious" {
			for j := i + 1; j < len(words) && j <= i+2; j++ {
				// A trojanized copy is mostly one attackers spread
				// ("Trojanized PuTTY installers", "Trojanized versions of
				// PuTTY"), unless it came as an update.
				switch l := words[j].lc(); l {
				case "version", "versions", "download", "downloads", "installer", "installers", "iso", "isos", "build",
					"builds", "binaries", "binary", "release", "releases", "update", "updates", "dependency", "dependencies":
					if !trojanWords[lw] || l == "update" || l == "updates" {
						purpose, ship = true, true
					}
				}
				if words[j].stop || j == i+1 && (!nameWord(words[j]) || trojanWords[lw]) {
					break
				}
			}
		}
		// "..., publish malicious npm packages": what the broken-into
		// channel was used to release.
		if publishVerbs[lw] {
			for j := i + 1; j < len(words) && j <= i+2; j++ {
				if strings.EqualFold(words[j].text, "malicious") || strings.EqualFold(words[j].text, "backdoored") {
					purpose, ship, shipTo = true, true, true
				}
			}
		}
		// "SDK modified with malicious code": what was shipped became it.
		if alteredWith[lw] && i+1 < len(words) && strings.EqualFold(words[i+1].text, "with") {
			for j := i + 2; j < len(words) && j <= i+4; j++ {
				if malwareNouns[words[j].lc()] {
					purpose, ship = true, true
				}
			}
		}
	}
	return purpose, ship, shipTo
}

// alteredWith, before "with" and malware, say what a release was made
// to carry ("infected with", "modified with malicious code").
var alteredWith = wordSet(`infected laced modified altered tampered injected seeded rigged
	booby-trapped updated poisoned backdoored trojanized trojanised`)

// publishVerbs release a version of a package.
var publishVerbs = wordSet(`publish publishes published publishing release releases released
	push pushes pushed upload uploads uploaded`)

// accountChannel reports whether the channel words cs..ce are the account
// that publishes a package.
func accountChannel(words []titleWord, cs, ce int) bool {
	for i := cs; i <= ce; i++ {
		if l := words[i].lc(); (l == "account" || l == "accounts") && channelKind(words, i) == chOSS {
			return true
		}
	}
	return false
}

// shipVerbs after "to" say the channel shipped something to its users.
var shipVerbs = wordSet(`push deliver deploy drop install spread infect distribute serve
	inject plant add publish upload insert load`)

// vendorChannel reports whether the channel words cs..ce hold the
// vendor's own distribution ("plugin update", "update server").
func vendorChannel(words []titleWord, cs, ce int) bool {
	for i := cs; i <= ce; i++ {
		if channelKind(words, i) == chVendor {
			return true
		}
	}
	return false
}

// updateChannel reports whether the channel words cs..ce are an update or
// the server that serves them.
func updateChannel(words []titleWord, cs, ce int) bool {
	for i := cs; i <= ce; i++ {
		switch words[i].lc() {
		case "update", "updates", "updater", "server", "servers", "mechanism":
			return true
		}
	}
	return false
}

// shipping reports whether the channel words cs..ce ship code to users (a
// package, an extension, an update), not where code is kept (a
// repository, an organization).
func shipping(words []titleWord, cs, ce int) bool {
	for i := cs; i <= ce; i++ {
		k := channelKind(words, i)
		if k == chVendor {
			return true
		}
		if k == chOSS {
			switch words[i].lc() {
			case "repository", "repositories", "repo", "repos", "organization", "organisation", "org":
			default:
				return true
			}
		}
	}
	return false
}

// lookBackBetween reports whether "after", "following" or "since" stands
// between the channel's end ce and the verb v after it.
func lookBackBetween(words []titleWord, ce, v int) bool {
	for k := ce + 1; k < v && k < len(words); k++ {
		if oneOf(words[k].lc(), "after", "following", "since") {
			return true
		}
	}
	return false
}

// channelName is what the channel words cs..ce name: the possessor of
// "its"/"their" channel (the first name of the words), a name right
// before the channel ("Cyberhaven's Chrome extension", "event-stream npm
// package"), or right after it ("PyPI package ctx", "npm packages,
// including chalk").
func channelName(words []titleWord, cs, ce, v int, after bool, kind int) string {
	if cs > 0 {
		p := words[cs-1].lc()
		if p == "its" || p == "their" {
			for i := 0; i < cs-1; i++ {
				if n := nameAt(words, i); n != "" {
					return n
				}
			}
			return ""
		}
	}
	// A name between the verb and the channel is the nearest:
	// "hijacked eslint-config-prettier and other popular packages",
	// "Malicious Nx versions", "SDK xrpl.js backdoored".
	if after && v+1 < cs {
		// A registry before its account is no name: "hijack Packagist
		// account of Quuxlog" names what the account publishes.
		if n := nameAfter(words[:cs], v+1, false, kind == chOSS); n != "" && !(registryWord(n) && registryAccount(words, ce)) {
			if registryWord(n) && kind == chOSS && ce+1 < len(words) && !words[ce].stop {
				// "hijacks PHP library phpass": the language says what
				// kind, the package's own name follows.
				if p := nameAfter(words, ce+1, false, true); p != "" && !hasUpperOrDigit(p) && !registryWord(p) && !objectBreaks[p] && !means[p] {
					return p
				}
			}
			return n
		}
	}
	if !after && ce+1 < v {
		s := ce + 1
		if s+1 < v && !words[ce].stop && oneOf(words[s].lc(), "of", "behind", "for") {
			s++ // "RubyGems account behind zorbhttp compromised", "Homebrew formula for quuxctl altered"
		}
		if n := nameAfter(words[:v], s, false, kind == chOSS); n != "" && !removedWords[strings.ToLower(n)] { // oss9.go
			return n
		}
	}
	if n := ownerOf(words, v); after && n != "" {
		return n // "node-ipc maintainer sabotages popular npm package"
	}
	if n := nameBefore(words, cs, kind != chOSS); n != "" && !(after && cs-1 == v) && !(registryWord(n) && registryAccount(words, ce)) {
		return kindedName(words, cs, n) // "zorbmark Markdown library" (oss9.go)
	}
	if cs > 0 && cs-1 != v && !words[cs-1].stop && hasUpperOrDigit(words[cs-1].text) &&
		platformActors[words[cs-1].lc()] {
		// "Amazon AI coding agent hacked": a platform's own product (an
		// actor's name elsewhere).
		return words[cs-1].text
	}
	// "Backdoored version of bootstrap-sass Ruby gem": what the release
	// is of.
	k := ce + 1
	if k+1 < len(words) && oneOf(words[k].lc(), "of", "for", "behind") && !words[ce].stop {
		k++ // "Malicious update for ExpressVPN app", "the GitHub account behind fastjsonx"
		// "Trojanized updates of popular Chrome extension Quuxnote": past
		// the channel the releases are of.
		j := k
		for j < len(words) && !words[j].stop && channelKind(words, j) != chNone {
			j++
		}
		if j > k && j < len(words) && channelKind(words, j-1) == chOSS && !words[j-1].stop {
			k = j
		} else if j > k && j < len(words) && oneOf(words[k].lc(), "popular", "legitimate", "official") &&
			!registryWord(words[j].text) && channelKind(words, j) == chNone {
			k++ // "malicious version of popular zorb-router package": the name after what describes it
		}
	} else if k+2 < len(words) && foundIn[words[k].lc()] && !words[ce].stop &&
		oneOf(words[k+1].lc(), "in", "on", "inside") {
		k += 2 // "Backdoored firmware found on Tenvo network switches"
	}
	if words[ce].stop || !after && k >= v {
		// "infects 500 npm packages, leaks secrets", "npm packages
		// contain malware": the verb after names nothing.
		return discloser(words)
	}
	if kind == chOSS && verbAfterChannel(words, k) {
		// "Compromise of popular npm package exposed secrets": the
		// channel is the subject of a verb in the past, which names
		// nothing.
		return discloser(words)
	}
	if n := nameAfter(words, k, false, kind == chOSS); n != "" {
		return n
	}
	return discloser(words)
}

// verbAfterChannel reports whether the word at k, right after a channel,
// reads as its verb in the past tense with an object after it ("npm
// package exposed secrets", "PyPI packages leaked tokens"): a plain
// lower-case word ending in "ed" (no hyphen or dot, as package names
// have) with a word still to follow.
func verbAfterChannel(words []titleWord, k int) bool {
	if k+1 >= len(words) || words[k].quoted || words[k].stop {
		return false
	}
	w := words[k].text
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// discloser is the name a headline opens with when it discloses its own
// compromise ("PyTorch discloses malicious dependency chain compromise").
func discloser(words []titleWord) string {
	n := nameAt(words, 0)
	if n == "" {
		return ""
	}
	next := len(strings.Fields(n))
	if next < len(words) {
		switch words[next].lc() {
		case "discloses", "disclosed", "confirms", "confirmed", "reveals", "revealed", "admits", "admitted",
			"says", "said", "warns", "warned", "reports", "reported", "suffers", "suffered", "hit", "hits":
			return n
		}
	}
	return ""
}

// supplyAlert reads a title whose scan found a compromise or package
// signal for the supply-chain shape. The shape's signal joins the title's
// own (routine and talk still count against it); its name is the
// registry vendor named there, else the name as written, else the one
// the lead sentence's own shape gives ("Hackers hijack popular NPM
// package" — "A popular NPM package 'coa' was hijacked").
func (m *Matcher) supplyAlert(title, lead string, hits, leadHits []hit, question bool, it *item) unit {
	gate := false
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && (m.signals[r.idx].Category == trust.CategoryCompromise || m.signals[r.idx].Category == trust.CategoryOSS) ||
				r.kind == kindCue && r.idx == cueSupply {
				gate = true
			}
		}
	}
	// A title whose only word for the scan is "software update" is read
	// for viaUpdate alone (vendorcomp.go).
	updateOnly := !gate && m.updateRoutine(hits)
	if !gate && !updateOnly && !versionCue(title) {
		return unit{}
	}
	words := headline(it.wordsCopy(title))
	m.mark(words, hits)
	var sh supplyHit
	var ok bool
	if !updateOnly && (gate && hasVersion(title) || versionCue(title)) && !untrustedChannel(words) {
		// First: the version says which release ("node-ipc 10.1.1 ships
		// protestware", ecosystems.go).
		sh, ok = versionShipped(words)
	}
	switch {
	case ok:
	case updateOnly:
		if !untrustedChannel(words) {
			sh, ok = viaUpdate(words)
		}
	case gate:
		sh, ok = supplyShape(words)
		if ok {
			sh = namedPassive(words, sh) // osspassive.go
		}
	}
	if ok && sh.name == "" && sh.leadNoun == "" {
		// "Vendor pushed backdoored firmware to thousands of routers":
		// the lead names the maker by its trade.
		if h, sok := servedTurned(words); sok {
			sh.leadNoun = h.leadNoun
		}
	}
	if !ok && gate && lead != "" {
		// Unbranded devices sold with malware, a maker that served
		// infected downloads: the title's shape, the lead's name.
		if h, dok := soldWith(words); dok && h.name == "" {
			sh, ok = h, true
		} else if h, sok := servedTurned(words); sok {
			sh, ok = h, true
		}
	}
	var lw []titleWord
	hack := false
	if !ok && lead != "" && gate && hackWord(words) {
		lw = it.wordsCopy(lead)
		m.mark(lw, leadHits)
		sh, ok = hackShape(title, words, lead, lw)
		hack = ok
	}
	if !ok {
		return unit{}
	}
	// A routine or talk word inside the shape is part of it ("pushes
	// ransomware through software update"), not a verb of its own.
	own := m.outsideShape(words, hits, sh.lo, sh.hi, kindSignal, kindVendor)
	extra := trust.SignalHit{Term: sh.term, Category: sh.category, Weight: supplyWeight}
	u := m.scoreUnitWith(own, true, false, question, &extra, false)
	if !u.ok {
		return unit{}
	}
	name := sh.name
	if name == "" {
		// "hijack 'Web Developer' extension": the quotes mark the name
		// the channel's words would otherwise swallow.
		name = quotedName(title, words, sh.lo, sh.hi)
	}
	if name == "" || name == registryIn(words, sh.lo, sh.hi) || sh.category == trust.CategoryOSS && listEnds(words, sh.lo) {
		// "Zapier, ENS Domains, and other npm packages compromised": the
		// list's first name (registry.go).
		if n := listBefore(title, words, sh.lo); n != "" {
			name = n
		}
	}
	if name == "" && sh.hi+1 < len(words) {
		// "npm account hijacked: chalk, debug packages compromised": the
		// next clause names what the first one counted.
		if next, ok := supplyShape(words[sh.hi+1:]); ok && next.category == sh.category {
			name = next.name
		} else if ok && next.name != "" && next.category == trust.CategoryOSS {
			// "Compromised CI pipeline pushed backdoor into Zorbdb
			// releases": the way in, then the package it reached.
			name, u.category = next.name, next.category
		}
	}
	if describedKind(name) {
		name = kindMaker(words, name, lead) // "backdoor in Chinese router firmware": a kind, not a name; the lead's maker or none (leftovers4.go)
	}
	fromLead := false
	if name != "" && sh.leadNoun != "" && sh.lo == 0 && sh.lo+1 < len(words) && deviceWords[words[sh.lo+1].lc()] &&
		lead != "" && !strings.Contains(lead, words[0].text) {
		// "Cheap smartphones sold in Africa came preinstalled with
		// malware": a headline's capitalised first word may only describe;
		// a brand the lead gives for the same devices is theirs.
		if lw == nil {
			lw = it.wordsCopy(lead)
			m.mark(lw, leadHits)
		}
		if n := leadBrand(lw, lead, sh.leadNoun); n != "" && vendorName(n) {
			name, fromLead = n, true
		}
	}
	if name == "" && sh.category == trust.CategoryOSS {
		// An earlier shape found the compromise and no name; the oss10
		// shapes may read one ("phish zorbgrid maintainer, publish
		// malicious versions").
		if h, ok := oss10Shape(words); ok {
			name = h.name
		}
	}
	if name == "" && lead != "" {
		if lw == nil {
			lw = it.wordsCopy(lead)
			m.mark(lw, leadHits)
		}
		n := ""
		if sh.category == trust.CategoryOSS && sh.leadNoun == "" {
			// "PyPI packages hijacked" — "... legitimate projects such as
			// exotel and spam": the lead lists what the title counts
			// (ossnames.go), before any other name it gives.
			n = leadPackageNamed(lw, lead)
			if n == "" {
				n = leadWhich(lw) // osspassive.go
			}
			if n == "" {
				n = leadCodeToken(lw) // oss10.go
			}
		}
		switch {
		case n != "":
		case sh.leadNoun != "":
			n = leadBrand(lw, lead, sh.leadNoun)
		default:
			n = leadVendor(lw, lead)
			if n == "" {
				// "Installers of Zorbmsg, used by state agencies, were
				// trojanized" (leftovers3.go), for a title whose product
				// only a kind describes (leftovers4).
				n = leadTurnedName(lw, vendorName)
			}
			if n == "" && sh.head != "" {
				n = leadProductBrand(lw, lead, sh.head) // "Contec CMS8000 patient monitors" (backdoor9.go)
			}
		}
		if vendorName(n) && !threatActor(lw, n) {
			name, fromLead = n, true
		}
	}
	if name == "" && sh.category == trust.CategoryOSS && countedTakeover(words, sh.lo, sh.hi) {
		// "Shai-Hulud malware infects 500 npm packages": the registry is
		// the only name given (registry.go).
		name = registryName(words, sh.lo, sh.hi)
	}
	if hack {
		// "X hack" is news of X: a registry vendor elsewhere in the title
		// ("... beyond 3CX breach") is another story's. The lead said what
		// the hack shipped.
		u.vendors = slices.DeleteFunc(u.vendors, func(v trust.VendorHit) bool {
			return !strings.Contains(strings.ToLower(splitName(name)), strings.ToLower(v.Term))
		})
		u.inTitle, u.across = false, true
		u.evidence = clean(title) + " — " + clean(lead)
	}
	if sh.category == trust.CategoryOSS && !fromLead && name != "" {
		name = packagePath(title, words, name) // "@blorp/sdk", not "blorp" (ecosystems.go)
	}
	// A registry vendor the title names (and that does not report) is
	// the subject even when the channel's nearest name is its product
	// ("SolarWinds hack: Orion updates trojanized"); one that only opens
	// the title as its source ("Kaspersky: X site served malware") is not
	// (leftovers3.go).
	u.vendors = sourceOpening(title, words, u.vendors, name)
	switch {
	case len(u.vendors) > 0:
		fromLead = false
	case name != "" && m.rules.AnyVendor:
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
		if mk := makerWarns(words, name, sh.lo); mk != "" && !fromLead && otherMakerIn(words, sh.lo, mk) == "" {
			u.vendors[0].Name = mk // the maker of the named product (leftovers2.go)
		}
		if other := coordinated(words, name); other != "" && !fromLead {
			// "sites of Compound Finance and Celer Network hijacked":
			// both were turned.
			u.vendors = append([]trust.VendorHit{{Name: other, Term: other, Unlisted: true}}, u.vendors...)
		}
	default:
		return unit{}
	}
	switch {
	case fromLead:
		// The title's shape, the lead's name: why says so.
		u.inTitle, u.across = false, true
		u.evidence = clean(title) + " — " + clean(lead)
	case !hack:
		u.evidence = clean(title)
	}
	if !hack {
		u.shapeEnd = words[sh.hi].end
	}
	return u
}

// throughVulnerability reports whether a title says attackers got in
// through a flaw or weak credentials ("backdoored via zero-day",
// "hijacked with weak passwords") and names no channel of the vendor's
// that shipped something (an update, an installer, a supply chain, a
// package): then the compromise is the customers', not the vendor's.
func throughVulnerability(title string) bool {
	words := titleWords(title)
	vuln := false
	for i, w := range words {
		lw := w.lc()
		if intrusionWords[lw] || strings.HasPrefix(lw, "cve-") ||
			i+1 < len(words) && (lw == "weak" || lw == "default") && strings.EqualFold(words[i+1].text, "passwords") {
			vuln = true
		}
	}
	return vuln && !inWords(words, shipWords) && !inWords(words, channelNouns) && !flawsWithBackdoor(words)
}

// intrusionWords say how attackers got in: a flaw, a guessed password.
var intrusionWords = wordSet(`vulnerability vulnerabilities flaw flaws zero-day zero-days 0-day 0day
	exploit exploits exploited exploiting bug bugs brute-force brute-forcing botnet`)

// channelNouns are a vendor's ways of shipping: a compromise through one
// is the vendor's even when a flaw opened it.
var channelNouns = wordSet(`installer installers package packages extension extensions plugin
	plugins library npm pypi repository repo sdk build download downloads website
	distribution app apps certificate certificates`)

// abuseVerbs: attackers using something. A vendor's channel abused to
// ship is the vendor's compromise ("abuse eScan antivirus updates to
// plant backdoors"); anything else abused is attackers using a product.
var abuseVerbs = wordSet("abuse abuses abused abusing")

// means stand between a delivering verb and how it delivered, not what:
// "spread through malicious Google ads".
var means = wordSet("through via by in from across using with")

// turnedRelease describe a release that ships malware ("backdoored
// updates"); releaseNouns are what a vendor releases.
var (
	turnedRelease = wordSet("backdoored trojanized trojanised poisoned tainted tampered malware-laced")
	releaseNouns  = wordSet(`update updates version versions build builds release releases
		installer installers binaries binary`)
)

// hypothetical reports whether the verb at v is what could happen ("can
// be hijacked", "could compromise"), not what did.
func hypothetical(words []titleWord, v int) bool {
	k := v - 1
	if k >= 0 && oneOf(words[k].lc(), "be", "been") {
		k--
	}
	return k >= 0 && k < v && oneOf(words[k].lc(), "can", "could", "may", "might", "would")
}

// becameMalware reports whether the verb at v ("turned", "replaced",
// "swapped") is followed by what a release became: "turned into a
// backdoor", "replaced with malware", "replaced by a backdoored version".
func becameMalware(words []titleWord, v int) bool {
	if v+1 < len(words) && !words[v].stop && oneOf(words[v+1].lc(), "malicious", "rogue") &&
		words[v].lc() != "replaced" {
		return true // "extensions turned malicious after sale", "went rogue"
	}
	if v+2 >= len(words) || words[v].stop || !oneOf(words[v+1].lc(), "into", "with", "by") {
		return false
	}
	for k := v + 2; k < len(words) && k <= v+4; k++ {
		lk := words[k].lc()
		if malwareNouns[lk] || turnedRelease[lk] {
			return true
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// spreadTo reports whether words say a broken-into channel was used to
// pass something on to others ("hacked to distribute", "to push"), not to
// run it where it was ("hacked to deploy ransomware").
func spreadTo(words []titleWord) bool {
	for i := 0; i+1 < len(words); i++ {
		if strings.EqualFold(words[i].text, "to") &&
			oneOf(words[i+1].lc(), "push", "distribute", "serve", "spread", "deliver") {
			return true
		}
	}
	return false
}

// productNouns are what a named product is called after its name.
var productNouns = wordSet(`software app application installer update updates firmware tool
	tools client utility package library suite platform player manager program
	packages libraries project projects extension extensions plugin plugins module modules`)

// foundInProduct reads a backdoor or malware found in a product at word
// v: "Backdoor found in Webmin", "backdoor account discovered in Zyxel
// firewalls", "Red Hat warns of backdoor in XZ tools", "ShadowPad
// backdoor found hidden in NetSarang server management software". A
// backdoor in something without a verb of finding it must not have been
// put there by attackers ("Lazarus plants backdoor in..."); a named
// family of malware found in something is one in attacks ("BellaCiao
// malware discovered in...") unless what it was found in is a product.
func foundInProduct(words []titleWord, v int) (supplyHit, bool) {
	lv := words[v].lc()
	account := accountWords[lv] && hiddenAccount(words, v) // "undocumented root account found in"
	if killSwitch(words, v) {
		account = true // "hidden kill switch found in": found, never planted
	}
	// "Malicious code discovered in zorbify npm package": code is
	// malware only as "malicious code".
	code := lv == "code" && v > 0 && strings.EqualFold(words[v-1].text, "malicious") && !words[v-1].stop
	if lv != "backdoor" && lv != "backdoors" && lv != "malware" && !account && !code || v+2 >= len(words) || words[v].stop ||
		inWords(words, attackers) {
		return supplyHit{}, false
	}
	k := v + 1
	if l := words[k].lc(); l == "account" || l == "accounts" || l == "code" {
		k++
	} else if backdoorQualifiers[l] && k+1 < len(words) && accountWords[words[k+1].lc()] {
		k += 2 // "backdoor admin account in"
	}
	found := k < len(words) && (foundIn[words[k].lc()] || oneOf(words[k].lc(), "hidden", "hiding"))
	if found {
		k++
		if k < len(words) && oneOf(words[k].lc(), "hidden", "lurking", "inside") {
			k++
		}
	} else if (lv == "malware" || code) && !inTrusted(words, k) || account || planted(words, v) {
		return supplyHit{}, false
	}
	if k+1 >= len(words) || !strings.EqualFold(words[k].text, "in") || words[k-1].stop {
		return supplyHit{}, false
	}
	cat := trust.CategoryCompromise
	if hasChannel(words, chOSS) {
		cat = trust.CategoryOSS
	}
	p := productOf(words, k+1) // "in firmware of HiSilicon-based DVRs"
	name := nameAfter(words, p, true, cat == trust.CategoryOSS)
	for i := p; name != "" && i < len(words); i++ {
		if words[i].text == strings.Fields(name)[0] {
			name = extendName(words, i, name) // "Arch Linux AUR", not "Arch"
			if mk := makerAfter(words, i+len(strings.Fields(name))); mk != "" {
				name = mk // "devices from Chinese vendor C-Data"
			}
			break
		}
	}
	if b := basedOn(words, p); b != "" {
		name = b // "in HiSilicon-based DVRs": the maker of what they are built on
	}
	if name == "" {
		name = makerAfter(words, p) // "in routers from Chinese maker Tenvo"
	}
	if name == "" && (found || foundBefore(words, v)) && !namedFamily(words, v) {
		// A product named as written: "Researchers find deliberate
		// backdoor in police radio encryption algorithm".
		name = productPhrase(words, p)
	}
	head := ""
	if found && !hasUpperOrDigit(name) {
		head = unbrandedHead(words, p) // "in two healthcare patient monitors": the lead's brand (backdoor9.go)
	}
	if namedFamily(words, v) && (name == "" && !shippedKinds[head] || name != "" && !productAfter(words, k+1, name)) {
		return supplyHit{}, false
	}
	return supplyHit{category: cat, term: joinSpan(words, v, k), name: name, lo: v, hi: k, head: head}, true
}

// planted reports whether the words before a backdoor at v put it there
// ("plants a backdoor", "deployed backdoor"), or call it new ("a new
// backdoor in..."): attackers' work, a family of malware.
func planted(words []titleWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		lk := words[k].lc()
		if deliverVerbs[lk] || oneOf(lk, "plant", "plants", "planted", "planting", "hide", "hides", "hid",
			"leave", "leaves", "left", "use", "uses", "used", "new") {
			return true
		}
		if words[k].stop || !oneOf(lk, "a", "an", "the", "stealthy", "secret", "sneaky") {
			break
		}
	}
	return false
}

// productAfter reports whether name, read from word i, is followed within
// three words by a product noun ("NetSarang server management software").
func productAfter(words []titleWord, i int, name string) bool {
	e := i + len(strings.Fields(name))
	for k := e; k < len(words) && k < e+3; k++ {
		if productNouns[words[k].lc()] {
			return true
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// quotedName is a run of words between quotes in s that starts within
// words lo..hi ("hijack 'Web Developer' extension"), or "".
func quotedName(s string, words []titleWord, lo, hi int) string {
	for i := lo; i <= hi && i < len(words); i++ {
		open, n := utf8.DecodeLastRuneInString(s[:words[i].start])
		if !quoteRune(open) || words[i].start-n > 0 && s[words[i].start-n-1] != ' ' {
			continue
		}
		for j := i; j < len(words) && j < i+4; j++ {
			if words[j].end < len(s) {
				if r, _ := utf8.DecodeRuneInString(s[words[j].end:]); quoteRune(r) {
					if n := joinSpan(words, i, j); vendorName(n) {
						return n
					}
					return ""
				}
			}
			if words[j].stop {
				break
			}
		}
	}
	return ""
}

func quoteRune(r rune) bool {
	return r == '\'' || r == '‘' || r == '’' || r == '"' || r == '“' || r == '”'
}

// openingSubject is the name an opening clause says was broken into,
// when the shape at lo tells what followed ("Packagist Repository Hacked:
// Over a Dozen PHP Packages ... Compromised"): the clause before the colon
// is the news' subject, the packages what it reached. The name runs from
// the headline's start to its first channel word.
func openingSubject(words []titleWord, lo int) string {
	c := -1
	for i := 0; i < lo; i++ {
		if words[i].stop {
			c = i
			break
		}
	}
	if c < 1 || words[c].dash {
		return ""
	}
	lv := words[c].lc()
	if !supplyVerbs[lv] && !weakVerbs[lv] {
		return ""
	}
	e := 0
	for e < c && channelKind(words, e) == chNone && hasUpperOrDigit(words[e].text) && nameWord(words[e]) {
		e++
	}
	if e == 0 {
		return ""
	}
	return nameSpan(words, 0, e-1)
}
