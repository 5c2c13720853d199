package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/learndata"
	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/trust"
)

// Categories runs the full matcher without its reversal detector on
// every training row, then turns each alert of a hold's category into a
// reversal where the detector trained without the row's fold is sure
// (match.ReversalSure), and reports, before and after, for the events
// alerted with every labelled vendor named (the batch tests' vendor
// measure), the confusion of the chosen category against the labelled
// one; then the held-out detector's figures by threshold. With list it
// also lists every event whose category is wrong after, and the
// reversals the detector misses at 0.5 or other events it reads as one.
// A row labelled with several categories counts as its first unless the
// chosen one is among them.
func Categories(d *trainData, rp []float64, list bool) ([]byte, error) {
	ex, meta, m := d.ex, d.meta, d.m
	var err error
	var shipped, shippedWrong, shippedFP int
	for i, e := range ex {
		a, ok := m.Match(e.Title, e.Text)
		switch {
		case !ok || a.Coverage:
		case !e.Positive:
			shippedFP++
		case len(meta[i].Categories) > 0 && allNamed(a, meta[i].Vendors) && slices.Contains(meta[i].Categories, a.Category):
			shipped++
		case len(meta[i].Categories) > 0 && allNamed(a, meta[i].Vendors):
			shippedWrong++
		}
	}
	if m, err = m.WithReversal(nil); err != nil {
		return nil, err
	}
	alerts := make([]trust.Alert, len(ex))
	alerted := make([]bool, len(ex))
	for i, e := range ex {
		a, ok := m.Match(e.Title, e.Text)
		alerts[i], alerted[i] = a, ok && !a.Coverage
	}
	holds := []trust.Category{trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective, trust.CategoryDelisting, trust.CategoryDistrust}
	turned := func(i int, th float64) trust.Category {
		if rp[i] >= th && slices.Contains(holds, alerts[i].Category) {
			return trust.CategoryReversal
		}
		return alerts[i].Category
	}
	var b, rows bytes.Buffer
	for pass, th := range []float64{2, match.ReversalSure} {
		ix := func(k trust.Category) int { return slices.Index(trust.Categories, k) }
		n := len(trust.Categories)
		conf := make([][]int, n)
		for i := range conf {
			conf[i] = make([]int, n)
		}
		var right, catWrong, vendorWrong, missed, fp, neg int
		for i, e := range ex {
			if !e.Positive {
				neg++
				if alerted[i] {
					fp++
				}
				continue
			}
			if !alerted[i] || len(meta[i].Categories) == 0 {
				missed++
				continue
			}
			if !allNamed(alerts[i], meta[i].Vendors) {
				vendorWrong++
				continue
			}
			got := turned(i, th)
			want := meta[i].Categories[0]
			if slices.Contains(meta[i].Categories, got) {
				want = got
				right++
			} else {
				catWrong++
				if list && pass == 1 {
					fmt.Fprintf(&rows, "  %-18s want %-11s got %-11s %v %q | %.120q\n", e.Group, strings.Join(catNames(meta[i].Categories), "|"), got, alerts[i].VendorNames(), e.Title, learnLeadOf(e.Text))
				}
			}
			if w, g := ix(want), ix(got); w >= 0 && g >= 0 {
				conf[w][g]++
			}
		}
		if pass == 0 {
			b.WriteString("the rules alone:\n")
		} else {
			fmt.Fprintf(&b, "with the reversal detector held out at %.2f:\n", th)
		}
		fmt.Fprintf(&b, "events with every vendor named: right %d, category wrong %d; vendor wrong %d, missed or coverage %d; look-alikes alerting %d of %d\n",
			right, catWrong, vendorWrong, missed, fp, neg)
		b.WriteString("confusion (rows labelled, columns chosen):\n             ")
		for _, k := range trust.Categories {
			fmt.Fprintf(&b, " %5.5s", k)
		}
		b.WriteString("\n")
		for w, k := range trust.Categories {
			fmt.Fprintf(&b, "  %-11s", k)
			for g := range n {
				fmt.Fprintf(&b, " %5d", conf[w][g])
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("reversal detector on held-out folds, by threshold: alerts of a hold turned right / turned wrong; events read as reversals: reversals / other events\n")
	for _, th := range []float64{0.5, 0.7, 0.8, 0.9, 0.95} {
		var gain, lose, rev, hit, other, fal int
		for i, e := range ex {
			if !e.Positive || len(meta[i].Categories) == 0 {
				continue
			}
			isRev := slices.Contains(meta[i].Categories, trust.CategoryReversal)
			if isRev {
				rev++
				if rp[i] >= th {
					hit++
				}
			} else {
				other++
				if rp[i] >= th {
					fal++
				}
			}
			if alerted[i] && allNamed(alerts[i], meta[i].Vendors) && turned(i, th) != alerts[i].Category {
				switch {
				case isRev && !slices.Contains(meta[i].Categories, alerts[i].Category):
					gain++
				case !isRev:
					lose++
				}
			}
		}
		fmt.Fprintf(&b, "  %.2f  %3d %3d   %3d of %d / %d of %d\n", th, gain, lose, hit, rev, fal, other)
	}
	fmt.Fprintf(&b, "the matcher as built (its detector trained on every row): right %d, category wrong %d, look-alikes alerting %d\n", shipped, shippedWrong, shippedFP)
	if list {
		b.WriteString("category wrong with the detector:\n")
		b.Write(rows.Bytes())
		b.WriteString("reversals the held-out detector gives under 0.5, other events over it:\n")
		for i, e := range ex {
			if !e.Positive || len(meta[i].Categories) == 0 {
				continue
			}
			if isRev := slices.Contains(meta[i].Categories, trust.CategoryReversal); isRev != (rp[i] >= 0.5) {
				fmt.Fprintf(&b, "  rev=%v p=%.2f %-18s %q | %.100q\n", isRev, rp[i], e.Group, e.Title, learnLeadOf(e.Text))
			}
		}
	}
	return b.Bytes(), nil
}

func catNames(ks []trust.Category) []string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return s
}

// trainData is what every mode of the command reads: the training rows
// and the shipped configuration's matcher, read once a run; rex and
// rmeta are the rows only the reversal detector trains on
// (learndata.ReversalOnly).
type trainData struct {
	ex    []match.LearnExample
	meta  []learndata.Meta
	rex   []match.LearnExample
	rmeta []learndata.Meta
	m     *match.Matcher
}

// loadData reads the training rows under root and compiles the matcher.
func loadData(root string) (*trainData, error) {
	ex, meta, err := readExamples(root)
	if err != nil {
		return nil, err
	}
	rex, rmeta, err := learndata.Sets(filepath.Join(root, "sources", "match", "testdata"), learndata.ReversalOnly)
	if err != nil {
		return nil, err
	}
	m, err := defaultMatcher()
	if err != nil {
		return nil, err
	}
	return &trainData{ex, meta, rex, rmeta, m}, nil
}

// readExamples reads the training rows: the headline sets and the
// corpus's tuning half.
func readExamples(root string) ([]match.LearnExample, []learndata.Meta, error) {
	ex, meta, err := learndata.Headlines(filepath.Join(root, "sources", "match", "testdata"))
	if err != nil {
		return nil, nil, err
	}
	cex, cmeta, err := learndata.Corpus(filepath.Join(root, "..", "shared", "corpus", "news-dev.jsonl"),
		filepath.Join(root, "testdata", "labels", "news-dev.tsv"))
	if err != nil {
		return nil, nil, err
	}
	return append(ex, cex...), append(meta, cmeta...), nil
}

// defaultMatcher is the shipped configuration's matcher.
func defaultMatcher() (*match.Matcher, error) {
	cfg, err := config.Default()
	if err != nil {
		return nil, err
	}
	return match.Compile(cfg.Watchlist(), cfg.Matching)
}

// learnLeadOf is the text's first 200 bytes, for a listed row.
func learnLeadOf(text string) string {
	if len(text) > 200 {
		return text[:200]
	}
	return text
}

// TrainReversal trains the reversal detector on the training rows and
// the rows only it reads (d.rex) and returns its file (reversal.gz) and its held-out figures: of the
// labelled events, the reversals and the other events it reads as
// reversals at match.ReversalSure, and of the non-events those it reads
// so (the detector reads alerts only: a non-event it reads so is a
// look-alike only where the rules alert).
func TrainReversal(d *trainData) (file, report []byte, rp []float64) {
	ex, meta := append(slices.Clip(d.ex), d.rex...), append(slices.Clip(d.meta), d.rmeta...)
	file, rp = d.m.TrainReversal(ex)
	var rev, hit, other, fal, non, nonFal int
	for i, e := range ex {
		if !e.Positive {
			non++
			if rp[i] >= match.ReversalSure {
				nonFal++
			}
			continue
		}
		if len(meta[i].Categories) == 0 {
			continue
		}
		if slices.Contains(meta[i].Categories, trust.CategoryReversal) {
			rev++
			if rp[i] >= match.ReversalSure {
				hit++
			}
		} else {
			other++
			if rp[i] >= match.ReversalSure {
				fal++
			}
		}
	}
	report = fmt.Appendf(nil, "reversal detector on held-out folds at %.2f: reversals %d of %d, other events %d of %d, non-events %d of %d (the category confusion: -cats)\n",
		match.ReversalSure, hit, rev, fal, other, nonFal, non)
	return file, report, rp[:len(d.ex)] // the rows of d.ex, as Categories reads them
}
