package sources

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkRSS runs the whole of Parse over every RSS feed in
// realworld/feeds, with the own RSS reader and with gofeed's alone, so one
// run gives the ratio; the reader sub-benchmarks time the readers alone,
// on the bodies as parseFeed hands them over.
func BenchmarkRSS(b *testing.B) {
	docs := rssCorpus(b, "realworld/feeds")
	for _, bc := range []struct {
		name    string
		readers feedReaders
	}{
		{"Parse/own", withOwnRSS},
		{"Parse/gofeed", gofeedRSS},
	} {
		benchCorpus(b, bc.name, docs, func(body []byte) error {
			_, err := parseWith(body, "https://example.org/feed", corpusNow, bc.readers)
			return err
		})
	}
	names, _ := corpusNames(docs)
	var bodies [][]byte
	for _, name := range names {
		body := prepared(docs[name])
		if body, err := limitXML(body, "item", 3, maxItems); err == nil && ownRSSReads(docs[name]) == nil {
			bodies = append(bodies, body)
		}
	}
	for _, bc := range []struct {
		name string
		read func([]byte) error
	}{
		{"reader/own", func(b []byte) error { _, _, err := parseRSS(b); return err }},
		{"reader/gofeed", func(b []byte) error { _, _, err := parseGofeedRSS(b); return err }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, body := range bodies {
					if err := bc.read(body); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkRSSManyNamespaces parses a document that declares hundreds of
// namespaces and then uses twenty thousand elements, with the own reader
// and with gofeed's, whose goxpp copies every binding for every element.
func BenchmarkRSSManyNamespaces(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<rss version="2.0"`)
	for i := range 250 {
		fmt.Fprintf(&sb, ` xmlns:p%d="urn:x%d"`, i, i)
	}
	sb.WriteString(`><channel><title>T</title><item><title>a</title>`)
	sb.WriteString(strings.Repeat(`<p0:a/>`, 20000))
	sb.WriteString(`</item></channel></rss>`)
	doc := []byte(sb.String())
	for _, bc := range []struct {
		name    string
		readers feedReaders
	}{
		{"own", withOwnRSS},
		{"gofeed", gofeedRSS},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parseWith(doc, "", testNow, bc.readers); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
