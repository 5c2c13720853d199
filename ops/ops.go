// Package ops is the daemon's operations endpoint: the Prometheus series
// on /metrics, readiness on /healthz, and the healthcheck client the
// container's HEALTHCHECK runs.
package ops

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/VictoriaMetrics/metrics"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Metrics are the Prometheus series vendorwatch exports on /metrics,
// kept by github.com/VictoriaMetrics/metrics: the client_golang library
// and the protobuf runtime it links were 2.2 MB of the binary, which the
// container image's 20 MiB must hold. One metrics.Set per Metrics value
// (no global registry), so tests can run several.
type Metrics struct {
	set          *metrics.Set
	Polls        CounterVec                   // by result: ok, not_modified, error, skipped
	FetchErrors  CounterVec                   // by kind: timeout, network, status, ...
	Items        *metrics.Counter             // new items stored
	Alerts       CounterVec                   // by severity
	PollDuration *metrics.PrometheusHistogram // seconds per poll of one source
	deliveries   CounterVec                   // by result: sent, retry, dropped, disabled
	deliveryErrs CounterVec                   // by Discord error: http status and code
	depth        depthCache
}

// CounterVec is a family of counters with one label, each value its own
// series in the Metrics' set.
type CounterVec struct {
	set   *metrics.Set
	name  string
	label string
}

// WithLabelValues returns the counter of the series whose label is value,
// creating it at zero on first use.
func (v CounterVec) WithLabelValues(value string) *metrics.Counter {
	return v.set.GetOrCreateCounter(v.name + "{" + v.label + `="` + labelEscaper.Replace(value) + `"}`)
}

// labelEscaper escapes a label value as the text format requires.
var labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)

// pollBuckets are vendorwatch_poll_duration_seconds' upper bounds.
var pollBuckets = []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 20, 30}

// help is each vendorwatch family's HELP text. The library writes a HELP
// line with the name alone; the handler fills in these.
var help = map[string]string{
	"vendorwatch_polls_total":           "Source polls by result (ok, not_modified, error; skipped while the previous poll of the source still ran).",
	"vendorwatch_fetch_errors_total":    "Failed polls by kind (timeout, network, status, too_large, cloudflare, rate_limited, file, parse, store).",
	"vendorwatch_items_total":           "New feed items stored.",
	"vendorwatch_alerts_total":          "New alerts by severity.",
	"vendorwatch_poll_duration_seconds": "Time to fetch, parse, match and store one source.",
	"vendorwatch_deliveries_total":      "Discord sends by result (sent, retry, dropped, disabled).",
	"vendorwatch_delivery_errors_total": "Failed Discord sends by error (HTTP status and Discord code, or network).",
	"vendorwatch_outbox_depth":          "Alerts waiting to be posted to Discord.",
}

// helpFiller replaces the library's bare HELP lines of the vendorwatch
// families with help's texts.
var helpFiller = func() *strings.Replacer {
	var pairs []string
	for name, text := range help {
		pairs = append(pairs, "# HELP "+name+"\n", "# HELP "+name+" "+text+"\n")
	}
	return strings.NewReplacer(pairs...)
}()

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

// NewMetrics returns the series in a set of their own. outboxDepth, when
// not nil, counts the alerts waiting for Discord.
func NewMetrics(outboxDepth func(context.Context) (int, error)) *Metrics {
	// HELP and TYPE lines: the library's only switch for them is
	// process-wide; every Metrics sets it the same way.
	metrics.ExposeMetadata(true)
	s := metrics.NewSet()
	vec := func(name, label string) CounterVec { return CounterVec{set: s, name: name, label: label} }
	m := &Metrics{
		set:          s,
		Polls:        vec("vendorwatch_polls_total", "result"),
		FetchErrors:  vec("vendorwatch_fetch_errors_total", "kind"),
		Items:        s.NewCounter("vendorwatch_items_total"),
		Alerts:       vec("vendorwatch_alerts_total", "severity"),
		PollDuration: s.NewPrometheusHistogramExt("vendorwatch_poll_duration_seconds", pollBuckets),
		deliveries:   vec("vendorwatch_deliveries_total", "result"),
		deliveryErrs: vec("vendorwatch_delivery_errors_total", "error"),
		depth:        depthCache{now: time.Now},
	}
	if outboxDepth != nil {
		s.NewGauge("vendorwatch_outbox_depth", func() float64 {
			return m.depth.get(func() float64 {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				n, err := outboxDepth(ctx)
				if err != nil {
					return -1
				}
				return float64(n)
			})
		})
	}
	for _, sev := range []trust.Severity{trust.SeverityLow, trust.SeverityMedium, trust.SeverityHigh, trust.SeverityCritical} {
		m.Alerts.WithLabelValues(sev.String())
	}
	for _, r := range []string{"ok", "not_modified", "error"} {
		m.Polls.WithLabelValues(r)
	}
	return m
}

// contentType is the text exposition format's, as the Prometheus client
// library served it.
const contentType = "text/plain; version=0.0.4; charset=utf-8; escaping=underscores"

// scrapeTimeout is how long a scrape may take before it is answered 503.
const scrapeTimeout = 5 * time.Second

// writeText writes the series in the Prometheus text format: the
// vendorwatch families, then the library's Go runtime and process ones
// (process_open_fds and process_max_fds come from WriteFDMetrics).
func (m *Metrics) writeText(w io.Writer) {
	var b bytes.Buffer
	m.set.WritePrometheus(&b)
	helpFiller.WriteString(w, b.String())
	metrics.WriteProcessMetrics(w)
	metrics.WriteFDMetrics(w)
}

// handler serves the series on /metrics, gzipped when the client accepts
// it, and gives up on a scrape after scrapeTimeout.
func (m *Metrics) handler() http.Handler { return m.handlerWithin(scrapeTimeout) }

// handlerWithin is handler giving up after timeout. http.TimeoutHandler
// answers 503 when the scrape (the outbox count, mostly) takes longer.
func (m *Metrics) handlerWithin(timeout time.Duration) http.Handler {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Add("Vary", "Accept-Encoding")
		if !acceptsGzip(r.Header.Values("Accept-Encoding")) {
			m.writeText(w)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		m.writeText(zw)
		zw.Close()
	})
	return http.TimeoutHandler(h, timeout, "metrics scrape exceeded "+timeout.String()+"\n")
}

// acceptsGzip says whether Accept-Encoding headers list gzip, other than
// with q=0.
func acceptsGzip(headers []string) bool {
	for _, h := range headers {
		for part := range strings.SplitSeq(h, ",") {
			coding, params, _ := strings.Cut(part, ";")
			if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
				continue
			}
			k, v, _ := strings.Cut(strings.TrimSpace(params), "=")
			if q, err := strconv.ParseFloat(strings.TrimSpace(v), 64); strings.EqualFold(strings.TrimSpace(k), "q") && err == nil && q == 0 {
				continue
			}
			return true
		}
	}
	return false
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
	writeTimeout      = 15 * time.Second // a scrape gives up after scrapeTimeout
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
	mux.Handle("GET /metrics", m.handler())
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
