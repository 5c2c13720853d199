package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The methods in this file are hooks for tests. Package storagetest
// builds on them what tests of other packages and the bench command need
// and the daemon does not: a channel's whole outbox, a synthetic history.
// RawQuery, RawAlerts, RawMonths and RawFill reach below this package's
// API; nothing but storagetest calls them.

// SetClock replaces the clock the database stamps rows with and routes by
// (quiet hours, mutes), for tests that move time. Call it before use.
func (db *DB) SetClock(now func() time.Time) { db.now = now }

// RawQuery runs a read-only query outside any transaction.
func (db *DB) RawQuery(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return db.db.QueryContext(ctx, query, args...)
}

// RawAlerts runs a query selecting the columns of an alert and returns
// the alerts with their vendors, as the storage methods that return
// alerts read them.
func (db *DB) RawAlerts(ctx context.Context, query string, args ...any) ([]trust.Alert, error) {
	return db.queryAlerts(ctx, db.db, query, args...)
}

// RawMonths runs a query selecting a month ("2006-01"), a category and a
// count, and returns the counts as AlertMonths reads them.
func (db *DB) RawMonths(ctx context.Context, query string, args ...any) ([]trust.MonthCount, error) {
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("alert months: %w", err)
	}
	return scanMonths(rows)
}

// OutboxNonce returns the nonce of the outbox row id, as PendingOutbox
// gives it.
func (db *DB) OutboxNonce(id int64) string { return db.nonce(id) }

// RawFill runs fn in one write transaction. In fn, save stores an item of
// a source, and its alert when not nil, in tx as SaveItems does: alert
// vendors, event and routing included, but routed at once, without the
// limit of posts per poll.
func (db *DB) RawFill(ctx context.Context, fn func(tx *sql.Tx, save func(sourceID int64, it trust.Item, alert *trust.Alert) error) error) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		st, err := prepareItemStmts(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		return fn(tx, func(sourceID int64, it trust.Item, alert *trust.Alert) error {
			_, err := db.saveItemWith(ctx, tx, st, sourceID, it, alert, nil, nil) // a built-in source's, routed at once
			return err
		})
	})
}
