-- vendorwatch schema, version 7: alert counts kept as alerts are stored,
-- so that /vendor's count reads a few dozen rows however many alerts the
-- database holds (counting alert_vendors' index grew with them).
--
-- alert_counts counts a vendor's alerts per guild ('' = global), severity
-- and span of publication time: span is published >> 26, about 18.6 hours
-- (an arithmetic shift, so times before 1970 fall in negative spans). A
-- count since a time adds the spans after the one it falls in and counts
-- that span's alerts in alert_vendors. alert_totals is the same without
-- spans, for a count of all time. Triggers keep both, so that every path
-- that adds or removes an alert's vendor (a source's items deleted in
-- cascade too) keeps them true; vendor is NOCASE as in alert_vendors.
CREATE TABLE alert_counts (
	vendor   TEXT NOT NULL COLLATE NOCASE,
	guild    TEXT NOT NULL,
	span     INTEGER NOT NULL,
	severity INTEGER NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (vendor, guild, span, severity)
) STRICT, WITHOUT ROWID;

CREATE TABLE alert_totals (
	vendor   TEXT NOT NULL COLLATE NOCASE,
	guild    TEXT NOT NULL,
	severity INTEGER NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (vendor, guild, severity)
) STRICT, WITHOUT ROWID;

INSERT INTO alert_counts (vendor, guild, span, severity, n)
	SELECT vendor, guild, published >> 26, severity, count(*) FROM alert_vendors
	GROUP BY vendor, guild, published >> 26, severity;
INSERT INTO alert_totals (vendor, guild, severity, n)
	SELECT vendor, guild, severity, count(*) FROM alert_vendors
	GROUP BY vendor, guild, severity;

CREATE TRIGGER alert_vendors_counted AFTER INSERT ON alert_vendors BEGIN
	INSERT INTO alert_counts (vendor, guild, span, severity, n)
		VALUES (new.vendor, new.guild, new.published >> 26, new.severity, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
	INSERT INTO alert_totals (vendor, guild, severity, n)
		VALUES (new.vendor, new.guild, new.severity, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER alert_vendors_uncounted AFTER DELETE ON alert_vendors BEGIN
	UPDATE alert_counts SET n = n - 1
		WHERE vendor = old.vendor AND guild = old.guild AND span = old.published >> 26 AND severity = old.severity;
	UPDATE alert_totals SET n = n - 1
		WHERE vendor = old.vendor AND guild = old.guild AND severity = old.severity;
END;

CREATE TRIGGER alert_vendors_recounted AFTER UPDATE OF vendor, guild, published, severity ON alert_vendors BEGIN
	UPDATE alert_counts SET n = n - 1
		WHERE vendor = old.vendor AND guild = old.guild AND span = old.published >> 26 AND severity = old.severity;
	UPDATE alert_totals SET n = n - 1
		WHERE vendor = old.vendor AND guild = old.guild AND severity = old.severity;
	INSERT INTO alert_counts (vendor, guild, span, severity, n)
		VALUES (new.vendor, new.guild, new.published >> 26, new.severity, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
	INSERT INTO alert_totals (vendor, guild, severity, n)
		VALUES (new.vendor, new.guild, new.severity, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
END;
