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
// with a signal of the lexicon and a vendor candidate is scored by a
// logistic regression over hashed features (words and bigrams of title and
// lead, crudely stemmed, and what the automaton and the gates found), and
// alerts when the model's probability passes its threshold. Ten rounds of
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
}

// defaultLearned is the embedded model, parsed once.
var defaultLearned = sync.OnceValue(func() *learnedModel {
	lm, err := parseLearned(learnedFile)
	if err != nil {
		panic("match: learned.txt: " + err.Error())
	}
	return lm
})

// parseLearned reads a model file: "#" comments, then "bias B",
// "threshold T" and "weights" lines, then the weights as base64 of
// little-endian int16s, one line after another.
func parseLearned(b []byte) (*learnedModel, error) {
	lm := &learnedModel{}
	var enc strings.Builder
	inWeights := false
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case line == "" || line[0] == '#':
		case inWeights:
			enc.WriteString(line)
		case line == "weights":
			inWeights = true
		default:
			k, v, _ := strings.Cut(line, " ")
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return nil, fmt.Errorf("line %q: %v", line, err)
			}
			switch k {
			case "bias":
				lm.bias = f
			case "threshold":
				lm.threshold = f
			default:
				return nil, fmt.Errorf("unknown key %q", k)
			}
		}
	}
	raw, err := base64.StdEncoding.DecodeString(enc.String())
	if err != nil {
		return nil, err
	}
	if len(raw) != 2*learnBuckets {
		return nil, fmt.Errorf("%d weight bytes, want %d", len(raw), 2*learnBuckets)
	}
	lm.w = make([]float32, learnBuckets)
	for i := range lm.w {
		lm.w[i] = float32(int16(binary.LittleEndian.Uint16(raw[2*i:]))) / learnScale
	}
	return lm, nil
}

// formatLearned writes w (rounded to the fixed point), bias and threshold
// in parseLearned's format.
func formatLearned(w []float64, bias, threshold float64, comment string) []byte {
	raw := make([]byte, 2*len(w))
	for i, x := range w {
		q := math.Round(x * learnScale)
		q = max(min(q, math.MaxInt16), math.MinInt16)
		binary.LittleEndian.PutUint16(raw[2*i:], uint16(int16(q)))
	}
	var b bytes.Buffer
	for _, l := range strings.Split(comment, "\n") {
		b.WriteString("# " + l + "\n")
	}
	fmt.Fprintf(&b, "bias %.6f\nthreshold %.4f\nweights\n", bias, threshold)
	enc := base64.StdEncoding.EncodeToString(raw)
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\n")
	return b.Bytes()
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
	sent    [][2]int // the lead's first sentence (a stack buffer escapes there)
}

var featsPool = sync.Pool{New: func() any {
	return &feats{idx: make([]uint32, 0, 256), low: make([]byte, 0, 1024), spans: make([][2]int, 0, 128)}
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

// rescueRead is the rescue's reading of an item: the precondition (a
// signal of the lexicon in the title: a lead's alone is mostly background
// to another story), the vendor candidate (a registry vendor in the
// title, else in the lead, else a name as written beside the title's
// signal or at its start), the heaviest signal, and the features into f.
// ok is false when the precondition fails or there is no candidate. With
// lm, an item the model cannot score past its threshold whatever name is
// found is dropped before the name is looked for (the costly part).
func (m *Matcher) rescueRead(title, text string, f *feats, lm *learnedModel) (v trust.VendorHit, sig trust.SignalHit, inTitle, ok bool) {
	text = stripCredit(text)
	if f.sent = sentenceSpansUpTo(text[:min(len(text), 1024)], f.sent[:0], 1); len(f.sent) > 0 {
		text = text[:f.sent[0][1]]
	} else {
		text = ""
	}
	title = statementOnly(title)
	var buf [64]hit
	ss := m.ac.scan(scanState{hits: buf[:0], grow: true}, title)
	nTitle := len(ss.hits)
	ss = m.ac.scan(ss, text)
	hits := ss.hits
	markClauses(title, hits[:nTitle])
	sigIn := -1
	for i, h := range hits[:nTitle] {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && !m.nested(hits, i, kindSignal) && (sigIn < 0 || m.signals[r.idx].Weight > sig.Weight) {
				sig, sigIn = m.signals[r.idx], i
			}
		}
	}
	if sigIn < 0 {
		return v, sig, false, false
	}
	source := ""
	for i, h := range hits {
		if !m.hasVendor[h.pat] || m.nested(hits, i, kindVendor) || m.reported(hits, i) {
			continue
		}
		for _, r := range m.refs[h.pat] {
			if r.kind == kindVendor {
				vt := m.vendorTerms[r.idx]
				rv := m.vendors[vt.vendor]
				v = trust.VendorHit{Name: rv.Name, Term: vt.term, Guild: rv.Guild}
				source = "cand:regt"
				if i >= nTitle {
					source = "cand:regl"
				}
				break
			}
		}
		if source != "" {
			break
		}
	}
	if source == "" && !m.rules.AnyVendor {
		return v, sig, false, false // only a registry vendor may alert
	}
	f.tw = appendTitleWords(f.tw[:0], title)
	nw := len(f.tw)
	f.tw = appendTitleWords(f.tw, text)
	words, leadWords := headline(f.tw[:nw:nw]), f.tw[nw:]
	titleCase := isTitleCase(words)

	f.idx, f.names, f.low, f.spans = f.idx[:0], f.names[:0], f.low[:0], f.spans[:0]
	f.addS("sig:", string(sig.Category))
	m.hitFeatures(f, hits[:nTitle], &titlePrefixes)
	m.hitFeatures(f, hits[nTitle:], &leadPrefixes)
	if isQuestion(title) {
		f.flag("question")
	}
	if commentary(title) {
		f.flag("commentary")
	}
	if titleCase {
		f.flag("titlecase")
	}
	g := gateSets.in(title)
	for b := 0; b < 64*gateWords; b++ {
		if g.has(gateBit(b)) {
			var nb [4]byte
			f.add("gate", strconv.AppendInt(nb[:0], int64(b), 10), nil) // a gate set's number (wordsets.go)
		}
	}
	first := f.words(words, 24)
	if first < len(f.spans) {
		f.add("t0:", f.word(first), nil)
	}
	f.text(first, "t:", "tb:")
	f.text(f.words(leadWords, 40), "l:", "lb:")

	if source == "" && len(words) > 0 {
		if lm != nil && lm.score(f, max(lm.weight("cand:near"), lm.weight("cand:first"))) < lm.threshold {
			return v, sig, false, false
		}
		m.mark(words, hits[:nTitle])
		// A name as written must be confirmed as in a Title Case title
		// (capitalised inside the lead, or written like a brand): the
		// model reads whether an item is an event, not who it is about,
		// and a sentence-case title's first word ("Rogue developer",
		// "Browser extension") is capitalised anyway.
		accept := func(name string) bool {
			return vendorName(name) && !threatActor(words, name) && !threatActor(leadWords, name) &&
				confirmed(name, words, true, leadWords) && !describedKind(name) && !kindNamed(name)
		}
		sigs := [1]trust.SignalHit{sig}
		if n := m.nameNear(words, hits[:nTitle], sigs[:], titleCase, accept); n != "" {
			v, source = trust.VendorHit{Name: n, Term: n, Unlisted: true}, "cand:near"
		} else if n := firstName(words, titleCase); n != "" && accept(n) {
			v, source = trust.VendorHit{Name: n, Term: n, Unlisted: true}, "cand:first"
		}
	}
	if source == "" {
		return v, sig, false, false
	}
	f.flag(source)
	return v, sig, source != "cand:regl", true
}

// weight is the weight of a structural feature's bucket.
func (lm *learnedModel) weight(name string) float64 {
	return float64(lm.w[fnvString(fnvString(fnvOffset, name), "")&(learnBuckets-1)])
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
	v, sig, inTitle, ok := m.rescueRead(title, text, f, lm)
	if !ok {
		return trust.Alert{}, false
	}
	p := lm.score(f, 0)
	if p < lm.threshold {
		return trust.Alert{}, false
	}
	// Read again with names, for why: a rescue is rare.
	f.explain = true
	m.rescueRead(title, text, f, nil)
	f.explain = false
	u, ok := rescueUnit(title, v, sig, inTitle)
	if !ok {
		return trust.Alert{}, false
	}
	a := trust.Alert{
		Vendors:  u.vendors,
		Signals:  append(u.signals, trust.SignalHit{Term: lm.why(f, p), Category: u.category, Weight: math.Round(p*100) / 100}),
		Category: u.category,
		Score:    m.rules.Threshold,
		Severity: m.rules.SeverityFor(m.rules.Threshold),
		InTitle:  inTitle,
		Across:   !inTitle,
		Coverage: commentary(title),
	}
	a.Evidence = clean(title)
	if !inTitle {
		a.Evidence += " — " + clean(m.lead(stripCredit(text)))
	}
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
func rescueUnit(title string, v trust.VendorHit, sig trust.SignalHit, inTitle bool) (unit, bool) {
	u := unit{category: sig.Category, signals: []trust.SignalHit{sig}, vendors: []trust.VendorHit{v}, inTitle: inTitle}
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
