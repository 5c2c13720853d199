package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Mute keeps m.Vendor's alerts (every vendor's when it is "") out of
// m.ChannelID until m.Until, replacing an earlier mute of the same vendor
// there. Alerts routed while the mute holds are not posted, held or
// edited into messages in that channel, and those still queued or held
// for it are dropped; other channels are untouched.
// Expired mutes are removed here, so the table stays small.
func (db *DB) Mute(ctx context.Context, m trust.Mute) error {
	if m.GuildID == "" || m.ChannelID == "" {
		return fmt.Errorf("mute: guild and channel are required")
	}
	now := db.now()
	if !m.Until.After(now) {
		return fmt.Errorf("mute: until %s is not in the future", m.Until.UTC().Format(time.RFC3339))
	}
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM mutes WHERE until <= ?`, ms(now)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `
			INSERT INTO mutes (guild_id, channel_id, vendor, until, created_at, created_by)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (channel_id, vendor) DO UPDATE SET
				guild_id = excluded.guild_id, until = excluded.until,
				created_at = excluded.created_at, created_by = excluded.created_by`,
			m.GuildID, m.ChannelID, m.Vendor, ms(m.Until), ms(now), m.CreatedBy)
		if err != nil {
			return err
		}
		// What is queued or held for the channel and now muted is not sent
		// later either: an alert goes on only while one of its vendors
		// the guild sees is not muted there.
		unmuted := `EXISTS (
			SELECT 1 FROM alert_vendors av
			WHERE av.alert_id = t.alert_id AND av.guild IN ('', t.guild_id) AND NOT EXISTS (
				SELECT 1 FROM mutes mu WHERE mu.channel_id = t.channel_id AND mu.until > ?2 AND mu.vendor IN ('', av.vendor)))`
		if _, err := tx.ExecContext(ctx, `
			UPDATE outbox AS t SET status = 'dropped', last_error = 'muted', updated_at = ?2
			WHERE t.channel_id = ?1 AND t.status = 'pending' AND t.kind = 'alert' AND NOT `+unmuted,
			m.ChannelID, ms(now)); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `
			DELETE FROM held AS t WHERE t.channel_id = ?1 AND t.digest_id IS NULL AND NOT `+unmuted,
			m.ChannelID, ms(now))
		return err
	})
	if err != nil {
		return fmt.Errorf("mute %q in %s: %w", m.Vendor, m.ChannelID, err)
	}
	return nil
}

// Unmute ends the channel's mute of vendor ("" = the whole-channel
// snooze); ErrNotFound when there is none in force.
func (db *DB) Unmute(ctx context.Context, guildID, channelID, vendor string) error {
	var n int64
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM mutes WHERE guild_id = ? AND channel_id = ? AND vendor = ? AND until > ?`,
			guildID, channelID, vendor, ms(db.now()))
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return fmt.Errorf("unmute %q in %s: %w", vendor, channelID, err)
	}
	if n == 0 {
		return fmt.Errorf("unmute %q in %s: %w", vendor, channelID, ErrNotFound)
	}
	return nil
}

// Mutes returns a guild's mutes in force at now, by channel and vendor.
func (db *DB) Mutes(ctx context.Context, guildID string, now time.Time) ([]trust.Mute, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT guild_id, channel_id, vendor, until, created_by FROM mutes
		WHERE guild_id = ? AND until > ? ORDER BY channel_id, vendor`, guildID, ms(now))
	if err != nil {
		return nil, fmt.Errorf("mutes of %s: %w", guildID, err)
	}
	defer rows.Close()
	var out []trust.Mute
	for rows.Next() {
		var m trust.Mute
		var until int64
		if err := rows.Scan(&m.GuildID, &m.ChannelID, &m.Vendor, &until, &m.CreatedBy); err != nil {
			return nil, fmt.Errorf("mutes of %s: %w", guildID, err)
		}
		m.Until = fromMS(until)
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mutes of %s: %w", guildID, err)
	}
	return out, nil
}
