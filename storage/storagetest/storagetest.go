// Package storagetest gives tests of other packages and the bench command
// what they need from a storage.DB and the daemon does not: storing one
// item (SaveItem), reading a channel's whole outbox (ChannelOutbox) and
// filling a database with a made-up history (FillSynthetic). It builds on
// storage's test hooks (RawQuery, RawAlerts, RawMonths, RawFill, OutboxNonce).
package storagetest

import (
	"context"
	"fmt"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// SaveItem stores one feed item of a source, and its alert when not nil,
// with db.SaveItems.
func SaveItem(ctx context.Context, db *storage.DB, sourceID int64, it trust.Item, alert *trust.Alert) (storage.SaveResult, error) {
	res, err := db.SaveItems(ctx, sourceID, []trust.Item{it}, []*trust.Alert{alert})
	if err != nil {
		return storage.SaveResult{}, err
	}
	return res[0], nil
}

// OutboxRecord is an outbox row in any state.
type OutboxRecord struct {
	ID        int64
	Kind      string // alert, digest or health
	AlertID   int64  // 0 unless Kind is alert
	RefID     int64  // the digest or health event
	Part      int
	PingRole  string
	GuildID   string
	ChannelID string
	Nonce     string
	Status    string // "pending", "sent" or "dropped"
	Attempts  int
	MessageID string
	LastError string
}

// ChannelOutbox returns a channel's outbox rows in every state, oldest
// first.
func ChannelOutbox(ctx context.Context, db *storage.DB, channel string) ([]OutboxRecord, error) {
	rows, err := db.RawQuery(ctx, `
		SELECT id, kind, coalesce(alert_id, 0), ref_id, part, ping_role, guild_id, channel_id, status, attempts, message_id, last_error
		FROM outbox WHERE channel_id = ? ORDER BY id`, channel)
	if err != nil {
		return nil, fmt.Errorf("outbox of %s: %w", channel, err)
	}
	defer rows.Close()
	var out []OutboxRecord
	for rows.Next() {
		var r OutboxRecord
		if err := rows.Scan(&r.ID, &r.Kind, &r.AlertID, &r.RefID, &r.Part, &r.PingRole, &r.GuildID, &r.ChannelID, &r.Status, &r.Attempts, &r.MessageID, &r.LastError); err != nil {
			return nil, fmt.Errorf("outbox of %s: %w", channel, err)
		}
		r.Nonce = db.OutboxNonce(r.ID)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outbox of %s: %w", channel, err)
	}
	return out, nil
}

// CountRows counts the rows of a table.
func CountRows(ctx context.Context, db *storage.DB, table string) (int, error) {
	rows, err := db.RawQuery(ctx, `SELECT count(*) FROM "`+table+`"`)
	if err != nil {
		return 0, fmt.Errorf("count %s: %w", table, err)
	}
	defer rows.Close()
	n := 0
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, fmt.Errorf("count %s: %w", table, err)
		}
	}
	return n, rows.Err()
}
