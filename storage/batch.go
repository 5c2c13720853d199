package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// SaveItems stores a source's feed items and, for each new article whose
// alert is not nil, the alert, its vendors and one outbox row per channel
// with a matching subscription, all in one transaction, with its
// statements prepared once: per-item transactions made a full cycle over
// 1,000 feeds spend most of its storage time committing (one WAL append
// per item) and re-preparing the same three statements. alerts[i] is
// items[i]'s alert or nil; alerts may be nil for none. On error nothing is
// stored.
//
// An alert is routed to an enabled subscription of guild G when one of its
// vendors is global or G's own, its severity is at least the
// subscription's minimum, and the subscription is for every vendor or for
// one of those visible vendors.
func (db *DB) SaveItems(ctx context.Context, sourceID int64, items []trust.Item, alerts []*trust.Alert) ([]SaveResult, error) {
	return db.SaveFeed(ctx, sourceID, items, alerts, nil)
}

// PollSuccess is what SaveFeed records about a successful fetch.
type PollSuccess struct {
	ETag, LastModified string
	At, Next           time.Time
	// NotModified records a 304 answer: the validators stay as they are
	// (ETag and LastModified are not read), and so does the seeded mark.
	NotModified bool
}

// SaveFeed is SaveItems and, when ok is not nil, the record of a
// successful poll (new validators, failures reset, source seeded), in the
// same transaction: the validators are never stored without the
// items they vouch for, and one poll costs one commit. It is SavePoll
// with alerts made beforehand.
func (db *DB) SaveFeed(ctx context.Context, sourceID int64, items []trust.Item, alerts []*trust.Alert, ok *PollSuccess) ([]SaveResult, error) {
	if alerts != nil && len(alerts) != len(items) {
		return nil, fmt.Errorf("save items: %d alerts for %d items", len(alerts), len(items))
	}
	var alertFor func(int) *trust.Alert
	if alerts != nil {
		alertFor = func(i int) *trust.Alert { return alerts[i] }
	}
	return db.SavePoll(ctx, sourceID, items, alertFor, ok)
}

// SavePoll stores a poll of a source: of items, those whose key the
// source has not stored, each with the alert alertFor(i) makes of
// items[i] (nil: none; alertFor nil: no alerts), and, when ok is not nil,
// the poll's success, in one transaction. Which keys are new is read in
// that transaction, in one statement, so alertFor runs only for new keys
// (while the writer is held: it should be quick, like the matcher) and
// a key stored by a concurrent poll of the same source is never stored
// or alerted twice. A result's New is false for a key already stored.
//
// Concurrent calls share a commit (group commit): a caller that finds the
// writer busy queues its feed, and whoever takes the write lock next
// stores every queued feed, each inside its own savepoint so that one
// feed's error undoes only that feed, and commits once. In the ingest
// profile each commit's WAL writes (a pwrite per dirty page, and the same
// index pages dirtied by every feed) were half of the storage time.
func (db *DB) SavePoll(ctx context.Context, sourceID int64, items []trust.Item, alertFor func(int) *trust.Alert, ok *PollSuccess) ([]SaveResult, error) {
	for _, it := range items {
		if it.Key == "" {
			return nil, fmt.Errorf("save items: empty key")
		}
	}
	if len(items) == 0 && ok == nil {
		return nil, nil
	}
	req := &saveReq{ctx: ctx, sourceID: sourceID, items: items, alertFor: alertFor, ok: ok, done: make(chan struct{})}
	if err := db.save(ctx, req); err != nil {
		return nil, fmt.Errorf("save items of source %d: %w", sourceID, err)
	}
	return req.res, nil
}

// save queues req for the writer and waits until it is stored, by this
// call or by another holding the write lock (see SaveFeed).
func (db *DB) save(ctx context.Context, req *saveReq) error {
	db.qmu.Lock()
	db.queue = append(db.queue, req)
	db.qmu.Unlock()

	db.wmu.Lock()
	select {
	case <-req.done: // an earlier holder of the lock stored it
		db.wmu.Unlock()
	default:
		db.qmu.Lock()
		batch := db.queue
		db.queue = nil
		db.qmu.Unlock()
		db.saveBatch(ctx, batch)
		db.wmu.Unlock()
	}
	<-req.done
	return req.err
}

// saveReq is one SaveFeed call waiting to be stored.
type saveReq struct {
	ctx      context.Context
	sourceID int64
	items    []trust.Item
	alertFor func(int) *trust.Alert // nil: no alerts
	ok       *PollSuccess
	res      []SaveResult
	notices  int // recovery notices queued with the success
	err      error
	done     chan struct{}
}

// saveBatch stores the queued feeds in one transaction, one savepoint
// each, and completes every request. The caller holds wmu. The transaction
// does not end with the context of the caller that happens to run it: the
// other callers' feeds are in it too, and each request's own context is
// checked before its feed is stored.
func (db *DB) saveBatch(ctx context.Context, batch []*saveReq) {
	defer func() {
		for _, r := range batch {
			close(r.done)
		}
	}()
	fail := func(err error) {
		for _, r := range batch {
			if r.err == nil {
				r.err, r.res = err, nil
			}
		}
	}
	tctx := context.WithoutCancel(ctx)
	tx, err := db.db.BeginTx(tctx, nil)
	if err != nil {
		fail(err)
		return
	}
	w := &feedWriter{tx: tx, st: db.stmts, now: db.now()}
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.err = err
			continue
		}
		if _, err := w.stmt(tctx, w.st.savepoint).ExecContext(tctx); err != nil {
			tx.Rollback()
			fail(err)
			return
		}
		// tctx, not r.ctx: a statement interrupted by a cancelled context
		// can roll back the whole transaction, other feeds included.
		r.res, r.err = db.saveFeedWith(tctx, w, r)
		ends := []*sql.Stmt{w.st.release}
		if r.err != nil {
			r.res = nil
			ends = []*sql.Stmt{w.st.rollbackTo, w.st.release}
		}
		for _, q := range ends {
			if _, err := w.stmt(tctx, q).ExecContext(tctx); err != nil {
				tx.Rollback()
				fail(err)
				return
			}
		}
	}
	if err := tx.Commit(); err != nil {
		fail(fmt.Errorf("commit: %w", err))
	}
}

// feedWriter is one saveBatch transaction with its statements.
type feedWriter struct {
	tx  *sql.Tx
	st  *saveStmts
	now time.Time
}

// stmt is s for the transaction, on the connection it was prepared on
// already (see saveStmts).
func (w *feedWriter) stmt(ctx context.Context, s *sql.Stmt) *sql.Stmt {
	return w.tx.StmtContext(ctx, s)
}

// saveFeedWith stores one request's items and records its success, in
// three statements for a feed of new items with links (the known keys,
// the articles, the sightings) and a few more for each run of 32 items:
// one statement per item (and one more per feed asking for the known keys
// beforehand, outside the transaction) was a third of a full cycle's
// storage time. Alerts, rare, are stored one by one as before.
func (db *DB) saveFeedWith(ctx context.Context, w *feedWriter, r *saveReq) ([]SaveResult, error) {
	out := make([]SaveResult, len(r.items))
	fresh, dups, err := w.newKeys(ctx, r.sourceID, r.items, out)
	if err != nil {
		return nil, err
	}
	if err := w.insertArticles(ctx, r.sourceID, r.items, fresh, out); err != nil {
		return nil, err
	}
	if err := w.insertSightings(ctx, r.sourceID, r.items, fresh, out); err != nil {
		return nil, err
	}
	for _, d := range dups { // the same key twice in one call: the first is the one stored
		out[d[0]] = SaveResult{ItemID: out[d[1]].ItemID}
	}
	var owners *feedOwners
	var pc *pollCap
	for _, i := range fresh {
		var al *trust.Alert
		if r.alertFor != nil {
			al = r.alertFor(i)
		}
		if al == nil {
			continue
		}
		if owners == nil {
			if owners, err = ownersOf(ctx, w.tx, r.sourceID); err != nil {
				return nil, err
			}
			if pc, err = newPollCap(ctx, w.stmt(ctx, w.st.postsPerPoll)); err != nil {
				return nil, err
			}
		}
		if err := db.saveAlert(ctx, w.tx, &out[i], al, owners, pc, w.now); err != nil {
			return nil, fmt.Errorf("save item %s: %w", r.items[i].Key, err)
		}
	}
	// The feed's alerts are stored: route them, most severe first, within
	// what one poll may post to a channel.
	if pc != nil && len(pc.pending) > 0 {
		counts, err := pc.route(ctx, w.tx, db.now())
		if err != nil {
			return nil, err
		}
		for i := range out {
			out[i].Outbox += counts[out[i].AlertID]
		}
	}
	if ok := r.ok; ok != nil {
		var down int
		var err error
		if ok.NotModified {
			err = w.stmt(ctx, w.st.recordNotMod).QueryRowContext(ctx, ms(ok.At), ms(ok.At), ms(ok.Next), r.sourceID).Scan(&down)
		} else {
			err = w.stmt(ctx, w.st.recordSuccess).QueryRowContext(ctx, ok.ETag, ok.LastModified, ms(ok.At), ms(ok.At), ms(ok.Next), r.sourceID).Scan(&down)
		}
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("record success: %w", ErrNotFound)
		}
		if err != nil {
			return nil, fmt.Errorf("record success: %w", err)
		}
		if down == 1 {
			if r.notices, err = recovered(ctx, w.tx, r.sourceID, ok.At); err != nil {
				return nil, fmt.Errorf("record recovery: %w", err)
			}
		}
	}
	return out, nil
}

// newKeys reads which of items' keys the source has stored, in one
// statement of the transaction that stores the rest, and fills their
// results (New false, the stored article). It returns the indexes of the
// items to store, in order, and the pairs {i, j} of an item i whose key
// item j earlier in the same call has.
func (w *feedWriter) newKeys(ctx context.Context, sourceID int64, items []trust.Item, out []SaveResult) (fresh []int, dups [][2]int, err error) {
	if len(items) == 0 {
		return nil, nil, nil
	}
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = it.Key
	}
	list, err := json.Marshal(keys)
	if err != nil {
		return nil, nil, fmt.Errorf("known keys: %w", err)
	}
	rows, err := w.stmt(ctx, w.st.knownKeys).QueryContext(ctx, sourceID, string(list))
	if err != nil {
		return nil, nil, fmt.Errorf("known keys: %w", err)
	}
	defer rows.Close()
	known := map[string]int64{}
	for rows.Next() {
		var k string
		var id int64
		if err := rows.Scan(&k, &id); err != nil {
			return nil, nil, fmt.Errorf("known keys: %w", err)
		}
		known[k] = id
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("known keys: %w", err)
	}
	first := make(map[string]int, len(items))
	for i, it := range items {
		if id, ok := known[it.Key]; ok {
			out[i] = SaveResult{ItemID: id}
			continue
		}
		if j, ok := first[it.Key]; ok {
			dups = append(dups, [2]int{i, j})
			continue
		}
		first[it.Key] = i
		fresh = append(fresh, i)
	}
	return fresh, dups, nil
}

// insertArticles stores the articles of items[fresh], in order, and
// fills their results: New, and the article (SeenElsewhere when its
// canonical link was stored already, by another feed or by an earlier item
// of this one). Runs of items with a canonical link go in multi-row
// inserts; the rare item without one is stored alone, as its row can be
// told apart by nothing else.
func (w *feedWriter) insertArticles(ctx context.Context, sourceID int64, items []trust.Item, fresh []int, out []SaveResult) error {
	ids := map[string]int64{} // the articles inserted, by link
	var linked, run []int
	args := make([]any, 0, 7*maxRowsPerInsert)
	flush := func() error {
		for _, k := range chunks(len(run)) {
			part := run[:1<<k]
			run = run[1<<k:]
			args = args[:0]
			for _, i := range part {
				it := items[i]
				args = append(args, sourceID, it.Title, it.Link, it.CanonicalLink, ms(it.Published), boolInt(it.DateKnown), ms(w.now))
			}
			rows, err := w.stmt(ctx, w.st.insertItems[k]).QueryContext(ctx, args...)
			if err != nil {
				return fmt.Errorf("insert items: %w", err)
			}
			for rows.Next() {
				var id int64
				var link string
				if err := rows.Scan(&id, &link); err != nil {
					rows.Close()
					return fmt.Errorf("insert items: %w", err)
				}
				ids[link] = id
			}
			if err := rows.Close(); err != nil {
				return fmt.Errorf("insert items: %w", err)
			}
			if err := rows.Err(); err != nil {
				return fmt.Errorf("insert items: %w", err)
			}
		}
		return nil
	}
	for _, i := range fresh {
		out[i].New = true
		if items[i].CanonicalLink != "" {
			linked = append(linked, i)
			run = append(run, i)
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		it := items[i]
		res, err := w.stmt(ctx, w.st.insertItem).ExecContext(ctx, sourceID, it.Title, it.Link, nil, ms(it.Published), boolInt(it.DateKnown), ms(w.now))
		if err == nil {
			out[i].ItemID, err = res.LastInsertId()
		}
		if err != nil {
			return fmt.Errorf("insert item %s: %w", it.Key, err)
		}
	}
	if err := flush(); err != nil {
		return err
	}
	claimed := make(map[string]bool, len(ids))
	for _, i := range linked {
		link := items[i].CanonicalLink
		if id, ok := ids[link]; ok {
			out[i].ItemID = id
			if !claimed[link] { // the first item with the link is the one inserted
				claimed[link] = true
				continue
			}
			out[i].SeenElsewhere = true
			continue
		}
		out[i].SeenElsewhere = true
		if err := w.stmt(ctx, w.st.itemByLink).QueryRowContext(ctx, link).Scan(&out[i].ItemID); err != nil {
			return fmt.Errorf("insert item %s: %w", items[i].Key, err)
		}
	}
	return nil
}

// insertSightings records the sightings of items[fresh] (keys newKeys
// found new, so every row is stored).
func (w *feedWriter) insertSightings(ctx context.Context, sourceID int64, items []trust.Item, fresh []int, out []SaveResult) error {
	args := make([]any, 0, 4*maxRowsPerInsert)
	rest := fresh
	for _, k := range chunks(len(fresh)) {
		run := rest[:1<<k]
		rest = rest[1<<k:]
		args = args[:0]
		for _, i := range run {
			args = append(args, sourceID, items[i].Key, out[i].ItemID, ms(w.now))
		}
		res, err := w.stmt(ctx, w.st.insertSightings[k]).ExecContext(ctx, args...)
		var n int64
		if err == nil {
			n, err = res.RowsAffected()
		}
		if err != nil {
			return fmt.Errorf("insert sightings: %w", err)
		}
		if n != int64(len(run)) {
			return fmt.Errorf("insert sightings: %d of %d keys were stored meanwhile", int64(len(run))-n, len(run))
		}
	}
	return nil
}

// saveAlert stores the alert of a new item whose article and sighting
// are stored (res), as saveItemWith does after them.
func (db *DB) saveAlert(ctx context.Context, tx *sql.Tx, res *SaveResult, alert *trust.Alert, owners *feedOwners, pc *pollCap, now time.Time) error {
	if owners.server {
		alert.Vendors = trust.GuildOnly(alert.Vendors, owners.guilds)
	}
	if res.SeenElsewhere {
		// The article's alert, if some guilds' own feed made it, now
		// reaches those who see this feed too. Nothing else is new.
		return widen(ctx, tx, res.ItemID, alert, owners.server, now)
	}
	var err error
	if res.AlertID, err = insertAlert(ctx, tx, res.ItemID, alert, owners.server, now); err != nil || res.AlertID == 0 {
		return err // 0: coverage that joined no event is no alert
	}
	pc.pending = append(pc.pending, routeReq{alertID: res.AlertID, sev: alert.Severity})
	return nil
}

// itemStmts are the per-item statements, prepared once per transaction.
type itemStmts struct {
	insertItem, itemByLink, insertSighting, sighting, deleteItem *sql.Stmt
}

func prepareItemStmts(ctx context.Context, tx *sql.Tx) (*itemStmts, error) {
	var st itemStmts
	for _, p := range []struct {
		dst **sql.Stmt
		q   string
	}{
		{&st.insertItem, sqlInsertItem},
		{&st.itemByLink, sqlItemByLink},
		{&st.insertSighting, sqlInsertSighting},
		{&st.sighting, sqlSighting},
		{&st.deleteItem, sqlDeleteItem},
	} {
		s, err := tx.PrepareContext(ctx, p.q)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = s
	}
	return &st, nil
}

func (st *itemStmts) close() {
	for _, s := range []*sql.Stmt{st.insertItem, st.itemByLink, st.insertSighting, st.sighting, st.deleteItem} {
		if s != nil {
			s.Close()
		}
	}
}

const (
	// Exec with LastInsertId, not RETURNING: the RETURNING row cost a
	// third more per insert (modernc's step, then database/sql's Rows).
	sqlInsertItem = `
		INSERT INTO items (source_id, title, link, canonical_link, published, date_known, first_seen)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`
	sqlItemByLink     = `SELECT id FROM items WHERE canonical_link = ?`
	sqlInsertSighting = `INSERT INTO sightings (source_id, key, item_id, seen_at) VALUES (?, ?, ?, ?)
		ON CONFLICT DO NOTHING`
	sqlSighting   = `SELECT item_id FROM sightings WHERE source_id = ? AND key = ?`
	sqlDeleteItem = `DELETE FROM items WHERE id = ?`
)

// saveItemWith stores one item over statements prepared once per
// transaction: RawFill's path (the synthetic histories of benchmarks), and
// the baseline of BenchmarkSaveFeedStatements; SaveFeed stores runs of
// items instead (saveFeedWith). It does not ask first whether the source
// has the key: the sighting's insert finds a known key, and the rare
// article inserted for nothing is taken back. With pc, a new alert is left
// to pc to route once the whole feed is stored; without, it is routed at
// once, with no limit. owners are the feed's owning guilds (nil: a
// built-in source's).
func (db *DB) saveItemWith(ctx context.Context, tx *sql.Tx, st *itemStmts, sourceID int64, it trust.Item, alert *trust.Alert, owners *feedOwners, pc *pollCap) (SaveResult, error) {
	res := SaveResult{New: true}
	now := db.now()
	var canonical any // NULL, not '', when there is no link: NULLs never collide
	if it.CanonicalLink != "" {
		canonical = it.CanonicalLink
	}
	ins, err := st.insertItem.ExecContext(ctx, sourceID, it.Title, it.Link, canonical, ms(it.Published), boolInt(it.DateKnown), ms(now))
	var n int64
	if err == nil {
		n, err = ins.RowsAffected()
	}
	switch {
	case err != nil:
	case n == 0: // the canonical link is stored already
		res.SeenElsewhere = true
		err = st.itemByLink.QueryRowContext(ctx, canonical).Scan(&res.ItemID)
	default:
		res.ItemID, err = ins.LastInsertId()
	}
	if err != nil {
		return res, fmt.Errorf("insert item: %w", err)
	}
	sighted, err := st.insertSighting.ExecContext(ctx, sourceID, it.Key, res.ItemID, ms(now))
	if err == nil {
		n, err = sighted.RowsAffected()
	}
	if err != nil {
		return res, fmt.Errorf("insert sighting: %w", err)
	}
	if n == 0 { // the source has the key: nothing is new
		if !res.SeenElsewhere {
			if _, err := st.deleteItem.ExecContext(ctx, res.ItemID); err != nil {
				return res, fmt.Errorf("undo item: %w", err)
			}
		}
		known := SaveResult{}
		if err := st.sighting.QueryRowContext(ctx, sourceID, it.Key).Scan(&known.ItemID); err != nil {
			return res, fmt.Errorf("known sighting: %w", err)
		}
		return known, nil
	}
	if alert == nil {
		return res, nil
	}
	if owners == nil {
		owners = &feedOwners{}
	}
	if owners.server {
		alert.Vendors = trust.GuildOnly(alert.Vendors, owners.guilds)
	}
	if res.SeenElsewhere {
		// The article's alert, if some guilds' own feed made it, now
		// reaches those who see this feed too. Nothing else is new.
		return res, widen(ctx, tx, res.ItemID, alert, owners.server, now)
	}
	if res.AlertID, err = insertAlert(ctx, tx, res.ItemID, alert, owners.server, now); err != nil || res.AlertID == 0 {
		return res, err // 0: coverage that joined no event is no alert
	}
	if pc != nil {
		pc.pending = append(pc.pending, routeReq{alertID: res.AlertID, sev: alert.Severity})
		return res, nil
	}
	if res.Outbox, err = route(ctx, tx, res.AlertID, alert.Severity, now, nil); err != nil {
		return res, err
	}
	return res, nil
}

// feedOwners says whose a feed's alerts are: everyone's (a built-in
// source), or, for a guilds' own feed (server), the guilds that added it.
type feedOwners struct {
	server bool
	guilds []string
}

// ownersOf reads whose the source's alerts are, in the transaction that
// stores them, so that a guild removing the feed meanwhile is respected.
func ownersOf(ctx context.Context, tx *sql.Tx, sourceID int64) (*feedOwners, error) {
	var o feedOwners
	if err := tx.QueryRowContext(ctx, `SELECT server FROM sources WHERE id = ?`, sourceID).Scan(&o.server); err != nil {
		return nil, fmt.Errorf("source %d: %w", sourceID, err)
	}
	if !o.server {
		return &o, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT guild_id FROM source_guilds WHERE source_id = ? ORDER BY guild_id`, sourceID)
	if err != nil {
		return nil, fmt.Errorf("guilds of source %d: %w", sourceID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var g string
		if err := rows.Scan(&g); err != nil {
			return nil, fmt.Errorf("guilds of source %d: %w", sourceID, err)
		}
		o.guilds = append(o.guilds, g)
	}
	return &o, rows.Err()
}

// widen opens an article's alert that only some guilds see (it came from
// their own feed) to the readers of another feed that carries the same
// article: to everyone when that feed is built in, to its guilds when it
// is theirs. a is that feed's alert (its vendors restricted already); the
// stored alert is routed again, and a channel that has it keeps one copy
// (the outbox is unique per alert and channel).
func widen(ctx context.Context, tx *sql.Tx, itemID int64, a *trust.Alert, guildOnly bool, now time.Time) error {
	var id int64
	var only bool
	var sev int
	err := tx.QueryRowContext(ctx, `SELECT id, guild_only, severity FROM alerts WHERE item_id = ?`, itemID).Scan(&id, &only, &sev)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !only) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("widen alert: %w", err)
	}
	added, err := insertAlertVendors(ctx, tx, id, a)
	if err != nil {
		return fmt.Errorf("widen alert %d: %w", id, err)
	}
	if !guildOnly {
		// Now everyone's: a guild's row for a vendor that is global adds
		// nothing, as in insertAlert.
		for _, q := range []string{
			`UPDATE alerts SET guild_only = 0 WHERE id = ?1`,
			`DELETE FROM alert_vendors WHERE alert_id = ?1 AND guild <> ''
				AND vendor IN (SELECT vendor FROM alert_vendors WHERE alert_id = ?1 AND guild = '')`,
		} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return fmt.Errorf("widen alert %d: %w", id, err)
			}
		}
	}
	if added == 0 {
		return nil
	}
	if _, err := route(ctx, tx, id, trust.Severity(sev), now, nil); err != nil {
		return fmt.Errorf("widen alert %d: %w", id, err)
	}
	return nil
}
