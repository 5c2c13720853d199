package storage

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"modernc.org/sqlite"
)

// stmtCount counts what a pool sent to SQLite: statements run (each Exec
// or Query, transactions' BEGIN and COMMIT included) and statements
// prepared.
type stmtCount struct{ run, prepared atomic.Int64 }

// openCountingDB is openTestDB over a driver that counts statements.
func openCountingDB(tb testing.TB) (*DB, *stmtCount) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "count.db")
	c := &stmtCount{}
	db, err := openOn(context.Background(), path, sql.OpenDB(countingConnector{dsn: path + "?" + dsnOptions, c: c}))
	if err != nil {
		tb.Fatal(err)
	}
	db.now = func() time.Time { return t0 }
	tb.Cleanup(func() { db.Close() })
	return db, c
}

type countingConnector struct {
	dsn string
	c   *stmtCount
}

func (k countingConnector) Connect(context.Context) (driver.Conn, error) {
	conn, err := (&sqlite.Driver{}).Open(k.dsn)
	if err != nil {
		return nil, err
	}
	return countingConn{conn, k.c}, nil
}

func (k countingConnector) Driver() driver.Driver { return &sqlite.Driver{} }

// countingConn passes everything to modernc's connection and counts it.
type countingConn struct {
	driver.Conn
	c *stmtCount
}

type fullConn interface {
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.ConnBeginTx
}

func (k countingConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	k.c.prepared.Add(1)
	s, err := k.Conn.(fullConn).PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	return countingStmt{s, k.c}, nil
}

func (k countingConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	k.c.run.Add(1)
	return k.Conn.(fullConn).ExecContext(ctx, q, args)
}

func (k countingConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	k.c.run.Add(1)
	return k.Conn.(fullConn).QueryContext(ctx, q, args)
}

func (k countingConn) BeginTx(ctx context.Context, o driver.TxOptions) (driver.Tx, error) {
	k.c.run.Add(1)
	tx, err := k.Conn.(fullConn).BeginTx(ctx, o)
	if err != nil {
		return nil, err
	}
	return countingTx{tx, k.c}, nil
}

type countingTx struct {
	driver.Tx
	c *stmtCount
}

func (t countingTx) Commit() error { t.c.run.Add(1); return t.Tx.Commit() }

type countingStmt struct {
	driver.Stmt
	c *stmtCount
}

type fullStmt interface {
	driver.StmtExecContext
	driver.StmtQueryContext
}

func (s countingStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.c.run.Add(1)
	return s.Stmt.(fullStmt).ExecContext(ctx, args)
}

func (s countingStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.c.run.Add(1)
	return s.Stmt.(fullStmt).QueryContext(ctx, args)
}
