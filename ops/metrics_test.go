package ops

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// scrape GETs /metrics at url and parses it with Prometheus' own text
// parser, which fails on anything a Prometheus server would not read.
func scrape(t *testing.T, url string) map[string]*dto.MetricFamily {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %q", url, resp.StatusCode, body)
	}
	if got := resp.Header.Get("Content-Type"); got != contentType {
		t.Errorf("Content-Type %q, want %q", got, contentType)
	}
	return parse(t, body)
}

func parse(t *testing.T, body []byte) map[string]*dto.MetricFamily {
	t.Helper()
	p := expfmt.NewTextParser(model.LegacyValidation)
	mfs, err := p.TextToMetricFamilies(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("/metrics does not parse as Prometheus text: %v\n%s", err, body)
	}
	return mfs
}

// sample is the value of family name's series whose labels, written
// `a="x",b="y"` in name order, are labels; the test fails when it is
// missing.
func sample(t *testing.T, mfs map[string]*dto.MetricFamily, name, labels string) float64 {
	t.Helper()
	mf, ok := mfs[name]
	if !ok {
		t.Fatalf("no family %s", name)
	}
	for _, m := range mf.GetMetric() {
		var ls []string
		for _, l := range m.GetLabel() {
			ls = append(ls, l.GetName()+"="+strconv.Quote(l.GetValue()))
		}
		if strings.Join(ls, ",") != labels {
			continue
		}
		switch mf.GetType() {
		case dto.MetricType_COUNTER:
			return m.GetCounter().GetValue()
		case dto.MetricType_GAUGE:
			return m.GetGauge().GetValue()
		default:
			t.Fatalf("%s is a %s, not a counter or gauge", name, mf.GetType())
		}
	}
	t.Fatalf("no series %s{%s}", name, labels)
	return 0
}

// TestMetricsSeries: every vendorwatch family is served with its type,
// its help text and the series the events recorded, the labelled
// counters' fixed values from zero, and the poll duration a Prometheus
// histogram with its buckets.
func TestMetricsSeries(t *testing.T) {
	m := NewMetrics(func(context.Context) (int, error) { return 7, nil })
	m.Polls.WithLabelValues("ok").Inc()
	m.Polls.WithLabelValues("ok").Inc()
	m.Polls.WithLabelValues("skipped").Inc()
	m.FetchErrors.WithLabelValues("timeout").Inc()
	m.Items.Add(3)
	m.Alerts.WithLabelValues("high").Inc()
	m.PollDuration.Update(0.3)
	m.PollDuration.Update(25)
	m.Delivered("sent")
	m.DeliveryFailed(429, 0)
	m.DeliveryFailed(400, 50035)
	m.DeliveryFailed(0, 0)
	srv := httptest.NewServer(m.handler())
	defer srv.Close()
	mfs := scrape(t, srv.URL)

	for _, f := range []struct {
		name, help string
		typ        dto.MetricType
		series     map[string]float64
	}{
		{"vendorwatch_polls_total", "Source polls by result (ok, not_modified, error; skipped while the previous poll of the source still ran).",
			dto.MetricType_COUNTER, map[string]float64{`result="ok"`: 2, `result="not_modified"`: 0, `result="error"`: 0, `result="skipped"`: 1}},
		{"vendorwatch_fetch_errors_total", "Failed polls by kind (timeout, network, status, too_large, cloudflare, rate_limited, file, parse, store).",
			dto.MetricType_COUNTER, map[string]float64{`kind="timeout"`: 1}},
		{"vendorwatch_items_total", "New feed items stored.", dto.MetricType_COUNTER, map[string]float64{"": 3}},
		{"vendorwatch_alerts_total", "New alerts by severity.",
			dto.MetricType_COUNTER, map[string]float64{`severity="low"`: 0, `severity="medium"`: 0, `severity="high"`: 1, `severity="critical"`: 0}},
		{"vendorwatch_deliveries_total", "Discord sends by result (sent, retry, dropped, disabled).",
			dto.MetricType_COUNTER, map[string]float64{`result="sent"`: 1}},
		{"vendorwatch_delivery_errors_total", "Failed Discord sends by error (HTTP status and Discord code, or network).",
			dto.MetricType_COUNTER, map[string]float64{`error="429"`: 1, `error="400/50035"`: 1, `error="network"`: 1}},
		{"vendorwatch_outbox_depth", "Alerts waiting to be posted to Discord.", dto.MetricType_GAUGE, map[string]float64{"": 7}},
		{"vendorwatch_poll_duration_seconds", "Time to fetch, parse, match and store one source.", dto.MetricType_HISTOGRAM, nil},
	} {
		mf, ok := mfs[f.name]
		if !ok {
			t.Errorf("no family %s", f.name)
			continue
		}
		if mf.GetType() != f.typ || mf.GetHelp() != f.help {
			t.Errorf("%s: %s %q, want %s %q", f.name, mf.GetType(), mf.GetHelp(), f.typ, f.help)
		}
		if len(mf.GetMetric()) != max(len(f.series), 1) {
			t.Errorf("%s has %d series, want %d", f.name, len(mf.GetMetric()), len(f.series))
		}
		for labels, want := range f.series {
			if got := sample(t, mfs, f.name, labels); got != want {
				t.Errorf("%s{%s} = %v, want %v", f.name, labels, got, want)
			}
		}
	}

	h := mfs["vendorwatch_poll_duration_seconds"].GetMetric()[0].GetHistogram()
	var bounds []float64
	var counts []uint64
	for _, b := range h.GetBucket() {
		if !math.IsInf(b.GetUpperBound(), 1) { // the parser keeps +Inf as a bucket too
			bounds = append(bounds, b.GetUpperBound())
			counts = append(counts, b.GetCumulativeCount())
		}
	}
	wantBounds := []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 20, 30}
	wantCounts := []uint64{0, 0, 0, 1, 1, 1, 1, 1, 1, 2}
	if !slices.Equal(bounds, wantBounds) || !slices.Equal(counts, wantCounts) {
		t.Errorf("poll duration buckets %v counts %v, want %v %v", bounds, counts, wantBounds, wantCounts)
	}
	if h.GetSampleCount() != 2 || math.Abs(h.GetSampleSum()-25.3) > 1e-9 {
		t.Errorf("poll duration count %d sum %v, want 2 and 25.3", h.GetSampleCount(), h.GetSampleSum())
	}
}

// TestMetricsGoAndProcess: the Go runtime's and the process's families
// are served, each with a type, and the ones dashboards read most hold
// live values.
func TestMetricsGoAndProcess(t *testing.T) {
	srv := httptest.NewServer(NewMetrics(nil).handler())
	defer srv.Close()
	mfs := scrape(t, srv.URL)
	for _, name := range []string{
		"go_goroutines", "go_threads", "go_gomaxprocs", "go_info", "go_gc_duration_seconds",
		"go_memstats_alloc_bytes", "go_memstats_heap_inuse_bytes", "go_memstats_sys_bytes", "go_memstats_next_gc_bytes",
		"go_memlimit_bytes", "go_gc_cpu_seconds_total", "go_sched_latencies_seconds",
		"process_cpu_seconds_total", "process_resident_memory_bytes", "process_virtual_memory_bytes",
		"process_start_time_seconds", "process_open_fds", "process_max_fds",
	} {
		if _, ok := mfs[name]; !ok {
			t.Errorf("no family %s", name)
		}
	}
	for name, mf := range mfs {
		if mf.GetType() == dto.MetricType_UNTYPED {
			t.Errorf("%s has no TYPE line", name)
		}
	}
	if n := sample(t, mfs, "go_goroutines", ""); n < 1 {
		t.Errorf("go_goroutines %v, want at least 1", n)
	}
	if n := sample(t, mfs, "process_open_fds", ""); n < 1 {
		t.Errorf("process_open_fds %v, want at least 1", n)
	}
	if n := sample(t, mfs, "process_resident_memory_bytes", ""); n < 1<<20 {
		t.Errorf("process_resident_memory_bytes %v, want at least 1 MiB", n)
	}
	start := time.Unix(int64(sample(t, mfs, "process_start_time_seconds", "")), 0)
	if age := time.Since(start); age < 0 || age > time.Hour {
		t.Errorf("process_start_time_seconds %v is %v ago", start, age)
	}
}

// TestMetricsSetsApart: two Metrics keep their own series.
func TestMetricsSetsApart(t *testing.T) {
	a, b := NewMetrics(nil), NewMetrics(nil)
	a.Items.Inc()
	a.Polls.WithLabelValues("error").Inc()
	srvA, srvB := httptest.NewServer(a.handler()), httptest.NewServer(b.handler())
	defer srvA.Close()
	defer srvB.Close()
	mfsA, mfsB := scrape(t, srvA.URL), scrape(t, srvB.URL)
	if got := sample(t, mfsA, "vendorwatch_items_total", ""); got != 1 {
		t.Errorf("a: items %v, want 1", got)
	}
	if got := sample(t, mfsB, "vendorwatch_items_total", ""); got != 0 {
		t.Errorf("b: items %v, want 0 (a's count leaked)", got)
	}
	if got := sample(t, mfsB, "vendorwatch_polls_total", `result="error"`); got != 0 {
		t.Errorf("b: error polls %v, want 0", got)
	}
}

// TestMetricsGzip: /metrics, through Serve's routes, is gzipped for a
// client that accepts it and plain for one that does not, the same text
// either way.
func TestMetricsGzip(t *testing.T) {
	addr := serveForTest(t)
	get := func(acceptEncoding string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/metrics", nil)
		req.Header.Set("Accept-Encoding", acceptEncoding) // set: the transport leaves the body as sent
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != contentType {
			t.Fatalf("Accept-Encoding %q: %d %q", acceptEncoding, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		return resp, body
	}
	resp, body := get("br, gzip;q=0.8")
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Accept-Encoding gzip: Content-Encoding %q, want gzip", resp.Header.Get("Content-Encoding"))
	}
	if !slices.Contains(resp.Header.Values("Vary"), "Accept-Encoding") {
		t.Errorf("Vary %q lacks Accept-Encoding", resp.Header.Values("Vary"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := parse(t, plain)["vendorwatch_polls_total"]; !ok {
		t.Error("gzipped /metrics lacks vendorwatch_polls_total")
	}
	for _, ae := range []string{"identity", "gzip;q=0"} {
		resp, body := get(ae)
		if ce := resp.Header.Get("Content-Encoding"); ce != "" {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want none", ae, ce)
		}
		if _, ok := parse(t, body)["vendorwatch_polls_total"]; !ok {
			t.Errorf("Accept-Encoding %q: /metrics lacks vendorwatch_polls_total", ae)
		}
	}
}

func TestAcceptsGzip(t *testing.T) {
	for _, tc := range []struct {
		headers []string
		want    bool
	}{
		{nil, false},
		{[]string{"gzip"}, true},
		{[]string{"deflate, GZIP"}, true},
		{[]string{"br", "gzip;q=0.5"}, true},
		{[]string{"gzip; q=0"}, false},
		{[]string{"gzip;q=0.000"}, false},
		{[]string{"x-gzip2, identity"}, false},
	} {
		if got := acceptsGzip(tc.headers); got != tc.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tc.headers, got, tc.want)
		}
	}
}

// TestMetricsScrapeTimeout: a scrape the outbox count holds up past the
// limit is answered 503, not left hanging.
func TestMetricsScrapeTimeout(t *testing.T) {
	release := make(chan struct{})
	m := NewMetrics(func(context.Context) (int, error) { <-release; return 0, nil })
	srv := httptest.NewServer(m.handlerWithin(50 * time.Millisecond))
	defer srv.Close()
	defer close(release) // before srv.Close, which waits for the handler
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("held-up scrape: %d, want 503", resp.StatusCode)
	}
}
