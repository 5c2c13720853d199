package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// AlertMonths counts a vendor's alerts (visible to q.Guild, published at
// or after q.Since) by calendar month in UTC and category, for /vendor's
// trend chart. q.Vendor is required; MinSeverity applies, Limit does not.
// An alert stored for the vendor both globally and for the guild counts
// once.
func (db *DB) AlertMonths(ctx context.Context, q AlertQuery) ([]trust.MonthCount, error) {
	if q.Vendor == "" {
		return nil, fmt.Errorf("alert months: no vendor")
	}
	from, where, _, args := alertFilter(q)
	rows, err := db.db.QueryContext(ctx, `
		SELECT strftime('%Y-%m', av.published / 1000, 'unixepoch') AS month, a.category, count(DISTINCT av.alert_id)
		FROM `+from+` WHERE `+where+`
		GROUP BY month, a.category ORDER BY month, a.category`, args...)
	if err != nil {
		return nil, fmt.Errorf("alert months: %w", err)
	}
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
