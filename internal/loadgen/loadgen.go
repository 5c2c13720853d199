// Package loadgen serves many feeds over loopback HTTP for benchmarks and
// smoke tests of the whole ingest path.
//
// It builds N feeds from a set of real feed bodies (templates), cycling
// through them, and makes every feed's items its own: the titles, GUIDs,
// ids and links of feed i at version v carry a suffix "vw<i>v<v>", so that
// no two feeds, and no two versions of one feed, share an item or a
// canonical link. Each feed answers with an ETag and a Last-Modified and
// answers 304 to a request that presents them; Change moves a fraction of
// the feeds to a new version (a new set of items); some feeds can be slow.
// Feeds are spread over several loopback addresses (127.0.0.1, 127.0.0.2,
// ...) as real feeds are spread over hosts, so that a fetcher's per-host
// limit applies as it would in production; the slow feeds are spread
// over them too.
package loadgen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Options configure a Server. Feeds and Templates are required.
type Options struct {
	Feeds     int      // how many feeds to serve
	Templates [][]byte // real feed bodies, cycled: feed i is built from Templates[i%len]
	// Hosts is how many loopback addresses the feeds are spread over;
	// default 1 (127.0.0.1 only). Addresses that cannot be bound (a system
	// without the whole 127/8 on lo) fall back to 127.0.0.1.
	Hosts int
	// SlowEvery makes every SlowEvery-th feed (1-based: feeds SlowEvery-1,
	// 2*SlowEvery-1, ...) wait SlowDelay before each answer; 0 for none.
	SlowEvery int
	SlowDelay time.Duration
}

// Stats count what the server answered since it started.
type Stats struct {
	Requests    int64
	NotModified int64 // 304 answers
	Bytes       int64 // body bytes of the 200 answers
	Conns       int64 // connections accepted: fewer than Requests when clients reuse them
}

// Server is a running load generator. It is safe for concurrent use.
type Server struct {
	opts  Options
	srvs  []*http.Server
	addrs []string // host:port per listener
	feeds []*feed
	epoch time.Time
	next  atomic.Int64 // round-robin position of Change

	requests, notModified, bytes, conns atomic.Int64
}

type feed struct {
	mu      sync.RWMutex
	version int
	body    []byte
	etag    string
	lastMod time.Time
}

// LoadTemplates reads every regular file of dir except LICENSE files: the
// layout of ../shared/feeds/realworld/feeds.
func LoadTemplates(dir string) ([][]byte, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read templates: %w", err)
	}
	var out [][]byte
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), "LICENSE") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read templates: %w", err)
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read templates: no files in %s", dir)
	}
	return out, nil
}

// Start builds the feeds at version 1 and starts serving them.
func Start(o Options) (*Server, error) {
	if o.Feeds <= 0 || len(o.Templates) == 0 {
		return nil, errors.New("loadgen: need feeds and templates")
	}
	o.Hosts = max(o.Hosts, 1)
	s := &Server{opts: o, epoch: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	s.feeds = make([]*feed, o.Feeds)
	for i := range s.feeds {
		s.feeds[i] = &feed{}
		s.setVersion(i, 1)
	}
	for h := range min(o.Hosts, o.Feeds) {
		ip := fmt.Sprintf("127.0.0.%d", h+1)
		ln, err := net.Listen("tcp", ip+":0")
		if err != nil {
			if h == 0 {
				s.Close()
				return nil, fmt.Errorf("loadgen: listen: %w", err)
			}
			break // only 127.0.0.1 here: every feed on one host
		}
		srv := &http.Server{Handler: http.HandlerFunc(s.serve), ReadHeaderTimeout: 10 * time.Second,
			ConnState: func(_ net.Conn, st http.ConnState) {
				if st == http.StateNew {
					s.conns.Add(1)
				}
			}}
		s.srvs = append(s.srvs, srv)
		s.addrs = append(s.addrs, ln.Addr().String())
		go srv.Serve(ln)
	}
	return s, nil
}

// Close stops the listeners.
func (s *Server) Close() {
	for _, srv := range s.srvs {
		srv.Shutdown(context.Background())
	}
}

// URLs returns the feeds' URLs, feed i at index i.
func (s *Server) URLs() []string {
	out := make([]string, len(s.feeds))
	for i := range s.feeds {
		out[i] = fmt.Sprintf("http://%s/feed/%d", s.addrs[s.host(i)], i)
	}
	return out
}

// host is the listener feed i is served on. The slow feeds and the others
// each go round-robin over the hosts, so that both spread evenly whatever
// SlowEvery and Hosts are. Feed i on host i mod Hosts put every 100th
// feed of 50 hosts on one host: all the slow feeds behind one server,
// whose per-host limit (two fetches at once by default) then made 100 ×
// 50 ms / 2 = 2.5 s the floor of any cycle, however fast the rest.
func (s *Server) host(i int) int {
	n, every := len(s.addrs), s.opts.SlowEvery
	if every <= 0 {
		return i % n
	}
	before := i / every // slow feeds below i: every-1, 2*every-1, ...
	if s.slow(i) {
		return before % n
	}
	return (i - before) % n
}

// slow reports whether feed i waits SlowDelay before answering.
func (s *Server) slow(i int) bool {
	return s.opts.SlowEvery > 0 && (i+1)%s.opts.SlowEvery == 0
}

// Bodies returns the feeds' current bodies, feed i at index i. The slices
// are shared: do not modify them.
func (s *Server) Bodies() [][]byte {
	out := make([][]byte, len(s.feeds))
	for i, f := range s.feeds {
		f.mu.RLock()
		out[i] = f.body
		f.mu.RUnlock()
	}
	return out
}

// Change moves ceil(fraction × feeds) feeds to their next version, taking
// feeds round-robin so that successive calls change different feeds, and
// returns how many it changed. Change(1) changes every feed.
func (s *Server) Change(fraction float64) int {
	n := min(len(s.feeds), int(float64(len(s.feeds))*fraction+0.999999))
	for range n {
		i := int(s.next.Add(1)-1) % len(s.feeds)
		f := s.feeds[i]
		f.mu.RLock()
		v := f.version
		f.mu.RUnlock()
		s.setVersion(i, v+1)
	}
	return n
}

// Stats returns the counts so far.
func (s *Server) Stats() Stats {
	return Stats{Requests: s.requests.Load(), NotModified: s.notModified.Load(), Bytes: s.bytes.Load(), Conns: s.conns.Load()}
}

func (s *Server) setVersion(i, v int) {
	tpl := s.opts.Templates[i%len(s.opts.Templates)]
	body := Vary(tpl, fmt.Sprintf("vw%dv%d", i, v))
	f := s.feeds[i]
	f.mu.Lock()
	f.version = v
	f.body = body
	f.etag = fmt.Sprintf(`"%d-%d"`, i, v)
	// Versions an hour apart: If-Modified-Since has one-second resolution.
	f.lastMod = s.epoch.Add(time.Duration(v) * time.Hour)
	f.mu.Unlock()
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.requests.Add(1)
	idx, ok := strings.CutPrefix(r.URL.Path, "/feed/")
	i, err := strconv.Atoi(idx)
	if !ok || err != nil || i < 0 || i >= len(s.feeds) {
		http.NotFound(w, r)
		return
	}
	if s.slow(i) {
		select {
		case <-time.After(s.opts.SlowDelay):
		case <-r.Context().Done():
			return
		}
	}
	f := s.feeds[i]
	f.mu.RLock()
	body, etag, lastMod := f.body, f.etag, f.lastMod
	f.mu.RUnlock()

	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Last-Modified", lastMod.Format(http.TimeFormat))
	if notModified(r, etag, lastMod) {
		s.notModified.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if len(body) > 0 && body[0] == '{' {
		h.Set("Content-Type", "application/feed+json")
	} else {
		h.Set("Content-Type", "application/xml")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	s.bytes.Add(int64(len(body)))
	w.Write(body)
}

// notModified applies RFC 9110's precedence: If-None-Match when present,
// else If-Modified-Since.
func notModified(r *http.Request, etag string, lastMod time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == etag || t == "*" {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		if t, err := http.ParseTime(ims); err == nil && !lastMod.After(t) {
			return true
		}
	}
	return false
}

// Vary returns a copy of a feed body whose item identities carry tag: the
// text of every title, guid, id and link element and every link href gets
// "-tag" (titles " tag") appended, in XML feeds, and the "id", "url" and
// "title" strings likewise in JSON Feed. It is a byte rewrite, not a parse,
// so it keeps whatever oddities the real feed has for the parser to meet.
func Vary(body []byte, tag string) []byte {
	out := make([]byte, 0, len(body)+len(body)/16)
	if t := bytes.TrimLeft(body, "\ufeff \t\r\n"); len(t) > 0 && t[0] == '{' {
		return varyJSON(out, body, tag)
	}
	return varyXML(out, body, tag)
}

func varyXML(out, body []byte, tag string) []byte {
	for len(body) > 0 {
		j := bytes.IndexByte(body, '<')
		if j < 0 {
			break
		}
		rest := body[j:]
		if title, ok := closer(rest); ok {
			at := insertAt(body[:j], !title)
			suffix := "-" + tag
			if title {
				suffix = " " + tag
			}
			out = append(out, body[:at]...)
			out = append(out, suffix...)
			out = append(out, body[at:j+1]...)
			body = body[j+1:]
			continue
		}
		if bytes.HasPrefix(rest, []byte("<link")) && len(rest) > 5 && isSpace(rest[5]) {
			if end := bytes.IndexByte(rest, '>'); end >= 0 {
				el := rest[:end]
				if h := bytes.Index(el, []byte("href=")); h >= 0 && h+6 < len(el) && (el[h+5] == '"' || el[h+5] == '\'') {
					if c := bytes.IndexByte(el[h+6:], el[h+5]); c >= 0 {
						val := el[h+6 : h+6+c]
						cut := j + h + 6 + urlEnd(val)
						out = append(out, body[:cut]...)
						out = append(out, '-')
						out = append(out, tag...)
						body = body[cut:]
						continue
					}
				}
			}
		}
		out = append(out, body[:j+1]...)
		body = body[j+1:]
	}
	return append(out, body...)
}

// closer reports whether b starts with the end tag of a title, guid, id or
// link element, with or without a namespace prefix (rss:link, and also
// media:title, which does no harm).
func closer(b []byte) (title, ok bool) {
	if len(b) < 5 || b[0] != '<' || b[1] != '/' {
		return false, false
	}
	end := bytes.IndexByte(b[:min(len(b), 40)], '>')
	if end < 0 {
		return false, false
	}
	name := b[2:end]
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	switch string(name) {
	case "title":
		return true, true
	case "guid", "id", "link":
		return false, true
	}
	return false, false
}

// insertAt finds where in seg, the bytes between an element's previous
// '<' and its end tag, the suffix goes: at the end of the value, inside a
// CDATA section, before trailing white space and, for URLs, before any
// query or fragment, which canonical links drop.
func insertAt(seg []byte, isURL bool) int {
	end := len(seg)
	for end > 0 && isSpace(seg[end-1]) {
		end--
	}
	start := bytes.LastIndexByte(seg[:end], '>') + 1
	if bytes.HasSuffix(seg[:end], []byte("]]>")) {
		if c := bytes.LastIndex(seg[:end], []byte("![CDATA[")); c >= 0 {
			start, end = c+8, end-3
			for end > start && isSpace(seg[end-1]) {
				end--
			}
		}
	}
	if isURL {
		return start + urlEnd(seg[start:end])
	}
	return end
}

// urlEnd is the length of u before its query or fragment.
func urlEnd(u []byte) int {
	if i := bytes.IndexAny(u, "?#"); i >= 0 {
		return i
	}
	return len(u)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

var jsonKeys = [][]byte{[]byte(`"id"`), []byte(`"url"`), []byte(`"title"`)}

func varyJSON(out, body []byte, tag string) []byte {
	for len(body) > 0 {
		j := bytes.IndexByte(body, '"')
		if j < 0 {
			break
		}
		rest := body[j:]
		matched := false
		for _, k := range jsonKeys {
			if !bytes.HasPrefix(rest, k) {
				continue
			}
			// "key" then optional space, a colon, optional space, a string.
			p := len(k)
			for p < len(rest) && isSpace(rest[p]) {
				p++
			}
			if p >= len(rest) || rest[p] != ':' {
				break
			}
			p++
			for p < len(rest) && isSpace(rest[p]) {
				p++
			}
			if p >= len(rest) || rest[p] != '"' {
				break
			}
			e := p + 1
			for e < len(rest) && rest[e] != '"' {
				if rest[e] == '\\' {
					e++
				}
				e++
			}
			if e >= len(rest) {
				break
			}
			out = append(out, body[:j+e]...)
			out = append(out, '-')
			out = append(out, tag...)
			body = body[j+e:]
			matched = true
			break
		}
		if !matched {
			out = append(out, body[:j+1]...)
			body = body[j+1:]
		}
	}
	return append(out, body...)
}

// Validators returns feed i's current ETag and Last-Modified: what a
// client that fetched it last stored, and sends to be answered 304.
func (s *Server) Validators(i int) (etag string, lastModified time.Time) {
	f := s.feeds[i]
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.etag, f.lastMod
}
