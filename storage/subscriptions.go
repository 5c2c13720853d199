package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Subscription is the domain type; the alias keeps storage's callers short.
type Subscription = trust.Subscription

const subscriptionColumns = `id, guild_id, channel_id, vendor, min_severity, created_at, disabled, disabled_reason`

func scanSubscription(row interface{ Scan(...any) error }) (Subscription, error) {
	var s Subscription
	var sev, disabled int
	var created int64
	err := row.Scan(&s.ID, &s.GuildID, &s.ChannelID, &s.Vendor, &sev, &created, &disabled, &s.DisabledReason)
	s.MinSeverity, s.CreatedAt, s.Disabled = trust.Severity(sev), fromMS(created), disabled == 1
	return s, err
}

// AddSubscription stores s (its ID, CreatedAt and Disabled fields are
// ignored) and returns it as stored.
//
// A subscription for the same guild, channel and vendor (case-insensitive)
// that is enabled gives ErrExists with the existing one; one that was
// disabled is enabled again with s's minimum severity. A new one past
// maxPerGuild subscriptions in the guild (counting disabled ones) gives
// ErrLimit; maxPerGuild <= 0 means no limit.
func (db *DB) AddSubscription(ctx context.Context, s Subscription, maxPerGuild int) (Subscription, error) {
	if s.GuildID == "" || s.ChannelID == "" {
		return Subscription{}, fmt.Errorf("add subscription: guild and channel are required")
	}
	if s.MinSeverity < 0 || s.MinSeverity > trust.SeverityCritical {
		return Subscription{}, fmt.Errorf("add subscription: bad minimum severity %d", s.MinSeverity)
	}
	var out Subscription
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		old, err := scanSubscription(tx.QueryRowContext(ctx, `SELECT `+subscriptionColumns+`
			FROM subscriptions WHERE guild_id = ? AND channel_id = ? AND vendor = ?`, s.GuildID, s.ChannelID, s.Vendor))
		switch {
		case err == nil && !old.Disabled:
			out = old
			return ErrExists
		case err == nil:
			out, err = scanSubscription(tx.QueryRowContext(ctx, `
				UPDATE subscriptions SET disabled = 0, disabled_reason = '', min_severity = ?
				WHERE id = ? RETURNING `+subscriptionColumns, int(s.MinSeverity), old.ID))
			return err
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if maxPerGuild > 0 {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM subscriptions WHERE guild_id = ?`, s.GuildID).Scan(&n); err != nil {
				return err
			}
			if n >= maxPerGuild {
				return ErrLimit
			}
		}
		out, err = scanSubscription(tx.QueryRowContext(ctx, `
			INSERT INTO subscriptions (guild_id, channel_id, vendor, min_severity, created_at)
			VALUES (?, ?, ?, ?, ?) RETURNING `+subscriptionColumns,
			s.GuildID, s.ChannelID, s.Vendor, int(s.MinSeverity), ms(db.now())))
		return err
	})
	if err != nil {
		return out, fmt.Errorf("add subscription for %s: %w", s.ChannelID, err)
	}
	return out, nil
}

// RemoveSubscriptions deletes the channel's subscription for vendor, or
// all the channel's subscriptions when vendor is "", and drops their
// pending outbox rows. It returns how many subscriptions it deleted.
func (db *DB) RemoveSubscriptions(ctx context.Context, guild, channel, vendor string) (int, error) {
	var n int64
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		match := `guild_id = ?1 AND channel_id = ?2 AND (?3 = '' OR vendor = ?3)`
		if _, err := tx.ExecContext(ctx, `
			UPDATE outbox SET status = 'dropped', last_error = 'unsubscribed', updated_at = ?4
			WHERE status = 'pending' AND subscription_id IN (SELECT id FROM subscriptions WHERE `+match+`)`,
			guild, channel, vendor, ms(db.now())); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM subscriptions WHERE `+match, guild, channel, vendor)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("remove subscriptions of %s: %w", channel, err)
	}
	return int(n), nil
}

// Subscriptions returns a guild's subscriptions by channel and vendor;
// guild "" returns every guild's.
func (db *DB) Subscriptions(ctx context.Context, guild string) ([]Subscription, error) {
	query, args := `SELECT `+subscriptionColumns+` FROM subscriptions ORDER BY guild_id, channel_id, vendor`, []any(nil)
	if guild != "" {
		query, args = `SELECT `+subscriptionColumns+` FROM subscriptions WHERE guild_id = ? ORDER BY channel_id, vendor`, []any{guild}
	}
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("subscriptions: %w", err)
	}
	defer rows.Close()
	var out []Subscription
	for rows.Next() {
		s, err := scanSubscription(rows)
		if err != nil {
			return nil, fmt.Errorf("subscriptions: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("subscriptions: %w", err)
	}
	return out, nil
}

// DisableChannel disables every enabled subscription of a channel (the bot
// lost access to it, or it was deleted) and drops its pending outbox rows
// with reason. It returns how many subscriptions it disabled.
func (db *DB) DisableChannel(ctx context.Context, channel, reason string) (int, error) {
	reason = clip(reason, maxErrorText)
	var n int64
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `
			UPDATE subscriptions SET disabled = 1, disabled_reason = ?
			WHERE channel_id = ? AND disabled = 0`, reason, channel)
		if err != nil {
			return err
		}
		if n, err = res.RowsAffected(); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `
			UPDATE outbox SET status = 'dropped', last_error = ?, updated_at = ?
			WHERE channel_id = ? AND status = 'pending'`, reason, ms(db.now()), channel)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("disable channel %s: %w", channel, err)
	}
	return int(n), nil
}
