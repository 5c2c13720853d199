package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"
)

// TestReproduces retrains from the labelled data and compares the result
// with the embedded learned.txt byte for byte: the weights in the binary
// are what the command in the repo writes. It needs the corpus
// (../shared), and skips, saying so, without it.
func TestReproduces(t *testing.T) {
	shareddir.OrSkip(t, "corpus", "news-dev.jsonl")
	if testing.Short() {
		t.Skip("retraining takes about 20 s")
	}
	root, err := shareddir.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	file, _, err := Train(root)
	if err != nil {
		t.Fatal(err)
	}
	old, err := os.ReadFile(filepath.Join(root, "sources", "match", "learned.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(file, old) {
		t.Errorf("learned.txt is not what training writes (%d bytes, want %d): run go run ./cmd/vendorwatch-train", len(old), len(file))
	}
}
