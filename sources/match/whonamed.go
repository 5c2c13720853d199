package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Who an alert names. The shapes that find an event each read a name
// beside their own words; news names its subject in a few ways those
// readings get wrong, whatever the shape: a description standing where a
// name would ("ERP maker's update server", "Analytics provider's
// script"), a threat actor or campaign before the attack's words
// ("Lazarus supply chain attack"), a product whose maker the article
// names ("SolarWinds says ... Orion update"), a name cut short of its
// last word ("Aeza Group", "Free Download Manager"), and only the first
// of several names put together ("Lemon8 and Moomoo"). renameVendors
// reads the title (and the lead) once more for those, after the event is
// found: it changes who is named, never whether there is an event, except
// that an alert left naming only an attacker is dropped.

// renameVendors corrects u's vendors for title and lead. It returns false
// when no vendor is left to name.
func (m *Matcher) renameVendors(title, lead string, u *unit) bool {
	words := headline(titleWords(title))
	if len(words) == 0 || len(u.vendors) == 0 {
		return true
	}
	var lw []titleWord
	leadWords := func() []titleWord {
		if lw == nil {
			lw = titleWords(lead)
		}
		return lw
	}
	titleCase := isTitleCase(words)
	if n := classNamesOne(words, u.vendors); n != "" {
		// "US blacklists Chinese AI startup Zhipu": the class describes
		// the one vendor the title names.
		u.vendors = []trust.VendorHit{m.hitFor(n)}
	} else if ms := m.listedMembers(title, words, u.vendors); ms != nil {
		u.vendors = ms // leftovers.go: "hosting firms Media Land and ML.Cloud"
	}
	out := u.vendors[:0:0]
	changed := false
	owned := map[string]bool{}
	for _, v := range u.vendors {
		if !v.Unlisted || v.Class != "" {
			out = append(out, v)
			continue
		}
		s, e := findName(words, v.Name)
		attacker := actorName(v.Name) || s >= 0 && campaignBefore(words, e, lead)
		described := s >= 0 && describedName(title, words, s, e) || techTerms[strings.ToLower(v.Name)] || describesOnly(v.Name) || // names5.go
			cp16Described(v.Name, words, s, e, titleCase)
		if attacker || described {
			head := ""
			if s >= 0 {
				head = headNoun(words, s, e)
			}
			n := ""
			if attacker && s >= 0 {
				n = titleVictim(words, e+1)
			}
			if n == "" {
				n = leadSubject(lead, leadWords(), v.Name, head)
			}
			if n != "" {
				out = append(out, m.hitFor(n))
				changed = true
				continue
			}
			if attacker {
				changed = true
				continue // an attacker is never the vendor
			}
			// A description is all the article gives ("Budget tablets
			// sold to schools"): it stands for the vendor.
		}
		if s > 0 && ownerWord(title, words[s-1]) && !words[s-1].quoted {
			// "Gluestack's react-native-aria packages": the owner is named.
			if n := nameEnding(words, s-1); n != "" && !actorName(n) && !actors[strings.ToLower(n)] &&
				!authorities[strings.ToLower(n)] && !platformActors[strings.ToLower(n)] && !generic[strings.ToLower(n)] &&
				!techTerms[strings.ToLower(n)] {
				out = append(out, m.hitFor(n))
				changed = true
				// The owner's products put together ("Vantoro's 'fastcsv'
				// and 'csvkit-lite'") are its: the owner names them all.
				// One product is named beside it (names5.go):
				// "Gluestack's react-native-aria packages".
				if others := coordinatedNames(title, words, s, e, titleCase, leadWords()); len(others) > 0 {
					owned[strings.ToLower(v.Name)] = true
					for _, o := range others {
						owned[strings.ToLower(o)] = true
					}
					continue
				}
			}
		}
		if mk, ok := m.makerOf(v.Name, words, leadWords()); ok {
			out = append(out, mk)
			changed = true
			continue
		}
		if s >= 0 && titleCase {
			// Title Case lets a name run on into the verb after it
			// ("Gigabyte Systems Exposes 7 Million Devices").
			for k := s + 1; k <= e; k++ {
				lk := words[k].lc()
				if isNumber(lk) || quantities[lk] || clauseVerbs[lk] {
					e = k - 1
					v.Name, v.Term = joinSpan(words, s, e), joinSpan(words, s, e)
					changed = true
					break
				}
			}
			// ... and on into its channel ("Zentrix Systems Firmware").
			for e > s && subjectChannels[words[e].lc()] {
				e--
				v.Name, v.Term = joinSpan(words, s, e), joinSpan(words, s, e)
				changed = true
			}
		}
		if s >= 0 {
			if n := widenName(words, s, e, titleCase); n != v.Name {
				v.Name, v.Term = n, n
				changed = true
			}
			if n := theName(words, s, e); n != "" {
				v.Name, v.Term = n, n // "The Great Suspender" (leftovers3.go)
				changed = true
			}
		}
		out = append(out, v)
	}
	if len(owned) > 0 {
		kept := out[:0]
		for _, v := range out {
			if !v.Unlisted || !owned[strings.ToLower(v.Name)] {
				kept = append(kept, v)
			}
		}
		out = kept
	}
	if len(out) == 0 {
		return false
	}
	// Names put together with a named vendor are named too.
	for i := 0; i < len(out); i++ {
		if out[i].Class != "" {
			continue
		}
		s, e := findName(words, out[i].Name)
		if s < 0 {
			s, e = findName(words, out[i].Term)
		}
		if s < 0 {
			continue
		}
		for _, n := range coordinatedNames(title, words, s, e, titleCase, leadWords()) {
			h := m.hitForPrefix(n)
			if !hasVendorNamed(out, h.Name) && !owned[strings.ToLower(n)] {
				out = append(out, h)
				changed = true
			}
		}
	}
	if changed {
		u.vendors = dedupeVendors(out)
	}
	return true
}

// findName is the span of words that spells name, or -1.
func findName(words []titleWord, name string) (int, int) {
	parts := strings.Fields(name)
	if len(parts) == 0 {
		return -1, -1
	}
	for i := 0; i+len(parts) <= len(words); i++ {
		ok := true
		for k, p := range parts {
			if !strings.EqualFold(words[i+k].text, p) {
				ok = false
				break
			}
		}
		if ok {
			return i, i + len(parts) - 1
		}
	}
	return -1, -1
}

// hitFor names n as a registry vendor when one of its terms spells n,
// else as written.
func (m *Matcher) hitFor(n string) trust.VendorHit {
	for _, vt := range m.vendorTerms {
		if strings.EqualFold(vt.term, n) {
			v := m.vendors[vt.vendor]
			return trust.VendorHit{Name: v.Name, Term: vt.term, Guild: v.Guild}
		}
	}
	return trust.VendorHit{Name: n, Term: n, Unlisted: true}
}

// hitForPrefix is hitFor of the longest start of n that a registry term
// spells ("Kaspersky Due to ..." in Title Case is Kaspersky), else of n.
func (m *Matcher) hitForPrefix(n string) trust.VendorHit {
	parts := strings.Fields(n)
	for k := len(parts); k > 0; k-- {
		if h := m.hitFor(strings.Join(parts[:k], " ")); !h.Unlisted {
			return h
		}
	}
	return m.hitFor(n)
}

func hasVendorNamed(vs []trust.VendorHit, name string) bool {
	for _, v := range vs {
		if strings.EqualFold(v.Name, name) {
			return true
		}
	}
	return false
}

func dedupeVendors(vs []trust.VendorHit) []trust.VendorHit {
	out := vs[:0:0]
	for _, v := range vs {
		if !hasVendorNamed(out, v.Name) {
			out = append(out, v)
		}
	}
	return out
}

// actorName reports whether name follows threat intelligence's naming of
// attackers: Microsoft's weather ("Volt Typhoon", "Midnight Blizzard"),
// CrowdStrike's animals ("Fancy Bear", "Evasive Panda", "Scattered
// Spider"), numbered clusters ("APT41", "UNC3886", "Storm-0558", "TA505")
// and the long-lived groups news names bare ("Lazarus", "Kimsuky").
func actorName(name string) bool {
	parts := strings.Fields(strings.ToLower(name))
	if len(parts) == 0 {
		return false
	}
	if len(parts) >= 2 && actorFamilies[parts[len(parts)-1]] {
		return true
	}
	first := parts[0]
	for _, p := range []string{"apt", "unc", "storm-", "dev-", "ta", "fin", "tag-", "uat-", "uat"} {
		if rest, ok := strings.CutPrefix(first, p); ok && rest != "" && isNumber(strings.TrimPrefix(rest, "-")) {
			return true
		}
	}
	return len(parts) == 1 && knownActors[first]
}

var actorFamilies = wordSet(`typhoon blizzard sleet tempest sandstorm hail cyclone panda bear
	kitten chollima spider jackal libra ursa taurus scorpius`)

var knownActors = wordSet(`lazarus kimsuky andariel bluenoroff turla sandworm gamaredon nobelium
	apt28 apt29 shinyhunters lapsus winnti barium hafnium darkhotel konni scarcruft
	muddywater oilrig charming cozyduke dragonfly equation blackwood silence`)

// campaignBefore reports whether the name ending at word e names an
// attack rather than a victim: "OAuth phishing campaign", "Kimsuky
// phishing". Before "supply chain attack" a name is mostly the victim
// ("3CX supply chain attack"), so there it counts only when the lead
// does not repeat it ("Kingslayer supply chain attack" — "the update
// mechanism of EvLog").
func campaignBefore(words []titleWord, e int, lead string) bool {
	if e+1 >= len(words) || words[e].stop {
		return false
	}
	switch words[e+1].lc() {
	case "phishing", "campaign", "campaigns", "operation", "scheme", "spree", "heist":
		return true
	case "supply":
		// A domain or a language before it names the product attacked
		// ("Polyfill.io JavaScript supply chain attack"), never an
		// operation.
		for k := e; k >= 0 && k >= e-2 && !words[k].stop; k-- {
			if strings.Contains(words[k].text, ".") || techTerms[words[k].lc()] {
				return false
			}
		}
		// A lead telling of a package turned names the victim without
		// repeating it ("The popular npm package was hijacked": oss12r.go).
		return lead != "" && !strings.Contains(strings.ToLower(lead), words[e].lc()) &&
			!os12LeadTurned(titleWords(firstSentence(lead)))
	}
	return false
}

// describedName reports whether the name at words[s..e] is a description
// standing where a name would: the title's first word before a
// possessive maker ("ERP maker's update server", "Analytics provider's
// script"), or a phrase with a lower-case word in it ("police radio",
// "Chinese patient monitors") or made only of describing words.
func describedName(title string, words []titleWord, s, e int) bool {
	if s == 0 && e == 0 && e+1 < len(words) {
		next := words[e+1]
		// "ERP maker's", "Video conferencing software maker's": a
		// description up to a possessive generic noun.
		for k := e + 1; k < len(words) && k <= e+4 && !words[k-1].stop; k++ {
			if hasUpperOrDigit(words[k].text) {
				break
			}
			raw := title[words[k].start:words[k].end]
			if generic[words[k].lc()] && (strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")) {
				return !brandLike(words[0].text)
			}
		}
		// "Courtroom recording software backdoored": the first word,
		// a lower-case description and the generic noun it ends in.
		if e+2 < len(words) && !hasUpperOrDigit(next.text) && !next.stop && !words[e].quoted &&
			generic[words[e+2].lc()] && !brandLike(words[0].text) && describeWords[words[0].lc()] {
			return true
		}
	}
	if e > s {
		for k := s; k <= e; k++ {
			if !hasUpperOrDigit(words[k].text) && !words[k].quoted {
				return true
			}
		}
	}
	return false
}

// describeWords open a headline's description of a vendor it does not
// name: what the vendor does or serves.
var describeWords = wordSet(`erp crm courtroom analytics accounting payroll banking healthcare
	hospital dental legal school education retail logistics tax billing hr chat
	messaging security antivirus vpn backup monitoring cheap budget popular chinese
	russian korean taiwanese israeli iranian mobile web software hardware it`)

// leadSubject finds the vendor a lead sentence names for a title that
// described it or named its attacker, in the ways leads name one: after a
// description ending in a generic noun ("Korean ERP software maker Daon",
// "analytics firm Metriq"); after a channel of it ("the update mechanism
// of EvLog", "the installer of JAVS Viewer"); as the owner of a product
// ("Espressif's ESP32 microchip"); or before the title's own noun
// ("Contec CMS8000 patient monitors" under "Chinese patient monitors").
// avoid is the title's wrong name, head the noun the title described the
// vendor's product by ("" when none).
func leadSubject(lead string, lw []titleWord, avoid, head string) string {
	ok := func(n string, at int) bool {
		return n != "" && !strings.EqualFold(n, avoid) && !actorName(n) && vendorName(n) && !threatActor(lw, n) && !techTerms[strings.ToLower(n)] &&
			!reporterNext(lw, at, n) && !actors[strings.ToLower(n)] && !authorities[strings.ToLower(n)]
	}
	for k := 1; k+1 < len(lw); k++ {
		w := lw[k].lc()
		if lw[k].stop || hasUpperOrDigit(lw[k].text) || !generic[w] {
			continue
		}
		if n := nameAt(lw, k+1); ok(n, k+1) {
			return n
		}
	}
	for k := 1; k+1 < len(lw); k++ {
		if strings.EqualFold(lw[k].text, "of") && subjectChannels[lw[k-1].lc()] {
			if n := nameAt(lw, k+1); ok(n, k+1) {
				return n
			}
		}
	}
	for k, w := range lw {
		raw := lead[w.start:w.end]
		if k+1 < len(lw) && (strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")) && !w.stop {
			if n := nameEnding(lw, k); ok(n, k+1) && (k+1-len(strings.Fields(n)) > 0 || brandLike(n)) {
				return n
			}
		}
	}
	if head != "" {
		for k := 1; k < len(lw); k++ {
			lk := lw[k].lc()
			if lk != head && lk != head+"s" && !strings.HasSuffix(lk, head) {
				continue
			}
			if n := nameBefore(lw, k, true); ok(n, k) && hasUpperOrDigit(n) {
				return n
			}
		}
	}
	// The product the lead says was turned ("through a compromised
	// Kaseya VSA update" under "... in MSP supply-chain attack").
	if n := leadVendor(lw, lead); n != "" {
		if s, _ := findName(lw, n); ok(n, max(s, 0)) {
			return n
		}
	}
	if n := cp16LeadNamed(lead, lw); n != "" { // "NetSarang, the maker of Xmanager" (cp16.go)
		if s, _ := findName(lw, n); ok(n, max(s, 0)) {
			return n
		}
	}
	if n := leadHolder(lw); n != "" { // "the Zorbnet ZS-200 switch contains an undocumented account" (names5.go)
		if s, _ := findName(lw, n); ok(n, max(s, 0)) {
			return n
		}
	}
	return ""
}

// headNoun is the noun a title describes an unnamed vendor's product by:
// the last word of a description ("Chinese patient monitors"), or the
// lower-case noun after a technology's name ("Bluetooth chip").
func headNoun(words []titleWord, s, e int) string {
	if e > s && !hasUpperOrDigit(words[e].text) {
		return strings.TrimSuffix(words[e].lc(), "s")
	}
	if e+1 < len(words) && !hasUpperOrDigit(words[e+1].text) && !stopWords[words[e+1].lc()] &&
		!generic[words[e+1].lc()] && len(words[e+1].text) > 2 {
		return strings.TrimSuffix(words[e+1].lc(), "s")
	}
	return ""
}

// techTerms are technologies and kinds of software, not anyone's name:
// "backdoor found in Bluetooth chip", "ERP maker's update server".
var techTerms = wordSet(`bluetooth oauth saml sso mfa 2fa erp crm iot api ssh tls ssl
	dns bgp uefi bios vpn rmm scada ics gps lte voip pos msp msps mssp
	cdn javascript typescript python java php ruby rust golang`)

var subjectChannels = wordSet(`update updates mechanism installer installers server servers script
	scripts website site version versions build release releases package packages
	extension app application software firmware client agent tool library plugin`)

// reporterNext reports whether the name starting at i is followed by a
// reporter's word: it found the event, it is not its subject.
func reporterNext(words []titleWord, i int, name string) bool {
	k := i + len(strings.Fields(name))
	if k >= len(words) {
		return false
	}
	switch words[k].lc() {
	case "says", "said", "researchers", "found", "discovered", "warns", "reported", "reports":
		return true
	}
	return false
}

// makerOf names a product's maker when the article does: a registry
// vendor named in the title or lead whose term is the maker's name before
// the product ("SolarWinds Orion"), or written right before it there
// ("SolarWinds' Orion", "SolarWinds Orion platform").
func (m *Matcher) makerOf(product string, words, lw []titleWord) (trust.VendorHit, bool) {
	lp := strings.ToLower(product)
	for _, vt := range m.vendorTerms {
		v := m.vendors[vt.vendor]
		term := strings.ToLower(vt.term)
		pre, ok := strings.CutSuffix(term, " "+lp)
		if !ok {
			continue
		}
		if !strings.EqualFold(pre, v.Name) {
			continue
		}
		if s, _ := findName(words, v.Name); s >= 0 {
			return trust.VendorHit{Name: v.Name, Term: vt.term, Guild: v.Guild}, true
		}
		if s, _ := findName(lw, v.Name); s >= 0 {
			return trust.VendorHit{Name: v.Name, Term: vt.term, Guild: v.Guild}, true
		}
	}
	return trust.VendorHit{}, false
}

// widenName widens a name cut short of its last words: a company's
// suffix ("Aeza Group", "Integrity Technology Group") or capitalised
// product words the shape took for its channel ("Free Download Manager
// site").
func widenName(words []titleWord, s, e int, titleCase bool) string {
	k := e
	for k+1 < len(words) && k-s < 3 && !words[k].stop {
		next := words[k+1]
		lw := next.lc()
		if corporateWords[lw] {
			k++
			continue
		}
		if !hasUpperOrDigit(next.text) || actors[lw] || platformActors[lw] || stopWords[lw] {
			break
		}
		if nameProductWords[lw] {
			k++
			continue
		}
		break
	}
	return joinSpan(words, s, k)
}

var corporateWords = wordSet(`group technology technologies systems labs networks solutions inc
	ltd corp corporation holdings limited gmbh llc`)

var nameProductWords = wordSet(`download manager player viewer editor studio suite desktop center
	centre assistant commander explorer connect`)

// coordinatedNames reads the names put together with the one at words[s..e]:
// "X and Y", "X, Y and Z", "Y and X". In Title Case, where every word is
// capitalised, a name must also be written like a brand or capitalised
// in the lead.
func coordinatedNames(src string, words []titleWord, s, e int, titleCase bool, lw []titleWord) []string {
	var out []string
	okName := func(n string, at int) bool {
		if n == "" || reporterNext(words, at, n) || actorName(n) || threatActor(words, n) {
			return false
		}
		if titleCase && !confirmed(n, words, true, lw) {
			return false
		}
		return true
	}
	lowerName := !hasUpperOrDigit(words[s].text) || words[s].quoted
	pkgAt := func(k int) string {
		if lowerName && k < len(words) && (words[k].quoted || !hasUpperOrDigit(words[k].text) && packageToken(words[k].text) &&
			!channelModifiers[words[k].lc()]) {
			return words[k].text
		}
		return ""
	}
	// After: ", Y" repeatedly, then "and Y".
	k := e
	for k+1 < len(words) {
		var at int
		last := false
		switch {
		case commaAfter(src, words, k):
			at = k + 1
			if oneOf(words[at].lc(), "and", "or") {
				at++
				last = true
			}
		case oneOf(words[k+1].lc(), "and", "or", "&") && !words[k].stop:
			at, last = k+2, true
		default:
			at = -1
		}
		if at < 0 || at >= len(words) {
			break
		}
		n := pkgAt(at)
		if n != "" && !last && !words[at].quoted && !(words[at].stop ||
			at+1 < len(words) && oneOf(words[at+1].lc(), "and", "or")) {
			n = "" // ", breaking thousands of apps": a clause, not a list
		}
		if n == "" {
			n = nameAt(words, at)
		}
		if !okName(n, at) {
			break
		}
		out = append(out, n)
		k = nx13PastSuffix(words, at+len(strings.Fields(n))-1) // "KRV Group, K&T Systems and ..." (nx13.go)
		if last {
			break
		}
	}
	// Before: "Y and X", "Z, Y and X", "Y, X".
	for s > 0 {
		end := -1
		switch {
		case s >= 2 && oneOf(words[s-1].lc(), "and", "or", "&") && !words[s-2].stop:
			end = s - 2
		case commaAfter(src, words, s-1):
			end = s - 1
		}
		if end < 0 {
			break
		}
		end = nx13BeforeSuffix(words, end) // "KRV Group and Tenmark" (nx13.go)
		n := nameEnding(words, end)
		if !okName(n, end+1-len(strings.Fields(n))) {
			n = ""
			if p := pkgAt(end); p != "" && (words[end].quoted || end == s-2 || end >= 1 && commaAfter(src, words, end-1)) {
				n = p
			}
		}
		if n == "" {
			break
		}
		out = append(out, n)
		s = end + 1 - len(strings.Fields(n))
	}
	return out
}

// nameEnding reads a name of up to three capitalised words ending at
// word j.
func nameEnding(words []titleWord, j int) string {
	if j < 0 || !hasUpperOrDigit(words[j].text) || !nameWord(words[j]) {
		return ""
	}
	s := j
	for s > 0 && s > j-2 && !words[s-1].stop && hasUpperOrDigit(words[s-1].text) && nameWord(words[s-1]) &&
		!actors[words[s-1].lc()] {
		s--
	}
	return nameSpan(words, s, j)
}

// classNamesOne reads a class action whose class phrase describes one
// named vendor: the phrase, a singular generic noun and a name ("Chinese
// AI startup Zhipu", "Chinese drone maker Autel"). A plural ("Chinese
// firms including ...") is a class with members, read elsewhere.
func classNamesOne(words []titleWord, vs []trust.VendorHit) string {
	if len(vs) == 0 || vs[0].Class == "" {
		return ""
	}
	for _, v := range vs {
		if v.Class == "" {
			return "" // a name of its own already
		}
	}
	s, e := findName(words, vs[0].Class)
	if s < 0 {
		return ""
	}
	for k := e + 1; k < len(words) && k <= e+2; k++ {
		if words[k-1].stop {
			return ""
		}
		lw := words[k].lc()
		if hasUpperOrDigit(words[k].text) {
			return ""
		}
		if singularGeneric[lw] && k+1 < len(words) && !words[k].stop {
			if n := nameAt(words, k+1); n != "" && !actors[strings.ToLower(n)] && !actorName(n) {
				return n
			}
			return ""
		}
	}
	return ""
}

var singularGeneric = wordSet(`firm company maker vendor startup developer giant provider
	manufacturer chipmaker supplier brand contractor designer`)

// nameVerbs are headline verbs of an attack on a channel that a
// lower-case package name could otherwise be read in: "Malicious pull
// request infects VS Code extension Ethcode".
var nameVerbs = wordSet(`infects infect infecting poisons poison poisoning taints taint plants
	planted slips slipped sneaks sneaked snuck abuses abused exploits exploited
	weaponizes weaponized trojanizes backdoors hits strikes targets breaches lures tricks
	leads led`) // "account leads to malicious releases" (osstakeover.go)

// commaAfter reports whether a comma (and nothing but quotes and space)
// stands between word k and the next: a list goes on.
func commaAfter(src string, words []titleWord, k int) bool {
	if k+1 >= len(words) || words[k].dash {
		return false
	}
	gap := strings.Trim(src[words[k].end:words[k+1].start], " '\"’‘“”")
	return gap == ","
}

// titleVictim reads the vendor an attacker's headline names after it: a
// name right before a channel of its own ("Lazarus supply chain attack
// hits CyberLink installer").
func titleVictim(words []titleWord, from int) string {
	for k := from; k < len(words); k++ {
		n := nameAt(words, k)
		if n == "" || actorName(n) || actors[strings.ToLower(n)] || threatActor(words, n) {
			continue
		}
		next := k + len(strings.Fields(n))
		if next < len(words) && !words[next-1].stop && subjectChannels[words[next].lc()] {
			return n
		}
	}
	return ""
}

// clauseVerbs are verbs a Title Case headline puts right after its
// subject's name: they end the name.
var clauseVerbs = wordSet(`exposes affects impacts leaves puts allows lets opens enables
	gives shows exposed affected impacted left put allowed opened enabled`)

// ownerWord reports whether w is written with "'s" in src.
func ownerWord(src string, w titleWord) bool {
	raw := src[w.start:w.end]
	return strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")
}
