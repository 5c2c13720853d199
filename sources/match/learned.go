package match

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The learned scorer is a rescue: when the rules make no alert, an item
// with a signal of the lexicon in its title or its lead's first sentence
// is scored by a logistic regression over hashed features (words and
// bigrams of title and lead, crudely stemmed, what the automaton found of
// the lexicon, and facts of structure read from word lists), and, past
// its threshold, alerts on the candidate the rules' own extractors name
// (rescueCandidate): a vendor of the title, or, the model surer, a
// package, a class a government acts on, or the lead's registry vendor.
// Ten rounds of hand-written shapes learned wordings; the model reads the
// same evidence by weight, so a family told in a new wording may still
// reach it. cmd/vendorwatch-train reproduces the weights (learned.gz)
// from the labelled sets; docs/detection.md, "The learned scorer".

// learnBuckets is the number of hashed feature buckets (a power of two).
const learnBuckets = 1 << 16

// learnScale is the weights' fixed point: a stored int16 w is w/learnScale.
const learnScale = 1024

//go:embed learned.gz
var learnedFile []byte

// learnedModel is a trained scorer: a weight per bucket, a bias and the
// probability an item must reach to alert.
type learnedModel struct {
	w         []float32
	bias      float64
	threshold float64
	head      *learnedHead
	// rank is the name ranker's weights (rank18.go), rankBuckets of
	// them.
	rank []float32
}

// headBuckets is the category head's buckets: a feature's bucket is its
// event bucket modulo headBuckets (a power of two).
const headBuckets = 1 << 11

// learnedHead is the category head: per category of trust.Categories, a
// logistic model of "an event of this category" over the same features,
// trained on the events alone.
type learnedHead struct {
	w    [16][]float32
	bias [16]float64
}

// category is the head's likeliest category for features idx.
func (h *learnedHead) category(idx []uint32) trust.Category {
	best, bestZ := 0, math.Inf(-1)
	for c := range trust.Categories {
		z := h.bias[c]
		for _, i := range idx {
			z += float64(h.w[c][i&(headBuckets-1)])
		}
		if z > bestZ {
			best, bestZ = c, z
		}
	}
	return trust.Categories[best]
}

// headCategory is a rescued alert's category: the head's, unless the
// title's shapes made it a reversal (an action undone is one whatever
// its words).
func headCategory(head, rules trust.Category) trust.Category {
	if rules == trust.CategoryReversal {
		return rules
	}
	return head
}

// defaultLearned is the embedded model, parsed once.
var defaultLearned = sync.OnceValue(func() *learnedModel {
	lm, err := parseLearned(learnedFile)
	if err != nil {
		panic("match: learned.gz: " + err.Error())
	}
	return lm
})

// parseLearned reads a model file: gzip of "#" comment lines, "bias B",
// "threshold T" and per category "head C B" (its bias), then a line
// "weights" and the weights, int16s of the fixed point: the event model's
// learnBuckets, each category's headBuckets in trust.Categories' order
// and the name ranker's rankBuckets, their low bytes first, then their high bytes (small weights make the
// high bytes runs of 0x00 and 0xff, which deflate packs).
func parseLearned(b []byte) (*learnedModel, error) {
	hs, w, err := readWeights(b)
	if err != nil {
		return nil, err
	}
	lm := &learnedModel{head: &learnedHead{}}
	for _, h := range hs {
		k, v := h.key, h.value
		c := -1
		if k == "head" {
			var name string
			name, v, _ = strings.Cut(v, " ")
			if c = slices.Index(trust.Categories, trust.Category(name)); c < 0 {
				return nil, fmt.Errorf("line %q: unknown category", k+" "+h.value)
			}
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("line %q: %v", k+" "+h.value, err)
		}
		switch k {
		case "bias":
			lm.bias = f
		case "threshold":
			lm.threshold = f
		case "head":
			lm.head.bias[c] = f
		default:
			return nil, fmt.Errorf("unknown key %q", k)
		}
	}
	n := learnBuckets + len(trust.Categories)*headBuckets + rankBuckets
	ranked := len(w) == n
	if !ranked {
		// A file written before the name ranker: its ranker is off.
		n -= rankBuckets
	}
	if len(w) != n {
		return nil, fmt.Errorf("%d weight bytes, want %d", 2*len(w), 2*(n+rankBuckets))
	}
	lm.w = w[:learnBuckets:learnBuckets]
	for c := range trust.Categories {
		i := learnBuckets + c*headBuckets
		lm.head.w[c] = w[i : i+headBuckets : i+headBuckets]
	}
	if ranked {
		lm.rank = w[n-rankBuckets:]
	}
	return lm, nil
}

// formatLearned writes w, bias, threshold, the head and the ranker's
// weights rank in parseLearned's format (writeWeights).
func formatLearned(w []float64, bias, threshold float64, head *learnedHead, rank []float64, comment string) []byte {
	hs := []weightsHeader{{"bias", fmt.Sprintf("%.6f", bias)}, {"threshold", fmt.Sprintf("%.4f", threshold)}}
	for c, k := range trust.Categories {
		hs = append(hs, weightsHeader{"head", fmt.Sprintf("%s %.6f", k, head.bias[c])})
	}
	all := make([]float64, 0, learnBuckets+len(trust.Categories)*headBuckets+rankBuckets)
	all = append(all, w...)
	for c := range trust.Categories {
		for _, x := range head.w[c] {
			all = append(all, float64(x))
		}
	}
	all = append(all, rank...)
	return writeWeights(comment, hs, all)
}

// feats is one item's hashed features; explain keeps their names too
// (for a rescued alert's why). Pooled: an item that reaches the rescue
// reuses the buffers of an earlier one.
type feats struct {
	idx     []uint32
	names   []string
	explain bool
	low     []byte   // the words lower-cased and stemmed, one after another
	spans   [][2]int // each word's span in low
	// cls is each word's class token when the model reads its class, not
	// the word (learnClass): "" for a word read as itself.
	cls    []string
	tw     []titleWord
	hits   []hit // the automaton's hits in title and lead
	nTitle int   // how many of hits are the title's
	// sigTitle: the rescue's signal is the title's; else the lead
	// sentence's (learnFeatures).
	sigTitle bool
}

var featsPool = sync.Pool{New: func() any {
	return &feats{idx: make([]uint32, 0, 256), low: make([]byte, 0, 1024), spans: make([][2]int, 0, 128), hits: make([]hit, 0, 64)}
}}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func fnvBytes(h uint32, s []byte) uint32 {
	for _, c := range s {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// add records the feature prefix+a(+" "+b).
func (f *feats) add(prefix string, a, b []byte) {
	h := fnvBytes(fnvString(fnvOffset, prefix), a)
	if b != nil {
		h = fnvBytes((h^' ')*fnvPrime, b)
	}
	f.idx = append(f.idx, h&(learnBuckets-1))
	if f.explain {
		n := prefix + string(a)
		if b != nil {
			n += " " + string(b)
		}
		f.names = append(f.names, n)
	}
}

// addS records the feature prefix+s.
func (f *feats) addS(prefix, s string) {
	f.idx = append(f.idx, fnvString(fnvString(fnvOffset, prefix), s)&(learnBuckets-1))
	if f.explain {
		f.names = append(f.names, prefix+s)
	}
}

// flag records a feature with no word: a structural fact.
func (f *feats) flag(name string) { f.addS(name, "") }

// stem lower-cases an ASCII word in place and cuts one inflection, so that
// "banned", "bans" and "banning" are "ban", "compromised" and
// "compromises" are "compromis", "backdoored" is "backdoor". Crude on
// purpose: a wrong cut is the same for every form of a word.
func stem(w []byte) []byte {
	for i, c := range w {
		if 'A' <= c && c <= 'Z' {
			w[i] = c + 'a' - 'A'
		}
	}
	n := len(w)
	switch {
	case n > 5 && string(w[n-3:]) == "ing":
		w = w[:n-3]
	case n > 4 && (string(w[n-2:]) == "ed" || string(w[n-2:]) == "es"):
		w = w[:n-2]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's':
		w = w[:n-1]
	case n > 4 && w[n-1] == 'e':
		w = w[:n-1]
	}
	// "bann", "hijack" stays: a doubled last consonant is one.
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}

// words appends the stemmed words of ws (at most max) to f.low and
// returns the index of the first in f.spans.
func (f *feats) words(ws []titleWord, max int) int {
	first := len(f.spans)
	for i, w := range ws {
		if i == max {
			break
		}
		s := len(f.low)
		f.low = append(f.low, w.text...)
		st := stem(f.low[s:])
		f.low = f.low[:s+len(st)]
		f.spans = append(f.spans, [2]int{s, len(f.low)})
		f.cls = append(f.cls, "")
	}
	return first
}

func (f *feats) word(i int) []byte { return f.low[f.spans[i][0]:f.spans[i][1]] }

// token is word i as the text features read it: its class token, else
// its stem.
func (f *feats) token(i int) []byte {
	switch f.cls[i] {
	case learnName:
		return learnNameB
	case learnPlace:
		return learnPlaceB
	case learnNum:
		return learnNumB
	}
	return f.word(i)
}

// text adds the unigrams and bigrams of the words from first to end,
// under prefixes u and b; a run of names is one name to the bigrams
// ("hacked <name> <name> client" pairs "hack <name>" and "<name> client").
func (f *feats) text(first, end int, u, b string) {
	for i := first; i < end; i++ {
		f.add(u, f.token(i), nil)
		if i+1 < end && !(f.cls[i] == learnName && f.cls[i+1] == learnName) {
			f.add(b, f.token(i), f.token(i+1))
		}
	}
}

// The class tokens (learnClass): the model reads that a name, a place or
// a number stands there, not which, so that its weights hold the wording
// around a vendor rather than the vendors and dates the training sets
// happened to tell of.
const (
	learnName  = "<name>"
	learnPlace = "<place>"
	learnNum   = "<num>"
)

var learnNameB, learnPlaceB, learnNumB = []byte(learnName), []byte(learnPlace), []byte(learnNum)

// learnDateWords are months and days, whole and cut ("Jan. 1"): a date,
// read as a number and never a name.
var learnDateWords = wordSet("january february march april june july august september october november",
	"december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday",
	"wednesday thursday friday saturday sunday")

// learnPlaceHalves are words of places that are mostly other words
// ("New", "South"): read as themselves.
var learnPlaceHalves = wordSet("new south north hong kong sri lanka zealand")

// learnPlaceWords are the places actors holds besides places'.
var learnPlaceWords = wordSet("us u.s usa uk u.k eu india indian canada canadian australia australian germany",
	"german france french japan taiwan italy italian britain british european america",
	"american washington moscow texas montana florida california york virginia ohio",
	"utah uae")

// learnClass sets the class token of the field's words from first on
// (tw its words as written): a word starting with a digit is a number; a
// place is a place unless a make (learnMakes: "Chinese", "Russia" tell
// the structure of a class action); a capitalised word is a name unless
// a word of the structure lists, a stop or generic word, or capitalised
// only for standing first (the field's first word, or, in a Title Case
// title, any word the lead sentence (lead) does not write capitalised
// too), or written as a brand ("TikTok", "3CX").
func (f *feats) learnClass(first, end int, tw []titleWord, title, titleCase bool, lead []titleWord) {
	for i := first; i < end; i++ {
		k := i - first
		if k >= len(tw) {
			break
		}
		t := tw[k].text
		w := f.word(i)
		if t == "" || learnMakes[string(w)] || learnAuthorities[string(w)] || learnEcosystems[string(w)] ||
			learnChannels[string(w)] || learnKinds[string(w)] || learnReporting[string(w)] {
			continue
		}
		if '0' <= t[0] && t[0] <= '9' {
			f.cls[i] = learnNum
			continue
		}
		lc := tw[k].lc()
		if learnDateWords[lc] {
			f.cls[i] = learnNum
			continue
		}
		if places[lc] && !learnPlaceHalves[lc] || learnPlaceWords[lc] {
			f.cls[i] = learnPlace
			continue
		}
		if !hasUpperOrDigit(t) || stopWords[lc] || generic[lc] {
			continue
		}
		switch {
		case brandLike(t) || len(t) > 1 && t == strings.ToUpper(t):
		case k == 0 || title && titleCase:
			if !capitalisedIn(lead, t) {
				continue
			}
		}
		f.cls[i] = learnName
	}
}

var kindNames = [...]string{kindVendor: "v", kindSignal: "s", kindReporterAfter: "r", kindReporterBefore: "r",
	kindRoutine: "o", kindTalk: "k", kindDecision: "d", kindMotive: "m", kindCue: "c"}

// fieldPrefixes are a field's feature prefixes (constants: no
// concatenation per item).
type fieldPrefixes struct{ kind, cat, strong, term string }

var (
	titlePrefixes = fieldPrefixes{"t", "ts:", "tS:", "tterm:"}
	leadPrefixes  = fieldPrefixes{"l", "ls:", "lS:", "lterm:"}
)

// hitFeatures adds what the automaton found in one field: each kind of
// term, a signal's category and strength and its term itself.
func (m *Matcher) hitFeatures(f *feats, hits []hit, p *fieldPrefixes) {
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			f.addS(p.kind, kindNames[r.kind])
			if r.kind == kindSignal {
				s := m.signals[r.idx]
				f.addS(p.cat, string(s.Category))
				if s.Weight >= 3 {
					f.addS(p.strong, string(s.Category))
				}
				f.addS(p.term, s.Term)
			}
		}
	}
}

// learnLead is the lead the model reads: the text's first sentence, as
// the rules' splitter ends it, within a bounded prefix, so that the
// features depend on no rule's reading of a lead. Callers strip a
// picture credit first (stripCredit): "Illustration by Alex Castro / The
// Verge" is no sentence, and its name never the subject.
func learnLead(text string) string {
	text = text[:min(len(text), 400)]
	// The rules' sentence splitter (sentences.go): a cut at every ". "
	// ended real leads at an abbreviation ("Montana becomes the first
	// U.S." — "... U.S. state to ban TikTok").
	var buf [1][2]int
	spans := sentenceSpansUpTo(text, buf[:0], 1)
	if len(spans) == 0 {
		return ""
	}
	return text[spans[0][0]:spans[0][1]]
}

// learnFeatures reads an item's features into f: the stemmed words and
// bigrams of the title and of the lead (learnLead), names, places and
// numbers read as their class (learnClass), a question mark, what
// the automaton finds of the lexicon (each kind of term but vendors, a
// signal's category, strength and term) and a few facts of structure
// (learnStructure). Nothing a rule decides enters, so the weights change
// only with the training files, the lexicon and these word lists
// (cmd/vendorwatch-train). It returns the heaviest signal of the title,
// else of the lead sentence (f.sigTitle says which), and ok when there is
// one: the rescue's precondition. The title's hits stay in
// f.hits[:f.nTitle], the lead sentence's after them.
//
// With need, an item without a signal in either is left unread: the
// rescue scores none (most items that reach it), training reads every
// item.
func (m *Matcher) learnFeatures(title, text string, f *feats, need bool) (sig trust.SignalHit, ok bool) {
	ss := m.ac.scan(scanState{hits: f.hits[:0], grow: true}, title)
	f.nTitle = len(ss.hits)
	lead := learnLead(stripCredit(text))
	ss = m.ac.scan(ss, lead)
	f.hits = ss.hits
	sig, ok = m.heaviest(f.hits[:f.nTitle])
	f.sigTitle = ok
	if !ok {
		// The vendor in the title, the action only in the lead's
		// first sentence ("Click Studios warns customers" — "attackers
		// compromised the upgrade mechanism").
		sig, ok = m.heaviest(f.hits[f.nTitle:])
	}
	if need && !ok {
		return sig, false
	}
	f.idx, f.names, f.low, f.spans, f.cls = f.idx[:0], f.names[:0], f.low[:0], f.spans[:0], f.cls[:0]
	if ok {
		f.addS("sig:", string(sig.Category))
		if !f.sigTitle {
			f.flag("sig-lead")
		}
	}
	m.hitFeatures(f, f.hits[:f.nTitle], &titlePrefixes)
	m.hitFeatures(f, f.hits[f.nTitle:], &leadPrefixes)
	if strings.HasSuffix(strings.TrimSpace(title), "?") {
		f.flag("question")
	}
	if commentary(title) {
		f.flag("commentary")
	}
	f.tw = appendTitleWords(f.tw[:0], title)
	nw := len(f.tw)
	f.tw = appendTitleWords(f.tw, lead)
	first := f.words(f.tw[:nw], 24)
	lfirst := f.words(f.tw[nw:], 40)
	f.learnClass(first, lfirst, f.tw[:nw], true, isTitleCase(f.tw[:nw]), f.tw[nw:])
	f.learnClass(lfirst, len(f.spans), f.tw[nw:], false, false, nil)
	if first < lfirst {
		f.add("t0:", f.token(first), nil)
	}
	f.text(first, lfirst, "t:", "tb:")
	learnStructure(f, first, lfirst, f.tw[:nw], &titlePrefixes)
	f.text(lfirst, len(f.spans), "l:", "lb:")
	learnStructure(f, lfirst, len(f.spans), f.tw[nw:], &leadPrefixes)
	return sig, ok
}

// heaviest is the heaviest signal among hits.
func (m *Matcher) heaviest(hits []hit) (sig trust.SignalHit, ok bool) {
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && (!ok || m.signals[r.idx].Weight > sig.Weight) {
				sig, ok = m.signals[r.idx], true
			}
		}
	}
	return sig, ok
}

// The structure the model reads beside words, by stem (learnStructure):
// an ecosystem's name, a channel an event ships through, an authority, a
// country's or foreign make, a kind of product a class action names, a
// word of reporting. Word lists, not rules: a family told in words the
// training sets never used still lights the same few features.
var (
	learnEcosystems = stemSet("npm", "pypi", "rubygems", "gem", "gems", "nuget", "maven", "packagist", "crates", "cargo",
		"pip", "composer", "cocoapods", "homebrew", "docker", "aur", "vscode", "marketplace", "open-vsx", "wordpress", "github")
	learnChannels = stemSet("update", "updates", "updater", "installer", "installers", "package", "packages", "extension",
		"extensions", "plugin", "plugins", "firmware", "library", "libraries", "sdk", "module", "modules", "release",
		"releases", "version", "versions", "build", "builds", "download", "downloads", "script", "scripts", "cdn",
		"repository", "action", "actions", "dependency", "dependencies", "upgrade", "driver", "drivers")
	learnAuthorities = stemSet("government", "governments", "agency", "agencies", "ministry", "department", "fcc",
		"commerce", "treasury", "pentagon", "cisa", "regulator", "regulators", "court", "judge", "congress", "senate",
		"lawmakers", "military", "army", "navy", "state", "states", "federal", "parliament", "cabinet", "council",
		"authorities", "officials", "administration", "white", "ofac", "bsi", "ncsc")
	learnMakes = stemSet("chinese", "china", "russian", "russia", "foreign", "chinese-made", "foreign-made", "adversary",
		"iranian", "north", "israeli", "beijing", "kremlin")
	learnKinds = stemSet("drone", "drones", "camera", "cameras", "router", "routers", "app", "apps", "telecom", "gear",
		"equipment", "phones", "smartphones", "chips", "modules", "antivirus", "software", "vehicles", "cars", "batteries",
		"inverters", "spyware")
	learnReporting = stemSet("researchers", "researcher", "finds", "found", "discovers", "discovered", "uncovers",
		"uncovered", "spots", "spotted", "warns", "warned", "says", "said", "report", "reports", "analysis", "study")
	learnAux = stemSet("was", "were", "been", "being", "is", "are", "get", "gets", "got")
)

// stemSet is a set of words as stem writes them.
func stemSet(ws ...string) map[string]bool {
	s := make(map[string]bool, len(ws))
	for _, w := range ws {
		s[string(stem([]byte(w)))] = true
	}
	return s
}

// learnStructure flags, once each, which of the lists above the field's
// stemmed words (from first on) hold, a package-like word (lower case
// with an inner hyphen, dot or slash, or an @scope), a passive (an
// auxiliary before a word ending in -ed or -en) and, in the title, a
// name first (a capitalised word not in the lists).
func learnStructure(f *feats, first, end int, tw []titleWord, p *fieldPrefixes) {
	var eco, ch, auth, made, kind, rep, pkg, pass bool
	for i := first; i < end; i++ {
		w := f.word(i)
		eco = eco || learnEcosystems[string(w)]
		ch = ch || learnChannels[string(w)]
		auth = auth || learnAuthorities[string(w)]
		made = made || learnMakes[string(w)]
		kind = kind || learnKinds[string(w)]
		rep = rep || learnReporting[string(w)]
		k := i - first
		if k < len(tw) {
			t := tw[k].text
			pkg = pkg || t != "" && t[0] == '@' || strings.ToLower(t) == t && strings.ContainsAny(t, "-./") && !isNumber(t) && len(t) > 3
			if learnAux[string(w)] && k+1 < len(tw) {
				n := tw[k+1].text
				pass = pass || strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en")
			}
		}
	}
	for _, b := range [...]struct {
		on   bool
		name string
	}{{eco, "+eco"}, {ch, "+chan"}, {auth, "+auth"}, {made, "+make"}, {kind, "+kind"}, {rep, "+rep"}, {pkg, "+pkg"},
		{pass, "+pass"}, {eco && pkg, "+eco+pkg"}, {made && kind, "+make+kind"}, {auth && kind, "+auth+kind"}} {
		if b.on {
			f.addS(p.kind, b.name) // "t+eco", "l+pass"
		}
	}
	if p == &titlePrefixes && first < end && len(tw) > 0 {
		t := tw[0].text
		if t != strings.ToLower(t) && !learnReporting[string(f.word(first))] && !learnAuthorities[string(f.word(first))] &&
			!learnMakes[string(f.word(first))] {
			f.flag("t0-name")
		}
	}
}

// rescueSource is where a rescued alert's candidate came from: the
// sources after rescueTitle reach items the rules found no name for, and
// need the model surer (learnSure).
type rescueSource uint8

const (
	// rescueTitle: a registry vendor of the title, or the name as
	// written the rules' extractors read as its signal's subject.
	rescueTitle rescueSource = iota
	// rescuePackage: a package named beside an ecosystem's or a
	// channel's word ("ua-parser-js npm package"), or the package the
	// lead names (leadPackageNamed).
	rescuePackage
	// rescueClass: no vendor, a class of products ("Chinese-made
	// drones") reaching the registry's vendors (classes.go).
	rescueClass
	// rescueLead: a registry vendor of the lead's first sentence, the
	// title naming none.
	rescueLead
	// rescueLeadName: a name as written in the lead's first sentence,
	// the title naming none (learnLeadName); at the title's threshold.
	rescueLeadName
	// rescueTitleName: a name of a sentence-case title that only its
	// capital confirms (learnTitleName); at learnSure.
	rescueTitleName
	// rescueTitleVendor: a registry vendor of the title that is not
	// reporting, nested or aside (learnTitleAside); rescueTitle's first
	// reader, with a bar of its own (rescueSure).
	rescueTitleVendor
	// rescueClassWritten: no candidate else, a government acting on a
	// kind of product the title writes, named as written
	// (learnClassWritten); at learnSure.
	rescueClassWritten
	// rescueRanked: no candidate else, the name the ranker scores best
	// (rankedCandidate, nocand25.go); at learnSure.
	rescueRanked
)

// rescueSourceNames name the sources in the trainer's report.
var rescueSourceNames = [...]string{"title", "package", "class", "lead", "lead name", "title name", "title vendor", "class written", "ranked"}

// rescueCandidate is who a rescued alert would be about, read by the
// rules' own extractors, and where it came from. First a registry vendor
// in the title that is not reporting or nested in another term, else
// (any_vendor) the name as written that nameNear finds as the title
// signal's subject, held to what unlisted holds a name to (a vendor's
// name, no threat actor, no reporter, confirmed as one, no described
// kind, no authority, no platform named for what it hosts, no name of
// the cause after the signal's clause: learnTitleAside; past a name
// refused, the title's next: learnTitleName): rescueTitle. Then a package the title names beside an
// ecosystem's word, a class of products the title names, the package the
// lead names and a registry vendor of the lead sentence, in that order;
// where the title's own readers name no one, names read from the
// headline's structure (rescue21.go): the name opening the title that
// tells of its own compromise, a package the lead writes after "of", a
// package-shaped title word, a project whose developers report in the
// lead.
// (The title's first name unconfirmed was tried too: on held-out files
// it named the wrong one more often than the right one.) A reporter ("JFrog spots ...")
// is never the candidate; no candidate, no rescue.
func (m *Matcher) rescueCandidate(title, text string, sig trust.SignalHit, f *feats) ([]trust.VendorHit, rescueSource, bool) {
	hits := f.hits[:f.nTitle]
	words := headline(titleWords(statementOnly(title)))
	if v, ok := m.registryCandidate(hits, func(term string) bool { return !learnTitleAside(words, term) }); ok {
		return []trust.VendorHit{v}, rescueTitleVendor, true
	}
	if len(words) == 0 {
		return nil, 0, false
	}
	if vs, src, ok := m.rescueRest(title, text, sig, f, words); ok {
		return vs, src, ok
	}
	// A platform named for what it hosts, when nothing else is named
	// ("Backdoor Found in WordPress Plugin With More Than 200,000
	// Installations"): Match's package readers (pk16Name) may read what
	// it hosts in the lead.
	if v, ok := m.registryCandidate(hits, func(term string) bool { return learnPlatformAside(words, term) }); ok {
		return []trust.VendorHit{v}, rescueTitle, true
	}
	if m.rules.AnyVendor {
		if n := learnTitleName(words, isTitleCase(words), nil, func(n string) bool { return vendorName(n) && learnPlatformAside(words, n) }); n != "" {
			return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}, rescueTitle, true
		}
	}
	return m.rankedCandidate(title, text, words) // nocand25.go
}

// rescueRest is rescueCandidate past the title's registry vendor.
func (m *Matcher) rescueRest(title, text string, sig trust.SignalHit, f *feats, words []titleWord) ([]trust.VendorHit, rescueSource, bool) {
	hits := f.hits[:f.nTitle]

	if m.rules.AnyVendor {
		leadWords := titleWords(m.lead(stripCredit(text)))
		m.mark(words, hits)
		// base is what named holds a name to but reporting: a reporter
		// telling of its own (learnOwnReport) is the subject.
		base := func(name string) bool {
			return vendorName(name) && !threatActor(words, name) && !threatActor(leadWords, name) &&
				!describedKind(name) && !kindNamed(name) && !reporterTail(words, name) &&
				!legalForms[strings.ToLower(name)] && !learnDateWords[strings.ToLower(name)] && !operationNamed(words, name) && !planNamed(words, name) &&
				!campaignNamed(words, name) && !campaignNamed(leadWords, name) && !learnTitleAside(words, name)
		}
		named := func(name string) bool { return base(name) && !reporterHead(words, name) }
		loose := func(name string) bool { return named(name) && !startsAsWritten(words, name, leadWords) }
		titleCase := isTitleCase(words)
		accept := func(name string) bool {
			if !titleCase && strings.Contains(name, " ") && startsAsWritten(words, name, leadWords) {
				// Two capitalised words at a sentence-case title's start
				// are a name, not a word capitalised for standing first
				// ("Gravity Forms plugin backdoored ...").
				return named(name) && loose(strings.SplitN(name, " ", 2)[1])
			}
			return loose(name) && (confirmed(name, words, true, leadWords) || m.isKnown(name))
		}
		if f.sigTitle {
			sigs := [1]trust.SignalHit{sig}
			if n := m.nameNear(words, hits, sigs[:], titleCase, accept); n != "" {
				return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}, rescueTitle, true
			}
		}
		// The signal's subject stands away from it ("Backdoors and 28
		// vulnerabilities found in FiberHome networking devices"): the
		// title's first name, as unlisted takes it for spying.
		if n := learnTitleName(words, titleCase, leadWords, accept); n != "" {
			return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}, rescueTitle, true
		}
		// The name that opens the title telling of its own compromise
		// ("Cyberhaven says it was hacked ...").
		if n := learnOwnReport(words); n != "" && base(n) && !stopWords[strings.ToLower(n)] && !actors[strings.ToLower(n)] && !generic[strings.ToLower(n)] && !learnResearchers[strings.ToLower(n)] {
			return []trust.VendorHit{m.hitFor(n)}, rescueTitle, true
		}
		// In a sentence-case title a capital away from the start names
		// ("US delists crypto mixer Tornado Cash"); with the lead not
		// writing it, the model must be surer.
		if !titleCase {
			sentence := func(name string) bool { return loose(name) && confirmed(name, words, false, leadWords) }
			if n := learnTitleName(words, titleCase, leadWords, sentence); n != "" {
				return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}, s22TitleNameSource(title, words, n), true
			}
		}
		if n := learnTitlePackage(words, leadWords); n != "" && loose(n) {
			return []trust.VendorHit{m.hitFor(n)}, rescuePackage, true
		}
		if vs := m.learnClass(words, nil, sig, f); len(vs) > 0 {
			return vs, rescueClass, true
		}
		// The lead's package, a channel or an ecosystem named in the
		// title or the lead ("Popular software update hijacked" — "the
		// zorb-utils package was hijacked").
		ls := learnLead(stripCredit(text))
		lw := titleWords(ls)
		if inWords(words, leadChannels) || inWords(words, learnEcoWords) || inWords(lw, leadChannels) || inWords(lw, learnEcoWords) {
			if n := leadPackageNamed(lw, ls); n != "" && vendorName(n) && !registryWord(n) && !threatActor(lw, n) && !learnModifier(lw, n) {
				return []trust.VendorHit{m.hitFor(n)}, rescuePackage, true
			}
		}
		// A package-shaped title word beside a channel's word, no
		// ecosystem named (recall18.go).
		if n := learnTitleCodeName(words); n != "" && loose(n) {
			return []trust.VendorHit{m.hitFor(n)}, rescuePackage, true
		}
		// A package the lead writes as code after "of" with its releases
		// or people before ("Versions ... of ua-parser-js", "The
		// maintainer of node-ipc").
		if n := learnLeadCodeOf(lw); n != "" && vendorName(n) && !threatActor(lw, n) {
			return []trust.VendorHit{m.hitFor(n)}, rescuePackage, true
		}
		// A package-shaped title word with no channel's word beside it; a
		// lower-case word is as written, first or not (named, not loose).
		eco := inWords(words, leadChannels) || inWords(words, learnEcoWords) || inWords(lw, leadChannels) || inWords(lw, learnEcoWords)
		if n := learnTitleCode(words, eco); n != "" && named(n) {
			return []trust.VendorHit{m.hitFor(n)}, rescuePackage, true
		}
		if v, ok := m.registryCandidate(f.hits[f.nTitle:], nil); ok {
			return []trust.VendorHit{v}, rescueLead, true
		}
		// The lead's class, after its vendors and packages (which it
		// would otherwise hide) and before its names (a class event's
		// lead names its minister or its law, not a vendor).
		if vs := m.learnClass(words, leadWords, sig, f); len(vs) > 0 {
			return vs, rescueClass, true
		}
		if n := learnLeadName(lw, words, m.isKnown); n != "" {
			return []trust.VendorHit{m.hitFor(n)}, rescueLeadName, true
		}
		if vs := m.learnClassWritten(words, leadWords, sig, f); len(vs) > 0 {
			return vs, rescueClassWritten, true
		}
		if n := pk25LeadPackage(words, lw, ls); n != "" {
			return []trust.VendorHit{m.hitFor(n)}, rescuePackage, true // pk25.go: the lead's package by its role or its code
		}
		return nil, 0, false
	}
	if vs := m.learnClass(words, nil, sig, f); len(vs) > 0 {
		return vs, rescueClass, true
	}
	if v, ok := m.registryCandidate(f.hits[f.nTitle:], nil); ok {
		return []trust.VendorHit{v}, rescueLead, true
	}
	return nil, 0, false
}

// learnTitleName is the title's first name that accept holds to be the
// subject, read as firstName reads one ("Leaked files show Chinese firm
// i-Soon hacked ...": "Leaked" is capitalised for standing first, so
// i-Soon).
func learnTitleName(words []titleWord, titleCase bool, lw []titleWord, accept func(string) bool) string {
	for i := 0; i < len(words); i++ {
		n := subjectRun(words, i, 1, titleCase)
		if n == "" {
			continue
		}
		// A run's later words are no name of their own ("Typhoon" of
		// "Salt Typhoon", a threat group).
		k := len(strings.Fields(n))
		j := i
		for j < len(words) && words[j].text != strings.Fields(n)[0] {
			j++
		}
		if fs := strings.Fields(n); k > 1 && isNumber(fs[0]) && brandLike(fs[1]) {
			// A count before a brand ("93 AccessPress themes and plugins
			// backdoored"): the name is the brand's.
			n, j, k = strings.Join(fs[1:], " "), j+1, k-1
			i = j
		}
		if j+k < len(words) && learnDescNouns[words[j+k].lc()] && k == 1 || isNumber(strings.Fields(n)[0]) ||
			j > 0 && words[j-1].stop && !confirmed(n, words, true, lw) {
			// "Western firm": a description; "200,000 Installations": a
			// count; "FDA: Unplug these ...": capitalised for starting a
			// sentence after the colon.
			i = j + k - 1
			continue
		}
		lw := words[i].lc()
		if stopWords[lw] || actors[lw] || generic[lw] || activeVerb(lw) {
			continue
		}
		if next := i + len(strings.Fields(n)); next < len(words) && words[next].marked {
			continue
		}
		if accept(n) {
			return n
		}
		i = j + k - 1
	}
	return ""
}

// learnTitleAside: a name of the title stands aside from what it
// reports: an authority or a leader ("FDA: Unplug these patient
// monitors", "Defence to remove Chinese-made cameras", "As Trump
// entertains Xi, ..."), a platform named for what it hosts
// ("Backdoor in premium WordPress plugin", "Hijacked Rust crate", "Amazon
// Q extension for VS Code"), or a name of the cause after the signal's
// clause ("Neobit among Russian tech firms sanctioned over SolarWinds
// hack", "... after TSMC die found in Huawei AI processor").
func learnTitleAside(words []titleWord, name string) bool {
	l := strings.ToLower(name)
	if learnGovWords[l] || learnAuthorities[string(stem([]byte(l)))] || learnAgencies[l] || leaders[l] {
		return true
	}
	parts := strings.Fields(name)
	i := slices.IndexFunc(words, func(w titleWord) bool { return strings.EqualFold(w.text, parts[0]) })
	if i < 0 {
		return false
	}
	if learnPlatformAside(words, name) {
		return true
	}
	for k := 1; k < i; k++ {
		if oneOf(words[k].lc(), "over", "after") {
			return true
		}
	}
	return false
}

// learnPlatformAside: the title's name is a platform named for what it
// hosts (learnPlatformNamed), away from the title's start.
func learnPlatformAside(words []titleWord, name string) bool {
	parts := strings.Fields(name)
	i := slices.IndexFunc(words, func(w titleWord) bool { return strings.EqualFold(w.text, parts[0]) })
	return i > 0 && learnPlatformNamed(words, i, i+len(parts), strings.ToLower(name))
}

// learnPlatformNamed: the name l, words[i:end], is a platform named for
// what it hosts: followed by a channel ("WordPress plugin", "Rust
// crate", within three words) or after "for" or "on" ("extension for VS
// Code").
func learnPlatformNamed(words []titleWord, i, end int, l string) bool {
	flat := strings.ReplaceAll(l, " ", "")
	if !learnEcoWords[flat] && !learnEcosystems[string(stem([]byte(flat)))] && !learnPlatformWords[flat] {
		return false
	}
	for k := end; k < len(words) && k < end+3; k++ {
		if l := words[k].lc(); leadChannels[l] || learnHosted[l] {
			return true // "Kubernetes ingress controller image"
		}
	}
	return i > 0 && oneOf(words[i-1].lc(), "for", "on")
}

// learnModifier: a plain lower-case word the lead writes before another
// word than a channel or a conjunction ("the premium WordPress plugin", "the video
// conferencing app"): it describes, it does not name.
func learnModifier(lw []titleWord, n string) bool {
	if n != strings.ToLower(n) || learnCodeName(n) {
		return false
	}
	for i := 0; i+1 < len(lw); i++ {
		if lw[i].text == n {
			next := lw[i+1].lc()
			return !lw[i].stop && !lw[i].slash && next != "and" && next != "or" && !leadChannels[next] && !learnReleases[next] && !learnHosted[next] && !learnEcoWords[next]
		}
	}
	return false
}

// learnAgencies are authorities a title names as it would a company.
var learnAgencies = wordSet("defence defense fda ftc fbi doj nsa sec dhs")

// learnPlatformWords are languages and platforms whose packages a title
// names by them ("Rust crate", "Terraform provider"); learnHosted what
// they host beside leadChannels.
var (
	learnPlatformWords = wordSet("rust python php ruby javascript java go kubernetes terraform vscode")
	learnHosted        = wordSet("crate crates provider providers gem gems image images account accounts store")
)

// learnDescNouns follow a word that describes a company rather than
// names it ("Western firm", "Russian companies").
var learnDescNouns = wordSet("firm firms company companies")

// learnLeadName is the first name of the lead's sentence lw that can be
// the subject of what a title reports without naming it ("Printer maker's
// official drivers bundled with infostealer" — "The official driver
// download of Jellyset, a maker of label printers, shipped ..."; "Dutch
// certificate authority hacked" — "DigiNotar confirmed intruders ..."):
// not the sentence's first word unless written as a brand or known
// (known: the registry's names-only tier, "Camerfirma said ..."; a
// first word is otherwise capitalised for standing first), nor a reporter ("ESET found that")
// unless of its own ("its update server"), an authority, a place,
// attackers or malware (of the lead or of the title's words), a campaign
// or a kind. Its source needs the title's threshold, not learnSure: on
// the trainer's held-out folds (go run ./cmd/vendorwatch-train -cv) it
// named 14 right and 2 wrong at 0.95, with no look-alike and no real
// non-event, as against 12 and 2 at 0.98.
func learnLeadName(lw, words []titleWord, known func(string) bool) string {
	for i := 0; i < len(lw); i++ {
		n := subjectRun(lw, i, 1, false)
		if n == "" {
			continue
		}
		parts := strings.Fields(n)
		j := i
		for j < len(lw) && lw[j].text != parts[0] {
			j++
		}
		i = j + len(parts) - 1
		l := strings.ToLower(parts[0])
		if stopWords[l] || actors[l] || generic[l] || activeVerb(l) || !vendorName(n) || legalForms[strings.ToLower(n)] ||
			threatActor(lw, n) || threatActor(words, n) || describedKind(n) || kindNamed(n) || campaignNamed(lw, n) ||
			operationNamed(lw, n) || learnLeadNotNames[strings.ToLower(n)] || learnDateWords[l] || i+1 < len(lw) && lw[i+1].text == "group" {
			continue
		}
		// A name reporting what befell its own ("Zentrik said attackers
		// replaced an installer on its download server") is the subject,
		// first word or not; another reporter, or a word capitalised for
		// standing first, is not.
		if learnLeadAside(lw, j, i+1, l) {
			continue
		}
		if learnKeeperReport(lw, i) {
			return n // "Webmin developers say a compromised build server ..."
		}
		reporter := reporterHead(lw, n) || i+1 < len(lw) && learnResearchers[lw[i+1].lc()]
		own := (reporter || i+1 < len(lw) && learnOwnVerbs[lw[i+1].text]) && ownNext(lw[i+1:])
		if !own && (reporter || j == 0 && !brandLike(parts[0]) && (known == nil || !known(n))) {
			continue
		}
		return n
	}
	return ""
}

// learnLeadAside: the name from lw[j] to lw[end] (its first word l
// lower-cased) stands aside from what befell the subject: a place it was
// downloaded from or done on ("downloaded from SourceForge", "actions on
// Instagram accounts"), an agent ("bought by Funnull", "Tests by
// Ruter"), an authority ("the Ministry of Digital Development", "The
// Defense Department", "The Cabinet"), or a word describing a company
// ("Western companies").
func learnLeadAside(lw []titleWord, j, end int, l string) bool {
	if learnGovWords[l] || learnAuthorities[string(stem([]byte(l)))] || learnAgencies[l] ||
		learnPlatformNamed(lw, j, end, strings.ToLower(joinWords(lw[j:end]))) {
		return true
	}
	if j > 0 {
		switch prev := lw[j-1].lc(); {
		case prev == "on":
			return true
		case j > 1 && (prev == "from" || prev == "through" || prev == "via"):
			if learnFetched[lw[j-2].lc()] {
				return true
			}
		case j > 1 && prev == "by":
			if b := lw[j-2].lc(); learnBought[b] || learnReporting[string(stem([]byte(b)))] {
				return true
			}
		}
	}
	if j > 1 && lw[j-1].lc() == "of" && learnAuthorities[string(stem([]byte(lw[j-2].lc())))] {
		return true
	}
	if end < len(lw) {
		next := lw[end].lc()
		return learnAuthorities[string(stem([]byte(next)))] || learnDescNouns[next] && end == j+1
	}
	return false
}

// learnFetched are where a download came from, never its maker
// ("downloaded from SourceForge"); learnBought an owner who bought it
// ("bought by Funnull"), who is not what the title reports on.
var (
	learnFetched = wordSet("downloaded distributed hosted served fetched pulled mirrored")
	learnBought  = wordSet("bought acquired purchased tests test")
)

// learnResearchers after a name make it a reporter ("ESET researchers
// have discovered ...").
var learnResearchers = wordSet("researchers researcher analysts experts")

// ownNext: the words after a reporting name write "its" or "our" before
// any other name: what befell is the reporter's own ("Zentrik said on
// Monday that attackers replaced an installer on its download server"),
// not another's ("ESET says attackers compromised the website of the
// Vietnam Government Certification Authority and swapped two of its
// client installers").
func ownNext(ws []titleWord) bool {
	for _, w := range ws {
		l := w.lc()
		if l == "its" || l == "our" {
			return true
		}
		if hasUpperOrDigit(w.text) && !stopWords[l] && !learnDateWords[l] && !isNumber(w.text) {
			return false
		}
	}
	return false
}

// learnOwnVerbs: a company telling of a compromise of its own ("X
// confirmed that an update server used by its phones was compromised").
var learnOwnVerbs = wordSet("confirmed confirms disclosed discloses admitted admits acknowledged acknowledges")

// learnLeadNotNames are capitalised words a lead uses as nouns of its
// subject ("in their CI pipelines", "government PCs", "units of the
// PLA"), never the vendor. A name followed by a lower-case "group" is a
// threat group ("the Lazarus group"), where a company writes its own
// ("NSO Group").
var learnLeadNotNames = wordSet("ci pcs pla cdn dns vpn api sdk sdks pc os it iot ot ssh tls ssl pii")

// registryCandidate is the first registry vendor of hits (one field's)
// that is not reporting or nested in another term.
func (m *Matcher) registryCandidate(hits []hit, keep func(term string) bool) (trust.VendorHit, bool) {
	for i, h := range hits {
		if !m.hasVendor[h.pat] || m.nested(hits, i, kindVendor) || m.reported(hits, i) {
			continue
		}
		for _, r := range m.refs[h.pat] {
			if r.kind == kindVendor {
				vt := m.vendorTerms[r.idx]
				if keep != nil && !keep(vt.term) {
					break
				}
				rv := m.vendors[vt.vendor]
				return trust.VendorHit{Name: rv.Name, Term: vt.term, Guild: rv.Guild}, true
			}
		}
	}
	return trust.VendorHit{}, false
}

// learnEcoWords are the ecosystems a title names a package by: "npm
// package", "PyPI library", "ua-parser-js npm".
var learnEcoWords = wordSet(`npm pypi rubygems nuget maven packagist crates.io pip composer
	cocoapods homebrew`)

// learnReleases are what a package ships beside leadChannels' words.
var learnReleases = wordSet("release releases version versions wheel wheels build builds")

// learnTitlePackage is a package the title writes beside an
// ecosystem's word: "npm package ua-parser-js", "ua-parser-js npm
// package", "PyPI package ctx", "two ultralytics releases on PyPI". A
// word written as code (an inner hyphen, dot, underscore or slash, or an
// @scope) is a package's name; a plain lower-case word only when the
// lead sentence (lw) writes it again ("npm package manager" is none).
func learnTitlePackage(words, lw []titleWord) string {
	named := func(w string) bool {
		if learnCodeName(w) {
			return true
		}
		if w != strings.ToLower(w) || len(w) < 3 || isNumber(w) || stopWords[w] || generic[w] || leadChannels[w] ||
			quantities[w] || learnEcoWords[w] || learnReleases[w] || registryWord(w) {
			return false
		}
		for _, l := range lw {
			if strings.EqualFold(l.text, w) {
				return true // "Ultralytics" in the lead for "ultralytics releases"
			}
		}
		return false
	}
	eco := false
	for i, w := range words {
		l := w.lc()
		if eco = eco || learnEcoWords[l]; !leadChannels[l] && !learnReleases[l] || i == 0 || words[i-1].stop {
			continue
		}
		// The word before the channel, the ecosystem anywhere in the
		// title.
		if p := words[i-1].text; !learnEcoWords[p] && (eco || inWords(words[i:], learnEcoWords)) && named(p) {
			return p
		}
	}
	for i, w := range words {
		if !learnEcoWords[w.lc()] {
			continue
		}
		j := i + 1
		if j < len(words) && leadChannels[words[j].lc()] {
			j++
		}
		if j > i+1 && j < len(words) && !words[j-1].stop && named(words[j].text) {
			return words[j].text
		}
		if i > 0 && !words[i-1].stop && learnCodeName(words[i-1].text) {
			return words[i-1].text
		}
	}
	return ""
}

// learnCodeName: a word written as a package's name: lower case with an
// inner hyphen, dot, underscore or slash, or an @scope.
func learnCodeName(w string) bool {
	if w == "" || isNumber(w) {
		return false
	}
	return w[0] == '@' || w == strings.ToLower(w) && strings.ContainsAny(w, "-._/") && !hyphenAdjective(w)
}

// learnGovWords are a government acting, as a title writes it.
var learnGovWords = wordSet(`government governments agency agencies ministry department pentagon military
	army navy governor state states federal fcc commerce treasury cisa congress senate
	parliament cabinet council officials administration lawmakers regulator regulators dod`)

// learnClass is a class action's vendors: the title names a class of
// products with its make ("Chinese-made drones", class) and a government
// acting (a newspaper barring Chinese apps is no event), the signal or
// the learned head reads an action on a class (classCategory: "Agency
// warns Chinese-made routers could be sending data to China" is a
// directive by the head, espionage by its signal), and the registry's
// vendors of that class are reached (reachClass).
func (m *Matcher) learnClass(words, lw []titleWord, sig trust.SignalHit, f *feats) []trust.VendorHit {
	if !classCategory(sig.Category) && (m.learned == nil || !classCategory(m.learned.head.category(f.idx))) {
		return nil
	}
	phrase, country, category, ok := class(words)
	cw := words
	if !ok && lw != nil {
		// The title names the action, the lead sentence its class
		// ("Seimas votes to cut Chinese remote access to ... farms" —
		// "... barring Chinese inverter makers from ...").
		// A kind without its country is the title's to name: the lead's
		// "should not install apps on work phones" names no class.
		phrase, country, category, ok = class(lw)
		ok = ok && (country != "?" || category == "")
		cw = lw
	}
	if !ok {
		// A kind named by its makers' ties at more length than class
		// reads (rescue22.go).
		return m.learnConcern(words, lw)
	}
	if describedBy(cw, phrase) || listName(cw, phrase) || learnOneFirm(cw, phrase) || !learnGovActs(words) && !learnGovActs(lw) {
		return nil
	}
	vs := m.reachClass(cw, phrase, country, category)
	if len(vs) > 0 && vs[0].Unlisted && (country == "" || !learnTechy(words) && !learnTechy(lw)) {
		// A class the registry has no vendor of is named as written only
		// where technology is at stake ("Canada bans Chinese firms from
		// buying stakes in lithium miners" is about investment) and of a
		// country: "foreign" another state's advice is about ("UK
		// government advises users to update surveillance cameras from
		// foreign adversaries") reaches no one.
		return nil
	}
	return vs
}

// learnOneFirm: the class phrase is the kind of one company named after
// it ("Commerce blacklists Chinese chip designer after ..."): a named
// event whose name the title leaves out, no class.
func learnOneFirm(words []titleWord, phrase string) bool {
	last := strings.Fields(phrase)
	for i := 0; i+1 < len(words); i++ {
		if words[i].text == last[len(last)-1] && !words[i].stop {
			return learnFirmNouns[words[i+1].lc()]
		}
	}
	return false
}

// learnFirmNouns are one company, as companyNouns are many.
var learnFirmNouns = wordSet("company firm entity vendor maker supplier manufacturer business developer designer provider startup giant")

// learnTechy: a word of words, or a part of a hyphenated one
// ("surveillance-camera"), is technology's (techWords).
func learnTechy(words []titleWord) bool {
	for _, w := range words {
		for p := range strings.SplitSeq(w.lc(), "-") {
			if techWords[p] {
				return true
			}
		}
	}
	return false
}

// learnGovActs: a government acts in the title: its words
// (learnGovWords), a head of state, a department, or a state as the
// subject of an action ("India requires source code review for Chinese
// CCTV cameras", "Australia to ban ...").
func learnGovActs(words []titleWord) bool {
	if inWords(words, learnGovWords) || govActor(words) || departmentActs(words) {
		return true
	}
	if len(words) < 2 {
		return false
	}
	first, next := words[0].lc(), words[1].lc()
	if !otherStates[first] && !oneOf(first, "us", "u.s.", "america") || words[0].stop {
		return false
	}
	return activeVerb(next) || oneOf(next, "to", "will", "requires", "moves", "tells", "asks", "urges")
}

// operationNamed: the name follows "Operation" or "campaign" ("'Operation
// Tradesecret' spy campaign", "Operation StealthyTrident"): a campaign's
// name, no vendor's.
func operationNamed(words []titleWord, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	for i := 1; i < len(words); i++ {
		if words[i].text == first && oneOf(words[i-1].lc(), "operation", "campaign") {
			return true
		}
	}
	return false
}

// planNamed: the name is followed by a word of a policy's ("'Clean
// Network' plan", "Rip and Replace program", "CHIPS Act"): a government's
// programme, no vendor.
func planNamed(words []titleWord, name string) bool {
	parts := strings.Fields(name)
	last := parts[len(parts)-1]
	for i := 0; i+1 < len(words); i++ {
		if words[i].text == last {
			return learnPlanWords[words[i+1].lc()]
		}
	}
	return false
}

var learnPlanWords = wordSet(`plan plans program programme initiative act bill law policy strategy
	framework rule order list scheme`)

// legalForms alone are no name: "e-commerce monitoring GmbH" is named
// by the words before.
var legalForms = wordSet("gmbh inc ltd llc corp ag sa bv plc co")

// reporterHead: the name is followed by a verb of reporting ("JFrog
// spots malicious packages"): it is the reporter, not the subject.
func reporterHead(words []titleWord, name string) bool {
	parts := strings.Fields(name)
	for i := 0; i+len(parts) < len(words); i++ {
		if words[i].text == parts[0] && words[i+len(parts)-1].text == parts[len(parts)-1] {
			next := lower(words[i+len(parts)])
			return reporterVerbs[next] || oneOf(next, "spots", "uncovers", "flags", "detects", "details", "exposes", "warned")
		}
	}
	return false
}

// startsAsWritten: a name that begins the title with a word capitalised
// only for being first ("Orphaned AUR packages") is a description unless
// the word is written like a brand or capitalised inside the lead.
func startsAsWritten(words []titleWord, name string, lw []titleWord) bool {
	first, _, _ := strings.Cut(name, " ")
	if len(words) == 0 || words[0].text != first || brandLike(first) || first == strings.ToUpper(first) && len(first) > 1 {
		return false
	}
	for i := 1; i < len(lw); i++ {
		if lw[i].text == first {
			return false
		}
	}
	return true
}

// score is the model's probability for f's features, with extra added
// to the sum.
func (lm *learnedModel) score(f *feats, extra float64) float64 {
	z := lm.bias + extra
	for _, i := range f.idx {
		z += float64(lm.w[i])
	}
	return 1 / (1 + math.Exp(-z))
}

// learnSure is the probability a candidate of a source after
// rescueTitle needs: chosen on the held-out folds (go run
// ./cmd/vendorwatch-train -cv, by source), where those sources' false
// alerts on real news would cost most.
const learnSure = 0.98

// rescue is Match's last turn for an item the rules made no alert of.
func (m *Matcher) rescue(title, text string) (trust.Alert, bool) {
	return m.rescueBand(title, text, nil)
}

// rescueBand is rescue; with band not nil, an item under its
// candidate's bar by at most rescueBandWidth alerts too when band
// accepts it (early24.go).
func (m *Matcher) rescueBand(title, text string, band func(title, text string, u unit, src rescueSource) bool) (trust.Alert, bool) {
	lm := m.learned
	f := featsPool.Get().(*feats)
	defer featsPool.Put(f)
	f.explain = false
	sig, ok := m.learnFeatures(title, text, f, true)
	if !ok {
		return trust.Alert{}, false
	}
	p := lm.score(f, 0)
	if band == nil && p < lm.threshold || band != nil && p < lm.threshold-rescueBandWidth {
		return trust.Alert{}, false
	}
	vs, src, ok := m.rescueCandidate(title, text, sig, f)
	if !ok || band == nil && p < rescueSure(src) || band != nil && p < rescueSure(src)-rescueBandWidth {
		return trust.Alert{}, false
	}
	inBand := p < rescueSure(src)
	u, ok := rescueUnit(title, vs, sig, src)
	if !ok {
		return trust.Alert{}, false
	}
	rulesCat := u.category
	u.category = headCategory(lm.head.category(f.idx), u.category)
	if !rescueHeldText(src, u.category, title, text, u.vendors) || inBand && !band(title, text, u, src) {
		return trust.Alert{}, false
	}
	inTitle := f.sigTitle && (src <= rescuePackage || src == rescueTitleName || src == rescueTitleVendor)
	// Read again with names, for why: a rescue is rare.
	f.explain = true
	m.learnFeatures(title, text, f, true)
	f.explain = false
	a := trust.Alert{
		Vendors:  u.vendors,
		Signals:  append(u.signals, trust.SignalHit{Term: lm.why(f, p, rulesCat, u.category), Category: u.category, Weight: math.Round(p*100) / 100}),
		Category: u.category,
		Score:    m.rules.Threshold,
		Severity: m.rules.SeverityFor(m.rules.Threshold),
		InTitle:  inTitle,
		Across:   !inTitle,
		Coverage: commentary(title),
	}
	a.Evidence = clean(title)
	if !inTitle {
		a.Evidence += " — " + clean(learnLead(stripCredit(text)))
	}
	if a.Category == trust.CategoryReversal {
		a.Severity = min(a.Severity, trust.SeverityMedium)
	}
	a.Summary = Summarize(a.Evidence, title, text)
	return a, true
}

// learnDenials are a title's verbs of denying what it reports ("X
// maintainers deny package was compromised", "Y refutes claims of a
// ban"): the rescue has no reader for the claim a denial is about.
var learnDenials = wordSet("deny denies denied denying refute refutes refuted dismiss dismisses dismissed")

// learnTechNames are algorithms and protocols a title names as it would a
// vendor ("certificates with weak SHA-1 signatures"): never one.
var learnTechNames = wordSet("sha-1 sha1 sha-256 md5 tls ssl rsa ecc dsa ssh http https dns")

// rescueHeld holds a candidate to its category: an algorithm is no
// vendor (learnTechNames); a browser or root
// program is who distrusts ("Chrome to stop trusting certificates with
// weak SHA-1 signatures"), never the distrusted; a class is only ever
// acted on (classCategory); and a ban, directive or sanction about the
// lead's vendor needs a government in the title ("Swedish newspaper bars
// staff from using Chinese apps" is a company's rule).
func rescueHeld(src rescueSource, c trust.Category, title string, vs []trust.VendorHit) bool {
	if n := strings.ToLower(vs[0].Term); learnTechNames[n] || c == trust.CategoryDistrust && rootPrograms[n] {
		return false
	}
	// A title that denies what it reports ("maintainers deny NuGet
	// package was compromised") is no event, whatever the model reads in
	// its words. (Refusing a registry's name as the candidate too was
	// tried: it lost an unread batch's package row whose project is named
	// as its registry is.)
	if hasWordIn(title, learnDenials) {
		return false
	}
	switch src {
	case rescueClass, rescueClassWritten:
		// The rules' steps not taken (a ban proposed, what a bill would
		// do, an authority urged) stay silent for the rescue too.
		return classCategory(c) && !cl15Vetoed(title, unit{ok: true, category: c, vendors: vs})
	case rescueLead, rescueLeadName, rescueRanked:
		if c == trust.CategoryBan || c == trust.CategoryDirective || c == trust.CategorySanctions {
			return learnGovActs(titleWords(title))
		}
	}
	return true
}

// rescueUnit is a rescued alert's unit, read as settle reads the rules'
// candidates: a vendor only compared with ("3CX-style supply chain
// attack") is none (ok false); an action undone ("drops Xiaomi from ...
// list") is a reversal, and the title's shapes (category.go) set the
// category beyond the heaviest signal's. A class's vendors are not
// compared.
func rescueUnit(title string, vs []trust.VendorHit, sig trust.SignalHit, src rescueSource) (unit, bool) {
	u := unit{category: sig.Category, signals: []trust.SignalHit{sig}, vendors: vs, inTitle: true}
	if src != rescueClass && src != rescueClassWritten && !dropCompared(title, &u) {
		return u, false
	}
	if term, ok := reversalShape(title); ok && u.category != trust.CategoryReversal {
		u.category = trust.CategoryReversal
		u.signals = append([]trust.SignalHit{{Term: term, Category: trust.CategoryReversal, Weight: 5}}, u.signals...)
		return u, true
	}
	recategorize(title, &u)
	return u, true
}

// why names the model's probability and its three heaviest positive
// contributions, and, when the category head chose cat over the rules'
// signal's rulesCat, says so: "learned 0.93 (t:ban +1.20, cand:regt
// +0.80, ...; category by the learned head, not compromise)".
func (lm *learnedModel) why(f *feats, p float64, rulesCat, cat trust.Category) string {
	type c struct {
		name string
		w    float64
	}
	cs := make([]c, 0, len(f.names))
	for i, n := range f.names {
		// A feature read twice ("ls:directive" for two hits) is named
		// once; its weight counts each time in the score.
		if !slices.ContainsFunc(cs, func(x c) bool { return x.name == n }) {
			cs = append(cs, c{n, float64(lm.w[f.idx[i]])})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].w > cs[j].w })
	var b strings.Builder
	fmt.Fprintf(&b, "learned %.2f (", p)
	for i := 0; i < len(cs) && i < 3 && cs[i].w > 0; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %+.2f", strings.ToValidUTF8(cs[i].name, "?"), cs[i].w)
	}
	if cat != rulesCat {
		// The category head chose another category than the signal's.
		fmt.Fprintf(&b, "; category by the learned head, not %s", rulesCat)
	}
	b.WriteString(")")
	return b.String()
}

// kindNamed: a name of one or two words ending in a kind of product
// ("SDK", "Mobile SDK", "JavaScript CDN") describes what was turned; the
// rules' shapes find its name in the lead, the rescue does not.
func kindNamed(name string) bool {
	parts := strings.Fields(name)
	last := strings.ToLower(parts[len(parts)-1])
	return len(parts) <= 2 && (productKinds[last] || shippedKinds[last] || last == "cdn")
}
