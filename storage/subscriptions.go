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

const subscriptionColumns = `id, guild_id, channel_id, vendor, min_severity, created_at, disabled, disabled_reason,
	mode, schedule, zone, ping_role, ping_min, quiet_start, quiet_end, quiet_below, last_digest, scope, oss`

// scanSubscription reads subscriptionColumns, then into extra any columns
// the query adds after them.
func scanSubscription(row interface{ Scan(...any) error }, extra ...any) (Subscription, error) {
	var s Subscription
	var sev, disabled, pingMin, quietBelow, oss int
	var created, lastDigest int64
	err := row.Scan(append([]any{&s.ID, &s.GuildID, &s.ChannelID, &s.Vendor, &sev, &created, &disabled, &s.DisabledReason,
		&s.Mode, &s.Schedule, &s.Zone, &s.PingRole, &pingMin, &s.Quiet.Start, &s.Quiet.End, &quietBelow, &lastDigest,
		&s.Scope, &oss}, extra...)...)
	s.OSS = oss == 1
	s.MinSeverity, s.CreatedAt, s.Disabled = trust.Severity(sev), fromMS(created), disabled == 1
	s.PingMin, s.Quiet.Below, s.Quiet.Zone, s.LastDigest = trust.Severity(pingMin), trust.Severity(quietBelow), s.Zone, fromMS(lastDigest)
	return s, err
}

// checkSettings validates a subscription's delivery settings as stored;
// the bot checks the schedule's syntax and the zone before.
func checkSettings(s *Subscription) error {
	if s.Mode == "" {
		s.Mode = trust.ModeInstant
	}
	if s.Scope == "" {
		s.Scope = trust.ScopeWatchlist
	}
	if s.Scope != trust.ScopeWatchlist && s.Scope != trust.ScopeAny {
		return fmt.Errorf("bad scope %q", s.Scope)
	}
	switch {
	case s.Mode != trust.ModeInstant && s.Mode != trust.ModeDigest:
		return fmt.Errorf("bad mode %q", s.Mode)
	case s.Mode == trust.ModeDigest && s.Schedule == "":
		return fmt.Errorf("a digest needs a schedule")
	case s.MinSeverity < 0 || s.MinSeverity > trust.SeverityCritical:
		return fmt.Errorf("bad minimum severity %d", s.MinSeverity)
	case s.PingMin < 0 || s.PingMin > trust.SeverityCritical:
		return fmt.Errorf("bad ping severity %d", s.PingMin)
	case s.Quiet.Below < 0 || s.Quiet.Below > trust.SeverityCritical:
		return fmt.Errorf("bad quiet-hours severity %d", s.Quiet.Below)
	case s.Quiet.Start < 0 || s.Quiet.Start > 1439 || s.Quiet.End < 0 || s.Quiet.End > 1439:
		return fmt.Errorf("bad quiet hours %d-%d", s.Quiet.Start, s.Quiet.End)
	}
	if s.PingRole != "" && s.PingMin == 0 {
		s.PingMin = trust.SeverityLow
	}
	return nil
}

// settingsArgs are the values of the columns settingsSet names, in order.
func settingsArgs(s Subscription) []any {
	return []any{int(s.MinSeverity), s.Mode, s.Schedule, s.Zone, s.PingRole, int(s.PingMin),
		s.Quiet.Start, s.Quiet.End, int(s.Quiet.Below), s.Scope, boolInt(s.OSS)}
}

const settingsSet = `min_severity = ?, mode = ?, schedule = ?, zone = ?, ping_role = ?, ping_min = ?,
	quiet_start = ?, quiet_end = ?, quiet_below = ?, scope = ?, oss = ?`

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
	if err := checkSettings(&s); err != nil {
		return Subscription{}, fmt.Errorf("add subscription: %w", err)
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
				UPDATE subscriptions SET disabled = 0, disabled_reason = '', last_digest = ?, `+settingsSet+`
				WHERE id = ? RETURNING `+subscriptionColumns, append(append([]any{ms(db.now())}, settingsArgs(s)...), old.ID)...))
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
		// last_digest starts now: the first digest holds what came after
		// the subscription, not before.
		now := ms(db.now())
		out, err = scanSubscription(tx.QueryRowContext(ctx, `
			INSERT INTO subscriptions (guild_id, channel_id, vendor, created_at, last_digest,
				min_severity, mode, schedule, zone, ping_role, ping_min, quiet_start, quiet_end, quiet_below, scope, oss)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING `+subscriptionColumns,
			append([]any{s.GuildID, s.ChannelID, s.Vendor, now, now}, settingsArgs(s)...)...))
		return err
	})
	if err != nil {
		return out, fmt.Errorf("add subscription for %s: %w", s.ChannelID, err)
	}
	return out, nil
}

// UpdateSubscription replaces the delivery settings (minimum severity,
// mode, schedule, zone, ping and quiet hours) of the guild's subscription
// for s's channel and vendor, and returns it as stored; ErrNotFound when
// there is none. A subscription that turns into a digest, or changes its
// schedule, starts counting from now. Alerts already held stay held and
// go out with the next digest or release.
func (db *DB) UpdateSubscription(ctx context.Context, s Subscription) (Subscription, error) {
	if err := checkSettings(&s); err != nil {
		return Subscription{}, fmt.Errorf("update subscription: %w", err)
	}
	var out Subscription
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = scanSubscription(tx.QueryRowContext(ctx, `
			UPDATE subscriptions SET
				last_digest = CASE WHEN mode <> ? OR schedule <> ? OR zone <> ? THEN ? ELSE last_digest END,
				`+settingsSet+`
			WHERE guild_id = ? AND channel_id = ? AND vendor = ? RETURNING `+subscriptionColumns,
			append(append([]any{s.Mode, s.Schedule, s.Zone, ms(db.now())}, settingsArgs(s)...), s.GuildID, s.ChannelID, s.Vendor)...))
		return err
	})
	if errors.Is(err, sql.ErrNoRows) {
		return Subscription{}, fmt.Errorf("update subscription of %s: %w", s.ChannelID, ErrNotFound)
	}
	if err != nil {
		return Subscription{}, fmt.Errorf("update subscription of %s: %w", s.ChannelID, err)
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
// lost access to it, or it was deleted), drops its pending outbox rows
// and event-message edits with reason, and stops sending it feed-health
// notices. It returns how
// many subscriptions it disabled.
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
		if _, err = tx.ExecContext(ctx, `
			UPDATE outbox SET status = 'dropped', last_error = ?, updated_at = ?
			WHERE channel_id = ? AND status = 'pending'`, reason, ms(db.now()), channel); err != nil {
			return err
		}
		// Nor are its event messages edited any more: an edit pending for
		// a channel that is gone would stay pending for good.
		if _, err = tx.ExecContext(ctx, `
			UPDATE event_messages SET pending = 0, last_error = ? WHERE channel_id = ? AND pending = 1`, reason, channel); err != nil {
			return err
		}
		// A feed-health channel the bot cannot post to is no longer one:
		// /sources shows none, and notify sets a new one.
		_, err = tx.ExecContext(ctx, `DELETE FROM health_channels WHERE channel_id = ?`, channel)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("disable channel %s: %w", channel, err)
	}
	return int(n), nil
}
