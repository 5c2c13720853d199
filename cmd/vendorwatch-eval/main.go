// Command vendorwatch-eval measures detection on the labelled news corpus
// (../shared/corpus/news-dev.jsonl with testdata/labels/news-dev.tsv) and
// prints the tuning (up to 2022) and held-out (2023) halves side by side.
//
//	go run ./cmd/vendorwatch-eval            # the table
//	go run ./cmd/vendorwatch-eval -show tune # also the misses and false posts of the tuning half
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
	anyVendor := fs.Bool("any-vendor", false, "measure with [matching] any_vendor on (vendors outside the registry)")
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
	if *anyVendor {
		cfg.Matching.AnyVendor = true
	}
	m, err := match.Compile(cfg.Watchlist(), cfg.Matching)
	if err != nil {
		return err
	}
	tune := eval.Run(arts, lab, m.Match, func(y int) bool { return y <= 2022 })
	held := eval.Run(arts, lab, m.Match, func(y int) bool { return y == 2023 })
	eval.Table(stdout, tune, held)
	var s *eval.Scores
	switch *show {
	case "tune":
		s = &tune
	case "held":
		s = &held
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
