package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ListCapture is the last good capture of a watched list.
type ListCapture struct {
	URL, Format string
	Version     string // SHA-256 of Body, hex
	Body        []byte
	Entries     int
	TakenAt     time.Time
}

// ListChange is one entry's change between two captures of a list.
type ListChange struct {
	Op, Key, Name string
	Detail        string // one line: what changed
	At            time.Time
	Version       string // the capture that made it
}

// EnsureList is EnsureSource for a watched list: the source is marked as
// a list, so that an event it confirms says when the list changed.
func (db *DB) EnsureList(ctx context.Context, name, url string) (SourceState, error) {
	st, err := db.EnsureSource(ctx, name, url)
	if err != nil {
		return st, err
	}
	db.wmu.Lock()
	defer db.wmu.Unlock()
	if _, err := db.db.ExecContext(ctx, `UPDATE sources SET is_list = 1 WHERE id = ?`, st.ID); err != nil {
		return st, fmt.Errorf("ensure list %s: %w", name, err)
	}
	return st, nil
}

// ListSnapshot returns the list's last capture; ok is false before the
// first one.
func (db *DB) ListSnapshot(ctx context.Context, sourceID int64) (c ListCapture, ok bool, err error) {
	var at int64
	err = db.db.QueryRowContext(ctx, `SELECT url, format, version, body, entries, taken_at FROM list_snapshots WHERE source_id = ?`, sourceID).
		Scan(&c.URL, &c.Format, &c.Version, &c.Body, &c.Entries, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return ListCapture{}, false, nil
	}
	if err != nil {
		return ListCapture{}, false, fmt.Errorf("list snapshot %d: %w", sourceID, err)
	}
	c.TakenAt = fromMS(at)
	return c, true, nil
}

// SaveListSnapshot replaces the list's capture and records the changes
// that led to it, in one transaction. A change recorded before (the same
// capture saved again after a crash) is kept once.
func (db *DB) SaveListSnapshot(ctx context.Context, sourceID int64, c ListCapture, changes []ListChange) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO list_snapshots (source_id, url, format, version, body, entries, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (source_id) DO UPDATE SET url = excluded.url, format = excluded.format, version = excluded.version,
				body = excluded.body, entries = excluded.entries, taken_at = excluded.taken_at`,
			sourceID, c.URL, c.Format, c.Version, c.Body, c.Entries, ms(c.TakenAt)); err != nil {
			return err
		}
		if len(changes) == 0 {
			return nil
		}
		st, err := tx.PrepareContext(ctx, `
			INSERT INTO list_changes (source_id, version, op, entry_key, name, detail, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (source_id, version, op, entry_key) DO NOTHING`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, ch := range changes {
			if _, err := st.ExecContext(ctx, sourceID, c.Version, ch.Op, ch.Key, ch.Name, ch.Detail, ms(ch.At)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save list snapshot %d: %w", sourceID, err)
	}
	return nil
}

// ListChanges returns the recorded changes of the named list, newest
// first, at most limit (default 100); a non-zero at keeps the changes
// of the capture that changed the list then.
func (db *DB) ListChanges(ctx context.Context, name string, at time.Time, limit int) ([]ListChange, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := db.db.QueryContext(ctx, `
		SELECT c.op, c.entry_key, c.name, c.detail, c.changed_at, c.version
		FROM list_changes c JOIN sources s ON s.id = c.source_id
		WHERE s.name = ?1 AND (?2 = 0 OR c.changed_at = ?2) ORDER BY c.changed_at DESC, c.id LIMIT ?3`, name, ms(at), limit)
	if err != nil {
		return nil, fmt.Errorf("changes of list %s: %w", name, err)
	}
	defer rows.Close()
	var out []ListChange
	for rows.Next() {
		var c ListChange
		var at int64
		if err := rows.Scan(&c.Op, &c.Key, &c.Name, &c.Detail, &at, &c.Version); err != nil {
			return nil, fmt.Errorf("changes of list %s: %w", name, err)
		}
		c.At = fromMS(at)
		out = append(out, c)
	}
	return out, rows.Err()
}

// NewsVendors returns the names of vendors in no registry that articles
// named since since (alerts' unlisted vendors), so that a list naming one
// later is matched to it.
func (db *DB) NewsVendors(ctx context.Context, since time.Time) ([]string, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT DISTINCT v.vendor FROM alert_vendors v JOIN alerts a ON a.id = v.alert_id
		JOIN sources s ON s.name = a.source
		WHERE v.unlisted = 1 AND v.published >= ? AND s.is_list = 0 ORDER BY v.vendor`, ms(since))
	if err != nil {
		return nil, fmt.Errorf("news vendors: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("news vendors: %w", err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// sqlDay is the SQL for a UTC date in milliseconds (col) as "5 March
// 2024", the form lists use for the day a list changed.
func sqlDay(col string) string {
	t := "(" + col + ") / 1000, 'unixepoch'"
	return "(CAST(strftime('%d', " + t + ") AS INTEGER) || ' ' || CASE strftime('%m', " + t + ")" +
		" WHEN '01' THEN 'January' WHEN '02' THEN 'February' WHEN '03' THEN 'March' WHEN '04' THEN 'April'" +
		" WHEN '05' THEN 'May' WHEN '06' THEN 'June' WHEN '07' THEN 'July' WHEN '08' THEN 'August'" +
		" WHEN '09' THEN 'September' WHEN '10' THEN 'October' WHEN '11' THEN 'November' ELSE 'December' END" +
		" || ' ' || strftime('%Y', " + t + "))"
}
