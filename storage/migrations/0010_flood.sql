-- vendorwatch schema, version 10: a channel's outbox goes most severe
-- first, and a flood from one poll of one source is summed up.
--
-- severity orders a channel's pending rows, most severe first, then
-- oldest: an alert's severity; a digest's part, that of its most severe
-- alert; a feed-health notice, high (3); a flood summary, that of its most
-- severe alert. Before, a critical alert waited behind every row queued
-- before it.
ALTER TABLE outbox ADD COLUMN severity INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET severity = coalesce((SELECT a.severity FROM alerts a WHERE a.id = outbox.alert_id), 0)
WHERE kind = 'alert';
UPDATE outbox SET severity = coalesce((SELECT max(a.severity) FROM held h JOIN alerts a ON a.id = h.alert_id
	WHERE h.digest_id = outbox.ref_id), 0)
WHERE kind = 'digest';
UPDATE outbox SET severity = 3 WHERE kind = 'health';
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (channel_id, severity DESC, id) WHERE status = 'pending';

-- One poll of one source posts at most a set number of alerts to a
-- channel one by one; the rest are told in one summary message, an outbox
-- row of kind 'alert' whose ref_id names its flood here and whose alert is
-- the most severe of them. vendors is a JSON array of {"name", "alerts"},
-- most alerts first, the vendors the channel's guild can see.
CREATE TABLE floods (
	id         INTEGER PRIMARY KEY,
	source     TEXT NOT NULL,
	guild_id   TEXT NOT NULL,
	channel_id TEXT NOT NULL,
	posted     INTEGER NOT NULL, -- alerts of the poll posted one by one
	alerts     INTEGER NOT NULL, -- alerts the summary stands for
	vendors    TEXT NOT NULL DEFAULT '[]',
	created_at INTEGER NOT NULL
) STRICT;
