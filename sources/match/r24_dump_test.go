package match_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/eval"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/sources/match"
)

// TestR24RealAlertDump writes every non-coverage alert the default
// matcher makes on real news the repo has no positive row for: the
// corpus's articles not labelled "+" and every item of the shared feeds.
// Set R24_DUMP to the output file; the lines are read by hand against
// trust-events.md to find look-alikes.
func TestR24RealAlertDump(t *testing.T) {
	out := os.Getenv("R24_DUMP")
	if out == "" {
		t.Skip("R24_DUMP not set")
	}
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := match.Compile(cfg.Watchlist(), cfg.Matching)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	emit := func(src, title, text string) {
		a, ok := m.Match(title, text)
		if !ok {
			return
		}
		cov := ""
		if a.Coverage {
			cov = "COV "
		}
		var vs []string
		for _, v := range a.Vendors {
			vs = append(vs, v.Name)
		}
		lead := text
		if len(lead) > 200 {
			lead = lead[:200]
		}
		lines = append(lines, fmt.Sprintf("%s\t%s%s\t%s\t%s\t%s", src, cov, a.Category, strings.Join(vs, ","), title, lead))
	}
	root := filepath.Join("..", "..", "..", "shared")
	arts, err := eval.OpenCorpus(filepath.Join(root, "corpus", "news-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lf, err := os.Open(filepath.Join("..", "..", "testdata", "labels", "news-dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	lab, err := eval.ReadLabels(lf)
	lf.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if lab[a.ID].Mark == '+' {
			continue
		}
		emit(fmt.Sprintf("corpus%d:%c:%s", a.Year, lab[a.ID].Mark, a.ID), a.Title, sources.PlainText(a.Summary))
	}
	feeds, _ := filepath.Glob(filepath.Join(root, "feeds", "*", "*"))
	more, _ := filepath.Glob(filepath.Join(root, "feeds", "realworld", "*", "*"))
	feeds = append(feeds, more...)
	for _, p := range feeds {
		body, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		f, err := sources.Parse(body, "https://example.com/feed", time.Now())
		if err != nil {
			continue
		}
		for _, it := range f.Items {
			emit("feed:"+filepath.Base(p), it.Title, it.Text)
		}
	}
	sort.Strings(lines)
	if err := os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
