package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/vendorwatch/vendorwatch/trust"
)

// SaveItems is SaveItem for a feed's worth of items in one transaction,
// with its statements prepared once: per-item transactions made a full
// cycle over 1,000 feeds spend most of its storage time committing (one WAL
// append per item) and re-preparing the same three statements. alerts[i]
// is items[i]'s alert or nil; alerts may be nil for none. On error nothing
// is stored.
func (db *DB) SaveItems(ctx context.Context, sourceID int64, items []trust.Item, alerts []*trust.Alert) ([]SaveResult, error) {
	if alerts != nil && len(alerts) != len(items) {
		return nil, fmt.Errorf("save items: %d alerts for %d items", len(alerts), len(items))
	}
	for _, it := range items {
		if it.Key == "" {
			return nil, fmt.Errorf("save items: empty key")
		}
	}
	if len(items) == 0 {
		return nil, nil
	}
	out := make([]SaveResult, len(items))
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		st, err := prepareItemStmts(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		for i, it := range items {
			var al *trust.Alert
			if alerts != nil {
				al = alerts[i]
			}
			if out[i], err = db.saveItemWith(ctx, tx, st, sourceID, it, al); err != nil {
				return fmt.Errorf("save item %s: %w", it.Key, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("save items of source %d: %w", sourceID, err)
	}
	return out, nil
}

// itemStmts are the per-item statements, prepared once per transaction.
type itemStmts struct {
	sighting, insertItem, itemByLink, insertSighting *sql.Stmt
}

func prepareItemStmts(ctx context.Context, tx *sql.Tx) (*itemStmts, error) {
	var st itemStmts
	for _, p := range []struct {
		dst **sql.Stmt
		q   string
	}{
		{&st.sighting, sqlSighting},
		{&st.insertItem, sqlInsertItem},
		{&st.itemByLink, sqlItemByLink},
		{&st.insertSighting, sqlInsertSighting},
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
	for _, s := range []*sql.Stmt{st.sighting, st.insertItem, st.itemByLink, st.insertSighting} {
		if s != nil {
			s.Close()
		}
	}
}

const (
	sqlSighting   = `SELECT item_id FROM sightings WHERE source_id = ? AND key = ?`
	sqlInsertItem = `
		INSERT INTO items (source_id, title, link, canonical_link, published, date_known, first_seen)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING
		RETURNING id`
	sqlItemByLink     = `SELECT id FROM items WHERE canonical_link = ?`
	sqlInsertSighting = `INSERT INTO sightings (source_id, key, item_id, seen_at) VALUES (?, ?, ?, ?)`
)

// saveItemWith stores one item (see SaveItem) over statements prepared
// once per transaction.
func (db *DB) saveItemWith(ctx context.Context, tx *sql.Tx, st *itemStmts, sourceID int64, it trust.Item, alert *trust.Alert) (SaveResult, error) {
	var res SaveResult
	err := st.sighting.QueryRowContext(ctx, sourceID, it.Key).Scan(&res.ItemID)
	if err == nil {
		return res, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return res, err
	}
	res.New = true
	now := db.now()
	var canonical any // NULL, not '', when there is no link: NULLs never collide
	if it.CanonicalLink != "" {
		canonical = it.CanonicalLink
	}
	err = st.insertItem.QueryRowContext(ctx, sourceID, it.Title, it.Link, canonical, ms(it.Published), boolInt(it.DateKnown), ms(now)).Scan(&res.ItemID)
	if errors.Is(err, sql.ErrNoRows) {
		res.SeenElsewhere = true
		err = st.itemByLink.QueryRowContext(ctx, canonical).Scan(&res.ItemID)
	}
	if err != nil {
		return res, fmt.Errorf("insert item: %w", err)
	}
	if _, err := st.insertSighting.ExecContext(ctx, sourceID, it.Key, res.ItemID, ms(now)); err != nil {
		return res, fmt.Errorf("insert sighting: %w", err)
	}
	if alert == nil || res.SeenElsewhere {
		return res, nil
	}
	if res.AlertID, err = insertAlert(ctx, tx, res.ItemID, alert, now); err != nil {
		return res, err
	}
	if res.Outbox, err = route(ctx, tx, res.AlertID, alert.Severity, now); err != nil {
		return res, err
	}
	return res, nil
}
