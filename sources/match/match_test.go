package match

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/trust"
)

func testRules() trust.Rules {
	return trust.Rules{
		Signals: []trust.SignalGroup{
			{Category: trust.CategoryBan, Weight: 3, Terms: []string{"ban", "bans", "banned"}},
			{Category: trust.CategorySanctions, Weight: 4, Terms: []string{"Entity List"}},
			{Category: trust.CategoryCompromise, Weight: 3, Terms: []string{"backdoor"}},
		},
		Reporter:       []string{"* researchers", "according to *"},
		Routine:        []string{"patch", "earnings"},
		RoutinePenalty: 2,
		Threshold:      3,
		TitleBonus:     1,
		Medium:         4,
		High:           6,
		Critical:       8,
	}
}

var testMatcherVendors = []trust.Vendor{
	{Name: "Kaspersky", Aliases: []string{"Kaspersky Lab", "AO Kaspersky Lab"}},
	{Name: "Huawei"},
	{Name: "ZTE"},
	{Name: "Kaspersky", Guild: "123"},
}

func testMatcher(t *testing.T) *Matcher {
	t.Helper()
	m, err := Compile(testMatcherVendors, testRules())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestMatch(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name, title, text string
		want              bool
		vendor, term      string
		inTitle           bool
		evidence          string
	}{
		{name: "word boundary", title: "Aztec ban explained", want: false},
		{name: "word boundary inside", title: "Aztecs: the ZTEs ban", want: false},
		{name: "whole word", title: "US ban on ZTE", want: true, vendor: "ZTE", term: "ZTE", inTitle: true},
		{name: "possessive", title: "Kaspersky's software banned", want: true, vendor: "Kaspersky", term: "Kaspersky", inTitle: true},
		{name: "curly possessive", title: "Kaspersky’s software banned", want: true, vendor: "Kaspersky", term: "Kaspersky", inTitle: true},
		{name: "diacritics", title: "Huawéi added to Entity List", want: true, vendor: "Huawei", term: "Huawei", inTitle: true},
		{name: "upper case", title: "HUAWEI ADDED TO ENTITY-LIST", want: true, vendor: "Huawei", term: "Huawei", inTitle: true},
		{name: "zero-width joiner", title: "Hua\u200dwei added to Entity List", want: true, vendor: "Huawei", term: "Huawei", inTitle: true},
		{name: "alias", title: "AO Kaspersky Lab added to the Entity List", want: true, vendor: "Kaspersky", term: "AO Kaspersky Lab", inTitle: true},
		{name: "reporter after", title: "Kaspersky researchers find backdoor", want: false},
		{name: "reporter alias after", title: "Kaspersky Lab researchers find backdoor", want: false},
		{name: "reporter possessive", title: "Kaspersky's researchers find backdoor", want: false},
		{name: "reporter before", title: "Backdoor spreads, according to Kaspersky", want: false},
		{name: "routine", title: "Huawei earnings fall after US ban", want: false},
		{name: "body sentence", title: "Weekly roundup",
			text: "Markets were calm. The Commerce Department added Huawei to the Entity List on Thursday. More later.",
			want: true, vendor: "Huawei", term: "Huawei", evidence: "The Commerce Department added Huawei to the Entity List on Thursday."},
		{name: "across sentences", title: "Weekly roundup",
			text: "Huawei opened a store in Paris. Separately, the Entity List grew by ten names.", want: false},
		{name: "abbreviation keeps sentence", title: "Roundup",
			text: "The U.S. Commerce Dept. put Huawei Technologies Co. on the Entity List. Done.",
			want: true, vendor: "Huawei", term: "Huawei", evidence: "The U.S. Commerce Dept. put Huawei Technologies Co. on the Entity List."},
		{name: "no vendor", title: "Entity List grows", text: "A backdoor was found.", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := m.Match(tt.title, tt.text)
			if ok != tt.want {
				t.Fatalf("Match(%q, %q) = %v (%s), want %v", tt.title, tt.text, ok, a.Why(), tt.want)
			}
			if !ok {
				return
			}
			if a.Vendors[0].Name != tt.vendor || a.Vendors[0].Term != tt.term {
				t.Errorf("vendor = %+v, want %q as %q", a.Vendors[0], tt.vendor, tt.term)
			}
			if a.InTitle != tt.inTitle {
				t.Errorf("InTitle = %v, want %v", a.InTitle, tt.inTitle)
			}
			if tt.evidence != "" && a.Evidence != tt.evidence {
				t.Errorf("Evidence = %q, want %q", a.Evidence, tt.evidence)
			}
			if a.InTitle && a.Evidence != clean(tt.title) {
				t.Errorf("Evidence = %q, want the title", a.Evidence)
			}
			if !strings.HasPrefix(a.Summary, a.Evidence) {
				t.Errorf("Summary %q does not start with the evidence %q", a.Summary, a.Evidence)
			}
			if r := testRules(); a.Severity != r.SeverityFor(a.Score) || len(a.Signals) == 0 || a.Category == "" {
				t.Errorf("incomplete alert: %+v", a)
			}
		})
	}
}

func TestMatchGuildAndScore(t *testing.T) {
	m := testMatcher(t)
	a, ok := m.Match("Kaspersky added to Entity List after backdoor found", "")
	if !ok {
		t.Fatal("no alert")
	}
	if len(a.Vendors) != 2 || a.Vendors[0].Guild != "" || a.Vendors[1].Guild != "123" {
		t.Errorf("Vendors = %+v, want the global and the guild's Kaspersky", a.Vendors)
	}
	// Sanctions 4 + compromise 3 + title bonus 1.
	if a.Score != 8 || a.Severity != trust.SeverityCritical || a.Category != trust.CategorySanctions {
		t.Errorf("score %v severity %v category %v, want 8 critical sanctions (%s)", a.Score, a.Severity, a.Category, a.Why())
	}
	// Synonyms of one category count once.
	a, _ = m.Match("Huawei banned: the ban bans Huawei", "")
	if a.Score != 4 {
		t.Errorf("score %v, want 4 (one category + title bonus)", a.Score)
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		name    string
		vendors []trust.Vendor
		rules   trust.Rules
		want    string
	}{
		{"empty alias", []trust.Vendor{{Name: "Acme", Aliases: []string{" "}}}, trust.Rules{}, `empty term`},
		{"folds to nothing", []trust.Vendor{{Name: "--"}}, trust.Rules{}, `"--" has no letter`},
		{"unknown category", nil, trust.Rules{Signals: []trust.SignalGroup{{Category: "nope", Terms: []string{"x"}}}}, `unknown category "nope"`},
		{"bad reporter", nil, trust.Rules{Reporter: []string{"a * b"}}, `reporter "a * b"`},
		{"long term", []trust.Vendor{{Name: strings.Repeat("a ", 150)}}, trust.Rules{}, "longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compile(tt.vendors, tt.rules)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Compile error = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestDefaultRules(t *testing.T) {
	r := defaultRules(t)
	n := 0
	seen := map[trust.Category]bool{}
	for _, g := range r.Signals {
		n += len(g.Terms)
		seen[g.Category] = true
	}
	if n < 200 {
		t.Errorf("rules.toml has %d signal terms, want at least 200", n)
	}
	for _, c := range trust.Categories {
		if !seen[c] {
			t.Errorf("rules.toml has no signals of category %s", c)
		}
	}
	defaultMatcher(t)
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Huawéi", "huawei"},
		{"HUAWEI", "huawei"},
		{"Kaspersky’s", "kaspersky's"},
		{"“quoted”", `"quoted"`},
		{"Straße Łódź Ørsted", "strasse lodz orsted"},
		{"Hua\u200dwei\u200f", "huawei"},
		{"e\u0301", "e"},
		{"plain ascii", "plain ascii"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for r := rune(0); r < tableRunes; r++ {
		if f := foldRune(r); len(f) > 4 {
			t.Errorf("foldRune(%U) = %q, longer than the table holds", r, f)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"The U.S. Commerce Dept. acted. Inc. filings rose 1.5 percent. Done.",
			[]string{"The U.S. Commerce Dept. acted.", "Inc. filings rose 1.5 percent.", "Done."}},
		{"Acme Inc. said so. John F. Kennedy spoke.", []string{"Acme Inc. said so.", "John F. Kennedy spoke."}},
		{"He said \"stop.\" Then left.", []string{"He said \"stop.\"", "Then left."}},
		{"line one\nline two", []string{"line one", "line two"}},
		{"e.g. this stays. Wait... what? Wait... What?", []string{"e.g. this stays.", "Wait... what?", "Wait...", "What?"}},
		{"  ", nil},
	}
	for _, tt := range tests {
		got := Sentences(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	long := strings.Repeat("Huawei équipement was banned. ", 30)
	tests := []struct {
		name, evidence, title, text string
		wantPrefix                  string
		maxSentences                int
	}{
		{"evidence then next", "B was banned.", "T", "A is here. B was banned. C follows. D follows. E follows.", "B was banned. C follows. D follows.", 3},
		{"title evidence", "Title here", "Title here", "First one. Second one. Third one.", "Title here First one. Second one.", 3},
		{"long evidence", strings.Repeat("wörd ", 200), "", "", "wörd wörd", 1},
		{"long text", "Huawei équipement was banned.", "", long, "Huawei équipement was banned.", 3},
		{"across evidence", "T — A is here.", "T", "A is here. B follows.", "T — A is here. B follows.", 2},
		{"invalid utf8", "bad \xff\xfe text\x00 here.", "", "", "bad \uFFFD text here.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Summarize(tt.evidence, tt.title, tt.text)
			checkSummary(t, s)
			if !strings.HasPrefix(s, tt.wantPrefix) {
				t.Errorf("Summarize = %q, want prefix %q", s, tt.wantPrefix)
			}
			if n := len(Sentences(s)); n > tt.maxSentences && tt.maxSentences > 0 {
				t.Errorf("Summarize = %q: %d sentences, want <= %d", s, n, tt.maxSentences)
			}
		})
	}
	if s := Summarize("T — A is here.", "T", "A is here. B follows."); strings.Count(s, "A is here") != 1 {
		t.Errorf("across summary = %q, want the lead's sentence once", s)
	}
	s := Summarize(strings.Repeat("wörd ", 200), "", "")
	if !strings.HasSuffix(s, "wörd…") {
		t.Errorf("cut summary = %q, want a whole word then …", s)
	}
}

func checkSummary(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("summary is not valid UTF-8: %q", s)
	}
	if n := utf8.RuneCountInString(s); n > summaryRunes {
		t.Errorf("summary has %d runes, want <= %d", n, summaryRunes)
	}
}

func TestMatchNoVendorAllocates(t *testing.T) {
	m := defaultMatcher(t)
	text := strings.Repeat("The quarterly report said nothing about anyone in particular today. ", 50)
	allocs := testing.AllocsPerRun(20, func() { m.Match("Nothing to see", text) })
	if allocs > 0 {
		t.Errorf("Match on a text with no vendor allocates %v times, want 0", allocs)
	}
}

// TestCoreWeight: context words ("breach", "user data": weights below
// core_weight) add to a score but never make an alert alone, whatever
// their sum; beside a core signal they still count.
func TestCoreWeight(t *testing.T) {
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(cfg.Watchlist(), cfg.Matching)
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := m.Match("Hospital hit by user data breach in Progress Software MOVEit attack", ""); ok {
		t.Errorf("context words alone alerted: %s", a.Why())
	}
	a, ok := m.Match("SolarWinds update servers breached to push backdoored builds", "")
	if !ok || a.Score <= cfg.Matching.Threshold {
		t.Fatalf("core signal with context: ok=%v %s", ok, a.Why())
	}
	cfg.Matching.CoreWeight = 0 // off: the sum decides, as before
	off, err := Compile(cfg.Watchlist(), cfg.Matching)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := off.Match("Hospital hit by user data breach in Progress Software MOVEit attack", ""); !ok {
		t.Error("core_weight 0: the context words' sum no longer alerts; the test no longer tests the rule")
	}
}

// TestCoverage: a vendor in the title with the signal only in the lead
// (or the reverse) is coverage, which may only join an event; the same
// words in the title alone are news.
func TestCoverage(t *testing.T) {
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(cfg.Watchlist(), cfg.Matching)
	if err != nil {
		t.Fatal(err)
	}
	a, ok := m.Match("Students shrug as colleges move on TikTok", "At least 27 public universities have banned TikTok on school devices.")
	if !ok || !a.Coverage {
		t.Fatalf("title vendor, lead signal: ok=%v coverage=%v", ok, a.Coverage)
	}
	if !strings.Contains(a.Why(), "coverage") {
		t.Errorf("why does not say coverage: %s", a.Why())
	}
	a, ok = m.Match("Montana bans TikTok on state devices", "")
	if !ok || a.Coverage {
		t.Fatalf("title alone: ok=%v coverage=%v", ok, a.Coverage)
	}
	// The title says what an authority did, the lead to whom: news.
	a, ok = m.Match("FCC bans approvals of new equipment from five firms", "The order covers Hikvision and Dahua cameras.")
	if !ok || a.Coverage || !a.Across {
		t.Fatalf("authority's action in the title, vendor in the lead: ok=%v coverage=%v across=%v", ok, a.Coverage, a.Across)
	}
	// An explainer is coverage even with everything in its title.
	a, ok = m.Match("How Montana banned TikTok on state devices", "")
	if !ok || !a.Coverage {
		t.Fatalf("explainer: ok=%v coverage=%v", ok, a.Coverage)
	}
}
