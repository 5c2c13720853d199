// Package benchkit holds the bodies of vendorwatch's benchmarks that both
// `go test -bench` and the `vendorwatch bench` command run: the matcher
// against its regexp baseline, and the bot's database reads at scale. The
// ingest cycle lives in the main package, beside the daemon it drives.
package benchkit

import (
	"context"
	"fmt"
	"math/rand/v2"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// Corpus sizes: the matcher reads a few MB of real text; the regexp
// baseline, linear in the text too, reads a slice of it, or one
// iteration would take minutes.
const (
	MatchCorpusBytes = 4 << 20
	BaselineBytes    = 16 << 10
)

// Article is one item's normalised title and text.
type Article struct{ Title, Text string }

// Corpus parses the feed bodies as the poller does and returns their items'
// normalised titles and texts, up to about limit bytes, taking a few items
// from each feed in turn so that every feed is represented.
func Corpus(bodies [][]byte, limit int64) []Article {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var per [][]Article
	for _, b := range bodies {
		f, err := sources.Parse(b, "https://feeds.example/feed", now)
		if err != nil {
			continue
		}
		var arts []Article
		for _, it := range f.Items {
			arts = append(arts, Article{Title: it.Title, Text: it.Text})
		}
		per = append(per, arts)
	}
	var out []Article
	var total int64
	for round := 0; total < limit; round++ {
		took := false
		for _, arts := range per {
			if round < len(arts) && total < limit {
				out = append(out, arts[round])
				total += int64(len(arts[round].Title) + len(arts[round].Text))
				took = true
			}
		}
		if !took {
			break
		}
	}
	return out
}

// Size is the corpus's bytes of title and text.
func Size(arts []Article) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Title) + len(a.Text))
	}
	return n
}

// Head returns the first articles of arts totalling at least limit bytes.
func Head(arts []Article, limit int64) []Article {
	var total int64
	for i, a := range arts {
		if total >= limit {
			return arts[:i]
		}
		total += int64(len(a.Title) + len(a.Text))
	}
	return arts
}

// SynthVendors returns the real watchlist plus made-up vendors, each with
// four aliases, up to n vendors in all.
func SynthVendors(real []trust.Vendor, n int) []trust.Vendor {
	r := rand.New(rand.NewPCG(1, 2))
	syl := []string{"ka", "ro", "tek", "vi", "san", "lo", "mi", "zu", "ter", "no", "xi", "dal", "qu", "ben", "shu", "far"}
	word := func() string {
		var s strings.Builder
		for range 2 + r.IntN(2) {
			s.WriteString(syl[r.IntN(len(syl))])
		}
		w := s.String()
		return strings.ToUpper(w[:1]) + w[1:]
	}
	vs := slices.Clone(real)
	for i := 0; len(vs) < n; i++ {
		name := word() + word()
		vs = append(vs, trust.Vendor{Name: name, Aliases: []string{
			name + " Technologies", name + " Group", word() + " " + name, fmt.Sprintf("%s %d", name, i),
		}})
	}
	return vs
}

// BenchMatch runs the matcher over the corpus, one goroutine.
func BenchMatch(b *testing.B, arts []Article, vendors []trust.Vendor, rules trust.Rules) {
	m, err := match.Compile(vendors, rules)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(Size(arts))
	b.ReportAllocs()
	alerts := 0
	for b.Loop() {
		alerts = 0
		for _, a := range arts {
			if _, ok := m.Match(a.Title, a.Text); ok {
				alerts++
			}
		}
	}
	b.ReportMetric(float64(alerts), "alerts")
}

// BenchRegexpBaseline is the naive matcher over the same terms: one
// case-insensitive word-boundary regexp per vendor term and signal term.
func BenchRegexpBaseline(b *testing.B, arts []Article, vendors []trust.Vendor, rules trust.Rules) {
	var terms []string
	for _, v := range vendors {
		terms = append(terms, v.Terms()...)
	}
	for _, g := range rules.Signals {
		terms = append(terms, g.Terms...)
	}
	res := make([]*regexp.Regexp, len(terms))
	for i, t := range terms {
		res[i] = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(t) + `\b`)
	}
	b.SetBytes(Size(arts))
	for b.Loop() {
		for _, a := range arts {
			for _, re := range res {
				re.MatchString(a.Title)
				re.MatchString(a.Text)
			}
		}
	}
	b.ReportMetric(float64(len(res)), "terms")
}

// Lookup is one of the bot's reads, and when it has one, the same read as
// it was before migration 14 (Base), to run beside it.
type Lookup struct {
	Name string
	Run  func(ctx context.Context) error
	Base func(ctx context.Context) error
}

// Lookups are the reads behind /vendor and autocomplete against a database
// filled by storagetest.FillSynthetic (vendors Vendor00..., guild g1's own
// vendors Own00...), plus a primary-key read as the floor to compare them
// with. /vendor reads the guild's vendors, the vendor's ten newest alerts,
// its count of 30 days, its events and its twelve months' trend.
func Lookups(db *storage.DB, now time.Time) []Lookup {
	month := now.Add(-30 * 24 * time.Hour)
	y, m, _ := now.UTC().Date()
	year := time.Date(y, m-11, 1, 0, 0, 0, 0, time.UTC) // the trend chart's first month (bot.chartSince)
	recent := func(name string, aq storage.AlertQuery) Lookup {
		return Lookup{name,
			func(ctx context.Context) error { _, err := db.RecentAlerts(ctx, aq); return err },
			func(ctx context.Context) error {
				_, err := storagetest.BaselineRecentAlerts(ctx, db, aq, aq.Limit)
				return err
			}}
	}
	count := func(name string, aq storage.AlertQuery) Lookup {
		return Lookup{Name: name, Run: func(ctx context.Context) error { _, err := db.CountAlerts(ctx, aq); return err }}
	}
	trend := func(name string, aq storage.AlertQuery) Lookup {
		return Lookup{name,
			func(ctx context.Context) error { _, err := db.AlertMonths(ctx, aq); return err },
			func(ctx context.Context) error { _, err := storagetest.BaselineAlertMonths(ctx, db, aq); return err }}
	}
	complete := func(name, prefix string) Lookup {
		return Lookup{name,
			func(ctx context.Context) error { _, err := db.AlertVendors(ctx, "g1", prefix, 25); return err },
			func(ctx context.Context) error {
				_, err := storagetest.BaselineAlertVendors(ctx, db, "g1", prefix, 25)
				return err
			}}
	}
	return []Lookup{
		{Name: "alert-by-id (floor)", Run: func(ctx context.Context) error { _, err := db.Alert(ctx, 100); return err }},
		{Name: "guild-vendors", Run: func(ctx context.Context) error { _, err := db.GuildVendors(ctx, "g1"); return err }},
		recent("vendor-recent-top", storage.AlertQuery{Vendor: "Vendor00", Guild: "g1", Limit: 10}),
		recent("vendor-recent-rare", storage.AlertQuery{Vendor: "Vendor59", Guild: "g1", Limit: 10}),
		recent("vendor-recent-top-critical", storage.AlertQuery{Vendor: "Vendor00", Guild: "g1", MinSeverity: trust.SeverityCritical, Limit: 10}),
		recent("guild-vendor-recent", storage.AlertQuery{Vendor: "Own01", Guild: "g1", Limit: 10}),
		// A guild that has just added a vendor other guilds watch: none
		// of the vendor's alerts is its own yet.
		recent("guild-vendor-recent-new", storage.AlertQuery{Vendor: "Own01", Guild: "g-new", Limit: 10}),
		count("vendor-count-30d-top", storage.AlertQuery{Vendor: "Vendor00", Guild: "g1", Since: month}),
		count("vendor-count-all-top", storage.AlertQuery{Vendor: "Vendor00", Guild: "g1"}),
		{Name: "vendor-events-top", Run: func(ctx context.Context) error { _, err := db.VendorEvents(ctx, "Vendor00", 25); return err }},
		trend("vendor-trend-top", storage.AlertQuery{Vendor: "Vendor00", Guild: "g1", Since: year}),
		trend("guild-vendor-trend", storage.AlertQuery{Vendor: "Own01", Guild: "g1", Since: year}),
		complete("autocomplete-empty", ""),
		complete("autocomplete-prefix", "vendor1"),
	}
}

// Latencies runs fn n times and returns each call's latency. With base
// not nil, it runs base after each call of fn and returns its latencies
// too: the two share the machine's moments alike.
func Latencies(ctx context.Context, n int, fn, base func(context.Context) error) (lat, baseLat []time.Duration, err error) {
	timed := func(f func(context.Context) error, into *[]time.Duration) error {
		t := time.Now()
		if err := f(ctx); err != nil {
			return err
		}
		*into = append(*into, time.Since(t))
		return nil
	}
	for range n {
		if err := timed(fn, &lat); err != nil {
			return nil, nil, err
		}
		if base != nil {
			if err := timed(base, &baseLat); err != nil {
				return nil, nil, fmt.Errorf("baseline: %w", err)
			}
		}
	}
	return lat, baseLat, nil
}

// P returns the p-th percentile (0..100) of lat, sorting it.
func P(lat []time.Duration, p float64) time.Duration {
	if len(lat) == 0 {
		return 0
	}
	slices.Sort(lat)
	return lat[min(len(lat)-1, int(float64(len(lat))*p/100))]
}

// Percentile runs fn n times and returns the p-th percentile latency (p in
// 0..100).
func Percentile(ctx context.Context, n int, p float64, fn func(context.Context) error) (time.Duration, error) {
	lat := make([]time.Duration, 0, n)
	for range n {
		t := time.Now()
		if err := fn(ctx); err != nil {
			return 0, err
		}
		lat = append(lat, time.Since(t))
	}
	return P(lat, p), nil
}

// MatchPass compiles the matcher (rules over vendors) and returns one pass
// of it over arts, a side of Interleaved's turns.
func MatchPass(arts []Article, vendors []trust.Vendor, rules trust.Rules) (func(), error) {
	m, err := match.Compile(vendors, rules)
	if err != nil {
		return nil, err
	}
	return func() {
		for _, a := range arts {
			m.Match(a.Title, a.Text)
		}
	}, nil
}

// RegexpPass is MatchPass for the regexp baseline: one case-insensitive
// word-boundary regexp per term.
func RegexpPass(arts []Article, vendors []trust.Vendor, rules trust.Rules) func() {
	var terms []string
	for _, v := range vendors {
		terms = append(terms, v.Terms()...)
	}
	for _, g := range rules.Signals {
		terms = append(terms, g.Terms...)
	}
	res := make([]*regexp.Regexp, len(terms))
	for i, t := range terms {
		res[i] = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(t) + `\b`)
	}
	return func() {
		for _, a := range arts {
			for _, re := range res {
				re.MatchString(a.Title)
				re.MatchString(a.Text)
			}
		}
	}
}

func perCPU(bytes int64, min time.Duration, pass func()) (float64, bool) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	pass() // warm up
	start := threadCPU()
	if start == 0 {
		return 0, false
	}
	var n int64
	for {
		pass()
		n++
		if used := threadCPU() - start; used >= int64(min) {
			return float64(bytes*n) / 1e6 / (float64(used) / 1e9), true
		}
	}
}
