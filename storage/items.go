package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// KnownKeys reports which of keys the source has already stored, in one
// query, so that an unchanged feed costs one round trip.
func (db *DB) KnownKeys(ctx context.Context, sourceID int64, keys []string) (map[string]bool, error) {
	known := make(map[string]bool, len(keys))
	if len(keys) == 0 {
		return known, nil
	}
	// One JSON parameter instead of one per key keeps clear of SQLite's
	// variable limit whatever the feed's size.
	list, err := json.Marshal(keys)
	if err != nil {
		return nil, fmt.Errorf("known keys: %w", err)
	}
	rows, err := db.db.QueryContext(ctx, `
		SELECT key FROM sightings
		WHERE source_id = ? AND key IN (SELECT value FROM json_each(?))`, sourceID, string(list))
	if err != nil {
		return nil, fmt.Errorf("known keys of source %d: %w", sourceID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("known keys of source %d: %w", sourceID, err)
		}
		known[k] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("known keys of source %d: %w", sourceID, err)
	}
	return known, nil
}

// SaveResult tells what SaveItem stored.
type SaveResult struct {
	ItemID int64 // the article the item is (or was already) stored as
	// New is true when the source's key was not stored before; false
	// means the call changed nothing.
	New bool
	// SeenElsewhere is true when the key is new but its canonical link was
	// already stored (normally from another feed): the key is recorded as
	// one more sighting of that article, and no alert is made.
	SeenElsewhere bool
	AlertID       int64 // 0 when no alert was stored
	// Outbox counts the messages queued for the alert: outbox rows, plus
	// channels where the message of the event it joined is to be edited.
	Outbox int
}

// SaveItem stores one feed item of a source and, when alert is not nil and
// the article is new, the alert, its vendors and one outbox row per channel
// with a matching subscription, all in one transaction.
//
// An alert is routed to an enabled subscription of guild G when one of its
// vendors is global or G's own, its severity is at least the
// subscription's minimum, and the subscription is for every vendor or for
// one of those visible vendors.
func (db *DB) SaveItem(ctx context.Context, sourceID int64, it trust.Item, alert *trust.Alert) (SaveResult, error) {
	res, err := db.SaveItems(ctx, sourceID, []trust.Item{it}, []*trust.Alert{alert})
	if err != nil {
		return SaveResult{}, err
	}
	return res[0], nil
}

func insertAlert(ctx context.Context, tx *sql.Tx, itemID int64, a *trust.Alert, now time.Time) (int64, error) {
	signals, err := json.Marshal(toSignalJSON(a.Signals))
	if err != nil {
		return 0, fmt.Errorf("encode signals: %w", err)
	}
	created := a.CreatedAt
	if created.IsZero() {
		created = now
	}
	var eventID any
	if a.EventID != 0 {
		eventID = a.EventID
	}
	var id int64
	err = tx.QueryRowContext(ctx, `
		INSERT INTO alerts (item_id, title, link, source, published, category, score, severity,
			evidence, in_title, summary, signals, event_id, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		RETURNING id`,
		itemID, a.Title, a.Link, a.Source, ms(a.Published), string(a.Category), a.Score, int(a.Severity),
		a.Evidence, boolInt(a.InTitle), a.Summary, string(signals), eventID, ms(created)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert alert: %w", err)
	}
	// A guild's own entry for a vendor that is also global adds nothing
	// (every guild sees the global one) and would make a guild's view list
	// the alert twice; dropping it here keeps the reads free of de-duplication.
	globals := make(map[string]bool)
	for _, v := range a.Vendors {
		if v.Guild == "" {
			globals[strings.ToLower(v.Name)] = true
		}
	}
	for i, v := range a.Vendors {
		if v.Guild != "" && globals[strings.ToLower(v.Name)] {
			continue
		}
		// A vendor named twice (name and alias) is one hit: keep the first.
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO alert_vendors (alert_id, vendor, term, pos, guild, published, severity)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`,
			id, v.Name, v.Term, i, v.Guild, ms(a.Published), int(a.Severity)); err != nil {
			return 0, fmt.Errorf("insert alert vendor %q: %w", v.Name, err)
		}
	}
	// Here rather than in the callers so that SaveItem and SaveItems both
	// cluster, in the alert's own transaction.
	if err := assignEvent(ctx, tx, id, a, now); err != nil {
		return 0, err
	}
	return id, nil
}

// route queues the alert for every channel with a matching subscription.
// The EXISTS is both rules at once: a vendor hit the guild can see (global
// or its own) that is, unless the subscription is for all vendors, the
// subscription's vendor. ORDER BY makes the lowest subscription id the one
// a channel's row names when two of its subscriptions match.
//
// An alert that joined an event whose message a channel already has (or is
// about to get) is not posted there again: the message is marked for an
// edit instead (routeEdits). The count is of both.
func route(ctx context.Context, tx *sql.Tx, alertID int64, sev trust.Severity, now time.Time) (int, error) {
	var eventID int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(event_id, 0) FROM alerts WHERE id = ?`, alertID).Scan(&eventID); err != nil {
		return 0, fmt.Errorf("route alert: %w", err)
	}
	edits, notPosted := 0, ""
	args := []any{alertID, ms(now), int(sev)}
	if eventID != 0 {
		args = append(args, eventID)
		var err error
		if edits, err = routeEdits(ctx, tx, alertID, sev, now, eventID); err != nil {
			return 0, err
		}
		notPosted = " AND NOT " + liveEventPost
	}
	res, err := tx.ExecContext(ctx, `
		INSERT INTO outbox (subscription_id, alert_id, guild_id, channel_id, not_before, created_at, updated_at)
		SELECT s.id, ?1, s.guild_id, s.channel_id, ?2, ?2, ?2
		FROM subscriptions s
		WHERE s.disabled = 0 AND s.min_severity <= ?3
			AND EXISTS (
				SELECT 1 FROM alert_vendors av
				WHERE av.alert_id = ?1 AND av.guild IN ('', s.guild_id)
					AND (s.vendor = '' OR av.vendor = s.vendor))`+notPosted+`
		ORDER BY s.id
		ON CONFLICT (alert_id, channel_id) DO NOTHING`, args...)
	if err != nil {
		return 0, fmt.Errorf("route alert: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("route alert: %w", err)
	}
	return int(n) + edits, nil
}

// Article is a stored article with where it was seen and its alert.
type Article struct {
	ItemID        int64
	Title         string
	Link          string
	CanonicalLink string
	Published     time.Time
	DateKnown     bool
	FirstSeen     time.Time
	Sightings     []Sighting
	Alert         *trust.Alert // nil when the article made no alert
}

// Sighting is one feed entry that carried an article.
type Sighting struct {
	SourceID int64
	Source   string // the source's name
	Key      string
	SeenAt   time.Time
}

// AlertByLink finds the article stored under a canonical link (or, failing
// that, an exact link), with its sightings and alert; ErrNotFound if none.
func (db *DB) AlertByLink(ctx context.Context, link string) (Article, error) {
	var a Article
	var canonical sql.NullString
	var published, firstSeen int64
	var dateKnown int
	err := db.db.QueryRowContext(ctx, `
		SELECT id, title, link, canonical_link, published, date_known, first_seen FROM (
			SELECT 0 AS rank, * FROM items WHERE canonical_link = ?1
			UNION ALL
			SELECT 1, * FROM items WHERE link = ?1 AND link IS NOT canonical_link
		) ORDER BY rank, id LIMIT 1`, link).
		Scan(&a.ItemID, &a.Title, &a.Link, &canonical, &published, &dateKnown, &firstSeen)
	if errors.Is(err, sql.ErrNoRows) {
		return Article{}, fmt.Errorf("article %s: %w", link, ErrNotFound)
	}
	if err != nil {
		return Article{}, fmt.Errorf("article %s: %w", link, err)
	}
	a.CanonicalLink = canonical.String
	a.Published, a.FirstSeen, a.DateKnown = fromMS(published), fromMS(firstSeen), dateKnown == 1

	rows, err := db.db.QueryContext(ctx, `
		SELECT s.source_id, src.name, s.key, s.seen_at
		FROM sightings s JOIN sources src ON src.id = s.source_id
		WHERE s.item_id = ? ORDER BY s.seen_at, src.name`, a.ItemID)
	if err != nil {
		return Article{}, fmt.Errorf("sightings of %s: %w", link, err)
	}
	defer rows.Close()
	for rows.Next() {
		var s Sighting
		var seen int64
		if err := rows.Scan(&s.SourceID, &s.Source, &s.Key, &seen); err != nil {
			return Article{}, fmt.Errorf("sightings of %s: %w", link, err)
		}
		s.SeenAt = fromMS(seen)
		a.Sightings = append(a.Sightings, s)
	}
	if err := rows.Err(); err != nil {
		return Article{}, fmt.Errorf("sightings of %s: %w", link, err)
	}

	alerts, err := db.queryAlerts(ctx, db.db, `SELECT `+alertColumns+` FROM alerts a WHERE a.item_id = ?`, a.ItemID)
	if err != nil {
		return Article{}, fmt.Errorf("alert of %s: %w", link, err)
	}
	if len(alerts) > 0 {
		a.Alert = &alerts[0]
	}
	return a, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
