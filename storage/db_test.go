package storage

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// t0 is the tests' clock.
var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func openTestDB(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "vw.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	db.now = func() time.Time { return t0 }
	t.Cleanup(func() { db.Close() })
	return db
}

func ensureSource(t testing.TB, db *DB, name string) int64 {
	t.Helper()
	s, err := db.EnsureSource(context.Background(), name, "https://"+name+".example/feed")
	if err != nil {
		t.Fatalf("EnsureSource(%s): %v", name, err)
	}
	return s.ID
}

func count(t testing.TB, db *DB, table string) int {
	t.Helper()
	var n int
	if err := db.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}

// item makes a feed item whose canonical link is derived from slug.
func item(key, slug string) trust.Item {
	link := "https://news.example/" + slug
	return trust.Item{
		Key: key, Link: link + "?utm_source=rss", CanonicalLink: link, Title: "Title " + slug,
		Published: t0.Add(-time.Hour), DateKnown: true,
	}
}

func alertFor(it trust.Item, sev trust.Severity, vendors ...trust.VendorHit) *trust.Alert {
	return &trust.Alert{
		Title: it.Title, Link: it.CanonicalLink, Source: "src", Published: it.Published,
		Vendors:  vendors,
		Signals:  []trust.SignalHit{{Term: "entity list", Category: trust.CategorySanctions, Weight: 3}},
		Category: trust.CategorySanctions, Score: 4.5, Severity: sev,
		Evidence: "The vendor was added to the Entity List.", Summary: "Added to the Entity List.",
	}
}

func global(name string) trust.VendorHit { return trust.VendorHit{Name: name, Term: name} }

func guildHit(name, guild string) trust.VendorHit {
	return trust.VendorHit{Name: name, Term: name, Guild: guild}
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vw.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var instance string
	for i := range 3 {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open #%d: %v", i+1, err)
		}
		if n := count(t, db, "schema_migrations"); n != len(ms) {
			t.Errorf("open #%d: %d migrations recorded, want %d", i+1, n, len(ms))
		}
		if i == 0 {
			instance = db.instance
		} else if db.instance != instance {
			t.Errorf("open #%d: instance tag %q, want %q as before", i+1, db.instance, instance)
		}
		if err := db.Ping(ctx); err != nil {
			t.Errorf("Ping: %v", err)
		}
		db.Close()
	}

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Hold several connections at once so that each pragma is checked on
	// more than the first pooled connection.
	var conns []interface{ Close() error }
	for range 3 {
		c, err := db.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		for _, tc := range []struct {
			pragma string
			want   string
		}{
			{"journal_mode", "wal"},
			{"foreign_keys", "1"},
			{"busy_timeout", "5000"},
			{"synchronous", "1"},
		} {
			var got string
			if err := c.QueryRowContext(ctx, "PRAGMA "+tc.pragma).Scan(&got); err != nil {
				t.Fatalf("PRAGMA %s: %v", tc.pragma, err)
			}
			if got != tc.want {
				t.Errorf("PRAGMA %s = %q, want %q", tc.pragma, got, tc.want)
			}
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

func TestOpenBadPath(t *testing.T) {
	for _, p := range []string{"", "x.db?mode=ro", filepath.Join(t.TempDir(), "missing", "dir", "vw.db")} {
		if db, err := Open(context.Background(), p); err == nil {
			db.Close()
			t.Errorf("Open(%q): no error", p)
		}
	}
}

func TestNonce(t *testing.T) {
	db := &DB{instance: "0123abcd"}
	seen := map[string]bool{}
	for _, id := range []int64{1, 35, 36, 1 << 40, 1<<63 - 1} {
		n := db.nonce(id)
		if len(n) > 25 {
			t.Errorf("nonce(%d) = %q: %d chars, want <= 25", id, n, len(n))
		}
		if seen[n] {
			t.Errorf("nonce(%d) = %q: repeated", id, n)
		}
		seen[n] = true
	}
}
