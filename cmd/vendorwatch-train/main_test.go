package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"
)

// TestReproduces retrains from the labelled data and compares the result
// with the embedded learned.gz, what it holds byte for byte (sameModel):
// the weights in the binary are what the command in the repo writes. The
// weights read only the files of learndata.Manifest, the corpus's tuning
// half and the lexicon, never a rule's verdict: a rule branch leaves them
// as they are. It needs the corpus (../shared), and skips, saying so,
// without it.
func TestReproduces(t *testing.T) {
	shareddir.OrSkip(t, "corpus", "news-dev.jsonl")
	if testing.Short() {
		t.Skip("retraining takes about 20 s")
	}
	root, err := shareddir.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadData(root)
	if err != nil {
		t.Fatal(err)
	}
	file, _, err := Train(d, 0)
	if err != nil {
		t.Fatal(err)
	}
	old, err := os.ReadFile(filepath.Join(root, "sources", "match", "learned.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if same, err := sameModel(old, file); err != nil {
		t.Fatal(err)
	} else if !same {
		t.Errorf("learned.gz is not what training writes (%d bytes, want %d). The weights change only when a file of "+
			"learndata.Manifest, testdata/labels/news-dev.tsv, the corpus or the lexicon (config's signal and vendor terms) "+
			"changes: rerun go run ./cmd/vendorwatch-train (and go run ./cmd/vendorwatch-train -cv to see the held-out figures)", len(old), len(file))
	}
}

// TestReversalReproduces is TestReproduces for the reversal detector's
// reversal.gz.
func TestReversalReproduces(t *testing.T) {
	shareddir.OrSkip(t, "corpus", "news-dev.jsonl")
	if testing.Short() {
		t.Skip("retraining takes about 10 s")
	}
	root, err := shareddir.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadData(root)
	if err != nil {
		t.Fatal(err)
	}
	file, _, _ := TrainReversal(d)
	old, err := os.ReadFile(filepath.Join(root, "sources", "match", "reversal.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if same, err := sameModel(old, file); err != nil {
		t.Fatal(err)
	} else if !same {
		t.Errorf("reversal.gz is not what training writes (%d bytes, want %d): rerun go run ./cmd/vendorwatch-train", len(old), len(file))
	}
}
