package ops

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// serveForTest starts Serve on a free port of 127.0.0.1 with a healthy
// Health and returns its address.
func serveForTest(t *testing.T) string {
	t.Helper()
	h := &Health{Ping: func(context.Context) error { return nil }}
	h.Scheduled.Store(true)
	return serveHealth(t, h)
}

// serveHealth starts Serve with h on a free port and returns its address.
func serveHealth(t *testing.T, h *Health) string {
	t.Helper()
	var logs bytes.Buffer
	stop, err := Serve("127.0.0.1:0", h, NewMetrics(nil), slog.New(slog.NewJSONHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	var rec struct{ Addr string }
	if err := json.Unmarshal(logs.Bytes(), &rec); err != nil || rec.Addr == "" {
		t.Fatalf("no address in the log %q: %v", logs.String(), err)
	}
	return rec.Addr
}

// setFileLimit sets the process's soft limit of open files to n for the
// test, or skips when the hard limit is lower.
func setFileLimit(t *testing.T, n uint64) {
	t.Helper()
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &old); err != nil {
		t.Skipf("cannot read the file limit: %v", err)
	}
	if old.Max < n {
		t.Skipf("the hard limit of open files is %d; the test needs %d", old.Max, n)
	}
	lim := syscall.Rlimit{Cur: n, Max: old.Max}
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Skipf("cannot set the file limit to %d: %v", n, err)
	}
	t.Cleanup(func() { syscall.Setrlimit(syscall.RLIMIT_NOFILE, &old) })
}

// TestHealthzAnswersWhileManyConnectionsIdle: 1,100 idle connections, half
// of them keep-alive connections after a request and half silent, do not
// keep /healthz from answering. The process may open the 1,100 and a
// little more, not twice that: without a limit the endpoint held a
// descriptor for each, and ran out.
func TestHealthzAnswersWhileManyConnectionsIdle(t *testing.T) {
	const idle = 1100
	setFileLimit(t, idle+maxConns+200)
	addr := serveForTest(t)

	conns := make([]net.Conn, 0, idle)
	t.Cleanup(func() {
		for _, c := range conns {
			c.Close()
		}
	})
	for i := range idle {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("open idle connection %d: %v", i, err)
		}
		conns = append(conns, c)
		if i%2 == 1 {
			continue // silent: no request at all
		}
		// A request answered, then the connection left open, idle.
		if _, err := io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
			t.Fatalf("request on connection %d: %v", i, err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("response on connection %d: %v", i, err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}

	// The guard only ends a test that would otherwise hang.
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: time.Minute}
	resp, err := client.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatalf("GET /healthz with %d idle connections open: %v", idle, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || string(body) != "ok\n" {
		t.Errorf("GET /healthz: %d %q, want 200 ok", resp.StatusCode, body)
	}
}

func TestServerTimeouts(t *testing.T) {
	srv := newServer(http.NewServeMux(), newConnLimiter(nil, 1))
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout,
		"WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout,
	} {
		if d <= 0 {
			t.Errorf("%s is %s, want a limit", name, d)
		}
	}
	if srv.ConnState == nil {
		t.Error("no ConnState hook: the limiter cannot tell idle connections from busy ones")
	}
}

// TestConnLimiterClosesIdleFirst: at the limit, the longest idle
// connection makes room; a connection busy with a request is never
// closed for a new one, which is turned away when all are busy.
func TestConnLimiterClosesIdleFirst(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	lim := newConnLimiter(ln, 2)
	started, release := make(chan struct{}, 4), make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		<-release
		io.WriteString(w, "done")
	})
	srv := newServer(mux, lim)
	go srv.Serve(lim)
	t.Cleanup(func() { srv.Close() })

	dial := func() net.Conn {
		t.Helper()
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	// closed waits until the server has closed c.
	closed := func(c net.Conn) bool {
		_, err := c.Read(make([]byte, 1))
		return errors.Is(err, io.EOF) || err != nil && strings.Contains(err.Error(), "reset")
	}

	busy := dial()
	io.WriteString(busy, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
	<-started
	idle := dial() // sends nothing; accepted before the next, in dial order
	newer := dial()
	if !closed(idle) {
		t.Error("the idle connection was not closed for the new one")
	}
	io.WriteString(newer, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
	<-started
	refused := dial() // both busy
	if !closed(refused) {
		t.Error("a connection over the limit was kept while all others were busy")
	}
	close(release)
	for _, c := range []net.Conn{busy, newer} {
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("busy connection: %v", err)
		}
		body, _ := io.ReadAll(resp.Body)
		if string(body) != "done" {
			t.Errorf("busy connection answered %q, want done", body)
		}
	}
}

// TestHealthzDiscordShards: /healthz names each Discord shard that is down,
// and is ok when none is.
func TestHealthzDiscordShards(t *testing.T) {
	for _, tc := range []struct {
		name     string
		problems []string
		code     int
		body     string
	}{
		{"all up", nil, http.StatusOK, "ok\n"},
		{"one shard down", []string{"shard 2/3 disconnected"}, http.StatusServiceUnavailable, "not ready: discord: shard 2/3 disconnected\n"},
		{"two down", []string{"shard 0/3 disconnected", "shard 2/3 disconnected"}, http.StatusServiceUnavailable,
			"not ready: discord: shard 0/3 disconnected; discord: shard 2/3 disconnected\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := &Health{Ping: func(context.Context) error { return nil }, DiscordProblems: func() []string { return tc.problems }}
			h.Scheduled.Store(true)
			var logs bytes.Buffer
			stop, err := Serve("127.0.0.1:0", h, NewMetrics(nil), slog.New(slog.NewJSONHandler(&logs, nil)))
			if err != nil {
				t.Fatal(err)
			}
			defer stop()
			var rec struct{ Addr string }
			if err := json.Unmarshal(logs.Bytes(), &rec); err != nil {
				t.Fatal(err)
			}
			resp, err := http.Get("http://" + rec.Addr + "/healthz")
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.code || string(body) != tc.body {
				t.Errorf("GET /healthz: %d %q, want %d %q", resp.StatusCode, body, tc.code, tc.body)
			}
		})
	}
}

// TestHealthzSaysWhyCommandsAreMissing: while the bot retries a
// registration Discord refused, /healthz is not ready and says why; once
// registered, ok.
func TestHealthzSaysWhyCommandsAreMissing(t *testing.T) {
	var why atomic.Pointer[error]
	refused := errors.New("register commands: HTTP 400 Bad Request")
	why.Store(&refused)
	h := &Health{
		Ping:    func(context.Context) error { return nil },
		Discord: func() bool { return true },
		Commands: func() error {
			if p := why.Load(); p != nil {
				return *p
			}
			return nil
		},
	}
	h.Scheduled.Store(true)
	addr := serveHealth(t, h)
	get := func() (int, string) {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if st, body := get(); st != http.StatusServiceUnavailable || !strings.Contains(body, "discord commands: register commands: HTTP 400") {
		t.Errorf("while refused: %d %q, want 503 with the reason", st, body)
	}
	why.Store(nil)
	if st, body := get(); st != http.StatusOK || body != "ok\n" {
		t.Errorf("registered: %d %q, want 200 ok", st, body)
	}
}

// TestOutboxDepthCached counts the outbox once for scrapes within
// outboxDepthAge of each other, and again after it.
func TestOutboxDepthCached(t *testing.T) {
	calls := 0
	m := NewMetrics(func(context.Context) (int, error) { calls++; return 10 * calls, nil })
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	m.depth.now = func() time.Time { return now }
	srv := httptest.NewServer(m.handler())
	defer srv.Close()
	depth := func() float64 {
		t.Helper()
		return sample(t, scrape(t, srv.URL), "vendorwatch_outbox_depth", "")
	}
	for _, step := range []struct {
		advance time.Duration
		want    float64
	}{{0, 10}, {outboxDepthAge / 2, 10}, {outboxDepthAge / 2, 20}, {time.Millisecond, 20}, {-time.Hour, 30}} {
		now = now.Add(step.advance)
		if got := depth(); got != step.want {
			t.Errorf("after %v: depth %v, want %v", step.advance, got, step.want)
		}
	}
}
