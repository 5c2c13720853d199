// Package ops is the daemon's operations endpoint: the Prometheus series
// on /metrics, readiness on /healthz, and the healthcheck client the
// container's HEALTHCHECK runs.
package ops

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Metrics are the Prometheus series vendorwatch exports on /metrics. One
// registry per process (no global state), so tests can run several.
type Metrics struct {
	reg          *prometheus.Registry
	Polls        *prometheus.CounterVec // by result: ok, not_modified, error, skipped
	FetchErrors  *prometheus.CounterVec // by kind: timeout, network, status, ...
	Items        prometheus.Counter     // new items stored
	Alerts       *prometheus.CounterVec // by severity
	PollDuration prometheus.Histogram   // seconds per poll of one source
	deliveries   *prometheus.CounterVec // by result: sent, retry, dropped, disabled
	deliveryErrs *prometheus.CounterVec // by Discord error: http status and code
	outboxDepth  func(context.Context) (int, error)
	depth        depthCache
}

// outboxDepthAge is how long a count of the outbox answers scrapes: the
// count reads every pending row, and a scraper polling often (the bench
// harness, every 20 ms) over a backlog of thousands made it a fifth of
// the daemon's CPU during a full cycle.
const outboxDepthAge = time.Second

// depthCache keeps the last count of the outbox.
type depthCache struct {
	now func() time.Time
	mu  sync.Mutex
	at  time.Time
	n   float64
}

// get returns the count, counting again when the last is older than
// outboxDepthAge.
func (c *depthCache) get(count func() float64) float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if !c.at.IsZero() && now.Sub(c.at) < outboxDepthAge && now.After(c.at) {
		return c.n
	}
	c.n, c.at = count(), now
	return c.n
}

func NewMetrics(outboxDepth func(context.Context) (int, error)) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		Polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vendorwatch_polls_total", Help: "Source polls by result (ok, not_modified, error; skipped while the previous poll of the source still ran).",
		}, []string{"result"}),
		FetchErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vendorwatch_fetch_errors_total", Help: "Failed polls by kind (timeout, network, status, too_large, cloudflare, rate_limited, file, parse, store).",
		}, []string{"kind"}),
		Items: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "vendorwatch_items_total", Help: "New feed items stored.",
		}),
		Alerts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vendorwatch_alerts_total", Help: "New alerts by severity.",
		}, []string{"severity"}),
		PollDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "vendorwatch_poll_duration_seconds", Help: "Time to fetch, parse, match and store one source.",
			Buckets: []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 20, 30},
		}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vendorwatch_deliveries_total", Help: "Discord sends by result (sent, retry, dropped, disabled).",
		}, []string{"result"}),
		deliveryErrs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vendorwatch_delivery_errors_total", Help: "Failed Discord sends by error (HTTP status and Discord code, or network).",
		}, []string{"error"}),
		outboxDepth: outboxDepth,
		depth:       depthCache{now: time.Now},
	}
	m.reg.MustRegister(m.Polls, m.FetchErrors, m.Items, m.Alerts, m.PollDuration, m.deliveries, m.deliveryErrs,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if outboxDepth != nil {
		m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "vendorwatch_outbox_depth", Help: "Alerts waiting to be posted to Discord.",
		}, func() float64 {
			return m.depth.get(func() float64 {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				n, err := outboxDepth(ctx)
				if err != nil {
					return -1
				}
				return float64(n)
			})
		}))
	}
	for _, s := range []trust.Severity{trust.SeverityLow, trust.SeverityMedium, trust.SeverityHigh, trust.SeverityCritical} {
		m.Alerts.WithLabelValues(s.String())
	}
	for _, r := range []string{"ok", "not_modified", "error"} {
		m.Polls.WithLabelValues(r)
	}
	return m
}

// Delivered records one Discord send (bot.Observer).
func (m *Metrics) Delivered(result string) { m.deliveries.WithLabelValues(result).Inc() }

// DeliveryFailed records why a Discord send failed (bot.Observer).
func (m *Metrics) DeliveryFailed(status, code int) {
	label := "network"
	if status > 0 {
		label = fmt.Sprintf("%d", status)
		if code > 0 {
			label += fmt.Sprintf("/%d", code)
		}
	}
	m.deliveryErrs.WithLabelValues(label).Inc()
}

// Health says whether the process is ready: the database answers, the
// scheduler runs, and, when a token is configured, Discord is connected
// and the slash commands are registered.
type Health struct {
	Ping      func(context.Context) error
	Scheduled atomic.Bool
	Discord   func() bool // nil without a token
	// DiscordProblems, when set, replaces Discord: what is wrong with the
	// gateway, one phrase each ("shard 2/3 disconnected"), none when up.
	DiscordProblems func() []string
	// Commands says why the slash commands are not registered (the bot
	// retries meanwhile); nil without a token.
	Commands func() error
}

func (h *Health) check(ctx context.Context) []string {
	var why []string
	if err := h.Ping(ctx); err != nil {
		why = append(why, "database: "+err.Error())
	}
	if !h.Scheduled.Load() {
		why = append(why, "scheduler: not running")
	}
	switch {
	case h.DiscordProblems != nil:
		for _, p := range h.DiscordProblems() {
			why = append(why, "discord: "+p)
		}
	case h.Discord != nil && !h.Discord():
		why = append(why, "discord: not connected")
	}
	if h.Commands != nil {
		if err := h.Commands(); err != nil {
			why = append(why, "discord commands: "+err.Error())
		}
	}
	return why
}

// Limits of the endpoint, which serves a health check and a metrics scrape
// a few connections at a time. Every connection holds a file descriptor:
// a thousand idle ones kept for ever would exhaust the process's, and
// /healthz would go unanswered.
const (
	maxConns          = 64
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 15 * time.Second // promhttp gives up on a scrape after 5 s
	idleTimeout       = time.Minute
	maxHeaderBytes    = 16 << 10
)

// newServer is the endpoint's server, with every timeout set and the
// limiter told of each connection's state.
func newServer(h http.Handler, lim *connLimiter) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ConnState:         lim.track,
	}
}

// connLimiter keeps the endpoint under max open connections without
// turning a health check away: at the limit, a new connection closes the
// one idle the longest (a keep-alive connection between requests, or one
// that has sent nothing yet), and only when every connection is busy with
// a request is the new one closed instead. netutil.LimitListener would
// leave new connections in the kernel's queue behind the idle ones, and
// /healthz unanswered until their timeouts.
type connLimiter struct {
	net.Listener
	max int

	mu    sync.Mutex
	seq   uint64                // orders idleness: higher is more recent
	conns map[net.Conn]connIdle // open connections
}

// connIdle is a connection's state: idle since seq, or busy (seq 0).
type connIdle struct{ seq uint64 }

func newConnLimiter(ln net.Listener, max int) *connLimiter {
	return &connLimiter{Listener: ln, max: max, conns: make(map[net.Conn]connIdle, max)}
}

// Accept returns the next connection it admits.
func (l *connLimiter) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if l.admit(c) {
			return c, nil
		}
		c.Close()
	}
}

// admit counts c in, closing the longest idle connection when at the
// limit; false when every connection is busy.
func (l *connLimiter) admit(c net.Conn) bool {
	l.mu.Lock()
	var victim net.Conn
	if len(l.conns) >= l.max {
		oldest := uint64(0)
		for k, st := range l.conns {
			if st.seq != 0 && (victim == nil || st.seq < oldest) {
				victim, oldest = k, st.seq
			}
		}
		if victim == nil {
			l.mu.Unlock()
			return false
		}
		delete(l.conns, victim)
	}
	l.seq++
	l.conns[c] = connIdle{seq: l.seq}
	l.mu.Unlock()
	if victim != nil {
		victim.Close()
	}
	return true
}

// track is the server's ConnState hook.
func (l *connLimiter) track(c net.Conn, state http.ConnState) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.conns[c]; !ok {
		return // closed to make room
	}
	switch state {
	case http.StateActive:
		l.conns[c] = connIdle{}
	case http.StateIdle:
		l.seq++
		l.conns[c] = connIdle{seq: l.seq}
	case http.StateHijacked, http.StateClosed:
		delete(l.conns, c)
	}
}

// Serve runs the /healthz and /metrics endpoint until stop is called.
func Serve(addr string, h *Health, m *Metrics, log *slog.Logger) (stop func(), err error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if why := h.check(ctx); len(why) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, "not ready: "+strings.Join(why, "; ")+"\n")
			return
		}
		io.WriteString(w, "ok\n")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Timeout: 5 * time.Second}))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("http_addr %s: %w", addr, err)
	}
	lim := newConnLimiter(ln, maxConns)
	srv := newServer(mux, lim)
	ln = lim
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http endpoint", "error", err)
		}
	}()
	log.Info("http endpoint listening", "addr", ln.Addr().String())
	return func() {
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		srv.Shutdown(sctx)
		<-done
	}, nil
}

// ErrNoAddr and ErrBadAddr are Healthcheck's configuration errors (a usage
// error for the command line, not a failed check).
var (
	ErrNoAddr  = errors.New("healthcheck: no http_addr configured (set http_addr or VENDORWATCH_HTTP_ADDR)")
	ErrBadAddr = errors.New("healthcheck: bad http_addr")
)

// Healthcheck is the image's HEALTHCHECK: it asks the running process's
// /healthz and exits 0 only when it answers 200. It needs no shell or curl.
func Healthcheck(ctx context.Context, addr string, stdout io.Writer) error {
	if addr == "" {
		return ErrNoAddr
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%w %q: %v", ErrBadAddr, addr, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: %s", strings.TrimSpace(string(body)))
	}
	fmt.Fprint(stdout, string(body))
	return nil
}
