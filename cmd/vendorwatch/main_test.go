package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/storage"
)

// TestMain lets the test binary act as vendorwatch for the peak-memory
// benchmark, which runs it as a child.
func TestMain(m *testing.M) {
	if os.Getenv("VENDORWATCH_BENCH_CHILD") == "1" {
		err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
		if err != nil {
			fmt.Fprintln(os.Stderr, "vendorwatch:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	// `run` runs inside this process in the tests: its memory limit would
	// be the whole test binary's. Record it instead.
	setMemoryLimit = func(n int64) int64 {
		if n >= 0 {
			memoryLimitSet.Store(n)
		}
		return math.MaxInt64
	}
	os.Exit(m.Run())
}

// memoryLimitSet is the last memory limit `run` set.
var memoryLimitSet atomic.Int64

// sharedDir returns ../shared beside the project, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(shareddir.OrSkip(t, "feeds"))
}

// syncBuffer is a bytes.Buffer safe for the daemon's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func noEnv(string) string { return "" }

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ex exitError
	if errors.As(err, &ex) {
		return ex.code
	}
	return 1
}

func TestScanSharedSecurityFeeds(t *testing.T) {
	shared := sharedDir(t)
	files, err := filepath.Glob(filepath.Join(shared, "feeds/security/*.xml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no security feeds: %v", err)
	}
	var out, errOut bytes.Buffer
	err = run(context.Background(), append([]string{"scan", "--json"}, files...), &out, &errOut, noEnv)
	if err != nil {
		t.Fatalf("scan: %v\nstderr: %s", err, errOut.String())
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var a map[string]any
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %q is not JSON: %v", sc.Text(), err)
		}
		for _, k := range []string{"title", "link", "source", "published", "vendors", "signals", "category", "severity", "score", "summary", "why"} {
			if _, ok := a[k]; !ok {
				t.Errorf("alert lacks field %q: %s", k, sc.Text())
			}
		}
		if _, err := time.Parse(time.RFC3339, a["published"].(string)); err != nil {
			t.Errorf("published %q is not RFC 3339", a["published"])
		}
		if len(a["vendors"].([]any)) == 0 || len(a["signals"].([]any)) == 0 {
			t.Errorf("alert without vendor or signal: %s", sc.Text())
		}
		t.Logf("alert: %s | %v | %v", a["title"], a["vendors"], a["signals"])
		n++
	}
	t.Logf("%d alerts from %d feeds", n, len(files))
}

func TestScanExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.xml")
	writeFeed(t, good, []feedItem{{guid: "1", title: "FCC adds Huawei and ZTE to the Covered List", pub: time.Now()}})
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantOut    string
		wantStderr string
	}{
		{"ok", []string{"scan", good}, 0, "Huawei", ""},
		{"one source fails", []string{"scan", good, filepath.Join(dir, "missing.xml")}, 1, "Huawei", "missing.xml"},
		{"not a feed", []string{"scan", "--json", "main.go"}, 1, "", "main.go"},
		{"bad flag", []string{"scan", "--jsn"}, 2, "", "jsn"},
		{"bad since", []string{"scan", "--since", "soon", good}, 2, "", "since"},
		{"bad config", []string{"scan", "--config", filepath.Join(dir, "nope.toml")}, 2, "", ""},
		{"since filters old", []string{"scan", "--since", "1h", writeOld(t, dir)}, 0, "", ""},
		{"unknown command", []string{"scna"}, 2, "", "Usage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(context.Background(), tt.args, &out, &errOut, noEnv)
			if got := exitCode(err); got != tt.wantCode {
				t.Errorf("exit %d (%v), want %d; stderr: %s", got, err, tt.wantCode, errOut.String())
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("stdout %q lacks %q", out.String(), tt.wantOut)
			}
			if tt.wantOut == "" && tt.name == "since filters old" && out.Len() != 0 {
				t.Errorf("--since printed an old alert: %s", out.String())
			}
			msg := errOut.String()
			if err != nil {
				msg += err.Error()
			}
			if !strings.Contains(msg, tt.wantStderr) {
				t.Errorf("stderr %q lacks %q", msg, tt.wantStderr)
			}
		})
	}
}

func writeOld(t *testing.T, dir string) string {
	p := filepath.Join(dir, "old.xml")
	writeFeed(t, p, []feedItem{{guid: "old", title: "FCC adds Kaspersky to the Covered List", pub: time.Now().Add(-72 * time.Hour)}})
	return p
}

func TestCheckConfig(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"check-config", "../../config.example.toml"}, &out, &out, noEnv); err != nil {
		t.Fatalf("check-config config.example.toml: %v", err)
	}
	if !strings.Contains(out.String(), "ok") {
		t.Errorf("output %q", out.String())
	}
	bad := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(bad, []byte("[fetch]\ntimeout = \"soon\"\n"), 0o600)
	err := run(context.Background(), []string{"check-config", bad}, &out, &out, noEnv)
	if exitCode(err) != 2 || !strings.Contains(err.Error(), "timeout") || !strings.Contains(err.Error(), "soon") {
		t.Errorf("check-config bad file: %v (exit %d), want exit 2 naming fetch.timeout and its value", err, exitCode(err))
	}
}

type feedItem struct {
	guid, title, body string
	pub               time.Time
}

func feedXML(items []feedItem) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test news</title><link>https://news.test/</link>`)
	for _, it := range items {
		fmt.Fprintf(&b, "<item><guid>%s</guid><title>%s</title><link>https://news.test/%s?utm_source=rss</link><description>%s</description><pubDate>%s</pubDate></item>",
			html.EscapeString(it.guid), html.EscapeString(it.title), it.guid, html.EscapeString(it.body), it.pub.UTC().Format(time.RFC1123Z))
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

func writeFeed(t *testing.T, path string, items []feedItem) {
	t.Helper()
	if err := os.WriteFile(path, feedXML(items), 0o600); err != nil {
		t.Fatal(err)
	}
}

// feedServer serves a feed whose items a test can change.
type feedServer struct {
	*httptest.Server
	mu    sync.Mutex
	items []feedItem
	hits  int
}

func newFeedServer(t *testing.T, items []feedItem) *feedServer {
	fs := &feedServer{items: items}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		body := feedXML(fs.items)
		fs.hits++
		fs.mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) set(items []feedItem) {
	fs.mu.Lock()
	fs.items = items
	fs.mu.Unlock()
}

// startRun runs the daemon until the returned stop is called; stop
// returns run's error.
func startRun(t *testing.T, cfgPath string, stdout, stderr *syncBuffer) (stop func() error) {
	return startRunEnv(t, cfgPath, noEnv, stdout, stderr)
}

// startRunEnv is startRun with an environment (a Discord token, say).
func startRunEnv(t *testing.T, cfgPath string, getenv func(string) string, stdout, stderr *syncBuffer) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"run", "--config", cfgPath}, stdout, stderr, getenv) }()
	var once sync.Once
	var err error
	return func() error {
		once.Do(func() {
			cancel()
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("run did not stop within 10 s of its context ending")
			}
		})
		return err
	}
}

// startRunReporting is startRunEnv whose stop reports run's error, with
// its log (stderr), itself; it may be called more than once.
func startRunReporting(t *testing.T, cfgPath string, getenv func(string) string, stdout, stderr *syncBuffer) (stop func()) {
	t.Helper()
	stopRun := startRunEnv(t, cfgPath, getenv, stdout, stderr)
	var once sync.Once
	return func() {
		once.Do(func() {
			if err := stopRun(); err != nil {
				t.Errorf("run: %v\n%s", err, stderr.String())
			}
		})
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestRunRestartAlertsNothingTwice(t *testing.T) {
	now := time.Now()
	items := []feedItem{
		{guid: "a", title: "US bans Kaspersky software sales over national security risk", pub: now.Add(-time.Hour)},
		{guid: "b", title: "Commerce adds DJI to the Entity List", pub: now.Add(-2 * time.Hour)},
		{guid: "c", title: "Huawei reports record quarterly revenue", pub: now.Add(-time.Hour)},
		// Older than the backfill window on first sight: stored, never alerted.
		{guid: "d", title: "FCC adds Hikvision to the Covered List", pub: now.Add(-72 * time.Hour)},
	}
	srv := newFeedServer(t, items)
	cfg, _ := runConfig{Schedule: "@every 1h", Jitter: true, Sources: []runSource{{Name: "Test news", URL: srv.URL + "/feed"}}}.write(t, t.TempDir())

	var out, logs syncBuffer
	stop := startRun(t, cfg, &out, &logs)
	waitFor(t, "two alerts", func() bool { return strings.Count(out.String(), "\n  link:") >= 2 })
	if err := stop(); err != nil {
		t.Fatalf("run: %v", err)
	}
	first := out.String()
	for _, want := range []string{"Kaspersky", "DJI"} {
		if !strings.Contains(first, want) {
			t.Errorf("first run did not alert %s:\n%s", want, first)
		}
	}
	for _, not := range []string{"Hikvision", "record quarterly revenue"} {
		if strings.Contains(first, not) {
			t.Errorf("first run alerted %q (backfill or routine news):\n%s", not, first)
		}
	}
	if !strings.Contains(logs.String(), "running without Discord") {
		t.Errorf("run did not say it runs without Discord; logs:\n%s", logs.String())
	}

	// Restart on the same database with one new story: only it is alerted.
	srv.set(append(items, feedItem{guid: "e", title: "Chrome to distrust Entrust certificates", pub: time.Now()}))
	var out2 syncBuffer
	stop = startRun(t, cfg, &out2, &logs)
	waitFor(t, "the new alert", func() bool { return strings.Contains(out2.String(), "Entrust") })
	// Let the rest of the poll finish before stopping.
	time.Sleep(200 * time.Millisecond)
	if err := stop(); err != nil {
		t.Fatalf("second run: %v", err)
	}
	second := out2.String()
	if n := strings.Count(second, "\n  link:"); n != 1 {
		t.Errorf("second run printed %d alerts, want only the new one:\n%s", n, second)
	}
}

func TestHealthMetricsAndHealthcheck(t *testing.T) {
	srv := newFeedServer(t, []feedItem{{guid: "a", title: "US bans Kaspersky software sales", pub: time.Now()}})
	cfg, _ := runConfig{HTTPAddr: "127.0.0.1:0", Jitter: true, Sources: []runSource{{Name: "Test news", URL: srv.URL}}}.write(t, t.TempDir())
	var out, logs syncBuffer
	stop := startRun(t, cfg, &out, &logs)
	defer stop()
	var addr string
	waitFor(t, "the http endpoint", func() bool {
		_, rest, ok := strings.Cut(logs.String(), `"http endpoint listening" addr=`)
		if ok {
			addr, _, _ = strings.Cut(rest, "\n")
		}
		return ok
	})
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		return resp.StatusCode, b.String()
	}
	waitFor(t, "the first poll", func() bool { return strings.Contains(out.String(), "Kaspersky") })
	waitFor(t, "healthy", func() bool { code, _ := get("/healthz"); return code == 200 })
	// The alert is printed mid-poll; the poll's counters and its duration
	// are recorded after it: wait for the last of them.
	var metrics string
	waitFor(t, "the first poll's metrics", func() bool {
		_, metrics = get("/metrics")
		return strings.Contains(metrics, "vendorwatch_poll_duration_seconds_count 1")
	})
	for _, want := range []string{
		`vendorwatch_polls_total{result="ok"} 1`,
		`vendorwatch_items_total 1`,
		`vendorwatch_alerts_total{severity=`,
		`vendorwatch_poll_duration_seconds_count 1`,
		`vendorwatch_outbox_depth 0`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	env := func(k string) string {
		if k == "VENDORWATCH_HTTP_ADDR" {
			return addr
		}
		return ""
	}
	var hc bytes.Buffer
	if err := run(context.Background(), []string{"healthcheck"}, &hc, &hc, env); err != nil {
		t.Errorf("healthcheck on a healthy daemon: %v", err)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"healthcheck"}, &hc, &hc, env); err == nil {
		t.Error("healthcheck passed with the daemon stopped")
	}
}

// In a container (JSON logs), stdout is one JSON object per line: the log
// records and, without Discord, the alerts themselves.
func TestRunJSONLogsOnStdout(t *testing.T) {
	srv := newFeedServer(t, []feedItem{{guid: "a", title: "FCC adds Huawei and ZTE to the Covered List", pub: time.Now()}})
	dir := t.TempDir()
	cfg := filepath.Join(dir, "vw.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("database = %q\nlog_format = \"json\"\nreplace_default_sources = true\n[[source]]\nname = \"Test news\"\nurl = %q\n",
		filepath.Join(dir, "vw.db"), srv.URL)), 0o600)
	var out, errOut syncBuffer
	stop := startRun(t, cfg, &out, &errOut)
	waitFor(t, "the alert", func() bool { return strings.Contains(out.String(), "Covered List") })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	var sawLog, sawAlert bool
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("stdout line is not JSON: %q", line)
		}
		if _, ok := v["msg"]; ok {
			sawLog = true
		}
		if v["title"] == "FCC adds Huawei and ZTE to the Covered List" {
			sawAlert = true
		}
	}
	if !sawLog || !sawAlert {
		t.Errorf("stdout lacks a log record or the alert:\n%s", out.String())
	}
	if errOut.String() != "" {
		t.Errorf("stderr not empty with JSON logs: %s", errOut.String())
	}
}

// One article carried by two feeds (different GUIDs, tracking parameters
// and fragment on the link) is stored once, with two sightings, and
// alerted once.
func TestRunArticleInTwoFeedsStoredOnce(t *testing.T) {
	pub := time.Now().Add(-time.Hour).UTC().Format(time.RFC1123Z)
	serve := func(guid, link string) *httptest.Server {
		body := fmt.Sprintf(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
<item><guid>%s</guid><title>Commerce adds DJI to the Entity List</title><link>%s</link><pubDate>%s</pubDate></item>
</channel></rss>`, guid, html.EscapeString(link), pub)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, body) }))
		t.Cleanup(srv.Close)
		return srv
	}
	a := serve("feed-a-1", "https://News.example.com/2026/dji-entity-list?utm_source=rss&utm_medium=feed")
	b := serve("tag:feed-b,2026:77", "https://news.example.com/2026/dji-entity-list?utm_campaign=x#comments")
	cfg, dbPath := runConfig{Jitter: true, Sources: []runSource{{Name: "Feed A", URL: a.URL}, {Name: "Feed B", URL: b.URL}}}.write(t, t.TempDir())
	var out, logs syncBuffer
	stop := startRun(t, cfg, &out, &logs)
	// Opening the database before run has created and migrated it races
	// that migration (SQLITE_BUSY on a new file).
	waitFor(t, "run to start", func() bool { return strings.Contains(logs.String(), "vendorwatch started") })
	db, err := storage.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var art storage.Article
	waitFor(t, "both sightings", func() bool {
		art, err = db.AlertByLink(context.Background(), "https://news.example.com/2026/dji-entity-list")
		return err == nil && len(art.Sightings) == 2
	})
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n  link:"); n != 1 {
		t.Errorf("the article was alerted %d times, want once:\n%s", n, out.String())
	}
	if art.Alert == nil {
		t.Error("the stored article has no alert")
	}
}

// staticFeedServer serves body as an RSS feed and counts the requests.
func staticFeedServer(t *testing.T, body []byte) (*httptest.Server, func() int) {
	var mu sync.Mutex
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv, func() int { mu.Lock(); defer mu.Unlock(); return n }
}

// tokenEnv is an environment holding only the fake Discord's bot token.
func tokenEnv(token string) func(string) string {
	return func(k string) string {
		if k == "DISCORD_TOKEN" {
			return strings.TrimPrefix(token, "Bot ")
		}
		return ""
	}
}

// TestRunSetsMemoryLimit: run applies the config's memory_limit to the Go
// runtime while it runs, and puts the previous limit back when it stops.
func TestRunSetsMemoryLimit(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set: run leaves the runtime's limit alone")
	}
	srv := newFeedServer(t, nil)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "vw.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("database = %q\nmemory_limit = \"48MiB\"\nreplace_default_sources = true\n[[source]]\nname = \"Test news\"\nurl = %q\n",
		filepath.Join(dir, "vw.db"), srv.URL)), 0o600)
	memoryLimitSet.Store(0)
	var out, errOut syncBuffer
	stop := startRun(t, cfg, &out, &errOut)
	waitFor(t, "run to start", func() bool { return strings.Contains(out.String(), "vendorwatch started") })
	if got := memoryLimitSet.Load(); got != 48<<20 {
		t.Errorf("memory limit while running %d, want %d", got, 48<<20)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if got := memoryLimitSet.Load(); got != math.MaxInt64 {
		t.Errorf("after run stopped the limit is %d, want the previous one back", got)
	}
}
