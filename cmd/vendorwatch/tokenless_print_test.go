package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/poller"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/storage/storagetest"
	"github.com/vendorwatch/vendorwatch/trust"
)

func (fs *feedServer) hitCount() int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.hits
}

// TestRunTokenlessPrintsAfterCrash: alerts a token-less daemon committed
// and did not print (killed between the two) are printed at the next
// start, in the order stored, exactly once; the start after that prints
// nothing.
func TestRunTokenlessPrintsAfterCrash(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	// The feed never has anything new to alert on.
	srv := newFeedServer(t, []feedItem{{guid: "q", title: "Huawei reports record quarterly revenue", pub: now.Add(-time.Hour)}})
	src := trust.Source{Name: "Test news", URL: srv.URL + "/feed"}
	cfgPath, dbPath := runConfig{Schedule: "@every 1h", Sources: []runSource{{Name: src.Name, URL: src.URL}}}.write(t, t.TempDir())

	// runOnce starts run, waits for its first poll and stops it.
	runOnce := func(what string, out *syncBuffer, until func() bool) {
		t.Helper()
		var logs syncBuffer
		hits := srv.hitCount()
		stop := startRun(t, cfgPath, out, &logs)
		waitFor(t, what, func() bool { return srv.hitCount() > hits && until() })
		if err := stop(); err != nil {
			t.Fatalf("%s: run: %v\n%s", what, err, logs.String())
		}
	}
	var out1 syncBuffer
	runOnce("the first start", &out1, func() bool { return true })
	if strings.Contains(out1.String(), "link:") {
		t.Fatalf("the first start printed an alert:\n%s", out1.String())
	}

	// The daemon's crash: two alerts, as its pipeline makes them, committed
	// by the poll; the process dies before printing them.
	cfg, _, err := loadConfig(cfgPath, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	pipe, err := poller.NewPipeline(cfg, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	st, err := db.EnsureSource(ctx, src.Name, src.URL)
	if err != nil {
		t.Fatal(err)
	}
	titles := []string{"US bans Kaspersky software sales over national security risk", "Commerce adds DJI to the Entity List"}
	for i, title := range titles {
		link := "https://news.test/crash-" + string(rune('a'+i))
		it := trust.Item{Key: "guid:crash-" + string(rune('a'+i)), GUID: "crash", Link: link, CanonicalLink: link,
			Title: title, Published: now.Add(-time.Minute), DateKnown: true}
		a, ok := pipe.Analyse(src, it)
		if !ok {
			t.Fatalf("%q is no alert", title)
		}
		if res, err := storagetest.SaveItem(ctx, db, st.ID, it, &a); err != nil || res.AlertID == 0 {
			t.Fatalf("store %q: %+v, %v", title, res, err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	var out2 syncBuffer
	runOnce("the restart to print both", &out2, func() bool { return strings.Count(out2.String(), "\n  link:") >= 2 })
	got := out2.String()
	line0, line1 := "\n  "+titles[0]+"\n", "\n  "+titles[1]+"\n"
	if strings.Count(got, "\n  link:") != 2 || strings.Count(got, line0) != 1 || strings.Count(got, line1) != 1 ||
		strings.Index(got, line0) > strings.Index(got, line1) {
		t.Errorf("the restart printed, want each of %q once in that order:\n%s", titles, got)
	}

	var out3 syncBuffer
	runOnce("the second restart", &out3, func() bool { return true })
	if strings.Contains(out3.String(), "link:") {
		t.Errorf("the second restart printed again:\n%s", out3.String())
	}
}
