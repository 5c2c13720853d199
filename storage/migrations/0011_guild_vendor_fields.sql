-- vendorwatch schema, version 11: a server's own vendors carry the
-- registry's other fields, so that a supplier list imported as CSV keeps
-- them and exports again unchanged.
ALTER TABLE guild_vendors ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE guild_vendors ADD COLUMN categories TEXT NOT NULL DEFAULT '[]'; -- JSON array of strings
