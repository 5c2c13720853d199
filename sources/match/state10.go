package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// State links and espionage findings about a named vendor
// (testdata/state10.tsv; trust-events.md, "state-links / espionage"),
// read from evidence that a differently worded headline of the same
// finding carries too:
//   - covert collection: a vendor's app, extension or device taking its
//     users' data (a verb of taking or selling, a kind of data after it)
//     told as a finding (secretly, caught, a report, researchers) or sent
//     to a state, a broker or the military ("Featured VPN extension
//     harvested millions of users' AI chats", "Xiaomi recording millions
//     of people's web and phone use", "Humanoid robot quietly streams data
//     to servers in China", "How the US military buys location data from
//     ordinary apps"); code installed behind users' backs reads the same;
//   - a tie: the vendor beside a state's military or intelligence by a
//     word of tie (developed with, aids, owned by, ties), told by a voice
//     ("DeepSeek aids China's military, US official says", "Chinese firm
//     with military ties built database", "CIA and BND secretly owned
//     encryption firm Crypto AG");
//   - staff in a state working on the vendor's systems or users' data
//     ("Microsoft used China-based engineers to support Pentagon cloud
//     systems");
//   - prosecutors charging a company's staff whose hacking the lead says
//     served a state's security services.
// The vendor is the title's subject, else, when the title only describes
// it ("Antivirus giant's subsidiary", "Popular VPN extension"), the lead's
// first sentence names it. Attackers and malware, breaches and leaks,
// flaws, denials, settlements, spyware used on victims, children's data
// and cookies (privacy fines without a state) stay silent.

var (
	// st10Collect are the verbs of taking or selling users' data.
	st10Collect = wordSet(`harvest harvests harvested harvesting collect collects collected
		collecting record records recorded recording capture captures captured capturing
		siphon siphons siphoned siphoning sell sells sold selling buy buys bought
		buying
		monitor monitors monitored monitoring track tracks tracked tracking grab grabs
		grabbed grabbing scrape scrapes scraped scraping de-anonymize de-anonymizes de-anonymized de-anonymizing de-anonymise de-anonymises
		de-anonymised de-anonymising deanonymize deanonymizes deanonymized deanonymizing`)
	// st10Flow are the verbs of data moving, a finding only when it
	// moves to a taker (a state, a broker, the military): sending data to
	// the maker's own cloud is what most products do ("Eufy's cameras
	// send data to the cloud without consent" is a privacy story).
	st10Flow = wordSet(`send sends sent sending share shares shared sharing transmit
		transmits transmitted transmitting stream streams streamed streaming upload uploads
		uploaded uploading funnel funnels funneled funnelled beam beams beamed`)
	// st10Install are the verbs of code put on users' devices, a
	// finding only when done covertly ("can install code behind users'
	// backs").
	st10Install = wordSet(`install installs installed installing download downloads downloaded
		downloading`)
	// st10Data are what is taken: users' data of a kind.
	st10Data = wordSet(`data browsing search searches click clicks chats chat conversations
		messages texts location locations screenshots screenshot audio video videos
		recordings web history files contacts prompts habits activity keystrokes genetic
		dna biometric faces photos images clipboard emails passwords info information
		telemetry histories screen screens content viewing text keystroke`)
	// st10Watched are users as the object of watching verbs
	// ("de-anonymizing Android users").
	st10Watched = wordSet("users user visitors people customers owners viewers")
	// st10Covert tell the taking as a finding: hidden, caught, reported.
	st10Covert = wordSet(`secretly silently quietly covertly caught exclusive warning behind
		without hidden undisclosed researchers research investigation report reports
		reported says say said finds found find reveals revealed shows showed
		analysis audit study alleges alleged accuses accused claims`)
	// st10Takers are who gets the data that make any taking an event: a
	// state, a broker, the military.
	st10Takers = wordSet(`china chinese beijing russia russian moscow kremlin iran broker
		brokers military pentagon intelligence ccp`)
	// st10Never are the look-alikes' words: attackers and malware,
	// breaches and leaks, flaws, denials, settlements, spyware used on
	// victims, privacy matters without a state, talk.
	st10Never = wordSet(`hackers hacker attackers attacker scammers criminals cybercriminals gang
		ransomware apt malicious malware fake fakes breach breached breaches stolen
		stole steal steals stealing leak leaked leaks exposed exposes expose flaw
		flaws vulnerability vulnerabilities bug bugs exploit exploited exploits abuse
		abused denies denied deny settle settles settled settlement spyware stalkerware
		pegasus police children children's kids minors cookie cookies opinion urge
		urges urged proposes proposed bill phishing infostealer infostealers hijacked
		compromised typosquat typosquats impersonating rogue ads advertising outage warrant
		subpoena policy`)
	// st10Kinds name what a title describes instead of the vendor.
	st10Kinds = wordSet(`extension extensions app apps robot robots browser browsers antivirus
		keyboard sdk camera cameras phone phones doorbell doorbells software firmware
		subsidiary giant maker makers firm firms company companies device devices
		watch tv tvs vpn vpns chatbot service platform startup provider plugin
		add-on tool developer brand manufacturer vacuum vacuums car cars drone drones
		router routers smartwatch game games player speaker speakers headset headsets
		glasses toy toys thermostat thermostats`)
)

// st10Gate are the words one of which a title must hold for st10Alert to
// split it: the collection verbs, the organs of a tie, staff and charges.
var st10Gate = func() map[string]bool {
	g := wordSet(`military army pla intelligence cia bnd fsb gru mss nsa kremlin
		engineers staff employees workers technicians executives took takes taking anonymizing
		anonymising`)
	for w := range st10Collect {
		g[w] = true
	}
	for _, s := range []map[string]bool{st10Install, st10Flow} {
		for w := range s {
			g[w] = true
		}
	}
	return g
}()

// st10Open opens match's early exit for a title with neither a registry
// vendor nor a lexicon word (openers.go) when it holds a word of st10Gate
// and a word of what the shapes need beside it: data or code taken, a way
// of telling it, staff or a state. Both sets are in gateSets, so the
// title's one pass there answers it (its own pass and two lookups a word
// had been a percent of the matcher's time reading every sentence).
func st10Open(g gateBits) bool { return g.all(gSt10Gate, gSt10Beside) }

// st10Beside are the words a shape of st10Alert needs beside its gate's.
var st10Beside = func() map[string]bool {
	g := wordSet(`code users china-based chinese china charge charges charged charging indict
		indicts indicted`)
	for _, s := range []map[string]bool{st10Data, st10Covert, st10Organs, st10TieAfter} {
		for w := range s {
			g[w] = true
		}
	}
	return g
}()

// st10Listing are the words of a listing taken: a title holding one is
// sanctions news, whatever tie it tells beside.
var st10Listing = wordSet(`sanctions sanctioned sanction sanctioning blacklists blacklisted blacklist
	adds added lists listed designates designated entity delists delisted`)

// st10Alert reads the four findings in a title with its lead.
func (m *Matcher) st10Alert(title, body string, hits []hit, question bool, gate *item) unit {
	if question || !m.rules.AnyVendor || !gate.has(gSt10Gate) {
		return unit{}
	}
	words := headline(gate.words(title))
	if st10Refused(words) || lk10NoEvidence(words) { // a finding denied in the title (lookalike10.go)
		return unit{}
	}
	lead := firstSentence(body)
	lw := gate.words(lead)
	var (
		cat    trust.Category
		lo, hi int
		name   string
		found  bool
		// described: the title's name stands before a kind ("Popular
		// PDF reader app"); the lead's name outranks it.
		described bool
	)
	if v, e, ok := st10Taking(words, lw); ok {
		cat, lo, hi, found = trust.CategoryEspionage, v, e, true
		if st10Tied(words) >= 0 || st10Tied(lw) >= 0 {
			cat = trust.CategoryStateLinks // "prenatal tests developed with military"
		}
		if e < v {
			lo, hi = e, v
			name = st10By(words, v) // "users' chats were harvested by Kestrel VPN"
		} else {
			name, described = st10Subject(words, v)
		}
	} else if v, e, n, ok := st10Tie(words, lw); ok {
		cat, lo, hi, name, found = trust.CategoryStateLinks, v, e, n, true
		if n == "" {
			name, described = st10Subject(words, v)
		}
		if name == "" && v > 1 {
			name, described = st10Subject(words, v-1) // "Zorbtech worked for": the verb before the tie
		}
	} else if v, e, ok := st10Staff(words); ok && !lk10Stops(words) && !lk10Builds(words, v, e) { // a vendor ending the practice is its step (lookalike10.go)
		cat, lo, hi, found = trust.CategoryStateLinks, v, e, true
		name = st10StaffOwner(words, v)
	} else if v, e, ok := st10Charged(words, lw); ok {
		cat, lo, hi, found = trust.CategoryStateLinks, v, e, true
		name = nameBefore(words, e, false)
	}
	if !found || cat == trust.CategoryEspionage && st10Refused(lw) && !st10Voiced(lw) {
		return unit{}
	}
	if name != "" && isTitleCase(words) && !strings.Contains(lead, name) {
		// Every word capitalised hides where a name ends ("Bought
		// Surveillance Data Through Adtech Company"): only the lead's
		// repeating it confirms it.
		name, described = "", false
	}
	vendors := m.st10Vendors(hits, name, described, lead, lw)
	if len(vendors) == 0 {
		return unit{}
	}
	extra := trust.SignalHit{Term: joinSpan(words, lo, hi), Category: cat, Weight: supplyWeight}
	return unit{ok: true, inTitle: true, score: supplyWeight + m.rules.TitleBonus, category: cat, vendors: vendors,
		signals: []trust.SignalHit{extra}, evidence: clean(title)}
}

// st10Refused reports a word of st10Never in words, but for a leak that
// is the finding's evidence ("leaked files show", "leaked documents").
func st10Refused(words []titleWord) bool {
	for i, w := range words {
		l := lower(w)
		if !st10Never[l] {
			continue
		}
		if oneOf(l, "leaked", "leak") && i+1 < len(words) && oneOf(lower(words[i+1]), "files", "documents", "records",
			"emails", "memo", "memos", "audio", "recordings", "messages", "papers", "chats") {
			continue
		}
		return true
	}
	return false
}

// st10Voiced reports whether a lead tells a finding in its own voice
// (researchers found, an investigation), so a word of a look-alike in it
// ("despite claims the data was anonymised", "its Bluetooth setup can be
// hijacked") is the finding's detail.
func st10Voiced(lw []titleWord) bool {
	for _, w := range lw {
		switch lower(w) {
		case "researchers", "investigation", "found", "finds", "review", "report", "reported", "reports":
			return true
		}
	}
	return false
}

// st10Taking finds a verb of taking with users' data after it (or users
// after a verb of watching; code after a verb of installing), told as a
// finding or sent to a taker in the title or the lead: the verb's index
// and the end of its object.
func st10Taking(words, lw []titleWord) (int, int, bool) {
	for v := 0; v < len(words); v++ {
		lv := lower(words[v])
		install, flow := st10Install[lv], st10Flow[lv]
		shot := foldAny(lv, "took", "takes", "taking", "take") && v+1 < len(words) &&
			foldAny(words[v+1].text, "screenshots", "screenshot", "pictures", "photos", "recordings")
		if !st10Collect[lv] && !install && !flow && !shot && !strings.HasSuffix(lv, "anonymizing") &&
			!strings.HasSuffix(lv, "anonymising") {
			continue
		}
		e := -1
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			lk := lower(words[k])
			if install && oneOf(lk, "code", "apps", "software", "updates", "plugins") ||
				!install && (st10Data[lk] && (lk != "web" || st10WebUse(words, k)) ||
					st10Watched[lk] && k <= v+2 && st10Watches(lv)) {
				e = k
				break
			}
			if words[k].stop {
				break
			}
		}
		if e < 0 && !install && (strings.HasSuffix(lv, "ed") || lv == "sold") {
			// The passive: "users' location data sold by", "chats were
			// harvested by": the data before, the taker after "by".
			for k := v - 1; k >= 0 && k >= v-3 && e < 0; k-- {
				if st10Data[lower(words[k])] && st10By(words, v) != "" {
					e = k
				}
			}
		}
		if e < 0 {
			continue
		}
		if install {
			// Installing is a finding only done covertly.
			if st10Hidden(words) {
				return v, e, true
			}
			continue
		}
		if st10Buys[lv] && !st10From(words, e) {
			continue // a state buying data (US spy agencies are buying), not from a named product
		}
		takers := inWords(words, st10Takers) || inWords(lw, st10Takers)
		if flow && !takers || inWords(words, st10Suits) && !inWords(words, st10Takers) {
			// Data sent to the maker's own cloud; a suit or a fine over
			// collecting with no state or broker: privacy news.
			continue
		}
		if !takers && lk10OwnTelemetry(words, lw, v) {
			continue // the product's own telemetry, measured (lookalike10.go)
		}
		if inWords(words, st10Covert) || inWords(words, st10Takers) || inWords(lw, st10Takers) || st10Voiced(lw) {
			return v, e, true
		}
	}
	return 0, 0, false
}

// st10By is the name after "by" following a passive verb at v ("sold by
// the Fitloop app"), or "".
func st10By(words []titleWord, v int) string {
	for k := v + 1; k+1 < len(words) && k <= v+4; k++ {
		if lower(words[k]) == "by" {
			return st10Object(words, k+1)
		}
		if words[k].stop {
			break
		}
	}
	return ""
}

// st10Object is the name of the object starting at word s, past its
// description ("encryption firm Crypto AG", "VPN provider Nordline").
func st10Object(words []titleWord, s int) string {
	for k := s; k < len(words) && k < s+5; k++ {
		l := lower(words[k])
		if st10Kinds[l] || l == "the" || l == "a" || !hasUpperOrDigit(words[k].text) {
			continue
		}
		if k+2 < len(words) && st10Kinds[lower(words[k+1])] && !words[k].stop && hasUpperOrDigit(words[k+2].text) {
			continue // "VPN provider Nordline": what it is, then its name
		}
		if n := objectName(words, k, min(len(words), k+4)); st10Named(n) {
			return n
		}
		return ""
	}
	return ""
}

// st10Buys are the verbs of buying data: a finding about the product
// it was bought from ("buys location data from ordinary apps").
var st10Buys = wordSet("buy buys bought buying")

// st10From reports "from" within three words after the data at e.
func st10From(words []titleWord, e int) bool {
	for k := e + 1; k < len(words) && k <= e+3; k++ {
		if lower(words[k]) == "from" {
			return true
		}
	}
	return false
}

// st10Suits are an authority's or a plaintiff's action, which makes a
// taking without a state or a broker a privacy matter ("Texas sues
// Google for collecting biometric data without consent").
var st10Suits = wordSet(`sue sues sued suing lawsuit lawsuits fine fines fined penalty
	penalized penalised settle settles settlement`)

// st10WebUse reports whether "web" at k is users' web use ("web and
// phone use", "web browsing"), not a service's web front ("its web and
// app outage").
func st10WebUse(words []titleWord, k int) bool {
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		if oneOf(lower(words[j]), "use", "usage", "habits", "activity", "browsing", "history", "traffic", "searches") {
			return true
		}
	}
	return false
}

// st10Watches reports whether verb lv takes people as its object.
func st10Watches(lv string) bool {
	return strings.Contains(lv, "anonymi") || strings.HasPrefix(lv, "monitor") || strings.HasPrefix(lv, "track") ||
		strings.HasPrefix(lv, "record")
}

// st10Hidden reports a title saying a thing was done covertly: "secretly",
// "behind users' backs", "without consent".
func st10Hidden(words []titleWord) bool {
	for i, w := range words {
		switch lower(w) {
		case "secretly", "silently", "quietly", "covertly":
			return true
		case "behind":
			if i+2 < len(words) && foldAny(words[i+2].text, "backs", "back") {
				return true
			}
		case "without":
			if i+1 < len(words) && foldAny(words[i+1].text, "consent", "permission", "knowledge", "notice") {
				return true
			}
		}
	}
	return false
}

// st10Organs are a state's military and intelligence.
var st10Organs = wordSet(`military army pla intelligence cia bnd fsb gru mss nsa kremlin
	militaries`)

// st10TieBefore join a vendor to an organ after them: "developed with
// the military", "aids China's military", "owned by".
var st10TieBefore = wordSet(`with aids aid aided aiding helps helped helping supports
	supported supporting supplies supplied supplying serves served serving assists
	assisted behalf by ties links tied linked backed partnered`)

// st10WorkFor are the verbs after which "for" ties: "worked for China's
// military" (not "hunt for foreign intelligence agents").
var st10WorkFor = wordSet(`work works worked working spied spies spying hacked hacks
	hacking operated operates built builds developed develops made makes`)

// st10TieAfter follow an organ that ties: "military ties", "PLA-backed".
var st10TieAfter = wordSet("ties links connections affiliations backed linked affiliated")

// st10TieWord reports whether word k ties what is before it to what is
// after.
func st10TieWord(words []titleWord, k int) bool {
	lk := lower(words[k])
	return st10TieBefore[lk] || lk == "for" && k > 0 && st10WorkFor[lower(words[k-1])]
}

// st10Tied is the index of an organ word tied to what is before it, or
// -1: a word of tie within three words before the organ (past the state
// that owns it: "China's", "Chinese", "the"), or one right after it.
func st10Tied(words []titleWord) int {
	for o, w := range words {
		if !st10Organs[lower(w)] {
			continue
		}
		if o+1 < len(words) && st10TieAfter[lower(words[o+1])] {
			return o
		}
		for k := o - 1; k >= 0 && k >= o-3; k-- {
			lk := lower(words[k])
			if st10TieWord(words, k) {
				return o
			}
			if words[k].stop || !(hasUpperOrDigit(words[k].text) || oneOf(lk, "the", "chinese", "russian", "state",
				"its", "a", "people", "liberation", "national", "foreign", "us", "u.s")) {
				break
			}
		}
	}
	return -1
}

// st10Voice tell a tie as a finding.
var st10Voice = wordSet(`exclusive investigation report reports reported says say said found
	finds documents leaked leak charges charged advisory officials official reveals
	revealed shows show according review study secretly covertly alleges accuses
	claims warns`)

// st10TieTalk make a tie no finding: talk, denials, attackers, a product
// merely used by a military.
var st10TieTalk = wordSet(`could may might would should if whether denies denied deny
	uses used using buys bought sells sold hackers hacker attackers lawmakers
	senators bans ban banned sanctions sanctioned blacklist blacklists blacklisted list`)

// st10Tie finds a vendor tied to an organ: the tie's span and, when the
// organ owns the vendor ("BND secretly owned encryption firm Crypto AG"),
// the name after it; else "" (the title's subject names it).
func st10Tie(words, lw []titleWord) (int, int, string, bool) {
	if inWords(words, st10TieTalk) || lk10Bought(words, lw) { // a sale (lookalike10.go)
		return 0, 0, "", false
	}
	voiced := inWords(words, st10Voice) || inWords(lw, st10Voice)
	if !voiced {
		return 0, 0, "", false
	}
	// An organ owning or running the vendor: the object named after.
	for o, w := range words {
		if !st10Organs[lower(w)] && !foldAny(w.text, "CIA", "BND") {
			continue
		}
		for v := o + 1; v < len(words) && v <= o+2; v++ {
			if !oneOf(lower(words[v]), "owned", "controlled", "ran", "bought") {
				continue
			}
			if n := st10Object(words, v+1); n != "" {
				return o, v, n, true
			}
		}
	}
	o := st10Tied(words)
	if o < 0 {
		return 0, 0, "", false
	}
	// The subject is before the tie: "DeepSeek aids China's military",
	// "Chinese firm with military ties".
	k := max(o-1, 0) // an organ opening the words ties nothing before it
	for k > 0 && !st10TieWord(words, k) {
		k--
	}
	if o+1 < len(words) && st10TieAfter[lower(words[o+1])] && !st10TieWord(words, k) {
		k = o
	}
	return k, o, "", true
}

// st10Staff finds staff in a state at work on a vendor's systems or data:
// "China-based engineers maintained Pentagon cloud systems", "Chinese
// engineers accessed user data": the staff word and the object's end.
func st10Staff(words []titleWord) (int, int, bool) {
	for s, w := range words {
		if !oneOf(lower(w), "engineers", "staff", "employees", "workers", "technicians") || s == 0 {
			continue
		}
		p := lower(words[s-1])
		inState := oneOf(p, "china-based", "chinese", "russia-based", "russian") ||
			s+2 < len(words) && lower(words[s+1]) == "in" && oneOf(lower(words[s+2]), "china", "russia")
		if !inState {
			continue
		}
		for k := s + 1; k < len(words) && k <= s+7; k++ {
			if oneOf(lower(words[k]), "systems", "data", "cloud", "networks", "servers", "accounts") {
				return s, k, true
			}
		}
	}
	return 0, 0, false
}

// st10StaffOwner is the vendor whose staff they are: the subject of
// "used", "uses" or "let" before them ("Microsoft used China-based
// engineers"), else a name before what the staff worked on or its users
// ("reviews LINE use after Chinese engineers accessed user data"), else
// "" (the lead's).
func st10StaffOwner(words []titleWord, s int) string {
	for k := s - 1; k > 0 && k >= s-3; k-- {
		if oneOf(lower(words[k]), "used", "uses", "using", "let", "lets", "allowed", "allows", "employed", "relied") {
			return st10NameBefore(words, k, false)
		}
	}
	for k := 1; k < len(words); k++ {
		if oneOf(lower(words[k]), "use", "users", "user", "data", "systems", "cloud", "servers", "app", "messenger") &&
			hasUpperOrDigit(words[k-1].text) {
			if n := st10NameBefore(words, k, false); st10Named(n) {
				return n
			}
		}
	}
	return ""
}

// st10Charged finds prosecutors charging a company's staff ("charges
// i-Soon employees") where the lead says their hacking served a state's
// security services: the charge and the staff word.
func st10Charged(words, lw []titleWord) (int, int, bool) {
	for c, w := range words {
		if !oneOf(lower(w), "charge", "charges", "charged", "charging", "indict", "indicts", "indicted") {
			continue
		}
		for s := c + 1; s < len(words) && s <= c+4; s++ {
			if oneOf(lower(words[s]), "employees", "staff", "executives", "workers", "engineers") &&
				hasUpperOrDigit(words[s-1].text) && st10ServesState(lw) {
				return c, s, true
			}
		}
	}
	return 0, 0, false
}

// st10ServesState reports a lead saying work for a state's security or
// military organs: "on behalf of Beijing's security services", "Ministry
// of State Security".
func st10ServesState(lw []titleWord) bool {
	for i, w := range lw {
		l := lower(w)
		if l == "behalf" || st10Organs[l] || l == "services" && i > 0 && lower(lw[i-1]) == "security" ||
			l == "ministry" && i+2 < len(lw) && oneOf(lower(lw[i+2]), "state", "public") {
			return true
		}
	}
	return false
}

// st10Subject is the name doing the verb at v: the name right before it
// past adverbs and modals ("Xiaomi recording", "WeChat monitors", "Meta
// and Yandex caught"), else the name before a kind word within seven
// words ("Unitree humanoid robot quietly streams": described), else "".
func st10Subject(words []titleWord, v int) (string, bool) {
	s := v
	for s > 0 && !words[s-1].stop && (oneOf(lower(words[s-1]), "secretly", "silently", "quietly", "covertly",
		"caught", "found", "can", "could", "was", "were", "is", "are", "has", "have", "had", "been", "allegedly",
		"reportedly", "also", "still", "to")) {
		s--
	}
	if s > 0 && hasUpperOrDigit(words[s-1].text) && !words[s-1].stop {
		n := st10NameBefore(words, s, false)
		if st := s - len(strings.Fields(n)); st >= 1 && lower(words[st-1]) == "of" {
			return "", false // "Bureau of Motor Vehicles": a body's name, not a maker's
		}
		if st10Named(n) {
			// "Meta and Yandex": both do it.
			if st := s - len(strings.Fields(n)); st >= 2 && lower(words[st-1]) == "and" {
				if n2 := st10NameBefore(words, st-1, false); st10Named(n2) {
					return n2 + ", " + n, false
				}
			}
			return n, false
		}
	}
	for k := s - 1; k > 0 && k >= s-7; k-- {
		if words[k].stop {
			break
		}
		if l := lower(words[k]); st10Kinds[l] || reachProducts[l] || productWords[l] || deviceWords[l] || productNouns[l] {
			if n := nameBefore(words, k, true); st10Named(n) {
				return n, true
			}
		}
	}
	return "", false
}

// st10Named reports whether n can be a vendor read from a title: a name,
// not a state, a platform, a kind or an authority.
func st10Named(n string) bool {
	l := strings.ToLower(n)
	if st10BigTech[l] {
		return true
	}
	if f := strings.ToLower(strings.Fields(n + " x")[0]); authorities[f] || actors[f] {
		return false // "Pentagon cloud systems": what the staff worked on
	}
	if n == "" || !hasUpperOrDigit(n) || !vendorName(n) || describedKind(n) || st10Platform(n) {
		return false
	}
	return !nationality[l] && !authorities[l] && !actors[l] && !st10Kinds[l] && !techWords[l]
}

// st10BigTech are makers the repo's word sets keep as actors (they
// remove, ban and report), which a finding names as its subject
// ("Microsoft used China-based engineers").
var st10BigTech = wordSet("microsoft google apple amazon mozilla meta facebook")

// st10Platform reports whether every word of n is a platform's
// ("Android"); unlike platformName, an acronym is a name ("BGI").
func st10Platform(n string) bool {
	for _, w := range strings.Fields(n) {
		if !platformWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// st10NameBefore is nameBefore, which keeps the makers that act as
// actors out, with those makers read back in.
func st10NameBefore(words []titleWord, i int, describe bool) string {
	if n := nameBefore(words, i, describe); n != "" {
		return n
	}
	if i > 0 && !words[i-1].stop && st10BigTech[lower(words[i-1])] && hasUpperOrDigit(words[i-1].text) {
		return words[i-1].text
	}
	return ""
}

// st10Vendors are the finding's vendors: the registry's in the title,
// else the title's subject unless only described, else the registry's in
// the lead's first sentence, else the name the lead gives the vendor,
// else the described one.
func (m *Matcher) st10Vendors(hits []hit, name string, described bool, lead string, lw []titleWord) []trust.VendorHit {
	if vs := m.st10Registry(hits); len(vs) > 0 {
		return vs
	}
	ln := ""
	// "Featured VPN extension", "Popular PDF reader app": capitals
	// before a kind describe it when the lead names another.
	if name != "" && !described {
		return st10Hits(name)
	}
	if lead != "" {
		ss := m.ac.scan(scanState{grow: true}, lead)
		if vs := m.st10Registry(ss.hits); len(vs) > 0 {
			return vs
		}
		if ln = st10LeadName(lw); ln != "" {
			return st10Hits(ln)
		}
	}
	if name != "" {
		return st10Hits(name)
	}
	return nil
}

// st10Hits are the unlisted vendors of a name read ("Meta, Yandex").
func st10Hits(name string) []trust.VendorHit {
	var out []trust.VendorHit
	for _, n := range strings.Split(name, ", ") {
		out = append(out, trust.VendorHit{Name: n, Term: n, Unlisted: true})
	}
	return out
}

// st10Registry are the registry vendors hits name, not as reporters.
func (m *Matcher) st10Registry(hits []hit) []trust.VendorHit {
	var out []trust.VendorHit
	seen := map[int32]bool{}
	for i, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind != kindVendor || m.nested(hits, i, kindVendor) || m.reported(hits, i) {
				continue
			}
			vt := m.vendorTerms[r.idx]
			if seen[vt.vendor] {
				continue
			}
			seen[vt.vendor] = true
			v := m.vendors[vt.vendor]
			out = append(out, trust.VendorHit{Name: v.Name, Term: vt.term, Guild: v.Guild})
		}
	}
	return out
}

// st10LeadName is the vendor a lead's first sentence names: a name in
// apposition ("Urban VPN Proxy, a Chrome extension"), possessive
// ("Microsoft's 'digital escort' arrangement"), after "that" ("found that
// BGI developed"), or before a product word or a verb of taking; never a
// reporter ("Koi researchers say", "Motherboard reports").
func st10LeadName(lw []titleWord) string {
	for i := 0; i < len(lw); i++ {
		w := lw[i]
		if !hasUpperOrDigit(w.text) || !nameWord(w) || i > 0 && hasUpperOrDigit(lw[i-1].text) && !lw[i-1].stop &&
			nameWord(lw[i-1]) {
			continue
		}
		n := nameAt(lw, i)
		if n == "" && st10BigTech[lower(w)] {
			n = w.text // "Microsoft's 'digital escort' arrangement"
		}
		if n == "" {
			continue
		}
		e := i + 1 // the word after the name's run ("Zhenhua Data," whose name is "Zhenhua")
		for e < len(lw) && e < i+4 && !lw[e-1].stop && hasUpperOrDigit(lw[e].text) {
			e++
		}
		next := ""
		if e < len(lw) {
			next = lower(lw[e])
		}
		last := lw[e-1]
		switch {
		case st10Voice[next] || oneOf(next, "researchers", "research", "security", "labs", "lab", "told", "analysts"):
			// a reporter
		case !st10Named(n) || i == 0 && !last.stop && last.end-last.start == len(last.text):
			// a sentence's opening capital ("Leaked data from",
			// "Procurement records show"), a kind
		case last.end-last.start > len(last.text),
			last.stop && oneOf(next, "a", "an", "the", "which", "whose", "with", "one"),
			i > 0 && oneOf(lower(lw[i-1]), "that", "found", "including"),
			st10Kinds[next] || reachProducts[next] || st10Collect[next]:
			return n
		}
		i = e - 1
	}
	return ""
}

// st10Denied reports a finding's vendor speaking to deny it: "Kaspersky
// says it has never handed user data to Moscow", "Qimtek insists it does
// not share data with Beijing". The vendor is the one who says, and a
// negation follows within the clause.
func st10Denied(title string, u unit) bool {
	if u.category != trust.CategoryEspionage && u.category != trust.CategoryStateLinks || !hasWordIn(title, st10Negations) {
		return false
	}
	words := titleWords(title)
	for i := 1; i < len(words); i++ {
		if !oneOf(lower(words[i]), "says", "said", "insists", "insisted", "maintains", "maintained", "claims", "claimed") {
			continue
		}
		n := nameBefore(words, i, false)
		if n == "" && st10BigTech[lower(words[i-1])] {
			n = words[i-1].text
		}
		said := false
		for _, v := range u.vendors {
			said = said || n != "" && looseVendor(n, v.Name)
		}
		if !said {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			if st10Negations[lower(words[k])] {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// st10Negations deny what follows.
var st10Negations = wordSet(`never not no doesn't didn't don't won't hasn't haven't isn't
	wasn't`)
