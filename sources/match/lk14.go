package match

import (
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A vendor tied to a state's organs, or accused of spying itself, told in
// the title's structure rather than in a phrase of the lexicon
// (testdata/links14.tsv, lk14_grid_test.go; trust-events.md, "state-links
// / espionage"): the name, a word of tie in any form ("has ties to",
// "is linked to", "controlled by", "secretly owned by", "funded by",
// "worked for", "a front for", "spies for", "shares user data with"), and
// a state body after it (an intelligence service, a foreign state's
// military, government or party, a capital); or a voice tying the name
// ("Report links Tenmark Systems to China's Ministry of State Security"),
// accusing it ("Lawsuit accuses X of spying on users"), warning that its
// product could be used for espionage, or listing it as a state's
// company. An unlisted name needs a voice in the title or lead (a report,
// an investigation, an authority, a court, a newspaper): a bare claim is
// talk. Not read: threat groups and hackers tied to a state, a person
// (former staff, one engineer, charges and arrests), a vendor denying, a
// proposal or a hearing, commentary, attackers using or breaching a
// product, the vendor reporting an attack.

// lk14Gate are the words of tie and spying one of which a title needs.
var lk14Gate = wordSet(`ties tie links link linked tied connected connections controlled owned
	funded financed backed run works worked working front proxy spies spied spying
	espionage shares shared sharing sends sent sending hands handed lists listed
	names named designates designated helps helped helping aids aided aiding serves
	served serving assists assisted assisting founded
	established created staffed supplies supplied supplying sells sold selling provides
	provided providing hacks hacked hacking company companies firm contractor access
	cooperate cooperates cooperated cooperating collaborate collaborates collaborated subject`)

// lk14Organs are a state's bodies a tie reaches, any state's: an
// intelligence or security service.
var lk14Organs = wordSet(`intelligence pla mss fsb gru svr kgb irgc ccp kremlin spies
	spy mois securitate`)

// lk14Capitals stand for their state's government on their own.
var lk14Capitals = wordSet("beijing moscow tehran pyongyang kremlin")

// lk14Bodies need a foreign state's word before them ("China's military",
// "the Chinese government", "Russia's security services"): "works with the
// government" is a contract.
var lk14Bodies = wordSet(`military army government regime party state ministry services agency
	agencies police navy guards militaries governments`)

// lk14States are the states whose bodies lk14Bodies name.
var lk14States = wordSet(`chinese china china's russian russia russia's iranian iran iran's
	korean korea's korea beijing's moscow's kremlin's tehran's pyongyang's communist
	people's belarusian prc`)

// lk14Voices tell a tie as a finding or a charge by someone other than
// the vendor.
var lk14Voices = wordSet(`report reports reported investigation investigators probe finds found
	find says say said alleges alleged allegedly accuses accused according documents
	records filings leaked leak exclusive study review audit officials official fbi
	cia nsa doj pentagon regulator regulators watchdog lawsuit suit court judge
	committee panel reuters bloomberg wsj ft warns warned shows show reveals
	revealed concluded concludes determined believes intelligence claims claim charges
	researchers analysis reportedly sources complaint`)

// lk14Never are the look-alikes' words: denials, talk and hearings,
// commentary, a person charged, attackers and victims.
var lk14Never = wordSet(`denies denied deny denying rejects rejected refutes dismisses disputes
	propose proposes proposed proposal bill urge urges urged call calls ask asks
	demand demands hearing hearings question questions questioned questioning face
	faces opinion why how should must matter matters charged arrested convicted
	sentenced jailed pleads pleaded guilty extradited indicted hackers hacker
	attackers attacker apt gang actors actor operatives campaign malware botnet
	ransomware breached breach exploit exploits exploited exploiting flaw flaws
	vulnerability targets targeted targeting if whether investors investor stake funding
	raises ipo sale acquisition no not never rumours rumors`)

// lk14Persons stand before a person, not a company: "engineer charged",
// "ex-employee".
var lk14Persons = wordSet(`engineer employee executive founder ceo man woman scientist
	researcher student citizen national officer agent soldier professor businessman
	aide worker staffer insider technician manager director chairman president`)

// lk14Skip are the words between a subject and its tie: "has", "is a",
// "secretly", "accused of", "employees" (the vendor's staff).
var lk14Skip = wordSet(`is was are were has have had been being secretly allegedly
	reportedly also long a an accused of close deep alleged secret covert
	extensive direct employees staff engineers executives workers still likely
	could can be obliged required forced compelled to cameras devices products equipment apps app routers software phones modules`)

// lk14Open opens match's early exit for a title with a word of tie and a
// state's body (openers.go).
func lk14Open(g gateBits) bool { return g.all(gLk14Gate, gLk14Organ) }

// lk14LeadOpen opens it for a title with a voice whose lead's first
// sentence holds the tie (openers.go).
func lk14LeadOpen(_, body string, g gateBits) bool { return g.has(gLk14Voice) && lk14LeadTie(body) }

// lk14LeadTie reports words of a tie and of a state's body in the first
// sentence of body.
func lk14LeadTie(body string) bool {
	lead := firstSentence(body)
	return hasWordIn(lead, lk14Gate) && hasWordIn(lead, lk14GateOrgans)
}

// lk14TitleVoices are who, in a title, may warn of a vendor whose tie the
// lead tells: an authority, an investigation, a court.
var lk14TitleVoices = wordSet(`fbi cia nsa doj report investigation intelligence regulator lawmakers says say
	watchdog lawsuit court pentagon officials warns probe exclusive documents`)

// lk14GateOrgans are the words of gLk14Organ: the bodies, capitals and
// spying words a shape needs beside its tie.
var lk14GateOrgans = func() map[string]bool {
	g := wordSet("espionage spying military government ministry party regime army state")
	for _, s := range []map[string]bool{lk14Organs, lk14Capitals} {
		for w := range s {
			g[w] = true
		}
	}
	return g
}()

// lk14Countries are the states data is sent to ("sent user data to
// China"): a word of the reader's gate, not the opener's, since a title
// with one and no lexicon word is mostly other news.
var lk14Countries = wordSet("china russia iran beijing moscow chinese russian iranian")

// lk14Alert reads the tie or the accusation in title and lead.
func (m *Matcher) lk14Alert(title, body string, hits []hit, question bool, gate *item) unit {
	if question {
		return unit{}
	}
	inTitle := gate.has(gLk14Gate) && gate.any(gLk14Organ, gLk14Country)
	if !inTitle && !(gate.has(gLk14Voice) && lk14LeadTie(body)) {
		return unit{}
	}
	// A quoted tie ('X "has ties to Moscow," FBI says') reads as told.
	words := headline(gate.words(lk14Unquote.Replace(title)))
	if len(words) < 3 || lk14Refused(words) {
		return unit{}
	}
	lead := firstSentence(body)
	lw := gate.words(lead)
	var (
		cat             trust.Category
		t, e            int
		name            string
		described, span = false, words
	)
	if inTitle {
		cat, t, e, name, described = lk14Find(words)
	}
	if cat == "" {
		// The tie only in the lead, of the name the title gives beside
		// a voice ("FBI warns companies about Arvoro" — "The bureau
		// says Arvoro has ties to China's Ministry of State Security").
		if !inWords(words, lk14Voices) || lk14Refused(lw) {
			return unit{}
		}
		if cat, t, e, name, described = lk14Find(lw); cat == "" || name == "" || described ||
			!strings.Contains(title, name) {
			return unit{}
		}
		span = lw
	}
	if name != "" && actorName(name) {
		return unit{} // "Sandworm linked to the GRU": a threat group (whonamed.go)
	}
	vendors := m.lk14Vendors(hits, words, lw, name, described, lead)
	if len(vendors) == 0 {
		return unit{}
	}
	if vendors[0].Unlisted && !inWords(words, lk14Voices) && !inWords(lw, lk14Voices) {
		return unit{} // a bare claim about a name no registry vouches for
	}
	extra := trust.SignalHit{Term: joinSpan(span, t, e), Category: cat, Weight: supplyWeight}
	return unit{ok: true, inTitle: true, score: supplyWeight + m.rules.TitleBonus, category: cat, vendors: vendors,
		signals: []trust.SignalHit{extra}, evidence: clean(title)}
}

// lk14Unquote drops double quotes, which end a phrase for titleWords.
var lk14Unquote = strings.NewReplacer(`"`, "", "“", "", "”", "")

// lk14Refused reports a look-alike's word in the title, or a commentary's
// or a person's shape.
func lk14Refused(words []titleWord) bool {
	for i, w := range words {
		l := lower(w)
		if lk14Never[l] || oneOf(l, "hacked", "hacks") && !(i+1 < len(words) && lower(words[i+1]) == "for") ||
			strings.HasSuffix(l, "-linked") && i+1 < len(words) && oneOf(lower(words[i+1]), "hackers", "group",
				"groups", "actors", "apt") {
			return true // "hacks for Beijing police" is a firm's tie; "hacked" alone a victim
		}
		if oneOf(l, "may", "might", "could", "possible", "potential", "possibly") &&
			!(i+2 < len(words) && lower(words[i+1]) == "be" && lower(words[i+2]) == "used") {
			return true // talk of a tie; a product that "could be used for espionage" is a warning
		}
		if lk14Persons[l] && !(i+1 < len(words) && oneOf(lower(words[i+1]), "says", "say", "said")) {
			return true // "Arvoro engineer worked for", not "officer says"
		}
	}
	return false
}

// lk14Find finds the structure: its category, the span of its words, the
// name when the structure names it ("" when the title's subject or the
// lead does), and whether that name was only described.
func lk14Find(words []titleWord) (trust.Category, int, int, string, bool) {
	for t := 0; t < len(words); t++ {
		lt := lower(words[t])
		// A voice's verb with the name after it: "Report ties X to
		// China's military", "Lawsuit accuses X of spying", "Pentagon
		// lists X as Chinese military company".
		if t > 0 && oneOf(lt, "ties", "links", "tie", "link", "connects", "accuses", "lists", "names", "designates",
			"labels", "identifies") && lk14Voicer(words, t-1) {
			to := -1
			for k := t + 2; k < len(words) && k <= t+7; k++ {
				if lk := lower(words[k]); lk == "to" || lk == "of" || lk == "as" || lk == "among" ||
					oneOf(lk, "a", "an") && oneOf(lt, "designates", "labels", "names") {
					to = k
					break
				}
			}
			if to < 0 {
				continue
			}
			name := st10Object(words, t+1)
			if name == "" && lk14Kind(words, to) && lower(words[to]) == "to" {
				// "Report ties Chinese camera maker to the PLA": the
				// lead names the maker.
				if e, ok := lk14State(words, to+1); ok && oneOf(lt, "ties", "links", "tie", "link", "connects") {
					return trust.CategoryStateLinks, t, e, "", false
				}
			}
			if name == "" || !lk14Before(words, name, to) {
				continue
			}
			switch lower(words[to]) {
			case "to":
				if e, ok := lk14State(words, to+1); ok && !oneOf(lt, "accuses", "lists", "names", "designates", "labels",
					"identifies") {
					return trust.CategoryStateLinks, t, e, name, false
				}
			case "of":
				if lt == "accuses" && to+1 < len(words) {
					if e, ok := lk14Spying(words, to+1); ok {
						if to+2 < len(words) && lower(words[to+2]) == "for" {
							return trust.CategoryStateLinks, t, e, name, false // spying for a state: a tie
						}
						return trust.CategoryEspionage, t, e, name, false
					}
				}
			default:
				if e, ok := lk14Listed(words, to+1); ok {
					cat := trust.CategoryStateLinks
					if oneOf(lt, "lists", "designates") {
						cat = trust.CategorySanctions // a list by any name (action.go)
					}
					return cat, t, e, name, false
				}
			}
			continue
		}
		if oneOf(lt, "links", "ties", "connections") && t+3 < len(words) && lower(words[t+1]) == "between" {
			// "Investigation exposes links between X and the GRU"
			for k := t + 3; k+1 < len(words) && k <= t+6; k++ {
				if lower(words[k]) != "and" {
					continue
				}
				if n := st10Object(words, t+2); n != "" && lk14Before(words, n, k) && st10Named(n) {
					if e, ok := lk14State(words, k+1); ok {
						return trust.CategoryStateLinks, t, e, n, false
					}
				}
				break
			}
		}
		if lt == "access" && t > 1 && t+2 < len(words) && lower(words[t+1]) == "to" &&
			oneOf(lower(words[t-1]), "has", "have", "had", "can", "gained", "got", "gets", "gives", "gave") {
			// "China has access to TikTok user data, former executive
			// says": the state's reach into the vendor's data.
			if lk14StateBefore(words, t-1) {
				if n := st10Object(words, t+2); n != "" {
					return trust.CategoryEspionage, t - 1, t + 2, strings.TrimSuffix(n, "'s"), false
				}
			}
		}
		s, e, cat := lk14Tie(words, t)
		if cat == "" {
			continue
		}
		name, described := lk14Subject(words, t)
		if name == "" && !lk14Kind(words, t) {
			continue
		}
		return cat, s, e, name, described
	}
	return "", 0, 0, "", false
}

// lk14Voicer reports whether word k is a voice that ties or accuses: a
// report, an investigation, an authority or a court, not a vendor's
// researchers reporting an attack.
func lk14Voicer(words []titleWord, k int) bool {
	l := lower(words[k])
	if oneOf(l, "report", "reports", "investigation", "study", "documents", "probe", "lawsuit", "suit", "complaint",
		"court", "judge", "fbi", "cia", "nsa", "doj", "pentagon", "regulator", "watchdog", "committee", "panel",
		"intelligence", "officials", "government", "reuters", "bloomberg", "prosecutors", "parliament", "audit",
		"review", "analysis", "leak", "files", "u.s", "us", "uk", "washington", "commerce", "fcc", "dhs", "congress",
		"senate", "house") {
		return true
	}
	return authorities[l] && l != "china" && l != "russia"
}

// lk14Before reports whether name ends before word to.
func lk14Before(words []titleWord, name string, to int) bool {
	parts := strings.Fields(name)
	last := parts[len(parts)-1]
	for k := 0; k < to; k++ {
		if words[k].text == last || strings.TrimSuffix(words[k].text, "'s") == last {
			return true
		}
	}
	return false
}

// lk14Tie finds a word of tie at t with a state body or spying after it:
// the span and its category, or "".
func lk14Tie(words []titleWord, t int) (int, int, trust.Category) {
	lt := lower(words[t])
	next := func(k int) string {
		if k < len(words) {
			return lower(words[k])
		}
		return ""
	}
	after := -1
	cat := trust.CategoryStateLinks
	switch {
	case oneOf(lt, "ties", "links", "connections", "tie", "link", "connection", "linked", "tied", "connected") &&
		oneOf(next(t+1), "to", "with"):
		after = t + 2
	case oneOf(lt, "controlled", "owned", "funded", "financed", "backed", "run", "directed", "operated") &&
		next(t+1) == "by":
		after = t + 2
	case lt == "subject" && next(t+1) == "to":
		after = t + 2 // "subject to Chinese intelligence law"
	case oneOf(lt, "works", "worked", "working", "work", "cooperated", "cooperates", "cooperate", "cooperating",
		"collaborated", "collaborates", "collaborate", "collaborating",
		"partnered", "spies", "spied", "spying", "hacks", "hacked", "hacking") && oneOf(next(t+1), "with", "for"):
		after = t + 2 // spying for a state is the firm's tie, as named4's firmForState reads it
	case oneOf(lt, "front", "proxy", "arm", "tool", "cover") && oneOf(next(t+1), "for", "of") && t > 0 &&
		oneOf(lower(words[t-1]), "a", "an", "is", "as"):
		after = t + 2
	case oneOf(lt, "helps", "helped", "helping", "aids", "aided", "aiding", "assists", "assisted", "assisting",
		"serves", "served", "serving"):
		after = t + 1
	case oneOf(lt, "founded", "established", "created", "staffed") && next(t+1) == "by":
		after = t + 2 // "founded by former Chinese intelligence officers"
	case oneOf(lt, "is", "was") && oneOf(next(t+1), "a", "an"):
		// "X is a Chinese military company, Pentagon says"
		if e, ok := lk14Listed(words, t+2); ok {
			return t, e, trust.CategoryStateLinks
		}
	case oneOf(lt, "supplies", "supplied", "supplying", "sells", "sold", "selling", "provides", "provided",
		"providing", "provide", "supply", "sell"):
		// "Chinese chip firm supplies People's Liberation Army", "sold
		// hacking services to China's Ministry of Public Security".
		if _, ok := lk14State(words, t+1); ok {
			after = t + 1
			break
		}
		for k := t + 2; k < len(words) && k <= t+6; k++ {
			if lower(words[k]) == "to" {
				after = k + 1
				break
			}
			if words[k].stop {
				break
			}
		}
	case oneOf(lt, "shares", "shared", "sharing", "sends", "sent", "sending", "hands", "handed", "gives", "gave",
		"passes", "passed", "funnels", "funneled", "transfers", "transferred", "leaks", "leaked"):
		for k := t + 1; k < len(words) && k <= t+4; k++ {
			if oneOf(lower(words[k]), "with", "to") && k > t+1 && st10Data[lower(words[k-1])] {
				if k+1 < len(words) && oneOf(lower(words[k+1]), "china", "russia", "iran", "beijing", "moscow") {
					return t, k + 1, trust.CategoryEspionage // data sent to a state
				}
				after, cat = k+1, trust.CategoryEspionage
				break
			}
			if words[k].stop {
				break
			}
		}
	case oneOf(lt, "used", "use") && t > 1 && next(t+1) == "for" && oneOf(next(t+2), "espionage", "spying") &&
		oneOf(lower(words[t-1]), "be", "been"):
		// "could be used for espionage": the vendor's product as a
		// spying tool, said by a voice.
		return t, t + 2, trust.CategoryEspionage
	case oneOf(lt, "spies", "spied", "spying", "snooped", "snoops") && next(t+1) == "on":
		// "X spied on its users": the vendor's own spying.
		if e, ok := lk14Spying(words, t); ok {
			return t, e, trust.CategoryEspionage
		}
	case oneOf(lt, "spying", "espionage") && t > 1 && lower(words[t-1]) == "of" && lower(words[t-2]) == "accused":
		if e, ok := lk14Spying(words, t); ok {
			return t - 2, e, trust.CategoryEspionage
		}
	}
	if after < 0 || after >= len(words) {
		return 0, 0, ""
	}
	if e, ok := lk14State(words, after); ok {
		return t, e, cat
	}
	return 0, 0, ""
}

// lk14Spying reads "spying on users", "spying for China's military",
// "espionage" at k: the end of the charge.
func lk14Spying(words []titleWord, k int) (int, bool) {
	l := lower(words[k])
	if l == "espionage" || l == "cyberespionage" {
		return k, true
	}
	if !oneOf(l, "spying", "snooping", "eavesdropping", "surveillance", "spies", "spied", "snooped", "snoops") ||
		k+1 >= len(words) {
		return 0, false
	}
	switch lower(words[k+1]) {
	case "on":
		for j := k + 2; j < len(words) && j <= k+4; j++ {
			if oneOf(lower(words[j]), "users", "user", "customers", "americans", "citizens", "people", "owners", "drivers",
				"subscribers", "employees") {
				return j, true
			}
		}
	case "for":
		return lk14State(words, k+2) // "accused of spying for": the caller's tie
	}
	return 0, false
}

// lk14State reads a state body starting at word s: past "the", a state's
// adjective or possessive, to an organ (any state's intelligence, the
// acronyms), a foreign state's body, or a capital. Its last word's index.
func lk14State(words []titleWord, s int) (int, bool) {
	state := false
	for k := s; k < len(words) && k <= s+5; k++ {
		l := lower(words[k])
		l = strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s")
		switch {
		case lk14Organs[l] || lk14Capitals[l]:
			return k, true
		case lk14Bodies[l] && (state || k > s && lower(words[k-1]) == "state" && l == "security"):
			return k, true
		case l == "security" && state && k+1 < len(words) && oneOf(lower(words[k+1]), "services", "service"):
			return k + 1, true
		case state && k > s && oneOf(l, "firm", "company", "conglomerate", "enterprise", "entity") &&
			oneOf(lower(words[k-1]), "state", "state-owned", "state-run", "state-controlled", "government", "military"):
			return k, true // "owned by a Chinese state firm"
		case oneOf(l, "state-owned", "state-run", "state-controlled", "state-backed"):
			// "a Chinese state-owned firm": the body follows
		case lk14States[l] || lk14States[lower(words[k])] || oneOf(l, "china", "russia", "iran", "north", "belarus",
			"liberation", "revolutionary"):
			// "People's Liberation Army", "Revolutionary Guards": whose
			// they are is in the name.
			state = true
		case oneOf(l, "the", "a", "its", "state", "of", "military", "communist", "people", "national", "foreign", "public", "ministry", "former", "ex", "officers", "officials", "agents", "units", "unit", "veterans", "members") || hasUpperOrDigit(words[k].text) && k == s+1 &&
			lower(words[s]) == "the":
			// "the Ministry of State Security", "People's Liberation
			// Army", "military intelligence"
		default:
			return 0, false
		}
		if words[k].stop {
			return 0, false
		}
	}
	return 0, false
}

// lk14StateBefore reports a state or its body as the subject ending
// before word v ("China has", "Chinese government can", "Beijing had").
func lk14StateBefore(words []titleWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		l := lower(words[k])
		if lk14Capitals[l] || lk14Organs[l] || oneOf(l, "china", "russia", "iran", "government", "military", "state") {
			return true
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// lk14Listed reads what a list calls a company after "as" or "among":
// "as Chinese military company", "among companies backed by Chinese
// military".
func lk14Listed(words []titleWord, s int) (int, bool) {
	for k := s; k < len(words) && k <= s+6; k++ {
		l := lower(words[k])
		if (l == "military" || l == "intelligence") && k > s && (lk14States[lower(words[k-1])] || oneOf(lower(words[k-1]),
			"chinese", "russian")) || lk14Organs[l] && l != "spy" && l != "spies" {
			return k, true
		}
		if _, e, cat := lk14Tie(words, k); cat != "" {
			return e, true // "as a company tied to Beijing"
		}
		if words[k].stop {
			break
		}
	}
	return 0, false
}

// lk14Subject is the name tied: the name before the tie at t, past the
// words between them ("has", "is a", "secretly", "accused of", "employees",
// "cameras"), never a possessive (commentary: "Why X's links matter").
func lk14Subject(words []titleWord, t int) (string, bool) {
	s := t
	for s > 0 && !words[s-1].stop && lk14Skip[lower(words[s-1])] {
		s--
	}
	if s == 0 || strings.HasSuffix(words[s-1].text, "'s") || strings.HasSuffix(words[s-1].text, "’s") {
		return "", false
	}
	n, described := st10Subject(words, s)
	if n == "" || !st10Named(n) || threatActor(words, n) {
		return "", false
	}
	return n, described
}

// lk14Kind reports a kind of vendor before the tie at t ("Chinese camera
// maker", "Chinese firm"): the lead names it.
func lk14Kind(words []titleWord, t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		l := lower(words[k])
		if attackers[l] || oneOf(l, "group", "groups", "actor", "actors", "spy", "spies") {
			return false // "Chinese hacking group is helping": attackers, not a vendor
		}
		if firmNouns[l] || st10Kinds[l] {
			// One vendor described; "companies linked to Chinese
			// military" is a class (class9.go), whose lead names none.
			return !strings.HasSuffix(l, "s") || l == "antivirus"
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// lk14Vendors are the structure's vendors: the registry's when the name
// read is one, else the name as written; with no name, the lead's
// registry vendor or the name it gives the kind.
func (m *Matcher) lk14Vendors(hits []hit, words, lw []titleWord, name string, described bool, lead string) []trust.VendorHit {
	reg := m.st10Registry(hits)
	if name != "" {
		for _, v := range reg {
			if looseVendor(name, v.Name) || strings.Contains(name, v.Term) {
				return []trust.VendorHit{v}
			}
		}
		if described && lead != "" {
			if ln := st10LeadName(lw); ln != "" {
				return st10Hits(ln)
			}
		}
		if !vendorName(name) || threatActor(lw, name) || isTitleCase(words) && !strings.Contains(lead, name) {
			return nil
		}
		return st10Hits(name)
	}
	if lead == "" || len(reg) > 0 {
		return nil
	}
	ss := m.ac.scan(scanState{grow: true}, lead)
	if vs := m.st10Registry(ss.hits); len(vs) > 0 {
		return vs[:1]
	}
	if ln := st10LeadName(lw); ln != "" {
		return st10Hits(ln)
	}
	if ln := learnLeadName(lw, words, m.isKnown); ln != "" && !authorities[strings.ToLower(strings.Fields(ln)[0])] {
		return st10Hits(ln) // "The State Department said Chang Guang Satellite Technology provided ..." (learned.go)
	}
	return nil
}

// lk14Lookalike reports an alert whose title has the shape of a
// look-alike, whichever rule made it: a question alone (state links and
// espionage); the vendor reporting, in any
// category ("Kaspersky links new backdoor to Russian intelligence": a
// thing, not a name, tied); for state links and espionage, attackers or spies as the subject tied to the state
// ("Hackers linked to the GRU breached X", "Spies from Russian
// intelligence used X"), lawmakers questioning ("Senators question X over
// alleged ties").
func lk14Lookalike(title string, a *trust.Alert) bool {
	state := a.Category == trust.CategoryStateLinks || a.Category == trust.CategoryEspionage
	if state && strings.HasSuffix(strings.TrimSpace(title), "?") && !strings.ContainsAny(strings.TrimSpace(title), ".:") {
		return true // "Does X have ties to Chinese intelligence?": a question, not a finding
	}
	if !hasWordIn(title, lk14LookGate) {
		return false
	}
	words := headline(titleWords(title))
	if len(words) < 3 {
		return false
	}
	first := lower(words[0])
	if state && oneOf(first, "hackers", "spies", "attackers", "operatives", "agents") &&
		oneOf(lower(words[1]), "linked", "tied", "from", "of", "working", "backed", "connected") {
		return true
	}
	for i := 0; i+1 < len(words); i++ {
		l := lower(words[i])
		next := lower(words[i+1])
		if state && (oneOf(l, "hackers", "spies", "attackers", "operatives", "group", "apt", "actors") ||
			lk14Persons[l] || oneOf(l, "investor", "investors", "owner", "billionaire", "tycoon", "oligarch")) &&
			oneOf(next, "linked", "tied", "backed", "connected", "affiliated", "sponsored", "with", "and") {
			// "Volt Typhoon hackers tied to Beijing hid in X routers",
			// "X founder and the GRU", "X investor with ties to": not
			// the vendor tied.
			return true
		}
		if state && oneOf(l, "between") && actorName(words[i+1].text) {
			return true // "links between APT41 and China's military"
		}
		if state && oneOf(l, "senators", "lawmakers", "mps", "congressmen") && oneOf(lower(words[i+1]), "question",
			"grill", "press", "probe", "quiz") {
			return true
		}
		if oneOf(l, "links", "ties", "attributes") && i > 0 && i+2 < len(words) && !hasUpperOrDigit(words[i+1].text) &&
			!oneOf(lower(words[i+1]), "to", "with") {
			// "X links new malware to": the thing tied is no vendor's name.
			for k := i + 2; k < len(words) && k <= i+5; k++ {
				if lower(words[k]) == "to" {
					return slices.ContainsFunc(a.Vendors, func(v trust.VendorHit) bool {
						return looseVendor(words[i-1].text, v.Name)
					})
				}
			}
		}
	}
	return false
}

// lk14LookGate are the words one of which lk14Lookalike needs.
var lk14LookGate = wordSet(`hackers spies attackers operatives agents senators lawmakers mps
	congressmen links ties attributes group apt actors between investor investors owner
	billionaire tycoon oligarch engineer employee executive founder ceo man woman
	scientist researcher student citizen national officer agent soldier professor
	businessman aide worker staffer insider technician manager director chairman
	president`)

// lk14Recategorise reports whether u is an unlisted name's alert of
// espionage or state links, which lk14Alert may read again by the tie's
// structure (names14 lets unlisted take such names before lk14 runs).
func lk14Recategorise(u unit) bool {
	return u.ok && (u.category == trust.CategoryEspionage || u.category == trust.CategoryStateLinks) &&
		len(u.vendors) > 0 && u.vendors[0].Unlisted
}
