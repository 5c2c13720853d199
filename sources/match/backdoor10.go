package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A backdoor, secret account, tunnel or malware found built in to a
// product as its maker shipped it, told the many ways news tells it
// beyond the hidden-adjective shape of named4.go: what the product came
// with ("Budget phones sold in Africa came with malware", "Software-defined
// radio had a backdoor for years", "patient monitors contain a backdoor"),
// where it was found ("Backdoor found in firmware used by many DVR
// brands", "Backdoor baked into Android tablet firmware", "warn of
// backdoor in Chinese patient monitors"), hidden functions of a product
// ("Hidden functions let children's watch take photos"), and a maker
// found able to stop its product from afar ("finds Chinese maker can
// remotely disable its electric buses"). The brand is the title's, beside
// the product, else the maker the lead names (makerInLead). Attackers, a
// flaw, a fake, a denial or a clarification make it no finding of the
// maker's (trust-events.md, "compromise vs use").

// bd10Marks are the bytes of a title bd10Alert reads: most titles hold
// none and are never split.
var bd10Marks = newFoldSubs("backdoor", "malware", "trojan", "spyware", "adware", "rootkit", "tunnel", "hidden", "secret",
	"undocumented", "remotely", "quietly", "silently", "covertly", "infect", "unauthori")

// bd10Malicious is the byte mark of a malicious release.
var bd10Malicious = newFoldSubs("malicious")

// bd10Things are what a maker leaves in a product: read alone.
var bd10Things = wordSet("backdoor backdoors malware trojan trojans spyware adware rootkit rootkits")

// bd10HiddenThings are a way in only with a hidden adjective before it:
// "hidden functions", "secret admin account", "undocumented tunnel".
var bd10HiddenThings = wordSet(`tunnel tunnels account accounts functions function functionality
	feature features code access service services login logins shell shells`)

// bd10ShipVerbs say a product came with what follows: "came with
// malware", "carried a backdoor", "contain a backdoor", "had a backdoor".
var bd10ShipVerbs = wordSet(`ships ship shipped shipping came come comes sold contain contains
	contained containing carried carry carries carrying had has have harbor harbors
	harbored harbour harbours include includes included bundled preloaded delivered found
	caught`)

// bd10PlaceVerbs put what was found in the product: "backdoor found in
// firmware", "baked into Android tablet firmware".
var bd10PlaceVerbs = wordSet(`found discovered uncovered spotted hidden hiding baked built
	embedded lurking preinstalled pre-installed planted buried left detected`)

// bd10Products are what a maker ships that a title names by kind.
var bd10Products = wordSet(`firmware software phone phones smartphone smartphones handset handsets
	tablet tablets watch watches smartwatch smartwatches radio radios monitor monitors
	robot robots dog dogs router routers camera cameras recorder recorders dvr dvrs
	nvr nvrs box boxes tv tvs firewall firewalls gateway gateways motherboard
	motherboards laptop laptops pc pcs printer printers modem modems device devices
	bus buses car cars vehicle vehicles inverter inverters drone drones kernel rom
	roms chip chips switch switches nas drives crane
	cranes charger chargers meter meters pump pumps scanner scanners toy toys
	projector projectors speaker speakers doorbell doorbells lock locks vacuum vacuums
	mower mowers lawnmower lawnmowers thermostat thermostats e-bike e-bikes scooter
	scooters console consoles headset headsets earbuds glasses keyboard keyboards fleet
	fleets handhelds handheld laptops notebook notebooks set-top receivers receiver
	e-reader e-readers reader readers train trains trucks tractors turbines`)

// bd10StopVerbs are what a maker can do to a product from afar, in the
// active voice ("can remotely disable its electric buses").
var bd10StopVerbs = wordSet(`disable disables stop stops shut shuts switch switches brick
	bricks immobilize immobilise immobilizes halt halts deactivate deactivates control
	controls access accesses`)

// bd10Refuting words in a title take a backdoor back: "'Backdoor' in
// ESP32 chips was undocumented debug commands, researchers clarify".
var bd10Refuting = wordSet(`clarify clarifies clarified clarification overblown debunk debunks
	debunked misleading exaggerated retract retracts retracted not isn't wasn't aren't
	weren't merely myth false denies deny denied rejects dismisses`)

// bd10Thing reports whether word k is what a maker left in a product: a
// backdoor or malware, or a hidden way in ("hidden functions"); not one
// new to researchers ("new backdoor") nor one denied ("no malicious code").
func bd10Thing(words []titleWord, k int) bool {
	lk := lower(words[k])
	switch {
	case bd10Things[lk]:
	case bd10HiddenThings[lk]:
		hidden := false
		for j := k - 1; j >= 0 && j >= k-2 && !words[j].stop; j-- {
			hidden = hidden || hiddenAdjs[lower(words[j])] && lower(words[j]) != "remotely" || rc10Unauthorized[lower(words[j])]
		}
		if !hidden {
			return false
		}
	default:
		return false
	}
	if k > 0 && lower(words[k-1]) == "as" {
		return false // "tagged Google app as malware": a label, not a finding
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if oneOf(lower(words[j]), "new", "newly", "previously", "no", "without", "novel") {
			return false
		}
		if words[j].stop {
			break
		}
	}
	return true
}

// bd10Product finds a product noun in words[lo:hi] (hi excluded), the
// last one: "Android tablet firmware" is the firmware.
func bd10Product(words []titleWord, lo, hi int) int {
	p := -1
	for k := max(lo, 0); k < hi && k < len(words); k++ {
		if bd10Products[lower(words[k])] && (k+1 >= len(words) || !appKinds[lower(words[k+1])] && !oneOf(lower(words[k+1]),
			"application", "applications")) {
			p = k // not "Screen Recorder app": an app, named for what it does
		}
		if k > lo && words[k].stop && p >= 0 {
			break
		}
	}
	return p
}

// bd10BuiltIn finds the title's account of a way in its maker left in a
// product: the thing and the product's word, the span (lo, hi) to show,
// and p, the product noun.
func bd10BuiltIn(words []titleWord) (lo, hi, p int, ok bool) {
	for k := range words {
		if !bd10Thing(words, k) {
			continue
		}
		// The product came with it: "phones ... came with malware",
		// "monitors contain a backdoor", "radio had a backdoor".
		// "shipped handsets with preinstalled adware": the product may
		// stand between the verb and "with".
		v, q := k-1, -1
		for v > 0 && !words[v].stop && (oneOf(lower(words[v]), "a", "an", "the", "with", "its", "own", "remote") ||
			hiddenAdjs[lower(words[v])] || backdoorQualifiers[lower(words[v])] || strings.HasSuffix(lower(words[v]), "-in") ||
			rc10Compound(words[v]) ||
			q < 0 && bd10Products[lower(words[v])] && strings.EqualFold(words[v+1].text, "with")) {
			if bd10Products[lower(words[v])] {
				q = v
			}
			v--
		}
		if v >= 1 && bd10ShipVerbs[lower(words[v])] && !words[v].stop {
			if q < 0 {
				q = bd10Product(words, max(v-8, 0), v)
			}
			// "found a backdoor" is the finder's verb; "found with
			// preinstalled malware" is the product's.
			finder := oneOf(lower(words[v]), "found", "caught", "delivered") && !strings.EqualFold(words[v+1].text, "with")
			if !finder && q >= 0 {
				return v, k, q, true
			}
		}
		// It was found in the product: "Backdoor found in firmware",
		// "backdoor in Chinese patient monitors", "baked into".
		j, placed := k+1, false
		if j < len(words) && !words[k].stop && bd10PlaceVerbs[lower(words[j])] {
			j, placed = j+1, true
		}
		// "malware on Android phones" alone is where it runs; "found on
		// millions of Coolpad phones" is where it was found.
		if j < len(words) && !words[j-1].stop && (oneOf(lower(words[j]), "in", "into", "inside", "within") ||
			placed && lower(words[j]) == "on") {
			if q := bd10Product(words, j+1, j+7); q >= 0 {
				return k, q, q, true
			}
		}
		// Hidden functions the product runs: "Hidden functions let
		// children's watch take photos".
		if bd10HiddenThings[lower(words[k])] {
			if q := bd10Product(words, k+1, k+6); q >= 0 {
				return k - 1, k, q, true
			}
		}
	}
	// A maker able to stop its product: "finds Chinese maker can remotely
	// disable its electric buses".
	for r := 2; r+1 < len(words); r++ {
		if !strings.EqualFold(words[r].text, "remotely") || !bd10StopVerbs[lower(words[r+1])] ||
			!oneOf(lower(words[r-1]), "can", "could", "able") {
			continue
		}
		found := false
		for k := r - 2; k >= 0; k-- {
			found = found || findWords[lower(words[k])]
		}
		maker := false
		for k := max(r-4, 0); k < r; k++ {
			maker = maker || oneOf(lower(words[k]), "maker", "makers", "manufacturer", "manufacturers", "vendor",
				"vendors", "supplier", "suppliers")
		}
		for q := r + 2; found && maker && q < len(words) && q <= r+5; q++ {
			if remoteProducts[lower(words[q])] || oneOf(lower(words[q]), "fleet", "fleets") {
				return r, r + 1, q, true
			}
		}
	}
	return 0, 0, 0, false
}

// bd10Refuted reports whether a title takes a backdoor or malware back:
// scare quotes with a word of refuting ("'Backdoor' in ESP32 chips was
// undocumented debug commands, researchers clarify"), or a finding of
// none ("report found no malicious code in DJI drones").
func bd10Refuted(title string, words []titleWord) bool {
	for k, w := range words {
		lw := lower(w)
		if !bd10Things[lw] && lw != "malicious" && lw != "backdoored" {
			continue
		}
		if k > 0 && oneOf(lower(words[k-1]), "no", "not", "without", "never") {
			return true // "no malicious code", "not a backdoor" reads "not" two back
		}
		if k > 1 && oneOf(lower(words[k-2]), "no", "not", "never") && oneOf(lower(words[k-1]), "a", "any", "hidden", "secret") {
			return true
		}
		if w.quoted || quotedAt(title, w) {
			return inWords(words, bd10Refuting)
		}
	}
	return false
}

// quotedAt reports whether w stands in quotes in title: "'Backdoor' in".
func quotedAt(title string, w titleWord) bool {
	s, e := w.start, w.start+len(w.text)
	if s <= 0 || e >= len(title) {
		return false
	}
	open, shut := title[s-1], title[e]
	return (open == '\'' || open == '"') && (shut == '\'' || shut == '"') ||
		strings.HasSuffix(title[:s], "‘") && strings.HasPrefix(title[e:], "’") ||
		strings.HasSuffix(title[:s], "“") && strings.HasPrefix(title[e:], "”")
}

// bd10Unproven are a title's words of a claim, of victims and of a
// survey: "Every Pixel phone has a backdoor, claims privacy activist" is
// one person's word; "Backdoor found in hacked servers" is attackers' (a
// server is never a product here for that reason).
var bd10Unproven = wordSet("claims claimed alleges alleged allegedly accuses accused rumor rumors",
	"rumour rumours conspiracy hacked breached compromised infected hijacked attacked",
	"unpatched vulnerable",
	// A survey across many makers' images is no one maker's finding:
	// "Malware found in firmware of 30 router models, study finds".
	"study studies survey surveys scan scans")

// bd10Vetoed reports whether a title's way in is attackers', a flaw's, a
// fake's, a survivor of an old case, a claim, or one taken back.
func bd10Vetoed(title string, words []titleWord, verb int) bool {
	for i, w := range words {
		if i != verb && bd10Unproven[lower(w)] {
			return true // the maker's own "infected" is the shape's verb
		}
		if wayInVetoes[lower(w)] && (i != verb-1 || !strings.EqualFold(words[verb].text, "remotely")) && !rc10Effect(words, verb, i) {
			return true // "maker could remotely disable" is the shape's own "could"
		}
	}
	return inWords(words, attackers) || inWords(words, flawLabels) ||
		inWords(words, neverTrusted) || inWords(words, botnetWords) || throughVulnerability(title) ||
		attackersImplant(title) || plantedBy(title) || fakeCopy(title) || researchDemo(title) || stillShipped(title) ||
		bd10Refuted(title, words) || lk10Feature(words) // an owner's feature (lookalike10.go)
}

// bd10Alert reads bd10BuiltIn in a title. The vendor is a registry name
// in the title, else the brand before the product ("in more than 100,000
// Zyxel firewalls"), else the maker the lead names ("Analysis of the
// Contec CMS8000 found ...", "including Alldocube"): title and lead read
// together.
func (m *Matcher) bd10Alert(title, body string, hits []hit, question bool, gate *item) unit {
	if !anyFold(title, bd10Marks) {
		return unit{} // most titles: no split into words
	}
	words := headline(gate.words(title))
	cat := trust.CategoryCompromise
	lo, hi, p, ok := bd10BuiltIn(words)
	if !ok {
		if lo, hi, p, ok = bd10Streams(words); ok {
			cat = trust.CategoryEspionage
		} else {
			lo, hi, p, ok = bd10MakerInfects(words)
		}
	}
	if !ok || bd10Vetoed(title, words, lo) {
		return unit{}
	}
	lead := firstSentence(body)
	if u := m.shapeUnit(words, lo, hi, cat, hits, question, false); u.ok {
		n := ""
		if len(u.vendors) == 0 && m.rules.AnyVendor {
			n = bd10TitleBrand(words, p, lead)
		}
		if len(u.vendors) > 0 || n != "" {
			if n != "" {
				u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
			}
			u.category, u.evidence, u.shapeEnd = cat, clean(title), words[max(lo, hi)].end
			return u
		}
	}
	for _, h := range hits {
		if m.hasVendor[h.pat] {
			return unit{} // a registry vendor the title names, which the shape did not score
		}
	}
	if lead == "" || !m.rules.AnyVendor {
		return unit{}
	}
	lw := gate.words(lead)
	if inWords(lw, attackers) && attackersPlanted(lw) || inWords(lw, flawLabels) && !inWords(lw, hiddenAdjs) {
		return unit{}
	}
	vendors := m.makerInLead(lead, lw)
	if len(vendors) == 0 || strings.Contains(strings.ToLower(title), strings.ToLower(vendors[0].Term)) {
		return unit{}
	}
	return m.acrossAlert(title, lead, hits, question, vendors, joinSpan(words, min(lo, hi), max(lo, hi)), cat)
}

// bd10Covert are the adverbs of a product acting behind its users' backs.
var bd10Covert = wordSet("quietly secretly silently covertly surreptitiously")

// bd10SendVerbs are what such a product does with its users' data.
var bd10SendVerbs = wordSet(`streams streamed streaming sends sent sending transmits transmitted
	transmitting uploads uploaded uploading beams beamed shares shared sharing records
	recorded recording collects collected collecting harvests harvested harvesting siphons
	siphoned leaks leaked captures captured took takes tracks tracked send stream
	transmit upload beam share record collect harvest siphon leak capture take track`)

// bd10Streams reads a product that covertly sends its users' data away,
// its maker's spying (trust-events.md, espionage): "Humanoid robot quietly
// streams data to servers in China", "Smart TVs secretly send what you
// watch". The product stands within four words before the adverb, the
// verb right after it; an SDK or app by name is secretHarvest's.
func bd10Streams(words []titleWord) (lo, hi, p int, ok bool) {
	for a := 1; a+1 < len(words); a++ {
		if !bd10Covert[lower(words[a])] || !bd10SendVerbs[lower(words[a+1])] || words[a].stop {
			continue
		}
		if q := bd10Product(words, max(a-4, 0), a); q >= 0 && (q == 0 || !malwareNouns[lower(words[q-1])]) {
			return a, a + 1, q, true
		}
	}
	return 0, 0, 0, false
}

// bd10InfectVerbs are a maker infecting its own customers.
var bd10InfectVerbs = wordSet("infect infects infected infecting")

// bd10MakerInfects reads a maker that infected its own products: "Chinese
// phone maker Gionee used firmware update to infect 20 million devices
// with trojan". The maker by its trade opens the clause, the verb comes
// within eight words with no malware or attackers between (those infect
// as their own subject), and what it infected follows.
func bd10MakerInfects(words []titleWord) (lo, hi, p int, ok bool) {
	for mk := range words {
		if !oneOf(lower(words[mk]), "maker", "makers", "manufacturer", "manufacturers", "vendor", "vendors") {
			continue
		}
		for v := mk + 1; v < len(words) && v <= mk+8; v++ {
			lv := lower(words[v])
			if malwareNouns[lv] || words[v-1].stop {
				break
			}
			if !bd10InfectVerbs[lv] {
				continue
			}
			if q := bd10Product(words, v+1, v+5); q >= 0 {
				return v, q, mk, true
			}
			break
		}
	}
	return 0, 0, 0, false
}

// bd10TitleBrand is the brand a title gives the product at p: the name
// before it past two lower-case words ("more than 100,000 Zyxel
// firewalls", "Coolpad Android phones"), never a kind, a country or a
// platform. A sentence-case title capitalises its first word anyway:
// there a name must be one the lead writes too, or a brand by its
// letters ("KiwiSDR"), not "Tax software" nor "Second Lifeline phone".
func bd10TitleBrand(words []titleWord, p int, lead string) string {
	for k := 0; k < p; k++ {
		if oneOf(lower(words[k]), "maker", "manufacturer", "vendor") && !words[k].stop {
			p = k // "Phone maker Ulefone shipped handsets with ...": the maker by its trade
			break
		}
	}
	if makerNouns[lower(words[p])] && p+1 < len(words) && !words[p].stop {
		// "phone maker Gionee"
		if n := nameAt(words, p+1); n != "" && vendorName(n) && !threatActor(words, n) {
			return n
		}
		return ""
	}
	if n := makerAfter(words, p+1); n != "" && vendorName(n) && !threatActor(words, n) {
		return n // "routers made by Tenda"
	}
	e := p
	for c := 0; c < 2 && e > 1 && !words[e-1].stop && (!hasUpperOrDigit(words[e-1].text) || platformWords[lower(words[e-1])] ||
		kindAcronyms[lower(words[e-1])]); c++ {
		e--
	}
	if n := rc10OwnSubject(words, p); n != "" {
		return n
	}
	n := nameBefore(words, e, false)
	if n == "" || !hasUpperOrDigit(n) || !vendorName(n) || describedKind(n) || platformName(n) || describesProduct(n) ||
		nationality[strings.ToLower(n)] || threatActor(words, n) {
		return ""
	}
	f := strings.Fields(n)
	if s := e - len(f); (s == 0 || words[s-1].stop) && !hasUpperOrDigit(f[0][1:]) && !leadWrites(lead, n) {
		return ""
	}
	return n
}

// leadWrites reports whether lead writes name as a name of its own
// somewhere, not only as the tail of a longer one ("Tax" in "the
// Intelligent Tax app"); a sentence's article or preposition before it
// is no name's ("The Zorbex app").
func leadWrites(lead, name string) bool {
	for off := 0; ; {
		i := strings.Index(lead[off:], name)
		if i < 0 {
			return false
		}
		i += off
		before := strings.TrimRight(lead[:i], " ")
		prev := before[strings.LastIndexByte(before, ' ')+1:]
		if prev == "" || !hasUpperOrDigit(prev[:1]) || oneOf(strings.ToLower(prev), "the", "a", "an", "in", "on", "at", "by",
			"for", "from", "with", "of") {
			return true
		}
		off = i + len(name)
	}
}

// bd10Withdrawn reports whether a compromise title takes its backdoor or
// malware back (bd10Refuted): a report that found none, a claim
// clarified.
func bd10Withdrawn(title string) bool {
	if !anyFold(title, bd10Marks) && !anyFold(title, bd10Malicious) {
		return false
	}
	return bd10Refuted(title, titleWords(title))
}

// bd10Descriptions end a hyphenated word that says what kind of product
// follows or who stands behind it, never whose brand it is:
// "Software-defined radio", "Government-subsidized Android phone",
// "AI-powered camera".
var bd10Descriptions = wordSet(`defined subsidized subsidised based powered backed funded owned
	made issued mandated approved connected enabled sponsored operated branded certified
	controlled run built designed manufactured assembled`)

// bd10Descriptor reports whether l, a lower-case word, is such a
// description: a hyphen, then one of bd10Descriptions.
func bd10Descriptor(l string) bool {
	i := strings.LastIndexByte(l, '-')
	return i > 0 && bd10Descriptions[l[i+1:]]
}

// bd10Object reports whether the name at i of a lead (or "the" before
// it) is what was analysed, not who found: "Analysis of the Contec
// CMS8000 found hidden functionality" names the product, while
// "Researchers at Mnemonic found" is read by the reporter rules.
func bd10Object(lw []titleWord, i int) bool {
	b := i - 1
	if i < len(lw) && lower(lw[i]) == "the" {
		b = i - 1
	} else if b >= 0 && lower(lw[b]) == "the" {
		b--
	}
	return b >= 0 && oneOf(lower(lw[b]), "of", "in", "on", "inside")
}

// bd10Described reports whether a compromise candidate names only a
// description of the product ("popular Wi-Fi mesh routers" for "Backdoor
// hidden in firmware of popular Wi-Fi mesh routers"): bd10Alert may name
// its maker from the lead instead.
func bd10Described(u unit, title, body string) bool {
	if !u.ok || u.category != trust.CategoryCompromise || len(u.vendors) != 1 || !u.vendors[0].Unlisted {
		return false
	}
	n := u.vendors[0].Name
	f := strings.Fields(n)
	if len(f) > 1 && bd10Products[strings.ToLower(f[len(f)-1])] && !hasUpperOrDigit(f[0][:1]) {
		return true
	}
	// "Ham radio receiver had a hidden backdoor": a sentence-case
	// title's first word that the lead never writes as a name.
	return body != "" && strings.HasPrefix(title, n) && !hasUpperOrDigit(f[0][1:]) && !leadWrites(firstSentence(body), n)
}
