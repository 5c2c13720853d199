package storage

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// stallLimit is how long the stress tests wait for their workers before they
// call it a deadlock. It is a hang detector, not a timing target: a healthy
// run is done in a small fraction of it even on a loaded machine.
const stallLimit = 3 * time.Minute

// waitOrDump waits for wg; if it has not finished within stallLimit, it fails
// the test with every goroutine's stack, which shows who holds what.
func waitOrDump(t *testing.T, wg *sync.WaitGroup, what string) {
	t.Helper()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(stallLimit):
		buf := make([]byte, 1<<22)
		buf = buf[:runtime.Stack(buf, true)]
		fmt.Fprintf(os.Stderr, "%s stalled; goroutines:\n%s\n", what, buf)
		t.Fatalf("%s stalled for %s: deadlock (goroutines dumped to stderr)", what, stallLimit)
	}
}

// stressCtx is sometimes the background, sometimes a deadline short enough
// to end a call midway: cancellation must leave no connection borrowed, no
// transaction open and wmu free.
func stressCtx(r *rand.Rand) (context.Context, context.CancelFunc) {
	switch r.IntN(4) {
	case 0:
		return context.WithTimeout(context.Background(), time.Duration(r.IntN(2000))*time.Microsecond)
	case 1:
		return context.WithCancel(context.Background())
	default:
		return context.Background(), func() {}
	}
}

// TestConcurrentUseDoesNotStall runs the daemon's and the bot's calls at
// once, as at start-up (sources registered while the dispatcher reads the
// outbox and edits) and after (polls storing while messages are marked sent
// and commands read), many more callers than pooled connections, some with
// deadlines that end their calls midway. Every call must return, and
// afterwards no connection may be left borrowed.
func TestConcurrentUseDoesNotStall(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	if err := db.SetEventWindow(ctx, 72*time.Hour); err != nil {
		t.Fatal(err)
	}
	for c := range 6 {
		if _, err := db.AddSubscription(ctx, Subscription{GuildID: "g1", ChannelID: "c" + strconv.Itoa(c)}, 0); err != nil {
			t.Fatal(err)
		}
	}
	const sources = 4
	srcs := make([]int64, sources)
	for i := range srcs {
		srcs[i] = ensureSource(t, db, "s"+strconv.Itoa(i))
	}

	iterations := 60
	if testing.Short() {
		iterations = 20
	}
	ops := []struct {
		name string
		do   func(ctx context.Context, r *rand.Rand, i int) error
	}{
		{"EnsureSource", func(ctx context.Context, r *rand.Rand, i int) error {
			n := "s" + strconv.Itoa(r.IntN(sources))
			_, err := db.EnsureSource(ctx, n, "https://"+n+".example/feed")
			return err
		}},
		{"SetPrimarySources", func(ctx context.Context, r *rand.Rand, i int) error {
			return db.SetPrimarySources(ctx, []string{"s" + strconv.Itoa(r.IntN(sources))})
		}},
		{"SetEventWindow", func(ctx context.Context, r *rand.Rand, i int) error {
			return db.SetEventWindow(ctx, 72*time.Hour)
		}},
		{"SaveItem", func(ctx context.Context, r *rand.Rand, i int) error {
			src := srcs[r.IntN(sources)]
			it := item(fmt.Sprintf("k%d-%d", src, r.IntN(400)), "a"+strconv.Itoa(r.IntN(300)))
			_, err := db.SaveItem(ctx, src, it, alertFor(it, trust.SeverityHigh, global([]string{"Huawei", "Kaspersky", "ZTE"}[r.IntN(3)])))
			return err
		}},
		{"KnownKeys", func(ctx context.Context, r *rand.Rand, i int) error {
			_, err := db.KnownKeys(ctx, srcs[r.IntN(sources)], []string{"k1-1", "k2-2", "k3-3"})
			return err
		}},
		{"PendingOutbox+MarkSent", func(ctx context.Context, r *rand.Rand, i int) error {
			rows, err := db.PendingOutbox(ctx, t0.Add(time.Hour), 8)
			if err != nil {
				return err
			}
			for _, row := range rows {
				if err := db.MarkSent(ctx, row.ID, "m"+strconv.FormatInt(row.ID, 10)); err != nil && !errors.Is(err, ErrNotFound) {
					return err
				}
			}
			return nil
		}},
		{"PendingEdits+EditDone", func(ctx context.Context, r *rand.Rand, i int) error {
			edits, err := db.PendingEdits(ctx, t0.Add(time.Hour), 0, 8)
			if err != nil {
				return err
			}
			for _, e := range edits {
				if _, _, err := db.Event(ctx, e.EventID); err != nil {
					return err
				}
				if err := db.EditDone(ctx, e, ""); err != nil && !errors.Is(err, ErrNotFound) {
					return err
				}
			}
			return nil
		}},
		{"RecentAlerts", func(ctx context.Context, r *rand.Rand, i int) error {
			_, err := db.RecentAlerts(ctx, AlertQuery{Guild: "g1", Vendor: []string{"", "Huawei"}[r.IntN(2)], Limit: 20})
			return err
		}},
		{"VendorEvents", func(ctx context.Context, r *rand.Rand, i int) error {
			_, err := db.VendorEvents(ctx, "Huawei", 10)
			return err
		}},
		{"OutboxDepth", func(ctx context.Context, r *rand.Rand, i int) error {
			_, err := db.OutboxDepth(ctx)
			return err
		}},
		{"Sources", func(ctx context.Context, r *rand.Rand, i int) error {
			_, err := db.Sources(ctx)
			return err
		}},
	}

	// Three callers per operation: several times the pool's size.
	var wg sync.WaitGroup
	errs := make(chan error, 3*len(ops))
	for w := range 3 * len(ops) {
		op := ops[w%len(ops)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for i := range iterations {
				cctx, cancel := stressCtx(r)
				err := op.do(cctx, r, i)
				done := cctx.Err() != nil
				cancel()
				if err != nil && !done {
					errs <- fmt.Errorf("%s: %w", op.name, err)
					return
				}
			}
		}()
	}
	waitOrDump(t, &wg, "concurrent storage calls")
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	t.Logf("stored %d alerts in %d events; %d outbox rows, %d event messages",
		count(t, db, "alerts"), count(t, db, "events"), count(t, db, "outbox"), count(t, db, "event_messages"))
	// A transaction whose deadline ended it midway is rolled back, and its
	// connection returned, by database/sql's own goroutine (Tx.awaitDone),
	// which may finish just after the call did: a leak is one that stays.
	for deadline := time.Now().Add(20 * time.Second); db.db.Stats().InUse != 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if st := db.db.Stats(); st.InUse != 0 {
		t.Errorf("%d connections still borrowed after every call returned", st.InUse)
	}
	// A connection left inside a transaction would hold SQLite's write lock
	// and make the next writer on another connection fail with SQLITE_BUSY.
	var wg2 sync.WaitGroup
	for i := range 2 * maxConns {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			it := item("final-"+strconv.Itoa(i), "final-"+strconv.Itoa(i))
			if _, err := db.SaveItem(ctx, srcs[0], it, alertFor(it, trust.SeverityHigh, global("Huawei"))); err != nil {
				t.Errorf("SaveItem after the stress: %v", err)
			}
			if _, err := db.PendingOutbox(ctx, t0.Add(time.Hour), 8); err != nil {
				t.Errorf("PendingOutbox after the stress: %v", err)
			}
		}()
	}
	waitOrDump(t, &wg2, "calls after the stress")
}
