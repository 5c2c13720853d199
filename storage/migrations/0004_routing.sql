-- vendorwatch schema, version 4: routing and quiet. Role pings, digests,
-- quiet hours and mutes per channel; feed health told to operators.

-- How a subscription delivers. mode 'digest' holds its alerts for a
-- digest on schedule (a cron expression) in zone (an IANA name, '' = UTC).
-- ping_role is mentioned on alerts at or above ping_min. Quiet hours hold
-- alerts below quiet_below from quiet_start to quiet_end (minutes after
-- local midnight in zone; equal = none) and release them as one digest.
-- last_digest is when the subscription's last scheduled digest closed.
ALTER TABLE subscriptions ADD COLUMN mode TEXT NOT NULL DEFAULT 'instant' CHECK (mode IN ('instant', 'digest'));
ALTER TABLE subscriptions ADD COLUMN schedule TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN zone TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN ping_role TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN ping_min INTEGER NOT NULL DEFAULT 0 CHECK (ping_min BETWEEN 0 AND 4);
ALTER TABLE subscriptions ADD COLUMN quiet_start INTEGER NOT NULL DEFAULT 0 CHECK (quiet_start BETWEEN 0 AND 1439);
ALTER TABLE subscriptions ADD COLUMN quiet_end INTEGER NOT NULL DEFAULT 0 CHECK (quiet_end BETWEEN 0 AND 1439);
ALTER TABLE subscriptions ADD COLUMN quiet_below INTEGER NOT NULL DEFAULT 0 CHECK (quiet_below BETWEEN 0 AND 4);
ALTER TABLE subscriptions ADD COLUMN last_digest INTEGER NOT NULL DEFAULT 0;

-- A digest: the alerts held for a channel (held.digest_id) up to fired_at,
-- in parts messages. reason 'digest' is a scheduled digest, 'quiet' the
-- release at the end of quiet hours.
CREATE TABLE digests (
	id              INTEGER PRIMARY KEY,
	subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
	guild_id        TEXT NOT NULL,
	channel_id      TEXT NOT NULL,
	reason          TEXT NOT NULL CHECK (reason IN ('digest', 'quiet')),
	since           INTEGER NOT NULL, -- the previous digest's fire time; 0 = none
	fired_at        INTEGER NOT NULL,
	alerts          INTEGER NOT NULL,
	parts           INTEGER NOT NULL CHECK (parts >= 1),
	created_at      INTEGER NOT NULL
) STRICT;

-- Alerts held for a channel's next digest (digest_id NULL) or in one.
CREATE TABLE held (
	id              INTEGER PRIMARY KEY,
	subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	guild_id        TEXT NOT NULL,
	channel_id      TEXT NOT NULL,
	alert_id        INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
	reason          TEXT NOT NULL CHECK (reason IN ('digest', 'quiet')),
	created_at      INTEGER NOT NULL,
	digest_id       INTEGER REFERENCES digests (id) ON DELETE CASCADE,
	UNIQUE (alert_id, channel_id)
) STRICT;
CREATE INDEX held_open ON held (subscription_id, reason) WHERE digest_id IS NULL;
CREATE INDEX held_digest ON held (digest_id) WHERE digest_id IS NOT NULL;

-- A channel's mutes: no alert for vendor ('' = every vendor, a snooze)
-- is routed there until until.
CREATE TABLE mutes (
	guild_id   TEXT NOT NULL,
	channel_id TEXT NOT NULL,
	vendor     TEXT NOT NULL COLLATE NOCASE DEFAULT '',
	until      INTEGER NOT NULL,
	created_at INTEGER NOT NULL,
	created_by TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (channel_id, vendor)
) STRICT, WITHOUT ROWID;

-- Feed health. failing_since is the first failure of the current run of
-- failures (0 while healthy); down is 1 once the operators were told the
-- source is down, until they are told it recovered. last_error_kind is
-- the fetch failure's kind (cloudflare, status, timeout, parse...).
ALTER TABLE sources ADD COLUMN failing_since INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_error_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN down INTEGER NOT NULL DEFAULT 0 CHECK (down IN (0, 1));

-- Where feed-health messages go: one channel per guild (/sources notify);
-- guild '' is the config's operator channel.
CREATE TABLE health_channels (
	guild_id   TEXT PRIMARY KEY,
	channel_id TEXT NOT NULL CHECK (channel_id <> ''),
	created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- A source's change of state, told to every health channel (outbox rows of
-- kind 'health').
CREATE TABLE health_events (
	id         INTEGER PRIMARY KEY,
	source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	state      TEXT NOT NULL CHECK (state IN ('down', 'up')),
	failures   INTEGER NOT NULL,
	since      INTEGER NOT NULL, -- when the failures began
	error_kind TEXT NOT NULL,
	error      TEXT NOT NULL,
	at         INTEGER NOT NULL
) STRICT;

-- The outbox now carries three kinds of message: an alert (alert_id), a
-- digest's part (ref_id = digests.id, part from 0) and a feed-health
-- notice (ref_id = health_events.id). ping_role is the role an alert
-- mentions. SQLite cannot relax alert_id's NOT NULL in place, so the table
-- is rebuilt; its AUTOINCREMENT counter is carried over, because nonces
-- are derived from ids and must never repeat.
CREATE TABLE outbox_v4 (
	id              INTEGER PRIMARY KEY AUTOINCREMENT,
	subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
	kind            TEXT NOT NULL DEFAULT 'alert' CHECK (kind IN ('alert', 'digest', 'health')),
	alert_id        INTEGER REFERENCES alerts (id) ON DELETE CASCADE,
	ref_id          INTEGER NOT NULL DEFAULT 0,
	part            INTEGER NOT NULL DEFAULT 0,
	ping_role       TEXT NOT NULL DEFAULT '',
	guild_id        TEXT NOT NULL,
	channel_id      TEXT NOT NULL,
	status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dropped')),
	attempts        INTEGER NOT NULL DEFAULT 0,
	not_before      INTEGER NOT NULL,
	last_error      TEXT NOT NULL DEFAULT '',
	message_id      TEXT NOT NULL DEFAULT '',
	created_at      INTEGER NOT NULL,
	updated_at      INTEGER NOT NULL,
	CHECK ((kind = 'alert') = (alert_id IS NOT NULL)),
	UNIQUE (alert_id, channel_id)
) STRICT;
INSERT INTO outbox_v4 (id, subscription_id, kind, alert_id, ref_id, guild_id, channel_id, status, attempts,
	not_before, last_error, message_id, created_at, updated_at)
SELECT id, subscription_id, 'alert', alert_id, 0, guild_id, channel_id, status, attempts,
	not_before, last_error, message_id, created_at, updated_at
FROM outbox;
INSERT INTO meta (key, value) SELECT 'outbox_seq_v4', CAST(seq AS TEXT) FROM sqlite_sequence WHERE name = 'outbox';
DROP TABLE outbox;
ALTER TABLE outbox_v4 RENAME TO outbox;
DELETE FROM sqlite_sequence WHERE name IN ('outbox', 'outbox_v4');
INSERT INTO sqlite_sequence (name, seq)
SELECT 'outbox', max(coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'outbox_seq_v4'), 0),
	coalesce((SELECT max(id) FROM outbox), 0));
DELETE FROM meta WHERE key = 'outbox_seq_v4';
CREATE INDEX outbox_pending ON outbox (channel_id, id) WHERE status = 'pending';
CREATE INDEX outbox_subscription ON outbox (subscription_id);
-- A digest's part or a health notice is queued once per channel.
CREATE UNIQUE INDEX outbox_ref ON outbox (kind, ref_id, part, channel_id) WHERE kind <> 'alert';
