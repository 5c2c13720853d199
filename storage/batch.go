package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
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
// items they vouch for, and one poll costs one commit.
//
// Concurrent calls share a commit (group commit): a caller that finds the
// writer busy queues its feed, and whoever takes the write lock next
// stores every queued feed, each inside its own savepoint so that one
// feed's error undoes only that feed, and commits once. In the ingest
// profile each commit's WAL writes (a pwrite per dirty page, and the same
// index pages dirtied by every feed) were half of the storage time.
func (db *DB) SaveFeed(ctx context.Context, sourceID int64, items []trust.Item, alerts []*trust.Alert, ok *PollSuccess) ([]SaveResult, error) {
	if alerts != nil && len(alerts) != len(items) {
		return nil, fmt.Errorf("save items: %d alerts for %d items", len(alerts), len(items))
	}
	for _, it := range items {
		if it.Key == "" {
			return nil, fmt.Errorf("save items: empty key")
		}
	}
	if len(items) == 0 && ok == nil {
		return nil, nil
	}
	req := &saveReq{ctx: ctx, sourceID: sourceID, items: items, alerts: alerts, ok: ok, done: make(chan struct{})}
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
	alerts   []*trust.Alert
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
	// A batch of unchanged feeds (304s) stores no items: preparing the
	// item statements, whose triggers and cascades SQLite compiles each
	// time, was a third of an unchanged cycle's CPU.
	st := &itemStmts{}
	if slices.ContainsFunc(batch, func(r *saveReq) bool { return len(r.items) > 0 }) {
		if st, err = prepareItemStmts(tctx, tx); err != nil {
			tx.Rollback()
			fail(err)
			return
		}
	}
	defer st.close()
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.err = err
			continue
		}
		if _, err := tx.ExecContext(tctx, `SAVEPOINT feed`); err != nil {
			tx.Rollback()
			fail(err)
			return
		}
		// tctx, not r.ctx: a statement interrupted by a cancelled context
		// can roll back the whole transaction, other feeds included.
		r.res, r.err = db.saveFeedWith(tctx, tx, st, r)
		ends := []string{`RELEASE feed`}
		if r.err != nil {
			r.res = nil
			ends = []string{`ROLLBACK TO feed`, `RELEASE feed`}
		}
		for _, q := range ends {
			if _, err := tx.ExecContext(tctx, q); err != nil {
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

// saveFeedWith stores one request's items and records its success.
func (db *DB) saveFeedWith(ctx context.Context, tx *sql.Tx, st *itemStmts, r *saveReq) ([]SaveResult, error) {
	out := make([]SaveResult, len(r.items))
	var owners *feedOwners
	var pc *pollCap
	var err error
	if len(r.items) > 0 {
		if pc, err = newPollCap(ctx, tx); err != nil {
			return nil, err
		}
	}
	for i, it := range r.items {
		var al *trust.Alert
		if r.alerts != nil {
			al = r.alerts[i]
		}
		if al != nil && owners == nil {
			if owners, err = ownersOf(ctx, tx, r.sourceID); err != nil {
				return nil, err
			}
		}
		if out[i], err = db.saveItemWith(ctx, tx, st, r.sourceID, it, al, owners, pc); err != nil {
			return nil, fmt.Errorf("save item %s: %w", it.Key, err)
		}
	}
	// The feed's alerts are stored: route them, most severe first, within
	// what one poll may post to a channel.
	if pc != nil && len(pc.pending) > 0 {
		counts, err := pc.route(ctx, tx, db.now())
		if err != nil {
			return nil, err
		}
		for i := range out {
			out[i].Outbox += counts[out[i].AlertID]
		}
	}
	if ok := r.ok; ok != nil {
		down, err := db.recordSuccess(ctx, tx, r.sourceID, ok)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("record success: %w", ErrNotFound)
		}
		if err != nil {
			return nil, fmt.Errorf("record success: %w", err)
		}
		if down == 1 {
			if r.notices, err = recovered(ctx, tx, r.sourceID, ok.At); err != nil {
				return nil, fmt.Errorf("record recovery: %w", err)
			}
		}
	}
	return out, nil
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
// transaction. It does not ask first whether the source has the key: the
// poller asked already (KnownKeys), so nearly every key is new, and a
// query per item, or one per feed, was a tenth of a full cycle's storage
// time. The sighting's insert finds a known key instead, and the rare
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
