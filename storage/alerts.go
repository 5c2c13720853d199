package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// signalJSON is the stored shape of a trust.SignalHit, named here so that
// renaming a Go field cannot change what is on disk.
type signalJSON struct {
	Term     string  `json:"term"`
	Category string  `json:"category"`
	Weight   float64 `json:"weight"`
}

func toSignalJSON(hits []trust.SignalHit) []signalJSON {
	out := make([]signalJSON, 0, len(hits))
	for _, h := range hits {
		out = append(out, signalJSON{Term: h.Term, Category: string(h.Category), Weight: h.Weight})
	}
	return out
}

const alertColumns = `a.id, a.title, a.link, a.source, a.published, a.category, a.score, a.severity,
	a.evidence, a.in_title, a.summary, a.signals, coalesce(a.event_id, 0), a.created_at`

func scanAlert(row interface{ Scan(...any) error }) (trust.Alert, error) {
	var a trust.Alert
	var published, created int64
	var category, signals string
	var severity, inTitle int
	if err := row.Scan(&a.ID, &a.Title, &a.Link, &a.Source, &published, &category, &a.Score, &severity,
		&a.Evidence, &inTitle, &a.Summary, &signals, &a.EventID, &created); err != nil {
		return a, err
	}
	a.Published, a.CreatedAt = fromMS(published), fromMS(created)
	a.Category, a.Severity, a.InTitle = trust.Category(category), trust.Severity(severity), inTitle == 1
	var sj []signalJSON
	if err := json.Unmarshal([]byte(signals), &sj); err != nil {
		return a, fmt.Errorf("decode signals of alert %d: %w", a.ID, err)
	}
	for _, s := range sj {
		a.Signals = append(a.Signals, trust.SignalHit{Term: s.Term, Category: trust.Category(s.Category), Weight: s.Weight})
	}
	return a, nil
}

// queryAlerts runs a query selecting alertColumns and fills in the
// alerts' vendors with one more query.
func (db *DB) queryAlerts(ctx context.Context, q queryer, query string, args ...any) ([]trust.Alert, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []trust.Alert
	for rows.Next() {
		a, err := scanAlert(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if len(out) == 0 {
		return out, nil
	}

	index := make(map[int64]int, len(out))
	ids := make([]int64, len(out))
	for i, a := range out {
		index[a.ID] = i
		ids[i] = a.ID
	}
	vrows, err := q.QueryContext(ctx, `
		SELECT alert_id, vendor, term, guild, unlisted, class FROM alert_vendors
		WHERE alert_id IN (SELECT value FROM json_each(?))
		ORDER BY alert_id, pos`, idList(ids))
	if err != nil {
		return nil, err
	}
	defer vrows.Close()
	for vrows.Next() {
		var id int64
		var v trust.VendorHit
		if err := vrows.Scan(&id, &v.Name, &v.Term, &v.Guild, &v.Unlisted, &v.Class); err != nil {
			return nil, err
		}
		a := &out[index[id]]
		a.Vendors = append(a.Vendors, v)
	}
	return out, vrows.Err()
}

// Alert returns the alert with the given id, or ErrNotFound.
func (db *DB) Alert(ctx context.Context, id int64) (trust.Alert, error) {
	alerts, err := db.queryAlerts(ctx, db.db, `SELECT `+alertColumns+` FROM alerts a WHERE a.id = ?`, id)
	if err != nil {
		return trust.Alert{}, fmt.Errorf("alert %d: %w", id, err)
	}
	if len(alerts) == 0 {
		return trust.Alert{}, fmt.Errorf("alert %d: %w", id, ErrNotFound)
	}
	return alerts[0], nil
}

// AlertQuery is the domain type; the alias keeps storage's callers short.
type AlertQuery = trust.AlertQuery

// Limits on how many alerts RecentAlerts returns.
const (
	DefaultAlertLimit = 10
	MaxAlertLimit     = 1000
)

// alertFilter builds the FROM and WHERE of q and says how to order it.
//
// With a vendor it walks alert_vendors_recent, newest first, and stops at
// the limit; a guild's view has at most one row per alert and vendor there,
// as SaveItems drops a guild's own entry for a vendor that is also global.
// Without a vendor it walks alerts_published and checks visibility per
// alert.
func alertFilter(q AlertQuery) (from, where, order string, args []any) {
	var conds []string
	if q.Vendor != "" {
		from = "alert_vendors av JOIN alerts a ON a.id = av.alert_id"
		order = "av.published DESC, av.alert_id DESC"
		conds = append(conds, "av.vendor = ?")
		args = append(args, q.Vendor)
		conds, args = appendWindow(conds, args, "av", q)
		conds = append(conds, "av.guild IN ('', ?)")
		args = append(args, q.Guild)
	} else {
		from = "alerts a"
		order = "a.published DESC, a.id DESC"
		conds, args = appendWindow(conds, args, "a", q)
		conds = append(conds, "EXISTS (SELECT 1 FROM alert_vendors av WHERE av.alert_id = a.id AND av.guild IN ('', ?))")
		args = append(args, q.Guild)
	}
	return from, strings.Join(conds, " AND "), order, args
}

// appendWindow adds to conds and args q's window and lowest severity, on
// the published and severity columns of table, which both alerts and
// alert_vendors have.
func appendWindow(conds []string, args []any, table string, q AlertQuery) ([]string, []any) {
	if !q.Since.IsZero() {
		conds = append(conds, table+".published >= ?")
		args = append(args, ms(q.Since))
	}
	if q.MinSeverity > 0 {
		conds = append(conds, table+".severity >= ?")
		args = append(args, int(q.MinSeverity))
	}
	return conds, args
}

// RecentAlerts returns the newest alerts matching q.
//
// With a vendor it reads the newest of the vendor's global alerts and of
// the guild's own (alert_vendors_scope, migration 14), each up to the
// limit, and merges them: two index seeks bounded by the limit, where one
// walk of the vendor's alerts in every scope had to skip other guilds'.
func (db *DB) RecentAlerts(ctx context.Context, q AlertQuery) ([]trust.Alert, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultAlertLimit
	}
	limit = min(limit, MaxAlertLimit)
	var query string
	var args []any
	if q.Vendor != "" {
		query, args = vendorRecentQuery(q, limit)
	} else {
		from, where, order, fargs := alertFilter(q)
		query, args = `SELECT `+alertColumns+` FROM `+from+` WHERE `+where+` ORDER BY `+order+` LIMIT ?`, append(fargs, limit)
	}
	alerts, err := db.queryAlerts(ctx, db.db, query, args...)
	if err != nil {
		return nil, fmt.Errorf("recent alerts: %w", err)
	}
	return alerts, nil
}

// vendorRecentQuery is RecentAlerts' query for a vendor: the newest limit
// rows of each scope the guild sees (global and its own), merged. A guild's
// view has at most one row per alert and vendor (see alertFilter), so the
// merge returns what one walk over both scopes would.
func vendorRecentQuery(q AlertQuery, limit int) (string, []any) {
	scopes := []string{""}
	if q.Guild != "" {
		scopes = append(scopes, q.Guild)
	}
	var parts []string
	var args []any
	for _, g := range scopes {
		conds := "vendor = ? AND guild = ?"
		args = append(args, q.Vendor, g)
		if !q.Since.IsZero() {
			conds += " AND published >= ?"
			args = append(args, ms(q.Since))
		}
		if q.MinSeverity > 0 {
			conds += " AND severity >= ?"
			args = append(args, int(q.MinSeverity))
		}
		parts = append(parts, `SELECT * FROM (SELECT alert_id, published FROM alert_vendors WHERE `+conds+`
			ORDER BY published DESC, alert_id DESC LIMIT ?)`)
		args = append(args, limit)
	}
	return `SELECT ` + alertColumns + ` FROM (` + strings.Join(parts, " UNION ALL ") + `) av
		JOIN alerts a ON a.id = av.alert_id
		ORDER BY av.published DESC, av.alert_id DESC LIMIT ?`, append(args, limit)
}

// CountAlerts counts the alerts matching q (Limit is ignored).
//
// With a vendor it reads the counts migration 7 keeps (alert_counts,
// alert_totals) instead of counting the vendor's alerts: the spans after
// the one q.Since falls in, plus that span's own alerts counted in
// alert_vendors. TestCountAlertsMatchesRows holds it to countAlertRows.
func (db *DB) CountAlerts(ctx context.Context, q AlertQuery) (int, error) {
	if q.Vendor == "" {
		return db.countAlertRows(ctx, q)
	}
	var n int
	var err error
	if q.Since.IsZero() {
		err = db.db.QueryRowContext(ctx, `
			SELECT coalesce(sum(n), 0) FROM alert_totals
			WHERE vendor = ?1 AND guild IN ('', ?2) AND severity >= ?3`, q.Vendor, q.Guild, int(q.MinSeverity)).Scan(&n)
	} else {
		since := ms(q.Since)
		span := since >> countSpanShift
		err = db.db.QueryRowContext(ctx, `
			SELECT (SELECT coalesce(sum(n), 0) FROM alert_counts
				WHERE vendor = ?1 AND guild IN ('', ?2) AND span > ?4 AND severity >= ?3)
			+ (SELECT count(*) FROM alert_vendors
				WHERE vendor = ?1 AND published >= ?5 AND published < ?6 AND guild IN ('', ?2) AND severity >= ?3)`,
			q.Vendor, q.Guild, int(q.MinSeverity), span, since, (span+1)<<countSpanShift).Scan(&n)
	}
	if err != nil {
		return 0, fmt.Errorf("count alerts: %w", err)
	}
	return n, nil
}

// countSpanShift is alert_counts' span: published >> 26 ms, about 18.6
// hours (migration 7).
const countSpanShift = 26

// countAlertRows counts the alerts matching q row by row.
func (db *DB) countAlertRows(ctx context.Context, q AlertQuery) (int, error) {
	from, where, _, args := alertFilter(q)
	if q.Vendor != "" {
		from = "alert_vendors av" // the index has every column the filter reads
	}
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM `+from+` WHERE `+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count alerts: %w", err)
	}
	return n, nil
}

// AlertVendors returns up to limit distinct vendor names that start with
// prefix (case-insensitive) and have alerts visible to guild, for
// autocompletion, in case-insensitive order. A name spelt several ways
// is spelt as in its earliest alert (by published, then id).
//
// It reads the names from alert_totals (migration 7) through
// alert_totals_guild (migration 14): one range of names per scope the
// guild sees, each up to the limit, merged, so that it never reads more
// than a few rows per name returned, nor any other guild's names.
func (db *DB) AlertVendors(ctx context.Context, guild, prefix string, limit int) ([]string, error) {
	if limit <= 0 {
		limit = 25
	}
	query, args := alertVendorsQuery(guild, prefix, limit)
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("alert vendors: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("alert vendors: %w", err)
		}
		out = append(out, name)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("alert vendors: %w", err)
	}
	return out, nil
}

// alertVendorsQuery is AlertVendors' query.
func alertVendorsQuery(guild, prefix string, limit int) (string, []any) {
	scopes := []string{""}
	if guild != "" {
		scopes = append(scopes, guild)
	}
	var parts []string
	args := []any{prefix, limit}
	for _, g := range scopes {
		args = append(args, g)
		cond := "guild = ?" + strconv.Itoa(len(args)) + " AND n > 0"
		if prefix != "" {
			// Every name starting with prefix, ignoring ASCII case as
			// NOCASE does, sorts before prefix+"\xff" (no UTF-8 byte
			// is 0xff): the bound ends the range scan.
			args = append(args, prefix+"\xff")
			cond += " AND vendor >= ?1 AND vendor < ?" + strconv.Itoa(len(args)) +
				" AND substr(vendor, 1, length(?1)) = ?1 COLLATE NOCASE"
		}
		parts = append(parts, `SELECT * FROM (SELECT DISTINCT vendor FROM alert_totals
			WHERE `+cond+` ORDER BY vendor LIMIT ?2)`)
	}
	return `
		SELECT (SELECT v.vendor FROM alert_vendors v WHERE v.vendor = names.vendor ORDER BY v.published, v.alert_id LIMIT 1)
		FROM (SELECT vendor FROM (` + strings.Join(parts, " UNION ALL ") + `) GROUP BY vendor) names
		ORDER BY names.vendor LIMIT ?2`, args
}

// idList is ids as a JSON array, for json_each.
func idList(ids []int64) string {
	b := make([]byte, 0, 8*len(ids))
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}
