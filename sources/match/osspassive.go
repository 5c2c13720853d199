package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Package compromises told without a compromise verb: the release
// itself is the subject and what happened to it is a plain participle
// ("SDK altered by hackers", "library modified to steal AWS keys",
// "extension updated with malicious code"), a cause that led to a
// release ("stolen token leads to trojanized X release", "X maintainers
// say phished token led to malicious release"), or the malicious
// versions' short life ("X briefly pushed a malicious version",
// "malicious X versions were live for two hours"). Each needs a harm
// named in the title: a package altered to fix a bug, or a release
// that "led to" an outage, is routine.

// passiveCues open the supply gate for these shapes (cue.go); they
// score nothing.
var passiveCues = []string{"updated with", "tampered with", "malicious version", "malicious versions",
	"malicious release", "malicious releases", "trojanized release", "briefly pushed", "briefly published",
	"were live", "was live", "went live", "were online",
	// A maintainer's own destructive release (protestShape).
	"protestware", "destructive update", "destructive version", "destructive code", "wipes files", "wipe files",
	"deletes files", "delete files", "overwrites files", "file-wiping", "data-wiping"}

// tamperedForms are the plain participles of a release changed.
var tamperedForms = wordSet("altered modified tampered updated changed sabotaged")

// harmPurposes after "to" say a change was made to hurt its users (not
// "modified to add support").
var harmPurposes = wordSet(`steal drain siphon exfiltrate harvest wipe deliver drop install
	deploy push spread mine inject backdoor leak infect plant distribute serve`)

// badReleaseWords call a release malicious.
var badReleaseWords = wordSet(`malicious trojanized trojanised backdoored poisoned destructive
	tainted rogue compromised weaponized sabotaged`)

// passiveShape reads the three shapes above; supplyShape tries it last.
func passiveShape(words []titleWord) (supplyHit, bool) {
	for v := range words {
		l := words[v].lc()
		switch {
		case tamperedForms[l]:
			if h, ok := tamperedRelease(words, v); ok {
				return h, true
			}
		case l == "led" || l == "leads" || l == "lead":
			if h, ok := causedRelease(words, v); ok {
				return h, true
			}
		case badReleaseWords[l]:
			if h, ok := shortLivedRelease(words, v); ok {
				return h, true
			}
		case l == "in":
			if h, ok := foundCouldAllow(words, v); ok {
				return h, true
			}
		}
	}
	return protestShape(words)
}

// harmDone reports whether w is a harmful verb's third person or past
// ("steals", "drained", "wipes"), what a relative clause says a change
// did.
func harmDone(w string) bool {
	for _, suf := range []string{"es", "s", "ed", "d"} {
		if b, ok := strings.CutSuffix(w, suf); ok && harmPurposes[b] {
			return true
		}
	}
	return w == "stole"
}

// tamperedRelease reads a package's channel word (or the package's name
// right after it) as the subject of a plain participle at v, with a harm
// after it: "to" and a harmful verb, malware or malicious code, or
// attackers as the agent ("Python library ctx altered by hacker to
// steal", "Rspack packages modified to install miner", "Zorbnote
// extension updated with malicious code").
func tamperedRelease(words []titleWord, v int) (supplyHit, bool) {
	if v == 0 || words[v-1].stop || hypothetical(words, v) || researchSubject(words, v) {
		return supplyHit{}, false
	}
	// The channel ends right before the verb or before the package's
	// name that follows it ("library ctx altered").
	ce, named := -1, false
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		if words[k].stop && k < v-1 {
			break
		}
		if kind := channelKind(words, k); kind == chOSS {
			ce = k
			break
		} else if kind == chModify || strings.EqualFold(words[k].text, "for") {
			continue // "extension for VS Code updated"
		}
		if named || !nameWord(words[k]) {
			break
		}
		named = true // "library ctx altered"
	}
	if ce < 0 {
		return supplyHit{}, false
	}
	if !harmAfter(words, v) {
		return supplyHit{}, false
	}
	cs := ce
	for cs > 0 && !words[cs-1].stop && channelKind(words, cs-1) != chNone {
		cs--
	}
	name := ""
	if named && !words[ce].stop && channelKind(words, ce+1) == chNone {
		name = words[ce+1].text // "library ctx altered"
	}
	if name == "" {
		name = channelName(words, cs, ce, v, false, chOSS)
	}
	if openingWord(words, name) {
		name = ""
	}
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, cs, v), name: name, lo: cs, hi: v}, true
}

// harmAfter reports whether the words after the participle at v say
// harm, within six words of its clause: "to" and a harmful verb, malware
// or malicious code, a harmful compound, "by" attackers, a supply chain
// attack, or a relative clause of harm ("code that steals").
func harmAfter(words []titleWord, v int) bool {
	for k := v + 1; k < len(words) && k <= v+6; k++ {
		l := words[k].lc()
		switch {
		case l == "to" && k+1 < len(words) && harmPurposes[words[k+1].lc()]:
			return true
		case malwareNouns[l] || harmful(l) || harmCompound(l):
			return true
		case l == "by" && k+1 < len(words) && attackers[words[k+1].lc()]:
			return true
		case l == "supply-chain" || l == "supply" && k+1 < len(words) && strings.EqualFold(words[k+1].text, "chain"):
			return true // "modified in supply chain attack"
		case (l == "that" || l == "which") && k+1 < len(words) && harmDone(words[k+1].lc()):
			return true // "updated with code that steals tokens"
		}
		if words[k].stop {
			return false
		}
	}
	return false
}

// causedRelease reads "led to" a bad release at v: "stolen npm token
// leads to trojanized Nx release", "X maintainers say phished token led
// to malicious release". The release's name stands between the bad word
// and its noun, else the maintainers' project opening the title.
func causedRelease(words []titleWord, v int) (supplyHit, bool) {
	if v+3 >= len(words) || !strings.EqualFold(words[v+1].text, "to") || words[v].stop {
		return supplyHit{}, false
	}
	b := v + 2
	if !badReleaseWords[words[b].lc()] {
		return supplyHit{}, false
	}
	r := releaseAfter(words, b)
	if r < 0 {
		return supplyHit{}, false
	}
	name := ""
	if r > b+1 {
		name = joinSpan(words, b+1, r-1)
		if channelKind(words, r-1) != chNone {
			name = "" // "malicious npm release": the registry's word
		}
	}
	if name == "" {
		name = maintainersOf(words, v)
	}
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, v, r), name: name, lo: v, hi: r}, true
}

// releaseAfter is the release noun within three words after b in its
// phrase, or -1.
func releaseAfter(words []titleWord, b int) int {
	for k := b + 1; k < len(words) && k <= b+3; k++ {
		switch words[k].lc() {
		case "version", "versions", "release", "releases", "update", "updates", "build", "builds":
			return k
		}
		if words[b].stop || words[k].stop {
			return -1
		}
	}
	return -1
}

// maintainersOf is the project whose maintainers or developers open the
// clause before v ("zorbkit maintainers say ..."), or "".
func maintainersOf(words []titleWord, v int) string {
	for k := 1; k < v && k <= 3; k++ {
		if oneOf(words[k].lc(), "maintainers", "maintainer", "developers", "developer", "team", "devs") {
			return nameBefore(words, k, false)
		}
	}
	return ""
}

// shortLivedRelease reads a bad release that was out for a while: the
// package pushed it ("web3.js briefly pushed a malicious version") or it
// was live ("malicious quux-table versions were live for two hours").
func shortLivedRelease(words []titleWord, b int) (supplyHit, bool) {
	r := releaseAfter(words, b)
	if r < 0 {
		return supplyHit{}, false
	}
	// "X briefly pushed a malicious version": the publisher before.
	p := b - 1
	if p >= 0 && oneOf(words[p].lc(), "a", "two", "three", "several") {
		p--
	}
	if p >= 1 && oneOf(words[p].lc(), "pushed", "published", "released", "shipped", "pushes", "publishes",
		"releases", "ships") && !words[p-1].stop {
		s := p
		if oneOf(words[s-1].lc(), "briefly", "accidentally", "mistakenly") {
			s--
		}
		n := nameBefore(words, s, false)
		if channelKind(words, s-1) == chOSS {
			// "Zorbforms WordPress plugin shipped ...": the channel's name.
			cs := s - 1
			for cs > 0 && !words[cs-1].stop && channelKind(words, cs-1) != chNone {
				cs--
			}
			n = channelName(words, cs, s-1, p, false, chOSS)
		}
		if n == "" || attackers[strings.ToLower(n)] || !codeName(n) && !ossChannelIn(words) {
			return supplyHit{}, false // a vendor's own release is the vendor shapes'
		}
		return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, p, r), name: n, lo: p, hi: r}, true
	}
	// "malicious X versions were live for two hours".
	for k := r + 1; k < len(words) && k <= r+3; k++ {
		l := words[k].lc()
		if oneOf(l, "live", "online", "available") {
			name := ""
			if r > b+1 {
				name = joinSpan(words, b+1, r-1)
			}
			if name == "" || channelKind(words, r-1) != chNone {
				return supplyHit{}, false
			}
			// The clause that ends their life is the shape's too ("...
			// before npm removed them"), not a removal of its own.
			hi := k
			for hi+1 < len(words) && !words[hi].stop {
				hi++
			}
			return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, b, k), name: name, lo: b, hi: hi}, true
		}
		if words[k].stop {
			break
		}
	}
	return supplyHit{}, false
}

// ossChannelIn reports whether the title names a package's channel.
func ossChannelIn(words []titleWord) bool {
	for i := range words {
		if channelKind(words, i) == chOSS {
			return true
		}
	}
	return false
}

// namedPassive is sh, or this file's hit when sh names nothing and one
// of these shapes names the package, or names the same one and reads
// further ("zorbkit maintainers say stolen
// token led to malicious release": "malicious release" alone is read
// first, nameless).
func namedPassive(words []titleWord, sh supplyHit) supplyHit {
	if l := strings.ToLower(sh.name); tamperedForms[l] || weakVerbs[l] || supplyVerbs[l] {
		sh.name = "" // "extension updated with malicious dependency": a verb names nothing
	}
	if p, ok := passiveShape(words); ok && p.name != "" && (sh.name == "" || p.name == sh.name && p.lo <= sh.lo && p.hi > sh.hi) {
		return p // or the same release read to its clause's end
	}
	if sh.category == trust.CategoryCompromise && sh.name != "" {
		return packageOwned(words, sh)
	}
	return sh
}

// packageOwned is sh as a package's compromise when its name is a
// package's or an extension's, the channel's word right after it
// ("Quuxcode VS Code extension pushed malicious update", "push malicious
// update to Zorbdesk Chrome extension"): a registry's release, not the
// vendor's own update server. The platform's words leave the name.
func packageOwned(words []titleWord, sh supplyHit) supplyHit {
	f := strings.Fields(sh.name)
	for i := 0; i+len(f) <= len(words); i++ {
		if words[i].text != f[0] && !strings.EqualFold(strings.TrimSuffix(words[i].text, "'s"), f[0]) {
			continue
		}
		e := i + len(f) - 1
		k := e + 1
		for e > i && channelKind(words, e) == chModify {
			e--
		}
		for k < len(words) && !words[k-1].stop && channelKind(words, k) == chModify {
			k++
		}
		if k < len(words) && !words[k-1].stop && channelKind(words, k) == chOSS && !releaseNouns[words[k].lc()] {
			sh.category, sh.name = trust.CategoryOSS, joinSpan(words, i, e)
		}
		break
	}
	return sh
}

// foundCouldAllow reads malicious code found in a product and what it
// could let attackers do: "Malicious code in xz Utils could allow SSH
// compromise", "Backdoor in Zorbnet firmware may let attackers in". The
// modal is the backdoor's reach, not a risk only: the code is there.
// The shape runs to the clause's end, so its "could" and "allow
// attackers" are not talk or a flaw's words of their own.
func foundCouldAllow(words []titleWord, v int) (supplyHit, bool) {
	if v == 0 || v+2 >= len(words) || words[v-1].stop {
		return supplyHit{}, false
	}
	p := words[v-1].lc()
	s := v - 1
	switch {
	case p == "code" && s > 0 && strings.EqualFold(words[s-1].text, "malicious"):
		s--
	case p == "backdoor" || p == "backdoors":
	default:
		return supplyHit{}, false
	}
	if s > 0 && !words[s-1].stop {
		return supplyHit{}, false // "guidance on backdoor in X": the title's news is another's
	}
	// The product runs from "in" to the modal, four words at most
	// ("in xz Utils could", "in Zorbnet router firmware may").
	m := v + 1
	for m < len(words) && m <= v+5 && !oneOf(words[m].lc(), "could", "can", "may", "might") {
		if words[m].stop {
			return supplyHit{}, false
		}
		m++
	}
	if m == v+1 || m > v+5 || m+1 >= len(words) || !nameWord(words[v+1]) ||
		!oneOf(words[m+1].lc(), "allow", "let", "enable", "give", "grant") {
		return supplyHit{}, false
	}
	e := m - 1
	for e > v+1 && channelKind(words, e) != chNone {
		e-- // "Zorbnet router firmware": the maker
	}
	name := joinSpan(words, v+1, e)
	hi := m + 1
	for hi+1 < len(words) && !words[hi].stop {
		hi++
	}
	cat := trust.CategoryCompromise
	if codeName(name) || ossChannelIn(words) {
		cat = trust.CategoryOSS
	}
	return supplyHit{category: cat, term: joinSpan(words, s, v), name: name, lo: s, hi: hi}, true
}

// ossRelease makes a vendor's compromise a package's when the one name
// the title gives is a package's or an extension's, the kind's word
// after it ("Quuxcode VS Code extension pushed malicious update", "push
// malicious update to Zorbdesk Chrome extension"): a registry's release
// turned, not the vendor's own update server. The platform's words
// leave the name. Only titles with a package's kind word are read.
func ossRelease(title string, u *unit) {
	if u.category != trust.CategoryCompromise || len(u.vendors) != 1 || !u.vendors[0].Unlisted ||
		!hasWordIn(title, packageKinds) {
		return
	}
	words := headline(titleWords(title))
	name := u.vendors[0].Name
	if !kindAfterName(words, name) {
		return
	}
	u.category = trust.CategoryOSS
	f := strings.Fields(name)
	n := len(f)
	for n > 1 && channelModifiers[strings.ToLower(f[n-1])] {
		n-- // "Quuxcode VS Code": the extension is Quuxcode
	}
	if n < len(f) {
		trimmed := strings.Join(f[:n], " ")
		u.vendors[0].Name, u.vendors[0].Term = trimmed, trimmed
	}
}

// protestShape reads a maintainer's own release made destructive
// ("protestware"): node-ipc's author shipping code that overwrote files,
// colors.js's an endless loop. trust-events.md counts a legitimate
// package shipping malicious code through its own release as a package
// compromise whoever pushed it, so it is oss. The title must say who
// (a maintainer, developer or author, "own", or "protestware"), what it
// destroys (destructive, wipes or deletes files, a wiping compound) and
// name a package by its kind; a malicious package (never trusted) or
// malware deleting files is no release of a maintainer's.
func protestShape(words []titleWord) (supplyHit, bool) {
	who, harm, c := false, -1, -1
	for i, w := range words {
		l := w.lc()
		switch {
		case oneOf(l, "protestware", "maintainer", "maintainers", "developer", "developers", "author", "own"):
			who = true
		case l == "destructive" || harmful(l) || harmCompound(l) && (strings.HasSuffix(l, "wiping") || strings.HasSuffix(l, "wiper")) ||
			oneOf(l, "wipes", "wipe", "deletes", "delete", "overwrites", "overwrite", "erases") &&
				i+1 < len(words) && oneOf(words[i+1].lc(), "files", "data", "disks", "systems"):
			if harm < 0 {
				harm = i
			}
		case l == "malicious" || l == "fake" || malwareNouns[l]:
			return supplyHit{}, false
		}
		if c < 0 && channelKind(words, i) == chOSS && packageKinds[l] {
			c = i
		}
	}
	if !who || harm < 0 || c < 0 {
		return supplyHit{}, false
	}
	cs := c
	for cs > 0 && !words[cs-1].stop && channelKind(words, cs-1) != chNone {
		cs--
	}
	name := channelName(words, cs, c, c+1, false, chOSS)
	if name == "" && c+1 < len(words) && !words[c].stop && nameWord(words[c+1]) && channelKind(words, c+1) == chNone {
		name = words[c+1].text // "npm package node-ipc"
	}
	if name == "" || openingWord(words, name) || oneOf(strings.ToLower(name), "protestware", "maintainer", "developer", "own") {
		return supplyHit{}, false
	}
	lo, hi := min(cs, harm), max(c, harm)
	return supplyHit{category: trust.CategoryOSS, term: joinSpan(words, lo, hi), name: name, lo: lo, hi: hi}, true
}

// leadWhich reads the package a lead names by its reach alone, an
// appositive with "which" or "that" and no channel word ("Quuxdate,
// which is downloaded 8 million times a week, shipped ...", "versions of
// zorbparse, which has 40,000 weekly downloads"): a name before the
// comma and, within seven words after "which", a word of downloads,
// installs or users. Up to three name words; a capitalised one or a
// package token.
func leadWhich(lw []titleWord) string {
	for i := 1; i+1 < len(lw); i++ {
		if !oneOf(lw[i].lc(), "which", "that") || !lw[i-1].stop {
			continue
		}
		reach := false
		for k := i + 1; k < len(lw) && k <= i+7; k++ {
			if oneOf(lw[k].lc(), "downloaded", "downloads", "installs", "installed", "users",
				"dependents", "weekly", "stars") {
				reach = true
				break
			}
			if lw[k].stop {
				break
			}
		}
		if !reach {
			continue
		}
		s := i - 1
		for s > 0 && s > i-3 && !lw[s-1].stop && nameWord(lw[s-1]) && hasUpperOrDigit(lw[s-1].text) {
			s--
		}
		if !nameWord(lw[s]) || !hasUpperOrDigit(lw[s].text) && !packageToken(lw[s].text) {
			return ""
		}
		return strings.TrimRight(joinSpan(lw, s, i-1), ",")
	}
	return ""
}
