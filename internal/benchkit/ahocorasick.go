package benchkit

import (
	"strings"
	"time"

	bobu "github.com/BobuSumisu/aho-corasick"
	cloudflare "github.com/cloudflare/ahocorasick"
	petar "github.com/petar-dambovaliev/aho-corasick"

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

// ACCPU is MatchCPU for one Aho–Corasick baseline over the same articles
// (lower-cased by LowerTexts): MB of the articles' title and text per CPU
// second of one thread.
func ACCPU(arts []Article, texts [][]byte, ac ACBaseline, min time.Duration) (float64, bool) {
	return perCPU(Size(arts), min, func() { ac.Pass(texts) })
}
