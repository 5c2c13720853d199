package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync/atomic"
	"syscall"
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

// BenchmarkSaveFeedStatements stores feeds of 25 (and 100) new items, one
// call at a time (no group commit), into a database of 10,000 items, the way
// SaveFeed does now and the way it did before (saveFeedPerItem), and
// reports per item the time and the statements the driver was given
// (each Exec or Query, BEGIN and COMMIT included) and prepared.
func BenchmarkSaveFeedStatements(b *testing.B) {
	for _, path := range []struct {
		name string
		save func(ctx context.Context, db *DB, src int64, items []trust.Item, ok *PollSuccess) error
	}{
		{"path=per-item-before", saveFeedPerItem},
		{"path=multi-row", func(ctx context.Context, db *DB, src int64, items []trust.Item, ok *PollSuccess) error {
			_, err := db.SaveFeed(ctx, src, items, nil, ok)
			return err
		}},
	} {
		for _, perFeed := range []int{25, 100} {
			b.Run(fmt.Sprintf("%s/items=%d", path.name, perFeed), func(b *testing.B) {
				db, count := openCountingDB(b)
				ctx := context.Background()
				srcs := make([]int64, 50)
				for i := range srcs {
					srcs[i] = ensureSource(b, db, fmt.Sprintf("s%d", i))
				}
				seq := 0
				feed := func() []trust.Item {
					items := make([]trust.Item, perFeed)
					for i := range items {
						seq++
						link := fmt.Sprintf("https://news.example.com/2026/11/%d/some-article-about-things-%d", seq%28, seq)
						items[i] = trust.Item{
							Key: "guid:" + link, Link: link + "?utm_source=rss", CanonicalLink: link,
							Title:     fmt.Sprintf("Article number %d about a vendor and something that happened today", seq),
							Published: t0.Add(-time.Duration(seq) * time.Minute), DateKnown: true,
						}
					}
					return items
				}
				for i := range 10_000 / perFeed {
					if _, err := db.SaveItems(ctx, srcs[i%len(srcs)], feed(), nil); err != nil {
						b.Fatal(err)
					}
				}
				run, prepared := count.run.Load(), count.prepared.Load()
				cpu := processCPU()
				b.ResetTimer()
				n := 0
				for b.Loop() {
					b.StopTimer()
					items := feed()
					b.StartTimer()
					ok := &PollSuccess{At: t0, Next: t0.Add(time.Hour)}
					if err := path.save(ctx, db, srcs[n%len(srcs)], items, ok); err != nil {
						b.Fatal(err)
					}
					n++
				}
				items := float64(n * perFeed)
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/items/1e3, "µs/item")
				b.ReportMetric(float64(processCPU()-cpu)/items/1e3, "cpu-µs/item")
				b.ReportMetric(float64(count.run.Load()-run)/items, "stmts/item")
				b.ReportMetric(float64(count.prepared.Load()-prepared)/items, "prepares/item")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

// processCPU is the CPU time (user and system) the process has used:
// the machine is shared, and wall time per item moves with its load.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// saveFeedPerItem is how SaveFeed stored a poll before it read the known
// keys in its transaction and stored runs of items per statement, kept as
// the benchmark's baseline: the poller's KnownKeys first, then a
// transaction preparing the per-item statements, one savepoint, the
// poll's flood limit read, two statements per new item (article and
// sighting), the success recorded.
func saveFeedPerItem(ctx context.Context, db *DB, src int64, items []trust.Item, ok *PollSuccess) error {
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = it.Key
	}
	known, err := db.KnownKeys(ctx, src, keys)
	if err != nil {
		return err
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		st, err := prepareItemStmts(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		if _, err := tx.ExecContext(ctx, `SAVEPOINT feed`); err != nil {
			return err
		}
		var v string
		if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaPostsPerPoll).Scan(&v); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		for _, it := range items {
			if known[it.Key] {
				continue
			}
			if _, err := db.saveItemWith(ctx, tx, st, src, it, nil, nil, nil); err != nil {
				return err
			}
		}
		var down int
		if err := tx.QueryRowContext(ctx, sqlRecordSuccess, ok.ETag, ok.LastModified, ms(ok.At), ms(ok.At), ms(ok.Next), src).Scan(&down); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `RELEASE feed`)
		return err
	})
}
