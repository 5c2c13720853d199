package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// OutboxEntry is the domain type; the alias keeps storage's callers short.
type OutboxEntry = trust.OutboxEntry

// nonce derives the row's nonce: "vw", the database's instance tag (8 hex
// digits) and the id in base 36 padded to 13 digits (enough for any int64),
// 23 characters in all.
func (db *DB) nonce(id int64) string {
	n := strconv.FormatInt(id, 36)
	return "vw" + db.instance + strings.Repeat("0", 13-len(n)) + n
}

// PendingOutbox returns rows due at now, at most one per channel: the
// channel's first pending row in outbox order (most severe first, then
// oldest), and only when that row is due. A channel's later rows wait
// behind it, so that a critical alert goes out before a backlog of low
// ones queued earlier, and rows of one severity keep their order. The
// channels come most severe first, then oldest.
func (db *DB) PendingOutbox(ctx context.Context, now time.Time, limit int) ([]OutboxEntry, error) {
	if limit <= 0 {
		limit = 100
	}
	// channels hops through the pending index from one channel to the
	// next (a loose index scan), so a backlog of thousands of rows in a few
	// channels costs a few lookups per channel, not a scan of the backlog.
	rows, err := db.db.QueryContext(ctx, `
		WITH RECURSIVE channels(channel_id) AS (
			SELECT (SELECT min(channel_id) FROM outbox WHERE status = 'pending')
			UNION ALL
			SELECT (SELECT min(channel_id) FROM outbox WHERE status = 'pending' AND channel_id > channels.channel_id)
			FROM channels WHERE channels.channel_id IS NOT NULL
		)
		SELECT `+outboxColumns("o")+`
		FROM channels
		JOIN outbox o ON o.id = (
			SELECT id FROM outbox WHERE status = 'pending' AND channel_id = channels.channel_id
			ORDER BY severity DESC, id LIMIT 1)
		WHERE o.not_before <= ?
		ORDER BY o.severity DESC, o.id
		LIMIT ?`, ms(now), limit)
	if err != nil {
		return nil, fmt.Errorf("pending outbox: %w", err)
	}
	defer rows.Close()
	var out []OutboxEntry
	var alertIDs []int64
	for rows.Next() {
		e, err := db.scanOutbox(rows)
		if err != nil {
			return nil, fmt.Errorf("pending outbox: %w", err)
		}
		out = append(out, e)
		if e.Kind == trust.OutboxAlert {
			alertIDs = append(alertIDs, e.Alert.ID)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pending outbox: %w", err)
	}
	rows.Close()
	if len(out) == 0 {
		return nil, nil
	}

	alerts, err := db.alertsByID(ctx, alertIDs)
	if err != nil {
		return nil, fmt.Errorf("pending outbox: %w", err)
	}
	for i := range out {
		if out[i].Kind == trust.OutboxAlert {
			out[i].Alert = alerts[out[i].Alert.ID]
		}
	}
	return out, nil
}

// outboxColumns are the columns scanOutbox reads, of table alias t.
func outboxColumns(t string) string {
	return strings.ReplaceAll(`t.id, coalesce(t.subscription_id, 0), t.guild_id, t.channel_id, t.kind,
		coalesce(t.alert_id, 0), t.ref_id, t.part, t.ping_role, t.attempts, t.not_before`, "t.", t+".")
}

func (db *DB) scanOutbox(row interface{ Scan(...any) error }) (OutboxEntry, error) {
	var e OutboxEntry
	var notBefore int64
	err := row.Scan(&e.ID, &e.SubscriptionID, &e.GuildID, &e.ChannelID, &e.Kind,
		&e.Alert.ID, &e.RefID, &e.Part, &e.PingRole, &e.Attempts, &notBefore)
	e.NotBefore, e.Nonce = fromMS(notBefore), db.nonce(e.ID)
	return e, err
}

// NextOutbox returns the channel's first pending row in outbox order
// (PendingOutbox) when it is due at now; ok is false when there is none or it is not due yet. The dispatcher
// asks it after each send, so that a channel with a backlog keeps its
// worker without a trip through PendingOutbox.
func (db *DB) NextOutbox(ctx context.Context, channelID string, now time.Time) (e OutboxEntry, ok bool, err error) {
	e, err = db.scanOutbox(db.db.QueryRowContext(ctx, `
		SELECT `+outboxColumns("o")+`
		FROM outbox o WHERE o.status = 'pending' AND o.channel_id = ?
		ORDER BY o.severity DESC, o.id LIMIT 1`, channelID))
	if errors.Is(err, sql.ErrNoRows) {
		return OutboxEntry{}, false, nil
	}
	if err != nil {
		return OutboxEntry{}, false, fmt.Errorf("next outbox row of channel %s: %w", channelID, err)
	}
	if e.NotBefore.After(now) {
		return OutboxEntry{}, false, nil
	}
	if e.Kind != trust.OutboxAlert {
		return e, true, nil
	}
	alertID := e.Alert.ID
	alerts, err := db.queryAlerts(ctx, db.db, `SELECT `+alertColumns+` FROM alerts a WHERE a.id = ?`, alertID)
	if err != nil {
		return OutboxEntry{}, false, fmt.Errorf("next outbox row of channel %s: %w", channelID, err)
	}
	if len(alerts) == 0 {
		return OutboxEntry{}, false, fmt.Errorf("next outbox row of channel %s: alert %d: %w", channelID, alertID, ErrNotFound)
	}
	e.Alert = alerts[0]
	return e, true, nil
}

func (db *DB) alertsByID(ctx context.Context, ids []int64) (map[int64]trust.Alert, error) {
	alerts, err := db.queryAlerts(ctx, db.db, `SELECT `+alertColumns+` FROM alerts a
		WHERE a.id IN (SELECT value FROM json_each(?))`, idList(ids))
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]trust.Alert, len(alerts))
	for _, a := range alerts {
		byID[a.ID] = a
	}
	return byID, nil
}

// MarkSent records that the row's message was posted. It applies whatever
// the row's status: a message posted is posted, even if the channel was
// disabled meanwhile.
func (db *DB) MarkSent(ctx context.Context, id int64, messageID string) error {
	return db.updateOutbox(ctx, "mark sent", id, `
		UPDATE outbox SET status = 'sent', message_id = ?, attempts = attempts + 1, last_error = '', updated_at = ?
		WHERE id = ?`, messageID, ms(db.now()), id)
}

// MarkRetry counts a failed attempt and holds the pending row back until
// notBefore. ErrNotFound when the row is not pending.
func (db *DB) MarkRetry(ctx context.Context, id int64, notBefore time.Time, errText string) error {
	return db.updateOutbox(ctx, "mark retry", id, `
		UPDATE outbox SET attempts = attempts + 1, not_before = ?, last_error = ?, updated_at = ?
		WHERE id = ? AND status = 'pending'`, ms(notBefore), clip(errText, maxErrorText), ms(db.now()), id)
}

// MarkDropped gives up on a pending row. ErrNotFound when it is not
// pending.
func (db *DB) MarkDropped(ctx context.Context, id int64, reason string) error {
	return db.updateOutbox(ctx, "mark dropped", id, `
		UPDATE outbox SET status = 'dropped', last_error = ?, updated_at = ?
		WHERE id = ? AND status = 'pending'`, clip(reason, maxErrorText), ms(db.now()), id)
}

func (db *DB) updateOutbox(ctx context.Context, what string, id int64, query string, args ...any) error {
	db.wmu.Lock()
	res, err := db.db.ExecContext(ctx, query, args...)
	db.wmu.Unlock()
	if err != nil {
		return fmt.Errorf("%s outbox %d: %w", what, id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("%s outbox %d: %w", what, id, ErrNotFound)
	}
	return nil
}

// OutboxDepth counts pending rows, due or not.
func (db *DB) OutboxDepth(ctx context.Context) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM outbox WHERE status = 'pending'`).Scan(&n); err != nil {
		return 0, fmt.Errorf("outbox depth: %w", err)
	}
	return n, nil
}
