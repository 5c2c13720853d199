package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/benchkit"
	"github.com/vendorwatch/vendorwatch/internal/loadgen"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
)

func benchTemplates(tb testing.TB) [][]byte {
	tb.Helper()
	tpl, err := loadgen.LoadTemplates(filepath.Join(shareddir.OrSkip(tb, "feeds"), "realworld", "feeds"))
	if err != nil {
		tb.Fatal(err)
	}
	return tpl
}

const benchFeeds = 1000

func itemsStored(t *testing.T, h *ingestBench) uint64 {
	t.Helper()
	return h.d.Metrics.Items.Get()
}

// TestBenchSmoke runs the ingest harness over 20 feeds: a first cycle, a
// cycle with a quarter of the feeds changed, then the command itself. It
// proves the harness works; it times nothing.
func TestBenchSmoke(t *testing.T) {
	tpl := benchTemplates(t)
	ctx := context.Background()
	h, err := newIngestBench(ctx, t.TempDir(), tpl, 20, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer h.close()
	h.cycle(ctx)
	if n, first, err := h.failures(ctx); err != nil || n > 0 {
		t.Fatalf("first cycle: %d sources failed (%s), %v", n, first, err)
	}
	first := itemsStored(t, h)
	if first == 0 {
		t.Fatal("first cycle stored no items")
	}
	if st := h.gen.Stats(); st.Requests != 20 || st.NotModified != 0 {
		t.Errorf("first cycle: %+v, want 20 requests and no 304", st)
	}

	changed := h.gen.Change(0.25)
	h.cycle(ctx)
	if st := h.gen.Stats(); st.Requests != 40 || st.NotModified != int64(20-changed) {
		t.Errorf("second cycle: %+v, want 40 requests, %d answered 304", st, 20-changed)
	}
	if n, first, err := h.failures(ctx); err != nil || n > 0 {
		t.Fatalf("second cycle: %d sources failed (%s), %v", n, first, err)
	}
	if itemsStored(t, h) <= first {
		t.Error("the changed feeds' items were not stored")
	}

	var out, errOut strings.Builder
	if err := cmdBench(ctx, []string{"-only", "ingest,unchanged,memory,scan", "-feeds", "20", "-rounds", "1", "-items", "1000",
		"-feeds-dir", filepath.Join(shareddir.OrSkip(t, "feeds"), "realworld", "feeds")}, &out, &errOut); err != nil {
		t.Fatalf("bench: %v\n%s", err, errOut.String())
	}
	for _, want := range []string{"| ingest, 20 feeds all changed", "| full cycle, 20 feeds all changed", "| unchanged cycle, 20 feeds answering 304",
		"| peak RSS of run, 20 feeds, 1000 items", "| `scan` of 200 real feed files"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("bench table lacks %q:\n%s", want, out.String())
		}
	}
}

// BenchmarkIngest is a full cycle over 1,000 feeds that all changed: fetch
// over loopback, parse, normalise, match, store, through the daemon's poll.
// Compare its MB/s with BenchmarkIngestBaseline's.
func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	h, err := newIngestBench(ctx, b.TempDir(), benchTemplates(b), benchFeeds, 50*time.Millisecond)
	if err != nil {
		b.Fatal(err)
	}
	defer h.close()
	h.cycle(ctx) // first sight of every source
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		h.gen.Change(1)
		b.SetBytes(totalBytes(h.gen.Bodies()))
		b.StartTimer()
		h.cycle(ctx)
	}
}

// BenchmarkIngestBaseline is bare gofeed parsing the same bodies from
// memory, one parser per core.
func BenchmarkIngestBaseline(b *testing.B) {
	gen, err := loadgen.Start(loadgen.Options{Feeds: benchFeeds, Templates: benchTemplates(b)})
	if err != nil {
		b.Fatal(err)
	}
	defer gen.Close()
	bodies := gen.Bodies()
	b.SetBytes(totalBytes(bodies))
	for b.Loop() {
		parseBaseline(bodies)
	}
}

// BenchmarkUnchanged is a cycle over 1,000 feeds that all answer 304.
func BenchmarkUnchanged(b *testing.B) {
	ctx := context.Background()
	h, err := newIngestBench(ctx, b.TempDir(), benchTemplates(b), benchFeeds, 50*time.Millisecond)
	if err != nil {
		b.Fatal(err)
	}
	defer h.close()
	h.cycle(ctx)
	b.ResetTimer()
	for b.Loop() {
		h.cycle(ctx)
	}
}

func matchInputs(b *testing.B) ([]benchkit.Article, *config.Config) {
	cfg, err := config.Default()
	if err != nil {
		b.Fatal(err)
	}
	return benchkit.Corpus(benchTemplates(b), benchkit.MatchCorpusBytes), cfg
}

// BenchmarkMatch: run with -cpu 1 for the one-core figure.
func BenchmarkMatch(b *testing.B) {
	corpus, cfg := matchInputs(b)
	benchkit.BenchMatch(b, corpus, benchkit.SynthVendors(cfg.Watchlist(), 1000), cfg.Matching)
}

func BenchmarkMatchRegexpBaseline(b *testing.B) {
	corpus, cfg := matchInputs(b)
	benchkit.BenchRegexpBaseline(b, benchkit.Head(corpus, benchkit.BaselineBytes), benchkit.SynthVendors(cfg.Watchlist(), 1000), cfg.Matching)
}

// BenchmarkLookup reports each bot read's p99 over 500,000 items and
// 50,000 alerts, and where the read changed in migration 14, the old
// read's p99 measured beside it (base-p99-ms).
func BenchmarkLookup(b *testing.B) {
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(b.TempDir(), "lookup.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	now := time.Now()
	if err := storagetest.FillSynthetic(ctx, db, storagetest.Synthetic{Items: 500_000, Alerts: 50_000, Vendors: 60, Guilds: 20, Sources: 10,
		Span: 3 * 365 * 24 * time.Hour, Now: now, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	for _, l := range benchkit.Lookups(db, now) {
		b.Run(l.Name, func(b *testing.B) {
			var lat, base []time.Duration
			for b.Loop() {
				l1, b1, err := benchkit.Latencies(ctx, 1, l.Run, l.Base)
				if err != nil {
					b.Fatal(err)
				}
				lat, base = append(lat, l1...), append(base, b1...)
			}
			b.ReportMetric(float64(benchkit.P(lat, 99))/1e6, "p99-ms")
			if len(base) > 0 {
				b.ReportMetric(float64(benchkit.P(base, 99))/1e6, "base-p99-ms")
			}
		})
	}
}

// BenchmarkRunPeakRSS builds vendorwatch, runs it over a database of
// 500,000 items until it has polled 1,000 feeds once, and reports its peak
// resident memory.
func BenchmarkRunPeakRSS(b *testing.B) {
	tpl := benchTemplates(b)
	ctx := context.Background()
	dir := b.TempDir()
	exe, err := buildVendorwatch(ctx, dir)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		h, err := newRunHarness(ctx, b.TempDir(), exe, tpl, benchFeeds, 500_000)
		if err != nil {
			b.Fatal(err)
		}
		r, err := h.cycle(ctx, nil)
		h.close()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(r.peak)/(1<<20), "peak-MB")
	}
}

// BenchmarkDelivery posts 1,000 alerts to 100 channels through the bot's
// dispatcher to the fake Discord at 5 messages per 5 s per channel; the
// floor those limits set is 5 s (reported as floor-s). The global limit is
// off in the fake and the bot's pacing off to match; BenchmarkDeliveryGlobal
// adds both.
func BenchmarkDelivery(b *testing.B) {
	for b.Loop() {
		r, err := deliver(context.Background(), b.TempDir(), 100, 10, 5, 5*time.Second, 0, 0, -1)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(r.took.Seconds(), "s")
		b.ReportMetric(5, "floor-s")
	}
}

// BenchmarkDeliveryGlobal is BenchmarkDelivery with the fake also enforcing
// Discord's global 50 requests a second and the bot pacing itself as by
// default: the floor is then 19 s, and global-429 should stay 0.
func BenchmarkDeliveryGlobal(b *testing.B) {
	for b.Loop() {
		r, err := deliver(context.Background(), b.TempDir(), 100, 10, 5, 5*time.Second, 0, bot.DefaultGlobalRate, 0)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(r.took.Seconds(), "s")
		b.ReportMetric(19, "floor-s")
		b.ReportMetric(float64(r.globalRefused), "global-429")
	}
}

// TestBenchLookupReusesDB runs the lookup benchmark over a small database
// twice with --lookup-db: the first run fills it, the second reuses it,
// and both report every read that changed beside its old form. A database
// of another size is refused.
func TestBenchLookupReusesDB(t *testing.T) {
	ctx := context.Background()
	feeds := filepath.Join(shareddir.OrSkip(t, "feeds"), "realworld", "feeds")
	path := filepath.Join(t.TempDir(), "lookup.db")
	for i, want := range []string{"lookup: filled 2000 items", "lookup: reusing " + path} {
		var out, errOut strings.Builder
		if err := cmdBench(ctx, []string{"-only", "lookup", "-items", "2000", "-lookup-calls", "20", "-lookup-db", path, "-feeds-dir", feeds}, &out, &errOut); err != nil {
			t.Fatalf("run %d: %v\n%s", i, err, errOut.String())
		}
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("run %d: log %q, want %q", i, errOut.String(), want)
		}
		for _, read := range []string{"vendor-recent-top", "guild-vendor-recent", "vendor-trend-top", "autocomplete-empty", "autocomplete-prefix"} {
			if !strings.Contains(out.String(), "| lookup "+read+", 2000 items (p50 / p99) |") {
				t.Errorf("run %d: no row for %s in\n%s", i, read, out.String())
			}
		}
		if !strings.Contains(out.String(), "(before migration 14)") {
			t.Errorf("run %d: no baseline in\n%s", i, out.String())
		}
	}
	var out, errOut strings.Builder
	err := cmdBench(ctx, []string{"-only", "lookup", "-items", "3000", "-lookup-db", path, "-feeds-dir", feeds}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "holds 2000 items") {
		t.Errorf("--items 3000 over a database of 2000: %v, want it refused", err)
	}
}

// TestUnchangedSmoke runs the unchanged-only cycles over 20 feeds, the
// binary against itself as the baseline: the seeded validators must make
// every request a 304 (measureUnchanged fails otherwise) and both
// binaries' cycles be counted. It times nothing.
func TestUnchangedSmoke(t *testing.T) {
	tpl := benchTemplates(t)
	ctx := context.Background()
	dir := t.TempDir()
	exe, err := buildVendorwatch(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := measureUnchanged(ctx, dir, exe, exe, tpl, 20, 2, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.cycles) != 2 || len(f.before) != 2 {
		t.Fatalf("%d cycles and %d baseline cycles, want 2 each", len(f.cycles), len(f.before))
	}
	for _, c := range append(f.before, f.cycles...) {
		if c.requests != 20 || c.conns < 1 || c.conns > c.requests {
			t.Errorf("cycle %s: want 20 requests over 1 to 20 connections", c)
		}
	}
	rows := unchangedRows(f)
	if len(rows) != 1 || !strings.Contains(rows[0].baseline, "baseline binary") {
		t.Errorf("rows %+v, want one with the baseline", rows)
	}
}
