package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// AlertMonths counts a vendor's alerts (visible to q.Guild, published at
// or after q.Since) by calendar month in UTC and category, for /vendor's
// trend chart. q.Vendor is required; MinSeverity applies, Limit does not.
// An alert stored for the vendor both globally and for the guild counts
// once (no alert is: see migration 14).
//
// It reads the counts migration 14 keeps (alert_months) for the months
// from q.Since's, and when q.Since is not the first instant of its month,
// that month's alerts since q.Since from the rows.
// TestAlertMonthsMatchesRows holds it to alertMonthRows.
func (db *DB) AlertMonths(ctx context.Context, q AlertQuery) ([]trust.MonthCount, error) {
	if q.Vendor == "" {
		return nil, fmt.Errorf("alert months: no vendor")
	}
	if !q.Since.IsZero() && (q.Since.Before(time.Unix(0, 0)) || q.Since.UTC().Year() > 9999) {
		// Stored months sort as times do from 1970 to 9999 only
		// (published / 1000 rounds toward zero; years have four digits).
		return db.alertMonthRows(ctx, q)
	}
	query, args := alertMonthsQuery(q)
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("alert months: %w", err)
	}
	return scanMonths(rows)
}

// alertMonthsQuery is AlertMonths' query for q.Since from 1970 to 9999.
func alertMonthsQuery(q AlertQuery) (string, []any) {
	from, partial := "", `SELECT '', '', 0 WHERE 0` // the month counted from, the rows before it
	var args []any
	if !q.Since.IsZero() {
		since := q.Since.UTC()
		start := time.Date(since.Year(), since.Month(), 1, 0, 0, 0, 0, time.UTC)
		from = start.Format("2006-01")
		if !since.Equal(start) {
			next := start.AddDate(0, 1, 0)
			from = next.Format("2006-01")
			partial = `SELECT strftime('%Y-%m', av.published / 1000, 'unixepoch'), a.category, 1
				FROM alert_vendors av JOIN alerts a ON a.id = av.alert_id
				WHERE av.vendor = ?1 AND av.guild IN ('', ?2) AND av.severity >= ?3
					AND av.published >= ?5 AND av.published < ?6`
			args = append(args, ms(since), ms(next))
		}
	}
	return `
		SELECT month, category, sum(n) FROM (
			SELECT month, category, n FROM alert_months
			WHERE vendor = ?1 AND guild IN ('', ?2) AND severity >= ?3 AND month >= ?4
			UNION ALL ` + partial + `)
		GROUP BY month, category HAVING sum(n) > 0 ORDER BY month, category`,
		append([]any{q.Vendor, q.Guild, int(q.MinSeverity), from}, args...)
}

// alertMonthRows is AlertMonths counting the rows.
func (db *DB) alertMonthRows(ctx context.Context, q AlertQuery) ([]trust.MonthCount, error) {
	from, where, _, args := alertFilter(q)
	rows, err := db.db.QueryContext(ctx, `
		SELECT strftime('%Y-%m', av.published / 1000, 'unixepoch') AS month, a.category, count(DISTINCT av.alert_id)
		FROM `+from+` WHERE `+where+`
		GROUP BY month, a.category ORDER BY month, a.category`, args...)
	if err != nil {
		return nil, fmt.Errorf("alert months: %w", err)
	}
	return scanMonths(rows)
}

func scanMonths(rows *sql.Rows) ([]trust.MonthCount, error) {
	defer rows.Close()
	var out []trust.MonthCount
	for rows.Next() {
		var month, cat string
		var n int
		if err := rows.Scan(&month, &cat, &n); err != nil {
			return nil, fmt.Errorf("alert months: %w", err)
		}
		m, err := time.Parse("2006-01", month)
		if err != nil {
			return nil, fmt.Errorf("alert months: month %q: %w", month, err)
		}
		out = append(out, trust.MonthCount{Month: m, Category: trust.Category(cat), Count: n})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("alert months: %w", err)
	}
	return out, nil
}
