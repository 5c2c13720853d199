package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A title that describes its vendor by a kind ("Commerce adds Chinese
// drone maker to Entity List", "Browser maker distrusts Taiwanese
// certificate authority") and a lead whose first sentence names it
// ("The department said Arvoro Technologies supplied the military"): the
// alert is the named vendor's, not the registry's vendors the kind
// reaches as a class, nor the kind written as a name ("Chinese lidar").
// The title is read again with the lead's names in the kind's place, as
// describedLead reads it; where describedLead asks the lead for an
// action of its own, this reader asks the name to stand where a vendor
// acted on stands: the object of a listing or a ban ("placed X on",
// "the ban on X", "certificates from X"), the subject of one told
// passively ("X was added"), a company in apposition ("The company,
// X,"). A person, a customer, a researcher or an agency named elsewhere
// in the sentence is none of these. The title's shape decides the alert
// and its category; the lead only names.

// ds15Trades end a kind that describes a vendor (a business or its app),
// not a class of goods ("Chinese drones" is class15's).
var ds15Trades = wordSet(`maker makers firm firms company companies vendor vendors startup
	startups developer developers designer designers provider providers supplier suppliers
	manufacturer manufacturers chipmaker chipmakers giant giants app apps authority
	authorities brand operator consortium mixer`)

// ds15Objects are the words after which a lead names what is acted on.
var ds15Objects = wordSet(`added adds placed places named names targets targeted covers
	covered sanctioned sanctions banned bans blocked blocks removed removes designated
	designates listed lists blacklisted blacklists barred bars including includes
	included against distrusted distrusts delisted delists`)

// ds15Passives tell an action on a lead's subject ("X was added").
var ds15Passives = wordSet(`added removed banned sanctioned placed designated listed blacklisted
	barred blocked distrusted delisted named included restricted targeted trusted
	dropped cut hit`)

// ds15Nouns are actions told as nouns whose "on" or "from" holds the
// vendor ("the ban on X", "restrictions on X", "certificates from X").
var ds15Nouns = wordSet("ban bans restrictions sanctions curbs certificates certificate")

// ds15KindOnly reports whether an alert's vendors are all a kind's: the
// registry's vendors a class reaches, or a kind written as a name.
func ds15KindOnly(a trust.Alert) bool {
	if len(a.Vendors) == 0 {
		return false
	}
	for _, v := range a.Vendors {
		if v.Class == "" && !(v.Unlisted && ds15KindName(v.Name)) {
			return false
		}
	}
	return true
}

// ds15KindName reports whether a name is only words of origin and kind
// ("Chinese lidar", "Russian software").
func ds15KindName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		origin, _, _ := strings.Cut(w, "-")
		if _, country := classCountries[origin]; !country && !describedModifiers[w] && !hyphenAdjective(w) {
			return false
		}
	}
	return true
}

// ds15Named reads title again with the names the lead's first sentence
// gives the vendor its kind describes; ok false when the title describes
// no vendor by a trade, the lead names none where a vendor acted on
// stands, or the title so written makes no alert of them.
func (m *Matcher) ds15Named(title, text string, gate *item) (trust.Alert, bool) {
	if len(text) == 0 || !gate.has(gDs15Trades) {
		return trust.Alert{}, false
	}
	words := headline(gate.words(title))
	lo, hi, ok := describedSpan(words)
	if !ok {
		// "Browser maker distrusts Taiwanese certificate authority":
		// the kind after the title's verb, its subject the actor.
		for v := 1; v+1 < len(words); v++ {
			if describedHeads[words[v-1].lc()] || words[v].marked || activeVerb(words[v].lc()) {
				if lo, hi, ok = describedSpan(words[v:]); ok {
					lo, hi = lo+v, hi+v // the verb kept: it acts on the kind
				}
				break
			}
		}
	}
	if !ok || !ds15Trades[words[hi].lc()] || hi+1 < len(words) && !words[hi].stop && nameAt(words, hi+1) != "" {
		return trust.Alert{}, false
	}
	head := text
	if len(head) > 1024 {
		head = head[:1024]
	}
	var buf [4][2]int
	spans := sentenceSpans(head, buf[:0])
	if len(spans) == 0 {
		return trust.Alert{}, false
	}
	lead := head[spans[0][0]:spans[0][1]]
	names := ds15LeadNames(lead)
	fromLead := false
	if len(names) == 0 {
		// lead22.go: the lead's subject or the name beside the kind.
		names, fromLead = ld22LeadNames(title, lead, words[hi].lc()), true
	}
	if len(names) == 0 {
		return trust.Alert{}, false
	}
	end := words[hi].start + len(words[hi].text)
	described := title[words[lo].start:end]
	joined := strings.Join(names, " and ")
	// The kind kept before the names ("sanctions Chinese drone maker
	// Arvoro": a business word vouches for an unknown name), else the
	// names in its place (a kind the class rules reach even so).
	from := lo
	if oneOf(words[lo].lc(), "a", "an", "the") && lo < hi {
		from = lo + 1
	}
	for _, rewritten := range [2]string{
		title[:words[lo].start] + title[words[from].start:end] + " " + joined + title[end:],
		title[:words[lo].start] + joined + title[end:],
	} {
		if a, ok := m.ds15Read(rewritten, text, names, described); ok {
			if fromLead {
				for i := range a.Vendors {
					a.Vendors[i].Term = described + ", named by the lead"
				}
			}
			a.Evidence = clean(title) + " — " + clean(lead)
			a.Summary = Summarize(a.Evidence, title, text)
			return a, true
		}
	}
	return trust.Alert{}, false
}

// ds15Read is the alert of a title written with names, when every vendor
// it names is one of them.
func (m *Matcher) ds15Read(rewritten, text string, names []string, described string) (trust.Alert, bool) {
	a, ok := m.match(rewritten, text, true, nil, nil)
	if !ok || a.Coverage || !ds15Actions[a.Category] {
		return trust.Alert{}, false
	}
	var vendors []trust.VendorHit
	for _, v := range a.Vendors {
		for _, n := range names {
			if looseVendor(v.Name, n) {
				v.Term = described
				vendors = append(vendors, v)
				break
			}
		}
	}
	if len(vendors) == 0 || len(vendors) < len(a.Vendors) {
		return trust.Alert{}, false // the title so written names someone else too
	}
	a.Vendors = vendors
	a.InTitle, a.Across = false, true
	return a, true
}

// ds15LeadNames are the names a lead sentence gives where a vendor acted
// on stands, a list's names each ("X, Y and Z"); nil for none.
func ds15LeadNames(lead string) []string {
	lw := titleWords(lead)
	for i := 0; i < len(lw); i++ {
		l := lw[i].lc()
		if attackers[l] {
			return nil // "Hackers targeted X": a victim, not the vendor acted on
		}
		at := -1
		switch {
		case i == 0:
			// "X was added", "X and Y were removed", "X will no longer be trusted".
			if names, e := ds15List(lw, 0, lead); len(names) > 0 && ds15PassiveAt(lw, ds15SkipRelative(lw, e)) {
				return names
			}
		case ds15Trades[l] && lw[i].stop && !hasUpperOrDigit(lw[i].text) && oneOf(lw[i-1].lc(), "the"):
			at = i + 1 // "The company, X, said"
		case ds15Objects[l] && !lw[i].stop:
			at = i + 1
		case oneOf(l, "on", "from", "to") && ds15Nouns[lw[i-1].lc()] && !lw[i-1].stop:
			at = i + 1 // "the ban on X", "certificates from X"
		case oneOf(l, "on", "to") && oneOf(lw[i-1].lc(), "applies", "apply", "restrictions"):
			at = i + 1
		case l == "by" && oneOf(lw[i-1].lc(), "issued", "signed") && !lw[i-1].stop:
			at = i + 1 // "certificates issued by X"
		case oneOf(l, "using", "buying", "purchasing") && i > 0 && ds15Stops[lw[i-1].lc()]:
			at = i + 1 // "must stop using X products"
		case oneOf(l, "said", "says") && !lw[i].stop && i <= 3 && ds15Official(lw[:i]):
			// "The department said X supplied the military": the
			// authority's finding is about X.
			at = i + 1
			if at < len(lw) && strings.EqualFold(lw[at].text, "that") {
				at++
			}
		}
		if at < 0 || at >= len(lw) {
			continue
		}
		if names, _ := ds15List(lw, at, lead); len(names) > 0 {
			return names
		}
	}
	return nil
}

// ds15List reads names from lw[i]: one, "X and Y" or "X, Y and Z", each
// a vendor's name that no role, attack or report follows. It returns
// the names and the index after the list.
func ds15List(lw []titleWord, i int, lead string) ([]string, int) {
	var names []string
	for i < len(lw) {
		if strings.EqualFold(lw[i].text, "the") {
			return nil, i // "the Intellexa consortium": a described name is describedLead's
		}
		if abbreviations[lw[i].lc()] && i+1 < len(lw) && strings.HasPrefix(lead[lw[i].end:], ".") {
			return nil, i // "Gov. Bill Lee signed": a person's title (class26.go)
		}
		if len(names) > 0 && !hasUpperOrDigit(lw[i].text) {
			break // "X and its subsidiaries"
		}
		n, e := namedAt(lw, i, lead)
		if i == 0 && n == "" && hasUpperOrDigit(lw[0].text) && nameWord(lw[0]) {
			// The sentence's first word: namedAt starts mid-sentence.
			e = 1
			for e < len(lw) && e < 3 && !lw[e-1].stop && hasUpperOrDigit(lw[e].text) && nameWord(lw[e]) {
				e++
			}
			n = lead[lw[0].start:lw[e-1].end]
			if !vendorName(n) || authorities[lw[0].lc()] || authorityHeads[lw[0].lc()] {
				n = ""
			}
		}
		for n != "" && e < len(lw) && !lw[e-1].stop && ds15Suffixes[lw[e].lc()] {
			// "Arvoro Technologies": the company's whole name.
			n, e = lead[lw[i].start:lw[e].end], e+1
		}
		if strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s") {
			if e >= len(lw) || !describedHeads[lw[e].lc()] {
				return nil, i // "Montana's ban on X": the owner of what follows
			}
			n = strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s") // "X's drones": the maker
		}
		if n == "" || threatActor(lw, n) || e < len(lw) && ds15NotVendor[lw[e].lc()] ||
			authorities[strings.ToLower(n)] || statePlaces[strings.ToLower(n)] {
			return nil, i
		}
		names = append(names, n)
		i = e
		if i < len(lw) && strings.EqualFold(lw[i].text, "and") {
			i++
			continue
		}
		if i > 0 && lw[i-1].stop && i < len(lw) && hasUpperOrDigit(lw[i].text) && !strings.Contains(lead[lw[i-1].end:lw[i].start], ";") {
			if i+1 < len(lw) && oneOf(lw[i].lc(), "a", "an", "the") {
				break // "X, a customer,": apposition, not a list
			}
			continue
		}
		break
	}
	if len(names) > 4 {
		return nil, i
	}
	return names, i
}

// ds15PassiveAt reports whether lw[e:] tells an action on what stands
// before it: "was added", "were removed", "has been banned", "will no
// longer be trusted".
func ds15PassiveAt(lw []titleWord, e int) bool {
	k := e
	for k < len(lw) && k < e+4 && oneOf(lw[k].lc(), "was", "were", "is", "are", "has", "have", "been",
		"will", "would", "be", "no", "longer", "also", "being") {
		k++
	}
	if k > e && k+1 < len(lw) && strings.EqualFold(lw[k].text, "among") {
		// "was among 12 firms added"
		for j := k + 1; j < len(lw) && j <= k+4; j++ {
			if ds15Passives[lw[j].lc()] {
				return true
			}
		}
	}
	return k > e && k < len(lw) && ds15Passives[lw[k].lc()]
}

// ds15NotVendor after a name make it a person's, a report's or a
// customer's: "Arvoro researchers", "Arvoro spokesperson".
var ds15NotVendor = wordSet(`researchers researcher analysts analyst spokesperson spokesman
	spokeswoman ceo founder executive executives customers customer users employees
	lawyers lawyer report rival rivals competitor research`)

// ds15Official reports whether words (a sentence's opening) are an
// authority speaking: "The department", "Officials", "The Pentagon".
func ds15Official(words []titleWord) bool {
	for _, w := range words {
		l := w.lc()
		if authorities[l] || authorityHeads[l] || ds15Officials[l] {
			return true
		}
	}
	return false
}

var ds15Officials = wordSet(`department officials agency ministry pentagon treasury commerce
	government administration regulator fcc ofac bis court judge mozilla google
	apple microsoft`)

// ds15Misnamed reports whether an alert names, from the lead alone, one
// the lead says is someone else: a person by a role ("Senator X", "Rival
// X"), a report's author ("according to X Research", "X researchers"), a
// customer or seller in apposition ("X, a retailer,"), or attackers'
// victim ("Hackers targeted X").
func ds15Misnamed(title, text string, a trust.Alert) bool {
	if len(a.Vendors) != 1 || !a.Vendors[0].Unlisted || !ds15Actions[a.Category] || strings.Contains(title, a.Vendors[0].Name) ||
		a.Vendors[0].Class != "" {
		return false // a class named as written is no one's name (silent22)
	}
	name := a.Vendors[0].Name
	lead := text
	if len(lead) > 1024 {
		lead = lead[:1024]
	}
	if !strings.Contains(lead, name) {
		return false
	}
	lw := titleWords(lead)
	parts := strings.Fields(name)
	for i := 0; i+len(parts) <= len(lw); i++ {
		if lw[i].text != parts[0] || lw[i+len(parts)-1].text != parts[len(parts)-1] {
			continue
		}
		e := i + len(parts)
		if ds15Roles[strings.ToLower(parts[0])] || i > 0 && ds15Roles[lw[i-1].lc()] ||
			ds15NotVendor[strings.ToLower(parts[len(parts)-1])] || e < len(lw) && ds15NotVendor[lw[e].lc()] ||
			i > 1 && strings.EqualFold(lw[i-2].text, "according") ||
			e+1 < len(lw) && lw[e-1].stop && oneOf(lw[e].lc(), "a", "an") && ds15Others[lw[e+1].lc()] {
			return true
		}
		for k := 0; k < i; k++ {
			if attackers[lw[k].lc()] {
				return true
			}
		}
		return false
	}
	return false
}

// ds15Roles before a name make it a person's or a rival's.
var ds15Roles = wordSet(`rival senator sen sen. rep rep. representative secretary minister
	spokesman spokeswoman spokesperson researcher analyst judge governor gov gov. director
	ceo chief mr mr. ms ms. dr dr. competitor`)

// ds15Others in apposition make a name someone else's than the vendor's:
// "X, a retailer,", "X, a customer,".
var ds15Others = wordSet(`customer client retailer reseller distributor spokesman spokeswoman
	spokesperson researcher senator lawmaker hospital university bank victim rival
	competitor`)

// ds15Actions are the categories of an action on a vendor a title may
// describe by its kind: a compromise's victim or channel is the supply
// readers' to name.
var ds15Actions = map[trust.Category]bool{trust.CategorySanctions: true, trust.CategoryBan: true,
	trust.CategoryReversal: true, trust.CategoryDistrust: true, trust.CategoryDelisting: true,
	trust.CategoryDirective: true, trust.CategoryStateLinks: true}

// ds15Suffixes end a company's name: namedAt leaves them off as generic
// words ("Arvoro Technologies" is named "Arvoro").
var ds15Suffixes = wordSet(`technologies technology systems group holdings labs inc inc. ltd
	ltd. corp corp. corporation semiconductor electronics networks software security`)

// The reverse: the title names the vendor and the lead's first sentence
// tells the action ("Blow for Arvoro as Washington acts" — "The Commerce
// Department added Arvoro to the Entity List"). A registry vendor alerts
// so across title and lead; an unknown name did not. The lead sentence is
// read as a headline, and its alert stands when the name it acts on is
// the title's, the title has the shape of news of an action (actedOn: an
// authority, accuser or store in it), and the lead tells no earlier year.

// ds15LeadActs are the words of an action a lead may tell: a cheap look
// before the lead is read further.
var ds15LeadActs = wordSet(`added adds sanctioned sanctions blacklisted banned bans barred
	designated placed removed lifted trusting distrust distrusted delisted blocked`)

// ds15Actors are actedOn's words of one who acts (authorities, accusers,
// stores), in one set for one look at a title.
var ds15Actors = func() map[string]bool {
	u := map[string]bool{}
	for _, s := range []map[string]bool{authorities, accusers, stores} {
		for w := range s {
			u[w] = true
		}
	}
	return u
}()

// ds15Past are words of a lead telling an action long done.
var ds15Past = wordSet("previously formerly earlier last ago since already")

// ds15Unsure are words of a lead telling an action not taken: asked,
// weighed, denied, threatened.
var ds15Unsure = wordSet(`not never urged urges asks asked calls called could may might
	considering considers weighs weighing proposed proposes plans threatens threatened
	denied denies wants seeks if whether would`)

// ds15Reverse reads the lead's first sentence of an item whose title
// names, with no signal of its own, the vendor that sentence acts on.
func (m *Matcher) ds15Reverse(title, text string, gate *item) (trust.Alert, bool) {
	// Cheap looks first, the title's words before the text's: an
	// authority, accuser or store in the title (actedOn's), an action in
	// the text's first sentence, cut plainly.
	if !gate.has(gDs15Actors) {
		return trust.Alert{}, false
	}
	head := text
	if len(head) > 1024 {
		head = head[:1024]
	}
	if k := strings.Index(head, ". "); k > 0 {
		head = head[:k+1]
	}
	if !hasWordIn(head, ds15LeadActs) {
		return trust.Alert{}, false
	}
	var buf [4][2]int
	spans := sentenceSpans(head, buf[:0])
	if len(spans) == 0 {
		return trust.Alert{}, false
	}
	lead := head[spans[0][0]:spans[0][1]]
	if !hasWordIn(lead, ds15LeadActs) || hasWordIn(lead, ds15Past) || ds15Year(lead) || hasWordIn(lead, ds15Unsure) || isQuestion(title) || commentary(title) {
		return trust.Alert{}, false
	}
	names := ds15LeadNames(lead)
	if len(names) != 1 || m.ds15TitleSays(title) {
		return trust.Alert{}, false
	}
	if i, _ := findName(gate.words(title), names[0]); i < 0 {
		return trust.Alert{}, false // the lead names someone the title does not
	}
	a, ok := m.match(lead, "", true, nil, nil)
	if !ok || a.Coverage || !ds15Actions[a.Category] || len(a.Vendors) != 1 || !looseVendor(a.Vendors[0].Name, names[0]) ||
		!actedOn(a.Category, headline(gate.words(title)), gate.words(lead)) {
		return trust.Alert{}, false
	}
	a.InTitle, a.Across = false, true
	a.Evidence = clean(title) + " — " + clean(lead)
	a.Summary = Summarize(a.Evidence, title, text)
	return a, true
}

// ds15TitleSays reports whether a title has words of its own story (talk,
// routine, reporting, another motive: "what to know"), as leadNews asks
// of a registry vendor's title before its lead's action is news.
func (m *Matcher) ds15TitleSays(title string) bool {
	ss := m.ac.scan(scanState{grow: true}, title)
	for _, h := range ss.hits {
		for _, r := range m.refs[h.pat] {
			if r.kind != kindVendor && r.kind != kindCue && r.kind != kindSignal && r.kind != kindDecision {
				return true
			}
		}
	}
	return false
}

// ds15Year reports whether s writes a year ("in 2019"): the action it
// tells is dated, most often long done.
func ds15Year(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

// ds15Stops before "using" or "buying" make its object what is dropped.
var ds15Stops = wordSet("stop stopped stops cease ceased quit end ended halt halted")

// ds15SkipRelative is the index after a relative clause that follows a
// sentence's subject ("X, which makes thermal cameras, was added"), or e.
func ds15SkipRelative(lw []titleWord, e int) int {
	if e == 0 || e >= len(lw) || !lw[e-1].stop || !oneOf(lw[e].lc(), "which", "who", "whose") {
		return e
	}
	for k := e; k < len(lw) && k < e+10; k++ {
		if lw[k].stop {
			return k + 1
		}
	}
	return e
}
