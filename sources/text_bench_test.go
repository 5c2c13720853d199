package sources

import "testing"

// BenchmarkPlainText and BenchmarkPlainTextOracle run PlainText and the
// tokenizer it replaced over every item body of the real-world feeds, so
// one run gives the ratio.
func BenchmarkPlainText(b *testing.B)       { benchmarkPlainText(b, PlainText) }
func BenchmarkPlainTextOracle(b *testing.B) { benchmarkPlainText(b, oraclePlainText) }

func benchmarkPlainText(b *testing.B, plainText func(string) string) {
	texts := corpusTexts(b)
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			plainText(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(texts)), "ns/text")
}
