-- vendorwatch schema, version 9: a server's own feeds (/sources add).
--
-- A server's feed is a row of sources like the config's, polled, backed
-- off and told about the same way, one row per normalised URL however
-- many servers added it: server = 1 marks it, its name is 'feed:' and the
-- URL (the config's names are free text and must not collide with it),
-- and title is the feed's own title, shown instead. A URL that is also a
-- config source is that source's row, and counts as built in for
-- everyone.
ALTER TABLE sources ADD COLUMN server INTEGER NOT NULL DEFAULT 0 CHECK (server IN (0, 1));
ALTER TABLE sources ADD COLUMN title TEXT NOT NULL DEFAULT '';
CREATE INDEX sources_url ON sources (url);

-- Which servers added a feed, under what name. A server feed with no row
-- here is no longer polled.
CREATE TABLE source_guilds (
	source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	guild_id   TEXT NOT NULL CHECK (guild_id <> ''),
	name       TEXT NOT NULL CHECK (name <> ''),
	added_by   TEXT NOT NULL DEFAULT '',
	created_at INTEGER NOT NULL,
	PRIMARY KEY (source_id, guild_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX source_guilds_guild ON source_guilds (guild_id);

-- An alert found in a server's feed is seen by the servers that added the
-- feed only: its alert_vendors rows carry their guild ids, as a server's
-- own vendors do, so routing and every view keep to them. guild_only
-- says so, so that a built-in feed carrying the same article later opens
-- the alert to everyone.
ALTER TABLE alerts ADD COLUMN guild_only INTEGER NOT NULL DEFAULT 0 CHECK (guild_only IN (0, 1));
