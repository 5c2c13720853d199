package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"
)

// TestReproduces retrains from the labelled data and compares the result
// with the embedded learned.gz and reversal.gz, what they hold byte for
// byte (sameModel): the weights in the binary are what the command in the
// repo writes. The weights read only the files of learndata.Manifest, the
// corpus's tuning half and the lexicon, never a rule's verdict: a rule
// branch leaves them as they are. It needs the corpus (../shared), and
// skips, saying so, without it. The data is read once for both models.
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
	learned, _, err := Train(d, 0)
	if err != nil {
		t.Fatal(err)
	}
	reversal, _, _ := TrainReversal(d)
	for _, c := range []struct {
		name string
		file []byte
		why  string
	}{
		{"learned.gz", learned, "The weights change only when a file of learndata.Manifest, testdata/labels/news-dev.tsv, " +
			"the corpus or the lexicon (config's signal and vendor terms) changes"},
		{"reversal.gz", reversal, "The reversal detector's weights change with the same files"},
	} {
		old, err := os.ReadFile(filepath.Join(root, "sources", "match", c.name))
		if err != nil {
			t.Fatal(err)
		}
		if same, err := sameModel(old, c.file); err != nil {
			t.Fatal(err)
		} else if !same {
			t.Errorf("%s is not what training writes (%d bytes, want %d). %s: rerun go run ./cmd/vendorwatch-train "+
				"(and go run ./cmd/vendorwatch-train -cv to see the held-out figures)", c.name, len(old), len(c.file), c.why)
		}
	}
}
