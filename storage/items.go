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
// query. The poller does not need it: SavePoll asks the same inside its
// transaction.
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

// SaveResult tells what SaveItems stored of one item.
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

func insertAlert(ctx context.Context, tx *sql.Tx, itemID int64, a *trust.Alert, guildOnly bool, now time.Time) (int64, error) {
	if a.Coverage {
		// Coverage is kept only as one more report of an open event; a
		// server's own feed joins no event, so its coverage is no alert.
		if guildOnly {
			return 0, nil
		}
		if joins, err := joinsEvent(ctx, tx, a, now); err != nil || !joins {
			return 0, err
		}
	}
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
			evidence, in_title, summary, signals, event_id, created_at, guild_only)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		RETURNING id`,
		itemID, a.Title, a.Link, a.Source, ms(a.Published), string(a.Category), a.Score, int(a.Severity),
		a.Evidence, boolInt(a.InTitle), a.Summary, string(signals), eventID, ms(created), boolInt(guildOnly)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert alert: %w", err)
	}
	// A guild's own entry for a vendor that is also global adds nothing
	// (every guild sees the global one) and would make a guild's view list
	// the alert twice; dropping it here keeps the reads free of de-duplication.
	if _, err := insertAlertVendors(ctx, tx, id, a); err != nil {
		return 0, err
	}
	// Here rather than in the callers so that every path that stores an
	// alert clusters it, in the alert's own transaction. An alert only
	// some guilds see joins no event: an event's message is rendered
	// whole in every channel that has it.
	if guildOnly {
		return id, nil
	}
	if err := assignEvent(ctx, tx, id, a, now); err != nil {
		return 0, err
	}
	return id, nil
}

// insertAlertVendors stores an alert's vendor hits and returns how many
// rows were new.
func insertAlertVendors(ctx context.Context, tx *sql.Tx, id int64, a *trust.Alert) (int, error) {
	globals := make(map[string]bool)
	for _, v := range a.Vendors {
		if v.Guild == "" {
			globals[strings.ToLower(v.Name)] = true
		}
	}
	n := 0
	for i, v := range a.Vendors {
		if v.Guild != "" && globals[strings.ToLower(v.Name)] {
			continue
		}
		// A vendor named twice (name and alias) is one hit: keep the first.
		res, err := tx.ExecContext(ctx, `
			INSERT INTO alert_vendors (alert_id, vendor, term, pos, guild, published, severity, unlisted, class)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`,
			id, v.Name, v.Term, i, v.Guild, ms(a.Published), int(a.Severity), boolInt(v.Unlisted), v.Class)
		if err != nil {
			return 0, fmt.Errorf("insert alert vendor %q: %w", v.Name, err)
		}
		k, err := res.RowsAffected()
		if err != nil {
			return 0, fmt.Errorf("insert alert vendor %q: %w", v.Name, err)
		}
		n += int(k)
	}
	return n, nil
}

// route sends the alert to every channel with a matching subscription:
// an enabled one of the guild, at or below the alert's severity, for every
// vendor or for one of the alert's vendors the guild can see (global or
// its own), and with that vendor not muted in the channel now.
//
// A channel gets the alert once, whatever number of its subscriptions
// match, in one of three ways:
//   - an edit of its event's message, when the channel already has one
//     (sent or about to be) from another alert of the event (edits are
//     silent, so this holds in quiet hours too);
//   - an outbox row, when one of its matching subscriptions is instant and
//     not in quiet hours for this severity; it mentions the role of the
//     first such subscription whose ping threshold the alert reaches;
//   - else a held row, for the next digest (or the end of quiet hours) of
//     the first matching subscription.
//
// With pc, a channel that has had pc's limit of posts from the poll gets
// no outbox row: pc keeps the alert for the poll's flood summary.
//
// The count is of outbox rows and edits.
func route(ctx context.Context, tx *sql.Tx, alertID int64, sev trust.Severity, now time.Time, pc *pollCap) (int, error) {
	var eventID int64
	var category string
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(event_id, 0), category FROM alerts WHERE id = ?`, alertID).Scan(&eventID, &category); err != nil {
		return 0, fmt.Errorf("route alert: %w", err)
	}
	// trust.Subscription.Deliver in SQL (TestRouteFollowsDeliver holds the
	// two together): which subscriptions get the alert. How (post, hold,
	// ping) is Subscription.Manner, per channel below, as in Deliver.
	rows, err := tx.QueryContext(ctx, `
		SELECT `+subscriptionColumns+` FROM subscriptions s
		WHERE s.disabled = 0 AND s.min_severity <= ?3
			AND (?4 <> 'oss' OR s.oss = 1)
			AND EXISTS (
				SELECT 1 FROM alert_vendors av
				WHERE av.alert_id = ?1 AND av.guild IN ('', s.guild_id)
					AND (s.vendor = '' OR av.vendor = s.vendor COLLATE NOCASE)
					AND (av.unlisted = 0 OR s.scope = 'any' OR ?4 = 'oss')
					AND NOT EXISTS (
						SELECT 1 FROM mutes m
						WHERE m.channel_id = s.channel_id AND m.until > ?2 AND m.vendor IN ('', av.vendor)))
		ORDER BY s.id`, alertID, ms(now), int(sev), category)
	if err != nil {
		return 0, fmt.Errorf("route alert: %w", err)
	}
	type choice struct {
		post, hold *Subscription
		ping       string
		holdWhy    string
	}
	var order []string
	channels := map[string]*choice{}
	for rows.Next() {
		sub, err := scanSubscription(rows)
		if err != nil {
			rows.Close()
			return 0, fmt.Errorf("route alert: %w", err)
		}
		c := channels[sub.ChannelID]
		if c == nil {
			c = &choice{}
			channels[sub.ChannelID] = c
			order = append(order, sub.ChannelID)
		}
		why, ping := sub.Manner(sev, now)
		switch {
		case why == "":
			if c.post == nil {
				c.post = &sub
			}
			if c.ping == "" && ping {
				c.ping = sub.PingRole
			}
		case c.hold == nil:
			c.hold, c.holdWhy = &sub, why
		}
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return 0, fmt.Errorf("route alert: %w", err)
	}
	rows.Close()

	n := 0
	for _, ch := range order {
		c := channels[ch]
		first := c.post
		if first == nil {
			first = c.hold
		}
		if eventID != 0 {
			var live bool
			if err := tx.QueryRowContext(ctx, `SELECT EXISTS (
				SELECT 1 FROM alerts ea JOIN outbox eo ON eo.alert_id = ea.id
				WHERE ea.event_id = ? AND ea.id <> ? AND eo.channel_id = ? AND eo.status IN ('pending', 'sent')
					AND eo.ref_id = 0)`,
				eventID, alertID, ch).Scan(&live); err != nil {
				return 0, fmt.Errorf("route alert: %w", err)
			}
			if live {
				if _, err := tx.ExecContext(ctx, `
					INSERT INTO event_messages (event_id, guild_id, channel_id, pending, gen, not_before)
					VALUES (?, ?, ?, 1, 1, ?)
					ON CONFLICT (event_id, channel_id) DO UPDATE SET pending = 1, gen = gen + 1`,
					eventID, first.GuildID, ch, ms(now)); err != nil {
					return 0, fmt.Errorf("route event edit: %w", err)
				}
				n++
				continue
			}
		}
		if c.post != nil {
			if pc.full(ch) {
				pc.keep(ch, c.post, c.ping, alertID, sev)
				continue
			}
			k, err := insertAlertRow(ctx, tx, c.post, alertID, c.ping, ch, sev, 0, now)
			if err != nil {
				return 0, err
			}
			pc.count(ch, k)
			n += k
			continue
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO held (subscription_id, guild_id, channel_id, alert_id, reason, created_at)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (alert_id, channel_id) DO NOTHING`,
			c.hold.ID, c.hold.GuildID, ch, alertID, c.holdWhy, ms(now)); err != nil {
			return 0, fmt.Errorf("hold alert: %w", err)
		}
	}
	return n, nil
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
		SELECT s.source_id, CASE WHEN src.server = 1 AND src.title <> '' THEN src.title ELSE src.name END, s.key, s.seen_at
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
