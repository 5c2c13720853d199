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
	names := make([]string, 0, len(docs))
	size := 0
	for name, body := range docs {
		names = append(names, name)
		size += len(body)
	}
	sort.Strings(names)
	for _, bc := range []struct {
		name string
		atom func([]byte) (*gofeed.Feed, error)
	}{
		{"fast", parseAtom},
		{"gofeed", nil},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, name := range names {
					if _, err := parse(docs[name], "https://example.org/feed", corpusNow, bc.atom); err != nil {
						b.Fatalf("%s: %v", name, err)
					}
				}
			}
		})
	}
}
