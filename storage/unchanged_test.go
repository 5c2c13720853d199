package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestManyNotModifiedAfterRestart: many 304s recorded at once, sharing
// commits with a changed feed's items, are each stored as their own
// source's success (validators kept, failures cleared, a down source's
// recovery told once) and read back so after the database is closed and
// opened again.
func TestManyNotModifiedAfterRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vw.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	const n = 200
	at := t0.Add(time.Hour)
	ids := make([]int64, n)
	for i := range ids {
		s, err := db.EnsureSource(ctx, fmt.Sprintf("feed%03d", i), fmt.Sprintf("https://f%d.example/feed", i))
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = s.ID
		ok := &PollSuccess{ETag: fmt.Sprintf(`"e%d"`, i), LastModified: fmt.Sprintf("v%d", i), At: t0, Next: t0.Add(time.Minute)}
		if _, err := db.SaveFeed(ctx, s.ID, nil, nil, ok); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.SetHealthChannel(ctx, "", opsConfig); err != nil {
		t.Fatal(err)
	}
	// Every tenth source failing, feed000 down.
	for i := 0; i < n; i += 10 {
		policy := HealthPolicy{}
		if i == 0 {
			policy = HealthPolicy{Failures: 1}
		}
		if _, err := db.RecordFailure(ctx, ids[i], fail404, "404", t0.Add(time.Minute), t0.Add(2*time.Minute), policy); err != nil {
			t.Fatal(err)
		}
	}

	var wg sync.WaitGroup
	notices := make([]int, n)
	errs := make([]error, n+1)
	for i, id := range ids {
		wg.Go(func() {
			notices[i], errs[i] = db.RecordNotModified(ctx, id, at.Add(time.Duration(i)*time.Millisecond), at.Add(time.Duration(i)*time.Second))
		})
	}
	changed := ensureSource(t, db, "changed")
	wg.Go(func() {
		items := []trust.Item{{Key: "k1", Title: "one", Link: "https://changed.example/1"}, {Key: "k2", Title: "two", Link: "https://changed.example/2"}}
		_, errs[n] = db.SaveFeed(ctx, changed, items, nil, &PollSuccess{ETag: `"c"`, At: at, Next: at.Add(time.Hour)})
	})
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("poll %d: %v", i, err)
		}
	}
	if notices[0] != 1 || slices.Max(notices[1:]) != 0 {
		t.Errorf("recovery notices %d for the down source, %d at most for the others; want 1 and 0", notices[0], slices.Max(notices[1:]))
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, id := range ids {
		got, err := db.Source(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		a := at.Add(time.Duration(i) * time.Millisecond)
		want := SourceState{ID: id, Name: fmt.Sprintf("feed%03d", i), URL: fmt.Sprintf("https://f%d.example/feed", i),
			ETag: fmt.Sprintf(`"e%d"`, i), LastModified: fmt.Sprintf("v%d", i), LastAttempt: a, LastSuccess: a,
			NextPoll: at.Add(time.Duration(i) * time.Second), Seeded: true}
		if got != want {
			t.Errorf("feed%03d after the restart:\n got %+v\nwant %+v", i, got, want)
		}
	}
	if got, want := healthRows(t, db, opsConfig), []string{"down", "up"}; !slices.Equal(got, want) {
		t.Errorf("health notices %v, want %v", got, want)
	}
	if c, err := db.Source(ctx, changed); err != nil || c.ETag != `"c"` || !c.Seeded {
		t.Errorf("the changed feed after the restart: %+v, %v; want its new validator, seeded", c, err)
	}
	if got := count(t, db, "items"); got != 2 {
		t.Errorf("%d items stored, want the changed feed's 2", got)
	}
}

// TestEnsureSources: the daemon's sources are registered in one call, in
// order, with what EnsureSource would do to each (a changed URL clears
// the validators); a name that is a server's feed fails the call, which
// then changes none of the sources.
func TestEnsureSources(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, err := db.EnsureSource(ctx, "a", "https://a.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveFeed(ctx, a.ID, nil, nil, &PollSuccess{ETag: `"a"`, At: t0, Next: t0}); err != nil {
		t.Fatal(err)
	}
	got, err := db.EnsureSources(ctx, []trust.Source{{Name: "c", URL: "https://c.example/feed"}, {Name: "a", URL: "https://a.example/new"}, {Name: "b", URL: "https://b.example/feed"}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range got {
		names = append(names, s.Name+" "+s.URL+" "+s.ETag)
	}
	want := []string{"c https://c.example/feed ", "a https://a.example/new ", "b https://b.example/feed "}
	if !slices.Equal(names, want) {
		t.Errorf("EnsureSources = %q, want %q", names, want)
	}
	if got[1].ID != a.ID || got[1].Seeded {
		t.Errorf("a with a new URL: %+v, want id %d, not seeded", got[1], a.ID)
	}

	sf, err := db.AddServerFeed(ctx, ServerFeed{GuildID: healthGld, Name: "theirs"}, "https://theirs.example/feed", "Theirs", 0)
	if err != nil {
		t.Fatal(err)
	}
	server := sf.Source
	_, err = db.EnsureSources(ctx, []trust.Source{{Name: "d", URL: "https://d.example/feed"}, {Name: server.Name, URL: "https://x.example/feed"}})
	if err == nil || !strings.Contains(err.Error(), server.Name) {
		t.Errorf("a server feed's name: error %v, want one naming it", err)
	}
	all, err := db.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 {
		t.Errorf("after the failed call %d built-in sources, want the 3 before it (d not added)", len(all))
	}
}

// TestSourcesByID: the states of the ids asked for that exist, each as
// Source reads it.
func TestSourcesByID(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	var ids []int64
	for _, n := range []string{"a", "b", "c"} {
		s, err := db.EnsureSource(ctx, n, "https://"+n+".example/feed")
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, s.ID)
	}
	if _, err := db.SaveFeed(ctx, ids[1], nil, nil, &PollSuccess{ETag: `"b"`, At: t0, Next: t0}); err != nil {
		t.Fatal(err)
	}
	got, err := db.SourcesByID(ctx, []int64{ids[2], ids[1], 99999})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("SourcesByID = %+v, want c and b", got)
	}
	for _, s := range got {
		want, err := db.Source(ctx, s.ID)
		if err != nil || !reflect.DeepEqual(s, want) {
			t.Errorf("SourcesByID's %+v, Source's %+v (%v)", s, want, err)
		}
	}
	if got, err := db.SourcesByID(ctx, nil); err != nil || got != nil {
		t.Errorf("SourcesByID(nil) = %v, %v", got, err)
	}
}
