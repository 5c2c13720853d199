// Package learndata reads the learned scorer's training data: the
// headline sets of sources/match/testdata and the corpus's tuning half,
// never a held-out set (cmd/vendorwatch-train).
package learndata

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/eval"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/trust"
)

// HeldOut reports whether a headline set is held out: the final batch and
// every blind batch measure the matcher on wording nobody tuned on, so the
// model never reads them.
func HeldOut(name string) bool {
	return name == "final.tsv" || strings.HasPrefix(name, "blind")
}

// Meta is what an example's label says beyond positive: for reports.
type Meta struct {
	Vendors    []string
	Categories []trust.Category
}

// Headlines reads every headline set in dir that is not held out, in
// file-name order; each file is a group.
func Headlines(dir string) ([]match.LearnExample, []Meta, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, nil, err
	}
	slices.Sort(paths)
	var ex []match.LearnExample
	var meta []Meta
	for _, p := range paths {
		name := filepath.Base(p)
		if HeldOut(name) {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		for n, line := range strings.Split(string(b), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 4 {
				return nil, nil, fmt.Errorf("%s:%d: want at least 4 columns", name, n+1)
			}
			e := match.LearnExample{Group: name, Title: cols[3], Positive: cols[0] == "+"}
			if len(cols) > 4 {
				e.Text = cols[4]
			}
			var md Meta
			if cols[1] != "" {
				md.Vendors = strings.Split(cols[1], ",")
			}
			if cols[2] != "" && cols[2] != "-" {
				for _, k := range strings.Split(cols[2], "|") {
					md.Categories = append(md.Categories, trust.Category(k))
				}
			}
			ex = append(ex, e)
			meta = append(meta, md)
		}
	}
	return ex, meta, nil
}

// Corpus reads the corpus's tuning half (articles up to 2022) with its
// labels: "+" an event, "-" or unlisted not one; "~" (a further report of
// an event) is left out, being neither. 2023 is the held-out report and
// never read. Each year is a group.
func Corpus(corpus, labels string) ([]match.LearnExample, []Meta, error) {
	arts, err := eval.OpenCorpus(corpus)
	if err != nil {
		return nil, nil, err
	}
	lf, err := os.Open(labels)
	if err != nil {
		return nil, nil, err
	}
	defer lf.Close()
	lab, err := eval.ReadLabels(bufio.NewReader(lf))
	if err != nil {
		return nil, nil, err
	}
	var ex []match.LearnExample
	var meta []Meta
	for _, a := range arts {
		if a.Year > 2022 {
			continue
		}
		l := lab[a.ID]
		if l.Mark == '~' {
			continue
		}
		ex = append(ex, match.LearnExample{Group: fmt.Sprintf("corpus-%d", a.Year), Title: a.Title, Text: sources.PlainText(a.Summary),
			Positive: l.Mark == '+', Real: true})
		md := Meta{}
		if l.Vendors != "" {
			for _, v := range strings.Split(l.Vendors, ",") {
				md.Vendors = append(md.Vendors, strings.TrimSpace(v))
			}
		}
		if l.Category != "" {
			for _, k := range strings.Split(l.Category, "|") {
				md.Categories = append(md.Categories, trust.Category(k))
			}
		}
		meta = append(meta, md)
	}
	return ex, meta, nil
}
