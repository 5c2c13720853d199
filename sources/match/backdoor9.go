package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Backdoors found in a product as shipped, told in the shapes the
// vendorcomp.go ones miss: a count before the brand ("found in several
// Zyxel firewalls" names Zyxel's models, not a survey), a product the
// title only describes whose brand the lead gives ("Backdoor found in two
// healthcare patient monitors" — "Contec CMS8000 patient monitors"), a
// chipmaker a product is built on ("firmware built on HiSilicon chips").

// brandAfterCount reports whether the count at word i counts one brand's
// models: "several Zyxel firewall, VPN products", "multiple Kyocera
// printers". A kind ("150 IoT devices") or a platform is a survey's.
func brandAfterCount(words []titleWord, i int) bool {
	n := nameAfter(words, i, true, false)
	return n != "" && !describedKind(n) && vendorName(n) && !platformName(n)
}

// platformWords are the systems products run on: "Android phones", "iOS
// SDK" describe a kind, they name no maker.
var platformWords = wordSet(`android ios windows linux macos chromeos iphone iphones ipad
	tizen harmonyos aosp`)

// platformName reports whether every capitalised word of name is a
// platform's, so that the name is a kind ("Android phones", "iOS SDK").
func platformName(name string) bool {
	upper := false
	for _, w := range strings.Fields(name) {
		if !hasUpperOrDigit(w) {
			continue
		}
		upper = true
		if !platformWords[strings.ToLower(w)] && !kindAcronyms[strings.ToLower(w)] &&
			strings.ToUpper(w) != w {
			return false
		}
	}
	return upper
}

// unbrandedHead reads a product the title only describes from word p: a
// count and lower-case words ending in what it is ("two healthcare
// patient monitors", "tax software"), and returns that word; "" when a
// name stands there or the product is a victim ("hacked servers").
func unbrandedHead(words []titleWord, p int) string {
	i := p
	for i < len(words) && !words[i].stop && (quantities[words[i].lc()] || isNumber(words[i].text) ||
		oneOf(words[i].lc(), "the", "a", "an", "some", "popular", "cheap", "budget")) {
		i++
	}
	for e := i; e < len(words) && e < i+4; e++ {
		lw := words[e].lc()
		if productWords[lw] || ownedWords[lw] || productNouns[lw] {
			return lw
		}
		if hasUpperOrDigit(words[e].text) && !nationality[lw] && !platformWords[lw] && !kindAcronyms[lw] &&
			!strings.HasSuffix(lw, "-made") || turnedAdjective(lw) || oneOf(lw, "hacked", "breached", "exploited") ||
			words[e].stop {
			return ""
		}
	}
	return ""
}

// shippedKinds are what a vendor ships as code: a named family of
// malware found in one of these ("GoldenSpy backdoor hidden in tax
// software") was in the product, not in an attack's victims.
var shippedKinds = wordSet("software app application sdk client installer firmware plugin extension update updater add-on")

// leadProductBrand names what a title only described (noun, its head)
// from the lead: the brand before the same kind, past two lower-case
// words ("Contec CMS8000 patient monitors", "the Intelligent Tax
// software"); the maker after it ("an advertising SDK from Chinese
// company Mintegral"); or the name set beside it ("tax invoicing
// software, the Baiwang edition").
func leadProductBrand(lw []titleWord, s, noun string) string {
	kind := productKind(noun)
	for i, w := range lw {
		if productKind(w.lc()) != kind {
			continue
		}
		n := nameBefore(lw, i, true)
		if n == "" || !hasUpperOrDigit(n) {
			n = makerAfter(lw, i+1)
		}
		if n == "" && w.stop && i+2 < len(lw) && strings.EqualFold(lw[i+1].text, "the") {
			if a, e := namedAt(lw, i+2, s); e < len(lw) && oneOf(lw[e].lc(), "edition", "version", "client") {
				n = a
			}
		}
		if n != "" && hasUpperOrDigit(n) && vendorName(n) && !describedKind(n) && !platformName(n) &&
			!threatActor(lw, n) && !nationality[strings.ToLower(n)] {
			return n
		}
	}
	return ""
}

// hidingVerbs say what a product was found doing with something hidden in
// it: "tax software found hiding a backdoor", "caught carrying malware".
var hidingVerbs = wordSet(`hiding carrying containing harboring harbouring concealing running
	installing dropping`)

// foundHiding reads a product caught with a backdoor or malware in it, the
// product as the subject: "Second Chinese tax software found hiding a
// backdoor", "Payroll app caught installing malware". The product is the
// brand before its kind, else the kind, whose brand the lead gives.
func foundHiding(words []titleWord) (supplyHit, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !foldAny(words[v].text, "found", "caught", "spotted", "discovered") || words[v-1].stop ||
			words[v].stop || !hidingVerbs[words[v+1].lc()] {
			continue
		}
		if inWords(words, attackers) || inWords(words, neverTrusted) {
			return supplyHit{}, false
		}
		k := v + 2
		for k < len(words) && k <= v+4 && oneOf(words[k].lc(), "a", "an", "hidden", "secret", "its", "own") {
			k++
		}
		if k >= len(words) || !malwareNouns[words[k].lc()] || strings.EqualFold(words[k].text, "malicious") {
			continue
		}
		head := words[v-1].lc()
		if !shippedKinds[head] && !productWords[head] && !ownedWords[head] {
			continue
		}
		h := supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, k), lo: v, hi: k, head: head}
		e := v - 1 // "Zorbex billing app": the brand before what the product is
		for c := 0; c < 2 && e > 0 && !hasUpperOrDigit(words[e-1].text) && !words[e-1].stop; c++ {
			e--
		}
		if n := nameBefore(words, e, false); n != "" && hasUpperOrDigit(n) && vendorName(n) && !platformName(n) && !describesProduct(n) &&
			!nationality[strings.ToLower(strings.Fields(n)[len(strings.Fields(n))-1])] {
			h.name, h.head = n, ""
		}
		return h, true
	}
	return supplyHit{}, false
}

// productLeadAlert reads a title that found a backdoor in a product it
// only describes ("GoldenSpy backdoor hidden in tax software required by
// Chinese bank", "Second Chinese tax software found hiding a backdoor")
// and takes the brand from the summary's first sentences, where one names
// that kind of product ("installed silently by the Intelligent Tax
// software", "the Baiwang edition"). The title must carry the shape at a
// headline's full weight, since the lead only names.
func (m *Matcher) productLeadAlert(title, body string, hits []hit, question bool) unit {
	if body == "" || !anyFold(title, hiddenMarks) || !anyFold(title, foundMarks) {
		return unit{} // most titles: no split into words
	}
	gate := false
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && m.signals[r.idx].Category == trust.CategoryCompromise || r.kind == kindCue && r.idx == cueSupply {
				gate = true
			}
		}
		if m.hasVendor[h.pat] {
			return unit{} // a registry vendor's title was read as such
		}
	}
	if !gate {
		return unit{}
	}
	words := headline(titleWords(title))
	m.mark(words, hits)
	sh, ok := foundHiding(words)
	if !ok {
		if sh, ok = supplyShape(words); !ok || hasUpperOrDigit(sh.name) || sh.head == "" {
			return unit{}
		}
	}
	u := m.supplyLeadUnit(words, hits, sh.lo, sh.hi, question)
	if !u.ok {
		return unit{}
	}
	if hasUpperOrDigit(sh.name) {
		u.vendors = []trust.VendorHit{{Name: sh.name, Term: sh.name, Unlisted: true}}
		u.evidence = clean(title)
		return u
	}
	if len(body) > 2048 {
		body = body[:2048]
	}
	var buf [8][2]int
	for i, sp := range sentenceSpans(body, buf[:0]) {
		if i == leadSentences {
			break
		}
		s := body[sp[0]:sp[1]]
		if n := leadProductBrand(titleWords(s), s, sh.head); n != "" {
			u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
			u.inTitle, u.across = false, true
			u.evidence = clean(title) + " — " + clean(s)
			return u
		}
	}
	return unit{}
}

// hiddenMarks and foundMarks are the bytes of a title productLeadAlert
// reads: what was hidden, and a word of finding it.
var (
	hiddenMarks = newFoldSubs("backdoor", "malware", "spyware", "trojan")
	foundMarks  = newFoldSubs("found", "discovered", "hidden", "hiding", "uncovered", "spotted", "caught", "detected",
		"lurking")
)

// productKind folds a product noun to its kind: a lead's "application" or
// "client" is the title's "app".
func productKind(w string) string {
	switch w {
	case "app", "apps", "application", "applications", "client", "clients":
		return "app"
	}
	return strings.TrimSuffix(deviceClass(w), "s")
}

// platformMaker names the maker of a product a title calls by its
// platform ("Popular iOS SDK accused of spying", "SDK accused of spying
// on iPhone users"): the brand before an SDK the title names, else the
// lead's brand for the kind the title gives ("an advertising SDK from
// Chinese company Mintegral"), else "".
func platformMaker(words, lw []titleWord, lead string) string {
	for i, w := range words {
		if !foldAny(w.text, "software", "app", "application", "sdk", "client", "installer", "firmware") { // shippedKinds
			continue
		}
		// A sentence-case title's first word is capitalised anyway: a
		// name there is one the lead writes too, or a brand by its
		// letters ("AdBridge SDK"); "Advertising SDK" is a kind.
		if n := nameBefore(words, i, false); n != "" && hasUpperOrDigit(n[strings.LastIndexByte(n, ' ')+1:]) && vendorName(n) &&
			!platformName(n) && !describedKind(n) && (i > 1 || lead == "" || strings.Contains(lead, n) || hasUpperOrDigit(n[1:])) {
			return n
		}
		if n := leadProductBrand(lw, lead, w.lc()); n != "" {
			return n
		}
	}
	return ""
}

// describesProduct reports whether n, a sentence-case title's first word,
// only says what kind of product follows: "Mandatory invoicing software",
// "Government-mandated payroll app", "State-funded phones".
func describesProduct(n string) bool {
	l := strings.ToLower(n)
	if strings.Contains(l, " ") {
		return false
	}
	for _, suf := range []string{"-mandated", "-approved", "-issued", "-backed", "-funded", "-made", "-owned", "-required"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return oneOf(l, "mandatory", "required", "compulsory", "official", "popular", "government", "state", "national",
		"budget", "cheap", "second", "another", "new")
}

// stillShipped reports whether a title tells a known backdoor still
// present long after ("Dozens of Docker Hub images still contain the XZ
// Utils backdoor"): a past compromise's remains, not a new one.
func stillShipped(title string) bool {
	if !strings.Contains(title, "still") {
		return false // most titles: no split into words
	}
	words := titleWords(title)
	for i := 0; i+1 < len(words); i++ {
		if strings.EqualFold(words[i].text, "still") && !words[i].stop && oneOf(words[i+1].lc(),
			"contain", "contains", "ship", "ships", "carry", "carries", "include", "includes", "host", "hosts", "use",
			"uses", "run", "runs", "have", "has", "harbor", "harbors") {
			return true
		}
	}
	return false
}

// appKinds are products a store ships whose own update can turn them.
var appKinds = wordSet("app apps extension extensions plugin plugins sdk game games")

// updateTurnedApp reads a named app that harmed its own users through
// one of its updates: "Barcode Scanner app on Google Play infects 10
// million users with one update", "Zorbnote app hits users with
// malicious update". The app opens the clause (a brand before its kind),
// a verb of harm follows, then the update it came with.
func updateTurnedApp(words []titleWord) (supplyHit, bool) {
	for u := 3; u < len(words); u++ {
		if !foldAny(words[u].text, "update", "updates") {
			continue
		}
		w := u - 1
		for w > 0 && oneOf(words[w].lc(), "one", "a", "an", "single", "its", "latest", "new",
			"recent", "malicious", "later", "rogue") && !words[w].stop {
			w--
		}
		if !oneOf(words[w].lc(), "with", "after", "via", "through", "in") || words[w].stop {
			continue
		}
		v := -1
		for k := w - 1; k > 0 && k >= w-6; k-- {
			if hitVerbs[words[k].lc()] || oneOf(words[k].lc(), "turned", "turns") {
				v = k
				break
			}
			if words[k].stop {
				break
			}
		}
		if v < 0 {
			continue
		}
		for a := v - 1; a > 0 && a >= v-5; a-- {
			if !appKinds[words[a].lc()] || words[a].stop {
				if words[a].stop {
					break
				}
				continue
			}
			if n := nameBefore(words, a, false); n != "" && hasUpperOrDigit(n) && vendorName(n) && !platformName(n) &&
				!describesProduct(n) {
				return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, u), name: n, lo: v, hi: u}, true
			}
			break
		}
	}
	return supplyHit{}, false
}

// stopParticiples are what a maker can do to a product from afar.
var stopParticiples = wordSet(`stopped shut disabled switched turned immobilized immobilised bricked
	halted deactivated disconnected paralyzed paralysed`)

// remoteProducts are products a maker may reach after the sale.
var remoteProducts = wordSet(`bus buses train trains inverter inverters vehicle vehicles car cars
	crane cranes charger chargers turbine turbines tractor tractors robot robots
	battery batteries meter meters locomotive locomotives trucks truck`)

// findWords say an owner, a tester or an authority found something out.
var findWords = wordSet(`finds found discovers discovered reveals revealed learns learned confirms
	confirmed tests tested test shows showed`)

// remoteStopShape reads a product found to be stoppable from afar by its
// maker: "Norwegian transit operator finds Chinese buses can be stopped
// remotely", "Utility discovers solar inverters could be shut down
// remotely". Someone found it (an owner or a tester, never attackers or
// a flaw), the product stands before the verb, and its brand is the one
// before it in the title or the lead.
func remoteStopShape(words []titleWord) (supplyHit, bool) {
	for r := 2; r < len(words); r++ {
		if !strings.EqualFold(words[r].text, "remotely") {
			continue
		}
		if inWords(words, attackers) || inWords(words, vulnWords) {
			return supplyHit{}, false
		}
		v := -1
		for k := r - 1; k > 0 && k >= r-2; k-- {
			if stopParticiples[words[k].lc()] {
				v = k
				break
			}
		}
		if v < 1 || !oneOf(words[v-1].lc(), "be", "been", "being", "were", "was", "are") {
			continue
		}
		p, found := -1, false
		for k := v - 2; k >= 0; k-- {
			if p < 0 && remoteProducts[words[k].lc()] && k >= v-5 {
				p = k
			}
			if p >= 0 && findWords[words[k].lc()] {
				found = true
			}
		}
		if p < 0 || !found {
			continue
		}
		h := supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, r), lo: v, hi: r,
			head: words[p].lc()}
		if n := nameBefore(words, p, true); n != "" && hasUpperOrDigit(n) && vendorName(n) && !describedKind(n) &&
			!nationality[strings.ToLower(n)] && !describesProduct(n) {
			h.name, h.head = n, ""
		}
		return h, true
	}
	return supplyHit{}, false
}

// harvestVerbs are what hidden code in an SDK or app did with its users'
// data.
var harvestVerbs = wordSet(`harvesting harvests harvested collecting collects collected stealing steals
	stole uploading uploads uploaded exfiltrating exfiltrates siphoning siphons sending
	sends sent tracking tracks`)

// secretHarvest reads a named SDK or app that secretly took its users'
// data: "AdBridge SDK in 300 Android apps found secretly harvesting user
// data", "Zorbex library secretly uploads contacts". The code shipped in
// the product took the data: its maker's spying (trust-events.md,
// "exfiltrating data"), not a package turned by others; a fake or
// malicious one never was trusted.
func secretHarvest(words []titleWord) (supplyHit, bool) {
	for s := 1; s+1 < len(words); s++ {
		if !foldAny(words[s].text, "secretly", "covertly", "quietly", "silently") ||
			!harvestVerbs[words[s+1].lc()] || words[s].stop {
			continue
		}
		if inWords(words, neverTrusted) || inWords(words, attackers) {
			return supplyHit{}, false
		}
		for a := s - 1; a > 0 && a >= s-7; a-- {
			if words[a].stop {
				break
			}
			if !oneOf(words[a].lc(), "sdk", "sdks", "library", "app", "extension", "plugin") {
				continue
			}
			if n := nameBefore(words, a, false); n != "" && hasUpperOrDigit(n) && vendorName(n) && !platformName(n) &&
				!describesProduct(n) && !describedKind(n) && !strings.EqualFold(words[a-1].text, "malicious") {
				return supplyHit{category: trust.CategoryEspionage, term: joinSpan(words, s, s+1), name: n, lo: s, hi: s + 1}, true
			}
			break
		}
	}
	return supplyHit{}, false
}

// foldAny reports whether w is one of opts, ASCII case folded; unlike
// strings.ToLower it allocates nothing for a capitalised word.
func foldAny(w string, opts ...string) bool {
	for _, o := range opts {
		if strings.EqualFold(w, o) {
			return true
		}
	}
	return false
}
