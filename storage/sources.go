package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// SourceState is the domain type; the alias keeps storage's callers short.
type SourceState = trust.SourceState

const sourceColumns = `id, name, url, etag, last_modified, last_attempt, last_success, next_poll, failures, last_error, seeded`

func scanSource(row interface{ Scan(...any) error }) (SourceState, error) {
	var s SourceState
	var attempt, success, next int64
	var seeded int
	err := row.Scan(&s.ID, &s.Name, &s.URL, &s.ETag, &s.LastModified, &attempt, &success, &next,
		&s.Failures, &s.LastError, &seeded)
	s.LastAttempt, s.LastSuccess, s.NextPoll = fromMS(attempt), fromMS(success), fromMS(next)
	s.Seeded = seeded == 1
	return s, err
}

// EnsureSource creates the source called name or updates its URL. A changed
// URL is a different feed: its validators are cleared and it is seeded
// again, so the new feed's backlog is not posted.
func (db *DB) EnsureSource(ctx context.Context, name, url string) (SourceState, error) {
	if name == "" {
		return SourceState{}, fmt.Errorf("ensure source: empty name")
	}
	db.wmu.Lock()
	defer db.wmu.Unlock()
	row := db.db.QueryRowContext(ctx, `
		INSERT INTO sources (name, url) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET
			etag          = CASE WHEN url = excluded.url THEN etag ELSE '' END,
			last_modified = CASE WHEN url = excluded.url THEN last_modified ELSE '' END,
			seeded        = CASE WHEN url = excluded.url THEN seeded ELSE 0 END,
			url           = excluded.url
		RETURNING `+sourceColumns, name, url)
	s, err := scanSource(row)
	if err != nil {
		return SourceState{}, fmt.Errorf("ensure source %s: %w", name, err)
	}
	return s, nil
}

// Source returns the source with the given id, or ErrNotFound.
func (db *DB) Source(ctx context.Context, id int64) (SourceState, error) {
	s, err := scanSource(db.db.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return SourceState{}, fmt.Errorf("source %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return SourceState{}, fmt.Errorf("source %d: %w", id, err)
	}
	return s, nil
}

// Sources returns every source, by name.
func (db *DB) Sources(ctx context.Context) ([]SourceState, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT `+sourceColumns+` FROM sources ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	var out []SourceState
	for rows.Next() {
		s, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("list sources: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	return out, nil
}

// sqlRecordSuccess records a fetch whose items have been stored (SaveFeed
// runs it in their transaction): new validators, failures reset, and the
// source marked seeded.
const sqlRecordSuccess = `
	UPDATE sources SET etag = ?, last_modified = ?, last_attempt = ?, last_success = ?, next_poll = ?,
		failures = 0, last_error = '', seeded = 1
	WHERE id = ?`

// RecordNotModified records a 304 answer, which counts as a success.
func (db *DB) RecordNotModified(ctx context.Context, id int64, at, next time.Time) error {
	return db.updateSource(ctx, "record not modified", id, `
		UPDATE sources SET last_attempt = ?, last_success = ?, next_poll = ?, failures = 0, last_error = ''
		WHERE id = ?`, ms(at), ms(at), ms(next), id)
}

// RecordFailure records a failed fetch and counts it.
func (db *DB) RecordFailure(ctx context.Context, id int64, errText string, at, next time.Time) error {
	return db.updateSource(ctx, "record failure", id, `
		UPDATE sources SET last_attempt = ?, next_poll = ?, failures = failures + 1, last_error = ?
		WHERE id = ?`, ms(at), ms(next), clip(errText, maxErrorText), id)
}

// maxErrorText bounds stored error texts.
const maxErrorText = 1000

func (db *DB) updateSource(ctx context.Context, what string, id int64, query string, args ...any) error {
	db.wmu.Lock()
	res, err := db.db.ExecContext(ctx, query, args...)
	db.wmu.Unlock()
	if err != nil {
		return fmt.Errorf("%s for source %d: %w", what, id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("%s for source %d: %w", what, id, ErrNotFound)
	}
	return nil
}
