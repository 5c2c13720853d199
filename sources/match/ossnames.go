package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A count or a campaign that names only the registry in the title
// ("Self-spreading worm hits 180 npm packages", "35 Chrome extensions
// hijacked in phishing campaign") while the lead names the packages
// ("The attack began with the popular @ctrl/tinycolor package",
// "Cyberhaven's extension was among them"): the alert names the lead's
// package, so that the reports of one compromise meet under the package's
// name; the registry stays the name only when the lead gives none
// (registry.go).

// registryWord reports whether n is a registry named on its own, or the
// last word of a two-word one a shape cut short ("VSX" of "Open VSX").
func registryWord(n string) bool {
	l := strings.ToLower(n)
	if registries[l] {
		return true
	}
	if _, ok := registryPairs[l]; ok {
		return true
	}
	for p := range registryPairs {
		if strings.HasSuffix(p, " "+l) && !generic[l] {
			return true
		}
	}
	return false
}

// leadPackageNamed is leadPackage with the forms a lead gives for one of
// the packages a title counted: an owner before the channel
// ("Cyberhaven's extension was among them"), what the packages include
// ("The compromised packages include chalk and debug"), what is among
// them ("Among the packages compromised is @ctrl/tinycolor") and where
// the wave began ("began with the popular @ctrl/tinycolor package",
// "first appeared in quuxauth and zorbcli").
func leadPackageNamed(lw []titleWord, s string) string {
	// Where the wave began names its first package, ahead of the
	// appositive leadPackage reads ("first appeared in quuxauth and
	// zorbcli, two libraries": quuxauth).
	for i := 0; i+2 < len(lw); i++ {
		l, next := lw[i].lc(), lw[i+1].lc()
		if lw[i].stop || !(oneOf(l, "began", "begun", "started", "starting", "beginning", "originated") && oneOf(next, "with", "in", "at") ||
			oneOf(l, "appeared", "seen", "spotted", "detected") && next == "in" ||
			l == "first" && oneOf(next, "infected", "compromised", "hit", "hijacked", "poisoned", "backdoored")) { // "the worm first infected quux"
			continue
		}
		if n := slashName(lw, i+2, nameAfter(lw, i+2, true, true)); n != "" && !threatActor(lw, n) &&
			!quantities[strings.ToLower(n)] && !registryWord(n) && !leadChannels[strings.ToLower(n)] {
			return n
		}
	}
	if n := leadListed(lw); n != "" {
		return n // "the ctx and PHPass packages" (oss9.go)
	}
	if n := leadPackage(lw, s); n != "" {
		return n
	}
	among := false
	for i, w := range lw {
		l := w.lc()
		if l == "among" {
			among = true
		}
		if leadChannels[l] && i > 0 && !lw[i-1].stop && ownerWord(s, lw[i-1]) {
			if n := nameEnding(lw, i-1); n != "" && !threatActor(lw, n) && !actors[strings.ToLower(n)] {
				return strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
			}
		}
		if i+1 >= len(lw) || w.stop {
			continue
		}
		// "the compromised packages include X"; "among the packages
		// compromised is X".
		if !(oneOf(l, "include", "includes", "included") || among && oneOf(l, "is", "are", "was", "were")) ||
			!leadChannelBefore(lw, i) && !(i > 0 && oneOf(lw[i-1].lc(), "victims", "targets")) {
			continue // ("the latest victims include X")
		}
		k := i + 1
		if n := slashName(lw, k, nameAfter(lw, k, true, true)); n != "" && !threatActor(lw, n) &&
			!quantities[strings.ToLower(n)] && !registryWord(n) && !leadChannels[strings.ToLower(n)] {
			return n
		}
	}
	return leadPackageMore(lw) // osstakeover.go
}

// leadChannelBefore reports whether a channel word stands within five words
// before word i, in its phrase: "the compromised packages include".
func leadChannelBefore(lw []titleWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if lw[k].stop {
			return false
		}
		if leadChannels[lw[k].lc()] {
			return true
		}
	}
	return false
}

// slashName carries a package name read at or after word i over an
// owner's slash ("@ctrl" "/" "tinycolor" is one name).
func slashName(lw []titleWord, i int, n string) string {
	if n == "" || strings.Contains(n, " ") {
		return n
	}
	for k := i; k < len(lw) && k <= i+6; k++ {
		if lw[k].text == n {
			if lw[k].slash && k+1 < len(lw) {
				return n + "/" + lw[k+1].text
			}
			return n
		}
	}
	return n
}

// leadForRegistry renames an oss alert that names only a registry to the
// package its lead names (leadPackageNamed).
func (m *Matcher) leadForRegistry(title, lead string, u *unit) {
	if u.category != trust.CategoryOSS || lead == "" || len(u.vendors) != 1 || !u.vendors[0].Unlisted ||
		!registryWord(u.vendors[0].Name) && !techKinds[strings.ToLower(u.vendors[0].Name)] { // "PHP libraries" (oss9.go)
		return
	}
	lw := titleWords(lead)
	n := leadPackageNamed(lw, lead)
	if n == "" || !vendorName(n) || registryWord(n) {
		return
	}
	u.vendors = []trust.VendorHit{m.hitFor(n)}
	u.across = true
	u.evidence = clean(title) + " — " + clean(lead)
}

// Packages hit by a worm or a campaign: "Zapier, ENS Domains, PostHog npm
// packages hit by Shai-Hulud 2.0", "PostHog and Postman packages hit by
// new Sha1-Hulud worm". The packages stand before the verb, the campaign
// after "by": a worm within three words, or a name of its own when the
// title lists at least two packages of a registry (a list is what tells
// a wave of trusted packages from "npm packages hit by a flaw", the
// registry packages from parcels).

// hitBy is the cheap check for the shape: " hit by " in any case.
func hitBy(title string) bool {
	for i := 0; i+8 <= len(title); i++ {
		if title[i] == ' ' && (title[i+1]|0x20) == 'h' && (title[i+2]|0x20) == 'i' && (title[i+3]|0x20) == 't' &&
			title[i+4] == ' ' && (title[i+5]|0x20) == 'b' && (title[i+6]|0x20) == 'y' && title[i+7] == ' ' {
			return true
		}
	}
	return false
}

// byVerbs are the participles a campaign hits packages by.
var byVerbs = wordSet("hit compromised infected backdoored hijacked poisoned")

// campaignNoise may stand between "by" and the worm's name.
var campaignNoise = wordSet(`the a new latest second third renewed self-spreading
	self-replicating self-propagating`)

// byWorm reads the shape at participle v and returns the campaign's last
// word.
func byWorm(words []titleWord, v int) (int, bool) {
	if v < 1 || v+2 >= len(words) || words[v].stop || !byVerbs[words[v].lc()] ||
		!strings.EqualFold(words[v+1].text, "by") || channelKind(words, v-1) != chOSS {
		return 0, false
	}
	k := v + 2
	for k < len(words) && k < v+5 && campaignNoise[words[k].lc()] && !words[k].stop {
		k++
	}
	for j := k; j < len(words) && j <= k+2; j++ {
		if wormWord(words[j].text) {
			return j, true
		}
		if words[j].stop {
			break
		}
	}
	if k >= len(words) || !hasUpperOrDigit(words[k].text) || !nameWord(words[k]) || isNumber(words[k].text) ||
		threatActor(words, words[k].text) || notCampaign(words[k].text) {
		return 0, false
	}
	cs := v - 1
	for cs > 0 && channelKind(words, cs-1) != chNone {
		cs--
	}
	if registryIn(words, cs, v-1) == "" {
		return 0, false // "Zorbco and Quuxio packages hit by Brexit tariffs": parcels
	}
	if pairBefore(words, cs) == "" && listCount(words, cs) < 2 && !listEnds(words, cs) {
		return 0, false
	}
	return k, true
}

// listCount counts the comma-separated names before the channel at cs.
func listCount(words []titleWord, cs int) int {
	n := 0
	for k := cs - 1; k >= 0; k-- {
		if !nameWord(words[k]) || !hasUpperOrDigit(words[k].text) && !packageToken(words[k].text) {
			break
		}
		if k == 0 || words[k-1].stop {
			n++
			if k == 0 || words[k-1].dash {
				break
			}
			continue
		}
	}
	return n
}

// pairBefore reads "A and B" right before the channel at cs and returns
// A: "PostHog and Postman packages".
func pairBefore(words []titleWord, cs int) string {
	b := cs - 1
	if b < 2 || words[b].stop {
		return ""
	}
	s := b
	for s > 0 && s > b-2 && !words[s-1].stop && hasUpperOrDigit(words[s-1].text) && nameWord(words[s-1]) {
		s--
	}
	if !hasUpperOrDigit(words[b].text) || !nameWord(words[b]) || s < 2 || !strings.EqualFold(words[s-1].text, "and") {
		return ""
	}
	a := nameEnding(words, s-2)
	if a == "" || nameEnding(words, b) == "" {
		return ""
	}
	return a
}

// notCampaign: what may hit packages and is no campaign that turned them
// ("hit by DDoS", "hit by CVE-2025-1234").
func notCampaign(w string) bool {
	l := strings.ToLower(w)
	return oneOf(l, "ddos", "outage", "outages", "downtime", "spam", "takedown", "takedowns") || strings.HasPrefix(l, "cve-")
}

// actionNamed reports whether the "action" at word i is a CI action named
// by its package name without "GitHub": "the tj-actions/changed-files
// action", "zorb-lint action compromised", "compromise of the reviewdog
// action". The name is a package token with a hyphen or an owner's slash,
// or a lower-case token after "the" or "of"; the kinds of action in the news
// ("class action", "the enforcement action") are not.
func actionNamed(words []titleWord, i int) bool {
	if i == 0 || words[i-1].stop {
		return false
	}
	p := words[i-1]
	lp := p.lc()
	if hasUpperOrDigit(p.text) || !packageToken(p.text) || !nameWord(p) || actionKinds[lp] || hyphenAdjective(lp) {
		return false
	}
	if i >= 2 && words[i-2].slash || strings.Contains(lp, "-") && !strings.HasSuffix(lp, "-up") {
		return true
	}
	return i >= 2 && oneOf(words[i-2].lc(), "the", "of") && !strings.HasSuffix(lp, "al") && !strings.HasSuffix(lp, "ive")
}

// actionKinds are the words before "action" that say what kind of action
// it is, not which CI action.
var actionKinds = wordSet(`class legal enforcement military regulatory disciplinary direct quick
	corrective executive collective joint urgent immediate swift further affirmative
	industrial court police government state federal antitrust remedial emergency same
	first next last opposite right wrong follow-up takedown coordinated rapid`)

// A trusted release modified by attackers, with no compromise word:
// "Hackers modified Codecov's Bash Uploader to steal CI credentials",
// "Attackers altered Codecov Bash Uploader script for two months". The
// verb is a cue (it opens the supply shapes' gate, cue.go); the shape is
// the weak-verb one of supplyShape with attackers for its subject.

// modifyFamily: changing a channel's code.
var modifyFamily = []string{"modify", "alter"}

// modifyVerbs are its forms.
var modifyVerbs = forms(modifyFamily)

// attackerModified reports whether the modify verb at v has attackers for
// its subject and the channel after it: what attackers changed in a
// vendor's shipping channel was turned, whatever its purpose; a vendor
// modifying its own is routine.
func attackerModified(words []titleWord, v int, after bool) bool {
	return after && v > 0 && modifyVerbs[words[v].lc()] && !words[v-1].stop &&
		attackers[words[v-1].lc()]
}

// registryAccount reports whether the "account" at word i is a package
// registry's publishing account: "Docker Hub account of zorbproxy",
// "RubyGems account behind rest-client", "Packagist account".
//
// The account must be one publisher's, named after "of" or "behind":
// "Docker Hub accounts hijacked in credential stuffing attack" is users'.
func registryAccount(words []titleWord, i int) bool {
	if i == 0 || words[i-1].stop || words[i].stop || i+2 >= len(words) ||
		!oneOf(words[i+1].lc(), "of", "behind") {
		return false
	}
	switch words[i-1].lc() {
	case "rubygems", "packagist", "nuget", "crates.io", "openvsx":
		return true
	case "hub", "vsx", "face":
		return i >= 2 && !words[i-2].stop && oneOf(words[i-2].lc(), "docker", "open", "hugging")
	}
	return false
}

// A named package in a "supply chain attack" title: "Quuxo library supply
// chain attack steals keys", "Supply chain attack on Zorbify npm package",
// "Zorbl Player supply chain attack steals crypto" — "Attackers published
// malicious versions of the Zorbl Player npm package". The attack is a
// package compromise (oss) when the title puts a package's kind right
// after the name, or the lead calls the name a package, library,
// extension or action (leadPackageNamed); a vendor's supply chain attack
// ("Kaseya supply chain attack hits 1,500 businesses") stays compromise.

// packageKinds are the words that say a name is a package's.
var packageKinds = wordSet(`package packages library libraries extension extensions plugin plugins
	addon addons add-on add-ons module modules gem gems crate crates`)

// hasSupplyChain is the cheap check: "supply chain" or "supply-chain" in
// any case.
func hasSupplyChain(title string) bool {
	for i := 0; i+12 <= len(title); i++ {
		if (title[i]|0x20) == 's' && strings.EqualFold(title[i:i+6], "supply") && (title[i+6] == ' ' || title[i+6] == '-') &&
			strings.EqualFold(title[i+7:i+12], "chain") {
			return true
		}
	}
	return false
}

// ossSupplyChain turns a compromise alert of a supply chain attack on one
// unlisted name to oss when title or lead says the name is a package's.
func (m *Matcher) ossSupplyChain(title, lead string, u *unit) {
	if u.category != trust.CategoryCompromise || len(u.vendors) != 1 || !u.vendors[0].Unlisted ||
		!hasSupplyChain(title) {
		return
	}
	name := u.vendors[0].Name
	if kindAfterName(headline(titleWords(title)), name) {
		u.category = trust.CategoryOSS
		return
	}
	if lead == "" {
		return
	}
	if lw := titleWords(lead); kindAfterName(lw, name) || turnedRegistryPackage(lw) || os12LeadTurned(titleWords(firstSentence(lead))) {
		u.category = trust.CategoryOSS
	}
}

// turnedRegistryPackage reports whether a lead tells of a registry's
// package turned: a registry before a package's kind ("its
// '@ledgerhq/connect-kit' npm module", "the PyPI package") and a word
// that it was made malicious. A vendor's supply chain attack carried by
// its own package is a package compromise.
func turnedRegistryPackage(lw []titleWord) bool {
	reg, bad := false, false
	for k, w := range lw {
		l := w.lc()
		if k+1 < len(lw) && !w.stop && registryWord(l) && packageKinds[lw[k+1].lc()] {
			reg = true
		}
		if oneOf(l, "malicious", "backdoored", "trojanized", "trojanised", "compromised", "hijacked") {
			bad = true
		}
	}
	return reg && bad
}

// kindAfterName reports whether a package's kind follows the name in
// words: "Quuxo library", "Zorbify npm package", "the 'Ledger dApp Connect
// Kit' library" (the name may run on over up to three capitalised words,
// and registries stand between). "CyberLink software" is no package.
func kindAfterName(words []titleWord, name string) bool {
	_, e := findName(words, name)
	if e < 0 {
		return false
	}
	for k := e + 1; k < len(words) && k <= e+4; k++ {
		lk := words[k].lc()
		if packageKinds[lk] || (lk == "action" || lk == "actions") && actionNamed(words, k) {
			return true
		}
		if words[k-1].stop && !words[k-1].quoted {
			return false // the name's phrase ended
		}
		if !registryWord(lk) && !channelModifiers[lk] && !(hasUpperOrDigit(words[k].text) && nameWord(words[k])) {
			return false
		}
	}
	return false
}

// judgedWords say what a past compromise was in hindsight: "The
// compromise of the zorb-ci action was preventable, experts say".
var judgedWords = wordSet(`preventable avoidable inevitable overblown overhyped predictable
	foreseeable`)

// judgedAfter reports whether an oss or compromise title judges a
// compromise the news told before: its verb is "was" or "is" followed by
// a word of judgement (judgedWords), so the title is commentary, not the
// event ("Notepad++ update hijack was avoidable, experts say").
func judgedAfter(title string, u *unit) bool {
	if u.category != trust.CategoryOSS && u.category != trust.CategoryCompromise {
		return false
	}
	words := headline(titleWords(title))
	for i := 1; i+1 < len(words); i++ {
		if oneOf(words[i].lc(), "was", "is", "were", "are") && !words[i].stop &&
			judgedWords[words[i+1].lc()] {
			return true
		}
	}
	return false
}
