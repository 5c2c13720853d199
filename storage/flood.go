package storage

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// DefaultPostsPerPoll is how many alerts one poll of one source may post
// to a channel one by one unless SetPostsPerPoll says otherwise: ten
// messages are two of Discord's five-second windows of a channel.
const DefaultPostsPerPoll = 10

const metaPostsPerPoll = "posts_per_poll"

// maxFloodVendors bounds the vendors a flood keeps for its summary.
const maxFloodVendors = 10

// SetPostsPerPoll sets how many alerts one poll of one source may post to
// a channel one by one; beyond that they are told in one summary message
// (a flood). n <= 0 restores DefaultPostsPerPoll.
func (db *DB) SetPostsPerPoll(ctx context.Context, n int) error {
	db.wmu.Lock()
	defer db.wmu.Unlock()
	var err error
	if n <= 0 {
		_, err = db.db.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, metaPostsPerPoll)
	} else {
		_, err = db.db.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, metaPostsPerPoll, strconv.Itoa(n))
	}
	if err != nil {
		return fmt.Errorf("set posts per poll: %w", err)
	}
	return nil
}

// pollCap routes one poll's alerts, most severe first, and keeps count of
// what each channel got: past the limit, a channel's alerts are kept back
// (overflow) and, when the poll's alerts are all routed, told in one flood
// summary row.
type pollCap struct {
	limit   int
	pending []routeReq
	posted  map[string]int // outbox rows the poll made per channel
	over    map[string]*overflow
	order   []string // channels of over, in the order they overflowed
}

// routeReq is an alert of the poll waiting to be routed.
type routeReq struct {
	alertID int64
	sev     trust.Severity
}

// overflow is a channel's alerts beyond the limit, most severe first.
type overflow struct {
	sub    Subscription // the subscription the first would have been posted for
	ping   string
	alerts []int64
	sev    trust.Severity
}

func newPollCap(ctx context.Context, postsPerPoll *sql.Stmt) (*pollCap, error) {
	pc := &pollCap{limit: DefaultPostsPerPoll, posted: map[string]int{}, over: map[string]*overflow{}}
	var v string
	err := postsPerPoll.QueryRowContext(ctx).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return nil, fmt.Errorf("posts per poll: %w", err)
	default:
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			pc.limit = n
		}
	}
	return pc, nil
}

// full reports whether the poll has posted its limit to the channel. A nil
// pollCap has no limit.
func (pc *pollCap) full(channel string) bool {
	return pc != nil && pc.posted[channel] >= pc.limit
}

func (pc *pollCap) count(channel string, n int) {
	if pc != nil {
		pc.posted[channel] += n
	}
}

// keep holds an alert back from a full channel.
func (pc *pollCap) keep(channel string, sub *Subscription, ping string, alertID int64, sev trust.Severity) {
	o := pc.over[channel]
	if o == nil {
		o = &overflow{sub: *sub, ping: ping, sev: sev}
		pc.over[channel] = o
		pc.order = append(pc.order, channel)
	}
	o.alerts = append(o.alerts, alertID)
	o.sev = max(o.sev, sev)
}

// route routes the poll's alerts, most severe first (so that what a
// channel gets one by one is the most severe of the poll), then queues a
// summary per overflowing channel. It returns the outbox rows and edits
// queued per alert.
func (pc *pollCap) route(ctx context.Context, tx *sql.Tx, now time.Time) (map[int64]int, error) {
	slices.SortStableFunc(pc.pending, func(a, b routeReq) int { return cmp.Compare(b.sev, a.sev) })
	counts := make(map[int64]int, len(pc.pending))
	for _, r := range pc.pending {
		n, err := route(ctx, tx, r.alertID, r.sev, now, pc)
		if err != nil {
			return nil, err
		}
		counts[r.alertID] += n
	}
	for _, ch := range pc.order {
		o := pc.over[ch]
		first := o.alerts[0]
		if len(o.alerts) == 1 {
			// A summary of one alert costs the channel as much as the
			// alert: post it.
			n, err := insertAlertRow(ctx, tx, &o.sub, first, o.ping, ch, o.sev, 0, now)
			if err != nil {
				return nil, err
			}
			counts[first] += n
			continue
		}
		floodID, err := insertFlood(ctx, tx, ch, o, pc.posted[ch], now)
		if err != nil {
			return nil, err
		}
		n, err := insertAlertRow(ctx, tx, &o.sub, first, "", ch, o.sev, floodID, now)
		if err != nil {
			return nil, err
		}
		counts[first] += n
	}
	return counts, nil
}

// insertAlertRow queues an alert's outbox row for a channel: its post, or
// with floodID the summary of that flood, which the alert leads.
func insertAlertRow(ctx context.Context, tx *sql.Tx, sub *Subscription, alertID int64, ping, channel string, sev trust.Severity, floodID int64, now time.Time) (int, error) {
	res, err := tx.ExecContext(ctx, `
		INSERT INTO outbox (subscription_id, kind, alert_id, ref_id, ping_role, guild_id, channel_id, severity, not_before, created_at, updated_at)
		VALUES (?, 'alert', ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (alert_id, channel_id) DO NOTHING`,
		sub.ID, alertID, floodID, ping, sub.GuildID, channel, int(sev), ms(now), ms(now), ms(now))
	if err != nil {
		return 0, fmt.Errorf("route alert: %w", err)
	}
	k, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("route alert: %w", err)
	}
	return int(k), nil
}

// insertFlood records a channel's overflow: its source, size and the
// vendors the channel's guild can see.
func insertFlood(ctx context.Context, tx *sql.Tx, channel string, o *overflow, posted int, now time.Time) (int64, error) {
	ids, err := json.Marshal(o.alerts)
	if err != nil {
		return 0, fmt.Errorf("flood: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT min(av.vendor), count(DISTINCT av.alert_id) AS n FROM alert_vendors av
		WHERE av.alert_id IN (SELECT value FROM json_each(?)) AND av.guild IN ('', ?)
		GROUP BY av.vendor COLLATE NOCASE ORDER BY n DESC, 1 LIMIT ?`, string(ids), o.sub.GuildID, maxFloodVendors)
	if err != nil {
		return 0, fmt.Errorf("flood vendors: %w", err)
	}
	vendors := []trust.FloodVendor{}
	for rows.Next() {
		var v trust.FloodVendor
		if err := rows.Scan(&v.Name, &v.Alerts); err != nil {
			rows.Close()
			return 0, fmt.Errorf("flood vendors: %w", err)
		}
		vendors = append(vendors, v)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return 0, fmt.Errorf("flood vendors: %w", err)
	}
	rows.Close()
	vj, err := json.Marshal(vendors)
	if err != nil {
		return 0, fmt.Errorf("flood: %w", err)
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO floods (source, guild_id, channel_id, posted, alerts, vendors, created_at)
		SELECT source, ?, ?, ?, ?, ?, ? FROM alerts WHERE id = ?
		RETURNING id`, o.sub.GuildID, channel, posted, len(o.alerts), string(vj), ms(now), o.alerts[0]).Scan(&id); err != nil {
		return 0, fmt.Errorf("insert flood: %w", err)
	}
	return id, nil
}

// Flood returns a flood summary's record; ErrNotFound if there is none.
func (db *DB) Flood(ctx context.Context, id int64) (trust.Flood, error) {
	var f trust.Flood
	var vendors string
	var created int64
	err := db.db.QueryRowContext(ctx, `
		SELECT id, source, guild_id, channel_id, posted, alerts, vendors, created_at FROM floods WHERE id = ?`, id).
		Scan(&f.ID, &f.Source, &f.GuildID, &f.ChannelID, &f.Posted, &f.Alerts, &vendors, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("flood %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return f, fmt.Errorf("flood %d: %w", id, err)
	}
	f.CreatedAt = fromMS(created)
	if err := json.Unmarshal([]byte(vendors), &f.Vendors); err != nil {
		return f, fmt.Errorf("flood %d: vendors: %w", id, err)
	}
	return f, nil
}
