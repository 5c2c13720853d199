package match

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Who an alert names, once more. The shapes that find an event read a
// name beside their own words, and renameVendors and nonNameVendors
// correct it; news still names its subject in ways they leave half read:
//
//   - a token that is never anyone's name stands where one would: a
//     version or a count ("4.3 million installs", "version 2.9.11"), a CVE
//     id, a kind of product ("IDE plugin", "SDK", "router"), a protocol's
//     acronym ("hard-coded IP address", "DNS"), a prefixed participle
//     ("re-registered", "hard-coded"). neverNameWord rules them out
//     wherever a name is accepted (vendorName);
//   - the owner of what was hijacked is named beside its product: a
//     possessive before an account or channel ("Toptal's GitHub",
//     "LottieFiles' npm account", "BigNox's update infrastructure");
//   - a speaker before a colon speaking of "our" product is its vendor
//     ("Twilio: Hackers modified our TaskRouter JS SDK"), as is a lead's
//     speaker of "its" channel or customers ("MicroWorld Technologies
//     confirmed that one of its update servers ...");
//   - a product's maker the lead gives: "X, made by Y", "X developed by
//     Y", "maker Y", "Y, the maker of X";
//   - a list the lead goes on with from the title's list: all are named,
//     up to maxNamed.
//
// namesAround adds these names after the event is found; it never drops
// one, nor changes whether there is an event.

// maxNamed caps the names one alert gives: a post naming every package
// of a worm's wave reads as a list, not an alert.
const maxNamed = 5

// neverNameWord reports whether a word, lower-cased, is never a vendor's
// name on its own: a version or count, a CVE id, a kind of product, a
// protocol's acronym or a participle with a prefix.
func neverNameWord(l string) bool {
	return neverNameToken(l) || productKinds[l] || protocolWords[l] || timeNouns[l]
}

// timeNouns measure time, never name anyone: "... for years".
var timeNouns = wordSet(`years year months month weeks week days day hours hour minutes
	decade decades`)

// neverNameToken reports whether a word, lower-cased, is no name by its
// form: a version or count, a CVE id, a participle with a prefix. Kinds
// and protocols may still head a shape's reading ("quux-req HTTP
// package"), so only the form is ruled out where a name is first read.
func neverNameToken(l string) bool {
	if isNumber(strings.TrimPrefix(l, "v")) || strings.HasPrefix(l, "cve-") {
		return true
	}
	if bd10Descriptor(l) {
		return true // "Software-defined radio": what kind (backdoor10.go)
	}
	if i := strings.IndexByte(l, '-'); i > 0 && participlePrefixes[l[:i]] {
		last := l[strings.LastIndexByte(l, '-')+1:]
		return len(last) > 3 && (strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing"))
	}
	return false
}

var (
	// productKinds say what a product is, never whose it is: "popular IDE
	// plugin", "mobile SDK", "Chinese-made routers".
	productKinds = wordSet(`ide ides sdk sdks plugin plugins plug-in router routers app apps
		extension extensions add-on add-ons addon addons library libraries module modules
		package packages firmware driver drivers cli api apis emulator browser browsers
		installer installers updater update updates client clients agent agents widget
		camera cameras modem modems inverter inverters monitor monitors device devices
		phone phones smartphone smartphones tablet tablets dvr dvrs nvr nvrs`)
	// protocolWords are protocols and network terms written in capitals
	// in news, never a vendor: "hard-coded IP address", "DNS hijack".
	protocolWords = wordSet(`ip ips ipv4 ipv6 dns vpn vpns tcp udp http https smtp ftp
		ssh tls ssl url urls lan wan p2p rdp smb snmp mqtt ntp dhcp icmp`)
	// participlePrefixes open a hyphenated verb form: "re-registered",
	// "pre-installed", "hard-coded", "self-replicating".
	participlePrefixes = wordSet(`re pre co un mis de self non hard well ill half long
		so over under cross auto double multi newly widely ever`)
)

// noName reports whether name is one word that is never a name ("IDE",
// "4.3", "IP"): nonNameVendors looks for the real one. A language is a
// name where its project is the news ("PHP's Git server hacked"). A phrase of such
// words is a description ("Android devices"), which stands for a vendor
// the article does not name (whonamed.go).
func noName(name string) bool {
	l := strings.ToLower(strings.Trim(name, ".'’"))
	return !strings.Contains(l, " ") && (notVendors[l] || neverNameWord(l))
}

// namesAround adds to u's vendors the owner, speaker, maker and listed
// names title and lead give around them (the file's header says which).
func (m *Matcher) namesAround(title string, ld *settleLead, u *unit) {
	if len(u.vendors) == 0 || len(u.vendors) >= maxNamed || u.vendors[0].Class != "" {
		return
	}
	words := headline(titleWords(title))
	lead := ld.text
	var lw []titleWord
	if lead != "" {
		lw = ld.words()
	}
	own := u.category == trust.CategoryCompromise || u.category == trust.CategoryOSS
	var front, back []string
	if n := titleSpeaker(title, words); n != "" {
		front = append(front, n) // "Twilio: Hackers modified our TaskRouter JS SDK"
		if p := ourProduct(words); p != "" {
			back = append(back, p) // "SolarWinds: ... our Orion software updates"
		}
	}
	if own {
		if ow := owners(title, words, u.vendors); len(ow) > 0 {
			back = append(back, ow...)                          // "Toptal's GitHub"
			back = append(back, ownedProducts(title, words)...) // "... publish poisoned Picasso npm packages"
		}
		back = append(back, owners(lead, lw, nil)...) // "BigNox's update infrastructure"
		if n := leadSpeaker(lw); n != "" {
			back = append(back, n) // "MicroWorld Technologies confirmed that one of its update servers"
		}
	}
	back = append(back, leadMakers(lead, lw, u.vendors)...)   // "Zorbcast, made by Quuxtel Systems"
	back = append(back, madeProducts(lead, lw, u.vendors)...) // names9.go: "Tecno W2 smartphones made by China's Transsion"
	back = append(back, ownedBy(words, u.vendors)...)         // "ByteDance-owned Lemon8"
	back = append(back, ownedBy(lw, u.vendors)...)
	back = append(back, leadListed5(lead, lw, u.vendors)...)
	if len(front) == 0 && len(back) == 0 {
		u.vendors = dropNonNames(u.vendors)
		return
	}
	add := func(out []trust.VendorHit, n string, tw []titleWord) []trust.VendorHit {
		if len(out) >= maxNamed || !okAround(n, tw, lw) {
			return out
		}
		for _, v := range out {
			if looseSame(v.Name, n) || looseSame(v.Term, n) {
				return out
			}
		}
		return append(out, m.hitFor(n))
	}
	var out []trust.VendorHit
	for _, n := range front {
		out = add(out, n, nil) // the colon ends the speaker's name: no "Twilio hackers"
	}
	for _, v := range u.vendors {
		if !hasVendorNamed(out, v.Name) && len(out) < maxNamed {
			out = append(out, v)
		}
	}
	for _, n := range back {
		out = add(out, n, words)
	}
	u.vendors = dropNonNames(out)
}

// dropNonNames drops from vs, when a name is left, the words no vendor
// is called by that a reading after nonNameVendors put there (a kind,
// "hosted" from "its hosted JavaScript SDK").
func dropNonNames(vs []trust.VendorHit) []trust.VendorHit {
	bad := func(v trust.VendorHit) bool {
		l := strings.ToLower(v.Name)
		return v.Unlisted && v.Class == "" && (noName(v.Name) ||
			l == v.Name && len(l) > 5 && strings.HasSuffix(l, "ed") && !strings.ContainsAny(l, "-._/@0123456789"))
	}
	if !slices.ContainsFunc(vs, bad) || !slices.ContainsFunc(vs, func(v trust.VendorHit) bool { return !bad(v) }) {
		return vs
	}
	return slices.DeleteFunc(vs, bad)
}

// looseSame reports whether two names name one vendor, the words of one
// running whole inside the other's ("TaskRouter", "TaskRouter JS SDK"),
// not a package scoped by its owner's name ("Rspack", "@rspack/core").
func looseSame(a, b string) bool {
	x, y := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	for i := 0; i+len(x) <= len(y); i++ {
		if slices.Equal(x, y[i:i+len(x)]) {
			return true
		}
	}
	return false
}

// okAround reports whether n, read around a named vendor, can be one:
// not an attacker, an authority, a platform, a researcher credited with
// the finding, a registry or a word that is no name.
func okAround(n string, words, lw []titleWord) bool {
	l := strings.ToLower(n)
	return n != "" && vendorName(n) && !noName(n) && !actorName(n) && !actors[l] && !authorities[l] && !platformActors[l] &&
		!creditors[l] && !generic[l] && !techTerms[l] && !registryWord(n) && !threatActor(words, n) && !threatActor(lw, n) &&
		!campaignNamed(lw, n) && !quantities[l] && !ordinals[l]
}

// titleSpeaker is the name a title opens with before a colon when the
// rest speaks of "our" product ("Twilio: Hackers modified our TaskRouter
// JS SDK"): the vendor speaking, not a platform or agency credited.
func titleSpeaker(title string, words []titleWord) string {
	e := -1
	for k := 0; k < 3 && k < len(words); k++ {
		if words[k].stop {
			if !words[k].dash && strings.HasPrefix(strings.TrimLeft(title[words[k].end:], "'’\""), ":") {
				e = k
			}
			break
		}
	}
	if e < 0 || e+1 >= len(words) || columnLabels[strings.ToLower(joinSpan(words, 0, e))] {
		return ""
	}
	for _, w := range words[e+1:] {
		if oneOf(w.text, "our", "Our") { // not "US", nor "what we know"
			// joinSpan, not nameSpan: "Twilio: Hackers ..." is no
			// "Twilio hackers", the colon ends the name.
			return joinSpan(words, 0, e)
		}
	}
	return ""
}

// columnLabels head a title before a colon as an outlet's column, never
// a speaker: "Opinion: our ...", "Exclusive: ...".
var columnLabels = set("opinion", "analysis", "exclusive", "update", "updated", "watch", "podcast", "webinar", "interview",
	"editorial", "explainer", "breaking", "report", "video", "live", "q&a", "commentary", "guest post", "sponsored")

// ownChannels are what a vendor owns that attackers hijack: its accounts,
// its distribution channels, its products.
var ownChannels = wordSet(`github gitlab npm pypi account accounts org organization repository
	repo repositories update updates updater server servers infrastructure installer
	installers build cdn website site domain token tokens package packages library
	sdk extension extensions app software upgrade download downloads plugin firmware
	customers users clients design product products homepage front-end frontend`)

// owners are the names a text writes as owners ("Toptal's GitHub",
// "LottieFiles' npm account") of an account, a channel or a product, or
// of a vendor already named (named is nil for a lead: there "Texthelp's
// Browsealoud tool" is often not what the title's post is about).
func owners(src string, words []titleWord, named []trust.VendorHit) []string {
	var out []string
	for k := 0; k+1 < len(words); k++ {
		w := words[k]
		plural := w.end < len(src) && (src[w.end] == '\'' || strings.HasPrefix(src[w.end:], "’")) && strings.HasSuffix(w.text, "s") &&
			(w.end+1 >= len(src) || src[w.end+1] == ' ' || strings.HasPrefix(src[w.end:], "’ "))
		if w.stop || !(ownerWord(src, w) || plural) || !hasUpperOrDigit(w.text) || w.quoted {
			continue
		}
		owned := false
		for j := k + 1; j < len(words) && j <= k+2; j++ {
			if ownChannels[words[j].lc()] {
				owned = true
				break
			}
			if words[j].stop {
				break
			}
		}
		if !owned {
			for _, v := range named {
				if s, _ := findName(words, v.Name); s == k+1 {
					owned = true
				}
			}
		}
		if !owned {
			continue
		}
		if n := nameEnding(words, k); n != "" && !reporterNext(words, k+1-len(strings.Fields(n)), n) {
			out = append(out, n)
		}
	}
	return out
}

// leadSpeaker is the name a lead opens with as the speaker of its own
// channel or customers ("MicroWorld Technologies confirmed that one of
// its regional update servers ...", "Click Studios told customers
// that ..."), not a researcher telling of someone else's.
func leadSpeaker(lw []titleWord) string {
	if len(lw) < 4 {
		return ""
	}
	// The name as written up to the verb: nameAt would cut a company's
	// last word ("MicroWorld Technologies confirmed").
	e := 0
	for e+1 < len(lw) && e < 2 && !lw[e].stop && hasUpperOrDigit(lw[e+1].text) && nameWord(lw[e+1]) {
		e++
	}
	k := e + 1
	if !hasUpperOrDigit(lw[0].text) || !nameWord(lw[0]) || lw[e].stop || !speechVerbs[lw[k].lc()] {
		return ""
	}
	n := joinSpan(lw, 0, e)
	if k+1 < len(lw) && oneOf(lw[k+1].lc(), "customers", "users", "clients") ||
		selfVerbs[lw[k].lc()] {
		return n // "Click Studios told customers", "Zorbsoft confirmed that ..."
	}
	for i := k + 1; i < len(lw); i++ {
		if hasUpper(lw[i].text) {
			return "" // "its" may be another name's now ("maker Daon ... its customers")
		}
		if !oneOf(lw[i].lc(), "its", "our") {
			continue
		}
		for j := i + 1; j < len(lw) && j <= i+3; j++ {
			if ownChannels[lw[j].lc()] {
				return n
			}
		}
	}
	return ""
}

func hasUpper(w string) bool {
	return strings.ToLower(w) != w
}

// selfVerbs are a speaker's of its own incident: a vendor confirms or
// admits a breach of its channel, a researcher reports one.
var selfVerbs = wordSet("confirmed confirms admitted admits acknowledged acknowledges notified notifies")

var speechVerbs = wordSet(`says said confirmed confirms warns warned told tells disclosed
	discloses announced announces admitted admits notified notifies alerted alerts`)

// settleLead is settle's lead with its words, split once on first use:
// namesAround and titleChosen both read them, and a lead read to its end
// (lead_sentences = 0) may be tens of kilobytes. The rules only read the
// words, never change them.
type settleLead struct {
	text  string
	w     []titleWord
	split bool
}

func (l *settleLead) words() []titleWord {
	if !l.split {
		l.w, l.split = titleWords(l.text), true
	}
	return l.w
}

// leadMakers are the makers a lead gives for a product: "X, made by Y",
// "a VPN client developed by Y", "maker Y", "X's developer, Y", "its
// parent company Y", "Y, the Indian maker of X", "Y, the company behind
// X", "Y, which makes the X editor".
func leadMakers(lead string, lw []titleWord, named []trust.VendorHit) []string {
	var out []string
	for i := 0; i+1 < len(lw); i++ {
		if !makerCue(lw[i].text) {
			continue // a lead may be tens of kilobytes: no lower-casing of words no case reads
		}
		l := lw[i].lc()
		next := lw[i+1].lc()
		switch {
		case makerParticiples[l] && next == "by" && !lw[i].stop && i+2 < len(lw) && aboutNamed(lw, i-1, -1, named):
			// "made by India's MicroWorld Technologies", "made by Hong
			// Kong-based BigNox": the maker past where it is based.
			if n := nameAt(lw, chan10PastBase(lw, i+2)); n != "" {
				out = append(out, n)
			}
		case l == "parent" && !lw[i].stop && oneOf(next, "company", "firm") && !lw[i+1].stop && i+2 < len(lw):
			// "its parent company Zorbcorp"
			if n := nameAt(lw, i+2); n != "" {
				out = append(out, n)
			}
		case leadMakerNouns[l] && lw[i].stop && !lw[i].dash && i > 0 && (ownerWord(lead, lw[i-1]) && namedWordAt(lw, i-1, named) ||
			oneOf(lw[i-1].lc(), "its", "the")):
			// "Quuxnote's developer, Zorbsoft, said"
			if n := nameAt(lw, i+1); n != "" && (l != "developer" || personless(n)) {
				out = append(out, n)
			}
		case leadMakerNouns[l] && !lw[i].stop && next != "of" && next != "behind" &&
			(i == 0 || !oneOf(lw[i-1].lc(), "the", "a", "an", "its", "their")) &&
			(i == 0 || !hasUpper(lw[i-1].text) || namedWordAt(lw, i-1, named)): // not "TikTok owner ByteDance" in a DeepSeek story
			// "maker Justice AV Solutions", "NoxPlayer developer BigNox"
			if n := nameAt(lw, i+1); n != "" && (l != "developer" || personless(n)) {
				out = append(out, n)
			}
		case (leadMakerNouns[l] || oneOf(l, "company", "firm", "team")) && !lw[i].stop && i >= 2 && i+2 < len(lw) && (next == "of" || next == "behind") &&
			aboutNamed(lw, i+2, 1, named):
			// "MicroWorld Technologies, the Indian maker of eScan",
			// "Zorbsoft, the company behind Quuxnote"
			for j := i - 1; j >= 1 && j >= i-3; j-- {
				if strings.EqualFold(lw[j].text, "the") {
					if n := appositiveOf(lw, j-1); n != "" {
						out = append(out, n)
					}
					break
				}
				if lw[j].stop || hasUpperOrDigit(lw[j].text) && !actors[lw[j].lc()] {
					break
				}
			}
		case oneOf(l, "which", "that") && !lw[i].stop && makesVerbs[next] && i >= 1 && aboutNamed(lw, i+2, 1, named):
			// "Zorbsoft Ltd, which makes the Quuxnote editor"
			if n := appositiveOf(lw, i-1); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// makerCue reports whether w, lower-cased, may be the word every case of
// leadMakers turns on (a participle, a maker noun, "parent", "company",
// "firm", "team", "which", "that"), without allocating: ASCII is folded
// in a buffer, and a longer or non-ASCII word is left to leadMakers.
func makerCue(w string) bool {
	var b [16]byte
	if len(w) > len(b) {
		return true
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	if len(w) == 0 || b[0] < 'a' || b[0] > 'z' || makerCueLens[b[0]-'a']&(1<<len(w)) == 0 {
		return false // most words of a text: no map lookup
	}
	k := b[:len(w)]
	return makerParticiples[string(k)] || leadMakerNouns[string(k)] || makerOthers[string(k)]
}

// makerCueLens has, per first letter, a bit for each length of the words
// makerCue looks up.
var makerCueLens = firstLetterLens(makerParticiples, leadMakerNouns, makerOthers)

// firstLetterLens returns, per first letter a-z, the lengths of the
// sets' words as bits; every word must open with a-z and be shorter than
// 32 bytes.
func firstLetterLens(sets ...map[string]bool) [26]uint32 {
	var out [26]uint32
	for _, s := range sets {
		for w := range s {
			if w == "" || w[0] < 'a' || w[0] > 'z' || len(w) > 31 {
				panic("firstLetterLens: " + w)
			}
			out[w[0]-'a'] |= 1 << len(w)
		}
	}
	return out
}

// namedWordAt reports whether word k is a word of a name the alert gives.
func namedWordAt(words []titleWord, k int, named []trust.VendorHit) bool {
	if k < 0 || k >= len(words) {
		return false
	}
	for _, v := range named {
		for _, f := range strings.Fields(v.Name + " " + v.Term) {
			if strings.EqualFold(f, words[k].text) {
				return true
			}
		}
	}
	return false
}

// aboutNamed reports whether the nearest capitalised word from word k on
// in direction dir (within four words) is of a name the alert gives, or
// there is none: "The Quuxpad SDK, made by Zorbtech" is about the
// alert's Quuxpad; "TikTok, owned by ByteDance" in a DeepSeek story is
// not.
func aboutNamed(lw []titleWord, k, dir int, named []trust.VendorHit) bool {
	for n := 0; n < 4 && k >= 0 && k < len(lw); n, k = n+1, k+dir {
		if hasUpper(lw[k].text) && !strings.EqualFold(lw[k].text, "the") && !noName(lw[k].text) { // not "a VPN client developed by"
			return namedWordAt(lw, k, named)
		}
	}
	return true
}

// appositiveOf is the name as written that ends at word j with a comma
// after it ("MicroWorld Technologies, the ..."): nameEnding would drop a
// company's last word.
func appositiveOf(lw []titleWord, j int) string {
	if j < 0 || !lw[j].stop || lw[j].dash || nameEnding(lw, j) == "" {
		return ""
	}
	st := j
	for st > 0 && st > j-2 && !lw[st-1].stop && hasUpperOrDigit(lw[st-1].text) && nameWord(lw[st-1]) {
		st--
	}
	return joinSpan(lw, st, j)
}

var (
	makerParticiples = wordSet(`made developed built manufactured published maintained owned
		operated created sold distributed produced`)
	leadMakerNouns = wordSet("maker manufacturer vendor publisher developer owner")
	makesVerbs     = wordSet(`makes made develops developed owns owned publishes published maintains
		sells builds built created distributes`)

	// makerOthers are the other words leadMakers's cases open on.
	makerOthers = wordSet("parent company firm team which that")
)

// ownedBy are the owners a text writes before "-owned" ("ByteDance-owned
// Lemon8", "Tencent-owned WeChat"), and the name they own: not a
// country's or a state's ("Chinese-owned", "state-owned").
func ownedBy(words []titleWord, named []trust.VendorHit) []string {
	var out []string
	for i, w := range words {
		pre, ok := strings.CutSuffix(w.text, "-owned")
		if !ok || !hasUpperOrDigit(pre) || strings.Contains(pre, "-") {
			continue
		}
		l := strings.ToLower(pre)
		if actors[l] || nationality[l] || authorities[l] || notVendors[l] {
			continue
		}
		n := ""
		if i+1 < len(words) && !w.stop {
			n = nameAt(words, i+1)
		}
		// One of the two must be the alert's already: a DeepSeek story's
		// "ByteDance-owned TikTok" names neither.
		if !hasVendorNamed(named, pre) && (n == "" || !namedWordAt(words, i+1, named)) {
			continue
		}
		out = append(out, pre)
		if n != "" {
			out = append(out, n) // and what it owns: "Lemon8"
		}
	}
	return out
}

// personless reports whether n, after "developer", is a company rather
// than a person: one word ("BigNox") or ending in a company's word.
func personless(n string) bool {
	parts := strings.Fields(n)
	return len(parts) == 1 || corporateWords[strings.ToLower(parts[len(parts)-1])]
}

// leadListed5 are the names a lead puts together with a list the title
// gives ("Zapier, PostHog and Postman npm packages" — "packages from
// Zapier, ENS Domains, PostHog and Postman"). A lead's list under a title
// naming one or none is left alone: the title chose whom its news is
// about ("18 npm packages, including chalk and debug").
func leadListed5(lead string, lw []titleWord, named []trust.VendorHit) []string {
	if len(named) < 2 {
		return nil
	}
	var out []string
	for _, v := range named {
		s, e := findName(lw, v.Name)
		if s < 0 {
			continue
		}
		out = append(out, coordinatedNames(lead, lw, s, e, false, lw)...)
	}
	return out
}

// ownedProducts are the products a title with an owner names before
// their channel: "Gluestack's react-native-aria packages", "push crypto
// drainer in lottie-player releases", "Fennec UI npm packages".
func ownedProducts(title string, words []titleWord) []string {
	var out []string
	for i := 1; i < len(words); i++ {
		if !productChannels[words[i].lc()] {
			continue
		}
		j := i
		for j > 1 && !words[j-1].stop && (registryWord(words[j-1].text) || channelModifiers[words[j-1].lc()]) {
			j--
		}
		// A name as written: capitalised words ("Fennec UI") or one
		// written like code ("react-native-aria"), not an English noun
		// ("build system packages").
		e := j - 1
		if e < 0 || words[e].stop || words[e].marked || !nameWord(words[e]) {
			continue
		}
		st := e
		if hasUpperOrDigit(words[e].text) {
			for st > 0 && st > e-2 && !words[st-1].stop && hasUpperOrDigit(words[st-1].text) && nameWord(words[st-1]) && !ownerWord(title, words[st-1]) {
				st--
			}
		}
		n := joinSpan(words, st, e)
		if e > 0 && words[e-1].slash && words[e-1].end+1 == words[e].start {
			// "@rspack/core": the scope and the name are one package.
			n = words[e-1].text + "/" + words[e].text
			if at := words[e-1].start; at > 0 && title[at-1] == '@' {
				n = "@" + n
			}
		} else if !hasUpperOrDigit(words[e].text) && !words[e].quoted && !codeName(words[e].text) {
			continue
		}
		if !registryWord(n) {
			out = append(out, n)
		}
	}
	return out
}

var productChannels = wordSet(`package packages library libraries extension extensions plugin plugins
	sdk release releases versions module modules crate crates gem gems app action
	actions image images`)

// describesOnly reports whether a name of two or more words is made only
// of describing words, capitalised as adjectives of place and acronyms of
// a trade are ("Korean ERP vendor's update server"): a description, not
// a name.
func describesOnly(name string) bool {
	parts := strings.Fields(name)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		l := strings.ToLower(p)
		if !nationality[l] && !actors[l] && !describeWords[l] && !techTerms[l] {
			return false
		}
	}
	return true
}

// leadHolder is the product a lead says holds what should not be there:
// "the Contec CMS8000 contains hidden functionality", "the Zentro Z3
// router carries an undocumented account".
func leadHolder(lw []titleWord) string {
	for i := 1; i+1 < len(lw); i++ {
		if !holdVerbs[lw[i].lc()] || lw[i].stop {
			continue
		}
		hidden := false
		for j := i + 1; j < len(lw) && j <= i+3; j++ {
			if hiddenWords[lw[j].lc()] {
				hidden = true
				break
			}
		}
		if !hidden {
			continue
		}
		// describe: past the product's kind ("the Zentro Z3 router
		// contains").
		if n := nameBefore(lw, i, true); n != "" && hasUpperOrDigit(n) {
			return n
		}
	}
	return ""
}

var (
	holdVerbs   = wordSet("contains contain contained carries carried hides hid harbors harbours includes included has had ships shipped")
	hiddenWords = wordSet("hidden undocumented backdoor backdoors secret rogue malicious unauthorized covert intentional deliberate")
)

// ourProduct is the name a speaker's title gives after "our" ("our
// Orion software updates", "our TaskRouter JS SDK"), or "".
func ourProduct(words []titleWord) string {
	for i, w := range words {
		if oneOf(w.text, "our", "Our") && i+1 < len(words) && !w.stop {
			if n := nameAt(words, i+1); n != "" && hasUpper(words[i+1].text) {
				return n
			}
			return ""
		}
	}
	return ""
}
