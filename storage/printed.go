package storage

import (
	"context"
	"fmt"
	"strconv"

	"github.com/vendorwatch/vendorwatch/trust"
)

// metaPrinted is the meta key of the token-less daemon's print mark: the
// id of the last alert it printed. Printing from the database above the
// mark, not after the commit, means an alert committed by a process killed
// before it printed is printed at the next start.
const metaPrinted = "printed_up_to_alert"

// StartPrinting returns the print mark, setting it first, when the
// database has none, to the newest alert: a database that posted to
// Discord, or a new one, prints only what is stored from now on.
func (db *DB) StartPrinting(ctx context.Context) (int64, error) {
	db.wmu.Lock()
	_, err := db.db.ExecContext(ctx, `INSERT INTO meta (key, value)
		SELECT ?, CAST(coalesce(max(id), 0) AS TEXT) FROM alerts WHERE true
		ON CONFLICT (key) DO NOTHING`, metaPrinted)
	db.wmu.Unlock()
	if err != nil {
		return 0, fmt.Errorf("start printing: %w", err)
	}
	var v string
	if err := db.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaPrinted).Scan(&v); err != nil {
		return 0, fmt.Errorf("print mark: %w", err)
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("print mark %q: %w", v, err)
	}
	return id, nil
}

// SetPrinted moves the print mark to alert id, once it is printed.
func (db *DB) SetPrinted(ctx context.Context, id int64) error {
	db.wmu.Lock()
	defer db.wmu.Unlock()
	_, err := db.db.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, metaPrinted, strconv.FormatInt(id, 10))
	if err != nil {
		return fmt.Errorf("set print mark: %w", err)
	}
	return nil
}

// ForgetPrinted drops the print mark: a daemon posting to Discord delivers
// through the outbox, and a later token-less start must not print again
// what it posted.
func (db *DB) ForgetPrinted(ctx context.Context) error {
	db.wmu.Lock()
	defer db.wmu.Unlock()
	if _, err := db.db.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, metaPrinted); err != nil {
		return fmt.Errorf("forget print mark: %w", err)
	}
	return nil
}

// AlertsAfter returns up to limit alerts with ids above after, in id
// order (the order they were stored).
func (db *DB) AlertsAfter(ctx context.Context, after int64, limit int) ([]trust.Alert, error) {
	alerts, err := db.queryAlerts(ctx, db.db, `SELECT `+alertColumns+` FROM alerts a WHERE a.id > ? ORDER BY a.id LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("alerts after %d: %w", after, err)
	}
	return alerts, nil
}
