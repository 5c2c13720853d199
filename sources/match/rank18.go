package match

import (
	"fmt"
	"math"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The learned name ranker: an alert names the right category but, often,
// not the thing it is about: a platform, a reporter, a victim or a
// researcher's firm written in the title, where the lead writes the
// package or the vendor. The ranker reads every name the matcher's
// name machinery can see in the title and the lead's first sentence
// (rankCandidates), describes each by its form, its field, its
// neighbours as classes and stems, where it stands from the signal and
// what the extractors' word lists say of it (rankFeatures), and scores
// it by a linear model trained, as a softmax over an item's names, on
// the labelled sets' events (cmd/vendorwatch-train). On an alert whose
// name the ranker scores rankMargin below the name it likes best, the
// alert names that one instead (rerank). The features read names as
// classes, never as themselves, so that its weights hold how an event's
// subject is written rather than which vendors the sets told of.

// rankBuckets is the ranker's hashed feature buckets (a power of two).
const rankBuckets = 1 << 12

// rankMargin is how far above the alert's own name the ranker's best
// must score for the alert to be renamed: read on the trainer's
// held-out folds over the rules' alerts (go run ./cmd/vendorwatch-train
// -cv, "name ranker"), where every margin from 2.5 to 4 gains names and
// 2.5 most; 3.5, the smallest at which the shape tests' written names
// all stand (2.5 renamed a reporter and a Title Case run). A constant,
// so that the weights do not depend on the rules.
const rankMargin = 3.5

// rankSureMargin is the margin for an alert whose name stands for a
// class (rankClassLevel): past every gap the held-out folds saw but a
// few, so that the ranker renames one only when very sure.
const rankSureMargin = 8.0

// rankWeakMargin is the margin for an alert whose name is a place or a
// people, or holds one (rankPlaceName: "Polish", "Taiwan Chunghwa",
// "Southeast Asia"): the rules took a word that names no vendor, so the
// ranker need only like another name better.
const rankWeakMargin = 0.5

// rankNonMakerMargin is the margin for an alert whose name names no
// maker (rankNonMaker, name23.go): any name that reads as a maker and
// that the ranker likes better is a better name.
const rankNonMakerMargin = 0.0

// rankRegions are the places and peoples the state lists lack,
// being no state: a region or an adjective a headline writes before a
// maker ("Asian developers", "Tibetan software").
var rankRegions = wordSet("asia asian southeast arab arabian tibet tibetan italians polish")

// rankPlaceWord: w (lower case) is a place, a state's adjective or a
// region, not half of a place's name ("New", "Kong").
func rankPlaceWord(w string) bool {
	return places[w] && !learnPlaceHalves[w] || learnPlaceWords[w] || rankRegions[w]
}

// rankPlaceName: a name outside the registry of one or two words, a
// place among them, which the written name of a maker rarely is (a
// longer one is an agency's or a class's: "Vietnam Government
// Certification Authority", "Chinese solar inverters").
func rankPlaceName(v trust.VendorHit) bool {
	ws := strings.Fields(strings.ToLower(v.Name))
	if !v.Unlisted || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if rankPlaceWord(strings.TrimSuffix(w, "'s")) {
			return true
		}
	}
	return false
}

// rankMarginFor is the margin by which candidate best must beat the
// alert a's name, candidate cur: none when best does not read as a
// maker (rankMakerLike), rankSureMargin for a class, rankWeakMargin for
// a place, or, on an alert that is no package's, for any name that
// names no maker (rankNonMaker, name23.go), else rankMargin.
func rankMarginFor(it *rankItem, a *trust.Alert, cur, best int) float64 {
	v := a.Vendors[0]
	maker := rankMakerLike(it, &it.cands[best])
	switch {
	case !maker:
		return math.Inf(1)
	case rankClassLevel(it.tw, v):
		return rankSureMargin
	case rankPlaceName(v):
		return rankWeakMargin
	case a.Category != trust.CategoryOSS && rankNonMaker(it, &it.cands[cur], v):
		return rankNonMakerMargin
	case a.Category != trust.CategoryOSS && rankAside(it, cur, best):
		return rankAsideMargin // name25.go
	case a.Category != trust.CategoryOSS && rankTitleSubject(it, cur, best):
		return rankTitleMargin // name24.go
	}
	return rankMargin
}

// rankActingMakers are the actors' words (actors) that name companies,
// which act on a vendor in one story and are the vendor in another.
var rankActingMakers = wordSet("google apple microsoft mozilla chrome firefox amazon walmart best buy")

// rankMakerLike: candidate c is none of what stands beside a maker in
// news of it: a place, a body of state or a name holding one's word
// ("Commerce Department", "the Ministry of Digital Affairs"), a
// reporter or a researcher ("according to X", "X said", "X
// researchers"), a threat actor or a campaign. rerank renames only to
// such a name: the held-out folds saw no rename to another one right,
// and a small margin (rankWeakMargin) would let a lead's one other
// name win whatever it is.
func rankMakerLike(it *rankItem, c *rankCand) bool {
	var names []string
	rankFeatures(it, c, 0, nil, &names)
	for _, f := range names {
		switch strings.TrimLeft(f, "tl") {
		case "authority", "place", "placein", "reports", "researchers", "according", "reporter", "actor", "campaign":
			return false
		}
		if strings.HasPrefix(f, "placehead") {
			return false
		}
	}
	if !c.reg && nonMakerName(it, c.name) {
		return false // name23.go: a place, a people, a body, a kind, a title's structure
	}
	for w := range strings.FieldsSeq(strings.ToLower(c.name)) {
		if actors[w] && !rankActingMakers[w] || learnGovWords[w] || learnAgencies[w] || learnAuthorities[string(stem([]byte(w)))] || placeAuthorities[w] {
			return false
		}
	}
	// "the Ministry of Digital Affairs": a name a body's word is of.
	for _, f := range [...]struct {
		ws []titleWord
		i  int
	}{{it.tw, c.ti}, {it.lw, c.li}} {
		if f.i >= 2 && f.ws[f.i-1].lc() == "of" {
			w := f.ws[f.i-2].lc()
			if learnGovWords[w] || learnAuthorities[string(stem([]byte(w)))] || placeAuthorities[w] {
				return false
			}
		}
	}
	return true
}

// rankClassLevel: the alert's name v stands for a class, not a thing
// turned: a description in lower-case words ("open-source modules"), or
// a plural of a channel's word ("PyPI packages"), or an ecosystem or
// platform where the title counts or writes in plural
// what was hit on it ("worm hits 60 PyPI packages"), whose victims and
// reporters are no better name.
func rankClassLevel(tw []titleWord, v trust.VendorHit) bool {
	n := v.Name
	if strings.Contains(n, " ") && n == strings.ToLower(n) {
		return true
	}
	if i := strings.LastIndexByte(n, ' '); i > 0 {
		// "PyPI packages": an ecosystem's packages.
		last := strings.ToLower(n[i+1:])
		if strings.HasSuffix(last, "s") && learnChannels[string(stem([]byte(last)))] {
			return true
		}
	}
	if !nm17Platform(n) && !learnEcoWords[strings.ToLower(n)] {
		return false
	}
	for _, w := range tw {
		l := w.lc()
		if isNumber(w.text) || len(l) > 3 && strings.HasSuffix(l, "s") && learnChannels[string(stem([]byte(l)))] {
			return true
		}
	}
	return false
}

// rankMaxCands bounds an item's candidates: a lead sentence of forty
// words names fewer.
const rankMaxCands = 24

// rankCand is a name the title or the lead's first sentence writes.
type rankCand struct {
	name string
	// ti and li are its first word in the title's and the lead's
	// words, -1 when the field does not write it; tn and ln its words.
	ti, li, tn, ln int
	reg            bool // a registry vendor's term (name is the vendor's)
	regName        string
}

// rankItem is one item as the ranker reads it.
type rankItem struct {
	tw, lw     []titleWord
	tsig, lsig int // the first signal's word in each field, -1
	cat        trust.Category
	titleCase  bool
	cands      []rankCand
}

// rankRead reads an item's names and signal positions.
func (m *Matcher) rankRead(title, text string) *rankItem {
	it := &rankItem{tsig: -1, lsig: -1}
	lead := learnLead(stripCredit(text))
	it.tw = titleWords(title)
	it.lw = titleWords(lead)
	it.titleCase = isTitleCase(it.tw)
	th := m.ac.scan(scanState{grow: true}, title).hits
	lh := m.ac.scan(scanState{grow: true}, lead).hits
	var sig trust.SignalHit
	it.tsig, sig = m.rankSignal(it.tw, th, sig)
	it.lsig, sig = m.rankSignal(it.lw, lh, sig)
	it.cat = sig.Category
	m.mark(it.tw, th)
	m.mark(it.lw, lh)
	m.rankCands(it, it.tw, th, title, true)
	m.rankCands(it, it.lw, lh, lead, false)
	return it
}

// rankSignal is the word where the heaviest signal of hits starts (-1:
// none), and the heavier of that signal and sig.
func (m *Matcher) rankSignal(ws []titleWord, hits []hit, sig trust.SignalHit) (int, trust.SignalHit) {
	at, best := -1, -1.0
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind != kindSignal {
				continue
			}
			s := m.signals[r.idx]
			if s.Weight > best {
				best = s.Weight
				at = hitFirst(ws, wordEndingAt(ws, h.off), int(m.ac.words[h.pat]))
			}
			if s.Weight > sig.Weight {
				sig = s
			}
		}
	}
	return at, sig
}

// rankBreak: a word that ends a run of capitalised words (a Title Case
// title capitalises "Plugin" and "Backdoored" too).
func rankBreak(w titleWord, titleCase bool) bool {
	l := w.lc()
	if w.marked || stopWords[l] || quantities[l] || hyphenAdjective(l) || learnChannels[string(stem([]byte(l)))] || learnKinds[string(stem([]byte(l)))] ||
		learnReporting[string(stem([]byte(l)))] || activeVerb(l) || generic[l] || learnDateWords[l] {
		return true
	}
	return titleCase && len(l) > 4 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed"))
}

// rankCands adds the names of one field's words ws (of text): runs of
// capitalised words (at most four), words written as a package or
// quoted, a lower-case word before a channel's word ("the quillpath
// library"), the packages pk16Packages reads and the registry's vendors
// of hits.
func (m *Matcher) rankCands(it *rankItem, ws []titleWord, hits []hit, text string, title bool) {
	titleCase := title && isTitleCase(ws)
	add := func(name string, i, n int, reg string) {
		if reg == "" && strings.Contains(name, " ") && name == strings.ToLower(name) {
			return // "installed 100": words, no name
		}
		for k := range it.cands {
			c := &it.cands[k]
			if !strings.EqualFold(c.name, name) && (reg == "" || c.regName != reg) {
				continue
			}
			if title && c.ti < 0 {
				c.ti, c.tn = i, n
			} else if !title && c.li < 0 {
				c.li, c.ln = i, n
			}
			if reg != "" {
				c.reg, c.regName = true, reg
			}
			return
		}
		if len(it.cands) == rankMaxCands {
			return
		}
		c := rankCand{name: name, ti: -1, li: -1, reg: reg != "", regName: reg}
		if title {
			c.ti, c.tn = i, n
		} else {
			c.li, c.ln = i, n
		}
		it.cands = append(it.cands, c)
	}
	for h := range hits {
		for _, r := range m.refs[hits[h].pat] {
			if r.kind != kindVendor || m.nested(hits, h, kindVendor) {
				continue
			}
			vt := m.vendorTerms[r.idx]
			last := wordEndingAt(ws, hits[h].off)
			i := hitFirst(ws, last, int(m.ac.words[hits[h].pat]))
			if i < 0 {
				continue
			}
			add(m.vendors[vt.vendor].Name, i, last-i+1, m.vendors[vt.vendor].Name)
			break
		}
	}
	for _, n := range pk16Packages(ws, text, title) {
		if i, k := rankSpan(ws, n); i >= 0 {
			add(n, i, k, "")
		}
	}
	covered := func(i int) bool {
		for _, c := range it.cands {
			if title && c.ti >= 0 && c.ti <= i && i < c.ti+c.tn || !title && c.li >= 0 && c.li <= i && i < c.li+c.ln {
				return true
			}
		}
		return false
	}
	for i := 0; i+1 < len(ws); i++ {
		l := ws[i].lc()
		if !covered(i) && !ws[i].stop && l == ws[i].text && len(l) > 2 && !stopWords[l] && !generic[l] && !quantities[l] && !isNumber(l) &&
			learnChannels[string(stem([]byte(ws[i+1].lc())))] && !learnChannels[string(stem([]byte(l)))] && !learnKinds[string(stem([]byte(l)))] &&
			!learnEcoWords[l] && !activeVerb(l) && !rankBreak(ws[i], false) {
			add(l, i, 1, "")
		}
	}
	// "a malicious release of quillpath": a lower-case word a release
	// is of.
	for i := 2; i < len(ws); i++ {
		l := ws[i].lc()
		if !covered(i) && l == ws[i].text && len(l) > 2 && !stopWords[l] && !generic[l] && !isNumber(l) && ws[i-1].lc() == "of" && !ws[i-2].stop &&
			(learnReleases[ws[i-2].lc()] || learnChannels[string(stem([]byte(ws[i-2].lc())))]) && !rankBreak(ws[i], false) {
			add(l, i, 1, "")
		}
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		t := cutPossessive(w.text)
		l := strings.ToLower(t)
		if t == "" || isNumber(t) || learnDateWords[l] {
			continue
		}
		if learnCodeName(t) || w.quoted {
			if w.slash && i+1 < len(ws) {
				add(t+"/"+ws[i+1].text, i, 2, "")
				i++
				continue
			}
			add(t, i, 1, "")
			continue
		}
		if !hasUpperOrDigit(t) || stopWords[l] || rankBreak(w, titleCase) {
			continue
		}
		j := i + 1
		for j < len(ws) && j-i < 4 && !ws[j-1].stop && t == w.text && hasUpperOrDigit(ws[j].text) && !rankBreak(ws[j], titleCase) &&
			!isNumber(ws[j].text) {
			if ws[j].text != cutPossessive(ws[j].text) {
				j++
				break
			}
			j++
		}
		parts := make([]string, 0, j-i)
		for k := i; k < j; k++ {
			parts = append(parts, cutPossessive(ws[k].text))
		}
		add(strings.Join(parts, " "), i, j-i, "")
		i = j - 1
	}
}

// rankSpan is the words of ws that spell the name n as titleWords cuts
// it ("@flarnjs/core" is "flarnjs" "core"): the first and how many, or
// -1.
func rankSpan(ws []titleWord, n string) (int, int) {
	parts := strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '@' || r == '/' })
	if len(parts) == 0 {
		return -1, 0
	}
	for i := 0; i+len(parts) <= len(ws); i++ {
		ok := true
		for k, p := range parts {
			if !strings.EqualFold(ws[i+k].text, p) {
				ok = false
				break
			}
		}
		if ok {
			return i, len(parts)
		}
	}
	return -1, 0
}

// rankTok is a neighbour word as the ranker reads it: a stop word or a
// word of the lists as itself, a name, a number or a place as its class,
// else its stem.
func rankTok(w titleWord) string {
	t := w.text
	l := w.lc()
	switch {
	case isNumber(t) || t != "" && '0' <= t[0] && t[0] <= '9' || learnDateWords[l]:
		return learnNum
	case places[l] && !learnPlaceHalves[l] || learnPlaceWords[l]:
		return learnPlace
	case stopWords[l]:
		return l
	case hasUpperOrDigit(t) && !learnEcosystems[string(stem([]byte(l)))] && !learnAuthorities[string(stem([]byte(l)))]:
		return learnName
	}
	return string(stem([]byte(l)))
}

// rankFeatures appends candidate c's hashed features to idx (names, when
// not nil, gets their names).
func rankFeatures(it *rankItem, c *rankCand, order int, idx []uint32, names *[]string) []uint32 {
	put := func(a, b string) {
		h := fnvString(fnvString(fnvOffset, a), b)
		idx = append(idx, h&(rankBuckets-1))
		if names != nil {
			*names = append(*names, a+b)
		}
	}
	put("bias", "")
	form := "cap"
	n := c.name
	switch {
	case n[0] == '@':
		form = "scoped"
	case strings.Contains(n, "/"):
		form = "path"
	case learnCodeName(n):
		form = "code"
	case n == strings.ToLower(n):
		form = "lower"
	case strings.Contains(n, " "):
		form = "multi"
	case len(n) > 1 && n == strings.ToUpper(n):
		form = "caps"
	case brandLike(n):
		form = "brand"
	}
	put("form:", form)
	fld := "b"
	switch {
	case c.li < 0:
		fld = "t"
	case c.ti < 0:
		fld = "l"
	}
	put("fld:", fld)
	put("fld+form:", fld+form)
	put("cat+form:", string(it.cat)+form)
	put("cat+fld:", string(it.cat)+fld)
	put("ord:", string(rune('0'+min(order, 5))))
	if c.reg {
		put("reg", "")
		put("reg+fld:", fld)
	}
	l := strings.ToLower(n)
	flat := strings.ReplaceAll(l, " ", "")
	if nm17Platform(n) || learnEcoWords[flat] || learnEcosystems[string(stem([]byte(flat)))] || learnPlatformWords[flat] {
		put("platform", "")
	}
	if learnGovWords[l] || learnAgencies[l] || learnAuthorities[string(stem([]byte(l)))] || leaders[l] {
		put("authority", "")
	}
	if actors[l] || places[l] || learnPlaceWords[l] || rankRegions[l] {
		put("place", "")
	} else if first, _, ok := strings.Cut(l, " "); ok && rankPlaceWord(first) {
		put("placehead+"+fld, "")
	} else if ok && rankPlaceName(trust.VendorHit{Name: n, Unlisted: true}) {
		put("placein", "")
	}
	if describedKind(n) || kindNamed(n) {
		put("kind", "")
	}
	if !c.reg && nonMakerName(it, n) {
		put("nonmaker", "") // name23.go: a place, a people, a body, a kind's acronym, a title's structure
	}
	if hyphenAdjective(l) || pk16Compound(l) || nm17ProseHyphen(l) || pk16StrayWords[l] || learnTechNames[l] || legalForms[l] ||
		learnLeadNotNames[l] {
		put("prose", "")
	}
	if c.ti >= 0 && c.li >= 0 {
		first, _, _ := strings.Cut(n, " ")
		if capitalisedIn(it.lw, first) {
			put("leadcap", "")
		}
	}
	if c.ti >= 0 && it.titleCase && n != strings.ToLower(n) {
		first, _, _ := strings.Cut(n, " ")
		if capitalisedIn(it.lw, first) {
			put("tc+confirmed", "")
		} else {
			put("tc+unconfirmed+"+form, "")
		}
	}
	if c.ti >= 0 && startsAsWritten(it.tw, n, it.lw) {
		put("asfirst+"+form, "")
	}
	for _, fd := range [...]struct {
		ws       []titleWord
		i, k     int
		sig      int
		pre      string
		hasTitle bool
	}{{it.tw, c.ti, c.tn, it.tsig, "t", true}, {it.lw, c.li, c.ln, it.lsig, "l", false}} {
		if fd.i < 0 {
			continue
		}
		ws, i, end := fd.ws, fd.i, fd.i+fd.k
		p := fd.pre
		if i == 0 {
			put(p+"first", "")
		}
		prev := func(d int) string {
			if i-d < 0 || ws[i-d].stop {
				return "^"
			}
			return rankTok(ws[i-d])
		}
		next := func(d int) string {
			if end-1+d >= len(ws) || ws[end-2+d].stop {
				return "$"
			}
			return rankTok(ws[end-1+d])
		}
		p1, p2, n1, n2 := prev(1), "^", next(1), "$"
		if p1 != "^" {
			p2 = prev(2)
		}
		if n1 != "$" {
			n2 = next(2)
		}
		put(p+"p1:", p1)
		put(p+"p2:", p2+" "+p1)
		put(p+"n1:", n1)
		put(p+"n2:", n1+" "+n2)
		put(p+"pn:", p1+" _ "+n1)
		if ws[end-1].text != cutPossessive(ws[end-1].text) {
			put(p+"poss", "")
		}
		if end < len(ws) {
			nl := stem([]byte(ws[end].lc()))
			if learnChannels[string(nl)] {
				put(p+"chan", "")
			}
			if learnKinds[string(nl)] {
				put(p+"kindnext", "")
			}
			if learnReporting[string(nl)] || reporterVerbs[ws[end].lc()] {
				put(p+"reports", "")
			}
			if learnResearchers[ws[end].lc()] {
				put(p+"researchers", "")
			}
		}
		if i > 0 {
			switch pl := ws[i-1].lc(); pl {
			case "by", "from", "at", "via", "on", "to", "against", "targeting", "like":
				put(p+"after:", pl)
			}
			if i > 1 && ws[i-2].lc() == "according" {
				put(p+"according", "")
			}
		}
		if threatActor(ws, n) {
			put(p+"actor", "")
		}
		if campaignNamed(ws, n) || operationNamed(ws, n) {
			put(p+"campaign", "")
		}
		if reporterHead(ws, n) || reporterTail(ws, n) {
			put(p+"reporter", "")
		}
		if nm17Victim(ws, n) {
			put(p+"victim", "")
		}
		if fd.hasTitle && learnTitleAside(ws, n) || !fd.hasTitle && learnLeadAside(ws, i, end, strings.ToLower(ws[i].text)) {
			put(p+"aside", "")
		}
		if learnPlatformNamed(ws, i, end, l) {
			put(p+"hosting", "")
		}
		for k := max(0, i-3); k < min(len(ws), end+3); k++ {
			if learnEcoWords[ws[k].lc()] {
				put(p+"econear", "")
				break
			}
		}
		switch {
		case fd.sig < 0:
			put(p+"sig:", "none")
		case fd.sig >= end:
			d := fd.sig - end
			put(p+"sig:", "before"+rankDist(d))
			if d <= 2 {
				put(p+"agent+"+form, "")
			}
		case fd.sig < i:
			d := i - fd.sig
			put(p+"sig:", "after"+rankDist(d))
			if d <= 3 {
				put(p+"object+"+form, "")
			}
		default:
			put(p+"sig:", "in")
		}
	}
	return idx
}

// rankDist buckets a distance in words.
func rankDist(d int) string {
	switch {
	case d <= 1:
		return "1"
	case d <= 3:
		return "3"
	case d <= 6:
		return "6"
	}
	return "far"
}

// rankScores is each candidate's score under w.
func rankScores(it *rankItem, w []float32) []float64 {
	out := make([]float64, len(it.cands))
	var idx []uint32
	for k := range it.cands {
		idx = rankFeatures(it, &it.cands[k], k, idx[:0], nil)
		for _, i := range idx {
			out[k] += float64(w[i])
		}
	}
	return out
}

// rankFind is the candidate an alert's vendor v is, or -1.
func rankFind(it *rankItem, v trust.VendorHit) int {
	for k, c := range it.cands {
		if c.reg && c.regName == v.Name || strings.EqualFold(c.name, v.Name) || v.Term != "" && strings.EqualFold(c.name, v.Term) {
			return k
		}
	}
	for k, c := range it.cands {
		if rankLoose(c.name, v.Name) {
			return k
		}
	}
	return -1
}

// rankLoose: either name holds the other, as the batch tests compare.
func rankLoose(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// rankChoice is the ranker's verdict on an alert: the alert's name's
// candidate cur and its best best, with their scores; ok when the alert
// names one vendor the ranker reads.
type rankChoice struct {
	cur, best         int
	curScore, bestScr float64
	ok                bool
}

// rankChoose scores the item's names under w against the alert's.
func rankChoose(it *rankItem, a *trust.Alert, w []float32) rankChoice {
	if len(a.Vendors) != 1 || a.Vendors[0].Class != "" || len(it.cands) < 2 {
		return rankChoice{}
	}
	cur := rankFind(it, a.Vendors[0])
	if cur < 0 {
		return rankChoice{}
	}
	s := rankScores(it, w)
	// The best of the names that are not the alert's own, longer or
	// shorter ("Cisco Prime" for "Cisco" is the same vendor).
	best := cur
	for k := range s {
		if k != cur && !rankLoose(it.cands[k].name, a.Vendors[0].Name) && (best == cur || s[k] > s[best]) {
			best = k
		}
	}
	return rankChoice{cur: cur, best: best, curScore: s[cur], bestScr: s[best], ok: true}
}

// rerank renames alert a to the ranker's best name when the ranker
// scores the alert's own rankMarginFor or more below it: rankMargin,
// rankSureMargin for a name standing for a class, rankWeakMargin for a
// place; never to a place, a body of state, a reporter or an actor
// (rankMakerLike). A class's alert, or one naming several vendors, is
// left as it is.
func (m *Matcher) rerank(title, text string, a *trust.Alert) {
	if m.learned == nil || m.learned.rank == nil || len(a.Vendors) != 1 || a.Vendors[0].Class != "" {
		return
	}
	it := m.rankRead(title, text)
	ch := rankChoose(it, a, m.learned.rank)
	if !ch.ok || ch.best == ch.cur || ch.bestScr-ch.curScore < rankMarginFor(it, a, ch.cur, ch.best) {
		return
	}
	c := it.cands[ch.best]
	old := a.Vendors[0].Name
	if c.reg {
		a.Vendors = []trust.VendorHit{m.hitFor(c.regName)}
		if a.Vendors[0].Unlisted {
			a.Vendors = []trust.VendorHit{m.hitFor(c.name)}
		}
	} else {
		a.Vendors = []trust.VendorHit{m.hitFor(c.name)}
	}
	a.Signals = append(a.Signals, trust.SignalHit{
		Term:     fmt.Sprintf("name chosen by the learned ranker (%s scores %.1f over %.1f for %s)", c.name, ch.bestScr, ch.curScore, old),
		Category: a.Category,
	})
}
