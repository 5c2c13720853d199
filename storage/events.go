package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vendorwatch/vendorwatch/sources/cluster"
	"github.com/vendorwatch/vendorwatch/trust"
)

// Events group the alerts about one happening (cluster.Assign), so that a
// channel gets one message per event that is edited as sources join.
//
// Clustering is a setting of the database, off until SetEventWindow turns
// it on: it lives in meta so that every path that stores an alert sees
// it inside its transaction without being told, and a database the daemon
// never configured (tests, benchmarks) stores one event-less alert per
// article as before.

const metaEventWindow = "event_window_ms"

// SetEventWindow turns event clustering on with the given window (how far
// apart in time alerts of one event may be), or off when window <= 0.
func (db *DB) SetEventWindow(ctx context.Context, window time.Duration) error {
	db.wmu.Lock()
	defer db.wmu.Unlock()
	var err error
	if window <= 0 {
		_, err = db.db.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, metaEventWindow)
	} else {
		_, err = db.db.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, metaEventWindow, strconv.FormatInt(window.Milliseconds(), 10))
	}
	if err != nil {
		return fmt.Errorf("set event window: %w", err)
	}
	return nil
}

// SetPrimarySources marks the named sources as authorities (regulators,
// CISA...) and every other source as press. Unknown names are ignored.
func (db *DB) SetPrimarySources(ctx context.Context, names []string) error {
	if names == nil {
		names = []string{} // not "null", which json_each reads as one NULL
	}
	list, err := json.Marshal(names)
	if err != nil {
		return fmt.Errorf("set primary sources: %w", err)
	}
	err = db.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE sources SET is_primary = coalesce(name IN (SELECT value FROM json_each(?)), 0)`, string(list))
		return err
	})
	if err != nil {
		return fmt.Errorf("set primary sources: %w", err)
	}
	return nil
}

func eventWindow(ctx context.Context, tx *sql.Tx) (time.Duration, bool, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaEventWindow).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("read event window: %w", err)
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 {
		return 0, false, nil
	}
	return time.Duration(n) * time.Millisecond, true, nil
}

// assignEvent puts a just-inserted alert into an open event or a new one,
// in the alert's transaction, and sets a.EventID. It compares the alert
// with the open events of its category that overlap its time window only;
// cluster.Assign picks among them deterministically.
func assignEvent(ctx context.Context, tx *sql.Tx, alertID int64, a *trust.Alert, now time.Time) error {
	window, at, open, err := eventsAround(ctx, tx, a, now)
	if err != nil || window == 0 {
		return err
	}
	var listed bool
	if err := tx.QueryRowContext(ctx, `SELECT coalesce((SELECT is_list FROM sources WHERE name = ?), 0)`, a.Source).Scan(&listed); err != nil {
		return fmt.Errorf("source of alert: %w", err)
	}
	e, _ := cluster.Join(cluster.Options{Window: window, Listed: listed}, open, eventVendors(a.VendorNames()), a.Category, at, cluster.Sign(a.Title, a.Evidence))
	blob, err := e.Sig.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encode signature: %w", err)
	}
	vs, err := json.Marshal(e.Vendors)
	if err != nil {
		return fmt.Errorf("encode vendors: %w", err)
	}
	if e.ID == 0 {
		err = tx.QueryRowContext(ctx, `
			INSERT INTO events (category, vendors, signature, first_at, last_at, lead_alert_id, created_at, updated_at, listed)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			string(e.Category), string(vs), blob, ms(e.First), ms(e.Last), alertID, ms(now), ms(now), e.Listed).Scan(&e.ID)
	} else {
		_, err = tx.ExecContext(ctx, `
			UPDATE events SET vendors = ?, signature = ?, first_at = ?, last_at = ?, updated_at = ?, listed = ? WHERE id = ?`,
			string(vs), blob, ms(e.First), ms(e.Last), ms(now), e.Listed, e.ID)
	}
	if err != nil {
		return fmt.Errorf("store event: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE alerts SET event_id = ? WHERE id = ?`, e.ID, alertID); err != nil {
		return fmt.Errorf("link alert to event %d: %w", e.ID, err)
	}
	for _, v := range e.Vendors {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO event_vendors (vendor, event_id, first_at) VALUES (?, ?, ?)
			ON CONFLICT (vendor, event_id) DO UPDATE SET first_at = excluded.first_at`, v, e.ID, ms(e.First)); err != nil {
			return fmt.Errorf("event %d vendor %q: %w", e.ID, v, err)
		}
	}
	// The counts, the confirmation and the lead are derived from the
	// alerts, so that they never drift from them. A watched list is the
	// confirmation whenever it took part, whichever came first, and says
	// when it changed ("OFAC SDN list, 5 March 2024"). The lead is the most
	// authoritative headline: a primary source's, else the most severe,
	// else the first.
	if _, err := tx.ExecContext(ctx, `
		UPDATE events SET
			alerts = (SELECT count(*) FROM alerts WHERE event_id = ?1),
			sources = (SELECT count(DISTINCT source) FROM alerts WHERE event_id = ?1),
			confirmed_by = coalesce((
				SELECT a.source || CASE WHEN s.is_list = 1 THEN ', ' || `+sqlDay("a.published")+` ELSE '' END
				FROM alerts a JOIN sources s ON s.name = a.source
				WHERE a.event_id = ?1 AND s.is_primary = 1 ORDER BY s.is_list DESC, a.published, a.id LIMIT 1), ''),
			lead_alert_id = (
				SELECT a.id FROM alerts a LEFT JOIN sources s ON s.name = a.source
				WHERE a.event_id = ?1
				ORDER BY coalesce(s.is_primary, 0) DESC, a.severity DESC, a.published, a.id LIMIT 1)
		WHERE id = ?1`, e.ID); err != nil {
		return fmt.Errorf("update event %d: %w", e.ID, err)
	}
	a.EventID = e.ID
	return nil
}

// joinsEvent reports whether a (a coverage alert) would join an open
// event: coverage may add to an event's reports, never start one, so
// without an event it is not stored as an alert at all.
func joinsEvent(ctx context.Context, tx *sql.Tx, a *trust.Alert, now time.Time) (bool, error) {
	window, at, open, err := eventsAround(ctx, tx, a, now)
	if err != nil || window == 0 {
		return false, err
	}
	return cluster.Assign(cluster.Options{Window: window}, open, eventVendors(a.VendorNames()), a.Category, at, cluster.Sign(a.Title, a.Evidence)) >= 0, nil
}

// eventsAround returns the event window (0: grouping is off), the alert's
// time (its publication, else now) and the open events of its category
// around that time.
func eventsAround(ctx context.Context, tx *sql.Tx, a *trust.Alert, now time.Time) (time.Duration, time.Time, []cluster.Event, error) {
	window, on, err := eventWindow(ctx, tx)
	if err != nil || !on {
		return 0, time.Time{}, nil, err
	}
	at := a.Published
	if at.IsZero() {
		at = now
	}
	open, err := openEvents(ctx, tx, a.Category, at, window)
	if err != nil {
		return 0, time.Time{}, nil, err
	}
	return window, at, open, nil
}

// openEvents are the events of category cat that lie within window of at.
func openEvents(ctx context.Context, tx *sql.Tx, cat trust.Category, at time.Time, window time.Duration) ([]cluster.Event, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT id, vendors, first_at, last_at, signature, listed FROM events
		WHERE category = ? AND last_at >= ? AND first_at <= ?
		ORDER BY id`, string(cat), ms(at.Add(-window)), ms(at.Add(window)))
	if err != nil {
		return nil, fmt.Errorf("open events: %w", err)
	}
	defer rows.Close()
	var open []cluster.Event
	for rows.Next() {
		e := cluster.Event{Category: cat}
		var vs string
		var first, last int64
		var blob []byte
		if err := rows.Scan(&e.ID, &vs, &first, &last, &blob, &e.Listed); err != nil {
			return nil, fmt.Errorf("open events: %w", err)
		}
		if err := json.Unmarshal([]byte(vs), &e.Vendors); err != nil {
			return nil, fmt.Errorf("vendors of event %d: %w", e.ID, err)
		}
		if err := e.Sig.UnmarshalBinary(blob); err != nil {
			return nil, fmt.Errorf("signature of event %d: %w", e.ID, err)
		}
		e.First, e.Last = fromMS(first), fromMS(last)
		open = append(open, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("open events: %w", err)
	}
	return open, nil
}

// eventVendors sorts and de-duplicates names (clustering compares them
// exactly).
func eventVendors(names []string) []string {
	out := slices.Clone(names)
	slices.Sort(out)
	return slices.Compact(out)
}

const eventColumns = `e.id, e.category, e.vendors, e.first_at, e.last_at, e.lead_alert_id,
	coalesce(l.title, ''), coalesce(l.link, ''), e.alerts, e.sources, e.confirmed_by`

func scanEvent(row interface{ Scan(...any) error }) (trust.Event, error) {
	var e trust.Event
	var cat, vs string
	var first, last int64
	if err := row.Scan(&e.ID, &cat, &vs, &first, &last, &e.LeadAlertID, &e.Title, &e.Link, &e.Alerts, &e.Sources, &e.ConfirmedBy); err != nil {
		return e, err
	}
	e.Category, e.First, e.Last = trust.Category(cat), fromMS(first), fromMS(last)
	if err := json.Unmarshal([]byte(vs), &e.Vendors); err != nil {
		return e, fmt.Errorf("vendors of event %d: %w", e.ID, err)
	}
	return e, nil
}

// Event returns an event and its alerts, oldest first; ErrNotFound if
// there is no such event.
func (db *DB) Event(ctx context.Context, id int64) (trust.Event, []trust.Alert, error) {
	e, err := scanEvent(db.db.QueryRowContext(ctx, `SELECT `+eventColumns+`
		FROM events e LEFT JOIN alerts l ON l.id = e.lead_alert_id WHERE e.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return trust.Event{}, nil, fmt.Errorf("event %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return trust.Event{}, nil, fmt.Errorf("event %d: %w", id, err)
	}
	alerts, err := db.queryAlerts(ctx, db.db, `SELECT `+alertColumns+` FROM alerts a
		WHERE a.event_id = ? ORDER BY a.published, a.id`, id)
	if err != nil {
		return trust.Event{}, nil, fmt.Errorf("alerts of event %d: %w", id, err)
	}
	return e, alerts, nil
}

// VendorEvents returns the events that name a vendor (case-insensitive),
// newest first, at most limit (default 20).
func (db *DB) VendorEvents(ctx context.Context, vendor string, limit int) ([]trust.Event, error) {
	if limit <= 0 {
		limit = 20
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+eventColumns+`
		FROM event_vendors ev JOIN events e ON e.id = ev.event_id LEFT JOIN alerts l ON l.id = e.lead_alert_id
		WHERE ev.vendor = ? ORDER BY ev.first_at DESC, e.id DESC LIMIT ?`, vendor, limit)
	if err != nil {
		return nil, fmt.Errorf("events of %s: %w", vendor, err)
	}
	defer rows.Close()
	var out []trust.Event
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("events of %s: %w", vendor, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events of %s: %w", vendor, err)
	}
	return out, nil
}

// repostNonce is the nonce of the n-th replacement of an event message
// row: "ve", the instance tag, the row id and n in base 36, 25 characters
// at most, never a nonce of the outbox ("vw").
func (db *DB) repostNonce(id int64, n int) string {
	i := strconv.FormatInt(id, 36)
	r := strconv.FormatInt(int64(n), 36)
	return "ve" + db.instance + strings.Repeat("0", max(0, 11-len(i))) + i + strings.Repeat("0", max(0, 4-len(r))) + r
}

// PendingEdits returns event messages to re-render that are due at now:
// changed, past any retry delay, last edited at least gap ago (so that a
// burst of sources makes one edit, not one each), and posted (a message
// still in the outbox will show the event's state when it goes out).
func (db *DB) PendingEdits(ctx context.Context, now time.Time, gap time.Duration, limit int) ([]trust.EventEdit, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := db.db.QueryContext(ctx, `
		SELECT id, event_id, guild_id, channel_id, gen, attempts, reposts, msg FROM (
			SELECT m.id, m.event_id, m.guild_id, m.channel_id, m.gen, m.attempts, m.reposts, m.not_before,
				CASE WHEN m.message_id <> '' THEN m.message_id ELSE coalesce((
					SELECT o.message_id FROM alerts a JOIN outbox o ON o.alert_id = a.id
					WHERE a.event_id = m.event_id AND o.channel_id = m.channel_id
						AND o.status = 'sent' AND o.message_id <> '' AND o.ref_id = 0
					ORDER BY o.id LIMIT 1), '') END AS msg
			FROM event_messages m
			WHERE m.pending = 1 AND m.not_before <= ?1 AND m.edited_at <= ?2)
		WHERE msg <> ''
		ORDER BY not_before, id LIMIT ?3`, ms(now), ms(now.Add(-gap)), limit)
	if err != nil {
		return nil, fmt.Errorf("pending edits: %w", err)
	}
	defer rows.Close()
	var out []trust.EventEdit
	for rows.Next() {
		var e trust.EventEdit
		var id int64
		var reposts int
		if err := rows.Scan(&id, &e.EventID, &e.GuildID, &e.ChannelID, &e.Gen, &e.Attempts, &reposts, &e.MessageID); err != nil {
			return nil, fmt.Errorf("pending edits: %w", err)
		}
		e.RepostNonce = db.repostNonce(id, reposts)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pending edits: %w", err)
	}
	return out, nil
}

// EditDone records that the event's message in e's channel now shows the
// event as it was at e.Gen: the edit stays pending if the event changed
// since. repostID, when not empty, is the replacement message posted
// because the old one was gone; it is the one edited from now on.
func (db *DB) EditDone(ctx context.Context, e trust.EventEdit, repostID string) error {
	return db.updateEdit(ctx, "edit done", e, `
		UPDATE event_messages SET pending = (gen <> ?), edited_at = ?, attempts = 0, last_error = '',
			message_id = CASE WHEN ?3 <> '' THEN ?3 ELSE message_id END,
			reposts = reposts + (?3 <> '')
		WHERE event_id = ? AND channel_id = ?`, e.Gen, ms(db.now()), repostID, e.EventID, e.ChannelID)
}

// EditRetry counts a failed edit and holds it back until notBefore.
func (db *DB) EditRetry(ctx context.Context, e trust.EventEdit, notBefore time.Time, errText string) error {
	return db.updateEdit(ctx, "edit retry", e, `
		UPDATE event_messages SET attempts = attempts + 1, not_before = ?, last_error = ?
		WHERE event_id = ? AND channel_id = ? AND pending = 1`,
		ms(notBefore), clip(errText, maxErrorText), e.EventID, e.ChannelID)
}

// EditDropped gives up on the pending edit; the event's next alert asks
// for a new one.
func (db *DB) EditDropped(ctx context.Context, e trust.EventEdit, reason string) error {
	return db.updateEdit(ctx, "edit dropped", e, `
		UPDATE event_messages SET pending = 0, attempts = 0, last_error = ?
		WHERE event_id = ? AND channel_id = ?`, clip(reason, maxErrorText), e.EventID, e.ChannelID)
}

func (db *DB) updateEdit(ctx context.Context, what string, e trust.EventEdit, query string, args ...any) error {
	db.wmu.Lock()
	res, err := db.db.ExecContext(ctx, query, args...)
	db.wmu.Unlock()
	if err != nil {
		return fmt.Errorf("%s event %d channel %s: %w", what, e.EventID, e.ChannelID, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("%s event %d channel %s: %w", what, e.EventID, e.ChannelID, ErrNotFound)
	}
	return nil
}

// EventDelivery is where an alert went: a channel's outbox row for it, or
// the edit of its event's message there.
type EventDelivery struct {
	GuildID, ChannelID string
	Kind               string // "post", "edit" or "held" (for a digest)
	// Status is, for a post: pending, sent or dropped; an edit: pending or
	// done; held: waiting (for its digest), then its digest's pending, sent
	// or dropped.
	Status string
	// LastError is the last send error; for held, why: "digest" (a digest
	// subscription) or "quiet" (quiet hours).
	LastError string
}

// AlertDeliveries lists where an alert went, for /explain.
func (db *DB) AlertDeliveries(ctx context.Context, alertID int64) ([]EventDelivery, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT guild_id, channel_id, 'post', status, last_error FROM outbox WHERE alert_id = ?1
		UNION ALL
		SELECT m.guild_id, m.channel_id, 'edit', CASE m.pending WHEN 1 THEN 'pending' ELSE 'done' END, m.last_error
		FROM event_messages m JOIN alerts a ON a.event_id = m.event_id
		WHERE a.id = ?1 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.alert_id = ?1 AND o.channel_id = m.channel_id)
		UNION ALL
		SELECT h.guild_id, h.channel_id, 'held', CASE WHEN h.digest_id IS NULL THEN 'waiting' ELSE coalesce((
			SELECT CASE WHEN min(o.status = 'sent') = 1 THEN 'sent' WHEN max(o.status = 'pending') = 1 THEN 'pending' ELSE 'dropped' END
			FROM outbox o WHERE o.kind = 'digest' AND o.ref_id = h.digest_id), 'pending') END, h.reason
		FROM held h WHERE h.alert_id = ?1
		ORDER BY 2`, alertID)
	if err != nil {
		return nil, fmt.Errorf("deliveries of alert %d: %w", alertID, err)
	}
	defer rows.Close()
	var out []EventDelivery
	for rows.Next() {
		var d EventDelivery
		if err := rows.Scan(&d.GuildID, &d.ChannelID, &d.Kind, &d.Status, &d.LastError); err != nil {
			return nil, fmt.Errorf("deliveries of alert %d: %w", alertID, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
