package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// SourceState and Failure are the domain types; the aliases keep
// storage's callers short.
type (
	SourceState = trust.SourceState
	Failure     = trust.Failure
)

const sourceColumns = `id, name, url, etag, last_modified, last_attempt, last_success, next_poll, failures, last_error, seeded,
	last_error_kind, last_error_status, last_error_cap, last_error_detail, failing_since, down, server, title`

func scanSource(row interface{ Scan(...any) error }) (SourceState, error) {
	var s SourceState
	var attempt, success, next, failingSince int64
	var seeded, down, server int
	err := row.Scan(&s.ID, &s.Name, &s.URL, &s.ETag, &s.LastModified, &attempt, &success, &next,
		&s.Failures, &s.LastError, &seeded, &s.LastFailure.Kind, &s.LastFailure.Status, &s.LastFailure.Cap, &s.LastFailure.Detail,
		&failingSince, &down, &server, &s.Title)
	s.LastAttempt, s.LastSuccess, s.NextPoll = fromMS(attempt), fromMS(success), fromMS(next)
	s.Seeded, s.FailingSince, s.Down, s.Server = seeded == 1, fromMS(failingSince), down == 1, server == 1
	return s, err
}

// EnsureSource creates the source called name or updates its URL. A changed
// URL is a different feed: its validators are cleared and it is seeded
// again, so the new feed's backlog is not posted. A server's feed
// (/sources add) is never taken over by name: its name is "feed:" and
// its URL, which a config source cannot reuse.
func (db *DB) EnsureSource(ctx context.Context, name, url string) (SourceState, error) {
	out, err := db.EnsureSources(ctx, []trust.Source{{Name: name, URL: url}})
	if err != nil {
		return SourceState{}, err
	}
	return out[0], nil
}

// sqlEnsureSource is EnsureSource's statement.
const sqlEnsureSource = `
	INSERT INTO sources (name, url) VALUES (?, ?)
	ON CONFLICT (name) DO UPDATE SET
		etag          = CASE WHEN url = excluded.url THEN etag ELSE '' END,
		last_modified = CASE WHEN url = excluded.url THEN last_modified ELSE '' END,
		seeded        = CASE WHEN url = excluded.url THEN seeded ELSE 0 END,
		url           = excluded.url
	WHERE server = 0
	RETURNING ` + sourceColumns

// EnsureSources is EnsureSource for each of srcs (their names and URLs),
// in one transaction, and returns their states in the same order: the
// daemon's start registers every configured source, and a commit each
// made a start with 10,000 sources take seconds. On error none is
// changed.
func (db *DB) EnsureSources(ctx context.Context, srcs []trust.Source) ([]SourceState, error) {
	for _, src := range srcs {
		if src.Name == "" {
			return nil, fmt.Errorf("ensure source: empty name")
		}
	}
	out := make([]SourceState, 0, len(srcs))
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		q, err := tx.PrepareContext(ctx, sqlEnsureSource)
		if err != nil {
			return fmt.Errorf("ensure sources: %w", err)
		}
		defer q.Close()
		for _, src := range srcs {
			s, err := scanSource(q.QueryRowContext(ctx, src.Name, src.URL))
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("ensure source %s: the name is a server's feed", src.Name)
			}
			if err != nil {
				return fmt.Errorf("ensure source %s: %w", src.Name, err)
			}
			out = append(out, s)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// SourcesByID returns the states of the sources with the given ids (those
// that exist), in one query: a poll's own read of its state costs a
// commit-invalidated page cache each time, and the daemon's first round
// reads them ahead in chunks (poller.firstRound).
func (db *DB) SourcesByID(ctx context.Context, ids []int64) ([]SourceState, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	var q strings.Builder
	q.WriteString(`SELECT ` + sourceColumns + ` FROM sources WHERE id IN (`)
	for i, id := range ids {
		if i > 0 {
			q.WriteByte(',')
		}
		q.WriteByte('?')
		args[i] = id
	}
	q.WriteByte(')')
	rows, err := db.db.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return nil, fmt.Errorf("sources by id: %w", err)
	}
	defer rows.Close()
	out := make([]SourceState, 0, len(ids))
	for rows.Next() {
		s, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("sources by id: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sources by id: %w", err)
	}
	return out, nil
}

// Source returns the source with the given id, or ErrNotFound.
func (db *DB) Source(ctx context.Context, id int64) (SourceState, error) {
	q, err := db.pollStmts.get(ctx, db.db, `SELECT `+sourceColumns+` FROM sources WHERE id = ?`)
	if err != nil {
		return SourceState{}, fmt.Errorf("source %d: %w", id, err)
	}
	s, err := scanSource(q.QueryRowContext(ctx, id))
	if errors.Is(err, sql.ErrNoRows) {
		return SourceState{}, fmt.Errorf("source %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return SourceState{}, fmt.Errorf("source %d: %w", id, err)
	}
	return s, nil
}

// Sources returns every built-in source (the config's, not the servers'
// own feeds), by name.
func (db *DB) Sources(ctx context.Context) ([]SourceState, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE server = 0 ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	var out []SourceState
	for rows.Next() {
		s, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("list sources: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	return out, nil
}

// sqlRecordSuccess records a fetch whose items have been stored (SaveFeed
// runs it in their transaction): new validators, failures reset, and the
// source marked seeded. A source the operators were told is down keeps
// failing_since for the recovery notice; RETURNING down says whether one
// is due (recovered does it).
const sqlRecordSuccess = `
	UPDATE sources SET etag = ?, last_modified = ?, last_attempt = ?, last_success = ?, next_poll = ?,
		failures = 0, last_error = '', last_error_kind = '', last_error_status = 0, last_error_cap = 0, last_error_detail = '',
		seeded = 1,
		failing_since = CASE WHEN down = 1 THEN failing_since ELSE 0 END
	WHERE id = ? RETURNING down`

// sqlRecordNotModified records a 304 answer, which counts as a success:
// sqlRecordSuccess without new validators or the seeded mark.
const sqlRecordNotModified = `
	UPDATE sources SET last_attempt = ?, last_success = ?, next_poll = ?, failures = 0,
		last_error = '', last_error_kind = '', last_error_status = 0, last_error_cap = 0, last_error_detail = '',
		failing_since = CASE WHEN down = 1 THEN failing_since ELSE 0 END
	WHERE id = ? RETURNING down`

// stmtCache holds the statements every poll runs, prepared once: an
// unchanged feed's poll is two short statements, and SQLite parsing them
// afresh each time was most of their cost. database/sql prepares a
// statement again on each pooled connection that runs it (at most
// maxConns), and Tx.StmtContext reuses the connection's.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

func (c *stmtCache) get(ctx context.Context, db *sql.DB, q string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.m[q]; ok {
		return s, nil
	}
	s, err := db.PrepareContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	c.m[q] = s
	return s, nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range c.m {
		s.Close()
	}
	c.m = nil
}

// RecordNotModified records a 304 answer, which counts as a success. It
// returns how many recovery notices it queued (see HealthPolicy). It goes
// through SaveFeed's queue, so that concurrent polls share a commit: a
// commit per unchanged feed was most of an unchanged cycle.
func (db *DB) RecordNotModified(ctx context.Context, id int64, at, next time.Time) (int, error) {
	req := &saveReq{ctx: ctx, sourceID: id, ok: &PollSuccess{At: at, Next: next, NotModified: true}, done: make(chan struct{})}
	if err := db.save(ctx, req); err != nil {
		return 0, fmt.Errorf("record not modified for source %d: %w", id, err)
	}
	return req.notices, nil
}

// HealthPolicy says when a failing source is down, so that the operators'
// channels hear of it: after Failures failures in a row that have lasted
// at least After. One transient error tells nobody. Failures <= 0 turns
// the notices off.
type HealthPolicy struct {
	Failures int
	After    time.Duration
}

// HealthChange is what recording a failed poll changed in the source's
// health.
type HealthChange struct {
	Down     bool      // the source was just marked down (once per outage)
	Failures int       // failures in a row, this one included
	Since    time.Time // when they began
	Notices  int       // notices queued for the health channels
}

// RecordFailure records a failed poll, as values (f) and as text (errText,
// for operators), and counts it. When the source has now failed long
// enough by policy and the operators were not told yet, it is marked down
// and a notice queued for each health channel, all in one transaction, so
// that a state change is told once.
func (db *DB) RecordFailure(ctx context.Context, id int64, f Failure, errText string, at, next time.Time, policy HealthPolicy) (HealthChange, error) {
	var c HealthChange
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var down int
		var since int64
		if err := tx.QueryRowContext(ctx, `
			UPDATE sources SET last_attempt = ?1, next_poll = ?2, failures = failures + 1,
				last_error = ?3, last_error_kind = ?4, last_error_status = ?5, last_error_cap = ?6, last_error_detail = ?7,
				failing_since = CASE WHEN failing_since = 0 THEN ?1 ELSE failing_since END
			WHERE id = ?8 RETURNING failures, failing_since, down`,
			ms(at), ms(next), clip(errText, maxErrorText), f.Kind, f.Status, f.Cap, clip(f.Detail, maxErrorText), id).
			Scan(&c.Failures, &since, &down); err != nil {
			return err
		}
		c.Since = fromMS(since)
		if down == 1 || policy.Failures <= 0 || c.Failures < policy.Failures || at.Sub(c.Since) < policy.After {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `UPDATE sources SET down = 1 WHERE id = ?`, id); err != nil {
			return err
		}
		c.Down = true
		var err error
		c.Notices, err = healthNotice(ctx, tx, id, "down", at)
		return err
	})
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return HealthChange{}, fmt.Errorf("record failure for source %d: %w", id, err)
	}
	return c, nil
}

// recovered tells the health channels that a source that was down works
// again, and clears its down state.
func recovered(ctx context.Context, tx *sql.Tx, id int64, at time.Time) (int, error) {
	n, err := healthNotice(ctx, tx, id, "up", at)
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sources SET down = 0, failing_since = 0 WHERE id = ?`, id); err != nil {
		return 0, err
	}
	return n, nil
}

// healthSeverity ranks a feed-health notice in its channel's outbox: above
// a flood of low and medium alerts, below a critical one.
const healthSeverity = trust.SeverityHigh

// healthNotice records a source's change of state and queues one outbox
// row per health channel for it: every health channel for a built-in
// source, those of the servers that added it for a server's feed (the
// operators' channel hears only of the config's sources).
func healthNotice(ctx context.Context, tx *sql.Tx, id int64, state string, at time.Time) (int, error) {
	var eventID int64
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO health_events (source_id, state, failures, since, error_kind, error_status, error_cap, error_detail, error, at)
		SELECT id, ?, failures, failing_since, last_error_kind, last_error_status, last_error_cap, last_error_detail, last_error, ?
		FROM sources WHERE id = ?
		RETURNING id`, state, ms(at), id).Scan(&eventID); err != nil {
		return 0, fmt.Errorf("health event: %w", err)
	}
	res, err := tx.ExecContext(ctx, `
		INSERT INTO outbox (kind, ref_id, part, guild_id, channel_id, severity, not_before, created_at, updated_at)
		SELECT 'health', ?1, 0, h.guild_id, h.channel_id, ?4, ?2, ?2, ?2 FROM health_channels h
		WHERE NOT (SELECT server FROM sources WHERE id = ?3)
			OR h.guild_id IN (SELECT guild_id FROM source_guilds WHERE source_id = ?3)
		ORDER BY h.guild_id
		ON CONFLICT DO NOTHING`, eventID, ms(at), id, int(healthSeverity))
	if err != nil {
		return 0, fmt.Errorf("queue health notice: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// SetHealthChannel makes channelID the guild's channel for feed-health
// notices (guild "" is the config's operator channel), or removes the
// guild's when channelID is "".
func (db *DB) SetHealthChannel(ctx context.Context, guildID, channelID string) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		if channelID == "" {
			_, err := tx.ExecContext(ctx, `DELETE FROM health_channels WHERE guild_id = ?`, guildID)
			return err
		}
		_, err := tx.ExecContext(ctx, `
			INSERT INTO health_channels (guild_id, channel_id, created_at) VALUES (?, ?, ?)
			ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, created_at = excluded.created_at`,
			guildID, channelID, ms(db.now()))
		return err
	})
	if err != nil {
		return fmt.Errorf("set health channel of guild %q: %w", guildID, err)
	}
	return nil
}

// HealthChannel returns the guild's feed-health channel, "" when none.
func (db *DB) HealthChannel(ctx context.Context, guildID string) (string, error) {
	var ch string
	err := db.db.QueryRowContext(ctx, `SELECT channel_id FROM health_channels WHERE guild_id = ?`, guildID).Scan(&ch)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("health channel of guild %q: %w", guildID, err)
	}
	return ch, nil
}

// HealthEvent returns a source's recorded change of state.
func (db *DB) HealthEvent(ctx context.Context, id int64) (trust.HealthEvent, error) {
	var e trust.HealthEvent
	var since, at int64
	err := db.db.QueryRowContext(ctx, `
		SELECT h.id, CASE WHEN s.server = 1 AND s.title <> '' THEN s.title ELSE s.name END, s.url, h.state, h.failures, h.since, h.error_kind, h.error_status, h.error_cap, h.error_detail,
			h.error, h.at
		FROM health_events h JOIN sources s ON s.id = h.source_id WHERE h.id = ?`, id).
		Scan(&e.ID, &e.Source, &e.URL, &e.State, &e.Failures, &since, &e.Failure.Kind, &e.Failure.Status, &e.Failure.Cap,
			&e.Failure.Detail, &e.Error, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("health event %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return e, fmt.Errorf("health event %d: %w", id, err)
	}
	e.Since, e.At = fromMS(since), fromMS(at)
	return e, nil
}

// maxErrorText bounds stored error texts and failure details.
const maxErrorText = 1000
