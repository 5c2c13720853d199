package match

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"encoding/binary"
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
// with a signal of the lexicon in its title is scored by a logistic
// regression over hashed features (words and bigrams of title and lead,
// crudely stemmed, and what the automaton found of the lexicon), and,
// past its threshold, alerts on the vendor candidate the rules' own
// extractors confirm (rescueCandidate). Ten rounds of
// hand-written shapes learned wordings; the model reads the same evidence
// by weight, so a family told in a new wording may still reach it.
// cmd/vendorwatch-train reproduces the weights (learned.txt) from the
// labelled sets; docs/detection.md, "The learned scorer".

// learnBuckets is the number of hashed feature buckets (a power of two).
const learnBuckets = 1 << 16

// learnScale is the weights' fixed point: a stored int16 w is w/learnScale.
const learnScale = 1024

//go:embed learned.txt
var learnedFile []byte

// learnedModel is a trained scorer: a weight per bucket, a bias and the
// probability an item must reach to alert.
type learnedModel struct {
	w         []float32
	bias      float64
	threshold float64
	head      *learnedHead
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
		panic("match: learned.txt: " + err.Error())
	}
	return lm
})

// parseLearned reads a model file: "#" comments, then "bias B" and
// "threshold T", then "weights" and the event model's weights, then per
// category "head C B" (its bias) and its weights; weights are base64 of
// little-endian int16s over lines.
func parseLearned(b []byte) (*learnedModel, error) {
	lm := &learnedModel{head: &learnedHead{}}
	var main strings.Builder
	heads := make([]strings.Builder, len(trust.Categories))
	cur := (*strings.Builder)(nil)
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case line == "" || line[0] == '#':
		case line == "weights":
			cur = &main
		case !strings.Contains(line, " "):
			if cur == nil {
				return nil, fmt.Errorf("line %q before weights", line)
			}
			cur.WriteString(line)
		default:
			k, v, _ := strings.Cut(line, " ")
			c := -1
			if k == "head" {
				var name string
				name, v, _ = strings.Cut(v, " ")
				if c = slices.Index(trust.Categories, trust.Category(name)); c < 0 {
					return nil, fmt.Errorf("line %q: unknown category", line)
				}
				cur = &heads[c]
			}
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return nil, fmt.Errorf("line %q: %v", line, err)
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
	}
	var err error
	if lm.w, err = decodeWeights(main.String(), learnBuckets); err != nil {
		return nil, err
	}
	for c := range trust.Categories {
		if lm.head.w[c], err = decodeWeights(heads[c].String(), headBuckets); err != nil {
			return nil, fmt.Errorf("head %s: %v", trust.Categories[c], err)
		}
	}
	return lm, nil
}

func decodeWeights(enc string, n int) ([]float32, error) {
	raw, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		return nil, err
	}
	if len(raw) != 2*n {
		return nil, fmt.Errorf("%d weight bytes, want %d", len(raw), 2*n)
	}
	w := make([]float32, n)
	for i := range w {
		w[i] = float32(int16(binary.LittleEndian.Uint16(raw[2*i:]))) / learnScale
	}
	return w, nil
}

// formatLearned writes w (rounded to the fixed point), bias, threshold
// and the head in parseLearned's format.
func formatLearned(w []float64, bias, threshold float64, head *learnedHead, comment string) []byte {
	var b bytes.Buffer
	for _, l := range strings.Split(comment, "\n") {
		b.WriteString("# " + l + "\n")
	}
	fmt.Fprintf(&b, "bias %.6f\nthreshold %.4f\nweights\n", bias, threshold)
	writeWeights(&b, w)
	for c, k := range trust.Categories {
		fmt.Fprintf(&b, "head %s %.6f\n", k, head.bias[c])
		hw := make([]float64, len(head.w[c]))
		for i, x := range head.w[c] {
			hw[i] = float64(x)
		}
		writeWeights(&b, hw)
	}
	return b.Bytes()
}

func writeWeights(b *bytes.Buffer, w []float64) {
	raw := make([]byte, 2*len(w))
	for i, x := range w {
		q := math.Round(x * learnScale)
		q = max(min(q, math.MaxInt16), math.MinInt16)
		binary.LittleEndian.PutUint16(raw[2*i:], uint16(int16(q)))
	}
	enc := base64.StdEncoding.EncodeToString(raw)
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\n")
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
	tw      []titleWord
	hits    []hit // the automaton's hits in title and lead
	nTitle  int   // how many of hits are the title's
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
	}
	return first
}

func (f *feats) word(i int) []byte { return f.low[f.spans[i][0]:f.spans[i][1]] }

// text adds the unigrams and bigrams of the words from first on, under
// prefixes u and b.
func (f *feats) text(first int, u, b string) {
	for i := first; i < len(f.spans); i++ {
		f.add(u, f.word(i), nil)
		if i+1 < len(f.spans) {
			f.add(b, f.word(i), f.word(i+1))
		}
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

// learnLead is the lead the model reads: the text up to its first
// sentence's end, cut plainly (". ", "! ", "? ") and bounded, so that the
// features depend on no rule's reading of a lead.
func learnLead(text string) string {
	text = text[:min(len(text), 400)]
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i+1] == ' ' {
			return text[:i+1]
		}
	}
	return text
}

// learnFeatures reads an item's features into f: the stemmed words and
// bigrams of the title and of the lead (learnLead), a question mark, and
// what the automaton finds of the lexicon (each kind of term but vendors,
// a signal's category, strength and term). Nothing a rule decides enters,
// so the weights change only with the training files and the lexicon
// (cmd/vendorwatch-train). It returns the title's heaviest signal, and ok
// when there is one (the rescue's precondition); the title's hits stay in
// f.hits[:f.nTitle].
//
// With need, an item without a title signal is left unread: the rescue
// scores none (most items that reach it), training reads every item.
func (m *Matcher) learnFeatures(title, text string, f *feats, need bool) (sig trust.SignalHit, ok bool) {
	ss := m.ac.scan(scanState{hits: f.hits[:0], grow: true}, title)
	f.nTitle = len(ss.hits)
	for _, h := range ss.hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && (!ok || m.signals[r.idx].Weight > sig.Weight) {
				sig, ok = m.signals[r.idx], true
			}
		}
	}
	if need && !ok {
		f.hits = ss.hits
		return sig, false
	}
	lead := learnLead(text)
	ss = m.ac.scan(ss, lead)
	f.hits = ss.hits
	f.idx, f.names, f.low, f.spans = f.idx[:0], f.names[:0], f.low[:0], f.spans[:0]
	if ok {
		f.addS("sig:", string(sig.Category))
	}
	m.hitFeatures(f, f.hits[:f.nTitle], &titlePrefixes)
	m.hitFeatures(f, f.hits[f.nTitle:], &leadPrefixes)
	if strings.HasSuffix(strings.TrimSpace(title), "?") {
		f.flag("question")
	}
	f.tw = appendTitleWords(f.tw[:0], title)
	nw := len(f.tw)
	f.tw = appendTitleWords(f.tw, lead)
	first := f.words(f.tw[:nw], 24)
	if first < len(f.spans) {
		f.add("t0:", f.word(first), nil)
	}
	f.text(first, "t:", "tb:")
	f.text(f.words(f.tw[nw:], 40), "l:", "lb:")
	return sig, ok
}

// rescueCandidate is who a rescued alert would be about, read by the
// rules' own extractors: a registry vendor in the title that is not
// reporting or nested in another term, else the name as written that
// nameNear finds as the title signal's subject, held to what unlisted
// holds a name to (a vendor's name, no threat actor, no reporter,
// confirmed as one, no described kind). A reporter ("JFrog spots ...")
// is never the candidate, and a subject without a proper name gives
// none: no rescue.
func (m *Matcher) rescueCandidate(title, text string, sig trust.SignalHit, f *feats) (trust.VendorHit, bool) {
	hits := f.hits[:f.nTitle]
	for i, h := range hits {
		if !m.hasVendor[h.pat] || m.nested(hits, i, kindVendor) || m.reported(hits, i) {
			continue
		}
		for _, r := range m.refs[h.pat] {
			if r.kind == kindVendor {
				vt := m.vendorTerms[r.idx]
				rv := m.vendors[vt.vendor]
				return trust.VendorHit{Name: rv.Name, Term: vt.term, Guild: rv.Guild}, true
			}
		}
	}
	if !m.rules.AnyVendor {
		return trust.VendorHit{}, false // only a registry vendor may alert
	}
	words := headline(titleWords(statementOnly(title)))
	if len(words) == 0 {
		return trust.VendorHit{}, false
	}
	leadWords := titleWords(m.lead(stripCredit(text)))
	m.mark(words, hits)
	accept := func(name string) bool {
		return vendorName(name) && !threatActor(words, name) && !threatActor(leadWords, name) &&
			confirmed(name, words, true, leadWords) && !describedKind(name) && !kindNamed(name) &&
			!reporterTail(words, name) && !reporterHead(words, name) && !startsAsWritten(words, name, leadWords) &&
			!legalForms[strings.ToLower(name)]
	}
	sigs := [1]trust.SignalHit{sig}
	titleCase := isTitleCase(words)
	if n := m.nameNear(words, hits, sigs[:], titleCase, accept); n != "" {
		return trust.VendorHit{Name: n, Term: n, Unlisted: true}, true
	}
	// The signal's subject stands away from it ("Backdoors and 28
	// vulnerabilities found in FiberHome networking devices"): the
	// title's first name, as unlisted takes it for spying.
	if n := firstName(words, titleCase); n != "" && accept(n) {
		return trust.VendorHit{Name: n, Term: n, Unlisted: true}, true
	}
	return trust.VendorHit{}, false
}

// legalForms alone are no name: "e-commerce monitoring GmbH" is named
// by the words before.
var legalForms = set("gmbh", "inc", "ltd", "llc", "corp", "ag", "sa", "bv", "plc", "co")

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

// rescue is Match's last turn for an item the rules made no alert of.
func (m *Matcher) rescue(title, text string) (trust.Alert, bool) {
	lm := m.learned
	f := featsPool.Get().(*feats)
	defer featsPool.Put(f)
	f.explain = false
	sig, ok := m.learnFeatures(title, text, f, true)
	if !ok {
		return trust.Alert{}, false
	}
	p := lm.score(f, 0)
	if p < lm.threshold {
		return trust.Alert{}, false
	}
	v, ok := m.rescueCandidate(title, text, sig, f)
	if !ok {
		return trust.Alert{}, false
	}
	u, ok := rescueUnit(title, v, sig)
	if !ok {
		return trust.Alert{}, false
	}
	u.category = headCategory(lm.head.category(f.idx), u.category)
	// Read again with names, for why: a rescue is rare.
	f.explain = true
	m.learnFeatures(title, text, f, true)
	f.explain = false
	a := trust.Alert{
		Vendors:  u.vendors,
		Signals:  append(u.signals, trust.SignalHit{Term: lm.why(f, p), Category: u.category, Weight: math.Round(p*100) / 100}),
		Category: u.category,
		Score:    m.rules.Threshold,
		Severity: m.rules.SeverityFor(m.rules.Threshold),
		InTitle:  true, // the signal and the candidate are the title's
		Coverage: commentary(title),
	}
	a.Evidence = clean(title)
	if a.Category == trust.CategoryReversal {
		a.Severity = min(a.Severity, trust.SeverityMedium)
	}
	a.Summary = Summarize(a.Evidence, title, text)
	return a, true
}

// rescueUnit is a rescued alert's unit, read as settle reads the rules'
// candidates: a vendor only compared with ("3CX-style supply chain
// attack") is none (ok false); an action undone ("drops Xiaomi from ...
// list") is a reversal, and the title's shapes (category.go) set the
// category beyond the heaviest signal's.
func rescueUnit(title string, v trust.VendorHit, sig trust.SignalHit) (unit, bool) {
	u := unit{category: sig.Category, signals: []trust.SignalHit{sig}, vendors: []trust.VendorHit{v}, inTitle: true}
	if !dropCompared(title, &u) {
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
// contributions: "learned 0.93 (t:ban +1.20, cand:regt +0.80, ...)".
func (lm *learnedModel) why(f *feats, p float64) string {
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
