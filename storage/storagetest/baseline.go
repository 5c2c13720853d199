package storagetest

import (
	"context"
	"fmt"

	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// The reads below are /vendor's reads as they were before migration 14,
// kept as the lookup benchmark's baseline and as the reference the tests
// hold the new reads to: one walk of alert_vendors_recent over every scope
// of a vendor (recent alerts), a hop from name to name through it
// (autocompletion), and a count of the rows joined with alerts (trend).

// BaselineRecentAlerts returns the newest limit alerts of a vendor that
// q.Guild sees, newest first, read as storage.DB.RecentAlerts reads them.
func BaselineRecentAlerts(ctx context.Context, db *storage.DB, q trust.AlertQuery, limit int) ([]trust.Alert, error) {
	where, args := baselineFilter(q)
	alerts, err := db.RawAlerts(ctx, `
		SELECT a.id, a.title, a.link, a.source, a.published, a.category, a.score, a.severity,
			a.evidence, a.in_title, a.summary, a.signals, coalesce(a.event_id, 0), a.created_at
		FROM alert_vendors av INDEXED BY alert_vendors_recent JOIN alerts a ON a.id = av.alert_id
		WHERE `+where+` AND av.guild IN ('', ?)
		ORDER BY av.published DESC, av.alert_id DESC LIMIT ?`, append(args, q.Guild, limit)...)
	if err != nil {
		return nil, fmt.Errorf("baseline recent alerts: %w", err)
	}
	return alerts, nil
}

// BaselineAlertVendors is storage.DB.AlertVendors as a loose index scan of
// alert_vendors_recent: from each name to the next, checking each one's
// scopes.
func BaselineAlertVendors(ctx context.Context, db *storage.DB, guild, prefix string, limit int) ([]string, error) {
	rows, err := db.RawQuery(ctx, `
		WITH RECURSIVE names(name) AS (
			SELECT (SELECT min(vendor) FROM alert_vendors INDEXED BY alert_vendors_recent WHERE vendor >= ?1)
			UNION ALL
			SELECT (SELECT min(vendor) FROM alert_vendors INDEXED BY alert_vendors_recent WHERE vendor > names.name)
			FROM names WHERE substr(names.name, 1, length(?1)) = ?1 COLLATE NOCASE
		)
		SELECT name FROM names
		WHERE substr(name, 1, length(?1)) = ?1 COLLATE NOCASE
			AND EXISTS (SELECT 1 FROM alert_vendors INDEXED BY alert_vendors_recent WHERE vendor = names.name AND guild IN ('', ?2))
		LIMIT ?3`, prefix, guild, limit)
	if err != nil {
		return nil, fmt.Errorf("baseline alert vendors: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("baseline alert vendors: %w", err)
		}
		out = append(out, name)
	}
	return out, rows.Err()
}

// BaselineAlertMonths is storage.DB.AlertMonths counting the rows.
func BaselineAlertMonths(ctx context.Context, db *storage.DB, q trust.AlertQuery) ([]trust.MonthCount, error) {
	where, args := baselineFilter(q)
	months, err := db.RawMonths(ctx, `
		SELECT strftime('%Y-%m', av.published / 1000, 'unixepoch') AS month, a.category, count(DISTINCT av.alert_id)
		FROM alert_vendors av INDEXED BY alert_vendors_recent JOIN alerts a ON a.id = av.alert_id
		WHERE `+where+` AND av.guild IN ('', ?)
		GROUP BY month, a.category ORDER BY month, a.category`, append(args, q.Guild)...)
	if err != nil {
		return nil, fmt.Errorf("baseline alert months: %w", err)
	}
	return months, nil
}

// baselineFilter is the condition on alert_vendors (aliased av) of a
// vendor's alerts in q's window at q's severity, and its arguments.
func baselineFilter(q trust.AlertQuery) (where string, args []any) {
	where, args = "av.vendor = ?", []any{q.Vendor}
	if !q.Since.IsZero() {
		where += " AND av.published >= ?"
		args = append(args, q.Since.UnixMilli())
	}
	if q.MinSeverity > 0 {
		where += " AND av.severity >= ?"
		args = append(args, int(q.MinSeverity))
	}
	return where, args
}
