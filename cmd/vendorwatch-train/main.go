// Command vendorwatch-train trains the matcher's learned scorer and its
// reversal detector and writes their weights to sources/match/learned.gz
// and sources/match/reversal.gz, which the matcher embeds.
//
//	go run ./cmd/vendorwatch-train        # write learned.gz
//	go run ./cmd/vendorwatch-train -cv    # also print the held-out-fold figures
//	go run ./cmd/vendorwatch-train -cv -rows 0.9 # and the rows the rescue adds from p 0.9, the rows the name ranker renames
//	go run ./cmd/vendorwatch-train -check # fail unless learned.gz holds what a run writes
//	go run ./cmd/vendorwatch-train -cats  # the category confusion of the full matcher on the training rows
//	go run ./cmd/vendorwatch-train -leaveout default # the rescue on sets left out of training
//
// It reads the headline sets named in learndata.Manifest (never final.tsv,
// a blind batch or a set added later) and the corpus's tuning half (../shared/corpus/news-dev.jsonl, articles up to 2022, with
// testdata/labels/news-dev.tsv); never the 2023 half. The run is
// deterministic: the same data gives the same file, byte for byte, and
// the rules' verdicts enter only the -cv report, not the weights.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/internal/learndata"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/trust"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "vendorwatch-train:", err)
		}
		os.Exit(2)
	}
}

func run(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("vendorwatch-train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	root := fs.String("root", "", "the module root (default: found from the working directory)")
	cv := fs.Bool("cv", false, "print the rescue's figures on held-out folds, per group")
	check := fs.Bool("check", false, "compare with learned.gz instead of writing it")
	rows := fs.Float64("rows", 0, "with -cv, also list the held-out rows the rescue adds at this probability")
	cats := fs.Bool("cats", false, "print the full matcher's category confusion on the training rows and list the wrong ones; writes nothing")
	leave := fs.String("leaveout", "", "train without the headline sets matching these comma-separated globs (\"default\": rounds 14-16) and print what the rescue adds on them; writes nothing")
	silent := fs.String("silent", "", "count the events no alert is made of by where the rescue stops; with a stage's name, list its rows too (\"-\": counts only)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *root == "" {
		r, err := shareddir.ModuleRoot()
		if err != nil {
			return err
		}
		*root = r
	}
	if *leave != "" {
		if *leave == "default" {
			*leave = leaveOutDefault
		}
		b, err := LeaveOut(*root, *leave)
		if err != nil {
			return err
		}
		_, err = stdout.Write(b)
		return err
	}
	d, err := loadData(*root)
	if err != nil {
		return err
	}
	if *silent != "" {
		b, err := Silent(d, strings.TrimPrefix(*silent, "-"))
		if err != nil {
			return err
		}
		_, err = stdout.Write(b)
		return err
	}
	rev, rrep, rp := TrainReversal(d)
	if *cats {
		b, err := Categories(d, rp, true)
		if err != nil {
			return err
		}
		_, err = stdout.Write(b)
		return err
	}
	file, report, err := Train(d, *rows)
	if err != nil {
		return err
	}
	if *cv {
		stdout.Write(report)
		stdout.Write(rrep)
		// The category accuracy of the full matcher, before and after
		// the held-out detector.
		b, err := Categories(d, rp, false)
		if err != nil {
			return err
		}
		stdout.Write(b)
	}
	for _, o := range []struct {
		name string
		file []byte
	}{{"learned.gz", file}, {"reversal.gz", rev}} {
		dst := filepath.Join(*root, "sources", "match", o.name)
		if !*check {
			if err := os.WriteFile(dst, o.file, 0o644); err != nil {
				return err
			}
			continue
		}
		old, err := os.ReadFile(dst)
		if err != nil {
			return err
		}
		if same, err := sameModel(old, o.file); err != nil {
			return fmt.Errorf("%s: %w", dst, err)
		} else if !same {
			return fmt.Errorf("%s differs from what training writes: run go run ./cmd/vendorwatch-train", o.name)
		}
	}
	return nil
}

// sameModel reports whether two model files (gzip) hold the same bytes.
// It compares what they hold, not the compressed bytes, which another Go
// release's deflate may write otherwise.
func sameModel(a, b []byte) (bool, error) {
	var pa, pb []byte
	for _, x := range []struct {
		in  []byte
		out *[]byte
	}{{a, &pa}, {b, &pb}} {
		zr, err := gzip.NewReader(bytes.NewReader(x.in))
		if err != nil {
			return false, err
		}
		if *x.out, err = io.ReadAll(zr); err != nil {
			return false, err
		}
	}
	return bytes.Equal(pa, pb), nil
}

// Train reads the training data under root (the module root) and
// ../shared beside it, and returns the model file and the held-out report.
func Train(d *trainData, rows float64) ([]byte, []byte, error) {
	ex, meta, m := d.ex, d.meta, d.m
	file, out := m.TrainLearned(ex)
	th, err := match.LearnedThreshold(file)
	if err != nil {
		return nil, nil, err
	}
	b := report(ex, meta, out, th)
	b = append(b, rankReport(ex, meta, out, rows > 0)...)
	if rows > 0 {
		for i, o := range out {
			if o.Eligible && (o.P >= rows || o.Band) {
				kind := "false"
				if ex[i].Positive && rightAlert(o.Alert, meta[i]) {
					kind = "right"
				} else if ex[i].Positive {
					kind = "wrong"
				}
				b = fmt.Appendf(b, "%s %.3f %s %s %v/%s %q", kind, o.P, o.Source, ex[i].Group, o.Alert.VendorNames(), o.Alert.Category, ex[i].Title)
				if o.Band {
					b = append(b, " (band)"...)
				}
				if o.Exit {
					b = append(b, " (exit)"...)
				}
				if kind == "wrong" {
					b = fmt.Appendf(b, " (labelled %v/%v)", meta[i].Vendors, meta[i].Categories)
				}
				b = append(b, '\n')
			}
		}
	}
	return file, b, nil
}

// report counts, per group held out, the rows the rescue would add at
// threshold th: right (an event, its vendor and category right), wrong
// (an event, a wrong vendor or category) and false (not an event).
func report(ex []match.LearnExample, meta []learndata.Meta, out []match.LearnOutcome, th float64) []byte {
	type fig struct{ right, wrong, false_, eligible int }
	by := map[string]*fig{}
	var groups []string
	for i, o := range out {
		g := ex[i].Group
		if by[g] == nil {
			by[g] = &fig{}
			groups = append(groups, g)
		}
		if !o.Eligible {
			continue
		}
		f := by[g]
		f.eligible++
		if o.P < max(th, o.Sure) && !o.Band {
			continue
		}
		switch {
		case !ex[i].Positive:
			f.false_++
		case rightAlert(o.Alert, meta[i]):
			f.right++
		default:
			f.wrong++
		}
	}
	slices.Sort(groups)
	var b bytes.Buffer
	fmt.Fprintf(&b, "threshold %.2f; rows the rescue adds on held-out folds (right / wrong vendor or category / not an event, of eligible)\n", th)
	var tot, real fig
	for _, g := range groups {
		f := by[g]
		if f.right+f.wrong+f.false_ > 0 {
			fmt.Fprintf(&b, "  %-22s %3d %3d %3d of %d\n", g, f.right, f.wrong, f.false_, f.eligible)
		}
		t := &tot
		if strings.HasPrefix(g, "corpus-") {
			t = &real
		}
		t.right += f.right
		t.wrong += f.wrong
		t.false_ += f.false_
		t.eligible += f.eligible
	}
	// tally counts the held-out outcomes at threshold t, of one candidate
	// source or ("") of all.
	tally := func(src string, t int) (right, wrong, hl, rn int) {
		for i, o := range out {
			if !o.Eligible || src != "" && o.Source != src && !(src == "reach" && strings.HasPrefix(o.Source, "reach ")) || o.P < float64(t)/100 {
				continue
			}
			switch {
			case ex[i].Positive && rightAlert(o.Alert, meta[i]):
				right++
			case ex[i].Positive:
				wrong++
			case ex[i].Real:
				rn++
			default:
				hl++
			}
		}
		return right, wrong, hl, rn
	}
	b.WriteString("by threshold (held out): right / wrong vendor or category / not events on headline sets / not events on real news\n")
	for _, t := range []int{50, 60, 70, 80, 85, 90, 93, 95, 97, 98, 99} {
		right, wrong, hl, rn := tally("", t)
		fmt.Fprintf(&b, "  %.2f %4d %4d %4d %4d\n", float64(t)/100, right, wrong, hl, rn)
	}
	b.WriteString("by candidate source and threshold (held out): right / wrong / not events on headline sets / on real news\n")
	for _, src := range []string{"title vendor", "title", "title name", "package", "class", "class written", "lead", "lead name", "ranked", "reach"} {
		for _, t := range []int{85, 90, 93, 95, 97, 98, 99} {
			right, wrong, hl, rn := tally(src, t)
			fmt.Fprintf(&b, "  %-12s %.2f %4d %4d %4d %4d\n", src, float64(t)/100, right, wrong, hl, rn)
		}
	}
	fmt.Fprintf(&b, "headline sets: right %d, wrong %d, false %d of %d eligible\n", tot.right, tot.wrong, tot.false_, tot.eligible)
	fmt.Fprintf(&b, "corpus ≤2022:  right %d, wrong %d, false %d of %d eligible\n", real.right, real.wrong, real.false_, real.eligible)
	return b.Bytes()
}

// rightAlert is the batch tests' measure: the category (supply and state
// categories as one) and, for a named event, one of its vendors.
func rightAlert(a trust.Alert, md learndata.Meta) bool {
	supply := func(k trust.Category) bool { return k == trust.CategoryOSS || k == trust.CategoryCompromise }
	state := func(k trust.Category) bool { return k == trust.CategoryStateLinks || k == trust.CategoryEspionage }
	if !slices.Contains(md.Categories, a.Category) && !(supply(a.Category) && slices.ContainsFunc(md.Categories, supply)) &&
		!(state(a.Category) && slices.ContainsFunc(md.Categories, state)) {
		return false
	}
	return len(md.Vendors) == 0 || slices.ContainsFunc(md.Vendors, func(v string) bool {
		return slices.ContainsFunc(a.VendorNames(), func(n string) bool {
			n, v := strings.ToLower(n), strings.ToLower(v)
			return strings.Contains(n, v) || strings.Contains(v, n)
		})
	})
}

// rankReport counts, over the alerts Match makes of the examples, how
// often the alert's name is right without the name ranker and with the
// ranker of the other folds at each margin (with list, the renamed rows
// too): events right (rightAlert),
// events of the right category with a wrong name, and alerts on
// non-events (which the ranker does not change), for the supply
// categories and the others apart.
func rankReport(ex []match.LearnExample, meta []learndata.Meta, out []match.LearnOutcome, list bool) []byte {
	var b bytes.Buffer
	var top, ranked int
	for _, o := range out {
		if o.RankTop > 0 {
			ranked++
			top += int(o.RankTop - 1)
		}
	}
	if list {
		// The alerts the ranker would rename from margin 2, right before
		// -> right after, and the events whose names it ranks wrong.
		for i, o := range out {
			if o.Fired && o.Rank.OK && o.Rank.Gap >= 2 {
				a := o.FiredAlert
				before := rightAlert(a, meta[i])
				a.Vendors = []trust.VendorHit{o.Rank.Best}
				fmt.Fprintf(&b, "renamed %v->%v gap %.1f %s %v -> %q want=%v %q — %.120q\n", before, rightAlert(a, meta[i]), o.Rank.Gap, ex[i].Group,
					o.FiredAlert.VendorNames(), o.Rank.Best.Name, meta[i].Vendors, ex[i].Title, ex[i].Text)
			}
			if o.Fired && ex[i].Positive && len(meta[i].Vendors) > 0 {
				// The alerts of the right category whose name stays wrong
				// at the shipped margin: what the ranker misses.
				a := o.FiredAlert
				if o.Rank.OK && o.Rank.Gap >= match.RankMargin {
					a.Vendors = []trust.VendorHit{o.Rank.Best}
				}
				catOnly := meta[i]
				catOnly.Vendors = nil
				if rightAlert(a, catOnly) && !rightAlert(a, meta[i]) {
					fmt.Fprintf(&b, "wrongname %s %v best=%q gap %.1f want=%v %q — %.200q\n", ex[i].Group, a.VendorNames(), o.Rank.Best.Name,
						o.Rank.Gap, meta[i].Vendors, ex[i].Title, ex[i].Text)
				}
			}
			if o.RankTop == 1 {
				fmt.Fprintf(&b, "rankmiss %s pick=%q want=%v %q — %.150q\n", ex[i].Group, o.RankPick, meta[i].Vendors, ex[i].Title, ex[i].Text)
			}
		}
	}
	fmt.Fprintf(&b, "name ranker alone (held-out folds): its best name is labelled in %d of %d events with two or more written names\n", top, ranked)
	b.WriteString("name ranker (held-out folds), over alerts that fire: right / right category, wrong name / not events; named events with the right category: name right of all\n")
	supply := func(k trust.Category) bool { return k == trust.CategoryOSS || k == trust.CategoryCompromise }
	for _, part := range []struct {
		name string
		in   func(trust.Category) bool
	}{{"all", func(trust.Category) bool { return true }}, {"supply", supply}, {"other", func(k trust.Category) bool { return !supply(k) }}} {
		for _, margin := range []float64{-1, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 8} {
			var right, wrongName, fp, named, nameRight, changed int
			for i, o := range out {
				if !o.Fired || !part.in(o.FiredAlert.Category) {
					continue
				}
				a := o.FiredAlert
				if margin >= 0 && o.Rank.OK && o.Rank.Gap >= margin {
					a.Vendors = []trust.VendorHit{o.Rank.Best}
					changed++
				}
				if !ex[i].Positive {
					fp++
					continue
				}
				catOnly := meta[i]
				catOnly.Vendors = nil
				if rightAlert(a, meta[i]) {
					right++
				} else if rightAlert(a, catOnly) {
					wrongName++
				}
				if len(meta[i].Vendors) > 0 && rightAlert(a, catOnly) {
					named++
					if rightAlert(a, meta[i]) {
						nameRight++
					}
				}
			}
			label := fmt.Sprintf("margin %.1f", margin)
			if margin < 0 {
				label = "no ranker"
			}
			fmt.Fprintf(&b, "  %-6s %-11s %5d %4d %4d; names right %d/%d (%.3f); renamed %d\n", part.name, label, right, wrongName, fp,
				nameRight, named, float64(nameRight)/float64(max(named, 1)), changed)
		}
	}
	return b.Bytes()
}
