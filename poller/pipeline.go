package poller

import (
	"context"
	"crypto/sha256"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/trust"
)

// Pipeline is the part of the data flow shared by scan and run: fetch →
// parse → match. It holds no state about what was seen; run adds storage.
type Pipeline struct {
	fetcher *sources.Fetcher
	// guarded fetches the feeds servers add: no private addresses, no
	// local files (unless the operator allows private addresses).
	guarded *sources.Fetcher
	rules   trust.Rules
	global  []trust.Vendor
	now     func() time.Time

	mu         sync.Mutex // serialises recompiles
	matcher    atomic.Pointer[match.Matcher]
	guildStamp string // which guild vendors the current matcher holds
}

func NewPipeline(cfg *config.Config, now func() time.Time) (*Pipeline, error) {
	fo := sources.FetcherOptions{
		Timeout:    cfg.Fetch.Timeout.D(),
		MaxBody:    cfg.Fetch.MaxBody,
		UserAgent:  cfg.Fetch.UserAgent,
		MaxConns:   cfg.Fetch.MaxConns,
		MaxPerHost: cfg.Fetch.MaxPerHost,
	}
	p := &Pipeline{
		fetcher: sources.NewFetcher(fo),
		rules:   cfg.Matching,
		global:  cfg.Watchlist(),
		now:     now,
	}
	fo.BlockPrivate = !cfg.Fetch.AllowPrivateServerFeeds
	p.guarded = sources.NewFetcher(fo)
	if err := p.SetGuildVendors(nil); err != nil {
		return nil, err
	}
	return p, nil
}

// SetGuildVendors recompiles the matcher when the guilds' own vendors
// changed since the last compile, so a /watch add applies from the next
// poll on without a restart.
func (p *Pipeline) SetGuildVendors(guild []trust.Vendor) error {
	stamp := vendorStamp(guild)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.matcher.Load() != nil && stamp == p.guildStamp {
		return nil
	}
	all := append(append([]trust.Vendor(nil), p.global...), guild...)
	m, err := match.Compile(all, p.rules)
	if err != nil {
		return fmt.Errorf("compile matcher: %w", err)
	}
	p.matcher.Store(m)
	p.guildStamp = stamp
	return nil
}

func vendorStamp(vs []trust.Vendor) string {
	h := sha256.New()
	for _, v := range vs {
		fmt.Fprintf(h, "%q %q %q %q %q\n", v.Guild, v.Name, v.Aliases, v.Country, v.Categories)
	}
	return fmt.Sprintf("%d:%x", len(vs), h.Sum(nil))
}

// FetchResult is one source's fetch and parse.
type FetchResult struct {
	Src  trust.Source
	Resp *sources.Response
	Feed *sources.Feed
	Err  error
}

// Fetch reads and parses one source; prev are the validators of its last
// good response.
func (p *Pipeline) Fetch(ctx context.Context, src trust.Source, prev sources.Validators) FetchResult {
	return p.Parse(p.Get(ctx, src, prev, nil))
}

// Get reads one source, without parsing it: Fetch's first half. gate,
// when not nil, is called before a body is read (see
// sources.Fetcher.FetchGated): the poller takes a parse slot there, as a
// 304 has nothing to parse.
func (p *Pipeline) Get(ctx context.Context, src trust.Source, prev sources.Validators, gate func(context.Context) error) FetchResult {
	r := FetchResult{Src: src}
	f := p.fetcher
	if src.Server {
		f = p.guarded
	}
	r.Resp, r.Err = f.FetchGated(ctx, src.URL, prev, gate)
	return r
}

// Parse parses what Get read: Fetch's second half. A failed or
// unchanged (304) fetch is returned as it is.
func (p *Pipeline) Parse(r FetchResult) FetchResult {
	if r.Err != nil || r.Resp.NotModified {
		return r
	}
	r.Feed, r.Err = sources.Parse(r.Resp.Body, r.Src.URL, p.now())
	if r.Err != nil {
		r.Err = &sources.ParseError{Source: r.Src.Name, Err: r.Err}
	}
	r.Resp.Body = nil // parsed: let the bytes go
	return r
}

// Analyse matches one item and, on a hit, fills the alert's article
// fields.
func (p *Pipeline) Analyse(src trust.Source, it trust.Item) (trust.Alert, bool) {
	a, ok := p.matcher.Load().Match(it.Title, it.Text)
	if !ok {
		return a, false
	}
	a.Title = it.Title
	a.Link = it.Link
	a.Source = src.Name
	a.Published = it.Published
	return a, true
}

// Matcher is the matcher in use now (it changes when the guilds' vendors
// do).
func (p *Pipeline) Matcher() *match.Matcher { return p.matcher.Load() }
