package sources

import (
	"sort"
	"testing"

	"github.com/mmcdole/gofeed"
)

// BenchmarkParseAtom runs the whole of Parse over every Atom feed in
// realworld/feeds, with the fast Atom path and with gofeed's alone, so one
// run gives the ratio.
func BenchmarkParseAtom(b *testing.B) {
	docs := atomCorpus(b, "realworld/feeds")
	for _, bc := range []struct {
		name string
		atom func([]byte) (*gofeed.Feed, error)
	}{
		{"fast", parseAtom},
		{"gofeed", nil},
	} {
		benchCorpus(b, bc.name, docs, func(body []byte) error {
			_, err := parse(body, "https://example.org/feed", corpusNow, bc.atom)
			return err
		})
	}
}

// corpusNames returns the names of docs in order and their total size.
func corpusNames(docs map[string][]byte) (names []string, size int) {
	names = make([]string, 0, len(docs))
	for name, body := range docs {
		names = append(names, name)
		size += len(body)
	}
	sort.Strings(names)
	return names, size
}

// benchCorpus runs parse over every document of docs, in name order, as
// the sub-benchmark name.
func benchCorpus(b *testing.B, name string, docs map[string][]byte, parse func(body []byte) error) {
	names, size := corpusNames(docs)
	b.Run(name, func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, n := range names {
				if err := parse(docs[n]); err != nil {
					b.Fatalf("%s: %v", n, err)
				}
			}
		}
	})
}
