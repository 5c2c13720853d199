package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Open-source package compromises in the shapes the news gives them
// beyond supply.go's: a verb whose object is the package ("worm backdoors
// hundreds of npm packages"), a channel that changed hands before it
// turned ("extension sold to new owner, turned into adware"), and the
// package named only in the summary, as news of a registry tells it
// ("PyPI packages hijacked after developers fall for phishing" — "...
// legitimate projects such as exotel and spam"; "Chrome extension with
// 105,000 users hijacked" — "Archive Poster, a Tumblr extension, ...").

// objectVerbs turn a channel only as its object: "backdoors hundreds of
// npm packages", "infects VS Code extensions". Before the verb the word
// is mostly a noun or the packages' own doing ("PyPI packages backdoor
// developers' systems": never trusted).
var objectVerbs = wordSet(`backdoor backdoors trojanize trojanizes trojanise trojanises infect infects
	poison poisons taint taints booby-trap booby-traps`)

// objectBreaks between such a verb and a channel make the verb a noun or
// the channel where something was found: "backdoor in npm package",
// "backdoor found in".
var objectBreaks = wordSet(`in on for with into via through from by inside within hidden
	found discovered spotted targeting against to that which`)

// objectShape reads the channel after an object verb at v.
func objectShape(words []titleWord, v int) (supplyHit, bool) {
	cs, ce, kind := channelAfter(words, v)
	if kind != chOSS && kind != chVendor {
		return supplyHit{}, false
	}
	for k := v + 1; k < cs; k++ {
		if objectBreaks[words[k].lc()] {
			return supplyHit{}, false
		}
	}
	return supplyHit{category: categoryOf(kind), term: joinSpan(words, v, ce), name: notVerb(words, v, channelName(words, cs, ce, v, true, kind)), lo: v, hi: ce}, true
}

// categoryOf is the category of a channel kind's compromise.
func categoryOf(kind int) trust.Category {
	if kind == chOSS {
		return trust.CategoryOSS
	}
	return trust.CategoryCompromise
}

// saleVerbs hand a channel to a new owner: what it then shipped is its
// own ("extension sold to new owner, turned into adware").
var saleVerbs = wordSet("sold bought acquired purchased transferred")

// soldBefore finds the channel a sale names before verb v, in the clause
// before it or the one the verb ends ("Chrome extension with 30,000 users
// sold to new owner, turned into adware"): the channel is the subject of
// both. It returns the channel's words and kind, or chNone.
func soldBefore(words []titleWord, v int) (int, int, int) {
	for s := v - 1; s > 0 && s >= v-7; s-- {
		if s < v-1 && hardStop(words, s) {
			break
		}
		if !saleVerbs[words[s].lc()] {
			continue
		}
		cs, ce, kind := channelBefore(words, s)
		if kind == chOSS || kind == chProduct {
			return cs, ce, kind
		}
		break
	}
	return 0, 0, chNone
}

// hardStop reports whether punctuation ends a phrase after word i: not
// the comma inside a number ("105,000 users", split as "105" and "000").
func hardStop(words []titleWord, i int) bool {
	if !words[i].stop {
		return false
	}
	return !(i+1 < len(words) && isNumber(words[i].text) && isNumber(words[i+1].text) && words[i+1].start == words[i].end+1)
}

// untrustedChannel reports whether words call the channel one that never
// was trusted (fake, typosquatted, impersonating) or the way in a flaw.
// What a turned channel was made to do is not the channel: "compromise
// WordPress plugins to add rogue admin accounts".
func untrustedChannel(words []titleWord) bool {
	end := len(words)
	turned := false
	for i, w := range words {
		lw := w.lc()
		if i+1 < len(words) && turned && lw == "to" && purposeVerbs[words[i+1].lc()] {
			end = i
			break
		}
		if supplyVerbs[lw] || weakVerbs[lw] || objectVerbs[lw] {
			turned = true
		}
	}
	for i, w := range words[:end] {
		lw := w.lc()
		if !neverTrusted[lw] || lw == "rogue" && i > 0 && becomeVerbs[words[i-1].lc()] && !words[i-1].stop {
			continue // "went rogue": what the channel became (osstakeover.go)
		}
		// "Hackers exploit compromised npm account to push...": what
		// is exploited is a taken account, not a flaw.
		if strings.HasPrefix(lw, "exploit") && i+1 < len(words) && !w.stop &&
			oneOf(words[i+1].lc(), "compromised", "hijacked", "stolen", "leaked", "phished") {
			continue
		}
		return true
	}
	return false
}

// openingWord reports whether name is only the headline's first word,
// capitalised because it opens a sentence-case headline and shaped like
// an English participle or adverb ("Verified Chrome extensions turned
// into spyware"): no name.
func openingWord(words []titleWord, name string) bool {
	if len(words) == 0 || name != words[0].text || isTitleCase(words) {
		return false
	}
	lw := strings.ToLower(name)
	return len(lw) > 4 && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly"))
}

// leadChannels are what a summary calls a package, extension or project.
var leadChannels = wordSet(`package packages library libraries extension extensions plugin plugins
	addon addons add-on add-ons module modules gem gems crate crates project
	projects repository repositories sdk sdks action actions theme themes app apps`)

// leadPackage names the package a summary sentence (lw, the words of s)
// says was turned, for a title whose shape named none: one of the
// channel's list ("packages, including chalk", "projects such as
// exotel", "plugins in the official repository, including Social
// Warfare"), its publisher ("npm packages from Zapier"), a name the
// sentence explains as a package ("Archive Poster, a Tumblr extension,";
// "versions of vant, a Vue component library"), or what releases were of
// ("Versions 2.13.3 to 2.13.5 of vant").
func leadPackage(lw []titleWord, s string) string {
	if n := passiveSubject(lw); n != "" {
		return n
	}
	for i, w := range lw {
		l := w.lc()
		if leadChannels[l] || maintainerWords[l] {
			// "packages, including chalk"; "phished extension developers,
			// including those of Cyberhaven".
			if n := channelList(lw, i); n != "" {
				return n
			}
		}
		if leadChannels[l] {
			if n := theChannel(lw, i); n != "" {
				return n
			}
		}
		if maintainerWords[l] && i+2 < len(lw) && !w.stop && oneOf(lw[i+1].lc(), "of", "behind") {
			// "The maintainers of ua-parser-js warned...", "the developer
			// behind eslint-config-prettier".
			if n := nameAfter(lw, i+2, true, true); n != "" && !threatActor(lw, n) && !quantities[strings.ToLower(n)] &&
				channelKind(lw, i+2+len(strings.Fields(n))-1) == chNone {
				return n
			}
		}
		if w.stop && i+2 < len(lw) && (oneOf(lw[i+1].lc(), "a", "an") || quantities[lw[i+1].lc()]) &&
			(i == 0 || appositiveStart(lw, i)) {
			if n := explained(lw, i); n != "" {
				return n
			}
		}
		if oneOf(l, "version", "versions", "release", "releases") {
			for k := i + 1; k < len(lw) && k <= i+4; k++ {
				if strings.EqualFold(lw[k].text, "of") {
					if n := nameAfter(lw, k+1, true, true); n != "" && !threatActor(lw, n) {
						return n
					}
					break
				}
				if hardStop(lw, k) {
					break
				}
			}
		}
	}
	return ""
}

// passiveSubject reads the name that opens a sentence telling it was
// taken: "quuxify, which has 10 million weekly downloads, was hijacked",
// "Zorblib was compromised on Friday". The name ends at the first
// punctuation or the auxiliary, and a takeover verb follows "was",
// "were" or "had been" later in the sentence (hijacked, compromised,
// backdoored; not breached or hacked).
func passiveSubject(lw []titleWord) string {
	if len(lw) < 3 {
		return ""
	}
	e := 0
	for e+1 < len(lw) && e < 2 && !lw[e].stop && hasUpperOrDigit(lw[e+1].text) && nameWord(lw[e+1]) {
		e++
	}
	if !lw[e].stop && (e+1 >= len(lw) || !oneOf(lw[e+1].lc(), "was", "were", "had", "has") && !pairedSubject(lw, e)) {
		return "" // "Socket researchers found that...": no subject of its own
	}
	var n string
	if hasUpperOrDigit(lw[0].text) {
		n = nameSpan(lw, 0, e)
	} else if e == 0 && packageToken(lw[0].text) && nameWord(lw[0]) {
		n = lw[0].text
	}
	if n == "" || !nameWord(lw[0]) {
		return ""
	}
	for k := e + 1; k+1 < len(lw); k++ {
		if !oneOf(lw[k].lc(), "was", "were", "been") || lw[k].stop {
			continue
		}
		// A break-in ("was breached", "was hacked") ships nothing alone.
		if l := lw[k+1].lc(); takeoverVerbs[l] && strings.HasSuffix(l, "ed") && !weakVerbs[l] || handedOver(l) {
			return n
		}
	}
	return ""
}

// maintainerWords are the people whose package a lead names after "of"
// or "behind".
var maintainerWords = wordSet(`maintainer maintainers developer developers author authors creator
	creators owner owners`)

// theChannel reads "the X package" at channel word i of a lead: "The ctx
// package on PyPI was updated...", "The tj-actions/changed-files action,
// used in 23,000 repositories,...". "The" must open the phrase, so that
// the name is the channel's own, and up to three words may stand between
// (a name runs over capitalised words, a package in lower case is one
// word, with its owner before a slash).
func theChannel(lw []titleWord, i int) string {
	for s := i - 1; s >= 1 && s >= i-4; s-- {
		if lw[s-1].stop || lw[s].stop {
			return ""
		}
		if !strings.EqualFold(lw[s-1].text, "the") {
			continue
		}
		k := s
		for k < i && (oneOf(lw[k].lc(), "popular", "legitimate", "official", "widely-used", "abandoned") ||
			turnedAdjectives[lw[k].lc()]) { // "the affected packages" (oss10.go)
			k++
		}
		if k >= i {
			return ""
		}
		e := i - 1
		for e > k && channelKind(lw, e) == chModify {
			e-- // "the Cyberhaven Chrome extension"
		}
		if hasUpperOrDigit(lw[k].text) {
			if n := nameSpan(lw, k, e); n != "" && nameWord(lw[k]) && nameWord(lw[e]) {
				return n
			}
			return ""
		}
		if !packageToken(lw[k].text) || !nameWord(lw[k]) {
			return ""
		}
		if e == k || e == k+1 && lw[k].end+1 == lw[e].start {
			return lw[k].text
		}
		return ""
	}
	return ""
}

// channelList reads the name a channel word at i lists or is published
// by, within its phrase.
func channelList(lw []titleWord, i int) string {
	if i+2 < len(lw) && !lw[i].stop && oneOf(lw[i+1].lc(), "from", "by") {
		if n := nameAfter(lw, i+2, false, false); n != "" && !threatActor(lw, n) {
			return n
		}
	}
	for k := i + 1; k < len(lw) && k <= i+8; k++ {
		lk := lw[k].lc()
		if lk == "among" && k+2 < len(lw) && oneOf(lw[k+1].lc(), "them", "which", "those") {
			// "extensions, among them Cyberhaven" (oss10.go)
			if n := nameAfter(lw, k+2, true, true); n != "" && !threatActor(lw, n) && !quantities[strings.ToLower(n)] {
				return n
			}
			return ""
		}
		if lk == "including" || lk == "like" || lk == "such" && k+1 < len(lw) && strings.EqualFold(lw[k+1].text, "as") {
			if k+2 < len(lw) && strings.EqualFold(lw[k+1].text, "those") && strings.EqualFold(lw[k+2].text, "of") {
				k += 2 // "including those of Cyberhaven"
			}
			// "including verified and featured ones such as Geco
			// colorpick", "including ones from Zapier": the badges and
			// the pronoun before the name.
			for k+1 < len(lw) && !lw[k].stop && listBadges[lw[k+1].lc()] {
				k++
			}
			if n := nameAfter(lw, k+1, true, true); n != "" && !threatActor(lw, n) && !quantities[strings.ToLower(n)] {
				return n
			}
			return ""
		}
		if supplyVerbs[lk] || weakVerbs[lk] || deliverVerbs[lk] || publishVerbs[lk] {
			return ""
		}
	}
	return ""
}

// listBadges stand in a lead's list before the name it gives: what the
// listed packages were called ("verified", "featured") and the pronoun
// they stand for ("ones from").
var listBadges = wordSet(`verified featured popular trusted legitimate official established and
	ones one those from of such as like the`)

// appositiveStart reports whether the name ending at word i follows "of"
// or another preposition ("versions of vant, a Vue component library",
// "the account behind fastjsonx, a JSON library") or opens the sentence.
func appositiveStart(lw []titleWord, i int) bool {
	s := i
	for s > 0 && !lw[s-1].stop && hasUpperOrDigit(lw[s-1].text) && nameWord(lw[s-1]) && s > i-3 {
		s--
	}
	if s == 0 || oneOf(lw[s-1].lc(), "of", "behind", "to", "into", "in", "for", "from", "on", "that") {
		return true
	}
	// "compromised quuxify and zorblib, two npm packages": the second of
	// two names the appositive explains, the first after a verb.
	return s > 2 && strings.EqualFold(lw[s-1].text, "and") && !lw[s-2].stop
}

// explained reads the name ending at word i when the words after it call
// it a package or extension ("Particle, a popular extension for
// customising YouTube,").
func explained(lw []titleWord, i int) string {
	found := false
	for k := i + 2; k < len(lw) && k <= i+6; k++ {
		if leadChannels[lw[k].lc()] {
			found = true
			break
		}
		if hardStop(lw, k) {
			break
		}
	}
	if !found {
		return ""
	}
	w := lw[i]
	if !hasUpperOrDigit(w.text) {
		if packageToken(w.text) && nameWord(w) {
			return w.text
		}
		return ""
	}
	s := i
	for s > 0 && !lw[s-1].stop && s > i-3 && hasUpperOrDigit(lw[s-1].text) && nameWord(lw[s-1]) {
		s--
	}
	for s <= i && !nameWord(lw[s]) {
		s++
	}
	if s > i {
		return ""
	}
	return nameSpan(lw, s, i)
}

// extendName carries a name read at word i over a platform word that
// stands inside it ("Arch Linux AUR", not "Arch"): a capitalised channel
// modifier followed by another capitalised word of the name.
func extendName(words []titleWord, i int, name string) string {
	n := len(strings.Fields(name))
	if n == 0 || i+n > len(words) || words[i].text != strings.Fields(name)[0] {
		return name
	}
	e := i + n - 1
	for e+2 < len(words) && !words[e].stop && !words[e+1].stop && hasUpperOrDigit(words[e+1].text) &&
		channelModifiers[words[e+1].lc()] && hasUpperOrDigit(words[e+2].text) && nameWord(words[e+2]) {
		e += 2
	}
	if e == i+n-1 {
		return name
	}
	return joinSpan(words, i, e)
}

// insertVerbs put something into a channel: "malicious script injected
// into its front end", "slipped a backdoor into Orion updates".
var insertVerbs = wordSet(`injected inserted planted slipped added hid hidden smuggled
	committed sneaked snuck inject injects insert inserts plant plants slip slips
	add adds hide hides smuggle smuggles sneak sneaks push pushes pushed`)

// hideIn are the insert verbs that put something "in" a channel as well
// as "into" it: "plants wiping commands in Amazon's AI coding agent".
var hideIn = wordSet(`plant plants planted hide hides hid hidden inject injects injected
	slip slips slipped`)

// insertShape reads malware put into a channel at verb v: the malware
// stands before the verb ("malicious script injected into") or between
// it and "into" ("slipped a backdoor into"), and the channel after
// "into" is one that ships (a package, an update, a front end); a site
// or a device something was put into is a victim.
func insertShape(words []titleWord, v int) (supplyHit, bool) {
	if strings.EqualFold(words[v].text, "hidden") && v+1 < len(words) && malwareNouns[words[v+1].lc()] {
		// "Researchers find hidden backdoor in smart lock firmware": an
		// adjective of what was found (foundInProduct), not an insert.
		return supplyHit{}, false
	}
	in := -1
	for k := v + 1; k < len(words) && k <= v+4; k++ {
		if strings.EqualFold(words[k].text, "into") || hideIn[words[v].lc()] && strings.EqualFold(words[k].text, "in") ||
			addTo(words, v, k) {
			in = k
			break
		}
		if hardStop(words, k) {
			break
		}
	}
	shipped := false
	if in < 0 && v+2 < len(words) && !words[v].stop && oneOf(words[v+1].lc(), "in", "to") {
		// "Backdoor planted in X software update", "added backdoor to
		// its installer": only a release takes "in" or "to" (vendorcomp.go).
		in, shipped = v+1, true
	}
	if in < 0 || hardStop(words, in-1) {
		return supplyHit{}, false
	}
	carried := false
	for k := max(0, v-3); k < in; k++ {
		if lk := words[k].lc(); malwareNouns[lk] || lk == "malware-laced" || harmful(lk) || harmCompound(lk) {
			carried = true
		}
		if k < v && hardStop(words, k) {
			carried = false
		}
	}
	if !carried {
		return supplyHit{}, false
	}
	cs, ce, kind := channelAfter(words, in)
	if kind != chOSS && kind != chVendor || shipped && !releaseChannel(words, cs, ce) {
		return supplyHit{}, false
	}
	return supplyHit{category: categoryOf(kind), term: joinSpan(words, v, ce), name: channelName(words, cs, ce, in, true, kind),
		lo: v, hi: ce}, true
}

// shapeBefore reports whether a supply-chain shape ending at byte end of
// title stands before its clause that looks back ("image laced with
// cryptominer after Docker Hub account hijack"): the clause says how the
// channel was turned, the shape is the news (afterClause reads only the
// lexicon's signals).
func shapeBefore(title string, end int) bool {
	if end <= 0 {
		return false
	}
	for i, w := range titleWords(title) {
		if i > 0 && oneOf(w.lc(), "after", "following", "since") {
			return end <= w.start
		}
	}
	return false
}

// trustedChannelBefore reports whether a package or extension ends right
// before v and its clause does not call it malicious or new ("Amazon Q
// coding assistant extension shipped with wiper prompt"; not "Malicious
// VS Code extension ships with ransomware", never trusted).
func trustedChannelBefore(words []titleWord, v int) bool {
	if k := channelKind(words, v-1); k != chOSS && k != chVendor {
		return false
	}
	for k := v - 2; k >= 0 && !words[k].stop; k-- {
		if l := words[k].lc(); l == "malicious" || l == "new" || l == "rogue" {
			return false
		}
	}
	return true
}

// shippedWith reports whether the verb at v says releases went out
// carrying malware: "releases shipped with malicious event-stream code",
// "versions came bundled with a miner". The releases are the subject,
// right before the verb; a device or a copy shipped with malware is
// soldWith's or attackers'.
func shippedWith(words []titleWord, v int) bool {
	lv := words[v].lc()
	if oneOf(lv, "contain", "contains", "contained") && v > 0 && !words[v-1].stop &&
		(releaseNouns[words[v-1].lc()] || trustedChannelBefore(words, v)) {
		// "Zorbify versions contain malware": no "with" to read.
		for j := v + 1; j < len(words) && j <= v+3; j++ {
			if lj := words[j].lc(); malwareNouns[lj] && lj != "malicious" {
				return true
			}
			if hardStop(words, j) {
				break
			}
		}
		return false
	}
	if !oneOf(lv, "shipped", "ships", "ship", "came", "come", "comes", "bundled", "packaged") || v == 0 || words[v-1].stop {
		return false
	}
	if !releaseNouns[words[v-1].lc()] && !trustedChannelBefore(words, v) {
		return false
	}
	k := v + 1
	if k < len(words) && strings.EqualFold(words[k].text, "bundled") {
		k++
	}
	if k >= len(words) || !strings.EqualFold(words[k].text, "with") || words[k-1].stop {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		if lj := words[j].lc(); malwareNouns[lj] || turnedRelease[lj] {
			return true
		}
		if hardStop(words, j) {
			break
		}
	}
	return false
}

// coordinated is the name joined to name by "and" right before it in
// words ("Compound Finance and Celer Network"), or "".
func coordinated(words []titleWord, name string) string {
	first := strings.Fields(name)[0]
	for i := 2; i < len(words); i++ {
		if words[i].text != first {
			continue
		}
		if !strings.EqualFold(words[i-1].text, "and") || words[i-2].stop {
			return ""
		}
		if other := nameBefore(words, i-1, false); other != "" && vendorName(other) && !threatActor(words, other) {
			return other
		}
		return ""
	}
	return ""
}

// trojanCopy reports whether "trojanized" describes the channel starting
// at cs ("Trojanized Signal and Telegram apps"): a copy, mostly spread by
// attackers.
func trojanCopy(words []titleWord, cs int) bool {
	for k := cs - 1; k >= 0 && k >= cs-5; k-- {
		if l := words[k].lc(); l == "trojanized" || l == "trojanised" {
			return true
		}
		if hardStop(words, k) {
			break
		}
	}
	return false
}

// takeover reports whether words say a publisher's account, token or
// credentials were taken ("maintainer's account phished", "stolen npm
// token"): what the package then delivered was not its own.
func takeover(words []titleWord) bool {
	held, taken := false, false
	for _, w := range words {
		switch w.lc() {
		case "account", "accounts", "token", "tokens", "credentials", "maintainer", "maintainers", "publisher":
			held = true
		case "phished", "hijacked", "hijack", "compromised", "stolen", "leaked", "takeover", "breached", "hacked":
			taken = true
		}
	}
	return held && taken
}
