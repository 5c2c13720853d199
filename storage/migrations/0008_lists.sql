-- vendorwatch schema, version 8: watched lists.
--
-- A list an authority publishes (the OFAC SDN list, a root store, CISA's
-- directives) is polled as a source marked is_list. Its last good capture
-- is kept whole, so that the next one is diffed against it and a restart
-- never alerts a change twice; the first capture is the baseline and
-- alerts nothing. Every change of every poll is kept, for /explain and
-- for operators, whether or not it was a trust event.
ALTER TABLE sources ADD COLUMN is_list INTEGER NOT NULL DEFAULT 0 CHECK (is_list IN (0, 1));

CREATE TABLE list_snapshots (
	source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
	url       TEXT NOT NULL,    -- a capture of another URL is not this list's baseline
	format    TEXT NOT NULL,
	version   TEXT NOT NULL,    -- SHA-256 of body, hex
	body      BLOB NOT NULL,
	entries   INTEGER NOT NULL,
	taken_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE list_changes (
	id         INTEGER PRIMARY KEY,
	source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	version    TEXT NOT NULL,   -- the capture that made the change
	op         TEXT NOT NULL CHECK (op IN ('added', 'removed', 'changed')),
	entry_key  TEXT NOT NULL,
	name       TEXT NOT NULL,
	detail     TEXT NOT NULL,
	changed_at INTEGER NOT NULL,
	UNIQUE (source_id, version, op, entry_key)
) STRICT;
CREATE INDEX list_changes_at ON list_changes (source_id, changed_at);

-- An event a watched list confirms: the news of it joins on vendor,
-- category and time alone (cluster.Options.Listed).
ALTER TABLE events ADD COLUMN listed INTEGER NOT NULL DEFAULT 0 CHECK (listed IN (0, 1));
