// Package storage keeps vendorwatch's state in one SQLite file: feed
// sources and their fetch state, the articles seen in them and where,
// the alerts found in those articles, guild watchlists, channel
// subscriptions and the outbox of Discord messages to deliver.
//
// Open creates the file and applies the embedded migrations in order.
// Then the flow is: the poller stores a feed's new items (and their
// alerts) with SavePoll, which finds which items are new and in the same
// transaction routes
// each alert to the matching subscriptions as outbox rows and records the
// poll (concurrent feeds share one commit); the dispatcher takes
// PendingOutbox rows (the oldest per channel), sends them and marks them
// sent, retried or dropped; the bot reads alerts, watchlists and
// subscriptions.
//
// Times are stored as Unix milliseconds in UTC; 0 means "never" and reads
// back as the zero time.Time.
package storage

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/trust"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Errors callers branch on. Every other error is wrapped driver detail.
var (
	ErrNotFound = trust.ErrNotFound
	ErrExists   = trust.ErrExists
	ErrLimit    = trust.ErrLimit
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// dsnOptions are set on every pooled connection. WAL lets the bot read while
// the poller writes; busy_timeout makes concurrent writers wait instead of
// failing; _txlock=immediate takes the write lock at BEGIN so that a
// transaction never has to upgrade a read lock, which SQLite refuses with
// SQLITE_BUSY at once, busy_timeout or not. Reads outside transactions are
// not affected. temp_store=MEMORY keeps the savepoint journal SaveFeed's
// group commit writes (a copy of each page a feed changes that an earlier
// feed of the batch had changed) in memory: in a temporary file, its
// writes were a third of a full cycle's storage time.
const dsnOptions = "_pragma=busy_timeout(5000)" +
	"&_pragma=journal_mode(WAL)" +
	"&_pragma=foreign_keys(1)" +
	"&_pragma=synchronous(NORMAL)" +
	"&_pragma=temp_store(MEMORY)" +
	"&_txlock=immediate"

// maxConns bounds the connection pool.
const maxConns = 4

// DB is the vendorwatch database. It is safe for concurrent use.
type DB struct {
	db *sql.DB
	// now is the clock for the times SaveFeed and AddSubscription record;
	// tests replace it (SetClock).
	now func() time.Time
	// instance is a random tag made by the first migration; it goes into
	// every outbox nonce so that a recreated database cannot repeat the
	// nonces of recent messages (Discord dedupes on them for minutes).
	instance string
	// wmu serialises this process's writes. SQLite allows one writer at a
	// time and makes the others poll with sleeps, unfairly: with a dozen
	// polls storing at once some waited out busy_timeout and failed with
	// SQLITE_BUSY. A Go mutex queues them instead, without sleeping.
	wmu sync.Mutex
	// qmu guards queue, the SaveFeed calls waiting for wmu: whoever takes
	// wmu next stores them all in one transaction (see SaveFeed).
	qmu   sync.Mutex
	queue []*saveReq
	// stmts are SaveFeed's statements, prepared once (see saveStmts).
	stmts *saveStmts
	// lock is OpenDaemon's lock file, held until Close; nil from Open.
	lock *os.File
	// pollStmts are the statements every poll runs outside SaveFeed,
	// prepared once (sources.go).
	pollStmts stmtCache
}

// Open opens (creating if needed) the database file at path and applies
// any migrations it lacks.
func Open(ctx context.Context, path string) (*DB, error) {
	if err := checkPath(path); err != nil {
		return nil, err
	}
	sdb, err := sql.Open("sqlite", path+"?"+dsnOptions)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	return openOn(ctx, path, sdb)
}

// openOn is Open over a pool opened already (a test's counts statements).
func openOn(ctx context.Context, path string, sdb *sql.DB) (*DB, error) {
	// Every pooled connection keeps its own page cache (up to 2 MB) and
	// heap: with no cap, a thousand polls starting at once opened hundreds
	// of connections and took the daemon's peak memory past 300 MB. WAL
	// readers do not block each other, and writes take wmu anyway, so a
	// few connections serve a small machine.
	sdb.SetMaxOpenConns(maxConns)
	sdb.SetMaxIdleConns(maxConns)
	db := &DB{db: sdb, now: time.Now}
	if err := db.migrateRetrying(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	if err := sdb.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'instance'`).Scan(&db.instance); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("read instance tag: %w", err)
	}
	var err error
	if db.stmts, err = prepareSaveStmts(ctx, sdb); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// checkPath refuses a path that is empty or would end the file name in
// the DSN (options follow a '?').
func checkPath(path string) error {
	if path == "" || strings.ContainsRune(path, '?') {
		return fmt.Errorf("open database: bad path %q", path)
	}
	return nil
}

// Close closes the database, and releases OpenDaemon's lock.
func (db *DB) Close() error {
	db.stmts.close()
	db.pollStmts.close()
	err := db.db.Close()
	if db.lock != nil {
		err = errors.Join(err, db.lock.Close())
	}
	return err
}

// Ping checks that the database answers.
func (db *DB) Ping(ctx context.Context) error {
	var one int
	if err := db.db.QueryRowContext(ctx, `SELECT 1`).Scan(&one); err != nil {
		return fmt.Errorf("ping database: %w", err)
	}
	return nil
}

type migration struct {
	version int
	name    string
	sql     string
}

// migrations reads the embedded NNNN_name.sql files in version order.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration file %q: want NNNN_name.sql", e.Name())
		}
		b, err := migrationFS.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i := 1; i < len(out); i++ {
		if out[i].version == out[i-1].version {
			return nil, fmt.Errorf("two migrations numbered %d", out[i].version)
		}
	}
	return out, nil
}

// migrate applies the missing migrations, each in its own transaction. The
// version check runs inside the (immediate) transaction, so two processes
// opening a new file at once do not apply a migration twice.
// migrateRetrying is migrate, tried again while SQLite answers busy. Two
// processes opening the same new file at once (a daemon starting and a
// command reading its database) both set it to WAL and create tables, and
// switching a new file's journal mode fails at once with SQLITE_BUSY,
// without waiting out busy_timeout. Every migration checks in its own
// transaction whether it ran, so trying again is safe.
func (db *DB) migrateRetrying(ctx context.Context) error {
	wait := 10 * time.Millisecond
	for deadline := time.Now().Add(10 * time.Second); ; {
		err := db.migrate(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return err
		}
		wait = min(2*wait, 500*time.Millisecond)
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY (any extended code).
func isBusy(err error) bool {
	var coded interface{ Code() int }
	return errors.As(err, &coded) && coded.Code()&0xff == 5
}

func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at INTEGER NOT NULL
	)`); err != nil {
		return err
	}
	for _, m := range ms {
		err := db.inTx(ctx, func(tx *sql.Tx) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, time.Now().UnixMilli())
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %04d_%s: %w", m.version, m.name, err)
		}
	}
	return nil
}

// inTx runs fn in a transaction, committing when it returns nil.
func (db *DB) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	db.wmu.Lock()
	defer db.wmu.Unlock()
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// queryer is what *sql.DB and *sql.Tx share, so that readers can run inside
// or outside a transaction.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// ms turns t into stored Unix milliseconds; the zero time is 0.
func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// fromMS is the inverse of ms.
func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v).UTC()
}

// clip shortens s to at most n bytes on a rune boundary: error texts from
// feeds and Discord can be pages long and we only need their start.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
