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

// DigestDue is the domain type; the alias keeps storage's callers short.
type DigestDue = trust.DigestDue

// DigestSubscriptions returns the enabled subscriptions that are digests
// or hold alerts for the end of quiet hours, by id.
func (db *DB) DigestSubscriptions(ctx context.Context) ([]DigestDue, error) {
	// One pass over the open held rows (held_open), grouped per
	// subscription: this runs on every round of the dispatcher.
	rows, err := db.db.QueryContext(ctx, `
		SELECT `+subscriptionColumns+`, coalesce(h.n_digest, 0), coalesce(h.n_quiet, 0), coalesce(h.oldest_quiet, 0)
		FROM subscriptions LEFT JOIN (
			SELECT subscription_id AS sid,
				count(*) FILTER (WHERE reason = 'digest') AS n_digest,
				count(*) FILTER (WHERE reason = 'quiet') AS n_quiet,
				min(created_at) FILTER (WHERE reason = 'quiet') AS oldest_quiet
			FROM held WHERE digest_id IS NULL GROUP BY subscription_id
		) h ON h.sid = subscriptions.id
		WHERE disabled = 0 AND (mode = 'digest' OR h.sid IS NOT NULL)
		ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("digest subscriptions: %w", err)
	}
	defer rows.Close()
	var out []DigestDue
	for rows.Next() {
		var d DigestDue
		var oldestQuiet int64
		if d.Subscription, err = scanSubscription(rows, &d.HeldDigest, &d.HeldQuiet, &oldestQuiet); err != nil {
			return nil, fmt.Errorf("digest subscriptions: %w", err)
		}
		d.OldestQuiet = fromMS(oldestQuiet)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("digest subscriptions: %w", err)
	}
	return out, nil
}

// CloseDigest gathers the subscription's alerts held for reason ("digest"
// or "quiet") up to firedAt into a digest and queues its messages in
// the channel's outbox, all in one transaction. For a scheduled digest,
// last is the subscription's LastDigest as the caller read it: the digest
// is closed only if it is unchanged (so that two callers, or a retry,
// close it once), and LastDigest becomes firedAt even when nothing was
// held. It returns the digest's id, 0 when there was nothing to send or
// it was closed already.
func (db *DB) CloseDigest(ctx context.Context, subscriptionID int64, reason string, last, firedAt time.Time) (int64, error) {
	if reason != "digest" && reason != "quiet" {
		return 0, fmt.Errorf("close digest: bad reason %q", reason)
	}
	var id int64
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var guild, channel string
		var lastMS int64
		err := tx.QueryRowContext(ctx, `SELECT guild_id, channel_id, last_digest FROM subscriptions WHERE id = ? AND disabled = 0`,
			subscriptionID).Scan(&guild, &channel, &lastMS)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		since := lastMS
		if reason == "digest" {
			if lastMS != ms(last) {
				return nil // closed by someone else already
			}
			if _, err := tx.ExecContext(ctx, `UPDATE subscriptions SET last_digest = ? WHERE id = ?`, ms(firedAt), subscriptionID); err != nil {
				return err
			}
		} else {
			since = 0
		}
		var alerts, groups, severity int
		if err := tx.QueryRowContext(ctx, `
			SELECT count(*), count(DISTINCT coalesce(a.event_id, -a.id)), coalesce(max(a.severity), 0)
			FROM held h JOIN alerts a ON a.id = h.alert_id
			WHERE h.subscription_id = ? AND h.reason = ? AND h.digest_id IS NULL AND h.created_at <= ?`,
			subscriptionID, reason, ms(firedAt)).Scan(&alerts, &groups, &severity); err != nil {
			return err
		}
		if alerts == 0 {
			return nil
		}
		parts := min((groups+trust.DigestPerMessage-1)/trust.DigestPerMessage, trust.DigestMaxMessages)
		now := ms(db.now())
		if err := tx.QueryRowContext(ctx, `
			INSERT INTO digests (subscription_id, guild_id, channel_id, reason, since, fired_at, alerts, parts, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			subscriptionID, guild, channel, reason, since, ms(firedAt), alerts, parts, now).Scan(&id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE held SET digest_id = ? WHERE subscription_id = ? AND reason = ? AND digest_id IS NULL AND created_at <= ?`,
			id, subscriptionID, reason, ms(firedAt)); err != nil {
			return err
		}
		for p := range parts {
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO outbox (subscription_id, kind, ref_id, part, guild_id, channel_id, severity, not_before, created_at, updated_at)
				VALUES (?, 'digest', ?, ?, ?, ?, ?, ?, ?, ?)`,
				subscriptionID, id, p, guild, channel, severity, now, now, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("close %s digest of subscription %d: %w", reason, subscriptionID, err)
	}
	return id, nil
}

// Digest returns a digest with its events, most severe first.
func (db *DB) Digest(ctx context.Context, id int64) (trust.Digest, error) {
	var d trust.Digest
	var since, fired int64
	err := db.db.QueryRowContext(ctx, `
		SELECT d.id, d.guild_id, d.channel_id, d.reason, coalesce(s.zone, ''), d.since, d.fired_at, d.alerts, d.parts
		FROM digests d LEFT JOIN subscriptions s ON s.id = d.subscription_id WHERE d.id = ?`, id).
		Scan(&d.ID, &d.GuildID, &d.ChannelID, &d.Reason, &d.Zone, &since, &fired, &d.Alerts, &d.Parts)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("digest %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("digest %d: %w", id, err)
	}
	d.Since, d.FiredAt = fromMS(since), fromMS(fired)
	alerts, err := db.queryAlerts(ctx, db.db, `SELECT `+alertColumns+` FROM held h JOIN alerts a ON a.id = h.alert_id
		WHERE h.digest_id = ? ORDER BY a.published, a.id`, id)
	if err != nil {
		return d, fmt.Errorf("alerts of digest %d: %w", id, err)
	}
	byEvent := map[int64]int{}
	for _, a := range alerts {
		key := -a.ID
		if a.EventID != 0 {
			key = a.EventID
		}
		i, ok := byEvent[key]
		if !ok {
			i = len(d.Groups)
			byEvent[key] = i
			d.Groups = append(d.Groups, trust.DigestGroup{})
		}
		g := &d.Groups[i]
		g.Alerts = append(g.Alerts, a)
		g.Severity = max(g.Severity, a.Severity)
	}
	for i := range d.Groups {
		g := &d.Groups[i]
		if id := g.Alerts[0].EventID; id != 0 {
			ev, err := scanEvent(db.db.QueryRowContext(ctx, `SELECT `+eventColumns+`
				FROM events e LEFT JOIN alerts l ON l.id = e.lead_alert_id WHERE e.id = ?`, id))
			if err != nil {
				return d, fmt.Errorf("digest %d: %w", d.ID, err)
			}
			g.Event = ev
		}
	}
	// Stable: equal severities keep the oldest first.
	slices.SortStableFunc(d.Groups, func(a, b trust.DigestGroup) int { return int(b.Severity) - int(a.Severity) })
	return d, nil
}
