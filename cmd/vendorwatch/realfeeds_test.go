package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// realFeedsJudged is every alert `scan` makes on the real feeds of
// ../shared/feeds (security's July 2025 captures and the 200 realworld
// feeds, several thousand items), judged by reading it against
// trust-events.md, with the look-alikes those feeds once alerted on. A
// category is an event that must alert in it; "" a look-alike that must
// stay silent (no post: a coverage report may still join an event).
var realFeedsJudged = []struct {
	title, category, why string
}{
	{"Hackers breach Toptal GitHub account, publish malicious npm packages", "oss",
		"Toptal's own npm packages (Picasso) published malicious by attackers"},
	{"High-Value NPM Developers Compromised in New Phishing Campaign", "oss",
		"eslint-config-prettier and others hijacked through a phished maintainer (July 2025)"},
	{"Nigeria investigates Temu for possible data privacy breaches", "",
		"a privacy-law probe: no ban, no tie to a state, nothing shipped (precision12)"},
}

// TestScanRealFeedsJudged fails when `scan` over the real feeds makes an
// alert nobody judged (read it, judge it by trust-events.md and add it
// above, or fix the reader that made it), when a judged event stops
// alerting in its category, or when a judged look-alike posts again. Real
// security news has about fifty non-events per event, so one new false
// alert here is a pattern the product would repeat.
func TestScanRealFeedsJudged(t *testing.T) {
	shared := sharedDir(t)
	var files []string
	for _, g := range []string{"feeds/security/*.xml", "feeds/realworld/feeds/*"} {
		m, err := filepath.Glob(filepath.Join(shared, g))
		if err != nil || len(m) == 0 {
			t.Fatalf("no feeds at %s: %v", g, err)
		}
		files = append(files, m...)
	}
	var out, errOut bytes.Buffer
	// A feed that is not one makes scan exit 1 and say which on stderr;
	// the alerts of the others are still printed, and are what is judged.
	if err := run(context.Background(), append([]string{"scan", "--json"}, files...), &out, &errOut, noEnv); err != nil && exitCode(err) != 1 {
		t.Fatalf("scan: %v\nstderr: %s", err, errOut.String())
	}
	got := map[string]string{} // title → category of a post
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct {
			Title    string `json:"title"`
			Category string `json:"category"`
			Why      string `json:"why"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %q is not JSON: %v", sc.Text(), err)
		}
		// A coverage report (why says so) only joins an open event.
		if !strings.Contains(a.Why, "; coverage: ") {
			got[a.Title] = a.Category
		}
	}
	judged := map[string]bool{}
	for _, j := range realFeedsJudged {
		judged[j.title] = true
		cat, ok := got[j.title]
		switch {
		case j.category == "" && ok:
			t.Errorf("judged look-alike posts again (%s): %q as %s", j.why, j.title, cat)
		case j.category != "" && !ok:
			t.Errorf("judged event no longer posts (%s): %q", j.why, j.title)
		case j.category != "" && cat != j.category:
			t.Errorf("judged event posts as %s, want %s: %q", cat, j.category, j.title)
		}
	}
	for title, cat := range got {
		if !judged[title] {
			t.Errorf("an alert nobody judged: %q as %s; read it against trust-events.md and add it to realFeedsJudged, or fix the reader", title, cat)
		}
	}
	t.Logf("%d posts from %d real feeds", len(got), len(files))
}
