package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/vendorwatch/vendorwatch/trust"
)

// MaxGuildVendors is how many vendors one guild may add for itself; each
// one costs every poll a little matching work.
const MaxGuildVendors = 100

type timelineJSON struct {
	Date int64  `json:"date"` // Unix milliseconds
	Text string `json:"text"`
	URL  string `json:"url,omitempty"`
}

// AddGuildVendor adds v to the watchlist of v.Guild. ErrExists when the
// guild already has a vendor of that name (case-insensitive), ErrLimit
// when it has MaxGuildVendors.
func (db *DB) AddGuildVendor(ctx context.Context, v trust.Vendor) error {
	if v.Guild == "" || v.Name == "" {
		return fmt.Errorf("add guild vendor: guild and name are required")
	}
	aliases := v.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	aj, err := json.Marshal(aliases)
	if err != nil {
		return fmt.Errorf("add guild vendor %s: %w", v.Name, err)
	}
	tl := make([]timelineJSON, 0, len(v.Timeline))
	for _, e := range v.Timeline {
		tl = append(tl, timelineJSON{Date: ms(e.Date), Text: e.Text, URL: e.URL})
	}
	tj, err := json.Marshal(tl)
	if err != nil {
		return fmt.Errorf("add guild vendor %s: %w", v.Name, err)
	}
	err = db.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM guild_vendors WHERE guild = ?`, v.Guild).Scan(&n); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `
			INSERT INTO guild_vendors (guild, name, aliases, timeline, created_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, v.Guild, v.Name, string(aj), string(tj), ms(db.now()))
		if err != nil {
			return err
		}
		if added, _ := res.RowsAffected(); added == 0 {
			return ErrExists
		}
		// Counted before the insert, checked after it, so that a duplicate
		// at the limit says "exists" rather than "limit".
		if n >= MaxGuildVendors {
			return ErrLimit
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("add guild vendor %s to %s: %w", v.Name, v.Guild, err)
	}
	return nil
}

// RemoveGuildVendor removes a vendor from a guild's watchlist, or returns
// ErrNotFound. Stored alerts keep it.
func (db *DB) RemoveGuildVendor(ctx context.Context, guild, name string) error {
	db.wmu.Lock()
	defer db.wmu.Unlock()
	res, err := db.db.ExecContext(ctx, `DELETE FROM guild_vendors WHERE guild = ? AND name = ?`, guild, name)
	if err != nil {
		return fmt.Errorf("remove guild vendor %s from %s: %w", name, guild, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("remove guild vendor %s from %s: %w", name, guild, ErrNotFound)
	}
	return nil
}

// GuildVendors returns the vendors a guild added, by name; guild "" returns
// every guild's, by guild then name.
func (db *DB) GuildVendors(ctx context.Context, guild string) ([]trust.Vendor, error) {
	query, args := `SELECT guild, name, aliases, timeline FROM guild_vendors ORDER BY guild, name`, []any(nil)
	if guild != "" {
		query, args = `SELECT guild, name, aliases, timeline FROM guild_vendors WHERE guild = ? ORDER BY name`, []any{guild}
	}
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("guild vendors: %w", err)
	}
	defer rows.Close()
	var out []trust.Vendor
	for rows.Next() {
		var v trust.Vendor
		var aj, tj string
		if err := rows.Scan(&v.Guild, &v.Name, &aj, &tj); err != nil {
			return nil, fmt.Errorf("guild vendors: %w", err)
		}
		if err := json.Unmarshal([]byte(aj), &v.Aliases); err != nil {
			return nil, fmt.Errorf("guild vendor %s: aliases: %w", v.Name, err)
		}
		if len(v.Aliases) == 0 {
			v.Aliases = nil
		}
		var tl []timelineJSON
		if err := json.Unmarshal([]byte(tj), &tl); err != nil {
			return nil, fmt.Errorf("guild vendor %s: timeline: %w", v.Name, err)
		}
		for _, e := range tl {
			v.Timeline = append(v.Timeline, trust.TimelineEntry{Date: fromMS(e.Date), Text: e.Text, URL: e.URL})
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("guild vendors: %w", err)
	}
	return out, nil
}
