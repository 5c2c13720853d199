-- vendorwatch schema, version 6: vendors outside the registry and
-- subscription scopes.
--
-- An alert's vendor may be one the news named that is in no registry
-- (unlisted), or a registry vendor reached through a class of products
-- (class: "foreign-made drones"). A subscription's scope is 'watchlist'
-- (registry vendors: what every subscription made before keeps) or 'any';
-- oss = 1 opts into open-source package compromises.
ALTER TABLE alert_vendors ADD COLUMN unlisted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alert_vendors ADD COLUMN class TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN scope TEXT NOT NULL DEFAULT 'watchlist';
ALTER TABLE subscriptions ADD COLUMN oss INTEGER NOT NULL DEFAULT 0;
