package benchkit

import (
	"slices"
	"strings"
	"time"

	bobu "github.com/BobuSumisu/aho-corasick"
	cloudflare "github.com/cloudflare/ahocorasick"
	petar "github.com/petar-dambovaliev/aho-corasick"

	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/trust"
)

// ACBaseline is one Aho–Corasick library from the module proxy set to the
// matcher's job stripped to its core: find every vendor and signal term in
// an article's title and text. Each gets the text lower-cased beforehand,
// outside the timing, and the terms lower-cased, so that none pays for
// case folding, which the matcher does as it reads; none checks word
// boundaries, scores or builds an alert. It is the strongest fair baseline:
// the matcher does all of that on top.
type ACBaseline struct {
	Name string
	// Pass reads every text once and returns how many terms it found.
	Pass func(texts [][]byte) int
}

// matchTerms are the terms the regexp and Aho–Corasick baselines look for.
func matchTerms(vendors []trust.Vendor, rules trust.Rules) []string {
	var terms []string
	for _, v := range vendors {
		terms = append(terms, v.Terms()...)
	}
	for _, g := range rules.Signals {
		terms = append(terms, g.Terms...)
	}
	return terms
}

// ACBaselines builds the three libraries over the same terms.
func ACBaselines(vendors []trust.Vendor, rules trust.Rules) []ACBaseline {
	terms := matchTerms(vendors, rules)
	lower := make([]string, len(terms))
	for i, t := range terms {
		lower[i] = strings.ToLower(t)
	}
	b := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.StandardMatch, DFA: true})
	pa := b.Build(lower)
	cf := cloudflare.NewStringMatcher(lower)
	bt := bobu.NewTrieBuilder().AddStrings(lower).Build()
	return []ACBaseline{
		{"petar-dambovaliev/aho-corasick", func(texts [][]byte) int {
			n := 0
			for _, t := range texts {
				it := pa.IterOverlappingByte(t)
				for it.Next() != nil {
					n++
				}
			}
			return n
		}},
		{"cloudflare/ahocorasick", func(texts [][]byte) int {
			n := 0
			for _, t := range texts {
				n += len(cf.MatchThreadSafe(t))
			}
			return n
		}},
		{"BobuSumisu/aho-corasick", func(texts [][]byte) int {
			n := 0
			for _, t := range texts {
				n += len(bt.Match(t))
			}
			return n
		}},
	}
}

// LowerTexts is every article's title and text, lower-cased: the
// baselines' input.
func LowerTexts(arts []Article) [][]byte {
	out := make([][]byte, 0, 2*len(arts))
	for _, a := range arts {
		out = append(out, []byte(strings.ToLower(a.Title)), []byte(strings.ToLower(a.Text)))
	}
	return out
}

// Interleaved measures the matcher (rules over vendors) against each
// Aho–Corasick baseline in turns: rounds times, the matcher for per of
// CPU time and then each baseline for per, so that a slow spell of the
// machine (another process on the core's sibling, a frequency step) falls
// on both sides instead of on whichever ran in it. It returns the median
// MB per CPU second of the matcher and of each baseline and side, by
// name. The sides (the matcher reading every sentence, the regexp
// baseline) take their turns in the same rounds, so that every row of
// the table is a median of turns. One
// 2-second window each, as before, let such a spell decide the ratio:
// the same binary's ratio ranged 1.3–4.3 in six runs.
func Interleaved(arts []Article, texts [][]byte, vendors []trust.Vendor, rules trust.Rules, acs []ACBaseline, sides []Side, rounds int, per time.Duration) (matcher float64, baselines map[string]float64, ok bool, err error) {
	m, err := match.Compile(vendors, rules)
	if err != nil {
		return 0, nil, false, err
	}
	pass := func() {
		for _, a := range arts {
			m.Match(a.Title, a.Text)
		}
	}
	var ms []float64
	bs := map[string][]float64{}
	ok = true
	for range max(rounds, 1) {
		v, vok := perCPU(Size(arts), per, pass)
		ok = ok && vok
		ms = append(ms, v)
		for _, ac := range acs {
			v, _ := perCPU(Size(arts), per, func() { ac.Pass(texts) })
			bs[ac.Name] = append(bs[ac.Name], v)
		}
		for _, sd := range sides {
			v, _ := perCPU(sd.Bytes, sd.Per, sd.Pass)
			bs[sd.Name] = append(bs[sd.Name], v)
		}
	}
	baselines = make(map[string]float64, len(bs))
	for name, v := range bs {
		baselines[name] = Median(v)
	}
	return Median(ms), baselines, ok, nil
}

// Side is one more party to Interleaved's turns: Pass reads Bytes bytes
// of text, for at least Per of CPU time a turn.
type Side struct {
	Name  string
	Bytes int64
	Per   time.Duration
	Pass  func()
}

// Median is the middle of xs (the mean of the two middle values for an
// even count), sorting a copy.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}
