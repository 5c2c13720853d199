package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// ServerFeed is the domain type; the alias keeps storage's callers short.
type ServerFeed = trust.ServerFeed

// serverFeedPrefix starts a server feed's source name, the rest being its
// URL: unique per URL, and not a name a config source would use.
const serverFeedPrefix = "feed:"

// AddServerFeed records that guild f.GuildID added the feed at url (a
// normalised http(s) URL) under the name f.Name, with title the feed's
// own title as read just now. There is one source per URL however many
// guilds add it; a URL that is a config source's is that source, which
// stays built in (its alerts go to everyone). A feed that no guild had
// any more is read afresh: seeded again, so its backlog is not posted.
//
// ErrExists when the guild has that feed, or another by that name
// (names compare case-insensitively); ErrLimit when it has maxPerGuild
// feeds already (maxPerGuild <= 0: no limit).
func (db *DB) AddServerFeed(ctx context.Context, f ServerFeed, url, title string, maxPerGuild int) (ServerFeed, error) {
	if f.GuildID == "" || f.Name == "" || url == "" {
		return ServerFeed{}, fmt.Errorf("add server feed: empty guild, name or url")
	}
	now := db.now()
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM source_guilds WHERE guild_id = ?`, f.GuildID).Scan(&n); err != nil {
			return err
		}
		var dup bool
		if err := tx.QueryRowContext(ctx, `
			SELECT EXISTS (SELECT 1 FROM source_guilds g JOIN sources s ON s.id = g.source_id
			WHERE g.guild_id = ?1 AND (s.url = ?2 OR g.name = ?3 COLLATE NOCASE))`, f.GuildID, url, f.Name).Scan(&dup); err != nil {
			return err
		}
		switch {
		case dup:
			return ErrExists
		case maxPerGuild > 0 && n >= maxPerGuild:
			return ErrLimit
		}
		// The config's source for the URL first, so that it stays one fetch.
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM sources WHERE url = ? ORDER BY server, id LIMIT 1`, url).Scan(&id)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			err = tx.QueryRowContext(ctx, `INSERT INTO sources (name, url, server, title) VALUES (?, ?, 1, ?) RETURNING id`,
				serverFeedPrefix+url, url, title).Scan(&id)
		case err == nil:
			// A server feed nobody polled lately starts over.
			_, err = tx.ExecContext(ctx, `
				UPDATE sources SET
					title         = CASE WHEN ?2 <> '' THEN ?2 ELSE title END,
					etag          = '',
					last_modified = '',
					seeded        = 0
				WHERE id = ?1 AND server = 1 AND NOT EXISTS (SELECT 1 FROM source_guilds WHERE source_id = ?1)`, id, title)
		}
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `
			INSERT INTO source_guilds (source_id, guild_id, name, added_by, created_at) VALUES (?, ?, ?, ?, ?)`,
			id, f.GuildID, f.Name, f.AddedBy, ms(now))
		if err != nil {
			return err
		}
		f.Source, err = scanSource(tx.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE id = ?`, id))
		return err
	})
	if err != nil {
		return ServerFeed{}, fmt.Errorf("add server feed %s to guild %s: %w", f.Name, f.GuildID, err)
	}
	f.AddedAt = fromMS(ms(now))
	return f, nil
}

// RemoveServerFeed removes the guild's feed named by feed, its name
// (case-insensitive) or its URL, and returns it; ErrNotFound when the
// guild has none such. The source and the articles read from it stay (other
// guilds may have the feed, and other feeds the articles); with no guild
// left, it is no longer polled.
func (db *DB) RemoveServerFeed(ctx context.Context, guildID, feed string) (ServerFeed, error) {
	var out ServerFeed
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		feeds, err := serverFeeds(ctx, tx, `g.guild_id = ?1 AND (g.name = ?2 COLLATE NOCASE OR s.url = ?2)`, guildID, strings.TrimSpace(feed))
		if err != nil {
			return err
		}
		if len(feeds) == 0 {
			return ErrNotFound
		}
		out = feeds[0]
		_, err = tx.ExecContext(ctx, `DELETE FROM source_guilds WHERE source_id = ? AND guild_id = ?`, out.Source.ID, guildID)
		return err
	})
	if err != nil {
		return ServerFeed{}, fmt.Errorf("remove server feed %q of guild %s: %w", feed, guildID, err)
	}
	return out, nil
}

// ServerFeeds returns the feeds the guild added, by name.
func (db *DB) ServerFeeds(ctx context.Context, guildID string) ([]ServerFeed, error) {
	feeds, err := serverFeeds(ctx, db.db, `g.guild_id = ?1`, guildID)
	if err != nil {
		return nil, fmt.Errorf("server feeds of guild %s: %w", guildID, err)
	}
	return feeds, nil
}

func serverFeeds(ctx context.Context, q queryer, where string, args ...any) ([]ServerFeed, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT g.guild_id, g.name, g.added_by, g.created_at, `+prefixed("s.", sourceColumns)+`
		FROM source_guilds g JOIN sources s ON s.id = g.source_id
		WHERE `+where+` ORDER BY g.name COLLATE NOCASE`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ServerFeed
	for rows.Next() {
		var f ServerFeed
		var added int64
		src, err := scanSource(scanFunc(func(dest ...any) error {
			return rows.Scan(append([]any{&f.GuildID, &f.Name, &f.AddedBy, &added}, dest...)...)
		}))
		if err != nil {
			return nil, err
		}
		f.Source, f.AddedAt = src, fromMS(added)
		out = append(out, f)
	}
	return out, rows.Err()
}

// scanFunc is a Scan of its own, for scanSource over a row with more
// columns before the source's.
type scanFunc func(dest ...any) error

func (f scanFunc) Scan(dest ...any) error { return f(dest...) }

// prefixed qualifies each column of a comma-separated list with p.
func prefixed(p, columns string) string {
	cols := strings.Split(columns, ",")
	for i, c := range cols {
		cols[i] = p + strings.TrimSpace(c)
	}
	return strings.Join(cols, ", ")
}

// PolledServerFeeds returns the sources that guilds added and that are
// not among skip (the config's, polled on their own schedules): those the
// poller polls for the guilds, by id.
func (db *DB) PolledServerFeeds(ctx context.Context, skip []int64) ([]SourceState, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT `+sourceColumns+` FROM sources
		WHERE id IN (SELECT source_id FROM source_guilds) AND id NOT IN (SELECT value FROM json_each(?))
		ORDER BY id`, idList(skip))
	if err != nil {
		return nil, fmt.Errorf("polled server feeds: %w", err)
	}
	defer rows.Close()
	var out []SourceState
	for rows.Next() {
		s, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("polled server feeds: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("polled server feeds: %w", err)
	}
	return out, nil
}
