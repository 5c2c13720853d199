package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"banned": "ban", "Bans": "ban", "banning": "ban", "compromised": "compromis", "compromises": "compromis",
		"compromise": "compromis", "backdoored": "backdoor", "hacked": "hack", "was": "was", "accessed": "acces", "access": "acces",
	} {
		if got := string(stem([]byte(in))); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLearnedFile: the embedded file parses, and what formatLearned
// writes reads back to the same weights, rounded to the fixed point.
func TestLearnedFile(t *testing.T) {
	lm := defaultLearned()
	if lm.threshold <= 0.5 || lm.threshold > 1 || len(lm.w) != learnBuckets {
		t.Fatalf("embedded model: threshold %v, %d weights", lm.threshold, len(lm.w))
	}
	w := make([]float64, learnBuckets)
	w[1], w[7], w[learnBuckets-1] = 0.25, -1.5, 40 // 40 is past int16/1024: clamped
	head := &learnedHead{}
	for c := range trust.Categories {
		head.w[c] = make([]float32, headBuckets)
	}
	head.w[2][5], head.bias[3] = 0.5, -2
	rank := make([]float64, rankBuckets)
	rank[3] = -0.75
	back, err := parseLearned(formatLearned(w, -0.5, 0.97, head, rank, "a test"))
	if err != nil {
		t.Fatal(err)
	}
	if back.w[1] != 0.25 || back.w[7] != -1.5 || back.w[learnBuckets-1] != 32767.0/learnScale || back.bias != -0.5 || back.threshold != 0.97 ||
		back.head.w[2][5] != 0.5 || back.head.bias[3] != -2 || len(back.rank) != rankBuckets || back.rank[3] != -0.75 {
		t.Errorf("round trip: %v %v %v bias %v threshold %v", back.w[1], back.w[7], back.w[learnBuckets-1], back.bias, back.threshold)
	}
}

// TestLearnedRescue: an item no rule alerts on, scored past the
// threshold, alerts with the model's term in why; look-alikes stay quiet;
// without the model the rules' verdict stands.
func TestLearnedRescue(t *testing.T) {
	m := defaultMatcher(t)
	off, err := m.WithLearned(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		title, body, vendor string
		category            trust.Category
	}{
		{"Backdoors and 28 vulnerabilities found in FiberHome networking devices",
			"Researcher Pierre Kim found backdoor accounts, hardcoded credentials and a hidden telnet backdoor in FiberHome HG6245D fiber-to-the-home routers widely used in South America and Southeast Asia.", "FiberHome", trust.CategoryCompromise},
		{"Allwinner left a root backdoor in its Linux kernel for ARM devices",
			"Chinese chipmaker Allwinner shipped a debugging mode in the kernel used by many cheap ARM boards and tablets that lets any process gain root by writing a string to a hidden file.", "Allwinner", trust.CategoryCompromise},
	} {
		if _, ok := off.Match(c.title, c.body); ok {
			t.Errorf("%q: the rules alert: no rescue to test", c.title)
			continue
		}
		a, ok := m.Match(c.title, c.body)
		if !ok || a.Coverage || len(a.Vendors) != 1 || a.Vendors[0].Name != c.vendor || a.Category != c.category {
			t.Errorf("%q: got ok=%v %v/%s, want %s/%s", c.title, ok, a.VendorNames(), a.Category, c.vendor, c.category)
			continue
		}
		if why := a.Why(); !strings.Contains(why, `"learned `) {
			t.Errorf("%q: why %s: no learned term", c.title, why)
		}
	}
	for _, c := range [][2]string{
		{"Dutch bank bans employees from using TikTok on work phones", "The lender cited data security policy."},
		{"Velqor patches backdoor flaw in its routers", "The company fixed a vulnerability."},
		{"Hackers exploited Qorvex VPN flaw to push malicious updates to clients", "Attackers compromised unpatched appliances."},
		{"3CX-style supply chain attack hits desktop app installer", ""},
	} {
		if a, ok := m.Match(c[0], c[1]); ok {
			t.Errorf("%q: alert, want none: %s", c[0], a.Why())
		}
	}
}
