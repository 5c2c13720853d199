package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/vendorwatch/vendorwatch/internal/loadgen"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
)

// runHarness measures the daemon as it ships: each cycle is one `vendorwatch
// run` process, with the built-in defaults (memory limit included) unless
// an environment variable says otherwise, polling every source of a load
// generator once (serve's first round) over one database that persists
// from cycle to cycle. The bench process holds the load generator's
// bodies, gigabytes at 10,000 feeds, so a daemon inside it could not run
// under its own memory limit.
type runHarness struct {
	gen    *loadgen.Server
	exe    string
	dir    string
	dbPath string
	feeds  int
	round  int
}

// cycleResult is what one run process measured over its cycle: from its
// "vendorwatch started" log line to the last source polled.
type cycleResult struct {
	wall time.Duration
	cpu  time.Duration // the child's user and system CPU
	peak int64         // the child's peak resident memory (VmHWM), bytes
	gcs  int           // garbage collections (gctrace lines)
	// requests the load generator answered during the cycle, and the
	// connections it accepted for them.
	requests, conns int64
	// gen is the bench process's CPU over the same span: the load
	// generator's serving, mostly, on the same cores as the daemon.
	gen time.Duration
}

func (c cycleResult) String() string {
	return fmt.Sprintf("%v wall, %.1f CPU-s, peak RSS %.1f MB, %d GCs; load generator %.1f CPU-s, %d requests over %d connections", c.wall.Round(time.Millisecond), c.cpu.Seconds(), float64(c.peak)/(1<<20), c.gcs, c.gen.Seconds(), c.requests, c.conns)
}

// newRunHarness fills a database with items synthetic items (a tenth with
// alerts, as the lookup benchmark) and serves feeds feeds built from tpl,
// every 100th slow.
func newRunHarness(ctx context.Context, dir, exe string, tpl [][]byte, feeds, items int) (*runHarness, error) {
	h := &runHarness{exe: exe, dir: dir, dbPath: filepath.Join(dir, fmt.Sprintf("run-%d.db", feeds)), feeds: feeds}
	db, err := storage.Open(ctx, h.dbPath)
	if err != nil {
		return nil, err
	}
	if items > 0 {
		err = storagetest.FillSynthetic(ctx, db, storagetest.Synthetic{Items: items, Alerts: items / 10, Vendors: 60, Guilds: 20, Sources: 10, Seed: 1})
	}
	db.Close()
	if err != nil {
		return nil, err
	}
	h.gen, err = loadgen.Start(loadgen.Options{Feeds: feeds, Templates: tpl, Hosts: 50, SlowEvery: 100, SlowDelay: 50 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	return h, nil
}

func (h *runHarness) close() { h.gen.Close() }

// dueNow makes every source due, as if its interval had passed: a feed's
// TTL would otherwise keep the next process from polling it.
func (h *runHarness) dueNow(ctx context.Context) error {
	db, err := sql.Open("sqlite", h.dbPath+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `UPDATE sources SET next_poll = 0`)
	return err
}

// cycle starts a run process with env added to its environment, waits
// until it has polled every source once, and stops it.
func (h *runHarness) cycle(ctx context.Context, env []string) (cycleResult, error) {
	var r cycleResult
	if err := h.dueNow(ctx); err != nil {
		return r, fmt.Errorf("make sources due: %w", err)
	}
	h.round++
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return r, err
	}
	addr := ln.Addr().String()
	ln.Close()
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "database = %q\nhttp_addr = %q\nlog_format = \"json\"\nreplace_default_sources = true\nschedule = \"@every 24h\"\n\n", h.dbPath, addr)
	for i, u := range h.gen.URLs() {
		fmt.Fprintf(&cfg, "[[source]]\nname = \"feed%05d\"\nurl = %q\n\n", i, u)
	}
	cfgPath := filepath.Join(h.dir, fmt.Sprintf("run-%d-%d.toml", h.feeds, h.round))
	if err := os.WriteFile(cfgPath, []byte(cfg.String()), 0o600); err != nil {
		return r, err
	}
	defer os.Remove(cfgPath)

	before := h.gen.Stats()
	cmd := exec.CommandContext(ctx, h.exe, "run", "--config", cfgPath)
	// gctrace writes a line per collection to stderr: the count of
	// collections, at no cost worth measuring.
	cmd.Env = append(append(os.Environ(), "GODEBUG=gctrace=1"), env...)
	cmd.Env = append(cmd.Env, "DISCORD_TOKEN=", "VENDORWATCH_CONFIG=")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return r, err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return r, err
	}
	if err := cmd.Start(); err != nil {
		return r, err
	}
	pid := cmd.Process.Pid
	type mark struct {
		at       time.Time
		cpu, gen time.Duration
	}
	started := make(chan mark, 1)
	var gcs atomic.Int64
	var tail bytes.Buffer // the child's last stderr lines, for an error
	readers := make(chan struct{}, 2)
	go func() {
		defer func() { readers <- struct{}{} }()
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 64<<10), 4<<20)
		once := false
		for sc.Scan() {
			if !once && strings.Contains(sc.Text(), `"msg":"vendorwatch started"`) {
				once = true
				started <- mark{time.Now(), procCPU(pid), processCPU()}
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	go func() {
		defer func() { readers <- struct{}{} }()
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "gc ") {
				gcs.Add(1)
				continue
			}
			if tail.Len() < 8<<10 {
				tail.WriteString(sc.Text() + "\n")
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	// Wait only once the readers have drained the pipes, as os/exec asks.
	exited := make(chan error, 1)
	go func() { <-readers; <-readers; exited <- cmd.Wait() }()
	stop := func() error {
		cmd.Process.Signal(syscall.SIGTERM)
		return <-exited
	}

	deadline := time.After(30 * time.Minute)
	var begin mark
	select {
	case begin = <-started:
	case err := <-exited:
		return r, fmt.Errorf("run exited before it started: %v: %s", err, tail.String())
	case <-deadline:
		stop()
		return r, errors.New("run did not start in 30 minutes")
	case <-ctx.Done():
		stop()
		return r, ctx.Err()
	}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-exited:
			return r, fmt.Errorf("run exited: %v: %s", err, tail.String())
		case <-deadline:
			stop()
			return r, errors.New("run did not finish its cycle in 30 minutes")
		case <-ctx.Done():
			stop()
			return r, ctx.Err()
		case <-tick.C:
		}
		n, err := pollsDone("http://" + addr + "/metrics")
		if err != nil || n < h.feeds {
			continue
		}
		r.wall, r.cpu, r.gen = time.Since(begin.at), procCPU(pid)-begin.cpu, processCPU()-begin.gen
		r.peak, err = procHWM(pid)
		if err != nil {
			stop()
			return r, err
		}
		if err := stop(); err != nil {
			return r, fmt.Errorf("run: %v: %s", err, tail.String())
		}
		r.gcs = int(gcs.Load())
		after := h.gen.Stats()
		r.requests, r.conns = after.Requests-before.Requests, after.Conns-before.Conns
		return r, nil
	}
}

// procCPU is a process's user and system CPU time so far, from /proc.
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command name, which may hold spaces: state is
	// the first, utime the 12th and stime the 13th.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+s) * time.Second / clockTicks
}

// clockTicks is USER_HZ, the unit of /proc's CPU times: 100 on every Linux
// architecture Go supports.
const clockTicks = 100

// gofeedCPU parses bodies with gofeed as the ingest baseline does and
// returns the CPU it took this process.
func gofeedCPU(bodies [][]byte) time.Duration {
	runtime.GC()
	c := processCPU()
	parseBaseline(bodies)
	return processCPU() - c
}

// newBaselineParser is gofeed as vendorwatch uses it: with the RSS
// translator's image scan off (it parses every item's HTML for an <img>,
// a fifth of the parse, for a field vendorwatch never reads).
func newBaselineParser() *gofeed.Parser {
	p := gofeed.NewParser()
	p.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	return p
}

// runFigures are the cycles of one harness.
type runFigures struct {
	feeds, items int
	bytes        int64           // of one full cycle's bodies
	seed         cycleResult     // first sight of every source
	def, off     []cycleResult   // full cycles: the defaults, and no memory limit
	gofeed       []time.Duration // the baseline's CPU over the same bodies
	unchanged    []cycleResult   // every source answering 304
}

// peak is the highest resident memory of any run with the defaults.
func (f runFigures) peak() int64 {
	p := f.seed.peak
	for _, c := range append(append([]cycleResult(nil), f.def...), f.unchanged...) {
		p = max(p, c.peak)
	}
	return p
}

// measureRuns runs a first cycle, then rounds full cycles (every feed
// changed) with the defaults, each beside the gofeed baseline over the same
// bodies (baseline) and a full cycle without a memory limit (noLimit), in
// turn so that all see the same machine, then unchanged cycles.
func measureRuns(ctx context.Context, dir, exe string, tpl [][]byte, feeds, items, rounds int, baseline, noLimit bool, unchanged int, logf func(string, ...any)) (runFigures, error) {
	f := runFigures{feeds: feeds, items: items}
	h, err := newRunHarness(ctx, dir, exe, tpl, feeds, items)
	if err != nil {
		return f, err
	}
	defer h.close()
	if f.seed, err = h.cycle(ctx, nil); err != nil {
		return f, fmt.Errorf("first cycle: %w", err)
	}
	logf("run %d feeds: first cycle (every item new, backfill): %s", feeds, f.seed)
	for r := range rounds {
		h.gen.Change(1)
		bodies := h.gen.Bodies()
		f.bytes = totalBytes(bodies)
		if baseline {
			c := gofeedCPU(bodies)
			f.gofeed = append(f.gofeed, c)
			logf("run %d feeds: round %d: gofeed (image scan off) %.1f CPU-s over %.1f MB", feeds, r+1, c.Seconds(), float64(f.bytes)/1e6)
		}
		bodies = nil
		c, err := h.cycle(ctx, nil)
		if err != nil {
			return f, fmt.Errorf("full cycle: %w", err)
		}
		f.def = append(f.def, c)
		logf("run %d feeds: round %d: full cycle, defaults: %s", feeds, r+1, c)
		if noLimit {
			h.gen.Change(1)
			c, err := h.cycle(ctx, []string{"GOMEMLIMIT=off"})
			if err != nil {
				return f, fmt.Errorf("full cycle without memory limit: %w", err)
			}
			f.off = append(f.off, c)
			logf("run %d feeds: round %d: full cycle, GOMEMLIMIT=off: %s", feeds, r+1, c)
		}
	}
	for r := range unchanged {
		c, err := h.cycle(ctx, nil)
		if err != nil {
			return f, fmt.Errorf("unchanged cycle: %w", err)
		}
		f.unchanged = append(f.unchanged, c)
		logf("run %d feeds: unchanged cycle %d: %s", feeds, r+1, c)
	}
	return f, nil
}

func medianOf[T any](xs []T, v func(T) float64) float64 {
	fs := make([]float64, len(xs))
	for i, x := range xs {
		fs[i] = v(x)
	}
	return median(fs)
}

func cpuOf(c cycleResult) float64  { return c.cpu.Seconds() }
func wallOf(c cycleResult) float64 { return c.wall.Seconds() }
func genOf(c cycleResult) float64  { return c.gen.Seconds() }

func unchangedRounds(want bool, rounds int) int {
	if !want {
		return 0
	}
	return max(rounds, 1)
}

// runRows turns a harness's cycles into table rows. scale rows carry the
// targets of many feeds: the memory limit's cost, peak memory, and the
// cycle within a fifth of a 15-minute schedule.
func runRows(f runFigures, ingest, unchanged, memory, scale bool) []benchRow {
	var rows []benchRow
	mb := float64(f.bytes) / 1e6
	if ingest && len(f.gofeed) > 0 {
		v := mb / medianOf(f.def, cpuOf)
		b := mb / medianOf(f.gofeed, func(d time.Duration) float64 { return d.Seconds() })
		rows = append(rows, benchRow{fmt.Sprintf("ingest, %d feeds all changed (%.0f MB), per CPU-s of run (defaults)", f.feeds, mb),
			fmt.Sprintf("%.1f MB/CPU-s", v), fmt.Sprintf("%.1f MB/CPU-s (gofeed, image scan off)", b), fmt.Sprintf("%.0f%%", 100*v/b), "≥ 85%", verdict(v/b >= 0.85)})
	}
	if len(f.off) > 0 {
		d, o := medianOf(f.def, cpuOf), medianOf(f.off, cpuOf)
		name := fmt.Sprintf("full cycle, %d feeds all changed (%.0f MB): CPU with the default memory limit", f.feeds, mb)
		rows = append(rows, benchRow{name, fmt.Sprintf("%.1f CPU-s, %.0f GCs", d, medianOf(f.def, func(c cycleResult) float64 { return float64(c.gcs) })),
			fmt.Sprintf("%.1f CPU-s, %.0f GCs (no memory limit)", o, medianOf(f.off, func(c cycleResult) float64 { return float64(c.gcs) })),
			fmt.Sprintf("%.2f×", d/o), "≤ 1.2×", verdict(d/o <= 1.2)})
	}
	if scale && len(f.def) > 0 {
		w := medianOf(f.def, wallOf)
		rows = append(rows, benchRow{fmt.Sprintf("full cycle, %d feeds all changed: wall time (defaults)", f.feeds), fmt.Sprintf("%.1f s", w),
			"900 s (15-minute schedule)", fmt.Sprintf("%.1f× headroom", 900/w), "≥ 5× headroom", verdict(900/w >= 5)})
		p := f.peak()
		rows = append(rows, benchRow{fmt.Sprintf("peak RSS of run, %d feeds", f.feeds), fmt.Sprintf("%.1f MB", float64(p)/(1<<20)),
			"", "", "≤ 128 MB", verdict(p <= 128<<20)})
	}
	if unchanged && len(f.unchanged) > 0 {
		u := medianOf(f.unchanged, wallOf)
		budget := unchangedBudget(f.feeds)
		rows = append(rows, benchRow{fmt.Sprintf("unchanged cycle, %d feeds answering 304", f.feeds), fmt.Sprintf("%.0f ms", u*1e3),
			"", fmt.Sprintf("%.2f of the %.1f s budget", u/budget, budget), fmt.Sprintf("≤ %.1f s", budget), verdict(u <= budget)})
	}
	if memory {
		p := f.peak()
		rows = append(rows, benchRow{fmt.Sprintf("peak RSS of run, %d feeds, %d items", f.feeds, f.items), fmt.Sprintf("%.1f MB", float64(p)/(1<<20)),
			"", "", "≤ 64 MB", verdict(p <= 64<<20)})
	}
	return rows
}
