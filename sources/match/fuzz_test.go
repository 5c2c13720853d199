package match

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Huawéi", "KASPERSKY’S", "Straße", "\xff\xfe", "Hua\u200dwei", "ZTE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q, not valid UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold is not idempotent: Fold(%q) = %q, Fold of that = %q", s, got, again)
		}
		if ws := wordStream(s); !strings.HasPrefix(ws, " ") || !strings.HasSuffix(ws, " ") || strings.Contains(ws, "  ") && ws != " " {
			t.Fatalf("wordStream(%q) = %q: want single spaces and padding", s, ws)
		}
	})
}

func FuzzMatch(f *testing.F) {
	f.Add("Huawei added to Entity List", "")
	f.Add("Roundup", "The U.S. put Huawei on the Entity List. Kaspersky's backdoor\u200d ban.")
	f.Add("Kaspersky researchers find backdoor", "ZTE\xff ban\x00 Aztec")
	f.Add("", strings.Repeat("Kaspersky ban. ", 40))
	f.Add("Huawei hack hits backdoor users", "Attackers pushed malicious updates to users of the trojanized Huawei app.")
	// The vendor-compromise shapes (vendorcomp.go), cut short where their
	// words end.
	f.Add("Kaseya VSA ransomware attack hits MSPs via", "Ransomware came through a malicious Kaseya")
	f.Add("Backdoors and flaws discovered in", "")
	f.Add("Rogue communication devices found in", "")
	f.Add("Vendor pushed backdoored firmware to", "Router maker")
	f.Add("Cheap phones come with preinstalled backdoor", "Huawei phones")
	// Open-source shapes (registry.go): a worm, a count, a named package's
	// malicious releases, code names and the lead's package.
	f.Add("Quuxworm malware returns to Open VSX with new extensions", "")
	f.Add("Malicious Zorbx packages leak keys", "Attackers published malicious versions of the Zorbx build system.")
	f.Add("Hackers hijack 12,000 npm packages with 2.6B weekly downloads", "zorbify, which has 10 million weekly downloads, was hijacked.")
	f.Add("zorb/utils-x compromised to steal keys", "The maintainers of quux-parser, a library, were phished.")
	m, err := Compile(testMatcherVendors, testRules())
	if err != nil {
		f.Fatal(err)
	}
	rules := testRules()
	f.Fuzz(func(t *testing.T, title, text string) {
		// The DFA finds exactly what a plain search of the word stream finds.
		for _, s := range []string{title, text} {
			ss := m.ac.scan(scanState{grow: true}, s)
			ws := wordStream(s)
			want := 0
			for _, p := range m.patterns {
				for i := 0; ; {
					j := strings.Index(ws[i:], p)
					if j < 0 {
						break
					}
					want++
					i += j + 1
				}
			}
			if len(ss.hits) != want {
				t.Fatalf("scan(%q) found %d hits, plain search of %q found %d", s, len(ss.hits), ws, want)
			}
		}
		a, ok := m.Match(title, text)
		if !ok {
			return
		}
		if a.Score < rules.Threshold || a.Severity != rules.SeverityFor(a.Score) {
			t.Fatalf("score %v severity %v inconsistent with the rules", a.Score, a.Severity)
		}
		max := map[string]float64{}
		for _, s := range a.Signals {
			max[string(s.Category)] = maxf(max[string(s.Category)], s.Weight)
		}
		sum := rules.TitleBonus
		for _, w := range max {
			sum += w
		}
		if a.Score > sum {
			t.Fatalf("score %v above its signals' %v", a.Score, sum)
		}
		if len(a.Vendors) == 0 || a.Evidence == "" {
			t.Fatalf("alert without vendor or evidence: %+v", a)
		}
		// Across the title and the lead: "title — sentence".
		evidence := a.Evidence
		if a.Across {
			evidence = strings.TrimPrefix(evidence, clean(title)+" — ")
		}
		if a.InTitle && a.Evidence != clean(title) || !a.InTitle && !strings.Contains(clean(text), evidence) {
			t.Fatalf("evidence %q is not from the input", a.Evidence)
		}
		if !strings.HasPrefix(a.Summary, strings.TrimSuffix(cut(a.Evidence, summaryRunes), "…")) {
			t.Fatalf("summary %q does not start with evidence %q", a.Summary, a.Evidence)
		}
	})
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func FuzzSummarize(f *testing.F) {
	f.Add("B was banned.", "T", "A. B was banned. C. D. E.")
	f.Add(strings.Repeat("wörd ", 120), "", "")
	f.Add("\xff\x00", "\u200d", "x\xfe. y")
	f.Fuzz(func(t *testing.T, evidence, title, text string) {
		s := Summarize(evidence, title, text)
		checkSummary(t, s)
		if strings.ContainsAny(s, "\n\r\t\x00") {
			t.Fatalf("summary %q has control characters", s)
		}
	})
}
