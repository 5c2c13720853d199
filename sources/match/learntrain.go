package match

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/vendorwatch/vendorwatch/trust"
)

// LearnExample is one labelled item for TrainLearned.
type LearnExample struct {
	// Group is the item's set (a headline file, a corpus year): folds
	// hold out whole groups, so that a set's own wording never helps
	// score it.
	Group       string
	Title, Text string // Text as Match takes it (plain text)
	Positive    bool
	// Categories are an event's labelled categories: the category head
	// learns from them.
	Categories []trust.Category
	// Real is set for real news (the corpus), where a rescue's false
	// alerts are counted against the threshold.
	Real bool
}

// LearnOutcome is what the rescue made of one example when its group was
// held out (TrainLearned's folds).
type LearnOutcome struct {
	Eligible bool        // the rules made no alert and rescueCandidate found one
	P        float64     // the held-out model's probability
	Alert    trust.Alert // the alert a rescue would make (Eligible only)
	// Source is where the candidate came from ("title", "package",
	// "class", "lead": rescueSource); Sure the probability
	// it needs.
	Source string
	Sure   float64
	src    rescueSource
}

// Training constants: fixed, so that a run reproduces the file byte for
// byte.
const (
	learnEpochs = 8
	learnRate   = 0.1
	learnL2     = 1e-3
	// learnRealW weighs a real article over a written headline: the
	// rescue must stay quiet on real news, where non-events are ~50 to 1
	// (3 until the twelfth round, 6 until the seventeenth; at 10, with
	// names and numbers read as classes, the held-out folds leave no
	// real non-event from 0.93 up and the 2023 half no learned false
	// post).
	learnRealW = 10
	learnFolds = 10
	learnSeed  = 11
)

type learnRow struct {
	idx   []uint32
	y, wt float64
	group int
	cats  uint16 // bit i: trust.Categories[i] is a labelled category
}

// learnThreshold is the probability a rescue needs: chosen on the
// held-out folds' report (go run ./cmd/vendorwatch-train -cv), where the
// rescue's wrong and false alerts stay under half its right ones on the
// headline files and rare on real news. A constant, not fitted: the
// report counts what the rules leave, and the weights must not depend on
// the rules.
const learnThreshold = 0.95

// TrainLearned fits the rescue's model on every example (in their order:
// the trainer fixes it) and returns the model file (learned.gz) and, for
// each example, its outcome when its fold was held out. The features are
// words and the lexicon's hits (learnFeatures) and every row is trained
// on, whatever the rules make of it: the file depends on the examples and
// the lexicon only. The outcomes' eligibility (the rules make no alert, a
// candidate) is the current rules', for the report.
func (m *Matcher) TrainLearned(ex []LearnExample) ([]byte, []LearnOutcome) {
	plain := *m
	plain.learned = nil
	groups := map[string]int{}
	var names []string
	for _, e := range ex {
		if _, ok := groups[e.Group]; !ok {
			groups[e.Group] = 0
			names = append(names, e.Group)
		}
	}
	slices.Sort(names)
	for i, n := range names {
		groups[n] = i % learnFolds
	}
	rows := make([]learnRow, len(ex))
	out := make([]LearnOutcome, len(ex))
	f := &feats{}
	for i, e := range ex {
		sig, hasSig := m.learnFeatures(e.Title, e.Text, f, false)
		y, wt := 0.0, 1.0
		if e.Positive {
			y = 1
		}
		if e.Real {
			wt = learnRealW
		}
		rows[i] = learnRow{idx: slices.Clone(f.idx), y: y, wt: wt, group: groups[e.Group]}
		if !hasSig {
			// The rescue never scores an item without a signal in its
			// title or lead sentence: such a row would teach only the
			// obvious, and pull the bias with it (weight 0: left out).
			rows[i].wt = 0
		}
		for _, k := range e.Categories {
			if c := slices.Index(trust.Categories, k); c >= 0 && e.Positive {
				rows[i].cats |= 1 << c
			}
		}
		if !hasSig {
			continue
		}
		reached := false
		if _, alerted := plain.match(e.Title, e.Text, false, &reached, nil); alerted || !reached {
			continue
		}
		if vs, src, ok := m.rescueCandidate(e.Title, e.Text, sig, f); ok {
			if u, ok := rescueUnit(e.Title, vs, sig, src); ok {
				sure := rescueSure(src)
				out[i] = LearnOutcome{Eligible: true, Alert: trust.Alert{Vendors: u.vendors, Signals: u.signals, Category: u.category, InTitle: true},
					Source: rescueSourceNames[src], Sure: sure, src: src}
			}
		}
	}
	for fold := 0; fold < learnFolds; fold++ {
		w, bias := fitLearned(rows, fold)
		head := fitHead(rows, fold)
		for i, r := range rows {
			if r.group == fold {
				out[i].P = predict(w, bias, r.idx)
				if out[i].Eligible {
					out[i].Alert.Category = headCategory(head.category(r.idx), out[i].Alert.Category)
					if !rescueHeld(out[i].src, out[i].Alert.Category, ex[i].Title, out[i].Alert.Vendors) {
						out[i].Eligible = false // as rescue does
					}
				}
			}
		}
	}
	w, bias := fitLearned(rows, -1)
	head := fitHead(rows, -1)
	pos, read := 0, 0
	for _, r := range rows {
		if r.wt > 0 {
			pos += int(r.y)
			read++
		}
	}
	comment := fmt.Sprintf("The learned scorer's weights (sources/match/learned.go): written by `go run ./cmd/vendorwatch-train`.\n"+
		"%d examples, %d with a signal in the title or lead sentence trained on (%d events); %d buckets of int16/%d.",
		len(ex), read, pos, learnBuckets, learnScale)
	return formatLearned(w, bias, learnThreshold, head, comment), out
}

// fitLearned trains the event model on rows outside fold (all of them for
// fold -1).
func fitLearned(rows []learnRow, fold int) ([]float64, float64) {
	return fitLogistic(rows, fold, learnBuckets, 0, func(r *learnRow) (float64, float64, bool) { return r.y, r.wt, r.wt > 0 })
}

// fitHead trains the category head on the events outside fold: one
// logistic model per category, its labelled events against the others.
func fitHead(rows []learnRow, fold int) *learnedHead {
	h := &learnedHead{}
	for c := range trust.Categories {
		w, bias := fitLogistic(rows, fold, headBuckets, uint64(c+1), func(r *learnRow) (float64, float64, bool) {
			return float64(r.cats >> c & 1), 1, r.cats != 0 && r.wt > 0
		})
		h.w[c] = make([]float32, headBuckets)
		for i, x := range w {
			h.w[c][i] = float32(x)
		}
		h.bias[c] = bias
	}
	return h
}

// fitLogistic trains a logistic model over buckets (a feature's bucket
// is its index modulo buckets) on the rows outside fold that label
// accepts: logistic loss, L2, AdaGrad steps, in an order shuffled by a
// fixed seed (stream tells models apart).
func fitLogistic(rows []learnRow, fold, buckets int, stream uint64, label func(*learnRow) (y, wt float64, ok bool)) ([]float64, float64) {
	w := make([]float64, buckets)
	g2 := make([]float64, buckets)
	var bias, gb float64
	order := make([]int, 0, len(rows))
	for i := range rows {
		if _, _, ok := label(&rows[i]); ok && rows[i].group != fold {
			order = append(order, i)
		}
	}
	rng := rand.New(rand.NewPCG(learnSeed+stream<<8, uint64(fold+1)))
	mask := uint32(buckets - 1)
	for range learnEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			r := &rows[k]
			y, wt, _ := label(r)
			z := bias
			for _, i := range r.idx {
				z += w[i&mask]
			}
			g := (1/(1+math.Exp(-z)) - y) * wt
			for _, i := range r.idx {
				i &= mask
				gi := g + learnL2*w[i]
				g2[i] += gi * gi
				w[i] -= learnRate * gi / math.Sqrt(g2[i]+1e-8)
			}
			gb += g * g
			bias -= learnRate * g / math.Sqrt(gb+1e-8)
		}
	}
	return w, bias
}

func predict(w []float64, bias float64, idx []uint32) float64 {
	z := bias
	for _, i := range idx {
		z += w[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// WithLearned returns a copy of m whose rescue uses the model file b (as
// TrainLearned writes it); nil b turns the rescue off.
func (m *Matcher) WithLearned(b []byte) (*Matcher, error) {
	c := *m
	c.learned = nil
	if b != nil {
		lm, err := parseLearned(b)
		if err != nil {
			return nil, err
		}
		c.learned = lm
	}
	return &c, nil
}

// LearnedThreshold is the embedded model's threshold, for reports.
func LearnedThreshold(b []byte) (float64, error) {
	lm, err := parseLearned(b)
	if err != nil {
		return 0, err
	}
	return lm.threshold, nil
}
