package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// maxRowsPerInsert is the most rows one multi-row insert of SaveFeed
// stores. A feed's new items go in chunks of a power of two up to it (a
// feed of 25: 16, 8 and 1), so that a handful of statement texts, prepared
// once, serve every feed size.
const maxRowsPerInsert = 32

// saveStmts are SaveFeed's statements, prepared once when the database is
// opened and reused by every transaction (Tx.StmtContext finds a
// statement already prepared on the transaction's connection): prepared
// per transaction, they were a sixth of the write path's time in the
// ingest profile, and statements run without arguments (a savepoint) are
// prepared again on every call by the driver.
type saveStmts struct {
	savepoint, release, rollbackTo *sql.Stmt
	knownKeys                      *sql.Stmt
	postsPerPoll                   *sql.Stmt
	recordSuccess, recordNotMod    *sql.Stmt
	// insertItems[k] and insertSightings[k] store 1<<k rows.
	insertItems, insertSightings []*sql.Stmt
	insertItem                   *sql.Stmt // one article, for an item without a link (LastInsertId)
	itemByLink                   *sql.Stmt
}

func prepareSaveStmts(ctx context.Context, db *sql.DB) (*saveStmts, error) {
	st := &saveStmts{}
	var all []*sql.Stmt
	prep := func(dst **sql.Stmt, q string) error {
		s, err := db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %q: %w", strings.Fields(q)[0], err)
		}
		all = append(all, s)
		*dst = s
		return nil
	}
	list := []struct {
		dst **sql.Stmt
		q   string
	}{
		{&st.savepoint, `SAVEPOINT feed`},
		{&st.release, `RELEASE feed`},
		{&st.rollbackTo, `ROLLBACK TO feed`},
		{&st.knownKeys, sqlKnownKeys},
		{&st.postsPerPoll, `SELECT value FROM meta WHERE key = '` + metaPostsPerPoll + `'`},
		{&st.recordSuccess, sqlRecordSuccess},
		{&st.recordNotMod, sqlRecordNotModified},
		{&st.insertItem, sqlInsertItem},
		{&st.itemByLink, sqlItemByLink},
	}
	for n := 1; n <= maxRowsPerInsert; n *= 2 {
		st.insertItems = append(st.insertItems, nil)
		st.insertSightings = append(st.insertSightings, nil)
	}
	for k := range st.insertItems {
		list = append(list,
			struct {
				dst **sql.Stmt
				q   string
			}{&st.insertItems[k], sqlInsertItems(1 << k)},
			struct {
				dst **sql.Stmt
				q   string
			}{&st.insertSightings[k], sqlInsertSightings(1 << k)})
	}
	for _, p := range list {
		if err := prep(p.dst, p.q); err != nil {
			for _, s := range all {
				s.Close()
			}
			return nil, err
		}
	}
	return st, nil
}

func (st *saveStmts) close() {
	if st == nil {
		return
	}
	for _, s := range []*sql.Stmt{st.savepoint, st.release, st.rollbackTo, st.knownKeys, st.postsPerPoll,
		st.recordSuccess, st.recordNotMod, st.insertItem, st.itemByLink} {
		s.Close()
	}
	for _, s := range append(append([]*sql.Stmt(nil), st.insertItems...), st.insertSightings...) {
		s.Close()
	}
}

// sqlKnownKeys finds which of a JSON array of keys the source has stored,
// and as which article. One JSON parameter instead of one per key keeps
// clear of SQLite's variable limit whatever the feed's size.
const sqlKnownKeys = `
	SELECT key, item_id FROM sightings
	WHERE source_id = ? AND key IN (SELECT value FROM json_each(?))`

// sqlInsertItems stores n articles that have a canonical link and returns
// the ones that were new: an article whose link is stored already is not
// returned (RETURNING reports inserted rows only, in no promised order,
// so the caller matches them by link).
func sqlInsertItems(n int) string {
	var b strings.Builder
	b.WriteString(`INSERT INTO items (source_id, title, link, canonical_link, published, date_known, first_seen) VALUES `)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`(?, ?, ?, ?, ?, ?, ?)`)
	}
	b.WriteString(` ON CONFLICT DO NOTHING RETURNING id, canonical_link`)
	return b.String()
}

// sqlInsertSightings records n sightings whose keys the transaction has
// found new.
func sqlInsertSightings(n int) string {
	var b strings.Builder
	b.WriteString(`INSERT INTO sightings (source_id, key, item_id, seen_at) VALUES `)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`(?, ?, ?, ?)`)
	}
	b.WriteString(` ON CONFLICT DO NOTHING`)
	return b.String()
}

// chunks splits n rows into runs of powers of two, largest first, each at
// most maxRowsPerInsert; it returns each run's size exponent.
func chunks(n int) []int {
	var out []int
	for n > 0 {
		k := 0
		for (2 << k) <= min(n, maxRowsPerInsert) {
			k++
		}
		out = append(out, k)
		n -= 1 << k
	}
	return out
}
