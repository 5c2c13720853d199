package storage_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// The scale the bot must answer /vendor and autocomplete at in 50 ms (p99).
const (
	benchItems   = 500_000
	benchAlerts  = 50_000
	benchVendors = 60
	benchGuilds  = 20
	benchYears   = 3
)

// buildBenchDB fills a database with storagetest.FillSynthetic, in one
// transaction so that it takes seconds rather than minutes.
func buildBenchDB(b *testing.B) *storage.DB {
	b.Helper()
	db := storage.OpenTestDB(b)
	start := time.Now()
	err := storagetest.FillSynthetic(context.Background(), db, storagetest.Synthetic{
		Items: benchItems, Alerts: benchAlerts, Vendors: benchVendors, Guilds: benchGuilds, Sources: 10,
		Span: benchYears * 365 * 24 * time.Hour, Now: storage.T0, Seed: 1,
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d items, %d alerts, %d alert vendors, %d outbox rows in %v",
		storage.Count(b, db, "items"), storage.Count(b, db, "alerts"), storage.Count(b, db, "alert_vendors"), storage.Count(b, db, "outbox"),
		time.Since(start).Round(time.Millisecond))
	return db
}

// BenchmarkRecentAlerts times the bot's reads at full scale and reports
// each one's 99th percentile latency as p99-ms.
func BenchmarkRecentAlerts(b *testing.B) {
	db := buildBenchDB(b)
	ctx := context.Background()
	month := storage.T0.Add(-30 * 24 * time.Hour)
	keys := make([]string, 100)
	for i := range keys {
		keys[i] = fmt.Sprintf("guid:%d", benchItems-1-i*10)
	}
	benches := []struct {
		name string
		run  func() error
	}{
		{"vendor-recent-top", func() error {
			_, err := db.RecentAlerts(ctx, storage.AlertQuery{Vendor: "Vendor00", Guild: "g1", Limit: 10})
			return err
		}},
		{"vendor-recent-rare", func() error {
			_, err := db.RecentAlerts(ctx, storage.AlertQuery{Vendor: "Vendor59", Guild: "g1", Limit: 10})
			return err
		}},
		{"vendor-recent-top-critical", func() error {
			_, err := db.RecentAlerts(ctx, storage.AlertQuery{Vendor: "Vendor00", Guild: "g1", MinSeverity: trust.SeverityCritical, Limit: 10})
			return err
		}},
		{"vendor-count-30d-top", func() error {
			_, err := db.CountAlerts(ctx, storage.AlertQuery{Vendor: "Vendor00", Guild: "g1", Since: month})
			return err
		}},
		{"vendor-count-all-top", func() error {
			_, err := db.CountAlerts(ctx, storage.AlertQuery{Vendor: "Vendor00", Guild: "g1"})
			return err
		}},
		{"guild-vendor-recent", func() error {
			_, err := db.RecentAlerts(ctx, storage.AlertQuery{Vendor: "Own01", Guild: "g1", Limit: 10})
			return err
		}},
		{"any-recent", func() error {
			_, err := db.RecentAlerts(ctx, storage.AlertQuery{Guild: "g1", Limit: 10})
			return err
		}},
		{"any-count-30d", func() error {
			_, err := db.CountAlerts(ctx, storage.AlertQuery{Guild: "g1", Since: month})
			return err
		}},
		{"autocomplete-empty", func() error {
			_, err := db.AlertVendors(ctx, "g1", "", 25)
			return err
		}},
		{"autocomplete-prefix", func() error {
			_, err := db.AlertVendors(ctx, "g1", "vendor1", 25)
			return err
		}},
		{"known-keys-100", func() error {
			_, err := db.KnownKeys(ctx, 1, keys)
			return err
		}},
		{"pending-outbox", func() error {
			_, err := db.PendingOutbox(ctx, storage.T0, 50)
			return err
		}},
	}
	for _, bb := range benches {
		b.Run(bb.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				start := time.Now()
				if err := bb.run(); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			slices.Sort(lat)
			p99 := lat[min(len(lat)-1, len(lat)*99/100)]
			b.ReportMetric(float64(p99)/float64(time.Millisecond), "p99-ms")
		})
	}
}
