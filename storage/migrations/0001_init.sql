-- vendorwatch schema, version 1. Times are Unix milliseconds (UTC), 0 = never.

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- A random tag for this database, part of every outbox nonce.
INSERT INTO meta (key, value) VALUES ('instance', lower(hex(randomblob(4))));

CREATE TABLE sources (
	id            INTEGER PRIMARY KEY,
	name          TEXT NOT NULL UNIQUE,
	url           TEXT NOT NULL,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_attempt  INTEGER NOT NULL DEFAULT 0,
	last_success  INTEGER NOT NULL DEFAULT 0,
	next_poll     INTEGER NOT NULL DEFAULT 0,
	failures      INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT NOT NULL DEFAULT '',
	seeded        INTEGER NOT NULL DEFAULT 0 CHECK (seeded IN (0, 1))
) STRICT;

-- One row per article. No body text is kept: the matcher has read it
-- already and the alert keeps its evidence sentence and summary.
CREATE TABLE items (
	id             INTEGER PRIMARY KEY,
	source_id      INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE, -- the first source to carry it
	title          TEXT NOT NULL,
	link           TEXT NOT NULL,
	canonical_link TEXT CHECK (canonical_link <> ''), -- NULL when the item has no link
	published      INTEGER NOT NULL,
	date_known     INTEGER NOT NULL CHECK (date_known IN (0, 1)),
	first_seen     INTEGER NOT NULL
) STRICT;
-- One article per canonical link, whichever feeds carry it.
CREATE UNIQUE INDEX items_canonical_link ON items (canonical_link) WHERE canonical_link IS NOT NULL;
CREATE INDEX items_link ON items (link);

-- Where each article was seen: (source, key) is an entry's identity in a feed.
CREATE TABLE sightings (
	source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	key       TEXT NOT NULL,
	item_id   INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
	seen_at   INTEGER NOT NULL,
	PRIMARY KEY (source_id, key)
) STRICT, WITHOUT ROWID;
CREATE INDEX sightings_item ON sightings (item_id);

CREATE TABLE alerts (
	id         INTEGER PRIMARY KEY,
	item_id    INTEGER NOT NULL UNIQUE REFERENCES items (id) ON DELETE CASCADE,
	title      TEXT NOT NULL,
	link       TEXT NOT NULL,
	source     TEXT NOT NULL,
	published  INTEGER NOT NULL,
	category   TEXT NOT NULL,
	score      REAL NOT NULL,
	severity   INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
	evidence   TEXT NOT NULL,
	in_title   INTEGER NOT NULL CHECK (in_title IN (0, 1)),
	summary    TEXT NOT NULL,
	signals    TEXT NOT NULL DEFAULT '[]', -- JSON array of {term, category, weight}
	event_id   INTEGER,                    -- groups alerts about one event; unused for now
	created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX alerts_published ON alerts (published, id);
CREATE INDEX alerts_event ON alerts (event_id) WHERE event_id IS NOT NULL;

-- The vendors an alert names. published and severity are copies of the
-- alert's so that the per-vendor index answers "recent alerts for X" and
-- "how many in 30 days" without touching alerts.
CREATE TABLE alert_vendors (
	alert_id  INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
	vendor    TEXT NOT NULL COLLATE NOCASE CHECK (vendor <> ''),
	term      TEXT NOT NULL,
	pos       INTEGER NOT NULL, -- order of the hit in the alert
	guild     TEXT NOT NULL DEFAULT '', -- '' for a global vendor
	published INTEGER NOT NULL,
	severity  INTEGER NOT NULL,
	PRIMARY KEY (alert_id, vendor, guild)
) STRICT, WITHOUT ROWID;
-- alert_id and guild are the primary key's remaining columns, named so that
-- the index order matches ORDER BY published DESC, alert_id DESC.
CREATE INDEX alert_vendors_recent ON alert_vendors (vendor, published, alert_id, guild, severity);

-- Vendors a guild watches for itself, on top of the global list.
CREATE TABLE guild_vendors (
	guild      TEXT NOT NULL CHECK (guild <> ''),
	name       TEXT NOT NULL COLLATE NOCASE CHECK (name <> ''),
	aliases    TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
	timeline   TEXT NOT NULL DEFAULT '[]', -- JSON array of {date, text, url}
	created_at INTEGER NOT NULL,
	PRIMARY KEY (guild, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE subscriptions (
	id              INTEGER PRIMARY KEY,
	guild_id        TEXT NOT NULL,
	channel_id      TEXT NOT NULL,
	vendor          TEXT NOT NULL COLLATE NOCASE DEFAULT '', -- '' = every vendor
	min_severity    INTEGER NOT NULL CHECK (min_severity BETWEEN 0 AND 4),
	created_at      INTEGER NOT NULL,
	disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
	disabled_reason TEXT NOT NULL DEFAULT '',
	UNIQUE (guild_id, channel_id, vendor)
) STRICT;
CREATE INDEX subscriptions_channel ON subscriptions (channel_id);

-- Messages to deliver. AUTOINCREMENT because the nonce is derived from the
-- id and must never be handed out twice.
CREATE TABLE outbox (
	id              INTEGER PRIMARY KEY AUTOINCREMENT,
	subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
	alert_id        INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
	guild_id        TEXT NOT NULL,
	channel_id      TEXT NOT NULL,
	status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dropped')),
	attempts        INTEGER NOT NULL DEFAULT 0,
	not_before      INTEGER NOT NULL,
	last_error      TEXT NOT NULL DEFAULT '',
	message_id      TEXT NOT NULL DEFAULT '',
	created_at      INTEGER NOT NULL,
	updated_at      INTEGER NOT NULL,
	-- A channel with two matching subscriptions ("all" and "Huawei") gets
	-- the alert once.
	UNIQUE (alert_id, channel_id)
) STRICT;
CREATE INDEX outbox_pending ON outbox (channel_id, id) WHERE status = 'pending';
CREATE INDEX outbox_subscription ON outbox (subscription_id);
