package match

import (
	"strings"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Shapes of package compromises found missed or misnamed in the oss10
// batch (testdata/oss10.tsv): a package caught up in a campaign or worm
// that hit others ("CrowdStrike npm packages caught up in Shai-Hulud
// attack"), a wave or campaign as the subject that hits named packages
// ("Shai-Hulud wave hits Zapier, ENS Domains npm packages"), a supply
// chain attack on a channel whose lead names it ("Supply chain attack on
// popular GitHub Action ..."), releases pushed with malicious code
// ("Quuxswap's npm packages pushed with wallet-draining code"), and a
// maintainer's own destructive code ("Maintainer pushes code that wipes
// files ..."). And the look-alikes: what could have happened ("could have
// let hackers backdoor", "could have hijacked packages like X") and a
// researchers' named technique that threatens packages ("'Revival Hijack'
// attack threatens 22,000 PyPI packages").

// oss10Cues open the supply shapes for the verbs the shapes below read;
// a cue scores nothing (cue.go).
var oss10Cues = []string{"caught up in", "caught in", "swept up in", "swept into", "ensnared in", "embroiled in",
	"dragged into", "pulled into", "trojanized in", "trojanised in", "trojanized by", "infected in",
	"pushed with", "published with", "released with", "republished with", "uploaded with",
	"wave hits", "wave hit", "wave strikes", "wave infects", "campaign hits", "campaign hit", "attack hits",
	"attack on", "attack against", "code that", "update that", "version that", "commit that",
	"phished", "phish", "maintainer account", "used to push", "used to publish", "own package", "own library",
	"own packages", "own libraries", "own npm", "own pypi", "pushed to", "added to", "pushes protestware",
	"victim of", "victims of", "victim to", "republishes", "republished", "token leaked", "tokens leaked",
	"token stolen", "leaked token", "stolen token", "leaked credentials", "stolen credentials"}

// caughtVerbs say a package was made one of a campaign's victims: it was
// "caught up in" or "swept up in" it, "trojanized in" it.
var caughtVerbs = wordSet(`caught swept ensnared embroiled dragged pulled trojanized trojanised
	infected hit impacted affected`)

// caughtNouns are what a package is caught up in: a wave of
// compromises, not a flaw.
var caughtNouns = wordSet(`campaign campaigns attack attacks wave waves worm compromise
	phishing spree hack hacks hijacking hijackings operation incident breach`)

// caughtInCampaign reads "<channel> caught up in <campaign>": the channel
// is the verb's subject (right before it, an auxiliary between), and a
// campaign noun or a worm's name stands within six words after "in",
// "into" or "by" ("caught up in same phishing wave that hit chalk",
// "trojanized in Shai-Hulud 2.0 attack").
func caughtInCampaign(words []titleWord, v int) (supplyHit, bool) {
	k := v + 1
	if k < len(words) && strings.EqualFold(words[k].text, "up") && !words[v].stop {
		k++
	}
	if k >= len(words) || words[k-1].stop || !oneOf(words[k].lc(), "in", "into", "by") {
		return supplyHit{}, false
	}
	lv := words[v].lc()
	if oneOf(lv, "hit", "impacted", "affected", "infected") && strings.EqualFold(words[k].text, "into") {
		return supplyHit{}, false
	}
	found := -1
	for j := k + 1; j < len(words) && j <= k+6; j++ {
		if caughtNouns[words[j].lc()] || wormWord(words[j].text) {
			found = j
			break
		}
		if hardStop(words, j) {
			break
		}
	}
	if found < 0 {
		return supplyHit{}, false
	}
	cs, ce, kind := channelBefore(words, v)
	if kind != chOSS || lookedBack(words, ce, v) {
		return supplyHit{}, false
	}
	name := channelName(words, cs, ce, v, false, chOSS)
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, cs, found), name: name, lo: cs, hi: found}, true
}

// lookedBack reports whether "after", "following" or "since" stands
// between a channel ending at ce and the verb at v: "Companies audit
// dependencies after colors and faker sabotage" looks back on a
// compromise, whose channel is not the verb's subject.
func lookedBack(words []titleWord, ce, v int) bool {
	for k := ce + 1; k < v; k++ {
		if lookBack[words[k].lc()] {
			return true
		}
	}
	return false
}

// lookBack words open a clause that looks back on what happened before
// the headline's news; channelBefore (supply.go) does not read past them.
var lookBack = wordSet("after following since amid")

// backPronoun reports whether the clause a lookBack word opens is the
// channel's own, its subject a pronoun just before the verb at v:
// "Chrome pulls X extension after it turned into spyware" tells what the
// extension did, not what came before the headline's news.
func backPronoun(words []titleWord, i, v int) bool {
	return i == v-1 && oneOf(words[i].lc(), "it", "they")
}

// waveVerbs carry a wave of compromises to the packages after them.
var waveVerbs = wordSet(`hits hit strikes struck infects infected compromises backdoors hijacks
	reaches ensnares sweeps trojanizes`)

// waveHits reads a wave, campaign or worm as the subject of a verb whose
// object is named packages: "'Second Coming' Shai-Hulud wave hits Zapier,
// ENS Domains npm packages", "New phishing campaign hits chalk, debug
// packages". The names stand between the verb and the channel; a count
// there ("hits 800 npm packages") leaves the name to the registry.
func waveHits(words []titleWord, v int) (supplyHit, bool) {
	if v == 0 || words[v-1].stop || words[v].stop || !attackSubject(words, v) {
		return supplyHit{}, false
	}
	for c := v + 1; c < len(words) && c <= v+8; c++ {
		if channelKind(words, c) != chOSS || !packageKinds[words[c].lc()] {
			if hardStop(words, c) && !(c+1 < len(words) && nameWord(words[c+1])) {
				return supplyHit{}, false
			}
			continue
		}
		if ofRegistry(words, c) {
			return supplyHit{}, false
		}
		cs := c
		for cs > v+1 && !words[cs-1].stop && channelKind(words, cs-1) == chModify {
			cs--
		}
		// The first name listed ("hits Zapier, ENS Domains npm
		// packages"; "hits zorb-log, quux-ui packages").
		name := ""
		if cs > v+1 {
			name = nameAfter(words, v+1, true, true)
		}
		if name != "" && (countedAt(words, v+1, cs) || registryWord(name)) {
			name = ""
		}
		return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, v-1, c), name: name, lo: v, hi: c}, true
	}
	return supplyHit{}, false
}

// attackOn reads a supply chain attack told by its target: "Supply chain
// attack on popular GitHub Action exposes secrets", "attack against Nx
// packages steals tokens". The target is one channel (a singular noun or
// one named), not a registry's packages at large ("attack on npm
// ecosystem", "attacks on open-source packages").
func attackOn(words []titleWord, v int) (supplyHit, bool) {
	if v == 0 || words[v-1].stop || !oneOf(words[v-1].lc(), "attack", "compromise", "hijack", "hijacking", "takeover") ||
		words[v].stop {
		return supplyHit{}, false
	}
	_, ce, kind := channelAfter(words, v)
	if kind != chOSS || ofRegistry(words, ce) {
		return supplyHit{}, false
	}
	name := ""
	for k := v + 1; k <= ce; k++ {
		if channelKind(words, k) == chNone && nameWord(words[k]) && (hasUpperOrDigit(words[k].text) || packageToken(words[k].text)) {
			name = words[k].text // "attack on Nx packages", "attack on the quux-io package"
			break
		}
	}
	if name == "" && strings.HasSuffix(words[ce].lc(), "s") {
		return supplyHit{}, false // a registry's packages at large
	}
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, v-1, ce), name: name, lo: v - 1, hi: ce}, true
}

// pushedWith reads releases put out carrying harm: "Quuxswap's npm
// packages pushed with wallet-draining code", "zorb-cookie versions
// published with a credential stealer". The channel is the verb's
// subject; what follows "with" is malware or code that harms.
func pushedWith(words []titleWord, v int) (supplyHit, bool) {
	if v+2 >= len(words) || words[v].stop || !strings.EqualFold(words[v+1].text, "with") {
		return supplyHit{}, false
	}
	harm := -1
	for j := v + 2; j < len(words) && j <= v+4; j++ {
		lj := words[j].lc()
		if defenseWords[lj] {
			return supplyHit{}, false // "published with fix for malicious dependency"
		}
		if malwareNouns[lj] || harmCompound(lj) || badReleaseWords[lj] && lj != "compromised" {
			harm = j
			break
		}
		if hardStop(words, j) {
			break
		}
	}
	if harm < 0 || harm+1 < len(words) && !words[harm].stop && defenseWords[words[harm+1].lc()] {
		return supplyHit{}, false // "published with new malware detection"
	}
	cs, ce, kind := channelBefore(words, v)
	if kind != chOSS || ce < v-2 {
		return supplyHit{}, false
	}
	name := channelName(words, cs, ce, v, false, chOSS)
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, cs, harm), name: name, lo: cs, hi: harm}, true
}

// defenseWords turn harm into what a release guards against: "fix for
// malicious dependency", "malware detection".
var defenseWords = wordSet(`fix fixes patch patches detection scanning scanner protection defense
	defenses checks warning warnings filter filters guard for against`)

// codeVerbs put a change into a release; codeNouns are the change.
var (
	codeVerbs = wordSet(`adds added pushes pushed commits committed inserts inserted ships
		shipped publishes published releases released slips slipped sneaks snuck hides hid`)
	codeNouns = wordSet("code update version commit commits release changes payload script")
	// destroyVerbs are what the change does to its users.
	destroyVerbs = wordSet(`deletes delete wipes wipe overwrites overwrite erases erase corrupts
		bricks destroys sabotages encrypts steals drains nukes`)
	// eraseVerbs destroy only with what they remove said: "deletes
	// user files", not "deletes telemetry".
	eraseVerbs = wordSet("deletes delete wipes wipe erases erase")
	userThings = wordSet(`files file data disks disk directories folders systems machines
		computers repositories projects drives home`)
)

// destroysAt reports whether word j is a destroying verb with its object:
// "wipes files", "deletes user data", "corrupts".
func destroysAt(words []titleWord, j int) bool {
	l := words[j].lc()
	if !destroyVerbs[l] {
		return false
	}
	if !eraseVerbs[l] {
		return true
	}
	for k := j + 1; k < len(words) && k <= j+3; k++ {
		if userThings[words[k].lc()] {
			return true
		}
		if hardStop(words, k) {
			break
		}
	}
	return false
}

// maintainerCode reads a maintainer putting destructive code into their
// own release: "Maintainer pushes code that wipes files on Russian
// machines in popular npm package", "npm library author adds code that
// deletes user data in protest". A maintainer word is the subject (up to
// three words before the verb), the change follows it, and "that",
// "which" or "to" and a destroying verb follow the change. The package is
// the title's channel or, when the title gives only its kind, the lead's.
func maintainerCode(words []titleWord, v int) (supplyHit, bool) {
	if words[v].stop || v+3 >= len(words) {
		return supplyHit{}, false
	}
	who := -1
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if maintainerWords[words[k].lc()] || strings.EqualFold(words[k].text, "dev") {
			who = k
			break
		}
		if words[k].stop {
			break
		}
	}
	if who < 0 {
		return supplyHit{}, false
	}
	n := v + 1
	for n < len(words) && n <= v+3 && !codeNouns[words[n].lc()] {
		if words[n].stop {
			return supplyHit{}, false
		}
		n++
	}
	if n >= len(words) || n > v+3 {
		return supplyHit{}, false
	}
	// "adds malicious code to his own library": the change called
	// harmful; else what it does follows it ("code that wipes files").
	harmful := n > v+1 && (harmAt(words, n-1) || strings.EqualFold(words[n-1].text, "destructive"))
	if !harmful && (n+2 >= len(words) || words[n].stop || !oneOf(words[n+1].lc(), "that", "which", "to") ||
		!destroysAt(words, n+2)) {
		return supplyHit{}, false
	}
	end := n + 2
	if harmful {
		end = n
	}
	// The channel: where the code went ("into npm module", "in popular
	// npm package"), else the maintainer's ("npm library author").
	c := -1
	for k := end; k < len(words); k++ {
		if channelKind(words, k) == chOSS && packageKinds[words[k].lc()] {
			c = k
			break
		}
	}
	for k := 0; c < 0 && k < who; k++ {
		if channelKind(words, k) == chOSS && packageKinds[words[k].lc()] {
			c = k
		}
	}
	if c < 0 {
		// "zorbcolor developer pushes update that deletes files": the
		// package is named before its maintainer.
		if n := nameBefore(words, who, false); n != "" && packageToken(n) && !hasUpperOrDigit(n) {
			return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, who-1, end), name: n, lo: who - 1, hi: end}, true
		}
		return supplyHit{}, false
	}
	cs := c
	for cs > 0 && !words[cs-1].stop && channelKind(words, cs-1) != chNone {
		cs--
	}
	name := ""
	if c < who {
		name = nameBefore(words, cs, false)
	} else {
		name = channelName(words, cs, c, c+1, false, chOSS)
	}
	if name != "" && (registryWord(name) || maintainerWords[strings.ToLower(name)]) {
		name = ""
	}
	lo, hi := min(who, cs), max(end, c)
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, lo, hi), name: name, lo: lo, hi: hi}, true
}

// harmAt reports whether word j calls a release harmful: malware, a
// word of a turned release, or a harmful compound ("wallet-draining").
func harmAt(words []titleWord, j int) bool {
	lj := words[j].lc()
	return malwareNouns[lj] || harmCompound(lj) || badReleaseWords[lj] && lj != "compromised"
}

// takenWords say an account or a maintainer was taken; heldWords are
// what was taken.
var (
	takenWords = wordSet("phished phish phishes hijacked hijack hijacks compromised compromise breached hacked stolen leaked exposed")
	heldWords  = wordSet("maintainer maintainers developer publisher account accounts token tokens credentials credential key keys password")
)

// takenAccountPublished reads a release published through a taken
// account: "Attackers phish zorbgrid maintainer, publish malicious
// versions", "Zorbkit maintainer's npm account phished to push malware",
// "Compromised maintainer account used to push malicious update to
// quuxlib". The verb at v publishes, harm follows it within three words,
// and within eight words before it an account word stands beside a word
// that it was taken. The package is the release's object ("to quuxlib",
// "into zorbfs package"), else named before the account or right after
// the word of taking.
func takenAccountPublished(words []titleWord, v int) (supplyHit, bool) {
	harm := -1
	for j := v + 1; j < len(words) && j <= v+3; j++ {
		if harmAt(words, j) {
			harm = j
			break
		}
		if hardStop(words, j) {
			break
		}
	}
	if harm < 0 {
		return supplyHit{}, false
	}
	acc, taken := -1, -1
	for k := v - 1; k >= 0 && k >= v-8; k-- {
		l := words[k].lc()
		if heldWords[l] || strings.HasSuffix(l, "'s") && heldWords[strings.TrimSuffix(l, "'s")] {
			if acc < 0 {
				acc = k
			}
		}
		if takenWords[l] {
			taken = k
		}
	}
	if acc < 0 || taken < 0 || taken < acc-4 || taken > acc+3 {
		return supplyHit{}, false
	}
	name := ""
	if harm > v+1 {
		// "publish zorb-utils with infostealer": the release's own name.
		name = nameAfter(words, v+1, false, true)
	}
	for k := harm + 1; name == "" && k+1 < len(words) && k <= harm+3; k++ {
		if oneOf(words[k].lc(), "to", "into", "in", "of") && !words[k-1].stop {
			name = nameAfter(words, k+1, false, true)
			break
		}
	}
	if name == "" {
		s := acc
		for s > 0 && !words[s-1].stop && (channelKind(words, s-1) != chNone || heldWords[words[s-1].lc()]) {
			s--
		}
		name = nameBefore(words, s, false)
	}
	if name == "" && taken+1 < acc {
		name = nameAfter(words, taken+1, false, true)
	}
	if name == "" || registryWord(name) || heldWords[strings.ToLower(name)] || takenWords[strings.ToLower(name)] {
		return supplyHit{}, false
	}
	lo, hi := min(acc, taken), harm
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, lo, hi), name: name, lo: lo, hi: hi}, true
}

// insertedTo are the verbs of harm put into a channel, told with the harm
// first: "Wallet-draining code pushed to Quuxswap's npm packages".
var insertedTo = wordSet("pushed published added injected inserted shipped slipped sneaked uploaded")

// harmPushedTo reads harm as the subject of a verb that put it into a
// channel: "Wallet-draining code pushed to Quuxswap's npm packages",
// "Credential stealer added to zorb-auth library". The harm stands
// within three words before the verb, the channel after "to", "into" or
// "in".
func harmPushedTo(words []titleWord, v int) (supplyHit, bool) {
	if v+2 >= len(words) || words[v].stop || !oneOf(words[v+1].lc(), "to", "into", "in") {
		return supplyHit{}, false
	}
	harm := -1
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if words[k].stop {
			break
		}
		if harmAt(words, k) {
			harm = k
		}
	}
	if harm < 0 {
		return supplyHit{}, false
	}
	cs, ce, kind := channelAfter(words, v+1)
	if kind != chOSS || ofRegistry(words, ce) {
		return supplyHit{}, false
	}
	name := channelName(words, cs, ce, v+1, true, chOSS)
	if name == "" && strings.HasSuffix(words[ce].lc(), "s") {
		return supplyHit{}, false // "malicious code pushed to npm packages": mostly uploads of the attackers' own
	}
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, harm, ce), name: name, lo: harm, hi: ce}, true
}

// ownVerbs are what a maintainer does to their own package in protest.
var ownVerbs = wordSet(`breaks broke bricks bricked sabotages sabotaged corrupts corrupted wipes
	nukes nuked trashes trashed poisons poisoned pushes pushed publishes published`)

// protestWords say why a maintainer broke their own release.
var protestWords = wordSet("protest protests protestware retaliation revenge")

// ownSabotage reads a maintainer turning their own package: "Developer
// breaks his own npm library in protest", "Maintainer bricks own npm
// package in protest over corporate use", "Author of npm package
// zorbcolor pushes protestware". A maintainer word is the subject within
// three words before the verb; "own" and a channel follow it, or the
// object is protestware. "Breaks" and "pushes" need the protest said.
func ownSabotage(words []titleWord, v int) (supplyHit, bool) {
	who := -1
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if maintainerWords[words[k].lc()] || strings.EqualFold(words[k].text, "dev") {
			who = k
			break
		}
		if hardStop(words, k) {
			break
		}
	}
	if who < 0 || words[v].stop {
		return supplyHit{}, false
	}
	protest := inWords(words, protestWords)
	lv := words[v].lc()
	if oneOf(lv, "breaks", "broke") && !protest {
		return supplyHit{}, false
	}
	own, c := false, -1
	for k := v + 1; k < len(words) && k <= v+5; k++ {
		l := words[k].lc()
		if l == "own" {
			own = true
		}
		if channelKind(words, k) == chOSS && packageKinds[l] || l == "protestware" {
			c = k
			break
		}
		if hardStop(words, k) {
			break
		}
	}
	if c < 0 || !own && !strings.EqualFold(words[c].text, "protestware") ||
		publishVerbs[lv] && !strings.EqualFold(words[c].text, "protestware") { // "pushes own package to PyPI": a move
		return supplyHit{}, false
	}
	name := ""
	if strings.EqualFold(words[c].text, "protestware") {
		// "Author of npm package zorbcolor pushes": the package before.
		for k := who + 1; k < v; k++ {
			if channelKind(words, k) == chOSS && packageKinds[words[k].lc()] && k+1 < v && !words[k].stop {
				name = nameAfter(words, k+1, false, true)
			}
		}
		if name == "" {
			name = nameBefore(words, who, false)
		}
	} else {
		name = nameBefore(words, who, false) // "colors.js developer bricks own library"
		if name == "" {
			name = channelName(words, c, c, c+1, false, chOSS)
		}
	}
	if name != "" && (registryWord(name) || maintainerWords[strings.ToLower(name)]) {
		name = ""
	}
	lo, hi := min(who, v), c
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, lo, hi), name: name, lo: lo, hi: hi}, true
}

// victimOf reads a package named as a campaign's victim: "Zorbdb becomes
// latest victim of npm phishing campaign", "quux-ui falls victim to
// Shai-Hulud worm". The campaign must be one of packages: a worm, or a
// campaign noun with a registry or a channel word beside it (a firm
// "latest victim of Salesloft Drift supply chain attack" lost data, it
// shipped nothing). The name is the subject, before "becomes", "is",
// "falls" and "latest".
func victimOf(words []titleWord, v int) (supplyHit, bool) {
	if v+2 >= len(words) || words[v].stop || !oneOf(words[v+1].lc(), "of", "to", "in") {
		return supplyHit{}, false
	}
	campaign, oss := -1, false
	for j := v + 2; j < len(words) && j <= v+7; j++ {
		lj := words[j].lc()
		if wormWord(words[j].text) {
			campaign, oss = j, true
		} else if caughtNouns[lj] && campaign < 0 {
			campaign = j
		}
		if hostRegistries[lj] || channelKind(words, j) == chOSS || oneOf(lj, "chrome", "pypi", "npm", "vs", "openvsx", "github") {
			oss = true
		}
		if hardStop(words, j) {
			break
		}
	}
	if campaign < 0 || !oss {
		return supplyHit{}, false
	}
	s := v
	for s > 0 && !words[s-1].stop && oneOf(words[s-1].lc(), "latest", "newest", "another", "new", "the", "a",
		"becomes", "became", "is", "was", "falls", "fell", "also", "as", "named", "among", "first", "biggest") {
		s--
	}
	if s == v || s == 0 {
		return supplyHit{}, false
	}
	name := nameBefore(words, s, false)
	if name == "" || registryWord(name) || !vendorName(name) {
		return supplyHit{}, false
	}
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, s, campaign), name: name, lo: s, hi: campaign}, true
}

// tokenTaken reports whether a title tells of a publishing token,
// account or credentials taken: a held word beside a word of taking.
func tokenTaken(words []titleWord) bool {
	for i, w := range words {
		if !heldWords[strings.ToLower(strings.TrimSuffix(w.text, "'s"))] {
			continue
		}
		for k := max(0, i-2); k < len(words) && k <= i+2; k++ {
			if takenWords[words[k].lc()] {
				return true
			}
		}
	}
	return false
}

// codeNameTaken reads a package named in code form as the subject of a
// takeover verb, with no channel word, when the title says whose token or
// account was taken: "quux-env hijacked after maintainer's npm token
// leaked in CI logs". The name must look like code (lower case, with a
// dot, hyphen or slash): a brand "hijacked" is mostly an account of its
// own.
func codeNameTaken(words []titleWord, v int) (supplyHit, bool) {
	n := nameBefore(words, v, false)
	if n == "" || !codeName(n) || registryWord(n) || !tokenTaken(words[v+1:]) {
		return supplyHit{}, false
	}
	// The token's clause says how: "after", "via", "using" ("Defender
	// auto-isolates compromised accounts": the accounts are the verb's).
	how := false
	for k := v + 1; k < len(words) && k <= v+3; k++ {
		if oneOf(words[k].lc(), "after", "via", "using", "through", "with", "when") {
			how = true
		}
	}
	if !how {
		return supplyHit{}, false
	}
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, v-1, v), name: n, lo: v - 1, hi: v}, true
}

// republishedWith reads a package put out again with harm in it:
// "Attacker with leaked credentials republishes quux-env with
// infostealer". "Republishes" says the package was there before; a plain
// "publishes" does so only when the title tells of a taken token or
// account (else it is mostly the attackers' own upload).
func republishedWith(words []titleWord, v int) (supplyHit, bool) {
	if !strings.HasPrefix(words[v].lc(), "republish") && !tokenTaken(words) || words[v].stop || v+3 >= len(words) {
		return supplyHit{}, false
	}
	k := v + 1
	for k < len(words) && k <= v+3 && oneOf(words[k].lc(), "the", "a", "new", "version", "versions", "of", "popular") {
		k++
	}
	n := nameAfter(words, k, false, true)
	if n == "" || registryWord(n) {
		return supplyHit{}, false
	}
	e := k + len(strings.Fields(n))
	for e < len(words) && e <= k+3 && channelKind(words, e) != chNone {
		e++ // "quux-env npm package with"
	}
	if e+1 >= len(words) || !strings.EqualFold(words[e].text, "with") || words[e-1].stop {
		return supplyHit{}, false
	}
	for j := e + 1; j < len(words) && j <= e+3; j++ {
		if harmAt(words, j) {
			return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, v, j), name: n, lo: v, hi: j}, true
		}
		if hardStop(words, j) {
			break
		}
	}
	return supplyHit{}, false
}

// oss10Shape tries the shapes above at each word of a title (supply.go
// calls it after its own shapes found nothing).
func oss10Shape(words []titleWord) (supplyHit, bool) {
	for v := range words {
		lv := words[v].lc()
		var h supplyHit
		ok := false
		switch {
		case caughtVerbs[lv]:
			h, ok = caughtInCampaign(words, v)
		case lv == "on" || lv == "against":
			h, ok = attackOn(words, v)
		case lv == "with":
			if v > 0 {
				h, ok = pushedWith(words, v-1)
			}
		}
		if !ok && waveVerbs[lv] {
			h, ok = waveHits(words, v)
		}
		if !ok && codeVerbs[lv] {
			h, ok = maintainerCode(words, v)
		}
		if !ok && publishVerbs[lv] {
			h, ok = takenAccountPublished(words, v)
		}
		if !ok && insertedTo[lv] {
			h, ok = harmPushedTo(words, v)
		}
		if !ok && ownVerbs[lv] {
			h, ok = ownSabotage(words, v)
		}
		if !ok && (lv == "victim" || lv == "victims") {
			h, ok = victimOf(words, v)
		}
		if !ok && oneOf(lv, "hijacked", "compromised", "backdoored", "trojanized", "poisoned") {
			h, ok = codeNameTaken(words, v)
		}
		if !ok && (publishVerbs[lv] || oneOf(lv, "republishes", "republished")) {
			h, ok = republishedWith(words, v)
		}
		if ok && !hypothetical(words, v) && !researchSubject(words, v) {
			return h, true
		}
	}
	return supplyHit{}, false
}

// modals say what could happen, not what did.
var modals = wordSet("could can may might would could've would've")

// wouldOnly reports whether a title's first turning word is under a
// modal in its clause: "Exposed GitHub token could have let hackers
// backdoor Python repositories", "'Revival Hijack' could have hijacked
// PyPI packages like Ultralytics", "worm could spread through PyPI". What
// could have happened names no event, and a past victim it compares with
// is not one. A turning word before the modal is the news ("npm package
// hijacked, could have hit millions").
func wouldOnly(title string) bool {
	words := titleWords(title)
	modal := false
	for _, w := range words {
		l := w.lc()
		switch {
		case quotedWord(title, w):
			// A coined name's word ("'Revival Hijack'") is no verb.
		case modals[l] && !(l == "may" && hasUpperOrDigit(w.text)): // "May 2025": a month
			modal = true
		case supplyVerbs[l] || weakVerbs[l] || insertVerbs[l] || objectVerbs[l] || deliverVerbs[l] || oneOf(l, "backdoor", "trojanize", "poison"):
			return modal
		}
		if w.stop && !w.dash {
			modal = false
		}
	}
	return false
}

// quotedWord reports whether a quote mark touches w in title: a word of a
// quoted name.
func quotedWord(title string, w titleWord) bool {
	isQuote := func(r rune) bool { return strings.ContainsRune("'\"‘’“”", r) }
	if w.end < len(title) {
		if r, _ := utf8.DecodeRuneInString(title[w.end:]); isQuote(r) {
			return true
		}
	}
	if w.start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(title[:w.start]); isQuote(r) {
			return true
		}
	}
	return false
}

// techniqueNouns name a method researchers show, not a happening.
var techniqueNouns = wordSet("technique techniques method methods trick tricks attack attacks")

// threatVerbs say a technique endangers packages: it has not turned one.
var threatVerbs = wordSet(`threatens threaten endangers imperils risks puts exposes leaves lets
	allows enables opens`)

// namedTechnique reports whether a title's subject is a technique with a
// coined, quoted name ("'Revival Hijack' supply-chain attack threatens
// 22,000 PyPI packages", "'Revival Hijack' technique puts deleted PyPI
// names up for grabs"): a name closed by a quote, then (within three
// words) a technique noun and a verb that endangers or a modal.
func namedTechnique(title string) bool {
	words := titleWords(title)
	for i, w := range words {
		if !quotedWord(title, w) {
			continue
		}
		for k := i + 1; k+1 < len(words) && k <= i+3; k++ {
			if techniqueNouns[words[k].lc()] && !words[k].stop &&
				(threatVerbs[words[k+1].lc()] || modals[words[k+1].lc()]) {
				return true
			}
		}
	}
	return false
}

// failedWords tell an attack that did not succeed: "Attempted supply
// chain attack on zorb-js package thwarted".
var failedWords = wordSet("attempted failed unsuccessful thwarted thwarts foiled foils averted prevented")

// couldOnly reports a package compromise told as what could happen
// (wouldOnly), as a researchers' named technique (namedTechnique), or as
// an attempt that failed.
func couldOnly(title string) bool {
	return wouldOnly(title) || namedTechnique(title) || hasWordIn(title, failedWords)
}

// placeWords name where a package lives, not the package: "Go module's
// GitHub namespace", "the npm scope".
var placeWords = wordSet(`namespace namespaces username usernames handle scope scopes organization
	org account accounts domain bucket repo repository`)

// leadPackageFor names the package the lead gives for an oss alert whose
// title named none: a word of the title that only describes ("Trusted
// Chrome extensions", "abandoned Go module's GitHub namespace"), or a
// project whose package the lead names in code form ("XRP Ledger SDK" —
// "the official xrpl.js npm package"; "Gluestack npm packages" — "among
// them react-native-aria"). leadForRegistry (ossnames.go) has renamed a
// registry the lead names a package for.
func (m *Matcher) leadPackageFor(title, lead string, u *unit) {
	if u.category != trust.CategoryOSS || lead == "" || len(u.vendors) != 1 || !u.vendors[0].Unlisted {
		return
	}
	name := u.vendors[0].Name
	if i := strings.Index(lead, name+"/"); i >= 0 && strings.Contains(name, ".") && !strings.Contains(name, " ") {
		// A host read for a Go module ("github.com" of
		// "github.com/zorbio/quuxlog"): the whole path.
		lw := titleWords(lead[i:])
		k := 0
		for k+1 < len(lw) && lw[k].slash && lw[k+1].start == lw[k].end+1 {
			k++
		}
		if k > 0 {
			p := lead[i+lw[0].start : i+lw[k].end]
			u.vendors = []trust.VendorHit{m.hitFor(p)}
			return
		}
	}
	l := strings.ToLower(name)
	describes := channelModifiers[l] || placeWords[l] || registryWord(name) || techKinds[l] || generic[l] || leadChannels[l] ||
		maintainerWords[l]
	// A project is written with a capital ("Gluestack", "XRP Ledger");
	// a lower-case name, digits and all, is a package's own ("num2words").
	project := !describes && hasUpperOrDigit(name) && name != l && !codeName(name)
	if !describes && !project {
		return
	}
	lw := titleWords(lead)
	n := leadPackageNamed(lw, lead)
	if n == "" && describes {
		n = leadCodeToken(lw)
	}
	if n == "" || !vendorName(n) || registryWord(n) || strings.EqualFold(n, name) || describes && looseVendor(n, name) {
		return
	}
	if project && !codeName(n) {
		// A project the lead names again in other words: the title's
		// name stands. Its package in code form is the better name, the
		// one reports of the compromise share ("Prettier" —
		// "eslint-config-prettier").
		return
	}
	u.vendors = []trust.VendorHit{m.hitFor(n)}
	u.across = true
	u.evidence = clean(title) + " — " + clean(lead)
}

// webTLDs end a web domain's name, which a lead gives for a phishing site
// ("npmjs.help"), not for a package ("socket.io", "xrpl.js").
var webTLDs = wordSet("com net org help xyz ru cn info app top site online")

// leadCodeToken is the first name in code form a lead gives for an oss
// title that names no package: an owner's path ("tags of
// tj-actions/changed-files", "The github.com/zorbnet/quuxrpc module") or
// a lower-case name with a dot, hyphen or underscore ("xrpl.js",
// "rand-user-agent"). A web domain is a phishing site's, not a package.
func leadCodeToken(lw []titleWord) string {
	for i := 0; i < len(lw); i++ {
		w := lw[i].text
		if lw[i].slash && i+1 < len(lw) {
			path := w
			k := i
			for k+1 < len(lw) && lw[k].slash {
				k++
				path += "/" + lw[k].text
			}
			if strings.ToLower(path) == path && packageToken(lw[k].text) {
				return path
			}
			i = k
			continue
		}
		if !codeName(w) || strings.HasPrefix(strings.ToLower(w), "cve-") {
			continue
		}
		if j := strings.LastIndexByte(w, '.'); j > 0 && webTLDs[w[j+1:]] {
			continue
		}
		return w
	}
	return ""
}

// codeRequest reports whether word k is the noun of a change offered to
// a repository ("malicious pull request sneaks backdoor into Ethcode"),
// not a government's request for a backdoor (backdoorDemand,
// lookalike2.go).
func codeRequest(words []titleWord, k int) bool {
	return k > 0 && !words[k-1].stop && oneOf(words[k].lc(), "request", "requests") &&
		oneOf(words[k-1].lc(), "pull", "merge")
}

// turnedAdjectives describe a lead's packages as the wave's victims ("the
// affected packages", "the compromised extensions"): no name of one.
var turnedAdjectives = wordSet(`affected impacted compromised infected hijacked targeted trojanized
	trojanised backdoored poisoned tainted malicious`)

// compareSuffixes make a vendor's name a comparison: "3CX-style supply
// chain attack", "SolarWinds-level breach".
var compareSuffixes = []string{"-style", "-like", "-esque", "-type", "-level", "-inspired", "-sized", "-scale"}

// compareWords before a name make it the past case the news is likened
// to: "Like SolarWinds, ...", "worse than SolarWinds", "echoes
// event-stream hijack".
var compareWords = wordSet(`like than unlike echoes echoing mirrors mirroring recalls recalling
	rivals resembles evokes`)

// comparedName reports whether name stands in title only as a comparison.
func comparedName(words []titleWord, name string) bool {
	l := strings.ToLower(name)
	if f := strings.Fields(l); len(f) > 1 && compareWords[f[0]] {
		return true // "Like SolarWinds" read as a name
	}
	seen := false
	for i, w := range words {
		lw := w.lc()
		for _, suf := range compareSuffixes {
			if p, ok := strings.CutSuffix(lw, suf); ok && p == l {
				seen = true
				goto next
			}
		}
		if strings.EqualFold(w.text, strings.Fields(name)[0]) {
			if s, _ := findName(words[i:], name); s == 0 {
				if i == 0 || !compareWords[words[i-1].lc()] {
					return false // named once as itself
				}
				seen = true
			}
		}
	next:
	}
	return seen
}

// dropCompared drops from u the vendors a title names only as the past
// case it likens its news to ("3CX-style supply chain attack hits
// Zorbsoft installer", "Like SolarWinds, Zorbsoft updates hijacked"). With
// none left, the title's supply shape names the vendor, or there is no
// alert (false).
func dropCompared(title string, u *unit) bool {
	if len(u.vendors) == 0 || !strings.ContainsAny(title, "-") && !hasWordIn(title, compareWords) {
		return true // most titles: no split into words
	}
	words := headline(titleWords(title))
	kept := u.vendors[:0:0]
	for _, v := range u.vendors {
		if v.Class == "" && comparedName(words, v.Name) && (v.Term == "" || comparedName(words, v.Term)) {
			continue
		}
		kept = append(kept, v)
	}
	if len(kept) == len(u.vendors) {
		return true
	}
	if len(kept) == 0 {
		h, ok := supplyShape(words)
		if !ok || h.name == "" || comparedName(words, h.name) {
			return false
		}
		kept = append(kept, trust.VendorHit{Name: h.name, Term: h.name, Unlisted: true})
	}
	u.vendors = kept
	return true
}

// shapeVerbs reports whether lw is a verb the oss10 shapes read ("swept
// up in", "account phished"): never a package's name in lower case
// (packageToken, names.go).
func shapeVerbs(lw string) bool {
	return caughtVerbs[lw] || takenWords[lw] || ownVerbs[lw] || codeVerbs[lw]
}
