-- vendorwatch schema, version 14: every read /vendor and its
-- autocompletion make is an index seek bounded by its limit, however
-- many alerts the database holds.
--
-- alert_vendors_scope: a vendor's alerts of one scope ('' or a guild),
-- newest first. A guild's view of a vendor is two ranges of it, the
-- global one and the guild's, each read up to the limit and merged
-- (alert_vendors_recent interleaves every guild's alerts of the vendor,
-- which a guild's own vendor had to skip).
CREATE INDEX alert_vendors_scope ON alert_vendors (vendor, guild, published, alert_id, severity);

-- alert_totals_guild: the vendors with alerts of one scope, by name, for
-- autocompletion (alert_totals, migration 7, has a row per vendor, scope
-- and severity; n drops to 0 when the alerts go).
CREATE INDEX alert_totals_guild ON alert_totals (guild, vendor, n) WHERE n > 0;

-- alert_months counts a vendor's alerts per scope, calendar month (UTC,
-- the month AlertMonths groups by: strftime('%Y-%m') of published),
-- category and severity, for /vendor's trend chart, which counted twelve
-- months of rows joined with alerts ('' for a time strftime cannot
-- show, so that no insert fails on it). It counts alert_vendors rows; a
-- guild's view is the sum of its scope and the global one, which counts
-- each alert once because no alert has a vendor both globally and for a
-- guild (insertAlertVendors and widen drop the guild's row). Triggers keep
-- it on every path that adds, removes or edits an alert's vendor or an
-- alert's category; TestAlertMonthsMatchesRows holds it to the rows.
CREATE TABLE alert_months (
	vendor   TEXT NOT NULL COLLATE NOCASE,
	guild    TEXT NOT NULL,
	month    TEXT NOT NULL,
	category TEXT NOT NULL,
	severity INTEGER NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (vendor, guild, month, category, severity)
) STRICT, WITHOUT ROWID;

INSERT INTO alert_months (vendor, guild, month, category, severity, n)
	SELECT av.vendor, av.guild, coalesce(strftime('%Y-%m', av.published / 1000, 'unixepoch'), ''), a.category, av.severity, count(*)
	FROM alert_vendors av JOIN alerts a ON a.id = av.alert_id
	GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER alert_vendors_months AFTER INSERT ON alert_vendors BEGIN
	INSERT INTO alert_months (vendor, guild, month, category, severity, n)
		SELECT new.vendor, new.guild, coalesce(strftime('%Y-%m', new.published / 1000, 'unixepoch'), ''), a.category, new.severity, 1
		FROM alerts a WHERE a.id = new.alert_id
		ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- An alert's vendors are deleted before it (the cascade would run after
-- the alert is gone, when its category can no longer be read).
CREATE TRIGGER alerts_months_deleted BEFORE DELETE ON alerts BEGIN
	DELETE FROM alert_vendors WHERE alert_id = old.id;
END;

CREATE TRIGGER alert_vendors_unmonthed AFTER DELETE ON alert_vendors BEGIN
	UPDATE alert_months SET n = n - 1
		WHERE vendor = old.vendor AND guild = old.guild
			AND month = coalesce(strftime('%Y-%m', old.published / 1000, 'unixepoch'), '')
			AND category = (SELECT category FROM alerts WHERE id = old.alert_id)
			AND severity = old.severity;
END;

CREATE TRIGGER alert_vendors_remonthed AFTER UPDATE OF alert_id, vendor, guild, published, severity ON alert_vendors BEGIN
	UPDATE alert_months SET n = n - 1
		WHERE vendor = old.vendor AND guild = old.guild
			AND month = coalesce(strftime('%Y-%m', old.published / 1000, 'unixepoch'), '')
			AND category = (SELECT category FROM alerts WHERE id = old.alert_id)
			AND severity = old.severity;
	INSERT INTO alert_months (vendor, guild, month, category, severity, n)
		SELECT new.vendor, new.guild, coalesce(strftime('%Y-%m', new.published / 1000, 'unixepoch'), ''), a.category, new.severity, 1
		FROM alerts a WHERE a.id = new.alert_id
		ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- An alert's (vendor, guild) pairs are unique (alert_vendors' key), so
-- each of its rows is one alert_months row.
CREATE TRIGGER alerts_months_recategorised AFTER UPDATE OF category ON alerts BEGIN
	UPDATE alert_months SET n = n - 1
		WHERE (vendor, guild, month, category, severity) IN (
			SELECT vendor, guild, coalesce(strftime('%Y-%m', published / 1000, 'unixepoch'), ''), old.category, severity
			FROM alert_vendors WHERE alert_id = old.id);
	INSERT INTO alert_months (vendor, guild, month, category, severity, n)
		SELECT vendor, guild, coalesce(strftime('%Y-%m', published / 1000, 'unixepoch'), ''), new.category, severity, 1
		FROM alert_vendors WHERE alert_id = new.id
		ON CONFLICT DO UPDATE SET n = n + 1;
END;
