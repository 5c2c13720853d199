-- vendorwatch schema, version 2: events, one post per happening.

-- Authorities (regulators, CISA...) as opposed to the press: an event one
-- of them reports is "confirmed by" it. Set from the config at start.
ALTER TABLE sources ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1));

-- Alerts about one happening (alerts.event_id). signature is the merged
-- cluster.Signature of its alerts; vendors a sorted JSON array of
-- canonical names. first_at and last_at are alert publication times.
CREATE TABLE events (
	id            INTEGER PRIMARY KEY,
	category      TEXT NOT NULL,
	vendors       TEXT NOT NULL,
	signature     BLOB NOT NULL,
	first_at      INTEGER NOT NULL,
	last_at       INTEGER NOT NULL,
	lead_alert_id INTEGER NOT NULL,
	alerts        INTEGER NOT NULL DEFAULT 1,
	sources       INTEGER NOT NULL DEFAULT 1,
	confirmed_by  TEXT NOT NULL DEFAULT '', -- first primary source; '' = press only
	created_at    INTEGER NOT NULL,
	updated_at    INTEGER NOT NULL
) STRICT;
-- Open events of a category: those whose last alert is within the window.
CREATE INDEX events_open ON events (category, last_at);

-- Which events name a vendor, for its timeline.
CREATE TABLE event_vendors (
	vendor   TEXT NOT NULL COLLATE NOCASE,
	event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	first_at INTEGER NOT NULL,
	PRIMARY KEY (vendor, event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_vendors_recent ON event_vendors (vendor, first_at);

-- An event's message in a channel that must be re-rendered (an edit), and
-- the replacement message when the first was deleted. The message itself
-- is the sent outbox row of one of the event's alerts, unless message_id
-- names a replacement. gen counts changes, so that an edit rendered
-- before a change does not clear it. AUTOINCREMENT: the repost nonce is
-- derived from the id.
CREATE TABLE event_messages (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	guild_id    TEXT NOT NULL,
	channel_id  TEXT NOT NULL,
	message_id  TEXT NOT NULL DEFAULT '',
	pending     INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1)),
	gen         INTEGER NOT NULL DEFAULT 0,
	not_before  INTEGER NOT NULL DEFAULT 0,
	edited_at   INTEGER NOT NULL DEFAULT 0,
	attempts    INTEGER NOT NULL DEFAULT 0,
	reposts     INTEGER NOT NULL DEFAULT 0,
	last_error  TEXT NOT NULL DEFAULT '',
	UNIQUE (event_id, channel_id)
) STRICT;
CREATE INDEX event_messages_pending ON event_messages (not_before) WHERE pending = 1;
