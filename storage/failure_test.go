package storage

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"
)

// TestFailureStoredBeforeValues: a failure recorded before migration 5
// kept only its kind and text. After the migration it reads as its kind
// with no status, cap or cause (the bot's general sentence for the kind;
// nothing parses the text), and the next failure stores its values.
func TestFailureStoredBeforeValues(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vw.db")
	migs, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", path+"?"+dsnOptions)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for _, m := range migs {
		if m.version > 4 {
			break
		}
		if _, err := raw.ExecContext(ctx, m.sql); err != nil {
			t.Fatalf("migration %d: %v", m.version, err)
		}
		if _, err := raw.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (?, ?, 0)`, m.version, m.name); err != nil {
			t.Fatal(err)
		}
	}
	const text = "fetch https://x.example/feed?token=REDACTED: too_large (status 200): body over the 8388608-byte cap"
	if _, err := raw.ExecContext(ctx, `
		INSERT INTO sources (id, name, url, failures, last_error, last_error_kind, failing_since, down)
		VALUES (1, 'old', 'https://x.example/feed', 3, ?1, 'too_large', ?2, 1);
		INSERT INTO health_events (id, source_id, state, failures, since, error_kind, error, at)
		VALUES (1, 1, 'down', 3, ?2, 'too_large', ?1, ?2)`, text, ms(t0)); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	old := Failure{Kind: "too_large"}
	s, err := db.Source(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if s.LastFailure != old || s.LastError != text || s.Failures != 3 || !s.Down {
		t.Errorf("source after migration: %+v, want failure %+v with its text, 3 failures, down", s, old)
	}
	ev, err := db.HealthEvent(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Failure != old || ev.Error != text {
		t.Errorf("health event after migration: %+v, want failure %+v with its text", ev, old)
	}

	now := Failure{Kind: "too_large", Status: 200, Cap: 8 << 20, Detail: "body over the 8388608-byte cap"}
	if _, err := db.RecordFailure(ctx, 1, now, text, t0.Add(time.Hour), t0.Add(2*time.Hour), HealthPolicy{}); err != nil {
		t.Fatal(err)
	}
	if s, err := db.Source(ctx, 1); err != nil || s.LastFailure != now {
		t.Errorf("after a new failure: %+v (%v), want %+v", s.LastFailure, err, now)
	}
}
