package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/poller"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/sources/cluster"
	"github.com/vendorwatch/vendorwatch/trust"
)

// parseInterleaved parses flags that may come before, between or after
// the positional arguments ("scan feeds/*.xml --json" works).
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func cmdScan(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per line")
	since := fs.Duration("since", 0, "only alerts for articles published within this long (e.g. 72h)")
	cfgPath := fs.String("config", "", "config file (default: built-in defaults)")
	list := fs.String("list", "", "diff two captures OLD NEW of this list (a [[list]] name or a format) and print its events")
	at := fs.String("at", "", "with --list: when the list changed (default: NEW's modification time)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return exitError{code: 2}
	}
	if *since < 0 {
		return usageError("scan: --since must not be negative")
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return exitError{code: 2, msg: err.Error()}
	}
	if *list != "" {
		return scanList(cfg, *list, pos, *at, *asJSON, stdout)
	}
	srcs := cfg.EnabledSources()
	if len(pos) > 0 {
		srcs = srcs[:0]
		for _, p := range pos {
			srcs = append(srcs, trust.Source{Name: sourceName(p), URL: p})
		}
	}
	p, err := poller.NewPipeline(cfg, time.Now)
	if err != nil {
		return exitError{code: 2, msg: err.Error()}
	}
	alerts, failed := scan(ctx, p, srcs, stderr)
	cluster.Alerts(alerts, cfg.Events.Window.D())
	cut := time.Time{}
	if *since > 0 {
		cut = time.Now().Add(-*since)
	}
	for _, a := range alerts {
		if a.Published.Before(cut) || a.Coverage && a.EventID == 0 {
			continue // coverage that joined no event is posted nowhere
		}
		if *asJSON {
			writeJSON(stdout, &a)
		} else {
			writeText(stdout, &a)
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if failed > 0 {
		return exitError{code: 1, msg: fmt.Sprintf("%d of %d sources failed", failed, len(srcs))}
	}
	return nil
}

// sourceName names a source given on the command line: its file name or
// its host.
func sourceName(s string) string {
	if u, err := url.Parse(s); err == nil && u.Host != "" {
		return u.Host
	}
	return filepath.Base(s)
}

// scan fetches every source once, concurrently within the fetcher's
// bounds, and returns the alerts, newest first, each article once even
// when several feeds carry it.
func scan(ctx context.Context, p *poller.Pipeline, srcs []trust.Source, stderr io.Writer) ([]trust.Alert, int) {
	results := make([]poller.FetchResult, len(srcs))
	var wg sync.WaitGroup
	for i, src := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = p.Fetch(ctx, src, sources.Validators{})
		}()
	}
	wg.Wait()

	var (
		alerts []trust.Alert
		failed int
		seen   = map[string]bool{}
	)
	for _, r := range results {
		if r.Err != nil {
			failed++
			fmt.Fprintf(stderr, "vendorwatch: %s: %v\n", r.Src.Name, r.Err)
			continue
		}
		if r.Feed == nil {
			continue
		}
		for _, it := range r.Feed.Items {
			id := it.CanonicalLink
			if id == "" {
				id = r.Src.URL + "\x00" + it.Key
			}
			if seen[id] {
				continue
			}
			seen[id] = true
			if a, ok := p.Analyse(r.Src, it); ok {
				alerts = append(alerts, a)
			}
		}
	}
	sort.SliceStable(alerts, func(i, j int) bool { return alerts[i].Published.After(alerts[j].Published) })
	return alerts, failed
}

// alertJSON is the documented JSON form of an alert (README "JSON
// fields").
type alertJSON struct {
	Title     string   `json:"title"`
	Link      string   `json:"link"`
	Source    string   `json:"source"`
	Published string   `json:"published"`
	Vendors   []string `json:"vendors"`
	Signals   []string `json:"signals"`
	Category  string   `json:"category"`
	Severity  string   `json:"severity"`
	Score     float64  `json:"score"`
	Summary   string   `json:"summary"`
	Why       string   `json:"why"`
	Evidence  string   `json:"evidence"`
	Event     int64    `json:"event"`
}

func toJSON(a *trust.Alert) alertJSON {
	return alertJSON{
		Title:     a.Title,
		Link:      a.Link,
		Source:    a.Source,
		Published: a.Published.UTC().Format(time.RFC3339),
		Vendors:   a.VendorNames(),
		Signals:   a.SignalTerms(),
		Category:  string(a.Category),
		Severity:  a.Severity.String(),
		Score:     a.Score,
		Summary:   a.Summary,
		Why:       a.Why(),
		Evidence:  a.Evidence,
		Event:     a.EventID,
	}
}

func writeJSON(w io.Writer, a *trust.Alert) {
	b, err := json.Marshal(toJSON(a))
	if err != nil { // cannot happen: only strings and numbers
		panic(err)
	}
	w.Write(append(b, '\n'))
}

// writeText prints an alert for a person at a terminal. Feed text is
// stripped of control characters so a hostile title cannot drive the
// terminal.
func writeText(w io.Writer, a *trust.Alert) { writeTextNote(w, a, "") }

// writeTextNote is writeText with one more line, note, when not empty.
func writeTextNote(w io.Writer, a *trust.Alert, note string) {
	// Built whole, then written once, so that alerts printed by concurrent
	// polls do not interleave.
	var b strings.Builder
	fmt.Fprintf(&b, "[%s] %s — %s (score %.1f)\n", strings.ToUpper(a.Severity.String()),
		clean(strings.Join(a.VendorNames(), ", ")), a.Category.Label(), a.Score)
	fmt.Fprintf(&b, "  %s\n", clean(a.Title))
	fmt.Fprintf(&b, "  source: %s · %s\n", clean(a.Source), a.Published.UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(&b, "  why:    %s\n", clean(a.Why()))
	if s := a.SummaryBody(); s != "" {
		fmt.Fprintf(&b, "  summary: %s\n", clean(s))
	}
	if a.Link != "" {
		fmt.Fprintf(&b, "  link:   %s\n", clean(a.Link))
	}
	if note != "" {
		fmt.Fprintf(&b, "  %s\n", clean(note))
	}
	b.WriteString("\n")
	io.WriteString(w, b.String())
}

func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}
