package match

import (
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// benchBytes is the size of the benchmark corpus: enough real text to be
// representative, small enough for the regexp baseline to finish.
const benchBytes = 256 << 10

type article struct{ title, text string }

// realArticles turns real feeds into plain-text articles, stripping tags
// crudely (twice, for escaped HTML in descriptions).
func realArticles(b testing.TB) ([]article, int64) {
	dir := filepath.Join(sharedDir(b), "feeds", "realworld", "feeds")
	files, err := os.ReadDir(dir)
	if err != nil {
		b.Skipf("real-world feeds absent: %v", err)
	}
	var out []article
	var total int64
	for _, f := range files {
		raw, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			b.Fatal(err)
		}
		text := strings.Join(strings.Fields(stripTags(html.UnescapeString(stripTags(string(raw))))), " ")
		for len(text) > 0 && total < benchBytes {
			n := min(len(text), 3000)
			for n < len(text) && text[n] != ' ' {
				n++
			}
			t := min(n, 90)
			out = append(out, article{title: text[:t], text: text[t:n]})
			total += int64(n)
			text = strings.TrimSpace(text[n:])
			if len(out)%4 == 0 {
				break // spread the corpus over many feeds
			}
		}
		if total >= benchBytes {
			break
		}
	}
	return out, total
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			in = true
		case c == '>' && in:
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// benchVendors synthesises n vendors with aliases plus the real watchlist.
func benchVendors(b testing.TB, n int) []trust.Vendor {
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
	vs := defaultVendors(b)
	for i := 0; len(vs) < n; i++ {
		name := word() + word()
		vs = append(vs, trust.Vendor{Name: name, Aliases: []string{
			name + " Technologies", name + " Group", word() + " " + name, fmt.Sprintf("%s %d", name, i),
		}})
	}
	return vs
}

// reportCPU adds MB per CPU second since cpu0, the figure to compare
// when the machine is busy (-cpu 1 keeps it close to one core's work).
func reportCPU(b *testing.B, cpu0 time.Duration, bytes int64) {
	if d := cpuTime() - cpu0; cpu0 > 0 && d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

func BenchmarkMatch(b *testing.B) {
	benchMatch(b, defaultRules(b))
}

// BenchmarkMatchEverySentence is BenchmarkMatch reading every sentence of
// each text (lead_sentences = 0), the mode the Aho–Corasick baselines are
// held to.
func BenchmarkMatchEverySentence(b *testing.B) {
	rules := defaultRules(b)
	rules.LeadSentences = 0
	benchMatch(b, rules)
}

func benchMatch(b *testing.B, rules trust.Rules) {
	arts, total := realArticles(b)
	m, err := Compile(benchVendors(b, 1000), rules)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(total)
	b.ReportAllocs()
	alerts := 0
	cpu := cpuTime()
	for b.Loop() {
		alerts = 0
		for _, a := range arts {
			if _, ok := m.Match(a.title, a.text); ok {
				alerts++
			}
		}
	}
	reportCPU(b, cpu, total)
	b.ReportMetric(float64(len(m.patterns)), "terms")
	b.ReportMetric(float64(m.ac.states()), "states")
	b.ReportMetric(float64(alerts), "alerts")
}

// baselineBytes is how much of the corpus the regexp baseline reads: the
// whole corpus would take it about a minute per iteration. Its throughput
// stays comparable with BenchmarkMatch's, since both are bytes of the same
// kind of text per second (the baseline's cost is linear in the text).
const baselineBytes = 8 << 10

// BenchmarkRegexpBaseline is the naive matcher: one case-insensitive
// word-boundary regexp per term, over the same terms and the first
// baselineBytes of the corpus.
func BenchmarkRegexpBaseline(b *testing.B) {
	all, _ := realArticles(b)
	var arts []article
	var total int64
	for _, a := range all {
		if total >= baselineBytes {
			break
		}
		arts = append(arts, a)
		total += int64(len(a.title) + len(a.text))
	}
	var terms []string
	for _, v := range benchVendors(b, 1000) {
		terms = append(terms, v.Terms()...)
	}
	rules := defaultRules(b)
	for _, g := range rules.Signals {
		terms = append(terms, g.Terms...)
	}
	res := make([]*regexp.Regexp, len(terms))
	for i, t := range terms {
		res[i] = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(t) + `\b`)
	}
	b.SetBytes(total)
	cpu := cpuTime()
	for b.Loop() {
		for _, a := range arts {
			for _, re := range res {
				re.MatchString(a.title)
				re.MatchString(a.text)
			}
		}
	}
	reportCPU(b, cpu, total)
	// MB/s rounds to 0.00 here.
	b.ReportMetric(float64(total)*float64(b.N)/b.Elapsed().Seconds()/1e3, "kB/s")
	b.ReportMetric(float64(len(res)), "terms")
}
