package sources

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"
)

// sharedFeeds returns ../shared/feeds next to the module root, or skips.
func sharedFeeds(tb testing.TB) string {
	tb.Helper()
	return shareddir.OrSkip(tb, "feeds")
}

var corpusNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// parseSharedFeed parses the document rel under ../shared/feeds (or
// skips), read from feedURL at now.
func parseSharedFeed(tb testing.TB, rel, feedURL string, now time.Time) *Feed {
	tb.Helper()
	body, err := os.ReadFile(filepath.Join(sharedFeeds(tb), rel))
	if err != nil {
		tb.Fatal(err)
	}
	feed, err := Parse(body, feedURL, now)
	if err != nil {
		tb.Fatalf("Parse %s: %v", rel, err)
	}
	return feed
}

// notFeeds are corpus files that are genuinely not feeds, with why.
var notFeeds = map[string]string{
	"miniflux/xml__iso88591.xml":               "an XML <note>, not a feed (encoding fixture)",
	"miniflux/xml__iso88591_utf8_mismatch.xml": "an XML <note>, not a feed (encoding fixture)",
}

// corpusFiles returns ../shared/feeds and the feed files in it, relative
// to it: every file of security, miniflux and realworld, but the expected
// outputs (realworld/expected/X.json for X.xml). Under the race detector,
// which makes parsing ten times slower and has nothing to find in
// single-goroutine code, it takes every fifth realworld feed.
func corpusFiles(tb testing.TB) (root string, files []string) {
	tb.Helper()
	root = sharedFeeds(tb)
	for _, dir := range []string{"security", "miniflux", "realworld/feeds", "realworld/expected"} {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			tb.Fatal(err)
		}
		for i, e := range entries {
			name := e.Name()
			if e.IsDir() || strings.HasPrefix(name, "LICENSE") {
				continue
			}
			if raceEnabled && dir == "realworld/feeds" && i%5 != 0 {
				continue
			}
			// realworld/expected/X.json is the expected output for X.xml,
			// except json_feed_sample.json which is itself a feed.
			if dir == "realworld/expected" && strings.HasSuffix(name, ".json") && name != "json_feed_sample.json" {
				continue
			}
			files = append(files, filepath.Join(dir, name))
		}
	}
	return root, files
}

func TestParseCorpus(t *testing.T) {
	root, files := corpusFiles(t)
	total, failed := 0, 0
	for _, rel := range files {
		t.Run(rel, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join(root, rel))
			if err != nil {
				t.Fatal(err)
			}
			if raceEnabled && len(body) > 300<<10 {
				t.Skip("large file skipped under the race detector; plain go test parses it")
			}
			feed, err := Parse(body, "https://example.org/feed", corpusNow)
			if why, ok := notFeeds[filepath.ToSlash(rel)]; ok {
				if err == nil {
					t.Errorf("Parse succeeded on a file listed as not a feed (%s)", why)
				}
				return
			}
			if err != nil {
				failed++
				t.Errorf("Parse: %v", err)
				return
			}
			total += len(feed.Items)
			checkItems(t, feed)
		})
	}
	t.Logf("%d files, %d items, %d unexpected errors", len(files), total, failed)
}

// checkItems asserts what every parsed item must satisfy.
func checkItems(t *testing.T, feed *Feed) {
	t.Helper()
	keys := map[string]bool{}
	for i, it := range feed.Items {
		if it.Key == "" {
			t.Errorf("item %d: empty key", i)
		}
		if keys[it.Key] {
			t.Errorf("item %d: duplicate key %q", i, it.Key)
		}
		keys[it.Key] = true
		if it.Published.IsZero() {
			t.Errorf("item %d: zero Published", i)
		}
		if len(it.Text) > maxTextBytes {
			t.Errorf("item %d: Text is %d bytes, over the cap", i, len(it.Text))
		}
	}
}

func TestParseCounts(t *testing.T) {
	root := sharedFeeds(t)
	tests := []struct {
		file string
		want int
	}{
		{"miniflux/parser__large_rss.xml", 25},
		{"miniflux/parser__large_atom.xml", 25},
		{"miniflux/parser__small_atom.xml", 20},
		{"miniflux/parser__rdf_UTF8.xml", 60},
		{"miniflux/parser__urdu_UTF8.xml", 26},
		{"miniflux/parser__encoding_ISO-8859-1.xml", 40},
		{"miniflux/parser__encoding_WINDOWS-1251.xml", 50},
		{"miniflux/parser__no_encoding_ISO-8859-1.xml", 10},
		{"security/bleepingcomputer.xml", 12},
		{"security/securityweek.xml", 10},
		{"security/cybersecurity-advisories.xml", 10},
		{"security/microsoftsecurity.xml", 10},
		{"security/crowdstrike.xml", 10},
		{"security/proofpoint.xml", 10},
		{"security/databreaches.xml", 10},
	}
	// Entry counts from realworld/expected: X.xml is described by X.json,
	// json_feed_sample.json by json_feed_sample.expected.json.
	expected := filepath.Join(root, "realworld", "expected")
	entries, err := os.ReadDir(expected)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		var feedFile string
		switch {
		case strings.HasSuffix(name, ".expected.json"):
			feedFile = strings.TrimSuffix(name, ".expected.json") + ".json"
		case strings.HasSuffix(name, ".json") && name != "json_feed_sample.json":
			feedFile = strings.TrimSuffix(name, ".json") + ".xml"
		default:
			continue
		}
		raw, err := os.ReadFile(filepath.Join(expected, name))
		if err != nil {
			t.Fatal(err)
		}
		var exp struct {
			Entries []json.RawMessage `json:"entries"`
		}
		if err := json.Unmarshal(raw, &exp); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		tests = append(tests, struct {
			file string
			want int
		}{"realworld/expected/" + feedFile, len(exp.Entries)})
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			feed := parseSharedFeed(t, tt.file, "", corpusNow)
			if got := len(feed.Items); got != tt.want {
				t.Errorf("got %d items, want %d", got, tt.want)
			}
		})
	}
}
