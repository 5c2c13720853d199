package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// class26.go reads three shapes of news whose vendor is a kind, a rule's
// remainder or a description rather than a name (issue 11, the
// twenty-sixth round), each on items every other reader left silent:
//
//   - a terse title with the fact in the lead ("Drone ban", "It's
//     official", "Rip and replace"; a rule's name in Title Case,
//     "Prohibition on Procurement of Covered Unmanned Aircraft Systems"):
//     the lead's first sentence is read as the title, and its alert kept
//     when it is a class-level action. The title's own talk, delays and
//     undoings still veto it (Match's filters run after).
//   - a rule that admits only the trusted or the domestic ("telcos may
//     connect network gear only from 'trusted sources'", "state firms
//     must use only domestic chips"): it bars the rest, named as its
//     opposite ("untrusted sources", "foreign chips").
//   - a vendor described, not named ("Korean VPN provider's installer
//     trojanized", "Chinese-owned chipmaker added to Entity List",
//     "popular browser extension with 2 million users turned into
//     malware"): a name stands in for the description while every reader
//     reads the title, so that a description reaches what a name does;
//     the alert names the vendor as the title describes it, or the
//     registry vendor the lead names that fits the description.

// class26 reads a terse title's lead: the first sentence read as the
// title, kept when it is a class-level action (a vendor reached through a
// class) not told as past.
func (m *Matcher) class26(title, text string, gate *item) (trust.Alert, bool) {
	if class26Off || text == "" || strings.HasSuffix(title, "?") || strings.Count(title, " ") > 13 {
		return trust.Alert{}, false
	}
	// Byte scans before any word is split: most silent items end here.
	if strings.Count(title, " ") > 5 && !c26AnyStem(title, c26InstrumentStems) {
		return trust.Alert{}, false
	}
	if strings.Count(title, " ") <= 5 && !c26MaybeTerse(title) {
		return trust.Alert{}, false
	}
	s := firstSentence(text)
	if s == "" || !c26AnyStem(s, c26ActionStems) || !c26AnyStem(s, c26KindStems) || !c26Terse(gate.words(title)) {
		return trust.Alert{}, false
	}
	for _, p := range c26Past {
		if strings.Contains(s, p) {
			return trust.Alert{}, false
		}
	}
	b, ok := m.Match(s, "")
	if !ok || b.Coverage || !classVendors(b.Vendors) {
		return trust.Alert{}, false
	}
	b.Title, b.InTitle = title, false
	return b, true
}

// c26MaybeTerse is c26Terse's test on a short title's bytes, without
// splitting it or allocating: false when a word after the first is a
// capitalised word of plain ASCII letters (a possessive's "'s" dropped)
// that is no authority and no country or place, so c26Terse cannot hold.
// Any other word it leaves to c26Terse. It runs before the lead's byte
// scans, which most short titles never need.
func c26MaybeTerse(title string) bool {
	var buf [24]byte
	first := true
	for w := range strings.FieldsSeq(title) {
		if first {
			first = false
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" || w[0] < 'A' || w[0] > 'Z' || len(w) > len(buf) {
			continue
		}
		plain := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c >= 'A' && c <= 'Z':
				buf[i] = c + 'a' - 'A'
			case c >= 'a' && c <= 'z':
				buf[i] = c
			default:
				plain = false
			}
		}
		if !plain {
			continue
		}
		lw := buf[:len(w)]
		if authorities[string(lw)] || places[string(lw)] {
			continue
		}
		if _, ok := classCountries[string(lw)]; ok {
			continue
		}
		return false
	}
	return true
}

// c26Terse reports whether a title says nothing of its own: at most six
// words naming nothing but an authority or a country, or a rule's name in
// Title Case (c26Notice); never an explainer's or a roundup's opening.
func c26Terse(tw []titleWord) bool {
	if len(tw) == 0 || c26Explainers[tw[0].lc()] {
		return false
	}
	if len(tw) > 6 {
		return len(tw) <= 14 && c26Notice(tw)
	}
	for _, w := range tw[1:] {
		if hasUpperOrDigit(w.text) && !authorities[strings.TrimSuffix(strings.TrimSuffix(w.lc(), "'s"), "’s")] && !cl9Country(w.lc()) {
			return false
		}
	}
	return true
}

var c26Explainers = wordSet(`what why how who when where here here's inside explainer opinion analysis
	podcast webinar watch video q&a week weekly daily roundup recap digest newsletter briefing this
	review`)

// c26Past are a lead's marks of a step told as past: the news is another.
var c26Past = []string{"last week", "last month", "last year", "earlier this", "previously", "in recent", " ago",
	"Last week", "Last month", "Last year", "Earlier this", "Previously", "In recent"}

// class26Off turns the file's readers off (the table's before).
var class26Off = false

// c26Described finds a vendor a title describes instead of naming: an
// origin, a popularity or a kind of product before a vendor's or a
// product's noun ("Korean VPN provider", "Chinese-owned chipmaker",
// "popular browser extension with 2 million users"). It returns the
// phrase's word span [lo, hi), or ok false.
func c26Described(tw []titleWord) (lo, hi int, ok bool) {
	for h, w := range tw {
		lh := strings.TrimSuffix(strings.TrimSuffix(w.lc(), "'s"), "’s")
		if !c26Heads[lh] && !(lh == "authority" && h > 0 && tw[h-1].lc() == "certificate") {
			continue // a certificate authority is a vendor; other authorities are states'
		}
		lo = h
		origin, qual, kinds := false, false, 0
		for k := h - 1; k >= 0; k-- {
			if tw[k].stop {
				break
			}
			lk := tw[k].lc()
			switch {
			case c26Origin(lk):
				origin = true
			case c26Qualifiers[lk]:
				qual = true
			case c26Kinds[lk] || productClasses[lk] != "" || classHeads[lk]:
				kinds++
			case k == h-1 && c26TechHeads[lh] && c26AppKind(lk):
				kinds++ // "shopping app", "flashlight app"
			default:
				k = -1
				continue
			}
			lo = k
		}
		hi = h + 1
		// "with 2 million users", "with 300,000 installs"
		if !w.stop && hi+2 < len(tw) && tw[hi].lc() == "with" && isNumber(tw[hi+1].lc()) {
			e := hi + 2
			for e+1 < len(tw) && isNumber(tw[e].lc()) {
				e++ // "300,000" is two words
			}
			if oneOf(tw[e].lc(), "million", "thousand", "billion", "m", "k") && e+1 < len(tw) {
				e++
			}
			if oneOf(tw[e].lc(), "users", "installs", "downloads", "customers", "installations") {
				hi, qual = e+1, true
			}
		}
		// A kind and an origin or a popularity, or two kinds ("accounting
		// software vendor"): "IT provider" or "browser extension" alone
		// says too little to stand for a vendor.
		if kinds == 0 && !c26TechHeads[lh] || !origin && !qual && kinds < 2 {
			continue
		}
		return lo, hi, true
	}
	return 0, 0, false
}

// c26Origin: a country's adjective or a compound of it ("Chinese-owned",
// "Beijing-based").
func c26Origin(w string) bool {
	if nationality[w] || cl9Country(w) {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		switch w[i+1:] {
		case "owned", "based", "made", "linked", "backed", "headquartered", "built", "controlled", "founded":
			return nationality[w[:i]] || places[w[:i]] || cl9Country(w[:i])
		}
	}
	return false
}

var (
	// c26Heads are a vendor's or a product's noun in the singular.
	c26Heads = wordSet(`maker manufacturer provider vendor developer firm company startup supplier
		chipmaker carmaker automaker app extension plugin add-on browser producer giant manager`)
	// c26TechHeads are heads that are a kind of technology by themselves.
	c26TechHeads  = wordSet("chipmaker app extension plugin add-on browser")
	c26Qualifiers = wordSet(`popular widely-used major leading small little-known large top big
		prominent well-known obscure largest biggest`)
	c26Kinds = wordSet(`vpn antivirus anti-virus software security cybersecurity chip router camera
		drone telecom telecoms networking network cloud ai iot messaging chat password accounting tax
		backup remote access it hosting email browser mobile smartphone phone surveillance cctv
		spyware firmware hardware semiconductor memory storage printer modem gaming game
		keyboard input video conferencing crypto wallet payment fintech dns certificate vpn-maker
		open-source mining server database management monitoring endpoint genetics genomics
		biotech dna sequencing erp conferencing password certificate`)
	// c26AppKinds are what an app or an extension is for.
	c26AppKinds = wordSet(`weather flashlight photo fitness social news music health dating shopping
		banking trading editing streaming translation keyboard calculator cleaner booster
		wallet vpn camera chat video`)
)

// c26Stand is the name that stands in for a described vendor while the
// readers read the title: a word no registry, lexicon or list holds.
const c26Stand = "Quorvane"

// c26DescribedAlert reads a silent title whose vendor is described, not
// named, with a name standing in for the description: the readers that
// read a name read the description too, and the alert names the vendor
// as the title describes it.
func (m *Matcher) c26DescribedAlert(title, text string, gate *item) (trust.Alert, bool) {
	if class26Off || strings.Contains(title, c26Stand) || !c26AnyStem(title, c26HeadStems) {
		return trust.Alert{}, false
	}
	tw := gate.words(title)
	lo, hi, ok := c26Described(tw)
	if !ok {
		return trust.Alert{}, false
	}
	start, end := tw[lo].start, tw[hi-1].end
	phrase := title[start:end]
	poss := ""
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(phrase, s) {
			phrase, poss = strings.TrimSuffix(phrase, s), s
		}
	}
	if lo > 0 && oneOf(tw[lo-1].lc(), "a", "an", "the") {
		start = tw[lo-1].start
	}
	b, news := m.Match(title[:start]+c26Stand+poss+title[end:], text)
	if !news || b.Coverage || c26Reported(firstSentence(text)) {
		return trust.Alert{}, false
	}
	if (b.Category == trust.CategoryBan || b.Category == trust.CategoryDelisting) && strings.Contains(title, "request") {
		// "Popular VPN app banned by Apple in Russia at regulator's
		// request": a store complying with a state's demand is
		// censorship (trust-events.md), whoever the app is.
		return trust.Alert{}, false
	}
	found := false
	named := m.c26LeadVendor(tw[lo:hi], text)
	for i, v := range b.Vendors {
		if v.Name == c26Stand || v.Term == c26Stand {
			b.Vendors[i] = trust.VendorHit{Name: phrase, Term: phrase, Unlisted: true}
			if named != nil {
				b.Vendors[i] = trust.VendorHit{Name: named.Name, Term: phrase, Guild: named.Guild}
			}
			found = true
		}
	}
	if !found {
		return trust.Alert{}, false
	}
	b.Evidence = strings.ReplaceAll(b.Evidence, c26Stand, phrase)
	return b, true
}

// c26AppKind: what an app is for, a word of -ing ("shopping") or one of
// c26AppKinds.
func c26AppKind(w string) bool {
	return c26AppKinds[w] || len(w) > 5 && strings.HasSuffix(w, "ing") && !activeVerb(w)
}

// c26OnlyAlert reads a rule that admits only the trusted or the
// domestic, which bars the rest: "Telcos may connect network gear only
// from 'trusted sources'", "From June 15, Indian telcos may only install
// gear from trusted sources", "State firms must use only domestic
// chips". Its subject is an authority or a body a rule binds; its modal
// makes it a rule ("should" is advice, "would" a proposal's). The class
// is what the rule leaves out, named as written with its opposite:
// "untrusted sources", "foreign chips".
func (m *Matcher) c26OnlyAlert(title, text string, gate *item) (trust.Alert, bool) {
	tw := gate.words(title)
	for o := 1; o+1 < len(tw); o++ {
		if tw[o].lc() != "only" {
			continue
		}
		// the modal up to five words before "only", a verb after it
		// or between them: "may connect network gear only", "may only
		// install", "must buy only"
		md := -1
		for k := o - 1; k >= 0 && k >= o-5; k-- {
			if c26Modals[tw[k].lc()] {
				md = k
				break
			}
			if tw[k].stop {
				break
			}
		}
		if md < 1 {
			continue
		}
		verb := false
		for k := md + 1; k < len(tw) && k <= o+1; k++ {
			if c26OnlyVerbs[tw[k].lc()] {
				verb = true
			}
		}
		if !verb || !c26Bound(tw, md) {
			continue
		}
		// the admitted: "from trusted sources", "trusted products",
		// "domestic chips", "domestically made chips", after an
		// object at most ("only install gear from trusted")
		q := -1
		for k := o + 1; k < len(tw) && k <= o+5; k++ {
			if c26Admitted[tw[k].lc()] {
				q = k
				break
			}
		}
		if q < 0 || q+1 >= len(tw) {
			continue
		}
		n := q + 1
		if tw[n].lc() == "made" || tw[n].lc() == "built" {
			n++ // "domestically made chips"
		}
		if n >= len(tw) || stopWords[tw[n].lc()] || isNumber(tw[n].lc()) {
			continue
		}
		end := n
		if !tw[n].stop && n+1 < len(tw) && productClasses[tw[n].lc()] != "" && productClasses[tw[n+1].lc()] != "" {
			end = n + 1
		}
		if inWords(tw, c25Undone) || inWords(tw, cl12Weighs) || inWords(tw, cl12Delays) || inWords(tw, cl11Talk) ||
			inWords(tw, c26NotRules) || commentary(title) || cl12Opener[tw[0].lc()] {
			return trust.Alert{}, false
		}
		other := "foreign "
		if tw[q].lc() == "trusted" {
			other = "untrusted "
		}
		phrase := other + joinWords(tw[n:end+1])
		cat := trust.CategoryBan
		if inWords(tw, c26Orders) {
			cat = trust.CategoryDirective // "..., DoT tells operators"
		}
		return m.classPhraseAlert(phrase, joinWords(tw[o:q+1]), cat, title, text), true
	}
	return trust.Alert{}, false
}

// c26Bound reports whether the word before the modal at md is a body a
// rule binds or an authority: "telcos may", "Indian operators must",
// "civil servants may".
func c26Bound(tw []titleWord, md int) bool {
	s := tw[md-1].lc()
	return c26Bodies[s] || l22Bound[s] || authorities[s] && !oneOf(s, "court", "judge", "lawmakers", "officials")
}

var (
	c26Modals    = wordSet("may must can required allowed permitted shall")
	c26OnlyVerbs = wordSet(`connect install buy use procure purchase source deploy plug fit run operate
		fly adopt employ install`)
	c26Admitted = wordSet(`trusted domestic domestically domestically-made homegrown home-grown indigenous
		national`)
	c26Bodies = wordSet(`telcos telecoms operators carriers agencies departments ministries servants
		employees staff officials contractors firms utilities networks centres centers
		institutions offices providers banks insurers hospitals schools police forces
		militaries troops soldiers`)
	c26Orders = wordSet("tells told orders ordered directs directed instructs instructed")
	// c26NotRules are a rule's talk, not its step: "would", "should".
	c26NotRules = wordSet("would should could proposal proposed draft bill urge urges urged")
)

// c26Notice reports whether a title is a rule's or an order's name in
// Title Case with no verb or explainer's word of its own: "Prohibition
// on Procurement of Covered Unmanned Aircraft Systems".
func c26Notice(tw []titleWord) bool {
	if !isTitleCase(tw) {
		return false
	}
	instrument := false
	for _, w := range tw {
		lw := w.lc()
		if activeVerb(lw) || c26Explainers[lw] {
			return false // "How China Is Remaking Its Chip Business"
		}
		instrument = instrument || c26Instruments[lw]
	}
	return instrument
}

// c26Instruments name a rule, an order or a notice in its title.
var c26Instruments = wordSet(`prohibition prohibitions prohibiting rule rules order orders directive
	directives act regulation regulations notice ban bans restriction restrictions determination
	designation guidance policy requirements memorandum decree`)

// c26LeadVendor is the registry vendor the lead's first sentence names
// that the description fits: of the description's kind of product and,
// when it says one, of its country ("popular shopping app" — "filed suit
// against Temu"). nil when there is none.
func (m *Matcher) c26LeadVendor(desc []titleWord, text string) *trust.Vendor {
	s := firstSentence(text)
	if s == "" {
		return nil
	}
	cat, country := "", ""
	for _, w := range desc {
		lw := strings.TrimSuffix(strings.TrimSuffix(w.lc(), "'s"), "’s")
		if c := productClasses[lw]; c != "" {
			cat = c
		}
		if c, ok := classCountries[lw]; ok && c != "" {
			country = c
		}
	}
	if cat == "" {
		return nil
	}
	ss := m.ac.scan(scanState{}, s)
	for _, h := range ss.hits {
		for _, r := range m.refs[h.pat] {
			if r.kind != kindVendor {
				continue
			}
			v := &m.vendors[m.vendorTerms[r.idx].vendor]
			if v.Guild == "" && hasCategory(v.Categories, cat) && (country == "" || v.Country == country) {
				return v
			}
		}
	}
	return nil
}

// c26ActionStems are the stems a class-level action's sentence holds one
// of; a sentence with none is not read (a byte scan, no words split).
var c26ActionStems = []string{"ban", "bar", "prohibit", "forbid", "restrict", "remov", "rip", "replac",
	"block", "Covered", "Entity", "blacklist", "sanction", "exclud", "phase", "stop", "no longer",
	"order", "direct", "ground", "only", "outlaw", "halt", "must", "may not", "cannot", "curb",
	"disconnect", "uninstall", "delet", "pull", "purg",
	"lift", "allow", "revok", "rescind", "scrap", "again", "struck", "overturn", "suspend"} // undoings

// c26KindStems are the stems of a class's origin or kind, one of which a
// class-level action's sentence holds.
var c26KindStems = []string{"Chin", "Russia", "oreign", "Iran", "dversar", "oncern", "trusted", "Korea",
	"high-risk", "overed", "overseas", "omestic", "rone", "amera", "outer", "app", "hip", "oftware",
	"quipment", "gear", "evice", "ehicle", "car", "atter", "pyware", "phone", "nverter", "elecom",
	"ata", "pps", "AI", "ystem"}

// c26InstrumentStems are c26Instruments' stems in Title Case.
var c26InstrumentStems = []string{"Prohibit", "Rule", "Order", "Directive", "Act", "Regulation", "Notice", "Ban",
	"Restriction", "Determination", "Designation", "Guidance", "Policy", "Requirements", "Memorandum", "Decree"}

// c26AnyStem reports whether s holds one of stems, by byte scans.
func c26AnyStem(s string, stems []string) bool {
	for _, st := range stems {
		if strings.Contains(s, st) {
			return true
		}
	}
	return false
}

// c26HeadStems are the stems of c26Heads, for a byte scan before any
// word is split.
var c26HeadStems = []string{"maker", "manufacturer", "provider", "vendor", "developer", "firm", "company",
	"startup", "supplier", "app", "extension", "plugin", "add-on", "browser", "producer", "giant", "manager",
	"authority"}

// c26ReporterCues put a named party beside the news as its source or its
// rival: "follows a report by Arvoro Research", "researchers at X". A
// description then may be of the party the lead names, so it is not
// named as written.
var c26ReporterCues = []string{"report by ", "researchers at ", "research by ", "analysis by ", "Rival ", "rival "}

func c26Reported(lead string) bool {
	for _, c := range c26ReporterCues {
		if i := strings.Index(lead, c); i >= 0 && hasUpperOrDigit(firstWordOf(lead[i+len(c):])) {
			return true
		}
	}
	return false
}

// firstWordOf is s up to its first space.
func firstWordOf(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}
