package sources

import (
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, name := range []string{"small_rss.xml", "small_atom.xml", "small.json"} {
		f.Add(readTestdata(f, name))
	}
	f.Add([]byte(`<rss version="2.0"><channel><item><guid>a</guid></item><item><guid>a</guid><title>b</title></item></channel></rss>`))
	f.Add([]byte("\xff\xfe<\x00r\x00s\x00s\x00>\x00"))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"id":"1"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := Parse(body, "https://example.org/feed", testNow)
		if err != nil {
			return
		}
		keys := map[string]bool{}
		for _, it := range feed.Items {
			if it.Key == "" || keys[it.Key] {
				t.Fatalf("empty or duplicate key %q", it.Key)
			}
			keys[it.Key] = true
			if it.Published.IsZero() {
				t.Fatal("zero Published")
			}
			if it.Published.After(testNow.Add(futureSlack)) {
				t.Fatalf("Published %v is in the future", it.Published)
			}
			if !utf8.ValidString(it.Title) || !utf8.ValidString(it.Text) {
				t.Fatal("invalid UTF-8 in title or text")
			}
			if len(it.Text) > maxTextBytes {
				t.Fatalf("text of %d bytes", len(it.Text))
			}
		}
	})
}
