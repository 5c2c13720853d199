package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestRunDefinitions checks each figure on a corpus small enough to count
// by hand: two events, one reported twice, one coverage article and one
// false alert.
func TestRunDefinitions(t *testing.T) {
	day := time.Date(2023, 3, 1, 12, 0, 0, 0, time.UTC)
	arts := []Article{
		{ID: "a1", Title: "Acme banned", Link: "l1", Published: day, Year: 2023},
		{ID: "a2", Title: "Acme banned again", Link: "l2", Published: day.Add(time.Hour), Year: 2023},
		{ID: "a3", Title: "Lessons from the Acme ban", Link: "l3", Published: day.Add(30 * 24 * time.Hour), Year: 2023},
		{ID: "a4", Title: "Zeta backdoor", Link: "l4", Published: day, Year: 2023},
		{ID: "a5", Title: "Beta earnings", Link: "l5", Published: day, Year: 2023},
		{ID: "a6", Title: "Old news", Link: "l6", Published: day, Year: 2022},
	}
	labels := map[string]Label{
		"a1": {Mark: '+', Category: "ban", Kind: "named", Key: "acme-ban"},
		"a2": {Mark: '+', Category: "ban", Kind: "named", Key: "acme-ban"},
		"a3": {Mark: '~', Category: "ban", Kind: "named", Key: "acme-ban"},
		"a4": {Mark: '+', Category: "compromise", Kind: "named", Key: "zeta-compromise"},
	}
	// Flags a1, a2 (one event), a3 (a post of its own: 30 days later) and
	// a5 (false); misses a4.
	m := func(title, _ string) (trust.Alert, bool) {
		v := strings.Fields(title)[0]
		if v == "Zeta" || v == "Old" {
			return trust.Alert{}, false
		}
		if v == "Lessons" {
			v = "Acme"
		}
		return trust.Alert{Vendors: []trust.VendorHit{{Name: v}}, Category: trust.CategoryBan}, true
	}
	s := Run(arts, labels, m, func(y int) bool { return y == 2023 })
	check := func(name string, got, want float64) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("articles", float64(s.Articles), 5)
	check("positives", float64(s.Positives), 3)
	check("article precision", s.ArticlePrecision(), 2.0/4) // a1, a2 of a1, a2, a3 (started a post), a5
	check("article recall", s.ArticleRecall(), 2.0/3)
	check("posts", float64(s.Posts), 3) // acme, lessons, beta
	check("post precision", s.PostPrecision(), 1.0/3)
	check("event recall", s.EventRecall(), 1.0/2)
	check("posts per caught event", s.PostsPerCaught, 1)
	check("alerts per 1000", s.AlertsPer1000(), 800)
}

// The held-out (2023) figures of the shipped rules may not fall below
// these. Issue 11's targets are met today, so for the any-vendor scope
// the floor is the target (post precision 0.90, article precision 0.85,
// at most 1.5 posts per caught event, class-level and open-source
// package recall 0.80, named-vendor recall 0.90; packages reached 4 of 4
// in the eighth round, bignum's through the unnamed-package reading);
// for event recall as a whole, which has no target of its own, and for
// the watchlist scope, the floor is today's figure less a margin (README
// "Detection quality", December 2026: any vendor post precision 0.99,
// event recall 0.92, article precision 0.98; watchlist 1.00 / 0.42 /
// 0.99), a regression guard and not the goal.
var floors = map[string]struct {
	postPrecision, eventRecall, articlePrecision, postsPerCaught, classRecall, namedRecall, ossRecall float64
}{
	"watchlist":  {0.90, 0.39, 0.85, 1.5, 0, 0, 0},
	"any vendor": {0.90, 0.85, 0.85, 1.5, 0.80, 0.90, 0.80},
}

func TestHeldOutFloors(t *testing.T) {
	arts, labels := loadCorpus(t)
	for name, floor := range floors {
		t.Run(name, func(t *testing.T) {
			mf := Matcher(defaultMatcher(t).Match)
			if name == "watchlist" {
				mf = Watchlist(mf)
			}
			s := Run(arts, labels, mf, func(y int) bool { return y == 2023 })
			t.Logf("held out: post precision %.2f, event recall %.2f, article precision %.2f", s.PostPrecision(), s.EventRecall(), s.ArticlePrecision())
			t.Logf("held out: posts per caught event %.2f, class-level recall %.2f, named-vendor recall %.2f, package recall %.2f",
				s.PostsPerCaught, s.KindRecall("class"), s.KindRecall("named"), s.KindRecall("oss"))
			if s.PostPrecision() < floor.postPrecision || s.EventRecall() < floor.eventRecall || s.ArticlePrecision() < floor.articlePrecision ||
				s.PostsPerCaught > floor.postsPerCaught || s.KindRecall("class") < floor.classRecall || s.KindRecall("named") < floor.namedRecall ||
				s.KindRecall("oss") < floor.ossRecall {
				t.Errorf("below the floor %+v", floor)
			}
		})
	}
}

// loadCorpus reads the corpus in ../shared, skipping without it, and the
// labels under the module root.
func loadCorpus(t *testing.T) ([]Article, map[string]Label) {
	t.Helper()
	path := shareddir.OrSkip(t, "corpus", "news-dev.jsonl")
	root, err := shareddir.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := OpenCorpus(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(root, "testdata", "labels", "news-dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	labels, err := ReadLabels(f)
	if err != nil {
		t.Fatal(err)
	}
	return arts, labels
}

// TestRescueOnRealNews counts, per half of the corpus, the articles only
// the learned rescue alerts on (the matcher against the same matcher with
// the rescue off) by label, and fails when one of 2023's, never trained
// on, is not an event. The eighteenth round's reading ("on the 2023 half
// the rescue alerts on no article; up to 2022 on 7, all trained on") is
// this test's log.
func TestRescueOnRealNews(t *testing.T) {
	arts, labels := loadCorpus(t)
	m := defaultMatcher(t)
	plain, err := m.WithLearned(nil)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, a := range arts {
		text := sources.PlainText(a.Summary)
		al, ok := m.Match(a.Title, text)
		if !ok || al.Coverage {
			continue
		}
		if _, ruled := plain.Match(a.Title, text); ruled {
			continue
		}
		half := "up to 2022"
		if a.Year == 2023 {
			half = "2023"
		}
		mark := labels[a.ID].Mark
		if mark == 0 {
			mark = '-'
		}
		n[half+" "+string(mark)]++
		if a.Year == 2023 && mark != '+' {
			t.Errorf("the rescue alerts on a 2023 non-event: %q (%s)", a.Title, al.Why())
		}
	}
	t.Logf("articles only the rescue alerts on, by half and label: %v", n)
}

// defaultMatcher compiles the default configuration's matcher.
func defaultMatcher(t *testing.T) *match.Matcher {
	t.Helper()
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := match.Compile(cfg.Watchlist(), cfg.Matching)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
