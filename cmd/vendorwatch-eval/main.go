// Command vendorwatch-eval measures detection on the labelled news corpus
// (../shared/corpus/news-dev.jsonl with testdata/labels/news-dev.tsv) and
// prints the tuning (up to 2022) and held-out (2023) halves side by side.
//
//	go run ./cmd/vendorwatch-eval            # the table
//	go run ./cmd/vendorwatch-eval -show tune # also the misses and false posts of the tuning half
//
// Two scopes are measured from one run of the matcher: "any vendor"
// (every alert: what a scope:any subscription gets) and "watchlist" (the
// alerts naming a registry vendor: the default scope).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/eval"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/sources/match"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "vendorwatch-eval:", err)
		}
		os.Exit(2)
	}
}

func run(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("vendorwatch-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "", "the corpus (default: ../shared/corpus/news-dev.jsonl beside the module)")
	labels := fs.String("labels", "", "the labels (default: testdata/labels/news-dev.tsv in the module)")
	show := fs.String("show", "", "also list misses and false posts of one half: tune or held")
	scope := fs.String("scope", "any", "with -show, the scope whose misses and false posts to list: any or watchlist")
	if err := fs.Parse(args); err != nil {
		return err
	}
	root, err := shareddir.ModuleRoot()
	if err != nil {
		return err
	}
	if *corpus == "" {
		*corpus = filepath.Join(root, "..", "shared", "corpus", "news-dev.jsonl")
	}
	if *labels == "" {
		*labels = filepath.Join(root, "testdata", "labels", "news-dev.tsv")
	}
	arts, err := eval.OpenCorpus(*corpus)
	if err != nil {
		return err
	}
	lf, err := os.Open(*labels)
	if err != nil {
		return err
	}
	defer lf.Close()
	lab, err := eval.ReadLabels(lf)
	if err != nil {
		return err
	}
	cfg, err := config.Default()
	if err != nil {
		return err
	}
	m, err := match.Compile(cfg.Watchlist(), cfg.Matching)
	if err != nil {
		return err
	}
	watch := eval.Watchlist(m.Match)
	tuning := func(y int) bool { return y <= 2022 }
	heldOut := func(y int) bool { return y == 2023 }
	cols := []eval.Column{
		{Name: "any vendor, ≤ 2022", Scores: eval.Run(arts, lab, m.Match, tuning)},
		{Name: "any vendor, 2023 (held out)", Scores: eval.Run(arts, lab, m.Match, heldOut)},
		{Name: "watchlist, ≤ 2022", Scores: eval.Run(arts, lab, watch, tuning)},
		{Name: "watchlist, 2023 (held out)", Scores: eval.Run(arts, lab, watch, heldOut)},
	}
	eval.Table(stdout, cols)
	var s *eval.Scores
	i := 0
	switch *scope {
	case "any":
	case "watchlist":
		i = 2
	default:
		return fmt.Errorf("-scope: want any or watchlist, not %q", *scope)
	}
	switch *show {
	case "tune":
		s = &cols[i].Scores
	case "held":
		s = &cols[i+1].Scores
	case "":
	default:
		return fmt.Errorf("-show: want tune or held, not %q", *show)
	}
	if s != nil {
		fmt.Fprintf(stdout, "\nmissed events (%d):\n", len(s.Misses))
		for _, l := range s.Misses {
			fmt.Fprintln(stdout, " ", l)
		}
		fmt.Fprintf(stdout, "\nfalse posts (%d):\n", len(s.FalsePosts))
		for _, l := range s.FalsePosts {
			fmt.Fprintln(stdout, " ", l)
		}
	}
	return nil
}
