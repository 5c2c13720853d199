package storage

import (
	"context"
	"fmt"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Test-only helpers of this package's own tests; tests of other packages use
// storagetest.

// SaveItem is SaveItems for one item.
func (db *DB) SaveItem(ctx context.Context, sourceID int64, it trust.Item, alert *trust.Alert) (SaveResult, error) {
	res, err := db.SaveItems(ctx, sourceID, []trust.Item{it}, []*trust.Alert{alert})
	if err != nil {
		return SaveResult{}, err
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
func (db *DB) ChannelOutbox(ctx context.Context, channel string) ([]OutboxRecord, error) {
	rows, err := db.db.QueryContext(ctx, `
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
		r.Nonce = db.nonce(r.ID)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outbox of %s: %w", channel, err)
	}
	return out, nil
}

// ExecRaw runs a statement outside the storage methods, for tests that
// change rows as no method does (deletes in cascade, edits).
func (db *DB) ExecRaw(ctx context.Context, q string, args ...any) error {
	_, err := db.db.ExecContext(ctx, q, args...)
	return err
}
