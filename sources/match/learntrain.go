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
	// Real is set for real news (the corpus), where a rescue's false
	// alerts are counted against the threshold.
	Real bool
}

// LearnOutcome is what the rescue made of one example when its group was
// held out (TrainLearned's folds).
type LearnOutcome struct {
	Eligible bool        // the rules made no alert and rescueRead found a candidate
	P        float64     // the held-out model's probability
	Alert    trust.Alert // the alert a rescue would make (Eligible only)
}

// Training constants: fixed, so that a run reproduces the file byte for
// byte.
const (
	learnEpochs = 8
	learnRate   = 0.1
	learnL2     = 1e-3
	// learnRealW weighs a real article over a written headline: the
	// rescue must stay quiet on real news, where non-events are ~50 to 1.
	learnRealW = 3
	learnFolds = 10
	learnSeed  = 11
)

type learnRow struct {
	idx      []uint32
	y, wt    float64
	eligible bool
	group    int
}

// TrainLearned fits the rescue's model on examples (in their order: the
// trainer sorts them) and returns the model file (learned.txt) and, for
// each example, its outcome when its fold was held out. The threshold is
// chosen on those held-out outcomes: the lowest probability from which
// on the rescue's false alerts stay under half its right ones on the
// headline sets and under learnRealFalse on real news.
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
	rows := make([]learnRow, 0, len(ex))
	alerts := make([]trust.Alert, len(ex))
	rowOf := make([]int, len(ex)) // each example's row, or -1
	for i := range rowOf {
		rowOf[i] = -1
	}
	f := &feats{}
	for i, e := range ex {
		reached := false
		_, alerted := plain.match(e.Title, e.Text, false, &reached)
		v, sig, inTitle, ok := m.rescueRead(e.Title, e.Text, f, nil)
		if !ok {
			continue
		}
		u, ok := rescueUnit(e.Title, v, sig, inTitle)
		if !ok {
			continue
		}
		y, wt := 0.0, 1.0
		if e.Positive {
			y = 1
		}
		if e.Real {
			wt = learnRealW
		}
		rowOf[i] = len(rows)
		rows = append(rows, learnRow{idx: slices.Clone(f.idx), y: y, wt: wt, eligible: !alerted && reached, group: groups[e.Group]})
		alerts[i] = trust.Alert{Vendors: u.vendors, Signals: u.signals, Category: u.category, InTitle: inTitle}
	}
	p := make([]float64, len(rows))
	for fold := 0; fold < learnFolds; fold++ {
		w, bias := fitLearned(rows, fold)
		for i, r := range rows {
			if r.group == fold {
				p[i] = predict(w, bias, r.idx)
			}
		}
	}
	out := make([]LearnOutcome, len(ex))
	for i, j := range rowOf {
		if j >= 0 {
			out[i] = LearnOutcome{Eligible: rows[j].eligible, P: p[j], Alert: alerts[i]}
		}
	}
	threshold := chooseThreshold(ex, out)
	w, bias := fitLearned(rows, -1)
	pos := 0
	for _, r := range rows {
		pos += int(r.y)
	}
	comment := fmt.Sprintf("The learned scorer's weights (sources/match/learned.go): written by `go run ./cmd/vendorwatch-train`.\n"+
		"%d examples, %d read by the rescue (%d events); %d buckets of int16/%d, base64.", len(ex), len(rows), pos, learnBuckets, learnScale)
	return formatLearned(w, bias, threshold, comment), out
}

// learnRealFalse bounds the rescue's false alerts on the corpus's tuning
// half, held out by fold: real news has about 50 non-events per event.
const learnRealFalse = 2

// chooseThreshold is the lowest threshold (in steps of 0.01 from 0.5) from
// which on every higher one keeps the rescue's held-out false alerts
// under half its right ones on the headline sets and at most
// learnRealFalse on real news; 1 (no rescue) when none does.
func chooseThreshold(ex []LearnExample, out []LearnOutcome) float64 {
	best := 1.0
	for t := 99; t >= 50; t-- {
		th := float64(t) / 100
		var right, wrong, real int
		for i, o := range out {
			if !o.Eligible || o.P < th {
				continue
			}
			switch {
			case ex[i].Positive:
				right++
			case ex[i].Real:
				real++
			default:
				wrong++
			}
		}
		if real > learnRealFalse || 2*wrong > right {
			break
		}
		best = th
	}
	return best
}

// fitLearned trains on rows outside fold (all of them for fold -1):
// logistic loss, L2, AdaGrad steps, in an order shuffled by a fixed seed.
func fitLearned(rows []learnRow, fold int) ([]float64, float64) {
	w := make([]float64, learnBuckets)
	g2 := make([]float64, learnBuckets)
	var bias, gb float64
	order := make([]int, 0, len(rows))
	for i, r := range rows {
		if r.group != fold {
			order = append(order, i)
		}
	}
	rng := rand.New(rand.NewPCG(learnSeed, uint64(fold+1)))
	for range learnEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			r := rows[k]
			g := (predict(w, bias, r.idx) - r.y) * r.wt
			for _, i := range r.idx {
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
