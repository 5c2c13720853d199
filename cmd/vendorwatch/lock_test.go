package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// A second `run` on the database of a running one refuses to start and
// names the holder; explain still reads the database meanwhile.
func TestRunSecondDaemonRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no daemon lock on this platform")
	}
	srv := newFeedServer(t, []feedItem{{guid: "a", title: "US bans Kaspersky software sales", pub: time.Now()}})
	cfg, dbPath := runConfig{Schedule: "@every 1h", Jitter: true, Sources: []runSource{{Name: "Test news", URL: srv.URL + "/feed"}}}.write(t, t.TempDir())

	var out, logs syncBuffer
	stop := startRun(t, cfg, &out, &logs)
	defer stop()
	// The daemon prints alerts only once it holds the database.
	waitFor(t, "the first daemon's alert", func() bool { return strings.Contains(out.String(), "Kaspersky") })

	var out2, logs2 syncBuffer
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := run(ctx, []string{"run", "--config", cfg}, &out2, &logs2, noEnv)
	want := fmt.Sprintf("database %s is in use by vendorwatch run, pid %d, since ", dbPath, os.Getpid())
	if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.HasSuffix(err.Error(), " UTC") {
		t.Fatalf("second run = %v\nwant an error starting %q, ending in UTC", err, want)
	}
	if code := exitCode(err); code == 0 {
		t.Errorf("second run exit status 0")
	}
	if strings.Contains(out2.String(), "Kaspersky") {
		t.Errorf("second run printed an alert:\n%s", out2.String())
	}

	var eout, elog syncBuffer
	if err := run(ctx, []string{"explain", "--config", cfg, "https://news.example/none"}, &eout, &elog, noEnv); err != nil &&
		strings.Contains(err.Error(), "in use") {
		t.Errorf("explain while the daemon runs: %v", err)
	}

	if err := stop(); err != nil {
		t.Fatalf("first run: %v", err)
	}
	// Stopped, the daemon hands the database on.
	stop = startRun(t, cfg, &out2, &logs2)
	waitFor(t, "the next daemon to start", func() bool { return strings.Contains(logs2.String(), "running without Discord") })
	if err := stop(); err != nil {
		t.Errorf("run after the first stopped: %v", err)
	}
}

// TestRunStoppedWhileStarting: a daemon whose stop comes before it has
// started (here, before it opens the database) ends cleanly, as one
// stopped later does; a stop in any starting step is no failure.
func TestRunStoppedWhileStarting(t *testing.T) {
	srv := newFeedServer(t, []feedItem{{guid: "a", title: "US bans Kaspersky software sales", pub: time.Now()}})
	cfg, _ := runConfig{Schedule: "@every 1h", Sources: []runSource{{Name: "Test news", URL: srv.URL + "/feed"}}}.write(t, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, logs syncBuffer
	if err := run(ctx, []string{"run", "--config", cfg}, &out, &logs, noEnv); err != nil {
		t.Errorf("run stopped before it started = %v, want nil", err)
	}
	// A bad config is still an error, stopped or not.
	if err := run(ctx, []string{"run", "--config", filepath.Join(t.TempDir(), "missing.toml")}, &out, &logs, noEnv); err == nil {
		t.Errorf("run with a missing config file = nil, want an error")
	}
}
