package storage

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// BenchmarkSaveFeed stores feeds of 25 new items each, as a full ingest
// cycle does (every item new, one call per feed, with the poll's success),
// and reports the cost per item: from one caller per core, and from four
// per core, where more calls queue for the writer and share its commits.
// The database already holds 10,000 items.
func BenchmarkSaveFeed(b *testing.B) {
	for _, callers := range []int{1, 4} {
		b.Run(fmt.Sprintf("callers-per-core=%d", callers), func(b *testing.B) {
			db := openTestDB(b)
			ctx := context.Background()
			const perFeed = 25
			srcs := make([]int64, 50)
			for i := range srcs {
				srcs[i] = ensureSource(b, db, fmt.Sprintf("s%d", i))
			}
			var seq atomic.Int64
			feed := func() []trust.Item {
				items := make([]trust.Item, perFeed)
				for i := range items {
					n := seq.Add(1)
					link := fmt.Sprintf("https://news.example.com/2026/11/%d/some-article-about-things-%d", n%28, n)
					items[i] = trust.Item{
						Key: "guid:" + link, Link: link + "?utm_source=rss", CanonicalLink: link,
						Title:     fmt.Sprintf("Article number %d about a vendor and something that happened today", n),
						Published: t0.Add(-time.Duration(n) * time.Minute), DateKnown: true,
					}
				}
				return items
			}
			for i := range 400 {
				if _, err := db.SaveItems(ctx, srcs[i%len(srcs)], feed(), nil); err != nil {
					b.Fatal(err)
				}
			}
			var calls atomic.Int64
			b.SetParallelism(callers) // callers × GOMAXPROCS goroutines
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := calls.Add(1)
					ok := &PollSuccess{At: t0, Next: t0.Add(time.Hour)}
					if _, err := db.SaveFeed(ctx, srcs[int(i)%len(srcs)], feed(), nil, ok); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*perFeed)/1e3, "µs/item")
		})
	}
}
