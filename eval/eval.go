// Package eval measures detection on the labelled news corpus: it runs the
// daemon's matcher over every article (title and summary), groups the
// alerts into events as scan does (cluster.Alerts), and compares articles,
// posts and events with the labels in testdata/labels (docs/labelling.md).
//
// Definitions (README "Detection quality"):
//   - article precision: flagged articles labelled + over flagged articles;
//     a flagged ~ (coverage of an event) that joined an event started by
//     another article is neither right nor wrong, one that started a post
//     is wrong;
//   - article recall: flagged + articles over + articles;
//   - post precision: posts (one per event id) whose first article is +,
//     over posts;
//   - event recall: event keys with at least one flagged + article, over
//     event keys with a + article;
//   - posts per caught event: distinct event ids among a caught key's
//     flagged + articles, averaged.
package eval

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/sources/cluster"
	"github.com/vendorwatch/vendorwatch/trust"
)

// Label is one labelled article.
type Label struct {
	Mark     byte // '+', '~' or '-'
	Category string
	Kind     string // named, class, oss
	Vendors  string
	Key      string
}

// Article is one corpus record.
type Article struct {
	ID, Title, Summary, Link string
	Published                time.Time
	Year                     int
}

// ID is an article's id: the first 10 hex digits of SHA-1 of its link.
func ID(link string) string {
	h := sha1.Sum([]byte(link))
	return hex.EncodeToString(h[:])[:10]
}

// ReadLabels reads a labels file (tab-separated: id, label, category,
// kind, vendors, key; # comments).
func ReadLabels(r io.Reader) (map[string]Label, error) {
	out := map[string]Label{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 || len(f[1]) != 1 || !strings.Contains("+~-", f[1]) {
			return nil, fmt.Errorf("labels line %d: want 6 tab-separated columns with a +, ~ or - label", n)
		}
		out[f[0]] = Label{Mark: f[1][0], Category: f[2], Kind: f[3], Vendors: f[4], Key: f[5]}
	}
	return out, sc.Err()
}

// ReadCorpus reads news-dev.jsonl.
func ReadCorpus(r io.Reader) ([]Article, error) {
	var out []Article
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	for {
		var rec struct {
			Title, Summary, Link, Published string
		}
		if err := dec.Decode(&rec); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("corpus record %d: %w", len(out)+1, err)
		}
		a := Article{ID: ID(rec.Link), Title: rec.Title, Summary: rec.Summary, Link: rec.Link}
		for _, layout := range []string{time.RFC3339, "2006-01-02"} {
			if t, err := time.Parse(layout, rec.Published); err == nil {
				a.Published = t
				break
			}
		}
		a.Year = a.Published.Year()
		out = append(out, a)
	}
	return out, nil
}

// OpenCorpus reads a corpus file.
func OpenCorpus(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCorpus(f)
}

// Matcher is what is measured: the daemon's analysis of one article.
type Matcher func(title, text string) (trust.Alert, bool)

// Scores are the figures of one half of the corpus.
type Scores struct {
	Articles, Positives, Flagged, FlaggedPos, FlaggedNeutral int
	Posts, TruePosts                                         int
	Events, Caught                                           int
	PostsPerCaught                                           float64
	ByCategory, ByKind                                       map[string][2]int // caught, events
	Misses, FalsePosts                                       []string          // for reading: "id title"
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ArticlePrecision and the others are the headline figures.
func (s Scores) ArticlePrecision() float64 {
	return ratio(s.FlaggedPos, s.Flagged-s.FlaggedNeutral)
}
func (s Scores) ArticleRecall() float64 { return ratio(s.FlaggedPos, s.Positives) }
func (s Scores) PostPrecision() float64 { return ratio(s.TruePosts, s.Posts) }
func (s Scores) EventRecall() float64   { return ratio(s.Caught, s.Events) }
func (s Scores) AlertsPer1000() float64 { return 1000 * ratio(s.Flagged, s.Articles) }
func (s Scores) KindRecall(k string) float64 {
	v := s.ByKind[k]
	return ratio(v[0], v[1])
}

// Run measures m on the articles of the years keep accepts.
func Run(arts []Article, labels map[string]Label, m Matcher, keep func(year int) bool) Scores {
	s := Scores{ByCategory: map[string][2]int{}, ByKind: map[string][2]int{}}
	var alerts []trust.Alert
	byLink := map[string]*Article{}
	for i := range arts {
		a := &arts[i]
		if !keep(a.Year) {
			continue
		}
		s.Articles++
		if labels[a.ID].Mark == '+' {
			s.Positives++
		}
		al, ok := m(a.Title, sources.PlainText(a.Summary))
		if !ok {
			continue
		}
		al.Title, al.Link, al.Published = a.Title, a.Link, a.Published
		alerts = append(alerts, al)
		byLink[a.Link] = a
	}
	cluster.Alerts(alerts, cluster.DefaultWindow)
	// Coverage that joined no event is not posted: it is no alert.
	alerts = slices.DeleteFunc(alerts, func(a trust.Alert) bool { return a.EventID == 0 })
	// The first article of each event id, in the order the daemon would
	// have seen them.
	sort.SliceStable(alerts, func(i, j int) bool {
		if !alerts[i].Published.Equal(alerts[j].Published) {
			return alerts[i].Published.Before(alerts[j].Published)
		}
		return alerts[i].Link < alerts[j].Link
	})
	first := map[int64]string{}
	for _, al := range alerts {
		if _, ok := first[al.EventID]; !ok {
			first[al.EventID] = al.Link
		}
	}
	keyEvents := map[string]map[int64]bool{}
	for _, al := range alerts {
		a := byLink[al.Link]
		l := labels[a.ID]
		s.Flagged++
		switch {
		case l.Mark == '+':
			s.FlaggedPos++
			if keyEvents[l.Key] == nil {
				keyEvents[l.Key] = map[int64]bool{}
			}
			keyEvents[l.Key][al.EventID] = true
		case l.Mark == '~' && first[al.EventID] != al.Link:
			s.FlaggedNeutral++
		}
		if first[al.EventID] == al.Link {
			s.Posts++
			if l.Mark == '+' {
				s.TruePosts++
			} else {
				s.FalsePosts = append(s.FalsePosts, fmt.Sprintf("%s %c %s [%s]", a.ID, l.Mark, a.Title, al.Why()))
			}
		}
	}
	// Events: every key with a + article in this half.
	type ev struct{ cat, kind string }
	events := map[string]ev{}
	for i := range arts {
		a := &arts[i]
		l := labels[a.ID]
		if !keep(a.Year) || l.Mark != '+' {
			continue
		}
		events[l.Key] = ev{l.Category, l.Kind}
		if keyEvents[l.Key] == nil {
			s.Misses = append(s.Misses, fmt.Sprintf("%s %s %s | %s", a.ID, l.Key, a.Title, l.Vendors))
		}
	}
	posts := 0
	for k, e := range events {
		s.Events++
		caught := keyEvents[k] != nil
		c, kd := s.ByCategory[e.cat], s.ByKind[e.kind]
		c[1]++
		kd[1]++
		if caught {
			s.Caught++
			posts += len(keyEvents[k])
			c[0]++
			kd[0]++
		}
		s.ByCategory[e.cat], s.ByKind[e.kind] = c, kd
	}
	s.PostsPerCaught = ratio(posts, s.Caught)
	return s
}

// Watchlist is m as a watchlist-scope subscription sees it: alerts with at
// least one registry vendor.
func Watchlist(m Matcher) Matcher {
	return func(title, text string) (trust.Alert, bool) {
		a, ok := m(title, text)
		if !ok {
			return a, false
		}
		for _, v := range a.Vendors {
			if !v.Unlisted {
				return a, true
			}
		}
		return trust.Alert{}, false
	}
}

// Column is one column of the table: a scope and a half of the corpus.
type Column struct {
	Name   string
	Scores Scores
}

// Table prints the figures of each column side by side.
func Table(w io.Writer, cols []Column) {
	f := func(x float64) string { return fmt.Sprintf("%.2f", x) }
	header := "| measure |"
	rule := "|---|"
	for _, c := range cols {
		header += " " + c.Name + " |"
		rule += "---|"
	}
	fmt.Fprintln(w, header)
	fmt.Fprintln(w, rule)
	row := func(name string, val func(s Scores) string) {
		line := "| " + name + " |"
		for _, c := range cols {
			line += " " + val(c.Scores) + " |"
		}
		fmt.Fprintln(w, line)
	}
	row("articles", func(s Scores) string { return fmt.Sprint(s.Articles) })
	row("trust-event articles (+)", func(s Scores) string { return fmt.Sprint(s.Positives) })
	row("events (keys)", func(s Scores) string { return fmt.Sprint(s.Events) })
	row("article precision", func(s Scores) string { return f(s.ArticlePrecision()) })
	row("article recall", func(s Scores) string { return f(s.ArticleRecall()) })
	row("post precision", func(s Scores) string { return f(s.PostPrecision()) })
	row("event recall", func(s Scores) string { return f(s.EventRecall()) })
	for _, k := range []string{"named", "class", "oss"} {
		row("event recall, kind "+k, func(s Scores) string {
			v := s.ByKind[k]
			return fmt.Sprintf("%.2f (%d/%d)", ratio(v[0], v[1]), v[0], v[1])
		})
	}
	cats := map[string]bool{}
	for _, c := range cols {
		for k := range c.Scores.ByCategory {
			cats[k] = true
		}
	}
	var names []string
	for c := range cats {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		row("event recall, "+c, func(s Scores) string {
			v := s.ByCategory[c]
			return fmt.Sprintf("%d/%d", v[0], v[1])
		})
	}
	row("posts per caught event", func(s Scores) string { return f(s.PostsPerCaught) })
	row("alerts per 1,000 articles", func(s Scores) string { return fmt.Sprintf("%.1f", s.AlertsPer1000()) })
}
