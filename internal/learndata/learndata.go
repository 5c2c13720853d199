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

// Manifest is the headline sets the model trains on: every readable set
// at the seventeenth round (the tenth round's 88, the 50 added since, and
// the round's training sets train17*), fixed by name so that a new set (a
// rule round's, a blind batch, final.tsv) changes no weight. The final batch and every
// blind batch measure the matcher on wording nobody tuned on and are
// never read. A file of the list that changes (a label corrected, rows
// added) changes the weights: retrain (go run ./cmd/vendorwatch-train).
var Manifest = []string{
	"authority.tsv", "authority4.tsv", "backdoor10.tsv", "backdoor10_u.tsv", "backdoor9.tsv",
	"backdoor9_u.tsv", "category.tsv", "category9.tsv", "category9_u.tsv", "category9_u2.tsv",
	"chain14.tsv", "chain14_u.tsv", "chan10.tsv", "chan10_u.tsv", "chan9.tsv", "chan9_u.tsv",
	"cl11.tsv", "cl11_u.tsv", "cl12.tsv", "cl12_u.tsv", "cl13.tsv", "cl13_u.tsv",
	"cl16_tune.tsv", "class10.tsv", "class10_u.tsv", "class15.tsv", "class15_u.tsv",
	"class16_u.tsv", "class2.tsv", "class9.tsv", "class9_u.tsv", "classrev.tsv", "comp16_u.tsv",
	"cp16_tune.tsv", "delist.tsv", "delist14.tsv", "delist14_u.tsv", "delist16_u.tsv",
	"desc15.tsv", "desc15_u.tsv", "devset.tsv", "dl16_tune.tsv", "fallback.tsv", "gate.tsv",
	"gov.tsv", "gov10.tsv", "gov10_u.tsv", "gov9.tsv", "gov9_u.tsv", "govclass.tsv", "lead.tsv",
	"leftovers.tsv", "leftovers2.tsv", "leftovers3.tsv", "leftovers4.tsv", "links14.tsv",
	"links14_u.tsv", "lookalike10.tsv", "lookalike10_u.tsv", "lx13.tsv", "lx13_u.tsv",
	"named3.tsv", "named4.tsv", "names.tsv", "names10.tsv", "names10_u.tsv", "names14.tsv",
	"names14_u.tsv", "names4.tsv", "names5.tsv", "names6.tsv", "names9.tsv", "names9_u.tsv",
	"nm12.tsv", "nm12_u.tsv", "nx13.tsv", "nx13_u.tsv", "oss10.tsv", "oss11.tsv", "oss12.tsv",
	"oss12r.tsv", "oss12r_u.tsv", "oss4.tsv", "oss5.tsv", "oss6.tsv", "oss7.tsv", "oss8.tsv",
	"oss9.tsv", "oss9_u.tsv", "ossev.tsv", "ossr10.tsv", "ossr10_u.tsv", "pk16_tune.tsv",
	"pkg15.tsv", "pkg15_u.tsv", "pkg16_u.tsv", "pn11_u.tsv", "pn13.tsv", "pn13_u.tsv",
	"pr11.tsv", "pr11_u.tsv", "precision.tsv", "precision10.tsv", "precision10_u.tsv",
	"precision12_u.tsv", "precision2.tsv", "precision3.tsv", "precision5.tsv", "precision9.tsv",
	"precision9_u.tsv", "pull15.tsv", "pull15_u.tsv", "quiet15.tsv", "quiet15_u.tsv",
	"recall10.tsv", "recall10_u.tsv", "recall11.tsv", "recall11_u.tsv", "recent.tsv",
	"sanc16.tsv", "sanc16_u.tsv", "state10.tsv", "state10_u.tsv", "state9.tsv", "state9_u.tsv",
	"store9.tsv", "store9_u.tsv", "supplychain.tsv", "train17a.tsv", "train17b.tsv",
	"train17c.tsv", "train17d.tsv", "train17e.tsv", "train17f.tsv", "train17g.tsv",
	"train17h.tsv", "train17i.tsv", "train17j.tsv", "train17k.tsv", "train17l.tsv",
	"train7a.tsv", "train7b.tsv", "train7c.tsv", "train8a.tsv", "train8b.tsv", "train8c.tsv",
	"unnamed.tsv", "vendorchan.tsv", "vendorcomp.tsv", "vendorcomp2.tsv",
}

// ReversalOnly is the headline sets only the reversal detector trains
// on: reversal look-alikes beside reversals (rv22.tsv), written for the
// shape of an undoing; the learned scorer, which reads whether an item
// is an event at all, is not trained on them (cmd/vendorwatch-train).
var ReversalOnly = []string{"rv22.tsv"}

// HeldOut names the sets never trained on, whatever the Manifest says:
// the final batch, every blind batch (blind*.tsv) and the untouched sets
// whose figure is the learned scorer's own honest one (learn12_u.tsv,
// written before the twelfth round's change to the rescue).
var HeldOut = []string{"final.tsv", "learn12_u.tsv"}

// heldOut reports whether the set name is never trained on: HeldOut's,
// every blind batch, and the sixteenth round's sets kept from every
// reader (*_held.tsv, sn16_tune.tsv).
func heldOut(name string) bool {
	return slices.Contains(HeldOut, name) || strings.HasPrefix(name, "blind") ||
		strings.HasSuffix(name, "_held.tsv") || name == "sn16_tune.tsv"
}

// Meta is what an example's label says beyond positive: for reports.
type Meta struct {
	Vendors    []string
	Categories []trust.Category
}

// Headlines reads the Manifest's sets in dir, in its order; each file
// is a group.
func Headlines(dir string) ([]match.LearnExample, []Meta, error) {
	return Sets(dir, Manifest)
}

// Sets reads the named headline sets in dir, in their order; each file
// is a group.
func Sets(dir string, names []string) ([]match.LearnExample, []Meta, error) {
	var ex []match.LearnExample
	var meta []Meta
	for _, name := range names {
		if heldOut(name) {
			return nil, nil, fmt.Errorf("%s is held out: never trained on", name)
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
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
			e.Categories, e.Vendors = md.Categories, md.Vendors
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
		ex[len(ex)-1].Categories, ex[len(ex)-1].Vendors = md.Categories, md.Vendors
		meta = append(meta, md)
	}
	return ex, meta, nil
}
