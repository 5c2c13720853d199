package sources

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Defaults for FetcherOptions' zero values.
const (
	DefaultTimeout    = 20 * time.Second
	DefaultMaxBody    = 8 << 20
	DefaultUserAgent  = "vendorwatch/1.0 (+https://github.com/vendorwatch/vendorwatch)"
	DefaultMaxConns   = 16
	DefaultMaxPerHost = 2
	maxRedirects      = 10
)

// FetcherOptions configures a Fetcher. Zero values take the defaults.
type FetcherOptions struct {
	Timeout    time.Duration     // per request, default 20s
	MaxBody    int64             // default 8 MiB; applies to the decompressed size too, all gzip layers together
	UserAgent  string            // default DefaultUserAgent
	MaxConns   int               // overall concurrent fetches, default 16
	MaxPerHost int               // concurrent fetches per host, default 2
	Transport  http.RoundTripper // optional, for tests; BlockPrivate does not apply to it
	// BlockPrivate refuses to connect to loopback, private, link-local and
	// unspecified addresses after DNS resolution, and to read local files,
	// for feeds that users can add. Off by default because operators may
	// poll local services.
	BlockPrivate bool
	// AllowHosts are host:port addresses, as in a URL, that BlockPrivate
	// lets through: exactly these, matched before DNS resolution, such as
	// the configured Discord API base when it is a local fake or proxy.
	AllowHosts []string
}

// ErrorKind classifies a FetchError so the poller can back off sensibly.
type ErrorKind string

// The kinds of fetch failure.
const (
	KindTimeout     ErrorKind = "timeout"
	KindNetwork     ErrorKind = "network"
	KindStatus      ErrorKind = "status"       // non-2xx other than below
	KindTooLarge    ErrorKind = "too_large"    // body (or decompressed body) over MaxBody
	KindCloudflare  ErrorKind = "cloudflare"   // cf-mitigated: challenge
	KindRateLimited ErrorKind = "rate_limited" // 429 or 503 with Retry-After
	KindFile        ErrorKind = "file"         // local file problems
)

// FetchError is a failed fetch. URL never holds a password or a secret
// query parameter.
type FetchError struct {
	Kind       ErrorKind
	URL        string
	Status     int           // HTTP status, 0 when none
	RetryAfter time.Duration // from Retry-After, 0 when none
	Cap        int64         // KindTooLarge: the size limit in bytes the body went over; 0 otherwise
	Err        error
}

// Error says what failed and where, e.g. "fetch https://x/feed: status (status 404): not found".
func (e *FetchError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "fetch %s: %s", e.URL, e.Kind)
	if e.Status != 0 {
		fmt.Fprintf(&b, " (status %d)", e.Status)
	}
	if e.RetryAfter > 0 {
		fmt.Fprintf(&b, ", retry after %s", e.RetryAfter)
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

// Unwrap returns the underlying cause (a net error, context.Canceled...).
func (e *FetchError) Unwrap() error { return e.Err }

// Validators are the conditional-GET values of a response.
type Validators struct{ ETag, LastModified string }

// Response is a successful fetch, or a 304.
type Response struct {
	Body        []byte
	NotModified bool       // 304: nothing to do
	Validators  Validators // to send next time; empty when the server sent Expires: 0
	Status      int
	URL         string        // final URL after redirects
	MinInterval time.Duration // lower bound before the next poll: max(max-age, Retry-After); 0 when none
}

// Fetcher gets feeds politely. It is safe for concurrent use.
type Fetcher struct {
	opts   FetcherOptions
	client *http.Client
	all    chan struct{}

	mu    sync.Mutex
	hosts map[string]chan struct{}
}

// NewFetcher returns a Fetcher; zero options take their defaults.
func NewFetcher(o FetcherOptions) *Fetcher {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.MaxConns <= 0 {
		o.MaxConns = DefaultMaxConns
	}
	if o.MaxPerHost <= 0 {
		o.MaxPerHost = DefaultMaxPerHost
	}
	rt := o.Transport
	if rt == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxConnsPerHost = o.MaxPerHost
		// As many idle connections per host as may be busy: the default
		// pool kept two, so with a higher per-host limit every
		// connection above two was closed when its fetch ended and the
		// host's next feed dialled again. One site serving many feeds is
		// common (a blog's per-category feeds). Overall, at least as many
		// as may be busy at once.
		t.MaxIdleConnsPerHost = o.MaxPerHost
		t.MaxIdleConns = max(t.MaxIdleConns, o.MaxConns)
		if o.BlockPrivate {
			d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: refusePrivate}
			t.DialContext = d.DialContext
			if len(o.AllowHosts) > 0 {
				allowed := map[string]bool{}
				for _, h := range o.AllowHosts {
					allowed[strings.ToLower(h)] = true
				}
				open := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
				t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
					if allowed[strings.ToLower(addr)] {
						return open.DialContext(ctx, network, addr)
					}
					return d.DialContext(ctx, network, addr)
				}
			}
			t.Proxy = nil // a proxy would resolve names where we cannot check them
		}
		rt = t
	}
	return &Fetcher{
		opts: o,
		client: &http.Client{
			Transport: rt,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= maxRedirects {
					return fmt.Errorf("stopped after %d redirects", maxRedirects)
				}
				return nil
			},
		},
		all:   make(chan struct{}, o.MaxConns),
		hosts: make(map[string]chan struct{}),
	}
}

var errPrivateAddress = errors.New("refusing to connect to a private, loopback or link-local address")

// refusePrivate runs after DNS resolution, so a public name that resolves
// to an internal address is refused too.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(host); ip == nil || privateIP(ip) {
		return errPrivateAddress
	}
	return nil
}

// privateIP reports whether ip is one a user-added feed may not reach.
func privateIP(ip net.IP) bool {
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsUnspecified() || ip.IsMulticast()
}

// Fetch gets src, an http(s) URL or a local file path (plain or file://).
// prev holds the validators of the last good fetch, for a conditional GET.
// Every error is a *FetchError; when ctx ends first it wraps ctx.Err().
func (f *Fetcher) Fetch(ctx context.Context, src string, prev Validators) (*Response, error) {
	return f.FetchGated(ctx, src, prev, nil)
}

// FetchGated is Fetch that, when the answer has a body to read (not a
// 304, not a failure), calls gate first and reads the body only once
// gate returns nil; a gate error fails the fetch. The poller waits there
// for a parse slot, so that an unchanged feed's poll never takes one
// while a changed feed's body is read only when it can be parsed. The
// wait does not count towards the fetch's timeout. gate may be nil.
func (f *Fetcher) FetchGated(ctx context.Context, src string, prev Validators, gate func(context.Context) error) (*Response, error) {
	u, err := url.Parse(src)
	if err != nil {
		return nil, &FetchError{Kind: KindNetwork, URL: "(unparsable URL)", Err: errors.New("invalid URL")}
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	case "", "file":
		if f.opts.BlockPrivate {
			// A user-added feed names a web address, never a local file.
			return nil, &FetchError{Kind: KindNetwork, URL: redactURL(u), Err: fmt.Errorf("unsupported scheme %q", u.Scheme)}
		}
		return f.fetchFile(ctx, src, u, prev, gate)
	default:
		return nil, &FetchError{Kind: KindNetwork, URL: redactURL(u), Err: fmt.Errorf("unsupported scheme %q", u.Scheme)}
	}

	release, err := f.acquire(ctx, strings.ToLower(u.Hostname()))
	if err != nil {
		return nil, &FetchError{Kind: classify(ctx, err), URL: redactURL(u), Err: err}
	}
	defer release()

	if gate == nil {
		ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
		defer cancel()
		return f.get(ctx, u, prev, nil)
	}
	// The timeout as a timer rather than a deadline, so that it can stop
	// while gate waits. Its cause is DeadlineExceeded, as a deadline's.
	rctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	left := f.opts.Timeout
	started := time.Now()
	timer := time.AfterFunc(left, func() { cancel(context.DeadlineExceeded) })
	defer timer.Stop()
	wait := func() error {
		if !timer.Stop() {
			return context.Cause(rctx) // timed out already
		}
		left -= time.Since(started)
		err := gate(ctx)
		started = time.Now()
		timer.Reset(max(left, 0))
		return err
	}
	return f.get(rctx, u, prev, wait)
}

// acquire takes a per-host slot, then an overall slot. Host first, so a
// fetch waiting on a busy host does not hold an overall slot others could
// use.
func (f *Fetcher) acquire(ctx context.Context, host string) (func(), error) {
	f.mu.Lock()
	hs, ok := f.hosts[host]
	if !ok {
		hs = make(chan struct{}, f.opts.MaxPerHost)
		f.hosts[host] = hs
	}
	f.mu.Unlock()
	select {
	case hs <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case f.all <- struct{}{}:
	case <-ctx.Done():
		<-hs
		return nil, ctx.Err()
	}
	return func() { <-f.all; <-hs }, nil
}

// get does the request; gate, when not nil, is called before the body is
// read (see FetchGated).
func (f *Fetcher) get(ctx context.Context, u *url.URL, prev Validators, gate func() error) (*Response, error) {
	safeURL := redactURL(u)
	fail := func(kind ErrorKind, status int, err error) (*Response, error) {
		return nil, &FetchError{Kind: kind, URL: safeURL, Status: status, Cap: f.capOf(kind), Err: err}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fail(KindNetwork, 0, errors.New("invalid request"))
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
	// Asking for gzip ourselves turns off the transport's transparent
	// decompression, so that the decompressed size can be capped.
	req.Header.Set("Accept-Encoding", "gzip")
	if prev.ETag != "" {
		req.Header.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		req.Header.Set("If-Modified-Since", prev.LastModified)
	}

	resp, err := f.client.Do(req)
	if err != nil {
		return fail(classify(ctx, err), 0, innerError(err))
	}
	defer resp.Body.Close()

	finalURL := resp.Request.URL.String()
	now := time.Now()
	retryAfter := parseRetryAfter(resp.Header.Get("Retry-After"), now)

	if strings.EqualFold(strings.TrimSpace(resp.Header.Get("cf-mitigated")), "challenge") {
		return fail(KindCloudflare, resp.StatusCode, errors.New("blocked by a Cloudflare challenge"))
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		v := validators(resp.Header)
		// A 304 may omit validators; the previous ones still apply.
		if v.ETag == "" {
			v.ETag = prev.ETag
		}
		if v.LastModified == "" {
			v.LastModified = prev.LastModified
		}
		if resp.Header.Get("Expires") == "0" {
			v = Validators{}
		}
		return &Response{
			NotModified: true, Validators: v, Status: resp.StatusCode, URL: finalURL,
			MinInterval: max(maxAge(resp.Header), retryAfter),
		}, nil
	case (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) && retryAfter > 0:
		return nil, &FetchError{Kind: KindRateLimited, URL: safeURL, Status: resp.StatusCode, RetryAfter: retryAfter,
			Err: errors.New(http.StatusText(resp.StatusCode))}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, &FetchError{Kind: KindStatus, URL: safeURL, Status: resp.StatusCode, RetryAfter: retryAfter,
			Err: errors.New(strings.ToLower(http.StatusText(resp.StatusCode)))}
	}

	if resp.ContentLength > f.opts.MaxBody {
		return fail(KindTooLarge, resp.StatusCode, fmt.Errorf("content length %d over the %d-byte cap", resp.ContentLength, f.opts.MaxBody))
	}
	if gate != nil {
		if err := gate(); err != nil {
			return fail(classify(ctx, err), resp.StatusCode, err)
		}
	}
	body, err := readBody(resp.Body, resp.ContentLength, f.opts.MaxBody+1)
	if err != nil {
		return fail(classify(ctx, err), resp.StatusCode, fmt.Errorf("read body: %w", innerError(err)))
	}
	if int64(len(body)) > f.opts.MaxBody {
		return fail(KindTooLarge, resp.StatusCode, fmt.Errorf("body over the %d-byte cap", f.opts.MaxBody))
	}
	body, err = f.decompress(body)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return fail(KindTooLarge, resp.StatusCode, err)
		}
		return fail(KindNetwork, resp.StatusCode, err)
	}

	v := validators(resp.Header)
	if resp.Header.Get("Expires") == "0" {
		v = Validators{}
	}
	return &Response{
		Body: body, Validators: v, Status: resp.StatusCode, URL: finalURL,
		MinInterval: max(maxAge(resp.Header), retryAfter),
	}, nil
}

// readBody reads at most limit bytes of r. A body that says its length
// (size, -1 when unknown) is read into one buffer of that size: io.ReadAll
// grows its buffer by doubling, and allocating and clearing the copies was
// a twentieth of a full ingest cycle's CPU.
func readBody(r io.Reader, size, limit int64) ([]byte, error) {
	if size < 0 || size >= limit {
		return io.ReadAll(io.LimitReader(r, limit))
	}
	// One byte more than announced, so that the end is seen without
	// growing; a body longer than announced grows as ReadAll would.
	b := make([]byte, 0, size+1)
	r = io.LimitReader(r, limit)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// decompress un-gzips a body by its magic number rather than by
// Content-Encoding: some servers compress without saying so, and some say
// gzip about a body a proxy has already decompressed. A compressed file
// served compressed again is unpacked to the feed within the same cap, so
// Parse never finds gzip in a fetched body.
func (f *Fetcher) decompress(body []byte) ([]byte, error) {
	if !isGzip(body) {
		return body, nil
	}
	return gunzip(body, f.opts.MaxBody)
}

// capOf is FetchError.Cap for a failure of kind: every too_large failure
// is over MaxBody, compressed or not.
func (f *Fetcher) capOf(kind ErrorKind) int64 {
	if kind == KindTooLarge {
		return f.opts.MaxBody
	}
	return 0
}

func validators(h http.Header) Validators {
	return Validators{ETag: h.Get("ETag"), LastModified: h.Get("Last-Modified")}
}

// classify tells our own timeout from other failures. The caller's
// cancellation is reported as network, with the context error inside.
func classify(ctx context.Context, err error) ErrorKind {
	if errors.Is(context.Cause(ctx), context.DeadlineExceeded) {
		return KindTimeout
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return KindTimeout
	}
	return KindNetwork
}

// innerError drops *url.Error's wrapping: it repeats the URL, which may
// hold secrets; FetchError carries a redacted URL instead.
func innerError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// secretParams are query parameters whose values must not reach logs.
var secretParams = []string{"token", "key", "secret", "password", "passwd", "pass", "auth", "sig", "signature", "session", "access", "credential", "apikey", "api_key", "code"}

// redactURL returns u without its password or the values of query
// parameters that look like secrets.
func redactURL(u *url.URL) string {
	c := *u
	if c.User != nil {
		c.User = url.User(c.User.Username())
	}
	if c.RawQuery != "" {
		q, err := url.ParseQuery(c.RawQuery)
		if err != nil {
			c.RawQuery = "REDACTED"
		} else {
			for k := range q {
				lk := strings.ToLower(k)
				for _, s := range secretParams {
					if strings.Contains(lk, s) {
						q[k] = []string{"REDACTED"}
						break
					}
				}
			}
			c.RawQuery = q.Encode()
		}
	}
	c.Fragment = ""
	return c.String()
}

// parseRetryAfter reads delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		return time.Duration(min(n, int64(7*24*3600))) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return min(d.Round(time.Second), 7*24*time.Hour)
		}
	}
	return 0
}

// maxAge reads Cache-Control max-age (s-maxage is for shared caches).
func maxAge(h http.Header) time.Duration {
	for _, cc := range h.Values("Cache-Control") {
		for _, d := range strings.Split(cc, ",") {
			name, val, ok := strings.Cut(strings.TrimSpace(d), "=")
			if !ok || !strings.EqualFold(strings.TrimSpace(name), "max-age") {
				continue
			}
			n, err := strconv.ParseInt(strings.Trim(strings.TrimSpace(val), `"`), 10, 64)
			if err == nil && n > 0 {
				return time.Duration(min(n, int64(7*24*3600))) * time.Second
			}
		}
	}
	return 0
}

// fetchFile reads a local feed with the same cap as HTTP bodies. The
// file's modification time acts as Last-Modified, so an unchanged file is
// reported as not modified.
func (f *Fetcher) fetchFile(ctx context.Context, src string, u *url.URL, prev Validators, gate func(context.Context) error) (*Response, error) {
	path := src
	if strings.EqualFold(u.Scheme, "file") {
		path = u.Path
	}
	fail := func(kind ErrorKind, err error) (*Response, error) {
		return nil, &FetchError{Kind: kind, URL: path, Cap: f.capOf(kind), Err: err}
	}
	fh, err := os.Open(path)
	if err != nil {
		return fail(KindFile, fileError(err))
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return fail(KindFile, fileError(err))
	}
	if st.IsDir() {
		return fail(KindFile, errors.New("is a directory"))
	}
	if st.Size() > f.opts.MaxBody {
		return fail(KindTooLarge, fmt.Errorf("file of %d bytes over the %d-byte cap", st.Size(), f.opts.MaxBody))
	}
	v := Validators{LastModified: st.ModTime().UTC().Format(http.TimeFormat)}
	if prev.LastModified != "" && prev.LastModified == v.LastModified {
		return &Response{NotModified: true, Validators: v, Status: http.StatusNotModified, URL: path}, nil
	}
	if gate != nil {
		if err := gate(ctx); err != nil {
			return fail(KindFile, err)
		}
	}
	body, err := io.ReadAll(io.LimitReader(fh, f.opts.MaxBody+1))
	if err != nil {
		return fail(KindFile, fileError(err))
	}
	if int64(len(body)) > f.opts.MaxBody {
		return fail(KindTooLarge, fmt.Errorf("file over the %d-byte cap", f.opts.MaxBody))
	}
	if body, err = f.decompress(body); err != nil {
		if errors.Is(err, errTooLarge) {
			return fail(KindTooLarge, err)
		}
		return fail(KindFile, err)
	}
	return &Response{Body: body, Validators: v, Status: http.StatusOK, URL: path}, nil
}

// fileError keeps the reason (not found, permission) without repeating
// the path, which FetchError already carries.
func fileError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
