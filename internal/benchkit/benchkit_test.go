package benchkit

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><guid>1</guid><description>&lt;p&gt;Huawei was added to the Entity List.&lt;/p&gt;</description></item>
<item><title>Two</title><guid>2</guid><description>Nothing here.</description></item>
</channel></rss>`

func TestCorpus(t *testing.T) {
	arts := Corpus([][]byte{[]byte(rss), []byte("not a feed"), []byte(rss)}, 1<<20)
	if len(arts) != 4 {
		t.Fatalf("Corpus: %d articles, want 4 (two feeds of two): %+v", len(arts), arts)
	}
	if arts[0].Title != "One" || arts[0].Text != "Huawei was added to the Entity List." {
		t.Errorf("first article %+v: want the normalised title and text", arts[0])
	}
	if got := Corpus([][]byte{[]byte(rss)}, 1); len(got) != 1 {
		t.Errorf("Corpus with a 1-byte limit: %d articles, want 1", len(got))
	}
	if n := Size(arts); n != int64(2*(len("One")+len("Huawei was added to the Entity List.")+len("Two")+len("Nothing here."))) {
		t.Errorf("Size = %d", n)
	}
	if h := Head(arts, 5); len(h) != 1 {
		t.Errorf("Head(5 bytes) = %d articles, want 1", len(h))
	}
}

func TestSynthVendors(t *testing.T) {
	real := []trust.Vendor{{Name: "Huawei"}}
	vs := SynthVendors(real, 50)
	if len(vs) != 50 || vs[0].Name != "Huawei" || len(vs[1].Aliases) != 4 {
		t.Errorf("SynthVendors: %d vendors, first %q, second %+v", len(vs), vs[0].Name, vs[1])
	}
}

func TestPercentile(t *testing.T) {
	lat := []time.Duration{5, 1, 4, 2, 3}
	if p := P(lat, 99); p != 5 {
		t.Errorf("P99 = %v, want 5", p)
	}
	if p := P(lat, 0); p != 1 {
		t.Errorf("P0 = %v, want 1", p)
	}
	if p := P(nil, 50); p != 0 {
		t.Errorf("P50 of nothing = %v, want 0", p)
	}
	calls := 0
	if _, err := Percentile(context.Background(), 10, 50, func(context.Context) error { calls++; return nil }); err != nil || calls != 10 {
		t.Errorf("Percentile: %d calls, %v", calls, err)
	}
	boom := errors.New("boom")
	if _, err := Percentile(context.Background(), 10, 50, func(context.Context) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("Percentile error = %v, want boom", err)
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 4}, 4}, {[]float64{4, 1, 3, 2}, 2.5}} {
		in := append([]float64(nil), c.in...)
		if got := Median(in); got != c.want {
			t.Errorf("Median(%v) = %v, want %v", c.in, got, c.want)
		}
		for i := range in {
			if in[i] != c.in[i] {
				t.Errorf("Median(%v) reordered its argument to %v", c.in, in)
				break
			}
		}
	}
}

// TestInterleaved: every side of the turns is measured, each baseline by
// its own name (where this system has no thread CPU clock, ok is false
// and the figures are zero).
func TestInterleaved(t *testing.T) {
	arts := Corpus([][]byte{[]byte(rss)}, 1<<20)
	vendors := []trust.Vendor{{Name: "Huawei"}}
	acs := ACBaselines(vendors, trust.Rules{})
	pass, err := MatchPass(arts, vendors, trust.Rules{})
	if err != nil {
		t.Fatalf("MatchPass: %v", err)
	}
	sides := []Side{
		{Name: "every sentence", Bytes: Size(arts), Per: time.Millisecond, Pass: pass},
		{Name: "regexp", Bytes: Size(arts), Per: time.Millisecond, Pass: RegexpPass(arts, vendors, trust.Rules{})},
	}
	m, bs, ok, err := Interleaved(arts, LowerTexts(arts), vendors, trust.Rules{}, acs, sides, 2, time.Millisecond)
	if err != nil {
		t.Fatalf("Interleaved: %v", err)
	}
	if !ok {
		t.Skip("no thread CPU clock here")
	}
	if m <= 0 || len(bs) != len(acs)+len(sides) {
		t.Fatalf("Interleaved: matcher %.1f MB/cpu-s, baselines %v; want a figure for the matcher and each of %d", m, bs, len(acs)+len(sides))
	}
	for _, ac := range acs {
		if bs[ac.Name] <= 0 {
			t.Errorf("baseline %s: %.1f MB/cpu-s, want > 0", ac.Name, bs[ac.Name])
		}
	}
	for _, sd := range sides {
		if bs[sd.Name] <= 0 {
			t.Errorf("side %s: %.1f MB/cpu-s, want > 0", sd.Name, bs[sd.Name])
		}
	}
}
