package main

import (
	"strings"
	"testing"
	"time"
)

// TestRunTokenlessShowsEvents: without Discord, run prints every alert,
// and says of a report that joined an event already printed that the bot
// would edit that event's message rather than post again.
func TestRunTokenlessShowsEvents(t *testing.T) {
	now := time.Now()
	a := newFeedServer(t, []feedItem{{guid: "a1", title: "Treasury sanctions 12 Kaspersky Lab executives",
		body: "The Treasury Department's OFAC sanctioned twelve members of Kaspersky Lab's leadership team.", pub: now.Add(-2 * time.Hour)}})
	dir := t.TempDir()
	cfg, _ := runConfig{Schedule: "@every 1s", Sources: []runSource{{Name: "Press A", URL: a.URL}}}.write(t, dir)
	var out, logs syncBuffer
	stop := startRun(t, cfg, &out, &logs)
	waitFor(t, "the first report", func() bool { return strings.Count(out.String(), "\n  link:") == 1 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "joins event") {
		t.Errorf("the first report says it joins an event:\n%s", out.String())
	}

	// A second outlet, same story in other words, on the next start.
	b := newFeedServer(t, []feedItem{{guid: "b1", title: "Treasury sanctions Kaspersky Lab leadership",
		body: "OFAC designated twelve Kaspersky Lab executives and senior leaders.", pub: now.Add(-time.Hour)}})
	runConfig{Schedule: "@every 1s", Sources: []runSource{{Name: "Press A", URL: a.URL}, {Name: "Press B", URL: b.URL}}}.write(t, dir)
	var out2 syncBuffer
	stop = startRun(t, cfg, &out2, &logs)
	waitFor(t, "the second report", func() bool { return strings.Count(out2.String(), "\n  link:") == 1 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out2.String(), "event:  joins event") || !strings.Contains(out2.String(), "now 2 reports from 2 sources") {
		t.Errorf("the second report does not say it joins the first's event:\n%s", out2.String())
	}
}
