// Command vendorwatch-bench measures vendorwatch against its baselines
// (ingest, unchanged cycle, matcher, lookup, delivery, memory) and prints
// one table with the ratios. It is a command of its own so that the
// daemon's binary links none of its harness: testing, the fake Discord,
// the load generator and the OpenAPI validator.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"

	"github.com/bwmarrin/discordgo"

	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/benchkit"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/internal/loadgen"
	"github.com/vendorwatch/vendorwatch/poller"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// ingestBench drives the daemon's own poll over feeds served by a load
// generator: fetch over loopback, parse, normalise, match, store.
type ingestBench struct {
	gen    *loadgen.Server
	db     *storage.DB
	d      *poller.Poller
	srcs   []trust.Source
	ids    []int64
	offset atomic.Int64 // the daemon's clock runs this far ahead of time.Now
	alerts atomic.Int64
}

// newIngestBench serves feeds built from tpl, registers them as sources of
// a new database in dir and wires a daemon as cmdRun does, with the default
// config (watchlist, rules, fetch limits) and alerts counted, not printed.
func newIngestBench(ctx context.Context, dir string, tpl [][]byte, feeds int, slow time.Duration) (*ingestBench, error) {
	cfg, err := config.Default()
	if err != nil {
		return nil, err
	}
	h := &ingestBench{}
	// Every 100th feed is slow; feeds spread over 50 loopback hosts,
	// about 20 a host.
	h.gen, err = loadgen.Start(loadgen.Options{Feeds: feeds, Templates: tpl, Hosts: 50, SlowEvery: 100, SlowDelay: slow})
	if err != nil {
		return nil, err
	}
	h.db, err = storage.Open(ctx, filepath.Join(dir, "bench.db"))
	if err != nil {
		h.gen.Close()
		return nil, err
	}
	now := func() time.Time { return time.Now().Add(time.Duration(h.offset.Load())) }
	p, err := poller.NewPipeline(cfg, now)
	if err != nil {
		h.close()
		return nil, err
	}
	h.d = poller.New(cfg, h.db, p, slog.New(slog.DiscardHandler), now)
	h.d.Emit = func(*trust.Alert, int) { h.alerts.Add(1) }
	for i, u := range h.gen.URLs() {
		src := trust.Source{Name: fmt.Sprintf("feed%04d", i), URL: u}
		st, err := h.db.EnsureSource(ctx, src.Name, src.URL)
		if err != nil {
			h.close()
			return nil, err
		}
		h.srcs = append(h.srcs, src)
		h.ids = append(h.ids, st.ID)
	}
	return h, nil
}

func (h *ingestBench) close() {
	h.gen.Close()
	h.db.Close()
}

// cycle polls every source once, all at once as serve's first round does
// (the fetcher bounds the concurrency). The clock first jumps a month so
// that no source is still inside its TTL or backoff.
func (h *ingestBench) cycle(ctx context.Context) {
	h.offset.Add(int64(30 * 24 * time.Hour))
	var wg sync.WaitGroup
	for i, src := range h.srcs {
		wg.Go(func() { h.d.Poll(ctx, src, h.ids[i]) })
	}
	wg.Wait()
}

// failures counts sources whose last poll failed.
func (h *ingestBench) failures(ctx context.Context) (int, string, error) {
	sts, err := h.db.Sources(ctx)
	if err != nil {
		return 0, "", err
	}
	n, first := 0, ""
	for _, st := range sts {
		if st.Failures > 0 {
			if n == 0 {
				first = st.Name + ": " + st.LastError
			}
			n++
		}
	}
	return n, first, nil
}

// parseBaseline is the ingest baseline: gofeed as vendorwatch configures
// it (newBaselineParser) parsing the bodies from memory, one parser per
// core.
func parseBaseline(bodies [][]byte) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			p := newBaselineParser()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(bodies) {
					return
				}
				p.Parse(bytes.NewReader(bodies[i]))
			}
		})
	}
	wg.Wait()
}

func totalBytes(bodies [][]byte) int64 {
	var n int64
	for _, b := range bodies {
		n += int64(len(b))
	}
	return n
}

// pollsDone sums vendorwatch_polls_total over its results.
func pollsDone(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	total := 0.0
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "vendorwatch_polls_total{") {
			continue
		}
		if i := strings.LastIndexByte(line, ' '); i > 0 {
			v, _ := strconv.ParseFloat(line[i+1:], 64)
			total += v
		}
	}
	return int(total), sc.Err()
}

// procHWM reads a process's peak resident set size from /proc.
func procHWM(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("peak memory: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10, err
		}
	}
	return 0, errors.New("peak memory: no VmHWM in /proc status")
}

// benchSharedDir finds ../shared beside the module root from the working
// directory, for the real-world feeds.
func benchSharedDir() (string, error) {
	dir, err := shareddir.Find()
	if err != nil {
		return "", fmt.Errorf("%w: give --feeds-dir", err)
	}
	return dir, nil
}

// benchRow is one line of the bench table.
type benchRow struct {
	name, value, baseline, ratio, target, verdict string
}

func cmdBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	feedsDir := fs.String("feeds-dir", "", "real feeds to build the load from (default: ../shared/feeds/realworld/feeds beside the module)")
	feeds := fs.Int("feeds", 1000, "feeds in the ingest cycle")
	rounds := fs.Int("rounds", 3, "ingest and baseline runs, alternated; the median is reported")
	only := fs.String("only", "", "comma-separated subset: ingest,unchanged,memory,scale,scan,match,lookup,delivery")
	scale := fs.String("scale", "5000,10000", "feeds of the scale cycles (comma-separated)")
	nVendors := fs.Int("vendors", 1000, "watchlist size of the matcher benchmark")
	items := fs.Int("items", 500_000, "stored items of the lookup and memory benchmarks (a tenth with alerts)")
	lookupCalls := fs.Int("lookup-calls", 1000, "calls of each read in the lookup benchmark")
	lookupDB := fs.String("lookup-db", "", "database file of the lookup benchmark, filled on first use and reused after (default: a fresh one in a temporary directory)")
	channels := fs.Int("channels", 100, "channels of the delivery benchmark (ten alerts each)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	vwBin := fs.String("vendorwatch", "", "the vendorwatch binary whose run the ingest, unchanged, memory and scale rows measure (default: go build -tags "+shippedTags+" ./cmd/vendorwatch)")
	baseline := fs.String("baseline-vendorwatch", "", "a vendorwatch binary to alternate with --vendorwatch in the unchanged cycles (with --only unchanged)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if *feedsDir == "" {
		shared, err := benchSharedDir()
		if err != nil {
			return fmt.Errorf("%w: %s", errUsage, err.Error())
		}
		*feedsDir = filepath.Join(shared, "feeds", "realworld", "feeds")
	}
	tpl, err := loadgen.LoadTemplates(*feedsDir)
	if err != nil {
		return fmt.Errorf("%w: %s", errUsage, err.Error())
	}
	want := func(name string) bool {
		return *only == "" || slices.Contains(strings.Split(*only, ","), name)
	}
	dir, err := os.MkdirTemp("", "vendorwatch-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	logf := func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) }
	var rows []benchRow

	exe := *vwBin
	if exe == "" && (want("ingest") || want("unchanged") || want("memory") || want("scale") || want("scan")) {
		if exe, err = buildVendorwatch(ctx, dir); err != nil {
			return err
		}
	}
	if *only == "unchanged" {
		// Unchanged cycles alone: sources seeded as a first cycle leaves
		// them, no full cycles.
		f, err := measureUnchanged(ctx, dir, exe, *baseline, tpl, *feeds, max(*rounds, 1), logf)
		if err != nil {
			return fmt.Errorf("unchanged cycles: %w", err)
		}
		rows = append(rows, unchangedRows(f)...)
	} else if want("ingest") || want("unchanged") || want("memory") {
		f, err := measureRuns(ctx, dir, exe, tpl, *feeds, *items, max(*rounds, 1), want("ingest"), want("ingest"), unchangedRounds(want("unchanged"), *rounds), logf)
		if err != nil {
			return fmt.Errorf("run cycles: %w", err)
		}
		rows = append(rows, runRows(f, want("ingest"), want("unchanged"), want("memory"), false)...)
	}
	if want("scale") {
		for _, n := range strings.Split(*scale, ",") {
			feeds, err := strconv.Atoi(strings.TrimSpace(n))
			if err != nil || feeds <= 0 {
				return fmt.Errorf("%w: --scale %q: want feed counts", errUsage, *scale)
			}
			f, err := measureRuns(ctx, dir, exe, tpl, feeds, 0, 1, false, true, 1, logf)
			if err != nil {
				return fmt.Errorf("scale %d: %w", feeds, err)
			}
			rows = append(rows, runRows(f, false, true, false, true)...)
		}
	}
	if want("scan") {
		f, err := measureScan(ctx, exe, *feedsDir, max(*rounds, 1), logf)
		if err != nil {
			return fmt.Errorf("scan: %w", err)
		}
		rows = append(rows, f.row())
	}
	cfg, err := config.Default()
	if err != nil {
		return err
	}
	if want("match") {
		corpus := benchkit.Corpus(tpl, benchkit.MatchCorpusBytes)
		vendors := benchkit.SynthVendors(cfg.Watchlist(), *nVendors)
		base := benchkit.Head(corpus, benchkit.BaselineBytes)
		m := testing.Benchmark(func(b *testing.B) { benchkit.BenchMatch(b, corpus, vendors, cfg.Matching) })
		logf("matcher: %s (wall clock)", m)
		// The table's figures are per CPU second of one thread, the
		// one-core throughput, which other processes on a shared machine
		// do not distort as they do wall-clock MB/s.
		// The matcher and the fastest of the Aho–Corasick libraries over
		// the same articles (lower-cased for them beforehand), measured
		// in turns (benchkit.Interleaved): the ratio is the issue's
		// target, so neither side may get the machine's quiet spell alone.
		texts := benchkit.LowerTexts(corpus)
		acs := benchkit.ACBaselines(vendors, cfg.Matching)
		// The daemon reads each article's title and lead only
		// (lead_sentences): the row above counts every byte it was given.
		// The same matcher told to read every sentence shows the
		// automaton's own speed over all of them. It and the regexp
		// baseline take their turns in the same rounds.
		full := cfg.Matching
		full.LeadSentences = 0
		fullPass, err := benchkit.MatchPass(corpus, vendors, full)
		if err != nil {
			return err
		}
		sides := []benchkit.Side{
			{Name: "every sentence", Bytes: benchkit.Size(corpus), Per: 600 * time.Millisecond, Pass: fullPass},
			{Name: "regexp", Bytes: benchkit.Size(base), Per: 600 * time.Millisecond, Pass: benchkit.RegexpPass(base, vendors, cfg.Matching)},
		}
		mbs, acMBs, ok, err := benchkit.Interleaved(corpus, texts, vendors, cfg.Matching, acs, sides, 5, 600*time.Millisecond)
		if err != nil {
			return err
		}
		fbs, bbs := acMBs["every sentence"], acMBs["regexp"]
		unit := "MB/cpu-s"
		if !ok { // no thread CPU clock here: wall clock
			bb := testing.Benchmark(func(b *testing.B) { benchkit.BenchRegexpBaseline(b, base, vendors, cfg.Matching) })
			mbs, bbs, unit = mbPerSec(m), mbPerSec(bb), "MB/s"
		}
		// The baseline finds terms in every byte, so the row to hold it
		// to is the matcher reading every sentence; the default reads
		// title and lead.
		acName, acBest := "", 0.0
		for _, ac := range acs {
			v := acMBs[ac.Name]
			logf("matcher baseline %s: %.1f MB/cpu-s (median of 5 turns)", ac.Name, v)
			if v > acBest {
				acName, acBest = ac.Name, v
			}
		}
		logf("matcher: %.1f MB/cpu-s (title and lead), %.1f (every sentence); regexp per term %.4f (medians of 5 turns)", mbs, fbs, bbs)
		acRow := fmt.Sprintf("%.1f %s (%s, fastest of 3)", acBest, unit, acName)
		rows = append(rows, benchRow{fmt.Sprintf("matcher (1 core, %d vendors, %.1f MB of feed text; reads title and lead, the default)", *nVendors, float64(benchkit.Size(corpus))/1e6),
			fmt.Sprintf("%.1f %s", mbs, unit), acRow, fmt.Sprintf("%.1f×", mbs/acBest), "≥ 1.5× and ≥ 100 MB/s", verdict(mbs/acBest >= 1.5 && mbs >= 100)},
			benchRow{"matcher as above, reading every sentence (`lead_sentences = 0`)",
				fmt.Sprintf("%.1f %s", fbs, unit), acRow, fmt.Sprintf("%.1f×", fbs/acBest), "≥ 100 MB/s", verdict(fbs >= 100)})
	}
	if want("lookup") {
		path := *lookupDB
		if path == "" {
			path = filepath.Join(dir, "lookup.db")
		}
		r, err := benchLookup(ctx, path, *items, max(*lookupCalls, 1), logf)
		if err != nil {
			return fmt.Errorf("lookup: %w", err)
		}
		rows = append(rows, r...)
	}
	if want("delivery") {
		r, err := benchDelivery(ctx, dir, *channels, logf)
		if err != nil {
			return fmt.Errorf("delivery: %w", err)
		}
		rows = append(rows, r...)
	}
	printTable(stdout, rows)
	return nil
}

func mbPerSec(r testing.BenchmarkResult) float64 {
	if r.T <= 0 {
		return 0
	}
	return float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT MET"
}

// processCPU is the CPU time (user and system) this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func printTable(w io.Writer, rows []benchRow) {
	fmt.Fprintf(w, "vendorwatch bench · %s · GOMAXPROCS=%d · %s/%s\n\n", runtime.Version(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintln(w, "| benchmark | vendorwatch | baseline (same run) | ratio | target | |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", r.name, r.value, r.baseline, r.ratio, r.target, r.verdict)
	}
}

// lookupNow is the synthetic history's "now": fixed, so that a database
// the lookup benchmark kept (--lookup-db) holds the same history as a
// fresh one.
var lookupNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// benchLookup fills the database at path with items items, a tenth with
// alerts (unless it holds them from an earlier run), and reports the
// p50 and p99 of each of the bot's reads (against the read as it was
// before migration 14, where it has changed) and their worst p99 against
// a primary-key read's.
func benchLookup(ctx context.Context, path string, items, calls int, logf func(string, ...any)) ([]benchRow, error) {
	_, statErr := os.Stat(path)
	t := time.Now()
	db, err := storage.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	now := lookupNow
	if statErr == nil {
		n, err := storagetest.CountRows(ctx, db, "items")
		if err != nil {
			return nil, err
		}
		if n != items {
			return nil, fmt.Errorf("%s holds %d items, not --items %d: give another --lookup-db", path, n, items)
		}
		logf("lookup: reusing %s (%d items), opened and migrated in %v", path, n, time.Since(t).Round(time.Millisecond))
	} else {
		if err := storagetest.FillSynthetic(ctx, db, storagetest.Synthetic{Items: items, Alerts: items / 10, Vendors: 60, Guilds: 20, Sources: 10,
			Span: 3 * 365 * 24 * time.Hour, Now: now, Seed: 1}); err != nil {
			return nil, err
		}
		logf("lookup: filled %d items, %d alerts in %v", items, items/10, time.Since(t).Round(time.Millisecond))
	}
	var floor, worst time.Duration
	worstName := ""
	var rows []benchRow
	for i, l := range benchkit.Lookups(db, now) {
		lat, base, err := benchkit.Latencies(ctx, calls, l.Run, l.Base)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", l.Name, err)
		}
		p50, p99 := benchkit.P(lat, 50), benchkit.P(lat, 99)
		if base == nil {
			logf("lookup %-28s p50 %v p99 %v", l.Name, p50, p99)
		} else {
			b50, b99 := benchkit.P(base, 50), benchkit.P(base, 99)
			logf("lookup %-28s p50 %v p99 %v; before migration 14: p50 %v p99 %v", l.Name, p50, p99, b50, b99)
			rows = append(rows, benchRow{fmt.Sprintf("lookup %s, %d items (p50 / p99)", l.Name, items), fmtMS(p50) + " / " + fmtMS(p99),
				fmtMS(b50) + " / " + fmtMS(b99) + " (before migration 14)", fmt.Sprintf("%.1f×", float64(b99)/float64(p99)), "≤ 10 ms", verdict(p99 <= 10*time.Millisecond)})
		}
		if i == 0 {
			floor = p99
			continue
		}
		if p99 > worst {
			worst, worstName = p99, l.Name
		}
	}
	return append(rows, benchRow{fmt.Sprintf("lookup p99, worst of /vendor and autocomplete (%s), %d items", worstName, items), fmtMS(worst),
		fmtMS(floor) + " (alert by id)", fmt.Sprintf("%.1f×", float64(worst)/float64(floor)), "≤ 10 ms", verdict(worst <= 10*time.Millisecond)}), nil
}

func fmtMS(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/1e6) }

// benchDelivery posts 1,000 alerts to 100 channels (ten each) through the
// bot's dispatcher twice. First as the performance issue set it: a fake
// Discord enforcing Discord's 5 messages per 5 s per channel and nothing
// else, with the bot's global pacing off to match, against the floor those
// limits set. Then as on Discord: the fake also enforces the global limit
// of 50 requests a second and the bot paces itself as by default; the
// floor is then the global limit's, and the target is no global 429.
func benchDelivery(ctx context.Context, dir string, channels int, logf func(string, ...any)) ([]benchRow, error) {
	const perChannel, limit, window = 10, 5, 5 * time.Second
	total, floor := channels*perChannel, time.Duration((perChannel-1)/limit)*window
	r, err := deliver(ctx, dir, channels, perChannel, limit, window, 0, 0, -1)
	if err != nil {
		return nil, err
	}
	logf("delivery: %d messages in %v (floor %v), per-channel limits only, pacing off; %s", total, r.took.Round(time.Millisecond), floor, r)
	rows := []benchRow{{fmt.Sprintf("delivery, %d alerts to %d channels at %d msg/%v (no global limit, pacing off)", total, channels, limit, window),
		fmt.Sprintf("%.2f s", r.took.Seconds()), fmt.Sprintf("%.2f s (rate-limit floor)", floor.Seconds()),
		fmt.Sprintf("%.2f×", r.took.Seconds()/floor.Seconds()), "≤ 1.1×", verdict(r.took.Seconds() <= 1.1*floor.Seconds())}}

	const global = bot.DefaultGlobalRate
	// A floor, not always reachable: the larger of what each limit sets
	// alone (the global one lets 50 go at once, then 50 a second).
	gfloor := max(floor, time.Duration(total-global)*time.Second/global)
	g, err := deliver(ctx, dir, channels, perChannel, limit, window, 0, global, 0)
	if err != nil {
		return nil, err
	}
	logf("delivery: %d messages in %v (floor %v), also Discord's global %d/s, default pacing; %s", total, g.took.Round(time.Millisecond), gfloor, global, g)
	rows = append(rows, benchRow{fmt.Sprintf("delivery as above, and Discord's global %d requests/s (default pacing)", global),
		fmt.Sprintf("%.2f s, %d global 429", g.took.Seconds(), g.globalRefused), fmt.Sprintf("%.2f s (global-limit floor)", gfloor.Seconds()),
		fmt.Sprintf("%.2f×", g.took.Seconds()/gfloor.Seconds()), "no global 429", verdict(g.globalRefused == 0)})
	return rows, nil
}

// delivery is what one delivery run measured.
type delivery struct {
	took      time.Duration // from the outbox filled to the last message in the fake
	store     time.Duration // storing the alerts and routing them, before that
	lastFirst time.Duration // when the last channel got its first message
	lateSixth time.Duration // the worst wait past a channel's window for its next message
	tooMany   int           // 429 answers
	// globalRefused is how many of them the global limit gave.
	globalRefused int
}

func (d delivery) String() string {
	return fmt.Sprintf("storing the alerts took %v before that; every channel had its first message after %v; the worst wait past a window's reset was %v; %d answers were 429",
		d.store.Round(time.Millisecond), d.lastFirst.Round(time.Millisecond), d.lateSixth.Round(time.Millisecond), d.tooMany)
}

// deliver stores channels×perChannel alerts, each routed to one channel by
// a per-vendor subscription, and times the bot until the fake has them all.
// global is the fake's global limit a second (0: none); pace is the bot's
// GlobalRate (0: its default, negative: off).
func deliver(ctx context.Context, dir string, channels, perChannel, limit int, window, interval time.Duration, global, pace int) (delivery, error) {
	var r delivery
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return r, err
	}
	fake, err := discordtest.New(discordtest.Options{SpecPath: filepath.Join(dir, "no-spec.json")})
	if err != nil {
		return r, err
	}
	defer fake.Close()
	const guild = "1160000000000000001"
	fake.AddGuild(guild, "Bench")
	// A database of its own: one bench run calls deliver twice.
	dbDir, err := os.MkdirTemp(dir, "delivery-")
	if err != nil {
		return r, err
	}
	defer os.RemoveAll(dbDir)
	db, err := storage.Open(ctx, filepath.Join(dbDir, "delivery.db"))
	if err != nil {
		return r, err
	}
	defer db.Close()
	src, err := db.EnsureSource(ctx, "bench", "https://bench.example/feed")
	if err != nil {
		return r, err
	}
	var chans []string
	for c := range channels {
		id := fmt.Sprint(1170000000000000000 + c)
		chans = append(chans, id)
		fake.AddChannel(guild, id, discordgo.ChannelTypeGuildText)
		if _, err := db.AddSubscription(ctx, storage.Subscription{GuildID: guild, ChannelID: id, Vendor: fmt.Sprintf("Vendor%03d", c), MinSeverity: trust.SeverityLow}, 0); err != nil {
			return r, err
		}
	}
	fake.SetChannelRateLimit(limit, window)
	if global > 0 {
		fake.SetGlobalRateLimit(global, time.Second)
	}

	b, err := bot.New(bot.Options{Token: strings.TrimPrefix(fake.Token(), "Bot "), APIBase: fake.URL() + "/api/v9", Store: db, NoReconnect: true,
		DispatchInterval: interval, GlobalRate: pace})
	if err != nil {
		return r, err
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	defer func() { cancel(); <-done }()
	for !b.Connected() {
		select {
		case err := <-done:
			return r, fmt.Errorf("bot stopped: %v", err)
		case <-time.After(10 * time.Millisecond):
		}
	}

	var items []trust.Item
	var alerts []*trust.Alert
	now := time.Now()
	for i := range channels * perChannel {
		v := fmt.Sprintf("Vendor%03d", i%channels)
		link := fmt.Sprintf("https://news.example/delivery-%d", i)
		items = append(items, trust.Item{Key: "guid:" + link, Link: link, CanonicalLink: link, Title: "Alert " + fmt.Sprint(i), Published: now, DateKnown: true})
		alerts = append(alerts, &trust.Alert{Title: fmt.Sprintf("%s added to the Entity List (%d)", v, i), Link: link, Source: "bench", Published: now,
			Vendors:  []trust.VendorHit{{Name: v, Term: v}},
			Signals:  []trust.SignalHit{{Term: "entity list", Category: trust.CategorySanctions, Weight: 3}},
			Category: trust.CategorySanctions, Score: 4.5, Severity: trust.SeverityHigh,
			Evidence: v + " was added to the Entity List.", Summary: "Added to the Entity List."})
	}
	// One store of them all is one poll: let it post every alert, as
	// many polls would, rather than sum them up as a flood.
	if err := db.SetPostsPerPoll(ctx, len(items)); err != nil {
		return r, err
	}
	// The clock starts when the outbox is full: storing and routing the
	// alerts is the ingest's cost, timed apart (r.store).
	storeStart := time.Now()
	if _, err := db.SaveItems(ctx, src.ID, items, alerts); err != nil {
		return r, err
	}
	start := time.Now()
	r.store = start.Sub(storeStart)
	b.Notify()
	deadline := start.Add(10 * time.Minute)
	for {
		n := fake.MessageCount()
		if n >= channels*perChannel {
			break
		}
		if time.Now().After(deadline) {
			return r, fmt.Errorf("only %d of %d messages after 10 minutes", n, channels*perChannel)
		}
		time.Sleep(5 * time.Millisecond)
	}
	r.took = time.Since(start)
	for _, c := range chans {
		ms := fake.Messages(c)
		r.lastFirst = max(r.lastFirst, ms[0].Created.Sub(start))
		for k := limit; k < len(ms); k += limit {
			r.lateSixth = max(r.lateSixth, ms[k].Created.Sub(ms[k-limit].Created)-window)
		}
	}
	for _, q := range fake.Requests() {
		if q.Status == http.StatusTooManyRequests {
			r.tooMany++
		}
	}
	r.globalRefused = fake.GlobalLimited()
	if v := fake.Violations(); len(v) > 0 {
		return r, fmt.Errorf("fake discord violations: %v", v[0])
	}
	return r, nil
}

// errUsage marks a bad flag or input: exit status 2.
var errUsage = errors.New("usage")

// shippedTags are the build tags of the Dockerfile's go build (TestShippedTags
// in cmd/vendorwatch checks that they agree).
const shippedTags = "nethttpomithttp2"

// buildVendorwatch builds the daemon's own binary into dir, with the
// Dockerfile's tags, so that the memory row measures exactly what ships.
func buildVendorwatch(ctx context.Context, dir string) (string, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("no go command to build vendorwatch (give --vendorwatch): %w", err)
	}
	exe := filepath.Join(dir, "vendorwatch")
	cmd := exec.CommandContext(ctx, goTool, "build", "-tags", shippedTags, "-o", exe, "github.com/vendorwatch/vendorwatch/cmd/vendorwatch")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/vendorwatch: %v\n%s", err, out)
	}
	return exe, nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	err := cmdBench(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errUsage) || err.Error() != "usage" {
			fmt.Fprintln(os.Stderr, "vendorwatch-bench:", err)
		}
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}
