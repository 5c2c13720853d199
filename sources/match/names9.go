package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Who an alert names, the ninth time: what a name is. The shapes read a
// name where one should stand, and news puts there words that name no
// vendor: a common noun ("EmEditor download page hijacked", "account
// takeover"), a part of a release ("GitHub Action tags hijacked"), a
// device noun or a description made of a platform and a kind ("DVRs",
// "Android phones", "iOS SDK"), a state's alignment ("China-aligned"),
// the researcher who reports ("ESET says ..."), or, from the lead, a
// party the news is not about: the buyers an order reaches ("told
// companies including ByteDance to stop buying Nvidia's chips"), an
// aside ("whose chip was found in a Huawei processor"). One rule holds
// them: a vendor is a proper name, written as a brand or package is
// (sentenceWord, names6.go, reads the form); and the proper name that
// replaces a word is the one the news is about: the title's own, where it
// stands beside the product or in apposition to a trade ("Nvidia's AI
// chips", "AI firm Zhipu"), else the lead's in apposition to the title's
// noun ("MonPass, a major certification authority"; "VPN provider
// IPany"), else the lead's named product as names4 reads it.

// describesKind reports whether the words of a name only describe what
// a product is or where its maker stands: a platform and a kind ("iOS
// SDK", "Android phones"), a device noun in the plural ("DVRs"), a
// state's alignment ("China-aligned"). Such a phrase stands for the
// vendor only when the article names none.
func describesKind(parts []string) bool {
	kind := false
	for _, p := range parts {
		l := strings.ToLower(strings.Trim(p, ".'’"))
		switch {
		case acronymPlural(p) || productKinds[l] || productWords[l] || protocolWords[l] || hyphenAdjective(l) || placeTied(l):
			kind = true
		case notVendors[l] || techTerms[l] || nationality[l] || describeWords[l] || places[l]:
		default:
			return false
		}
	}
	return kind
}

// placeTied reports whether a hyphenated word ties something to a state
// ("china-aligned", "iran-nexus", "kremlin-allied"): where a maker
// stands, never its name.
func placeTied(l string) bool {
	pre, suf, ok := strings.Cut(l, "-")
	return ok && actors[pre] && (participle(suf) || suf == "nexus")
}

// compoundHead reports whether the lower-case word at s heads a noun
// compound ("download page", "certificate authority", "account
// takeover"): a plain noun stands right before it. A package's name
// follows a function word, a verb or a list ("of quuxproxy",
// "compromised quuxctl release", "colors and faker").
func compoundHead(words []titleWord, s int) bool {
	p := words[s-1]
	l := p.lc()
	return !p.stop && !p.quoted && !hasUpperOrDigit(p.text) && !stopWords[l] && !functionWords[l] && !participle(l) &&
		!activeVerb(l) && !quantities[l] && !leadChannels[l] && !registryWord(l) && !hyphenAdjective(l) && !strings.HasSuffix(l, "ly") &&
		!oneOf(l, "behind", "inside", "within", "named", "called", "dubbed")
}

// tradeDescribed reports whether the name at s..e describes where a
// maker stands before its trade and its name ("Chinese GPU maker
// Quuxcore"): a place's word in it, a singular trade noun after it, a
// proper name after that.
func tradeDescribed(words []titleWord, s, e int) bool {
	if e+2 >= len(words) || words[e].stop || words[e+1].stop || !singularGeneric[words[e+1].text] || nameAt(words, e+2) == "" {
		return false
	}
	for k := s; k <= e; k++ {
		if l := words[k].lc(); nationality[l] || places[l] || actors[l] && !platformActors[l] {
			return true
		}
	}
	return false
}

// acronymPlural reports whether a word is an acronym in the plural
// ("DVRs", "NVRs", "PCs", "ISPs"): a noun, not a brand, though it has
// capitals inside.
func acronymPlural(p string) bool {
	if len(p) < 3 || p[len(p)-1] != 's' {
		return false
	}
	for _, r := range p[:len(p)-1] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// reporterOnly reports whether n, read only from the lead, is the
// researcher or outlet the lead credits ("ESET says ...", "Snyk
// researchers found ...", "according to Zorbsec"), not the vendor
// speaking of its own channel (leadSpeaker).
func reporterOnly(n string, words, lw []titleWord) bool {
	if s, _ := findName(words, n); s >= 0 {
		return false
	}
	ls, _ := findName(lw, n)
	if ls < 0 {
		return false
	}
	if strings.EqualFold(leadSpeaker(lw), n) || ownSpeaker(lw, ls, n) || bd10Object(lw, ls) {
		return false
	}
	return reporterNext(lw, ls, n) || creditors[strings.ToLower(n)] ||
		ls >= 2 && strings.EqualFold(lw[ls-1].text, "to") && strings.EqualFold(lw[ls-2].text, "according")
}

// ownSpeaker reports whether the name at ls speaks as the maker: named
// after its trade ("vendor Ledgerly says", "Quuxnote's developer,
// Zorbsoft, said", "the maintainer of rack-throttle-lite says") or
// telling of its own channel ("... replaced installers on its download
// site").
func ownSpeaker(lw []titleWord, ls int, n string) bool {
	for k := ls - 1; k >= 0 && k >= ls-2; k-- {
		if l := lw[k].lc(); leadMakerNouns[l] || l == "maintainer" || l == "maintainers" {
			return true // "The maintainer of rack-throttle-lite says"
		}
	}
	for k := ls + len(strings.Fields(n)); k < len(lw); k++ {
		if hasUpper(lw[k].text) {
			return false // "its" may be another name's now ("... provider Quuxvpn and replaced its installer")
		}
		if !oneOf(lw[k].lc(), "its", "our", "his", "her", "their") {
			continue
		}
		for j := k + 1; j < len(lw) && j <= k+3; j++ {
			if ownChannels[lw[j].lc()] {
				return true
			}
		}
	}
	return false
}

// releasePart reports whether a lower-case word is a part or state of a
// release, never a package's name, even beside a channel word ("GitHub
// Action tags", "the compromised versions").
func releasePart(l string) bool {
	return releaseNouns[l] || badgeNouns[l] || l == "code"
}

// titleProper are the proper names a title gives for the product or its
// maker, which the lead names again: a name before its product's kind or
// as an owner ("Nvidia's AI chips", "Codecov code coverage tool",
// "HiSilicon chips"), after a trade noun ("AI firm Zhipu", "chip
// designer Sophgo"), or (badAt >= 0) right before the word wrongly named
// ("EmEditor download page"). Not an actor, authority, platform,
// registry, attacker or reporter.
func titleProper(title, lead string, words, lw []titleWord, badAt int) []string {
	tc := isTitleCase(words)
	var out []string
	for i := 0; i < len(words); i++ {
		n := nameAt(words, i)
		if n == "" {
			continue
		}
		e := i + len(strings.Fields(n)) - 1
		next := i
		i = e
		// "Trivy GitHub Action tags": the channel's words end the name.
		for e > next && (registryWord(words[e].text) || leadChannels[words[e].lc()]) {
			e--
			n = joinSpan(words, next, e)
		}
		// The capital is the writer's: a brand's form, or a word past a
		// sentence-case title's first that the lead writes so too.
		if !brandShaped(words[next].text) && (next == 0 || tc || words[next-1].stop && !leadWrites(lead, n)) &&
			(!capitalisedIn(lw, words[next].text) || !leadWrites(lead, n)) {
			// The first word, or Title Case: a name the lead writes
			// only inside code ("aquasecurity/trivy-action" for
			// "Trivy") is still one; a word the lead writes plain in
			// lower case is not.
			if s, _ := findName(lw, n); s >= 0 || tc || !inCode(lw, n) {
				continue
			}
		}
		if !okAround(n, words, lw) || reporterNext(words, next, n) || describesKind(strings.Fields(n)) || describesOnly(n) ||
			leadChannels[strings.ToLower(n)] {
			continue
		}
		if !containsLower(lead, strings.ToLower(n)) {
			continue // the lead must name it too
		}
		if attackTarget(words, next, e) {
			continue
		}
		if !beside(title, words, next, e, badAt) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// targetNouns are attacks told by their target: "over Sophos firewall
// attacks", "Bybit's $1.5 billion heist".
var targetNouns = wordSet("attacks heist heists intrusions breaches exploitation")

// attackTarget reports whether the title's name at words[s:e+1] is the
// target of the attacks a noun just after it tells: the victim, while
// the lead names who shipped or was listed ("US sanctions Chinese
// cybersecurity firm over Sophos firewall attacks" — Sichuan Silence).
func attackTarget(words []titleWord, s, e int) bool {
	for k := e + 1; k < len(words) && k <= e+4; k++ {
		if targetNouns[words[k].lc()] {
			return true
		}
	}
	return false
}

// inCode reports whether a lead writes n inside a name written like
// code ("aquasecurity/trivy-action" for "Trivy").
func inCode(lw []titleWord, n string) bool {
	l := strings.ToLower(n)
	for i, w := range lw {
		if (strings.ContainsAny(w.text, "-_.") || w.slash || i > 0 && lw[i-1].slash) && strings.Contains(w.lc(), l) {
			return true
		}
	}
	return false
}

// beside reports whether the name at s..e stands where a title puts its
// product's maker: before the product's kind (past up to two words
// describing it), as an owner, after a trade noun, or right before the
// word at badAt.
func beside(title string, words []titleWord, s, e, badAt int) bool {
	if ownerWord(title, words[e]) {
		return true
	}
	if s > 0 && !words[s-1].stop && (generic[words[s-1].lc()] || singularGeneric[words[s-1].lc()]) &&
		!hasUpperOrDigit(words[s-1].text) {
		return true
	}
	for k := e + 1; k < len(words) && k <= e+3 && !words[k-1].stop; k++ {
		l := words[k].lc()
		if k == badAt || productKinds[l] || productWords[l] || subjectChannels[l] || generic[l] {
			return true
		}
		if registryWord(words[k].text) || leadChannels[l] {
			continue // "Trivy GitHub Action tags"
		}
		if hasUpperOrDigit(words[k].text) || stopWords[l] {
			return false
		}
	}
	return false
}

// titleHeads are the nouns a title describes its vendor or product by:
// the word wrongly named (at bad, or -1) and the trade and kind nouns
// written in lower case ("VPN provider", "certificate authority").
func titleHeads(words []titleWord, bad int) []string {
	var out []string
	if bad >= 0 {
		out = append(out, words[bad].lc())
	}
	for k, w := range words {
		l := w.lc()
		if k != bad && !hasUpperOrDigit(w.text) && (singularGeneric[l] || productKinds[l] || generic[l] && !stopWords[l]) {
			out = append(out, l)
		}
		// The head of a phrase after an article: "attack against a
		// certification authority in ...".
		if oneOf(l, "a", "an") && !w.stop {
			last := -1
			for j := k + 1; j < len(words) && j <= k+3 && !hasUpperOrDigit(words[j].text) && !functionWords[lower(words[j])]; j++ {
				last = j
				if words[j].stop {
					break
				}
			}
			if last > k+1 && last != bad {
				out = append(out, lower(words[last]))
			}
		}
	}
	return out
}

// leadAppositive is the proper name a lead sets beside a title's noun
// for its vendor (titleHeads): "MonPass, a major certification
// authority" for "certificate authority", "South Korean VPN provider
// IPany" for a provider, "an SDK from Chinese company Mintegral" for an
// SDK; "" when none.
func leadAppositive(lw []titleWord, heads []string) string {
	for _, h := range heads {
		if n := appositiveTo(lw, h); n != "" {
			return n
		}
	}
	return ""
}

func appositiveTo(lw []titleWord, head string) string {
	ok := func(n string, at int) bool {
		l := strings.ToLower(n)
		return n != "" && vendorName(n) && !describesKind(strings.Fields(n)) && !actorName(n) && !threatActor(lw, n) &&
			!actors[l] && !authorities[l] && !creditors[l] && !reporterNext(lw, at, n) && !registryWord(n)
	}
	for k := 0; k < len(lw); k++ {
		l := lw[k].lc()
		if l != head && strings.TrimSuffix(l, "s") != head && !(len(head) > 4 && strings.HasSuffix(l, head)) { // "smartphones" for "phones"
			continue
		}
		// "the Vietnam Government Certification Authority": a name
		// ending in the noun.
		if hasUpper(lw[k].text) && k > 0 && !lw[k-1].stop && hasUpper(lw[k-1].text) {
			st := k
			for st > 0 && st > k-3 && !lw[st-1].stop && hasUpper(lw[st-1].text) && !functionWords[lower(lw[st-1])] {
				st--
			}
			if n := joinSpan(lw, st, k); st > 0 && ok(n, st) {
				return n
			}
		}
		// "X, a major certification authority", "WIZVERA VeraPort,
		// integration software": the name before the comma that opens
		// the apposition.
		for j := k - 1; j >= 1 && j >= k-5 && !lw[j].stop && !hasUpperOrDigit(lw[j].text); j-- {
			if lw[j-1].stop && !lw[j-1].dash {
				if n := nameEnding(lw, j-1); ok(n, j-len(strings.Fields(n))) {
					return n
				}
				break
			}
		}
		// "official tax software, the Baiwang edition": the name after
		// it.
		if lw[k].stop && !lw[k].dash && k+2 < len(lw) && oneOf(lw[k+1].lc(), "the", "a", "an") {
			if n := nameAt(lw, k+2); ok(n, k+2) {
				return n
			}
		}
		// "VPN provider IPany", "SDK from Chinese company Mintegral".
		at := k + 1
		if at < len(lw) && !lw[k].stop && oneOf(lw[at].lc(), "from", "by", "of") {
			at = pastDescriptor(lw, at+1)
		}
		if at < len(lw) && !lw[at-1].stop {
			if n := nameAt(lw, at); ok(n, at) {
				return n
			}
		}
		// "smartphones handed out under the Lifeline program by
		// Assurance Wireless": the party a participle's "by" names.
		verb := false
		for j := k + 1; j+1 < len(lw) && j <= k+9 && !lw[j-1].stop; j++ {
			lj := lw[j].lc()
			if participle(lj) && !hasUpper(lw[j].text) {
				verb = true
			}
			if lj == "by" && verb {
				if n := nameAt(lw, pastDescriptor(lw, j+1)); ok(n, j+1) {
					return n
				}
				break
			}
		}
	}
	return ""
}

// platformMakers are the makers a lead gives for the items of a
// platform an alert named ("21 Magento extensions from vendors Tigren,
// Meetanshi and MGS"): the platform is where the items were listed, the
// makers shipped them. A name before its channel's items and "from" or
// "by" is a platform, whether or not it is known as one.
func platformMakers(lead string, lw []titleWord, name string) []string {
	ls, le := findName(lw, name)
	if ls < 0 || le+2 >= len(lw) || lw[le].stop || !leadChannels[lw[le+1].lc()] {
		return nil
	}
	for k := le + 2; k < len(lw) && k <= le+3 && !lw[k-1].stop; k++ {
		if !oneOf(lw[k].lc(), "from", "by") {
			continue
		}
		at := k + 1
		if at < len(lw) && generic[lw[at].lc()] && !lw[at].stop {
			at++ // "from vendors Tigren, ..."
		}
		if at >= len(lw) {
			return nil
		}
		n := nameAt(lw, at)
		if n == "" || !okAround(n, nil, lw) {
			return nil
		}
		e := at + len(strings.Fields(n)) - 1
		return append([]string{n}, coordinatedNames(lead, lw, at, e, false, lw)...)
	}
	return nil
}

// titleChosen names the title's own proper names for an alert whose
// names all come from the lead alone (and the members an action on a
// class names, classMembers): the title chose whom its news is
// about, and a name only the lead gives is a party around it (the buyers
// an order reaches, an aside, a product of the title's maker). It never
// changes whether there is an event.
func (m *Matcher) titleChosen(title string, ld *settleLead, u *unit) {
	lead := ld.text
	if len(u.vendors) == 0 || lead == "" || u.category == trust.CategoryOSS {
		return // a package's name is the lead's to give (names4.go, oss10.go)
	}
	words := headline(titleWords(title))
	if ms := classMembers(title, lead, words, u.vendors); len(ms) > 0 {
		// The members first; the class stays, for the registry's
		// vendors it reaches.
		out := make([]trust.VendorHit, 0, len(ms)+len(u.vendors))
		for _, n := range ms {
			out = append(out, m.hitFor(n))
		}
		u.vendors = dedupeVendors(append(out, u.vendors...))
		return
	}
	for _, v := range u.vendors {
		if v.Class != "" {
			return
		}
		if s, _ := findName(words, v.Name); s >= 0 {
			return
		}
		if s, _ := findName(words, v.Term); s >= 0 {
			return
		}
	}
	names := titleProper(title, lead, words, ld.words(), -1)
	if len(names) == 0 {
		return
	}
	out := make([]trust.VendorHit, 0, len(names))
	for _, n := range names {
		out = append(out, m.hitFor(n))
	}
	u.vendors = dedupeVendors(out)
}

// madeProducts are the products a lead says a named vendor made ("Tecno
// W2 smartphones made by China's Transsion"): the alert names the
// product beside its maker.
func madeProducts(lead string, lw []titleWord, named []trust.VendorHit) []string {
	var out []string
	for i := 2; i+2 < len(lw); i++ {
		// "by" first: the lead may be tens of kilobytes, and only a
		// word before it is lower-cased.
		if !strings.EqualFold(lw[i+1].text, "by") || lw[i].stop || lw[i-1].stop || !makerParticiples[lw[i].lc()] {
			continue
		}
		at := i + 2
		if ownerWord(lead, lw[at]) && actors[lw[at].lc()] && at+1 < len(lw) {
			at++ // "made by China's Transsion"
		}
		if !namedWordAt(lw, at, named) || !productKinds[lw[i-1].lc()] {
			continue
		}
		if n := nameEnding(lw, i-2); n != "" && !describesKind(strings.Fields(n)) {
			out = append(out, n)
		}
	}
	return out
}

// classMembers are the members an action on a class names, when every
// vendor of the alert is the class: the title's own name before "and 32
// other Chinese entities", and the lead's list after "including" or
// "such as", past each member's trade ("including security software
// maker Qihoo 360 and robotics firm CloudMinds", "Apple supplier
// Nanchang O-Film Tech and KTK Group"), up to maxNamed.
func classMembers(title, lead string, words []titleWord, vs []trust.VendorHit) []string {
	for _, v := range vs {
		if v.Class == "" {
			return nil
		}
	}
	var out []string
	for k := 3; k < len(words); k++ {
		if strings.EqualFold(words[k].text, "other") && isCount(lower(words[k-1])) && lower(words[k-2]) == "and" {
			n := nameEnding(words, k-3)
			if n == "" && k >= 4 && isNumber(words[k-3].text) && !words[k-4].stop {
				if p := nameEnding(words, k-4); p != "" {
					n = p + " " + words[k-3].text // "Qihoo 360"
				}
			}
			if n != "" && okAround(n, words, nil) {
				out = append(out, n)
			}
		}
	}
	if lead == "" {
		return out
	}
	lw := titleWords(lead)
	for i := 0; i < len(lw); i++ {
		if !strings.EqualFold(lw[i].text, "including") && !(strings.EqualFold(lw[i].text, "such") && i+1 < len(lw) && strings.EqualFold(lw[i+1].text, "as")) {
			continue
		}
		at := i + 1
		if lower(lw[i]) == "such" {
			at++
		}
		// "including a dozen Chinese firms such as ...": the list is
		// after "such as".
		for j := at; j < len(lw) && j <= at+5 && !lw[j-1].stop; j++ {
			if lower(lw[j]) == "such" && j+1 < len(lw) && lower(lw[j+1]) == "as" {
				at = j + 2
				break
			}
		}
		for at < len(lw) && len(out) < maxNamed {
			n, e := memberAt(lw, at)
			if n == "" {
				break
			}
			out = append(out, n)
			switch {
			case e+2 < len(lw) && lower(lw[e+1]) == "and" && !lw[e].stop:
				at = e + 2
			case commaAfter(lead, lw, e) && e+1 < len(lw):
				at = e + 1
				if lower(lw[at]) == "and" {
					at++
				}
			default:
				at = len(lw)
			}
		}
		break
	}
	return out
}

// memberAt reads a member's name at word i past its trade ("robotics
// firm CloudMinds", "Apple supplier Nanchang O-Film Tech"), and the
// word it ends at; "" when none.
func memberAt(lw []titleWord, i int) (string, int) {
	at := i
	for j := i; j < len(lw) && j < i+5 && !lw[j].stop && !hasUpperOrDigit(lw[j].text) && !functionWords[lower(lw[j])]; j++ {
		if l := lower(lw[j]); (generic[l] || singularGeneric[l]) && j+1 < len(lw) && hasUpperOrDigit(lw[j+1].text) {
			at = j + 1 // "security software maker Qihoo 360"
			break
		}
	}
	n, e := memberName(lw, at)
	if n == "" {
		return "", 0
	}
	if e+2 < len(lw) && !lw[e].stop && singularGeneric[lower(lw[e+1])] {
		// "Apple supplier Nanchang O-Film Tech": the name after the trade.
		if m, me := memberName(lw, e+2); m != "" {
			n, e = m, me
		}
	}
	if !okAround(n, nil, lw) || describesOnly(n) {
		return "", 0
	}
	return n, e
}

// memberName is nameAt with a number or a company's word going on a
// name ("Qihoo 360", "KTK Group"), and the word the name ends at.
func memberName(lw []titleWord, i int) (string, int) {
	if i >= len(lw) || !hasUpperOrDigit(lw[i].text) {
		return "", 0
	}
	// Inside a sentence a capital is the writer's: "New H3C
	// Semiconductor" opens with a word that is no name alone.
	inside := i > 0 && i+1 < len(lw) && !lw[i].stop && hasUpperOrDigit(lw[i+1].text) && nameWord(lw[i+1])
	if !nameWord(lw[i]) && !inside {
		return "", 0
	}
	e := i
	for e+1 < len(lw) && e < i+3 && !lw[e].stop && hasUpperOrDigit(lw[e+1].text) &&
		(nameWord(lw[e+1]) || isNumber(lw[e+1].text) || corporateWords[lower(lw[e+1])]) {
		e++
	}
	return joinSpan(lw, i, e), e
}
